"""``quotemark posts`` on a big library: every post once, newest import
first, written as the rows are read, and a reader that stops early (``|
head``) ends it quietly."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from quotemark.app.cli import _listing_options, _parser, _summary_json
from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_cli import quotemark
from tests.library.bulk import fill


def test_posts_json_lists_a_big_library_newest_first(quotemark_home: Path) -> None:
    fill(paths.library_file(), 3_000, clipped=100)
    with Library.open() as library:
        expected = [(p.id, p.clip_count) for p in library.posts()]
    listed = [json.loads(line) for line in quotemark("posts", "--json", home=quotemark_home)
              .stdout.splitlines()]  # fmt: skip
    assert [(p["id"], p["clips"]) for p in listed] == expected
    text = quotemark("posts", home=quotemark_home).stdout.splitlines()
    assert [int(line.split("\t")[0]) for line in text] == [i for i, _ in expected]


def test_a_reader_that_stops_after_the_first_post_ends_it_quietly(quotemark_home: Path) -> None:
    fill(paths.library_file(), 20_000)
    command = [sys.executable, "-m", "quotemark.app", "posts", "--json"]
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
    assert first["id"] == 20_000  # the newest import
    assert errors == ""


def test_posts_json_writes_each_row_exactly_as_the_summary_encoder_does(
    quotemark_home: Path,
) -> None:
    # The command builds its lines from the rows; these are the bytes the
    # summary dict through json.dumps gave, for awkward values too: quotes,
    # control and non-ASCII characters, missing fields, damaged authors and
    # a title that is not text.
    fill(paths.library_file(), 40)
    conn = sqlite3.connect(paths.library_file())
    with conn:
        updates = [
            ("title", 'She said "no" \\ then\tleft\u2028 — ünïcode 🙂', 1),
            ("authors", json.dumps(["Zoë Ólafsdóttir", 'A "B"'], ensure_ascii=True), 2),
            ("authors", "not a list of names", 3),
            ("authors", json.dumps([1, 2]), 4),
            ("published", None, 5),
            ("site", None, 5),
            ("url", 'https://example.org/a?b="c"&d=é', 6),
            ("key", "Smith2026\x7f\x01", 7),
        ]
        for column, value, post_id in updates:
            conn.execute(f"UPDATE posts SET {column} = ? WHERE id = ?", (value, post_id))
        conn.execute("UPDATE posts SET title = X'41FF' WHERE id = 8")
    conn.close()
    with Library.open() as library:
        expected = "".join(
            json.dumps(_summary_json(row), ensure_ascii=False) + "\n" for row in library.posts()
        )
    listed = quotemark("posts", "--json", home=quotemark_home)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == expected
    assert '"damaged": true' in listed.stdout


def test_listing_posts_loads_neither_the_operations_nor_the_import_pool(
    quotemark_home: Path,
) -> None:
    # The first line waits for every module the command imports: listing
    # needs no operation, search or process pool.
    fill(paths.library_file(), 10)
    command = [sys.executable, "-X", "importtime", "-m", "quotemark.app", "posts", "--json"]
    env = {**os.environ, "QUOTEMARK_HOME": str(quotemark_home)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 10
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not {m for m in loaded if m.startswith("quotemark.library.operations")}
    assert not {"multiprocessing", "quotemark.library.store.batch"} & loaded
    assert "quotemark.library.store.search" not in loaded
    # Package metadata is read only for --version (importlib.metadata and
    # the email package were a fifth of the command's start); the change
    # log's origin needs no uuid module.
    assert not {"importlib.metadata", "email.message", "uuid"} & loaded
    # Nor socket (for the host's name) or logging (for a backup's warning).
    assert not {"socket", "logging"} & loaded
    # Nor the post values and the store modules that build them: the lines
    # are written from the rows (defining those modules' dataclasses was a
    # third of the command's CPU, issue 15).
    values = {"quotemark.library.model", "quotemark.library.records"}
    builders = {f"quotemark.library.store.{name}" for name in ("posts", "corrections", "integrity")}
    assert not (values | builders | {"quotemark.library.store.changelog"}) & loaded
    # Nor dataclasses (with inspect, ast, dis and tokenize it was ~10% of
    # the command's CPU to its first line): the values defined on this path
    # (Listing, Backup) are written without it (issue 15, stop 20).
    assert not {"dataclasses", "inspect"} & loaded
    # Nor the argument parser (argparse, its gettext look-ups and the help
    # formatter's shutil), nor platformdirs (with tempfile) when
    # $QUOTEMARK_HOME says where the library is: together ~15% of the CPU
    # to the first line (stop 20).
    assert not {"argparse", "gettext", "shutil", "platformdirs", "tempfile"} & loaded


def test_posts_without_the_parser_reads_its_arguments_as_the_parser_does() -> None:
    # ``posts`` and ``posts --json`` skip building the parser; what the
    # command then runs with is what the parser would have given it.
    for args in (["posts"], ["posts", "--json"]):
        parsed = vars(_parser(only="posts").parse_args(args))
        quick = _listing_options(args)
        assert quick is not None
        assert vars(quick) == parsed
    # Anything else goes through the parser, with its help and its errors.
    for args in (["posts", "--jsn"], ["posts", "--json", "--json"], ["posts", "-h"], ["show"]):
        assert _listing_options(args) is None


def test_mistyped_posts_options_still_get_the_parsers_error(quotemark_home: Path) -> None:
    wrong = quotemark("posts", "--jsn", home=quotemark_home)
    assert wrong.returncode == 2
    assert "unrecognized arguments: --jsn" in wrong.stderr
    helped = quotemark("posts", "--help", home=quotemark_home)
    assert helped.returncode == 0
    assert "--json" in helped.stdout
