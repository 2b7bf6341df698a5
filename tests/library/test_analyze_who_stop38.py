"""A relative "who" after a name and its comma (issue 16, branch s38-who):
the person named right before the comma says what the who-clause reports,
after a clause that does not name them as its subject ("backed by Tom Hale,
who said"), with a naming verb ("who called it") and past an auxiliary
("who has said"). Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, said_by, spoken


@pytest.mark.parametrize(
    "paragraph",
    [
        "The vote was backed by Tom Hale, who said it was “a fresh start.”",
        "The plan drew praise from Tom Hale, who said it was “overdue.”",
        "Ada Lind spoke first. The vote was backed by Tom Hale, who said it was “a fresh start.”",
        "Ada Lind was out-sailing Tom Hale, who said he would race only “in fair weather.”",
    ],
)
def test_who_said_after_a_clause_is_the_person_before_the_comma(paragraph: str) -> None:
    # Was dropped (no speaker) or given to Ada Lind, the clause's subject.
    assert [name for _words, name in spoken(run(paragraph))] == ["Tom Hale"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The plan was backed by Tom Hale, who called it “a fresh start.”",
        "Ada Lind opened the pier. The plan drew praise from Tom Hale, who called it “overdue.”",
        "Contrast that with Tom Hale, who has called the plan “a folly.”",
        "Ada Lind spoke next and went after Tom Hale, who has said the pier is “a folly.”",
    ],
)
def test_who_called_it_and_who_has_said_are_the_person_before_the_comma(
    paragraph: str,
) -> None:
    # "who called it" was dropped; "who has called/said" went to the
    # clause ("Contrast that with Tom Hale") or to its subject.
    assert [name for _words, name in spoken(run(paragraph))] == ["Tom Hale"]


def test_a_who_clause_set_off_in_the_subject_is_no_attribution() -> None:
    # "who chairs the board" describes him; "said" gives him the words.
    assert said_by(
        "late", "Ada Lind spoke first. Tom Hale, who chairs the board, said “the pier is late.”"
    ) == ["Tom Hale"]


def test_which_after_a_body_is_not_read_as_who() -> None:
    # "the board, which said": no person; the rule reads "who" only.
    assert said_by(
        "past saving", "Ada Lind met the harbour board, which said the pier was “past saving.”"
    ) != ["Ada Lind"]


def test_a_thing_called_after_a_comma_names_no_one() -> None:
    # "A ferry, called the “Blue Gull”": a thing named, no speaker.
    assert said_by("Blue Gull", "Ada Lind bought a ferry, called the “Blue Gull.”") in ([], [None])
