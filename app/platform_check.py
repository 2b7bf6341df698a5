"""Say which system libraries Qt's window-system plugin is missing, before Qt
aborts with "Could not load the Qt platform plugin "xcb"".

A fresh Debian or Ubuntu desktop often lacks a few small xcb libraries that
the PySide6 wheels expect. ``make run`` runs this first; it prints the exact
``apt install`` line and exits 1 when something is missing. It does not
import Qt (that is what would abort).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Loaded with dlopen() by the xcb plugin, so ldd cannot see them.
_DLOPENED = ("libxcb-cursor.so.0",)

_SONAME = re.compile(r"^(lib[\w+.-]*?)\.so\.(\d+)")


def debian_package(soname: str) -> str:
    """The Debian package that ships ``soname``, by Debian's naming policy:
    ``libxcb-icccm.so.4`` -> ``libxcb-icccm4``; a name ending in a digit gets
    a hyphen (``libdbus-1.so.3`` -> ``libdbus-1-3``)."""
    match = _SONAME.match(soname)
    if not match:
        return soname
    name, version = match[1].lower(), match[2]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def _unresolved(binary: Path) -> set[str]:
    done = subprocess.run(
        ["ldd", str(binary)], capture_output=True, text=True, check=False, timeout=30
    )
    return {line.split("=>")[0].strip() for line in done.stdout.splitlines() if "not found" in line}


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_xcb_libraries(qt_dir: Path) -> list[str]:
    """Shared libraries the xcb platform plugin needs and cannot find."""
    missing: set[str] = set()
    for binary in (
        qt_dir / "plugins" / "platforms" / "libqxcb.so",
        qt_dir / "lib" / "libQt6XcbQpa.so.6",
        qt_dir / "lib" / "libQt6Gui.so.6",
    ):
        if binary.exists():
            missing |= _unresolved(binary)
    missing.update(name for name in _DLOPENED if not _loadable(name))
    return sorted(missing)


def main() -> int:
    """Print what is missing for the GUI to start; 0 when nothing is."""
    if not sys.platform.startswith("linux"):
        return 0
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return 0
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print(
            "Quotemark needs a graphical session: neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
            "Run it from a desktop session (or under Xvfb: xvfb-run make run).",
            file=sys.stderr,
        )
        return 1
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return 0  # Qt uses its Wayland plugin there
    qt_dir = _qt_dir()
    if qt_dir is None or shutil.which("ldd") is None:
        return 0
    missing = missing_xcb_libraries(qt_dir)
    if not missing:
        return 0
    packages = sorted({debian_package(name) for name in missing})
    print(
        "Qt's X11 (xcb) platform plugin cannot start: these system libraries are missing:\n"
        + "".join(f"  {name}\n" for name in missing)
        + "On Debian or Ubuntu install them with:\n"
        + f"  sudo apt install {' '.join(packages)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
