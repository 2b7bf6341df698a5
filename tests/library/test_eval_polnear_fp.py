"""``python -m evaluation.polnear_fp`` sorts PolNeAR's false positives into
kinds so the check half can be weighed without being read; its ``--tune``
listings show the tune half alone. The text here is the team's."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import polnear_fp
from evaluation.quotes import Doc, Gold, Predicted
from evaluation.split import CHECK, TUNE
from tests.library.halves import named_in as _named

TEXT = (
    "Tom Hale said the pier was \u201cfull\u201d and \u201cclosed\u201d on Monday.\n\n"
    "The harbour board met. Ada Lind read \u201cThe Harbour Song\u201d to the pilots.\n\n"
    "\u201cWe sail at noon and we come back at dusk,\u201d Ada Lind told them."
)


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _gold(words: str) -> Gold:
    start, end = _at(words)
    return Gold(start - 1, end + 1, "direct", "Tom Hale", None, None, words, frozenset(["hale"]))


def _unit(words: str, name: str | None = None, fragment: bool = False) -> polnear_fp.Unit:
    start, end = _at(words)
    return polnear_fp.Unit(Predicted(start, end, name, name or "", None, None, words), fragment)


def _article(gold: list[Gold], contents: list[tuple[int, int]]) -> polnear_fp.Article:
    return polnear_fp.Article(Doc("article.txt", TEXT, gold, marked=True), contents, [])


def test_a_unit_over_two_gold_spans_joins_them() -> None:
    art = _article([_gold("full"), _gold("closed")], [])
    unit = _unit("full\u201d and \u201cclosed", "Tom Hale")
    assert polnear_fp.kind(art, unit) == "overlap: joins two or more gold spans"


def test_a_title_outside_any_attribution_is_a_title() -> None:
    cats = polnear_fp.categories(_article([], []), _unit("The Harbour Song", "Ada Lind", True))
    assert cats["kind"] == "outside: a title or a name"
    assert cats["unit"] == "a partial quotation's fragment"
    assert cats["marks"] == "curly double"


def test_a_quotation_in_an_attributed_content_the_gold_does_not_pair() -> None:
    words = "We sail at noon and we come back at dusk,"
    start, end = _at(words)
    art = _article([], [(start - 1, end + 1)])
    assert polnear_fp.kind(art, _unit(words, "Ada Lind")) == (
        "in a Content: marks the gold does not pair"
    )
    # Outside any Content, with a speaker: an attribution PolNeAR left unmarked.
    assert polnear_fp.kind(_article([], []), _unit(words, "Ada Lind")) == (
        "outside: a speaker given"
    )


def test_a_short_fragment_with_no_speaker_is_a_scare_quote() -> None:
    assert polnear_fp.kind(_article([], []), _unit("closed", None, True)) == (
        "outside: a scare quote (1-2 words, no speaker)"
    )


def test_the_tune_listings_never_show_a_check_article(monkeypatch: pytest.MonkeyPatch) -> None:
    arts = [
        ("polnear-train", polnear_fp.Article(Doc(_named(name), TEXT, [], marked=True), [], []))
        for name in (CHECK, TUNE)
    ]
    monkeypatch.setattr(polnear_fp, "_articles", lambda _shared: iter(arts))
    listed = list(polnear_fp.tune_examples(Path("."), "outside"))
    assert listed
    assert all(_named(TUNE) in line and _named(CHECK) not in line for line in listed)
    arts = [
        (
            "polnear-train",
            polnear_fp.Article(
                Doc(_named(name), TEXT, [_gold("Harbour Song")], marked=True), [], []
            ),
        )
        for name in (CHECK, TUNE)
    ]
    monkeypatch.setattr(polnear_fp, "_articles", lambda _shared: iter(arts))
    monkeypatch.setattr(
        polnear_fp.losses, "stage", lambda doc: [(doc.gold[0], "found: under 50%, ours shorter")]
    )
    missed = list(polnear_fp.tune_misses(Path("."), "found: under 50%"))
    assert len(missed) == 1
    assert _named(TUNE) in missed[0]
    assert _named(CHECK) not in missed[0]
