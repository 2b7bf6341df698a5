"""Hostile-but-plausible posts (:mod:`tests.library.hostile_texts`): the
analysis finishes, its spans lie inside the text, and what it reads stays
sane; and the bounds stop 43 (s43-harden) gave the scans that read such
posts in the square of their length, counted, never timed (the sizes'
times are ``python -m benchmarks hostile``).
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

import quotemark.library.analyze as analyze_module
from quotemark.library.analyze import analyze, attribution, organisations, sources
from quotemark.library.analyze.lexicon import SPEECH_VERBS
from quotemark.library.analyze.names import before_capital, particles_before_capital
from quotemark.library.model import Block, BlockKind
from tests.library.hostile_texts import FAMILIES, MARK_PAIRS, hostile
from tests.library.test_analysis_scan_cuts_s42 import _pieces
from tests.library.test_analyze_bad_input import assert_valid

_OPENERS = {opener for opener, _closer in MARK_PAIRS}


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_hostile_family_is_read_with_spans_inside_the_text(name: str) -> None:
    blocks = hostile(name, size=0.05)
    analysis = analyze(blocks)
    assert_valid(blocks, analysis)
    for quote in analysis.quotes:
        # A quotation runs across a paragraph only as a long quotation
        # does: each paragraph it goes on into opens with a mark again.
        for block in range(quote.span.start.block + 1, quote.span.end.block + 1):
            assert blocks[block].text[:1] in _OPENERS, (name, quote.span.text[:80])


def test_the_same_seed_writes_the_same_post() -> None:
    assert hostile("nested_marks", 0.05) == hostile("nested_marks", 0.05)
    assert hostile("nested_marks", 0.05) != hostile("nested_marks", 0.05, seed=1)


class _Counted:
    """A compiled pattern whose ``search`` adds the characters it may read
    (``endpos - pos``) to ``read``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += max(0, end - pos)
        return self.pattern.search(text, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_said_ten_thousand_times_is_read_once_for_reported_sources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "said said said ...": no match ends at any verb, and each verb's
    # search (and its look back for a comma or a mark) ran from the text's
    # start: 2,000 verbs read ~20 M characters before stop 43.
    text = "The pier was shut, " + "said " * 2_000 + "the Harbour Board said."
    outside = _Counted(sources._OUTSIDE_RUNS)
    monkeypatch.setattr(sources, "_OUTSIDE_RUNS", outside)
    pattern = _Counted(sources._reported_led(False))
    found = [m.group(m.re.groups) for m in sources._reported_runs(pattern, text)]  # type: ignore[arg-type]
    assert found == ["Harbour Board"]
    assert pattern.read + outside.read < 10 * len(text)


def test_names_and_verbs_with_no_comma_are_read_once_for_organisations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Tom Hale said Ada Lind said ...": the look back for a character no
    # subject holds ran from each verb to the text's start (~10 M characters
    # for 1,000 verbs before stop 43).
    text = "The Harbour Board said " + "Tom Hale said Ada Lind said " * 500 + "so."
    outside = _Counted(organisations._OUTSIDE_SUBJECTS)
    monkeypatch.setattr(organisations, "_OUTSIDE_SUBJECTS", outside)
    names = [m.group(1) for m in organisations._speaking_subjects(text)]
    assert names[0] == "The Harbour Board"
    assert len(names) == 1_001
    assert outside.read < 5 * len(text)


_RUN_PIECES = [
    *sources._REPORTED_VERBS[:6], "said", "said", "said-run", "Harbour", "Board", "Pier", "Trust",
    "The", "the", "of", "and", "Tom", "Hale", "state-run", "al-Ahram", "2024", "x", "Said",
    "reportedly", "has", "had",
]  # fmt: skip
_RUN_BREAKS = [" ", " ", " ", " ", "  ", "\t", "\u00a0", ", ", ". ", "(", ")", "\u201c", "-", ""]


def test_reported_runs_are_the_patterns_matches_on_runs_of_verbs() -> None:
    # The bounds above keep every "X reported" match: the verb-led search
    # against the pattern's own finditer, on texts thick with verbs.
    chooser = random.Random(4343)
    found = 0
    for _ in range(4000):
        text = _pieces(chooser, _RUN_PIECES, _RUN_BREAKS)
        for pattern in (sources._REPORTED, sources._reported_led(before_capital(text, "al-"))):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in sources._reported_runs(pattern, text)] == expected, text
            found += len(expected)
    assert found > 2000


def test_speaking_subjects_are_the_patterns_matches_on_runs_of_verbs() -> None:
    chooser = random.Random(4344)
    found = 0
    for _ in range(4000):
        text = _pieces(chooser, _RUN_PIECES, _RUN_BREAKS)
        pattern = organisations._subject_led("al" in particles_before_capital(text))
        expected = [
            (m.span(), m.span(1), m.span(2))
            for m in pattern.finditer(text)
            if m.group(2) in SPEECH_VERBS
        ]
        got = [(m.span(), m.span(1), m.span(2)) for m in organisations._speaking_subjects(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 1000


def test_a_board_after_ten_thousand_saids_is_still_a_source() -> None:
    # What a user sees: the board that speaks after the run is a source.
    text = "said " * 10_000 + "The Harbour Board said the pier is safe."
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    assert "Harbour Board" in [s.name for s in analysis.sources]


def test_hundreds_of_organisations_are_looked_for_again_by_their_own_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A post naming 400 trusts ("the Harbour Alder Trust said ..."): each
    # place a first word is written tried all 400 forms before stop 43.
    words = [f"{a}{b}" for a in ("Al", "Bo", "Cy", "Du") for b in range(100)]
    forms = [f"Harbour {word} Trust" for word in words]
    text = " ".join(f"The Harbour {word} Trust said so." for word in words)
    tried = 0
    loose_at = sources._loose_at

    def counted(lower: str, at: int, tokens: list[str]) -> int:
        nonlocal tried
        tried += 1
        return loose_at(lower, at, tokens)

    monkeypatch.setattr(sources, "_loose_at", counted)
    places = list(sources.written_again(text, forms))
    assert [text[a:b] for a, b in places] == forms
    assert tried <= 2 * len(forms)


def test_a_paragraph_with_no_full_stop_is_read_for_sentence_ends_a_bounded_stretch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 1,000 partial quotations in one paragraph with no full stop: each
    # clause's end was looked for to the paragraph's end (the square of it)
    # before stop 43; now SENTENCE_REACH characters at most.
    unit = "Tom Hale said the pier was \u201cnot safe at all\u201d, and the boats left at dawn, "
    text = unit * 1_000 + "and that was all"
    counted = _Counted(attribution._SENTENCE_END)
    monkeypatch.setattr(attribution, "_SENTENCE_END", counted)
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    assert len(analysis.quotes) == 1_000
    assert all(q.speaker is not None and q.speaker.name == "Tom Hale" for q in analysis.quotes)
    # Each quotation's clause reads at most a few reaches (~2,800 characters
    # each here); the whole paragraph each time was ~37 M characters.
    assert counted.read < 4 * attribution.SENTENCE_REACH * len(analysis.quotes)


def test_a_sentence_end_further_than_the_reach_is_not_looked_for() -> None:
    text = "the pier " * 1_000 + "is shut. The boats left."
    assert attribution.sentence_end(text, 0, len(text)) == attribution.SENTENCE_REACH
    assert attribution.sentence_end(text, 8_000, len(text)) == text.index(". The")


class _CountedNames(list[str]):
    """People.names, counting the entries each read of the whole list visits."""

    visited = 0

    def __iter__(self) -> Any:
        _CountedNames.visited += len(self)
        return super().__iter__()


def test_japanese_names_are_expanded_without_reading_every_mention_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 田中 after 田中太郎氏 is Tanaka Taro, in a post of 600 quotations:
    # each Japanese phrase made a set of every subject mention so far (the
    # square of the post) before stop 43.
    real = analyze_module.find_people

    def counted(*args: Any, **kwargs: Any) -> Any:
        people = real(*args, **kwargs)
        people.names = _CountedNames(people.names)
        return people

    monkeypatch.setattr(analyze_module, "find_people", counted)
    opening = "田中太郎氏は港を訪れた。"
    text = opening + "「桟橋は五月に開く」と田中は言った。" * 600
    _CountedNames.visited = 0
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    assert len(analysis.quotes) == 600
    assert {q.speaker.name for q in analysis.quotes if q.speaker is not None} == {"田中太郎"}
    assert _CountedNames.visited < 20 * 600


_WITH_EARLY = "Tom Hale met with the harbour board. " + (
    "The pier is shut. \u201cWe are ready.\u201d " * 300
)
"""A paragraph of 300 quotations that a "with" opens, far from most of them."""


def test_a_with_early_in_a_paragraph_leaves_the_later_quotations_as_they_were() -> None:
    # What the bound below must not change (in both builds, pure and
    # compiled): every quotation is found, and a "with" phrase in the
    # quotation's own sentence is still read.
    assert len(analyze([Block(BlockKind.PARAGRAPH, _WITH_EARLY)]).quotes) == 300
    said = "The pier is shut, with Ada Lind saying \u201cwe are ready\u201d."
    [quote] = analyze([Block(BlockKind.PARAGRAPH, said)]).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ada Lind"


@pytest.mark.pure_only(
    "counts calls to attribution._with_speaking through a patch: compiled by mypyc, "
    "attribution.before calls it directly and the patch counts 0, whatever the bound; "
    "the cut leaves the output as it was, so only a count inside the module shows it"
)
def test_a_with_early_in_a_paragraph_is_not_read_again_for_each_later_quotation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Tom Hale met with the harbour board." opens a paragraph of 300
    # quotations: the pre-test for a "with Ada Lind saying" phrase looked
    # for " with " from the paragraph's start, so it passed (and the phrase
    # was looked for) at every quotation, after a scan of the whole
    # paragraph (300 looks before stop 43; now only near the first).
    calls = 0
    real = attribution._with_speaking

    def counted(text: str, tokens: list[tuple[str, int, int]]) -> Any:
        nonlocal calls
        calls += 1
        return real(text, tokens)

    monkeypatch.setattr(attribution, "_with_speaking", counted)
    assert len(analyze([Block(BlockKind.PARAGRAPH, _WITH_EARLY)]).quotes) == 300
    assert 0 < calls < 20
