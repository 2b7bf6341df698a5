""" "The latter" and "the former" as a speaker (stop 44).

"The board was represented by Simon Carver, a solicitor. “…,” the latter
told the magistrate": "the latter" is the last of the people named before,
"the former" the one named before that. Read only when a speaker phrase is
the bare phrase, over this paragraph and the one before.
"""

from __future__ import annotations

import bisect

from quotemark.library.analyze.common import _previous_line_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.speakers import People

_ORDER = {"the latter": 0, "the former": 1}
"""Which of the last two people named each phrase means, nearest first."""
_MOST = 16
"""How many registered names each list is walked back (bounded)."""


def former_or_latter(doc: Document, people: People, pos: int, role: str) -> str | None:
    """The person "the latter" / "the former" at ``pos`` means: the last /
    the next-to-last distinct person named (as a subject, a speaker or in
    passing) in this paragraph or the one before; ``None`` for any other
    phrase, or when fewer than two people are named there (the phrase
    presupposes two)."""
    which = _ORDER.get(role.strip().lower())
    if which is None:
        return None
    lo = _previous_line_start(doc, pos)
    named: list[tuple[int, str]] = []
    for positions, names in (
        (people.positions, people.names),
        (people.mentioned_at, people.mentioned),
    ):
        i = bisect.bisect_left(positions, pos)
        floor = max(0, i - _MOST)
        while i > floor and positions[i - 1] >= lo:
            i -= 1
            named.append((positions[i], names[i]))
    order: list[str] = []
    for _at, name in sorted(named, reverse=True):
        if name not in order:
            order.append(name)
    return order[which] if len(order) >= 2 else None
