"""An import that stops partway (stop 42, s42-ui2): the posts it committed
before it stopped are in the library (one transaction each) and the window
lists and counts them at once, on a file and on a shared library; nothing
already in the library is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.errors import LibraryFull
from quotemark.library.operations import imports
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _post(place: str, week: int) -> str:
    return (
        f"The {place} in Week {week}\n\nMarch {week}, 2026\n\n"
        f"“The {place.lower()} matters to the town,” said Ada Lind, the harbour board's chair.\n\n"
        f"Tom Hale said the {place.lower()} would open again in May.\n"
    )


@pytest.fixture(params=["file", "shared"])
def window(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[MainWindow]:
    """The window on a library holding one post (the pier's), on a file or
    on the test session's PostgreSQL."""
    location: Path | str = paths.library_file()
    if request.param == "shared":
        location = request.getfixturevalue("pg_url")
    with Library.open(location) as library:
        library.import_paths([_write(paths.library_file().parent, "pier.txt", "Pier", 1)])
    controller = Controller.open(location)
    shown = show(qtbot, MainWindow(controller))
    shown.setProperty("test_location", str(location))
    yield shown
    shown.close()
    controller.stop_work()
    controller.close()


def _write(folder: Path, name: str, place: str, week: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(_post(place, week), encoding="utf-8")
    return path


def _fail_at_third(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up before the third file is stored: the import stops
    there (a LibraryFull out of the operation), the first two committed."""
    stored = imports.store_processed
    calls = [0]

    def store(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 3:
            raise LibraryFull("The disk holding the library is full: free some space.")
        return stored(*args, **kwargs)

    monkeypatch.setattr(imports, "store_processed", store)


def _listed(window: MainWindow) -> list[str]:
    pane = window.library_pane
    return sorted(str(pane.model.index(row, 0).data()) for row in range(pane.post_count()))


def test_an_import_that_stops_partway_lists_the_posts_it_committed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "week"
    for week, place in enumerate(("Ferry", "Harbour", "Lighthouse", "Old Pier"), start=2):
        _write(folder, f"{week}-{place.lower().replace(' ', '-')}.txt", place, week)
    assert _listed(window) == ["The Pier in Week 1"]
    assert window.counts_label.text() == "1 post · 0 clips"
    _fail_at_third(monkeypatch)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    with qtbot.waitSignal(window.controller.import_failed, timeout=30_000):
        window.import_paths([folder])
    assert len(boxes) == 1
    assert "disk holding the library is full" in boxes[0]
    # The two posts stored before the disk filled are listed and counted
    # (they were in the library, unlisted until something else reloaded).
    want = ["The Ferry in Week 2", "The Harbour in Week 3", "The Pier in Week 1"]
    with Library.open(window.property("test_location")) as library:
        assert sorted(p.title for p in library.posts()) == want
    assert _listed(window) == want
    assert window.counts_label.text() == "3 posts · 0 clips"
    # The window can import again: the rest come in once the disk has room.
    monkeypatch.undo()
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([folder], open_first=False)
    assert len(_listed(window)) == 5
    assert window.counts_label.text() == "5 posts · 0 clips"


def test_an_import_that_fails_before_storing_anything_changes_nothing_listed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing committed: nothing new listed, the posts there still listed.
    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise LibraryFull("The disk holding the library is full: free some space.")

    monkeypatch.setattr(imports, "store_processed", full)
    monkeypatch.setattr(QMessageBox, "open", lambda box: None)
    with qtbot.waitSignal(window.controller.import_failed, timeout=30_000):
        window.import_paths([_write(tmp_path, "ferry.txt", "Ferry", 2)])
    assert _listed(window) == ["The Pier in Week 1"]
    assert window.counts_label.text() == "1 post · 0 clips"
