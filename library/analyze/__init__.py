"""Analysis: the quotations, their speakers and the sources an article
cites."""

from __future__ import annotations

from collections.abc import Sequence

from library.model import Analysis, Block, Metadata


def analyze(blocks: Sequence[Block], metadata: Metadata | None = None) -> Analysis:
    """Find direct quotations (with speakers) and cited sources in ``blocks``.

    Never raises on odd input (stray marks, huge paragraphs); runs in time
    linear in the text.
    """
    raise NotImplementedError
