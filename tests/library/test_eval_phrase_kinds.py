"""`make eval` counts each half's strict speaker misses by the kind of the
gold speaker phrase, so where the unseen half loses speakers (an organisation
left as "the department", a pronoun given to the wrong person) can be weighed
without reading it."""

from __future__ import annotations

from evaluation.quotes import Doc, Gold, Score, phrase_kind, score_doc, table

TEXT = (
    "Officials would not say how many files were open. "
    "\u201cEvery application is reviewed on its merits,\u201d the department said.\n\n"
    "Ada Lind, who runs the clinic, was less patient. \u201cWe wait for months,\u201d she said."
)


def _gold(quote: str, phrase: str, reference: str) -> Gold:
    start = TEXT.index(quote)
    s_start = TEXT.index(phrase, start)
    return Gold(
        start - 1,
        start + len(quote) + 2,
        "direct",
        reference,
        s_start,
        s_start + len(phrase),
        quote,
        frozenset([reference.lower().split()[-1]]),
    )


def test_a_description_a_pronoun_and_a_name_are_told_apart() -> None:
    department = _gold("Every application", "the department", "Citizenship Canada")
    pronoun = _gold("We wait for months", "she", "Ada Lind")
    named = Gold(
        0,
        10,
        "direct",
        "Ada Lind",
        TEXT.index("Ada Lind"),
        TEXT.index("Ada Lind") + 8,
        "",
        frozenset(["lind"]),
    )
    unmarked = Gold(0, 10, "direct", "Ada Lind", None, None, "", frozenset(["lind"]))
    assert phrase_kind(department, TEXT) == "a description"
    assert phrase_kind(pronoun, TEXT) == "a pronoun"
    assert phrase_kind(named, TEXT) == "a name"
    assert phrase_kind(unmarked, TEXT) == "no phrase"


def test_the_table_counts_a_description_left_unresolved() -> None:
    gold = [
        _gold(
            "Every application is reviewed on its merits,", "the department", "Citizenship Canada"
        ),
        _gold("We wait for months,", "she", "Ada Lind"),
    ]
    ours, base = Score(), Score()
    score_doc(Doc("clinic.txt", TEXT, gold), ours, base)
    assert ours.tp == 2
    # The pronoun is resolved to Ada Lind; the department cannot be, as the
    # text never names it (the annotator's reference does).
    assert ours.strict_right == 1
    assert ours.miss_phrases == {"a description": 1}
    assert ours.phrases == {"a description": 1, "a pronoun": 1}
    lines = table(
        "demo", {"tune": (ours, base), "check": (Score(), Score())}, {"tune": 1, "check": 0}
    )
    assert "  tune    by the gold speaker phrase (wrong/all): a description 1/1" in lines
