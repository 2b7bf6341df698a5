"""The tune/check split every corpus in ``make eval`` is reported on.

A file belongs to the **tune** half when the first byte of the SHA-1 of its
base name (UTF-8, directories left out, extension kept: ``0a1b.txt``,
``general--example.com.html``, ``3f2e.html.gz``) is even, and to the
**check** half when it is odd. The rule depends on nothing but the name, so
the halves never change as code or corpus order changes.

Rules are written from what the tune half shows; a rule is kept only when
the check half does not drop. The ratchet (``evaluation/floors.json``,
``tests/library/test_ratchet_corpus.py``) guards the check half.
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
CHECK = "check"
HALVES = (TUNE, CHECK)


def half(name: str) -> str:
    """``"tune"`` or ``"check"`` for a file's base name (see the module doc)."""
    return TUNE if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else CHECK
