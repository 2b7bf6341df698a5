"""Non-ASCII text in LaTeX's ASCII forms, for classic BibTeX.

BibTeX 0.99 counts bytes, not characters: taking an initial of "Émile" or
sorting by "Zoë" splits a UTF-8 sequence and can leave a broken byte in the
``.bbl``. Letters with a LaTeX form are therefore written as BibTeX "special
characters" (``{\\'{E}}``), which BibTeX treats as one letter for initials,
sorting and case changes. Characters with no such form (Arabic, CJK, emoji)
are kept as UTF-8 for a Unicode-aware engine.
"""

from __future__ import annotations

import re
import unicodedata

# Combining marks and the LaTeX text accents that draw them.
_ACCENTS = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
}

# Letters that are not an ASCII letter plus accents.
_LETTERS = {
    "ß": r"\ss",
    "æ": r"\ae",
    "Æ": r"\AE",
    "œ": r"\oe",
    "Œ": r"\OE",
    "ø": r"\o",
    "Ø": r"\O",
    "å": r"\aa",
    "Å": r"\AA",
    "ł": r"\l",
    "Ł": r"\L",
    "\u0131": r"\i",  # dotless i
    "ȷ": r"\j",
    "đ": r"\dj",
    "Đ": r"\DJ",
    "ð": r"\dh",
    "Ð": r"\DH",
    "þ": r"\th",
    "Þ": r"\TH",
    "ŋ": r"\ng",
    "Ŋ": r"\NG",
}

# Punctuation and symbols with a LaTeX text command (all defined by the
# LaTeX kernel for the default encodings).
_SYMBOLS = {
    "\u00a1": r"\textexclamdown",
    "\u00bf": r"\textquestiondown",
    "\u00a7": r"\S",
    "\u00b6": r"\textpilcrow",  # biber turns \P into a ¶ it cannot write back
    "\u00a9": r"\textcopyright",
    "\u00ae": r"\textregistered",
    "\u00a3": r"\pounds",
    "\u2018": r"\textquoteleft",
    "\u2019": r"\textquoteright",
    "\u201c": r"\textquotedblleft",
    "\u201d": r"\textquotedblright",
    "\u2013": r"\textendash",
    "\u2014": r"\textemdash",
    "\u2026": r"\textellipsis",
    "\u2020": r"\textdagger",
    "\u2021": r"\textdaggerdbl",
    "\u2022": r"\textbullet",
    "\u00b0": r"\textdegree",
    "\u20ac": r"\texteuro",
    "\u00ab": r"\guillemotleft",
    "\u00bb": r"\guillemotright",
}

# With a dot above, i and j lose their own dot: \'{\i}, not \'{i}.
_DOTLESS = {"i": r"\i", "j": r"\j"}
_ABOVE = frozenset("`'^~=u.\"Hvr")

_cache: dict[str, str] = {}

# A non-ASCII character, or an ASCII letter, with the combining diacritics
# that follow it: the unit that converts as one (ọ̀ is ọ plus a grave).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CLUSTER = re.compile(f"[^\\x00-\\x7f][{_MARKS}]*|[\\x00-\\x7f][{_MARKS}]+")


def ascii_form(text: str) -> str:
    """``text`` with every non-ASCII character (with its combining marks)
    that has a LaTeX form replaced by it, in braces; other characters are
    kept. ASCII characters are never changed, so escaping done before this
    step stays intact."""
    return _CLUSTER.sub(_convert_match, text)


def _convert_match(match: re.Match[str]) -> str:
    return _convert(match.group())


def _convert(cluster: str) -> str:
    if cluster.isascii():
        return cluster
    found = _cache.get(cluster)
    if found is None:
        if len(_cache) > 50_000:  # a bound, should a hostile library be huge
            _cache.clear()
        found = _cache[cluster] = _latex_form(cluster)
    return found


def _latex_form(cluster: str) -> str:
    nfc = unicodedata.normalize("NFC", cluster)
    if nfc in _LETTERS:
        return "{" + _LETTERS[nfc] + "}"
    if nfc in _SYMBOLS:
        return "{" + _SYMBOLS[nfc] + "}"
    decomposed = unicodedata.normalize("NFD", cluster)
    base, marks = decomposed[0], decomposed[1:]
    if marks and all(mark in _ACCENTS for mark in marks):
        if base.isascii() and base.isalpha():
            above = any(_ACCENTS[mark] in _ABOVE for mark in marks)
            body = _DOTLESS.get(base, base) if above else base
        elif base in _LETTERS:
            body = _LETTERS[base]
        else:
            return nfc
        for mark in marks:
            body = "\\" + _ACCENTS[mark] + "{" + body + "}"
        return "{" + body + "}"
    return nfc
