"""A researcher saves nine team-written pages from the platforms researchers
cite most, stop 44 (branch s44-html3): held-out extraction.

Stop 43's saved pages were templates of no one platform. These imitate the
markup of the platforms researchers save from most, written by hand with
invented people and text in ``tests/fixtures/review_html3_stop44`` (no real
page copied): a Substack post (subscribe boxes, a "Share" button row, the
writer in a profile link and in JSON-LD, a footnote); a Medium post saved
by a reader who is no member (claps, "Follow", the member-only teaser and
its sign-up wall, ``data-testid`` markup); a Ghost post (Casper's byline,
a callout, a bookmark card, a "Sign up" box, "read more" cards); a Blogger
blog's front page (a date header above two posts, "Posted by ... at ...",
share buttons, labels, the profile widget); a Wikipedia article (infobox,
"[1]" markers, edit links, a references list; no byline, last edited in
the footer); a journal article's landing page (Highwire ``citation_author``
one per author as "Lind, Ada", the abstract as the body, a references
list); a government press release (the department as publisher, a minister
quoted in a block after "... said:", "Media enquiries"); the Medium post
saved by Chrome as MHTML and the Substack post saved as "Web page,
complete" (``make_saves.py`` writes both). Each is read through the
importer the app uses (``pipeline.process``); each field, body sentence,
quotation and cited link a careful researcher would write down is one case,
and each one read wrong is a strict xfail with its reason.
evaluation/README.md ("Saved pages from the platforms researchers cite
most, stop 44") counts them. Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are read whole in the xfail report)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from quotemark.library.extract.html import extract_html
from quotemark.library.model import BlockKind, SourceFormat
from quotemark.library.pipeline import Processed, process
from tests.library.test_extract_html import html_doc
from tests.library.test_review_html_stop43 import (
    INL,
    PAR,
    Page,
    body_text,
    check_field,
    check_quote,
)

_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review_html3_stop44"
BLK = INL.__class__.BLOCK


@dataclass(frozen=True)
class Saved(Page):
    """A page with the site a citation names and the links the post cites."""

    site: str = ""
    links: tuple[str, ...] = ()


_SUBSTACK = dict(
    title="The ferry that forgot Carrick",
    authors=("Ada Lind",),
    date="2026-11-26",
    site="The Tideline",
    first="The first sailing of the winter timetable",
    last="The operator says a new booking system",
    absent=(
        "Subscribe for free",
        "Type your email",
        "Share",
        "212 Likes",
        "38 Comments",
        "Discussion about this post",
        "The 16.40 has not run",
        "Ready for more",
        "Substack is the home",
        "Three winters of cancelled sailings",  # the subtitle is no paragraph of the post
    ),
    quotes=(
        ("When the boat does not come", INL, "Tom Hale"),
        ("People buy for a week", INL, "Tom Hale"),
        ("was never designed for the boat", PAR, "Sam Wren"),
        ("We are not asking for a new boat", INL, "Clara Voss"),
    ),
    links=(
        "https://www.portelmharbour.example/minutes/2026-09-board.pdf",
        "https://thetideline.substack.com/p/the-ferry-numbers",
    ),
)

_MEDIUM = dict(
    title="The pier that taught me to wait",
    authors=("Clara Voss",),
    date="2026-11-24",
    site="Medium",
    first="I first carried a rod",
    last="When the harbour board closed the end of the pier",
    absent=(
        "Member-only story",
        "Follow",
        "min read",
        "Listen",
        "1.4K",
        "Create an account",
        "members only",
        "Continue in app",
        "Written by",
        "Followers",
        "More from Clara Voss",
        "Recommended from Medium",
        "Quay Street in winter",
        "Eleven years of fishing",  # the subtitle
    ),
    quotes=(
        ("The book tells you when the water comes", INL, "Peter Quinn"),
        ("You do not fish the pier", BLK, "Peter Quinn"),
        ("have been holding up the town", PAR, "Tom Hale"),
    ),
)

PAGES = [
    Saved("01-substack.html", **_SUBSTACK),  # type: ignore[arg-type]
    Saved("02-medium.html", **_MEDIUM),  # type: ignore[arg-type]
    Saved(
        "03-ghost.html",
        title="Why the sill gate sticks in an easterly",
        authors=("Ben Ross",),
        date="2026-11-19",
        site="Harbour Notes",
        first="The sill gate at the mouth of Port Elm",
        last="The board meets on 9 December",
        absent=(
            "4 min read",
            "Sign up for more like this",
            "Enter your email",
            "The winter moorings list",
            "Forty boats",
            "Powered by Ghost",
            "Read more of Ben Ross",
            "\U0001f4a1",  # a callout card's emoji, no paragraph of the post
        ),
        quotes=(
            ("The wind gets the blame", INL, "Sam Wren"),
            ("The silt is the thing you cannot", INL, "Sam Wren"),
            ("We are paying for three years", INL, "Ada Lind"),
        ),
        links=("https://www.portelmharbour.example/reports/sill-gate-dive-survey-2026",),
    ),
    Saved(
        "04-blogger.html",
        title="The last net loft on Quay Street",  # the newest post of the front page saved
        authors=("Peter Quinn",),
        date="2026-11-17",
        site="Quay Street Notebook",
        first="The loft at number 14",
        last="Tom Hale, who walked past",
        absent=(
            "Posted by",
            "Email This",
            "BlogThis!",
            "Share to X",
            "Labels:",
            "4 comments",
            "bin day to Thursday",  # the next post under the same date header
            "The shutters went up",
            "About Me",
            "Retired harbour pilot",
            "Popular Posts",
            "Older Posts",
            "Powered by Blogger",
        ),
        quotes=(
            ("He used to say a loft with no nets", INL, "Marion Okafor"),
            ("Now it is a cold room", INL, "Marion Okafor"),
            ("That's the street done", INL, "Tom Hale"),
        ),
        links=("https://www.portelmmuseum.example/exhibitions/working-harbour",),
    ),
    Saved(
        "05-wikipedia.html",
        title="Port Elm Pier",
        authors=(),  # a wiki's writers are no byline ("Contributors to Wikimedia projects" is none)
        date="2026-11-29",  # last edited: the version a citation names
        site="Wikipedia",
        first="Port Elm Pier is a pleasure pier",
        last="In March 2026 the harbour board closed",
        absent=(
            "[1]",
            "[2]",
            "[edit]",
            "From Wikipedia",
            "Jump to content",
            "For the railway station",
            "This page was last edited",
            "Retrieved from",
            "Categories",
            "Creative Commons",
            "Main menu",
            "Search Wikipedia",
            "Gull Point",
        ),
        quotes=(
            ("a road laid on the sea", PAR, "the mayor"),
            ("the planks could take a lorry", PAR, "Tom Hale"),
        ),
        links=("https://www.baycourier.example/news/2026/03/05/pier-closed-to-cars",),
    ),
    Saved(
        "06-journal.html",
        title="Silt, swell and the failure of tidal sill gates in small harbours",
        authors=("Ada Lind", "Sam Wren", "Marion Okafor"),
        date="2026-11-02",
        site="Journal of Coastal Heritage",
        first="Tidal sill gates keep the basins",
        last="Annual dredging of the rail",
        absent=(
            "Your privacy",
            "Accept all cookies",
            "Download PDF",
            "Cite this article",
            "Accesses",
            "Google Scholar",
            "Download citation",
            "Explore related subjects",
            "Skip to main content",
            "This article is licensed",
            "Received",
        ),
        links=("https://doi.org/10.99999%2Fcen.2019.031",),
    ),
    Saved(
        "07-gov-press.html",
        title="Minister opens rebuilt slipway on Carrick Island",
        authors=(),  # a department's release: no person wrote it (not the minister quoted)
        date="2026-12-04",
        site="Department for Coastal Communities",
        first="The new slipway at Carrick Island harbour was opened",
        last="The slipway was built by a local contractor",
        absent=(
            "Cookies on GOV.UK",
            "Accept additional cookies",
            "From:",
            "Media enquiries",
            "press@coastal",
            "0300 123 4567",
            "Get emails about this page",
            "Print this page",
            "Is this page useful",
            "Related content",
            "Open Government Licence",
            "Services and information",
        ),
        quotes=(
            ("This slipway is a lifeline", BLK, "Ada Lind"),
            ("For a hundred years we have planned", BLK, "Sam Wren"),
        ),
        links=("https://www.gov.uk/government/publications/small-harbours-fund-prospectus",),
    ),
    Saved("08-medium.mhtml", **_MEDIUM),  # type: ignore[arg-type]
    Saved("09-substack-complete.html", **_SUBSTACK),  # type: ignore[arg-type]
]

_BY_FILE = {page.file: page for page in PAGES}

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Saved pages from the platforms researchers cite most, stop 44").
_BLOGGER = "a Blogger front page (a date header above several posts): the next post under the same date header is kept in the body after the newest"
_BLOGGER_SPEAKER = "in the Blogger post the quotations after 'Her grandfather ... He used to say' are given 'Quay Street' (analysis; the post's first-person teller is no name)"
_WIKI_MAYOR = "'the mayor called it \"...\"' is given Tom Hale (named in the sentence before), not the mayor (analysis; s45-left's fix, an office the text never wrote is someone new, undid stop 36's kept reading 'Tom Hale spoke first. “…,” the mayor said': Tom Hale)"
_JOURNAL_BODY = "a journal landing page's sections after the abstract and references (rights, 'Cite this article', the publication history) are kept"
_BOOKMARK = "a Ghost bookmark card (kg-bookmark-card: a cited page's title, description and link) is dropped whole, and its link with it"

_LEFT: dict[tuple[str, str], str] = {
    (
        "03-ghost.html",
        "link:https://www.portelmharbour.example/reports/sill-gate-dive-survey-2026",
    ): _BOOKMARK,
    ("04-blogger.html", "absent:bin day to Thursday"): _BLOGGER,
    ("04-blogger.html", "quote:He used to say a loft with no nets"): _BLOGGER_SPEAKER,
    ("04-blogger.html", "quote:Now it is a cold room"): _BLOGGER_SPEAKER,
    ("05-wikipedia.html", "quote:a road laid on the sea"): _WIKI_MAYOR,
    ("06-journal.html", "last"): _JOURNAL_BODY,
    ("06-journal.html", "absent:Cite this article"): _JOURNAL_BODY,
    ("06-journal.html", "absent:This article is licensed"): _JOURNAL_BODY,
    ("06-journal.html", "absent:Received"): _JOURNAL_BODY,
}


@cache
def _read(file: str) -> Processed:
    return process(_PAGES / file)


def _id(file: str) -> str:
    return file.rsplit(".", 1)[0] + ("(mhtml)" if file.endswith(".mhtml") else "")


def _case(file: str, what: str) -> Any:
    reason = _LEFT.get((file, what))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(file, what, id=f"{_id(file)}:{what[:40]}", marks=marks)


def saved_cases(pages: list[Saved], case: Callable[[str, str], Any]) -> list[list[Any]]:
    """The cases of ``pages`` by kind (fields, absent words, quotations,
    links), each made by ``case(file, what)``; ``what`` as
    :func:`check_saved` reads it."""
    fields = ("title", "authors", "date", "site", "first", "last")
    return [
        [case(p.file, f) for p in pages for f in fields],
        [case(p.file, f"absent:{words}") for p in pages for words in p.absent],
        [case(p.file, f"quote:{q[0]}") for p in pages for q in p.quotes],
        [case(p.file, f"link:{url}") for p in pages for url in p.links],
    ]


def check_saved(processed: Processed, page: Saved, what: str) -> None:
    """Assert one case of a saved page: a field ("title", ..., "site"),
    words not in the body ("absent:..."), a quotation with its speaker
    ("quote:...") or a link the body keeps ("link:...")."""
    kind, _, rest = what.partition(":")
    if what == "site":
        assert processed.article.metadata.site == page.site
    elif kind == "absent":
        assert rest not in body_text(processed)
    elif kind == "quote":
        check_quote(processed, page, rest)
    elif kind == "link":
        assert rest in {link.url for block in processed.article.blocks for link in block.links}
    else:
        check_field(processed, page, what)


_FIELDS, _ABSENT, _QUOTES, _LINKS = saved_cases(PAGES, _case)


@pytest.mark.parametrize(("file", "what"), _FIELDS)
def test_a_field_reads_as_the_page_shows_it(file: str, what: str) -> None:
    check_saved(_read(file), _BY_FILE[file], what)


@pytest.mark.parametrize(("file", "what"), _ABSENT)
def test_the_page_around_the_post_is_not_in_its_body(file: str, what: str) -> None:
    check_saved(_read(file), _BY_FILE[file], what)


@pytest.mark.parametrize(("file", "what"), _QUOTES)
def test_a_quotation_is_read_with_its_speaker(file: str, what: str) -> None:
    check_saved(_read(file), _BY_FILE[file], what)


@pytest.mark.parametrize(("file", "what"), _LINKS)
def test_a_cited_link_is_kept_with_the_body(file: str, what: str) -> None:
    check_saved(_read(file), _BY_FILE[file], what)


def test_the_saves_are_read_as_the_browser_wrote_them() -> None:
    assert _read("08-medium.mhtml").raw.format is SourceFormat.MHTML
    complete = _read("09-substack-complete.html")
    assert complete.raw.format is SourceFormat.WEB_PAGE_COMPLETE
    images = [b for b in complete.article.blocks if b.kind is BlockKind.IMAGE]
    assert [b.resource for b in images] == ["./09-substack-complete_files/ferry.png"]
    png = (_PAGES / "09-substack-complete_files" / "ferry.png").read_bytes()
    assert png in {r.data for r in complete.article.resources}


@pytest.mark.parametrize(("file", "what"), [_case("05-wikipedia.html", "references unquoted")])
def test_a_reference_s_title_is_no_one_s_words(file: str, what: str) -> None:
    # A reference names the work it cites; its quotation marks are a title's.
    quoted = [q.span.text for q in _read(file).analysis.quotes]
    assert not any("Pier closed to" in text or "Opening of the new pier" in text for text in quoted)
    # ... and the work it cites stays linked (fixed by s44-refs).
    links = {link.url for block in _read(file).article.blocks for link in block.links}
    assert "https://www.portelmharbour.example/notices/pier-closed-to-vehicles" in links


# -- the lines a platform sets above a story --------------------------------------

_PIER = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from the spring, "
    "after a report on its planks.</p><p>Tom Hale, the harbour master, said the planks "
    "could not take the weight any more and that repairs would start in March.</p>"
)


def _top(lines: str) -> list[str]:
    html = (
        "<html><head><title>The old pier closes to cars</title></head><body><article>"
        f"<h1>The old pier closes to cars</h1>{lines}{_PIER}</article></body></html>"
    )
    article = extract_html(html_doc(html, url="https://harbour.example.org/pier"))
    return [block.text for block in article.blocks]


def test_a_members_only_badge_and_a_reading_time_run_into_its_date_are_no_text() -> None:
    # The dot between the reading time and the date was a hidden element:
    # the two spans read as one line ("7 min readNov 24, 2026").
    lines = (
        "<p>Member-only story</p><div><span>7 min read</span>"
        "<div aria-hidden='true'>·</div><span>Nov 24, 2026</span></div>"
    )
    assert _top(lines)[0].startswith("The harbour board voted")


def test_a_line_that_only_starts_like_a_reading_time_or_a_badge_stays() -> None:
    assert _top("<p>The gauge gave a 7 min readout.</p>")[0] == "The gauge gave a 7 min readout."
    member = "<p>A members-only story hour runs at the library on Fridays.</p>"
    assert _top(member)[0].startswith("A members-only story hour")


# -- the journal a landing page's article is cited in ------------------------------


def _site(head: str) -> str | None:
    html = (
        f"<html><head><title>Silt and the sill gate</title>{head}</head><body><article>"
        f"<h1>Silt and the sill gate</h1>{_PIER}</article></body></html>"
    )
    return extract_html(html_doc(html, url="https://harbour.example.org/pier")).metadata.site


def test_a_journal_article_s_site_is_its_journal() -> None:
    head = (
        "<meta property='og:site_name' content='Harbour Academic'>"
        "<meta name='citation_journal_title' content='Journal of Coastal Heritage'>"
    )
    assert _site(head) == "Journal of Coastal Heritage"


def test_a_page_naming_no_journal_keeps_its_site_name() -> None:
    assert _site("<meta property='og:site_name' content='Harbour Academic'>") == "Harbour Academic"


# -- a release's press office section ------------------------------------------------


def test_a_media_enquiries_section_is_no_text_of_the_release() -> None:
    contact = (
        "<h2>Media enquiries</h2><p>Harbour board press office<br>Email: press@harbour.example.org"
        "<br>Telephone: 01632 960 000</p>"
    )
    assert _top_after(contact) == _top("")


def test_a_section_about_the_press_or_its_enquiries_stays() -> None:
    section = (
        "<h2>Enquiries into the collapse</h2>"
        "<p>Two enquiries into the pier's collapse will report in the spring, the board said.</p>"
    )
    assert _top_after(section)[-1].startswith("Two enquiries into the pier")


def test_a_story_about_media_enquiries_keeps_its_section() -> None:
    # The heading reads like a press box's, but prose follows it: the story's own.
    section = (
        "<h2>Media enquiries</h2><p>The board took more than 300 media enquiries in the week "
        "after the collapse, Ada Lind said, and answered every one by the Friday.</p>"
        "<p>She said the calls came from as far as Japan.</p>"
    )
    blocks = _top_after(section)
    assert "Media enquiries" in blocks
    assert blocks[-1] == "She said the calls came from as far as Japan."


def test_the_story_going_on_after_a_press_box_stays() -> None:
    # No heading closes the box; the story's next sentence does.
    section = (
        "<h2>Media enquiries</h2><p>Harbour board press office<br>Email: press@harbour.example.org"
        "</p><p>Ada Lind said the pier would reopen to walkers in June, once the rails are fixed.</p>"
    )
    blocks = _top_after(section)
    assert "Media enquiries" not in blocks
    assert not any("press@harbour" in text for text in blocks)
    assert blocks[-1].startswith("Ada Lind said the pier would reopen")


def _top_after(section: str) -> list[str]:
    html = (
        "<html><head><title>The old pier closes to cars</title></head><body><article>"
        f"<h1>The old pier closes to cars</h1>{_PIER}{section}</article></body></html>"
    )
    article = extract_html(html_doc(html, url="https://harbour.example.org/pier"))
    return [block.text for block in article.blocks]


# -- a card's icon -----------------------------------------------------------------


def _middle(between: str) -> list[str]:
    html = (
        "<html><head><title>The old pier closes to cars</title></head><body><article>"
        "<h1>The old pier closes to cars</h1><p>The harbour board voted on Tuesday to close "
        f"the old pier to cars from the spring, after a report on its planks.</p>{between}"
        "<p>Tom Hale, the harbour master, said the planks could not take the weight any more "
        "and that repairs would start in March.</p></article></body></html>"
    )
    article = extract_html(html_doc(html, url="https://harbour.example.org/pier"))
    return [block.text for block in article.blocks]


def test_a_callout_s_emoji_is_no_paragraph() -> None:
    callout = (
        "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>\U0001f4a1</div>"
        "<div class='kg-callout-text'>The pier reopens to walkers in June.</div></div>"
    )
    assert "\U0001f4a1" not in _middle(callout)
    assert "The pier reopens to walkers in June." in _middle(callout)


def test_a_scene_break_or_a_short_word_between_paragraphs_stays() -> None:
    assert "* * *" in _middle("<p>* * *</p>")
    assert "Yes." in _middle("<p>Yes.</p>")


def test_a_review_s_rating_in_stars_stays() -> None:
    assert "\u2605\u2605\u2605\u2606" in _middle("<p>\u2605\u2605\u2605\u2606</p>")


# -- a standfirst under the headline ---------------------------------------------------


def test_a_standfirst_or_a_platform_s_subtitle_is_no_text_of_the_post() -> None:
    dek = "<p class='article__standfirst'>The pier closes to cars after a survey of its planks.</p>"
    assert _top(dek)[0].startswith("The harbour board voted")
    subtitle = "<h2 class='pw-subtitle-paragraph'>The pier closes after a survey of its planks</h2>"
    assert _top(subtitle)[0].startswith("The harbour board voted")


def test_a_section_s_subtitle_in_the_text_stays() -> None:
    heading = "<h2 class='section-subtitle'>What the survey found</h2>"
    assert "What the survey found" in _middle(heading)


def _description(head: str, lines: str) -> str | None:
    html = (
        f"<html><head><title>The old pier closes to cars</title>{head}</head><body><article>"
        f"<h1>The old pier closes to cars</h1>{lines}{_PIER}</article></body></html>"
    )
    return extract_html(html_doc(html, url="https://harbour.example.org/pier")).metadata.description


def test_a_standfirst_left_out_of_the_text_is_the_summary_when_the_page_states_none() -> None:
    dek = "<p class='article__standfirst'>The pier closes to cars after a survey of its planks.</p>"
    assert _description("", dek) == "The pier closes to cars after a survey of its planks."


def test_a_page_s_own_description_outranks_its_standfirst() -> None:
    dek = "<p class='article__standfirst'>The pier closes to cars after a survey of its planks.</p>"
    head = "<meta property='og:description' content='Cars are banned from the old pier.'>"
    assert _description(head, dek) == "Cars are banned from the old pier."
    assert _description("", "") is None
