"""How a clip reads in an export: its locator, the quoted text, who said it.

Every format carries the same facts about a clip; the wording lives here so
BibTeX, biblatex, RIS, CSL-JSON and Markdown say the same thing.
"""

from __future__ import annotations

import functools

from quotemark.library.export.latex import clean, escape
from quotemark.library.model import Clip, Reading, quoted_by_words
from quotemark.library.quoting import inner_quotes

_OPENING = "\"'\u201c\u2018\u201e\u00ab\u300c"
_CLOSING = "\"'\u201d\u2019\u201c\u00bb\u300d"


def quoted(text: str, outer: str = "\u201c\u201d", inner: str = "\u2018\u2019") -> str:
    """``text`` in ``outer`` quotation marks (curly double by default), its
    own quotation marks turned into ``inner`` ones (a quotation inside a
    quotation: "he said “no”" -> “he said ‘no’”); a clip that already
    starts and ends with quotation marks keeps its own."""
    text = clean(text)
    if len(text) >= 2 and text[0] in _OPENING and text[-1] in _CLOSING:
        return text
    return f"{outer[0]}{inner_quotes(text, outer, inner)}{outer[1]}"


def speaker(clip: Clip) -> str:
    """ "Name, role", the name or the role alone, or "" when unknown; for
    a quotation inside a quotation followed by who quoted it ("Ada Lind’s
    father, quoted by Ada Lind": the inner speaker, quoted by the outer)."""
    parts = [clean(p) for p in (clip.speaker, clip.role) if p and clean(p)]
    return quoted_by_words(", ".join(dict.fromkeys(parts)), clean(clip.quoted_by or ""))


def paragraphs(clip: Clip) -> tuple[int, int]:
    """The first and last paragraph the clip covers. A clip across blocks
    holds their texts joined by line feeds; the last block is the one the
    span ends in, unless it ends at that block's very start. (A heading or
    image inside a clip counts as a paragraph here: rare, and erring wide.)"""
    span = clip.span
    last_block = span.end.block
    if span.end.offset == 0 and last_block > span.start.block:
        last_block -= 1
    return clip.paragraph, clip.paragraph + max(last_block - span.start.block, 0)


def paragraph_range(clip: Clip, dash: str = "\u2013") -> str:
    """ "4", or "2–4" for a clip across paragraphs."""
    first, last = paragraphs(clip)
    return str(first) if first == last else f"{first}{dash}{last}"


def part_words(reading: Reading | None) -> str:
    """:meth:`Reading.part_words` of a post's reading ("" for none)."""
    return reading.part_words() if reading is not None else ""


def locator(clip: Clip, reading: Reading | None = None) -> str:
    """The paragraph locator as printed: "¶ 4", or "¶¶ 2–4" for a range,
    led by the part of a post that is one part of a longer article ("part 1
    of 3, ¶ 4")."""
    first, last = paragraphs(clip)
    marks = "\u00b6" if first == last else "\u00b6\u00b6"
    part = part_words(reading)
    return (
        f"{part}, {marks} {paragraph_range(clip)}" if part else f"{marks} {paragraph_range(clip)}"
    )


def summary(clip: Clip, reading: Reading | None = None) -> str:
    """One line for a clip: "¶ 4: “text” — Name, role" (its locator as
    :func:`locator` writes it)."""
    return f"{locator(clip, reading)}: {_passage(clip)}"


@functools.lru_cache(maxsize=1024)
def _passage(clip: Clip) -> str:
    # Each export asks for a clip's passage twice in a row (the text, and
    # whether it ends a sentence): built once.
    who = speaker(clip)
    return f"{quoted(clip.text)} \u2014 {who}" if who else quoted(clip.text)


def ends_sentence(clip: Clip) -> bool:
    """Whether :func:`summary` already ends with a full stop (a quote
    ending "ours.”" with no speaker after it), so styles must not add one."""
    text = summary(clip).rstrip(_CLOSING)
    return text.endswith((".", "?", "!", "\u2026"))


def latex_locator(clip: Clip, reading: Reading | None = None) -> str:
    """:func:`locator` as LaTeX: ``{\\textpilcrow}~4``. The pilcrow is written
    as a command in every dialect: biber reads both ``¶`` and ``\\P`` as a
    character its ``safeinputenc`` output cannot write (it writes an
    undefined ``\\x{00b6}``), and it leaves ``\\textpilcrow`` alone."""
    first, last = paragraphs(clip)
    # "part 1 of 3" is plain words: nothing in it LaTeX would read.
    part = part_words(reading)
    lead = f"{part}, " if part else ""
    if first == last:
        return f"{lead}{{\\textpilcrow}}~{first}"
    return f"{lead}{{\\textpilcrow\\textpilcrow}}~{first}--{last}"


def latex_passage(clip: Clip, *, ascii_only: bool) -> str:
    """The quoted text and its speaker, "“text” — Name, role", LaTeX-safe."""
    return escape(_passage(clip), ascii_only=ascii_only)


def latex_summary(clip: Clip, *, ascii_only: bool, reading: Reading | None = None) -> str:
    """:func:`summary` as a LaTeX-safe value."""
    return f"{latex_locator(clip, reading)}: {latex_passage(clip, ascii_only=ascii_only)}"


def tags(clip: Clip) -> list[str]:
    """The clip's tags, cleaned, without empties or repeats."""
    return list(dict.fromkeys(t for t in (clean(tag) for tag in clip.tags) if t))
