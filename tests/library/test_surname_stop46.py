"""A person named once, then by surname alone, stop 46 (branch s46-surname).

A surname of a person the text names in full ("Ada Lind ... Lind leaves
...") is read as that person by the second pass of the people finder; a
surname the text gives only with a title ("President Marsh") was recorded
alone where a title stood before it, and a later sentence opening with the
surname alone ("Marsh departs for Berlin today, where he ...") was no
subject, so the "he" after it went to whoever was named before. Now it is
that person again (``speakers._first_names_again``), but not after an
abbreviated title's point (s46-rev9's first version read "Mr. Obama has" as
a sentence opened by "Obama": on the tune half "said Mr. Obama would" and
"when Mr. Obama took office" became subjects; polnear-train check strict
fell by one), nor before a plural noun it modifies ("Marsh aides said"),
nor with a possessive. Every sentence here is written by the team
(evaluation/README.md, "A surname alone ..., stop 46")."""

from __future__ import annotations

from tests.library.paragraphs import shown

L, R = "\u201c", "\u201d"

_MARSH = "President Marsh has defended the trade pact, telling voters it would stand."
_TULLY = (
    f"In a statement, his adviser, Ben Tully, said: {L}The president believes the pact is "
    f"good for both sides.{R}"
)
_WORDS = f"{L}We will not be bullied by anyone,{R} he said on the plane."


def test_a_titled_surname_opening_a_later_sentence_is_the_next_he() -> None:
    # Must fire: the "he" went to Ben Tully, the adviser quoted before.
    assert shown(
        _MARSH, _TULLY, f"Marsh departs for Berlin today, where he will be greeted. {_WORDS}"
    ) == [("Ben Tully", None), ("Marsh", "President")]


def test_a_titled_surname_before_a_verb_in_s_is_the_subject_too() -> None:
    assert shown(_MARSH, _TULLY, f"Marsh says the vote was close. {_WORDS}")[1] == (
        "Marsh",
        "President",
    )


def test_a_surname_before_a_plural_noun_it_modifies_is_no_subject() -> None:
    # Must not fire: "Marsh aides said": the aides said it, not Marsh.
    assert shown(_MARSH, _TULLY, f"Marsh aides said the vote was close. {_WORDS}")[1] == (
        "Ben Tully",
        None,
    )


def test_a_surname_with_a_possessive_is_no_subject() -> None:
    # Must not fire: "Marsh's aides" own the verb.
    assert shown(_MARSH, _TULLY, f"Marsh's aides said the vote was close. {_WORDS}")[1] == (
        "Ben Tully",
        None,
    )


def test_a_surname_after_an_abbreviated_title_opens_no_sentence() -> None:
    # Must not fire: "after Mr. Marsh left" is a clause inside Tully's
    # sentence; the point of "Mr." ends no sentence, so "he" is Tully.
    assert shown(
        _MARSH,
        "Ben Tully, the trade minister, spoke to the press after Mr. Marsh left the hall.",
        _WORDS,
    ) == [("Ben Tully", None)]


def test_a_surname_of_a_full_name_opening_a_later_sentence_is_that_person() -> None:
    # The second pass's reading, pinned: "Lind" is Ada Lind, and the "she"
    # after it is hers, not the ferry captain's.
    assert shown(
        "Ada Lind, the harbour chair, opened the meeting on Monday.",
        f"The ferry captain, Tom Reed, said: {L}The crossings are full.{R}",
        "Lind leaves for the capital today, where she will meet the minister. "
        f"{L}We will not be bullied by anyone,{R} she said on the plane.",
    )[1] == ("Ada Lind", None)


def test_an_organisation_named_by_the_surname_is_no_subject() -> None:
    # Must not fire: "The Lind administration said" names no person; the
    # "he" goes to the captain quoted before.
    assert shown(
        "Ada Lind, the harbour chair, opened the meeting on Monday.",
        f"The ferry captain, Tom Reed, said: {L}The crossings are full.{R}",
        f"The Lind administration said the crossings would stay. {_WORDS}",
    )[1] == ("Tom Reed", "the ferry captain")
