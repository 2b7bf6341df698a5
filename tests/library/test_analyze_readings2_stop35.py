"""Subject phrases still read wrong after the stop-35 review (issue 16,
branch s35-left2): an opening time phrase, an object before a who-clause,
an aspect verb before "saying", and a Japanese surname after the full name.
Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# An opening time phrase is when it was said, not who said it ---------------


@pytest.mark.parametrize(
    ("paragraph", "who", "role"),
    [
        (
            "Yesterday Ada Lind and Tom Hale of the Harbour Trust said: “We checked every beam.”",
            "Ada Lind and Tom Hale",
            "of the Harbour Trust",
        ),
        (
            "Today Tom Hale of the Harbour Trust said: “We checked every beam.”",
            "Tom Hale",
            "of the Harbour Trust",
        ),
        ("Yesterday Ada Lind said: “We checked every beam.”", "Ada Lind", None),
        ("Earlier this month Ada Lind said: “We checked every beam.”", "Ada Lind", None),
        # (s35-left's pair cut at "and" when the time phrase came first.)
        (
            "Last week Ada Lind and Tom Hale of the Harbour Trust said: “We checked every beam.”",
            "Ada Lind and Tom Hale",
            "of the Harbour Trust",
        ),
        (
            "On Monday Ada Lind and Tom Hale of the Harbour Trust said: “We checked every beam.”",
            "Ada Lind and Tom Hale",
            "of the Harbour Trust",
        ),
    ],
)
def test_an_opening_time_phrase_is_no_part_of_the_speaker(
    paragraph: str, who: str, role: str | None
) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name == who
    assert speaker.role == role


def test_an_opening_time_word_before_a_description_leaves_the_description() -> None:
    speaker = only_speaker(run("Yesterday the harbour master said: “We checked every beam.”"))
    assert speaker.name is None
    assert speaker.label == "the harbour master"


def test_a_time_phrase_the_reader_does_not_know_keeps_the_quotation_and_its_speaker() -> None:
    # "Later that day": "that" goes on with the time phrase, no determiner of
    # the subject; the speaker must not be lost (it is read as on main).
    speaker = only_speaker(run("Later that day the harbour master said: “We checked every beam.”"))
    assert speaker.label.endswith("the harbour master")


def test_a_programme_named_with_a_time_word_stays_in_the_role() -> None:
    # "Today Show" is a name (a capital, then a noun): not a time phrase.
    speaker = only_speaker(run("Today Show host Ada Lind said: “We checked every beam.”"))
    assert speaker.name == "Ada Lind"
    assert speaker.role == "Today Show host"


# A verb's object before "who" says the words --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("Tom Hale thanked residents who kept saying “fix the pier.”", "residents"),
        ("The mayor praised the volunteers who kept saying “fix the pier.”", "the volunteers"),
        ("The council heard from residents who kept saying “fix the pier.”", "residents"),
    ],
)
def test_the_object_before_a_who_clause_keeps_saying_it(paragraph: str, who: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label == who


def test_a_word_after_an_article_before_who_describes_the_noun() -> None:
    # "retired" after "The" is no verb: the whole noun phrase says it.
    assert said_by("fix the pier", "The retired teachers who kept saying “fix the pier” left.") == [
        "The retired teachers"
    ]


# An aspect verb before "saying" is a verb, never part of a label -------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("Fans keep saying “bring back the pier.”", "Fans"),
        ("Critics continue saying “the pier is a waste.”", "Critics"),
        ("Critics continue to say “the pier is a waste.”", "Critics"),
        ("The harbour master kept insisting “the pier is safe.”", "The harbour master"),
        ("Fans kept on saying “bring back the pier.”", "Fans"),
        ("Locals have stopped saying “the pier is safe.”", "Locals"),
        ("Fans will keep saying “bring back the pier.”", "Fans"),
    ],
)
def test_an_aspect_verb_before_saying_is_no_part_of_the_label(paragraph: str, who: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label == who


def test_a_named_person_who_keeps_saying_is_named() -> None:
    # (main: no name, the label 'Tom Hale keeps')
    speaker = only_speaker(run("Tom Hale keeps saying “the pier is safe.”"))
    assert speaker.name == "Tom Hale"


def test_fans_a_reporter_says_keep_saying_are_the_speakers() -> None:
    # The reported clause's subject keeps saying it, not the one reporting.
    assert said_by(
        "bring back the pier", "Ada Lind said that fans keep saying “bring back the pier.”"
    ) == ["fans"]


def test_a_who_clause_before_keep_saying_still_gives_the_noun_before_who() -> None:
    # (s35-left's reading, unchanged: both verbs in the present)
    assert said_by(
        "bring back the pier", "Fans who watch the show keep saying “bring back the pier.”"
    ) == ["Fans"]


# A Japanese surname after the full name is that person ------------------------


def test_a_japanese_surname_after_the_full_name_is_that_person() -> None:
    speaker = only_speaker(run("田中太郎氏は港を訪れた。", "田中は「港は安全だ」と述べた。"))
    assert speaker.name == "田中太郎"


def test_a_japanese_surname_after_the_full_name_as_a_speaker() -> None:
    analysis = run("鈴木一郎さんは「工事は続く」と話した。", "鈴木は「港は安全だ」と述べた。")
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "鈴木一郎",
        "鈴木一郎",
    ]


def test_he_after_a_japanese_full_name_is_that_person() -> None:
    speaker = only_speaker(run("田中太郎氏は港を訪れた。", "彼は「港は安全だ」と述べた。"))
    assert speaker.name == "田中太郎"


@pytest.mark.parametrize(
    "before",
    [
        "田中太郎氏と田中花子氏が港を訪れた。",  # two people share the surname
        "田中建設は港を訪れた。",  # a company, no honorific: no person named
        "中村太郎氏は港を訪れた。",  # another surname
    ],
)
def test_a_japanese_surname_is_not_linked_when_the_text_names_no_one_person(before: str) -> None:
    speaker = only_speaker(run(before, "田中は「港は安全だ」と述べた。"))
    assert speaker.name is None
    assert speaker.label == "田中"


def test_the_full_japanese_surname_named_alone_stays_the_person() -> None:
    # 田中氏 named outside a quotation, then 田中は: the name 田中 itself (main:
    # the description 田中; s35-left linked it only after 田中氏 spoke).
    speaker = only_speaker(run("田中氏は港を訪れた。", "田中は「港は安全だ」と述べた。"))
    assert speaker.name == "田中"
