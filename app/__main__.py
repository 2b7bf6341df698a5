"""``python -m quotemark.app``: the ``quotemark`` command."""

from __future__ import annotations

import sys

from quotemark.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
