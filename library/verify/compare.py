"""A quotation against the text it quotes: exact, equal up to typography,
edited legitimately (elisions, bracketed insertions), or different.

Typography: curly and straight quotation marks and apostrophes, dashes and
hyphens, spaces (non-breaking, runs, line breaks) and "…" against "..."
do not count. Words are compared with a word-by-word alignment
(:class:`difflib.SequenceMatcher`): words of the source left out where the
quotation has an ellipsis ("…", "...", "[…]") are an elision, words of the
quotation in square brackets are an insertion ("[the army]", "[T]he"); any
other difference is a changed, added or missing word.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

EXACT = "exact"
TYPOGRAPHIC = "typographic"
EDITED = "edited"
DIFFERENT = "different"
NOT_FOUND = "not-found"

_MARKS = str.maketrans(
    {
        **dict.fromkeys('\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"', '"'),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2039\u203a\u2032`'", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2028\u2029", " "),
        "\u00ad": None,
        "\u200b": None,
    }
)
_ELLIPSIS = re.compile(r"\[\s*(?:\u2026|\.\s?\.\s?\.)\s*\]|\u2026|\.\s?\.\s?\.")
_TOKEN = re.compile(r"\[[^\[\]]*\]|\S+")
_WORD_EDGE = re.compile(r"^[\"(\-]+|[\"),.;:!?\-]+$")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: ``kind`` is ``elided`` or ``inserted`` (legitimate),
    or ``changed``, ``added`` or ``missing``; ``source`` and ``quoted`` are
    the words on each side (one may be empty)."""

    kind: str
    source: str
    quoted: str

    @property
    def legitimate(self) -> bool:
        """Whether this is an elision or a bracketed insertion."""
        return self.kind in ("elided", "inserted")


@dataclass(frozen=True, slots=True)
class Comparison:
    """The verdict (one of the module's constants), the differences and
    the source's words the quotation was aligned with."""

    verdict: str
    changes: tuple[Change, ...] = ()
    source: str = ""


def typographic(text: str) -> str:
    """``text`` with quotation marks, dashes and spaces in one form each."""
    text = text.translate(_MARKS).replace("\u2026", "...")
    return " ".join(text.split())


def compare(quoted: str, source: str) -> Comparison:
    """How the quotation ``quoted`` stands against ``source`` (a post's
    whole text)."""
    flat_quote = " ".join(quoted.split())
    if flat_quote and flat_quote in " ".join(source.split()):
        return Comparison(EXACT)
    loose_source = typographic(source)
    if typographic(quoted) in loose_source:
        return Comparison(TYPOGRAPHIC)
    return _aligned(flat_quote, loose_source)


def _tokens(quoted: str) -> tuple[list[tuple[str, str]], dict[int, list[str]]]:
    """The quotation's own words (as written, compared form) and, by the
    index of the word they come before, its edits: "…" for an
    ellipsis, the bracketed text for an insertion."""
    quoted = _ELLIPSIS.sub(" \u2026 ", typographic(quoted).replace("...", "\u2026"))
    # "[T]he": a capital put in brackets is the word itself.
    quoted = re.sub(r"\[([A-Za-z])\](?=\w)", r"\1", quoted)
    words: list[tuple[str, str]] = []
    edits: dict[int, list[str]] = {}
    for match in _TOKEN.finditer(quoted):
        token = match.group()
        if token == "\u2026" or (token.startswith("[") and token.endswith("]")):
            edits.setdefault(len(words), []).append(token.strip("[]") or "\u2026")
        else:
            key = _key(token)
            if key:
                words.append((token, key))
    return words, edits


def _key(word: str) -> str:
    return _WORD_EDGE.sub("", word).casefold()


def _aligned(quoted: str, source: str) -> Comparison:
    words, edits = _tokens(quoted)
    keys = [key for _, key in words]
    source_words = source.split()
    source_keys = [_key(w) for w in source_words]
    matcher = difflib.SequenceMatcher(None, source_keys, keys, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks or sum(b.size for b in blocks) * 2 < len(keys):
        return Comparison(NOT_FOUND)
    # The stretch of the source the quotation covers: from the first to the
    # last matched word (a long post has the words elsewhere too).
    blocks = _densest(blocks)
    # Quoted words before the first match and after the last one stand
    # against as many source words on that side (a changed first or last
    # word is a change, not an addition).
    leading = blocks[0].b
    trailing = len(keys) - (blocks[-1].b + blocks[-1].size)
    first = max(blocks[0].a - leading, 0)
    last = min(blocks[-1].a + blocks[-1].size + trailing, len(source_keys))
    matcher = difflib.SequenceMatcher(None, source_keys[first:last], keys, autojunk=False)
    changes: list[Change] = []
    used: set[int] = set()
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        # Quotation marks at the edges belong to the sentence, not the words.
        left = " ".join(source_words[first + a1 : first + a2]).strip('"')
        right = " ".join(text for text, _ in words[b1:b2]).strip('"')
        marks = edits.get(b1, [])
        if op == "delete":
            # Words left out next to a repeated word can be aligned a few
            # places off the ellipsis ("and an and" with "and … "): any
            # equivalent place of the same deletion counts.
            window = source_keys[first:last]
            for place in _equivalent(window, a1, a2, b1):
                if place in edits:
                    b1, marks = place, edits[place]
                    break
            used.add(b1)
            inserted = [m for m in marks if m != "\u2026"]
            if inserted:
                changes.append(Change("inserted", left, " ".join(inserted)))
            else:
                changes.append(Change("elided" if marks else "missing", left, ""))
        elif op == "insert":
            changes.append(Change("added", "", right))
        else:
            changes.append(Change("changed", left, right))
    for position, marks in sorted(edits.items()):
        inserted = [m for m in marks if m != "\u2026"]
        if position not in used and inserted:
            changes.append(Change("inserted", "", " ".join(inserted)))
    source_text = " ".join(source_words[first:last])
    if not changes:
        return Comparison(TYPOGRAPHIC, (), source_text)
    if all(change.legitimate for change in changes):
        return Comparison(EDITED, tuple(changes), source_text)
    return Comparison(DIFFERENT, tuple(changes), source_text)


def _equivalent(keys: list[str], a1: int, a2: int, b1: int) -> list[int]:
    """The quotation positions where deleting ``keys[a1:a2]`` gives the same
    alignment: the deletion slides along while the word leaving it equals
    the word entering it."""
    places = [b1]
    shift = 0
    while a2 + shift < len(keys) and keys[a1 + shift] == keys[a2 + shift]:
        shift += 1
        places.append(b1 + shift)
    shift = 0
    while a1 - shift - 1 >= 0 and keys[a1 - shift - 1] == keys[a2 - shift - 1]:
        shift += 1
        places.append(b1 - shift)
    return places


def _densest(blocks: list[difflib.Match]) -> list[difflib.Match]:
    """The matching blocks that belong together: a run of blocks no more
    than a paragraph's worth of words apart, the one with most matches."""
    runs: list[list[difflib.Match]] = [[blocks[0]]]
    for block in blocks[1:]:
        previous = runs[-1][-1]
        if block.a - (previous.a + previous.size) > 200:
            runs.append([block])
        else:
            runs[-1].append(block)
    return max(runs, key=lambda run: sum(b.size for b in run))
