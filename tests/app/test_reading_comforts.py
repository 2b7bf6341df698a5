"""Reading comforts: the reader's face, size, line spacing and column width
from Preferences (zoom still applies on top, remembered for the next
window), focus mode (F11: only the text, full screen; Esc comes back), and a
1024 x 700 window that keeps a readable column and the whole date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetricsF, QTextBlockFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.reader import theme
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, press, quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.fixture(autouse=True)
def default_type() -> Iterator[None]:
    """The reader's type is process-wide: every test ends with the default."""
    yield
    theme.set_typography(theme.Typography())


def open_window(qtbot: QtBot, library: Library, width: int = 1400, height: int = 900) -> MainWindow:
    window = quiet_window(qtbot, library, width, height)
    window.open_post(next(p.id for p in library.posts() if p.title == FERRY))
    qtbot.waitUntil(lambda: window.current_post() is not None)
    return window


def column(window: MainWindow) -> float:
    editor = window.reader.editor()
    return editor.column_right - editor.column_left


def paragraph_line_height(window: MainWindow) -> float:
    doc = window.reader.editor().document()
    block = doc.findBlockByNumber(doc.blockCount() - 1)
    fmt: QTextBlockFormat = block.blockFormat()
    return fmt.lineHeight()


def test_type_chosen_in_preferences_shows_at_once_and_in_the_next_window(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library)
    before = column(window)
    assert paragraph_line_height(window) == 140
    dialog = window.dialogs.show_preferences()
    fields = dialog.typography
    fields.size_box.setValue(16.0)
    fields.line_box.setValue(170)
    fields.measure_box.setValue(50)
    assert dialog.apply()
    dialog.close()
    assert theme.typography() == theme.Typography("", 16.0, 170, 50)
    assert paragraph_line_height(window) == 170
    body = theme.body_font(window.reader.zoom())
    assert body.pointSizeF() == pytest.approx(16.0)
    # 50 characters of a 16 pt face: narrower than 70 of 12.5 pt.
    assert column(window) < before
    assert column(window) == pytest.approx(QFontMetricsF(body).averageCharWidth() * 50, abs=2)
    # Zoom still works on top of the chosen size.
    window.reader.zoom_in()
    assert theme.body_font(window.reader.zoom()).pointSizeF() > 16.0

    theme.set_typography(theme.Typography())  # as a fresh process starts
    window.close()
    again = open_window(qtbot, library)
    assert theme.typography().line_height == 170
    assert paragraph_line_height(again) == 170


def test_focus_mode_shows_only_the_text_and_esc_brings_all_back(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library)
    window.focus_reader()
    press(qtbot, "F11")
    assert window.focus_mode.is_on()
    assert window.isFullScreen()
    assert not window.library_pane.isVisible()
    assert not window.side_tabs.isVisible()
    assert not window.menuBar().isVisible()
    assert window.reader.isVisible()
    assert QApplication.focusWidget() is window.reader.editor()
    press(qtbot, "J")  # the reader's keys still work
    assert window.reader.current_quote() is not None
    press(qtbot, "Escape")
    assert not window.focus_mode.is_on()
    assert not window.registry["view.focus_mode"].isChecked()
    assert window.library_pane.isVisible()
    assert window.side_tabs.isVisible()
    assert not window.isFullScreen()


def test_a_1024_by_700_window_keeps_the_column_readable_and_the_date_whole(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library, 1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    body = theme.body_font(window.reader.zoom())

    def characters() -> float:
        return column(window) / QFontMetricsF(body).averageCharWidth()

    # The panes give way once the window has its size (an event later).
    qtbot.waitUntil(lambda: characters() >= 45, timeout=3000)
    sizes = window.splitter.sizes()
    assert sizes[0] >= window.library_pane.minimumSizeHint().width()
    assert sizes[2] >= window.side_tabs.minimumSizeHint().width()
    date = window.reader.header().date_label()
    assert date.isVisible()
    assert date.width() >= date.sizeHint().width(), "the date is cut"
    # Every side-panel tab stays in view with its whole name (none
    # shortened to "Quo…", none scrolled away).
    tabs = window.side_tabs.tabBar()
    assert all(tabs.rect().contains(tabs.tabRect(i)) for i in range(tabs.count()))
    for index in range(tabs.count()):
        name = tabs.tabText(index)
        room = tabs.tabRect(index).width()
        assert room >= tabs.fontMetrics().horizontalAdvance(name) + 8, name
        assert room >= tabs.tabSizeHint(index).width(), name


def test_panes_get_their_width_back_when_the_window_widens(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library, 1600, 1000)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= 340, timeout=3000)
    wide = window.splitter.sizes()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] < wide[2], timeout=3000)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] == wide[2], timeout=3000)
    assert window.splitter.sizes()[0] == wide[0]


def test_side_panel_tab_names_read_whole_at_1600_and_notes_sit_under_info(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library, 1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    tabs = window.side_tabs.tabBar()
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == ["Quotes", "Sources", "Clips", "Info", "Review"]
    for index, name in enumerate(names):
        # A tab narrower than it asks for shows its name elided ("Sour…").
        assert tabs.tabRect(index).width() >= tabs.tabSizeHint(index).width(), name
    # The post's tags and note are a section of the Info tab, below the fields.
    window.registry["post.edit_note"].trigger()
    assert window.side_tabs.currentWidget() is window.side_tabs.widget(3)
    assert window.info_panel.isVisible()
    assert window.notes_panel.isVisible()
    assert QApplication.focusWidget() is window.notes_panel.note_edit
    key_field = window.info_panel.fields["key"]
    assert window.notes_panel.mapTo(window, QPoint()).y() > key_field.mapTo(window, QPoint()).y()


def test_the_file_menu_ends_with_quit_and_keeps_both_exports_together(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts[-1] == "&Quit"
    at = texts.index("&Export…")
    assert texts[at + 1] == "Export c&ollection…"


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    at = text.replace("&&", "").find("&")
    return None if at < 0 else text.replace("&&", "")[at + 1].lower()


def test_each_menu_item_has_its_own_alt_letter_and_the_groups_are_apart(
    qtbot: QtBot, library: Library
) -> None:
    """With a menu open, a letter used twice only moves between the items
    (Qt does not trigger either), so every letter is used once per menu;
    the groups stand apart and the quote steps sit together."""
    window = open_window(qtbot, library)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&View", "&Collections", "&Help"]
    assert len({_mnemonic(title) for title in menus}) == len(menus)
    for title, menu in menus.items():
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [_mnemonic(text) for text in texts]
        assert None not in letters, (title, texts)
        assert len(set(letters)) == len(letters), (title, texts)
    edit = [a.text() if not a.isSeparator() else "|" for a in menus["&Edit"].actions()]
    # Sources, the body and tags are each a group of their own.
    for first in ("Add selection to the bod&y", "R&ename source…", "Edit post &tags"):
        assert edit[edit.index(first) - 1] == "|", first
    view = [a.text() for a in menus["&View"].actions() if not a.isSeparator()]
    at = view.index("&Next quote")
    assert view[at : at + 4] == [
        "&Next quote",
        "Pre&vious quote",
        "Next &uncertain reading",
        "Previous unc&ertain reading",
    ]


def test_the_sources_tabs_column_headings_read_whole_at_1024(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library, 1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.side_tabs.setCurrentWidget(window.sources_panel)
    qtbot.waitUntil(lambda: window.sources_panel.source_index().isVisible())
    qtbot.wait(300)  # the panes give way an event later
    for tree in (window.sources_panel.sources_list(), window.sources_panel.source_index().list):
        header = tree.header()
        item = tree.headerItem()
        for column in range(tree.columnCount()):
            if tree.isColumnHidden(column):
                continue
            # The heading's text with the style's margins either side.
            wanted = header.fontMetrics().horizontalAdvance(item.text(column)) + 8
            assert header.sectionSize(column) >= wanted, item.text(column)
