"""Bytes on disk to :class:`~quotemark.library.model.RawDocument`.

The format is sniffed from the content, never trusted from the extension:
single-file HTML, a "Web page, complete" (HTML plus its ``NAME_files/``
folder), MHTML, or plain text.
"""

from __future__ import annotations

import re
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from quotemark.library.errors import UnreadableInput, UnsupportedFormat
from quotemark.library.importers.decode import Decoded, decode, prefix_control_ratio
from quotemark.library.importers.folders import discover
from quotemark.library.importers.html_file import decode_html, page_url, saved_date
from quotemark.library.importers.mhtml import read_mhtml
from quotemark.library.importers.mojibake import Repair, garbled, repair
from quotemark.library.importers.sniff import (
    bomless_wide,
    has_nul,
    mostly_nul_free,
    not_a_post,
    sniff,
)
from quotemark.library.importers.webpage_complete import files_folder, local_images
from quotemark.library.model import RawDocument, SourceFormat, TextRepair
from quotemark.library.paths import display_path

__all__ = ["MAX_INPUT_BYTES", "MAX_TEXT_LINES", "discover", "read", "references_repaired"]

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Larger inputs are refused with a clear message: no saved post is that big,
and reading one would stall the import."""

MAX_TEXT_LINES = 2_000_000
"""A plain-text file with more lines than this is refused before it is
split: each line costs the text extractor about 9 µs, so ten million
one-letter lines (20 MB) took 72 s, while a post of 64 MB (the size cap) at
a typical 60 characters a line has about a million."""

_INLINE_DATA_KEPT = 65536
"""An inline ``data:`` URI's base64 longer than this is cut from a page
before it is decoded (see :func:`_without_inline_data`)."""
_BASE64_RUN = re.compile(rb"[A-Za-z0-9+/=]*")
_SAMPLE_STEP = 1024
_SAMPLED_RUN = re.compile(rb"[A-Za-z0-9+/=]{%d}" % (_INLINE_DATA_KEPT // _SAMPLE_STEP))
"""A run of base64 longer than :data:`_INLINE_DATA_KEPT` covers at least
this many bytes in a row of the page taken every :data:`_SAMPLE_STEP`."""

_CONTROL_LIMIT = 0.02
"""Text with more control characters than this share is a binary file."""


def read(path: Path) -> RawDocument:
    """Read one input file and decode it.

    Raises :class:`~quotemark.library.errors.UnreadableInput` (or a subclass) with a
    message naming the file and the problem for anything that is not a post
    Quotemark can read: missing or unreadable path, empty, binary, too large,
    truncated or malformed MHTML, undecodable text.
    """
    path = Path(path)
    # Messages name the file as a user can read it (a name that is not
    # UTF-8 shows U+FFFD); the file is still opened by its own name.
    name = display_path(str(path))
    original, modified = _load(path, name)
    data = original
    # (Not `data.strip()`: that copies the whole file when it ends with a
    # line break, as nearly every page does; both take the same bytes for
    # whitespace.)
    if not data or data.isspace():
        raise UnreadableInput(f"{name}: the file is empty.", path=str(path))
    kind = not_a_post(data)
    if kind is not None:
        raise UnsupportedFormat(
            f"{name}: this is {kind}, not a saved web page or text; Quotemark imports HTML, "
            "MHTML and plain-text posts.",
            path=str(path),
        )
    nul = has_nul(data)
    wide = bomless_wide(data) if nul else None
    if nul and wide is None and not mostly_nul_free(data):
        raise UnsupportedFormat(
            f"{name}: this is a binary file, not a saved web page or text.", path=str(path)
        )
    if wide is not None:
        data = data.decode(wide, "replace").encode("utf-8")
    elif nul:
        # A stray NUL in text is damage, not content, and invisible: dropped
        # (in every charset but UTF-16/32, handled above, no character
        # contains a zero byte). The stored original keeps it.
        data = data.replace(b"\x00", b"")
    source = sniff(data)
    if source is SourceFormat.MHTML:
        archive = read_mhtml(name, data, str(path))
        fixed = repair(archive.html, html=True)
        return RawDocument(
            path=str(path),
            format=SourceFormat.MHTML,
            original=original,
            html=fixed.text,
            url=archive.url,
            saved_at=archive.saved_at or modified,
            encoding=archive.encoding,
            resources=archive.resources,
            repaired=_told(fixed),
        )
    if source is SourceFormat.HTML:
        data = _without_inline_data(data)
        decoded, told = _repaired(_readable(decode_html(data), name, path, wide), html=True)
        folder = files_folder(path, decoded.text)
        left_out: list[str] = []
        resources = local_images(path, decoded.text, folder, left_out) if folder is not None else {}
        return RawDocument(
            path=str(path),
            format=SourceFormat.WEB_PAGE_COMPLETE if folder is not None else SourceFormat.HTML,
            original=original,
            html=decoded.text,
            url=page_url(decoded.text),
            saved_at=saved_date(decoded.text) or modified,
            encoding=decoded.encoding,
            resources=resources,
            html_utf8=decoded.utf8,
            repaired=told,
            images_left_out=tuple(left_out),
        )
    _check_lines(data, name, path)
    decoded, told = _repaired(_readable(decode(data), name, path, wide))
    return RawDocument(
        path=str(path),
        format=SourceFormat.TEXT,
        original=original,
        text=decoded.text,
        saved_at=modified,
        encoding=decoded.encoding,
        repaired=told,
    )


def _without_inline_data(data: bytes) -> bytes:
    """The page with the base64 of every large inline ``data:`` URI left out
    (``src="data:image/png;base64,"`` stays, empty). The extractor shows no
    ``data:`` image (it takes one for a placeholder), yet a 10 MB picture
    inline cost its size again as text (twice over in a page of curly
    quotes), in the parser's tree and in the stored HTML. The stored
    original keeps it. Pages without one pay a look at every 1,024th byte."""
    # A run of more than 65,536 base64 bytes holds 64 of the bytes sampled
    # every 1,024 in a row, all base64; a page without such a sample holds
    # no run to cut. The sample is a 1,024th of the page, while the marker's
    # search read every byte (about a million instructions for each 1 MB).
    if _SAMPLED_RUN.search(data[::_SAMPLE_STEP]) is None:
        return data
    # (No marker at all: the loop never runs and nothing is cut.)
    start = data.find(b";base64,")
    pieces: list[bytes] = []
    kept = 0
    while start >= 0:
        start += len(b";base64,")
        run = _BASE64_RUN.match(data, start)
        end = run.end() if run is not None else start
        if end - start > _INLINE_DATA_KEPT:
            pieces.append(data[kept:start])
            kept = end
        start = data.find(b";base64,", end)
    if not pieces:
        return data
    pieces.append(data[kept:])
    return b"".join(pieces)


def _check_lines(data: bytes, name: str, path: Path) -> None:
    """Refuse a text of more lines than :data:`MAX_TEXT_LINES`, naming the
    count. Counted in the bytes (memchr, about 1 ms a megabyte; ``\\r``
    alone ends a line in old Mac files): the count is the same in every
    encoding read here as ASCII-compatible, and UTF-16 or UTF-32 has been re-encoded."""
    lines = max(data.count(b"\n"), data.count(b"\r"))
    if lines > MAX_TEXT_LINES:
        raise UnsupportedFormat(
            f"{name}: the text has {lines:,} lines (a post has far fewer; at most "
            f"{MAX_TEXT_LINES:,} are read); it is not a post Quotemark can import.",
            path=str(path),
        )


def _repaired(decoded: Decoded, html: bool = False) -> tuple[Decoded, TextRepair | None]:
    """The decoded text with UTF-8 garbled by a wrong encoding repaired
    (:mod:`~quotemark.library.importers.mojibake`), and what was repaired;
    as it was, bytes and all, when it has none."""
    fixed = repair(decoded.text, html, decoded.utf8)
    if not fixed.repaired:
        return decoded, None
    return Decoded(fixed.text, decoded.encoding), _told(fixed)


def references_repaired(raw: RawDocument, shown: str) -> RawDocument | None:
    """``raw`` with mojibake written as character references repaired
    ("Pe&Atilde;&plusmn;a", "&#195;&#169;", "&acirc;&#128;&#156;"), when the
    text extracted from it, ``shown``, still looks garbled (``None``
    otherwise, or when there was none to repair).

    The references are expanded by the parser, after the repair in
    :func:`read` has run; searching every page's markup for them would cost
    each import a pass over its bytes, while the text extracted is a few
    kilobytes and the cheap test over it finds the rare page that needs it.
    """
    if raw.html is None or not garbled(shown):
        return None
    fixed = repair(raw.html, html=True, references=True)
    if not fixed.repaired:
        return None
    told = _told(fixed)
    if raw.repaired is not None and told is not None:
        # The first few of both passes, as read gave them (at most as many).
        kept = max(len(raw.repaired.samples), len(told.samples))
        samples = tuple(dict.fromkeys((*raw.repaired.samples, *told.samples)))[:kept]
        told = TextRepair(raw.repaired.places + told.places, samples)
    return replace(raw, html=fixed.text, html_utf8=None, repaired=told)


def _told(fixed: Repair) -> TextRepair | None:
    """What the researcher is told of a repair (``None``: nothing repaired)."""
    return TextRepair(len(fixed.pieces), fixed.samples) if fixed.repaired else None


def _unreadable(name: str, path: Path, error: OSError) -> UnreadableInput:
    """The message for a file the system would not let us stat or read."""
    if isinstance(error, FileNotFoundError):
        problem = "there is no such file."
    elif isinstance(error, PermissionError):
        problem = "permission to read the file was denied."
    else:
        problem = f"the file cannot be read ({error.strerror or error})."
    return UnreadableInput(f"{name}: {problem}", path=str(path))


def _load(path: Path, name: str) -> tuple[bytes, str | None]:
    """The file's bytes and modification time, after checking (without
    reading) that it is a regular file of a size worth reading."""
    try:
        info = path.stat()
    except OSError as error:
        raise _unreadable(name, path, error) from error
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableInput(
            f"{name}: this is a folder, not a file; import the folder to import every post in it.",
            path=str(path),
        )
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInput(f"{name}: this is not a regular file.", path=str(path))
    if info.st_size == 0:
        raise UnreadableInput(f"{name}: the file is empty.", path=str(path))
    if info.st_size > MAX_INPUT_BYTES:
        raise UnreadableInput(
            f"{name}: the file is too large ({info.st_size / 1024 / 1024:.0f} MB; a saved post "
            f"is at most {MAX_INPUT_BYTES // 1024 // 1024} MB).",
            path=str(path),
        )
    try:
        with path.open("rb") as handle:
            # One byte more than allowed: a file that grew since stat() is
            # still refused instead of read without bound. Asking for the
            # size stat() gave first spares a 64 MB buffer per file (a
            # third of the reading time of a typical page).
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_INPUT_BYTES + 1 - len(data))
    except OSError as error:
        raise _unreadable(name, path, error) from error
    if len(data) > MAX_INPUT_BYTES:
        raise UnreadableInput(f"{name}: the file is too large.", path=str(path))
    modified = datetime.fromtimestamp(info.st_mtime, tz=UTC).isoformat(timespec="seconds")
    return data, modified


def _readable(decoded: Decoded | None, name: str, path: Path, wide: str | None = None) -> Decoded:
    """The decoded text, refused when it is not text after all. ``wide``
    names the encoding the file really had when it was UTF-16 or UTF-32 without a
    byte-order mark (re-encoded as UTF-8 before decoding)."""
    if decoded is not None and wide is not None:
        decoded = Decoded(decoded.text, wide, decoded.utf8)
    if decoded is None:
        raise UnreadableInput(
            f"{name}: the text encoding could not be recognised; save the file as UTF-8 and "
            "import it again.",
            path=str(path),
        )
    if prefix_control_ratio(decoded, 65536) > _CONTROL_LIMIT:
        raise UnsupportedFormat(
            f"{name}: this is a binary file, not a saved web page or text.", path=str(path)
        )
    return decoded
