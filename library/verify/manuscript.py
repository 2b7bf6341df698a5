"""Quoted passages in a manuscript and the citation keys next to them.

A manuscript is LaTeX (``.tex``), Pandoc Markdown (``.md``) or plain text.
A quotation is text between paired quotation marks: curly “…”, straight
"…", LaTeX ``…'' and ``\\enquote{…}``, guillemets «…». Its citation is the
nearest citation after it in the same paragraph (else the nearest before
it, after the previous quotation): a ``\\cite``-family command, a Pandoc
citation ``[@key, para. 4]``, or a key in parentheses ``(smith2024, ¶ 4)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE = re.compile(
    r"\u201c(?P<curly>[^\u201c\u201d]{2,}?)\u201d"
    r"|``(?P<latex>[^`]{2,}?)''"
    r"|\\enquote\*?\{(?P<enquote>[^{}]{2,}?)\}"
    r"|\u00ab\s?(?P<guillemets>[^\u00ab\u00bb]{2,}?)\s?\u00bb"
    r"|(?<![\w\"])\"(?P<straight>[^\"\n]{2,}?)\"(?!\w)",
    re.DOTALL,
)
# \cite, \parencite, \textcite, \autocite, \footcite, \citep, \citet, \cites ...
_LATEX_CITE = re.compile(
    r"\\[A-Za-z]*cite[A-Za-z]*\*?(?:\s*\[[^\]]*\]){0,2}\s*\{(?P<keys>[^{}]*)\}"
    r"(?:(?:\s*\[[^\]]*\]){0,2}\s*\{(?P<more>[^{}]*)\})*"
)
_PANDOC_CITE = re.compile(r"\[[^\[\]]*?@[^\[\]]*\]")
_PANDOC_KEY = re.compile(r"@\{(?P<braced>[^{}]+)\}|@(?P<bare>[A-Za-z0-9_][\w:.#$%&+?<>~/-]*)")
_PARENS = re.compile(r"\((?P<inside>[^()]{1,200})\)")
# A key in parentheses looks like one: no spaces, a letter and a digit.
_PAREN_KEY = re.compile(
    r"(?<![\w:.+/-])(?=[A-Za-z0-9_:.+/-]*\d)(?=[A-Za-z0-9_:.+/-]*[A-Za-z])"
    r"[A-Za-z0-9_][A-Za-z0-9_:.+/-]*"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NEAR = 300  # characters: how far a citation may be from its quotation


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted passage: its text (as written, between the marks), where it
    is (1-based line, 0-based offset of its first character) and the keys
    of its citation (empty when none is near)."""

    text: str
    line: int
    offset: int
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Cite:
    start: int
    end: int
    keys: tuple[str, ...]


def kind_of(name: str) -> str:
    """``tex``, ``md`` or ``txt`` from a file name (anything else: ``txt``)."""
    lowered = name.lower()
    if lowered.endswith((".tex", ".ltx")):
        return "tex"
    if lowered.endswith((".md", ".markdown", ".pandoc")):
        return "md"
    return "txt"


def quotations(text: str, kind: str) -> list[Quotation]:
    """Every quotation in ``text`` (a manuscript of ``kind``) with the keys
    of its citation, in order."""
    if kind == "tex":
        # A comment is not part of the text ("\%" is a percent sign).
        text = re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group()), text)
    cites = _citations(text, kind)
    found: list[Quotation] = []
    matches = list(_QUOTE.finditer(text))
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    line_starts = [0, *(m.end() for m in re.finditer(r"\n", text))]
    used: set[int] = set()  # a citation after one quotation is not the next one's
    for index, match in enumerate(matches):
        body = next(group for group in match.groups() if group is not None)
        start = match.start() + match.group().index(body)
        after_limit = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        before_limit = matches[index - 1].end() if index else 0
        paragraph_end = next((b for b in breaks if b >= match.end()), len(text))
        paragraph_start = max((b for b in breaks if b < match.start()), default=0)
        cite = _nearest(
            cites,
            used,
            after=(match.end(), min(after_limit, paragraph_end, match.end() + _NEAR)),
            before=(max(before_limit, paragraph_start, match.start() - _NEAR), match.start()),
        )
        if cite is not None:
            used.add(cite.start)
        line = _line_of(line_starts, start)
        found.append(Quotation(body, line, start, cite.keys if cite else ()))
    return found


def _line_of(line_starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(line_starts, offset)


def _nearest(
    cites: list[_Cite], used: set[int], *, after: tuple[int, int], before: tuple[int, int]
) -> _Cite | None:
    following = [c for c in cites if after[0] <= c.start < after[1]]
    if following:
        return following[0]
    preceding = [
        c for c in cites if before[0] <= c.start and c.end <= before[1] and c.start not in used
    ]
    return preceding[-1] if preceding else None


def _citations(text: str, kind: str) -> list[_Cite]:
    cites: list[_Cite] = []
    if kind == "tex":
        for match in _LATEX_CITE.finditer(text):
            groups = re.findall(r"\{([^{}]*)\}", match.group())
            keys = [k.strip() for group in groups for k in group.split(",") if k.strip()]
            cites.append(_Cite(match.start(), match.end(), tuple(keys)))
    if kind in ("md", "txt"):
        for match in _PANDOC_CITE.finditer(text):
            found = _PANDOC_KEY.finditer(match.group())
            keys = [(m.group("braced") or m.group("bare")).rstrip(".:;,?") for m in found]
            cites.append(_Cite(match.start(), match.end(), tuple(keys)))
    taken = [(c.start, c.end) for c in cites]
    for match in _PARENS.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        inside = match.group("inside")
        first = inside.split(",")[0].split(";")[0].strip()
        if _PAREN_KEY.fullmatch(first):
            cites.append(_Cite(match.start(), match.end(), (first,)))
    cites.sort(key=lambda c: c.start)
    return cites
