"""A faster walk over a CSL style's tree for citeproc-py (installed by
:mod:`quotemark.library.export.speedups`).

citeproc-py asks the same questions of every element for every item it
formats: which children it has, whether each is a ``cs:choose``, whether
it calls a variable, whether a ``cs:text`` changes case, strips periods or
quotes. The answers depend only on the style, so they are kept per element.
A ``cs:text`` or ``cs:names`` (without ``cs:substitute``) whose variables
the item does not have prints nothing; citeproc-py finds that out by
raising an exception through several calls, and every parent treats "raised"
and "printed nothing" alike, so such a child is passed over. The locale's
terms are looked up once per element, and the item's language once per
item. What is printed does not change (the speedups test compares every
shipped style with citeproc-py unpatched).
"""

from __future__ import annotations

from typing import Any

from citeproc import model, source
from citeproc.string import String

_MISSING = object()
# The cs:text attributes that change its text before it is formatted.
_AS_IS = frozenset({"strip-periods", "text-case", "quotes"})
# cs:text variables citeproc-py does not read from the item's fields.
_NOT_FIELDS = frozenset({"locator", "citation-number"})

# Per element: (child, is a cs:choose, calls a variable, the fields of which
# the child needs one to print anything, or None when it may print without).
_Step = tuple[Any, bool, bool, "frozenset[str] | None"]


def install() -> None:
    """Replace citeproc-py's tree walk (once; called by ``speedups``)."""
    model.Group.process = _group_process
    model.Parent.render_children = _render_children
    model.Text.markup = _markup(model.Text.markup)
    model.Text.process = _text_process
    for name in ("get_single_term", "get_plural_term"):
        method = getattr(model.CitationStylesElement, name)
        setattr(model.CitationStylesElement, name, _term(method))


_plans: dict[Any, tuple[_Step, ...]] = {}


def _plan(element: Any) -> tuple[_Step, ...]:
    found = _plans.get(element)
    if found is None:
        found = _plans[element] = tuple(
            (c, isinstance(c, model.Choose), bool(c.calls_variable()), _needs(c))
            for c in element.iterchildren()
        )
    return found


def _needs(child: Any) -> frozenset[str] | None:
    """The item fields of which ``child`` needs at least one to print
    anything (as citeproc-py reads them), or None if it may print without."""
    if isinstance(child, model.Text):
        variable = child.get("variable")
        if variable is None or variable in _NOT_FIELDS:
            return None
        # Text._variable: "page..." reads the page field; form="short"
        # prefers the short field when the item has it.
        field = "page" if variable.startswith("page") else variable.replace("-", "_")
        if child.get("form") == "short":
            return frozenset({field, (variable + "-short").replace("-", "_")})
        return frozenset({field})
    roles = child.get("variable")
    if isinstance(child, model.Names) and roles is not None and child.substitute() is None:
        # Names.process tests each role as written; with none present and
        # no substitute it raises.
        return frozenset(roles.split())
    return None


def _fields(item: Any) -> frozenset[str]:
    # The item's fields never change while it is rendered.
    found = item.__dict__.get("_quotemark_fields")
    if found is None:
        found = frozenset(item.reference)
        object.__setattr__(item, "_quotemark_fields", found)
    return found  # type: ignore[no-any-return]


def _group_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    # citeproc-py's Group.process: printed only when a child that calls a
    # variable printed something (or no child calls one).
    output = []
    variable_called = variable_rendered = False
    delimiter = self.get("delimiter", "")
    fields = _fields(item)
    for child, choose, calls, needs in _plan(self):
        variable_called = variable_called or calls
        if needs is not None and needs.isdisjoint(fields):
            continue
        try:
            if choose:
                text = child.render(item, context=context, delimiter=delimiter, **kwargs)
            else:
                text = child.render(item, context=context, **kwargs)
        except source.VariableError:
            continue
        if text is not None:
            output.append(text)
            variable_rendered = variable_rendered or calls
    if output and (not variable_called or variable_rendered):
        return self.join(output)
    raise source.VariableError


def _render_children(self: Any, item: Any, delimiter: str = "", **kwargs: Any) -> Any:
    # citeproc-py's Parent.render_children (a cs:choose gets the enclosing
    # delimiter).
    output = []
    fields = _fields(item)
    for child, choose, _, needs in _plan(self):
        if needs is not None and needs.isdisjoint(fields):
            continue
        try:
            if choose:
                text = child.render(item, delimiter=delimiter, **kwargs)
            else:
                text = child.render(item, **kwargs)
        except source.VariableError:
            continue
        if text is not None:
            output.append(text)
    return model.join(output, delimiter) if output else None


def _markup(original: Any) -> Any:
    changes: dict[Any, bool] = {}

    def markup(self: Any, text: Any, language: Any) -> Any:
        if not text:
            return None
        changed = changes.get(self)
        if changed is None:
            changed = changes[self] = not _AS_IS.isdisjoint(self.attrib)
        if changed:
            return original(self, text, language)
        return self.wrap(self.format(text))

    return markup


def _term(method: Any) -> Any:
    # A term depends on the element's locales (fixed by the style), the
    # arguments and the formatter it is escaped for; terms are immutable
    # strings, so the same one can be printed for every item.
    terms: dict[tuple[Any, ...], Any] = {}

    def term(self: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        key = (self, name, args, tuple(sorted(kwargs.items())), self.get_formatter())
        found = terms.get(key)
        if found is None:
            found = terms[key] = method(self, name, *args, **kwargs)
        return found

    return term


def _text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    # citeproc-py's Text.process, with the item's language read once per
    # item instead of once per cs:text (through an exception when it has
    # none).
    if context is None:
        context = self
    language = item.__dict__.get("_quotemark_language", _MISSING)
    if language is _MISSING:
        try:
            language = item.reference.language[:2]
        except source.VariableError:
            language = None
        object.__setattr__(item, "_quotemark_language", language)
    if language is None:
        language = self.get_root().get("default-locale", "en")[:2]
    attrib = self.attrib
    if "variable" in attrib:
        text = self._variable(item, context)
    elif "macro" in attrib:
        text = self.get_macro(self.get("macro")).render(item, context)
    elif "term" in attrib:
        text = self._term(item)
    elif "value" in attrib:
        text = String(self.preformat(self.get("value")))
    else:
        raise UnboundLocalError("cs:text without variable, macro, term or value")
    return text, language
