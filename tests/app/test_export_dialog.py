"""The export dialog writes real files from a real library, remembers the
last choice, and never replaces a file without asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.dialogs.export import ExportDialog
from quotemark.app.main_window import MainWindow
from quotemark.library.model import Position, Span
from quotemark.library.operations import AddToCollection, CreateCollection
from quotemark.library.service import Library
from tests.app.test_main_window_support import (
    ferry_and_garden,
    show,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = ferry_and_garden(tmp_path)
    ferry = next(p for p in lib.posts() if p.title.startswith("The Harbour"))
    text = lib.post(ferry.id).blocks[1].text
    lib.clip(ferry.id, Span(Position(1, 0), Position(1, len(text)), text), tags=["boats"])
    yield lib
    lib.close()


def make(qtbot: QtBot, library: Library, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(Controller(library), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_biblatex_export_writes_every_post_and_clip(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    dialog = make(qtbot, library)
    target = tmp_path / "out" / "refs.bib"
    target.parent.mkdir()
    dialog.set_format("biblatex")
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = target.read_text(encoding="utf-8")
    assert "Harbour" in text
    assert "Allotment" in text
    assert text.count("crossref = {") == 1  # the clip's entry points at its post
    assert blocker.args == [str(target), 3]


def test_posts_only_and_a_tag_scope(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    dialog = make(qtbot, library, confirm_overwrite=lambda _p: True)
    target = tmp_path / "tagged.bib"
    dialog.set_format("bibtex")
    dialog.set_scope("tag", "boats")
    dialog.path_edit.setText(str(target))
    assert dialog.export()
    text = target.read_text(encoding="utf-8")
    assert "Harbour" in text
    assert "Allotment" not in text
    dialog.posts_only.setChecked(True)
    assert dialog.export()
    assert "crossref = {" not in target.read_text(encoding="utf-8")


def test_the_last_choice_is_remembered(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    first = make(qtbot, library)
    first.set_format("ris")
    first.posts_only.setChecked(True)
    first.path_edit.setText(str(tmp_path / "mine.ris"))
    assert first.export()
    second = make(qtbot, library)
    assert second.fmt() == "ris"
    assert second.posts_only.isChecked()
    assert second.path() == tmp_path / "mine.ris"
    second.set_format("csl-json")
    assert second.path() == tmp_path / "mine.json"  # the extension follows the format


def test_an_existing_file_is_replaced_only_when_the_user_agrees(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    target = tmp_path / "refs.bib"
    target.write_text("% my hand-made bibliography\n", encoding="utf-8")
    answers: list[Path] = []
    refuse = make(qtbot, library, confirm_overwrite=lambda p: answers.append(p) or False)
    refuse.path_edit.setText(str(target))
    assert not refuse.export()
    assert answers == [target]
    assert target.read_text(encoding="utf-8") == "% my hand-made bibliography\n"
    agree = make(qtbot, library, confirm_overwrite=lambda _p: True)
    agree.path_edit.setText(str(target))
    assert agree.export()
    assert "@online" in target.read_text(encoding="utf-8")


def test_an_unwritable_place_gets_a_clear_message(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    dialog = make(qtbot, library)
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "refs.bib"))
    assert not dialog.export()
    assert not dialog.message.isHidden()
    assert dialog.message.text()
    dialog.path_edit.setText(str(tmp_path))
    assert not dialog.export()
    assert "folder" in dialog.message.text()


def scope_choice(dialog: ExportDialog, data: str) -> tuple[str, bool]:
    """The scope box's choice for ``data``: its text and whether it can be chosen."""
    index = dialog.scope_box.findData(data)
    assert index >= 0
    item = dialog.scope_box.model().index(index, 0)
    return str(item.data()), bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


def test_the_selection_scope_needs_a_selection(qtbot: QtBot, library: Library) -> None:
    # The scope is a combo box now (it was radio buttons): the selection is
    # listed but greyed until posts or clips are selected.
    assert not scope_choice(make(qtbot, library), "selection")[1]
    garden = next(p.id for p in library.posts() if p.title.startswith("Allotment"))
    dialog = make(qtbot, library, post_ids=[garden])
    text, enabled = scope_choice(dialog, "selection")
    assert enabled
    assert "1 selected post" in text


def test_ctrl_e_in_the_window_exports_the_selected_post(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = show(qtbot, MainWindow(Controller(library)))
    garden = next(p.id for p in library.posts() if p.title.startswith("Allotment"))
    window.open_post(garden)
    window.library_pane.select_post(garden)
    window.registry["file.export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    target = tmp_path / "selected.bib"
    dialog.set_scope("selection")
    dialog.path_edit.setText(str(target))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = target.read_text(encoding="utf-8")
    assert "Allotment" in text
    assert "Harbour" not in text
    assert "Exported 1 entry" in window.statusBar().currentMessage()
    # Exporting again to the same file asks first (the real question box).
    asked: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.windowTitle())
            box.button(QMessageBox.StandardButton.Cancel).click()

    window.registry["file.export"].trigger()
    again = [d for d in window.findChildren(ExportDialog) if d.isVisible()][-1]
    again.path_edit.setText(str(target))
    QTimer.singleShot(150, cancel)
    assert not again.export()
    assert asked == ["Replace File?"]


def test_alt_o_and_alt_f_reach_the_format_and_the_file(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    dialog = make(qtbot, library)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog, Qt.Key.Key_F, alt)
    assert QApplication.focusWidget() is dialog.path_edit
    assert dialog.path_edit.selectedText() == dialog.path_edit.text()  # typing replaces it
    qtbot.keyClick(dialog, Qt.Key.Key_O, alt)
    assert QApplication.focusWidget() is dialog.format_box
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_C)  # CSL-JSON, by its first letter
    assert dialog.fmt() == "csl-json"
    target = tmp_path / "by-keys.json"
    qtbot.keyClick(dialog, Qt.Key.Key_F, alt)
    qtbot.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.exported):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Export is the default button
    assert "The Harbour Ferry Sails at Night Again" in target.read_text(encoding="utf-8")


def test_a_collection_is_chosen_as_the_scope_by_keyboard_and_exported(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    garden = next(p.id for p in library.posts() if p.title.startswith("Allotment"))
    plots = library.run(CreateCollection("Plots")).value
    library.run(AddToCollection(plots, (garden,)))
    dialog = make(qtbot, library)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    assert dialog.scope_box.accessibleName() == "Export scope"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.scope_box
    # Down from the whole library passes the greyed selection (none here).
    qtbot.keyClick(dialog.scope_box, Qt.Key.Key_Down)
    assert dialog.scope_name() == "tag"
    assert dialog.tag_box.isVisible()
    qtbot.keyClick(dialog.scope_box, Qt.Key.Key_Down)
    assert dialog.scope_box.currentText() == "Collection: Plots"
    assert not dialog.tag_box.isVisible()
    assert not dialog.keep_current_box.isEnabled()  # exported once, not kept current
    target = tmp_path / "plots.bib"
    dialog.set_format("bibtex")
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported) as blocker:
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    text = target.read_text(encoding="utf-8")
    assert "Allotment" in text
    assert "Harbour" not in text
    assert blocker.args == [str(target), 1]
    # The next export starts from the same collection.
    assert make(qtbot, library).scope_box.currentText() == "Collection: Plots"


def test_export_collection_in_the_window_opens_the_dialog_on_it(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    ferry = next(p.id for p in library.posts() if p.title.startswith("The Harbour"))
    boats = library.run(CreateCollection("Boats")).value
    library.run(AddToCollection(boats, (ferry,)))
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.library_pane.collections.choose(boats)
    window.registry["collection.export"].trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert dialog.scope_box.currentText() == "Collection: Boats"
    target = tmp_path / "boats.ris"
    dialog.set_format("ris")
    dialog.path_edit.setText(str(target))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = target.read_text(encoding="utf-8")
    assert "Harbour" in text
    assert "Allotment" not in text
    assert "Exported 2 entries" in window.statusBar().currentMessage()  # the post and its clip


def test_an_empty_collection_is_not_exported_as_an_empty_file(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    empty = library.run(CreateCollection("Later")).value
    dialog = make(qtbot, library, collection_id=empty)
    assert dialog.scope_name() == "collection"
    target = tmp_path / "later.bib"
    dialog.path_edit.setText(str(target))
    assert not dialog.export()
    assert "no posts yet" in dialog.message.text()
    assert not target.exists()
