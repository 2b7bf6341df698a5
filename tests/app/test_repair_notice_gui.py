"""The window tells the researcher when a post's text differs from the saved
file: an import that restored text garbled by a wrong encoding says so in
the status bar, and the post's Info tab says how many places and shows the
first few, as they were and as they read now. A clean post says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import FERRY_POST, GARDEN_POST, write_post
from tests.library.test_importers_mojibake import garble

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _import(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths(paths, open_first=True)


def test_the_repair_is_told_after_import_and_in_the_info_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The ferry post with its quotation marks garbled (UTF-8 read as
    # windows-1252), and a clean post beside it.
    ferry = tmp_path / "ferry.txt"
    ferry.write_text(garble(FERRY_POST), encoding="utf-8")
    garden = write_post(tmp_path, "garden.txt", GARDEN_POST)
    _import(qtbot, window, [ferry])
    status = window.statusBar().currentMessage()
    assert status == (
        "Imported 1 post; text garbled by a wrong encoding restored in 1 post (see its Info tab)."
    )
    post = window.current_post()
    assert post is not None
    assert any(b.text.startswith("\u201cWe waited") for b in post.blocks)  # as written
    window.side_tabs.setCurrentWidget(window.info_panel)
    notice = window.info_panel.repaired
    assert notice.isVisible()
    assert notice.accessibleName() == "Text repaired"
    assert notice.text() == (
        "Text repaired: 4 places garbled by a wrong encoding were restored on import "
        "(\u00e2\u20ac\u0153We \u2192 \u201cWe; came,\u00e2\u20ac\ufffd \u2192 came,\u201d). "
        "There the text shown differs from the saved file."
    )
    assert notice.accessibleDescription() == notice.text()
    # A clean post: no notice.
    _import(qtbot, window, [garden])
    assert window.statusBar().currentMessage().startswith("Opened \u201cAllotment")
    assert window.current_post() is not None
    assert not notice.isVisible()
