"""Inputs that are not posts: each is refused with one message that names
the file and says what is wrong, never a traceback."""

from __future__ import annotations

import os
import shutil
import struct
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotemark.library.errors import QuotemarkError, UnreadableInput, UnsupportedFormat
from quotemark.library.extract import extract
from quotemark.library.importers import MAX_INPUT_BYTES, read
from tests.as_nobody import run_unprivileged

IMPORTERS = Path(__file__).resolve().parent.parent / "fixtures" / "importers"


def refused(path: Path) -> str:
    with pytest.raises(UnreadableInput) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert caught.value.path == str(path)
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in refused(tmp_path / "night.html")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.html"
    link.symlink_to(tmp_path / "nowhere.html")
    assert "no such file" in refused(link)


def test_folder_given_to_read(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    assert "folder" in refused(folder)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    assert "not a regular file" in refused(fifo)


_READ = """
import sys
from pathlib import Path
from quotemark.library.errors import UnreadableInput
from quotemark.library.importers import read
try:
    read(Path(sys.argv[1]))
except UnreadableInput as error:
    print(error)
"""


def test_unreadable_file() -> None:
    # Root reads any file: the read then runs as "nobody" to meet one.
    with tempfile.TemporaryDirectory(prefix="quotemark-perm-") as tmp:
        os.chmod(tmp, 0o755)
        path = Path(tmp) / "locked.html"
        path.write_text("<p>secret</p>")
        path.chmod(0)
        run = run_unprivileged(_READ, str(path))
    assert run.returncode == 0, run.stderr
    message = run.stdout.strip()
    assert message.startswith(f"{path}: ")
    assert "permission" in message


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "night.html"
    path.write_bytes(content)
    assert refused(path) == f"{path}: the file is empty."


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    assert path.stat().st_size > MAX_INPUT_BYTES
    message = refused(path)
    assert "too large" in message
    assert "200 MB" in message


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0"))


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (_png(), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40), "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(30), "gzip"),
        (b"\x7fELF\x02\x01\x01" + bytes(60), "program"),
    ],
)
def test_known_binary_formats_are_named(tmp_path: Path, content: bytes, named: str) -> None:
    path = tmp_path / "post.html"  # the extension lies
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormat, match=named):
        read(path)
    assert named in refused(path)


def test_unknown_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary file" in refused(path)


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 200)
    assert "binary file" in refused(path)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("truncated.mhtml", "truncated"),
        ("no-boundary.mhtml", "no boundary"),
    ],
)
def test_damaged_mhtml(name: str, problem: str) -> None:
    assert problem in refused(IMPORTERS / name)


def test_mhtml_whose_boundary_never_appears(tmp_path: Path) -> None:
    data = (IMPORTERS / "page.mhtml").read_bytes()
    head, sep, rest = data.partition(b"\n\n")
    path = tmp_path / "lost.mhtml"
    path.write_bytes(head + sep + rest.replace(b"--=", b"xx="))
    assert "never appears" in refused(path)


def test_mhtml_without_a_page(tmp_path: Path) -> None:
    path = tmp_path / "images-only.mhtml"
    path.write_bytes(
        b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n'
        b"--b\nContent-Type: text/css\nContent-Location: https://example.org/a.css\n\n"
        b"body { color: red }\n--b--\n"
    )
    assert "no HTML page" in refused(path)


def test_a_bad_file_does_not_stop_the_next(tmp_path: Path) -> None:
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"")
    good = tmp_path / "good.html"
    shutil.copy(IMPORTERS / "utf8.html", good)
    results: list[str] = []
    for path in (bad, good):
        try:
            results.append(read(path).format)
        except UnreadableInput as error:
            results.append(str(error))
    assert results == [f"{bad}: the file is empty.", "html"]


_PREFIXES = st.sampled_from(
    [
        b"",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"<!DOCTYPE html><html><body>",
        b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n',
        b'<meta charset="shift_jis">',
    ]
)


@settings(max_examples=150, deadline=None)
@given(prefix=_PREFIXES, body=st.binary(max_size=600))
def test_any_bytes_are_read_or_refused_with_a_message(prefix: bytes, body: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "post.html"
        path.write_bytes(prefix + body)
        try:
            doc = read(path)
            article = extract(doc)
        except QuotemarkError as error:
            message = str(error)
        else:
            assert (doc.html is None) != (doc.text is None)
            assert article.blocks
            return
        assert message.startswith(f"{path}: ")


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "mystery.txt"
    path.write_bytes(bytes(range(128, 256)) * 10)
    assert "encoding could not be recognised" in refused(path)
