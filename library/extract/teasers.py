"""Lists of teasers: repeated blocks that each open with a heading linking
to another page ("card" grids of other stories, an archive's excerpts).

A teaser's summary is prose, so a grid of them beside a short article lifts
the container around both, and the page's other stories become its body.
Their prose is therefore credited up to the list and no further, and the
list itself is a weaker candidate than an article: it still wins on a page
that is only a listing (an archive, a section front), where it is the
only prose there is.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.tags import HEADINGS

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_TEASERS = 2
"""Sibling blocks built alike that make a list of teasers."""
_HEADING_TAGS = tuple(sorted(HEADINGS - {"h1"}))


def mark_teaser_lists(order: list[Stats]) -> None:
    """Set ``teasers`` on every measured block whose children include a
    list of teasers (see the module doc)."""
    for st in order:
        if len(st.children) < MIN_TEASERS or not _enough_linked_prose(st.children):
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
    # A heading that is (mostly) a link to another page, as a teaser's
    # title is; a section's permalink anchor ("#methods") is not one.
    for heading in element.iter(*_HEADING_TAGS):
        text = "".join(str(part) for part in heading.itertext()).strip()
        if not text:
            continue
        for link in (*heading.iter("a"), *heading.iterancestors("a")):
            href = (link.get("href") or "").strip()
            if not href or "#" in href or href.startswith(("javascript:", "mailto:")):
                continue
            if 2 * len("".join(str(part) for part in link.itertext()).strip()) >= len(text):
                return True
        return False
    return False
