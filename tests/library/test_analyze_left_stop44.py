"""Stop 44 (branch s44-left): constructions from stop 43's English review
posts, each with new team sentences where the rule reads them and where it
must not. Every sentence here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import shown

# -- a job noun or a ruler's title before a full name -----------------------


def test_a_job_noun_opening_the_sentence_goes_to_the_role() -> None:
    # "Skipper" is no office, but it says what Tom Hale does, not his name.
    assert shown(
        "The ferry was cancelled again on Monday.",
        "Skipper Tom Hale said the swell was too high. “We could not land at the pier,” he said.",
    ) == [("Tom Hale", "Skipper")]


def test_a_job_noun_after_said_goes_to_the_role() -> None:
    assert shown(
        "“The steps are worn through,” said Lifeguard Ada Lind, who swims from the pier.",
    ) == [("Ada Lind", "Lifeguard")]


def test_a_ruler_s_title_after_a_royal_style_goes_to_the_role() -> None:
    name, _ = shown(
        "The chief of the harbour villages, HRH Oba Tunde Hale, visited the pier."
        " “We will rebuild it together,” he said.",
    )[0]
    assert name == "Tunde Hale"


def test_a_job_noun_that_is_a_surname_stays_in_the_name() -> None:
    # "Driver" at the end of a name is the surname, and a job noun before a
    # single name opens no name of two words: both stay as written.
    assert shown("“The pier is safe,” said Ada Driver, the harbour engineer.") == [
        ("Ada Driver", "the harbour engineer")
    ]
    assert shown("“The pier is safe,” Farmer Hale said.") == [("Farmer Hale", None)]


def test_a_surname_after_a_royal_style_stays_a_surname() -> None:
    # "Eze" is a ruler's title only after "HRH" and before a full name.
    assert (
        shown(
            "A passenger, Mrs. Ada Eze, was rescued from the water."
            " “I thank God I am alive,” she said.",
        )[0][0]
        == "Ada Eze"
    )


# -- a person's statement speaking later -------------------------------------


def test_a_titled_person_s_statement_speaks_with_the_name_alone() -> None:
    # She is named with her office once; her statement speaks as her.
    said = shown(
        "Harbour Board Chair Ada Lind said in a statement that the pier would reopen.",
        "“The repairs are going well,” the statement said.",
    )
    assert [name for name, _ in said] == ["Ada Lind"]


def test_a_body_s_statement_keeps_the_body_s_name() -> None:
    # "Harbour Board" names no person: its statement speaks as the board.
    said = shown(
        "The Harbour Board said in a statement that the pier would reopen.",
        "“The repairs are going well,” the statement said.",
    )
    assert [name for name, _ in said] == ["Harbour Board"]
