"""A passive verb of saying or naming before marked words gives the
words to the agent ("by ..."), never to the subject; with no agent the
subject is not the speaker (``library/analyze/passive.py``). Sentences
written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind


def _speakers(text: str) -> list[tuple[list[str], str | None, str | None]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    return [
        (
            [m.text for m in q.marked],
            q.speaker.name if q.speaker else None,
            q.speaker.role if q.speaker else None,
        )
        for q in analysis.quotes
    ]


@pytest.mark.parametrize(
    ("text", "marked", "name", "role"),
    [
        (
            # the agent between the verb and "as"
            "Tomas Berg runs the ferry. Tomas Berg was described by Ruth Okafor as "
            "“a stubborn man” at the hearing.",
            "a stubborn man",
            "Ruth Okafor",
            None,
        ),
        (
            # the agent after the closing mark
            "Tomas Berg runs the ferry. Berg was dubbed “the ferry king” by Ruth Okafor.",
            "the ferry king",
            "Ruth Okafor",
            None,
        ),
        (
            # an agent the text only describes: the description, not Berg
            "Tomas Berg runs the ferry. Berg was described by the island council as "
            "“a stubborn man” in its report.",
            "a stubborn man",
            None,
            "the island council",
        ),
        (
            # "has been labelled": a perfect passive, a plural agent
            "Tomas Berg runs the ferry. Berg has been labelled “a menace” by critics.",
            "a menace",
            None,
            "critics",
        ),
        (
            # a thing named in the passive: the namers are the speakers
            "Last winter the crossing was dubbed the “slow boat” by commuters.",
            "slow boat",
            None,
            "commuters",
        ),
    ],
)
def test_passive_agent_is_the_speaker(
    text: str, marked: str, name: str | None, role: str | None
) -> None:
    found = [s for s in _speakers(text) if marked in s[0]]
    assert found, text
    _marked, got_name, got_role = found[0]
    assert got_name == name
    assert got_name != "Tomas Berg"
    if role is not None:
        assert got_role is not None
        assert got_role.lower() == role


def test_passive_without_agent_is_not_the_subjects() -> None:
    text = "Tomas Berg runs the ferry. Berg was described as “a stubborn man” at the hearing."
    assert all(name != "Tomas Berg" for _m, name, _r in _speakers(text))


def test_active_naming_is_still_the_subjects() -> None:
    text = "Tomas Berg runs the ferry. Ruth Okafor described Berg as “a stubborn man.”"
    found = [s for s in _speakers(text) if s[0] == ["a stubborn man."]]
    assert found
    assert found[0][1] == "Ruth Okafor"
