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

from quotemark.library.export import walk

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
    _install_element_caches()
    model.Choose.render = _choose(model.Choose.render)
    walk.install()
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


def _shape(item: Any) -> tuple[Any, ...]:
    # What a plain cs:choose test can see of a cited item: its type, which
    # fields it has, whether it has a locator. Neither the item nor its
    # reference changes while it is rendered (citeproc-py never writes to
    # them), so the answer is kept on the item like its reference.
    found = item.__dict__.get("_quotemark_shape")
    if found is None:
        reference = item.reference
        found = (reference.type, frozenset(reference), "locator" in item)
        object.__setattr__(item, "_quotemark_shape", found)
    return found  # type: ignore[no-any-return]


def _cached(method: Any) -> Any:
    answers: dict[Any, bool] = {}

    def calls_variable(self: Any) -> bool:
        found = answers.get(self)
        if found is None:
            found = answers[self] = method(self)
        return bool(found)

    return calls_variable


# cs:if / cs:else-if tests that depend only on the item's type and on which
# fields it has; a cs:choose made only of those picks the same branch for
# every item with the same type and fields, so the choice is remembered.
_PLAIN_TESTS = frozenset({"type", "variable", "match"})
# The other tests citeproc-py knows (it reads "disambiguate" but ignores
# it): a cs:choose with them is tested branch by branch as citeproc-py
# does, without the exception each failed branch raised.
_TESTS = _PLAIN_TESTS | {"locator", "is-numeric", "is-uncertain-date", "position", "disambiguate"}


def _holds(branch: Any, item: Any, context: Any = None) -> bool:
    # citeproc-py's own test of a branch (If.render), without rendering it.
    if isinstance(branch, model.Else):
        return True
    attrib = branch.attrib
    results: list[Any] = []
    if "type" in attrib:
        results += branch._type(item)
    if "variable" in attrib:
        results += branch._variable(item)
    if "is-numeric" in attrib:
        results += branch._is_numeric(item)
    if "is-uncertain-date" in attrib:
        results += branch._is_uncertain_date(item)
    if "locator" in attrib:
        results += branch._locator(item)
    if "position" in attrib:
        results += branch._position(item, context)
    match = branch.get("match")
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


def _choose(original: Any) -> Any:
    # Per cs:choose: its branches, and whether the choice can be remembered
    # (only plain tests); None for a branch citeproc-py's own code handles.
    plans: dict[Any, tuple[tuple[Any, ...], bool] | None] = {}
    picked: dict[tuple[Any, ...], int] = {}

    def render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        if self in plans:
            plan = plans[self]
        else:
            children = tuple(self.getchildren())
            tests = [set() if isinstance(c, model.Else) else set(c.attrib) for c in children]
            known = all(isinstance(c, (model.If, model.Else)) for c in children) and all(
                t <= _TESTS for t in tests
            )
            plain = all(t <= _PLAIN_TESTS for t in tests)
            plan = plans[self] = (children, plain) if known else None
        if plan is None:
            return original(self, item, context=context, delimiter=delimiter, **kwargs)
        branches, plain = plan
        if plain:
            key = (self, *_shape(item))
            index = picked.get(key)
            if index is None:
                index = picked[key] = next(
                    (i for i, branch in enumerate(branches) if _holds(branch, item)), -1
                )
        else:
            index = next(
                (i for i, branch in enumerate(branches) if _holds(branch, item, context)), -1
            )
        if index < 0:
            return None
        return branches[index].render_children(item, context=context, delimiter=delimiter, **kwargs)

    return render


# Formatting attributes: an element with none of them leaves its text as it
# is, which is most elements; citeproc-py asks five times per rendering.
_FORMATTING = frozenset(
    {"font-style", "font-variant", "font-weight", "text-decoration", "vertical-align"}
)


def _install_element_caches() -> None:
    """Answers that depend only on a style's parsed XML, kept per element:
    whether it formats its text, its child elements by name, its macros,
    its options and its locale's options, its prefix and suffix, its
    children, and which object holds its formatter. (The
    formatter itself is read each time: each bibliography sets its own.)"""
    formats: dict[Any, bool] = {}
    original_format = model.Formatted.format

    def format_text(self: Any, string: Any) -> Any:
        styled = formats.get(self)
        if styled is None:
            styled = formats[self] = not _FORMATTING.isdisjoint(self.attrib)
        if styled:
            return original_format(self, string)
        return str(string) if isinstance(string, (int, float)) else string

    model.Formatted.format = format_text

    owners: dict[Any, Any] = {}

    def get_formatter(self: Any) -> Any:
        owner = owners.get(self)
        if owner is None:
            root = self.get_root()
            owner = owners[self] = root.style if isinstance(root, model.Locale) else root
        return owner.formatter

    model.CitationStylesElement.get_formatter = get_formatter
    model.CitationStylesElement.get_option = _per_element(model.CitationStylesElement.get_option)
    model.FormattingInstructions.get_option = _per_element(model.FormattingInstructions.get_option)
    model.CitationStylesElement.get_macro = _per_element(model.CitationStylesElement.get_macro)
    model.CitationStylesElement.get_locale_option = _per_element(
        model.CitationStylesElement.get_locale_option
    )
    model.SomewhatObjectifiedElement.__getattr__ = _per_element(
        model.SomewhatObjectifiedElement.__getattr__
    )

    # An element without prefix and suffix returns its text as it is
    # (citeproc-py's own wrap adds and strips empty strings around it).
    affixes: dict[Any, tuple[str, str]] = {}
    original_wrap = model.Affixed.wrap

    def wrap(self: Any, string: Any) -> Any:
        found = affixes.get(self)
        if found is None:
            found = affixes[self] = (self.get("prefix", ""), self.get("suffix", ""))
        if found == ("", ""):
            return string
        return original_wrap(self, string)

    model.Affixed.wrap = wrap

    # The rendering walks every element's children on every item: lxml
    # makes a proxy per child per walk; the children are listed once.
    children: dict[Any, tuple[Any, ...]] = {}
    original_iterchildren = model.CitationStylesElement.iterchildren

    def iterchildren(self: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:
            return original_iterchildren(self, *args, **kwargs)
        found = children.get(self)
        if found is None:
            found = children[self] = tuple(original_iterchildren(self))
        return iter(found)

    model.CitationStylesElement.iterchildren = iterchildren


_MISSING = object()


def _per_element(method: Any) -> Any:
    # One answer per (element, name); an exception (a missing option) is
    # not cached and is raised again each time, as before.
    answers: dict[tuple[Any, str], Any] = {}

    def cached(self: Any, name: str) -> Any:
        key = (self, name)
        found = answers.get(key, _MISSING)
        if found is _MISSING:
            found = answers[key] = method(self, name)
        return found

    return cached
