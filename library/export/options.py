"""The choices an export takes (kept apart so every exporter can import it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices that apply to every format.

    ``posts_only`` leaves clip entries out. ``ascii_only`` writes non-ASCII
    letters in LaTeX's forms (``{\\'{e}}``); ``None`` means the format's own
    default (on for classic BibTeX, off for biblatex, which biber reads as
    UTF-8). ``citation_style`` is the CSL style of formatted citations (the
    Markdown export); see :func:`quotemark.library.export.cite.styles`.
    """

    posts_only: bool = False
    ascii_only: bool | None = None
    citation_style: str = "chicago-author-date"
