"""What s44-app saw and left (s44-app2), each through a real window
(offscreen): the import report's heading counts the rows it lists (in
test_import_comforts); a clip of "part 1 of 3" of an article is located in
that part when copied as a citation, for Pandoc, and in "All clips";
Tab from the Info tab's last field goes to the tab bar, as from the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.app.panels.clip_table import TEXT
from tests.app.test_main_window_support import import_and_wait, press, write_post
from tests.app.test_window_stop44 import CITING_POST, _clip_in_window, _tab_walk
from tests.library.test_reading_parts_s43 import paged_page

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

HALE = "said Tom Hale, who chairs the board"


def _clip_of(qtbot: QtBot, window: MainWindow, tmp_path: Path, html: str) -> None:
    page = tmp_path / "pier-part-one.html"
    page.write_text(html, encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([page], open_first=True)
    _clip_in_window(qtbot, window, HALE)


def _copy_citation(qtbot: QtBot, window: MainWindow) -> None:
    # Edit > Copy clip as citation, with the one clip selected (the action
    # is enabled once the window has seen the selection).
    QApplication.clipboard().clear()
    window.side_tabs.setCurrentWidget(window.clips_panel)  # a test before may leave another
    clip = window.clips_panel.model.clip_at(0)
    assert clip is not None
    window.clips_panel.select_clip(clip.id)
    action = window.registry["clip.copy_citation"]
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    qtbot.waitUntil(lambda: bool(QApplication.clipboard().text()))


def test_a_part_one_of_three_clip_is_copied_and_listed_with_its_part(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The Clips tab's row said "part 1 of 3, ¶ 2"; the copied citation,
    # the Pandoc one and the "All clips" row said the paragraph alone.
    _clip_of(qtbot, window, tmp_path, paged_page())
    panel = window.clips_panel
    _copy_citation(qtbot, window)
    copied = QApplication.clipboard().text()
    assert ", pt. 1, para. 2)" in copied
    assert ", para. 2)" not in copied.replace(", pt. 1, para. 2)", "")
    panel.pandoc_action.trigger()
    assert QApplication.clipboard().text().endswith(", part 1, para. 2]")
    panel.all_button.click()
    qtbot.waitUntil(lambda: panel.model.pages() is not None)
    # The part arrives once the worker has read the post (stop 45).
    qtbot.waitUntil(
        lambda: "part 1 of 3, ¶ 2" in str(panel.model.index(0, TEXT).data(SECONDARY_ROLE))
    )


def test_a_whole_post_s_clip_is_copied_and_listed_with_its_bare_paragraph(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _clip_of(qtbot, window, tmp_path, paged_page("", next_link=False))
    panel = window.clips_panel
    _copy_citation(qtbot, window)
    copied = QApplication.clipboard().text()
    assert ", para. 2)" in copied
    assert "pt." not in copied
    panel.all_button.click()
    qtbot.waitUntil(lambda: panel.model.pages() is not None)
    panel.model.index(0, TEXT).data(SECONDARY_ROLE)  # asks for the post's part
    qtbot.waitUntil(lambda: not panel.parts.busy())  # read by the worker (stop 45)
    details = str(panel.model.index(0, TEXT).data(SECONDARY_ROLE))
    assert "¶ 2" in details
    assert "part" not in details


def test_tab_from_the_info_tab_s_last_field_goes_to_the_tab_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The Info and Review panels were made after the tab widget, so Tab
    # from the Info tab's last field went on to the library's search,
    # past the tab bar (from the Sources tab's last list it goes there).
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", CITING_POST)])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    window.focus_reader()
    press(qtbot, "Ctrl+Alt+4")
    focus = QApplication.focusWidget()
    assert focus is not None
    assert focus.objectName() == "info_title"
    walked = _tab_walk(qtbot, 20)
    last = walked.index("notePreview")
    assert walked[last + 1] == "qt_tabwidget_tabbar"
    assert "librarySearch" not in walked[:last]
