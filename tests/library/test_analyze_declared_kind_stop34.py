"""A body declared with its kind (stop 34, issue 16): "X is the federal
department for ferries" lets "the department said" name X, but a sentence
opened by a pronoun or "This"/"That" declares no name: "It is the federal
department …" once made "It" the department's speaker. Every sentence here
is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run

SAID = "“Safety comes first,” the department said."


@pytest.mark.parametrize("lead", ["It", "This", "That"])
def test_a_pronoun_declares_no_body(lead: str) -> None:
    speaker = only_speaker(
        run(
            f"Transport Ashton grounded the ferry on Monday. {lead} is the federal department "
            "for ferries and ports.",
            SAID,
        )
    )
    assert speaker.name is None
    assert speaker.label == "the department"


def test_a_body_declared_by_name_still_speaks() -> None:
    speaker = only_speaker(
        run("Transport Ashton is the federal department for ferries and ports.", SAID)
    )
    assert speaker.name == "Transport Ashton"
