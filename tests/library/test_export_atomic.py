"""Writing an export never leaves a half-written file over the old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from quotemark.library.errors import ExportError
from quotemark.library.export import write_atomic
from tests.as_nobody import run_unprivileged


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds $QUOTEMARK_HOME)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_writes_a_new_file_and_replaces_an_old_one(folder: Path) -> None:
    target = folder / "refs.bib"
    write_atomic(target, "first\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    target.chmod(0o600)
    write_atomic(target, "zweite Fassung: Zoë \U0001f600\r\n")
    assert target.read_bytes() == "zweite Fassung: Zoë \U0001f600\r\n".encode()
    assert target.stat().st_mode & 0o777 == 0o600  # the user's permissions are kept
    assert [p.name for p in folder.iterdir()] == ["refs.bib"]  # no temporary file left


def test_a_failure_while_writing_keeps_the_old_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "refs.bib"
    target.write_text("the old export\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device") as caught:
        write_atomic(target, "the new export\n" * 1000)
    assert caught.value.path == str(target)
    assert str(target) in str(caught.value)
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert [p.name for p in folder.iterdir()] == ["refs.bib"]


@pytest.mark.parametrize("where", ["missing-folder/refs.bib", "a-file/refs.bib"])
def test_an_impossible_path_names_the_file(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    target = tmp_path / where
    with pytest.raises(ExportError) as caught:
        write_atomic(target, "x")
    assert str(target) in caught.value.message


def test_a_folder_in_the_way_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomic(tmp_path, "x")


_WRITE = """
import sys
from pathlib import Path
from quotemark.library.errors import ExportError
from quotemark.library.export import write_atomic
try:
    write_atomic(Path(sys.argv[1]), "x")
except ExportError as error:
    print(error.message)
"""


def test_a_read_only_folder_names_the_file() -> None:
    # Root writes into any folder: the export then runs as "nobody" to
    # meet one it may read but not write.
    with tempfile.TemporaryDirectory(prefix="quotemark-perm-") as tmp:
        os.chmod(tmp, 0o755)
        folder = Path(tmp) / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        target = folder / "refs.bib"
        try:
            run = run_unprivileged(_WRITE, str(target))
        finally:
            folder.chmod(0o700)
        assert not target.exists()
    assert run.returncode == 0, run.stderr
    assert "Permission denied" in run.stdout
    assert str(target) in run.stdout
