"""``quotemark library copy SRC DEST``: a library file into a shared library
on PostgreSQL and back, keys, clips, corrections, originals and images
included; a second run copies nothing. Real subprocesses, a real server."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_cli import quotemark
from tests.conftest import ROOT
from tests.library.test_store_pages import PARAGRAPHS, write_post

SAMPLE = ROOT / "resources" / "samples" / "night-ferry.html"


def _ok(*args: str | Path, home: Path) -> str:
    done = quotemark(*args, home=home)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def _views(location: str, home: Path) -> dict[str, str]:
    """What a researcher reads from a library, through the command."""
    return {
        what: _ok("--library", location, *args, home=home)
        for what, args in {
            "export": ("export", "--format", "biblatex"),
            "posts": ("posts", "--json"),
            "clips": ("clips", "--json"),
            "corrections": ("corrections", "--json"),
            "search": ("search", "harbour master"),
            "collections": ("collection", "list", "--json"),
        }.items()
    }


@pytest.fixture
def local(tmp_path: Path, quotemark_home: Path) -> Path:
    """The user's library file with posts, an image, clips, tags, a
    correction, a collection and a note."""
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(SAMPLE, saved / SAMPLE.name)
    shutil.copytree(SAMPLE.with_name("night-ferry_files"), saved / "night-ferry_files")
    write_post(saved, "strike.html", "Lock Keepers Strike", url="https://x.example/s",
               paragraphs=[f"Strike day: {p}" for p in PARAGRAPHS])  # fmt: skip
    _ok("import", saved, home=quotemark_home)
    _ok("clip", "1", "--paragraph", "2", "--tag", "ferry", "--note", "ask", home=quotemark_home)
    _ok("clip", "2", "--paragraph", "1", home=quotemark_home)
    _ok("edit", "2", "--title", "Lock Keepers Walk Out", home=quotemark_home)
    _ok("collection", "add", "Reading/Box", "1", "2", home=quotemark_home)
    _ok("note", "1", "--text", "Ask the harbour master.", home=quotemark_home)
    return paths.library_file()


def test_a_file_is_copied_into_a_shared_library_and_back(
    local: Path, pg_url: str, tmp_path: Path, quotemark_home: Path
) -> None:
    before = _views(str(local), quotemark_home)
    first = json.loads(_ok("library", "copy", local, pg_url, "--json", home=quotemark_home))
    assert first == {"posts": 2, "clips": 2, "corrections": 1, "originals": 2,
                     "images": first["images"], "already": 0}  # fmt: skip
    assert first["images"] >= 1
    assert _views(pg_url, quotemark_home) == before
    again = json.loads(_ok("library", "copy", local, pg_url, "--json", home=quotemark_home))
    assert again == {"posts": 0, "clips": 0, "corrections": 0, "originals": 0, "images": 0,
                     "already": 2}  # fmt: skip
    assert _views(pg_url, quotemark_home) == before

    # Work goes on in the shared library: new ids and keys follow the copied ones.
    clip = _ok("--library", pg_url, "clip", "2", "--paragraph", "3", home=quotemark_home)
    assert clip
    with Library.open(pg_url) as shared:
        keys = [c.key for c in shared.clips()]
        assert len(set(keys)) == 3
        assert shared.check().ok

    back = tmp_path / "back" / "library.sqlite3"
    copied = _ok("library", "copy", pg_url, back, home=quotemark_home)
    assert copied.startswith("copied 2 post(s), 3 clip(s), 1 correction(s)")
    assert _views(str(back), quotemark_home)["corrections"] == before["corrections"]
    with Library.open(back) as returned:
        assert returned.check().ok
        assert sorted(c.key for c in returned.clips()) == sorted(keys)
        image = next(r for p in returned.posts() for r in returned.post(p.id).resources)
        assert image.data


def test_a_library_holding_other_posts_is_refused(
    local: Path, pg_url: str, tmp_path: Path, quotemark_home: Path
) -> None:
    other = write_post(tmp_path / "other", "o.html", "Another Desk", url="https://x.example/o")
    _ok("--library", pg_url, "import", other, home=quotemark_home)
    done = quotemark("library", "copy", local, pg_url, home=quotemark_home)
    assert done.returncode == 1
    assert "already holds other posts" in done.stderr
    with Library.open(pg_url) as shared:
        assert [p.title for p in shared.posts()] == ["Another Desk"]
