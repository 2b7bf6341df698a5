"""The main window: library | reader | side panel (Quotes, Sources, Clips).

It owns the menus, the layout and the wiring: actions come from the
registry (:mod:`quotemark.app.actions`); every change goes through the controller
(:mod:`quotemark.app.controller`), which runs it as an operation of the core, keeps
the undo stack and emits ``changed(change, initiator)``; each view
subscribes and updates what the change names. The window itself follows
the open post (reader, Quotes, Sources) and the status bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from quotemark.app import (
    identity,
    library_choice,
    reading_settings,
    settings,
    side_tab_memory,
    toolbar,
)
from quotemark.app.accessibility import PaneCycle, describe
from quotemark.app.actions import MENUS, ActionRegistry, key_hint
from quotemark.app.body_ui import BodyCommands
from quotemark.app.controller import ELSEWHERE, Controller
from quotemark.app.corrections_ui import CorrectionCommands
from quotemark.app.dialogs.focus import restore_focus, return_focus_after
from quotemark.app.dialogs.restore import RestoreDialog
from quotemark.app.dialogs.shortcuts import ShortcutsDialog
from quotemark.app.focus_mode import FocusMode
from quotemark.app.import_flow import ImportFlow, local_paths
from quotemark.app.layout_fit import ReaderRoom, fit_tab_names
from quotemark.app.library_pane import LibraryPane
from quotemark.app.library_switch import LibrarySwitch
from quotemark.app.live_export import LiveExport
from quotemark.app.open_post import OpenPost
from quotemark.app.panels.clips import ClipsPanel
from quotemark.app.panels.info import InfoPanel
from quotemark.app.panels.post_notes import PostNotesPanel
from quotemark.app.panels.quotes import QuotesPanel
from quotemark.app.panels.review import ReviewPanel
from quotemark.app.panels.sources import SourcesPanel
from quotemark.app.reader.view import ReaderView
from quotemark.app.reshape_ui import ReshapeCommands
from quotemark.app.style import mute
from quotemark.app.welcome import WelcomeView
from quotemark.app.workers import SAMPLE, ImportJob
from quotemark.library.errors import DamagedPost, QuotemarkError
from quotemark.library.model import Change, Clip, Post, Span
from quotemark.library.query import find_text, parse

if TYPE_CHECKING:
    from quotemark.app.dialogs.export import ExportDialog
    from quotemark.app.dialogs.preferences import PreferencesDialog
    from quotemark.app.dialogs.verify import VerifyDialog

APP_TITLE = "Quotemark"
STATUS_MS = 6000
_TABS = ("Quotes", "Sources", "Clips")


def window_title(post_title: str | None, library: str | None = None) -> str:
    """``Title — Quotemark``, or just ``Quotemark``; with another library
    than the user's own, its name before ``Quotemark``."""
    parts = [part for part in (post_title, library) if part]
    return " — ".join([*parts, APP_TITLE])


def _is_text_input(widget: QWidget | None) -> bool:
    """Whether typing a letter into ``widget`` enters text (J/K must not
    move through quotes then)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class MainWindow(QMainWindow):
    """Quotemark's window on one library."""

    post_opened = Signal(int)
    import_finished = Signal(object)  # ImportReport (or None when it could not run)
    clip_added = Signal(object)  # Clip

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        if controller.parent() is None:
            controller.setParent(self)  # lives (and polls) as long as the window
        # The file, or a shared library's URL (app/controller.py: location).
        self.library_path = controller.location
        self.last_error: str | None = None
        self._messages_shown = 0  # lets undo tell whether its step explained itself
        # "Keep this file current" (export dialog): rewritten in the background.
        self.live_export = LiveExport(self.library_path, self)
        self.live_export.written.connect(self._on_live_export_written)
        self.live_export.failed.connect(self._on_live_export_failed)
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
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        for panel, name in zip(
            (self.quotes_panel, self.sources_panel, self.clips_panel), _TABS, strict=True
        ):
            self.side_tabs.addTab(panel, name)
        self.info_panel = InfoPanel(controller, self)
        self.side_tabs.addTab(self.info_panel, "Info")
        # The post's own tags and note sit under its citation fields, so the
        # side panel has five tabs whose names read whole at its default width.
        self.notes_panel = PostNotesPanel(controller, self)
        self.info_panel.add_section(self.notes_panel)
        self.review_panel = ReviewPanel(controller, self)
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
            self.splitter, 1, self.reader.comfortable_width, self.reader.readable_width
        )
        self.welcome = WelcomeView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.statusBar().setSizeGripEnabled(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("libraryCounts")
        mute(self.counts_label)  # a fact, not a message
        # Which library, when it is not the user's own (the title says it
        # too, but a full-screen window or a screenshot has no title bar).
        self.library_label = QLabel(self)
        self.library_label.setObjectName("libraryName")
        mute(self.library_label)
        self.statusBar().addPermanentWidget(self.library_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._name_library()

        file_menu = self._build_menus()
        self._connect()
        self.library_switch = LibrarySwitch(self, file_menu)
        self.corrections = CorrectionCommands(self)
        self.body_commands = BodyCommands(self)
        self.reshape_commands = ReshapeCommands(self)
        self._restore_state()
        self._update_stack()
        self._update_counts()
        self._update_actions()
        controller.start_polling()
        # The day's backup once the window is on screen (it starts with the
        # first turn of the event loop, after the first paint).
        QTimer.singleShot(0, controller.start_daily_backup)

    # -- building ---------------------------------------------------------

    def _build_menus(self) -> QMenu:
        """The menu bar from the registry; the File menu (more goes in it)."""
        menus = {name: self.menuBar().addMenu(f"&{name}") for name in MENUS}
        separators_before = {
            "file.quit",
            "edit.find",
            "clip.selection",
            "correct.speaker",
            "edit.preferences",
            "view.paragraph_numbers",
            "view.next_quote",
            "view.focus_search",
        }
        for spec, action in self.registry:
            if spec.id in separators_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(action)
            # Also on the window, so keys work with the menu bar hidden.
            self.addAction(action)
        return menus["File"]

    def _connect(self) -> None:
        connect = self.registry.on_trigger
        connect("file.import", self.choose_import_files)
        connect("file.import_folder", self.choose_import_folder)
        connect("file.export", self.show_export_dialog)
        connect("file.delete_post", self.delete_selected_posts)
        connect("file.reextract_post", self.reextract_selected_posts)
        connect("file.restore_backup", self.show_restore_dialog)
        # A shared library's backups are its server administrator's.
        self.registry["file.restore_backup"].setEnabled(not self.controller.is_shared)
        connect("file.verify", self.show_verify_dialog)
        connect("file.quit", self.close)
        connect("edit.undo", self.undo)
        connect("edit.redo", self.redo)
        connect("edit.find", self._on_find)
        connect("clip.selection", self.clip_selection)
        connect("clip.delete", self._on_delete_key)
        connect("clip.copy_citation", self.clips_panel.copy_citation)
        connect("edit.preferences", self.show_preferences)
        self._connect_collections()
        connect("view.zoom_in", self.reader.zoom_in)
        connect("view.zoom_out", self.reader.zoom_out)
        connect("view.zoom_reset", self.reader.zoom_reset)
        connect("view.next_quote", self.next_quote)
        connect("view.previous_quote", self.previous_quote)
        connect("view.focus_search", self.library_pane.focus_search)
        connect("view.focus_reader", self.focus_reader)
        connect("help.shortcuts", self.show_shortcuts)
        connect("help.about", self.show_about)
        self.registry["view.paragraph_numbers"].toggled.connect(self._on_paragraph_numbers_toggled)
        self.undo_stack.canUndoChanged.connect(self.registry["edit.undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.registry["edit.redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_stack_undoTextChanged)
        self.undo_stack.redoTextChanged.connect(self._on_undo_stack_redoTextChanged)
        self.registry["edit.undo"].setEnabled(False)
        self.registry["edit.redo"].setEnabled(False)

        self.library_pane.post_activated.connect(self.open_post)
        self.library_pane.post_activated.connect(self._show_search_hit)
        self.library_pane.status.connect(self.show_status)
        self.library_pane.search_left.connect(self._on_library_pane_search_left)
        self.reader.clip_requested.connect(self._on_reader_clip_requested)
        self.reader.source_activated.connect(self._on_reader_source_activated)
        self.reader.quote_changed.connect(self.quotes_panel.set_current)
        self.quotes_panel.quote_activated.connect(self._on_quotes_panel_quote_activated)
        self.sources_panel.citation_activated.connect(self._on_sources_panel_citation_activated)
        self.clips_panel.clip_activated.connect(self._on_clips_panel_clip_activated)
        self.clips_panel.delete_requested.connect(self.delete_clips)
        self.clips_panel.status.connect(self.show_status)
        self.clips_panel.view.selectionModel().selectionChanged.connect(self._update_actions)
        # Right-click menus offer the same registry actions (same keys).
        library_view = self.library_pane.view
        library_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        library_view.addActions(
            [
                self.registry["file.delete_post"],
                self.registry["file.reextract_post"],
                self.registry["file.export"],
                self.registry["collection.add_posts"],
                self.registry["collection.remove_posts"],
            ]
        )
        clips_view = self.clips_panel.view
        clips_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        clips_view.addActions(
            [
                self.registry["clip.copy_citation"],
                self.registry["clip.delete"],
                self.registry["file.export"],
            ]
        )
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
        try:
            post = self.open_post_state.open(post_id)
        except QuotemarkError as error:
            if isinstance(error, DamagedPost):
                self.library_pane.mark_damaged(post_id)
            self.show_error("Could not open the post", str(error))
            return False
        self.setWindowTitle(window_title(post.metadata.title or "(untitled)", self._library_name))
        self.notes_panel.set_post(post.id)
        self._update_stack()
        self.library_pane.select_post(post.id)
        settings.set_value(library_choice.last_post_key(self.library_path), post.id)
        quotes = len(post.analysis.quotes)
        sources = len(post.analysis.sources)
        self.show_status(
            f"Opened “{post.metadata.title}”: {quotes} quote{'' if quotes == 1 else 's'}, "
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

    @Slot()
    def _connect_collections(self) -> None:
        """Collections, post tags and notes: the registry's actions, the
        collection tree's right-click menu (same actions, same keys)."""
        tree = self.library_pane.collections
        pane = self.library_pane
        self.registry.on_trigger("collection.new", tree.ask_new)
        self.registry.on_trigger(
            "collection.add_posts", lambda: tree.ask_add(self._posts_for_collection())
        )
        self.registry.on_trigger(
            "collection.remove_posts", lambda: tree.remove_from_current(pane.selected_post_ids())
        )
        self.registry.on_trigger("collection.rename", tree.ask_rename)
        self.registry.on_trigger("collection.export", self.export_collection)
        self.registry.on_trigger("collection.delete", tree.delete_current)
        bar = self.reader.find_bar()
        self.registry.on_trigger("edit.find_next", lambda: bar.isVisible() and bar.find_next())
        self.registry.on_trigger(
            "edit.find_previous", lambda: bar.isVisible() and bar.find_previous()
        )
        self.registry.on_trigger("post.edit_tags", lambda: self._focus_notes(tags=True))
        self.registry.on_trigger("post.edit_note", lambda: self._focus_notes(tags=False))
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tree.addActions(
            [
                self.registry[name]
                for name in (
                    "collection.new",
                    "collection.rename",
                    "collection.export",
                    "collection.delete",
                )
            ]
        )
        self.notes_panel.status.connect(self.show_status)
        self.focus_mode = FocusMode(self)
        self.panes = PaneCycle(self)
        self.registry.on_trigger("view.next_pane", lambda: self.panes.move(1))
        self.registry.on_trigger("view.previous_pane", lambda: self.panes.move(-1))
        # Tab leaves the lists (it moved between their cells) for the next widget.
        self.library_pane.view.setTabKeyNavigation(False)
        self.clips_panel.view.setTabKeyNavigation(False)
        self.toolbar = toolbar.build(self, self.registry)
        self.toolbar.toggleViewAction().setText("&Toolbar")
        # Five tabs read whole in the 340 px side panel; at 1024 px their
        # names shorten (full names in the tooltips) but all stay in view,
        # and the bar is still narrow enough to leave a readable column.
        fit_tab_names(self.side_tabs.tabBar())
        describe(self)
        self.registry["view.focus_mode"].toggled.connect(self.focus_mode.set_on)

    @Slot(int)
    def _show_search_hit(self, post_id: int) -> None:
        """A post opened from search results: its first hit is selected,
        every hit tinted, and the find bar says "1 of n" (F3 goes on)."""
        current = self.current_post()
        term = find_text(parse(self.library_pane.search_box.text()))
        if not term or current is None or current.id != post_id:
            return
        bar = self.reader.find_bar()
        bar.show()
        editor = self.reader.editor()
        cursor = editor.textCursor()
        cursor.setPosition(0)
        editor.setTextCursor(cursor)
        bar.field().clear()  # the same words again must still look from the top
        bar.field().setText(term)  # tints every match and selects the first

    def export_collection(self) -> ExportDialog | None:
        """Export the chosen collection's posts (its subcollections' too)."""
        chosen = self.library_pane.collections.chosen()
        if chosen is None:
            self.show_status("Choose a collection in the library first.")
            return None
        post_ids = self.controller.collection_post_ids(chosen)
        if not post_ids:
            self.show_status("That collection holds no posts yet: nothing to export.")
            return None
        dialog = self.make_export_dialog()
        dialog.set_scope("collection", collection_id=chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, self, self.focus_default)
        dialog.open()
        return dialog

    def _posts_for_collection(self) -> list[int]:
        """The selected posts, or the open one when the list has no selection."""
        ids = self.library_pane.selected_post_ids()
        post = self.current_post()
        return ids or ([post.id] if post is not None else [])

    def _focus_notes(self, *, tags: bool) -> None:
        if self.current_post() is None:
            self.show_status("Open a post first: tags and notes belong to the open post.")
            return
        self.side_tabs.setCurrentWidget(self.info_panel)
        if self.notes_panel.preview_button.isChecked():
            self.notes_panel.preview_button.setChecked(False)
        target = self.notes_panel.tags_edit if tags else self.notes_panel.note_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_open_post_closed(self) -> None:
        self.notes_panel.set_post(None)
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

    @Slot()
    def focus_reader(self) -> None:
        """Keyboard focus to the reader's text."""
        self.reader.editor().setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def open_sample(self) -> None:
        """Import the sample post (if needed, in the worker) and open it."""
        self.import_paths([SAMPLE], open_first=True, show_progress=False)

    @Slot()
    def reextract_selected_posts(self) -> None:
        """Extract the selected posts (or the open one) again from their
        stored originals, keeping clips and keys: the repair for a post
        shown as damaged."""
        ids = self.library_pane.selected_post_ids()
        current = self.current_post()
        if not ids and current is not None:
            ids = [current.id]
        if not ids:
            self.show_status("Select a post to re-extract.")
            return
        # In the worker, its progress in the status bar (see BodyCommands).
        self.body_commands.reextract(ids)

    def delete_selected_posts(self) -> None:
        """Delete the posts selected in the library (or the open one),
        asking first when they have clips; undoable."""
        ids = self.library_pane.selected_post_ids()
        current = self.current_post()
        if not ids and current is not None:
            ids = [current.id]
        if not ids:
            self.show_status("Select a post to delete.")
            return
        try:
            message = self.controller.delete_posts_asking(ids, self.confirm)
        except QuotemarkError as error:
            self.show_error("Could not delete the post", str(error))
            return
        if message:
            self.show_status(message)

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

    # -- clips --------------------------------------------------------------

    @Slot()
    def clip_selection(self) -> None:
        """Ctrl+Shift+C: clip the reader's selection (or the quote under the
        cursor)."""
        if self.current_post() is None:
            self.show_status("Open a post first, then select a passage to clip.")
            return
        if self.reader.current_span() is None:
            self.show_status("Select a passage (or put the cursor in a quote) to clip it.")
            return
        self.reader.clip_current()

    @Slot(object)
    def _on_reader_clip_requested(self, span: Span) -> None:
        post = self.current_post()
        if post is None:
            return
        try:
            clip, message = self.controller.clip_telling(post.id, span)
        except QuotemarkError as error:
            self.show_error("Could not clip the passage", str(error))
            return
        self.show_status(message)
        self.clips_panel.select_clip(clip.id)
        self.clip_added.emit(clip)

    @Slot(list)
    def delete_clips(self, clip_ids: list[int]) -> None:
        """Delete clips (undoable with Ctrl+Z)."""
        if not clip_ids:
            return
        try:
            message = self.controller.delete_clips_telling(clip_ids)
        except QuotemarkError as error:
            self.show_error("Could not delete the clip", str(error))
            return
        self.show_status(message)

    @Slot()
    def _on_delete_key(self) -> None:
        focus = QGuiApplication.focusObject()
        if isinstance(focus, QWidget) and (
            focus is self.library_pane.view or self.library_pane.view.isAncestorOf(focus)
        ):
            self.delete_selected_posts()
            return
        # Only clips the user can see: a hidden tab's selection is not a target.
        if not self.clips_panel.isVisible() or not self.clips_panel.request_delete():
            self.show_status("Select a clip in the Clips tab to delete it.")

    # -- changes ------------------------------------------------------------

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        """The status bar and the actions follow a change (the open post,
        the library pane and the Clips tab follow it themselves)."""
        if change.posts_added or change.posts_removed:
            self._update_stack()
        if change.posts_added or change.posts_removed or change.clips_added or change.clips_removed:
            self._update_counts()
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
        self.clips_panel.refresh()
        self.open_post_state.reload()
        self._update_stack()
        self._update_counts()
        self._update_actions()

    def _name_library(self) -> None:
        """The status bar names a library other than the user's own."""
        name = self._library_name
        kind = "Shared library" if self.controller.is_shared else "Library"
        self.library_label.setText(f"{kind}: {name} ·" if name else "")
        self.library_label.setToolTip(self.controller.shown_location if name else "")
        self.library_label.setVisible(bool(name))

    def _update_counts(self) -> None:
        """ "12 posts · 34 clips" at the right of the status bar."""
        try:
            posts, clips = self.controller.counts()
        except QuotemarkError:
            return
        self.counts_label.setText(
            f"{posts} post{'' if posts == 1 else 's'} · {clips} clip{'' if clips == 1 else 's'}"
        )

    def _update_stack(self) -> None:
        empty = self.current_post() is None and self.library_pane.post_count() == 0
        if (
            empty
            and not self.library_pane.search_box.text()
            and self.library_pane.filter_kind() == "all"
        ):
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

    # -- keyboard -----------------------------------------------------------

    @Slot()
    def next_quote(self) -> None:
        """J: the next quote (not while typing in a text field)."""
        if not _is_text_input(QGuiApplication.focusObject()):  # type: ignore[arg-type]
            self._step_quote(forward=True)

    @Slot()
    def previous_quote(self) -> None:
        """K: the previous quote (not while typing in a text field)."""
        if not _is_text_input(QGuiApplication.focusObject()):  # type: ignore[arg-type]
            self._step_quote(forward=False)

    def _step_quote(self, *, forward: bool) -> None:
        # A key that does nothing looks broken: say why nothing moved.
        before = self.reader.current_quote()
        selection = self.reader.editor().textCursor()
        if forward:
            self.reader.next_quote()
        else:
            self.reader.previous_quote()
        post = self.current_post()
        if post is None:
            return
        moved = self.reader.current_quote() != before or (
            self.reader.editor().textCursor() != selection
        )
        if moved:
            return
        count = len(post.analysis.quotes)
        if not count:
            self.show_status("This post has no quotations.")
        elif forward:
            back = key_hint("view.previous_quote")
            self.show_status(f"No more quotations below ({count} in this post; {back} goes back).")
        else:
            on = key_hint("view.next_quote")
            self.show_status(f"No quotations above ({count} in this post; {on} goes on).")

    @Slot()
    def _on_find(self) -> None:
        self.reader.open_find()

    @Slot(bool)
    def _on_paragraph_numbers_toggled(self, visible: bool) -> None:
        self.reader.set_paragraph_numbers(visible)
        # Restoring the stored choice at start toggles the action too:
        # writing the settings file back then cost every start ~15 ms.
        if settings.get_bool("reader/paragraph_numbers", True) != visible:
            settings.set_value("reader/paragraph_numbers", visible)

    @Slot()
    def undo(self) -> None:
        """Ctrl+Z, confirmed in the status bar (an edit made in a side
        panel is undone out of sight of the reader)."""
        text = self.undo_stack.undoText()
        if not self.undo_stack.canUndo():
            self.show_status("Nothing to undo.")
            return
        shown = self._messages_shown
        self.undo_stack.undo()
        if self._messages_shown == shown:  # a refused step has said why instead
            self.show_status(f"Undone: {text}.")

    @Slot()
    def redo(self) -> None:
        """Ctrl+Shift+Z, confirmed in the status bar."""
        text = self.undo_stack.redoText()
        if not self.undo_stack.canRedo():
            self.show_status("Nothing to redo.")
            return
        shown = self._messages_shown
        self.undo_stack.redo()
        if self._messages_shown == shown:
            self.show_status(f"Redone: {text}.")

    @Slot(str, object)
    def _on_undo_failed(self, message: str, initiator: object) -> None:
        if initiator is self.clips_panel:
            return  # the Clips tab explains its own edits under its list
        self.show_error("Could not undo or redo", message)

    @Slot(str)
    def _on_undo_stack_undoTextChanged(self, text: str) -> None:
        self.registry["edit.undo"].setText(f"&Undo {text}" if text else "&Undo")

    @Slot(str)
    def _on_undo_stack_redoTextChanged(self, text: str) -> None:
        self.registry["edit.redo"].setText(f"&Redo {text}" if text else "&Redo")

    # -- panels ---------------------------------------------------------------

    @Slot()
    def _on_library_pane_search_left(self) -> None:
        if self.current_post() is not None:
            self.focus_reader()
        else:
            self.library_pane.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_quotes_panel_quote_activated(self, index: int) -> None:
        self.reader.select_quote(index)
        self.focus_reader()

    @Slot(int)
    def _on_reader_source_activated(self, index: int) -> None:
        self.side_tabs.setCurrentWidget(self.sources_panel)
        self.sources_panel.show_source_at(index)

    @Slot(int, object)
    def _on_sources_panel_citation_activated(self, post_id: int, span: object) -> None:
        if self.open_post(post_id, focus=False) and isinstance(span, Span):
            self.reader.show_span(span)
            self.focus_reader()

    @Slot(object)
    def _on_clips_panel_clip_activated(self, clip: Clip) -> None:
        if self.open_post(clip.post_id, focus=False):
            self.reader.show_span(clip.span)

    # -- dialogs ------------------------------------------------------------

    def make_export_dialog(self) -> ExportDialog:
        """The export dialog, with the current selection as one scope."""
        clip_ids = self.clips_panel.selected_clip_ids()
        post_ids = [] if clip_ids else self.library_pane.selected_post_ids()
        # The dialogs that export or verify are imported when opened: they pull
        # in the export package (formats, CSL styles), a tenth of the start.
        from quotemark.app.dialogs.export import ExportDialog

        dialog = ExportDialog(self.controller, post_ids=post_ids, clip_ids=clip_ids, parent=self)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.keep_current.connect(self.live_export.start)
        return dialog

    @Slot()
    def show_export_dialog(self) -> ExportDialog:
        """Ctrl+E."""
        dialog = self.make_export_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, self, self.focus_default)
        dialog.open()
        return dialog

    @Slot(str, int)
    def _on_export_dialog_exported(self, path: str, count: int) -> None:
        self.show_status(f"Exported {count} entr{'y' if count == 1 else 'ies'} to {path}.")

    @Slot()
    def show_restore_dialog(self) -> RestoreDialog:
        """File > Restore from Backup."""
        dialog = RestoreDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_restore_dialog_restored)
        return_focus_after(dialog, self, self.focus_default)
        dialog.open()
        return dialog

    @Slot(str, int)
    def _on_live_export_written(self, path: str, count: int) -> None:
        self.show_status(f"Kept {path} current ({count} entr{'y' if count == 1 else 'ies'}).")

    @Slot(str)
    def _on_live_export_failed(self, message: str) -> None:
        self.show_status(message)

    @Slot()
    def show_verify_dialog(self) -> VerifyDialog:
        """File > Verify Manuscript."""
        from quotemark.app.dialogs.verify import VerifyDialog

        dialog = VerifyDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passage_requested.connect(self.show_passage)
        return_focus_after(dialog, self, self.focus_default)
        dialog.open()
        return dialog

    @Slot(int, str)
    def show_passage(self, post_id: int, text: str) -> bool:
        """Open a post at a quoted passage (selected when the post has the
        words exactly); False when the post cannot be opened."""
        if not self.open_post(post_id):
            return False
        try:
            span = self.controller.find_span(post_id, text=" ".join(text.split()))
        except QuotemarkError:
            self.show_status("Opened the post; the quotation differs from it, so nothing is shown.")
            return True
        self.reader.show_span(span)
        return True

    @Slot(str)
    def _on_restore_dialog_restored(self, saved: str) -> None:
        # Every post may differ now: nothing open or on the undo stack holds.
        self.close_post()
        self.undo_stack.clear()
        self.library_pane.refresh()
        self.library_pane.refresh_filters()
        self.clips_panel.refresh()
        self.show_status(f"Restored the backup; the library as it was is kept in {saved}.")

    @Slot()
    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences."""
        from quotemark.app.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.registry, self)
        dialog.applied.connect(lambda: self.reader.set_typography(reading_settings.stored()))
        # The display name (validated by the dialog) applies to this window's changes now.
        dialog.applied.connect(lambda: self.controller.set_display_name(identity.display_name()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, self, self.focus_default)
        dialog.open()
        return dialog

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts."""
        dialog = ShortcutsDialog(self.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, self, self.focus_default)
        dialog.open()
        return dialog

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        previous = QApplication.focusWidget()
        QMessageBox.about(
            self,
            "About Quotemark",
            "<b>Quotemark</b><p>Read saved web posts with their quotations, speakers and "
            "sources marked; clip passages into a citation library; export BibTeX, biblatex, "
            "CSL-JSON, RIS and Markdown.</p>"
            f"<p>Library: {self.controller.shown_location}</p>",
        )
        self.give_back_focus(previous)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (deleting a post with clips)."""
        previous = QApplication.focusWidget()
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        self.give_back_focus(previous)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, message: str) -> None:
        """A clear error naming the file and the problem (window-modal, so
        background work keeps going)."""
        self.last_error = message
        self.show_status(message.splitlines()[0] if message else title)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(box, self, self.focus_default)
        box.open()

    @Slot(str)
    def show_status(self, message: str) -> None:
        """A message in the status bar."""
        self._messages_shown += 1
        self.statusBar().showMessage(message, STATUS_MS)

    # -- state ----------------------------------------------------------------

    def _restore_state(self) -> None:
        store = settings.settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # First run: large, but never bigger than the screen (laptops).
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry().size() if screen is not None else None
            width, height = 1400, 860
            if room is not None:
                width = min(width, int(room.width() * 0.92))
                height = min(height, int(room.height() * 0.9))
            self.resize(width, height)
        state = store.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        side_tab_memory.restore(self.side_tabs)
        self.reader.set_typography(reading_settings.stored())
        numbers = settings.get_bool("reader/paragraph_numbers", True)
        self.registry["view.paragraph_numbers"].setChecked(numbers)
        self.reader.set_paragraph_numbers(numbers)

    def save_state(self) -> None:
        """Remember geometry, splitter sizes and the side tab."""
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        side_tab_memory.remember(self.side_tabs)
        store.sync()

    def restore_last_post(self) -> bool:
        """Open the post that was open when the app last closed."""
        post_id = settings.get_int(library_choice.last_post_key(self.library_path), 0)
        if not post_id:
            return False
        try:
            self.controller.post_summary(post_id)
        except QuotemarkError:
            return False
        return self.open_post(post_id)

    def show_library(self, location: Path | str) -> None:
        """Show the library the controller now holds (it switched to
        ``location``): every view reads it afresh, no post of the other
        library stays open, and the last post read in this one opens."""
        self.close_post()
        self.info_panel.set_post(None)
        self.review_panel.set_post(None)
        self.library_path = location
        self._library_name = library_choice.title_name(location)
        self.setWindowTitle(window_title(None, self._library_name))
        self._name_library()
        self.library_pane.start_over()
        self.clips_panel.refresh()
        self.sources_panel.set_library(self.controller)
        # A shared library's backups are its server administrator's.
        self.registry["file.restore_backup"].setEnabled(not self.controller.is_shared)
        self.live_export.move_to(location)
        self._update_stack()
        self._update_counts()
        self._update_actions()
        self.restore_last_post()
        self.controller.start_daily_backup()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop_work()
        self.controller.stop_polling()
        self.live_export.stop()
        self.save_state()
        event.accept()
