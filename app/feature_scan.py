"""A cheaper answer to the question PySide6 asks of every module imported
after it.

Once imported, PySide6 calls a hook after each new module's import to note
whether the module uses PySide (for its opt-in ``from __feature__ import
snake_case``, which Quotemark never uses): it reads the module's whole
source through :func:`inspect.getsource` (``linecache`` and tokenizing
included, every line then kept in memory) and looks for the word
``PySide6``. At the window's start that was ~150 modules and 13-20 ms of
CPU (issue 15). :func:`uses_pyside` gives the same answer from the file's
bytes. Importing this module puts it in place; when PySide6 no longer has
the hook where it had it (another version), nothing changes.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (sets up the hook this replaces)

_MARK = b"PySide6"


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file names PySide6: ``False`` for a
    module without one (built in, compiled, frozen), as PySide6's own
    check answers."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return _MARK in source.read()
    except OSError:
        return False


def _install() -> None:
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature.__dict__["_mod_uses_pyside"] = uses_pyside


_install()
