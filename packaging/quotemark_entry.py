"""Entry point of the frozen (PyInstaller) Quotemark."""

import sys

from quotemark.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
