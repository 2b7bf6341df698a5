"""A cache for citeproc-py's style look-ups.

citeproc-py finds macros, terms and inherited options with an XPath query
on the style's XML every time it needs one (a quarter of the time of
formatting a reference). A style's XML does not change after it is
parsed, so the answer for one element and one query is cached; formatting
1,000 posts takes about half as long. The cache holds the elements of the
styles that :mod:`library.export.stylebook` keeps parsed (at most 32).
"""

from __future__ import annotations

from typing import Any

from citeproc import model

_installed = False


def install() -> None:
    """Cache ``CitationStylesElement.xpath_search`` (once per process)."""
    global _installed
    if _installed:
        return
    original = model.CitationStylesElement.xpath_search
    cache: dict[tuple[Any, str], Any] = {}

    def xpath_search(self: Any, expression: str) -> Any:
        key = (self, expression)
        found = cache.get(key)
        if found is None:
            found = cache[key] = original(self, expression)
        return found

    model.CitationStylesElement.xpath_search = xpath_search
    _installed = True
