"""File > Verify Manuscript: a manuscript on disk checked against the
window's library, listed one quotation a row; activating a row opens the
cited post with the passage selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.dialogs.verify import VerifyDialog
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def _manuscript(folder: Path, key: str) -> Path:
    path = folder / "chapter.md"
    path.write_text(
        f"The minister: “the route would run every night until the autumn storms” [@{key}].\n\n"
        f"A fisherman called it “a lifeline for the people who work early in town” [@{key}].\n\n"
        "Someone said “nothing of the sort” [@nobody1999].\n",
        encoding="utf-8",
    )
    return path


def test_the_dialog_lists_each_quotation_and_opens_the_passage(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    ferry = next(p for p in library.posts() if p.title.startswith("The Harbour"))
    window = show(qtbot, MainWindow(Controller(library)))
    dialog = window.dialogs.show_verify_dialog()
    assert isinstance(dialog, VerifyDialog)
    report = dialog.load(_manuscript(tmp_path, ferry.key))
    assert report is not None
    assert dialog.table.rowCount() == 3
    verdicts = [dialog.table.item(row, 1).text() for row in range(3)]
    assert verdicts == ["Exact", "Different", "Unknown key"]
    assert dialog.table.item(1, 4).text() == "“late” → “early”"
    assert "need attention" in dialog.summary.text()
    with qtbot.waitSignal(dialog.passage_requested):
        dialog.table.cellActivated.emit(0, 3)
    current = window.current_post()
    assert current is not None
    assert current.id == ferry.id
    selected = window.reader.current_span()
    assert selected is not None
    assert selected.text == "the route would run every night until the autumn storms"
    dialog.close()


def test_an_unreadable_manuscript_is_named_in_the_dialog(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    dialog = VerifyDialog(Controller(library))
    qtbot.addWidget(dialog)
    assert dialog.load(tmp_path / "missing.tex") is None
    assert "missing.tex" in dialog.summary.text()
    assert dialog.table.rowCount() == 0
