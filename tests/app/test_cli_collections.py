"""``quotemark collection | tag | note`` and ``export --collection``, run as
real subprocesses on a real library."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.test_cli import posts, quotemark

__all__ = ["posts"]  # the fixture, used by name


def _import(posts: list[Path], home: Path) -> None:
    done = quotemark("import", *posts, home=home)
    assert done.returncode == 0, done.stderr


def test_collections_are_made_filled_listed_renamed_exported_and_removed(
    posts: list[Path], quotemark_home: Path
) -> None:
    _import(posts, quotemark_home)
    done = quotemark("collection", "add", "Reading/Harbours", "1", home=quotemark_home)
    assert done.returncode == 0, done.stderr
    assert "made collection Reading/Harbours" in done.stderr
    assert quotemark("collection", "add", "Teaching", "1", "2", home=quotemark_home).returncode == 0

    listed = quotemark("collection", "list", "--json", home=quotemark_home)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["path"], r["posts"]) for r in rows] == [
        ("Reading", 0),
        ("Reading/Harbours", 1),
        ("Teaching", 2),
    ]
    inside = quotemark("collection", "list", "reading", home=quotemark_home)
    assert [line.split("\t")[0] for line in inside.stdout.splitlines()] == ["1"]

    exported = quotemark(
        "export", "--collection", "Reading", "--format", "csl-json", home=quotemark_home
    )
    assert exported.returncode == 0, exported.stderr
    titles = [entry["title"] for entry in json.loads(exported.stdout)]
    assert titles == ["The Night Ferry Returns"]

    renamed = quotemark("collection", "rename", "Reading/Harbours", "Ports", home=quotemark_home)
    assert renamed.returncode == 0, renamed.stderr
    assert quotemark("collection", "list", "Reading/Ports", home=quotemark_home).returncode == 0

    out = quotemark("collection", "remove", "Teaching", "2", home=quotemark_home)
    assert "1 post(s) taken out of Teaching" in out.stderr
    gone = quotemark("collection", "remove", "Reading", home=quotemark_home)
    assert "deleted collection Reading" in gone.stderr
    left = quotemark("collection", "list", home=quotemark_home).stdout
    assert left.splitlines() == [left.splitlines()[0]]
    assert "Teaching\t1 post(s)" in left
    # Posts never leave the library with a collection.
    assert len(quotemark("posts", home=quotemark_home).stdout.splitlines()) == 2


def test_unknown_collection_is_a_clear_error(posts: list[Path], quotemark_home: Path) -> None:
    _import(posts, quotemark_home)
    done = quotemark("export", "--collection", "Nowhere", home=quotemark_home)
    assert done.returncode == 1
    assert "no collection named 'Nowhere'" in done.stderr
    assert "Traceback" not in done.stderr
    bad = quotemark("collection", "add", "Reading", "99", home=quotemark_home)
    assert bad.returncode == 1
    assert "no post with id 99" in bad.stderr


def test_post_tags_and_notes(posts: list[Path], quotemark_home: Path, tmp_path: Path) -> None:
    _import(posts, quotemark_home)
    tagged = quotemark("tag", "2", "strike", "to read", home=quotemark_home)
    assert tagged.stdout.splitlines() == ["strike", "to read"]
    untagged = quotemark("tag", "2", "--remove", "to read", home=quotemark_home)
    assert untagged.stdout.splitlines() == ["strike"]

    note = tmp_path / "note.md"
    note.write_text("# Strike\n\nAsk the union about *¶ 3*.\n", encoding="utf-8")
    assert quotemark("note", "2", "--file", note, home=quotemark_home).returncode == 0
    shown = quotemark("note", "2", home=quotemark_home)
    assert shown.stdout == note.read_text(encoding="utf-8")
    assert quotemark("note", "2", "--text", "", home=quotemark_home).returncode == 0
    assert quotemark("note", "2", home=quotemark_home).stdout == ""
    missing = quotemark("note", "2", "--file", tmp_path / "none.md", home=quotemark_home)
    assert missing.returncode == 1
    assert "none.md" in missing.stderr
