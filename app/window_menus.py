"""The window's menus and actions: the menu bar built from the registry
(:mod:`quotemark.app.actions`), each action connected to what it does, and
the right-click menus that offer the same actions with the same keys.

Functions of the window, called once while it is built, in the order
:class:`~quotemark.app.main_window.MainWindow` calls them: the toolbar, the
focus mode and the pane cycle are made here, among the actions they serve,
so the widgets are made (and the keyboard passes them) in one fixed order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton, QWidget

from quotemark.app import actions, quote_steps, toolbar, window_state
from quotemark.app.accessibility import PaneCycle, describe
from quotemark.app.actions import MENUS, SIDE_TAB_ACTIONS, bindings, key_text
from quotemark.app.focus_mode import FocusMode
from quotemark.app.layout_fit import fit_tab_names
from quotemark.app.post_commands import chosen_post_ids
from quotemark.app.tag_rename import TagRenamer

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

_SEPARATORS_BEFORE = frozenset(
    {
        # File: import and export | posts | libraries | backups and manuscripts | quit
        "file.delete_post",
        "file.open_shared",
        "file.restore_backup",
        "file.quit",
        # Edit: undo | find | clips | quotations | the body | sources | tags and notes | preferences
        "edit.find",
        "clip.selection",
        "correct.speaker",
        "body.add_passage",
        "source.rename",
        "post.edit_tags",
        "edit.preferences",
        # Collections: collections | tags
        "tag.rename",
        # View: the post | zoom | margins and focus | quote steps | back and
        # forward between posts | keyboard places
        "view.zoom_in",
        "view.paragraph_numbers",
        "view.tab_quotes",
        "view.next_quote",
        "view.back",
        "view.focus_search",
    }
)


def build_menus(window: MainWindow) -> QMenu:
    """The menu bar from the registry; the File menu (more goes in it)."""
    menus = {name: window.menuBar().addMenu(f"&{name}") for name in MENUS}
    side_tabs: QMenu | None = None
    for spec, action in window.registry:
        if spec.id in _SEPARATORS_BEFORE:
            menus[spec.menu].addSeparator()
        if spec.id in SIDE_TAB_ACTIONS:
            if side_tabs is None:
                side_tabs = menus[spec.menu].addMenu("Side ta&bs")
            side_tabs.addAction(action)
        else:
            menus[spec.menu].addAction(action)
        # Also on the window, so keys work with the menu bar hidden.
        window.addAction(action)
    # Named for the quote it is about when the menu opens (the window's
    # correction commands are made after the menus).
    menus["Edit"].aboutToShow.connect(lambda: window.corrections.name_kind_action())
    menus["View"].aboutToShow.connect(lambda: window.history.name_actions())
    return menus["File"]


def connect_actions(window: MainWindow) -> None:
    """Each action of the window's menus to what it does, and Undo and
    Redo to the undo stack (their names say what they would undo)."""
    registry = window.registry
    connect = registry.on_trigger
    dialogs = window.dialogs
    commands = window.commands
    connect("file.import", window.choose_import_files)
    connect("file.import_folder", window.choose_import_folder)
    connect("file.export", dialogs.show_export_dialog)
    connect("file.delete_post", commands.delete_selected_posts)
    connect("file.reextract_post", commands.reextract_selected_posts)
    # Made after the menus (it adds to the status bar): found when chosen.
    connect("file.reimport_post", lambda: window.reimports.choose_file())
    connect("file.restore_backup", dialogs.show_restore_dialog)
    # A shared library's backups are its server administrator's.
    registry["file.restore_backup"].setEnabled(not window.controller.is_shared)
    connect("file.verify", dialogs.show_verify_dialog)
    connect("file.quit", window.close)
    connect("edit.undo", window.undo)
    connect("edit.redo", window.redo)
    connect("edit.find", window.reader.open_find)
    connect("clip.selection", commands.clip_selection)
    connect("clip.delete", commands.delete_key)
    connect("clip.copy_citation", window.clips_panel.copy_citation)
    connect("edit.preferences", dialogs.show_preferences)
    connect_collections(window)
    connect("view.zoom_in", window.reader.zoom_in)
    connect("view.zoom_out", window.reader.zoom_out)
    connect("view.zoom_reset", window.reader.zoom_reset)
    connect("view.next_quote", lambda: quote_steps.next_quote(window))
    connect("view.previous_quote", lambda: quote_steps.previous_quote(window))
    connect("view.back", window.history.back)
    connect("view.forward", window.history.forward)
    connect("view.focus_search", window.library_pane.focus_search)
    connect("view.focus_reader", window.focus_reader)
    connect("help.shortcuts", dialogs.show_shortcuts)
    connect("help.about", dialogs.show_about)
    registry["view.paragraph_numbers"].toggled.connect(
        lambda visible: window_state.show_paragraph_numbers(window, visible)
    )
    undo_stack = window.undo_stack
    undo_stack.canUndoChanged.connect(registry["edit.undo"].setEnabled)
    undo_stack.canRedoChanged.connect(registry["edit.redo"].setEnabled)
    undo_stack.undoTextChanged.connect(window.status_line.name_undo)
    undo_stack.redoTextChanged.connect(window.status_line.name_redo)
    registry["edit.undo"].setEnabled(False)
    registry["edit.redo"].setEnabled(False)


def connect_collections(window: MainWindow) -> None:
    """Collections, post tags and notes: the registry's actions, the
    collection tree's right-click menu (same actions, same keys); then the
    focus mode, the pane cycle and the toolbar."""
    registry = window.registry
    tree = window.library_pane.collections
    pane = window.library_pane
    registry.on_trigger("collection.new", tree.ask_new)
    registry.on_trigger(
        "collection.new_from_selection", lambda: _keep_selected(window, tree.ask_new_from)
    )
    registry.on_trigger("collection.add_posts", lambda: _keep_selected(window, tree.ask_add))
    registry.on_trigger(
        "collection.remove_posts", lambda: tree.remove_from_current(pane.selected_post_ids())
    )
    registry.on_trigger("collection.rename", tree.ask_rename)
    registry.on_trigger("collection.export", window.dialogs.export_collection)
    registry.on_trigger("collection.delete", tree.delete_current)
    window.tag_renamer = TagRenamer(window)
    window.tag_renamer.status.connect(window.show_status)
    registry.on_trigger("tag.rename", lambda: window.tag_renamer.ask_rename())
    # Right-click on the tag filter: rename the tag it shows (or pick one).
    pane.filter_box.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    pane.filter_box.addAction(registry["tag.rename"])
    bar = window.reader.find_bar()
    registry.on_trigger("edit.find_next", lambda: bar.isVisible() and bar.find_next())
    registry.on_trigger("edit.find_previous", lambda: bar.isVisible() and bar.find_previous())
    registry.on_trigger("post.edit_tags", lambda: _focus_notes(window, tags=True))
    registry.on_trigger("post.edit_note", lambda: _focus_notes(window, tags=False))
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    tree.addActions(
        [
            registry[name]
            for name in (
                "collection.new",
                "collection.rename",
                "collection.export",
                "collection.delete",
            )
        ]
    )
    window.notes_panel.status.connect(window.show_status)
    window.focus_mode = FocusMode(window)
    window.panes = PaneCycle(window)
    registry.on_trigger("view.next_pane", lambda: window.panes.move(1))
    registry.on_trigger("view.previous_pane", lambda: window.panes.move(-1))
    # Tab leaves the lists (it moved between their cells) for the next widget.
    window.library_pane.view.setTabKeyNavigation(False)
    window.clips_panel.view.setTabKeyNavigation(False)
    window.toolbar = toolbar.build(window, registry)
    window.toolbar.toggleViewAction().setText("&Toolbar")
    # Five tabs read whole in the 340 px side panel; at 1024 px their
    # names shorten (full names in the tooltips) but all stay in view,
    # and the bar is still narrow enough to leave a readable column.
    fit_tab_names(window.side_tabs.tabBar())
    _connect_side_tabs(window)
    describe(window)
    registry["view.focus_mode"].toggled.connect(window.focus_mode.set_on)
    _connect_side_panel(window)


def _connect_side_tabs(window: MainWindow) -> None:
    """Each side tab's own keys (View > Quotes tab ...: Ctrl+Alt+1 to 5)
    show it with the keyboard in it; its tooltip names them, as remapped."""
    tabs = window.side_tabs
    pages: tuple[QWidget, ...] = (
        window.quotes_panel,
        window.sources_panel,
        window.clips_panel,
        window.info_panel,
        window.review_panel,
    )
    for action_id, page in zip(SIDE_TAB_ACTIONS, pages, strict=True):
        window.registry.on_trigger(action_id, partial(window.panes.enter_side_tab, page))
    SideTabKeys(tabs)


class SideTabKeys(QObject):
    """Names each side tab's keys in its tooltip, again when remapped (a
    child of the tabs: the connection goes with them)."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self.name_keys()
        bindings().changed.connect(self.name_keys)

    @Slot()
    def name_keys(self) -> None:
        """The tooltips with the keys in effect."""
        for index, action_id in enumerate(SIDE_TAB_ACTIONS):
            label = actions.spec(action_id).text.replace("&", "").removesuffix(" tab")
            keys = key_text(action_id)
            where = f"{keys}; " if keys else ""
            self._tabs.tabBar().setTabToolTip(
                index, f"{label} of the open post ({where}Left and Right choose another tab)"
            )


def _connect_side_panel(window: MainWindow) -> None:
    """View > Side panel and the status bar's "Show side panel" button,
    which shows while the panel is hidden (the way back when a narrow
    window hid it)."""
    action = window.registry["view.side_panel"]
    action.setChecked(True)
    room = window.reader_room
    # Triggered, not toggled: the fit hiding the panel unchecks the action,
    # and that must not count as the user hiding it.
    action.triggered.connect(room.show_side)
    button = QToolButton(window)
    button.setObjectName("showSidePanel")
    button.setAutoRaise(True)
    button.setText("Show side panel")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"Show the side panel ({keys})")
    button.clicked.connect(lambda: room.show_side(True))
    button.hide()
    window.statusBar().addPermanentWidget(button)
    window.show_side_button = button

    def shown(on: bool) -> None:
        action.setChecked(on)
        # Hidden on purpose in focus mode, the status bar is gone anyway.
        button.setVisible(not on)

    room.side_shown.connect(shown)


def _keep_selected(window: MainWindow, command: Callable[[list[int]], object]) -> None:
    # A collection made holding the posts (New collection from selection;
    # Add to collection with none yet) is shown at once: the posts it was
    # made from are selected there again (its first row alone was, so
    # Ctrl+Shift+L or Export selection next meant one post, not five).
    tree = window.library_pane.collections
    post_ids = chosen_post_ids(window)
    shown = tree.chosen()
    command(post_ids)
    if tree.chosen() != shown:
        window.library_pane.select_posts(post_ids)


def add_context_menus(window: MainWindow) -> None:
    """Right-click menus of the post list and the clip list: the same
    registry actions (same keys)."""
    registry = window.registry
    library_view = window.library_pane.view
    library_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    library_view.addActions(
        [
            registry["file.delete_post"],
            registry["file.reextract_post"],
            registry["file.reimport_post"],
            registry["file.export"],
            registry["collection.add_posts"],
            registry["collection.new_from_selection"],
            registry["collection.remove_posts"],
        ]
    )
    clips_view = window.clips_panel.view
    clips_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    clips_view.addActions(
        [
            registry["clip.copy_citation"],
            registry["clip.delete"],
            registry["file.export"],
        ]
    )


def _focus_notes(window: MainWindow, *, tags: bool) -> None:
    if window.current_post() is None:
        window.show_status("Open a post first: tags and notes belong to the open post.")
        return
    window.show_side_tab(window.info_panel)
    notes = window.notes_panel
    if notes.preview_button.isChecked():
        notes.preview_button.setChecked(False)
    target = notes.tags_edit if tags else notes.note_edit
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
