"""A capitalised word's letters ("O'Neil-Smith", "U.S.", "J.R.R.") are taken
by a repeat of one character class, with each inner point and the letters
after it as a second repeat, not by a repeat of a choice tested at every
letter (for speed: see benchmarks/README.md, "Stop 33: the people
finder"). The person runs and the organisation runs must be exactly where
the patterns written the old way match, and the readers must still find
the people and the organisations."""

from __future__ import annotations

import random
import re

from quotemark.library.analyze.names import (
    _NAME_TAIL,
    _PARTICLES,
    _person_run_from,
    before_capital,
    person_runs,
    wide_capitals,
)
from quotemark.library.analyze.organisations import find_organisations
from quotemark.library.analyze.sources import _ORG_TAIL as NEW_ORG_TAIL
from quotemark.library.analyze.sources import ORG_RUN, org_run_led
from quotemark.library.analyze.speakers import find_people
from tests.library.fuzz import pieces_text

OLD_NAME_TAIL = r"(?:[\w\u2019'-]|\.(?=\w))*+"
OLD_ORG_TAIL = r"(?:[\w\u2019'&-]|\.(?=\w))*+"

PIECES = [
    "Ada",
    "Lind",
    "O'Neil",
    "O\u2019Neil",
    "Smith-Jones",
    "U.S.",
    "U.S",
    "J.",
    "J.R.R.",
    "Mr.",
    "Dr.",
    "St.",
    "al-Assad",
    "bin",
    "bin-Laden",
    "abu-",
    "van",
    "de",
    "AT&T",
    "Co.",
    "Inc.",
    "said",
    "the",
    "of",
    "and",
    "Harbour",
    "Board",
    "2019",
    "3\u00b0",
    "x.y",
    ".",
    ",",
    "'",
    "-",
    "&",
    "\u00c9mile",
    "\u00e9t\u00e9",
    "_",
]
SPACES = [" ", " ", " ", "", "  ", "\u00a0", "\t", "\n", "\u2028", ". "]


def _text(rng: random.Random) -> str:
    return pieces_text(rng, PIECES, SPACES, 12)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_tails_are_rewritten_where_expected() -> None:
    assert _NAME_TAIL in _person_run_from(()).pattern
    assert NEW_ORG_TAIL in org_run_led(False)
    assert NEW_ORG_TAIL in ORG_RUN


def test_runs_match_where_the_old_patterns_match() -> None:
    rng = random.Random(3316)
    old_people: dict[tuple[tuple[str, ...], bool], re.Pattern[str]] = {}
    new_org = {w: re.compile(rf"({org_run_led(w)})[ \t\u00a0]+([a-z]+)") for w in (False, True)}
    old_org = {
        w: re.compile(new_org[w].pattern.replace(NEW_ORG_TAIL, OLD_ORG_TAIL)) for w in (False, True)
    }
    org_plain = re.compile(ORG_RUN)
    org_plain_old = re.compile(ORG_RUN.replace(NEW_ORG_TAIL, OLD_ORG_TAIL))
    for _ in range(5000):
        text = _text(rng)
        particles = tuple(p for p in _PARTICLES if before_capital(text, p + "-"))
        key = (particles, wide_capitals(text))  # (capitals past A-Z: stop 42)
        if key not in old_people:
            new = _person_run_from(*key).pattern
            old_people[key] = re.compile(new.replace(_NAME_TAIL, OLD_NAME_TAIL))
        assert [m.span() for m in person_runs(text)] == _spans(old_people[key], text), text
        for w in (False, True):
            assert _spans(new_org[w], text) == _spans(old_org[w], text), text
        assert _spans(org_plain, text) == _spans(org_plain_old, text), text


def test_people_and_organisations_are_still_found() -> None:
    text = (
        "Dr. Ada O'Neil-Smith, a harbour pilot, said the pier was unsafe. "
        "The U.S. Harbour Board said it would close the pier."
    )
    people = find_people(text)
    assert "Ada O'Neil-Smith" in people.names
    orgs = find_organisations(text, [], set(people.names))
    assert any("Harbour Board" in name for name in orgs.names)
