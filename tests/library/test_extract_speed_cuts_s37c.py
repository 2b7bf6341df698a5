"""Stop 37's exact speed cuts in ``content.measure`` (branch s37-speed3): a
block's link state and tag-given chrome passed to the ``Stats`` constructor,
and an inline element without children not stored as a parent. Held to the
measure they replaced (kept here as it was) on generated pages: every block,
in the same order, with the same parent, children and figures. And the
landmarks' survey reading the listed elements against its own walk."""

from __future__ import annotations

import dataclasses
import random

from lxml import etree

from quotemark.library.extract.content import (
    _COMMAS,
    CHROME_TAGS,
    HEADINGS,
    MIN_PARAGRAPH,
    NEVER_CHROME,
    Stats,
    _own,
    measure,
    weighted_length,
)
from quotemark.library.extract.landmarks import Landmarks, survey
from quotemark.library.extract.parser import new_parser
from quotemark.library.extract.tags import BLOCKS


def _old_measure(body: etree._Element) -> list[Stats]:
    # content.measure as it was at the branch's start (7463513).
    stats: dict[etree._Element, Stats] = {}
    inline: dict[etree._Element, tuple[Stats, bool]] = {}
    order: list[Stats] = []
    root = Stats(body, None)
    stats[body] = root
    order.append(root)
    if body.text:
        _own(root, body.text, False)
    for element in body.iterdescendants(etree.Element):
        parent_element = element.getparent()
        owner = stats.get(parent_element)  # type: ignore[arg-type]
        if owner is not None:
            parent_link = owner.in_link
        else:
            owner, parent_link = inline[parent_element]  # type: ignore[index]
        tag = element.tag
        in_link = parent_link or tag == "a"
        if tag in BLOCKS:
            st = Stats(element, owner)
            owner.children.append(st)
            st.in_link = in_link
            if tag in CHROME_TAGS:
                st._chrome = True
            elif tag not in NEVER_CHROME:
                st._chrome = None
            stats[element] = st
            order.append(st)
            text = element.text
            if text and not text.isspace():
                _own(st, text, in_link)
        else:
            inline[element] = (owner, in_link)
            text = element.text
            if text and not text.isspace():
                _own(owner, text, in_link)
        tail = element.tail
        if tail and not tail.isspace():
            _own(owner, tail, parent_link)
    for st in reversed(order):
        st.text += st.own
        st.link += st.own_link
        plain = st.own - st.own_link
        if plain >= MIN_PARAGRAPH and st.element.tag not in HEADINGS:
            st.prose += plain
        parent = st.parent
        if parent is not None:
            parent.text += st.text
            parent.link += st.link
            if st.prose and not st.chrome:
                parent.prose += st.prose
    return order


_BLOCK_TAGS = ["div", "p", "section", "aside", "footer", "nav", "header", "main", "li", "h2"]
_INLINE_TAGS = ["a", "span", "em", "b", "img", "br", "abbr"]
_TEXTS = [
    "",
    " ",
    "\n  ",
    "Tom Hale",
    "Ada Lind said the pier, long closed, would open again in May.",
    "the harbour board, the pier and the town,",
    "\u6e2f\u306e\u6a4b\u306f\u958b\u304f\u3002",
    "caf\u00e9, b\u00e2teau\u3001\u6e2f",
]
_CLASSES = [None, "nav", "menu", "story-body", "footer-links", "sidebar"]


def _tree(chooser: random.Random, depth: int) -> str:
    parts = [chooser.choice(_TEXTS)]
    for _ in range(0 if depth > 4 else chooser.randrange(1, 5)):
        tag = chooser.choice(_BLOCK_TAGS + _INLINE_TAGS)
        cls = chooser.choice(_CLASSES)
        attribute = "" if cls is None else f" class='{cls}'"
        if tag in ("img", "br"):
            parts.append(f"<{tag}{attribute}>")
        elif chooser.random() < 0.15:
            parts.append(f"<{tag}{attribute}><!-- a note --></{tag}>")
        else:
            parts.append(f"<{tag}{attribute}>{_tree(chooser, depth + 1)}</{tag}>")
        parts.append(chooser.choice(_TEXTS))
    return "".join(parts)


def _facts(order: list[Stats]) -> list[tuple[object, ...]]:
    return [
        (
            st.element,
            None if st.parent is None else st.parent.element,
            [child.element for child in st.children],
            st.in_link,
            st._chrome,
            st.chrome,
            st.in_chrome,
            st.own,
            st.own_link,
            st.commas,
            st.text,
            st.link,
            st.prose,
        )
        for st in order
    ]


def test_measure_matches_the_old_measure_on_generated_pages() -> None:
    chooser = random.Random(37)
    blocks_seen = 0
    for _ in range(600):
        page = f"<html><body>{_tree(chooser, 0)}</body></html>"
        root = etree.fromstring(page, etree.HTMLParser())
        if root is None:
            continue
        body = root.find("body")
        assert body is not None
        old = _old_measure(body)
        stats, order = measure(body)
        assert _facts(order) == _facts(old)
        assert list(stats) == [st.element for st in old]
        blocks_seen += len(order)
    assert blocks_seen > 5_000


def test_a_link_inside_a_span_inside_a_link_still_counts_as_link_text() -> None:
    # The span holds a child, so it is still looked up as the owner of
    # its children's link state: the paragraph's words in the link count.
    page = (
        "<html><body><p>The harbour board said <a href='/pier'><span>the pier "
        "<b>will open</b></span></a> in May, Ada Lind wrote.</p></body></html>"
    )
    root = etree.fromstring(page, etree.HTMLParser())
    body = root.find("body")
    assert body is not None
    order = measure(body)[1]
    paragraph = order[1]
    assert paragraph.element.tag == "p"
    assert paragraph.own_link == len("the pier") + len("will open")
    assert paragraph.own == paragraph.own_link + len("The harbour board said") + len(
        "in May, Ada Lind wrote."
    )


_SURVEY_PARTS = [
    "<meta name='author' content='Ada Lind'>",
    "<link rel='canonical' href='https://example.org/pier'>",
    '<script type=\'application/ld+json\'>{"author": "Tom Hale"}</script>',
    "<h1>The pier opens</h1>",
    "<span class='byline author'>Tom Hale</span>",
    "<div style='display: none'>hidden</div>",
    "<p id='author-box' aria-hidden='true'>Ada Lind</p>",
    "<a href='#note-1'><sup>1</sup></a>",
    "<time datetime='2026-05-01'>May 1</time>",
    "<span class='katex'>x</span>",
    "<pre>print('pier')</pre>",
    "<img src='https://latex.codecogs.com/svg.image?x%5E2'>",
    "<iframe srcdoc='&lt;p&gt;The harbour board&lt;/p&gt;'></iframe>",
    "<div itemprop='author' class='vcard'>Ada Lind</div>",
    "<button>Accept</button>",
    "<span class='sidenote'>A note on the pier.</span>",
    "<p>The harbour board met on Monday.</p>",
]


def test_survey_of_a_listed_tree_matches_the_walk() -> None:
    chooser = random.Random(3737)
    for _ in range(300):
        head = "".join(chooser.sample(_SURVEY_PARTS[:3], chooser.randrange(0, 4)))
        body = "".join(
            f"<div class='{chooser.choice(['story', 'nav', 'author-card'])}'>"
            + "".join(chooser.sample(_SURVEY_PARTS, chooser.randrange(1, 9)))
            + "</div>"
            for _ in range(chooser.randrange(1, 6))
        )
        page = f"<html lang='en'><head><title>Pier</title>{head}</head><body>{body}</body></html>"
        root = etree.fromstring(page, new_parser())
        walked = survey(root)
        listed = survey(root, list(root.iter(etree.Element)))
        # (The fields by dataclasses.fields, not Landmarks.__slots__: a class
        # compiled by mypyc has no __slots__ to list, and fields() reads the
        # same names in both builds.)
        for field in dataclasses.fields(Landmarks):
            name = field.name
            assert getattr(listed, name) == getattr(walked, name), name


def _old_own(owner: Stats, text: str, in_link: bool) -> None:
    # content._own as it was at the branch's start (7463513).
    length = len(text.strip())
    if not length:
        return
    if not text.isascii():
        length = weighted_length(text.strip())
    owner.own += length
    if in_link:
        owner.own_link += length
    if "," in text:
        owner.commas += text.count(",")
    elif not text.isascii():
        owner.commas += len(_COMMAS.findall(text))


_ELEMENT = etree.Element("p")


def test_own_matches_the_old_own_on_generated_texts() -> None:
    chooser = random.Random(373)
    letters = ["a", " ", "\\n", "\\u00a0", ",", "\\u3001", "\\u6e2f", "\\u2019", "\\u3000", "T"]
    letters = [letter.encode().decode("unicode_escape") for letter in letters]
    for _ in range(3_000):
        text = "".join(chooser.choice(letters) for _ in range(chooser.randrange(0, 12)))
        in_link = chooser.random() < 0.5
        # Real Stats, not a stand-in with the three counts: compiled by
        # mypyc, _own checks its argument is a Stats at the call.
        old, new = Stats(_ELEMENT, None), Stats(_ELEMENT, None)
        _old_own(old, text, in_link)
        _own(new, text, in_link)
        assert (new.own, new.own_link, new.commas) == (old.own, old.own_link, old.commas), text
