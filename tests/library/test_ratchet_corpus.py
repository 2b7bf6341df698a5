"""The accuracy ratchet: no check-half figure of ``make eval`` may fall below
the floor recorded in ``evaluation/floors.json`` (nor a catastrophic-page
count rise above its ceiling). A change that costs accuracy on text nobody
tuned on fails here; a change that earns more raises the floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.ratchet import failures, figures, floors

pytestmark = pytest.mark.corpus


def test_check_half_figures_hold_their_floors(shared: Path) -> None:
    recorded = floors()
    assert {"ggt-dev speaker strict", "defuddle catastrophic"} <= recorded.keys()
    assert failures(figures(shared), recorded) == []


def test_a_figure_below_its_floor_is_reported() -> None:
    recorded = {"ggt-dev quote F1": 0.95, "defuddle catastrophic": 3}
    measured = {"ggt-dev quote F1": 0.94, "defuddle catastrophic": 4}
    assert failures(measured, recorded) == [
        "ggt-dev quote F1: 0.9400, floor 0.9500",
        "defuddle catastrophic: 4 pages, ceiling 3",
    ]
    assert failures({"ggt-dev quote F1": 0.95, "defuddle catastrophic": 3}, recorded) == []
