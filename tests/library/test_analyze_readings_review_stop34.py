"""A review of the stop-34 readings (issue 16, branch s34-left): the wrong
readings they gave on the team's own sentences, each fixed narrowly. Every
sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.model import Analysis
from tests.library.paragraphs import only_speaker, run


def _names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


# Two names joined by "and" ------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        # The man is known by his honorific only; the woman by nothing.
        "“We checked every beam,” Ada Lind and Mr. Tom Hale said.",
        "Ada Lind runs the harbour. Mr. Tom Hale is her deputy. “We checked every beam,”"
        " Lind and Hale said.",
    ],
)
def test_she_after_a_pair_is_never_the_one_known_to_be_a_man(opening: str) -> None:
    # Main before the pair reading gave Ada Lind; the pair's "the one named
    # last" gave the man.
    analysis = run(opening, "“It held through the storm,” she said.")
    assert _names(analysis)[-1] == "Ada Lind"


def test_he_after_a_pair_is_never_the_one_known_to_be_a_woman() -> None:
    analysis = run(
        "“We checked every beam,” Tom Hale and Mrs. Ada Lind said.",
        "“It held through the storm,” he said.",
    )
    assert _names(analysis)[-1] == "Tom Hale"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“We will appeal,” Johnson & Johnson said.", "Johnson & Johnson"),
        ("Procter & Gamble said in a statement: “Sales fell.”", "Procter & Gamble"),
        ("“We will appeal,” said Ada Lind & Tom Hale.", "Ada Lind & Tom Hale"),
    ],
)
def test_an_ampersand_between_names_stays_as_written(sentence: str, name: str) -> None:
    # A firm's name is shown as the text writes it, not "Johnson and Johnson".
    assert only_speaker(run(sentence)).name == name


@pytest.mark.parametrize(
    ("pair", "name"),
    [
        ("Ada Lind & Mr. Tom Hale", "Tom Hale"),
        ("Ms. Ada Lind & Tom Hale", "Tom Hale"),
        # Nothing tells the two apart: the pronoun stays unresolved rather
        # than guess (the lead's rule, stop 34).
        ("Ada Lind & Tom Hale", None),
    ],
)
def test_he_after_two_people_joined_by_an_ampersand_is_one_of_them(
    pair: str, name: str | None
) -> None:
    analysis = run(
        f"“We checked every beam,” said {pair}.",
        "“It held through the storm,” he said.",
    )
    assert _names(analysis) == ["Ada Lind & Tom Hale", name]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "“We checked every beam,” said Ada Lind and Tom Hale of the harbour board.",
            "of the harbour board",
        ),
        (
            "“We checked every beam,” said Sen. Ada Lind and Rep. Tom Hale of Texas.",
            "Sen. and Rep., of Texas",
        ),
    ],
)
def test_joined_names_before_where_they_work_are_one_speaker(sentence: str, role: str) -> None:
    # Was the name "Tom Hale" with a role "Ada Lind and, of the harbour board".
    speaker = only_speaker(run(sentence))
    assert speaker.name == "Ada Lind and Tom Hale"
    assert speaker.role == role


def test_one_name_before_where_they_work_is_unchanged() -> None:
    speaker = only_speaker(run("“We checked every beam,” said Tom Hale of the harbour board."))
    assert (speaker.name, speaker.role) == ("Tom Hale", "of the harbour board")


# Japanese 「」 with と and a verb of saying --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # と here is "and": the verb's own と comes later (安全 and 安心 matter).
        "田中氏は「安全」と安心が大切だと述べた。",
        # と言う before a noun names it: "the word called 改革".
        "田中氏は「改革」と言う言葉を使った。",
    ],
)
def test_japanese_marks_of_emphasis_before_another_to_are_no_utterance(sentence: str) -> None:
    # Was a whole quotation "安全" (of the speaker 安心) and "改革" (of 田中).
    analysis = run(sentence)
    assert all(q.kind.value == "partial" for q in analysis.quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "田中氏は、「港は安全だ」と述べた。",
        "田中氏は記者団に、「港は安全だ」と述べた。",
    ],
)
def test_a_comma_after_the_japanese_speaker_keeps_the_speaker(sentence: str) -> None:
    # The comma after は is the common news style; the quotation had no speaker.
    speaker = only_speaker(run(sentence))
    assert (speaker.name, speaker.role) == ("田中", None)


def test_a_japanese_place_as_the_topic_is_no_speaker() -> None:
    # 会見では ("at the news conference"): not a speaker "会見で".
    analysis = run("会見では「港は安全だ」と述べた。")
    assert [q.span.text for q in analysis.quotes] == ["港は安全だ"]
    assert analysis.quotes[0].speaker is None or analysis.quotes[0].speaker.label != "会見で"


@pytest.mark.parametrize(
    "phrase",
    ["運転手さん", "店員さん", "看護師さん", "患者さん", "娘さん", "奥さん", "彼氏"],
)
def test_a_japanese_person_noun_with_an_honorific_is_no_name(phrase: str) -> None:
    # A driver, a clerk, a nurse, a patient, a daughter, a wife, a boyfriend:
    # descriptions, never the names "運転手", "娘" or "彼".
    speaker = only_speaker(run(f"{phrase}は「港は安全だ」と話した。"))
    assert speaker.name is None
    assert speaker.label == phrase


def test_a_japanese_surname_with_an_honorific_is_still_a_name() -> None:
    speaker = only_speaker(run("土屋さんは「港は安全だ」と話した。"))
    assert speaker.name == "土屋"


# "another" takes the group's noun ------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        # "a" inside a preposition's phrase counts no speaker.
        "A man in a red coat said: “The pier is unsafe.”",
        # "a deep breath and said": no group, a clause joined by "and".
        "Tom Hale took a deep breath and said: “The pier is unsafe.”",
        "Tom Hale spoke for a long time and then said: “The pier is unsafe.”",
    ],
)
def test_another_takes_no_noun_that_counted_no_speaker(opening: str) -> None:
    # Was "another red coat", "another deep breath and", "another long time
    # and then" in the legend.
    speaker = run(opening, "“It is fine,” another said.").quotes[-1].speaker
    assert speaker is not None
    assert speaker.label == "another"


def test_another_still_takes_the_noun_of_one_speaker_counted() -> None:
    analysis = run(
        "At the meeting, one deckhand said: “The pier is unsafe.”", "“It is fine,” another said."
    )
    speaker = analysis.quotes[-1].speaker
    assert speaker is not None
    assert speaker.label == "another deckhand"
