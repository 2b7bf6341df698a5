"""Extraction: :class:`~library.model.RawDocument` to
:class:`~library.model.Article` (metadata plus the body as ordered blocks,
with the blog chrome removed).

Plain text goes to :mod:`library.extract.text`; HTML (single file, "Web page,
complete", MHTML) to :mod:`library.extract.html`.
"""

from __future__ import annotations

from library.extract.html import extract_html
from library.extract.text import extract_text
from library.model import Article, RawDocument

__all__ = ["extract", "extract_html", "extract_text"]


def extract(doc: RawDocument) -> Article:
    """Extract the article from a decoded document.

    Raises :class:`~library.errors.NoArticle` when no article text is found.
    """
    if doc.text is not None:
        return extract_text(doc)
    return extract_html(doc)
