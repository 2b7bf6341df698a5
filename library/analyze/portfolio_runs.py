"""A capitalised run that ends an office's portfolio, not a name: "The
Minister for Rural and Community Development, Niamh Corrigan, visited":
"Community Development" after "Minister for Rural and" is the rest of
what she is minister for, no person (review 4, stop 43: it was taken as the
sentence's subject, and her "she" went to it).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.analyze.lexicon import TITLES, words

_OFFICE_HEADS = frozenset(t.rstrip(".") for t in TITLES) | words(
    "department ministry office committee"
)
"""Words an office or a body's portfolio hangs from ("Minister for",
"Department of")."""


def ends_portfolio(before: Sequence[str]) -> bool:
    """Do the words ``before`` a capitalised run (the last few, as the text
    writes them) end an office and the first words of its portfolio joined
    by "and" ("Minister for Rural and", "Department of Arts and")? Then the
    run names the rest of the portfolio."""
    if len(before) < 3 or before[-1] not in ("and", "&"):
        return False
    for i in range(len(before) - 2, 0, -1):
        word = before[i]
        if word in ("for", "of"):
            return before[i - 1].lower().strip(",") in _OFFICE_HEADS and i < len(before) - 2
        if not word[:1].isupper() or word.endswith(","):
            return False
    return False
