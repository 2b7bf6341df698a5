"""What the window loads before it is shown: the analysis package (its
rules are compiled on import, 50 ms) waits until a post is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_starting_the_window_does_not_load_the_analysis() -> None:
    code = (
        "import sys; import app.gui, app.controller, app.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith('quotemark.library.analyze')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_window_starts_without_the_export_package_or_the_process_pool(tmp_path: Path) -> None:
    # The export formats and CSL styles (bibtexparser, citeproc) were a
    # tenth of the start: they load when something is exported or copied as
    # a citation, or a date is shown.
    env = {
        **os.environ,
        "QUOTEMARK_HOME": str(tmp_path),
        "QUOTEMARK_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-X", "importtime", "-m", "quotemark.app"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "quotemark.app.main_window" in loaded
    assert not {m for m in loaded if m.startswith("quotemark.library.export")}
    assert not {"bibtexparser", "citeproc"} & loaded
    # The import's process pool too: only a big import starts one.
    assert not {"multiprocessing", "concurrent.futures"} & loaded
    # Nor socket: the change log names this computer from os.uname.
    assert "socket" not in loaded
    # Nor any operation (defining them, with the store modules they write
    # through, was ~40 ms of CPU before the first paint): the package loads
    # an operation's module when one is first made. Nor the manuscript
    # verification, loaded when a manuscript is checked.
    assert {m for m in loaded if m.startswith("quotemark.library.operations.")} == set()
    assert not {m for m in loaded if m.startswith("quotemark.library.verify")}
    # Nor importlib.resources (~5 ms): the icons are read from the
    # resources package's folder (quotemark.resources.path).
    assert not {m for m in loaded if m.startswith("importlib.resources")}
    # Nor html with its entity tables (~3 ms): quotemark.app.rich_text escapes.
    assert not {"html", "html.entities"} & loaded


_SUPPORT_CHECK = """
import sys
from pathlib import Path
import PySide6.QtCore  # noqa: F401
import shiboken6
folder = Path(shiboken6.__file__).resolve().parent / "files.dir"
loader = sys.modules["shibokensupport.signature.loader"]
print(type(loader.__loader__).__name__)
_meta, embedded = sys.modules["signature_bootstrap"].prepare_zipfile()
names = [n for n in embedded.zfile.namelist() if n.endswith(".py")]
stale = [n for n in names if (folder / n).read_bytes() != embedded.zfile.read(n)]
print(len(names), "stale:", stale)
"""


def test_pyside_support_modules_load_compiled_and_match_the_installed_pyside() -> None:
    # PySide6 compiled its 14 signature modules from source at every start
    # (~14 ms); `make` unpacks them (packaging/pyside_support.py) and they
    # load like any package, from compiled files. An unpacked copy must be
    # the installed PySide6's own: a stale one would be used in its place.
    import shiboken6

    folder = Path(shiboken6.__file__).resolve().parent / "files.dir"
    if not folder.is_dir():
        import pytest

        pytest.skip("PySide6's support modules are not unpacked (make .venv/.pyside-support)")
    done = subprocess.run(
        [sys.executable, "-c", _SUPPORT_CHECK],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    loader_kind, files = done.stdout.splitlines()
    assert loader_kind == "SourceFileLoader"
    assert files.endswith("stale: []")
    assert not files.startswith("0 ")
    compiled = list(folder.rglob("__pycache__/*.pyc"))
    assert len(compiled) >= int(files.split()[0])
