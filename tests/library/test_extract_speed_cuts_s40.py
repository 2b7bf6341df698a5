"""Stop 40's exact speed cuts in ``content`` (branch s40-speed): the
bottom-up sums of ``measure`` skip the blocks that would add nought to
them, and ``_notes_after`` starts after the body's last part and asks the
cheap questions first. Each is held to the form it replaced (kept here as
it was) on generated pages."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract.content import measure
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
