"""Formatted citations ("Copy as citation", the Markdown export).

citeproc-py renders CSL-JSON items (built as the CSL-JSON export builds
them) with a CSL style: Quotemark's own ``chicago-author-date`` (see
:mod:`library.export.csl_styles`) or any style citeproc-py itself finds
(it bundles ``harvard-cite-them-right``).
"""

from __future__ import annotations

import functools
import io
import re
from typing import Any

from citeproc import (
    Citation as CslCitation,
)
from citeproc import (
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from library.errors import ExportError
from library.export import csl_json, passages
from library.export.csl_styles import STYLES
from library.model import Citation

DEFAULT_STYLE = "chicago-author-date"
_BUNDLED = ("harvard-cite-them-right",)
_PLACEHOLDER = "7777777"

# American style puts the period inside the closing quote; a title that
# ends in its own mark needs no second one.
_DOUBLED_STOP = re.compile(r"([.?!])\.\u201d")


def styles() -> list[str]:
    """The style names :func:`format_citation` accepts, the default first."""
    return [*STYLES, *_BUNDLED]


@functools.cache
def _style(name: str) -> Any:
    if name in STYLES:
        return CitationStylesStyle(io.BytesIO(STYLES[name].encode("utf-8")), validate=False)
    if name in _BUNDLED:
        return CitationStylesStyle(name, validate=False)
    raise ExportError(f"Unknown citation style {name!r}. Choose one of: {', '.join(styles())}.")


def _item(citation: Citation, key: str) -> dict[str, Any]:
    data = csl_json.item(citation)
    data["id"] = key
    if "title" in data:
        # Quotation marks inside a quoted title become single ones.
        data["title"] = _inner_quotes(data["title"])
    return data


def _inner_quotes(title: str) -> str:
    title = title.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    return re.sub(r'"([^"]*)"', "\u2018\\1\u2019", title)


class CitationFormatter:
    """Formats one post's reference and in-text citations in a style."""

    def __init__(self, citation: Citation, style: str = DEFAULT_STYLE) -> None:
        self._key = "post"
        source = CiteProcJSON([_item(citation, self._key)])
        self._bibliography = CitationStylesBibliography(_style(style), source, formatter.plain)
        self._bibliography.register(CslCitation([CitationItem(self._key)]))
        self._with_locator: dict[bool, str] = {}

    def reference(self) -> str:
        """The reference-list entry."""
        entries = self._bibliography.bibliography()
        return _tidy(str(entries[0])) if entries else ""

    def in_text(self, paragraph: int | str | None = None) -> str:
        """The parenthetical citation, with a paragraph locator if given:
        "(Smith 2024, para. 4)", or for a range ("2–4") "(Smith 2024,
        paras. 2–4)"."""
        if paragraph is None:
            return self._cite(CitationItem(self._key))
        # A locator is opaque text to a style, so the citation is formatted
        # once (singular and plural) with a placeholder and reused for every
        # paragraph of the post.
        locator = str(paragraph)
        plural = "\u2013" in locator or "-" in locator
        if plural not in self._with_locator:
            placeholder = f"{_PLACEHOLDER}\u2013{_PLACEHOLDER}" if plural else _PLACEHOLDER
            item = CitationItem(self._key, locator=Locator("paragraph", placeholder))
            self._with_locator[plural] = self._cite(item)
        if plural:
            first, _, last = locator.replace("-", "\u2013").partition("\u2013")
            template = self._with_locator[True]
            return template.replace(_PLACEHOLDER, first, 1).replace(_PLACEHOLDER, last, 1)
        return self._with_locator[False].replace(_PLACEHOLDER, locator)

    def _cite(self, item: CitationItem) -> str:
        cite = CslCitation([item])
        self._bibliography.register(cite)
        return _tidy(str(self._bibliography.cite(cite, _ignore)))


def _ignore(_: object) -> None:
    """citeproc-py reports unknown keys through a callback; ours all exist."""


def _tidy(text: str) -> str:
    return " ".join(_DOUBLED_STOP.sub("\\1\u201d", text).split())


def format_citation(citation: Citation, style: str = DEFAULT_STYLE) -> str:
    """The reference-list entry for ``citation``'s post as plain text, e.g.
    ``Smith, Zoë. 2024. “Title.” Syria Direct. January 2, 2024. https://...``.
    A clip is cited by its post: pair this with :func:`format_in_text` for
    the paragraph."""
    try:
        return CitationFormatter(citation, style).reference()
    except ExportError:
        raise
    except Exception as error:  # citeproc-py raises bare exceptions on odd data
        raise _failed(citation, error) from error


def format_in_text(citation: Citation, style: str = DEFAULT_STYLE) -> str:
    """The in-text citation, with the clip's paragraph as locator when
    ``citation`` is a clip: ``(Smith 2024, para. 4)``."""
    paragraph = passages.paragraph_range(citation.clip) if citation.clip else None
    try:
        return CitationFormatter(citation, style).in_text(paragraph)
    except ExportError:
        raise
    except Exception as error:  # as above
        raise _failed(citation, error) from error


def _failed(citation: Citation, error: Exception) -> ExportError:
    return ExportError(f"Could not format a citation for {citation.post_key!r}: {error}")
