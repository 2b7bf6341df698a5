"""The candidates a pronoun speaker may mean, and the learned chooser over them
(``library/analyze/pron_rank.py``, ``evaluation/train_pron.py``): the measuring
hook sees the people a reader would weigh and changes nothing; the committed
model loads but is not shipped (stop 29: it did not earn it), so the rules
decide; with a model in use, a pronoun the rules leave unresolved stays so and
a "she" never goes to a man."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation import train_pron
from quotemark.library.analyze import analyze, pron_rank
from quotemark.library.model import Block, BlockKind

COMMITTED = Path(train_pron.__file__).with_name(pron_rank.RESOURCE)

_HARBOUR = (
    "Ada Lind runs the ferry office on the island.\n\n"
    "Mr. Tom Hale, the harbour master, inspected the boats on Monday with Lind. "
    "“They are ready for the winter,” he said.\n\n"
    "Lind was less sure. “The engines are old,” she said."
)


def _speakers(text: str) -> list[str | None]:
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in text.split("\n\n")]
    return [q.speaker.name if q.speaker else None for q in analyze(blocks).quotes]


def _asked(text: str) -> list[pron_rank.Asked]:
    seen: list[pron_rank.Asked] = []
    pron_rank.RECORD = seen.append
    try:
        _speakers(text)
    finally:
        pron_rank.RECORD = None
    return seen


def test_the_committed_model_loads_and_is_not_shipped() -> None:
    data = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert data["features"] == list(pron_rank.FEATURES)
    model = pron_rank.load(COMMITTED.read_text(encoding="utf-8"))
    assert 0 < model.threshold <= 1.01
    manifest = json.loads(COMMITTED.with_name("pron_rank_manifest.json").read_text("utf-8"))
    assert manifest["half"] == "tune"
    assert manifest["files"]
    assert pron_rank.shipped() is None


def test_the_hook_lists_the_people_a_reader_weighs_and_changes_nothing() -> None:
    before = _speakers(_HARBOUR)
    asked = _asked(_HARBOUR)
    assert _speakers(_HARBOUR) == before == ["Tom Hale", "Ada Lind"]
    he, she = asked
    assert he.chosen == "Tom Hale"
    assert {"Tom Hale", "Ada Lind"} <= {o.name for o in he.options}
    # "she": the man the text calls "Mr." is no candidate at all.
    assert she.chosen == "Ada Lind"
    assert "Tom Hale" not in {o.name for o in she.options}
    for option in he.options + she.options:
        assert len(option.features) == len(pron_rank.FEATURES)


def _sure_of(name: str, found: tuple[pron_rank.Option, ...]) -> pron_rank.Model:
    """A model that scores only a feature the candidate ``name`` alone has."""
    target = next(o for o in found if o.name == name)
    others = [o for o in found if o.name != name]
    index = next(
        i for i, v in enumerate(target.features) if v and not any(o.features[i] for o in others)
    )
    weights = [0.0] * len(pron_rank.FEATURES)
    weights[index] = 10.0
    return pron_rank.Model(tuple(weights), 0.6)


def test_a_sure_model_overrules_the_rules_only_where_they_chose_someone() -> None:
    he = _asked(_HARBOUR)[0]
    model = _sure_of("Ada Lind", he.options)
    assert pron_rank.choose(model, he.options, "Tom Hale") == "Ada Lind"
    # A pronoun the rules could not resolve stays a pronoun: a wrong name
    # would show where "he" misled nobody.
    assert pron_rank.choose(model, he.options, None) is None
    # Not sure enough: the rules' choice stands.
    unsure = pron_rank.Model(tuple(0.0 for _ in pron_rank.FEATURES), 0.6)
    assert pron_rank.choose(unsure, he.options, "Tom Hale") == "Tom Hale"


def test_with_the_committed_model_in_use_plain_pronouns_keep_their_speaker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = pron_rank.load(COMMITTED.read_text(encoding="utf-8"))
    monkeypatch.setattr(pron_rank, "shipped", lambda: model)
    assert _speakers(_HARBOUR) == ["Tom Hale", "Ada Lind"]
