"""``python -m evaluation.polnear_misses`` counts PolNeAR's strict speaker
misses by category so the check half can be weighed without being read; its
``--tune`` listing shows the tune half alone. The text here is the team's."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import polnear_misses
from evaluation.quotes import Doc, Gold, Predicted
from evaluation.split import CHECK, TUNE
from tests.library.halves import named_in as _named

TEXT = (
    "Ada Lind, who runs the harbour board, met the pilots on Monday.\n\n"
    "Tom Hale sailed in later. \u201cThe pier is full,\u201d he said."
)


def _gold() -> Gold:
    start = TEXT.index("\u201cThe pier")
    end = TEXT.index("\u201d", start) + 1
    s_start = TEXT.index("he said")
    return Gold(
        start, end, "direct", "he", s_start, s_start + 2, TEXT[start:end], frozenset(["lind"])
    )


def _ours(name: str | None, label: str) -> Predicted:
    gq = _gold()
    s_start = TEXT.index("he said")
    return Predicted(gq.start, gq.end, name, label, s_start, s_start + 2, gq.text)


def test_a_pronoun_given_to_the_person_named_since_the_key() -> None:
    cats = polnear_misses.categories(_gold(), _ours("Tom Hale", "Tom Hale"), TEXT)
    assert cats["ours"] == "another name"
    assert cats["gold source"] == "a pronoun (keyed to the earlier name)"
    assert cats["gold source stands"] == "after, same paragraph"
    assert cats["key last before"] == "paragraph before"
    assert cats["key in the paragraph (before or after)"] == "False"
    assert cats["key in the 500 chars before"] == "True"
    assert cats["our name mentioned after the key"] == "True"
    assert cats["spans overlap"] == "True"
    assert cats["our speaker phrase stands"] == "after"
    assert cats["quotation opens its paragraph"] == "False"


def test_no_speaker_and_a_bare_pronoun_are_their_own_values() -> None:
    gq = _gold()
    none = Predicted(gq.start, gq.end, None, "", None, None, gq.text)
    assert polnear_misses.categories(gq, none, TEXT)["ours"] == "none"
    assert polnear_misses.categories(gq, _ours(None, "he"), TEXT)["ours"] == "a pronoun"


def test_the_tune_listing_never_shows_a_check_article(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [
        ("polnear-train", Doc(_named(CHECK), TEXT, [_gold()], marked=True)),
        ("polnear-train", Doc(_named(TUNE), TEXT, [_gold()], marked=True)),
    ]
    monkeypatch.setattr(polnear_misses, "_docs", lambda _shared: iter(docs))
    ours = _ours("Tom Hale", "Tom Hale")
    monkeypatch.setattr(polnear_misses, "misses", lambda doc: iter([(doc.gold[0], ours)]))
    listed = list(polnear_misses.tune_examples(Path("."), "ours", "another name"))
    assert len(listed) == 1
    assert _named(TUNE) in listed[0]
    assert _named(CHECK) not in listed[0]
