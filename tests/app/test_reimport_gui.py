"""A page saved again after it changed replaces the stored post when the
researcher says so (stop 39, s39-reimport), from each entry point: the
import report's button (one file, and all), the status line's offer, and
File > Re-import from file… (also in the post list's right-click menu).
Each keeps the clips (one whose passage went is listed as such) and is one
step Ctrl+Z undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from quotemark.app.dialogs.import_report import ImportReportDialog
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.library.service import ImportStatus, Library
from tests.app.test_accessibility import nameless
from tests.app.test_main_window_support import import_and_wait, press
from tests.library.test_store_pages import PARAGRAPHS, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

URL = "https://harbour.example/night-ferry"
NEW_FIRST = "Tom Hale said the pier reopens on Monday."


def _first(folder: Path, url: str = URL, name: str = "ferry.html") -> Path:
    return write_post(folder, name, "The Night Ferry", url=url)


def _newer(folder: Path, url: str = URL, name: str = "ferry.html") -> Path:
    # Saved later: a paragraph added at the top, the last one ("winter
    # timetable") gone.
    return write_post(
        folder, name, "The Night Ferry", url=url, paragraphs=[NEW_FIRST, *PARAGRAPHS[:3]]
    )


def _clipped(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> tuple[int, int, int]:
    """The first save imported through the window and open, with a clip
    that survives the new copy and one whose passage goes."""
    report = import_and_wait(qtbot, window, [_first(tmp_path / "v1")])
    post_id = report.results[0].post_id
    assert post_id is not None
    qtbot.waitUntil(lambda: window.current_post() is not None)
    controller = window.controller
    kept = controller.clip(post_id, controller.find_span(post_id, text="ticket office sold"))
    gone = controller.clip(post_id, controller.find_span(post_id, text="winter timetable"))
    return post_id, kept.id, gone.id


def _replaced(qtbot: QtBot, window: MainWindow, post_id: int, gone: int) -> None:
    """What the researcher sees once the post was replaced."""
    qtbot.waitUntil(lambda: window.reimports.job() is None, timeout=30_000)
    post = window.current_post()
    assert post is not None
    assert post.id == post_id
    assert post.blocks[0].text == NEW_FIRST  # the open view refreshed
    message = window.statusBar().currentMessage()
    assert "Replaced “The Night Ferry” with ferry.html." in message
    assert "1 clip's passage is no longer in the post" in message
    model = window.clips_panel.model
    rows = {
        model.clip(r).id: model.index(r, 0).data(SECONDARY_ROLE) for r in range(model.rowCount())
    }
    assert rows[gone].startswith("Passage no longer in the post")  # listed, not deleted
    assert "no longer" not in " ".join(v for k, v in rows.items() if k != gone)
    # The reader marks the clip that stayed, not the old place of the one that went.
    assert [c.id for c in window.reader.clips() if not c.lost] == [k for k in rows if k != gone]
    assert len(window.reader._clip_marks) == 1
    # Chosen in the Clips tab, the lost clip says why the reader shows nothing.
    window.links.show_clip(window.controller.get_clip(gone))
    assert "is no longer in the post" in window.statusBar().currentMessage()
    assert not window.reader.editor().textCursor().hasSelection()


def _undone(qtbot: QtBot, window: MainWindow, library: Library, post_id: int, gone: int) -> None:
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(
        lambda: window.reader.hasFocus() or window.reader.isAncestorOf(QApplication.focusWidget())
    )
    press(qtbot, "Ctrl+Z")
    qtbot.waitUntil(lambda: window.current_post().blocks[0].text != NEW_FIRST)  # type: ignore[union-attr]
    assert library.lost_clips() == set()
    assert library.get_clip(gone).text == "winter timetable"
    assert window.statusBar().currentMessage().startswith("Undone: Replace 1 post")


def test_the_import_report_offers_to_replace_and_ctrl_z_puts_it_back(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    post_id, _kept, gone = _clipped(qtbot, window, tmp_path)
    report = import_and_wait(qtbot, window, [_newer(tmp_path / "v2")], open_first=False)
    assert [r.status for r in report.results] == [ImportStatus.DUPLICATE]
    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert "saved again with changed text (ferry.html; its stored post kept)" in (
        window.statusBar().currentMessage()
    )
    [button] = dialog.replace_buttons
    assert button.text() == "Replace with the new copy"
    assert dialog.replace_all_button is None  # one file: its own button is enough
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _replaced(qtbot, window, post_id, gone)
    assert button.text() == "Replaced"
    assert not button.isEnabled()
    dialog.close()
    _undone(qtbot, window, library, post_id, gone)


def test_the_status_line_offers_to_replace(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    post_id, _kept, gone = _clipped(qtbot, window, tmp_path)
    window.close_post()
    # As File > Import does: the post already there opens, and the offer stays.
    import_and_wait(qtbot, window, [_newer(tmp_path / "v2")])
    window.findChild(ImportReportDialog).close()  # type: ignore[union-attr]
    offer = window.reimports.offer_button
    assert offer.isVisible()
    assert offer.text() == "Replace with ferry.html"  # which file (stop 40)
    assert "ferry.html" in offer.toolTip()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    _replaced(qtbot, window, post_id, gone)
    assert not offer.isVisible()
    _undone(qtbot, window, library, post_id, gone)


def test_the_report_replaces_all_in_one_step(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    urls = [f"{URL}-{n}" for n in range(2)]
    first = [_first(tmp_path / "v1", u, f"ferry{n}.html") for n, u in enumerate(urls)]
    # Two different posts: their texts differ by a line of their own.
    for n, path in enumerate(first):
        path.write_text(path.read_text().replace("</article>", f"<p>Crossing {n}.</p></article>"))
    ids = [r.post_id for r in import_and_wait(qtbot, window, first, open_first=False).results]
    newer = [_newer(tmp_path / "v2", u, f"ferry{n}.html") for n, u in enumerate(urls)]
    for n, path in enumerate(newer):
        path.write_text(path.read_text().replace("</article>", f"<p>Crossing {n}.</p></article>"))
    import_and_wait(qtbot, window, newer, open_first=False)
    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    all_button = dialog.replace_all_button
    assert isinstance(all_button, QPushButton)
    assert all_button.text() == "Replace all with the new copies (2)"
    assert not nameless(dialog)  # a screen reader hears each button's file
    qtbot.mouseClick(all_button, Qt.MouseButton.LeftButton)
    # Progress and Cancel in the status bar while the posts are replaced.
    assert window.reimports.progress.isVisible()
    assert window.reimports.progress.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: window.reimports.job() is None, timeout=30_000)
    assert [b.text() for b in dialog.replace_buttons] == ["Replaced", "Replaced"]
    assert window.statusBar().currentMessage().startswith("Replaced 2 posts with their new copies.")
    assert all(library.post(i).blocks[0].text == NEW_FIRST for i in ids if i is not None)
    dialog.close()
    window.undo()  # one step for both
    assert all(library.post(i).blocks[0].text != NEW_FIRST for i in ids if i is not None)


def test_file_reimport_from_file_replaces_the_open_post(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post_id, _kept, gone = _clipped(qtbot, window, tmp_path)
    newer = _newer(tmp_path / "v2")
    asked: list[str] = []

    def choose(_parent: object, caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.extend([caption, start])
        return str(newer), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    action = window.registry["file.reimport_post"]
    assert action in window.library_pane.view.actions()  # the right-click menu too
    action.trigger()
    assert asked[0] == "Re-import “The Night Ferry” from a newer save"
    _replaced(qtbot, window, post_id, gone)
    _undone(qtbot, window, library, post_id, gone)


def test_a_file_that_is_not_a_post_is_named_and_the_post_left(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post_id, _kept, _gone = _clipped(qtbot, window, tmp_path)
    empty = tmp_path / "later.html"
    empty.write_bytes(b"")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(empty), ""))
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    window.registry["file.reimport_post"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    title, text = shown[0]
    assert title == "Some posts were left as they were"
    assert text.startswith(f"later.html: post {post_id} was left as it was: ")
    assert library.post(post_id).blocks[-1].text == PARAGRAPHS[-1]
    assert not window.undo_stack.canUndo() or "Replace" not in window.undo_stack.undoText()


def test_cancel_in_the_status_bar_stops_at_the_next_file(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    urls = [f"{URL}-{n}" for n in range(4)]
    first = [_first(tmp_path / "v1", u, f"ferry{n}.html") for n, u in enumerate(urls)]
    newer = [_newer(tmp_path / "v2", u, f"ferry{n}.html") for n, u in enumerate(urls)]
    for n, path in enumerate([*first, *newer]):
        path.write_text(
            path.read_text().replace("</article>", f"<p>Crossing {n % 4}.</p></article>")
        )
    ids = [r.post_id for r in import_and_wait(qtbot, window, first, open_first=False).results]
    assert None not in ids
    items = [(int(i or 0), p) for i, p in zip(ids, newer, strict=True)]
    assert window.reimports.replace(items)
    window.reimports.progress.cancel_button.click()  # before the worker reaches a file
    qtbot.waitUntil(lambda: window.reimports.job() is None, timeout=30_000)
    message = window.statusBar().currentMessage()
    assert "Cancelled: the remaining posts were left as they were." in message
    new = [i for i in ids if i is not None and library.post(i).blocks[0].text == NEW_FIRST]
    assert len(new) < len(ids)
    assert not message.startswith("Replaced 4 posts")
