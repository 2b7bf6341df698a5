"""Back and Forward between the posts read in one window session.

Each time the reader opens another post (from the list, a citation, a clip,
a search hit), the post it showed and where it was being read go on the
Back list, and the Forward list empties, as in a web browser. Back and
Forward (Alt+Left, Alt+Right and the keyboards' Back and Forward keys;
View > Back, Forward) open the post again at that place. A post deleted
since is skipped with a word in the status bar, never an error box; it is
kept in the lists, so an undone delete can be gone back to again. Nothing
is remembered between runs, and another library starts the lists anew.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from quotemark.app.actions import in_menu, spec
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Position
from quotemark.library.quoting import titled

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

LIMIT = 100
"""Visits kept each way: a day's reading, without growing all session."""


@dataclass(frozen=True, slots=True)
class Visit:
    """A post and where it was read (``None``: its top)."""

    post_id: int
    place: Position | None
    into: int = 0
    """How far the line at ``place`` was scrolled above the view (px)."""
    of: int = 0
    """That line's height then (px)."""


class PostHistory(QObject):
    """The window's Back and Forward lists and the two actions' states."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._back: list[Visit] = []
        self._forward: list[Visit] = []
        self._moving = False
        self._update_actions()

    def here(self) -> Visit | None:
        """The post in the reader and where it is read, or ``None``."""
        post = self._window.current_post()
        if post is None:
            return None
        reader = self._window.reader
        return Visit(post.id, reader.reading_place(), *reader.reading_into())

    def left(self, visit: Visit | None) -> None:
        """Another post was opened: ``visit`` (what the reader showed just
        before) goes on the Back list and Forward empties; not while Back
        or Forward is itself opening a post."""
        if self._moving or visit is None:
            return
        self._back.append(visit)
        del self._back[:-LIMIT]
        self._forward.clear()
        self._update_actions()

    def clear(self) -> None:
        """Forget both lists (another library is shown)."""
        self._back.clear()
        self._forward.clear()
        self._update_actions()

    def can_go_back(self) -> bool:
        """Whether Back has a post to try."""
        return bool(self._back)

    def can_go_forward(self) -> bool:
        """Whether Forward has a post to try."""
        return bool(self._forward)

    def back(self) -> bool:
        """Open the post read before this one, where it was read."""
        return self._go(self._back, self._forward, "back")

    def forward(self) -> bool:
        """Open the post Back left, where it was read."""
        return self._go(self._forward, self._back, "forward")

    def _go(self, source: list[Visit], other: list[Visit], way: str) -> bool:
        window = self._window
        here = self.here()
        skipped = 0
        while source:
            visit = source.pop()
            if here is not None and visit.post_id == here.post_id:
                continue  # a deleted post between two visits of this one
            try:
                title = window.controller.post_summary(visit.post_id).title
            except QuotemarkError:
                skipped += 1  # deleted since (here or elsewhere)
                continue
            self._moving = True
            try:
                opened = window.open_post(visit.post_id)
            finally:
                self._moving = False
            if not opened:
                continue  # open_post said why (a damaged post)
            if here is not None:
                other.append(here)
            if visit.place is not None:
                self._return_to(visit.place, visit.into, visit.of)
            gone = _skipped(skipped)
            window.show_status(f"Went {way} to {titled(title)}{gone}.")
            self._update_actions()
            return True
        self._update_actions()
        nothing = f"No post to go {way} to"
        if skipped:
            window.show_status(f"{nothing}: {_skipped(skipped).strip(' ()')}.")
        else:
            window.show_status(f"{nothing}.")
        return False

    def name_actions(self) -> None:
        """Back and Forward named by the post each would open ("Back to
        “The Pier Story”"), read when the View menu opens: one title
        looked up each way then, not one on every post opened (a round
        trip each on a shared library)."""
        registry = self._window.registry
        for action_id, visits in (("view.back", self._back), ("view.forward", self._forward)):
            text = spec(action_id).text
            title = self._next_title(visits)
            if title is not None:
                text = f"{text} to {in_menu(titled(title, 40))}"
            registry[action_id].setText(text)

    def _next_title(self, visits: list[Visit]) -> str | None:
        # The title of the post the next Back (or Forward) would open:
        # the last visit that is not the open post nor deleted since.
        here = self._window.current_post()
        for visit in reversed(visits):
            if here is not None and visit.post_id == here.id:
                continue
            try:
                return self._window.controller.post_summary(visit.post_id).title or ""
            except QuotemarkError:
                continue
        return None

    def _return_to(self, place: Position, into: int, of: int) -> None:
        # Again once the panes have made room for the text (its lines may
        # rewrap), as the post read last opens at its bookmark.
        reader = self._window.reader
        reader.go_to_place(place, into, of)
        QTimer.singleShot(0, lambda: reader.go_to_place(place, into, of))

    def _update_actions(self) -> None:
        registry = self._window.registry
        registry["view.back"].setEnabled(self.can_go_back())
        registry["view.forward"].setEnabled(self.can_go_forward())


def _skipped(count: int) -> str:
    if not count:
        return ""
    posts = "post" if count == 1 else "posts"
    return f" ({count} deleted {posts} skipped)"
