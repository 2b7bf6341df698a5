"""Caches for citeproc-py's style look-ups.

citeproc-py finds macros, terms and inherited options with an XPath query
on the style's XML every time it needs one (a quarter of the time of
formatting a reference), and walks a group's whole subtree to learn whether
it prints a variable (most of the time with the large official styles).
Both answers depend on the style's XML only, which does not change after
it is parsed, so they are cached per element; formatting 1,000 posts takes
about half as long. The caches hold elements of the styles that
:mod:`quotemark.library.export.stylebook` keeps parsed (at most 32).
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
    for owner in (model.Parent, model.Text):
        owner.calls_variable = _cached(owner.calls_variable)
    _installed = True


def _cached(method: Any) -> Any:
    answers: dict[Any, bool] = {}

    def calls_variable(self: Any) -> bool:
        found = answers.get(self)
        if found is None:
            found = answers[self] = method(self)
        return bool(found)

    return calls_variable
