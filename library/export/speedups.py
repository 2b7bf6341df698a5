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

from citeproc import model, source

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
    model.CitationStylesElement.get_root = _cached_root(model.CitationStylesElement.get_root)
    model.If._type = _type
    source.CustomDict.__getattr__ = _getattr
    source.CitationItem.reference = property(_reference)
    _installed = True


def _cached_root(method: Any) -> Any:
    # An element's root (its style or locale) never changes after parsing.
    roots: dict[Any, Any] = {}

    def get_root(self: Any) -> Any:
        found = roots.get(self)
        if found is None:
            found = roots[self] = method(self)
        return found

    return get_root


_TYPES: dict[Any, tuple[str, ...]] = {}


def _type(self: Any, item: Any) -> list[bool]:
    """``cs:if type="..."``: the element's type list is split once."""
    types = _TYPES.get(self)
    if types is None:
        types = _TYPES[self] = tuple(t.lower() for t in self.get("type").split())
    kind = item.reference.type
    return [t == kind for t in types]


def _getattr(self: Any, name: str) -> Any:
    # The same answer as citeproc-py's (a missing key is a VariableError),
    # without the two extra Python calls per look-up.
    try:
        return dict.__getitem__(self, name)
    except KeyError:
        raise source.VariableError from None


def _reference(self: Any) -> Any:
    # A cited item's reference is looked up through its citation and
    # bibliography hundreds of times per rendering; it is fixed once the
    # citation is registered, so it is kept on the item (outside the dict,
    # where citeproc-py's own fields live).
    found = self.__dict__.get("_quotemark_reference")
    if found is None:
        found = self.bibliography.source[self.key]
        object.__setattr__(self, "_quotemark_reference", found)
    return found


def _cached(method: Any) -> Any:
    answers: dict[Any, bool] = {}

    def calls_variable(self: Any) -> bool:
        found = answers.get(self)
        if found is None:
            found = answers[self] = method(self)
        return bool(found)

    return calls_variable
