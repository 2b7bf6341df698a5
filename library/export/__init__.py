"""Export: citations to BibTeX, biblatex, CSL-JSON, RIS and Markdown.

An exporter is a function ``(citations, options) -> str`` registered by
name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from library.model import Citation


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices that apply to every format."""

    posts_only: bool = False


def formats() -> list[str]:
    """The registered format names, the default (``biblatex``) first."""
    raise NotImplementedError


def export(fmt: str, citations: Sequence[Citation], options: ExportOptions | None = None) -> str:
    """Render ``citations`` in format ``fmt``.

    ``citations`` holds one post-level citation per post, followed by that
    post's clip citations; with ``options.posts_only`` the clip citations
    are left out.
    """
    raise NotImplementedError
