"""Word lists as regular-expression choices the engine tries quickly."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_choice(words: Iterable[str]) -> str:
    """``words`` as one regex choice (no group around it), a tree of their
    letters, longest first: ``s(?:a(?:y(?:ing|)|id))|t(?:old|ell)|add``.

    A flat choice of the verbs of saying makes the engine test each word's
    first character in turn at every place it tries; grouped by first
    character (stop 42) it entered one group and tried each of its words in
    turn; as a tree (stop 43) it tests one character a level. It matches
    what the flat ``"|".join(sorted(words, key=len, reverse=True))``
    matches, in the same order: words that part at a character never match
    at the same place, and where one word is the start of another the
    longer is tried first (the empty choice, the word's end, comes last).

    The same words give the same choice: made once a process (the verbs of
    saying are asked for seven times at import, stop 46)."""
    listed = list(words)
    key = frozenset(listed)
    choice = _MADE.get(key)
    if choice is None:
        choice = _MADE[key] = _tree(sorted(listed, key=len, reverse=True))
    return choice


_MADE: dict[frozenset[str], str] = {}
"""The choices made so far, by their words (a dozen lists, made at import)."""


def _tree(rests: list[str]) -> str:
    """The choice of ``rests`` (longest first; "" the end of a word)."""
    groups: dict[str, list[str]] = {}
    for rest in rests:
        groups.setdefault(rest[:1], []).append(rest[1:])
    choices = []
    for first, after in groups.items():
        if not first:
            continue  # (the end of a word: asked last, below)
        # (Letters need no escaping: re.escape() on each of 359 words costs
        # a short command's start-up more than it takes.)
        head = first if first.isalpha() else re.escape(first)
        if len(after) == 1:
            tail = after[0]
            choices.append(head + (tail if tail.isalpha() else re.escape(tail)))
        else:
            choices.append(f"{head}(?:{_tree(after)})")
    if "" in groups:
        choices.append("")
    return "|".join(choices)
