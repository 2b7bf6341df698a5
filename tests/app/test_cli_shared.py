"""``quotemark --library postgresql://...``: the command's subcommands on a
shared library, run as real subprocesses against the test session's own
PostgreSQL server, with the user's own library left alone."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from quotemark.app.gui import STARTUP_PROBE
from quotemark.library.service import Library
from tests import pg_server as pg_server_module
from tests.app.test_cli import quotemark
from tests.conftest import ROOT
from tests.library.engines import run
from tests.library.test_store_pages import write_post

SAMPLE = ROOT / "resources" / "samples" / "night-ferry.html"


def test_the_subcommands_work_on_a_shared_library(
    pg_url: str, tmp_path: Path, quotemark_home: Path
) -> None:
    ferry = write_post(tmp_path / "saved", "ferry.html", "The Night Ferry Returns")
    done = quotemark("--library", pg_url, "import", ferry, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    post_id = int(done.stdout.split("\t")[0])
    listed = quotemark("--library", pg_url, "posts", "--json", home=quotemark_home)
    assert [json.loads(line)["title"] for line in listed.stdout.splitlines()] == [
        "The Night Ferry Returns"
    ]
    clip = quotemark(
        "--library", pg_url, "clip", str(post_id), "--paragraph", "1", "--tag", "harbour",
        home=quotemark_home,
    )  # fmt: skip
    assert clip.returncode == 0, clip.stderr
    clips = quotemark("--library", pg_url, "clips", "--json", home=quotemark_home)
    assert [json.loads(line)["tags"] for line in clips.stdout.splitlines()] == [["harbour"]]
    found = quotemark("--library", pg_url, "search", "ferry", home=quotemark_home)
    assert "Night Ferry" in found.stdout
    assert "[ferry]" in found.stdout
    edit = quotemark(
        "--library", pg_url, "edit", str(post_id), "--title", "The Ferry Is Back",
        home=quotemark_home,
    )  # fmt: skip
    assert edit.returncode == 0, edit.stderr
    corrections = quotemark("--library", pg_url, "corrections", "--json", home=quotemark_home)
    assert "The Ferry Is Back" in corrections.stdout
    exported = quotemark("--library", pg_url, "export", "--format", "bibtex", home=quotemark_home)
    assert exported.returncode == 0, exported.stderr
    assert "The Ferry Is Back" in exported.stdout
    for args in (
        ("sources", "--json"),
        ("collection", "add", "Reading/Box", str(post_id)),
        ("collection", "list", "Reading/Box"),
        ("tag", str(post_id), "islands"),
        ("note", str(post_id), "--text", "Ask the harbour master."),
        ("reextract", str(post_id)),
        ("check",),
        ("show", str(post_id), "--json"),
    ):
        done = quotemark("--library", pg_url, *args, home=quotemark_home)
        assert done.returncode == 0, (args, done.stderr)
    assert "The Ferry Is Back" in quotemark("--library", pg_url, "search", "harbour master",
                                            home=quotemark_home).stdout  # fmt: skip
    deleted = quotemark("--library", pg_url, "delete", str(post_id), "--force", home=quotemark_home)
    assert deleted.returncode == 0, deleted.stderr
    assert quotemark("--library", pg_url, "posts", home=quotemark_home).stdout == ""
    # The user's own library was never opened, let alone created.
    assert not list(quotemark_home.rglob("*.sqlite3"))


def test_the_environment_names_the_library_too(
    pg_url: str, tmp_path: Path, quotemark_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTEMARK_LIBRARY", pg_url)
    ferry = write_post(tmp_path / "saved", "ferry.html", "The Night Ferry Returns")
    done = quotemark("import", ferry, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    with Library.open(pg_url) as shared:
        assert [p.title for p in shared.posts()] == ["The Night Ferry Returns"]
    assert not list(quotemark_home.rglob("*.sqlite3"))


def test_originals_and_images_live_in_the_shared_library(
    pg_url: str, tmp_path: Path, quotemark_home: Path
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(SAMPLE, saved / SAMPLE.name)
    shutil.copytree(SAMPLE.with_name("night-ferry_files"), saved / "night-ferry_files")
    done = quotemark("--library", pg_url, "import", saved / SAMPLE.name, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    post_id = int(done.stdout.split("\t")[0])
    shutil.rmtree(saved)  # the colleague has none of the files
    with Library.open(pg_url) as colleague:
        post = colleague.post(post_id)
        assert post.resources, "the page's images came along"
        assert all(resource.data for resource in post.resources)
        # Re-extraction reads the stored original: it is in the database.
        report = colleague.reextract_posts([post_id])
        assert not report.failed


def test_a_missing_server_is_named_without_the_password(
    tmp_path: Path, quotemark_home: Path
) -> None:
    url = f"postgresql://reader:s3cret@/library?host={tmp_path}"
    done = quotemark("--library", url, "posts", home=quotemark_home)
    assert done.returncode == 1
    assert "postgresql://reader@/library" in done.stderr
    assert "no PostgreSQL server answers there" in done.stderr
    assert "s3cret" not in done.stderr
    assert not list(quotemark_home.rglob("*.sqlite3"))


def test_a_wrong_password_is_named_as_such(
    pg_server: pg_server_module.Server, pg_url: str, quotemark_home: Path
) -> None:
    with pg_server.password_role("right") as role:
        dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
        url = f"postgresql://{role}:wrong@/{dbname}?host={pg_server.socket_dir}"
        done = quotemark("--library", url, "posts", home=quotemark_home)
        assert done.returncode == 1
        assert "refused the login" in done.stderr
        assert "wrong" not in done.stderr.replace("a wrong or missing", "")


def test_a_newer_shared_library_is_refused(pg_url: str, quotemark_home: Path) -> None:
    from quotemark.library.store import schema

    Library.open(pg_url).close()
    run(pg_url, "UPDATE quotemark_schema SET version = ?", (schema.VERSION + 1,))
    done = quotemark("--library", pg_url, "posts", home=quotemark_home)
    assert done.returncode == 1
    assert "newer Quotemark" in done.stderr
    with closing(psycopg.connect(pg_url)) as conn:
        assert conn.execute("SELECT version FROM quotemark_schema").fetchone() == (
            schema.VERSION + 1,
        )


def test_library_option_without_a_subcommand_opens_the_window_on_it(
    pg_url: str, tmp_path: Path, quotemark_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before the window came to shared libraries this exited 2 ("--library
    # works with the subcommands"); the window now opens on the library.
    ferry = write_post(tmp_path / "saved", "ferry.html", "The Night Ferry Returns")
    with Library.open(pg_url) as colleague:
        colleague.import_paths([ferry])
    monkeypatch.setenv(STARTUP_PROBE, "1")  # report once shown, then quit
    shown = quotemark("--library", pg_url, home=quotemark_home)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split()[-2:] == ["posts", "1"]
    assert not list(quotemark_home.rglob("*.sqlite3"))  # the own library untouched


def test_library_option_needs_a_value(quotemark_home: Path) -> None:
    empty = quotemark("--library", home=quotemark_home)
    assert empty.returncode == 2
    assert "--library needs a file or a postgresql:// URL" in empty.stderr


def test_library_option_takes_a_file_too(tmp_path: Path, quotemark_home: Path) -> None:
    other = tmp_path / "project" / "library.sqlite3"
    ferry = write_post(tmp_path / "saved", "ferry.html", "The Night Ferry Returns")
    done = quotemark(f"--library={other}", "import", ferry, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    assert other.is_file()
    with Library.open(other) as lib:
        assert [p.title for p in lib.posts()] == ["The Night Ferry Returns"]
    assert not list(quotemark_home.rglob("*.sqlite3"))  # the own library untouched


def test_a_missing_postgresql_driver_is_a_message_not_a_traceback(
    tmp_path: Path, quotemark_home: Path
) -> None:
    # As a packaged Quotemark that lost psycopg[binary] on a machine without
    # a PostgreSQL client: the driver does not import.
    script = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from quotemark.app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    url = f"postgresql://reader:s3cret@/library?host={tmp_path}"
    done = subprocess.run(
        [sys.executable, "-c", script, "--library", url, "posts"],
        cwd=ROOT,
        env={**os.environ, "QUOTEMARK_HOME": str(quotemark_home)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "cannot load its PostgreSQL driver" in done.stderr
    assert "postgresql://reader@/library" in done.stderr
    assert "s3cret" not in done.stderr
    assert not list(quotemark_home.rglob("*.sqlite3"))
