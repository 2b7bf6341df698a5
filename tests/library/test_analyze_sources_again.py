"""A source found once is found again wherever the article writes it the
same way, or styled as a masthead (capitals, a degree sign, "|" for "/").
The places are read without compiling a pattern of the article's names
(for speed: see benchmarks/README.md, "Stop 31"); they must be exactly
where that pattern matches, and the reader must show the mentions."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze import analyze, sources
from quotemark.library.analyze.sources import again_pattern, written_again
from quotemark.library.model import Block, BlockKind, Metadata


def _by_pattern(text: str, forms: list[str]) -> list[tuple[int, int]]:
    return [m.span() for m in again_pattern(forms).finditer(text)]


FORMS = [
    ["Syria 360 / Internationalist News Agency", "Reuters"],
    ["Harbour Board", "Harbour Board Gazette", "AP"],
    ["North Sea Ferries", "Sea"],
    ["Kvitøy Post", "Reuters"],  # not ASCII: read by the pattern
    ["/ Tidewater Report", "Tidewater"],  # opens with a separator: the pattern
    ["Tidewater Report /", "Report"],  # ends with one
    ["re", "Re Re", "x-ray"],
]

PIECES = [
    "syria",
    "SYRIA",
    "Syria",
    "360",
    "360\u00b0",
    "\u00b0",
    "/",
    "|",
    "\u00b7",
    "\u2022",
    "internationalist",
    "INTERNATIONALIST",
    "news",
    "News",
    "agency",
    "AGENCY",
    "reuters",
    "Reuters",
    "harbour",
    "Harbour",
    "board",
    "BOARD",
    "gazette",
    "AP",
    "ap",
    "north",
    "sea",
    "Sea",
    "ferries",
    "kvit\u00f8y",
    "post",
    "tidewater",
    "report",
    "re",
    "RE",
    "x-ray",
    "-",
    "_",
    "a",
    "1",
    "\u00e9",
    "(",
    ")",
    ",",
    ".",
    "\u2019s",
    "'s",
]
SPACES = ["", " ", "  ", "\u00a0", "\n", " \t"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(SPACES) for _ in range(rng.randint(1, 25)))


def test_the_places_are_where_the_pattern_matches() -> None:
    rng = random.Random(31)
    for _ in range(6000):
        forms = sorted(rng.choice(FORMS), key=len, reverse=True)
        text = _random_text(rng)
        assert list(written_again(text, forms)) == _by_pattern(text, forms), (text, forms)


def test_a_masthead_in_capitals_is_the_source_again() -> None:
    # Team-written: the credit names the agency; the masthead writes it in
    # capitals with "|" and a degree sign; a word run into it is not it.
    text = (
        "Photo: Ada Lind/Harbour 360 / Tidewater News Agency\n"
        "Ferries ran late on Monday, and the HARBOUR 360\u00b0 | TIDEWATER NEWS AGENCY report came"
        " out.\n"
        "Harbour 360 / Tidewater News Agencyx is a typing slip."
    )
    blocks = tuple(Block(kind=BlockKind.PARAGRAPH, text=line) for line in text.split("\n"))
    analysis = analyze(blocks, Metadata(title="Ferries"))
    names = {analysis.sources[m.source].name for m in analysis.mentions}
    assert "Harbour 360 / Tidewater News Agency" in names
    found = [
        m.span.text
        for m in analysis.mentions
        if analysis.sources[m.source].name == "Harbour 360 / Tidewater News Agency"
    ]
    assert "HARBOUR 360\u00b0 | TIDEWATER NEWS AGENCY" in found
    assert not any("Agencyx" in written for written in found)


def test_a_name_ending_with_a_separator_before_a_spaced_word() -> None:
    # Team-written: "Tidewater Report /" as a credit's name, then written
    # again before another word: the pattern gives the spaces back and ends
    # at the separator, so the name is found there too.
    forms = ["Tidewater Report /", "Report"]
    for text in (
        "tidewater report / weekly",
        "TIDEWATER REPORT /  x",
        "Tidewater Report |\u00a0-",
        "Tidewater Report\u00b0 \u2022 2026",
    ):
        assert list(written_again(text, forms)) == _by_pattern(text, forms), text
        assert next(iter(written_again(text, forms)))[0] == 0, text


def _form_pieces(forms: list[str]) -> list[str]:
    # The forms' own words in both cases, each separator, the degree sign,
    # and what can follow a name: the places where reading by hand and the
    # pattern could part are mostly where a form is nearly written.
    words = {w for form in forms for w in form.split()}
    return sorted(
        words
        | {w.upper() for w in words}
        | {w.lower() for w in words}
        | {"/", "|", "\u00b7", "\u2022", "\u00b0", "-", "_", "x", "1", ".", "\u00e9"}
    )


def _near_the_forms(rng: random.Random, rounds: int) -> None:
    for _ in range(rounds):
        forms = sorted(rng.choice(FORMS), key=len, reverse=True)
        pieces = _form_pieces(forms)
        text = "".join(rng.choice(pieces) + rng.choice(SPACES) for _ in range(rng.randint(1, 12)))
        assert list(written_again(text, forms)) == _by_pattern(text, forms), (text, forms)
        text = _random_text(rng)
        assert list(written_again(text, forms)) == _by_pattern(text, forms), (text, forms)


def test_the_places_are_where_the_pattern_matches_near_the_forms() -> None:
    _near_the_forms(random.Random(3131), 6000)


def test_the_forms_tree_finds_the_same_places(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past a few forms the text at each place is walked in the forms' tree
    # (a post naming hundreds of organisations); the random texts above hold
    # fewer, so the tree is made to serve them too: the same places.
    monkeypatch.setattr(sources, "_FEW_FORMS", 0)
    _near_the_forms(random.Random(4343), 3000)
