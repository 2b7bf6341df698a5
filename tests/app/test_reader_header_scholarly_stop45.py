"""The reader's header line names where a scholarly work is held (stop 45):
a journal article's journal, volume and issue, a preprint's archive
identifier, a report's number, beside the date and the site; a news story's
line is as before. The pages are stop 45's team-written landing pages,
imported into a real library file and shown in a real reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.reader.view import ReaderView
from quotemark.library.service import Library
from tests.app.conftest import shown

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _reader(qtbot: QtBot, library: Library, page: Path) -> ReaderView:
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    post = library.post(post_id)
    assert post is not None
    reader = ReaderView()
    reader.set_color_scheme(Qt.ColorScheme.Light)
    shown(qtbot, reader, 900, 500).show_post(post)
    return reader


@pytest.mark.parametrize(
    ("page", "date", "site", "cited"),
    [
        # The journal Highwire named is the site too: written once.
        ("scholarly_stop45/highwire.html", "14 May 2023", "", "Journal of Coastal Heritage 12 (3)"),
        ("preprint_stop45/arxiv.html", "9 Mar 2021", "arXiv.org", "arXiv:2103.04417 [cs.CL]"),
        # The server's name is the site's: written once, with the identifier.
        ("preprint_stop45/biorxiv.html", "May 2022", "", "bioRxiv preprint"),
        ("preprint_stop45/ssrn.html", "2022", "", "SSRN 4012345"),
        ("preprint_stop45/report.html", "2 Nov 2020", "", "Report ICE-TR-2020-07"),
        # A journal page whose text links an arXiv preprint: its journal.
        (
            "preprint_stop45/journal_arxiv_link.html",
            "2021",
            "",
            "Review of Maritime Economics 5 (2)",
        ),
        ("scholarly_stop45/news.html", "12 Feb 2024", "The Coastal Courier", ""),
    ],
)
def test_the_header_line_says_where_the_work_is_held(
    qtbot: QtBot, library: Library, tmp_path: Path, page: str, date: str, site: str, cited: str
) -> None:
    header = _reader(qtbot, library, FIXTURES / page).header()
    assert header.date_label().text() == date
    assert header.site_label().isVisible() == bool(site)
    if site:
        assert header.site_label().text() == site
    assert header.cited_label().isVisible() == bool(cited)
    assert header.cited_label().text() == cited
    # One dot between each two parts shown, none before the first.
    parts = [date, site, cited, "Original"]
    dots = [
        label for label in header.findChildren(type(header.date_label())) if label.text() == "·"
    ]
    assert sum(dot.isVisible() for dot in dots) == sum(bool(part) for part in parts) - 1
    # The parts stand on one line, in order, the journal after the date.
    if cited:
        assert header.cited_label().geometry().top() == header.date_label().geometry().top()
        assert header.cited_label().geometry().left() > header.date_label().geometry().right()
    image = header.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "header.png"))
