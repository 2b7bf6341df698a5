"""The one action registry: every command the window offers, as data.

Each :class:`ActionSpec` has an id, a menu text, default keys and the menu
it lives in. :class:`ActionRegistry` turns them into ``QAction`` objects on
the main window, applies the user's remapped keys (stored in QSettings under
``shortcuts/<id>``), and is what the Preferences and the shortcuts sheet
list. No widget creates its own ``QShortcut``: remapping one place remaps
the key everywhere.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from quotemark.app import settings


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """A command: ``id`` is stable (settings and tests use it), ``keys``
    are the default shortcuts in portable text (``"Ctrl+Shift+C"``)."""

    id: str
    text: str
    keys: tuple[str, ...]
    menu: str
    tip: str = ""
    checkable: bool = False


SIDE_TAB_TIP = "Show this side tab with the keyboard in it"

SIDE_TAB_ACTIONS: tuple[str, ...] = (
    "view.tab_quotes",
    "view.tab_sources",
    "view.tab_clips",
    "view.tab_info",
    "view.tab_review",
)
"""The side tabs' own actions, in the tabs' order (Quotes ... Review): in
View > Side tabs, where each has its first letter (the View menu had too few
letters left for five)."""

BACK_KEYS: tuple[str, ...] = (
    ("Ctrl+[", "Back") if sys.platform == "darwin" else ("Alt+Left", "Back")
)
"""Back between posts: Alt+Left (Windows, KDE, GNOME), Command+[ on macOS
(Qt's "Ctrl"; Option+Left moves a word there, in the reader too), and a
keyboard's Back key everywhere. Qt's QKeySequence.Back without Windows'
Backspace, which deletes in the fields and the key table."""

FORWARD_KEYS: tuple[str, ...] = (
    ("Ctrl+]", "Forward") if sys.platform == "darwin" else ("Alt+Right", "Forward")
)
"""Forward again: as :data:`BACK_KEYS`."""

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("file.import", "&Import…", ("Ctrl+O",), "File", "Import saved posts"),
    ActionSpec("file.import_folder", "Import &folder…", (), "File", "Import a folder of posts"),
    ActionSpec("file.export", "&Export…", ("Ctrl+E",), "File", "Export citations to a file"),
    ActionSpec(
        "collection.export",
        "Export c&ollection…",
        (),
        "File",
        "Export the posts of the chosen collection (and its subcollections)",
    ),
    ActionSpec("file.delete_post", "&Delete post", ("Ctrl+Shift+Del",), "File", "Delete the post"),
    ActionSpec(
        "file.reextract_post",
        "Re-e&xtract post",
        (),
        "File",
        "Extract the post again from its stored original (repairs a damaged post)",
    ),
    ActionSpec(
        "file.reimport_post",
        "Re-i&mport from file…",
        (),
        "File",
        "Replace the post with a newer save of its page, keeping clips, corrections, tags "
        "and notes",
    ),
    ActionSpec(
        "file.open_shared",
        "Open &Shared Library…",
        (),
        "File",
        "Open a team's shared library on a PostgreSQL server in this window",
    ),
    ActionSpec(
        "file.open_local",
        "Open &Local Library",
        (),
        "File",
        "Go back to your own library on this computer",
    ),
    ActionSpec(
        "file.restore_backup",
        "&Restore from Backup…",
        (),
        "File",
        "Replace the library with one of its backups",
    ),
    ActionSpec(
        "file.verify",
        "&Verify Manuscript…",
        (),
        "File",
        "Check a manuscript's quotations against the saved posts",
    ),
    ActionSpec("file.quit", "&Quit", ("Ctrl+Q",), "File", "Quit Quotemark"),
    ActionSpec("edit.undo", "&Undo", ("Ctrl+Z",), "Edit"),
    ActionSpec("edit.redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Edit"),
    ActionSpec("edit.find", "&Find in post…", ("Ctrl+F",), "Edit", "Find text in the open post"),
    ActionSpec(
        "edit.find_next",
        "Find &next",
        ("F3",),
        "Edit",
        "The next match (or search hit)",
    ),
    ActionSpec("edit.find_previous", "Find pre&vious", ("Shift+F3",), "Edit"),
    ActionSpec(
        "clip.selection",
        "&Clip selection",
        ("Ctrl+Shift+C",),
        "Edit",
        "Clip the selection (or the quote under the cursor) into the library",
    ),
    ActionSpec("clip.delete", "&Delete clip", ("Delete",), "Edit", "Delete the selected clips"),
    ActionSpec(
        "clip.copy_citation",
        "Copy clip as c&itation",
        ("Ctrl+Shift+I",),
        "Edit",
        "Copy the selected clip with a formatted citation",
    ),
    ActionSpec(
        "correct.speaker",
        "Edit spea&ker…",
        ("F2",),
        "Edit",
        "Say who said the quote (in the Quotes tab or under the reader's cursor)",
    ),
    ActionSpec(
        "review.accept",
        "&Accept speaker",
        ("Ctrl+Shift+A",),
        "Edit",
        "Accept the analyser's speaker of the current quote as right",
    ),
    ActionSpec(
        "correct.add_quote",
        "&Make selection a quotation",
        ("Ctrl+Shift+Q",),
        "Edit",
        "Turn the reader's selection into a quotation",
    ),
    ActionSpec(
        "correct.remove_quote",
        "Not a &quotation",
        ("Ctrl+Shift+Backspace",),
        "Edit",
        "Remove the quotation the analysis found by mistake",
    ),
    ActionSpec(
        "correct.extent",
        "Selection is the quote's e&xtent",
        ("Ctrl+Shift+E",),
        "Edit",
        "The quote the reader's selection is in is exactly the selected words (wider or narrower)",
    ),
    ActionSpec(
        "correct.join",
        "&Join with next quote",
        ("Ctrl+Shift+J",),
        "Edit",
        "The current quote and the next one are one quotation (split across paragraphs)",
    ),
    ActionSpec(
        "correct.split",
        "Split quote &here",
        ("Ctrl+Shift+S",),
        "Edit",
        "The quote is two: the second starts at the word under the reader's cursor",
    ),
    ActionSpec(
        "correct.kind",
        "Partia&l or direct quotation",
        ("Ctrl+Shift+K",),
        "Edit",
        "Say the quote is partial (only its words are the speaker's, in the writer's "
        "sentence) or, when partial, direct (its marked words are a quotation of their own)",
    ),
    ActionSpec(
        "body.original",
        "Ori&ginal page",
        ("Ctrl+Shift+O",),
        "View",
        "See the stored original page (nothing remote is loaded) to add back what was dropped",
    ),
    ActionSpec(
        "body.add_passage",
        "Add selection to the bod&y",
        ("Ctrl+Shift+B",),
        "Edit",
        "Put the passage selected in the original page back into the body, in its place",
    ),
    ActionSpec(
        "body.remove_passage",
        "Remove from the &body",
        ("Ctrl+Shift+X",),
        "Edit",
        "Remove the reader's selection from the body (page chrome the extraction kept)",
    ),
    ActionSpec(
        "source.rename",
        "R&ename source…",
        (),
        "Edit",
        "Give the source selected in the Sources tab a new name across the library",
    ),
    ActionSpec(
        "source.merge",
        "Mer&ge source into…",
        (),
        "Edit",
        "Make the selected source and another one source (AP / Associated Press)",
    ),
    ActionSpec(
        "source.remove",
        "Not a s&ource",
        (),
        "Edit",
        "The selected name is no source: its mentions go, across the library",
    ),
    ActionSpec(
        "view.post_info",
        "Post &info",
        ("Ctrl+I",),
        "View",
        "Show and edit the post's citation data (title, authors, date, …)",
    ),
    ActionSpec(
        "collection.new",
        "&New collection…",
        ("Ctrl+Shift+N",),
        "Collections",
        "Make a collection (inside the one chosen in the library)",
    ),
    ActionSpec(
        "collection.new_from_selection",
        "New collection from &selection…",
        ("Ctrl+Alt+N",),
        "Collections",
        "Make a collection holding the selected posts (else the open one)",
    ),
    ActionSpec(
        "collection.add_posts",
        "&Add to collection…",
        ("Ctrl+Shift+L",),
        "Collections",
        "Put the selected posts in a collection",
    ),
    ActionSpec(
        "collection.remove_posts",
        "&Remove from collection",
        (),
        "Collections",
        "Take the selected posts out of the collection shown (they stay in the library)",
    ),
    ActionSpec(
        "collection.rename",
        "Rena&me collection…",
        (),
        "Collections",
        "Rename the chosen collection",
    ),
    ActionSpec(
        "collection.delete",
        "&Delete collection",
        (),
        "Collections",
        "Delete the chosen collection and its subcollections (posts stay)",
    ),
    ActionSpec(
        "tag.rename",
        "Rename &tag…",
        (),
        "Collections",
        "Rename a tag on every post and clip that has it (F2 on the tag filter)",
    ),
    ActionSpec("post.edit_tags", "Edit post &tags", ("Ctrl+Shift+T",), "Edit", "Tag the open post"),
    ActionSpec(
        "post.edit_note",
        "Edit po&st note",
        ("Ctrl+Shift+M",),
        "Edit",
        "Write a note on the open post",
    ),
    ActionSpec("edit.preferences", "&Preferences…", ("Ctrl+,",), "Edit"),
    ActionSpec("view.zoom_in", "&Zoom in", ("Ctrl+=", "Ctrl++"), "View"),
    ActionSpec("view.zoom_out", "Zoom &out", ("Ctrl+-",), "View"),
    ActionSpec("view.zoom_reset", "&Reset zoom", ("Ctrl+0",), "View"),
    ActionSpec(
        "view.paragraph_numbers",
        "&Paragraph numbers",
        ("Ctrl+Shift+P",),
        "View",
        "Show paragraph numbers (the locators clips cite) in the margin",
        checkable=True,
    ),
    ActionSpec(
        "view.focus_mode",
        "&Focus mode",
        ("F11",),
        "View",
        "Full screen with only the text (F11 or Esc comes back)",
        checkable=True,
    ),
    ActionSpec(
        "view.side_panel",
        "Side pane&l",
        ("Ctrl+Alt+B",),
        "View",
        "Show the side panel (Quotes, Sources, Clips, Info, Review); a window too"
        " narrow for it and a readable text hides it until it widens",
        checkable=True,
    ),
    # Each side tab by its own keys, the keyboard in it (Alt+letter would
    # clash: Alt+C opens the Collections menu, Alt+O orders the library).
    ActionSpec("view.tab_quotes", "&Quotes tab", ("Ctrl+Alt+1",), "View", SIDE_TAB_TIP),
    ActionSpec("view.tab_sources", "&Sources tab", ("Ctrl+Alt+2",), "View", SIDE_TAB_TIP),
    ActionSpec("view.tab_clips", "&Clips tab", ("Ctrl+Alt+3",), "View", SIDE_TAB_TIP),
    ActionSpec("view.tab_info", "&Info tab", ("Ctrl+Alt+4",), "View", SIDE_TAB_TIP),
    ActionSpec("view.tab_review", "&Review tab", ("Ctrl+Alt+5",), "View", SIDE_TAB_TIP),
    ActionSpec("view.next_quote", "&Next quote", ("J",), "View"),
    ActionSpec("view.previous_quote", "Pre&vious quote", ("K",), "View"),
    ActionSpec(
        "review.next",
        "Next &uncertain reading",
        ("Shift+J",),
        "View",
        "Go to the next quote whose speaker is missing or uncertain",
    ),
    ActionSpec(
        "review.previous",
        "Previous unc&ertain reading",
        ("Shift+K",),
        "View",
        "Go to the previous quote whose speaker is missing or uncertain",
    ),
    ActionSpec(
        "view.back",
        "Bac&k",
        BACK_KEYS,
        "View",
        "Go back to the post read before this one, where it was read",
    ),
    ActionSpec(
        "view.forward",
        "For&ward",
        FORWARD_KEYS,
        "View",
        "Go forward again to the post Back left",
    ),
    ActionSpec("view.focus_search", "Focus library &search", ("Ctrl+K",), "View"),
    ActionSpec(
        "view.next_pane",
        "Ne&xt pane",
        ("F6", "Ctrl+Tab"),
        "View",
        "Move the keyboard to the next pane: library, reader, side panel",
    ),
    ActionSpec("view.previous_pane", "Previous p&ane", ("Shift+F6", "Ctrl+Shift+Tab"), "View"),
    ActionSpec("view.focus_reader", "Focus rea&der", ("Ctrl+R",), "View"),
    ActionSpec("help.shortcuts", "&Keyboard shortcuts", ("F1",), "Help"),
    ActionSpec("help.about", "&About Quotemark", (), "Help"),
)

MENUS: tuple[str, ...] = ("File", "Edit", "View", "Collections", "Help")

_SETTINGS_GROUP = "shortcuts"


def spec(action_id: str) -> ActionSpec:
    """The spec registered under ``action_id``."""
    for item in SPECS:
        if item.id == action_id:
            return item
    raise KeyError(action_id)


def _to_sequences(keys: tuple[str, ...] | list[str]) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys if k]


class ActionRegistry(QObject):
    """The window's actions by id, with the user's key bindings applied."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for item in SPECS:
            action = QAction(item.text, parent)
            action.setObjectName(item.id)
            action.setCheckable(item.checkable)
            if item.tip:
                action.setStatusTip(item.tip)
            # Window-wide keys: single letters (J, K) are taken back by line
            # edits and editable text (Qt's ShortcutOverride), so they never
            # steal typing; callbacks also check focus where it matters.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._actions[item.id] = action
        self.apply_bindings()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[tuple[ActionSpec, QAction]]:
        for item in SPECS:
            yield item, self._actions[item.id]

    def on_trigger(self, action_id: str, callback: Callable[[], object]) -> None:
        """Run ``callback`` when the action triggers."""
        self._actions[action_id].triggered.connect(lambda _checked=False: callback())

    # -- key bindings ---------------------------------------------------

    def keys(self, action_id: str) -> list[str]:
        """The keys in effect: the user's, else the defaults."""
        return current_keys(action_id)

    def set_keys(self, action_id: str, keys: list[str]) -> None:
        """Remap an action (an empty list removes its key); remembered."""
        store = settings.settings()
        if list(spec(action_id).keys) == keys:
            store.remove(f"{_SETTINGS_GROUP}/{action_id}")
        else:
            # A one-element list would be stored as a plain string; the
            # reader above accepts both.
            store.setValue(f"{_SETTINGS_GROUP}/{action_id}", keys[0] if len(keys) == 1 else keys)
        store.sync()
        self._actions[action_id].setShortcuts(_to_sequences(keys))
        bindings().changed.emit()

    def reset(self) -> None:
        """Every action back to its default keys."""
        store = settings.settings()
        store.remove(_SETTINGS_GROUP)
        store.sync()
        self.apply_bindings()

    def apply_bindings(self) -> None:
        """Give every action its keys in effect."""
        store = settings.settings()  # one for all 60-odd actions, not one each
        for item in SPECS:
            keys = _stored_keys(store.value(f"{_SETTINGS_GROUP}/{item.id}"), item)
            self._actions[item.id].setShortcuts(_to_sequences(keys))
        bindings().changed.emit()

    def conflicts(self, bindings: dict[str, list[str]]) -> list[tuple[str, str, str]]:
        """Pairs of actions that would share a key: ``(key, id_a, id_b)``."""
        seen: dict[str, str] = {}
        clashes: list[tuple[str, str, str]] = []
        for action_id, keys in bindings.items():
            for key in keys:
                norm = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
                if not norm:
                    continue
                if norm in seen and seen[norm] != action_id:
                    clashes.append((norm, seen[norm], action_id))
                else:
                    seen[norm] = action_id
        return clashes


def display_keys(keys: list[str]) -> str:
    """Keys as the platform shows them (``Ctrl+Shift+C``), comma-separated."""
    return ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys if k
    )


def current_keys(action_id: str) -> list[str]:
    """The keys in effect for an action: the user's, else the defaults."""
    stored = settings.settings().value(f"{_SETTINGS_GROUP}/{action_id}")
    return _stored_keys(stored, spec(action_id))


def _stored_keys(stored: object, item: ActionSpec) -> list[str]:
    # The user's keys as the settings file holds them; the defaults when
    # none (or something unreadable) is stored.
    if isinstance(stored, str):
        return [stored] if stored else []
    if isinstance(stored, list):
        return [str(k) for k in stored if k]
    return list(item.keys)


def in_menu(text: str) -> str:
    """Words shown as they are in a menu item's or a button's text: each
    "&" doubled (a single one marks the mnemonic and is not drawn; "Back to
    “Ferry & Pier”" showed "Ferry  Pier")."""
    return text.replace("&", "&&")


def key_text(action_id: str) -> str:
    """The action's first key as the platform shows it (``Ctrl+Z``), or ""
    when the user left it without one. Messages naming a key build it here,
    so a remapped key is named right."""
    return display_keys(current_keys(action_id)[:1])


def key_hint(action_id: str) -> str:
    """How to reach the action, for a message: its key, or its menu path
    (``Edit > Undo``) when it has no key."""
    item = spec(action_id)
    return key_text(action_id) or f"{item.menu} > {item.text.replace('&', '').rstrip('…')}"


class Bindings(QObject):
    """Tells texts that name keys (placeholders, tooltips) to rebuild them."""

    changed = Signal()


_bindings: Bindings | None = None


def bindings() -> Bindings:
    """The one :class:`Bindings` notifier: ``changed`` fires whenever keys
    are applied or remapped."""
    global _bindings
    if _bindings is None:
        _bindings = Bindings()
    return _bindings
