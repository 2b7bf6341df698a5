"""Latin letters that accent-folding cannot take apart, and their base
letters: shared by citation keys (:mod:`quotemark.library.keys`), the list's
title order and the search snippets. A module of its own, importing nothing
of the library, so the command line's listing (which writes title keys
through the schema) loads neither the model nor the key code (issue 15's
start-up budget, ``tests/app/test_cli_posts_stream.py``)."""

# ruff: noqa: RUF001 (the table holds look-alike letters on purpose)

from __future__ import annotations

LATIN_BASE: dict[str, str] = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
    "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "NG", "ſ": "s", "ƒ": "f", "ɛ": "e", "Ɛ": "E",
    "ɔ": "o", "Ɔ": "O", "ə": "e", "Ə": "E",
}  # fmt: skip
"""Letters NFKD does not decompose into a base letter plus marks."""


def unstroked(text: str) -> str:
    """``text`` with the Latin letters NFKD cannot take apart written as
    their base letters (Łódź -> Lódź, Øya -> Oya, ß -> ss); everything else
    as it is. What accent-folding misses: ł has no combining stroke."""
    if text.isascii():
        return text
    return "".join(LATIN_BASE.get(char, char) for char in text)
