"""What stop 41's speaker branches saw and left (issue 16): the team's own
sentences.

An office written "X of Y" before a name ("Harbour County Supervisor of
Elections Ada Lind"); an office's "of" before the subject of a sentence
with no verb of saying ("Lund's Secretary of State Ada Lind defended");
people described by whom they serve ("Aides to Ada Lind say"); a month
after a place and its region ("In Leith, Scotland, in May, Tom Hale
said"); a second clause with a named subject of its own after the marks
("Tom Hale wants “the votes” and Ada Lind wants “a recount”"); a
definite description by whom the person serves ("the spokesman for Ada
Lind") after someone else; a place after the subject's name ("Mayor Ada
Lind of Lund defended")."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by, spoken

_CLOSE = "\u201cthat the pier must close before winter\u201d"
_PLAN = "\u201cthe plan to close the pier\u201d"


def test_an_office_of_a_county_before_the_name_is_her_role() -> None:
    # Before: "Harbour County Supervisor", a person of that name.
    speaker = run(f"Harbour County Supervisor of Elections Ada Lind said {_CLOSE}.").quotes[0]
    assert speaker.speaker is not None
    assert speaker.speaker.name == "Ada Lind"
    assert speaker.speaker.role == "Harbour County Supervisor of Elections"


def test_other_county_offices_before_the_name() -> None:
    # Before: "Harbour County Clerk", "Leith County Commissioner", "County
    # Treasurer Ada Lind" (the office read as her given names).
    for office in ("Harbour County Clerk of Courts", "Leith County Commissioner of Revenue"):
        assert said_by("pier", f"{office} Ada Lind said {_CLOSE}.") == ["Ada Lind"]
    assert said_by("pier", f"County Treasurer Ada Lind said {_CLOSE}.") == ["Ada Lind"]


def test_an_office_with_of_before_the_subject_names_her() -> None:
    # Before: "State Ada Lind" (the subject registered at the office's object).
    speaker = run(f"Lund's Secretary of State Ada Lind defended {_PLAN}.").quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Ada Lind"
    assert speaker.role == "Lund's Secretary of State"


def test_an_office_after_an_opening_time_phrase() -> None:
    # Must not reach back past the comma into "In May,".
    speaker = run(f"In May, Secretary of State Ada Lind defended {_PLAN}.").quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Ada Lind", "Secretary of State")


def test_aides_to_a_name_are_a_description() -> None:
    # Before: a person called "Aides".
    assert said_by("pier", f"Tom Hale runs the ferry. Aides to Ada Lind say {_CLOSE}.") == [
        "Aides to Ada Lind"
    ]


def test_a_surname_of_a_place_stays_a_name() -> None:
    # Must not fire: "of" after a surname ("Sanders of Vermont") is where
    # the person is from, not whom a group serves.
    assert said_by("pier", f"Tom Sanders of Leith said {_CLOSE}.") == ["Tom Sanders"]


def test_a_month_after_a_place_and_region_is_no_place() -> None:
    # Before: "Scotland", the region, given as the speaker.
    assert said_by("pier", f"In Leith, Scotland, in May, Tom Hale said {_CLOSE}.") == ["Tom Hale"]


def test_a_region_after_a_place_in_an_aside_still_steps_back() -> None:
    # Must not fire: stop 41's aside, the place and time after the name.
    assert said_by(
        "pier", f"Ada Lind, who lost her boat in Leith, Fife, in May, said {_CLOSE}."
    ) == ["Ada Lind"]


def test_a_named_subject_after_the_marks_opens_a_clause_of_her_own() -> None:
    # Before: one clause "“the votes” and Ada Lind wants “a recount”", Tom Hale's.
    analysis = run("Tom Hale wants \u201cthe votes\u201d and Ada Lind wants \u201ca recount\u201d.")
    assert spoken(analysis) == [
        ("\u201cthe votes\u201d", "Tom Hale"),
        ("\u201ca recount\u201d", "Ada Lind"),
    ]


def test_a_second_fragment_of_the_same_speaker_stays_on_the_clause() -> None:
    # Must not fire: no new subject after "and".
    analysis = run("Tom Hale called it \u201ca disgrace\u201d and \u201ca shame\u201d.")
    assert spoken(analysis) == [
        ("it \u201ca disgrace\u201d and \u201ca shame\u201d", "Tom Hale"),
    ]


def test_the_spokesman_for_another_is_no_one_named_before() -> None:
    # Before: Tom Hale, the last subject, who never spoke.
    text = (
        "Tom Hale runs the ferry. \u201cThe pier must close before winter,\u201d the "
        "spokesman for Ada Lind said."
    )
    assert said_by("pier", text) == ["the spokesman for Ada Lind"]


def test_the_lawyer_for_another_as_the_subject() -> None:
    # Before: Tom Hale.
    text = f"Tom Hale runs the ferry. The lawyer for Ada Lind called the plan {_CLOSE}."
    assert said_by("pier", text) == ["The lawyer for Ada Lind"]


def test_the_aide_to_another_after_the_one_who_spoke_goes_on_with_him() -> None:
    # Must not fire: the person just heard speaking, set off as an
    # apposition, is described by whom he served.
    text = (
        "One of the pilots, Tom Hale, said the pier was old. \u201cThe pier must close before "
        "winter,\u201d said the former top aide to Mayor Ada Lind."
    )
    assert said_by("pier", text) == ["Tom Hale"]


def test_a_place_after_the_subjects_name_is_no_part_of_the_clause() -> None:
    # Before: the quotation read from "Lund defended".
    for subject in ("A spokesman for Mayor Ada Lind of Lund", "Ada Lind of Lund"):
        analysis = run(f"{subject} defended {_PLAN}.")
        assert [q.span.text for q in analysis.quotes] == [_PLAN]
