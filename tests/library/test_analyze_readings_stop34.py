"""Readings a researcher saw wrong and earlier stops left, stop 34 (issue
16): each is read from a construction (a word order, a word class). Every
sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run

# 1. A time phrase after a description before the verb ---------------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The mayor last week said: “We will rebuild the pier.”", "The mayor"),
        ("The harbour master on Tuesday said: “The pier is unsafe.”", "The harbour master"),
        ("A council spokesman earlier this month said: “We have no money.”", "A council spokesman"),
        ("The mayor two days ago told reporters: “We will rebuild the pier.”", "The mayor"),
    ],
)
def test_a_time_phrase_after_a_description_is_no_part_of_its_label(
    sentence: str, label: str
) -> None:
    # The legend reads "The mayor", not "The mayor last week".
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.label == label


def test_a_participle_keeps_its_time_phrase() -> None:
    # "issued earlier this year" says which report: the label keeps it.
    speaker = only_speaker(run("A report issued earlier this year said: “The pier is unsafe.”"))
    assert speaker.label == "A report issued earlier this year"


# 2. Two named speakers joined by "and" ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“We checked every beam,” Ada Lind and Tom Hale said.",
        "Ada Lind and Tom Hale both said “we checked every beam.”",
        "“We checked every beam,” said Ada Lind and Tom Hale.",
        "Ada Lind and Tom Hale said: “We checked every beam.”",
    ],
)
def test_two_names_joined_by_and_are_one_speaker(sentence: str) -> None:
    # One swatch in the legend, "Ada Lind and Tom Hale"; never a role
    # "Ada Lind and" beside the name Tom Hale.
    speaker = only_speaker(run(sentence))
    assert speaker.name == "Ada Lind and Tom Hale"
    assert speaker.role is None


def test_two_joined_groups_are_one_unnamed_speaker() -> None:
    # No name "Senate Democrats" with a role "House Republicans and".
    speaker = only_speaker(run("“We will block it,” House Republicans and Senate Democrats said."))
    assert speaker.name is None
    assert speaker.label == "House Republicans and Senate Democrats"


def test_joined_names_keep_their_offices_as_the_role() -> None:
    speaker = only_speaker(run("“We checked every beam,” said Sen. Ada Lind and Rep. Tom Hale."))
    assert speaker.name == "Ada Lind and Tom Hale"
    assert speaker.role == "Sen. and Rep."


def test_joined_surnames_are_read_as_the_full_names_seen() -> None:
    analysis = run(
        "Ada Lind and Tom Hale toured the pier on Monday.",
        "“We checked every beam,” Lind and Hale said.",
        "Hale later said: “It held.”",
    )
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "Ada Lind and Tom Hale",
        "Tom Hale",
    ]


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("“It held,” he said.", "Tom Hale"),
        ("“It held,” they said.", "Ada Lind and Tom Hale"),
        # Nothing says which of the two is the mayor: the description stays
        # unnamed rather than guess between two people.
        ("The mayor said: “It held through the storm.”", None),
    ],
)
def test_a_singular_pronoun_or_description_after_joined_names_is_one_of_them(
    after: str, name: str | None
) -> None:
    # "he" or "the mayor" is one person, never the pair; "they" is both.
    analysis = run("“We checked every beam,” Ada Lind and Tom Hale said.", after)
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "Ada Lind and Tom Hale",
        name,
    ]


def test_a_pronoun_after_joined_names_takes_the_one_of_its_gender() -> None:
    analysis = run(
        "“We checked every beam,” Mr. Tom Hale and Ms. Ada Lind said.",
        "“It held,” she said.",
    )
    assert analysis.quotes[1].speaker is not None
    assert analysis.quotes[1].speaker.name == "Ada Lind"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # One person with two offices: the "and" joins the offices.
        ("“We checked every beam,” said former Ohio Gov. and party chair Ada Lind.", "Ada Lind"),
        # One name after a title run, as before.
        ("“We checked every beam,” said harbour master Tom Hale.", "Tom Hale"),
    ],
)
def test_an_and_between_offices_joins_no_names(sentence: str, name: str) -> None:
    assert only_speaker(run(sentence)).name == name


# 3. Japanese 「」 with a verb of saying --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "田中氏は「港は安全だ」と述べた。",
        "田中氏は「港は安全だ」と話した。",
        "田中氏は「港は安全だ」と語った。",
        "田中氏は「港は安全だ」と言った。",
        "田中氏は「港は安全だ」と説明した。",
        "田中氏は「港は安全だ」と強調した。",
        "田中氏は記者団に「港は安全だ」と述べた。",
        "昨日、田中さんは「港は安全だ」と話した。",
        "「港は安全だ」と田中氏は述べた。",
        "「港は安全だ」と田中さんは言った。",
        "「港は安全だ」と田中さんが語った。",
    ],
)
def test_japanese_corner_brackets_with_a_verb_of_saying(sentence: str) -> None:
    # The words are a quotation of 田中; the honorific (氏, さん) is
    # politeness, not part of the name, so both forms are one speaker.
    analysis = run(sentence)
    assert [q.span.text for q in analysis.quotes] == ["港は安全だ"]
    speaker = only_speaker(analysis)
    assert (speaker.name, speaker.role) == ("田中", None)


def test_a_japanese_office_after_the_name_is_the_role() -> None:
    speaker = only_speaker(run("田中首相は「港は安全だ」と強調した。"))
    assert (speaker.name, speaker.role) == ("田中", "首相")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 市長 also follows a place (横浜市長): the phrase stays whole.
        ("「港は安全だ」と横浜市長は述べた。", "横浜市長"),
        # 同氏 ("the said person") names no one.
        ("同氏は「港は安全だ」と述べた。", "同氏"),
    ],
)
def test_japanese_phrases_that_are_no_name(sentence: str, label: str) -> None:
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.label == label


def test_japanese_marked_words_after_a_naming_verb_are_no_speech() -> None:
    # 「愚策」と呼んだ ("called it 'a folly'") is a naming verb, not saying.
    analysis = run("田中氏はこの計画を「愚策」と呼んだ。")
    assert all(q.span.text != "愚策" or q.kind.value == "partial" for q in analysis.quotes)


# 4. A relative clause with its own verb before the marks --------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Ada Lind read the letter in which Tom Berg called the plan “a folly.”",
            "the plan “a folly.”",
        ),
        (
            "Ada Lind read the letter, in which Tom Berg called the plan “a folly.”",
            "the plan “a folly.”",
        ),
        (
            "Ada Lind read out the email where Tom Berg called the plan “a folly.”",
            "the plan “a folly.”",
        ),
        (
            "Ada Lind read the letter in which Tom Berg said the plan was “a folly.”",
            "the plan was “a folly.”",
        ),
        (
            "Ada Lind praised the report in which Tom Berg described the plan as “a folly.”",
            "the plan as “a folly.”",
        ),
    ],
)
def test_a_relative_clause_s_subject_says_the_marked_words(sentence: str, clause: str) -> None:
    # Tom Berg called the plan a folly; Ada Lind only read his letter.
    analysis = run(sentence)
    speaker = only_speaker(analysis)
    assert speaker.name == "Tom Berg"
    assert speaker.role is None
    quote = analysis.quotes[0]
    assert quote.span.text == clause
    assert [m.text for m in quote.marked] == ["a folly."]


def test_a_relative_clause_before_the_attribution_keeps_its_speaker() -> None:
    speaker = only_speaker(
        run("At the hearing where the mayor spoke, Tom Berg said: “We are done.”")
    )
    assert speaker.name == "Tom Berg"


# 5. A label is a noun phrase, never a clause with its verb ----------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The video shows residents saying “we are tired of waiting.”", "residents"),
        ("The video showed residents saying: “We are tired of waiting.”", "residents"),
        ("The film captures a deckhand saying “we are tired of waiting.”", "a deckhand"),
        # A verb that quotes or features: its subject carries the words;
        # with "as" the one quoted is who said them (stop 35).
        ("An early post quoted the mayor as saying “we are tired of waiting.”", "the mayor"),
        ("The report quotes residents saying “we are tired of waiting.”", "The report"),
    ],
)
def test_the_label_of_a_participle_of_saying_is_a_noun_phrase(sentence: str, label: str) -> None:
    speaker = only_speaker(run(sentence))
    assert speaker.label == label


def test_a_participle_after_the_main_clause_keeps_its_subject() -> None:
    speaker = only_speaker(run("Ada Lind watched the rescue, saying: “We are tired of waiting.”"))
    assert speaker.name == "Ada Lind"


# 6. A title in marks before a quoted sentence (a guard: right on main) ----


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The report, titled “Harbour Costs,” says the board wasted money. "
            "“We found waste everywhere,” the auditor said.",
        ),
        (
            "The report, titled “Harbour Costs”, says the board wasted money.",
            "“We found waste everywhere,” the auditor said.",
        ),
    ],
)
def test_a_title_in_marks_is_no_quotation_and_the_next_pairs_right(
    paragraphs: tuple[str, ...],
) -> None:
    analysis = run(*paragraphs)
    assert [q.span.text for q in analysis.quotes] == ["We found waste everywhere"]
    assert only_speaker(analysis).label == "the auditor"


# 7. "another", "others": one more of a group named before -------------------


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        (
            ("One deckhand said the boats were old. “We need new ones,” another said.",),
            "another deckhand",
        ),
        (
            ("One deckhand said the boats were old.", "“We need new ones,” said another."),
            "another deckhand",
        ),
        (
            ("One senior official said the boats were old. “We need new ones,” another said.",),
            "another senior official",
        ),
        (
            ("Some residents said the pier was unsafe. “It shakes,” others said.",),
            "other residents",
        ),
    ],
)
def test_another_speaker_of_a_group_named_before(paragraphs: tuple[str, ...], label: str) -> None:
    # The legend lists "another deckhand", not a person called "another".
    speaker = only_speaker(run(*paragraphs))
    assert speaker.name is None
    assert speaker.label == label


def test_another_with_no_group_before_stays_as_written() -> None:
    speaker = only_speaker(run("“We need new ones,” another said."))
    assert speaker.label == "another"
