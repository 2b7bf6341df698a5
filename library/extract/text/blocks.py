"""Blocks from the lines of a plain-text post.

Paragraphs, Markdown and Setext headings, block quotes, list items (with
their depth), attributions under a quotation, and photo captions with their
credits, as blogs paste them.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.transcripts import bracketed_label, opens_with_label
from quotemark.library.extract.text.lines import (
    ATX,
    BULLET,
    CLOSING_QUOTES,
    NUMBERED,
    OPENING_QUOTES,
    QUOTED,
    RULE,
    SETEXT,
    joins,
)
from quotemark.library.model import BlockKind

_CAPTION_START = re.compile(
    r"^(?:photo|photograph|image|picture|pictured|caption|file photo|top photo|above|below)"
    r"(?:\s+(?:by|credit))?\s*[:|\u2014\u2013-]\s*\S",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"\(\s*(?:[^()]*\b(?:photo|photograph|image|via|credit|courtesy|getty images|reuters|afp|"
    r"ap|epa|file)\b[^()]*)\)\s*$|\b(?:photo|image|credit)s?\s*(?:by|:)\s*[^.]{2,60}$"
    # "(Steve Lawrence/CBC)": photographer and outlet.
    r"|\(\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*/\s*[\w .&'-]{2,40}\)\s*$",
    re.IGNORECASE,
)
_CREDIT_ONLY = re.compile(
    r"^\(?(?:photo|photograph|image|picture|credit|illustration)s?(?:\s+credit)?\s*(?:by\b|:)"
    r"\s*\S.{1,59}(?<![.!?])\)?$|^\((?:[^()]*\b(?:photo|photograph|via|credit|courtesy)\b"
    r"[^()]{0,60})\)$",
    re.IGNORECASE,
)


class Item:
    """A block being built: its kind and the lines it joins."""

    __slots__ = ("kind", "level", "lines")

    def __init__(self, kind: BlockKind, text: str, level: int = 0) -> None:
        self.kind = kind
        self.level = level
        self.lines = [text] if text else []

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def last(self) -> str:
        """The last line added (what a following line continues)."""
        return self.lines[-1] if self.lines else ""


def block_items(group: list[str], width: int) -> list[Item]:
    """The blocks one blank-line-separated group of lines makes."""
    items: list[Item] = []
    indents = [_indent(raw) for raw in group if BULLET.match(raw) or NUMBERED.match(raw)]
    base = min(indents, default=0)
    for index, raw in enumerate(group):
        line = raw.strip()
        if RULE.match(line) and not (index and SETEXT.match(line)):
            continue
        if index and SETEXT.match(line) and items and items[-1].kind is BlockKind.PARAGRAPH:
            items[-1].kind = BlockKind.HEADING
            items[-1].level = 1 if line.lstrip().startswith("=") else 2
            continue
        atx = ATX.match(line)
        quoted = QUOTED.match(raw)
        if atx is not None:
            items.append(Item(BlockKind.HEADING, atx[2], len(atx[1])))
        elif quoted is not None:
            level = quoted[1].count(">")
            content = raw[quoted.end() :].strip()
            last = items[-1] if items else None
            if not content:
                items.append(Item(BlockKind.BLOCKQUOTE, "", level))
            elif (
                last is not None
                and last.kind is BlockKind.BLOCKQUOTE
                and last.level == level
                and (not last.lines or joins(last.last, content, width))
            ):
                last.lines.append(content)
            else:
                items.append(Item(BlockKind.BLOCKQUOTE, content, level))
        elif (
            _CREDIT_ONLY.match(line)
            and items
            and items[-1].kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)
            and items[-1].text[:1] not in OPENING_QUOTES
            and len(items[-1].text) <= 400
        ):
            # "Photo: Ruth Abara" under the line it credits: one caption.
            items[-1].lines.append(line)
            items[-1].kind = BlockKind.CAPTION
        elif _attribution(items, raw):
            # "- Name, role" under a quotation attributes it; not a list.
            items.append(Item(BlockKind.PARAGRAPH, line))
        elif (bullet := BULLET.match(raw)) is not None:
            depth = (_indent(raw) - base) // 2 + 1
            items.append(Item(BlockKind.LIST_ITEM, raw[bullet.end() :].strip(), depth))
        elif NUMBERED.match(raw):
            depth = (_indent(raw) - base) // 2 + 1
            items.append(Item(BlockKind.LIST_ITEM, line, depth))
        elif items and items[-1].kind is BlockKind.LIST_ITEM and raw[:1] == " " and items[-1].lines:
            items[-1].lines.append(line)  # an indented continuation of the item
        elif (
            items
            and items[-1].kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and joins(items[-1].last, line, width)
        ):
            items[-1].lines.append(line)
        else:
            items.append(Item(BlockKind.PARAGRAPH, line))
    return [item for item in items if item.lines]


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _attribution(items: list[Item], raw: str) -> bool:
    """A dash line right under a quotation, short like a name and role."""
    return (
        bool(items)
        and items[-1].kind is BlockKind.PARAGRAPH
        and items[-1].last.rstrip()[-1:] in CLOSING_QUOTES
        and raw.lstrip()[:1] == "-"
        and len(raw.strip()) <= 100
    )


_NOT_A_HEADING_END = ".,;:" + "\u3002\u3001\uff0e\uff0c\uff1b\uff1a" + CLOSING_QUOTES
"""Ends that make a line a sentence or a clause, not a title: the Latin
marks and the ideographic full stop and comma and their full-width forms."""


def heading_like(line: str) -> bool:
    """A short title-like line: no sentence end, and its words capitalised
    (or all in capitals). A line in a script without capitals (Japanese,
    Arabic, Hebrew...) is never one by its letters: it has no case to read."""
    if len(line) > 90 or line[-1:] in _NOT_A_HEADING_END or line[:1] in OPENING_QUOTES:
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", line)
    if not words or len(words) > 14 or line[:1] in "-\u2013\u2014(":
        return False
    if line.upper() == line:
        # Upper-cased all through, which a caseless line also is.
        return line.lower() != line
    significant = [word for word in words if len(word) > 3]
    if not significant:
        return False
    capitalised = sum(1 for word in significant if word[0].isupper())
    return capitalised / len(significant) >= 0.75


def transcript_turn(item: Item, before: Item | None, after: Item | None) -> bool:
    """Is ``item`` a short turn of a transcript ("HOST: Have you?"), not a
    heading: it opens with a speaker's label, and so does the paragraph before
    or after it. A title with a label ("Update: The Pier Reopens") between
    paragraphs of prose stays a heading. Asked of heading candidates only.
    After a debate record's bracketed label, words that are a title
    themselves and ask or exclaim nothing make a heading ("Part Two (Evening
    Sitting): Questions" over the prose after a turn), where a short turn
    says something ("Tom Hale (Port Edda): Will she give way?") or gives a
    figure ("Lund North (Lab): 4,512", a results list) (s46-final-extract)."""
    if not opens_with_label(item.text):
        return False
    words = bracketed_label(item.text)
    if words is not None and words[-1:] not in "?!" and heading_like(words):
        return False
    return any(
        near is not None and near.kind is BlockKind.PARAGRAPH and opens_with_label(near.text)
        for near in (before, after)
    )


def heading_candidate(item: Item) -> bool:
    """A paragraph short and title-like enough to be a heading; a run of
    them is a list of names or titles, not headings."""
    return item.kind is BlockKind.PARAGRAPH and heading_like(item.text)


_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*$")
_SECTION_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def section_heading(item: Item, before: Item | None, after: Item | None) -> bool:
    """A heading in sentence case ("Lost and found", "Church notes"), which
    :func:`heading_like` leaves out for its lower-case words: a line of two
    to eight words with no mark of a sentence or a clause in it, standing
    alone between two paragraphs that each end a sentence, the one under it
    much longer. Read as a paragraph, its words would be a sentence, and a
    capitalised first word and a verb-like second ("Church notes") a speaker
    for the quotation under it."""
    if (
        item.kind is not BlockKind.PARAGRAPH
        or before is None
        or after is None
        or before.kind is not BlockKind.PARAGRAPH
        or after.kind is not BlockKind.PARAGRAPH
    ):
        return False
    line = item.text.strip()
    words = _SECTION_WORD.findall(line)
    if len(line) > 60 or not line[:1].isupper() or not 2 <= len(words) <= 8:
        return False
    if " ".join(words) != line:
        return False  # a mark, a digit or a symbol beside the words: not a bare title
    if all(word[0].isupper() for word in words[1:]):
        return False  # a name ("Tom Hale") under a paragraph signs it
    if after.text[:1] in OPENING_QUOTES and any(word[0].isupper() for word in words[1:]):
        # "Ada Lind put it simply" over a paragraph that opens with a
        # quotation: a sentence naming someone (its stop left off) that
        # brings the quotation in, not a section's title (s43-final-analyze2).
        return False
    text = after.text.rstrip()
    return (
        len(text) >= max(80, 3 * len(line))
        and _SENTENCE_END.search(text) is not None
        and _SENTENCE_END.search(before.text.rstrip()) is not None
    )


def caption_pairs(items: list[Item]) -> list[Item]:
    """Collapse a caption repeated with its credit ("A tank fires ..." then
    "A tank fires ... (Military Media, via AP)") into one caption that keeps
    the credit; drop exact repeats."""
    kept: list[Item] = []
    for item in items:
        last = kept[-1] if kept else None
        if last is None or last.kind is BlockKind.HEADING or item.kind is BlockKind.HEADING:
            kept.append(item)
            continue
        short, long = sorted((last.text, item.text), key=len)
        if short == long:
            continue
        if len(short) >= 20 and long.startswith(short) and CREDIT.search(long[len(short) :]):
            kept[-1] = Item(BlockKind.CAPTION, long)
            continue
        kept.append(item)
    for item in kept:
        if (
            item.kind is BlockKind.PARAGRAPH
            and item.text[:1] not in OPENING_QUOTES
            and len(item.text) <= 500
            and (_CAPTION_START.match(item.text) or CREDIT.search(item.text[-120:]))
        ):
            item.kind = BlockKind.CAPTION
    return kept
