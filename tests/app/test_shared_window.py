"""The window on a shared library on PostgreSQL (the test session's own
server): importing, reading, clipping, searching, exporting and undoing as
on a file; a colleague's clip appearing in the open window; File > Open
Shared Library remembering the address without its password and leaving
the own library alone when the address does not work."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app import settings
from quotemark.app.controller import Controller
from quotemark.app.dialogs.open_shared import SHARED_URL, OpenSharedDialog
from quotemark.app.gui import STARTUP_PROBE
from quotemark.app.main_window import MainWindow
from quotemark.app.single_instance import server_name
from quotemark.library import paths
from quotemark.library.model import Position, Span
from quotemark.library.operations import EditClip, EditMetadata
from quotemark.library.service import Library
from tests import pg_server as pg_server_module
from tests.app.test_main_window_support import (
    FERRY,
    FERRY_POST,
    GARDEN,
    GARDEN_POST,
    import_and_wait,
    open_ferry,
    show,
    write_post,
)


def run_python(arguments: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """This Python run with ``arguments`` in ``env``, its output kept as text."""
    return subprocess.run(
        [sys.executable, *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def shared_window(qtbot: QtBot, pg_url: str) -> Iterator[MainWindow]:
    """The window opened on a new shared library, as ``quotemark --library
    URL`` opens it."""
    controller = Controller.open(pg_url)
    window = show(qtbot, MainWindow(controller))
    yield window
    window.close()
    controller.stop_work()
    controller.close()


def test_the_window_works_on_a_shared_library(
    qtbot: QtBot, shared_window: MainWindow, pg_url: str, tmp_path: Path
) -> None:
    window = shared_window
    assert window.controller.is_shared
    assert not window.registry["file.restore_backup"].isEnabled()
    open_ferry(qtbot, window, tmp_path)  # the import worker's own connection
    garden = write_post(tmp_path, "garden.txt", GARDEN_POST)
    import_and_wait(qtbot, window, [garden], open_first=False)
    post = window.current_post()
    assert post is not None
    assert post.metadata.title == FERRY
    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "“We w"))
    window.controller.edit_clip(clip.id, note="the harbour master")
    qtbot.waitUntil(lambda: len(window.clips_panel.model.clips()) == 1)
    assert window.counts_label.text() == "2 posts · 1 clip"
    pane = window.library_pane
    pane.search_box.setText("allotment")
    pane.refresh()
    assert [pane.model.summary(r).title for r in range(pane.model.rowCount())] == [GARDEN]
    exported = tmp_path / "clips.bib"
    assert window.controller.export_to_file(exported, "bibtex") == 3  # two posts, one clip
    assert "the harbour master" in exported.read_text(encoding="utf-8")
    # Undo of one's own changes: the note, then the clip.
    window.undo()
    assert window.controller.get_clip(clip.id).note == ""
    window.undo()
    qtbot.waitUntil(lambda: window.clips_panel.model.clips() == [])
    with Library.open(pg_url) as colleague:
        assert colleague.counts() == (2, 0)
    assert not paths.library_file().exists()  # the own library never opened


@pytest.fixture
def listening_window(qtbot: QtBot, pg_url: str) -> Iterator[MainWindow]:
    """The window on a shared library with a minute between polls: what
    arrives sooner came by LISTEN/NOTIFY."""
    controller = Controller(Library.open(pg_url), poll_ms=60_000, location=pg_url)
    window = show(qtbot, MainWindow(controller))
    yield window
    window.close()
    controller.close()


def test_a_colleagues_clip_appears_in_the_open_window(
    qtbot: QtBot, listening_window: MainWindow, pg_url: str, tmp_path: Path
) -> None:
    window = listening_window
    open_ferry(qtbot, window, tmp_path)
    post = window.current_post()
    assert post is not None
    editor = window.reader.editor()
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum() // 2)
    scrolled = editor.verticalScrollBar().value()
    with Library.open(pg_url) as colleague:
        colleague.clip(post.id, Span(Position(3, 0), Position(3, 8), "The mini"), tags=["desk"])
    qtbot.waitUntil(lambda: len(window.clips_panel.model.clips()) == 1, timeout=10_000)
    assert len(window.reader.clips()) == 1
    assert window.counts_label.text() == "1 post · 1 clip"
    current = window.current_post()
    assert current is not None
    assert current.id == post.id
    assert editor.verticalScrollBar().value() == scrolled


def test_a_shared_library_that_does_not_open_leaves_the_own_one_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.controller.counts()
    dialog = OpenSharedDialog(window)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(f"postgresql://reader:s3cret@/desk?host={tmp_path}")
    opened: list[str] = []
    dialog.opened.connect(opened.append)
    dialog.accept()
    assert opened == []
    assert dialog.error_label.isVisibleTo(dialog)
    message = dialog.error_label.text()
    assert "no PostgreSQL server answers there" in message
    assert "postgresql://reader@/desk" in message
    assert "s3cret" not in message
    assert settings.get_str(SHARED_URL) == ""
    dialog.url_edit.setText("/home/me/library.sqlite3")
    dialog.accept()
    assert "starts with postgresql://" in dialog.error_label.text()
    assert opened == []
    assert window.controller.counts() == before
    assert not window.controller.is_shared


def test_open_shared_library_remembers_the_address_without_the_password(
    qtbot: QtBot, pg_server: pg_server_module.Server, pg_url: str, tmp_path: Path
) -> None:
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    with pg_server.password_role("letmein", owns=dbname) as role:
        url = f"postgresql://{role}:letmein@/{dbname}?host={pg_server.socket_dir}"
        dialog = OpenSharedDialog()
        qtbot.addWidget(dialog)
        dialog.url_edit.setText(url)
        with qtbot.waitSignal(dialog.opened) as blocker:
            dialog.accept()
        assert blocker.args == [url]
        remembered = settings.get_str(SHARED_URL)
        assert remembered == f"postgresql://{role}@/{dbname}?host={pg_server.socket_dir}"
        ini = paths.config_dir() / settings.SETTINGS_FILE
        assert "letmein" not in ini.read_text(encoding="utf-8")
        assert OpenSharedDialog().url_edit.text() == remembered  # offered next time
        # A window started on the remembered address: the password reaches
        # it only in its environment (libpq's PGPASSWORD), and it opens the
        # shared library (the startup probe makes it report and quit).
        env = {**os.environ, "PGPASSWORD": "letmein", STARTUP_PROBE: "1"}
        env.pop("PGPASSFILE", None)
        done = run_python(["-m", "quotemark.app", "--library", remembered], env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("shown ")
        assert done.stdout.split()[-2:] == ["posts", "0"]
        assert not paths.library_file().exists()


def test_the_single_instance_key_names_the_library_without_the_password() -> None:
    first = server_name("postgresql://ann:one@db.example.org/desk")
    assert first == server_name("postgresql://ann:two@db.example.org/desk")
    assert first != server_name("postgresql://ann@db.example.org/other")
    assert first != server_name(Path("/tmp/desk"))


def test_a_note_a_colleague_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, listening_window: MainWindow, pg_url: str, tmp_path: Path
) -> None:
    window = listening_window
    open_ferry(qtbot, window, tmp_path)
    post = window.current_post()
    assert post is not None
    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "“We w"))
    panel = window.clips_panel
    qtbot.waitUntil(lambda: len(panel.model.clips()) == 1)
    panel.select_clip(clip.id)
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "mine")
    with Library.open(pg_url) as colleague:
        colleague.run(EditClip(clip.id, note="theirs", was_note=""))
    qtbot.waitUntil(lambda: panel.model.clips()[0].note == "theirs", timeout=10_000)
    assert panel.note_edit.text() == "mine"  # the typing is still there
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    assert panel.message.isVisibleTo(panel)
    assert "“theirs”" in panel.message.text()
    assert "not saved" in panel.message.text()
    assert window.controller.get_clip(clip.id).note == "theirs"
    assert panel.note_edit.text() == "mine"
    # Saving again, having seen theirs, is a deliberate choice: it is saved.
    panel.note_edit.setFocus()
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    assert window.controller.get_clip(clip.id).note == "mine"


def test_a_title_a_colleague_corrected_meanwhile_is_not_overwritten(
    qtbot: QtBot, listening_window: MainWindow, pg_url: str, tmp_path: Path
) -> None:
    window = listening_window
    open_ferry(qtbot, window, tmp_path)
    post = window.current_post()
    assert post is not None
    window.registry["view.post_info"].trigger()
    panel = window.info_panel
    title = panel.fields["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "My Ferry Title")
    with Library.open(pg_url) as colleague:
        colleague.run(EditMetadata(post.id, (("title", "Their Ferry Title"),)))
    # The window hears of it (by NOTIFY): the list shows their title ...
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.model.summary(0).title == "Their Ferry Title", timeout=10_000)
    assert title.text() == "My Ferry Title"  # ... and the typing stays
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert "“Their Ferry Title”" in panel.message.text()
    assert window.controller.post_summary(post.id).title == "Their Ferry Title"
    assert title.text() == "My Ferry Title"


def test_the_shown_window_readies_its_connection_for_a_clip_with_reads_only(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    with Library.open(pg_url) as lib:
        report = lib.import_paths([write_post(tmp_path, "garden.txt", GARDEN_POST)])
        post_id = report.results[0].post_id
        assert post_id is not None
    controller = Controller.open(pg_url)
    backend = controller._library._conn.raw.info.backend_pid  # type: ignore[attr-defined]
    with psycopg.connect(pg_url, autocommit=True) as other:

        def idle() -> bool:
            row = other.execute(
                "SELECT state FROM pg_stat_activity WHERE pid = %s", (backend,)
            ).fetchone()
            return row == ("idle",)

        def keys_read() -> int:
            # A clip's key check reads retired_keys (as an import does);
            # opening and showing the window otherwise does not. The server
            # publishes a backend's counts when it goes idle, within ~10 s.
            row = other.execute(
                "SELECT seq_scan + coalesce(idx_scan, 0) FROM pg_stat_user_tables"
                " WHERE relname = 'retired_keys'"
            ).fetchone()
            assert row is not None
            return int(row[0])

        qtbot.waitUntil(lambda: keys_read() > 0, timeout=15_000)  # the import's
        read_before = keys_read()
        logged = other.execute("SELECT max(seq) FROM change_log").fetchone()
        window = show(qtbot, MainWindow(controller))
        try:
            # Once shown, the window's connection plans a clip's statements.
            qtbot.waitUntil(lambda: keys_read() > read_before, timeout=15_000)
            assert idle()  # no transaction left open
            assert other.execute("SELECT max(seq) FROM change_log").fetchone() == logged
            assert other.execute("SELECT sum(clip_count) FROM posts").fetchone() == (0,)
            # and the user's first clip is taken as ever.
            span = controller.find_span(post_id, text="allotment society")
            clip = controller.clip(post_id, span)
            assert controller.get_clip(clip.id).text == "allotment society"
            assert other.execute("SELECT sum(clip_count) FROM posts").fetchone() == (1,)
        finally:
            window.close()
            controller.stop_work()
            controller.close()


def test_a_colleagues_clip_while_the_window_opens_still_arrives(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    with Library.open(pg_url) as lib:
        report = lib.import_paths([write_post(tmp_path, "garden.txt", GARDEN_POST)])
        post_id = report.results[0].post_id
        assert post_id is not None
    # A minute between polls: what arrives sooner came by LISTEN/NOTIFY or
    # by the look the window takes when it starts listening.
    controller = Controller(Library.open(pg_url), poll_ms=60_000, location=pg_url)
    window = MainWindow(controller)
    with Library.open(pg_url) as colleague:  # before the window has shown
        colleague.clip(post_id, colleague.find_span(post_id, text="allotment society"))
    show(qtbot, window)
    try:
        qtbot.waitUntil(lambda: window.counts_label.text() == "1 post · 1 clip", timeout=10_000)
        with Library.open(pg_url) as colleague:  # and once it listens
            colleague.clip(post_id, colleague.find_span(post_id, text="waiting list"))
        qtbot.waitUntil(lambda: window.counts_label.text() == "1 post · 2 clips", timeout=10_000)
    finally:
        window.close()
        controller.close()


def _backends(server: pg_server_module.Server, url: str) -> int:
    """Connections the server has open to the database of ``url``."""
    name = url.split("///", 1)[1].split("?", 1)[0]
    with psycopg.connect(server.conninfo(), autocommit=True) as admin:
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = %s AND backend_type = 'client backend'",
            (name,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_shared_window_reads_through_libpq_until_its_first_paint_then_clips(
    qtbot: QtBot, pg_url: str, pg_server: pg_server_module.Server, tmp_path: Path
) -> None:
    # The window's start on an existing shared library: its first screen read
    # through libpq (one connection, no psycopg), listening and psycopg's
    # connection made once it has been painted; then everything works.
    with Library.open(pg_url) as lib:
        lib.import_paths([
            write_post(tmp_path, "ferry.txt", FERRY_POST),
            write_post(tmp_path, "garden.txt", GARDEN_POST),
        ])  # fmt: skip
    controller = Controller.open(pg_url)
    window = MainWindow(controller)
    try:
        pane = window.library_pane
        assert pane.post_count() == 2
        assert _backends(pg_server, pg_url) == 1  # the start's own, through libpq
        assert not window.first_paint.painted
        show(qtbot, window)
        qtbot.waitUntil(lambda: window.first_paint.painted)
        # The listening connection and psycopg's (the libpq one closed).
        qtbot.waitUntil(lambda: _backends(pg_server, pg_url) == 2, timeout=10_000)
        titles = {pane.model.summary(r).title for r in range(pane.model.rowCount())}
        assert titles == {FERRY, GARDEN}
        ferry = next(
            pane.model.summary(r) for r in range(2) if pane.model.summary(r).title == FERRY
        )
        window.controller.clip(ferry.id, Span(Position(2, 0), Position(2, 5), "“We w"))
        qtbot.waitUntil(lambda: window.counts_label.text() == "2 posts · 1 clip")
        with Library.open(pg_url) as colleague:
            assert [c.post_id for c in colleague.clips()] == [ferry.id]
            colleague.clip(ferry.id, Span(Position(2, 0), Position(2, 5), "“We w"), note="mine")
        # Heard through the listening connection.
        qtbot.waitUntil(lambda: window.counts_label.text() == "2 posts · 2 clips", timeout=10_000)
    finally:
        window.close()
        controller.stop_work()
        controller.close()


_SHOWN_WITHOUT_PSYCOPG = """
import builtins, sys
say = builtins.print
def probe(*args, **kwargs):
    if args and str(args[0]).startswith("shown "):
        say("psycopg loaded:", "psycopg" in sys.modules, flush=True)
    say(*args, **kwargs)
builtins.print = probe
from quotemark.app.cli import main
sys.argv = ["quotemark", "--library", sys.argv[1]]
sys.exit(main())
"""


def test_the_window_on_a_shared_library_is_shown_without_psycopg(
    pg_url: str, tmp_path: Path
) -> None:
    # psycopg's import (~0.15 s of CPU) comes after the window is shown.
    with Library.open(pg_url) as lib:
        lib.import_paths([write_post(tmp_path, "ferry.txt", FERRY_POST)])
    env = {**os.environ, STARTUP_PROBE: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = run_python(["-c", _SHOWN_WITHOUT_PSYCOPG, pg_url], env)
    assert done.returncode == 0, done.stderr
    first, shown = done.stdout.splitlines()[:2]
    assert first == "psycopg loaded: False"
    assert shown.startswith("shown ")
    assert shown.split()[-2:] == ["posts", "1"]
