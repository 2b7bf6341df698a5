"""Roles and names the stop-40 review found wrong (branch s40-roles).

What the Quotes panel and a clip's citation show as "Name · role": an
honorific is no role ("said Mr Easton"), an office with a word in "-ing"
before it is one ("managing director of ..."), a title written before a
subject's name is carried to the quotations a pronoun gives that person, and
a nickname in marks inside a name outside speech ("knows Tom “Big Tom”
Hale") names Tom Hale. Each with the sentences where the rule must not fire.
Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.model import Speaker
from tests.library.paragraphs import only_speaker, run, said_by

L, R = "\u201c", "\u201d"


def _speaker(*paragraphs: str) -> Speaker:
    return only_speaker(run(*paragraphs))


def _roles(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker: its name and the role shown beside it."""
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in run(*paragraphs).quotes
    ]


# -- an honorific is no role --------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "said Mr Easton",
        "said Mr. Easton",
        "Mrs Hale said",
        "said Ms Ada Lind",
        "said Dr Ada Lind",
        "said Dame Ada Lind",
        "said Lady Ada Lind",
    ],
)
def test_an_honorific_is_shown_as_no_role(attribution: str) -> None:
    speaker = _speaker(f"{L}He worked a double shift,{R} {attribution}.")
    assert speaker.name is not None
    assert speaker.role is None


def test_the_pronoun_after_an_honorific_speaker_shows_no_role() -> None:
    assert _roles(
        f"{L}He worked a double shift,{R} said Mr Easton.",
        f"{L}He was tired,{R} he said.",
    ) == [("Easton", None), ("Easton", None)]


def test_an_office_opened_by_lord_is_kept() -> None:
    # Must not fire: "Lord" opens offices ("Lord Mayor"), so it is no
    # honorific taken out of the role.
    speaker = _speaker(f"{L}He worked a double shift,{R} said Lord Mayor Ada Lind.")
    assert (speaker.name, speaker.role) == ("Ada Lind", "Lord Mayor")


def test_a_real_role_after_an_honorific_is_kept() -> None:
    speaker = _speaker(f"{L}The pier is closed,{R} said Mr Easton, the harbour master.")
    assert (speaker.name, speaker.role) == ("Easton", "the harbour master")


def test_an_office_before_the_name_stays_the_role() -> None:
    assert _speaker(f"{L}The pier is closed,{R} said Sheriff Helen Marr.").role == "Sheriff"
    assert _speaker(f"{L}The pier is closed,{R} said Professor Ada Lind.").role == "Professor"


def test_doctor_as_a_job_noun_is_the_description() -> None:
    speaker = _speaker(f"{L}He will sail again,{R} the ship's doctor said.")
    assert (speaker.name, speaker.role) == (None, "the ship's doctor")


def test_the_honorific_still_tells_her_sex() -> None:
    # The honorific leaves the label, not the analysis: "Mr" still rules
    # out the man named in between for "she said".
    assert said_by(
        "will last",
        f"{L}The pier is safe,{R} said Ada Lind.",
        f"Mr Hale reviewed the report. {L}It will last,{R} she said.",
    ) == ["Ada Lind"]


# -- an office with a word in "-ing" before it ------------------------------


@pytest.mark.parametrize(
    "role",
    [
        "managing director of Ross Marine",
        "acting chief of the harbour police",
        "presiding judge at the sheriff court",
        "visiting professor at the island college",
        "marketing boss at Ross Marine",
    ],
)
def test_an_office_opened_by_an_ing_word_is_the_role(role: str) -> None:
    speaker = _speaker(f"{L}We are proud to build them,{R} said Ben Ross, {role}.")
    assert (speaker.name, speaker.role) == ("Ben Ross", role)


@pytest.mark.parametrize(
    "clause",
    [
        "managing the fleet alone",
        "acting on advice from the board",
        "acting quickly",
        "speaking to reporters",
        "visiting relatives in Oslo",
        "attending meetings at the harbour",
    ],
)
def test_a_participle_clause_after_the_name_is_no_role(clause: str) -> None:
    speaker = _speaker(f"{L}We are proud to build them,{R} said Ben Ross, {clause}.")
    assert (speaker.name, speaker.role) == ("Ben Ross", None)


# -- a title before a subject's name is carried --------------------------------


def test_a_title_before_a_subject_is_carried_through_he_said() -> None:
    speaker = _speaker(
        f"Harbour Master Tom Hale said the pier was unsafe. {L}It will fall,{R} he said."
    )
    assert (speaker.name, speaker.role) == ("Tom Hale", "Harbour Master")


def test_a_title_before_a_subject_is_carried_to_her_surname() -> None:
    speaker = _speaker(
        f"Sheriff Helen Marr said the offence was serious. {L}The rules are not a "
        f"suggestion,{R} Marr said."
    )
    assert (speaker.name, speaker.role) == ("Helen Marr", "Sheriff")


def test_a_role_given_with_the_quotation_is_shown_for_it() -> None:
    speaker = _speaker(
        f"Sheriff Helen Marr said the offence was serious. {L}The rules are not a "
        f"suggestion,{R} said Marr, the chief magistrate."
    )
    assert (speaker.name, speaker.role) == ("Helen Marr", "the chief magistrate")


@pytest.mark.parametrize("title", ["Mr", "Dr"])
def test_an_honorific_before_a_subject_is_not_carried(title: str) -> None:
    speaker = _speaker(
        f"{title} Mark Easton said the offence was serious. {L}The rules are not a "
        f"suggestion,{R} he said."
    )
    assert (speaker.name, speaker.role) == ("Mark Easton", None)


def test_lady_before_a_subject_is_not_carried() -> None:
    speaker = _speaker(
        f"Lady Ada Lind said the offence was serious. {L}The rules are not a "
        f"suggestion,{R} she said."
    )
    assert (speaker.name, speaker.role) == ("Ada Lind", None)


# -- a nickname in marks inside a name outside speech -------------------------


def test_a_nicknamed_mention_names_the_person_for_she_says() -> None:
    assert said_by(
        "every day",
        f"Everyone on the island knows Ada {L}Skip{R} Lind.",
        f"{L}I go out every day,{R} she says.",
    ) == ["Ada Lind"]


def test_the_nickname_alone_later_is_the_same_person() -> None:
    assert said_by(
        "salt in my eyes",
        f"Everyone on the quay knows Tom {L}Big Tom{R} Hale.",
        f"Big Tom himself tells the story differently. {L}I had salt in my eyes,{R} he says.",
    ) == ["Tom Hale"]


def test_a_quoted_nickname_not_inside_a_name_registers_no_one() -> None:
    # "call him “Big Tom”": the nickname stands alone, no name around it;
    # the words go to Tom Hale, named as the subject before.
    assert said_by(
        "every penny",
        "Tom Hale runs the bait shop on the pier.",
        f"The crew call him {L}Big Tom{R}. {L}He paid back every penny,{R} he said.",
    ) == ["Tom Hale"]


def test_a_name_in_marks_in_a_title_case_line_is_no_nickname() -> None:
    # A headline's name in marks before a preposition: no person called
    # "Lind Thanks Over", and Tom Hale stays Tom Hale.
    assert said_by(
        "kept the pier",
        f"Lind Thanks {L}Tom Hale{R} For Pier Vote",
        f"{L}He kept the pier open,{R} said Ada Lind.",
    ) == ["Ada Lind"]


def test_a_name_in_marks_in_a_title_before_a_preposition_is_no_nickname() -> None:
    # A title ended by a point, so read as a sentence: "Fires" and "Over"
    # around the marks make no person "Board Fires Over" whose nickname
    # "Hale" a bare "Hale" would then mean.
    assert said_by(
        "did my job",
        f"Harbour Board Fires {L}Hale{R} Over a Late Report.",
        f"Tom Hale ran the pier for ten years. {L}I did my job,{R} Hale said.",
    ) == ["Tom Hale"]
