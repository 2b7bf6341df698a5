"""A researcher's pass over stop 46's preprint and report rows (stop 46,
s46-final-app): the Info tab shows the arXiv class only where arXiv holds
the post (a report's institution or SSRN has none to give), every new row
has its own Alt key, clashing with no menu and no other field's, and no
Alt letter is held twice anywhere in the window with the Info tab shown
on a journal article, a preprint or a web page (nor with the note
previewed); the
entry type, the publisher and the arXiv identifier are corrected and each
undone; the exports of a preprint and a report said so compile with real
biber and BibTeX; the library's search box finds the preprint by its
identifier typed as the header shows it ("arXiv:" and a version). A real
library file, the real window offscreen, real TeX tools."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.panels.post_notes import PostNotesPanel
from quotemark.library.service import Library
from tests.app.test_info_scholarly_rows_stop45 import _typed
from tests.app.test_main_window_support import info_of
from tests.library.test_export_compile import (
    PDFLATEX_BIBLATEX,
    PDFLATEX_BIBTEX,
    compile_document,
    needs_tex,
    squeeze,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PREPRINTS = Path(__file__).resolve().parents[1] / "fixtures" / "preprint_stop45"


def _opened(qtbot: QtBot, library: Library, name: str) -> tuple[MainWindow, int]:
    window, post_id = info_of(qtbot, library, PREPRINTS / name, 1200, 900)
    qtbot.waitUntil(window.info_panel.fields["archive"].isVisible)
    return window, post_id


TITLE = "Counting quotations in harbour board minutes"


def _first_listed(window: MainWindow) -> str:
    pane = window.library_pane
    return str(pane.model.index(0, 0).data()) if pane.post_count() else ""


def _said(window: MainWindow, kind: str) -> None:
    box = window.info_panel.entry_type
    box.setCurrentIndex(box.findData(kind))
    box.activated.emit(box.currentIndex())


@pytest.mark.parametrize(
    ("page", "shown"),
    [("arxiv.html", True), ("report.html", False), ("ssrn.html", False)],
)
def test_the_arxiv_class_row_shows_only_where_arxiv_holds_the_post(
    qtbot: QtBot, library: Library, page: str, shown: bool
) -> None:
    window, _ = _opened(qtbot, library, page)
    fields = window.info_panel.fields
    assert fields["eprint"].isVisible()
    assert fields["eprint_class"].isVisible() is shown
    if not shown:
        # Said to be held on arXiv, the row comes for its class.
        _typed(qtbot, window, "archive", "arxiv")
        assert fields["archive"].text() == "arXiv"
        assert fields["eprint_class"].isVisible()
        window.registry["edit.undo"].trigger()
        assert not fields["eprint_class"].isVisible()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text)
    return found.group(1).casefold() if found else None


def _letters(window: MainWindow) -> dict[str, list[str]]:
    """Every Alt letter a keyboard user can press in ``window`` as it shows
    now: the menu bar's, each visible label's, button's, group's and tab's
    (a letter two of them hold only moves the focus between them)."""
    letters: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = _mnemonic(text)
        if letter:
            letters.setdefault(letter, []).append(text)

    for action in window.menuBar().actions():
        add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        plain = isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText
        if plain or isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for at in range(widget.count()):
                add(widget.tabText(at))
    return letters


def _clashes(letters: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


@pytest.mark.parametrize(
    "page",
    [
        "scholarly_stop45/highwire.html",  # a journal article: volume, issue, pages, DOI
        "preprint_stop45/arxiv.html",  # a preprint: archive, number, class, DOI
        "html/wordpress-post.html",  # a web page: none of them
    ],
)
def test_no_alt_letter_is_held_twice_in_the_window_and_the_info_tab(
    qtbot: QtBot, library: Library, page: str
) -> None:
    window, _ = info_of(qtbot, library, PREPRINTS.parent / page, 1200, 900)
    notes = window.info_panel.findChild(PostNotesPanel)
    assert notes is not None
    qtbot.waitUntil(notes.preview_button.isVisible)
    letters = _letters(window)
    # The menu bar's keys, the library's order and the note's keep theirs.
    for text in ("&File", "&Edit", "&View", "&Collections", "&Help", "S&ort:"):
        assert text in letters[_mnemonic(text) or ""], text
    assert letters["p"] == ["&Preview"]
    assert letters["s"] == ["&Save note"]
    assert _clashes(letters) == {}
    # Alt+P previews the note and, pressed again, edits it: the button
    # keeps its name and its key both ways, and the Edit menu keeps Alt+E.
    notes.note_edit.setFocus()
    qtbot.keyClicks(notes.note_edit, "Check the *pages* against the PDF")
    qtbot.keyClick(notes.note_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(notes.preview_button.isChecked)  # a mnemonic clicks as if pressed
    assert notes.pages.currentWidget() is notes.preview
    assert _clashes(_letters(window)) == {}
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not notes.preview_button.isChecked())
    assert notes.pages.currentWidget() is notes.note_edit


def test_every_archive_row_has_its_own_alt_key(qtbot: QtBot, library: Library) -> None:
    window, _ = _opened(qtbot, library, "arxiv.html")
    panel = window.info_panel
    fields = panel.fields
    mine = {"archive", "eprint", "eprint_class", "publisher"}
    letters = _letters(window)
    for name in sorted(mine):
        label = panel._form.labelForField(fields[name])
        assert isinstance(label, QLabel)
        letter = _mnemonic(label.text())
        assert letter is not None, f"{name}'s row has no Alt key"
        assert letters[letter] == [label.text()], letters[letter]
        fields["title"].setFocus()
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(
            focused, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
        )
        assert QApplication.focusWidget() is fields[name], name
        assert fields[name].accessibleName()


def test_entry_type_publisher_and_identifier_corrected_and_each_undone(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id = _opened(qtbot, library, "arxiv.html")
    fields = window.info_panel.fields
    cited = window.reader.header().cited_label()
    _said(window, "report")
    # A report's publisher is cited only when it names no institution
    # (neither @report nor @techreport has a publisher): the field says so.
    assert "no institution" in fields["publisher"].accessibleDescription()
    _typed(qtbot, window, "publisher", "Harbour University Press")
    _typed(qtbot, window, "eprint", "arXiv:2103.04471v3")
    assert fields["eprint"].text() == "2103.04471v3"
    assert "2103.04471v3" in cited.text()
    scholarly = window.controller.post(post_id).metadata
    assert scholarly.entry_type == "report"
    undo = window.registry["edit.undo"]
    undo.trigger()
    assert fields["eprint"].text() == "2103.04417"
    assert "2103.04417 " in cited.text() + " "
    undo.trigger()
    assert fields["publisher"].text() == ""
    undo.trigger()
    assert window.info_panel.entry_type.currentData() in ("", None)
    meta = window.controller.post(post_id).metadata
    assert meta.entry_type is None
    assert meta.scholarly is not None
    assert (meta.scholarly.eprint, meta.scholarly.publisher) == ("2103.04417", None)


def test_the_search_box_finds_a_preprint_by_its_identifier_as_the_header_shows_it(
    qtbot: QtBot, library: Library
) -> None:
    window, _ = _opened(qtbot, library, "arxiv.html")
    library.import_paths([PREPRINTS / "report.html", PREPRINTS / "ssrn.html"])
    pane = window.library_pane
    for typed in ("arXiv:2103.04417v2", "arxiv:2103.04417", "https://arxiv.org/abs/2103.04417v1"):
        pane.search_box.setFocus()
        pane.search_box.selectAll()
        qtbot.keyClicks(pane.search_box, typed)
        pane.refresh()
        qtbot.waitUntil(lambda: _first_listed(window) == TITLE, timeout=5000)
        assert pane.post_count() == 1  # the preprint alone, not every post naming arXiv


@needs_tex
@pytest.mark.parametrize("backend", ["biber", "bibtex"])
def test_a_preprint_and_a_report_said_so_compile_and_print_their_numbers(
    tmp_path: Path, backend: str
) -> None:
    library = Library.open(tmp_path / "lib.sqlite3")
    try:
        ids = [
            library.import_paths([PREPRINTS / page]).results[0].post_id
            for page in ("arxiv.html", "report.html")
        ]
        post_ids = [i for i in ids if i is not None]
        assert len(post_ids) == 2
        from quotemark.library.operations import EditMetadata

        library.run(EditMetadata(post_ids[0], (("entry_type", "preprint"),)))
        library.run(
            EditMetadata(
                post_ids[1],
                (("entry_type", "report"), ("publisher", "Harbour University Press")),
            )
        )
        fmt = "biblatex" if backend == "biber" else "bibtex"
        (tmp_path / "refs.bib").write_text(library.export(fmt), encoding="utf-8")
        keys = [library.post(i).key for i in post_ids]
    finally:
        library.close()
    preamble = PDFLATEX_BIBLATEX if backend == "biber" else PDFLATEX_BIBTEX
    text = squeeze(compile_document(tmp_path, "pdflatex", backend, preamble, keys))
    # The preprint by its arXiv identifier and class, the report by its
    # number and the institution that issued it (a report's publisher is
    # cited only when no institution is named: neither @report nor
    # @techreport has a publisher).
    for printed in ("arXiv:2103.04417[cs.CL]", "ICE-TR-2020-07", "InstituteforCoastalEngineering"):
        assert printed in text, (printed, text)
