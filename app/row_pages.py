"""Rows read from the library a page at a time, the newest few pages kept.

The library list (:mod:`quotemark.app.post_list_model`) and "All clips"
(:mod:`quotemark.app.panels.clip_pages`) both show lists far longer than a
screen: each asks the database for one page when a row of it is first shown
and keeps only the last :attr:`RowPages.kept` pages read. What a page is read
from, and what a failed read does, stays with each of them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, Protocol, TypeVar


class HasId(Protocol):
    """A row the library names by id (a post summary, a clip)."""

    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)


class RowPages(Generic[Row]):
    """The pages of one list read so far, newest last."""

    def __init__(self, size: int, kept: int) -> None:
        self.size = size
        self.kept = kept
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self.fetched = 0
        """How many rows were read so far (tests check that a list shown
        reads only a few screens)."""

    def row(self, row: int, read: Callable[[int], list[Row]] | None) -> Row | None:
        """The row at ``row``: from a kept page, or from the page ``read``
        gives for its page number (``None``: read nothing now)."""
        number, offset = divmod(row, self.size)
        page = self._pages.get(number)
        if page is None:
            if read is None:
                return None
            page = read(number)
            self.fetched += len(page)
            self._pages[number] = page
            while len(self._pages) > self.kept:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def kept_rows(self) -> Iterator[tuple[int, Row]]:
        """Each kept row with its place in the list."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                yield number * self.size + offset, row

    def rows_by_id(self) -> dict[int, int]:
        """The place of each kept row, by its id."""
        return {row.id: place for place, row in self.kept_rows()}

    def put(self, place: int, row: Row) -> None:
        """Replace the kept row at ``place`` (an edited clip)."""
        number, offset = divmod(place, self.size)
        self._pages[number][offset] = row

    def clear(self) -> None:
        """Forget every page (the list changed under them)."""
        self._pages.clear()
