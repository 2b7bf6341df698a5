"""Reference lists: the numbered entries an encyclopedia article ends with.

An entry names a cited work: '1. "Ferryman's farewell". Carrick Courier. 4
April 2024.' The marks hold the article's title, which nobody said, so it is
no quotation. The shape read is the entry's own: the line opens with its
number and a point, the marks open right after them, and after the closing
mark come a point (set outside the marks, as reference styles put it) and
the next part of the entry, capitalised words to its point (the
publication). A numbered list of quotations puts its point inside the marks
('1. “We will open the pier.” Tom Hale, 2024') and is left alone (s43-rev2),
and so is one that sets it outside, the British way, with a sentence after
('1. “The pier is unsafe”. He said it twice.', s43-final-analyze).

A saved page's reference list is read by its section instead
(:func:`reference_blocks`, s44-refs): the list items and paragraphs under a
heading that names the section a list of works ("References",
"Bibliography", "Further reading") cite works, whatever the entry's style
(Wikipedia's '^ "Pier closed to vehicles". Port Elm Harbour Board.', an
author and date first, a journal's own); the marks in them are titles. The
section ends at the next heading of its level or above."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotemark.library.model import Block, BlockKind

_ENTRY_OPENING = re.compile(r"[ \t\u00a0]*\d{1,3}\.[ \t\u00a0]+$")
"""What stands between the line's start and the opening mark: the entry's
number and its point."""

_ENTRY_GOES_ON = re.compile(r"\.[ \t\u00a0]+([A-Z][^.!?\n]{0,80})\.")
"""After the closing mark: the point ending the title's part, then the
entry's next part (the publication) to its point, group 1."""

_MINOR_WORDS = frozenset(("of", "the", "and", "for", "on", "in", "at", "&"))
"""Small words a publication's name holds in lower case ("Journal of the
Harbour Trust")."""


def _names_a_work(part: str) -> bool:
    """Is ``part`` a name and a date, as an entry's publication part is
    ("Carrick Courier, 4 April 2024"): every word capitalised, a number or a
    small word, not a sentence ("He said it twice", "Tom Hale said so": a
    list of quotations punctuated in the British way, the point outside
    the marks)?"""
    return all(
        w[:1].isupper() or w[:1].isdigit() or w in _MINOR_WORDS or not w[:1].isalpha()
        for w in part.split()
    )


def is_reference_entry(text: str, line_start: int, open_at: int, close_at: int) -> bool:
    """Are the marks at ``open_at``..``close_at`` a work's title in a numbered
    reference entry ('1. "Ferryman's farewell". Carrick Courier.')?"""
    # (The digit first: one character read on most lines, which open with a
    # letter; the patterns only on a line that opens with a number.)
    if open_at - line_start > 8 or not text[line_start:open_at].lstrip()[:1].isdigit():
        return False
    if _ENTRY_OPENING.fullmatch(text, line_start, open_at) is None:
        return False
    part = _ENTRY_GOES_ON.match(text, close_at + 1)
    return part is not None and _names_a_work(part.group(1))


_LIST_OF_WORKS = frozenset(
    (
        "references",
        "reference list",
        "bibliography",
        "select bibliography",
        "selected bibliography",
        "further reading",
        "works cited",
        "works consulted",
        "literature cited",
        "citations",
        "sources",
        "notes and references",
        "references and notes",
        "sources and further reading",
        "external links",
        "einzelnachweise",
        "literatur",
        "weblinks",
        "références",
        "bibliographie",
        "notes et références",
        "referencias",
        "bibliografía",
        "bibliografia",
        "przypisy",
        "referências",
    )
)
"""Headings that name a section a list of cited works (casefolded, without
a closing colon). Not "Notes": footnotes hold sentences, and quotations."""

_ENTRY_KINDS = frozenset({BlockKind.LIST_ITEM, BlockKind.PARAGRAPH})


def reference_blocks(blocks: Sequence[Block]) -> frozenset[int]:
    """The indexes of the blocks that are entries of a list of cited works:
    the list items and paragraphs under a "References" (or "Bibliography",
    "Further reading"...) heading, to the next heading of its level or
    above. Only headings' texts are compared (short ones), once each."""
    entries: list[int] = []
    level = 0  # the open section's heading level; 0: none open
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            if level and block.level > level:
                continue  # a sub-heading inside the list ("Books", "Articles")
            name = block.text
            level = (
                (block.level or 1)
                if len(name) < 40 and name.strip().rstrip(":").strip().casefold() in _LIST_OF_WORKS
                else 0
            )
        elif level and block.kind in _ENTRY_KINDS:
            entries.append(index)
    return frozenset(entries)
