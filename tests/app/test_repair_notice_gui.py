"""The window tells the researcher when a post's text differs from the saved
file: an import that restored text garbled by a wrong encoding says so in
the status bar, and the post's Info tab says how many places and shows the
first few, as they were and as they read now. A clean post says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quotemark.app.dialogs.import_report import ImportReportDialog, summary
from quotemark.app.main_window import MainWindow
from quotemark.library.model import Change
from quotemark.library.operations import ImportReport, ImportResult, ImportStatus
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
        "Imported 1 post; text garbled by a wrong encoding restored in "
        "\u201cThe Harbour Ferry Sails at Night Again\u201d (see its Info tab)."
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


def test_a_many_file_import_names_the_posts_repaired_not_the_one_opened(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Two files, the clean one first: the import opens the clean post, so a
    # notice pointing at "its Info tab" would send the researcher to a post
    # with nothing repaired. The status line names the post that was.
    garden = write_post(tmp_path, "garden.txt", GARDEN_POST)
    ferry = tmp_path / "ferry.txt"
    ferry.write_text(garble(FERRY_POST), encoding="utf-8")
    _import(qtbot, window, [garden, ferry])
    post = window.current_post()
    assert post is not None
    assert post.metadata.title.startswith("Allotment")
    assert window.statusBar().currentMessage() == (
        "Imported 2 posts; text garbled by a wrong encoding restored in "
        "\u201cThe Harbour Ferry Sails at Night Again\u201d (see its Info tab)."
    )
    window.side_tabs.setCurrentWidget(window.info_panel)
    assert not window.info_panel.repaired.isVisible()  # the post opened: nothing


def test_the_summary_names_the_first_few_repaired_posts_and_the_report_shows_titles_as_text(
    qtbot: QtBot,
) -> None:
    titles = ["Tides <b>and</b> Ferries", "", "Mill Street", "The Lock Keeper"]
    results = [
        ImportResult(f"/posts/{n}.html", ImportStatus.IMPORTED, n + 1, title, repaired=2)
        for n, title in enumerate(titles)
    ]
    failed = ImportResult("/posts/bad.html", ImportStatus.FAILED, message="unreadable")
    report = ImportReport((*results, failed), Change())
    line = summary(report)
    assert line == (
        "Imported 4 posts; 1 could not be imported (bad.html); text garbled by a wrong encoding "
        "restored in 4 posts: \u201cTides <b>and</b> Ferries\u201d, \u201c(untitled)\u201d, "
        "\u201cMill Street\u201d and 1 more (see their Info tabs)."
    )
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    heading = dialog.findChildren(QLabel)[0]
    # The title's angle brackets are shown, not read as markup.
    assert "Tides &lt;b&gt;and&lt;/b&gt; Ferries" in heading.text()
