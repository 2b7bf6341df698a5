"""A researcher's week with a large library (stop 42, s42-ui), through a
real window (offscreen): what the Monday left and what the week found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.dialogs.export import ExportDialog
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.operations import ClipSpan, DeleteClips, DeletePosts
from quotemark.library.service import Library
from tests.app.test_main_window_support import import_and_wait, press, show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

GAMBLE = (
    '<html><head><title>"A gamble": the pier\'s new timetable</title></head><body>'
    '<article><h1>"A gamble": the pier\'s new timetable</h1>'
    "<p>The harbour board met on Thursday. “We will open the pier in May,” said Ada Lind, "
    "the board's chair.</p><p>Tom Hale, the harbour master, called the new timetable "
    "“a gamble”.</p></article></body></html>"
)


def _gamble(folder: Path) -> Path:
    """The gamble page saved in ``folder``."""
    path = folder / "gamble.html"
    path.write_text(GAMBLE, encoding="utf-8")
    return path


def _post(place: str, week: int) -> str:
    return (
        f"The {place} in Week {week}\n\nMarch {week}, 2026\n\n"
        f"“The {place.lower()} matters to the town,” said Ada Lind, the harbour board's chair.\n\n"
        f"Tom Hale said the {place.lower()} would open again in May.\n"
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(paths.library_file())
    files = []
    for week, place in enumerate(("Pier", "Ferry", "Harbour", "Old Pier", "Lighthouse"), start=1):
        path = tmp_path / f"post-{week}.txt"
        path.write_text(_post(place, week), encoding="utf-8")
        files.append(path)
    lib.import_paths(files)
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return show(qtbot, MainWindow(Controller(library, poll_ms=0)))


def test_a_title_that_begins_with_a_quote_is_quoted_once_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The status bar read “"A gamble": the pier's new timetable”: a straight
    # mark inside the curly ones, elided at 1.6x to “"A gamble…, unpaired.
    path = _gamble(tmp_path)
    import_and_wait(qtbot, window, [path])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    assert window.current_post().metadata.title == '"A gamble": the pier\'s new timetable'
    message = window.statusBar().currentMessage()
    assert message.startswith("Opened “‘A gamble’: the pier's new timetable”: ")
    assert '"' not in message


def test_titled_quotes_a_title_once_and_leaves_a_plain_one_alone() -> None:
    from quotemark.library.quoting import titled

    assert titled("The Pier in Week 1") == "“The Pier in Week 1”"
    assert titled("“We will open the pier,” says Ada Lind") == (
        "“‘We will open the pier,’ says Ada Lind”"
    )
    assert titled('"A gamble": the pier\'s new timetable', 12) == "“‘A gamble’:…”"
    assert titled("") == "(untitled)"


def test_a_search_does_not_ask_the_library_for_its_totals(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each reload of the list asked the library how many posts and clips
    # it holds, so each pause in typing a search asked again (a round trip
    # on a shared library) for totals a search does not change.
    asked: list[int] = []
    counts = window.controller.counts
    monkeypatch.setattr(window.controller, "counts", lambda: asked.append(1) or counts())
    pane = window.library_pane
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.search_box.setText("pier")
    assert pane.post_count() == 2
    assert window.counts_label.text() == "2 of 5 posts listed · 0 clips"
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.search_box.setText("")
    assert window.counts_label.text() == "5 posts · 0 clips"
    assert asked == []


def test_a_reload_asks_for_the_totals_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Changed elsewhere beyond what the change log holds (another computer
    # on a shared library, a night away): the window reloads everything,
    # and asked for the totals twice, for the list's reload and again.
    # A post added or a clip made asks once.
    asked: list[int] = []
    counts = window.controller.counts
    monkeypatch.setattr(window.controller, "counts", lambda: asked.append(1) or counts())
    window.controller.reset.emit()
    qtbot.wait(50)
    assert len(asked) == 1
    assert window.counts_label.text() == "5 posts · 0 clips"
    asked.clear()
    path = _gamble(tmp_path)
    import_and_wait(qtbot, window, [path])
    qtbot.waitUntil(lambda: window.counts_label.text() == "6 posts · 0 clips")
    qtbot.wait(50)
    assert len(asked) == 1


def test_totals_left_unanswered_are_asked_again_at_the_next_reload(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clip made while the shared library was busy: the totals could not
    # be read, and the status bar kept "0 clips" through every search
    # after (it asks only when posts or clips come or go). Before stop 42
    # every reload of the list asked again.
    from quotemark.library.errors import LibraryUnreachable

    counts = window.controller.counts
    busy = [True]

    def answer() -> tuple[int, int]:
        if busy.pop() if busy else False:
            raise LibraryUnreachable("The shared library did not answer.")
        return counts()

    monkeypatch.setattr(window.controller, "counts", answer)
    post = library.posts()[0]
    window.open_post(post.id)
    quote = window.current_post().analysis.quotes[0]
    window.controller.run(ClipSpan(post.id, quote.span))
    assert not busy  # asked, not answered
    pane = window.library_pane
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.search_box.setText("pier")
    assert window.counts_label.text() == "2 of 5 posts listed · 1 clip"


def test_the_totals_follow_every_way_posts_and_clips_come_and_go(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    # The totals are asked only when posts or clips come or go: a delete,
    # its undo, a clip and its delete and their undo, and the same done by
    # another Quotemark on the library (the poll) each say so.
    label = window.counts_label
    first = library.posts()[0].id
    window.controller.delete_posts([first])
    assert label.text() == "4 posts · 0 clips"
    window.undo()
    assert label.text() == "5 posts · 0 clips"
    window.open_post(first)
    quote = window.current_post().analysis.quotes[0]
    clip = window.controller.clip(first, quote.span)
    assert label.text() == "5 posts · 1 clip"
    window.controller.run(DeleteClips((clip.id,)))
    assert label.text() == "5 posts · 0 clips"
    window.undo()
    assert label.text() == "5 posts · 1 clip"
    window.redo()
    assert label.text() == "5 posts · 0 clips"
    path = _gamble(tmp_path)
    with Library.open(paths.library_file()) as elsewhere:
        added = elsewhere.import_paths([path]).results[0].post_id
        window.controller.poll()
        assert label.text() == "6 posts · 0 clips"
        assert added is not None
        elsewhere.run(ClipSpan(added, elsewhere.post(added).analysis.quotes[0].span))
        window.controller.poll()
        assert label.text() == "6 posts · 1 clip"
        elsewhere.run(DeletePosts((added,), force=True))
        window.controller.poll()
    assert label.text() == "5 posts · 0 clips"


def test_a_search_that_finds_more_than_it_lists_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On 10,000 posts "pier" matched thousands; the list holds the best 200
    # and the status bar said "200 of 9995 posts listed", read as the
    # number that matched. (The limit made small here: five posts.)
    from quotemark.app import library_pane

    monkeypatch.setattr(library_pane, "SEARCH_SHOWN", 3)
    pane = window.library_pane
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.search_box.setText("harbour board")
    assert pane.post_count() == 3
    assert window.counts_label.text() == "best 3 matches of 5 posts listed · 0 clips"
    assert "best matches" in window.counts_label.toolTip()
    # A search that lists all it found says the plain count.
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.search_box.setText("pier")
    assert window.counts_label.text() == "2 of 5 posts listed · 0 clips"
    assert window.counts_label.toolTip() == ""


def _ctrl_alt(qtbot: QtBot, target: QWidget, key: Qt.Key, text: str) -> None:
    # A key as Windows sends AltGr+key: with Ctrl and Alt held, and the
    # character the layout makes of it (empty where it makes none).
    QTest.sendKeyEvent(
        QTest.KeyAction.Click,
        target,
        key,
        text,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.wait(10)


@pytest.fixture
def windows_altgr(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system sends AltGr as Ctrl+Alt, as Windows does."""
    from quotemark.app import altgr_typing

    monkeypatch.setattr(altgr_typing, "ALTGR_IS_CTRL_ALT", True)


@pytest.mark.usefixtures("windows_altgr")
def test_altgr_types_in_the_search_box_instead_of_choosing_a_side_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    # German Windows: AltGr+2 is "²", AltGr+7 "{"; Polish: AltGr+N is "ń".
    # Ctrl+Alt+2 (the Sources tab) and Ctrl+Alt+N (New collection from
    # selection) took them: the tab came, the letter never did.
    box = window.library_pane.search_box
    box.setFocus()
    tab = window.side_tabs.currentIndex()
    _ctrl_alt(qtbot, box, Qt.Key.Key_2, "²")
    _ctrl_alt(qtbot, box, Qt.Key.Key_N, "ń")
    assert box.text() == "²ń"
    assert window.side_tabs.currentIndex() == tab
    assert QApplication.activeModalWidget() is None
    assert box.hasFocus()


@pytest.mark.usefixtures("windows_altgr")
def test_ctrl_alt_digit_is_still_the_side_tab_where_it_types_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    # An English layout: Ctrl+Alt+2 makes no character, so it is the key.
    box = window.library_pane.search_box
    box.setFocus()
    _ctrl_alt(qtbot, box, Qt.Key.Key_2, "")
    assert box.text() == ""
    assert window.side_tabs.currentWidget() is window.sources_panel
    # And where the layout gives the digit itself (some send it), too.
    box.setFocus()
    _ctrl_alt(qtbot, box, Qt.Key.Key_3, "3")
    assert box.text() == ""
    assert window.side_tabs.currentWidget() is window.clips_panel


def test_ctrl_alt_with_a_character_is_the_shortcut_where_altgr_is_not_ctrl_alt(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Linux and the Mac never send AltGr as Ctrl+Alt, yet a Ctrl+Alt key
    # can carry a character there (Command+Option+2 on a Mac "™", Ctrl+Alt+N
    # on a Russian X11 layout "т"). Taken for AltGr, the search box typed
    # it and Ctrl+Alt+2 (the Sources tab) could not be had from any text
    # field.
    from quotemark.app import altgr_typing

    monkeypatch.setattr(altgr_typing, "ALTGR_IS_CTRL_ALT", False)
    box = window.library_pane.search_box
    box.setFocus()
    _ctrl_alt(qtbot, box, Qt.Key.Key_2, "™")
    assert box.text() == ""
    assert window.side_tabs.currentWidget() is window.sources_panel


def _export_dialog_on_ctrl_e(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    # The dialog Ctrl+E opens: its scope and the words it shows (closed).
    seen: list[tuple[str, str]] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen.append((dialog.scope_name(), dialog.scope_box.currentText()))
        dialog.reject()

    QTimer.singleShot(100, read)
    press(qtbot, "Ctrl+E")
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def _two_clips_chosen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The gamble page imported, two of its quotes clipped and both chosen
    in the Clips tab's list (Ctrl+Alt+3, Ctrl+A), the keyboard there."""
    import_and_wait(qtbot, window, [_gamble(tmp_path)])
    post = window.current_post()
    assert post is not None
    for quote in post.analysis.quotes[:2]:
        window.controller.run(ClipSpan(post.id, quote.span))
    press(qtbot, "Ctrl+Alt+3")
    qtbot.waitUntil(lambda: window.clips_panel.view.hasFocus())
    press(qtbot, "Ctrl+A")
    assert len(window.clips_panel.selected_clip_ids()) == 2


def test_ctrl_e_on_the_clips_chosen_in_the_clips_tab_exports_them(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    # Two clips chosen in the Clips tab (Ctrl+Alt+3, Ctrl+A),
    # then Ctrl+E: the dialog opened on "The whole library" (the scope used
    # last) and wrote every post of a 2,000-post library.
    _two_clips_chosen(qtbot, window, tmp_path)
    assert _export_dialog_on_ctrl_e(qtbot, window) == (
        "selection",
        "The selection: 2 selected clips",
    )


def test_ctrl_e_on_posts_chosen_in_the_list_exports_them_while_clips_stay_chosen(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    # Two clips chosen in the Clips tab, then three posts chosen in the
    # post list, Ctrl+E from the list: the selection offered was the
    # clips, and the dialog opened on the whole library (the scope used
    # last), not on the three posts the keyboard was on.
    _two_clips_chosen(qtbot, window, tmp_path)
    pane = window.library_pane
    pane.view.setFocus()
    qtbot.waitUntil(lambda: pane.view.hasFocus())
    pane.select_posts([p.id for p in library.posts()[:3]])
    assert len(pane.selected_post_ids()) == 3
    assert _export_dialog_on_ctrl_e(qtbot, window) == (
        "selection",
        "The selection: 3 selected posts",
    )


def test_ctrl_e_from_the_reader_keeps_the_scope_used_last(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # The open post is selected in the list; Ctrl+E from the reader is not
    # a choice of that post.
    window.open_post(library.posts()[0].id)
    window.focus_reader()
    assert _export_dialog_on_ctrl_e(qtbot, window)[0] == "all"


def _week_folder(tmp_path: Path) -> Path:
    """A folder "week" holding the gamble page."""
    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "gamble.html").write_text(GAMBLE, encoding="utf-8")
    return folder


def test_closing_the_import_report_gives_the_keyboard_to_the_post_it_opened(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A folder with a broken file: the report opened before the imported
    # post did, so Escape gave the keyboard back to the search box the
    # import was started from, and J read nothing.
    folder = _week_folder(tmp_path)
    (folder / "broken.html").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)))
    window.library_pane.search_box.setFocus()
    import_and_wait(qtbot, window, [folder])
    report = QApplication.activeModalWidget()
    assert report is not None
    assert "broken.html" in " ".join(label.text() for label in report.findChildren(QLabel))
    press(qtbot, "Escape")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    post = window.current_post()
    assert post is not None
    assert post.metadata.title.endswith("the pier's new timetable")
    qtbot.waitUntil(lambda: window.reader.editor().hasFocus())


def test_a_folder_imported_is_named_as_a_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A folder of saved pages: "Importing 1 item…" until its files were
    # counted (the one path given), read as one file.
    folder = _week_folder(tmp_path)
    single = tmp_path / "pier.txt"
    single.write_text(_post("Sea Wall", 9), encoding="utf-8")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    import_and_wait(qtbot, window, [folder])
    assert "Importing the folder “week”…" in said
    import_and_wait(qtbot, window, [folder, single])
    assert "Importing 1 folder and 1 file…" in said


def test_the_sample_post_is_named_as_the_sample_while_it_is_imported(
    qtbot: QtBot, window: MainWindow
) -> None:
    # "Open the sample post": the status bar said "Importing 1 file…",
    # a file the researcher never gave (the paths' words took the
    # sample's stand-in path for one).
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.open_sample()
    qtbot.waitUntil(lambda: window.import_job() is None, timeout=10000)
    assert "Importing the sample post…" in said
    assert not any("1 file" in message for message in said)


def _offer(qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str) -> QPushButton:
    """The status line's offer to replace the gamble post (titled with a
    straight quote first) by a newer save of it, the file called ``name``."""
    from quotemark.app.dialogs.import_report import ImportReportDialog
    from tests.library.test_store_pages import PARAGRAPHS, write_post

    title = '"A gamble": the pier\'s new timetable'
    url = "https://harbour.example/gamble"
    import_and_wait(qtbot, window, [write_post(tmp_path / "v1", name, title, url=url)])
    assert window.current_post().metadata.title == title
    newer = write_post(
        tmp_path / "v2",
        name,
        title,
        url=url,
        paragraphs=["Tom Hale said the pier reopens on Monday.", *PARAGRAPHS[:3]],
    )
    import_and_wait(qtbot, window, [newer], open_first=False)
    window.findChild(ImportReportDialog).close()  # type: ignore[union-attr]
    offer = window.reimports.offer_button
    assert offer.isVisible()
    return offer


def test_the_offer_to_replace_a_post_quotes_its_title_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The status line's offer (a page saved again with changed text) read
    # “"A gamble": …” to a screen reader and in its tooltip: the quoting
    # the Opened and Replaced messages lost, kept here.
    offer = _offer(qtbot, window, tmp_path, "gamble.html")
    quoted = "“‘A gamble’: the pier's new timetable”"
    assert offer.accessibleName() == f"Replace {quoted} with gamble.html"
    assert offer.toolTip().startswith(f"Replace {quoted} with the new copy ")


def test_the_offer_shows_an_ampersand_in_its_file_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A button's single "&" marks its mnemonic: "pier&ferry.html" showed
    # as "Replace with pierferry.html", the f underlined.
    from quotemark.app.dialogs.shortcuts import plain

    offer = _offer(qtbot, window, tmp_path, "pier&ferry.html")
    assert plain(offer.text()) == "Replace with pier&ferry.html"


def test_the_undo_step_of_a_note_quotes_the_title_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Edit > Undo read 'Undo Edit note of “"A gamble": the pier's new
    # timetable”' (the Delete step quoted its title once, this one not).
    from quotemark.library.operations import SetPostNote

    path = _gamble(tmp_path)
    import_and_wait(qtbot, window, [path])
    post = window.current_post()
    assert post is not None
    window.controller.run(SetPostNote(post.id, "Ask Ada Lind about the May date."))
    assert window.controller.undo_stack.undoText() == (
        "Edit note of “‘A gamble’: the pier's new timetable”"
    )


def test_a_title_with_an_ampersand_keeps_it_in_the_menus(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    # View > Back and Edit > Undo name the post by its title; a single "&"
    # in a menu item's text marks its mnemonic and is not drawn: "Back to
    # “The Ferry  Pier in Week 8”", "Undo Delete “The Ferry  Pier…”".
    path = tmp_path / "ferry.txt"
    path.write_text(_post("Ferry & Pier", 8), encoding="utf-8")
    import_and_wait(qtbot, window, [path])
    ferry = window.current_post()
    assert ferry is not None
    assert ferry.metadata.title == "The Ferry & Pier in Week 8"
    other = next(p.id for p in library.posts() if p.id != ferry.id)
    window.open_post(other)
    window.history.name_actions()  # as the View menu opens
    quoted = "“The Ferry & Pier in Week 8”"
    # What the menu draws: the text without its mnemonic markers.
    from quotemark.app.dialogs.shortcuts import plain

    assert plain(window.registry["view.back"].text()) == f"Back to {quoted}"
    window.controller.delete_posts([ferry.id])
    assert plain(window.registry["edit.undo"].text()) == f"Undo Delete {quoted}"
    window.undo()
    assert plain(window.registry["edit.redo"].text()) == f"Redo Delete {quoted}"
