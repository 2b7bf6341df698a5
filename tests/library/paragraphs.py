"""Helpers shared by the analysis tests: the team's paragraphs analysed as
an article, and its quotations with their speakers' names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind, Speaker


def run(*paragraphs: str) -> Analysis:
    """``paragraphs`` analysed as one article, a block each."""
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def spoken(analysis: Analysis) -> list[tuple[str, str | None]]:
    """Each quotation's words and its speaker's name (``None``: no name)."""
    return [(q.span.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def said_by(marked: str, *paragraphs: str) -> list[str | None]:
    """Who each quotation holding ``marked`` in ``paragraphs`` is given to:
    the name, else the description the Quotes panel shows."""
    return [
        (q.speaker.name or q.speaker.label) if q.speaker else None
        for q in run(*paragraphs).quotes
        if marked in q.span.text
    ]


def only_speaker(analysis: Analysis) -> Speaker:
    """The speaker of the one quotation ``analysis`` found (failing the test
    when it found none, several, or one with no speaker)."""
    assert len(analysis.quotes) == 1
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    return speaker


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def cases_with_left(cases: Iterable[_Identified], left: Mapping[str, str]) -> list[Any]:
    """A battery's cases as pytest parameters, each case whose id ``left``
    lists marked a strict xfail with its reason (a fix shows as a pass to
    take off the list)."""
    return [
        pytest.param(c, id=c.id, marks=pytest.mark.xfail(reason=left[c.id], strict=True))
        if c.id in left
        else pytest.param(c, id=c.id)
        for c in cases
    ]
