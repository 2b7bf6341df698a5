"""What a file is, judged by its bytes: never by its extension, which a saved
post often gets wrong (``.htm`` holding MHTML, ``.txt`` holding HTML)."""

from __future__ import annotations

import re

from quotemark.library.importers.decode import bom_encoding
from quotemark.library.model import SourceFormat

# Leading bytes of formats that are certainly not a saved post, and how to
# name them to the user.
_NOT_POSTS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document or e-book, which are ZIP inside)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"{\\rtf", "an RTF document"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (
        b"bplist00",
        "a Safari web archive or another binary property list (in Safari, save the page "
        'as "Page Source" instead)',
    ),
)

_IMAGE_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
)

_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_HTML_START = re.compile(
    rb"^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|"
    rb"<(?:p|div|article|section|main|h[1-6]|table|ul|ol|blockquote|figure|span|a)[\s>])",
    re.IGNORECASE,
)
_JUNK_BEFORE_MARKUP = 256
_HTML_INSIDE = re.compile(rb"<html[\s>]|<body[\s>]|<!doctype\s+html|<head[\s>]", re.IGNORECASE)


def not_a_post(data: bytes) -> str | None:
    """What ``data`` is ("a PNG image") when its leading bytes show a format
    that is certainly not a saved post; ``None`` otherwise."""
    for magic, name in _NOT_POSTS:
        if data.startswith(magic):
            return name
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "a video or image container (MP4, MOV, HEIC or AVIF)"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "a bzip2-compressed file"
    if data.startswith(b"ID3") and len(data) > 3 and data[3] < 10:
        return "an MP3 audio file"
    return None


def image_type(data: bytes) -> str | None:
    """The media type of an image, from its bytes; ``None`` when the bytes
    are not an image a page would show."""
    for magic, media_type in _IMAGE_TYPES:
        if data.startswith(magic):
            return media_type
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    return None


NUL_LIMIT = 0.001
"""Share of NUL bytes above which a file is binary. A saved page or text can
carry a stray NUL or two (a bad copy, a broken editor); a binary file holds
them by the thousand."""


def has_nul(data: bytes) -> bool:
    """Whether the data holds NUL bytes where text would not (UTF-16 and
    UTF-32 text with a byte-order mark is fine)."""
    if bom_encoding(data) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return False
    return b"\x00" in data


def mostly_nul_free(data: bytes) -> bool:
    """Whether the NUL bytes in ``data`` are too few to make it binary (a
    handful always are, so a short note with one is still text)."""
    return data.count(b"\x00") <= max(4, NUL_LIMIT * len(data))


def bomless_wide(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes fall in every other byte of
    mostly-ASCII text: UTF-16 saved without a byte-order mark; likewise
    ``utf-32-le``/``utf-32-be`` when three bytes of every four are NUL."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    if not len(data) % 4:
        # UTF-32 of mostly-ASCII text: in each group of four, the high byte
        # is always zero (Unicode ends at U+10FFFF), the next nearly always
        # (below U+10000), and the ASCII character's own byte is not. UTF-16
        # puts a character's byte in the third place of four.
        first, second, third, fourth = (sample[i::4] for i in range(4))
        if _wide(fourth, third, first):
            return "utf-32-le"
        if _wide(first, second, fourth):
            return "utf-32-be"
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _wide(high: bytes, next_high: bytes, low: bytes) -> bool:
    """Whether a UTF-32 sample's bytes, taken place by place, are those of
    mostly-ASCII text: the high byte always zero, the next nearly always,
    the low byte nearly never."""
    return (
        not high.strip(b"\0")
        and next_high.count(0) >= 0.9 * len(next_high)
        and low.count(0) <= 0.1 * len(low)
    )


def _head(data: bytes) -> bytes:
    """The first few kilobytes as ASCII-compatible bytes (a UTF-16 file is
    re-encoded so the markers below can be found)."""
    bom = bom_encoding(data)
    sample = data[:16384]
    if bom in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        unit = 4 if bom.startswith("utf-32") else 2
        sample = sample[: len(sample) - len(sample) % unit]
        sample = sample.decode(bom, "replace").encode("utf-8", "replace")
    elif bom == "utf-8":
        sample = sample[3:]
    return sample


def is_mhtml(data: bytes) -> bool:
    """Whether the file opens with a MIME header block that announces a
    multipart document (or a single HTML part): an MHTML archive."""
    head = _head(data).lstrip(b"\r\n")
    if not _HEADER_LINE.match(head):
        # The answer for every page but an archive: a first line that is
        # blank, indented or no header is refused below, and a header's
        # name and colon hold no line break. (Splitting a page's 16 KB into
        # lines first cost more than the rest of the test.)
        return False
    headers: list[list[bytes]] = []
    stray = 0
    for raw in head.splitlines()[:200]:
        line = raw.rstrip(b"\r")
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not headers:
                return False
            headers[-1][1] += b" " + line.strip()
            continue
        if not _HEADER_LINE.match(line):
            # Browsers have written a header's continuation unindented;
            # tolerate a few such lines once the block has begun.
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


def is_html(data: bytes) -> bool:
    """Whether the text is HTML: it starts with markup (after a comment such
    as "saved from url") or names ``<html>``/``<body>`` near its top."""
    head = _head(data).lstrip()
    if _HTML_START.match(head):
        return True
    if head.startswith((b"<!--", b"<?xml")):
        return bool(_HTML_INSIDE.search(head[:8192]))
    # A little junk may precede the markup (a stray line a tool wrote); text
    # that merely mentions <html> further in is not a page.
    return bool(_HTML_INSIDE.search(head[:_JUNK_BEFORE_MARKUP]))


def sniff(data: bytes) -> SourceFormat:
    """HTML, MHTML or text for bytes already known to be neither empty nor a
    binary format. (A "Web page, complete" is HTML here; the importer looks
    for its folder.)"""
    if is_mhtml(data):
        return SourceFormat.MHTML
    if is_html(data):
        return SourceFormat.HTML
    return SourceFormat.TEXT
