"""The person runs and the names before a verb of saying are found in one
scan from capital to capital, the particles written before a capital in one
pass over the hyphens, and the organisation subjects led by a class of
plain ranges (for speed: see benchmarks/README.md, "Stop 34: one capital
scan"). Each must find exactly what the plain pattern it stands for finds,
on made-up text, and the readers must still find the people and the
organisations."""

from __future__ import annotations

import random
import re

from quotemark.library.analyze import organisations, speakers
from quotemark.library.analyze.names import (
    _PARTICLES,
    PERSON_RUN,
    WIDE_CAPITALS,
    before_capital,
    particles_before_capital,
    person_run_spelled,
    wide_capitals,
)
from quotemark.library.analyze.organisations import find_organisations
from quotemark.library.analyze.speakers import find_people
from tests.library.fuzz import pieces_text

PIECES = [
    *("Ada", "Lind", "Lund", "Mara", "Quist", "O'Neil", "O\u2019Neil", "Smith-Jones"),
    *("McDonald", "iPhone", "eBay", "AT&T", "&Co", "U.S.", "U.S", "J.", "J.R.R.", "Ada."),
    *("Mr.", "Mrs.", "Dr.", "St.", "Gen.", "Mr", "MR.", "Prof"),
    *("al-Assad", "el-Sisi", "bin-Laden", "ibn-Rashid", "abu-Omar", "real-Time", "abu-"),
    *("al-", "Al-Ikhbariya", "bin", "van", "de", "la", "du", "St", "dos", "von"),
    *("said", "says", "told", "added", "wrote", "believes", "said.", "said,", "said'"),
    *("said\u2019s", "said-", "saidx", "tells", "the", "of", "and", "for", "on", "a"),
    *("Harbour", "Board", "Trust", "BC", "Hydro", "The", "A", "An", "x.y", "a.B"),
    *("2019", "3\u00b0", "\u0663\u0664", "\u096b", "\U0001d7d8", "\u00b2", "40\u00b0C"),
    *("\u00c9mile", "\u00e9t\u00e9", "Zo\u00eb", "\u0424\u0451\u0434\u043e\u0440", "_"),
    *(".", ",", "'", "\u2019", "\u201c", "\u201d", "-", "\u2014", "&", "(", ":", "/"),
]
SPACES = [" ", " ", " ", " ", "", "  ", "\u00a0", "\t", "\n", "\u2028", ". ", ", ", "\r\n"]
SAID_PLAIN = re.compile(speakers.ONE_NAME_SAID_PLAIN)
PERSON_RUN_WIDE = re.compile(person_run_spelled(f"[A-Z{WIDE_CAPITALS}]"))
"""PERSON_RUN as a text that writes a capital past A-Z is read ("Émile",
"Фёдор" open names there: stop 42)."""


def _person_run(text: str) -> re.Pattern[str]:
    return PERSON_RUN_WIDE if wide_capitals(text) else PERSON_RUN


def _text(rng: random.Random) -> str:
    return pieces_text(rng, PIECES, SPACES, 14)


def _expected_particles(text: str) -> tuple[str, ...]:
    return tuple(p for p in _PARTICLES if before_capital(text, p + "-"))


def test_one_scan_finds_what_the_plain_patterns_find() -> None:
    rng = random.Random(3434)
    for _ in range(6000):
        text = _text(rng)
        assert particles_before_capital(text) == _expected_particles(text), text
        runs, said = speakers._capital_scan(text)
        assert runs == [m.span() for m in _person_run(text).finditer(text)], text
        assert said == [(m.start(1), m.end(1)) for m in SAID_PLAIN.finditer(text)], text
        expected = [(m.span(), m.groups()) for m in organisations._SUBJECT.finditer(text)]
        for with_al in {before_capital(text, "al-"), True}:  # the pattern used, and with "al-"
            found = organisations._subject_led(with_al).finditer(text)
            assert [(m.span(), m.groups()) for m in found] == expected, text


def test_the_answer_kept_is_for_the_text_asked_about() -> None:
    first = "Ada Lind met Omar al-Assad. Lund said no."
    second = "".join(["Mara Quist", " said."])  # another text object each time
    for text in (first, second, first, "", second):
        assert speakers._capital_scan(text)[0] == [
            m.span() for m in _person_run(text).finditer(text)
        ]
        assert particles_before_capital(text) == _expected_particles(text)


def test_the_only_decimal_digits_before_u0660_are_0_to_9() -> None:
    # (The organisation subjects' lead takes 0-9 and every character from
    # U+0660 on for the digits that ``\d`` matches.)
    assert [c for c in map(chr, range(0x660)) if re.fullmatch(r"\d", c)] == list("0123456789")


def test_people_and_organisations_are_still_found() -> None:
    text = (
        "Ada Lind, a harbour pilot, said the pier was unsafe. Melanie said it was not. The pier "
        "is old, and Melanie said the Harbour Board had been told. The Harbour Board said it "
        "would close the pier, and Omar al-Assad said nothing."
    )
    people = find_people(text)
    assert "Ada Lind" in people.names
    assert "Melanie" in people.names  # one name, speaking twice
    assert "Omar al-Assad" in people.names
    orgs = find_organisations(text, [], set(people.names))
    assert "Harbour Board" in orgs.names
