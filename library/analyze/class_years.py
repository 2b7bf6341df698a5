"""Class years after a name: "Ada Lind '26, a sophomore" (student papers).

A college paper writes a student's or alumnus's class year after the name,
an apostrophe and two digits ("Ada Lind '26", "Tom Hale ’28"). The
apostrophe is no quotation mark, and the year is no word of the name: read
as it stands, the name run stops at it, the speaker shown is "Ada Lind '26,
a sophomore majoring in ...", or "Tom Hale '28, a first-year student, said
he ..." brings no one in for the "he said" after it. The scan text reads
the year as blank, the comma after it moved up to the name ("Ada Lind,
a sophomore": the apposition every speaker rule already reads); offsets
stay the same.
"""

from __future__ import annotations

import re

_CLASS_YEAR = re.compile(r"\b[A-Z][A-Za-z\u2019'-]*[a-z]( ['\u2019]\d\d)(,?)(?=[\s;.)]|$)")
"""The year after a capitalised word (a name's last word: "Lind '26"), a
comma after it kept with it. Not after a lower-case word ("since '08": a
year, no name) and not before letters ("the '90s")."""


def _blanked(m: re.Match[str]) -> str:
    word = m.group()[: m.start(1) - m.start()]
    return word + m.group(2) + " " * len(m.group(1))


def _year_mark(text: str) -> bool:
    """The pre-test: does a single mark after a space stand before a digit
    anywhere in ``text``? A substring test for the space and the mark first
    (an apostrophe in "it's" or "Lind's" has none before it), then
    ``str.find`` from one such pair to the next."""
    for pair in (" '", " \u2019"):
        at = text.find(pair)
        while at >= 0:
            if text[at + 2 : at + 3].isdigit():
                return True
            at = text.find(pair, at + 2)
    return False


def without_class_years(text: str) -> str:
    """``text`` with each class year after a name (:data:`_CLASS_YEAR`) read
    as spaces, a comma after it moved up to the name (the same length:
    every offset holds); ``text`` itself when it holds none."""
    if not _year_mark(text):
        return text
    return _CLASS_YEAR.sub(_blanked, text)
