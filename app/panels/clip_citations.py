"""Clips copied as citations, for the Clips tab's copy buttons.

"Copy as citation" puts each passage with a citation formatted in the style
chosen in Preferences (via :mod:`quotemark.library.export.cite`) on the
clipboard, as rich text (HTML) and plain text; "Copy as Pandoc" puts them
with Pandoc citations (``[@key, para. 4]``) for Markdown.

The export package (formats, CSL styles) is imported when a citation is
copied, not with the window: it was a tenth of the start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from quotemark.app import settings
from quotemark.app.controller import Controller
from quotemark.library.records import ExportScope

if TYPE_CHECKING:
    from quotemark.library.export import Formatted
    from quotemark.library.model import Citation


def clip_citations(library: Controller, clip_ids: Sequence[int]) -> list[Citation]:
    """The citations of these clips (not of their posts alone), in the
    library's order."""
    wanted = set(clip_ids)
    citations = library.citations(ExportScope(clip_ids=tuple(clip_ids)))
    return [c for c in citations if c.clip is not None and c.clip.id in wanted]


def formatted(library: Controller, clip_ids: Sequence[int]) -> Formatted:
    """The clips as quoted passages with their citations, as rich text and
    plain text, in the style chosen in Preferences (each post's reference
    once): ``“passage” — Speaker (Author 2017, para. 1)`` then the
    reference."""
    from quotemark.library.export import Formatted, format_clips
    from quotemark.library.export.stylebook import DEFAULT_STYLE

    if not clip_ids:
        return Formatted("", "")
    chosen = clip_citations(library, clip_ids)
    return format_clips(chosen, settings.get_str(settings.CITATION_STYLE, DEFAULT_STYLE))


def copy_formatted(library: Controller, clip_ids: Sequence[int]) -> None:
    """Put :func:`formatted` on the clipboard (rich text and plain text)."""
    text = formatted(library, clip_ids)
    data = QMimeData()
    data.setText(text.text)
    data.setHtml(text.html)
    QGuiApplication.clipboard().setMimeData(data)


def copy_pandoc(library: Controller, clip_ids: Sequence[int]) -> None:
    """Put the clips with their Pandoc citations on the clipboard."""
    from quotemark.library.export.markdown import pandoc_clips

    QGuiApplication.clipboard().setText(pandoc_clips(clip_citations(library, clip_ids)))
