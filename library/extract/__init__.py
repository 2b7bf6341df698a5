"""Extraction: :class:`~quotemark.library.model.RawDocument` to
:class:`~quotemark.library.model.Article` (metadata plus the body as ordered blocks,
with the blog chrome removed).

Plain text goes to :mod:`quotemark.library.extract.text`; HTML (single file, "Web page,
complete", MHTML) to :mod:`quotemark.library.extract.html`.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.extract.text import extract_text
from quotemark.library.model import Article, RawDocument

__all__ = ["extract", "extract_html", "extract_text"]


def extract(doc: RawDocument) -> Article:
    """Extract the article from a decoded document.

    Raises :class:`~quotemark.library.errors.NoArticle` when no article text is found.
    """
    if doc.text is not None:
        return extract_text(doc)
    return extract_html(doc)
