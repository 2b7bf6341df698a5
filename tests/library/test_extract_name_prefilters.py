"""The case-blind class, id and style patterns of the extraction are asked
only of names that hold some of their letters (for speed: see
benchmarks/README.md, "Stop 28"). They must still answer exactly as the
patterns do, whatever the case, and a page must read the same."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

import pytest

from quotemark.library.extract import blocks, content, landmarks, pruning
from quotemark.library.extract.html import extract_html
from quotemark.library.model import RawDocument, SourceFormat

# Names the team wrote: the patterns' words in every case, split by the
# separators they allow, next to near misses, and non-ASCII letters that a
# case-blind match pairs with ASCII ones (long s, dotless and dotted i,
# the Kelvin sign).
NAMES = [
    "",
    "post-footnotes",
    "POST-FOOTNOTES entry",
    "Foot-Notes",
    "endnotes",
    "EndNote",
    "sidenote",
    "\u017fidenotes",
    "SideNotes margin",
    "references",
    "REFERENCES",
    "Reference",
    "reflist",
    "refList",
    "citations",
    "CITATIONS",
    "citation",
    "fn-list",
    "FNLIST",
    "fn_list",
    "notice footnote",
    "wp-caption-text",
    "WP-CAPTION-TEXT",
    "tr-caption",
    "figcaption",
    "FigCaption",
    "photo-credit",
    "photocredit",
    "Image-Credit",
    "img_caption",
    "media-caption",
    "image-desc",
    "IMAGEDESC",
    "\u0131mage-desc",
    "\u0130mage-desc",
    "\u212aelvin caption",
    "captioned",
    "credits",
    "widget footer-links menu-item",
    "shareBar relatedPosts",
    "entry-content",
]
STYLES = [
    "",
    "display: none",
    "display:none;color:red",
    "DISPLAY : NONE",
    "Display:\tNone",
    "visibility: hidden",
    "VISIBILITY:HIDDEN",
    "visibility : Hidden !important",
    "display: block",
    "display: nonee",
    "visibility: visible",
    "d\u0131splay: none",
    "v\u0130sibility: hidden",
    "color: red; margin: 0 auto",
]


@pytest.mark.parametrize(
    ("fast", "pattern"),
    [
        (content._notes_name, content._NOTES),
        (pruning._notes_name, pruning._NOTES),
        (blocks._caption_name, blocks._CAPTION_NAME),
    ],
)
def test_a_name_is_judged_as_its_pattern_judges_it(
    fast: Callable[[str], bool], pattern: re.Pattern[str]
) -> None:
    for name in NAMES:
        assert fast(name) == (pattern.search(name) is not None), name


def test_a_style_hides_as_its_pattern_says() -> None:
    for style in STYLES:
        assert landmarks.hides(style) == (landmarks.HIDDEN_STYLE.search(style) is not None), style


@pytest.mark.parametrize(
    "letters", ["not", "ref", "fn", "tat", "capt", "cred", "mage", "none", "dden"]
)
def test_the_letters_looked_for_match_only_their_ascii_cases(letters: str) -> None:
    # Why the look-ups are exact: a case-blind match of these letters is
    # one of their ASCII cases, which lower() turns into the letters.
    letter = re.compile(f"[{letters}]", re.IGNORECASE)
    others = [c for c in map(chr, range(sys.maxunicode + 1)) if letter.fullmatch(c)]
    assert set(others) == set(letters.lower() + letters.upper())


def test_names_and_styles_in_capitals_still_shape_the_article() -> None:
    story = "".join(
        f"<p>The harbour ferry ran late again on day {n}, and the riders, as ever, waited"
        " on the pier with their coffee.</p>"
        for n in range(6)
    )
    html = (
        "<html><body><div class='POST-BODY'><h1>Ferry late</h1>"
        f"{story}<div style='DISPLAY: NONE'>Subscribe for ferry alerts by text message.</div>"
        "</div><div class='POST-FOOTNOTES'><h4>Notes</h4><ol><li>Timetable of the harbour"
        " ferry, spring edition, page four.</li></ol></div></body></html>"
    )
    doc = RawDocument(path="ferry.html", format=SourceFormat.HTML, original=b"", html=html)
    texts = [block.text for block in extract_html(doc).blocks]
    assert any("Timetable of the harbour ferry" in text for text in texts)
    assert not any("Subscribe" in text for text in texts)
