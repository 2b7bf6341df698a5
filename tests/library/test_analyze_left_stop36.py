"""Readings left by earlier stops (issue 16, branch s36-left): wrong
speakers a researcher sees in the reader, each fixed by a word order or a
word class. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# "that" before a quotation that is the whole clause is not quoted -----------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ada Lind said that “the pier is late.”",
        "The harbour board wrote on Monday that “the pier is late.”",
        "Ada Lind told the board that “The pier is late.”",
    ],
)
def test_that_before_a_whole_clause_in_marks_is_left_out(paragraph: str) -> None:
    (quote,) = run(paragraph).quotes
    assert quote.span.text.strip("“”").lower() == "the pier is late."


@pytest.mark.parametrize(
    ("paragraph", "span"),
    [
        # The clause has words of the writer's: it still opens at "that".
        ("Ada Lind said that the pier “is late.”", "that the pier “is late.”"),
        ("Ada Lind said that “the pier is late,” and left.", "that “the pier is late,” and left"),
    ],
)
def test_a_clause_with_words_outside_the_marks_keeps_that(paragraph: str, span: str) -> None:
    (quote,) = run(paragraph).quotes
    assert quote.span.text == span


# A publication's name before a person's is no part of the name -------------


@pytest.mark.parametrize(
    ("paragraph", "who", "role"),
    [
        ("Sunday Times Ada Lind said “the pier is late.”", "Ada Lind", "Sunday Times"),
        ("Harbour Gazette Tom Hale said “the pier is late.”", "Tom Hale", "Harbour Gazette"),
        ("“The pier is late,” Daily Herald Ada Lind said.", "Ada Lind", "Daily Herald"),
    ],
)
def test_a_publication_before_a_full_name_is_the_role(paragraph: str, who: str, role: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name == who
    assert speaker.role == role


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        # A surname that is an outlet word, with nothing after it, stays.
        ("Emily Post said “the pier is late.”", "Emily Post"),
        # The publication alone is the speaker, as before.
        ("The Ashton Times said “the pier is late.”", "Ashton Times"),
        # An office after the outlet word is the role, as before.
        ("Ashton Post reporter Tom Hale said “the pier is late.”", "Tom Hale"),
        # A body's name goes on after the outlet word: no publication ends.
        ("Harbour Media Group Ada Lind said “the pier is late.”", "Harbour Media Group Ada Lind"),
    ],
)
def test_an_outlet_word_with_no_full_name_after_it_stays(paragraph: str, who: str) -> None:
    assert only_speaker(run(paragraph)).name == who


def test_a_body_named_after_an_outlet_word_is_not_cut_at_it() -> None:
    # "Media" opens a body's name here; the name is never "Research ...".
    speaker = only_speaker(run("Media Research Center’s Lind said “the pier is late.”"))
    assert speaker.name is not None
    assert not speaker.name.startswith("Research")
    assert speaker.role != "Media"


# "They" after a group named with its body is the whole group ----------------


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        ("Friends of the Earth said “the pier is late.”", "Friends of the Earth"),
        ("Residents of Ashton gathered at the pier on Monday.", "Residents of Ashton"),
        ("Lawyers for Harbour Ferries argued the case.", "Lawyers for Harbour Ferries"),
    ],
)
def test_they_after_a_group_with_its_body_is_the_whole_group(opening: str, group: str) -> None:
    assert said_by("birds", opening, "“It harms the birds,” they added.") == [group]


def test_they_after_a_group_whose_body_runs_on_in_lower_case_is_the_plural_noun() -> None:
    # "Critics of the Ashton pier plan": the capitals end mid-phrase; the
    # noun alone, as before.
    assert said_by(
        "birds",
        "Critics of the Ashton pier plan met on Monday.",
        "“It harms the birds,” they added.",
    ) == ["Critics"]


# "X, or perhaps Y" offers two speakers: the one the text gives first --------


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("“The pier is late,” a spokesman, or perhaps Ada Lind, said.", "a spokesman"),
        ("“The pier is late,” said a spokesman, or perhaps Ada Lind.", "a spokesman"),
        ("“The pier is late,” the harbour master, or his deputy, said.", "the harbour master"),
    ],
)
def test_a_description_or_someone_else_is_the_description(paragraph: str, label: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label == label


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        # A name set off after a description is the speaker, as before.
        ("“The pier is late,” a spokesman, Tom Hale, said.", "Tom Hale"),
        ("“The pier is late,” Ada Lind, or her aide, said.", "Ada Lind"),
    ],
)
def test_a_name_the_phrase_gives_for_certain_stays(paragraph: str, who: str) -> None:
    assert only_speaker(run(paragraph)).name == who


# "…, quoting NAME": the person quoted says the words -------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is late,” the Gazette reported, quoting Ada Lind.",
        "“The pier is late,” the Gazette reported, citing Ada Lind.",
        "“The pier is late,” reported the Gazette, quoting harbour master Ada Lind.",
        "The Gazette reported, quoting Ada Lind, that “the pier is late.”",
    ],
)
def test_the_person_a_report_quotes_says_the_words(paragraph: str) -> None:
    assert only_speaker(run(paragraph)).name == "Ada Lind"


@pytest.mark.parametrize(
    "paragraph",
    [
        # A document, a thing of hers, or people around her: not her words.
        "“The pier is late,” the Gazette reported, quoting Ada Lind’s letter.",
        "“The pier is late,” the Gazette reported, quoting aides to Ada Lind.",
        "“The pier is late,” the Gazette reported, citing a report.",
    ],
)
def test_a_report_quoting_no_person_by_name_keeps_its_speaker(paragraph: str) -> None:
    assert only_speaker(run(paragraph)).name == "Gazette"


# "quoted the mayor as saying": an office no one was given is no one named ---


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        (
            "Tom Hale spoke first. The Times quoted the mayor as saying “the pier will open.”",
            "the mayor",
        ),
        (
            "Tom Hale spoke first. The Gazette cited the senator as saying “the pier will open.”",
            "the senator",
        ),
    ],
)
def test_an_office_a_report_quotes_is_not_the_person_named_before(
    paragraph: str, label: str
) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label == label


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The text gave Tom Hale the office: he is the mayor quoted.
        (
            "Mayor Tom Hale spoke first.",
            "The Times quoted the mayor as saying “the pier will open.”",
        ),
        (
            "Tom Hale, the mayor, spoke.",
            "The Times quoted the mayor as saying “the pier will open.”",
        ),
        # Not a report quoting someone: the older reading stays.
        ("Tom Hale spoke first.", "“The pier will open,” the mayor said."),
    ],
)
def test_a_mayor_the_text_ties_or_the_plain_description_keeps_the_name(
    paragraphs: tuple[str, str],
) -> None:
    assert said_by("pier", *paragraphs) == ["Tom Hale"]
