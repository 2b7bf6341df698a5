"""The exact cuts of stop 38's speed round (branch s38-speed) in the
analysis: the pre-test before the pattern of a person given a role noun by
name reads how far the apposition's comma, or "is"/"was", stands before the
noun ("Ada Lind, the senior official"; "Ada Lind is the official"); "called
for" asks the token first; an acronym's spelling pattern is compiled only
where its letters open words; a token before the marks is cleaned once for
the verb tests; a passive is looked for only where one of its participles
is written. Each new form is held to the old one's answers on generated
inputs; the readings stay the same. Every sentence here is written by the
team."""

from __future__ import annotations

import random
import re
from typing import cast

import pytest

from quotemark.library.analyze import passive
from quotemark.library.analyze.attribution import (
    _calls_for,
    _is_verb,
    _puts_it,
    _replies,
    _saying_at,
    _word,
)
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.holders import _holder_pattern, _holder_possible
from quotemark.library.analyze.organisations import _HORIZON, spelled_out, spelling_pattern
from quotemark.library.analyze.passive import passive_source
from tests.library.paragraphs import said_by

WRITTEN = {
    "official": ["official", "Official", "officials"],
    "man": ["man", "Man", "woman"],
    "mayor": ["mayor", "Mayor", "mayoral"],
    "mp": ["MP", "mp", "MPs"],
    "spokesman": ["spokeswoman", "Spokesman", "spokesperson", "spokes"],
}
"""Role nouns, and how a text writes them (the pattern's spellings and near
ones: "woman" holds "man")."""
WORDS = [
    *["the", "The", "a", "an", "senior", "harbour", "pier", "co-op", "pier\u2019s", "old"],
    *["is", "was", "Is", "of", "and", "who", "Lind", "Hale", "46", "new", "_x"],
]
NAMES = ["Ada Lind", "Dr. Ada Lind", "Tom G.", "Élise Østby", "Hale", "the pier", "ada lind"]
GAPS = [" ", "  ", "\u00a0", " \u00a0"]


def _apposition(rng: random.Random, noun: str) -> str:
    # A name, a comma or a copula, then nought to seven words before the noun:
    # the pattern's reach (an article and three modifiers) and past it.
    name = rng.choice(NAMES)
    link = rng.choice([",", ",", " is", " was", " Was", ";", ""])
    words = [rng.choice(WORDS) for _ in range(rng.randint(0, 7))]
    text = name + link
    for word in [*words, rng.choice(WRITTEN[noun])]:
        text += rng.choice(GAPS) + word
    return text + rng.choice(["", ",", " of the pier", "'s", " said", "s", "\u00a0Hale"])


def _random_text(rng: random.Random, noun: str) -> str:
    return rng.choice(["", "\n", ". "]).join(
        _apposition(rng, noun) if rng.random() < 0.7 else rng.choice([*WORDS, *NAMES])
        for _ in range(rng.randint(1, 6))
    )


def test_the_pre_test_says_no_only_where_the_pattern_finds_nothing() -> None:
    rng = random.Random(38)
    refused = matched = 0
    for _ in range(10000):
        noun = rng.choice(list(WRITTEN))
        text = _random_text(rng, noun)
        lo = rng.randint(0, len(text) // 3)
        pos = rng.randint(max(lo, len(text) - 10), len(text))
        found = list(_holder_pattern(noun).finditer(text, lo, pos))
        if not _holder_possible(text, lo, pos, noun):
            assert found == [], (text, lo, pos, noun)
            refused += 1
        matched += bool(found)
    # The generated texts reach both sides of the test.
    assert refused > 2000
    assert matched > 1200


@pytest.mark.parametrize(
    ("text", "possible"),
    [
        ("Ada Lind, the senior harbour pier official", True),
        ("Ada Lind, senior harbour pier official, said", True),
        ("Ada Lind is the senior harbour pier official", True),
        # Past the pattern's reach: no match, so the pattern is not compiled.
        ("Ada Lind, who spoke after the harbour board met the official", False),
        ("Ada Lind was at the pier when they met the official", False),
        ("Ada Lind, the very senior harbour pier official", False),
    ],
)
def test_the_pre_test_reads_how_far_the_comma_stands(text: str, possible: bool) -> None:
    assert _holder_possible(text, 0, len(text), "official") is possible
    assert bool(list(_holder_pattern("official").finditer(text))) is possible


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Ada Lind, the senior harbour pier official, met the crews. "
            "“The pier is late,” the official said.",
            "Ada Lind",
        ),
        (
            "Ada Lind was the senior harbour pier official. “The pier is late,” the official said.",
            "Ada Lind",
        ),
        # A comma far before the noun gives it to no one: the description
        # stays.
        (
            "Tom Hale, who spoke after the harbour board met an official, left. "
            "“The pier is late,” the official said.",
            "the official",
        ),
    ],
)
def test_an_official_reads_as_before(sentence: str, speaker: str) -> None:
    assert said_by("pier is late", sentence) == [speaker]


TOKENS = [
    *["called", "Called", "called,", "calls", "call", "for", "For", "for,", "\u201cfor", "FOR"],
    *["Ada", "Lind", "the", "pier", "said", "\u201cfresh", "start\u201d", "forth", ""],
]


def _old_calls_for(tokens: list[tuple[str, int, int]], n: int) -> bool:
    # The test as the merge wrote it: the next word before the token itself.
    return n + 1 < len(tokens) and _word(tokens[n + 1][0]) == "for" and tokens[n][0] == "called"


def test_called_for_reads_as_before() -> None:
    rng = random.Random(3838)
    said = 0
    for _ in range(20000):
        tokens = [(rng.choice(TOKENS), 0, 0) for _ in range(rng.randint(1, 6))]
        n = rng.randrange(len(tokens))
        old = _old_calls_for(tokens, n)
        assert _calls_for(tokens, n) is old, (tokens, n)
        said += old
    assert said > 100


def _old_spelled_out(text: str, pos: int, acronym: str) -> str | None:
    # spelled_out as it was before its pre-test: the pattern over the window.
    if not 2 <= len(acronym) <= 6:
        return None
    pattern = spelling_pattern(acronym)
    window = text[max(0, pos - _HORIZON) : pos]
    defined = re.compile(rf"[ \u00a0]*\({acronym}\)")
    found: dict[tuple[str, ...], str] = {}
    given = None
    for m in re.finditer(pattern, window):
        capitalised = tuple(w.rstrip(",") for w in m.group().split() if w[:1].isupper())
        found[capitalised] = m.group()
        if defined.match(window, m.end()):
            given = m.group()
    if given is not None:
        return given
    return next(iter(found.values())) if len(found) == 1 else None


BODY_WORDS = [
    *["Harbour", "Hale", "Fishing", "Ferries", "Board", "Pier", "Safety", "Canada", "Lind"],
    *["and", "of", "the", "for", "&", "pier", "HARBOUR", "H", "Hb", "Ada's", "Ø", "Élan"],
    *["(HFC)", "(HB)", "(HPB)", "said", "H-b", "Bo\u2019ard"],
    *["Harbour Ferries Board", "Hale Safety Board", "Harbour Fishing Cooperative"],
    *["Harbour and Pier Board", "Harbour, Pier Board", "Hale\u00a0Board", "Harbour Board"],
]


def test_spelled_out_reads_as_before() -> None:
    rng = random.Random(3839)
    named = refused = 0
    for _ in range(6000):
        text = "".join(
            rng.choice(BODY_WORDS) + rng.choice([" ", ", ", "\u00a0", ". ", ""])
            for _ in range(rng.randint(1, 14))
        )
        acronym = rng.choice(["HFC", "HB", "HPB", "HFB", "HSB", "HSB", "CA", "HÉ", "H", "HBPSCL"])
        pos = rng.randint(0, len(text))
        old = _old_spelled_out(text, pos, acronym)
        assert spelled_out(text, pos, acronym) == old, (text, pos, acronym)
        named += old is not None
        refused += not set(acronym) <= set(re.findall("[A-Z](?=[a-z])", text[:pos]))
    assert named > 250
    assert refused > 300


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("The Harbour Ferries Board met on the pier. HFB said", "Harbour Ferries Board"),
        ("The harbour board met on the pier. HFB said", None),
        ("The Harbour Board met on the pier. HFB said", None),
    ],
)
def test_an_acronym_is_spelled_out_as_before(text: str, spelled: str | None) -> None:
    assert spelled_out(text, len(text), "HFB") == spelled


SAYING_TOKENS = [
    *["said", "Said", "said,", "\u201csaid", "told", "argued", "noted", "called", "for", "it"],
    *["It", "it,", "put", "Put", "puts", "shot", "fired", "back", "Back", "back,", "hit"],
    *["snapped", "the", "pier", "Ada", "Lind", "spoke", "talked", "claimed", "called,", ""],
    *["Shot", "fired,", "\u201cshot", "Puts", "PUT"],
]


def test_a_verb_of_saying_is_found_as_before() -> None:
    rng = random.Random(3840)
    found = 0
    for _ in range(20000):
        tokens = [(rng.choice(SAYING_TOKENS), 0, 0) for _ in range(rng.randint(1, 5))]
        n = rng.randrange(len(tokens))
        partial = rng.random() < 0.5
        old = (
            _is_verb(tokens[n][0], partial)
            or _replies(tokens, n)
            or _puts_it(tokens, n)
            or _calls_for(tokens, n)
        )
        assert _saying_at(tokens, n, partial) is old, (tokens, n, partial)
        found += old
    assert found > 4000


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ada Lind shot back, “The pier is late.”", "Ada Lind"),
        ("As Tom Hale put it, “the pier is late.”", "Tom Hale"),
        ("Ada Lind called for “a pier that is not late.”", "Ada Lind"),
    ],
)
def test_the_verbs_before_the_marks_read_as_before(sentence: str, speaker: str) -> None:
    assert said_by("pier", sentence) == [speaker]


class _Scanned:
    """What :func:`passive_source` reads of a document: its text."""

    def __init__(self, scan: str) -> None:
        self.scan = scan


PASSIVE_WORDS = [
    *["called", "Called", "cALLED", "described", "dubbed", "labelled", "termed", "viewed"],
    *["calls", "describe", "saw", "was", "is", "has", "been", "were", "being", "also", "by"],
    *["the", "a", "as", "harbour", "board", "Ada", "Lind", "Tom", "Hale,", "“called”", "called,"],
    *["pier.", "what", "often", "recalled", "escalled", "the\u00a0board", "Σ", "İ"],
]


def test_the_passive_is_found_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3841)
    cases = []
    for _ in range(6000):
        before = " ".join(rng.choice(PASSIVE_WORDS) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.4:
            # A passive with its agent before the marks, in the ways it reads.
            verb = rng.choice(["called", "described", "Dubbed", "labelled", "calls", "saw"])
            by = rng.choice(["by Ada Lind", "by the harbour board", "by", "by Tom Hale,"])
            be = rng.choice(["was", "has been", "is", "being", ""])
            before += f" {be} {verb} {by} {rng.choice(['as', 'the', ''])}"
        after = " ".join(rng.choice(PASSIVE_WORDS) for _ in range(rng.randint(0, 4)))
        text = f"{before} “the pier is late” {after}"
        cases.append((text, text.index("“"), text.index("”")))
    new = [passive_source(cast(Document, _Scanned(t)), o, c, 0) for t, o, c in cases]
    # The old reading: no pre-test ("" is in every window).
    monkeypatch.setattr(passive, "_PARTICIPLES", ("",))
    old = [passive_source(cast(Document, _Scanned(t)), o, c, 0) for t, o, c in cases]
    assert new == old
    assert sum(p is not None for p in old) > 60
    assert sum(p is not None and p.agent is not None for p in old) > 10


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tom Hale was called “a relic of the pier” by Ada Lind.", "Ada Lind"),
        ("Tom Hale, the harbour master, said the pier was “a relic”.", "Tom Hale"),
    ],
)
def test_a_passive_reads_as_before(sentence: str, speaker: str) -> None:
    assert said_by("relic", sentence) == [speaker]
