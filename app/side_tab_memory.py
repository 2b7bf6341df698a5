"""Which side-panel tab was open, remembered by the tab's name.

A number would point at another tab whenever tabs are added, removed or
merged (the Notes tab moved under Info, and Review came after it), so the
setting holds the name ("clips"). Settings written before by number are
read by the tab order they were written with.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from quotemark.app import settings

SIDE_TAB_SETTING = "window/side_tab"

NUMBERED_ORDER = ("quotes", "sources", "clips", "info", "review")
"""The tabs in the order the window had while it stored a number (before
stop 18); an old number is read with this table, not today's tab order."""

_MOVED = {"notes": "info"}
"""Tabs that were folded into another one: their content opens there."""


def tab_name(tabs: QTabWidget, index: int) -> str:
    """The name a tab is remembered by: its label, in lower case and
    without the mnemonic marker."""
    return tabs.tabText(index).replace("&", "").strip().casefold()


def remember(tabs: QTabWidget) -> None:
    """Store the name of the tab open in ``tabs`` (nothing when none is)."""
    index = tabs.currentIndex()
    if index >= 0:
        settings.settings().setValue(SIDE_TAB_SETTING, tab_name(tabs, index))


def remembered_name() -> str:
    """The remembered tab's name; an old numeric value translated, and
    ``""`` when nothing usable is stored."""
    stored = settings.settings().value(SIDE_TAB_SETTING, "")
    if isinstance(stored, int) and not isinstance(stored, bool):
        stored = str(stored)
    if not isinstance(stored, str):
        return ""
    name = stored.strip().casefold()
    if name.isdigit():
        number = int(name)
        name = NUMBERED_ORDER[number] if number < len(NUMBERED_ORDER) else ""
    return _MOVED.get(name, name)


def restore(tabs: QTabWidget) -> None:
    """Open the remembered tab in ``tabs``; the first tab when the name is
    unknown (a tab that no longer exists, a damaged setting)."""
    name = remembered_name()
    for index in range(tabs.count()):
        if tab_name(tabs, index) == name:
            tabs.setCurrentIndex(index)
            return
    tabs.setCurrentIndex(0)
