"""Odd files a researcher really saves (stop 39, s39-harden). Each is
written by the test into a temporary folder and imported through the core
API the window calls, into a real library that already holds a clipped
post: the odd file imports sensibly or is refused naming the file and the
problem, and the post and its clip still open afterwards."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from quotemark.library.model import Post
from quotemark.library.service import ImportStatus, Library

_PARAGRAPHS = (
    "Tom Hale said the harbour board would meet on Friday to decide the pier's future.",
    '"We have waited long enough," said Ada Lind, who chairs the board.',
    "The pier has been closed since the storm in March; repairs will take a year.",
)


_KEPT = (
    "The harbour board met on Monday and Ada Lind read the accounts aloud.",
    '"The ferry will run again in May," said Tom Hale, the harbour master.',
)


def _page(
    title: str = "The Pier", before: str = "", paragraphs: tuple[str, ...] = _PARAGRAPHS
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{before}{body}</article></body></html>"
    )


def _kept(library: Library, folder: Path) -> tuple[int, int]:
    """A clipped post already in the library: (its id, its clip's id)."""
    folder.mkdir()
    path = folder / "board.html"
    path.write_text(_page("The Board Meets", paragraphs=_KEPT), encoding="utf-8")
    [result] = library.import_paths([path]).results
    assert result.post_id is not None
    clip, _ = library.clip(result.post_id, library.find_span(result.post_id, quote=1))
    return result.post_id, clip.id


def _imported(library: Library, path: Path) -> Post:
    """The post ``path`` became, asserting it was imported."""
    [result] = library.import_paths([path]).results
    assert result.status is ImportStatus.IMPORTED, result.message
    assert result.post_id is not None
    return library.post(result.post_id)


def _still_there(library: Library, kept: tuple[int, int]) -> None:
    post_id, clip_id = kept
    assert library.post(post_id).metadata.title == "The Board Meets"
    assert library.get_clip(clip_id).post_id == post_id
    assert library.check().damaged == ()


def _mhtml(part: str) -> bytes:
    return (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://example.org/pier\r\n"
        "Subject: The Pier\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
        f"--B\r\n{part}\r\n--B--\r\n"
    ).encode("ascii")


def test_an_mhtml_page_whose_base64_does_not_decode_is_refused_by_name(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    encoded = base64.b64encode(_page().encode()).decode()
    path = tmp_path / "pier.mhtml"
    # Three characters short, one over a whole group of four: no padding
    # mends it, and the standard parser hands back the base64 text itself.
    path.write_bytes(
        _mhtml(
            f"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n{encoded[:-3]}"
        )
    )
    [result] = library.import_paths([path]).results
    assert result.status is ImportStatus.FAILED
    assert str(path) in result.message
    assert "base64" in result.message
    assert "internal error" not in result.message
    _still_there(library, kept)


def test_an_mhtml_image_whose_base64_is_broken_is_left_out(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    shown = "<img src='https://example.org/harbour.png' alt='The harbour'>"
    page = quopri.encodestring(_page(before=shown).encode()).decode()
    image = (
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://example.org/harbour.png\r\n\r\n" + "!not*base64@" * 40
    )
    path = tmp_path / "pier.mhtml"
    path.write_bytes(
        _mhtml(
            "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            f"{page}\r\n--B\r\n{image}"
        )
    )
    post = _imported(library, path)
    assert any("Ada Lind" in block.text for block in post.blocks)
    # What was stored as the image would be the base64 text, not a picture.
    assert post.resources == ()
    _still_there(library, kept)


def test_a_complete_page_naming_an_image_too_long_for_the_system_imports(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    saved = tmp_path / "saved"
    (saved / "pier_files").mkdir(parents=True)
    (saved / "pier_files" / "harbour.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    long_name = "h" * 300 + ".png"  # over the 255 bytes a file name may have
    images = f"<img src='pier_files/{long_name}'><img src='pier_files/harbour.png'>"
    page = saved / "pier.html"
    page.write_text(_page(before=images), encoding="utf-8")
    post = _imported(library, page)
    assert any("harbour board" in block.text for block in post.blocks)
    # The image that is there is still kept.
    assert "pier_files/harbour.png" in {resource.name for resource in post.resources}
    _still_there(library, kept)


def test_a_page_changed_since_its_import_is_said_to_differ(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    path = tmp_path / "pier.html"
    canonical = "<link rel='canonical' href='https://example.org/pier'>"
    path.write_text(_page().replace("</head>", f"{canonical}</head>"), encoding="utf-8")
    [first] = library.import_paths([path]).results
    assert first.status is ImportStatus.IMPORTED, first.message
    [same] = library.import_paths([path]).results
    assert same.status is ImportStatus.DUPLICATE
    assert same.post_id == first.post_id
    assert "differs" not in same.message  # the same file twice: nothing to add
    path.write_text(path.read_text().replace("on Friday", "on Monday"), encoding="utf-8")
    [changed] = library.import_paths([path]).results
    assert changed.status is ImportStatus.DUPLICATE
    assert changed.post_id == first.post_id
    assert "same address" in changed.message
    assert "differs" in changed.message
    assert first.post_id is not None
    stored = " ".join(block.text for block in library.post(first.post_id).blocks)
    assert "on Friday" in stored  # the stored post is kept, not replaced
    _still_there(library, kept)


def test_an_mhtml_root_part_with_no_content_type_is_the_page_the_archive_names(
    library: Library, tmp_path: Path
) -> None:
    kept = _kept(library, tmp_path / "kept")
    page = quopri.encodestring(_page().encode()).decode()
    path = tmp_path / "pier.mhtml"
    path.write_bytes(_mhtml(f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{page}"))
    post = _imported(library, path)
    assert post.metadata.title == "The Pier"
    assert any("Ada Lind" in block.text for block in post.blocks)
    _still_there(library, kept)


def test_an_mhtml_without_an_html_type_or_part_is_still_refused(
    library: Library, tmp_path: Path
) -> None:
    page = quopri.encodestring(_page().encode()).decode()
    path = tmp_path / "notes.mhtml"
    archive = _mhtml(f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{page}")
    # The archive does not say its root is a page: text/plain, as the RFC has it.
    path.write_bytes(archive.replace(b'type="text/html"; ', b""))
    [result] = library.import_paths([path]).results
    assert result.status is ImportStatus.FAILED
    assert str(path) in result.message
    assert "no HTML page" in result.message
