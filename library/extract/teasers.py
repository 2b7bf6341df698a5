"""Lists of teasers: repeated blocks that each open with a heading linking
to another page ("card" grids of other stories, an archive's excerpts), or
with a title line that is such a link ("Most read" columns set the title as
a bare ``<a>`` or ``<a><strong>`` above the summary).

A teaser's summary is prose, so a grid of them beside a short article lifts
the container around both, and the page's other stories become its body.
Their prose is therefore credited up to the list and no further, and the
list itself is a weaker candidate than an article: it still wins on a page
that is only a listing (an archive, a section front), where it is the
only prose there is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.tags import BLOCKS, HEADINGS

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_TEASERS = 2
"""Sibling blocks built alike that make a list of teasers."""
_HEADING_TAGS = tuple(sorted(HEADINGS - {"h1"}))


def mark_teaser_lists(order: list[Stats]) -> None:
    """Set ``teasers`` on every measured block whose children include a
    list of teasers (see the module doc)."""
    for st in order:
        # (A block without link text has no child with a link: its link
        # count sums theirs.)
        if not st.link or len(st.children) < MIN_TEASERS or not _enough_linked_prose(st.children):
            continue
        groups: dict[tuple[str, str], list[Stats]] = defaultdict(list)
        for child in st.children:
            element = child.element
            groups[(str(element.tag), element.get("class") or "")].append(child)
        for members in groups.values():
            # A teaser has a summary and a link: the measure says so
            # before its headings are looked for.
            if len(members) >= MIN_TEASERS and all(
                member.link and member.prose and _is_teaser(member.element) for member in members
            ):
                st.teasers = True
                break


def _enough_linked_prose(children: list[Stats]) -> bool:
    # A list of teasers needs MIN_TEASERS children with a link and prose:
    # most blocks have fewer, and are passed over before their children's
    # tags and classes are read.
    found = 0
    for child in children:
        if child.link and child.prose:
            found += 1
            if found >= MIN_TEASERS:
                return True
    return False


def _is_teaser(element: etree._Element) -> bool:
    linked = _linked_heading(element)
    return _opens_with_title_link(element) if linked is None else linked


PHOTOS = 2
"""Pictures that make a short text under a headline a photo essay."""


def photo_essay(elements: Sequence[etree._Element]) -> bool:
    """Whether ``elements`` (a short text) hold an ``<h1>`` and
    :data:`PHOTOS` pictures: a photo essay, beside which a list of teasers
    is other galleries (an archive's intro under its ``<h1>`` holds no
    pictures, and its teasers are the page)."""
    if not any(next(element.iter("h1"), None) is not None for element in elements):
        return False
    found = 0
    for element in elements:
        for _picture in element.iter("img"):
            found += 1
            if found >= PHOTOS:
                return True
    return False


def headed_by_link(element: etree._Element) -> bool:
    """Whether ``element``'s first heading (below ``<h1>``) is (mostly) a
    link to another page, as a teaser's title is."""
    return bool(_linked_heading(element))


def _linked_heading(element: etree._Element) -> bool | None:
    # A heading that is (mostly) a link to another page, as a teaser's
    # title is; a section's permalink anchor ("#methods") is not one.
    # None: no heading with text.
    for heading in element.iter(*_HEADING_TAGS):
        text = _text(heading)
        if not text:
            continue
        return any(_is_title_link(link, text) for link in _links_around(heading))
    return None


def _opens_with_title_link(element: etree._Element) -> bool:
    # No heading: the teaser's first words are a link to another page that
    # is its block's whole line ("<a>Headline</a><p>summary</p>"), not a
    # link that opens a sentence ("<li><a>Foo</a> is a tool that ...").
    for node in element.iter(etree.Element):
        if node.text and node.text.strip():
            break
        if len(node) == 0 and node is not element and node.tail and node.tail.strip():
            return False  # words after an empty element (an icon, a photo)
    else:
        return False
    link: etree._Element | None = node
    while link is not None and link.tag != "a":
        link = None if link is element else link.getparent()
    if link is None:
        return False
    line = _block_line(link, element)
    return bool(line) and _is_title_link(link, line)


def _links_around(element: etree._Element) -> tuple[etree._Element, ...]:
    return (*element.iter("a"), *element.iterancestors("a"))


def _is_title_link(link: etree._Element, line: str) -> bool:
    href = (link.get("href") or "").strip()
    if not href or "#" in href or href.startswith(("javascript:", "mailto:")):
        return False
    return 2 * len(_text(link)) >= len(line)


def _block_line(inner: etree._Element, top: etree._Element) -> str:
    """The text of the nearest block around ``inner`` (up to ``top``),
    without the blocks inside it."""
    block = inner
    while block is not top and block.tag not in BLOCKS:
        parent = block.getparent()
        if parent is None:
            break
        block = parent
    parts: list[str] = []
    _inline_text(block, parts)
    return "".join(parts).strip()


def _inline_text(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in BLOCKS:
            _inline_text(child, parts)
        if child.tail:
            parts.append(child.tail)


def _text(element: etree._Element) -> str:
    return "".join(str(part) for part in element.itertext()).strip()
