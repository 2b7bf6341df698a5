"""The Info tab shows a journal article's journal and DOI (stop 45): rows
under the site and the URL, there only for a journal article (a news story
shows none), edited in place like the other fields (a DOI typed as its link
is kept as the DOI; one that is none is refused), and shown once the
researcher says a page is a journal article."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import info_of

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly_stop45"


def _opened(qtbot: QtBot, library: Library, page: str) -> tuple[MainWindow, int]:
    return info_of(qtbot, library, PAGES / page)


def test_a_journal_articles_journal_and_doi_are_shown_and_corrected(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id = _opened(qtbot, library, "highwire.html")
    panel = window.info_panel
    journal, doi = panel.fields["journal"], panel.fields["doi"]
    qtbot.waitUntil(doi.isVisible)
    assert journal.isVisible()
    assert journal.text() == "Journal of Coastal Heritage"
    assert doi.text() == "10.5555/JCH.2023.0412"
    assert panel.entry_type.findData("journal") >= 0
    # Typed as its link, kept as the DOI.
    doi.setFocus()
    doi.selectAll()
    qtbot.keyClicks(doi, "https://doi.org/10.5555/JCH.2023.0413")
    qtbot.keyClick(doi, Qt.Key.Key_Return)
    assert panel.message.text() == ""
    post = window.controller.post(post_id)
    assert post.metadata.scholarly is not None
    assert post.metadata.scholarly.doi == "10.5555/JCH.2023.0413"
    assert doi.text() == "10.5555/JCH.2023.0413"
    assert "Saved the DOI" in window.statusBar().currentMessage()
    # One that is no DOI is refused, saying so, and changes nothing.
    doi.selectAll()
    qtbot.keyClicks(doi, "article 12")
    qtbot.keyClick(doi, Qt.Key.Key_Return)
    assert "not a DOI" in panel.message.text()
    scholarly = window.controller.post(post_id).metadata.scholarly
    assert scholarly is not None
    assert scholarly.doi == "10.5555/JCH.2023.0413"
    # Undo takes the saved DOI back.
    qtbot.keyClick(doi, Qt.Key.Key_Escape)
    window.registry["edit.undo"].trigger()
    scholarly = window.controller.post(post_id).metadata.scholarly
    assert scholarly is not None
    assert scholarly.doi == "10.5555/JCH.2023.0412"


def test_a_news_story_shows_no_journal_rows_until_said_to_be_a_journal_article(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id = _opened(qtbot, library, "news.html")
    panel = window.info_panel
    qtbot.waitUntil(panel.fields["site"].isVisible)
    assert not panel.fields["journal"].isVisible()
    assert not panel.fields["doi"].isVisible()
    panel.entry_type.setCurrentIndex(panel.entry_type.findData("journal"))
    panel.entry_type.activated.emit(panel.entry_type.currentIndex())
    assert window.controller.post(post_id).metadata.entry_type == "journal"
    assert panel.fields["doi"].isVisible()
    assert panel.fields["doi"].text() == ""
