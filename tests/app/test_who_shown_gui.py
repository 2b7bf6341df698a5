"""Who made it, where a researcher looks (a real library file offscreen,
a colleague working through a second connection under another name): the
Info tab says who imported the post, the Review tab's body corrections
name a colleague's; one's own are not labelled with one's own name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.date_display import medium_date
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.operations import AddPassage, RemoveParagraph
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_body_corrections import DROPPED, PAGE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _window(qtbot: QtBot, library: Library) -> MainWindow:
    return show(qtbot, MainWindow(Controller(library, poll_ms=60_000)))


def test_the_info_tab_says_who_imported_a_colleagues_post(qtbot: QtBot, library: Library) -> None:
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        theirs = colleague.import_sample().post_id
    assert theirs is not None
    window = _window(qtbot, library)
    assert window.open_post(theirs)
    line = window.info_panel.imported
    day = medium_date(library.post(theirs).imported[:10])  # "3 Dec 2026", as the date field
    assert "-" not in day
    assert line.isVisibleTo(window.info_panel)
    assert line.text() == f"Imported by Bob Colleague on {day}"
    assert line.accessibleName() == "Imported"


def test_ones_own_import_and_body_correction_carry_no_name(qtbot: QtBot, library: Library) -> None:
    mine = library.import_sample().post_id
    assert mine is not None
    library.run(RemoveParagraph(mine, 1))
    window = _window(qtbot, library)
    assert window.open_post(mine)
    assert window.info_panel.imported.text().startswith("Imported on ")
    listed = window.body_commands.corrections
    assert listed.title.text() == "Your body corrections"
    entry = listed.list.item(0)
    assert entry is not None
    assert entry.text().startswith("Removed from the body (Enter restores it):")


def test_a_colleagues_body_correction_names_them_in_the_review_tab(
    qtbot: QtBot, library: Library
) -> None:
    post_id = library.import_sample().post_id
    assert post_id is not None
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        colleague.run(RemoveParagraph(post_id, 1))
    window = _window(qtbot, library)
    assert window.open_post(post_id)
    listed = window.body_commands.corrections
    assert listed.title.text() == "Body corrections"
    entry = listed.list.item(0)
    assert entry is not None
    assert entry.text().startswith("Removed by Bob Colleague (Enter restores it):")


def test_a_passage_a_colleague_added_is_named_as_theirs(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        colleague.run(AddPassage(post_id, DROPPED))
    window = _window(qtbot, library)
    assert window.open_post(post_id)
    entry = window.body_commands.corrections.list.item(0)
    assert entry is not None
    assert entry.text().startswith("Added by Bob Colleague:")
    # What a screen reader hears does not say "you" added it.
    description = window.reader.editor().accessibleDescription()
    assert "was added from the original page" in description
    assert "by you" not in description
