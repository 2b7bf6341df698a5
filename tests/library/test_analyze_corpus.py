"""Floors on the evaluation corpus, so a change that costs accuracy fails here
before it reaches ``make eval``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.quotes import evaluate_ggt, textacy_case

pytestmark = pytest.mark.corpus


def test_ggt_dev_meets_the_targets(shared: Path) -> None:
    ours, baseline = evaluate_ggt(shared / "corpus" / "quotes" / "ggt-dev")
    _p, _r, f1 = ours.prf()
    assert f1 >= 0.95
    assert ours.speakers_right / ours.tp >= 0.90
    assert f1 > baseline.prf()[2]


def test_all_textacy_cases_pass(shared: Path) -> None:
    cases = json.loads(
        (shared / "corpus" / "quotes" / "textacy-cases" / "cases.json").read_text("utf-8")
    )["cases"]
    failed = [case["id"] for case in cases if not textacy_case(case)[0]]
    assert failed == []
    assert len(cases) == 14
