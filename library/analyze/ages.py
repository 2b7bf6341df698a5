"""Ages: the person the text gave an age before ("Ada Lind, 46," or
"46-year-old Ada Lind"), for a description such as "the 46-year-old", and
where the commas around an age stand, for a role holder's name.

It answers only "who was given this age"; whether a description is a
person at all, and which one is in focus, is for :mod:`.holders` and the
speaker search in the package's ``__init__``.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.common import _head_phrase
from quotemark.library.analyze.names import PERSON_RUN, clean, strip_titles

_AGED = re.compile(r"the[ \u00a0]+(\d{1,3})-year-old(?:[ \u00a0]+[a-z]+)?", re.IGNORECASE)
_AGE_REACH = 6000

_AGE_BEFORE_HEAD = re.compile(
    r"(the)[ \u00a0]+\d{1,3}-year-old[ \u00a0]+([a-z][a-z -]*)", re.IGNORECASE
)
_AGE_AFTER_HEAD = re.compile(r"(the[ \u00a0]+[a-z][a-z -]*),[ \u00a0]+\d{1,3}", re.IGNORECASE)


_AGE_GAP_WORD = (
    r"(?!(?:and|or|but|with|from|in|of|by|to|at|for|on|who|was|is|has|had|told|met|said|says"
    r"|asked|saw|gave|took|called|whom|whose|which|that|than|against|over|after|before|beat"
    r"|won|lost|left|hit|ran|put|let|cut|will|would|can|could|may|might|must|should)\b)"
    r"[a-z]+(?<!ed)\b"
)
"""A lower-case word of a person's part between an age and the name ("the
46-year-old harbour pilot Ada Lind"): not a joiner or a verb ("a
46-year-old man and Ada Lind", "the 46-year-old told Ada Lind"), nor a
relative or a word of a contest ("the 46-year-old pilot whom Ada Lind
hired", "won against Ada Lind"; review of stop 37). The last one before the
name ends in no single "s" (:func:`_of_age`)."""


_AGE_TAILS = ("-year-old", ",", ".")
"""What every match of :func:`_of_age`'s pattern writes right after the age."""


def _of_age(text: str, pos: int, age: str) -> str | None:
    """The person the text gave this age before ``pos`` ("Ada Lind, 46,",
    "46-year-old Ada Lind", "the 46-year-old harbour pilot Ada Lind", "Ada
    Lind, a 46-year-old pilot,"), the last one; else ``None``."""
    lo = max(0, pos - _AGE_REACH)
    # Every match writes the age before "-year-old", a comma or a full stop:
    # without one, the pattern (PERSON_RUN's, compiled for each age, ~1.5
    # ms) would find nothing (stop 37, s37-speed4).
    if all(text.find(age + tail, lo, pos) < 0 for tail in _AGE_TAILS):
        return None
    found = None
    for m in _age_pattern(age).finditer(text, lo, pos):
        found = m.group(1) or m.group(2)
    if found is None:
        return None
    _titles, name = strip_titles(found.split())  # "Mrs. Eva Holm, 46,"
    return " ".join(w for w in (clean(t) for t in name) if w) or None


def without_age(role: str) -> str | None:
    """The description with its age taken out, when an age stands beside
    its head noun: a number and "-year-old" before it ("The 57-year-old
    minister") or a number of at most three digits set off by a comma after
    it ("The minister, 57"): "The minister". The words kept are lower-case
    (no name, no capital office); not a bare "the 57-year-old" (no noun to
    keep), nor a year after the comma ("The minister, 2019": four digits,
    no age), nor one holding a prepositional phrase ("the 39-year-old founder
    of the clinic": the age describes the person the whole description
    names, kept as written, as "A spokesman for the ministry" stays whole).
    Else ``None`` (s47-age)."""
    m = _AGE_BEFORE_HEAD.fullmatch(role) or _AGE_AFTER_HEAD.fullmatch(role)
    if m is None or _head_phrase(role) != role:
        return None
    kept = " ".join(m.groups())
    return kept if kept[1:].islower() else None


def _age_pattern(age: str) -> re.Pattern[str]:
    """A person given ``age`` ("Ada Lind, 46,", "46-year-old Ada Lind"): the
    name is group 1 or group 2."""
    return re.compile(
        rf"({PERSON_RUN.pattern}),[ \u00a0]+(?:an?[ \u00a0]+{age}-year-old|{age}\b[,.])"
        # (Lower-case words of the person's part between: "pilot", "harbour pilot".)
        # (Not a present tense right before it, "the 46-year-old blames Ada
        # Lind": a part is singular, "bus driver" and "boss" kept.)
        rf"|\b{age}-year-old(?:[ \u00a0]+{_AGE_GAP_WORD}){{0,2}}(?<![^s]s)[ \u00a0]+"
        rf"({PERSON_RUN.pattern})"
    )


def _age_before(text: str, lo: int, comma: int) -> int:
    """Where the comma before an age set off by commas ends ("Ada Lind, 54,"
    with ``comma`` the one after "54": the one after "Lind"), so that a name
    may be looked for before it; else ``comma`` itself."""
    k = comma
    while k > lo and text[k - 1].isdigit():
        k -= 1
    if not 1 <= comma - k <= 3 or k - lo < 2 or text[k - 1] not in " \u00a0":
        return comma
    j = k - 1
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    return j - 1 if j > lo and text[j - 1] == "," else comma
