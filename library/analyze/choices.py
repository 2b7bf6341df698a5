"""Word lists as regular-expression choices the engine tries quickly."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_choice(words: Iterable[str]) -> str:
    """``words`` as one regex choice (no group around it), longest first and
    grouped by first character: ``s(?:aying|aid|ays|ay)|t(?:old|ell)|...``.

    A flat choice of the 359 verbs of saying makes the engine test each
    word's first character in turn at every place it tries; grouped, it
    tests one character per group and enters one group. It matches what the
    flat ``"|".join(sorted(words, key=len, reverse=True))`` matches: words
    of different first characters never match at the same place, and
    inside a group the longest-first order is kept."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        # (Letters need no escaping: re.escape() on each of 359 words costs
        # a short command's start-up more than it takes.)
        rest = word[1:] if word.isalpha() else re.escape(word[1:])
        groups.setdefault(word[:1], []).append(rest)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
