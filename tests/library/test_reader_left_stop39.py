"""Readings a researcher still saw wrong, left by stop 38's reviews
(s38-rev, s38-revlate), mended at stop 39 (branch s39-reader). Every
sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, spoken

L, R = "\u201c", "\u201d"


def _q(text: str) -> str:
    """The team's sentence with <…> written as curly marks."""
    return text.replace("<", L).replace(">", R)


def _read(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker as the Quotes panel shows it: name and role."""
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in run(*(_q(p) for p in paragraphs)).quotes
    ]


# --- 9. A first name that is also a word ("Will", "May", "June") ----------


@pytest.mark.parametrize("first", ["Will", "May", "June"])
def test_a_first_name_that_is_also_a_word_is_the_name_not_a_role(first: str) -> None:
    # Was the name "Lind" with the role "Will, the harbour master".
    said = _read(f"<The pier must close,> said {first} Lind, the harbour master.")
    assert said == [(f"{first} Lind", "the harbour master")]


def test_a_month_after_in_stays_no_name() -> None:
    # Must not fire: "in May" is when, not who (no one is named).
    from quotemark.library.analyze.names import split_speaker

    assert split_speaker("In May Lind").name is None
    assert split_speaker("Will").name is None  # a lone "Will" names no one


def test_a_first_name_that_is_also_a_word_after_a_title() -> None:
    from quotemark.library.analyze.names import split_speaker

    titled = split_speaker("Dr. Will Lind")  # was "Lind", role "Dr. Will"
    assert (titled.name, titled.role) == ("Will Lind", "Dr.")


# --- 10. A pronoun after a quotation given to a possessor -------------------


def test_she_after_a_possessors_claim_is_the_sentences_subject() -> None:
    # The stop-38 screenshot post: "She" was "? Tom Hale", the claim's owner
    # who spoke the words before; she is the subject of that sentence.
    said = _read(
        "Ada Lind rejected Tom Hale's claim that the pier was <past saving.> "
        "She called for a <fresh start> at the yard."
    )
    assert [name for name, _role in said] == ["Tom Hale", "Ada Lind"]


def test_a_pronoun_the_subject_does_not_fit_stays_the_possessors() -> None:
    # Must not fire: "Ms. Lind" is no "he"; the claim's owner still is.
    said = _read(
        "Ms. Lind rejected Tom Hale's claim that the pier was <past saving.> "
        "He called for a <fresh start> at the yard."
    )
    assert [name for name, _role in said] == ["Tom Hale", "Tom Hale"]


# --- 3. An office ending in "Master" after a firm's "Ltd." ------------------


def test_an_office_ending_in_master_is_the_role_not_the_name() -> None:
    # Was the name "Acme Ltd. Harbour Master Tom Hale" with no role.
    said = _read("Acme Ltd. Harbour Master Tom Hale said <the pier is unsafe and must close>.")
    assert said == [("Tom Hale", "Acme Ltd. Harbour Master")]


@pytest.mark.parametrize("name", ["Tom Master", "Ada Lind Master"])
def test_a_surname_master_stays_the_name(name: str) -> None:
    # Must not fire: "Master" as the last word is a surname, no office.
    said = _read(f"<The pier must close,> said {name}.")
    assert said == [(name, None)]


# --- 5. Praised words in a passive are not the praised person's -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, who was praised as <a steady hand>, left the board in May.",
        "Tom Hale was widely hailed as <a steady hand> after the storm.",
    ],
)
def test_words_someone_was_praised_as_are_not_theirs(sentence: str) -> None:
    # Were Tom Hale's words ("as “a steady hand” …", 0.85): whoever praised
    # him is not said.
    assert ("Tom Hale", None) not in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind, who praised Tom Hale as <a steady hand>, left the board.",
        "Ada Lind spoke first, praising Tom Hale as <a steady hand> after the storm.",
    ],
)
def test_the_one_who_praises_still_says_the_words(sentence: str) -> None:
    # Must not fire: the active verb and the gerund keep their subject.
    assert [name for name, _role in _read(sentence)] == ["Ada Lind"]


# --- 8. A short sentence of its own in single marks -------------------------


def test_a_short_sentence_in_single_marks_goes_on_like_one_in_double() -> None:
    # Was dropped before it could carry on ("a word or two in single marks").
    said = spoken(
        run("\u2018The pier must close now,\u2019 said Tom Hale.", "\u2018Nobody answers.\u2019")
    )
    assert said == [("The pier must close now", "Tom Hale"), ("Nobody answers.", "Tom Hale")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale said the pier must close. Ada Lind backed the \u2018No\u2019 vote.",
        "Tom Hale said the pier must close, and the so-called \u2018experts.\u2019 agreed.",
    ],
)
def test_a_term_in_single_marks_stays_no_quotation(paragraph: str) -> None:
    # Must not fire: a word or two in single marks inside a sentence.
    assert spoken(run(paragraph)) == []


# --- 6. "The mayor" and "the deputy mayor": two people ----------------------

_MAYORS = (
    "The mayor, Ruth Ames, opened the pier on Monday.",
    "The deputy mayor, Tom Hale, spoke after her.",
)


@pytest.mark.parametrize(
    ("description", "name"), [("the mayor", "Ruth Ames"), ("the deputy mayor", "Tom Hale")]
)
def test_the_mayor_and_the_deputy_mayor_are_two_people(description: str, name: str) -> None:
    # Were the bare descriptions: "mayor" had two holders, so neither.
    said = _read(*_MAYORS, f"<It will stay open all winter,> {description} said.")
    assert said == [(name, description)]


def test_the_deputy_mayor_is_not_the_mayor() -> None:
    # Was Tom Hale, the deputy, given as "the mayor" at full confidence.
    said = _read(_MAYORS[1], "<It will stay open all winter,> the mayor said.")
    assert said
    assert said[0][0] != "Tom Hale"


@pytest.mark.parametrize(
    ("named", "description"),
    [
        ("The mayor, Ruth Ames, opened the pier.", "the mayor"),
        ("The former mayor, Ruth Ames, opened the pier.", "the former mayor"),
    ],
)
def test_the_one_holder_of_an_office_still_speaks(named: str, description: str) -> None:
    # Must not fire: the rank agrees (none, or the same on both sides).
    said = _read(named, f"<It will stay open all winter,> {description} said.")
    assert said == [("Ruth Ames", description)]
