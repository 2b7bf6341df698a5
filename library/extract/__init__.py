"""Extraction: :class:`~library.model.RawDocument` to
:class:`~library.model.Article` (metadata plus the body as ordered blocks,
with the blog chrome removed)."""

from __future__ import annotations

from library.model import Article, RawDocument


def extract(doc: RawDocument) -> Article:
    """Extract the article from a decoded document.

    Raises :class:`~library.errors.NoArticle` when no article text is found.
    """
    raise NotImplementedError
