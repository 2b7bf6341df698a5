"""Readings left by earlier stops, stop 35 (issue 16, branch s35-left): what a
researcher saw wrong in the reader, each fixed by a word order or a word
class. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.model import Analysis
from tests.library.paragraphs import only_speaker, run


def _names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


# Two names joined by "and", then "of" a body --------------------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "“We checked every beam,” Ada Lind and Tom Hale of the Harbour Trust said.",
            "of the Harbour Trust",
        ),
        (
            "Ada Lind and Tom Hale of the Harbour Trust said: “We checked every beam.”",
            "of the Harbour Trust",
        ),
        (
            "Ada Lind and Tom Hale from the Ashton harbour board said on Monday: “We checked"
            " every beam.”",
            "from the Ashton harbour board",
        ),
        (
            "Ada Lind and Tom Hale of the Harbour Trust told reporters that “every beam was"
            " checked.”",
            "of the Harbour Trust",
        ),
    ],
)
def test_a_pair_of_names_before_of_a_body_is_both_of_them(sentence: str, role: str) -> None:
    # Main cut the long subject at its "and": Tom Hale alone, as if he spoke.
    speaker = only_speaker(run(sentence))
    assert (speaker.name, speaker.role) == ("Ada Lind and Tom Hale", role)


def test_a_pair_takes_the_body_as_its_role_as_one_name_does() -> None:
    one = only_speaker(run("“We checked every beam,” Tom Hale of the Harbour Trust said."))
    pair = only_speaker(
        run("“We checked every beam,” Ada Lind and Tom Hale of the Harbour Trust said.")
    )
    assert one.role == pair.role == "of the Harbour Trust"


def test_a_clause_before_and_still_gives_the_subject_after_it() -> None:
    # Guard: "and" after a whole clause joins clauses, not two names.
    speaker = only_speaker(
        run(
            "Ada Lind stood up in the hall on Monday and Tom Hale of the Harbour Trust said:"
            " “We checked every beam.”"
        )
    )
    assert speaker.name == "Tom Hale"


# An aspect verb before a participle of saying -----------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Fans who watch the show keep saying “bring back the pier.”", "Fans"),
        (
            "Viewers who watched the mayor on television kept saying “bring back the pier.”",
            "Viewers",
        ),
        ("People who watch the show started saying “bring back the pier.”", "People"),
        (
            "Tom Hale told me that viewers who watch the show keep saying “bring back the pier.”",
            "viewers",
        ),
    ],
)
def test_the_subject_before_a_who_clause_keeps_saying(sentence: str, who: str) -> None:
    # Main read "watch" as a showing verb and gave "the show keep".
    speaker = only_speaker(run(sentence))
    assert who in {speaker.name, speaker.role}
    assert "show" not in (speaker.role or "")
    assert "keep" not in (speaker.role or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "People who watch the show keep saying “bring back the pier.”",
        "Everyone said “bring back the pier.”",
        "Anyone who watches the show keeps saying “bring back the pier.”",
    ],
)
def test_words_for_people_unnamed_are_no_names(sentence: str) -> None:
    # Main showed "People", "Everyone", "Anyone" as names in the legend.
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.role in {"People", "Everyone", "Anyone"}


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # Guards: a showing verb's object is still who is heard saying it.
        ("Residents who saw the mayor saying “bring back the pier.”", "the mayor"),
        ("The video shows residents saying “bring back the pier.”", "residents"),
    ],
)
def test_a_showing_verb_still_shows_its_object_speaking(sentence: str, who: str) -> None:
    assert only_speaker(run(sentence)).role == who


# An opening participle phrase before a naming verb ------------------------


@pytest.mark.parametrize(
    ("sentence", "marked", "name", "role"),
    [
        (
            "Asked on Monday about the pier vote, Tom Hale called it “a waste of a good summer.”",
            "a waste of a good summer.",
            "Tom Hale",
            None,
        ),
        (
            "Asked whether the pier would open, Tom Hale described it as “a waste of a good"
            " summer.”",
            "a waste of a good summer.",
            "Tom Hale",
            None,
        ),
        (
            "Asked about the vote, the mayor called it “a waste of a good summer.”",
            "a waste of a good summer.",
            None,
            "the mayor",
        ),
    ],
)
def test_an_asked_phrase_is_no_speaker_before_a_naming_verb(
    sentence: str, marked: str, name: str | None, role: str | None
) -> None:
    # Main took "Asked" for the verb of saying: the quotation spanned the
    # whole sentence and the speaker was the rest of it.
    analysis = run(sentence)
    quote = analysis.quotes[0]
    assert len(analysis.quotes) == 1
    assert not quote.span.text.startswith("Asked")
    assert [m.text for m in quote.marked] == [marked]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about the vote, Tom Hale said “we lost a good summer.”",
        "Speaking on Monday, Tom Hale called it “a waste of a good summer.”",
        "Said Tom Hale: “We lost a good summer.”",
    ],
)
def test_opening_phrases_with_their_own_verb_of_saying_stay_as_they_were(
    sentence: str,
) -> None:
    assert only_speaker(run(sentence)).name == "Tom Hale"


def test_a_verb_first_with_an_apposition_keeps_its_role() -> None:
    # Guard: "Added the harbour master, Tom Hale:" names who speaks.
    speaker = only_speaker(run("Added the harbour master, Tom Hale: “We lost a good summer.”"))
    assert (speaker.name, speaker.role) == ("Tom Hale", "the harbour master")


# "X quoted Y as saying" ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The Times quoted the mayor as saying “the pier will open in May.”", None, "the mayor"),
        ("The Times quoted Ada Lind as saying “the pier will open in May.”", "Ada Lind", None),
        (
            "An early post cited the harbour master as saying “the pier will open in May.”",
            None,
            "the harbour master",
        ),
    ],
)
def test_who_is_quoted_as_saying_is_the_speaker(
    sentence: str, name: str | None, role: str | None
) -> None:
    # Main gave the paper ("Times") or the post.
    speaker = only_speaker(run(sentence))
    assert (speaker.name, speaker.role) == (name, role)


def test_quoted_without_as_keeps_the_subject() -> None:
    # Guard (stop 34): "quoted the mayor saying" stays the post's.
    speaker = only_speaker(
        run("An early post quoted the mayor saying “the pier will open in May.”")
    )
    assert speaker.role == "An early post"


# Japanese: a bare surname after its honorific, and 彼/彼女 ------------------


def test_a_bare_surname_after_the_same_name_with_honorific_is_that_person() -> None:
    analysis = run("田中氏は「港は安全だ」と述べた。", "田中は「来年も続ける」と話した。")
    assert _names(analysis) == ["田中", "田中"]


def test_a_bare_surname_after_an_office_is_that_person() -> None:
    analysis = run("田中首相は「港は安全だ」と述べた。", "田中は「来年も続ける」と話した。")
    assert _names(analysis) == ["田中", "田中"]


@pytest.mark.parametrize(
    ("first", "pronoun"),
    [
        ("田中氏は「港は安全だ」と述べた。", "彼は「来年も続ける」と話した。"),
        ("佐藤さんは「港は安全だ」と述べた。", "彼女は「来年も続ける」と話した。"),
    ],
)
def test_kare_and_kanojo_are_pronouns_resolved_to_the_person_before(
    first: str, pronoun: str
) -> None:
    analysis = run(first, pronoun)
    names = _names(analysis)
    assert names[1] == names[0] is not None


@pytest.mark.parametrize(
    "sentence", ["彼は「港は安全だ」と述べた。", "彼女は「港は安全だ」と述べた。"]
)
def test_kare_alone_is_no_speaker_called_kare(sentence: str) -> None:
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.role in {"he", "she"}


def test_a_body_after_a_named_person_stays_a_description() -> None:
    # Guard: 政府 (the government) was never named: no name.
    analysis = run("田中氏は「港は安全だ」と述べた。", "政府は「検討する」と述べた。")
    assert analysis.quotes[1].speaker is not None
    assert (analysis.quotes[1].speaker.name, analysis.quotes[1].speaker.role) == (None, "政府")


def test_kareshi_is_no_pronoun() -> None:
    # Guard: 彼氏 (a boyfriend) stays a description, as stop 34 made it.
    speaker = only_speaker(run("彼氏は「港は安全だ」と述べた。"))
    assert speaker.name is None
    assert speaker.role == "彼氏"
