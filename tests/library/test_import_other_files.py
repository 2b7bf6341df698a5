"""A folder holding more than saved posts: the PDF, the image and the
archive a researcher may have meant to import are named in the report with
what they are (and the import still succeeds); a page's styles and scripts
pass silently; a saved page's own images are never listed."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.operations import ImportFiles, ImportStatus
from quotemark.library.service import Library
from tests.library.test_store_pages import write_post


def test_files_of_other_kinds_are_listed_with_what_they_are(
    tmp_path: Path, location: Path | str
) -> None:
    folder = tmp_path / "saved"
    write_post(folder, "ferry.html", "The Night Ferry", url="https://x.example/f")
    (folder / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    (folder / "pages.zip").write_bytes(b"PK\x03\x04")
    (folder / "style.css").write_text("p {}", encoding="utf-8")
    page_files = folder / "ferry_files"
    page_files.mkdir()
    (page_files / "map.png").write_bytes(b"\x89PNG")
    with Library.open(location) as library:
        report = library.run(ImportFiles((folder,))).value
    assert [r.status for r in report.results].count(ImportStatus.IMPORTED) == 1
    assert not report.failed
    skipped = {Path(r.path).name: r.message for r in report.skipped}
    assert sorted(skipped) == ["pages.zip", "paper.pdf", "photo.JPG"]
    assert "a PDF, not a saved web page" in skipped["paper.pdf"]
    assert "an image" in skipped["photo.JPG"]
    assert "unpack it and import the folder" in skipped["pages.zip"]
    assert all(message.startswith(str(folder)) for message in skipped.values())


def test_a_pdf_image_or_archive_given_directly_is_skipped_like_in_a_folder(
    tmp_path: Path, location: Path | str
) -> None:
    given = tmp_path / "given"
    given.mkdir()
    (given / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    (given / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (given / "pages.zip").write_bytes(b"PK\x03\x04")
    # A page saved under a misleading name is still read for what it is.
    write_post(given, "page.html", "The Night Ferry", url="https://x.example/f")
    misnamed = (given / "page.html").rename(given / "page.pdf")
    files = (given / "paper.pdf", given / "photo.png", given / "pages.zip", misnamed)
    with Library.open(location) as library:
        report = library.run(ImportFiles(files)).value
    assert not report.failed
    skipped = {Path(r.path).name: r.message for r in report.skipped}
    assert sorted(skipped) == ["pages.zip", "paper.pdf", "photo.png"]
    assert "a PDF, not a saved web page" in skipped["paper.pdf"]
    assert "an image" in skipped["photo.png"]
    assert "unpack it and import the folder" in skipped["pages.zip"]
    assert [r.status for r in report.results][-1] is ImportStatus.IMPORTED
