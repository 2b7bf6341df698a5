"""One damaged row never takes the library down: a post whose stored text
or authors cannot be decoded is listed as damaged, everything else works,
and ``check`` / ``repair`` find and rebuild it from its stored original.
The damage is written into a real library (a file, or a shared library on
PostgreSQL) through a second connection, as a bad disk sector or an old bug
would leave it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotemark.library.errors import DamagedPost
from quotemark.library.service import Library
from tests.library.engines import run
from tests.library.test_store_pages import PARAGRAPHS, page


def _library(tmp_path: Path, location: Path | str | None = None) -> tuple[Path | str, list[int]]:
    """A library of three posts with different text (at ``location``, by
    default a file); returns where it is and the post ids."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number, title in enumerate(("Alpha Crossing", "Beta Crossing", "Gamma Crossing")):
        paragraphs = [text.replace("ferry", title.split()[0].lower()) for text in PARAGRAPHS]
        (folder / f"{number}.html").write_text(
            page(title, url=f"https://harbour.example/{number}", paragraphs=paragraphs),
            encoding="utf-8",
        )
    path = location if location is not None else tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        report = library.import_paths([folder])
        ids = sorted(r.post_id for r in report.results if r.post_id is not None)
    assert len(ids) == 3
    return path, ids


def _damage(path: Path | str, *, blob_of: int | None = None, authors_of: int | None = None) -> None:
    if blob_of is not None:
        run(
            path,
            "UPDATE post_content SET blocks = ?, analysis = ? WHERE post_id = ?",
            (b"\x78\x9c not zlib at all", b"\x00\xff", blob_of),
        )
    if authors_of is not None:
        run(path, "UPDATE posts SET authors = 'Kadri Laane' WHERE id = ?", (authors_of,))


def test_a_damaged_post_is_listed_as_damaged_and_the_rest_works(
    tmp_path: Path, location: Path | str
) -> None:
    path, (first, second, third) = _library(tmp_path, location)
    _damage(path, blob_of=first, authors_of=second)
    with Library.open(path) as library:
        rows = {row.id: row for row in library.posts()}
        assert set(rows) == {first, second, third}
        assert rows[second].damaged
        assert not rows[third].damaged
        with pytest.raises(DamagedPost, match=rf"Post {first} \(Alpha Crossing\) is damaged"):
            library.post(first)
        assert library.post(second).metadata.title == "Beta Crossing"
        assert library.post(third).blocks
        exported = library.export("biblatex")
        for title in ("Alpha", "Beta", "Gamma"):
            assert f"{{{title} Crossing}}" in exported
        assert library.search("crossing")


def test_check_names_each_damaged_post_and_repair_rebuilds_it(
    tmp_path: Path, location: Path | str
) -> None:
    path, (first, second, _third) = _library(tmp_path, location)
    clip_text = PARAGRAPHS[0].replace("ferry", "alpha")[:40]
    with Library.open(path) as library:
        library.clip(first, library.find_span(first, text=clip_text))
    _damage(path, blob_of=first, authors_of=second)
    with Library.open(path) as library:
        report = library.check()
        assert not report.ok
        assert {(d.post_id, d.parts, d.repairable) for d in report.damaged} == {
            (first, ("text", "analysis"), True),
            (second, ("authors",), True),
        }
        repaired = library.repair()
        assert set(repaired.reextracted) == {first, second}
        assert library.check().ok
        assert next(b.text for b in library.post(first).blocks).startswith("The alpha left")
        assert library.post(second).metadata.authors == ("Kadri Laane",)
        [clip] = library.clips(post_id=first)
        assert clip.span.text == clip_text
        assert {hit.post.id for hit in library.search("alpha")} == {first}


def test_a_damaged_original_is_named_and_not_repairable(
    tmp_path: Path, location: Path | str
) -> None:
    path, (first, _second, _third) = _library(tmp_path, location)
    run(
        path,
        "UPDATE post_content SET original = ?, blocks = ? WHERE post_id = ?",
        (b"\x01\x02", b"\x03", first),
    )
    with Library.open(path) as library:
        [damage] = library.check().damaged
        assert (damage.post_id, damage.repairable) == (first, False)
        repaired = library.repair()
        assert repaired.reextracted == ()
        assert any(f"quotemark delete {first}" in m for m in repaired.messages)
        library.delete_post(first, force=True)
        assert library.check().ok


def test_the_command_lists_shows_exports_and_checks_a_damaged_library(
    tmp_path: Path, quotemark_home: Path
) -> None:
    path, (first, second, _third) = _library(tmp_path)
    assert isinstance(path, Path)
    (quotemark_home / "library.sqlite3").write_bytes(path.read_bytes())
    _damage(quotemark_home / "library.sqlite3", blob_of=first, authors_of=second)

    def command(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "quotemark.app", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    listed = command("posts", "--json")
    assert listed.returncode == 0, listed.stderr
    damaged = {row["id"]: row["damaged"] for row in map(json.loads, listed.stdout.splitlines())}
    assert damaged[second] is True
    shown = command("show", str(first))
    assert shown.returncode == 1
    assert "is damaged in the library" in shown.stderr
    assert "Traceback" not in shown.stderr
    assert command("export").returncode == 0
    checked = command("check", "--json")
    assert checked.returncode == 1
    found = json.loads(checked.stdout)
    assert {d["id"] for d in found["damaged"]} == {first, second}
    repaired = command("check", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "no problems found" in repaired.stdout
    assert command("show", str(first)).returncode == 0
