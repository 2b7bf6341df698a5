"""Entry point of the frozen (PyInstaller) Quotemark."""

import os
import sys

from quotemark.app.cli import main


def _report_compiled() -> None:
    """``QUOTEMARK_REPORT_COMPILED=1``: name on stderr, after the command, every
    Quotemark module this run imported from a compiled extension
    (packaging/check_package.py asks, to prove the package runs them)."""
    names = sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith("quotemark.")
        and str(getattr(module, "__file__", "")).endswith((".so", ".pyd"))
    )
    print("compiled modules: " + " ".join(names), file=sys.stderr)


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        if os.environ.get("QUOTEMARK_REPORT_COMPILED") == "1":
            _report_compiled()
