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


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # of the whole quotation, marks or environment included
    end: int
    body_start: int
    body: str
    inner: _Cite | None = None  # a citation inside a block quotation
    block: bool = False


def quotations(text: str, kind: str) -> list[Quotation]:
    """Every quotation in ``text`` (a manuscript of ``kind``) with the keys
    of its citation, in order: quoted runs of text, and block quotations
    (LaTeX ``quote``/``quotation``/``displayquote`` environments, Markdown
    ``>`` blocks), whose citation may sit inside them at the end."""
    if kind == "tex":
        # A comment is not part of the text ("\%" is a percent sign).
        text = re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group()), text)
    cites = _citations(text, kind)
    blocks = _blocks(text, kind, cites)
    inline = [
        _Found(m.start(), m.end(), m.start() + m.group().index(body), body)
        for m in _QUOTE.finditer(text)
        for body in [next(group for group in m.groups() if group is not None)]
        if not any(b.start <= m.start() < b.end for b in blocks)
    ]
    matches = sorted([*blocks, *inline], key=lambda f: f.start)
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    line_starts = [0, *(m.end() for m in re.finditer(r"\n", text))]
    used: set[int] = set()  # a citation after one quotation is not the next one's
    found: list[Quotation] = []
    for index, match in enumerate(matches):
        after_limit = matches[index + 1].start if index + 1 < len(matches) else len(text)
        before_limit = matches[index - 1].end if index else 0
        paragraph_end = next((b for b in breaks if b >= match.end), len(text))
        if match.block:
            paragraph_end = len(text)  # a block's citation may follow it
        paragraph_start = max((b for b in breaks if b < match.start), default=0)
        cite = match.inner or _nearest(
            cites,
            used,
            after=(match.end, min(after_limit, paragraph_end, match.end + _NEAR)),
            before=(max(before_limit, paragraph_start, match.start - _NEAR), match.start),
        )
        if cite is not None:
            used.add(cite.start)
        line = _line_of(line_starts, match.body_start)
        found.append(Quotation(match.body, line, match.body_start, cite.keys if cite else ()))
    return found


_TEX_BLOCK = re.compile(
    r"\\begin\{(?P<env>quote|quotation|displayquote)\}(?:\[[^\]]*\])?"
    r"(?P<body>.*?)\\end\{(?P=env)\}",
    re.DOTALL,
)
_MD_BLOCK = re.compile(r"(?:^[ ]{0,3}>[^\n]*(?:\n|$))+", re.MULTILINE)
_ATTRIBUTION = re.compile(r"^\s*(?:\u2014|\u2013|--)\s")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~&])")


def _blocks(text: str, kind: str, cites: list[_Cite]) -> list[_Found]:
    """Block quotations: their text without the citations in them (and,
    in Markdown, without a closing attribution line "— Speaker")."""
    found: list[_Found] = []
    pattern = _TEX_BLOCK if kind == "tex" else _MD_BLOCK if kind == "md" else None
    if pattern is None:
        return found
    for match in pattern.finditer(text):
        start, end = match.span()
        inside = [c for c in cites if start <= c.start and c.end <= end]
        body_start = match.start("body") if kind == "tex" else start
        raw = text[body_start : match.end("body") if kind == "tex" else end]
        # Blank out the citations, keeping offsets.
        for cite in inside:
            a, b = cite.start - body_start, cite.end - body_start
            raw = raw[:a] + " " * (b - a) + raw[b:]
        if kind == "md":
            lines = [re.sub(r"^[ ]{0,3}>[ ]?", "", line) for line in raw.split("\n")]
            lines = [line for line in lines if not _ATTRIBUTION.match(line)]
            raw = _MD_ESCAPE.sub(r"\1", "\n".join(lines))
        body = " ".join(raw.split())
        body_start += len(raw) - len(raw.lstrip())
        if len(body) >= 2:
            inner = inside[-1] if inside else None
            found.append(_Found(start, end, body_start, body, inner, block=True))
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
