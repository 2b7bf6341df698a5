"""Room for the text: when the window narrows, the panes beside the reader
give up their width first (down to their smallest), so the reading column
keeps its measure down to a 1024 x 700 window; the text is never what
shrinks first. A wide window keeps the widths the user chose; a wider one
shares what it adds among the panes (:data:`SHARES`) once the reader has
its whole measure, rather than giving it all to the reader's margins. A
window made narrow or wide and back again has the panes as they were at
its width (:data:`BAND`): a researcher moving it between a laptop and a
big screen finds them where they were."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QSplitter,
    QStyle,
    QStyleOption,
    QTabBar,
    QWidget,
)

SLACK = 40
"""Pixels a pane keeps above its smallest width."""

NARROWEST = 0.7
"""The share of a readable column (``readable()``, about 42 characters) under
which the side pane steps aside: about 30 characters a line. A 900 px
window at the usual font leaves the reader 373 px with the panes at their
smallest (a short line, kept beside the panel); at a 1.6x font, 157 px.
The panel comes back only when more is left beside it (:data:`BACK_AT`),
so a window near the edge does not make it come and go."""

BACK_AT = 0.8
"""The share of a readable column the reader must keep, every pane at its
smallest, for a side pane the fit hid to come back (a 1024 px window
leaves about 480 px at the usual font)."""

TAB_SPACE = 10
"""Pixels around a side-panel tab's name (Fusion gives 24): the five names
read whole in the 240 px side panel a 1024 px window leaves beside a
readable column (at 14 they needed 256 px and were shortened to "Quo…")."""


SHARES = (1, 3, 2)
"""How width a window adds beyond the one its panes were set at is shared:
the library, the reader and the side panel. The reader centres a column of
a fixed measure, so width given to it alone only widened its margins, while
the side panel's rows stayed cut at 340 px of a 1920 px window (stop 49):
now it gets two parts in six (508 px there), the library one."""


BAND = 48
"""Pixels of the splitter's width within which the widths the panes had at
one width come back (:meth:`ReaderRoom.fit`): a window moved back to a
laptop's screen, maximised there again, may come back a few pixels off
the width it had (a frame, a scroll bar)."""

REMEMBERED = 8
"""How many widths' layouts are remembered (the latest laid out)."""


def _spread(sizes: list[int], extra: int, shown: list[bool]) -> list[int]:
    """``sizes`` with ``extra`` pixels shared among the ``shown`` panes by
    :data:`SHARES` (what rounding leaves goes to the reader, index 1)."""
    shares = [share if on else 0 for share, on in zip(SHARES, shown, strict=False)]
    total = sum(shares)
    spread = list(sizes)
    if extra <= 0 or total <= 0 or len(sizes) != len(SHARES):
        return spread
    for index, share in enumerate(shares):
        spread[index] += extra * share // total
    spread[1] += extra - (sum(spread) - sum(sizes))
    return spread


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
    smallest only when less would leave it under ``readable()`` wide).

    When even that leaves the text unreadable (a 900 px window at a 1.6x
    system font left it 157 px, four words a line), the ``side`` pane
    steps aside, as a mail client's sidebars do in a narrow window: hidden,
    with ``side_shown`` telling the window so it can show the way back; it
    comes back by itself once the window is wide enough for both, unless
    the user hid it (:meth:`show_side`)."""

    side_shown = Signal(bool)
    """The side pane was shown (True) or hidden (False), by the fit or the user."""

    def __init__(
        self,
        splitter: QSplitter,
        reader_index: int,
        wanted: Callable[[], int],
        readable: Callable[[], int],
        side: int | None = None,
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._reader = reader_index
        self._wanted = wanted
        self._readable = readable
        self._side = side
        self._side_collapsed = False  # hidden by the fit (it brings it back)
        self._side_hidden_by_user = False  # hidden by the user (stays hidden)
        self._side_held = False  # another mode (focus mode) decides meanwhile
        # The splitter's width when the user showed the side pane in a
        # window too narrow for it: not hidden again unless narrower.
        self._side_wanted_at: int | None = None
        self._chosen: list[int] | None = None  # the widths before the panes gave way
        # The splitter's width when the user set the panes (a drag, or the
        # last run's widths put back): there and wider they stay as set.
        self._kept_width: int | None = None
        # The panes' widths as set (the window's first, the user's, last
        # run's) and the splitter's width then: a wider splitter shares
        # what it adds (SHARES) instead of giving it all to the reader.
        self._base: list[int] | None = None
        self._base_at = 0
        # The panes as last laid out (by the fit or the user): what they
        # were before a resize, which the splitter has already shrunk by
        # the time the fit runs (taking the reader's width first).
        self._settled: list[int] | None = None
        # By the splitter's width, the panes as they were laid out there
        # (the latest :data:`REMEMBERED`), with the reader's readable
        # column then (``readable()``).
        self._laid: dict[int, tuple[int, list[int]]] = {}
        # The reader's wish (``wanted()``) the panes were last laid out for:
        # a post that wants more (:meth:`wanted_changed`) is fitted again.
        self._laid_for: int | None = None
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._on_splitter_moved)

    def keep_choice(self, width: int, sizes: list[int] | None = None) -> None:
        """The panes as they are (or ``sizes``, for a splitter not laid out
        yet) are the user's choice at a splitter ``width`` wide: kept there
        and wider (a wider one shares what it adds, :data:`SHARES`), whatever
        post opens; a narrower window still takes width from them for the
        reader (and gives it back)."""
        self._kept_width = width if width > 0 else None
        self._chosen = None
        self.set_base(self._splitter.sizes() if sizes is None else sizes, width)

    def chosen_by_user(self) -> bool:
        """Whether the panes stand as the user set them (:meth:`keep_choice`),
        not as the fit laid them out."""
        return self._kept_width is not None

    def wanted_changed(self) -> None:
        """The reader may want another width (a post opened: one with
        speaker labels in its margin wants about 150 px more at the usual
        font). When it wants more than the panes were laid out for and has
        less, the panes are fitted again, as for a new width: the first
        run's layout, made before any post opened, left a 1440 px window's
        reader 777 px, without the labels, until the window was resized.

        Nothing moves when the user set the widths (theirs stand), when the
        reader already has its room, or when it wants less (a post without
        labels): the reader does not narrow again, so going from post to
        post never moves the panes back and forth under the pointer; the
        wider margins are a post's blank ones. A resize lays out anew."""
        wanted = self._wanted()
        laid_for = self._laid_for
        if self._kept_width is not None or laid_for is None or wanted <= laid_for:
            return
        current = self._splitter.sizes()
        if len(current) <= self._reader or sum(current) <= 0:
            return
        self._laid_for = wanted
        if current[self._reader] >= wanted:
            return
        # The layouts remembered near this width were made for less: not
        # given back (:meth:`_recall`) in place of a fit for the new wish.
        width = sum(current)
        for at in [at for at in self._laid if abs(at - width) <= BAND]:
            del self._laid[at]
        self.fit()

    def set_base(self, sizes: list[int], width: int) -> None:
        """The panes were set to ``sizes`` at a splitter ``width`` wide (a
        first run's widths, before the splitter is laid out): a wider one
        shares what it adds among them (:data:`SHARES`)."""
        fits = width > 0 and len(sizes) == len(SHARES) and all(size > 0 for size in sizes)
        # Set anew: the widths laid out from the old ones are forgotten.
        self._laid.clear()
        self._base = list(sizes) if fits else None
        if self._base is not None:
            # Widths set before the splitter is laid out may not add up to
            # its width: the reader has the difference.
            self._base[self._reader] += width - sum(sizes)
        self._base_at = width if self._base is not None else 0

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.keep_choice(sum(self._splitter.sizes()))
        self._remember(self._splitter.sizes())

    def _remember(self, sizes: list[int]) -> None:
        """``sizes`` are how the panes are laid out at their width now."""
        width = sum(sizes)
        if width <= 0:
            return
        self._settled = list(sizes)
        self._laid.pop(width, None)
        self._laid[width] = (self._readable(), list(sizes))
        while len(self._laid) > REMEMBERED:
            del self._laid[next(iter(self._laid))]

    def _before(self, current: list[int]) -> list[int]:
        """The panes as they were before the splitter took width from them
        for this resize (as ``current`` when that is not known)."""
        settled = self._settled
        if settled is None or len(settled) != len(current):
            return list(current)
        if [size > 0 for size in settled] != [size > 0 for size in current]:
            return list(current)
        return list(settled)

    def _recall(self, current: list[int]) -> bool:
        """Lay the panes out as they were at the nearest width within
        :data:`BAND` of this one where the same panes showed (the reader
        has the difference); True when so laid out (or already so).

        Not when that leaves the reader under a readable column that it had
        there (the text's size grew since, or the width is a band's worth
        narrower): the fit then gives it room as at a new width."""
        width = sum(current)
        shown = [size > 0 for size in current]
        near = [
            at
            for at, (_readable, sizes) in self._laid.items()
            if abs(at - width) <= BAND and [size > 0 for size in sizes] == shown
        ]
        if not near:
            return False
        at = min(near, key=lambda at: abs(at - width))
        readable, laid = self._laid[at]
        sizes = list(laid)
        sizes[self._reader] += width - at
        if sizes[self._reader] < self._readable() and laid[self._reader] >= readable:
            return False
        self._chosen = None
        if sizes != current:
            self._splitter.setSizes(sizes)
        return True

    def side_collapsed(self) -> bool:
        """Whether the side pane is hidden for want of room (not by the user)."""
        return self._side_collapsed

    def side_hidden(self) -> bool:
        """Whether the side pane is hidden, by the fit or by the user."""
        return self._side_collapsed or self._side_hidden_by_user

    def side_hidden_by_user(self) -> bool:
        """Whether the user hid the side pane (View > Side panel)."""
        return self._side_hidden_by_user

    def show_side(self, shown: bool) -> None:
        """The user shows or hides the side pane (View > Side panel): hidden,
        it stays so at any width; shown in a narrow window, it stays until
        the window narrows further."""
        widget = self._side_widget()
        if widget is None:
            return
        self._side_collapsed = False
        self._side_hidden_by_user = not shown
        self._side_wanted_at = sum(self._splitter.sizes()) if shown else None
        if widget.isHidden() == shown:
            widget.setVisible(shown)
            self.side_shown.emit(shown)

    def hold_side(self, held: bool) -> None:
        """While ``held`` (focus mode shows the reader alone) the fit neither
        shows nor hides the side pane: the room the hidden library leaves
        would otherwise bring back a pane a narrow window had hidden."""
        self._side_held = held

    def _side_widget(self) -> QWidget | None:
        if self._side is None:
            return None
        return self._splitter.widget(self._side)

    def _floor(self, index: int, slack: int) -> int:
        widget = self._splitter.widget(index)
        if widget is None:
            return 0
        return max(widget.minimumSizeHint().width(), widget.minimumWidth()) + slack

    def _collapse_side(self, current: list[int]) -> bool:
        """Hide the side pane when the reader, with every pane at its
        smallest, is still under a readable column; True if hidden."""
        widget = self._side_widget()
        if widget is None or self._side is None or widget.isHidden() or self._side_hidden_by_user:
            return False
        width = sum(current)
        if self._side_wanted_at is not None and width >= self._side_wanted_at:
            return False  # the user asked for it at this width
        self._side_wanted_at = None
        self._side_collapsed = True
        if self._chosen is None:
            self._chosen = self._before(current)
        focused = QApplication.focusWidget()
        if focused is not None and widget.isAncestorOf(focused):
            # Typing in a side field when the window narrowed: the keys go
            # on to the text, not to whatever Qt picks next (the library's
            # search box took them).
            reader = self._splitter.widget(self._reader)
            if reader is not None:
                reader.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.hide()
        self._splitter.refresh()  # its handle goes now, as when shown
        self.side_shown.emit(False)
        # The reader has the side pane's width now; the library may still
        # have to give some (once the splitter has laid out again).
        QTimer.singleShot(0, self.fit)
        return True

    def _uncollapse_side(self, current: list[int]) -> None:
        """Bring back a side pane the fit hid once the window leaves a whole
        readable column beside it (every pane at its smallest)."""
        widget = self._side_widget()
        if not self._side_collapsed or widget is None or self._side is None or self._side_held:
            return
        side = self._floor(self._side, 0)
        others = sum(
            self._floor(index, 0)
            for index in range(len(current))
            if index not in (self._reader, self._side) and current[index] > 0
        )
        handles = self._splitter.handleWidth() * (len(current) - 1)
        if sum(current) - others - side - handles < self._readable() * BACK_AT:
            return
        self._side_collapsed = False
        widget.show()
        # The splitter shows the pane's handle only when it next lays out
        # (a posted event): until then its sizes still fill the width
        # without it, and widths set from them come out a handle wider
        # (717 px of reader, then 713 once the event ran: a read between
        # the two, under load, saw the first). Lay out now.
        self._splitter.refresh()
        self.side_shown.emit(True)
        # At its smallest for now; the fit below (and a wider window) gives
        # it back what it had.
        sizes = list(current)
        sizes[self._side] = side
        sizes[self._reader] -= side
        self._splitter.setSizes(sizes)

    def fit(self) -> None:
        """Take width from the other panes for the reader, as far as it
        goes; at a width the panes were laid out at before (within
        :data:`BAND`), as they were there."""
        current = self._splitter.sizes()
        if len(current) <= self._reader or sum(current) <= 0:
            return
        self._laid_for = self._wanted()
        if self._lay_out(current):
            self._remember(self._splitter.sizes())

    def _lay_out(self, current: list[int]) -> bool:
        """The panes laid out for the splitter's width; False when not yet
        for good (the side pane stepped aside: a fit follows)."""
        splitter = self._splitter
        self._uncollapse_side(current)
        current = splitter.sizes()
        if self._recall(current) or self._share_wider(current):
            return True
        chosen = self._chosen
        others = sum(chosen) - chosen[self._reader] if chosen is not None else 0
        kept = self._kept_width is not None and sum(current) >= self._kept_width
        if chosen is None and kept:
            return True  # as wide as when the user set the panes: theirs stand
        if chosen is not None and (kept or sum(current) - others >= self._wanted()):
            # Wide enough again: the panes get back the widths they had,
            # the reader keeps the rest.
            restored = list(chosen)
            restored[self._reader] = sum(current) - others
            self._chosen = None
            splitter.setSizes(restored)
            return True
        sizes = self._squeezed(current, SLACK)
        if sizes[self._reader] < self._readable():
            # Only down to their smallest do the panes leave a readable column;
            # a window too narrow even for that (900 x 600) still gives the
            # text all they can spare: left as set, the reader kept ~250 px
            # and cut the title's words while the panes stood at their widest.
            sizes = self._squeezed(current, 0)
            narrowest = self._readable() * NARROWEST
            if sizes[self._reader] < narrowest and self._collapse_side(current):
                return False
        if sizes != current:
            if self._chosen is None:
                self._chosen = self._before(current)
            splitter.setSizes(sizes)
        return True

    def _share_wider(self, current: list[int]) -> bool:
        """As wide as the panes were set at or wider: the panes as set, with
        what the window adds shared among them (:data:`SHARES`), when that
        leaves the reader its whole measure (else the reader's room comes
        first); True when so laid out."""
        base = self._base
        if base is None or len(current) != len(base) or sum(current) < self._base_at:
            return False
        shown = [size > 0 for size in current]
        if not all(shown[index] for index in range(len(base)) if base[index] > 0):
            return False  # a pane hidden (or shown again) since: as before
        sizes = _spread(base, sum(current) - self._base_at, shown)
        if sizes[self._reader] < self._wanted():
            return False
        self._chosen = None
        if sizes != current:
            self._splitter.setSizes(sizes)
        return True

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
