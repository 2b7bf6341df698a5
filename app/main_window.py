"""The main window: library | reader | side panel (Quotes, Sources, Clips).

It owns the layout and the wiring between its parts: actions come from the
registry (:mod:`quotemark.app.actions`); every change goes through the
controller (:mod:`quotemark.app.controller`), which runs it as an operation
of the core, keeps the undo stack and emits ``changed(change, initiator)``;
each view subscribes and updates what the change names. The window itself
follows the open post (reader, Quotes, Sources), the library it shows and
the welcome view. Its other jobs are modules of their own:

- :mod:`~quotemark.app.window_menus`: the menu bar and each action's wiring,
  the right-click menus;
- :mod:`~quotemark.app.window_status`: the status bar, its messages, the
  counts, Undo and Redo confirmed there;
- :mod:`~quotemark.app.window_dialogs`: the dialogs, questions and errors;
- :mod:`~quotemark.app.window_state`: what it remembers between runs;
- :mod:`~quotemark.app.post_commands`: delete, re-extract, clip;
- :mod:`~quotemark.app.panel_links`: where activating a quote, source,
  citation, clip or search hit takes the reader;
- :mod:`~quotemark.app.quote_steps`: J and K.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from quotemark.app import altgr_typing, library_choice, settings, window_menus, window_state
from quotemark.app.actions import ActionRegistry
from quotemark.app.body_ui import BodyCommands
from quotemark.app.controller import ELSEWHERE, Controller
from quotemark.app.corrections_ui import CorrectionCommands
from quotemark.app.dialogs.focus import restore_focus
from quotemark.app.first_paint import FirstPaint
from quotemark.app.import_flow import ImportFlow, local_paths
from quotemark.app.layout_fit import ReaderRoom
from quotemark.app.library_pane import LibraryPane
from quotemark.app.library_switch import LibrarySwitch
from quotemark.app.live_export import LiveExport
from quotemark.app.open_post import OpenPost
from quotemark.app.panel_links import PanelLinks
from quotemark.app.panels.clips import ClipsPanel
from quotemark.app.panels.info import InfoPanel
from quotemark.app.panels.post_notes import PostNotesPanel
from quotemark.app.panels.quotes import QuotesPanel
from quotemark.app.panels.review import ReviewPanel
from quotemark.app.panels.sources import SourcesPanel
from quotemark.app.post_commands import PostCommands
from quotemark.app.post_history import PostHistory
from quotemark.app.reader.view import ReaderView
from quotemark.app.reimport_ui import ReimportCommands
from quotemark.app.reshape_ui import ReshapeCommands
from quotemark.app.welcome import WelcomeView
from quotemark.app.window_dialogs import WindowDialogs
from quotemark.app.window_status import ElidingStatusBar, StatusLine
from quotemark.app.workers import SAMPLE, ImportJob, settle_gc
from quotemark.library.errors import DamagedPost, QuotemarkError
from quotemark.library.model import Change, Post
from quotemark.library.quoting import titled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolBar, QToolButton

    from quotemark.app.accessibility import PaneCycle
    from quotemark.app.focus_mode import FocusMode
    from quotemark.app.tag_rename import TagRenamer

APP_TITLE = "Quotemark"
_TABS = ("Quotes", "Sources", "Clips")


def window_title(post_title: str | None, library: str | None = None) -> str:
    """``Title — Quotemark``, or just ``Quotemark``; with another library
    than the user's own, its name before ``Quotemark``."""
    parts = [part for part in (post_title, library) if part]
    return " — ".join([*parts, APP_TITLE])


class MainWindow(QMainWindow):
    """Quotemark's window on one library."""

    post_opened = Signal(int)
    import_finished = Signal(object)  # ImportReport (or None when it could not run)
    clip_added = Signal(object)  # Clip

    # Made with the actions they serve (window_menus.connect_collections).
    focus_mode: FocusMode
    panes: PaneCycle
    toolbar: QToolBar
    show_side_button: QToolButton  # in the status bar while the side panel is hidden
    tag_renamer: TagRenamer

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # First: what is put in the status bar goes in this one (setting
        # another later deletes the first with its widgets).
        self.setStatusBar(ElidingStatusBar(self))
        self.controller = controller
        if controller.parent() is None:
            controller.setParent(self)  # lives (and polls) as long as the window
        # The file, or a shared library's URL (app/controller.py: location).
        self.library_path = controller.location
        self.last_error: str | None = None
        # "Keep this file current" (export dialog): rewritten in the background.
        self.live_export = LiveExport(self.library_path, self)
        self.dialogs = WindowDialogs(self)  # says what the live export did
        self.live_export.resume()
        self.setObjectName("mainWindow")
        # The library's name in the title (none for the user's own library).
        self._library_name = library_choice.title_name(self.library_path)
        self.setWindowTitle(window_title(None, self._library_name))
        self.setAcceptDrops(True)

        self.undo_stack: QUndoStack = controller.undo_stack
        self.registry = ActionRegistry(self)
        self.library_pane = LibraryPane(controller, self)
        self.reader = ReaderView(self)
        self.quotes_panel = QuotesPanel(self)
        self.sources_panel = SourcesPanel(self)
        self.sources_panel.set_library(controller)
        self.clips_panel = ClipsPanel(controller, self)
        self.imports = ImportFlow(self, controller)
        self.open_post_state = OpenPost(
            controller, self.reader, self.quotes_panel, self.sources_panel, self.clips_panel, self
        )
        # Every tab's panel is made before the tab widget: Tab's order
        # follows the order widgets are made, and from the last field of a
        # panel made after it (Info, Review) Tab went on to the library's
        # search, past the tab bar the other tabs' last fields lead to.
        self.info_panel = InfoPanel(controller, self)
        # The post's own tags and note sit under its citation fields, so the
        # side panel has five tabs whose names read whole at its default width.
        self.notes_panel = PostNotesPanel(controller, self)
        self.info_panel.add_section(self.notes_panel)
        self.review_panel = ReviewPanel(controller, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        for panel, name in zip(
            (self.quotes_panel, self.sources_panel, self.clips_panel), _TABS, strict=True
        ):
            self.side_tabs.addTab(panel, name)
        self.side_tabs.addTab(self.info_panel, "Info")
        self.side_tabs.addTab(self.review_panel, "Review")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library_pane)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([300, 760, 340])
        self.reader_room = ReaderRoom(
            self.splitter, 1, self.reader.comfortable_width, self.reader.readable_width, side=2
        )
        # A first run's widths, shared out when the window is made wider.
        self.reader_room.set_base([300, 760, 340], 1400)
        # A zoom or a correction may make the open post want more room.
        self.reader.wanted_width_changed.connect(self.reader_room.wanted_changed)
        self.welcome = WelcomeView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.status_line = StatusLine(self)
        self.counts_label = self.status_line.counts_label
        self.library_label = self.status_line.library_label
        self.status_line.name_library(self._library_name)
        self.commands = PostCommands(self)
        self.links = PanelLinks(self)
        self.history = PostHistory(self)
        # AltGr (Ctrl+Alt on Windows) types in a field before a Ctrl+Alt key.
        altgr_typing.watch(cast(QApplication, QApplication.instance()))

        file_menu = window_menus.build_menus(self)
        self._connect()
        self.library_switch = LibrarySwitch(self, file_menu)
        self.corrections = CorrectionCommands(self)
        self.body_commands = BodyCommands(self)
        self.reimports = ReimportCommands(self)
        self.reshape_commands = ReshapeCommands(self)
        window_state.restore(self)
        self._update_stack()
        self.status_line.update_counts()
        # The list's count beside the library's, as the list narrows.
        self.library_pane.model.modelReset.connect(self.status_line.update_listed)
        self._update_actions()
        # Listening and the warm-up (psycopg's import on a shared library)
        # wait for the window's first paint.
        self.first_paint = FirstPaint(self)
        controller.defer_with(self.first_paint.then)
        controller.start_polling()
        # The day's backup once the window is on screen (it starts with the
        # first turn of the event loop, after the first paint).
        QTimer.singleShot(0, controller.start_daily_backup)
        # Clips made before schema 15 given who quoted them, in a thread,
        # once the window painted (its check is a read: a round trip on a
        # shared library).
        self.first_paint.then(controller.start_quoted_by_fill)
        # A shared library's connection readied for the first clip (a few
        # ms of the server's time in steps, once shown; nothing on a file).
        controller.warm_up()

    # -- wiring ---------------------------------------------------------------

    def _connect(self) -> None:
        window_menus.connect_actions(self)

        self.library_pane.post_activated.connect(self.open_post)
        self.library_pane.post_activated.connect(self.links.show_search_hit)
        self.library_pane.status.connect(self.show_status)
        self.library_pane.search_left.connect(self.links.leave_search)
        self.reader.clip_requested.connect(self.commands.clip_span)
        self.reader.source_activated.connect(self.links.show_source)
        self.reader.link_reached.connect(self.links.follow_link)
        self.reader.quote_changed.connect(self.quotes_panel.set_current)
        self.quotes_panel.quote_activated.connect(self.links.show_quote)
        self.sources_panel.citation_activated.connect(self.links.show_citation)
        self.clips_panel.clip_activated.connect(self.links.show_clip)
        self.clips_panel.delete_requested.connect(self.commands.delete_clips)
        self.clips_panel.status.connect(self.show_status)
        self.clips_panel.view.selectionModel().selectionChanged.connect(self._update_actions)
        # Right-click menus offer the same registry actions (same keys).
        window_menus.add_context_menus(self)
        self.welcome.import_requested.connect(self.choose_import_files)
        self.welcome.sample_requested.connect(self.open_sample)
        controller = self.controller
        controller.changed.connect(self._on_controller_changed)
        self.open_post_state.closed.connect(self._on_open_post_closed)
        self.open_post_state.retitled.connect(self._on_open_post_retitled)
        self.open_post_state.trouble.connect(self.show_status)
        controller.reset.connect(self._on_controller_reset)
        controller.refused.connect(self._on_undo_failed)
        self.imports.finished.connect(self.import_finished)

    # -- posts --------------------------------------------------------------

    def current_post(self) -> Post | None:
        """The post in the reader."""
        return self.open_post_state.post()

    @Slot(int)
    def open_post(self, post_id: int, *, focus: bool = True) -> bool:
        """Show a post in the reader (with its quotes, sources and clips) and
        give the reader the keyboard, so J, K and Ctrl+Shift+C work at once."""
        current = self.current_post()
        if current is not None and current.id == post_id:
            if focus:
                self.focus_reader()
            return True
        # What the reader shows now, for Back (taken before the open
        # replaces it; kept only once the other post is open).
        leaving = self.history.here()
        try:
            post = self.open_post_state.open(post_id)
        except QuotemarkError as error:
            if isinstance(error, DamagedPost):
                self.library_pane.mark_damaged(post_id)
            self.show_error("Could not open the post", str(error))
            return False
        self.history.left(leaving)
        self.setWindowTitle(window_title(post.metadata.title or "(untitled)", self._library_name))
        self.notes_panel.set_post(post.id)
        self._update_stack()
        # A post with speaker labels wants a wider reader (layout_fit).
        self.reader_room.wanted_changed()
        self.library_pane.set_open_post(post.id)
        settings.set_value(library_choice.last_post_key(self.library_path), post.id)
        quotes = len(post.analysis.quotes)
        sources = len(post.analysis.sources)
        self.show_status(
            f"Opened {titled(post.metadata.title)}: {quotes} quote{'' if quotes == 1 else 's'}, "
            f"{sources} source{'' if sources == 1 else 's'}."
        )
        if focus:
            self.focus_reader()
        self._update_actions()
        self.post_opened.emit(post.id)
        return True

    def close_post(self) -> None:
        """Empty the reader (the post was deleted)."""
        self.open_post_state.close()
        self._on_open_post_closed()

    def _on_open_post_closed(self) -> None:
        self.notes_panel.set_post(None)
        self.library_pane.set_open_post(None)
        self.setWindowTitle(window_title(None, self._library_name))
        self._update_actions()

    @Slot(str)
    def _on_open_post_retitled(self, title: str) -> None:
        self.setWindowTitle(window_title(title, self._library_name))

    def give_back_focus(self, previous: QWidget | None = None) -> None:
        """After a dialog closes: this window active again and the keyboard
        where it was, else in the reader (see :mod:`quotemark.app.dialogs.focus`)."""
        restore_focus(self, previous, self.focus_default)

    def focus_default(self) -> None:
        """Where the keyboard goes after a dialog: the welcome view or the reader."""
        if self.showing_welcome():
            self.welcome.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        else:
            self.focus_reader()

    def show_side_tab(self, panel: QWidget) -> None:
        """Bring ``panel``'s side tab forward, showing the side panel if a
        narrow window (or the user) had hidden it."""
        if self.reader_room.side_hidden():
            self.reader_room.show_side(True)
        self.side_tabs.setCurrentWidget(panel)

    @Slot()
    def focus_reader(self) -> None:
        """Keyboard focus to the reader's text."""
        self.reader.editor().setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def open_sample(self) -> None:
        """Import the sample post (if needed, in the worker) and open it."""
        self.import_paths([SAMPLE], open_first=True, show_progress=False)

    # -- import -------------------------------------------------------------

    @Slot()
    def choose_import_files(self) -> None:
        """File > Import: pick files."""
        self.imports.choose_files()

    @Slot()
    def choose_import_folder(self) -> None:
        """File > Import folder: every post in a folder, recursively."""
        self.imports.choose_folder()

    def import_paths(
        self, paths: Sequence[Path], *, open_first: bool = False, show_progress: bool = True
    ) -> ImportJob | None:
        """Import in the background (see :class:`quotemark.app.import_flow.ImportFlow`)."""
        return self.imports.start(paths, open_first=open_first, show_progress=show_progress)

    def import_job(self) -> ImportJob | None:
        """The import running now, if any."""
        return self.controller.import_job()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A mouse's Back and Forward buttons, as in a browser: the reader
        # and the side panel leave them to the window (the lists take them).
        if event.button() == Qt.MouseButton.BackButton:
            self.history.back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.history.forward()
        else:
            super().mousePressEvent(event)
            return
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.imports.drop(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- changes ------------------------------------------------------------

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        """The status bar and the actions follow a change (the open post,
        the library pane and the Clips tab follow it themselves)."""
        if change.posts_added or change.posts_removed:
            self._update_stack()
        if change.posts_added or change.posts_removed or change.clips_added or change.clips_removed:
            self.status_line.update_counts()
        self._update_actions()
        if initiator == ELSEWHERE and change.posts_added:
            count = len(change.posts_added)
            self.show_status(
                f"{count} post{'' if count == 1 else 's'} added elsewhere (another Quotemark "
                "or the command line)."
            )

    @Slot()
    def _on_controller_reset(self) -> None:
        """Changed elsewhere beyond what the change log still holds: reload."""
        self.library_pane.refresh_filters()
        self.library_pane.refresh()
        self.clips_panel.start_over()
        self._update_stack()
        self.status_line.update_counts()
        self._update_actions()

    def _update_stack(self) -> None:
        # The welcome is for an empty library, not an empty collection, date
        # range or search: those keep the list and its own hint.
        pane = self.library_pane
        if self.current_post() is None and pane.post_count() == 0 and pane.lists_everything():
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.splitter)

    def showing_welcome(self) -> bool:
        """Whether the empty-library welcome view is shown."""
        return self.stack.currentWidget() is self.welcome

    @Slot()
    def _update_actions(self) -> None:
        has_post = self.current_post() is not None
        for action_id in ("edit.find", "view.next_quote", "view.previous_quote", "clip.selection"):
            self.registry[action_id].setEnabled(has_post)
        has_clips = bool(self.clips_panel.selected_clip_ids())
        self.registry["clip.copy_citation"].setEnabled(has_clips)

    @Slot(str, object)
    def _on_undo_failed(self, message: str, initiator: object) -> None:
        if initiator is self.clips_panel:
            return  # the Clips tab explains its own edits under its list
        self.show_error("Could not undo or redo", message)

    # -- what the window's parts ask of it ----------------------------------

    @Slot(str)
    def show_status(self, message: str) -> None:
        """A message in the status bar."""
        self.status_line.show(message)

    def show_error(self, title: str, message: str) -> None:
        """A clear error naming the file and the problem (window-modal, so
        background work keeps going)."""
        self.dialogs.show_error(title, message)

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before a destructive step (deleting posts with clips); the
        button says ``action``."""
        return self.dialogs.confirm(title, text, action)

    @Slot()
    def undo(self) -> None:
        """Ctrl+Z, confirmed in the status bar (an edit made in a side
        panel is undone out of sight of the reader)."""
        self.status_line.undo()

    @Slot()
    def redo(self) -> None:
        """Ctrl+Shift+Z, confirmed in the status bar."""
        self.status_line.redo()

    # -- libraries ------------------------------------------------------------

    def restore_last_post(self) -> bool:
        """Open the post that was open when the app last closed."""
        post_id = settings.get_int(library_choice.last_post_key(self.library_path), 0)
        if not post_id:
            return False
        try:
            self.controller.post_summary(post_id)
        except QuotemarkError:
            return False
        if not self.open_post(post_id):
            return False
        # Where it was being read, as a book opens at its bookmark; again
        # once the panes have made room for the text (its lines rewrap).
        found = window_state.reading_place(post_id)
        if found is not None:
            place, into, of = found
            self.reader.go_to_place(place, into, of)
            QTimer.singleShot(0, lambda: self.reader.go_to_place(place, into, of))
        return True

    def show_library(self, location: Path | str) -> None:
        """Show the library the controller now holds (it switched to
        ``location``): every view reads it afresh, no post of the other
        library stays open, and the last post read in this one opens."""
        self.close_post()
        # The find bar a search there seeded ("tide", "1 match") stayed over
        # this library's posts, while the search box here starts empty.
        self.reader.find_bar().field().clear()
        self.reader.close_find()
        self.history.clear()  # the other library's posts
        self.info_panel.set_post(None)
        self.review_panel.set_post(None)
        self.library_path = location
        self._library_name = library_choice.title_name(location)
        self.setWindowTitle(window_title(None, self._library_name))
        self.status_line.name_library(self._library_name)
        self.library_pane.start_over()
        self.clips_panel.start_over()
        self.sources_panel.set_library(self.controller)
        # A shared library's backups are its server administrator's.
        self.registry["file.restore_backup"].setEnabled(not self.controller.is_shared)
        self.live_export.move_to(location)
        self._update_stack()
        self.status_line.update_counts()
        self._update_actions()
        self.restore_last_post()
        self.controller.start_daily_backup()
        self.controller.start_quoted_by_fill()
        self.controller.warm_up()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop_work()
        self.clips_panel.stop_reading()
        self.controller.stop_polling()
        self.live_export.stop()
        window_state.save(self)
        # The window's objects thawed and collected now, while Qt's are
        # there (not when the idle work would have: workers.thaw_gc).
        settle_gc()
        event.accept()
