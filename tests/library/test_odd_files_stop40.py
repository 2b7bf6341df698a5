"""Odd files left alone at stop 39, taken up at stop 40 (s40-harden): a text
of millions of one-letter lines, an MHTML of thousands of parts and UTF-32
saved without a byte-order mark. Each is written by the test and imported
through the core API the window calls, into a real library already holding
a clipped post, which still opens afterwards."""

from __future__ import annotations

import base64
import time
from pathlib import Path

from quotemark.library.importers import MAX_TEXT_LINES, read
from quotemark.library.importers.mhtml import MAX_PARTS
from quotemark.library.pipeline import process
from quotemark.library.service import ImportStatus, Library

from .test_odd_files_stop39 import _imported, _kept, _mhtml, _page, _still_there

_TEXT = (
    '"The pier will open in spring," said Ada Lind, who chairs the harbour board.\n\n'
    "Tom Hale, the harbour master, said the ferry would run again in May.\n"
)


def _refused(library: Library, path: Path) -> str:
    """The message of the import of ``path``, asserting it was refused."""
    started = time.perf_counter()
    [result] = library.import_paths([path]).results
    # Refused before the slow part, not after it.
    assert time.perf_counter() - started < 5
    assert result.status is ImportStatus.FAILED
    assert str(path) in result.message
    assert "internal error" not in result.message
    return result.message


def test_a_text_of_millions_of_one_letter_lines_is_refused_at_once(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    path = tmp_path / "letters.txt"
    path.write_bytes(b"a\n" * (MAX_TEXT_LINES + 1))
    message = _refused(library, path)
    assert f"{MAX_TEXT_LINES + 1:,} lines" in message
    _still_there(library, kept)


def test_a_text_of_old_mac_lines_is_counted_too(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "letters.txt"
    path.write_bytes(b"a\r" * (MAX_TEXT_LINES + 1))
    assert "lines" in _refused(library, path)


def test_a_text_of_ordinary_lines_still_imports(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(_TEXT * 200, encoding="utf-8")
    post = _imported(library, path)
    assert any("Ada Lind" in block.text for block in post.blocks)


def _parts(count: int) -> bytes:
    """An archive of the page and ``count`` one-pixel images after it."""
    image = (
        "Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://example.org/{}.gif\r\n\r\n"
        "R0lGODlhAQABAAAAACw=\r\n--B\r\n"
    )
    images = "".join(image.format(number) for number in range(count))
    page = f"Content-Type: text/html; charset=utf-8\r\n\r\n{_page()}\r\n--B\r\n{images}"
    return _mhtml(page.removesuffix("\r\n--B\r\n"))


def test_an_mhtml_of_thousands_of_parts_is_refused_at_once(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    path = tmp_path / "pier.mhtml"
    path.write_bytes(_parts(MAX_PARTS + 500))
    message = _refused(library, path)
    assert f"{MAX_PARTS + 501:,} parts" in message
    _still_there(library, kept)


def test_an_mhtml_of_a_few_hundred_parts_still_imports(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "pier.mhtml"
    path.write_bytes(_parts(300))
    post = _imported(library, path)
    assert any("Ada Lind" in block.text for block in post.blocks)


def test_utf32_without_a_byte_order_mark_imports(library: Library, tmp_path: Path) -> None:
    for number, encoding in enumerate(("utf-32-le", "utf-32-be")):
        text = tmp_path / f"pier{number}.txt"
        text.write_bytes(_TEXT.replace("said", f"said ({number})").encode(encoding))
        post = _imported(library, text)
        assert post.blocks[0].text.startswith('"The pier will open in spring," said')
        page = tmp_path / f"pier{number}.html"
        page.write_bytes(
            _page(f"The Pier {number}", before=f"<p>Meeting {number}.</p>").encode(encoding)
        )
        post = _imported(library, page)
        assert post.metadata.title == f"The Pier {number}"
        assert any("Ada Lind" in block.text for block in post.blocks)


def test_binary_with_zeros_in_every_fourth_place_is_still_refused(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "pier.txt"
    path.write_bytes(bytes(range(1, 200)) * 4 + b"\0\0\0\1" * 300)
    assert "binary" in _refused(library, path)


def test_a_large_inline_image_is_left_out_of_the_text_read_but_kept_in_the_original(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    picture = base64.b64encode(bytes(range(256)) * 4096).decode()  # 1 MB, 1.4 MB of base64
    shown = f"<img src='data:image/png;base64,{picture}' alt='The harbour'>"
    path = tmp_path / "pier.html"
    path.write_text(_page(before=shown), encoding="utf-8")
    plain = tmp_path / "plain" / "pier.html"
    plain.parent.mkdir()
    plain.write_text(_page(), encoding="utf-8")
    raw = read(path)
    # The decoded page no longer carries the picture's text; the stored
    # original keeps every byte.
    assert len(raw.html or "") < 10_000
    assert "src='data:image/png;base64,'" in (raw.html or "")
    assert raw.original == path.read_bytes()
    # What the researcher reads is what the page without the picture shows.
    assert process(path).article.blocks == process(plain).article.blocks
    post = _imported(library, path)
    assert any("Ada Lind" in block.text for block in post.blocks)
    _still_there(library, kept)


def test_a_small_inline_image_is_read_as_it_stands(tmp_path: Path) -> None:
    picture = base64.b64encode(b"GIF89a" + bytes(600)).decode()
    path = tmp_path / "pier.html"
    path.write_text(
        _page(before=f"<img src='data:image/gif;base64,{picture}' alt='A dot'>"),
        encoding="utf-8",
    )
    assert picture in (read(path).html or "")
