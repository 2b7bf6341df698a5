"""The rows of "All clips", a page at a time: never every clip at once.

A library of 100,000 posts holds tens of thousands of clips; the Clips tab
shows a screenful. :class:`ClipPages` knows the list's length (a count by
the database) and reads a page of :data:`ClipPages.PAGE` clips when a row
of it is first asked for, keeping the newest :data:`ClipPages.KEPT_PAGES`.
The list is oldest first (by id) and may keep only one's own clips; both
are the database's work (a page is a walk of the clips' primary key).

It holds no Qt: the Clips tab's model (:mod:`quotemark.app.panels.clip_table`)
asks it for rows and tells the view what moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from quotemark.app.row_pages import RowPages
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Clip, Reading


class ClipSource(Protocol):
    """Where the rows come from: the window's controller (or a Library)."""

    @property
    def closed(self) -> bool: ...

    def clip_list_count(self, *, mine: bool = False) -> int: ...

    def clip_list_page(self, offset: int, limit: int, *, mine: bool = False) -> list[Clip]: ...

    def clip_list_row(self, clip_id: int, *, mine: bool = False) -> int: ...

    def reading(self, post_id: int) -> Reading | None: ...


class ClipPages:
    """Every clip (or one's own), fetched by page as rows are shown."""

    PAGE = 100
    """Clips read at once (a few screens of the tab)."""
    KEPT_PAGES = 20
    """Pages kept; older ones are read again when scrolled back to."""

    def __init__(
        self, source: ClipSource, *, mine: bool, ask: Callable[[int], None] | None = None
    ) -> None:
        self.source = source
        self.mine = mine
        self.ask = ask
        """Where a post's part is asked for when not known yet (the window's
        worker reads it: :mod:`quotemark.app.panels.clip_parts`); ``None``:
        read here, at once."""
        self._pages: RowPages[Clip] = RowPages(self.PAGE, self.KEPT_PAGES)
        self.holding = False
        """While the model tells the view of rows moving one step at a
        time, rows are not read (the database already holds the end state)."""
        self.failure = ""
        """Why the library could not be read, last time it could not."""
        self._parts: dict[int, str] = {}
        self.count = self.count_now()

    def count_now(self) -> int:
        """How many clips the database lists now (0 when it cannot say)."""
        if self.source.closed:
            return 0
        try:
            return self.source.clip_list_count(mine=self.mine)
        except QuotemarkError as error:
            self.failure = str(error)
            return 0

    def clip(self, row: int) -> Clip | None:
        """The clip in ``row`` (its page read if need be)."""
        if not 0 <= row < self.count:
            return None
        reading = not (self.holding or self.source.closed)
        return self._pages.row(row, self._fetch if reading else None)

    def part_words(self, post_id: int) -> str:
        """ "part 1 of 3" when the clip's post is one part of a longer
        article (its paragraphs are counted in that part), else "". Each
        post's reading is read once per listing (it sits in the stored
        document): a screenful of rows reads a few posts, not every clip's.
        With :attr:`ask`, a part not known yet is asked for and "" given
        meanwhile (:meth:`learn` brings it)."""
        part = self._parts.get(post_id)
        if part is not None:
            return part
        if self.source.closed:
            return ""
        if self.ask is not None:
            self.ask(post_id)
            return ""
        try:
            reading = self.source.reading(post_id)
        except QuotemarkError:
            return ""  # a post removed meanwhile: its row goes with the change
        part = self._parts[post_id] = reading.part_words() if reading is not None else ""
        return part

    def learn(self, parts: dict[int, str]) -> list[int]:
        """Take the parts read elsewhere; the kept rows whose posts they are."""
        self._parts.update(parts)
        return [place for place, clip in self._pages.kept_rows() if clip.post_id in parts]

    def forget_parts(self, post_ids: frozenset[int]) -> None:
        """Drop these posts' parts (changed: read again when shown)."""
        for post_id in post_ids:
            self._parts.pop(post_id, None)

    @property
    def fetched_rows(self) -> int:
        """How many clips were read so far (tests check that showing the
        list reads only a few screens)."""
        return self._pages.fetched

    def _fetch(self, number: int) -> list[Clip]:
        try:
            page = self.source.clip_list_page(number * self.PAGE, self.PAGE, mine=self.mine)
        except QuotemarkError as error:
            self.failure = str(error)
            page = []
        return page

    def cached_rows(self) -> dict[int, int]:
        """The row of each clip read and still kept, by id."""
        return self._pages.rows_by_id()

    def row_before(self, clip_id: int) -> int:
        """The clips the database lists before ``clip_id`` now."""
        try:
            return self.source.clip_list_row(clip_id, mine=self.mine)
        except QuotemarkError:
            return 0

    def row_of(self, clip_id: int) -> int | None:
        """The row of a listed clip (``None``: not listed)."""
        known = self.cached_rows().get(clip_id)
        if known is not None or self.source.closed:
            return known
        row = self.row_before(clip_id)
        found = self.clip(row)
        return row if found is not None and found.id == clip_id else None

    def replace(self, clip: Clip) -> int | None:
        """Put an edited clip in its kept row; that row (``None``: not kept,
        it is read fresh when shown)."""
        for place, kept in self._pages.kept_rows():
            if kept.id == clip.id:
                self._pages.put(place, clip)
                return place
        return None

    def rows_removed(self, clip_ids: list[int], arriving: list[int]) -> list[int] | None:
        """Where the removed clips stood (in the list as shown, lowest
        first), or ``None`` when that cannot be told cheaply (then reload).
        ``arriving``: listed clips of the same change, in the database
        already but not yet in the list.

        The list is oldest first, so a removed clip stood after the listed
        clips with smaller ids: those left, counted by the database (less
        the arriving ones), plus the removed ones before it."""
        known = self.cached_rows()
        gone = sorted(set(clip_ids))
        dropped = self.count + len(set(arriving)) - self.count_now()
        if len(gone) > self.PAGE:
            return None
        listed = gone if dropped == len(gone) else [i for i in gone if i in known]
        if len(listed) != dropped:
            return None  # some were not listed (another's clips) and not kept
        rows = []
        for number, clip_id in enumerate(listed):
            row = known.get(clip_id)
            if row is None:
                early = sum(1 for other in arriving if other < clip_id)
                row = self.row_before(clip_id) - early + number
            rows.append(row)
        return sorted(rows)

    def rows_added(self, clip_ids: list[int]) -> list[int] | None:
        """The rows the added clips take, in the order to insert them, or
        ``None`` when they cannot be placed cheaply (then reload)."""
        added = sorted(set(clip_ids))
        if len(added) > self.PAGE or self.count + len(added) != self.count_now():
            return None
        # Smallest id first: each is placed after those inserted before it.
        return [self.row_before(clip_id) for clip_id in added]

    def forget(self) -> None:
        """Drop the kept pages (rows moved)."""
        self._pages.clear()
