"""Stop 42's extraction speed branch (s42-speedx): the memories of what a
class string says hold a long import's class names, so a name seen before
is not judged again after ten thousand others; and a plain wrapper block
keeps the block walk's context instead of copying it. Output identical
(evaluation.same); these tests hold what a reader sees and that the work is
not done twice."""

from __future__ import annotations

import pytest
from lxml import etree

from quotemark.library.extract import blocks, content, landmarks
from quotemark.library.extract.blocks import BlockBuilder
from quotemark.library.extract.content import choose
from quotemark.library.extract.landmarks import survey
from quotemark.library.model import BlockKind
from tests.library.test_extract_speed_cuts_s41b import _counted

_OTHERS = 12_000
"""More distinct class names than the memories held before (10,000): a
researcher's folder of saved pages from many sites gives that many."""


def _page(body: str) -> etree._Element:
    return etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())


def _story(byline_class: str) -> etree._Element:
    return _page(
        f'<article><p class="{byline_class}">By Ada Lind</p>'
        "<p>The harbour board met on the pier at noon, and Tom Hale spoke first, "
        "as he always does, about the tides.</p></article>"
    )


def _many_classes(prefix: str) -> etree._Element:
    return _page("".join(f'<div class="{prefix}{i}">x</div>' for i in range(_OTHERS)))


def test_a_byline_class_is_judged_once_across_many_other_pages() -> None:
    """Counted by ``landmarks._name_flags_held``, the characters of the
    class strings judged since the memory was last emptied: each judgement
    adds its string's length, so an unchanged count means none was judged.
    (Not by a patched ``_name_flags``: compiled by mypyc, ``_flags_of``
    calls it directly and a patch counts nothing; the count is a module
    global, read through the module's dictionary in both builds.)"""
    landmarks._NAME_FLAGS.clear()
    first = survey(_story("harbour-byline-s42"))
    assert [element.text for element in first.authorish] == ["By Ada Lind"]
    survey(_many_classes("pier-note-box-s42-"))
    held = landmarks._name_flags_held
    again = survey(_story("harbour-byline-s42"))
    # The byline is still noted, from the memory: no class judged again
    # (before stop 42 the memory had been emptied at 10,000 names).
    assert [element.text for element in again.authorish] == ["By Ada Lind"]
    assert landmarks._name_flags_held == held


def test_a_plain_class_is_still_not_authorish_after_many_others() -> None:
    landmarks._NAME_FLAGS.clear()
    survey(_many_classes("tide-table-s42-"))
    marks = survey(_story("tide-table-s42-7"))
    assert marks.authorish == []


def test_the_memories_are_still_bounded() -> None:
    landmarks._NAME_FLAGS.clear()
    content._NAME_KINDS.clear()
    for i in range(landmarks._NAME_FLAGS_LIMIT + 10):
        landmarks._flags_of(f"harbour-s42-{i}")
    assert len(landmarks._NAME_FLAGS) <= landmarks._NAME_FLAGS_LIMIT
    for i in range(content._NAME_KINDS_LIMIT + 10):
        content._name_kinds(f"pier-s42-{i}")
    assert len(content._NAME_KINDS) <= content._NAME_KINDS_LIMIT
    landmarks._NAME_FLAGS.clear()
    content._NAME_KINDS.clear()


def test_a_chrome_class_is_judged_once_across_many_other_pages() -> None:
    """Counted by ``content._name_kinds_held`` (the characters of the
    strings judged since the memory was last emptied), not by a patched
    ``name_kinds``, which compiled code calls directly: as the byline test
    above."""
    content._NAME_KINDS.clear()
    page = _page(
        '<div class="harbour-share-s42"><p>Share this on the harbour board page, '
        "or print it, or send it to Tom Hale by email.</p></div>"
        "<div><p>The harbour board met on the pier at noon, and Tom Hale spoke first, "
        "as he always does, about the tides, the boats and the new pier lights.</p>"
        "<p>Ada Lind answered him, and the board voted to light the pier.</p></div>"
    )
    body = page.find("body")
    assert body is not None
    chosen = choose(body)
    assert [element.get("class") for element in chosen.content] == [None]
    for i in range(_OTHERS):
        content._name_kinds(f"pier-lights-s42-{i}")
    held = content._name_kinds_held
    again = choose(body)
    # Still the story, not the share box, and the share box's class is
    # remembered (before stop 42 it was judged again).
    assert [element.get("class") for element in again.content] == [None]
    assert content._name_kinds_held == held


def _blocks(body: str) -> list[tuple[BlockKind, str, int]]:
    page = _page(body)
    root = page.find("body")
    assert root is not None
    built = BlockBuilder(None, {}).build([root])
    return [(block.kind, block.text, block.level) for block in built]


def test_a_plain_wrapper_shares_its_context() -> None:
    """The cut itself, in ``BlockBuilder._enter``: a block that changes
    nothing keeps the very context it is in (no copy), and one that changes
    something gets a copy, leaving the one it was in as it was. Asked of
    the method, so it holds compiled (mypyc) as well as pure; the walk's
    count of contexts made is the pure-only test below."""
    builder = BlockBuilder(None, {})
    outer = builder._context
    assert builder._enter() is outer
    assert builder._context is outer
    saved = builder._enter(quote_depth=1, level=1)
    assert saved is outer
    inner = builder._context
    assert inner is not outer
    assert (inner.quote_depth, inner.level, inner.kind) == (1, 1, outer.kind)
    assert (outer.quote_depth, outer.level) == (0, 0)
    assert builder._enter() is inner


@pytest.mark.pure_only(
    "counts blocks._Context through a patched class: compiled by mypyc, "
    "blocks.py makes its contexts directly and the patch sees none"
)
def test_a_plain_wrapper_makes_no_context_in_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _counted(monkeypatch, blocks, "_Context")
    shown = _blocks(
        "<div><div><section><div><p>The harbour board met on the pier.</p></div>"
        "</section></div></div>"
    )
    assert shown == [(BlockKind.PARAGRAPH, "The harbour board met on the pier.", 0)]
    # Only the paragraph's own context is made: the body and its four
    # wrappers keep the one they are in (before stop 42: six).
    assert made[0] == 1


def test_a_context_set_inside_a_wrapper_ends_with_it() -> None:
    shown = _blocks(
        "<blockquote><div><p>Ada Lind said the pier would stand.</p></div></blockquote>"
        "<div><h2>The pier</h2><div><p>Tom Hale spoke after her.</p></div></div>"
        "<ul><li><div><p>The lights</p></div></li></ul><div><p>The board voted.</p></div>"
    )
    assert shown == [
        (BlockKind.BLOCKQUOTE, "Ada Lind said the pier would stand.", 1),
        (BlockKind.HEADING, "The pier", 2),
        (BlockKind.PARAGRAPH, "Tom Hale spoke after her.", 0),
        (BlockKind.LIST_ITEM, "The lights", 1),
        (BlockKind.PARAGRAPH, "The board voted.", 0),
    ]
