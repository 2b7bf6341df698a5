"""Text for the analysis's fuzz tests: pieces the team chose, each followed
by a separator, drawn at random, so a rewritten pattern can be held to the
spelling it replaced on thousands of odd texts."""

from __future__ import annotations

import random
from collections.abc import Sequence


def pieces_text(
    rng: random.Random, pieces: Sequence[str], separators: Sequence[str], most: int
) -> str:
    """Up to ``most`` pieces, each followed by a separator."""
    out: list[str] = []
    for _ in range(rng.randint(0, most)):
        out.append(rng.choice(pieces))
        out.append(rng.choice(separators))
    return "".join(out)
