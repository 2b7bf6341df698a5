"""Export > "Keep this file current": the chosen file is rewritten in the
background when the library changes (here: a clip made in the window), and
the choice resumes in the next window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.live_export import LiveChoice
from quotemark.app.main_window import MainWindow
from quotemark.library.model import Position, Span
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def test_a_kept_file_follows_a_new_clip_and_resumes_in_the_next_window(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = show(qtbot, MainWindow(Controller(library)))
    dialog = window.dialogs.make_export_dialog()
    qtbot.addWidget(dialog)
    target = tmp_path / "refs.bib"
    dialog.set_format("biblatex")
    dialog.set_scope("all")
    dialog.path_edit.setText(str(target))
    dialog.keep_current_box.setChecked(True)
    with qtbot.waitSignal(dialog.keep_current) as blocker:
        assert dialog.export()
    assert blocker.args == [LiveChoice(target, "biblatex", None, False)]
    assert window.live_export.is_active()
    ferry = next(p for p in library.posts() if p.title.startswith("The Harbour"))
    text = library.post(ferry.id).blocks[1].text
    clip, _ = library.clip(ferry.id, Span(Position(1, 0), Position(1, len(text)), text))
    with qtbot.waitSignal(window.live_export.written, timeout=15_000):
        pass
    written = target.read_text(encoding="utf-8")
    assert f"@online{{{clip.key}:clip," in written
    assert "Kept" in window.statusBar().currentMessage()
    window.close()

    again = show(qtbot, MainWindow(Controller(library)))
    assert again.live_export.is_active()
    assert again.live_export.choice == LiveChoice(target, "biblatex", None, False)
    reopened = again.dialogs.make_export_dialog()
    qtbot.addWidget(reopened)
    assert str(target) in reopened.live_label.text()
    again.live_export.stop(forget=True)
    again.close()


def test_a_selection_is_not_kept_current(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    ferry = next(p for p in library.posts() if p.title.startswith("The Harbour"))
    window = show(qtbot, MainWindow(Controller(library)))
    window.library_pane.select_post(ferry.id)
    dialog = window.dialogs.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.set_scope("selection")
    dialog.path_edit.setText(str(tmp_path / "some.bib"))
    dialog.keep_current_box.setChecked(True)
    assert dialog.export()
    assert not window.live_export.is_active()
    window.close()
