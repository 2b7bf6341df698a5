"""The researcher's corrections of a post's body: passages added back and
passages removed, stored as overrides of the machine's body.

They are rows of ``corrections`` (one table for every override of the
machine's reading, so a deleted post's snapshot, undo and ``quotemark
corrections`` carry them like the others) with two kinds of their own:

- ``add_passage``: ``target`` is the passage (its paragraphs joined with
  ``"\\n"``), ``value`` is ``{"after": TEXT}``, the exact text of the body
  block it follows (``""``: the body's start), ``near`` the offset in the
  joined text where it went.
- ``remove_passage``: ``target`` is the exact text removed, ``near`` its
  offset in the joined text when removed.

The stored blocks are always the machine's body with these rows applied
(:func:`apply`, oldest first), so the reader, search, clips, locators and
every export read the corrected body with no extra step. Re-extraction
applies them again to the extractor's new body, finding each place again
by its text, nearest its old offset. ``machine`` records how the row met
the machine's body the last time it was applied: ``{"fits": false}`` when
its place (or the text to remove) was not there, so it is listed, never
silently dropped.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from quotemark.library.model import Block, BlockKind
from quotemark.library.store import anchors
from quotemark.library.store import corrections as store_corrections

ADD = store_corrections.ADD_PASSAGE
REMOVE = store_corrections.REMOVE_PASSAGE
KINDS = (ADD, REMOVE)


@dataclass(frozen=True, slots=True)
class Applied:
    """The body with overrides applied, and the ids of the rows that did
    not fit the body they were applied to."""

    blocks: tuple[Block, ...]
    unfit: tuple[int, ...]


def rows(conn: sqlite3.Connection, post_id: int) -> list[store_corrections.Row]:
    """A post's body overrides, oldest first."""
    return [r for r in store_corrections.rows(conn, post_id) if r.kind in KINDS]


def paragraphs(text: str) -> list[str]:
    """A passage as the body's paragraphs: one per line of ``text`` (a
    selection's paragraph breaks arrive as line or paragraph separators),
    each with its whitespace collapsed; empty lines dropped."""
    lines = text.replace("\u2029", "\n").replace("\r", "\n").split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def contains(blocks: tuple[Block, ...], passage: list[str]) -> bool:
    """Whether every paragraph of ``passage`` is already in the body
    (whitespace aside): a better extractor now keeps it, nothing to add."""
    whole = _squeezed(anchors.joined(blocks))
    return bool(passage) and all(_squeezed(p) in whole for p in passage)


def _add(blocks: tuple[Block, ...], row: store_corrections.Row) -> tuple[Block, ...] | None:
    passage = paragraphs(row.target)
    if not passage:
        return None
    if contains(blocks, passage):
        return blocks
    after = row.value.get("after", "") if isinstance(row.value, dict) else ""
    if after:
        place = anchors.find(blocks, after, max(0, row.near - len(after) - 1))
        if place is None:
            return None
        at = place.end.block + 1
    else:
        at = 0
    added = tuple(Block(BlockKind.PARAGRAPH, text) for text in passage)
    return blocks[:at] + added + blocks[at:]


def _remove(blocks: tuple[Block, ...], row: store_corrections.Row) -> tuple[Block, ...] | None:
    place = anchors.find(blocks, row.target, row.near)
    if place is None:
        return None
    start, end = place.start, place.end
    first, last = blocks[start.block], blocks[end.block]
    head = first.text[: start.offset].rstrip()
    tail = last.text[end.offset :].lstrip()
    kept: list[Block] = []
    if start.block == end.block and head and tail:
        # Chrome inside a paragraph: the paragraph stays, without it. Its
        # links no longer line up with the text, so they go with it.
        kept.append(replace(first, text=f"{head} {tail}", links=()))
    else:
        if head:
            kept.append(replace(first, text=head, links=()))
        if tail:
            kept.append(replace(last, text=tail, links=()))
    return blocks[: start.block] + tuple(kept) + blocks[end.block + 1 :]


def apply(blocks: tuple[Block, ...], found: list[store_corrections.Row]) -> Applied:
    """The machine's ``blocks`` with the body overrides of ``found`` applied
    in the order they were made; a row whose place is gone changes nothing
    and is named in :attr:`Applied.unfit`."""
    unfit: list[int] = []
    for row in found:
        if row.kind not in KINDS:
            continue
        changed = _add(blocks, row) if row.kind == ADD else _remove(blocks, row)
        if changed is None:
            unfit.append(row.id)
        else:
            blocks = changed
    return Applied(blocks, tuple(unfit))


def record_fit(
    conn: sqlite3.Connection, found: list[store_corrections.Row], unfit: tuple[int, ...]
) -> None:
    """Write into each row whether it fitted the machine's body this time."""
    for row in found:
        machine: dict[str, Any] = {"fits": row.id not in unfit}
        if row.machine != machine:
            conn.execute(
                "UPDATE corrections SET machine = ? WHERE id = ?", (json.dumps(machine), row.id)
            )
