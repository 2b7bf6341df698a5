"""Room for the text: when the window narrows, the panes beside the reader
give up their width first (down to their smallest), so the reading column
keeps its measure down to a 1024 x 700 window; the text is never what
shrinks first. A wide window keeps the widths the user chose."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QProxyStyle, QSplitter, QStyle, QStyleOption, QTabBar, QWidget

SLACK = 40
"""Pixels a pane keeps above its smallest width."""

TAB_SPACE = 10
"""Pixels around a side-panel tab's name (Fusion gives 24): the five names
read whole in the 240 px side panel a 1024 px window leaves beside a
readable column (at 14 they needed 256 px and were shortened to "Quo…")."""


class _NarrowTabSpace(QProxyStyle):
    """The application's style with less room around each tab's name."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_SPACE
        return super().pixelMetric(metric, option, widget)


def fit_tab_names(tabs: QTabBar) -> None:
    """Every tab of ``tabs`` stays in view (no scroll arrows hiding one)
    with its whole name: the bar's smallest width is the names' (a larger
    font widens the pane rather than shortening "Quotes" to "Quo…")."""
    style = _NarrowTabSpace()
    style.setParent(tabs)  # lives as long as the bar
    tabs.setStyle(style)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)


class ReaderRoom(QObject):
    """Keeps the splitter's reader (``reader_index``) at least ``wanted()``
    pixels wide while the other panes can still give width (down to their
    smallest only when less would leave it under ``readable()`` wide)."""

    def __init__(
        self,
        splitter: QSplitter,
        reader_index: int,
        wanted: Callable[[], int],
        readable: Callable[[], int],
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._reader = reader_index
        self._wanted = wanted
        self._readable = readable
        self._chosen: list[int] | None = None  # the widths before the panes gave way
        # The splitter's width when the user set the panes (a drag, or the
        # last run's widths put back): there and wider they stay as set.
        self._kept_width: int | None = None
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._on_splitter_moved)

    def keep_choice(self, width: int) -> None:
        """The panes as they are are the user's choice at a splitter
        ``width`` wide: kept there and wider; a narrower window still
        takes width from them for the reader (and gives it back)."""
        self._kept_width = width if width > 0 else None
        self._chosen = None

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.keep_choice(sum(self._splitter.sizes()))

    def fit(self) -> None:
        """Take width from the other panes for the reader, as far as it goes."""
        splitter = self._splitter
        current = splitter.sizes()
        if len(current) <= self._reader or sum(current) <= 0:
            return
        chosen = self._chosen
        others = sum(chosen) - chosen[self._reader] if chosen is not None else 0
        kept = self._kept_width is not None and sum(current) >= self._kept_width
        if chosen is None and kept:
            return  # as wide as when the user set the panes: theirs stand
        if chosen is not None and (kept or sum(current) - others >= self._wanted()):
            # Wide enough again: the panes get back the widths they had,
            # the reader keeps the rest.
            restored = list(chosen)
            restored[self._reader] = sum(current) - others
            self._chosen = None
            splitter.setSizes(restored)
            return
        sizes = self._squeezed(current, SLACK)
        if sizes[self._reader] < self._readable():
            # Only down to their smallest do the panes leave a readable column;
            # a window too narrow even for that (900 x 600) still gives the
            # text all they can spare: left as set, the reader kept ~250 px
            # and cut the title's words while the panes stood at their widest.
            sizes = self._squeezed(current, 0)
        if sizes != current:
            if self._chosen is None:
                self._chosen = list(current)
            splitter.setSizes(sizes)

    def _squeezed(self, current: list[int], slack: int) -> list[int]:
        """``current`` with width moved to the reader, each other pane kept
        ``slack`` pixels above its smallest; the side panel gives first."""
        sizes = list(current)
        short = self._wanted() - sizes[self._reader]
        order = [i for i in range(len(sizes) - 1, -1, -1) if i != self._reader]
        for index in order:
            if short <= 0:
                break
            widget = self._splitter.widget(index)
            if widget is None or not widget.isVisible():
                continue
            floor = max(widget.minimumSizeHint().width(), widget.minimumWidth()) + slack
            give = min(short, max(sizes[index] - floor, 0))
            sizes[index] -= give
            sizes[self._reader] += give
            short -= give
        return sizes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._splitter
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            # Only a change of width matters (a taller status bar must not
            # move the text); after the splitter has laid out its children.
            QTimer.singleShot(0, self.fit)
        return super().eventFilter(watched, event)
