"""The Info tab dragged narrow (stop 47): the side panel at its smallest and
a little wider, at the usual font and at 1.6x, on a web page, a journal
article and a preprint. Every label reads whole (above its field when
beside it there is no room: QFormLayout's row-wrap policy), no label or
field runs past the panel's edge, and Tab walks every field shown from the
top of the form to the bottom, as the form reads (it went Language,
Citation key, then Entry type, the box above the key). Nothing new is
remembered: the wrap follows the panel's width each time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import info_of, larger_system_font

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGES = {
    "preprint": FIXTURES / "preprint_stop45" / "arxiv.html",
    "journal article": FIXTURES / "scholarly_stop45" / "highwire.html",
    "news story": FIXTURES / "scholarly_stop45" / "news.html",
}


@pytest.fixture(params=[1.0, 1.6], ids=["usual font", "1.6x font"])
def font_scale(request: pytest.FixtureRequest) -> Iterator[float]:
    scale = float(request.param)
    if scale == 1.0:
        yield scale
        return
    with larger_system_font(scale):
        yield scale


def _narrowed(qtbot: QtBot, window: MainWindow, width: int) -> int:
    """The side panel dragged to ``width`` (no narrower than it goes); the
    width it took."""
    sizes = window.splitter.sizes()
    total = sum(sizes)
    window.splitter.setSizes([sizes[0], total - sizes[0] - width, width])
    qtbot.wait(30)
    return window.splitter.sizes()[2]


def _rows(window: MainWindow) -> list[tuple[QLabel, QWidget]]:
    form = window.info_panel._form
    rows = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        shown_label, shown_field = label.widget(), field.widget()
        if isinstance(shown_label, QLabel) and shown_field is not None and shown_field.isVisible():
            rows.append((shown_label, shown_field))
    return rows


def _cut(window: MainWindow) -> list[str]:
    """What reads cut: a label narrower than its words, a label, field or
    check box past the panel's right edge."""
    view = window.info_panel.scroller.viewport()
    cut = []
    widgets: list[QWidget] = [window.info_panel.authors_field.organisation]
    for label, field in _rows(window):
        if label.width() < label.sizeHint().width():
            cut.append(f"{label.text()!r} {label.width()} < {label.sizeHint().width()} px")
        widgets += [label, field]
    for widget in widgets:
        right = widget.mapTo(view, QPoint(widget.width(), 0)).x()
        if right > view.width():
            cut.append(f"{widget.objectName() or widget.accessibleName()} ends at {right} px")
        if isinstance(widget, QAbstractButton) and widget.width() < widget.sizeHint().width():
            cut.append(f"{widget.text()!r} {widget.width()} < {widget.sizeHint().width()} px")
    return cut


def _tab_walk(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """The widgets Tab reaches from the title field until it leaves the
    form's fields (for the tags and note below)."""
    info = window.info_panel
    info.fields["title"].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is info.fields["title"])
    tags = window.notes_panel.tags_edit
    reached: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is tags or not info.isAncestorOf(focused):
            break
        reached.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return reached


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_a_narrow_info_tab_reads_whole_and_tabs_down_the_form(
    qtbot: QtBot, library: Library, font_scale: float, kind: str
) -> None:
    window, _ = info_of(qtbot, library, PAGES[kind], 1400, 860)
    floor = window.side_tabs.minimumSizeHint().width()
    for wanted in (floor - 60, floor, floor + 40, floor + 100, floor + 160):
        width = _narrowed(qtbot, window, wanted)
        assert width >= floor
        qtbot.waitUntil(lambda: not _cut(window), timeout=2000)
    _narrowed(qtbot, window, floor)
    wrapped = window.info_panel._form.rowWrapPolicy()
    assert wrapped == QFormLayout.RowWrapPolicy.WrapAllRows, f"{wrapped} at {floor} px"
    # Tab reaches every field shown, each once, top to bottom as the form reads.
    info = window.info_panel
    fields = [field for _, field in _rows(window)]
    reached = _tab_walk(qtbot, window)
    inputs = [w for w in reached if w is not info.authors_field.organisation]
    expected = [info.authors if f is info.authors_field else f for f in fields]
    assert inputs == expected, [w.accessibleName() for w in inputs]
    tops = [w.mapTo(info, QPoint(0, 0)).y() for w in reached]
    assert tops == sorted(tops)
    # Dragged wide again, the labels go back beside their fields.
    _narrowed(qtbot, window, 700)
    qtbot.waitUntil(lambda: info._form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows)
