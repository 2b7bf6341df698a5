"""Where the GUI keeps what it remembers between runs (window geometry,
splitter sizes, the last post, key bindings, export choices, the theme).

An INI file in :func:`quotemark.library.paths.config_dir`, so ``$QUOTEMARK_HOME``
(tests, a library per project) moves the preferences with the library
instead of sharing one system-wide registry entry.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings

from quotemark.library import paths

SETTINGS_FILE = "quotemark.ini"
CITATION_STYLE = "citation/style"
"""The key of the CSL style "Copy as citation" uses (chosen in Preferences)."""


def settings() -> QSettings:
    """The application's settings object (cheap: Qt shares one cache per
    file, so every caller sees the others' writes at once)."""
    folder = paths.config_dir()
    # An unusable folder must not stop the app: QSettings then keeps the
    # values in memory, and the library's own error is what the user sees.
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def get_str(key: str, default: str = "") -> str:
    """A string setting; INI files hand back other types for odd input."""
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def get_bool(key: str, default: bool = False) -> bool:
    """A boolean setting (INI stores ``true``/``false`` as text)."""
    value = settings().value(key, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in {"true", "1", "yes"}
    return default


def get_int(key: str, default: int = 0) -> int:
    """An integer setting."""
    value = settings().value(key, default)
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return default
    return default


def set_value(key: str, value: object) -> None:
    """Store a setting and write it out now (a crash loses nothing)."""
    store = settings()
    store.setValue(key, value)
    store.sync()
