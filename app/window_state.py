"""What the window remembers between runs: its geometry (on the first run
large, but never bigger than the screen), the toolbar and splitters (the
window's, the library's collections above its posts, the Sources tab's
lists), the open side tab, the Clips tab's This post / All clips, the
reader's typography and whether paragraph numbers show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from quotemark.app import reading_settings, settings, side_tab_memory
from quotemark.library.model import Position

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

FIRST_SIZE = (1400, 860)
ZOOM_SETTING = "reader/zoom"
SIDE_HIDDEN_SETTING = "window/side_panel_hidden"
PLACE_SETTING = "reader/place"
"""Where the open post was being read: ``post id:block:offset``."""
"""The window's size on the first run, where the screen has room for it."""


SIZES_SETTING = "window/splitter_sizes"
"""The window's panes' widths when it closed, ``"300,1017,510"`` (a width
the window adds beyond theirs is shared among them: layout_fit.SHARES)."""

SIZES_BY_USER_SETTING = "window/splitter_by_user"
"""Whether those widths were the user's (a drag) rather than the fit's:
the user's stand whatever post opens; the fit's give the reader room for
a post's speaker labels (layout_fit.ReaderRoom.wanted_changed). Not stored
(before stop 50): the user's, as they were taken then."""

ALL_CLIPS_SETTING = "clips/all"
"""Whether the Clips tab listed all clips (else the open post's)."""


def _pane_splitters(window: MainWindow) -> tuple[tuple[str, QSplitter], ...]:
    return (
        ("panes/library_lists", window.library_pane.lists),
        ("panes/sources", window.sources_panel.splitter()),
    )


def restore(window: MainWindow) -> None:
    """Put the window back as it was left (or size it for a first run)."""
    store = settings.settings()
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        # First run: large, but never bigger than the screen (laptops).
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width, height = FIRST_SIZE
        if room is not None:
            width = min(width, int(room.width() * 0.92))
            height = min(height, int(room.height() * 0.9))
        window.resize(width, height)
    state = store.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    splitter = store.value("window/splitter")
    if isinstance(splitter, QByteArray) and not splitter.isEmpty():
        window.splitter.restoreState(splitter)
        # Last run's widths are the user's: kept at the width they had
        # (the reader's wish for more room applies only to a narrower one).
        # (The splitter is not laid out yet: its width is stored apart.)
        # Its sizes are stored apart too: read back before it is laid out,
        # the splitter's are not yet the stored ones.
        width = settings.get_int("window/splitter_width")
        sizes = _sizes(settings.get_str(SIZES_SETTING))
        if settings.get_bool(SIZES_BY_USER_SETTING, True):
            window.reader_room.keep_choice(width, sizes)
        else:
            # The last run's fit laid them out: a first run's widths.
            window.reader_room.set_base(sizes, width)
    for key, pane_splitter in _pane_splitters(window):
        sizes = store.value(key)
        if isinstance(sizes, QByteArray) and not sizes.isEmpty():
            pane_splitter.restoreState(sizes)
    if settings.get_bool(ALL_CLIPS_SETTING):
        window.clips_panel.show_all(True)
    side_tab_memory.restore(window.side_tabs)
    window.reader.set_typography(reading_settings.stored())
    numbers = settings.get_bool("reader/paragraph_numbers", True)
    window.registry["view.paragraph_numbers"].setChecked(numbers)
    window.reader.set_paragraph_numbers(numbers)
    # The text's zoom (Ctrl+=) as it was left, as a reader keeps its size.
    try:
        zoom = float(settings.get_str(ZOOM_SETTING) or 1.0)
    except ValueError:
        zoom = 1.0
    window.reader.set_zoom(zoom)
    # A side panel the user hid stays hidden (one a narrow window hid comes
    # back by itself when there is room).
    if settings.get_bool(SIDE_HIDDEN_SETTING):
        window.reader_room.show_side(False)


def _sizes(stored: str) -> list[int]:
    """The panes' widths as :func:`save` stored them (none: stored before
    stop 49, or unreadable)."""
    parts = stored.split(",")
    if not all(part.isdigit() for part in parts):
        return []
    return [int(part) for part in parts]


def save(window: MainWindow) -> None:
    """Remember geometry, splitter sizes, the side tab and All clips."""
    store = settings.settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", window.splitter.saveState())
    store.setValue("window/splitter_width", sum(window.splitter.sizes()))
    store.setValue(SIZES_SETTING, ",".join(str(size) for size in window.splitter.sizes()))
    store.setValue(SIZES_BY_USER_SETTING, window.reader_room.chosen_by_user())
    for key, pane_splitter in _pane_splitters(window):
        store.setValue(key, pane_splitter.saveState())
    store.setValue(ALL_CLIPS_SETTING, window.clips_panel.showing_all())
    store.setValue(ZOOM_SETTING, f"{window.reader.zoom():.4f}")
    post = window.current_post()
    place = window.reader.reading_place()
    into, of = window.reader.reading_into()
    where = f"{post.id}:{place.block}:{place.offset}:{into}:{of}" if post and place else ""
    store.setValue(PLACE_SETTING, where)
    store.setValue(SIDE_HIDDEN_SETTING, window.reader_room.side_hidden_by_user())
    side_tab_memory.remember(window.side_tabs)
    store.sync()


def show_paragraph_numbers(window: MainWindow, visible: bool) -> None:
    """View > Paragraph Numbers: shown or not, and remembered."""
    window.reader.set_paragraph_numbers(visible)
    # Restoring the stored choice at start toggles the action too:
    # writing the settings file back then cost every start ~15 ms.
    if settings.get_bool("reader/paragraph_numbers", True) != visible:
        settings.set_value("reader/paragraph_numbers", visible)


def reading_place(post_id: int) -> tuple[Position, int, int] | None:
    """Where post ``post_id`` was being read when the window last closed
    (None: another post, or its top): the place at the view's top, how far
    its line was scrolled above it and that line's height (px; 0 and 0 as
    stored before stop 45)."""
    parts = settings.get_str(PLACE_SETTING).split(":")
    if len(parts) not in (3, 5) or not all(part.isdigit() for part in parts):
        return None
    if int(parts[0]) != post_id:
        return None
    into, of = (int(parts[3]), int(parts[4])) if len(parts) == 5 else (0, 0)
    return Position(int(parts[1]), int(parts[2])), into, of
