"""The window's commands that reshape a quotation: the reader's selection
becomes a quote's extent (``correct.extent``), the current quote and the
next one become one (``correct.join``), a quote splits in two at the
reader's cursor (``correct.split``).

They run the core's :class:`~quotemark.library.operations.SetExtent`,
:class:`~quotemark.library.operations.JoinQuotes` and
:class:`~quotemark.library.operations.SplitQuote` through the controller,
so each is one Ctrl+Z step and the reader redraws from the change, without
reopening the post. The quote a command is about is chosen as the other
correction commands choose it (the Quotes tab's current one when it has
the focus, else the one under the reader's cursor, else the one J/K went to).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from quotemark.app.corrections_ui import catch_up
from quotemark.library import operations
from quotemark.library.errors import EditConflict, QuotemarkError
from quotemark.library.model import Position, Post, Span

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow
    from quotemark.library.operations import Operation


class ReshapeCommands(QObject):
    """Wires the extent, join and split actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        connect = window.registry.on_trigger
        connect("correct.extent", self.set_extent)
        connect("correct.join", self.join_next)
        connect("correct.split", self.split_here)
        window.quotes_panel.tree().addActions(
            [window.registry["correct.join"], window.registry["correct.split"]]
        )

    def _run(self, operation: Operation[Any], what: str) -> bool:
        window = self._window
        try:
            result = window.controller.run(operation, self)
        except EditConflict as error:
            window.show_error(what, str(error))
            catch_up(window)
            return False
        except QuotemarkError as error:
            window.show_error(what, str(error))
            return False
        window.show_status(result.label)
        return True

    def _select(self, span: Span) -> None:
        # The reshaped quote becomes the current one (F2 names its speaker,
        # Ctrl+Shift+C clips it).
        window = self._window
        post = window.current_post()
        if post is None:
            return
        for index, quote in enumerate(post.analysis.quotes):
            if quote.span.start <= span.start < quote.span.end:
                window.reader.select_quote(index)
                window.quotes_panel.set_current(index)
                return

    @Slot()
    def set_extent(self) -> None:
        """The quote the selection is in is exactly the selection."""
        window = self._window
        post = window.current_post()
        has_selection = window.reader.editor().textCursor().hasSelection()
        span = window.reader.current_span() if has_selection else None
        if post is None or span is None:
            window.show_status("Select the quotation's exact words in the reader first.")
            return
        index = _overlapping(post, span)
        if index is None:
            window.show_status("The selection is in no quotation; Ctrl+Shift+Q makes it one.")
            return
        # Each carries the quotation(s) as shown: one a colleague changed
        # meanwhile is refused, not overwritten.
        seen = operations.SeenQuote.of(post.analysis, index + 1)
        extent = operations.SetExtent(post.id, index + 1, span.text, seen)
        if self._run(extent, "Could not change the extent"):
            self._select(span)
            # Left selected, the new extent hid its own highlight under the
            # selection until the cursor moved: the cursor goes to its start
            # (still in the quotation: F2 and Ctrl+Shift+C still act on it).
            editor = window.reader.editor()
            cursor = editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            editor.setTextCursor(cursor)

    @Slot()
    def join_next(self) -> None:
        """The current quote and the one after it are one quotation."""
        window = self._window
        post = window.current_post()
        index = window.corrections.target_quote()
        if post is None or index is None:
            window.show_status("Put the cursor in a quote (or pick one in the Quotes tab) first.")
            return
        if index + 1 >= len(post.analysis.quotes):
            window.show_status("That is the last quotation: there is none after it to join.")
            return
        start = post.analysis.quotes[index].span
        seen = (
            operations.SeenQuote.of(post.analysis, index + 1),
            operations.SeenQuote.of(post.analysis, index + 2),
        )
        join = operations.JoinQuotes(post.id, index + 1, index + 2, seen)
        if self._run(join, "Could not join the quotations"):
            self._select(start)

    @Slot()
    def split_here(self) -> None:
        """The quote under the cursor is two; the second starts at the word
        the cursor is in."""
        window = self._window
        post = window.current_post()
        where = window.reader.cursor_position()
        index = window.reader.quote_under_cursor()
        if post is None or where is None or index is None:
            window.show_status("Put the reader's cursor where the second quotation starts.")
            return
        quote = post.analysis.quotes[index]
        text = post.blocks[where.block].text
        offset = where.offset
        # From the start of the word the cursor is in (a quotation mark
        # before it stays outside, as the quotation spans exclude their marks).
        while offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] in "'’-"):
            offset -= 1
        start = Position(where.block, offset)
        rest = _text(post, start, quote.span.end).strip()
        if not rest or not quote.span.start < start:
            window.show_status("Put the cursor inside the quotation, where its second part starts.")
            return
        split = operations.SplitQuote(
            post.id, index + 1, rest, operations.SeenQuote.of(post.analysis, index + 1)
        )
        self._run(split, "Could not split the quotation")


def _overlapping(post: Post, span: Span) -> int | None:
    # The innermost quotation the selection overlaps (nested quotes: the
    # inner one is what the researcher is looking at).
    best: int | None = None
    for index, quote in enumerate(post.analysis.quotes):
        if quote.span.start < span.end and span.start < quote.span.end:
            best = index
    return best


def _text(post: Post, start: Position, end: Position) -> str:
    if start.block == end.block:
        return post.blocks[start.block].text[start.offset : end.offset]
    parts = [post.blocks[start.block].text[start.offset :]]
    parts.extend(b.text for b in post.blocks[start.block + 1 : end.block])
    parts.append(post.blocks[end.block].text[: end.offset])
    return "\n".join(parts)
