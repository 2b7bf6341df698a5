"""A document "from A, to B," opening its sentence says what its sender
wrote, not its recipient (stop 43, branch s43-left). Sentences written by
the team."""

from __future__ import annotations

from tests.library.paragraphs import said_by

_SILT = " the silt “well past any depth a laden boat could trust.”"


def test_a_letter_from_a_to_b_is_the_senders() -> None:
    assert said_by(
        "laden boat",
        "A May 2024 letter from the trust's engineer, Ada Lind, to the chair, Tom Hale,"
        " called" + _SILT,
    ) == ["Ada Lind"]


def test_an_email_from_a_name_to_a_name_is_the_senders() -> None:
    assert said_by(
        "laden boat",
        "An email from Ada Lind, the engineer, to Tom Hale, described" + _SILT,
    ) == ["Ada Lind"]


def test_a_call_from_someone_before_the_speakers_clause_is_not_a_sender() -> None:
    # ("After a call from Ada Lind, to the surprise of the board, Tom Hale
    # said": no document opens the sentence; Tom Hale says it.)
    assert said_by(
        "laden boat",
        "After a call from Ada Lind, to the surprise of the board, Tom Hale called" + _SILT,
    ) == ["Tom Hale"]
