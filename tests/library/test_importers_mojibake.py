"""Text garbled by a wrong encoding (UTF-8 read as windows-1252 and saved
again, "PeÃ±a") comes out of the importer repaired, in every format whose
text comes from the decoder; right text, accents and all, is left as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.importers.mojibake import repair
from quotemark.library.model import SourceFormat
from quotemark.library.service import ImportStatus, Library


def _as_1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five undefined bytes: C1 controls, as browsers read them


def garble(text: str, times: int = 1) -> str:
    """``text`` as a program that read its UTF-8 as windows-1252 left it."""
    for _time in range(times):
        text = "".join(map(_as_1252, text.encode("utf-8")))
    return text


NAME = "Pe\u00f1a Nieto"
POST = (
    "Mexico weighs the border deal\n\n"
    f"\u201cWe will not pay for any wall,\u201d said Enrique {NAME}, the president of Mexico.\n\n"
    "The talks in Guant\u00e1namo and Ciudad Ju\u00e1rez went on into the night.\n"
)


def test_plain_text_post_with_a_garbled_name_reads_as_written(tmp_path: Path) -> None:
    path = tmp_path / "border.txt"
    path.write_text(garble(POST), encoding="utf-8")
    doc = read(path)
    assert doc.format is SourceFormat.TEXT
    assert doc.text == POST
    assert doc.encoding == "utf-8"


def test_text_garbled_twice_and_only_in_parts_is_repaired(tmp_path: Path) -> None:
    first, rest = POST.split("\n\n", 1)
    path = tmp_path / "border.txt"
    # The title as written, one paragraph garbled twice, the last once.
    middle, last = rest.split("\n\n", 1)
    path.write_text(first + "\n\n" + garble(middle, 2) + "\n\n" + garble(last), encoding="utf-8")
    assert read(path).text == POST


@pytest.mark.parametrize(
    "text",
    [
        "Caf\u00e9 owners on the na\u00efve side said \u201cnever again\u201d \u2014 twice.",
        "Jo\u00e3o Leit\u00e3o of S\u00c3O PAULO met IRM\u00c3 MARIA in S\u00e3o Paulo.",
        "x\u00b2 + y\u00b3 = z\u00b2 at 90\u00b0 \u00b1 0.5 \u00b5m, \u00bd of \u00a35.",
        "CAF\u00c9\u2026 and NI\u00d1O\u201d and \u00c9COLE\u00bb stay as written.",
        "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440, \u65e5\u672c\u8a9e.",
    ],
)
def test_right_text_is_left_alone(tmp_path: Path, text: str) -> None:
    path = tmp_path / "right.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert read(path).text == text + "\n"


def test_html_page_title_author_and_body_come_out_repaired(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Fran\u00e7ois Delattre on the climate deal</title>"
        "<meta name='author' content='Ana Garc\u00eda'></head><body><article>"
        "<h1>Fran\u00e7ois Delattre on the climate deal</h1>"
        "<p class='byline'>By Ana Garc\u00eda</p>"
        "<p>\u201cThe deal is signed, the work begins,\u201d Fran\u00e7ois Delattre told "
        "reporters at the United Nations on a long and busy Friday afternoon.</p>"
        "<p>S\u00e9gol\u00e8ne Royal, the French minister of the environment, said the "
        "na\u00efve hopes of the summer had given way to a plan with dates and money.</p>"
        "<pre>print('Ã©')  # how mojibake looks</pre>"
        "</article></body></html>"
    )
    garbled = garble(page).replace(garble("print('Ã©')"), "print('Ã©')")
    path = tmp_path / "deal.html"
    path.write_text(garbled, encoding="utf-8")
    doc = read(path)
    assert doc.html is not None
    assert "Fran\u00e7ois" in doc.html
    article = extract(doc)
    assert article.metadata.title == "Fran\u00e7ois Delattre on the climate deal"
    assert article.metadata.authors == ("Ana Garc\u00eda",)
    body = "\n".join(block.text for block in article.blocks)
    assert "S\u00e9gol\u00e8ne Royal" in body
    assert "na\u00efve" in body
    assert "\u00c3" not in body.replace("print('Ã©')", "")
    # The code sample shows mojibake on purpose: kept as written.
    assert "print('Ã©')" in body


PNG = (
    Path(__file__).resolve().parent.parent / "fixtures" / "importers" / "complete"
    / "harbour_files" / "pier.png"
).read_bytes()  # fmt: skip


def _garbled_page(title: str, image: str = "") -> str:
    return garble(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{image}"
        + "".join(f"<p>{line}</p>" for line in POST.split("\n\n")[1:])
        + "</article></body></html>"
    )


def test_web_page_complete_is_repaired_and_keeps_its_images(tmp_path: Path) -> None:
    files = tmp_path / "border_files"
    files.mkdir()
    (files / "wall.png").write_bytes(PNG)
    path = tmp_path / "border.html"
    path.write_text(
        _garbled_page("Pe\u00f1a Nieto at the border", "<img src='border_files/wall.png'>"),
        encoding="utf-8",
    )
    doc = read(path)
    assert doc.format is SourceFormat.WEB_PAGE_COMPLETE
    assert "border_files/wall.png" in doc.resources
    assert extract(doc).metadata.title == "Pe\u00f1a Nieto at the border"


def test_re_extraction_keeps_the_repair(tmp_path: Path) -> None:
    """The stored post is read again from what was stored at import: the
    repaired page, not the garbled original decoded afresh."""
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "border.html").write_text(
        _garbled_page("Pe\u00f1a Nieto at the border"), encoding="utf-8"
    )
    with Library.open(tmp_path / "library.sqlite") as library:
        (imported,) = library.import_paths([folder]).results
        assert imported.post_id is not None
        library.reextract([imported.post_id])
        post = library.post(imported.post_id)
    assert post.metadata.title == "Pe\u00f1a Nieto at the border"
    assert any(NAME in block.text for block in post.blocks)


def test_mhtml_page_is_repaired(tmp_path: Path) -> None:
    html = f"<html><head><title>{garble(NAME)}</title></head><body><p>{garble(POST)}</p>"
    archive = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/border\r\n"
        "Subject: border\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "Content-Location: https://news.example.org/border\r\n\r\n"
        f"{html}\r\n------B--\r\n"
    )
    path = tmp_path / "border.mhtml"
    path.write_bytes(archive.encode("utf-8"))
    doc = read(path)
    assert doc.format is SourceFormat.MHTML
    assert doc.html is not None
    assert f"<title>{NAME}</title>" in doc.html
    assert "Guant\u00e1namo" in doc.html


def test_garbled_speaker_is_found_after_import(tmp_path: Path) -> None:
    """End to end: a plain-text post whose speaker's name is garbled is
    stored with the name repaired, and the quotation's speaker is that name."""
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "border.txt").write_text(garble(POST), encoding="utf-8")
    with Library.open(tmp_path / "library.sqlite") as library:
        result = library.import_paths([folder])
        (imported,) = result.results
        assert imported.status is ImportStatus.IMPORTED
        assert imported.post_id is not None
        post = library.post(imported.post_id)
    body = "\n".join(block.text for block in post.blocks)
    assert NAME in body
    assert "\u00c3" not in body
    speakers = [q.speaker.name for q in post.analysis.quotes if q.speaker is not None]
    assert speakers == [f"Enrique {NAME}"]


def test_repair_maps_places_back_to_the_text_as_it_came() -> None:
    raw = f"said {garble(NAME)}: {garble('“no”', 2)} ok"
    fixed = repair(raw)
    assert fixed.text == f"said {NAME}: “no” ok"
    for word in ("said", "Nieto", "no", "ok"):
        at = fixed.text.index(word)
        start = fixed.original_offset(at)
        end = fixed.original_offset(at + len(word))
        assert raw[start:end] == word
        assert fixed.repaired_offset(start) == at
    # A place inside a garbled letter is the repaired letter's.
    inside = raw.index("Ã") + 1
    assert fixed.text[fixed.repaired_offset(inside)] == "ñ"


def test_clean_text_is_returned_as_it_is() -> None:
    text = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve."
    fixed = repair(text)
    assert fixed.text is text
    assert not fixed.repaired
