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

Only a header of that form is read, so a block quote after any other line
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
    if "wrote:" not in text:
        return Thread([], frozenset())
    headers: dict[int, tuple[str, tuple[int, int]]] = {}
    for number, line in enumerate(doc.lines):
        if text[line.start : line.end].rstrip().endswith("wrote:"):
            m = _WROTE.match(text, line.start, line.end)
            if m is not None:
                headers[number] = (m.group("name"), m.span("name"))
    messages: list[Answer] = []
    for number, (name, at) in headers.items():
        level = _level(doc, number)
        below = number + 1
        while below < len(doc.lines) and _level(doc, below) > level:
            line = doc.lines[below]
            raw = text[line.start : line.end]
            body = raw.strip()
            if body and below not in headers and _level(doc, below) == level + 1:
                start = line.start + len(raw) - len(raw.lstrip())
                messages.append(Answer(start, start + len(body), below, name, at))
            below += 1
    return Thread(sorted(messages, key=lambda a: a.start), frozenset(headers))
