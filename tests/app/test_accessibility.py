"""Everyone can use the window: every focusable widget has an accessible
name and description; F6 / Ctrl+Tab move the keyboard round the library,
the reader and the side panel (Shift back); Tab leaves the library list;
Qt's accessibility tree holds the panes by name. The tree as AT-SPI reads it
on a real display: tests/e2e/test_x11_atspi.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLineEdit, QTabBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import press, quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    win = quiet_window(qtbot, library, 1400, 900)
    win.open_post(library.posts()[0].id)
    return win


def text(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(which).strip()


def nameless(root: QWidget) -> list[str]:
    """Focusable widgets under ``root`` a screen reader would find without a
    name, or without a description that says more than the name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = text(widget, QAccessible.Text.Name)
        description = text(widget, QAccessible.Text.Description)
        # A tab bar is read as its tabs (a "page tab list"): each tab's name.
        needs_description = not isinstance(widget, QTabBar)
        if (
            not name
            or name in {"↑", "↓", "✕"}
            or (needs_description and (not description or description == name))
        ):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return missing


def test_every_focusable_widget_is_named_and_described(window: MainWindow) -> None:
    missing = nameless(window)
    assert not missing, "\n".join(missing)
    assert text(window.library_pane.search_box, QAccessible.Text.Name) == "Search all posts"
    assert text(window.library_pane.view, QAccessible.Text.Name) == "Posts"


def test_f6_and_ctrl_tab_go_round_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.library_pane.view.setFocus()

    def pane() -> int:
        focus = QApplication.focusWidget()
        assert focus is not None
        for index, container in enumerate((window.library_pane, window.reader, window.side_tabs)):
            if container is focus or container.isAncestorOf(focus):
                return index
        return -1

    assert pane() == 0
    press(qtbot, "F6")
    assert QApplication.focusWidget() is window.reader.editor()
    press(qtbot, "F6")
    assert pane() == 2
    press(qtbot, "F6")
    assert QApplication.focusWidget() is window.library_pane.view
    press(qtbot, "Shift+F6")
    assert pane() == 2
    press(qtbot, "Ctrl+Tab")
    assert pane() == 0
    press(qtbot, "Ctrl+Shift+Tab")
    assert pane() == 2


def test_tab_leaves_the_library_list(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_pane.view
    view.setFocus()
    press(qtbot, "Tab")
    assert QApplication.focusWidget() is not view


def test_qts_accessibility_tree_holds_the_panes_by_name(window: MainWindow) -> None:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    names: set[str] = set()
    stack: list[QAccessibleInterface] = [root]
    while stack and len(names) < 5000:
        node = stack.pop()
        names.add(node.text(QAccessible.Text.Name))
        stack.extend(
            child for i in range(node.childCount()) if (child := node.child(i)) is not None
        )
    for expected in ("Posts", "Post text", "Search all posts", "Collections", "Side panel"):
        assert expected in names


def test_the_buttons_qt_adds_are_named_too(window: MainWindow) -> None:
    # No keyboard focus, but AT-SPI lists them: "button" and nothing else.
    fields = [f for f in window.findChildren(QLineEdit) if f.isClearButtonEnabled()]
    assert window.library_pane.search_box in fields
    buttons = [b for f in fields for b in f.findChildren(QToolButton)]
    buttons += window.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button")
    assert len(buttons) > len(fields)
    for button in buttons:
        assert text(button, QAccessible.Text.Name), button.objectName()


def test_the_reader_is_read_out_as_a_read_only_text(window: MainWindow) -> None:
    # Not a label (Qt's role for a QTextBrowser): AT-SPI "text", read-only,
    # with the post's words reachable through the text interface.
    interface = QAccessible.queryAccessibleInterface(window.reader.editor())
    assert interface is not None
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().readOnly
    assert interface.text(QAccessible.Text.Name) == "Post text"
    words = interface.textInterface()
    assert words is not None
    body = words.text(0, words.characterCount())
    assert window.reader.editor().toPlainText()[:40] in body


def test_preferences_and_the_shortcuts_sheet_are_named_and_described(
    window: MainWindow,
) -> None:
    preferences = window.dialogs.show_preferences()
    missing = nameless(preferences)
    assert not missing, "\n".join(missing)
    # Each key field says which action it keys (there are dozens).
    editor = preferences._editors["file.import"]
    assert text(editor, QAccessible.Text.Name) == "Key for File: Import"
    preferences.close()
    sheet = window.dialogs.show_shortcuts()
    missing = nameless(sheet)
    assert not missing, "\n".join(missing)
    assert text(sheet.tree, QAccessible.Text.Name) == "Keyboard shortcuts"
    sheet.close()
