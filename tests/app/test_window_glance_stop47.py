"""The window at a glance (stop 47): screenshots of a fresh library with the
sample post, a preprint and the Clips tab, and what they showed unfinished.

* In a 1024 px window the reader's header line cut a preprint's identifier
  to "arXiv:2103.04" beside "arXiv.org" and "Original": a different
  identifier to anyone copying it. The journal or identifier now takes a
  line of its own under the date when the line has no room, and goes back
  beside the date when there is.
* The Sources tab quoted a partial quotation's clause in marks around its
  own marks: ““everyone who has ever slept on a bench in the terminal.””.
  Its own marks are single inside the outer pair now, as the exports quote
  a clip.
* A report whose number the researcher typed, with no institution named,
  showed "Report" without its number in the header, as CSL-JSON and RIS
  left it out (stop 46's re-read): it reads "Report ICE-TR-2020-07".
* Tab reached the header's "Original ↗" after the post's own links, with
  the page read down past the header: the focus was out of sight. The page
  goes back to its top, where the link is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.reader.header import cited_in
from quotemark.library.model import Scholarly
from quotemark.library.service import Library
from tests.app.test_main_window_support import info_of, quiet_window
from tests.library.test_export_samples import metadata

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

ROOT = Path(__file__).resolve().parents[2]
ARXIV = ROOT / "tests" / "fixtures" / "preprint_stop45" / "arxiv.html"
SAMPLE = ROOT / "resources" / "samples" / "night-ferry.html"


def _whole(label: QLabel) -> bool:
    """``label`` shows all its words: as wide as its text, inside its parent."""
    parent = label.parentWidget()
    assert parent is not None
    wide = label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    return wide and label.geometry().right() < parent.width()


def _dots(window: MainWindow) -> int:
    header = window.reader.header()
    return sum(label.isVisible() for label in header.findChildren(QLabel) if label.text() == "·")


def test_a_preprints_identifier_is_never_cut_in_the_header(qtbot: QtBot, library: Library) -> None:
    window, _ = info_of(qtbot, library, ARXIV, 1024, 700)
    header = window.reader.header()
    cited, date, link = header.cited_label(), header.date_label(), header.link_label()
    assert cited.text() == "arXiv:2103.04417 [cs.CL]"
    qtbot.waitUntil(lambda: cited.isVisible() and _whole(cited))
    # Under the date, on a line of its own; the date, site and link keep
    # their line, a dot between each two.
    assert cited.geometry().top() > date.geometry().bottom()
    assert link.geometry().top() == date.geometry().top()
    assert _dots(window) == 2
    # A wide window puts it back beside the date, in order, dotted.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: cited.geometry().top() == date.geometry().top())
    assert date.geometry().right() < cited.geometry().left() < link.geometry().left()
    assert _whole(cited)
    assert _dots(window) == 3


def test_a_partial_quotation_is_quoted_once_in_the_sources_tab(
    qtbot: QtBot, library: Library
) -> None:
    post_id = library.import_paths([SAMPLE]).results[0].post_id
    assert post_id is not None
    window = quiet_window(qtbot, library, 1400, 860)
    assert window.open_post(post_id)
    panel = window.sources_panel
    window.side_tabs.setCurrentWidget(panel)
    sources = panel.sources_list()
    board = next(
        sources.topLevelItem(i)
        for i in range(sources.topLevelItemCount())
        if sources.topLevelItem(i).text(0) == "Maritime Safety Board"
    )
    sources.setCurrentItem(board)
    qtbot.waitUntil(lambda: panel.citations_list().count() > 0)
    shown = [panel.citations_list().item(i).text() for i in range(panel.citations_list().count())]
    detail = "\n".join(shown)
    assert "\u201c\u201c" not in detail, detail
    assert "\u201d\u201d" not in detail, detail
    assert "without additional risk" in detail
    # The clause in one pair of marks, the speaker's own words in single ones.
    assert "\u2018without additional risk" in detail, detail


def test_a_reports_number_is_in_the_header_with_no_institution_named() -> None:
    said = metadata(entry_type="report", site=None, scholarly=Scholarly(eprint="ICE-TR-2020-07"))
    assert cited_in(said) == "Report ICE-TR-2020-07"
    named = metadata(
        entry_type="report", scholarly=Scholarly(archive="Harbour University", eprint="X-1")
    )
    assert cited_in(named) == "Report X-1"
    # An arXiv identifier is no report number: it says whose it is, as
    # CSL-JSON's number does.
    on_arxiv = metadata(entry_type="report", scholarly=Scholarly(archive="arXiv", eprint="2103.1"))
    assert cited_in(on_arxiv) == "Report arXiv:2103.1"


def test_the_original_link_reached_by_tab_is_in_sight(qtbot: QtBot, library: Library) -> None:
    # Tab walks the post's own links, then "Original ↗" in the header; the
    # header scrolls with the text, so the page read past it had the focus
    # on a link out of sight, above the window's top.
    post_id = library.import_paths([SAMPLE]).results[0].post_id
    assert post_id is not None
    window = quiet_window(qtbot, library, 1400, 860)
    assert window.open_post(post_id)
    text = window.reader.editor()
    link = window.reader.header().link_label()
    text.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is link:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is link
    viewport = text.viewport()
    top = link.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top <= viewport.height() - link.height(), top
    # Shift+Tab from the side panel comes back to it, in sight too.
    text.verticalScrollBar().setValue(text.verticalScrollBar().maximum())
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None
    assert after is not link
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is link
    top = link.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top <= viewport.height() - link.height(), top
