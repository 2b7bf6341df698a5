"""Telling an MHTML archive from a page by its first lines: the test now
refuses a file whose first line is no MIME header before splitting its head
into lines; its answers must be those of the line-by-line reading."""

from __future__ import annotations

import importlib
import random

sniff = importlib.import_module("quotemark.library.importers.sniff")


def _line_by_line(data: bytes) -> bool:
    # is_mhtml before stop 35, without the early refusal.
    headers: list[list[bytes]] = []
    stray = 0
    for raw in sniff._head(data).lstrip(b"\r\n").splitlines()[:200]:
        line = raw.rstrip(b"\r")
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not headers:
                return False
            headers[-1][1] += b" " + line.strip()
            continue
        if not sniff._HEADER_LINE.match(line):
            stray += 1
            if not headers or stray > 3:
                return False
            headers[-1][1] += b" " + line.strip()
            continue
        name, _, value = line.partition(b":")
        headers.append([name.strip().lower(), value.strip().lower()])
    found = dict((name, value) for name, value in headers)
    content_type = found.get(b"content-type", b"")
    if content_type.startswith(b"multipart/"):
        return True
    return b"mime-version" in found and content_type.startswith(b"text/html")


_PIECES = [
    b"MIME-Version: 1.0",
    b"Content-Type: multipart/related;",
    b'\tboundary="----=_Part"',
    b"Content-Type: text/html",
    b"From: <Saved by Blink>",
    b"Subject: A post",
    b"<!DOCTYPE html>",
    b"<html lang=en>",
    b" indented",
    b"no header here",
    b"X:",
    b":",
    b"",
    b"\xef\xbb\xbf",
]
_BREAKS = [b"\n", b"\r\n", b"\r", b"\n\n", b""]


def test_the_early_refusal_answers_as_the_line_by_line_reading() -> None:
    rng = random.Random(3535)
    for _ in range(6000):
        data = b"".join(rng.choice(_PIECES) + rng.choice(_BREAKS) for _ in range(rng.randint(0, 7)))
        if rng.random() < 0.3:
            data = rng.choice([b"\n", b"\r\n", b" ", b"\t"]) + data
        assert sniff.is_mhtml(data) == _line_by_line(data), data


def test_a_saved_archive_is_still_known_and_a_page_is_not() -> None:
    archive = (
        b"From: <Saved by Blink>\r\nSubject: Notes\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
    )
    assert sniff.is_mhtml(archive)
    assert not sniff.is_mhtml(b"<!DOCTYPE html>\n<html><body><p>Mara: hello</p></body></html>")
