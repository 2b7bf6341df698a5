"""Where activating something in one of the window's panes takes the
reader: a quote in the Quotes tab, a source the reader marks (and the
document of a link Tab chooses), a citation in the Sources tab, a clip, a
post opened from search results (its hits found), and the keyboard leaving
the library's search field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot

from quotemark.library.model import Clip, Span
from quotemark.library.query import find_text, parse

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow


class PanelLinks(QObject):
    """The slots the window connects its panes' activations to."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @Slot(int)
    def show_search_hit(self, post_id: int) -> None:
        """A post opened from search results: its first hit is selected,
        every hit tinted, and the find bar says "1 of n" (F3 goes on)."""
        window = self._window
        current = window.current_post()
        term = find_text(parse(window.library_pane.search_box.text()))
        if not term or current is None or current.id != post_id:
            return
        bar = window.reader.find_bar()
        bar.show()
        editor = window.reader.editor()
        cursor = editor.textCursor()
        cursor.setPosition(0)
        editor.setTextCursor(cursor)
        bar.field().clear()  # the same words again must still look from the top
        bar.field().setText(term)  # tints every match and selects the first

    @Slot()
    def leave_search(self) -> None:
        """The keyboard left the search field: to the reader, or to the
        post list when no post is open."""
        window = self._window
        if window.current_post() is not None:
            window.focus_reader()
        else:
            window.library_pane.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def follow_link(self, url: str) -> None:
        """A link of the reader's chosen by Tab: with the Sources tab
        showing, its document's row is chosen there (and its links listed),
        as a citation chosen there shows its place in the reader."""
        window = self._window
        if window.side_tabs.currentWidget() is window.sources_panel:
            window.sources_panel.show_document(url.split("#", 1)[0])

    @Slot(int)
    def show_quote(self, index: int) -> None:
        """A quote chosen in the Quotes tab, selected in the reader."""
        self._window.reader.select_quote(index)
        self._window.focus_reader()

    @Slot(int)
    def show_source(self, index: int) -> None:
        """A source the reader marks, shown in the Sources tab."""
        window = self._window
        window.show_side_tab(window.sources_panel)
        window.sources_panel.show_source_at(index)

    @Slot(int, object)
    def show_citation(self, post_id: int, span: object) -> None:
        """A citation chosen in the Sources tab, shown in its post."""
        window = self._window
        if window.open_post(post_id, focus=False) and isinstance(span, Span):
            window.reader.show_span(span)
            window.focus_reader()

    @Slot(object)
    def show_clip(self, clip: Clip) -> None:
        """A clip chosen in the Clips tab, shown in its post."""
        window = self._window
        if not window.open_post(clip.post_id, focus=False):
            return
        if clip.lost:
            # Its old place holds other text now: selecting it would show
            # the wrong words as the clip's.
            window.show_status(
                f"The passage of clip {clip.key} is no longer in the post (a newer copy "
                "replaced it); the clip keeps its text."
            )
            return
        window.reader.show_span(clip.span)
