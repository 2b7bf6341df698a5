"""How a clip reads in an export: its locator, the quoted text, who said it.

Every format carries the same facts about a clip; the wording lives here so
BibTeX, biblatex, RIS, CSL-JSON and Markdown say the same thing.
"""

from __future__ import annotations

from library.export.latex import clean, escape
from library.model import Clip

_OPENING = "\"'\u201c\u2018\u201e\u00ab\u300c"
_CLOSING = "\"'\u201d\u2019\u201c\u00bb\u300d"


def quoted(text: str) -> str:
    """``text`` in curly double quotes, unless it already starts and ends
    with quotation marks (a clip of a whole quotation keeps its own)."""
    text = clean(text)
    if len(text) >= 2 and text[0] in _OPENING and text[-1] in _CLOSING:
        return text
    return f"\u201c{text}\u201d"


def speaker(clip: Clip) -> str:
    """ "Name, role", the name or the role alone, or "" when unknown."""
    parts = [clean(p) for p in (clip.speaker, clip.role) if p and clean(p)]
    return ", ".join(dict.fromkeys(parts))


def locator(clip: Clip) -> str:
    """The paragraph locator as printed: "¶ 4"."""
    return f"\u00b6 {clip.paragraph}"


def summary(clip: Clip) -> str:
    """One line for a clip: "¶ 4: “text” — Name, role"."""
    return f"{locator(clip)}: {_passage(clip)}"


def _passage(clip: Clip) -> str:
    who = speaker(clip)
    return f"{quoted(clip.text)} \u2014 {who}" if who else quoted(clip.text)


def ends_sentence(clip: Clip) -> bool:
    """Whether :func:`summary` already ends with a full stop (a quote
    ending "ours.”" with no speaker after it), so styles must not add one."""
    text = summary(clip).rstrip(_CLOSING)
    return text.endswith((".", "?", "!", "\u2026"))


def latex_locator(clip: Clip) -> str:
    """:func:`locator` as LaTeX: ``{\\textpilcrow}~4``. The pilcrow is written
    as a command in every dialect: biber reads both ``¶`` and ``\\P`` as a
    character its ``safeinputenc`` output cannot write (it writes an
    undefined ``\\x{00b6}``), and it leaves ``\\textpilcrow`` alone."""
    return f"{{\\textpilcrow}}~{clip.paragraph}"


def latex_passage(clip: Clip, *, ascii_only: bool) -> str:
    """The quoted text and its speaker, "“text” — Name, role", LaTeX-safe."""
    return escape(_passage(clip), ascii_only=ascii_only)


def latex_summary(clip: Clip, *, ascii_only: bool) -> str:
    """:func:`summary` as a LaTeX-safe value."""
    return f"{latex_locator(clip)}: {latex_passage(clip, ascii_only=ascii_only)}"


def tags(clip: Clip) -> list[str]:
    """The clip's tags, cleaned, without empties or repeats."""
    return list(dict.fromkeys(t for t in (clean(tag) for tag in clip.tags) if t))
