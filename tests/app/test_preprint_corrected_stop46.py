"""A preprint's archive, its identifier there and its arXiv class are
corrected where the other citation fields are (stop 46): in the Info tab
(undone by Edit > Undo, reached by Alt+W and Alt+X, named for a screen
reader) and by ``quotemark edit --archive --eprint --class``. The researcher
says a post is a preprint or a report (the Entry type box, ``--type``) and
every format cites it so: biblatex ``@online`` with ``eprint`` / ``@report``,
BibTeX ``@misc`` with ``archivePrefix`` / ``@techreport``, CSL ``article``
(genre Preprint) / ``report``, RIS ``UNPB`` / ``RPRT``. The publisher
(schema 20) is corrected there too (Alt+B, ``--publisher``). Real library file,
real window offscreen, real subprocesses, bibtexparser reading the ``.bib``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_cli import quotemark
from tests.app.test_info_scholarly_rows_stop45 import _typed
from tests.app.test_main_window_support import info_of

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARXIV = FIXTURES / "preprint_stop45" / "arxiv.html"

# A think tank's page for a study it published: no citation tags, so
# nothing says it is a report until the researcher does.
STUDY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Silting of the northern harbours, 1950-2020</title>
<meta property="og:site_name" content="Harbour Policy Institute">
<link rel="canonical" href="https://harbourpolicy.example/studies/silting-northern-harbours">
<meta name="author" content="Maren Solberg">
<meta property="article:published_time" content="2023-06-01">
</head><body><article>
<h1>Silting of the northern harbours, 1950-2020</h1>
<p>By Maren Solberg</p>
<p>The northern harbours lost a third of their depth in seventy years, the study finds.
"Dredging kept pace until the eighties," said Ivar Holm, a harbour engineer.</p>
<p>The authors compared soundings from every decade with the charts the ports kept.</p>
</article></body></html>
"""


def _highwire(qtbot: QtBot, library: Library) -> tuple[MainWindow, int]:
    # Stop 45's journal article (its publisher: Harbour Academic).
    return info_of(qtbot, library, FIXTURES / "scholarly_stop45" / "highwire.html", 1200, 900)


def _said(window: MainWindow, kind: str) -> None:
    box = window.info_panel.entry_type
    box.setCurrentIndex(box.findData(kind))
    box.activated.emit(box.currentIndex())


def _entries(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    parsed = parse_string(text)
    assert not parsed.failed_blocks
    return {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in parsed.entries}


def _ris(text: str) -> str:
    (record,) = [r for r in text.split("ER  - ") if "TY  -" in r]
    return record


def test_a_preprints_archive_identifier_and_class_are_corrected_in_the_info_tab(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window, post_id = info_of(qtbot, library, ARXIV, 1200, 900)
    fields = window.info_panel.fields
    qtbot.waitUntil(fields["eprint"].isVisible)
    cited = window.reader.header().cited_label()
    assert cited.text() == "arXiv:2103.04417 [cs.CL]"
    assert [fields[n].text() for n in ("archive", "eprint", "eprint_class")] == [
        "arXiv",
        "2103.04417",
        "cs.CL",
    ]
    for name, spoken in (
        ("archive", "Archive"),
        ("eprint", "Archive identifier"),
        ("eprint_class", "arXiv class"),
    ):
        assert fields[name].accessibleName() == spoken
        assert fields[name].accessibleDescription()
    # The class read off the page was the cross-list's: the primary is cs.DL.
    _typed(qtbot, window, "eprint_class", "cs.DL")
    assert "Saved the arXiv class: cs.DL" in window.statusBar().currentMessage()
    assert cited.text() == "arXiv:2103.04417 [cs.DL]"
    # The identifier pasted as the header shows one: stored as the identifier.
    _typed(qtbot, window, "eprint", "arXiv:2103.04471v2")
    assert fields["eprint"].text() == "2103.04471v2"
    assert cited.text() == "arXiv:2103.04471v2 [cs.DL]"
    window.info_panel.grab().save(str(tmp_path / "info_preprint.png"))
    _, entry = _entries(library.export("biblatex"))["lind2021counting"]
    assert (entry["eprint"], entry["eprintclass"]) == ("2103.04471v2", "cs.DL")
    # Edit > Undo takes each back, the header with it.
    window.registry["edit.undo"].trigger()
    assert fields["eprint"].text() == "2103.04417"
    window.registry["edit.undo"].trigger()
    assert fields["eprint_class"].text() == "cs.CL"
    assert cited.text() == "arXiv:2103.04417 [cs.CL]"
    found = window.controller.post(post_id).metadata.scholarly
    assert found is not None
    assert (found.eprint, found.eprint_class) == ("2103.04417", "cs.CL")


def test_the_archive_rows_are_reached_by_their_keys(qtbot: QtBot, library: Library) -> None:
    window, _ = info_of(qtbot, library, ARXIV, 1200, 900)
    fields = window.info_panel.fields
    qtbot.waitUntil(fields["archive"].isVisible)
    fields["title"].setFocus()
    for key, name in ((Qt.Key.Key_W, "archive"), (Qt.Key.Key_X, "eprint_class")):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is fields[name]
    # The identifier's row follows the archive's in the Tab order.
    fields["archive"].setFocus()
    qtbot.keyClick(fields["archive"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields["eprint"]


def test_a_page_said_to_be_a_report_is_cited_as_one_in_every_format(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    page = tmp_path / "silting.html"
    page.write_text(STUDY, encoding="utf-8")
    window, post_id = info_of(qtbot, library, page, 1200, 900)
    fields = window.info_panel.fields
    box = window.info_panel.entry_type
    qtbot.waitUntil(box.isVisible)
    assert box.currentText() == "not said (web page)"
    assert not fields["archive"].isVisible()  # a web page has no archive rows
    _said(window, "report")
    assert window.controller.post(post_id).metadata.entry_type == "report"
    qtbot.waitUntil(fields["eprint"].isVisible)  # said to be a report: its rows show
    # A report has no journal, volume or pages to fill: those stay hidden.
    assert not fields["volume"].isVisible()
    _typed(qtbot, window, "eprint", "HPI-2023-04")
    qtbot.wait(50)  # the form laid out again with its new rows
    window.info_panel.grab().save(str(tmp_path / "info_report.png"))
    key = window.controller.post(post_id).key
    kind, entry = _entries(library.export("biblatex"))[key]
    # Issued by the site that published it, when no archive is named.
    assert (kind, entry["institution"], entry["type"], entry["number"]) == (
        "report",
        "Harbour Policy Institute",
        "techreport",
        "HPI-2023-04",
    )
    kind, entry = _entries(library.export("bibtex"))[key]
    assert (kind, entry["institution"], entry["number"]) == (
        "techreport",
        "Harbour Policy Institute",
        "HPI-2023-04",
    )
    (item,) = json.loads(library.export("csl-json"))
    assert (item["type"], item["publisher"], item["number"]) == (
        "report",
        "Harbour Policy Institute",
        "HPI-2023-04",
    )
    assert "genre" not in item
    record = _ris(library.export("ris"))
    for line in ("TY  - RPRT", "PB  - Harbour Policy Institute", "SN  - HPI-2023-04"):
        assert f"{line}\r\n" in record, line
    # Undo: a web page again, its rows hidden.
    window.registry["edit.undo"].trigger()
    window.registry["edit.undo"].trigger()
    assert window.controller.post(post_id).metadata.entry_type is None
    assert box.currentText() == "not said (web page)"
    assert not fields["eprint"].isVisible()
    assert _entries(library.export("biblatex"))[key][0] == "online"


def test_a_journal_articles_page_said_to_be_its_preprint_is_cited_as_the_preprint(
    qtbot: QtBot, library: Library
) -> None:
    # The researcher cites the arXiv version of a published article: the
    # page names the journal, the researcher says preprint and its archive.
    window, post_id = _highwire(qtbot, library)
    fields = window.info_panel.fields
    qtbot.waitUntil(fields["journal"].isVisible)
    assert not fields["archive"].isVisible()  # a journal article's page names no archive
    _said(window, "preprint")
    assert fields["archive"].isVisible()
    _typed(qtbot, window, "archive", "arxiv")  # typed in any case: the server
    _typed(qtbot, window, "eprint", "2405.01234")
    assert fields["archive"].text() == "arXiv"
    key = window.controller.post(post_id).key
    kind, entry = _entries(library.export("biblatex"))[key]
    assert (kind, entry["eprint"], entry["eprinttype"]) == ("online", "2405.01234", "arxiv")
    assert "journaltitle" not in entry
    assert "volume" not in entry
    kind, entry = _entries(library.export("bibtex"))[key]
    assert (kind, entry["eprint"], entry["archivePrefix"]) == ("misc", "2405.01234", "arXiv")
    (item,) = json.loads(library.export("csl-json"))
    assert (item["type"], item["genre"], item["publisher"], item["number"]) == (
        "article",
        "Preprint",
        "arXiv",
        "arXiv:2405.01234",
    )
    assert "container-title" not in item
    record = _ris(library.export("ris"))
    for line in ("TY  - UNPB", "PB  - arXiv", "AN  - 2405.01234"):
        assert f"{line}\r\n" in record, line
    assert "JO  - " not in record


def test_the_command_line_corrects_the_archive_and_says_what_the_post_is(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    assert quotemark("import", ARXIV, home=home).returncode == 0
    done = quotemark(
        "edit", "1", "--eprint", "arXiv:2103.04471", "--class", "cs.DL", "--json", home=home
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["eprint"], data["eprint_class"]) == ("2103.04471", "cs.DL")
    said = quotemark("edit", "1", "--type", "report", "--archive", "Harbour University", home=home)
    assert said.returncode == 0, said.stderr
    assert "archive" in said.stdout
    bib = quotemark("export", "--format", "bibtex", home=home).stdout
    kind, entry = _entries(bib)["lind2021counting"]
    assert (kind, entry["institution"]) == ("techreport", "Harbour University")
    # Held by an institution now: the identifier there is the report's number.
    assert entry["number"] == "2103.04471"
    refused = quotemark("edit", "1", "--type", "thesis", home=home)
    assert refused.returncode == 1
    assert re.search(r"say blog, news, web, journal, preprint, report", refused.stderr)


def test_the_publisher_is_corrected_in_the_info_tab_and_undone(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id = _highwire(qtbot, library)
    fields = window.info_panel.fields
    qtbot.waitUntil(fields["publisher"].isVisible)
    assert fields["publisher"].text() == "Harbour Academic"
    assert fields["publisher"].accessibleName() == "Publisher"
    assert fields["publisher"].accessibleDescription()
    fields["title"].setFocus()
    qtbot.keyClick(fields["title"], Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is fields["publisher"]
    _typed(qtbot, window, "publisher", "Harbour Academic Press")
    assert "Saved the publisher: Harbour Academic Press" in window.statusBar().currentMessage()
    (item,) = json.loads(library.export("csl-json"))
    assert item["publisher"] == "Harbour Academic Press"
    window.registry["edit.undo"].trigger()
    assert fields["publisher"].text() == "Harbour Academic"
    found = window.controller.post(post_id).metadata.scholarly
    assert found is not None
    assert found.publisher == "Harbour Academic"


def test_the_command_line_corrects_the_publisher(tmp_path: Path) -> None:
    home = tmp_path / "home"
    page = FIXTURES / "scholarly_stop45" / "highwire.html"
    assert quotemark("import", page, home=home).returncode == 0
    done = quotemark("edit", "1", "--publisher", "Harbour Academic Press", "--json", home=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["publisher"] == "Harbour Academic Press"
    ris = quotemark("export", "--format", "ris", home=home).stdout
    assert "PB  - Harbour Academic Press" in ris.splitlines()
    csl = json.loads(quotemark("export", "--format", "csl-json", home=home).stdout)
    assert (csl[0]["type"], csl[0]["publisher"]) == ("article-journal", "Harbour Academic Press")
