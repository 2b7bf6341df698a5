"""Review of the stop-34 partial-quotation rules (issue 16): readings the
verbs of talking about something (`lexicon.TALKING_VERBS`) gave wrongly,
and the label of a description after an opening adverb. Every sentence
here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import run
from tests.library.paragraphs import said_by as _found

# A naming verb with a subject of its own between the verb of talking and
# the marks: the words are that subject's, not the talker's.


def test_words_a_relative_clause_names_are_not_the_talkers() -> None:
    found = _found(
        "a sorry mess",
        "The port was quiet.",
        "Ada Lind expressed doubt about the plan, which Tom Hale has called “a sorry mess”.",
    )
    assert found == ["Tom Hale"]


def test_words_a_described_namer_uses_are_not_the_voicers() -> None:
    found = _found(
        "a sorry mess",
        "The port was quiet.",
        "Ada Lind voiced support for the plan, which the harbour master has called “a sorry mess”.",
    )
    assert "Ada Lind" not in found


def test_words_of_the_person_assured_are_not_the_assurers() -> None:
    found = _found(
        "a sorry mess",
        "The port was quiet.",
        "Ada Lind assured Tom Hale, who called the plan “a sorry mess”, that she would act.",
    )
    assert "Ada Lind" not in found


def test_a_naming_participle_after_the_talking_verb_keeps_the_talker() -> None:
    # Guard: "calling it" has no subject of its own; Lind's words.
    found = _found(
        "a sorry mess",
        "The port was quiet.",
        "The harbour master expressed doubt about the plan, calling it “a sorry mess”.",
    )
    assert found == ["The harbour master"]


# What a voice or a courier "expresses" is not always speech.


def test_a_role_voiced_is_not_the_voicers_words() -> None:
    found = _found(
        "grumpy old sea captain",
        "The film opened on Friday.",
        "The actor voiced the “grumpy old sea captain” in the film.",
    )
    assert found == []


def test_parcels_expressed_are_not_the_couriers_words() -> None:
    found = _found(
        "urgent and fragile",
        "The depot was busy.",
        "The courier expressed the “urgent and fragile” parcels overnight.",
    )
    assert found == []


def test_an_expressed_feeling_with_a_clause_is_still_the_speakers() -> None:
    # Guard: the marks in the clause after the feeling are the speaker's.
    found = _found(
        "open by June",
        "The port was quiet.",
        "The harbour master expressed the hope that the pier would be “open by June”.",
    )
    assert found == ["The harbour master"]


# A work spoken about: the marks after "the report" are its title.


def test_the_title_of_a_work_spoken_about_is_nobodys_words() -> None:
    found = _found(
        "a pier too far",
        "The port was quiet.",
        "The harbour master spoke about the report “a pier too far” at the meeting.",
    )
    assert found == []


# A protest's sign: the words are the sign's, not a protester's speech.


def test_a_sign_held_at_a_protest_is_not_the_protesters_words() -> None:
    found = _found(
        "No more ferries",
        "The port was quiet.",
        "Residents protested outside the hall, holding signs reading “No more ferries”.",
    )
    assert found == []


# The label of a description after an opening adverb.


def test_an_opening_adverb_is_not_part_of_the_speakers_label() -> None:
    analysis = run(
        "The ferry trust met on Monday.",
        "Instead, the statement said the council would “look again” at the plan.",
        "However, the harbour master said the pier was “perfectly safe”.",
    )
    labels = [q.speaker.label if q.speaker else None for q in analysis.quotes]
    assert labels == ["the statement", "the harbour master"]


# A passive: the subject heard the words, or there is none.


def test_people_assured_did_not_say_the_words() -> None:
    found = _found(
        "open by June",
        "The port was quiet.",
        "The fishermen were assured that the pier would be “open by June”.",
    )
    assert found == []


def test_concern_expressed_by_no_one_is_no_speaker() -> None:
    found = _found(
        "not safe for children",
        "The port was quiet.",
        "Concern was expressed that the pier was “not safe for children”.",
    )
    assert found == []


# "spoke about" with its object before it: a clause about a thing.


def test_a_report_spoken_about_says_its_own_finding() -> None:
    found = _found(
        "unsafe for children",
        "The port was quiet.",
        "The report that Ada Lind spoke about on Monday found the pier “unsafe for children”.",
    )
    assert "Ada Lind" not in found


# Guard for the long opening phrase (subject._adverbial): marked words
# inside the phrase are not the subject's.


def test_marked_words_inside_a_long_opening_phrase_are_not_the_subjects() -> None:
    analysis = run(
        "The port was quiet.",
        "At the meeting that the harbour master called “a sorry mess” from start to "
        "finish, Tom Hale called the plan “a fine start”.",
    )
    given = {q.span.text: q.speaker.name if q.speaker else None for q in analysis.quotes}
    assert all("sorry mess" not in text or name != "Tom Hale" for text, name in given.items())
    assert [name for text, name in given.items() if "a fine start" in text] == ["Tom Hale"]
