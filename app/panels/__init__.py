"""The side panel's tabs: Quotes (:mod:`quotemark.app.panels.quotes`), Sources
(:mod:`quotemark.app.panels.sources`) and Clips (:mod:`quotemark.app.panels.clips`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout

PANEL_MARGIN = 6
"""The inset of every side tab's contents from the panel's edges (Quotes,
Sources, Clips, Info, Review): they differed (0, 0, 4, 9 and 9 px), so the
lists and fields jumped sideways as the researcher went from tab to tab."""


def inset(layout: QLayout) -> None:
    """Give a side tab's outermost layout the one inset, :data:`PANEL_MARGIN`."""
    layout.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
