"""Bytes to text: byte-order mark, then the declared charset checked against
the bytes, then detection.

Saved pages often lie about their encoding (a template says ``utf-8`` while
the server sent windows-1252, or an old page says ``iso-8859-1`` around UTF-8
text), so a declaration is only believed when the bytes agree with it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import charset_normalizer

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What browsers do with these labels (the WHATWG Encoding standard): Latin-1
# and ASCII are read as windows-1252, GB2312 as GB18030, and so on. A UTF-16
# label inside bytes we could read as ASCII is a lie: read them as UTF-8.
_ALIASES = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    # Browsers read Shift_JIS as Microsoft's superset (NEC and IBM extensions).
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "shift-jis": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "unicode": "utf-8",
    "utf8": "utf-8",
}

_MULTIBYTE = frozenset(
    {"utf_8", "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "big5", "big5hkscs"}
    | {"cp949", "euc_kr", "cp950", "johab", "gbk", "gb2312", "hz", "utf_16", "utf_32"}
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")

# Characters that turn up in Western European text read as windows-1252;
# anything else from that code page (box art, stray symbols) means the guess
# is wrong.
_WESTERN = frozenset(
    [chr(code) for code in range(0xA0, 0x100)]
    + list("\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192\u20ac\u2122\u2022")
    # Quotation marks, dashes and the ellipsis.
    + list("\u201c\u201d\u2018\u2019\u201a\u201e\u2013\u2014\u2026\u2039\u203a")
    # Daggers, per mille and the spacing accents.
    + list("\u2020\u2021\u02c6\u2030\u02dc")
)


_NOT_WESTERN = re.compile(
    "[^\\x00-\\x7f\\x81\\x8d\\x8f\\x90\\x9d" + re.escape("".join(sorted(_WESTERN))) + "]"
)
_NOT_LETTERS = bytes(
    set(range(0x80)) - set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
)
_SAMPLE = 1024 * 1024
"""Proportions are judged on the first megabyte; a whole page adds nothing."""
_WESTERN_LETTERS = re.compile(
    "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192]"
)
_ESCAPED = re.compile("[\udc80-\udcff]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
"""U+0080-U+009F in UTF-8 (0xC2 only ever leads a character)."""
_C1_STEPS = 64
"""0xC2 bytes read one by one before the pattern counts the rest."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the encoding it was read with; ``utf8``, when set, is exactly
    ``text.encode("utf-8")``: the bytes were decoded as they stand."""

    text: str
    encoding: str
    utf8: bytes | None = field(default=None, compare=False, repr=False)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _strip_bom(data: bytes) -> bytes:
    for bom, _name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :]
    return data


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (``<meta charset>``, the
    ``http-equiv`` Content-Type, or an XML declaration), normalised to a
    Python codec name the way browsers read the label; ``None`` when absent
    or unknown."""
    # Pages with a megabyte of inline styles before their <meta> exist.
    # (Searched up to that bound in place: a slice would copy the page.)
    head = 1024 * 1024
    found = _XML_ENCODING.match(data, 0, head) or _META_CHARSET.search(data, 0, head)
    if found is None:
        return None
    return normalise_label(found.group(1).decode("ascii", "replace"))


def normalise_label(label: str) -> str | None:
    """A charset label as the Python codec browsers would use for it."""
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(
    data: bytes,
    declared: str | None = None,
    *,
    declaration: Callable[[bytes], str | None] | None = None,
) -> Decoded | None:
    """Decode ``data``: a BOM wins; a declared charset is used when the bytes
    agree with it; otherwise the encoding is detected. ``None`` when no
    encoding reads the bytes as text. Without ``declared``, ``declaration``
    finds it in the data (a normalised codec name, or ``None``), called only
    where the answer can depend on it."""
    bom = bom_encoding(data)
    if bom is not None:
        return Decoded(_strip_bom(data).decode(bom, "replace"), _label(bom))
    if _is_ascii(data):
        if declared is None and declaration is not None:
            declared = declaration(data)
        return Decoded(data.decode("ascii"), _label(declared or "utf-8"), data)
    utf8 = _strict(data, "utf-8")
    if declared is None and declaration is not None:
        if utf8 is not None:
            # Well-formed UTF-8 beyond ASCII is read as UTF-8 whatever the
            # page declares (below: a legacy declaration is stale, a UTF-8
            # one agrees), so the page is not searched for one.
            return Decoded(utf8, "utf-8", data)
        declared = declaration(data)
    if declared is not None:
        name = codecs.lookup(declared).name
        if name != "utf-8" and utf8 is not None:
            # Declared a legacy charset, yet the bytes are well-formed UTF-8
            # with multi-byte sequences (the data is not ASCII): no legacy
            # text does that by accident, so the declaration is stale.
            return Decoded(utf8, "utf-8", data)
        if name != "utf-8":
            text = _windows_1252(data) if name == "cp1252" else _strict(data, name)
            if text is not None and (name != "cp1252" or _western(text)):
                return Decoded(text, _label(name))
    if utf8 is not None:
        return Decoded(utf8, "utf-8", data)
    utf8 = _mostly_utf8(data)
    if utf8 is not None:
        return Decoded(utf8, "utf-8")
    return _detect(data)


def _detect(data: bytes) -> Decoded | None:
    sample = data[: 256 * 1024]
    best = charset_normalizer.from_bytes(sample).best()
    best_name = codecs.lookup(best.encoding).name if best is not None else None
    if best_name not in _MULTIBYTE:
        # The detector often names a Baltic or Central European code page for
        # short Western text; windows-1252 is far more likely when the text
        # reads as Western under it.
        western = _windows_1252(data)
        if _western(western):
            return Decoded(western, "windows-1252")
    if best_name is None:
        return None
    return Decoded(data.decode(best_name, "replace"), _label(best_name))


def _windows_1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252", "replace"), error.end


codecs.register_error("quotemark-cp1252", _windows_1252_fallback)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray legacy bytes (a UTF-8 template around a
    comment or a database field stored as windows-1252) read as UTF-8, the
    stray bytes as windows-1252. ``None`` unless UTF-8 clearly dominates."""
    head = data[:_SAMPLE]
    if head is not data and _mostly_utf8(head) is None:
        return None
    loose = data.decode("utf-8", "surrogateescape")
    stray = len(_ESCAPED.findall(loose))
    ascii_count = len(data.translate(None, _HIGH_BYTES))
    sequences = len(loose) - ascii_count - stray
    if sequences < 3 or stray > sequences:
        return None
    return data.decode("utf-8", "quotemark-cp1252")


def _western(text: str) -> bool:
    """Whether text read as windows-1252 looks like a Western European
    language: its non-ASCII characters are all letters and punctuation of
    those languages (or the five C1 controls windows-1252 leaves undefined),
    and accented letters sit among plain ones (Cyrillic or Greek read as
    windows-1252 is all accented letters)."""
    if _NOT_WESTERN.search(text):
        return False
    sample = text[:_SAMPLE]
    letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_LETTERS))
    foreign = len(_WESTERN_LETTERS.findall(sample))
    return letters + foreign == 0 or foreign / (letters + foreign) < 0.3


def _windows_1252(data: bytes) -> str:
    """windows-1252 as browsers read it: the five bytes it leaves undefined
    become the C1 controls of the same number instead of an error."""
    return data.decode("cp1252", "quotemark-c1")


def _c1_controls(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return bytes(error.object[error.start : error.end]).decode("latin-1"), error.end


codecs.register_error("quotemark-c1", _c1_controls)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_ascii(data: bytes) -> bool:
    return data.isascii()


def _label(name: str) -> str:
    """A codec name as people write it (``windows-1252``, ``shift_jis``)."""
    name = codecs.lookup(name).name
    if name.startswith("cp") and name[2:].isdigit() and len(name) == 6:
        return "windows-" + name[2:]
    return name.replace("_", "-") if name.startswith("utf") else name


def control_ratio(text: str) -> float:
    """The share of characters in ``text`` that are control characters other
    than whitespace: high in a binary file read as text."""
    if not text:
        return 0.0
    # Counted in the UTF-8 bytes, where a byte below 0x80 is a character
    # and a C1 control is 0xC2 0x80-0x9F.
    data = text.encode("utf-8", "surrogatepass")
    return _controls(data, len(data)) / len(text)


def prefix_control_ratio(decoded: Decoded, chars: int) -> float:
    """``control_ratio(decoded.text[:chars])``, counted in ``decoded.utf8``
    when it is known: the prefix's bytes are found there (:func:`_utf8_end`)
    instead of encoding the prefix again."""
    text, utf8 = decoded.text, decoded.utf8
    if utf8 is None:
        return control_ratio(text[:chars])
    length = min(len(text), chars)
    if not length:
        return 0.0
    end = len(utf8) if length == len(text) else _utf8_end(utf8, length)
    return _controls(utf8, end) / length


def _utf8_end(data: bytes, chars: int) -> int:
    """Where the first ``chars`` characters of ``data`` (well-formed UTF-8
    holding more than ``chars`` characters) end, in bytes.

    As many bytes as characters are wanted hold no more characters than
    that: they are decoded (the decoder takes ASCII runs many bytes at a
    time, where the encoder of a str of two-byte characters takes one
    character at a time), a character cut at their end left for the next
    round, and the characters still missing asked of the bytes after them,
    until none is: a page's first characters are nearly all ASCII, so the
    second round is a few bytes."""
    view = memoryview(data)
    at = 0
    left = chars
    while left:
        text, used = codecs.utf_8_decode(view[at : at + left], "strict", False)
        at += used
        left -= len(text)
        if not used:
            # Fewer bytes asked than the character begun there holds: its
            # lead byte tells its length.
            lead = data[at]
            at += 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
            left -= 1
    return at


def _controls(data: bytes, end: int) -> int:
    """How many control characters (C0 but whitespace, DEL, C1) the UTF-8
    ``data[:end]`` holds (``end`` at a character's start)."""
    # A page holds no C0 control (nor DEL): each is looked for by memchr
    # (``find``, many bytes an instruction, bounded in place: no copy), and
    # the bytes are counted by deleting them all (a pass of several
    # instructions a byte) only when one is there.
    count = 0
    for byte in _CONTROL_BYTES:
        if data.find(byte, 0, end) >= 0:
            head = data if end == len(data) else data[:end]
            count = end - len(head.translate(None, _CONTROL_BYTES))
            break
    # A page's 0xC2 bytes are few (a no-break space, a copyright sign):
    # each found by memchr and the byte after it read, where the pattern
    # steps through every byte. (Past _C1_STEPS of them, the pattern counts
    # the rest; a match never straddles the switch, as it begins with the
    # 0xC2 it is given, nor the end, which is a character's start.)
    start = data.find(0xC2, 0, end)
    steps = 0
    while start >= 0:
        if steps == _C1_STEPS:
            count += len(_C1_UTF8.findall(data, start, end))
            break
        steps += 1
        following = start + 1
        if following < end and 0x80 <= data[following] <= 0x9F:
            count += 1
        start = data.find(0xC2, following, end)
    return count
