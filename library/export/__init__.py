"""Export: citations to biblatex, BibTeX, CSL-JSON, RIS and Markdown.

An exporter is a function ``(citations, options) -> str`` registered by
name (:mod:`quotemark.library.export.registry`); each format lives in its own module
and registers itself when imported here, the default (``biblatex``) first.
The field mapping of every format is in ``docs/export.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.export import biblatex, bibtex, csl_json, markdown, ris
from quotemark.library.export.atomic import write_atomic
from quotemark.library.export.cite import (
    Formatted,
    format_citation,
    format_clips,
    format_in_text,
    styles,
)
from quotemark.library.export.groups import group
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, get, names
from quotemark.library.model import Citation

__all__ = [
    "ExportOptions",
    "Exporter",
    "Formatted",
    "entry_count",
    "export",
    "exporter",
    "format_citation",
    "format_clips",
    "format_in_text",
    "formats",
    "styles",
    "write_atomic",
]

# The modules register themselves on import; naming them keeps the imports.
_FORMAT_MODULES = (biblatex, bibtex, csl_json, ris, markdown)


def formats() -> list[str]:
    """The registered format names, the default (``biblatex``) first."""
    return names()


def exporter(fmt: str) -> Exporter:
    """The registered exporter ``fmt`` (its label and file extension);
    :class:`~quotemark.library.errors.ExportError` for an unknown name."""
    return get(fmt)


def export(fmt: str, citations: Sequence[Citation], options: ExportOptions | None = None) -> str:
    """Render ``citations`` in format ``fmt``.

    ``citations`` holds one post-level citation per post, followed by that
    post's clip citations; with ``options.posts_only`` the clip citations
    are left out. Raises :class:`~quotemark.library.errors.ExportError` for an unknown
    format or a citation key that is malformed or used twice.
    """
    return get(fmt).render(citations, options or ExportOptions())


def entry_count(citations: Sequence[Citation], options: ExportOptions | None = None) -> int:
    """How many entries (posts plus clips) an export of ``citations`` holds:
    repeated posts count once, a clip's implied post counts, and clips are
    left out with ``options.posts_only``. Checks keys as :func:`export` does."""
    posts_only = (options or ExportOptions()).posts_only
    return sum(1 + len(g.clips) for g in group(citations, posts_only=posts_only))
