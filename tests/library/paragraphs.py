"""Helpers shared by the analysis tests: the team's paragraphs analysed as
an article, and its quotations with their speakers' names."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind


def run(*paragraphs: str) -> Analysis:
    """``paragraphs`` analysed as one article, a block each."""
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def spoken(analysis: Analysis) -> list[tuple[str, str | None]]:
    """Each quotation's words and its speaker's name (``None``: no name)."""
    return [(q.span.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]
