"""A page's declared charset is looked for only where it can change how the
page is read: the answer is the one the eager search gave."""

from __future__ import annotations

import random

from quotemark.library.importers.decode import declared_charset, decode
from quotemark.library.importers.html_file import decode_html

_PIECES: list[bytes] = [
    b"<html><head>",
    b'<meta charset="utf-8">',
    b'<meta charset="windows-1252">',
    b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=ISO-8859-1'>",
    b'<meta charset="koi8-r">',
    b'<meta charset="no-such-charset">',
    b"<title>A day at the lake</title></head><body>",
    b"<p>plain words and more plain words</p>",
    "<p>caf\u00e9 cr\u00e8me, na\u00efve \u2014 \u201cquoted\u201d</p>".encode(),
    "<p>caf\u00e9 cr\u00e8me br\u00fbl\u00e9e</p>".encode("cp1252"),
    "<p>\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u0435\u0433\u043e\u0434\u043d\u044f</p>".encode(
        "utf-8"
    ),
    "<p>\u041c\u043e\u0441\u043a\u0432\u0430</p>".encode("koi8-r"),
    b"\xc3",
    b"\x81\x8d",
    b"</body></html>",
]
_OPENINGS = [b"", b"", b"", b"\xef\xbb\xbf", b'<?xml version="1.0" encoding="iso-8859-2"?>']


def _eager(data: bytes) -> tuple[str, str] | None:
    decoded = decode(data, declared_charset(data))
    return None if decoded is None else (decoded.text, decoded.encoding)


def test_lazy_declaration_reads_pages_as_the_eager_search() -> None:
    rng = random.Random(33)
    for _ in range(1500):
        data = rng.choice(_OPENINGS) + b"".join(
            rng.choice(_PIECES) for _ in range(rng.randint(0, 9))
        )
        lazy = decode_html(data)
        assert (None if lazy is None else (lazy.text, lazy.encoding)) == _eager(data), data


def test_utf8_page_is_not_searched_for_its_charset() -> None:
    asked: list[bytes] = []

    def declaration(data: bytes) -> str | None:
        asked.append(data)
        return declared_charset(data)

    page = '<meta charset="windows-1252"><p>d\u00e9j\u00e0 vu</p>'.encode()
    decoded = decode(page, declaration=declaration)
    assert decoded is not None
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("d\u00e9j\u00e0 vu</p>")
    assert asked == []


def test_legacy_and_ascii_pages_still_read_their_declaration() -> None:
    legacy = '<meta charset="koi8-r"><p>\u041c\u0438\u0440</p>'.encode("koi8-r")
    decoded = decode_html(legacy)
    assert decoded is not None
    assert decoded.text.endswith("\u041c\u0438\u0440</p>")
    ascii_page = b'<meta charset="iso-8859-1"><p>plain</p>'
    decoded = decode_html(ascii_page)
    assert decoded is not None
    assert decoded.encoding == "windows-1252"
