"""A journal article's volume, issue and pages are corrected in the Info tab
(stop 45): the reader's header cites the journal with its volume and issue,
so a wrong one read off the page is mended where it shows, saved as exports
cite it (pages with an en dash), undone by Edit > Undo, reached by keyboard
(Alt+M, then Tab) and named for a screen reader. The Entry type box's
"not said" says what exports cite the post as then: a journal article's page
or a preprint is no "web page". Real library file, real window offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import info_of

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _opened(qtbot: QtBot, library: Library, page: str) -> tuple[MainWindow, int]:
    return info_of(qtbot, library, FIXTURES / page, 1200, 800)


def _typed(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    edit = window.info_panel.fields[name]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_journal_articles_volume_issue_and_pages_are_corrected_in_the_info_tab(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id = _opened(qtbot, library, "scholarly_stop45/highwire.html")
    fields = window.info_panel.fields
    qtbot.waitUntil(fields["volume"].isVisible)
    cited = window.reader.header().cited_label()
    assert cited.text() == "Journal of Coastal Heritage 12 (3)"
    assert [fields[name].text() for name in ("volume", "issue", "pages")] == ["12", "3", "201–224"]
    # Each named and described for a screen reader.
    for name, spoken in (("volume", "Volume"), ("issue", "Issue"), ("pages", "Pages")):
        assert fields[name].accessibleName() == spoken
        assert fields[name].accessibleDescription()
    _typed(qtbot, window, "volume", "13")
    assert "Saved the volume" in window.statusBar().currentMessage()
    assert cited.text() == "Journal of Coastal Heritage 13 (3)"
    _typed(qtbot, window, "pages", "201 - 225")
    scholarly = window.controller.post(post_id).metadata.scholarly
    assert scholarly is not None
    assert (scholarly.volume, scholarly.pages) == ("13", "201–225")
    assert fields["pages"].text() == "201–225"
    # Undo takes each back, the header with it.
    window.registry["edit.undo"].trigger()
    assert fields["pages"].text() == "201–224"
    window.registry["edit.undo"].trigger()
    assert fields["volume"].text() == "12"
    assert cited.text() == "Journal of Coastal Heritage 12 (3)"
    scholarly = window.controller.post(post_id).metadata.scholarly
    assert scholarly is not None
    assert (scholarly.volume, scholarly.pages) == ("12", "201–224")


def test_the_journal_rows_are_reached_by_keyboard(qtbot: QtBot, library: Library) -> None:
    # The volume by Alt+M; the issue, the pages and the DOI, without an Alt
    # key of their own since stop 46 (each letter is a menu's or a field's
    # used more), by Tab in their place in the form.
    window, _ = _opened(qtbot, library, "scholarly_stop45/highwire.html")
    fields = window.info_panel.fields
    qtbot.waitUntil(fields["volume"].isVisible)
    fields["title"].setFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is fields["volume"]
    for name in ("issue", "pages", "url", "doi"):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is fields[name], name


@pytest.mark.parametrize(
    ("page", "said"),
    [
        ("scholarly_stop45/highwire.html", "not said (journal article)"),
        ("preprint_stop45/arxiv.html", "not said (preprint)"),
        ("preprint_stop45/report.html", "not said (report)"),
        ("scholarly_stop45/news.html", "not said (web page)"),
    ],
)
def test_entry_type_not_said_names_what_exports_cite_the_post_as(
    qtbot: QtBot, library: Library, page: str, said: str
) -> None:
    window, post_id = _opened(qtbot, library, page)
    box = window.info_panel.entry_type
    qtbot.waitUntil(box.isVisible)
    assert box.currentText() == said
    # Said to be a blog post, "not said" still says what it would go back to.
    box.setCurrentIndex(box.findData("blog"))
    box.activated.emit(box.currentIndex())
    assert window.controller.post(post_id).metadata.entry_type == "blog"
    assert box.itemText(0) == said


def test_the_headers_journal_line_is_named_for_a_screen_reader(
    qtbot: QtBot, library: Library
) -> None:
    window, _ = _opened(qtbot, library, "preprint_stop45/arxiv.html")
    cited = window.reader.header().cited_label()
    qtbot.waitUntil(cited.isVisible)
    assert cited.text() == "arXiv:2103.04417 [cs.CL]"
    # Selectable (a researcher copies the identifier), so reached by Tab:
    # named and described like the date and the site beside it.
    assert cited.accessibleName() == "Cited in"
    assert "archive identifier" in cited.accessibleDescription()
