"""Third review of stop 39's rules (branch s39-rev3): near misses written
against the rules s39-battery1, s39-battery3 and s39-battery4 merged, where
each must not fire, the misfires this review mended, and the places a rule
should fire and now does. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind
from tests.library.paragraphs import run, said_by, spoken


def _speakers(*paragraphs: str) -> list[str | None]:
    """The name, else the description, each quotation is given to."""
    return [
        (q.speaker.name or q.speaker.label) if q.speaker else None for q in run(*paragraphs).quotes
    ]


# --- mended: "was how <X> went" is no naming (s39-battery3, how_named) -------


@pytest.mark.parametrize(
    "paragraph",
    [
        # Was "Monday": "went" is a verb of saying only with "on" or "like".
        "“Reckless” was how Monday went for Tom Hale.",
        "“Reckless” was how Tom Hale went about the vote.",
    ],
)
def test_how_someone_went_gives_no_one_the_marked_word(paragraph: str) -> None:
    assert said_by("Reckless", paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("“Reckless” was how Ruth Ames described the vote.", "Ruth Ames"),
        ("“Reckless” was what Ruth Ames said.", "Ruth Ames"),
        ("“Reckless” was what The Gazette called the vote.", "Gazette"),
    ],
)
def test_how_someone_named_it_still_gives_them_the_word(paragraph: str, name: str) -> None:
    assert said_by("Reckless", paragraph) == [name]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Reckless” was how the vote looked.",
        "“Reckless” was how Harbour Street looked.",
        "“Reckless” is how Tom Hale drives.",
    ],
)
def test_how_something_looked_gives_no_one_the_word(paragraph: str) -> None:
    assert said_by("Reckless", paragraph) == []


# --- mended: "they said" after a body that met two people (s39-battery4) ----


@pytest.mark.parametrize(
    "sentence",
    [
        # Was "the harbour board": the couple it met may be "they".
        "The harbour board met Tom Hale and Ada Lind on Monday.",
        "The harbour board met on Monday with Tom Hale and Ada Lind.",
    ],
)
def test_they_after_a_body_that_met_two_people_is_not_the_body(sentence: str) -> None:
    assert _speakers(sentence, "“We will sue the ferry company,” they said.") != [
        "the harbour board"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board met on Monday.",
        # One person is no "they": the board still.
        "The harbour board met Tom Hale on Monday.",
    ],
)
def test_they_after_a_body_alone_is_still_the_body(sentence: str) -> None:
    assert _speakers(sentence, "“We will sue the ferry company,” they said.") == [
        "the harbour board"
    ]


def test_they_after_a_named_couple_is_the_couple() -> None:
    assert _speakers(
        "Tom Hale and Ada Lind run the ferry. The harbour board met on Monday.",
        "“We will sue the ferry company,” they said.",
    ) == ["Tom Hale and Ada Lind"]


# --- mended: an article's noun phrase before a colon, no verb (s39-battery4) --


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Was "A" and "The": the article alone.
        ("A report by the harbour board: “The pier is unsafe and must close.”", "board"),
        ("The union's statement: “We will strike on Monday.”", "union"),
    ],
)
def test_an_article_s_noun_phrase_before_a_colon_is_the_source(
    paragraph: str, speaker: str
) -> None:
    names = _speakers(paragraph)
    assert len(names) == 1
    assert names[0] is not None
    assert speaker in names[0]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The union's statement was short: “We will strike on Monday.”",
        "The union's statement read: “We will strike on Monday.”",
    ],
)
def test_an_article_s_noun_phrase_with_its_verb_still_gives_the_body(paragraph: str) -> None:
    assert _speakers(paragraph) == ["the union"]


def test_a_sentence_with_its_verb_before_the_colon_is_no_label() -> None:
    assert _speakers("The result was clear: “We sail at dawn,” said Tom Hale.") == ["Tom Hale"]


# --- holds: colons that introduce nothing said (s39-battery1) ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hale said: “We sail at dawn.” The crew: Ada, Tom and Ruth.",
        "Hale said: “We sail at dawn.” On the list: bread, rope, tar.",
        "Hale said: “We sail at dawn.” The forecast for Monday:",
    ],
)
def test_a_list_after_a_colon_leaves_the_quotation_to_its_speaker(paragraph: str) -> None:
    assert _speakers(paragraph) == ["Hale"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The pier was shut at 10:30: “We had no choice,” said Tom Hale.",
        "The vote: “We had no choice,” said Tom Hale.",
    ],
)
def test_a_time_or_a_label_before_the_marks_leaves_the_speaker_after(paragraph: str) -> None:
    assert _speakers(paragraph) == ["Tom Hale"]


def test_a_caption_line_label_names_no_speaker_of_a_later_quotation() -> None:
    blocks = [
        Block(BlockKind.HEADING, "Harbour master: Tom Hale"),
        Block(BlockKind.PARAGRAPH, "“The pier is falling apart”"),
    ]
    assert [q.speaker.role if q.speaker else None for q in analyze(blocks).quotes] != [
        "Harbour master"
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("In the words of the harbour board, “the pier is shut.”", "the harbour board"),
        ("In other words, “the pier is shut,” said Tom Hale.", "Tom Hale"),
    ],
)
def test_in_the_words_of_and_in_other_words(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]


def test_a_boat_s_name_in_marks_is_no_nickname_and_no_quotation() -> None:
    analysis = run("The “Sea Lark” Hale sailed was old. “It leaks,” said Ada Lind.")
    assert spoken(analysis) == [("It leaks", "Ada Lind")]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # The owner's possessive before a colon with another speaker after.
        ("Lind's boat was old: “It leaks,” said Tom Hale.", "Tom Hale"),
        ("The pier's future was clear: “It will fall,” Hale said.", "Hale"),
    ],
)
def test_a_possessive_before_a_colon_yields_to_the_speaker_named(paragraph: str, name: str) -> None:
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        # Was "Ada Lind", "Tom Hale": the reply is the son's, the letter the brother's.
        ("Ada Lind's son's reply was short: “I resign.”", "Ada Lind's son"),
        ("Ada Lind’s son’s reply was short: “I resign.”", "Ada Lind’s son"),
        ("Tom Hale's brother's letter ended: “I resign.”", "Tom Hale's brother"),
    ],
)
def test_a_chain_of_possessives_gives_the_last_owner(paragraph: str, description: str) -> None:
    assert _speakers(paragraph) == [description]


def test_a_possessive_before_a_noun_names_the_noun_not_the_owner() -> None:
    assert _speakers("Tom Hale's brother said: “It will fall.”") == ["Tom Hale's brother"]


# --- holds: single marks the writer uses (s39-battery3) ---------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was called ‘progress’ at the time. Tom Hale left.",
        "The plan, called ‘progress’ by its fans, failed.",
        "The pier was once called ‘the Rock’. Tom Hale grew up there.",
        "The so-called ‘deal’ was off. Tom Hale left.",
        "The word ‘reckless’ was used twice, Ruth Ames said.",
    ],
)
def test_the_writer_s_single_marks_are_no_quotation(paragraph: str) -> None:
    assert not run(paragraph).quotes


# --- mended: a name in single marks opening the reported clause (s39-battery3)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Was a quotation of Tom Hale's: "‘Lark’ was sinking" names a boat.
        "Tom Hale told the crew ‘Lark’ was sinking.",
        "Ada Lind said ‘Sea Lark’ had sailed at dawn.",
    ],
)
def test_a_name_in_single_marks_before_its_verb_is_no_quotation(paragraph: str) -> None:
    assert not run(paragraph).quotes


@pytest.mark.parametrize(
    ("paragraph", "marked"),
    [
        ("Ruth Ames said it was ‘an insult’.", "an insult"),
        ("Ruth Ames told reporters the offer was ‘an insult’ to the crew.", "an insult"),
        ("Tom Hale answered ‘yes’ to every question.", "yes"),
    ],
)
def test_single_marks_closing_a_reported_clause_are_still_the_speaker_s(
    paragraph: str, marked: str
) -> None:
    assert said_by(marked, paragraph) in (["Ruth Ames"], ["Tom Hale"])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale read ‘Moby Dick’ on the ferry.",
        "Tom Hale wrote ‘Low Tide’ in 1990.",
        "Ada Lind read the poem ‘Sea Fever’ aloud.",
    ],
)
def test_a_title_in_single_marks_after_a_verb_of_reading_is_no_quotation(paragraph: str) -> None:
    assert not run(paragraph).quotes


# --- holds: bodies and their documents (s39-battery4) -----------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The union's words about the ministry's statement are the union's.
        ("The union called the ministry's statement “a disgrace.”", "The union"),
        ("The union said the ministry's statement was “a disgrace.”", "The union"),
        # A person's statement is no body's.
        ("“The pier is shut,” the mayor's statement read.", "the mayor's statement"),
        # A report on the board is not the board's.
        ("A report on the harbour board found it “unfit.”", "A report"),
        # The board wrote the report on Tom Hale: not his words.
        ("A report by the board on Tom Hale found he had “done nothing wrong.”", "the board"),
        # "it" after a pier, no body: left unnamed.
        ("The pier was shut on Monday. “It is a disgrace,” it said.", "it"),
    ],
)
def test_a_body_s_rules_do_not_reach_past_the_body(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]


# --- mended: a body's document with a phrase after its noun (s39-battery4) --


@pytest.mark.parametrize(
    "paragraph",
    [
        # Was the whole description: the phrase after "statement" hid the owner.
        "“We will strike on Monday,” the union's statement on the ministry's plan read.",
        "“We will strike on Monday,” the union's statement about the pier read.",
    ],
)
def test_a_body_s_document_about_something_still_speaks_for_the_body(paragraph: str) -> None:
    assert _speakers(paragraph) == ["the union"]


def test_a_person_s_document_about_something_is_still_no_body_s() -> None:
    assert _speakers("“The pier is shut,” the mayor's statement on the pier read.") == [
        "the mayor's statement on the pier"
    ]
