"""A description's one holder named far back, stop 48 (branch s48-far).

"Ada Lind, the lawyer for the families, asked the court ... (paragraphs of
other people) ... “…,” the lawyer said": the text gave the noun to Lind
alone by name, so "the lawyer" stays hers however many others are named
between (:func:`quotemark.library.analyze.far_holders.bound_holder`). On
5bfc9f96 each firing sentence below went to the person named last (or, for
the lone surname, stayed a label); the must-not sentences read as before.
Every sentence is written by the team.
"""

from __future__ import annotations

# ruff: noqa: E501 (the team's sentences are long lines)
from collections.abc import Callable

import pytest

import quotemark.library.analyze as analyze_package
from tests.library.paragraphs import run, said_by

_OTHERS = [
    "Tom Hale, who runs a bakery on the quay, said the closure had cost him customers. “We lost a month,” Hale said.",
    "Jo Caron, a teacher, said the children had been kept indoors. Simon Carver agreed with her.",
    "Dan Webb, who chairs the residents' group, said the meeting had been heated. “People are angry,” Webb said.",
    "Rhona Quill said the water had been brown for a week. Her neighbour, Ben Ross, said he had bought bottled water.",
    "Sam Okoro, a retired engineer, said the pipes were older than the town. “Nobody listened,” Okoro said.",
    "Lena Voss and Morag Innes both signed the petition. “We want answers,” Voss said.",
    "Craig Dunmore, a councillor, said the council would hold its own inquiry. “We will look at everything,” Dunmore said.",
]
_APPEAL = [
    "“We will appeal,” the {noun} said.",
    "The {noun} said: “We will appeal.”",
    "At the hearing the {noun} said: “We will appeal.”",
]


@pytest.mark.parametrize("ending", _APPEAL)
@pytest.mark.parametrize("others", [3, 7])
@pytest.mark.parametrize(
    ("intro", "noun"),
    [
        (
            "Ada Lind, the lawyer for the families, asked the court to reopen the case on Monday.",
            "lawyer",
        ),
        (
            "Ada Lind, a lawyer for the families, asked the court to reopen the case on Monday.",
            "lawyer",
        ),
        ("Ada Lind, the families' lawyer, asked the court to reopen the case on Monday.", "lawyer"),
        ("The families' lawyer Ada Lind asked the court to reopen the case on Monday.", "lawyer"),
        (
            "The lawyer for the families, Ada Lind, asked the court to reopen the case on Monday.",
            "lawyer",
        ),
        (
            "The director of the Northgate Water Agency, Ada Lind, told the court the fine was unfair.",
            "director",
        ),
    ],
)
def test_the_noun_stays_with_its_one_holder(
    intro: str, noun: str, others: int, ending: str
) -> None:
    paragraphs = [intro, *_OTHERS[:others], ending.format(noun=noun)]
    assert said_by("We will appeal", *paragraphs) == ["Ada Lind"]


@pytest.mark.parametrize(
    "intro",
    [
        "The hearing opened before judge O’Neill, who read the charges aloud.",
        "Judge McKay’s ruling in March set the date for the hearing.",
    ],
)
def test_a_lone_surname_with_an_apostrophe_or_an_inner_capital(intro: str) -> None:
    paragraphs = [
        intro,
        *(_OTHERS * 3),
        "At the end of the day the judge said: “We will sit again on Monday.”",
    ]
    assert said_by("sit again", *paragraphs) in (["O’Neill"], ["McKay"])


# Must not fire.


def _bound(monkeypatch: pytest.MonkeyPatch, *paragraphs: str) -> list[str | None]:
    """What the rule gave each description it was asked of in ``paragraphs``
    (``None``: it did not fire; the reading is then the older rules')."""
    asked: list[str | None] = []
    rule: Callable[..., str | None] = analyze_package._bound_far

    def recorded(*args: object) -> str | None:
        asked.append(rule(*args))
        return asked[-1]

    monkeypatch.setattr(analyze_package, "_bound_far", recorded)
    run(*paragraphs)
    return asked


def test_two_lawyers_leave_the_lawyer_to_no_one_of_them_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two holders of the noun: the rule binds neither.
    got = _bound(
        monkeypatch,
        "Ada Lind, a lawyer for the families, asked the court to reopen the case on Monday.",
        "Ben Ross, a lawyer for the council, said the case was closed.",
        *_OTHERS[2:7],
        "“We will appeal,” the lawyer said.",
    )
    assert got == [None]


def test_someone_brought_in_unnamed_with_the_noun_since() -> None:
    assert said_by(
        "We will appeal",
        "Ada Lind, the lawyer for the families, asked the court to reopen the case on Monday.",
        *_OTHERS[:4],
        "A lawyer for the water company said the fine would be paid.",
        "“We will appeal,” the lawyer said.",
    ) != ["Ada Lind"]


def test_someone_named_in_the_description_paragraph() -> None:
    # "“Broad City” star Arturo Castro ... the actor held a fake audition":
    # the person named in the paragraph, not the one given the noun far back.
    assert said_by(
        "We will appeal",
        "Ada Lind, the lawyer for the families, asked the court to reopen the case on Monday.",
        *_OTHERS[:4],
        "Solicitor Tom Quayle spoke next. The lawyer said: “We will appeal.”",
    ) == ["Tom Quayle"]


def test_not_a_person_noun() -> None:
    # "The online retail giant" after "Exxon Mobil, the oil giant" (tune PolNeAR).
    assert said_by(
        "profit",
        "Harbour Foods, the food giant, reported a fall in sales on Monday.",
        *_OTHERS[:4],
        "Northgate Retail reported a rise. The online giant reported “a profit of $1.78 per share.”",
    ) != ["Harbour Foods"]


def test_a_lone_surname_two_full_names_share(monkeypatch: pytest.MonkeyPatch) -> None:
    # "President Bush" after "Jeb Bush" and "George W. Bush" (tune PolNeAR).
    got = _bound(
        monkeypatch,
        "Tom McKay and Ann McKay both sat on the bench that year.",
        "The hearing opened before judge McKay, who read the charges aloud.",
        *(_OTHERS * 3),
        "At the end of the day the judge said: “We will sit again on Monday.”",
    )
    assert got == [None]


def test_a_particle_before_the_surname() -> None:
    # "Mayor Bill de Blasio": "Bill" is no lone surname (tune PolNeAR).
    got = said_by(
        "sit again",
        "The hearing opened before judge Anna de Vries, who read the charges aloud.",
        *(_OTHERS * 3),
        "At the end of the day the judge said: “We will sit again on Monday.”",
    )
    assert got != ["Anna"]


def test_few_others_since_leave_the_older_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # Stop 39's guard (test_battery_tracking_stop39): with one person named
    # since the holder, the rule does not fire; the older rules read it.
    assert _bound(
        monkeypatch,
        "Ada Lind, the lawyer for the families, asked the court to reopen the case on Monday.",
        "Tom Hale, the harbour master, says the court has sat late all week.",
        "“We will appeal,” the lawyer said.",
    ) == [None]
