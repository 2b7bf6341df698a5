"""A letter pasted into a post as a block quote: its body is its signer's.

A reply that pastes a letter sets each of its lines off as a block quote
("> Dear Ms Voss,", "> Thank you for your email. ...", "> Regards,",
"> Peter Quinn", "> Harbour Master"). The lines from the salutation to the
closing are one block quotation
(:attr:`~quotemark.library.model.QuoteKind.BLOCK`) of the person the line
after the closing names, not a quotation a line, each given to whoever
the text named last.

Only a run of block-quote lines that ends in a closing ("Regards,", "Yours
faithfully,") over a name of two or three capitalised words is read.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import words
from quotemark.library.analyze.transcripts import Answer
from quotemark.library.model import BlockKind

_CLOSING = re.compile(r"[ \t\u00a0]*(?:[A-Z][a-z]+[ \u00a0]){0,2}([A-Za-z]+),[ \t\u00a0]*$")
"""A letter's closing line: up to three words and a comma ("Yours
faithfully,")."""

_CLOSINGS = words("regards faithfully sincerely truly wishes thanks cheers")
"""The last word of a closing."""

_SIGNER = re.compile(
    r"[ \t\u00a0]*([A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019.-]+){1,2})[ \t\u00a0]*$"
)
"""The signer's line under the closing: a name of two or three words."""


def _runs(doc: Document) -> list[list[int]]:
    """The runs of consecutive lines in block quotes, each as its lines."""
    runs: list[list[int]] = []
    last = -2
    for number, line in enumerate(doc.lines):
        if doc.blocks[line.block].kind is not BlockKind.BLOCKQUOTE:
            continue
        if number == last + 1 and runs:
            runs[-1].append(number)
        else:
            runs.append([number])
        last = number
    return runs


def signed_letters(doc: Document) -> tuple[list[Answer], frozenset[int]]:
    """Each pasted letter's body (salutation to closing) given to its
    signer, and every line of those letters (no block quote of their own)."""
    if not any(b.kind is BlockKind.BLOCKQUOTE for b in doc.blocks):
        return [], frozenset()  # (the pre-test: most pages quote no block)
    text = doc.scan
    out: list[Answer] = []
    taken: set[int] = set()
    for run in _runs(doc):
        for k, number in enumerate(run[1:-1], start=1):
            line = doc.lines[number]
            closing = _CLOSING.match(text, line.start, line.end)
            if closing is None or closing.group(1).lower() not in _CLOSINGS:
                continue
            signer_line = doc.lines[run[k + 1]]
            signer = _SIGNER.match(text, signer_line.start, signer_line.end)
            if signer is None:
                break
            first, last = doc.lines[run[0]], doc.lines[run[k - 1]]
            start = (
                first.start
                + len(text[first.start : first.end])
                - len(text[first.start : first.end].lstrip())
            )
            end = last.start + len(text[last.start : last.end].rstrip())
            out.append(Answer(start, end, run[0], signer.group(1), signer.span(1)))
            taken.update(run)
            break
    return out, frozenset(taken)
