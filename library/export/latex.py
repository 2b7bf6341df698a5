"""LaTeX-safe field values for BibTeX and biblatex.

Web pages are hostile input: a title may hold ``\\input{/etc/passwd}``, a
stray ``}`` or ``^^5c`` (TeX's way of writing a backslash). Every character
that means something to TeX or to BibTeX is therefore written as a text
command in braces (``{\\%}``, ``{\\textbackslash}``), so that nothing a page
says can become a command, open a group or end a field.

Two details matter for BibTeX:

* BibTeX counts braces even after a backslash, so ``\\{`` would unbalance a
  field. Braces are written ``{\\textbraceleft}``/``{\\textbraceright}``,
  and the only raw braces in a value are balanced pairs we write ourselves.
* A brace group that starts with a backslash is a "special character" whose
  letters BibTeX still lowercases; escapes are such groups (they are meant
  to be), while case-protection groups never start with a backslash.

URLs are not escaped (readers must see ``%`` and ``_``): :func:`url` only
percent-encodes what a URL may not contain anyway, including braces and
backslashes, so a URL is safe verbatim inside ``{...}`` and ``\\url{...}``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import quote

from quotemark.library.export.accents import ascii_form
from quotemark.library.urls import split_url

# Characters that mean something to TeX or BibTeX, written as text commands.
# ``<``, ``>`` and ``|`` are not special, but print as "¡", "¿" and "—" in
# LaTeX's default OT1 font encoding.
_SPECIALS = {
    "\\": r"{\textbackslash}",
    "{": r"{\textbraceleft}",
    "}": r"{\textbraceright}",
    "#": r"{\#}",
    "$": r"{\$}",
    "%": r"{\%}",
    "&": r"{\&}",
    "_": r"{\_}",
    "~": r"{\textasciitilde}",
    "^": r"{\textasciicircum}",
    "<": r"{\textless}",
    ">": r"{\textgreater}",
    "|": r"{\textbar}",
    # The low quotation marks of Polish, German, Czech „…” ‚…’: classic
    # BibTeX's ASCII form left them as UTF-8 (no table had them). As
    # commands in both forms; biber decodes them to the marks either way.
    "\u201e": r"{\quotedblbase}",
    "\u201a": r"{\quotesinglbase}",
}
_SPECIAL = re.compile("[" + re.escape("".join(_SPECIALS)) + "]")

# Control characters cannot be typeset (TeX rejects most of them outright);
# bidi embeddings and overrides would make the .bib display out of order in
# an editor and do nothing useful in LaTeX. Whitespace controls are kept
# here and collapsed by ``str.split``.
_DROPPED = [
    code for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if not chr(code).isspace()
]
_DROPPED += [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0xFFFE, 0xFFFF]
_DROP_TABLE: dict[int, None] = dict.fromkeys(_DROPPED)
_DROP = re.compile("[" + "".join(re.escape(chr(code)) for code in _DROPPED) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")

# TeX turns "--" into a dash, "``" and "''" into curly quotes, ",," into a
# low quote and "!`"/"?`" into inverted marks; an empty group stops that so
# the text prints as the page wrote it.
_LIGATURE = re.compile(r"-(?=-)|`(?=`)|'(?=')|,(?=,)|[!?](?=`)")


def clean(text: str) -> str:
    """``text`` with control characters removed, lone surrogates replaced by
    U+FFFD, in Unicode NFC, and every run of whitespace (line breaks
    included) collapsed to one space. This is the visible text every
    exporter writes."""
    if _DROP.search(text):
        text = text.translate(_DROP_TABLE)
    if not text.isascii():
        text = _SURROGATE.sub("\ufffd", text)
        # One form for one text (a compatibility ideograph such as U+F900
        # is its unified one), so exports compare equal to what was clipped.
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def escape(text: str, *, ascii_only: bool = False) -> str:
    """``text`` as a LaTeX-safe BibTeX field value that prints as ``text``.

    Every TeX/BibTeX special character is written as a text command in
    braces, so no command, group or comment from the input survives. With
    ``ascii_only`` (classic BibTeX), non-ASCII letters and punctuation that
    have a LaTeX form are converted (``é`` -> ``{\\'{e}}``); the rest (Arabic,
    emoji) stay UTF-8. Whitespace is collapsed as in :func:`clean`.
    """
    if len(text) <= _CACHED_LENGTH:
        return _escape_short(text, ascii_only)
    return _escape_clean(clean(text), ascii_only)


# Speakers, roles, sites and tags repeat across thousands of clips; quotes
# and abstracts do not, and are long, so only short values are cached.
_CACHED_LENGTH = 200


@functools.lru_cache(maxsize=8192)
def _escape_short(text: str, ascii_only: bool) -> str:
    return _escape_clean(clean(text), ascii_only)


def _escape_clean(text: str, ascii_only: bool) -> str:
    text = _SPECIAL.sub(_escape_special, text)
    if "-" in text or "`" in text or "'" in text or "," in text:
        text = _LIGATURE.sub(_break_ligature, text)
    if ascii_only and not text.isascii():
        text = ascii_form(text)
    return text


def _escape_special(match: re.Match[str]) -> str:
    return _SPECIALS[match.group()]


def _break_ligature(match: re.Match[str]) -> str:
    return match.group() + "{}"


def title(text: str, *, ascii_only: bool = False) -> str:
    """A title escaped as :func:`escape` does, with capitalised words and
    acronyms brace-protected so styles that change case leave them alone.

    Consecutive capitalised words share one group (``{The Syrian Army} said``)
    to keep the file readable.
    """
    words = clean(text).split(" ")
    parts: list[str] = []
    run: list[str] = []
    for word in words:
        if _is_capitalised(word):
            run.append(word)
            continue
        if run:
            parts.append(_protect(" ".join(run), ascii_only))
            run = []
        parts.append(_escape_clean(word, ascii_only))
    if run:
        parts.append(_protect(" ".join(run), ascii_only))
    return " ".join(part for part in parts if part)


def _is_capitalised(word: str) -> bool:
    return any(char.isupper() for char in word)


def _protect(text: str, ascii_only: bool) -> str:
    escaped = _escape_clean(text, ascii_only)
    # A group starting with a backslash would be a BibTeX "special
    # character", whose letters are still case-changed; escapes all start
    # with "{", so this is only a guard.
    if escaped.startswith("\\"):
        escaped = "{}" + escaped
    return "{" + escaped + "}"


_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"
_URL_SCHEMES = frozenset({"http", "https", "ftp"})


def url(value: str | None) -> str | None:
    """``value`` as a URL that is safe verbatim in a ``.bib`` field and in
    ``\\url{...}``, or ``None`` when it is not a web address.

    ``%``, ``_``, ``#`` and ``~`` are kept as they are; spaces, braces,
    backslashes, quotes and non-ASCII characters are percent-encoded (as a
    browser does). Only ``http``, ``https`` and ``ftp`` URLs are kept: a
    ``javascript:`` or ``data:`` address from a page is not a citation.
    """
    if not value:
        return None
    value = clean(value)
    parts = split_url(value)
    if parts is None or parts.scheme.lower() not in _URL_SCHEMES or not parts.netloc:
        return None
    return quote(value, safe=_URL_SAFE, errors="replace")
