"""Speakers, stop 28 (issue 16): readings of the attribution around the marks
that a reader makes at once and the analysis missed."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, Metadata
from tests.library.paragraphs import run, spoken


def test_then_between_a_name_and_its_verb_is_an_adverb() -> None:
    # "Ada Lind then asked": "then" was read as joining a second clause, the
    # subject was lost, and the short question was dropped as a scare quote.
    analysis = run(
        "Harbour master Ada Lind met the ferry crews on Monday.",
        "\u201cThe night crossing stops in May,\u201d Tomas Berg told them.",
        "Lind then asked, \u201cFor good?\u201d",
    )
    assert ("For good?", "Ada Lind") in spoken(analysis)


def test_then_after_a_clause_still_joins_it() -> None:
    # Guard (passes on main too): "read the report then said" is two clauses
    # of one subject, who says the words.
    analysis = run(
        "Ada Lind read the harbour report then said, \u201cThe pier can wait a year.\u201d"
    )
    assert spoken(analysis) == [("The pier can wait a year.", "Ada Lind")]


def test_a_stray_comma_after_a_party_tag_keeps_the_name_a_subject() -> None:
    # "Rep. Ada Lind (D-Ore.), said": the comma after the tag hid the verb
    # that follows the name, so the partial quotation went to the harbour.
    analysis = run(
        "Members from Astoria Harbor were divided. Rep. Ada Lind (D-Ore.), said "
        "on Monday that she had not had time to read the ferry plan, but called "
        "it a \u201cfair place to start.\u201d"
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]


_BLOG = (
    "Tomas Berg, the ferry company's owner, met me at the slipway on Friday. "
    "He showed me the new timetable and the empty car deck.",
    "\u201cWill the night crossing come back next summer?\u201d I asked.",
    "\u201cNot while fuel costs what it does,\u201d Berg said.",
)


def test_i_in_a_post_with_a_byline_is_its_author() -> None:
    # A blog's "I asked" was given to the person named last (Tomas Berg).
    analysis = analyze(
        [Block(BlockKind.PARAGRAPH, p) for p in _BLOG],
        Metadata(title="A morning at the slipway", authors=("Ana Reyes",), entry_type="blog"),
    )
    assert [name for _text, name in spoken(analysis)] == ["Ana Reyes", "Tomas Berg"]


def test_i_in_a_post_without_a_byline_is_the_author_unnamed() -> None:
    analysis = run(*_BLOG)
    first, second = analysis.quotes
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.label) == (None, "the author")
    assert second.speaker is not None
    assert second.speaker.name == "Tomas Berg"


def test_i_inside_a_quotation_stays_with_its_speaker() -> None:
    # Guard: "I said" inside Berg's own words is Berg's, whatever the byline.
    analysis = analyze(
        [
            Block(
                BlockKind.PARAGRAPH,
                "Tomas Berg remembers the storm. \u201cThe pier was shaking, and I said "
                "to the crew, \u2018We go back now,\u2019 and we did,\u201d Berg said.",
            )
        ],
        Metadata(authors=("Ana Reyes",)),
    )
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.name == "Tomas Berg"


def test_a_surname_that_is_a_peoples_name_is_a_person_when_it_speaks_alone() -> None:
    # "Rosa English" ends in a people's name and was read as a group; the text
    # writes "English said", as only a surname is written, so she is a person.
    analysis = run(
        "Ferry pilot Rosa English has taken the night crossing for twenty years. "
        "English said the pier needs work before the winter storms.",
        "\u201cWe patch it every spring and it gives way every autumn,\u201d she said.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Rosa English"]


def test_a_peoples_name_after_a_place_stays_a_group() -> None:
    # Guard (passes on main too): "Iowa Democrat said" is no surname standing alone.
    analysis = run(
        "One Iowa Democrat said the caucus was a mess. Tom Hale ran the count.",
        "\u201cWe will count again,\u201d he said.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Tom Hale"]


def test_a_pronoun_with_is_run_into_it_is_the_subject() -> None:
    # "She’s claiming that": "’s" was read as a possessive ("the ministry's
    # claim"), the verb as a noun, and the partial quotation was dropped.
    analysis = run(
        "Harbour master Ada Lind spoke to the council on Monday. She\u2019s claiming "
        "that the ferry plan is \u201ca slow-motion disaster\u201d for the island."
    )
    ((text, name),) = spoken(analysis)
    assert "a slow-motion disaster" in text
    assert name == "Ada Lind"


def test_capitalised_words_before_i_said_are_the_writers_speech() -> None:
    # `“Your Honor,” I said`: every word capitalised read as a title and was
    # dropped; with "I" now the writer, the words are kept as the writer's.
    analysis = analyze(
        [
            Block(
                BlockKind.PARAGRAPH,
                "Judge Tomas Berg looked up from the file. \u201cYour Honor,\u201d I said, "
                "\u201cthe pier was closed that night.\u201d",
            )
        ],
        Metadata(authors=("Ana Reyes",), entry_type="blog"),
    )
    assert spoken(analysis) == [
        ("Your Honor", "Ana Reyes"),
        ("the pier was closed that night.", "Ana Reyes"),
    ]
