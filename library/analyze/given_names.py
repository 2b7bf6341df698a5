"""The sex most bearers of an English given name are of (stop 44).

The table is ``quotemark/resources/given_names.txt``, built from Faker's
English-speaking locales by ``python -m evaluation.given_names`` (names
listed for both sexes left out). A given name guesses, so it is never
evidence of what a person is (:mod:`.gender` reads only the text); it is
read only where a rule would otherwise pass over a person because the text
says nothing of their sex.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from quotemark.library.analyze.gender import Gender
from quotemark.library.analyze.shipped import shipped_text
from quotemark.library.analyze.speakers import People

RESOURCE = "given_names.txt"


@cache
def _table() -> dict[str, Gender]:
    """Given name -> "m"/"f"; empty when the file is not shipped."""
    text = shipped_text(RESOURCE) or ""
    out: dict[str, Gender] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, sex = line.partition(" ")
            if sex == "m":
                out[name] = "m"
            elif sex == "f":
                out[name] = "f"
    return out


def given_name_sex(full: str) -> Gender | None:
    """The sex the given name opening ``full`` ("Maeve Lind") suggests;
    ``None`` for a single word (a surname alone tells nothing) or a name the
    table leaves out."""
    first, space, _rest = full.partition(" ")
    return _table().get(first) if space else None


_CLOSERS = '.!?\u201d"\n\u2028'
_SET_OFF = re.compile(r"(?:The|A|An) [^,.;:!?\u201c\u201d\"]{1,60}, ")
"""A description set off before the name ("The board's chairman, ")."""


def _opens_its_sentence(text: str, at: int) -> bool:
    """Is the name at ``at`` its sentence's subject by its place: the
    sentence's first words ("Quinn was unimpressed"), or after a description
    set off by a comma that opens it ("The board's chairman, Martin Fell,
    has said")? A look back of at most 80 characters."""
    before = at
    while before > 0 and text[before - 1] in " \u00a0":
        before -= 1
    if before == 0 or text[before - 1] in _CLOSERS:
        return True
    lo = max(0, at - 80)
    start = max(text.rfind(c, lo, at) for c in _CLOSERS) + 1
    if start == 0 and lo > 0:
        return False
    while start < at and text[start] in " \u00a0":
        start += 1
    return _SET_OFF.fullmatch(text, start, at) is not None


def _last_registered(positions: list[int], names: list[str], name: str, pos: int) -> int:
    """Where ``name`` was last registered (as a subject or speaker) before
    ``pos`` among ``positions``/``names`` (sorted), else -1."""
    i = bisect.bisect_left(positions, pos)
    while i > 0:
        i -= 1
        if names[i] == name:
            return positions[i]
    return -1


def subject_of_given_sex(people: People, prose: str, name: str, pos: int, gender: Gender) -> bool:
    """Is ``name`` a subject whose given name is of ``gender``'s sex, named
    where its sentence opens ("Quinn was unimpressed", "The board's
    chairman, Martin Fell, has said little")? Then a "he said" after it is
    his, not the man quoted before, though the text says nothing of his sex
    (stop 44). A name met in passing (an object, an agent after "by")
    stays passed over, as before. Cost: a dictionary look-up, and a short
    look back only for a name of the right sex."""
    if given_name_sex(name) != gender:
        return False
    at = _last_registered(people.positions, people.names, name, pos)
    return at >= 0 and _opens_its_sentence(prose, at)
