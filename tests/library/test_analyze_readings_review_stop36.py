"""Review of the stop-36 readings (issue 16, branch s36-revleft): wrong
readings the new rules of s36-left gave on the team's own sentences, each
fixed narrowly. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# An outlet word that opens a longer capitalised run is no publication -------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Times Square Ada Lind said “the pier is late.”",
        "“The pier is late,” Herald Sun Ada Lind said.",
    ],
)
def test_an_outlet_word_inside_a_place_name_does_not_cut_it(paragraph: str) -> None:
    # s36-left cut the run after the first outlet word, whatever followed:
    # "Square Ada Lind", "Office Ada Lind", "Sun Ada Lind".
    speaker = only_speaker(run(paragraph))
    shown = speaker.name or speaker.label or ""
    assert shown.split()[0] not in {"Square", "Office", "Sun"}
    assert "Lind" in shown


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is late,” Sunday Times Ada Lind said.",
        "“The pier is late,” Daily News Ada Lind said.",
        "“The pier is late,” Harbour Gazette Ada T. Lind said.",
        "“The pier is late,” Harbour Press Ada Mae Lind said.",
    ],
)
def test_a_publication_before_a_full_name_is_still_her_side(paragraph: str) -> None:
    assert only_speaker(run(paragraph)).name in {"Ada Lind", "Ada T. Lind", "Ada Mae Lind"}


# ", quoting NAME," inside the subject ----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Gazette, quoting Ada Lind, reported that “the pier is late.”",
        "The Gazette, citing Ada Lind, reported that “the pier is late.”",
        "“The pier is late,” the Gazette, quoting Ada Lind, reported.",
    ],
)
def test_a_quoting_participle_set_off_in_the_subject_gives_the_person(paragraph: str) -> None:
    # Was no name at all: the label "The Gazette, quoting Ada Lind".
    assert only_speaker(run(paragraph)).name == "Ada Lind"


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("“The pier is late,” Tom Hale said, citing Tuesday.", "Tom Hale"),
        ("“The pier is late,” Tom Hale said, citing Monday.", "Tom Hale"),
        ("“The pier is late,” the Gazette reported, citing a source close to Ada Lind.", "Gazette"),
        ("“The pier is late,” Tom Hale said, quoting from the report.", "Tom Hale"),
        ("“The pier is late,” Tom Hale said, citing concerns.", "Tom Hale"),
    ],
)
def test_citing_a_day_or_a_thing_keeps_the_speaker(paragraph: str, who: str) -> None:
    # "citing Tuesday" gave the label 'Tuesday'.
    assert said_by("pier", paragraph) == [who]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is late,” Tom Hale said, quoting Scripture.",
        "“The pier is late,” Tom Hale said, quoting Genesis.",
        "“The pier is late,” Tom Hale said, citing Ada Lind.",
        "“The pier is late,” Tom Hale said, citing the Harbour Trust.",
        "Tom Hale said, citing Ada Lind, that “the pier is late.”",
    ],
)
def test_a_person_citing_a_source_says_the_words(paragraph: str) -> None:
    # s36-left gave 'Scripture', 'Genesis', Ada Lind: a person who speaks
    # and names a source still says the words.
    assert said_by("pier", paragraph) == ["Tom Hale"]


def test_a_paper_quoting_someone_gives_the_person() -> None:
    paragraph = "“The pier is late,” the paper reported, quoting Ada Lind."
    assert said_by("pier", paragraph) == ["Ada Lind"]


# "or" set off after a description: the description speaks -----------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("A spokesman, or perhaps Ada Lind, said “the pier is late.”", "A spokesman"),
        ("The mayor, or her deputy, said “the pier is late.”", "The mayor"),
    ],
)
def test_an_or_aside_after_an_opening_description_is_not_the_speaker(
    paragraph: str, who: str
) -> None:
    # Was 'Ada Lind' with the role 'or perhaps', and 'or her deputy'.
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label == who


def test_or_without_a_description_before_it_is_left_alone() -> None:
    # "or" joining two clauses: the second clause's subject speaks.
    assert said_by("pier", "Tom Hale agreed, or perhaps Ada Lind said “the pier is late.”") == [
        "Ada Lind"
    ]


def test_an_or_aside_inside_a_description_is_not_cut_out() -> None:
    # s36-left dropped every part opening with "or": "a spokesman for the
    # port, authority", two halves of the phrase spliced.
    speaker = only_speaker(
        run("“The pier is late,” a spokesman for the port, or harbour, authority said.")
    )
    assert speaker.label is not None
    assert "port, authority" not in speaker.label


# An office written short before the name is written ------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sen. Ada Lind spoke first. The Times quoted the senator as saying “the pier is late.”",
        "Gov. Ada Lind spoke first. The Times quoted the governor as saying “the pier is late.”",
    ],
)
def test_an_office_written_short_is_an_office_the_text_gave(paragraph: str) -> None:
    # s36-left's _office_new read "senator" as never written and left the
    # quotation unnamed (was Ada Lind before it).
    assert said_by("pier", paragraph) == ["Ada Lind"]


def test_an_office_never_written_still_names_no_one() -> None:
    speaker = only_speaker(
        run("Tom Hale spoke first. The Times quoted the senator as saying “the pier is late.”")
    )
    assert speaker.name is None


# A pronoun after a preposition ends a description, not the subject -------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale runs the ferry. A source close to him said “the pier is late.”",
        "Tom Hale runs the ferry. “The pier is late,” a source close to him said.",
        "Tom Hale runs the ferry. Those close to him say “the pier is late.”",
    ],
)
def test_someone_close_to_him_is_not_him(paragraph: str) -> None:
    # The subject was cut to its last word, 'him': the quotation given to
    # Tom Hale, or (before the marks) not read at all.
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label is not None
    assert speaker.label.lower().endswith("close to him")


def test_an_or_aside_with_a_pronoun_leaves_the_description() -> None:
    # The known case of s36-left: 'him'.
    paragraph = "Tom Hale spoke. “The pier is late,” a spokesman, or someone close to him, said."
    speaker = only_speaker(run(paragraph))
    assert (speaker.name, speaker.label) == (None, "a spokesman")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ada Lind met Tom Hale. In a letter to him she wrote “the pier is late.”",
        "Ada Lind met Tom Hale. Speaking to him, she said “the pier is late.”",
    ],
)
def test_a_subject_pronoun_after_a_phrase_with_him_still_speaks(paragraph: str) -> None:
    assert said_by("pier", paragraph) == ["Ada Lind"]


def test_both_of_them_is_not_the_last_named() -> None:
    # The subject cut to 'them' gave the pair's quotation to Ada Lind alone.
    speaker = only_speaker(run("Tom Hale and Ada Lind met. “We are angry,” both of them said."))
    assert (speaker.name, speaker.label) == (None, "both of them")
