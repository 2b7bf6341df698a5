"""Small pieces every ``quotemark`` subcommand module shares: opening the
library and printing one JSON object per line (a module of its own, so
:mod:`quotemark.app.cli` and the modules it registers can all import it)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotemark.library.service import Library


def open_library() -> Library:
    """The user's library (imported late: ``quotemark --help`` stays quick)."""
    from quotemark.library.service import Library

    return Library.open()


def json_line(value: Any) -> None:
    """``value`` as one line of JSON, non-ASCII text kept readable."""
    print(json.dumps(value, ensure_ascii=False))
