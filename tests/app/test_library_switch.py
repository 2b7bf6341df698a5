"""The window switching libraries (issue 14): File > Open Shared Library
opens the shared library in this window, after saving what is being typed;
File > Recent Libraries lists the libraries used, without passwords; File >
Open Local Library goes back; the next start opens the library used last.
A shared library that does not open (no server, a refused login, a newer
schema) leaves the window's library open and untouched. Against the test
session's own PostgreSQL server."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app import library_choice, settings
from quotemark.app.controller import Controller
from quotemark.app.dialogs.open_shared import OpenSharedDialog
from quotemark.app.gui import STARTUP_PROBE
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.model import Position, Span
from quotemark.library.operations import EditClip
from quotemark.library.service import Library
from tests import pg_server as pg_server_module
from tests.app.test_main_window_support import (
    FERRY,
    GARDEN,
    GARDEN_POST,
    open_ferry,
    show,
    write_post,
)
from tests.conftest import ROOT

pytestmark = pytest.mark.gui


@pytest.fixture
def own_window(qtbot: QtBot, quotemark_home: Path) -> Iterator[MainWindow]:
    """The window on the user's own library file, as a plain start opens it."""
    controller = Controller.open(paths.library_file())
    window = show(qtbot, MainWindow(controller))
    yield window
    window.close()
    controller.stop_work()
    controller.close()


@pytest.fixture
def garden_url(pg_url: str, tmp_path: Path) -> str:
    """A shared library holding the garden post."""
    with Library.open(pg_url) as shared:
        shared.import_paths([write_post(tmp_path, "shared-garden.txt", GARDEN_POST)])
    return pg_url


def open_in_dialog(qtbot: QtBot, window: MainWindow, url: str) -> OpenSharedDialog:
    dialog = window.library_switch.show_open_shared_dialog()
    assert dialog is not None
    dialog.url_edit.setText(url)
    dialog.accept()
    return dialog


def titles(window: MainWindow) -> list[str]:
    model = window.library_pane.model
    return [model.summary(row).title for row in range(model.rowCount())]


def test_open_shared_library_switches_this_window_and_back(
    qtbot: QtBot, own_window: MainWindow, garden_url: str, tmp_path: Path
) -> None:
    window = open_ferry(qtbot, own_window, tmp_path)
    post = window.current_post()
    assert post is not None
    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "The n"))
    panel = window.clips_panel
    qtbot.waitUntil(lambda: len(panel.model.clips()) == 1)
    window.side_tabs.setCurrentWidget(panel)
    panel.select_clip(clip.id)
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "ask the harbour master")  # typed, not yet saved
    windows_before = QApplication.topLevelWidgets()

    dialog = open_in_dialog(qtbot, window, garden_url)

    assert not dialog.isVisible()
    assert window.controller.is_shared
    assert not window.undo_stack.canUndo()  # the own library's steps stay behind
    assert window.current_post() is None
    assert titles(window) == [GARDEN]
    assert window.counts_label.text() == "1 post · 0 clips"
    assert panel.model.clips() == []
    dbname = garden_url.split("?")[0].rsplit("/", 1)[1]
    assert window.windowTitle() == f"{dbname} on this computer — Quotemark"
    assert window.library_label.text() == f"Shared library: {dbname} on this computer ·"
    assert not window.registry["file.restore_backup"].isEnabled()
    # No second window: this one changed library.
    assert not [w for w in QApplication.topLevelWidgets() if w not in windows_before and
                isinstance(w, MainWindow)]  # fmt: skip
    # The note typed before the switch was saved in the own library.
    with Library.open(paths.library_file()) as own:
        assert own.get_clip(clip.id).note == "ask the harbour master"
    assert settings.get_str(library_choice.LAST) == garden_url
    window.library_pane.select_post(window.library_pane.model.summary(0).id)
    assert window.open_post(window.library_pane.model.summary(0).id)
    assert window.windowTitle() == f"{GARDEN} — {dbname} on this computer — Quotemark"

    window.registry["file.open_local"].trigger()

    assert not window.controller.is_shared
    assert titles(window) == [FERRY]
    assert window.counts_label.text() == "1 post · 1 clip"
    assert window.registry["file.restore_backup"].isEnabled()
    # The post read last in this library opens again.
    current = window.current_post()
    assert current is not None
    assert current.id == post.id
    assert window.windowTitle() == f"{FERRY} — Quotemark"
    assert window.library_label.isHidden()
    assert settings.get_str(library_choice.LAST) == ""


def test_recent_libraries_lists_both_without_the_password_and_switches(
    qtbot: QtBot,
    own_window: MainWindow,
    pg_server: pg_server_module.Server,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = own_window
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    with pg_server.password_role("letmein", owns=dbname) as role:
        try:
            url = f"postgresql://{role}:letmein@/{dbname}?host={pg_server.socket_dir}"
            open_in_dialog(qtbot, window, url)
            assert window.controller.is_shared
            assert window.showing_welcome()  # a new, empty shared library
            window.registry["file.open_local"].trigger()
            assert not window.controller.is_shared

            menu = window.library_switch.recent_menu
            menu.aboutToShow.emit()
            entries = {a.text(): a for a in menu.actions()}
            shown = f"postgresql://{role}@/{dbname}?host={pg_server.socket_dir}"
            own_text = f"Your library ({paths.library_file()})"
            shared_text = f"{dbname} on this computer — {shown}"
            assert list(entries) == [own_text, shared_text]
            ini = paths.config_dir() / settings.SETTINGS_FILE
            assert "letmein" not in ini.read_text(encoding="utf-8")
            assert entries[own_text].isChecked()
            assert not entries[own_text].isEnabled()  # the library open now
            # Remembered without its password: libpq's PGPASSWORD gives it.
            monkeypatch.setenv("PGPASSWORD", "letmein")
            entries[shared_text].trigger()
            assert window.controller.is_shared
            assert window.controller.shown_location == shown
        finally:
            window.registry["file.open_local"].trigger()


def test_a_library_that_does_not_open_leaves_the_window_as_it_was(
    qtbot: QtBot,
    own_window: MainWindow,
    pg_server: pg_server_module.Server,
    pg_url: str,
    tmp_path: Path,
) -> None:
    window = open_ferry(qtbot, own_window, tmp_path)
    post = window.current_post()
    assert post is not None
    window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "The n"))
    title = window.windowTitle()
    # No server there; a refused login; a library of a newer Quotemark.
    with Library.open(pg_url):
        pass
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(pg_server.conninfo(dbname), autocommit=True) as conn:
        conn.execute("UPDATE quotemark_schema SET version = version + 1")
    failures = {
        f"postgresql://reader:s3cret@/desk?host={tmp_path}": "no PostgreSQL server answers there",
        f"postgresql://qm_nobody:s3cret@/{dbname}?host={pg_server.socket_dir}": "qm_nobody",
        pg_url: "newer",
    }
    for url, said in failures.items():
        dialog = open_in_dialog(qtbot, window, url)
        assert dialog.isVisible(), url  # stays for another try
        message = dialog.error_label.text()
        assert said in message, message
        assert "s3cret" not in message
        assert engine_shown(url) in message, message
        dialog.close()
        assert not window.controller.is_shared
        assert window.windowTitle() == title
        current = window.current_post()
        assert current is not None
        assert current.id == post.id
        assert window.undo_stack.canUndo()
        assert window.counts_label.text() == "1 post · 1 clip"
    assert settings.get_str(library_choice.LAST) == ""


def test_an_edit_that_cannot_be_saved_keeps_the_window_on_its_library(
    qtbot: QtBot, own_window: MainWindow, garden_url: str, tmp_path: Path
) -> None:
    window = open_ferry(qtbot, own_window, tmp_path)
    post = window.current_post()
    assert post is not None
    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "The n"))
    panel = window.clips_panel
    qtbot.waitUntil(lambda: len(panel.model.clips()) == 1)
    window.side_tabs.setCurrentWidget(panel)
    panel.select_clip(clip.id)
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "mine")
    # Meanwhile another Quotemark on the same library changed the note.
    with Library.open(paths.library_file()) as other:
        other.run(EditClip(clip.id, note="theirs", was_note=""))

    problem = window.library_switch.switch_to(garden_url)

    assert problem is not None
    assert "could not be saved" in problem
    assert not window.controller.is_shared
    assert panel.note_edit.text() == "mine"  # the typing is still there to deal with
    assert "“theirs”" in panel.message.text()
    # An import running: no switch either (it writes to this library).
    job = window.import_paths([write_post(tmp_path, "garden.txt", GARDEN_POST)])
    assert job is not None
    assert "let it finish" in (window.library_switch.switch_to(garden_url) or "")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        pass
    assert not window.controller.is_shared


def engine_shown(url: str) -> str:
    from quotemark.library.store.engine import shown_url

    return shown_url(url)


def _probe(*args: str, env: dict[str, str] | None = None) -> str:
    """``quotemark ARGS`` as a real process: what the window showed."""
    done = subprocess.run(
        [sys.executable, "-m", "quotemark.app", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE: "1", **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_next_start_opens_the_library_used_last(
    qtbot: QtBot, own_window: MainWindow, garden_url: str, tmp_path: Path
) -> None:
    window = open_ferry(qtbot, own_window, tmp_path)
    window.library_switch.switch_to(garden_url)
    assert window.controller.is_shared
    # Two posts would mean the own library; one is the shared one's garden.
    window.close()
    with Library.open(paths.library_file()) as own:
        own.import_paths([write_post(tmp_path, "garden.txt", GARDEN_POST)])
    assert _probe().split()[-2:] == ["posts", "1"]
    # --library and $QUOTEMARK_LIBRARY still say which.
    assert _probe("--library", str(paths.library_file())).split()[-2:] == ["posts", "2"]
    own_env = {library_choice.LIBRARY_VARIABLE: str(paths.library_file())}
    assert _probe(env=own_env).split()[-2:] == ["posts", "2"]
    # The library used last gone (no server answers): the own one opens.
    settings.set_value(library_choice.LAST, f"postgresql:///gone?host={tmp_path}")
    assert _probe().split()[-2:] == ["posts", "2"]


def test_the_window_opens_the_library_the_environment_names(
    garden_url: str, quotemark_home: Path
) -> None:
    out = _probe(env={library_choice.LIBRARY_VARIABLE: garden_url})
    assert out.split()[-2:] == ["posts", "1"]
    assert not paths.library_file().exists()  # the own library never opened


def test_the_environment_may_name_a_library_file(tmp_path: Path, quotemark_home: Path) -> None:
    project = tmp_path / "project.sqlite3"
    with Library.open(project) as library:
        library.import_paths([write_post(tmp_path, "garden.txt", GARDEN_POST)])
    out = _probe(env={library_choice.LIBRARY_VARIABLE: str(project)})
    assert out.split()[-2:] == ["posts", "1"]
    assert not paths.library_file().exists()


def test_the_whose_filter_follows_the_library_shown(
    qtbot: QtBot, own_window: MainWindow, garden_url: str
) -> None:
    # A colleague has clipped in the shared library; nobody but oneself in
    # the own one, where the Mine / Everyone's box has nothing to choose.
    with Library.open(garden_url) as colleague:
        colleague.set_display_name("Bob Colleague")
        post_id = colleague.posts()[0].id
        colleague.clip(post_id, colleague.find_span(post_id, paragraph=1))
    whose = own_window.clips_panel.whose_box
    assert whose.isHidden()
    assert own_window.library_switch.switch_to(garden_url) is None
    assert own_window.controller.is_shared
    assert not whose.isHidden()
    assert own_window.library_switch.switch_to(str(paths.library_file())) is None
    assert whose.isHidden()
