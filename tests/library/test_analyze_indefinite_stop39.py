"""Descriptions that stand for someone the text names elsewhere (stop 39,
issue 16): an indefinite document read up to its noun, with who issued it in
a clause after it ("according to a study which is being released Monday by
the Harbour Institute"), speaks for that issuer. The team's own sentences."""

from __future__ import annotations

from tests.library.paragraphs import said_by

_Q = "\u201cThree collisions in ten years\u201d"


def test_a_study_released_by_a_body_is_that_body_speaking() -> None:
    assert said_by(
        "collisions",
        f"{_Q}, according to a study which is being released Monday by the Harbour Institute.",
    ) == ["Harbour Institute"]


def test_a_study_commissioned_by_a_person_is_that_person_speaking() -> None:
    assert said_by(
        "collisions", f"{_Q}, according to a study which was commissioned by Tom Hale."
    ) == ["Tom Hale"]


def test_a_dated_study_by_a_body_before_the_quotation() -> None:
    assert said_by(
        "collisions",
        "Accidents are rare. A 2014 study by the Harbour Institute found \u201cthree "
        "collisions in ten years\u201d.",
    ) == ["Harbour Institute"]


def test_a_study_named_with_no_issuer_stays_a_study() -> None:
    # Tom Hale, named before, neither issued nor wrote it.
    assert said_by(
        "collisions", f"Tom Hale read it on Monday. {_Q}, according to a study released last year."
    ) == ["a study released last year"]


def test_a_study_sent_to_a_person_is_not_theirs() -> None:
    assert said_by("collisions", f"{_Q}, according to a study sent to Tom Hale.") == [
        "a study sent to Tom Hale"
    ]


def test_a_study_disputed_by_a_body_is_not_issued_by_it() -> None:
    assert said_by(
        "collisions", f"{_Q}, according to a study, which the Harbour Board disputes."
    ) == ["a study"]


def test_a_body_in_the_next_sentence_did_not_issue_the_study() -> None:
    assert said_by(
        "collisions",
        f"{_Q}, according to a study. Pilots trained by the Harbour Board did better.",
    ) == ["a study"]


def test_a_body_in_what_the_study_found_did_not_issue_it() -> None:
    # "pilots trained by the Harbour Board" is what the study is about.
    assert said_by(
        "collisions",
        f"{_Q}, according to a study of pilots trained by the Harbour Board.",
    ) == ["a study of pilots trained by the Harbour Board"]
