"""Stop 40's exact speed cuts in ``content`` (branch s40-speed): the
bottom-up sums of ``measure`` skip the blocks that would add nought to
them, and ``_notes_after`` starts after the body's last part and asks the
cheap questions first (the link density, a class or id at all). Each is
held to the form it replaced (kept here as it was) on generated pages."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract.content import Stats, _notes_after, _notes_name, _within, measure
from quotemark.library.extract.hints import names
from tests.library.test_extract_speed_cuts_s37c import _facts, _old_measure, _tree


def _pages(seed: int, count: int) -> list[etree._Element]:
    chooser = random.Random(seed)
    bodies = []
    for _ in range(count):
        root = etree.fromstring(
            f"<html><body>{_tree(chooser, 0)}</body></html>", etree.HTMLParser()
        )
        body = None if root is None else root.find("body")
        if body is not None:
            bodies.append(body)
    return bodies


def test_the_sums_match_the_old_loop_on_generated_pages() -> None:
    blocks = empty = 0
    for body in _pages(40, 600):
        order = measure(body)[1]
        # (s37's reference copy of measure holds the bottom-up loop as it
        # was at this branch's start, 2d1d3ded.)
        assert _facts(order) == _facts(_old_measure(body))
        blocks += len(order)
        empty += sum(1 for st in order if st.text == 0)
    # Both kinds of block the cut skips, many times.
    assert blocks > 5_000
    assert empty > 500


def test_an_empty_wrapper_beside_a_paragraph_adds_nothing() -> None:
    page = (
        "<html><body><div class='story'><div class='ad-slot'><div></div></div>"
        "<p>Ada Lind said the harbour board would open the pier, long closed, in May.</p>"
        "</div></body></html>"
    )
    body = etree.fromstring(page, etree.HTMLParser()).find("body")
    assert body is not None
    stats = measure(body)[0]
    story = stats[body[0]]
    paragraph = stats[body[0][1]]
    words = len("Ada Lind said the harbour board would open the pier, long closed, in May.")
    assert paragraph.text == paragraph.prose == words
    assert story.text == story.prose == words
    assert stats[body].prose == words


def _old_notes_after(
    parts: list[etree._Element], order: list[Stats], stats: dict[etree._Element, Stats]
) -> list[etree._Element]:
    # content._notes_after as it was at the branch's start (2d1d3ded).
    if not parts:
        return []
    last = stats.get(parts[-1])
    if last is None:
        return []
    inside: set[int] = set()
    for part in parts:
        part_stats = stats.get(part)
        if part_stats is not None:
            inside.add(id(part_stats))
    notes: list[etree._Element] = []
    after = False
    for st in order:
        if st is last:
            after = True
            continue
        if not after or st.text == 0 or not _notes_name(names(st.element)):
            continue
        if st.in_chrome or _within(st, inside) or st.link_density >= 0.6:
            continue
        notes.append(st.element)
        inside.add(id(st))
    return notes


_NOTE_CLASSES = [None, "footnotes", "References", "fn", "notes-list", "nav", "story", "refs"]
_NOTE_TEXTS = [
    "",
    "\n ",
    "Ada Lind, The Harbour Board, 2024, p. 12.",
    "Tom Hale said the pier would open in May.",
]


def _notes_page(chooser: random.Random, depth: int) -> str:
    parts = [chooser.choice(_NOTE_TEXTS)]
    for _ in range(0 if depth > 3 else chooser.randrange(1, 5)):
        tag = chooser.choice(["div", "section", "ol", "li", "p", "aside", "a", "span"])
        cls = chooser.choice(_NOTE_CLASSES)
        ident = chooser.choice([None, None, "fn-list", "reflist", "EndNotes", "main"])
        attributes = ("" if cls is None else f" class='{cls}'") + (
            "" if ident is None else f" id='{ident}'"
        )
        parts.append(f"<{tag}{attributes}>{_notes_page(chooser, depth + 1)}</{tag}>")
        parts.append(chooser.choice(_NOTE_TEXTS))
    return "".join(parts)


def test_notes_after_matches_the_old_form_on_generated_pages() -> None:
    chooser = random.Random(4040)
    found = 0
    for _ in range(1_500):
        root = etree.fromstring(
            f"<html><body>{_notes_page(chooser, 0)}</body></html>", etree.HTMLParser()
        )
        body = None if root is None else root.find("body")
        if body is None:
            continue
        stats, order = measure(body)
        elements = [st.element for st in order]
        # Parts as choose gives them: a few blocks, not always in order,
        # sometimes an element measured after (not in the stats).
        parts = chooser.sample(elements, min(len(elements), chooser.randrange(0, 4)))
        if parts and chooser.random() < 0.1:
            parts.append(etree.Element("div"))
        expected = _old_notes_after(parts, order, stats)
        assert _notes_after(parts, order, stats) == expected
        found += len(expected)
    assert found > 300


def test_a_reference_list_after_the_story_joins_it_and_a_menu_does_not() -> None:
    page = (
        "<html><body><div class='story'><p>Ada Lind said the harbour board would open "
        "the pier, long closed, in May, and Tom Hale agreed.</p></div>"
        "<ol class='references'><li>Ada Lind, The Harbour Board, 2024, p. 12.</li></ol>"
        "<ol class='footnotes'><li><a href='/pier'>The pier, its history and its "
        "board</a></li></ol></body></html>"
    )
    body = etree.fromstring(page, etree.HTMLParser()).find("body")
    assert body is not None
    stats, order = measure(body)
    assert _notes_after([body[0]], order, stats) == [body[1]]
