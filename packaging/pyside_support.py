"""Unpack PySide6's signature modules once, so a start loads them compiled.

shiboken6 keeps its Python support package (``shibokensupport``: the
signature parser, the ``.pyi`` generator, the ``__feature__`` switch; 17
files) as a zip inside ``libshiboken6`` and, by default, compiles every one
of them from source on every ``import PySide6`` (~14 ms of CPU at each
Quotemark start, stop 20). PySide6's own switch ``SBK_EMBED=0`` unpacks them
into ``shiboken6/files.dir``; from then on every import finds them there as
a plain package, and Python keeps their compiled files beside them.

``make`` runs this after each install into ``.venv`` (``SBK_EMBED=1`` first:
it deletes a copy an earlier PySide6 may have left, so the unpacked files are
always the installed version's; tests/app/test_startup_imports.py compares
them with the embedded copy). Without it nothing breaks: PySide6 compiles
them as before. ``python packaging/pyside_support.py``; exit status 0.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
from pathlib import Path

FOLDER = "files.dir"
"""Where shiboken6's bootstrap looks for the unpacked package (fixed by it)."""


def support_folder() -> Path:
    """``shiboken6/files.dir`` of the running interpreter's PySide6."""
    import shiboken6

    return Path(shiboken6.__file__).resolve().parent / FOLDER


def unpack() -> Path | None:
    """Replace ``files.dir`` with this PySide6's modules, compiled; ``None``
    when shiboken6 could not write it (the folder is read-only)."""
    for switch in ("1", "0"):  # delete any old copy, then unpack
        subprocess.run(
            [sys.executable, "-c", "import shiboken6"],
            env={**os.environ, "SBK_EMBED": switch},
            check=True,
        )
    folder = support_folder()
    if not folder.is_dir():
        return None
    compileall.compile_dir(str(folder), quiet=1)
    return folder


def main() -> int:
    folder = unpack()
    if folder is None:
        print("PySide6's support modules stay embedded (compiled at each start).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
