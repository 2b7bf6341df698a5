"""Text garbled by a wrong encoding ("mojibake"), repaired after decoding.

A post copied or saved through a wrong encoding carries UTF-8 bytes that were
read as windows-1252 (or Latin-1) and written out again as UTF-8: "Peña"
becomes "PeÃ±a", a curly quotation mark "â€œ"; done twice, "Ã¢â‚¬Å“".
:func:`~quotemark.library.importers.decode.decode` reads the file's bytes
right, and the text it gives is itself garbled, wholly or in parts (a
quotation pasted from one source into a page written in another).

The repair works piece by piece: each run of characters shaped like UTF-8
sequences read as windows-1252 (a lead byte ``Â``-``ô`` followed by the right
number of continuation bytes) is turned back into those bytes and read as
UTF-8, and replaced only when that reads cleanly (again, for text garbled
twice). Right text is left alone: an accented word ("café", "São Paulo") is
no such run, and a capital letter before a closing mark ("CAFÉ…", "NIÑO”")
is not taken for one. Code and preformatted elements of a page (which may
show mojibake on purpose) are kept as written.

Also repaired: the commonest loss in such text when a program normalised it
afterwards (Unicode compatibility forms): "Ã" after a small letter followed
by a space, the no-break space of "à" (``C3 A0``) become a space
("voilÃ  tout"), or by a space and a combining accent, the spacing accent of
"ï", "è", "ô" or "ø" (``AF A8 B4 B8``) decomposed ("naÃ ̄ve"). A capital "Ã"
after a small letter is never right text. And "â€" whose third byte, one
windows-1252 leaves undefined, was dropped: nearly always "”" (``9D``), a
hyphen (``90``) between letters.

Mojibake written as character references ("Pe&Atilde;&plusmn;a",
"&#195;&#169;", "&acirc;&#128;&#156;": a page escaped after it was garbled)
is repaired too when asked (``references``): each run of references and
characters that spells such sequences is read and repaired as a whole, and
the repair written out as characters. The parser expands the references
after this module has run, so the import asks it only of a page whose
extracted text still looks garbled (:func:`quotemark.library.importers.
references_repaired`). A letter ending a word, a no-break space and a
closing mark ("café\u00a0»", French typography) is right text, whether
written as characters or references.

:class:`Repair` tells how many pieces were repaired and keeps the first few
different ones, as words before and after (``samples``): the researcher is
told that the text shown differs from the saved file, and where.

Clean text costs a search of its UTF-8 for the byte C3 that every lead
character starts with, and from there one for the pairs such text must
contain (:func:`garbled`; likewise CC for decomposed leads); only text that
has one is repaired. Where a place in the text as it came is needed (the
evaluation's gold spans), :class:`Repair` maps offsets both ways.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache, cached_property
from html import unescape

_WINDOWS_1252_80_9F = (
    "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f"
    "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178"
)
"""Bytes 0x80-0x9F as windows-1252 reads them (its five undefined bytes as
the C1 controls of the same number, as browsers read them); from 0xA0 it is
Latin-1. (Written out: decoding the 128 bytes one by one at import cost
8 ms.)"""

_BYTES = {char: 0x80 + i for i, char in enumerate(_WINDOWS_1252_80_9F)}
# Latin-1 reads 0x80-0x9F as the C1 controls.
_BYTES.update({chr(byte): byte for byte in range(0x80, 0x100)})
_CONTINUATION = "".join(sorted(c for c, b in _BYTES.items() if b < 0xC0))
"""The characters a UTF-8 continuation byte (0x80-0xBF) reads as."""


def _ranges(chars: str) -> str:
    """A character class of ``chars``, consecutive characters as ranges:
    for the continuation characters 17 ranges where they are 91 characters,
    which the regex parser read one by one in each of 12 copies (stop 34:
    the patterns below compile in 1.69 ms where they took 1.91)."""
    ranges: list[list[int]] = []
    for code in sorted(set(map(ord, chars))):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    spelled = (
        re.escape(chr(first)) + ("" if last == first else "-" + re.escape(chr(last)))
        for first, last in ranges
    )
    return "[" + "".join(spelled) + "]"


_C = _ranges(_CONTINUATION)

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_TWO = "(?:[\u00c2-\u00df]|A[\u0302\u0303\u0308\u030a])"
_THREE = "(?:[\u00e0-\u00ef]|a\u0302)"
"""Leads of two- and three-byte sequences, also decomposed (text that went
through NFD after it was garbled, as copies on macOS do): "Â Ã Ä Å", "â"."""
_SEQUENCE = f"(?:{_TWO}{_C}|{_THREE}{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}})"

_CLOSING = frozenset("\u2019\u201d\u2026\u2013\u2014\u00bb\u203a\u2122\u00ae\u00b0")
"""Marks that follow a word in right text; after a capital letter that is
no mojibake lead ("CAFÉ…"), they are taken as written."""
_LATIN_LEADS = "\u00c2\u00c3\u00c4\u00c5\u00c6"
"""Leads of Latin letters and signs (U+0080-U+01BF), which right text nearly
never has before a continuation character."""

_SPACED_ACCENTS = {"\u0304": 0xAF, "\u0308": 0xA8, "\u0301": 0xB4, "\u0327": 0xB8}
"""Bytes whose compatibility form is a space and this combining accent."""

# The cheap test, on the text's UTF-8 (which the decoder has at hand for a
# page read as UTF-8): every lead character ("Â"-"ô", U+00C2-U+00F4) is C3 and
# one byte there, so text without a C3 byte (nor a combining mark's CC, for
# decomposed leads) has no mojibake; after a C3, a lead followed by a
# continuation character (U+0080-U+00BF, or windows-1252's signs and
# punctuation in 0x80-0x9F), or "Ã" and a space.
_CONTINUATION_UTF8 = (
    rb"(?:\xc2[\x80-\xbf]|\xe2(?:\x80[\x93-\xba]|\x82\xac|\x84\xa2)"
    rb"|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c])"
)


class _Patterns:
    """The repair's patterns, each compiled when a repair first uses it
    (about 3.6 ms for all nine, which neither start-up nor a clean page
    pays; a page of a few garbled words needs five or six of them, and the
    rest, ~1 ms, is spared: stop 38)."""

    @cached_property
    def sequences(self) -> re.Pattern[str]:
        """Runs of whole UTF-8 sequences read as windows-1252."""
        return re.compile(f"{_SEQUENCE}+")

    @cached_property
    def composed(self) -> re.Pattern[str]:
        """The same without decomposed leads."""
        return re.compile(
            f"(?:[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}})+"
        )

    @cached_property
    def pair(self) -> re.Pattern[str]:
        """Where such a run may start: a pattern led by a character class,
        which the regular-expression engine skips to at C speed (not so a
        repeated group of alternatives, 8x slower)."""
        return re.compile(f"[\u00c2-\u00f4]{_C}")

    @cached_property
    def one(self) -> re.Pattern[str]:
        """One whole UTF-8 sequence read as windows-1252."""
        return re.compile(_SEQUENCE)

    @cached_property
    def damaged(self) -> re.Pattern[str]:
        """ "Ã" and a space after a lower-case letter: "à" whose second byte,
        a no-break space, became a space (with an accent after it, the
        bytes whose compatibility form is a space and that accent)."""
        return re.compile(f"(?<=[{_LOWER}])\u00c3 ([\u0301\u0304\u0308\u0327])?")

    @cached_property
    def lost_third(self) -> re.Pattern[str]:
        """ "â€" with no third byte: the one windows-1252 leaves undefined was
        lost (``9D`` of "”", ``90`` of U+2010, a hyphen; nearly always "”", or
        a hyphen inside a word)."""
        return re.compile(f"\u00e2\u20ac(?!{_C})")

    @cached_property
    def code(self) -> re.Pattern[str]:
        """Markup whose text is shown as written (code, sample output)."""
        return re.compile(r"<(pre|code|kbd|samp|tt|xmp)\b[^>]*>.*?</\1\s*>", re.I | re.S)

    @cached_property
    def entity_runs(self) -> re.Pattern[str]:
        """Runs of characters and character references that may spell
        sequences ("Pe&Atilde;&plusmn;a", "&acirc;&#128;&#156;")."""
        return re.compile(f"(?:{_REFERENCE}|{_C}|[\u00c2-\u00f4])+")

    @cached_property
    def reference(self) -> re.Pattern[str]:
        """A character reference."""
        return re.compile(_REFERENCE)


@cache
def _patterns() -> _Patterns:
    return _Patterns()


@cache
def _markers() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """The cheap test's two byte patterns (composed and decomposed leads),
    compiled apart from the repair's: every page asks them."""
    return (
        re.compile(rb"\xc3(?:[\x82-\xb4]" + _CONTINUATION_UTF8 + rb"|\x83 )"),
        re.compile(rb"[Aa]\xcc[\x82\x83\x88\x8a]" + _CONTINUATION_UTF8),
    )


_REFERENCE = r"&(?:#[0-9]{2,4}|#[xX][0-9a-fA-F]{2,4}|[A-Za-z]{2,8}[0-9]?);"
"""A character reference of a page (``&Atilde;``, ``&#195;``, ``&#xC3;``)."""


def _fix(run: str) -> str | None:
    """The run as the UTF-8 it was, repeated while the result is itself such
    a run (text garbled twice); ``None`` when its bytes are no UTF-8."""
    try:
        if "A" in run or "a" in run:
            run = unicodedata.normalize("NFC", run)
        fixed = bytes([_BYTES[c] for c in run]).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    for _again in range(2):
        if _patterns().sequences.fullmatch(fixed) is None:
            break
        deeper = _fix(fixed)
        if deeper is None:
            break
        fixed = deeper
    return fixed


class Repair:
    """Repaired text and its ``pieces``: for each replaced piece, its start
    and end in the repaired text and in the text as it came, in order;
    ``samples``, the first few different repairs as (garbled, restored)
    words, to show the reader what was done. (A plain class: a dataclass
    costs start-up ~1 ms of generated code.)"""

    __slots__ = ("pieces", "samples", "text")

    def __init__(
        self,
        text: str,
        pieces: tuple[tuple[int, int, int, int], ...] = (),
        samples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.text = text
        self.pieces = pieces
        self.samples = samples

    @property
    def repaired(self) -> bool:
        return bool(self.pieces)

    def original_offset(self, offset: int) -> int:
        """Where ``offset`` in the repaired text was in the text as it came
        (a place inside a repaired piece: the piece's start, or its end for
        the piece's end)."""
        return _map(self.pieces, offset, 0)

    def repaired_offset(self, offset: int) -> int:
        """Where ``offset`` in the text as it came is in the repaired text."""
        return _map(self.pieces, offset, 2)


def _map(pieces: tuple[tuple[int, int, int, int], ...], offset: int, side: int) -> int:
    other = 2 - side
    at = bisect_right([piece[side] for piece in pieces], offset) - 1
    if at < 0:
        return offset
    piece = pieces[at]
    if offset >= piece[side + 1]:
        return piece[other + 1] + offset - piece[side + 1]
    return piece[other]


def garbled(text: str, utf8: bytes | None = None) -> bool:
    """Whether ``text`` (whose UTF-8, ``utf8``, may be given) may hold
    mojibake: a few C-speed byte searches, nothing for clean text."""
    return any(_kinds(text, utf8))


def _kinds(text: str, utf8: bytes | None) -> tuple[bool, bool]:
    """Whether ``text`` may hold mojibake led by composed characters, and by
    decomposed ones."""
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    marker, decomposed_marker = _markers()
    composed = _found(data, b"\xc3", 0, marker)
    decomposed = _found(data, b"\xcc", 1, decomposed_marker)
    return composed, decomposed


_LOOKS = 16
"""C3 bytes looked at one by one before one search runs over the rest: a page
with an accented name or two is done in a few steps, a French page with
thousands of accents at the regular-expression engine's speed."""


def _found(data: bytes, lead: bytes, back: int, pattern: re.Pattern[bytes]) -> bool:
    """Whether ``pattern`` matches ``back`` bytes before a ``lead`` byte."""
    at = data.find(lead)
    for _look in range(_LOOKS):
        if at < 0:
            return False
        if at >= back and pattern.match(data, at - back) is not None:
            return True
        at = data.find(lead, at + 1)
    return at >= back and pattern.search(data, at - back) is not None


def repair(
    text: str, html: bool = False, utf8: bytes | None = None, references: bool = False
) -> Repair:
    """``text`` with its double-encoded UTF-8 repaired. ``html``: the text is
    markup, whose code and preformatted elements are kept as written.
    ``utf8``, when given, is ``text.encode("utf-8")`` (spares encoding it for
    the cheap test). ``references`` (markup only): also mojibake written as
    character references ("Pe&Atilde;&plusmn;a" becomes "Peña", written
    out), which no cheap test finds in the markup: asked only of a page whose
    extracted text still looks garbled (:func:`quotemark.library.importers.
    references_repaired`)."""
    composed, decomposed = _kinds(text, utf8)
    if not (composed or decomposed or references):
        return Repair(text)
    kept = [m.span() for m in _patterns().code.finditer(text)] if html and "<" in text else []
    found: list[tuple[int, int, str, str | None]] = []
    if composed or decomposed:
        found = [(start, end, fixed, None) for start, end, fixed in _pieces(text, decomposed)]
    if references and "&" in text:
        written = _referenced(text)
        if written:
            # A run with references is repaired whole: the characters of
            # it the first pass took alone give way.
            spans = [(lo, hi) for lo, hi, _f, _g in written]
            found = [p for p in found if not _overlaps(spans, p[0], p[1])]
            found = sorted(found + written, key=lambda piece: piece[:2])
    if kept:
        found = [piece for piece in found if not _overlaps(kept, piece[0], piece[0] + 1)]
    if not found:
        return Repair(text)
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    # The first few different repairs: (garbled, restored) -> where.
    first: dict[tuple[str, str], int] = {}
    position = length = 0
    for start, end, fixed, garbled in found:
        if start < position:
            continue  # (overlapping another piece's end: none is known to)
        out.append(text[position:start])
        length += start - position
        out.append(fixed)
        if len(first) < _SAMPLES:
            first.setdefault((text[start:end] if garbled is None else garbled, fixed), len(pieces))
        pieces.append((length, length + len(fixed), start, end))
        length += len(fixed)
        position = end
    out.append(text[position:])
    repaired = "".join(out)
    samples = tuple(_sample(repaired, pieces, at, was) for (was, _f), at in first.items())
    return Repair(repaired, tuple(pieces), samples)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps one of ``spans`` (in order, none
    overlapping another): found by bisection, as a long page may have
    thousands of each (every piece against every span grew as the square
    of the page: 8,000 paragraphs with inline code, ~9 s)."""
    at = bisect_right(spans, (start, _AFTER))  # the first span starting after ``start``
    if at and spans[at - 1][1] > start:
        return True
    return at < len(spans) and spans[at][0] < end


_AFTER = 1 << 62
"""Beyond any offset (a bisection's key sorts after every span at it)."""

_SAMPLES = 3
"""Different repairs kept as samples."""
_CONTEXT = 20
"""Letters of the word around a repair a sample shows, at most, each side."""


def _sample(
    repaired: str, pieces: list[tuple[int, int, int, int]], at: int, garbled: str
) -> tuple[str, str]:
    """The word around repaired piece ``at`` (letters and digits, and before
    it ASCII punctuation too, up to the pieces on either side), as it came
    and as repaired; a piece written as references shows the characters they
    stand for, a control character as U+FFFD."""
    start, end = pieces[at][:2]
    low = max(start - _CONTEXT, pieces[at - 1][1] if at else 0)
    high = min(end + _CONTEXT, pieces[at + 1][0] if at + 1 < len(pieces) else len(repaired))
    left = start
    while left > low and _worded(repaired[left - 1]):
        left -= 1
    right = end
    while right < high and repaired[right].isalnum():
        right += 1
    was = "".join(c if c.isprintable() else "\ufffd" for c in garbled)
    return repaired[left:start] + was + repaired[end:right], repaired[left:right]


def _worded(char: str) -> bool:
    """Whether ``char`` belongs to a sample's word: a letter, a digit or
    ASCII punctuation other than the page's markup ("came," before "”")."""
    return char.isalnum() or char in ".,;:!?'-"


def _referenced(text: str) -> list[tuple[int, int, str, str | None]]:
    """The garbled pieces of markup written with character references
    ("Pe&Atilde;&plusmn;a"): start and end as it came, the repair and the
    characters the references stand for, in order."""
    patterns = _patterns()
    found: list[tuple[int, int, str, str | None]] = []
    # (A run may start with a few characters before the page's first "&".)
    for run in patterns.entity_runs.finditer(text, max(0, text.find("&") - 8)):
        if "&" not in run.group():
            continue
        # The run's characters, each with where it starts in the text;
        # a reference to no one character (an unknown name) ends a part.
        chars: list[str] = []
        starts: list[int] = []
        at = run.start()
        for reference in patterns.reference.finditer(text, run.start(), run.end()):
            for offset in range(at, reference.start()):
                chars.append(text[offset])
                starts.append(offset)
            char = unescape(reference.group())
            chars.append(char if len(char) == 1 else "\ufffd")
            starts.append(reference.start())
            at = reference.end()
        for offset in range(at, run.end()):
            chars.append(text[offset])
            starts.append(offset)
        starts.append(run.end())
        spelled = "".join(chars)
        for lo, hi, fixed in _pieces(spelled, False):
            found.append((starts[lo], starts[hi], fixed, spelled[lo:hi]))
    return found


def _runs(text: str, decomposed: bool) -> list[re.Match[str]]:
    """The runs of sequences in ``text``; ``decomposed``: also those led by a
    decomposed letter."""
    patterns = _patterns()
    if decomposed:
        return list(patterns.sequences.finditer(text))
    out = []
    pair = patterns.pair.search(text)
    while pair is not None:
        run = patterns.composed.match(text, pair.start())
        if run is None:
            pair = patterns.pair.search(text, pair.start() + 1)
            continue
        out.append(run)
        pair = patterns.pair.search(text, run.end())
    return out


def _pieces(text: str, decomposed: bool) -> list[tuple[int, int, str]]:
    """Each garbled piece of ``text``: start and end as it came, and its
    repair, in order."""
    found: list[tuple[int, int, str]] = []
    for m in _runs(text, decomposed):
        run = m.group()
        fixed = _fix(run)
        if fixed is not None and _plausible(run):
            found.append((m.start(), m.end(), fixed))
        elif fixed is None:
            # One sequence of the run is no UTF-8: the others on their own.
            found.extend(_singly(m.start(), run))
    if "\u00e2\u20ac" in text:
        for m in _patterns().lost_third.finditer(text):
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            inside = before.isalpha() and after.isalpha()
            found.append((m.start(), m.end(), "\u2010" if inside else "\u201d"))
    if "\u00c3 " in text:
        for m in _patterns().damaged.finditer(text):
            last = 0xA0 if m.group(1) is None else _SPACED_ACCENTS[m.group(1)]
            found.append((m.start(), m.end(), bytes([0xC3, last]).decode("utf-8")))
    found.sort()
    return found


def _plausible(run: str) -> bool:
    """Whether a run is mojibake: a run of one two-byte sequence led by a
    capital that is no Latin lead ("É", "Ñ", "Ö") before a closing mark is
    that letter and its mark; one three-byte sequence whose middle is a
    no-break space is a letter ending a word, the space and a mark after it
    ("café\u00a0»" of French typography; as UTF-8 it would be a lone
    character of Braille, CJK or Hangul)."""
    if len(run) == 3:
        return run[1] != "\u00a0"
    return len(run) != 2 or run[0] in _LATIN_LEADS or run[1] not in _CLOSING


def _singly(offset: int, run: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _patterns().one.finditer(run):
        fixed = _fix(m.group())
        if fixed is not None and _plausible(m.group()):
            out.append((offset + m.start(), offset + m.end(), fixed))
    return out
