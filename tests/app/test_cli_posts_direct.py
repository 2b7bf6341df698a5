"""``quotemark posts --json`` on a shared library reads through libpq
directly (store/libpq.py) instead of psycopg: the same lines, the same
errors, and psycopg not even imported. Against the test session's real
PostgreSQL server, each command a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from quotemark.library.errors import LibraryUnreachable
from quotemark.library.service import Library
from quotemark.library.store import libpq, listing
from tests import pg_server as pg_server_module
from tests.conftest import ROOT
from tests.library.engines import run

# The command, with a line of Python first: the ordinary path is forced by
# turning the direct one off; the direct one reports whether psycopg loaded.
_COMMAND = "import sys\n{setup}\nfrom quotemark.app.cli import main\nsys.exit(main(sys.argv[1:]))\n"
_ORDINARY = "import quotemark.app.cli as cli; cli._posts_json_direct = lambda: False"
_DIRECT = "import atexit; atexit.register(lambda: print('psycopg' in sys.modules, file=sys.stderr))"


def _posts_json(url: str, home: Path, setup: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _COMMAND.format(setup=setup), "--library", url, "posts", "--json"],
        cwd=ROOT,
        env={**os.environ, "QUOTEMARK_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _fill(url: str, count: int) -> None:
    # Posts written straight into the tables, with awkward values: text
    # beyond ASCII, quotes, tabs and backslashes, NULLs, damaged authors.
    Library.open(url).close()
    run(
        url,
        "INSERT INTO posts (id, key, title, authors, published, site, url, imported, file_name,"
        " content_hash, format, quote_count, clip_count, imported_by)"
        " SELECT g, 'key' || g,"
        " 'Fähre “Nacht” ' || g || E'\\t\\\\ \"quoted\" 🙂 \\b\\f\\r\\n/'"
        " || chr(1) || chr(31) || chr(127) || chr(8232),"
        " CASE WHEN g % 7 = 0 THEN 'not a list' WHEN g % 7 = 1 THEN '[\"A \\\"B\\\"\\u0001\"]'"
        ' ELSE \'["Zoë Ólafsdóttir", "A. N. Other"]\' END,'
        " CASE WHEN g % 3 = 0 THEN NULL ELSE '2026-0' || (1 + g % 9) || '-01' END,"
        " CASE WHEN g % 4 = 0 THEN NULL ELSE 'Harbour Notes' END,"
        " CASE WHEN g % 5 = 0 THEN NULL ELSE 'https://x.example/' || g || '?a=\"b\"' END,"
        " '2026-01-01T00:00:' || lpad((g % 60)::text, 2, '0'),"
        " 'p.html', 'hash' || g, 'html', g % 11, g % 5,"
        " CASE WHEN g % 2 = 0 THEN NULL ELSE 'Ann Dée' END"
        " FROM generate_series(1, ?) AS g",
        (count,),
    )
    run(url, "SELECT 1")  # (nothing to fold: the kept counts are not read here)


def test_the_lines_are_the_ordinary_paths_without_psycopg(
    pg_url: str, quotemark_home: Path
) -> None:
    _fill(pg_url, 1_234)  # more than the first chunk, libpq's chunk and a write's
    direct = _posts_json(pg_url, quotemark_home, _DIRECT)
    ordinary = _posts_json(pg_url, quotemark_home, _ORDINARY)
    assert direct.returncode == ordinary.returncode == 0, direct.stderr + ordinary.stderr
    assert direct.stderr.strip() == "False"  # psycopg never loaded
    assert direct.stdout == ordinary.stdout
    lines = [json.loads(line) for line in direct.stdout.split("\n")[:-1]]
    assert len(lines) == 1_234
    assert lines[0]["title"].startswith("Fähre “Nacht”")
    assert any(line["site"] is None for line in lines)
    assert any(line["damaged"] for line in lines)
    assert any(line["authors"] == ['A "B"\x01'] for line in lines)
    assert lines[0]["title"].endswith("\b\f\r\n/\x01\x1f\x7f\u2028")


def test_an_empty_database_is_made_a_library_the_ordinary_way(
    pg_url: str, quotemark_home: Path
) -> None:
    done = _posts_json(pg_url, quotemark_home, _DIRECT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr.strip() == "True"  # psycopg created the library
    with Library.open(pg_url) as library:
        assert library.posts() == []


def test_a_newer_library_is_refused_as_before(pg_url: str, quotemark_home: Path) -> None:
    from quotemark.library.store import schema

    _fill(pg_url, 3)
    run(pg_url, "UPDATE quotemark_schema SET version = ?", (schema.VERSION + 1,))
    direct = _posts_json(pg_url, quotemark_home, "")
    assert direct.returncode == 1
    assert "newer Quotemark" in direct.stderr
    assert direct.stdout == ""
    assert direct.stderr == _posts_json(pg_url, quotemark_home, _ORDINARY).stderr


def _same_failure(url: str, home: Path) -> str:
    direct = _posts_json(url, home, "")
    ordinary = _posts_json(url, home, _ORDINARY)
    assert direct.returncode == ordinary.returncode == 1
    assert direct.stdout == ordinary.stdout == ""
    assert direct.stderr == ordinary.stderr
    return direct.stderr


def test_a_missing_server_gives_the_same_message(tmp_path: Path, quotemark_home: Path) -> None:
    message = _same_failure(f"postgresql://reader:s3cret@/library?host={tmp_path}", quotemark_home)
    assert "postgresql://reader@/library" in message
    assert "no PostgreSQL server answers there" in message
    assert "s3cret" not in message


def test_a_refused_login_gives_the_same_message(
    pg_server: pg_server_module.Server, pg_url: str, quotemark_home: Path
) -> None:
    with pg_server.password_role("right") as role:
        dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
        url = f"postgresql://{role}:wrong@/{dbname}?host={pg_server.socket_dir}"
        message = _same_failure(url, quotemark_home)
        assert "refused the login" in message
        assert ":wrong" not in message


def test_a_server_without_tls_gives_the_same_message_when_tls_is_required() -> None:
    # A server that answers libpq's SSLRequest with "N" (PostgreSQL with
    # ssl = off), once for each path.
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def decline() -> None:
        for _ in range(2):
            conn, _ = listener.accept()
            with conn:
                conn.recv(8)
                conn.sendall(b"N")

    thread = threading.Thread(target=decline)
    thread.start()
    url = f"postgresql://ann:s3cret@127.0.0.1:{port}/desk?sslmode=require"
    try:
        with pytest.raises(LibraryUnreachable) as direct:
            next(listing.stream_shared(url, listing.Listing(), listing.ROW_COLUMNS, timeout=5.0))
        with pytest.raises(LibraryUnreachable) as ordinary:
            Library.open(url)
    finally:
        thread.join(timeout=10)
        listener.close()
    assert direct.value.message == ordinary.value.message
    assert "TLS" in direct.value.message
    assert "s3cret" not in direct.value.message


def test_filters_and_unparsable_urls_are_left_to_the_ordinary_path(pg_url: str) -> None:
    with pytest.raises(libpq.NotHere):
        next(
            listing.stream_shared(
                pg_url, listing.Listing(tag="harbour"), listing.ROW_COLUMNS, timeout=5.0
            )
        )
    with pytest.raises(libpq.NotHere):
        next(
            listing.stream_shared(
                "postgresql://[::1", listing.Listing(), listing.ROW_COLUMNS, timeout=5.0
            )
        )


def test_a_reader_that_stops_after_the_first_line_ends_it_quietly(
    pg_url: str, quotemark_home: Path
) -> None:
    _fill(pg_url, 20_000)
    command = [sys.executable, "-m", "quotemark.app", "--library", pg_url, "posts", "--json"]
    env = {**os.environ, "QUOTEMARK_HOME": str(quotemark_home)}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = json.loads(process.stdout.readline())
        process.stdout.close()
        errors = process.stderr.read()
        assert process.wait(timeout=60) == 0
    # The newest import: the latest second, then the highest id.
    assert first["id"] == max(range(1, 20_001), key=lambda g: (g % 60, g))
    assert errors == ""


def test_a_connection_lost_midway_is_reported_as_such(
    pg_server: pg_server_module.Server, pg_url: str
) -> None:
    # Wide titles: more than the socket buffers hold, so the server is still
    # sending when its process is stopped.
    Library.open(pg_url).close()
    run(
        pg_url,
        "INSERT INTO posts (id, key, title, authors, imported, file_name, content_hash, format,"
        " quote_count) SELECT g, 'wide' || g, 'Wide ' || lpad(g::text, 1995, '0'), '[]',"
        " '2026-01-01T00:00:00', 'wide.txt', 'hash' || g, 'text', 0"
        " FROM generate_series(1, 3000) AS g",
    )
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    rows = listing.stream_shared(pg_url, listing.Listing(), listing.ROW_COLUMNS, timeout=5.0)
    assert len(next(rows)) == listing.FIRST_CHUNK
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (dbname,),
        )
    with pytest.raises(LibraryUnreachable) as caught:
        for _ in rows:
            pass
    assert "cannot be reached" in caught.value.message
    assert pg_url.split("?")[0] in caught.value.message
