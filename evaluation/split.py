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


MISSES_NOTE = (
    "(the check half's rows are left out when misses are listed, so a rule is written"
    " before its check total is seen: run without --misses for them)"
)


def without_check_rows(lines: list[str]) -> list[str]:
    """``lines`` of a report without the check half's rows (those that open
    with the half's name, in a table or a summary line), and a note saying
    so: what a ``--misses`` listing prints, the tune half alone."""
    kept = [
        line
        for line in lines
        if not line.lstrip().startswith((f"{CHECK} ", f"FAIL ({CHECK})"))
        and not line.startswith(f"textacy-cases {CHECK}")
    ]
    return [*kept, MISSES_NOTE]
