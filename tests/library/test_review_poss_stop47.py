"""Labels that open with a possessive pronoun, stop 47 (branch s47-poss).

``python -m evaluation.phrase_shapes --owners`` counts (structure only) the
labels we give that open with a pronoun: on ggt-dev none opens with a
possessive ("his lawyer") in either half; the three check misses that open
with a pronoun open with "one"/"someone" (two) or are a bare personal
pronoun (one). PolNeAR train's check half holds five possessive label
misses, its tune half one ("His assumption ... was that").

Four team posts (``tests/fixtures/review_poss_stop47``, invented people)
write a person's lawyer, spokeswoman, coach, deputy and agent in the
shapes "X's lawyer, Ann Reyes", "Her coach, Gary Finch", "represented by
Dan Webb, a lawyer"; first read on ed5bce51: 22 quotations, 5 wrong; now
4 (the coach's). Kept: a possessive and any one lower-case noun set off with a name
("Her coach, Gary Finch,", "Gary Finch, her coach,", "Dan Webb, his
lawyer,") names the speaker of a later "her coach said" (before, only kin
and agent nouns; "her coach" was cut to "her" and given to the woman
herself). Every sentence here is written by the team."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    each_quotation_test,
    every_read_listed_test,
    given_to,
    review_case,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review_poss_stop47")

INL = QuoteKind.INLINE
PART = QuoteKind.PARTIAL

_case = review_case

_QUOTATIONS = [
    _case("01-lawyer", "My client built that bridge", INL, "Ann Reyes"),
    _case("01-lawyer", "Every drawing was signed off", INL, "Paul Dorsey"),
    _case("01-lawyer", "We will show that the steel", INL, "Ann Reyes"),
    _case("01-lawyer", "Mr. Hale has nothing to hide.", INL, "Ann Reyes"),
    _case(
        "01-lawyer",
        "We are looking at the whole supply chain",
        INL,
        "Ann Reyes",
        "'Hale's lawyer added that ...' then '\u201c…,\u201d she said': the description "
        "as a reported subject is not registered, and 'she' goes to the last man named "
        "(Paul Dorsey, whose sex the text never gives)",
    ),
    _case("02-spokeswoman", "She heard them", INL, "Mia Tran"),
    _case("02-spokeswoman", "This should never have been proposed", INL, "Frank Olsen"),
    _case("02-spokeswoman", "The toll was one idea among many", INL, "Mia Tran"),
    _case("02-spokeswoman", "There will be others.", INL, "Mia Tran"),
    # Must not fire: Olsen's spokesman is never named; the description stays.
    _case("02-spokeswoman", "We will keep watching the ring road", INL, "his spokesman"),
    _case(
        "03-two-lawyers",
        "He trusted the paperwork",
        INL,
        "Dan Webb",
        "'is represented by Dan Webb, a lawyer from Westport' names Otto Berg's lawyer "
        "with no possessive; 'his lawyer' must first resolve 'his' to Otto Berg (two "
        "brothers, two lawyers)",
    ),
    _case(
        "03-two-lawyers",
        "He is a farmer, not a clerk.",
        INL,
        "Dan Webb",
        "as above: the second half of the same 'his lawyer' quotation",
    ),
    _case("03-two-lawyers", "My client has farmed that land", INL, "Ruth Lamb"),
    _case(
        "03-two-lawyers",
        "Our auditors followed the maps we had",
        INL,
        "her deputy",
        "'her deputy' (Lena Holt's, never named) goes to the person named last (Ruth "
        "Lamb); no name is given, so the description should stay",
    ),
    _case("03-two-lawyers", "I never saw them cheat anyone", INL, "Jim Carr"),
    _case("03-two-lawyers", "We expect the trial to be short", INL, "their lawyers"),
    _case("04-coach", "Lisa has never taken anything", INL, "Gary Finch"),
    # Must fire (s47-poss; on ed5bce51 "her coach" was cut to "her": Lisa Moor).
    _case("04-coach", "We will take this to the highest court", INL, "Gary Finch"),
    _case("04-coach", "No athlete is above them", INL, "Ida Norr"),
    # Must not fire: the coach is named, the spokesman is not.
    _case("04-coach", "The decision was fair", INL, "her spokesman"),
    _case("04-coach", "devastated", PART, "Moor's agent"),
    _case("04-coach", "She trains every day", INL, "her agent"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


_POST_NAMES = ["01-lawyer", "02-spokeswoman", "03-two-lawyers", "04-coach"]


test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, _POST_NAMES, _QUOTATIONS)


def test_the_quotation_count() -> None:
    # 22 quotations, 5 read wrong at the first read (main ed5bce51); 4 left.
    assert len(_QUOTATIONS) == 22


L, R = "\u201c", "\u201d"
_W = f"{L}We will appeal,{R}"


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        ("Her coach, Gary Finch, said the sprinter would appeal.", "her coach"),
        ("Gary Finch, her coach, said the sprinter would appeal.", "her coach"),
        ("His coach, Gary Finch, said the sprinter would appeal.", "his coach"),
        ("Gary Finch, his coach, said the sprinter would appeal.", "his coach"),
        ("Gary Finch, his lawyer, said the sprinter would appeal.", "his lawyer"),
        ("Moor's trainer, Gary Finch, said the sprinter would appeal.", "her trainer"),
    ],
)
def test_a_possessive_noun_set_off_with_a_name(opening: str, later: str) -> None:
    # Must fire: the speaker is the one named in that apposition (on
    # ed5bce51: "her coach" cut to "her" and given to Moor; "his coach", a
    # noun neither kin nor agent, left a label).
    sprinter = "Lisa Moor" if later.startswith("her") else "Leo Moor"
    said = given_to(
        f"The sprinter {sprinter} was banned for two years on Wednesday.",
        opening,
        f"Moor, 24, won the national title last summer. {_W} {later} said.",
    )
    assert said[-1][1] == "Gary Finch"


@pytest.mark.parametrize(
    ("opening", "later", "shown"),
    [
        # Two people named in the same role with the same possessive: no one.
        (
            "Ann Reyes, his lawyer, spoke on Monday. Dan Webb, his lawyer, spoke on Tuesday.",
            "his lawyer",
            "his lawyer",
        ),
        # The owner's coach is named, but the speaker is her agent.
        ("Gary Finch, her coach, said the sprinter would appeal.", "her agent", "her agent"),
        # No name given for her doctor at all: the description should stay,
        # but "her" before a noun neither kin nor agent is read as the
        # pronoun (stop 45: any noun cost ggt-dev check strict 128 -> 126).
        pytest.param(
            "The sprinter trained alone.",
            "her doctor",
            "her doctor",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'her doctor said' with no doctor named is cut to 'her' and given "
                "to the woman herself; s47-poss keeps the noun only after an apposition",
            ),
        ),
        # "Her campaign, ..." with no name after the comma: hers, as before.
        ("Her campaign, slow at first, raised money.", "her campaign", "Lisa Moor"),
    ],
)
def test_no_apposition_for_that_noun_leaves_the_description(
    opening: str, later: str, shown: str
) -> None:
    said = given_to(
        "The sprinter Lisa Moor was banned for two years on Wednesday.",
        opening,
        f"{_W} {later} said.",
    )
    assert said[-1][1] == shown
