"""The library list read a page at a time (library/store/listing.py): the
same posts in the same order as sorting the whole list, whichever order and
filter is chosen; a post's row; counts kept right as clips come and go."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quotemark.library import paths
from quotemark.library.model import Position, PostSummary, Span
from quotemark.library.service import Library
from quotemark.library.store import schema
from quotemark.library.store.listing import DEEP_PAGE, ORDERS, Listing
from quotemark.library.store.title_order import title_key
from tests.library.bulk import fill


def _newest(rows: list[PostSummary]) -> list[PostSummary]:
    return sorted(rows, key=lambda p: (p.imported, p.id), reverse=True)


# The orders as a researcher reads them, written out in Python: ties and
# missing values (listed last) keep the newest import first.
EXPECTED: dict[str, Callable[[list[PostSummary]], list[PostSummary]]] = {
    "newest": _newest,
    "published": lambda rows: sorted(_newest(rows), key=lambda p: p.published or "", reverse=True),
    "title": lambda rows: sorted(_newest(rows), key=lambda p: title_key(p.title)),
    "site": lambda rows: sorted(_newest(rows), key=lambda p: (not p.site, (p.site or "").lower())),
    "clips": lambda rows: sorted(_newest(rows), key=lambda p: p.clip_count, reverse=True),
}


@pytest.fixture
def library(location: Path | str) -> Iterator[Library]:
    fill(location, 300, clipped=40)
    with Library.open(location) as lib:
        yield lib


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(
    ("tag", "source_id"), [(None, None), ("ferry", None), (None, 1), ("night", 1)]
)
def test_pages_follow_the_order_of_the_whole_list(
    library: Library, order: str, tag: str | None, source_id: int | None
) -> None:
    listing = Listing(order, tag=tag, source_id=source_id)
    expected = EXPECTED[order](library.posts(tag=tag, source_id=source_id))
    assert expected  # the filter keeps some posts
    pages: list[PostSummary] = []
    while len(pages) < library.listing_count(listing):
        pages += library.listing_page(listing, len(pages), 37)
    assert pages == expected
    assert list(library.stream_posts(listing)) == expected
    for row in (0, 1, len(expected) // 2, len(expected) - 1):
        assert library.listing_row(listing, expected[row].id) == row


@pytest.mark.parametrize("order", ORDERS)
def test_deep_pages_are_the_rows_of_the_whole_list_there(location: Path | str, order: str) -> None:
    # From DEEP_PAGE on, a page is found by the order's index before its
    # rows are read: the same rows as the whole list holds there.
    fill(location, DEEP_PAGE + 150, clipped=60)
    with Library.open(location) as lib:
        for tag in (None, "ferry"):
            listing = Listing(order, tag=tag)
            whole = [p.id for p in lib.stream_posts(listing)]
            for offset in (DEEP_PAGE - 1, DEEP_PAGE, DEEP_PAGE + 100, len(whole) - 5):
                if offset < 0:
                    continue
                got = [p.id for p in lib.listing_page(listing, offset, 37)]
                assert got == whole[offset : offset + 37]


def test_a_post_left_out_by_the_filter_or_missing_has_no_row(library: Library) -> None:
    tagged = {p.id for p in library.posts(tag="ferry")}
    untagged = next(p.id for p in library.posts() if p.id not in tagged)
    assert library.listing_row(Listing(tag="ferry"), untagged) is None
    assert library.listing_row(Listing(), 10**6) is None
    assert library.listing_count(Listing(tag="no such tag")) == 0


def test_an_unknown_order_is_refused() -> None:
    with pytest.raises(ValueError, match="by-colour"):
        Listing("by-colour")


def test_a_listing_is_a_value_that_cannot_change(library: Library) -> None:
    # The list's choice is compared and kept as a key (the window asks again
    # only when it changed); it is not a dataclass (issue 15), so this pins
    # what the dataclass gave: equal by its fields, hashed alike, frozen.
    chosen = Listing("title", tag="ferry")
    assert chosen == Listing(order="title", tag="ferry")
    assert chosen != Listing("title")
    assert chosen != Listing("site", tag="ferry")
    assert len({chosen, Listing(order="title", tag="ferry"), Listing()}) == 2
    with pytest.raises(AttributeError):
        chosen.tag = "garden"  # type: ignore[misc]
    assert chosen.tag == "ferry"
    assert library.listing_count(chosen) == library.listing_count(Listing("newest", "ferry"))


def test_clip_counts_follow_clips_made_and_deleted(library: Library) -> None:
    post = library.listing_page(Listing("clips"), 299, 1)[0]
    assert post.clip_count == 0
    span = Span(Position(0, 4), Position(0, 9), "ferry")
    clip, _change = library.clip(post.id, span)
    assert library.post_summary(post.id).clip_count == 1
    assert (
        library.listing_page(Listing(), library.listing_row(Listing(), post.id) or 0, 1)[
            0
        ].clip_count
        == 1
    )
    most = library.listing_page(Listing("clips"), 0, 300)
    assert [p.id for p in most] == [p.id for p in EXPECTED["clips"](library.posts())]
    library.delete_clips([clip.id])
    assert library.post_summary(post.id).clip_count == 0


def test_an_older_library_gets_its_clip_counts_when_migrated(tmp_path: Path) -> None:
    path = paths.library_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, path, tmp_path, schema.MIGRATIONS[:3])  # before clip counts
    conn.close()
    fill(path, 50, clipped=10)
    with Library.open() as lib:
        counts = {p.id: p.clip_count for p in lib.posts()}
        assert any(counts.values())
        rows = lib.listing_page(Listing(), 0, 50)
    assert {p.id: p.clip_count for p in rows} == counts
