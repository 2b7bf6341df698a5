"""CSL's substitution rule for citeproc-py: what stands in for a missing
author is not printed a second time in the same entry.

A style says what takes the author's place in ``cs:substitute`` (APA, MLA,
Harvard and both Chicago styles: editor, then the title; a web post usually
has neither author nor editor, so its title). The CSL specification (1.0.2,
"Substitute") suppresses every substituted variable in the rest of the
citation or entry. citeproc-py suppresses only a variable named on the
substitute's own child (``<text variable="title"/>``), not one printed
through a macro (``<text macro="title"/>``, as the official styles write
it), so an authorless post came out as ``Sample Post. (n.d.). Sample Post.``
(APA) or ``“Sample Post.” “Sample Post.”`` (Chicago notes). Here each
variable a ``cs:text`` prints while a substitute renders is recorded and
suppressed in the rest of that entry, as the specification (and
``pandoc --citeproc``) does.
"""

from __future__ import annotations

import threading
from typing import Any

from citeproc import model
from citeproc.source import VariableError

_installed = False
_state = threading.local()


def install() -> None:
    """Patch citeproc-py's ``cs:substitute`` (once)."""
    global _installed, _plain
    if _installed:
        return
    _plain = model.Text._variable
    model.Substitute.render = _render
    _installed = True


# cs:text records what it prints only while some substitute renders (an
# authorless post), so every other cs:text runs citeproc-py's own method
# with no wrapper in between. A count under a lock, so that threads
# formatting at once install and remove the wrapper once.
_plain: Any = None
_lock = threading.Lock()
_rendering = 0


def _recording(self: Any, item: Any, context: Any) -> Any:
    text = _plain(self, item, context)
    printed: list[tuple[str, str]] | None = getattr(_state, "printed", None)
    if printed is not None and text:
        printed.append((self.tag, self.get("variable")))
    return text


def _begin() -> None:
    global _rendering
    with _lock:
        if _rendering == 0:
            model.Text._variable = _recording
        _rendering += 1


def _end() -> None:
    global _rendering
    with _lock:
        _rendering -= 1
        if _rendering == 0:
            model.Text._variable = _plain


def _render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    # citeproc-py's Substitute.render: the first child that prints
    # something stands in for the names; then each variable it printed
    # (and the child's own, as citeproc-py records) is suppressed.
    outer = getattr(_state, "printed", None)
    for child in self.getchildren():
        printed: list[tuple[str, str]] = []
        _state.printed = printed
        _begin()
        try:
            if isinstance(child, model.Names) and child.name is None:
                names = self.xpath_search("./parent::cs:names[1]")[0]
                text = child.render(item, names_context=names, context=context, **kwargs)
            else:
                text = child.render(item, context=context, **kwargs)
        except VariableError:
            continue
        finally:
            _end()
            _state.printed = outer
        if text:
            if outer is not None:
                outer.extend(printed)  # a substitute inside a substitute
            layout = context.get_layout()
            own = child.get("variable")
            if own is not None:
                printed.append((child.tag, own))
            for tag, variable in printed:
                suppressed = layout.repressed.setdefault(tag, [])
                if variable not in suppressed:
                    suppressed.append(variable)
            return text
    return None
