"""Who speaks a quotation inside someone's quoted words, stop 41 (branch
s41-nested): the outer speaker's own words name them ("Then Tom Hale said,
‘…’", "Tom Hale told us, ‘…’", "my father would say, ‘…’", "the harbour
master said, ‘…’"), and a quotation the outer speaker gives to someone else
is never the outer speaker's. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import nested_said, run, said_by

L, R = "\u201c", "\u201d"
_l, _r = "\u2018", "\u2019"


_ADA = "Ada Lind said."

# (id, the outer quotation's words before ``_ADA``, each nested quotation's
# words and speaker as the Quotes panel shows it; what it was before).
_CASES = [
    # Was "we" (the words after the inner quotation): the clause's opening
    # "Then" kept the name from being read.
    (
        "then-name-said",
        f"Then Tom Hale said, {_l}The pier must close,{_r} and we all went home,",
        [("The pier must close", "Tom Hale")],
    ),
    (
        "then-name-told-us",
        f"Then Tom Hale told us, {_l}The pier must close.{_r} So we went home,",
        [("The pier must close.", "Tom Hale")],
    ),
    # Was Ada Lind: "I ... said" within five words read as her own words.
    (
        "i-think-name-said",
        f"I think Tom Hale said, {_l}The pier must close.{_r} He was wrong,",
        [("The pier must close.", "Tom Hale")],
    ),
    # Was no speaker: the description the outer speaker gives, hers.
    (
        "my-father-would-say",
        f"My father would say, {_l}The pier must close.{_r} He was right,",
        [("The pier must close.", "Ada Lind\u2019s father")],
    ),
    (
        "harbour-master-said",
        f"The harbour master said, {_l}The pier must close.{_r} He was right,",
        [("The pier must close.", "The harbour master")],
    ),
    # Was "we", the words after the inner quotation.
    (
        "caller-who-rang-said",
        f"A caller who rang the board said, {_l}The pier must close.{_r} We all went home,",
        [("The pier must close.", "A caller")],
    ),
    # Must not go to the man she met: "and said" shares her "I" (was Tom Hale).
    (
        "i-met-name-and-said",
        f"I met Tom Hale on the pier and said, {_l}It must close.{_r} He laughed,",
        [("It must close.", "Ada Lind")],
    ),
    # Never the teller: "He said, ‘…’" was hers, by the "And I said" after
    # it; now no one (Ben's sex is unread). Her own "I said" stays hers.
    (
        "he-said-unread-sex",
        f"Ben and I were driving in, and he was laughing. He said, {_l}The pier must close.{_r} "
        f"And I said, {_l}Not while I chair the board.{_r}",
        [("The pier must close.", None), ("Not while I chair the board.", "Ada Lind")],
    ),
    # "He wrote," introduces the next quotation, not the one before it (the
    # first was Ada Lind's, by that "He").
    (
        "he-wrote-introduces-next",
        f"The notice on the gate read {_l}No more ferries.{_r} He wrote, "
        f"{_l}The pier must close.{_r}",
        [("No more ferries.", None), ("The pier must close.", None)],
    ),
    # Must not fire: "I think" opens a clause whose subject is someone else.
    (
        "i-think-others-say",
        f"I think other people look at the pier and say, {_l}What a mess.{_r} It is not,",
        [("What a mess.", None)],
    ),
    # Must not fire: "they" names no one; "the Harbour Board" is no person
    # (and the "We" after the inner words is not its speaker: was "we").
    (
        "they-said",
        f"They said, {_l}The pier must close.{_r} We all went home,",
        [("The pier must close.", None)],
    ),
    (
        "organisation-said",
        f"The Harbour Board said, {_l}The pier must close.{_r} We went home,",
        [("The pier must close.", None)],
    ),
    # "They said," between two of her own: theirs, never hers (was Ada
    # Lind's); her "I said" after a closing mark and "I can't say" stay hers.
    (
        "they-said-between-i-saids",
        f"And I said, {_l}I want more.{_r} They said, {_l}The farmers cannot cope.{_r} "
        f"I said, {_l}Buy bigger tractors.{_r} I can\u2019t say, {_l}Give me a week.{_r}",
        [
            ("I want more.", "Ada Lind"),
            ("The farmers cannot cope.", None),
            ("Buy bigger tractors.", "Ada Lind"),
            ("Give me a week.", "Ada Lind"),
        ],
    ),
    # Must not fire: she said it to him (as before).
    (
        "i-told-name",
        f"I told Tom Hale, {_l}The pier must close.{_r} He laughed,",
        [("The pier must close.", "Ada Lind")],
    ),
    # Must not change: "‘…,’ Tom Hale said" inside her words, as before.
    (
        "name-after-inner-words",
        f"{_l}The pier must close,{_r} Tom Hale said, and we all went home,",
        [("The pier must close", "Tom Hale")],
    ),
]


@pytest.mark.parametrize(("words", "nested"), [pytest.param(w, n, id=i) for i, w, n in _CASES])
def test_a_nested_quotation_s_speaker_from_the_outer_speaker_s_words(
    words: str, nested: list[tuple[str, str | None]]
) -> None:
    assert nested_said(f"{L}{words}{R} {_ADA}") == nested


def test_a_name_and_role_set_off_before_said_keep_the_role_without_the_verb() -> None:
    # Was the role "the harbour master, said".
    nested = [
        q
        for q in run(
            f"{L}Tom Hale, the harbour master, said, {_l}The pier must close."
            f"{_r} We went home,{R} {_ADA}"
        ).quotes
        if q.parent is not None
    ]
    assert [(q.speaker.name, q.speaker.role) for q in nested if q.speaker] == [
        ("Tom Hale", "the harbour master")
    ]


# -- A first name given in a who-clause (s41-rev's police post) -----------------


def test_he_said_after_a_first_name_given_in_a_who_clause_is_that_person() -> None:
    # Was Nora Vale, the woman named before: the lone first name "Sam" in
    # "who gave only his first name, Sam, said" was no person.
    assert said_by(
        "yelling",
        f"Nora Vale, who lives opposite, saw the crash. {L}It was loud,{R} she said.",
        "Another neighbour, who gave only his first name, Sam, said he had heard shouting "
        f"before the crash. {L}Someone was yelling about the harbour board,{R} he said.",
    ) == ["Sam"]


def test_she_said_after_a_man_given_by_first_name_is_not_him() -> None:
    # Must not fire for another sex: "his first name" makes Sam a man; her
    # "she said" stays Nora Vale's.
    assert said_by(
        "yelling",
        f"Nora Vale, who lives opposite, saw the crash. {L}It was loud,{R} she said.",
        "Another neighbour, who gave only his first name, Sam, was asleep at the time. "
        f"{L}Someone was yelling about the harbour board,{R} she said.",
    ) == ["Nora Vale"]


def test_a_first_name_given_with_no_verb_after_it_is_no_subject() -> None:
    # Must not fire: "Sam, a fisherman." names no subject of a sentence.
    assert said_by(
        "yelling",
        "Tom Hale ran the harbour board for a decade.",
        "He spoke to a neighbour, who gave only his first name, Sam, a fisherman. "
        f"{L}Someone was yelling about the harbour board,{R} he said.",
    ) == ["Tom Hale"]
