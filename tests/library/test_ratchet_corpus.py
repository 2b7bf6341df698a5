"""The accuracy ratchet: no check-half figure of ``make eval`` may fall below
the floor recorded in ``evaluation/floors.json`` (nor a catastrophic-page
count rise above its ceiling). A change that costs accuracy on text nobody
tuned on fails here; a change that earns more raises the floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.ratchet import failures, figures, floors, raised

pytestmark = pytest.mark.corpus


def test_check_half_figures_hold_their_floors(shared: Path) -> None:
    recorded = floors()
    assert {
        "ggt-dev speaker strict",
        "defuddle catastrophic",
        "visible author",
        "visible author wrong",
    } <= recorded.keys()
    assert failures(figures(shared), recorded) == []


def test_a_figure_below_its_floor_is_reported() -> None:
    recorded = {"ggt-dev quote F1": 0.95, "defuddle catastrophic": 3}
    measured = {"ggt-dev quote F1": 0.94, "defuddle catastrophic": 4}
    assert failures(measured, recorded) == [
        "ggt-dev quote F1: 0.9400, floor 0.9500",
        "defuddle catastrophic: 4 pages, ceiling 3",
    ]
    assert failures({"ggt-dev quote F1": 0.95, "defuddle catastrophic": 3}, recorded) == []


def test_a_visible_field_read_wrong_more_often_is_reported() -> None:
    """Bylines read from the visible page: the share right is a floor, and
    the count read wrong a ceiling, since a rule that turns empty bylines
    into wrong ones leaves the share right where it was."""
    recorded = {"visible author": 0.70, "visible author wrong": 5}
    assert failures({"visible author": 0.70, "visible author wrong": 6}, recorded) == [
        "visible author wrong: 6 fields, ceiling 5"
    ]
    assert failures({"visible author": 0.69, "visible author wrong": 5}, recorded) == [
        "visible author: 0.6900, floor 0.7000"
    ]
    assert raised({"visible author": 0.75, "visible author wrong": 3}, recorded) == {
        "visible author": 0.75,
        "visible author wrong": 3,
    }


def test_the_command_fails_when_a_floor_is_broken(
    shared: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`python -m evaluation.ratchet` is what a person runs after a merge: a
    broken floor must fail it, not scroll past in the table."""
    import json

    from evaluation import ratchet

    data = json.loads(ratchet.FLOORS.read_text(encoding="utf-8"))
    data["check"]["ggt-dev quote F1"] = 1.0
    floors_file = tmp_path / "floors.json"
    floors_file.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(ratchet, "FLOORS", floors_file)
    assert ratchet.main(["--shared", str(shared), "--raise"]) == 1
    assert "BELOW THE FLOOR: ggt-dev quote F1" in capsys.readouterr().err
    assert json.loads(floors_file.read_text(encoding="utf-8")) == data
