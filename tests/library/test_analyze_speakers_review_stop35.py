"""Review of the stop-35 speaker rules (issue 16, branch s35-revspk): the
wrong readings s35-ggtspk met and left, and those its rules give. Every
sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run

_HALE = "Tom Hale, a fisherman, said the closure had cost him his season."


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about Hale, a spokesperson said: “The pier will close.”",
        "Asked whether the pier would close, a spokesperson said “it will.”",
        "Contacted by the Harbour Gazette, a spokesperson said: “The pier will close.”",
    ],
)
def test_an_opening_participle_phrase_is_no_name(sentence: str) -> None:
    # Was a person called "Asked" or "Contacted": the phrase before the
    # comma was read as a name before its description ("Ada Lind, a
    # spokesperson, said").
    speaker = run(_HALE, sentence).quotes[-1].speaker
    assert speaker is not None
    assert speaker.name not in {"Asked", "Contacted"}
    assert speaker.label == "a spokesperson"


def test_a_name_before_its_description_still_speaks() -> None:
    # The reading the fix narrows: a name and its description set off.
    speaker = only_speaker(run("Ada Lind, a spokesperson, said: “The pier will close.”"))
    assert speaker.name == "Ada Lind"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“The pier will close,” Doctors Without Borders said.", "Doctors Without Borders"),
        (
            "Mothers Against Dark Harbours said: “The pier will close.”",
            "Mothers Against Dark Harbours",
        ),
    ],
)
def test_a_body_named_with_a_capitalised_preposition_is_whole(sentence: str, name: str) -> None:
    # Was a person called "Borders" (role "Doctors Without"): the body's
    # name is written in title case, its preposition capitalised too.
    speaker = only_speaker(run(_HALE, sentence))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        (
            "Ada Lind, chief executive of the Harbour Trust, opened the meeting.",
            "the chief executive",
        ),
        ("Ada Lind, chief executive, opened the meeting.", "the chief executive"),
        ("Ada Lind, health minister, opened the meeting.", "the minister"),
    ],
)
def test_an_apposition_without_an_article_gives_the_office(
    apposition: str, description: str
) -> None:
    # Was Tom Hale, the person named since: "Ada Lind, chief executive of
    # ..." was not read as giving her the office (only "Ada Lind, the chief
    # executive of ...").
    analysis = run(
        apposition,
        "Tom Hale, a fisherman, said the closure had cost him his season.",
        f"“We will reopen in spring,” {description} said.",
    )
    speaker = analysis.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name == "Ada Lind"


def test_a_place_before_a_comma_is_given_no_office() -> None:
    # The apposition without an article reads a name, not an opening phrase.
    analysis = run(
        "Tom Hale, chief executive of the Harbour Trust, spoke first.",
        "In Halifax, chief executive pay rose. Ada Lind disagreed.",
        "“We will reopen in spring,” the chief executive said.",
    )
    speaker = analysis.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name != "Halifax"


def test_a_group_of_a_body_with_a_relative_clause_is_no_person() -> None:
    # (Kept as it was: the who-clause set off after the group's body.)
    speaker = only_speaker(
        run("Officials with the ministry, who asked not to be named, said: “The pier will close.”")
    )
    assert speaker.name is None
    assert speaker.label == "Officials with the ministry"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Experts at the Harbour Institute, led by Ada Lind, said: “The pier will close.”",
            "Experts at the Harbour Institute",
        ),
        ("Critics, including Ada Lind, said: “The pier will close.”", "Critics"),
    ],
)
def test_a_group_with_a_clause_set_off_is_no_person(sentence: str, label: str) -> None:
    # Was a person called "Experts" or "Critics": a comma in what follows
    # the group kept it from being read as people unnamed.
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.label == label


def test_a_name_of_that_form_with_an_apposition_stays_a_person() -> None:
    # ("Peters" unknown before: the apposition describes one person.)
    speaker = only_speaker(
        run("“The pier will close,” said Peters of the harbour board, the chairman.")
    )
    assert speaker.name == "Peters"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind, MD, said: “The ward will close.”",
        "Ada Lind, PhD, said: “The ward will close.”",
        "Ada Lind, MD, the clinic's director, said: “The ward will close.”",
    ],
)
def test_a_degree_after_a_name_is_no_speaker(sentence: str) -> None:
    # Was a person called "MD" or "PhD": the degree after the name's comma
    # was read as the clause before the verb, as ", Inc.," and ", Jr.," are not.
    speaker = only_speaker(run(sentence))
    assert speaker.name == "Ada Lind"


@pytest.mark.parametrize(
    ("office", "description"),
    [
        ("RCMP Cpl. Ada Lind", "the corporal"),
        ("Staff Sgt. Ada Lind", "the staff sergeant"),
        ("Det. Ada Lind", "the detective"),
        # Not "Sen. Ada Lind" ... "the senator" with "senator" never written
        # out: that cost PolNeAR check quotations (_RANKS_WRITTEN_SHORT).
    ],
)
def test_a_rank_written_short_gives_the_office(office: str, description: str) -> None:
    # Was Tom Hale, the person named since: only Sen./Gov./Rep. were read
    # short, and only when the text also wrote the office out.
    analysis = run(
        f"{office} opened the inquiry.",
        "Tom Hale, a fisherman, said the closure had cost him his season.",
        f"“We will find them,” {description} said.",
    )
    speaker = analysis.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name == "Ada Lind"


def test_a_rank_the_holder_lacks_is_not_given() -> None:
    # "the staff sergeant" is not "Sgt. Ada Lind" (no "Staff" before it).
    analysis = run(
        "Sgt. Ada Lind opened the inquiry.",
        "Tom Hale, a fisherman, said the closure had cost him his season.",
        "“We will find them,” the staff sergeant said.",
    )
    speaker = analysis.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name != "Ada Lind"


@pytest.mark.parametrize(
    "sentence",
    [
        "Based in Halifax, Ada Lind said: “We will stay.”",
        "Raised on the island, Ada Lind said: “We will stay.”",
    ],
)
def test_a_past_participle_phrase_before_the_name_is_no_name(sentence: str) -> None:
    # Was a person called "Based": the participle phrase before the comma was
    # read as a name with "in Halifax, Ada Lind" as its role.
    assert only_speaker(run(sentence)).name == "Ada Lind"


def test_a_name_in_ed_before_of_is_still_a_name() -> None:
    # "of" follows names: "Ahmed of the council" is a person, not a phrase.
    speaker = only_speaker(run("“We will stay,” said Ahmed Lind of the council."))
    assert speaker.name == "Ahmed Lind"
