"""Stop 40's exact speed cuts in ``content`` (branch s40-speed): the
bottom-up sums of ``measure`` skip the blocks that would add nought to
them; ``score`` and ``mark_teaser_lists`` pass over a block by one count
first; ``_siblings`` asks a sibling's counts before its names;
``_notes_after`` starts after the body's last part and asks the
cheap questions first (the link density, a class or id at all). Each is
held to the form it replaced (kept here as it was) on generated pages."""

from __future__ import annotations

import random
from collections import defaultdict

from lxml import etree

from quotemark.library.extract.content import (
    CONTAINERS,
    HEADINGS,
    MIN_PARAGRAPH,
    Stats,
    _in_listing,
    _is_figure,
    _is_loose_paragraph,
    _is_section,
    _notes_after,
    _notes_name,
    _siblings,
    _similar,
    _within,
    final_score,
    measure,
    score,
)
from quotemark.library.extract.hints import names
from quotemark.library.extract.teasers import (
    MIN_TEASERS,
    _enough_linked_prose,
    _is_teaser,
    mark_teaser_lists,
)
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


def _old_score(order: list[Stats], *, listings: bool = True) -> None:
    # content.score as it was at the branch's start (2d1d3ded).
    for st in order:
        plain = st.own - st.own_link
        if (
            plain < MIN_PARAGRAPH
            or st.element.tag in HEADINGS
            or (listings and _in_listing(st.element))
        ):
            continue
        points = 1.0 + st.commas + min(plain / 100.0, 3.0)
        if st.element.tag in CONTAINERS:
            st.score += points
        if st.chrome:
            continue
        ancestor = st.parent
        level = 1
        while ancestor is not None and level <= 4:
            ancestor.score += points / (1 if level == 1 else level)
            if ancestor.chrome or ancestor.teasers:
                break
            ancestor = ancestor.parent
            level += 1


def _old_mark_teaser_lists(order: list[Stats]) -> None:
    # teasers.mark_teaser_lists as it was at the branch's start (2d1d3ded).
    for st in order:
        if len(st.children) < MIN_TEASERS or not _enough_linked_prose(st.children):
            continue
        groups: dict[tuple[str, str], list[Stats]] = defaultdict(list)
        for child in st.children:
            element = child.element
            groups[(str(element.tag), element.get("class") or "")].append(child)
        for members in groups.values():
            if len(members) >= MIN_TEASERS and all(
                member.link and member.prose and _is_teaser(member.element) for member in members
            ):
                st.teasers = True
                break


_TEASER = (
    "<li class='teaser'><h3><a href='/pier'>The pier opens</a></h3>"
    "<p>Ada Lind said the harbour board would open the pier, long closed, in May.</p></li>"
)


def test_score_and_teasers_match_the_old_forms_on_generated_pages() -> None:
    chooser = random.Random(4041)
    teasers = scored = 0
    for number in range(800):
        inner = _tree(chooser, 0)
        if number % 3 == 0:
            # A list of teasers among the generated blocks, now and then.
            inner += f"<ul>{_TEASER * chooser.randrange(1, 4)}</ul>{_tree(chooser, 2)}"
        listing = "<pre><div>x = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12</div></pre>"
        page = f"<html><body>{inner}{listing}</body></html>"
        body = etree.fromstring(page, etree.HTMLParser()).find("body")
        assert body is not None
        listings = chooser.random() < 0.5
        old = measure(body)[1]
        _old_mark_teaser_lists(old)
        _old_score(old, listings=listings)
        new = measure(body)[1]
        mark_teaser_lists(new)
        score(new, listings=listings)
        assert [(st.element, st.teasers, st.score) for st in new] == [
            (st.element, st.teasers, st.score) for st in old
        ]
        teasers += sum(st.teasers for st in new)
        scored += sum(1 for st in new if st.score)
    assert teasers > 100
    assert scored > 2_000


def _old_siblings(top: Stats, threshold: float, *, loose: bool) -> list[etree._Element]:
    # content._siblings as it was at the branch's start (2d1d3ded).
    parent = top.parent
    if parent is None:
        return [top.element]
    element = top.element
    tokens = set((element.get("class") or "").split())
    chosen: list[etree._Element] = []
    for sibling in parent.children:
        if sibling is top:
            chosen.append(sibling.element)
            continue
        if sibling.chrome:
            continue
        same_kind = sibling.element.tag == element.tag and _similar(
            tokens, set((sibling.element.get("class") or "").split())
        )
        if (
            final_score(sibling) >= threshold
            or (same_kind and sibling.prose >= max(100, 0.6 * sibling.text))
            or _is_section(sibling, top)
            or (loose and (_is_loose_paragraph(sibling) or _is_figure(sibling)))
        ):
            chosen.append(sibling.element)
    return chosen


_PARTS = [
    "<div class='chunk'><p>{t}</p><p>{t}</p></div>",
    "<div class='chunk wide'><p>{t}</p></div>",
    "<section><h2>The pier</h2><p>{t} {t}</p></section>",
    "<p>{t}</p>",
    "<div class='ad-slot'></div>",
    "<figure><img src='pier.jpg'><figcaption>The pier</figcaption></figure>",
    "<div class='related'><a href='/a'>{t}</a></div>",
    "<nav><a href='/'>Home</a></nav>",
]


def test_siblings_match_the_old_form_on_generated_pages() -> None:
    chooser = random.Random(4042)
    text = "Ada Lind said the harbour board, which runs the pier, would open it in May."
    chosen = 0
    for _ in range(600):
        parts = "".join(
            chooser.choice(_PARTS).format(t=text * chooser.randrange(1, 4))
            for _ in range(chooser.randrange(2, 9))
        )
        rest = _tree(chooser, 3)
        page = f"<html><body><div><h2>The harbour</h2>{parts}</div>{rest}</body></html>"
        body = etree.fromstring(page, etree.HTMLParser()).find("body")
        assert body is not None
        order = measure(body)[1]
        mark_teaser_lists(order)
        score(order)
        for top in chooser.sample(order, min(len(order), 5)):
            # (_parts, the one caller, asks with at least 10.)
            threshold = chooser.choice([10.0, 20.0, max(10.0, 0.2 * final_score(top)), 1e9])
            loose = chooser.random() < 0.5
            expected = _old_siblings(top, threshold, loose=loose)
            assert _siblings(top, threshold, loose=loose) == expected
            chosen += len(expected)
    assert chosen > 3_000
