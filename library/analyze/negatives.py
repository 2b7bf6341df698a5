"""A negative subject after a quotation: "“…” Nobody answered him."

A sentence after the marks whose subject is "Nobody", "No one" or "None"
says who did not answer or act; it names no one who spoke the words, so
it is no attribution, and the quotation keeps the speaker that brought it
in ("Tom Hale told the board in June, “…” Nobody answered him.").
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.analyze.lexicon import words

_NO_ONE = words("nobody none")


def names_no_one(subject: Sequence[str]) -> bool:
    """Is ``subject`` (its words in lower case, marks off) "nobody", "none"
    or "no one": a subject that names no speaker?"""
    return (len(subject) == 1 and subject[0] in _NO_ONE) or list(subject) == ["no", "one"]
