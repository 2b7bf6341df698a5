"""Speakers by construction, stop 50 (branch s50-speakers): team-written
sentences that must fire and must not (evaluation/history/stop-50.md).

A one-word "according to" opening a sentence is no first name
(:mod:`quotemark.library.analyze.according_openers`): "Enligt Holm är …"
gives Holm, not "Enligt Holm"."""

# ruff: noqa: E501 (team sentences and reasons are kept whole on a line)

from __future__ import annotations

import pytest

from tests.library.paragraphs import given_to

_OPENER_FIRES = [
    # Stop 49's leftover (s49-lang8): the surname alone after the opener,
    # no full name written anywhere.
    (("Enligt Holm är bron ”inte säker längre”.",), "Holm"),
    (("Zdaniem Nowaka automat „nie zastąpi człowieka”.",), "Nowaka"),
    (("Według Nowaka kasa będzie „zamknięta do odwołania”.",), "Nowaka"),
    (("Volgens Dekker is de brug ‘niet meer veilig’ geworden.",), "Dekker"),
    (("Selon Texier, le pont est « à bout de souffle ».",), "Texier"),
    (("Según Crespo, la línea es “una ruina”.",), "Crespo"),
    (("Secondo Gatti, il reparto è «in pericolo».",), "Gatti"),
    (("D'après Texier, le pont est « à bout de souffle ».",), "Texier"),
    (("Pour Texier, la grève a coûté « très cher ».",), "Texier"),
    # With the full name written before, the surname expands to it.
    (
        (
            "Ingrid Holm driver butiken i Ramsele.",
            "Enligt Holm är bron ”inte säker längre”.",
        ),
        "Ingrid Holm",
    ),
]

_OPENER_KEEPS = [
    # A full name after the opener stays whole.
    (("Enligt Anders Holm är bron ”inte säker längre”.",), "Anders Holm"),
    # A real surname that is the opener's word stays in the name, and alone
    # it is still that surname.
    (("”Bron är inte säker längre”, säger Victoria Enligt.",), "Victoria Enligt"),
    (
        (
            "”Bron är inte säker längre”, säger Victoria Enligt.",
            "”Vi väntar på besked”, säger Enligt.",
        ),
        "Victoria Enligt",
    ),
    # A given name that is a preposition elsewhere ("Per"): no opener.
    (("”Bron är inte säker längre”, säger Per Holm.",), "Per Holm"),
]


# A lone surname opening its paragraph, an adverb in -ly before its verb of
# saying, then "he said" in the next sentence
# (:mod:`quotemark.library.analyze.adverb_openings`): the pronoun is that
# surname's, not the full name of the paragraph before.
_LONE_FIRES = [
    (
        (
            "Tom Hale backed the Panthers on Monday.",
            "Cruz openly admitted that his pick was political. “With an eye to May, Carolina,” he said.",
        ),
        "Cruz",
    ),
    (
        (
            "Ada Lind spoke first at the meeting.",
            "Okafor quickly added that the pier was unsafe. “Nobody should fish there,” she said.",
        ),
        "Okafor",
    ),
]

_LONE_KEEPS = [
    # No verb of saying after the adverb: not read as a speaker.
    (
        (
            "Tom Hale backed the Panthers on Monday.",
            "Carolina easily won the game. “It was a great night,” he said.",
        ),
        "Tom Hale",
    ),
    # A capitalised word in "-ly" is a name, not the adverb.
    (
        (
            "Tom Hale backed the Panthers on Monday.",
            "Megyn Kelly said the vote was rigged. “It was a great night,” she said.",
        ),
        "Megyn Kelly",
    ),
    # The surname of a full name seen before stays that full name.
    (
        (
            "Ada Lind spoke first at the meeting.",
            "Lind quickly added that the pier was unsafe. “Nobody should fish there,” she said.",
        ),
        "Ada Lind",
    ),
]


# Seen on the way (tune half and the team's own must-nots), not fixed this
# stop: strict xfails with the reason, so a fix shows as a pass.
_BEFORE_CLAIMING = "a participle hung by 'before' after a prepositional phrase whose object is capitalised: 'Twitter before' is read as its subject ('on Monday before' carries the speaker)"
_POSSESSIVE_MET = "a description brought in with a possessive ('the board's spokeswoman') as someone other than the named subject is given to that subject ('met a fisherman … the fisherman said' is read right)"
_PLURAL_OPENS = "stop 44's one name opening a paragraph takes a plural group ('Democrats', 'Officials') for a person when 'he said' follows"


def _left(paragraphs: tuple[str, ...], speaker: str, reason: str) -> object:
    return pytest.param(paragraphs, speaker, marks=pytest.mark.xfail(strict=True, reason=reason))


_LEFT = [
    _left(
        (
            "Tom Hale said the pier was “safe” on Twitter before claiming that the ferry is “a danger to everyone.”",
        ),
        "Tom Hale",
        _BEFORE_CLAIMING,
    ),
    _left(
        ("Tom Hale met the board's spokeswoman on Monday.", "“We are sure,” the spokeswoman said."),
        "the spokeswoman",
        _POSSESSIVE_MET,
    ),
    _left(
        (
            "Tom Hale backed the Panthers on Monday.",
            "Democrats said the vote was rigged. “It was a great night,” he said.",
        ),
        "Tom Hale",
        _PLURAL_OPENS,
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"), _OPENER_FIRES + _OPENER_KEEPS + _LONE_FIRES + _LONE_KEEPS + _LEFT
)
def test_speaker_given(paragraphs: tuple[str, ...], speaker: str) -> None:
    """The speaker of the last quotation read in ``paragraphs``."""
    read = given_to(*paragraphs)
    assert read, paragraphs
    assert read[-1][1] == speaker
