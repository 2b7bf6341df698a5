"""Mailing-list and forum threads saved as text: a quoted message is its
writer's words.

A reply quotes the message it answers under a header line, "On 3 May 2026,
Tom Hale wrote:", the message's lines set off by "> " (one mark deeper for
each message further back: the text reader keeps that depth as the block
quote's level). The message's lines one level under the header are a
block quotation (:attr:`~quotemark.library.model.QuoteKind.BLOCK`, as a
transcript's answer is: :mod:`~quotemark.library.analyze.transcripts`) of
the person the header names; the lines deeper still are an earlier
message, under a header of their own. The header itself is no one's
quotation.

A forum's quote box, its border lost when the page is saved as text, is
its header line "Quote from: Ada Lind on 6 May 2026" and the quoted post
on the line under it (one paragraph: where a box of several ends, the text
no longer says).

Only a header of those forms is read, so a block quote after any other line
keeps its usual reading (its speaker found as any quotation's is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.transcripts import Answer
from quotemark.library.model import BlockKind

_WROTE = re.compile(
    r"[ \t\u00a0]*On[ \u00a0][^,\n]{3,40},[ \u00a0](?:at[ \u00a0][^,\n]{1,12},[ \u00a0])?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \u00a0][A-Z][\w'\u2019.-]*){0,3})"
    r"(?:[ \u00a0]<[^<>\s]{3,80}>)?[ \u00a0]wrote:[ \t\u00a0]*$"
)
"""A reply's header: "On <date>, <name> wrote:" (a time, an address may
stand between)."""


_QUOTE_FROM = re.compile(
    r"[ \t\u00a0]*Quote[ \u00a0]from:[ \u00a0]+"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \u00a0][A-Z][\w'\u2019.-]*){0,3})"
    r"[ \u00a0]+on[ \u00a0][^\n]{3,40}$"
)
"""A forum's quote box header, its border lost in the text: "Quote from:
<name> on <date>"; the line under it is the quoted post."""


@dataclass(frozen=True, slots=True)
class Thread:
    """The quoted messages of a thread (:func:`quoted_messages`): each
    message line's words and writer, and the header lines, no quotation."""

    messages: list[Answer]
    headers: frozenset[int]

    def lines(self) -> frozenset[int]:
        """The lines read here (headers and messages): no block quote of
        their own."""
        return self.headers | {a.line for a in self.messages}


def _level(doc: Document, number: int) -> int:
    """How deep a line is quoted: its block quote's level, 0 outside one."""
    block = doc.blocks[doc.lines[number].block]
    return max(block.level, 1) if block.kind is BlockKind.BLOCKQUOTE else 0


def quoted_messages(doc: Document) -> Thread:
    """Each "> " line one level under an "On <date>, <name> wrote:" header,
    given to the name (in text order), and the header lines. Empty when
    the text holds no "wrote:" (the pre-test: most pages)."""
    text = doc.scan
    wrote, quote_from = "wrote:" in text, "Quote from:" in text
    if not (wrote or quote_from):
        return Thread([], frozenset())
    headers: dict[int, tuple[str, tuple[int, int]]] = {}
    boxes: dict[int, tuple[str, tuple[int, int]]] = {}
    for number, line in enumerate(doc.lines):
        if wrote and text[line.start : line.end].rstrip().endswith("wrote:"):
            m = _WROTE.match(text, line.start, line.end)
            if m is not None:
                headers[number] = (m.group("name"), m.span("name"))
        elif quote_from and text.startswith("Quote from:", line.start, line.end):
            m = _QUOTE_FROM.match(text, line.start, line.end)
            if m is not None:
                boxes[number] = (m.group("name"), m.span("name"))
    messages = [*_boxed(doc, boxes), *_under_headers(doc, headers)]
    return Thread(sorted(messages, key=lambda a: a.start), frozenset(headers) | frozenset(boxes))


def _under_headers(doc: Document, headers: dict[int, tuple[str, tuple[int, int]]]) -> list[Answer]:
    """Each line one level under a header, in the run of deeper lines that
    follows it, given to the header's name.

    One pass from the first header down, with the headers whose runs are
    still going on stacked (their levels rise up the stack): a line ends
    the runs of those at its level or deeper, and is the message of the one
    left on top when that is one level up. (A walk from each header over
    its whole run read a thread quoted ever deeper again for every header:
    4,000 headers took 26 s; s42-final-analyze.)"""
    if not headers:
        return []
    out: list[Answer] = []
    stack: list[tuple[int, str, tuple[int, int]]] = []  # (level, name, where named)
    for number in range(min(headers), len(doc.lines)):
        level = _level(doc, number)
        while stack and stack[-1][0] >= level:
            stack.pop()
        if number in headers:
            name, at = headers[number]
            stack.append((level, name, at))
            continue
        if not stack or stack[-1][0] != level - 1:
            continue
        message = _message(doc, number, stack[-1][1], stack[-1][2])
        if message is not None:
            out.append(message)
    return out


def _message(doc: Document, number: int, name: str, at: tuple[int, int]) -> Answer | None:
    """Line ``number``'s words, its spaces trimmed, as ``name``'s message
    (named at ``at``); ``None`` for a blank line."""
    line = doc.lines[number]
    raw = doc.scan[line.start : line.end]
    body = raw.strip()
    if not body:
        return None
    start = line.start + len(raw) - len(raw.lstrip())
    return Answer(start, start + len(body), number, name, at)


def _boxed(doc: Document, boxes: dict[int, tuple[str, tuple[int, int]]]) -> list[Answer]:
    """The line under each "Quote from:" header (the quoted post: one
    paragraph, as the box held it), given to the header's name."""
    out: list[Answer] = []
    for number, (name, at) in boxes.items():
        below = number + 1
        if below >= len(doc.lines) or below in boxes:
            continue
        message = _message(doc, below, name, at)
        if message is not None:
            out.append(message)
    return out
