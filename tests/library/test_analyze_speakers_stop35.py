"""Speaker readings of stop 35 (issue 16, branch s35-ggtspk): unnamed groups
of people, groups of a body, and an office written before an honorific and
a name. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

_HALE = "Tom Hale, a fisherman, said the closure had cost him his season."


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("On Monday, experts said “the pier would close.”", "experts"),
        ("But nurses say “the ward cannot cope.”", "nurses"),
        ("Experts say “the pier will close.”", "Experts"),
        ("Staff say they “cannot cope.”", "Staff"),
        ("In a letter, families said “the ferry must run.”", "families"),
    ],
)
def test_an_unnamed_group_is_not_the_person_named_before(sentence: str, label: str) -> None:
    # Was Tom Hale (the person named before) or a person called "Experts":
    # a plural noun of people whose ending the old pattern did not read.
    analysis = run(_HALE, sentence)
    speaker = analysis.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name is None
    assert speaker.label == label


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Master Ada Pilots said “the pier will close.”",
        "Tom Staff, the harbour master, said “the pier will close.”",
    ],
)
def test_a_person_whose_name_is_such_a_word_still_speaks(sentence: str) -> None:
    # The words are read alone as a subject, never inside a name.
    speaker = only_speaker(run(sentence))
    assert speaker.name is not None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Officials with the ministry said “the pier would close.”", "Officials with the ministry"),
        ("Lawyers for the family said “the ferry was late.”", "Lawyers for the family"),
        ("Residents of the island said “the ferry was late.”", "Residents of the island"),
    ],
)
def test_a_group_of_a_body_is_no_person(sentence: str, label: str) -> None:
    # Was the name "Officials" (role "with the ministry"): unnamed people of
    # that body, shown as the whole phrase.
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.label == label


def test_a_surname_of_that_shape_named_before_still_speaks() -> None:
    # "Peters" ends like "officers", but the text named Ada Peters in full.
    said = said_by(
        "close",
        "Ada Peters runs the ferry line.",
        "Peters of the harbour board said “the pier would close.”",
    )
    assert said == ["Ada Peters"]


@pytest.mark.parametrize(
    ("office", "description"),
    [
        ("Chief Medical Officer Dr. Ada Lind", "the officer"),
        ("Provincial Health Officer Dr. Ada Lind", "the provincial health officer"),
        ("Provincial health officer Dr. Ada Lind", "the health officer"),
    ],
)
def test_an_office_before_an_honorific_and_a_name(office: str, description: str) -> None:
    # Was the name "Dr" (or Tom Hale, named since): the office's holder is
    # the name after the honorific.
    said = said_by(
        "no choice",
        f"{office} announced the closure on Monday.",
        _HALE,
        "Ferries now land at the old wharf instead.",
        f"“We had no choice,” {description} said.",
    )
    assert said == ["Ada Lind"]


def test_an_honorific_gives_no_office() -> None:
    # Dr. Ada Lind, named last, holds no office of "officer": Tom Hale does.
    said = said_by(
        "no choice",
        "Fire Officer Tom Hale closed the pier on Monday.",
        "Dr. Ada Lind, a surgeon, treated two fishermen.",
        "Ferries now land at the old wharf instead.",
        "“We had no choice,” the officer said.",
    )
    assert said == ["Tom Hale"]
