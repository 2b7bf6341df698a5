"""A page read as UTF-8 (or ASCII) as it stands is parsed from the bytes read,
not from its text encoded again: what the reader gets must not depend on
which of the two the parser was handed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.model import Article, RawDocument

IMPORTERS = Path(__file__).resolve().parent.parent / "fixtures" / "importers"

PAGE = (
    "<html><head><title>Quay notes</title></head><body><article><h1>Quay notes</h1>"
    "<p>Caf\u00e9 owners on the na\u00efve side of the quay said \u201cnever again\u201d"
    " \u2014 twice, and the harbour master agreed with them at the evening meeting.</p>"
    "<p>\u0421\u043f\u0430\u0441\u0438\u0431\u043e, said the ferry's cook, who had"
    " heard it all before and wrote it down in the log for the next crew.</p>"
    "</article></body></html>"
)


def _same_without_bytes(raw: RawDocument) -> Article:
    again = extract(replace(raw, html_utf8=None))
    article = extract(raw)
    assert article == again
    return article


@pytest.mark.parametrize(
    "name",
    [
        "utf8.html",
        "windows-1252.html",
        "bom-utf8.html",
        "bom-utf16.html",
        "declared-utf8-is-1252.html",
        "declared-latin1-is-utf8.html",
        "undeclared-1252.html",
        "shift_jis.html",
        "og-url.html",
    ],
)
def test_a_saved_page_reads_the_same_from_its_bytes(name: str) -> None:
    raw = read(IMPORTERS / name)
    assert raw.html is not None
    if raw.html_utf8 is not None:
        assert raw.html_utf8 == raw.html.encode("utf-8")
    _same_without_bytes(raw)


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        (PAGE.encode("utf-8"), True),
        (PAGE.encode("utf-8").replace(b"<p>", b"<p>\x00", 1), True),  # a stray NUL
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), False),  # the BOM is not text
        (PAGE.encode("utf-16-le"), True),  # no BOM: read as UTF-8 re-encoded
        (PAGE.encode("utf-8").replace("\u2014".encode(), b"\x97", 1), False),  # mostly UTF-8
    ],
)
def test_only_bytes_that_are_the_text_are_reused(tmp_path: Path, data: bytes, kept: bool) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    raw = read(path)
    assert raw.html is not None
    assert (raw.html_utf8 is not None) is kept
    if raw.html_utf8 is not None:
        assert raw.html_utf8 == raw.html.encode("utf-8")
    article = _same_without_bytes(raw)
    assert "harbour master agreed" in "\n".join(block.text for block in article.blocks)
