"""What the researcher's Monday left (stop 41, s41-ui2), through a real
window (offscreen): Back and Forward between posts, a new collection from
the posts selected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.actions import current_keys
from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.model import Position
from quotemark.library.operations import ClipSpan, DeletePosts, TagPosts
from quotemark.library.service import Library
from tests.app.test_main_window_support import import_and_wait, press, show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PLACES = ("Pier", "Ferry", "Harbour Board", "Timetable", "Allotments", "Lighthouse")


def _long_post(place: str, day: int) -> str:
    # Long enough to scroll: forty paragraphs, a quotation in each.
    lines = [
        f"“The {place.lower()} matters to the town, week {n},” said Ada Lind, the harbour "
        f"board's chair. Tom Hale said the {place.lower()} would open again in May."
        for n in range(40)
    ]
    return f"The {place} Story\n\nMarch {day}, 2026\n\n" + "\n\n".join(lines) + "\n"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(paths.library_file())
    files = []
    for day, place in enumerate(PLACES, start=1):
        path = tmp_path / f"{place.lower().replace(' ', '-')}.txt"
        path.write_text(_long_post(place, day), encoding="utf-8")
        files.append(path)
    lib.import_paths(files)
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return show(qtbot, MainWindow(Controller(library, poll_ms=0)))


def _ids(library: Library) -> dict[str, int]:
    """Each post's id by its place ("The Pier Story": "Pier")."""
    return {p.title.removeprefix("The ").removesuffix(" Story"): p.id for p in library.posts()}


def _title(window: MainWindow) -> str:
    post = window.current_post()
    return "" if post is None else post.metadata.title


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _read_at(qtbot: QtBot, window: MainWindow, block: int) -> Position:
    """Scroll the reader so paragraph ``block`` is at the top; where it reads."""
    window.reader.go_to_place(Position(block, 0))
    qtbot.wait(10)
    place = window.reader.reading_place()
    assert place is not None
    assert place.block >= block - 1
    return place


def test_alt_left_goes_back_to_the_post_read_before_where_it_was_read(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # Comparing two posts' quotations: the pier post read halfway down, the
    # ferry post opened; Alt+Left comes back to the pier post at the same
    # paragraph, Alt+Right to the ferry post again (there was no way back
    # but finding the post in the list and scrolling to the place again).
    ids = _ids(library)
    window.open_post(ids["Pier"])
    pier_place = _read_at(qtbot, window, 20)
    window.open_post(ids["Ferry"])
    ferry_place = _read_at(qtbot, window, 8)
    assert QApplication.focusWidget() is window.reader.editor()
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Pier Story"
    qtbot.waitUntil(lambda: window.reader.reading_place() == pier_place)
    assert "Went back to “The Pier Story”" in _status(window)
    assert not window.registry["view.back"].isEnabled()
    assert window.registry["view.forward"].isEnabled()
    press(qtbot, "Alt+Right")
    assert _title(window) == "The Ferry Story"
    qtbot.waitUntil(lambda: window.reader.reading_place() == ferry_place)
    # A third post opened from there empties Forward, as a browser does.
    press(qtbot, "Alt+Left")
    window.open_post(ids["Timetable"])
    assert not window.registry["view.forward"].isEnabled()
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Pier Story"


def test_the_keyboards_back_and_forward_keys_and_the_view_menu(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ids = _ids(library)
    window.open_post(ids["Pier"])
    window.open_post(ids["Ferry"])
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_Back)
    assert _title(window) == "The Pier Story"
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_Forward)
    assert _title(window) == "The Ferry Story"
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    texts = [a.text() for a in view.actions()]
    at = texts.index("Bac&k")
    assert texts[at - 1] == ""  # a group of its own
    assert texts[at + 1] == "For&ward"
    assert current_keys("view.back") in (["Alt+Left", "Back"], ["Ctrl+[", "Back"])


def test_the_mouses_back_and_forward_buttons_over_the_reader(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ids = _ids(library)
    window.open_post(ids["Pier"])
    window.open_post(ids["Ferry"])
    page = window.reader.editor().viewport()
    qtbot.mouseClick(page, Qt.MouseButton.BackButton, pos=QPoint(40, 40))
    assert _title(window) == "The Pier Story"
    qtbot.mouseClick(page, Qt.MouseButton.ForwardButton, pos=QPoint(40, 40))
    assert _title(window) == "The Ferry Story"
    # Another button is the reader's as before (a click places the cursor).
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    assert _title(window) == "The Ferry Story"


def test_back_is_remapped_like_any_other_action(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ids = _ids(library)
    window.registry.set_keys("view.back", ["Ctrl+Alt+Left"])
    window.open_post(ids["Pier"])
    window.open_post(ids["Ferry"])
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Ferry Story"
    press(qtbot, "Ctrl+Alt+Left")
    assert _title(window) == "The Pier Story"


def test_a_deleted_post_is_skipped_with_a_word_not_an_error(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ids = _ids(library)
    for name in ("Pier", "Ferry", "Timetable"):
        window.open_post(ids[name])
    window.controller.run(DeletePosts((ids["Ferry"],)))
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Pier Story"
    assert _status(window) == "Went back to “The Pier Story” (1 deleted post skipped)."
    assert window.last_error is None
    # Forward: Timetable; the open post deleted, Back still goes somewhere.
    press(qtbot, "Alt+Right")
    assert _title(window) == "The Timetable Story"
    window.controller.run(DeletePosts((ids["Pier"],)))
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Timetable Story"
    assert _status(window) == "No post to go back to: 1 deleted post skipped."
    assert window.last_error is None


def test_a_clip_followed_to_its_post_is_gone_back_from(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # A clip followed to its post (as the Clips tab does), then Back to the
    # paragraph read before.
    ids = _ids(library)
    window.open_post(ids["Pier"])
    place = _read_at(qtbot, window, 30)
    post = library.post(ids["Lighthouse"])
    clip = window.controller.run(ClipSpan(post.id, post.analysis.quotes[5].span)).value
    window.links.show_clip(clip)
    assert _title(window) == "The Lighthouse Story"
    window.focus_reader()
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Pier Story"
    qtbot.waitUntil(lambda: window.reader.reading_place() == place)


def test_another_library_starts_the_history_anew(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ids = _ids(library)
    window.open_post(ids["Pier"])
    window.open_post(ids["Ferry"])
    assert window.registry["view.back"].isEnabled()
    window.history.clear()  # what show_library does
    assert not window.registry["view.back"].isEnabled()
    press(qtbot, "Alt+Left")
    assert _title(window) == "The Ferry Story"


def _select_rows(window: MainWindow, rows: range) -> None:
    view = window.library_pane.view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0), flags)


def test_a_new_collection_from_the_five_posts_selected_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # Five posts selected, Ctrl+Shift+N made an empty collection and showed
    # it, so the selection was gone before Ctrl+Shift+L could add it.
    tree = window.library_pane.collections
    asked: list[str] = []

    def name(title: str, label: str, current: str) -> str:
        asked.append(label)
        return "Harbour week"

    tree.ask_name = name
    pane = window.library_pane
    _select_rows(window, range(5))
    selected = pane.selected_post_ids()
    assert len(selected) == 5
    pane.view.setFocus()
    press(qtbot, "Ctrl+Alt+N")
    assert asked == ["Name of the new collection (at the top, holding the 5 posts selected):"]
    made = library.find_collection("Harbour week")
    assert made is not None
    assert sorted(library.collection_post_ids(made)) == sorted(selected)
    qtbot.waitUntil(lambda: pane.post_count() == 5)  # the list shows it
    assert tree.chosen() == made
    assert _status(window) == "Made the collection “Harbour week” with the 5 posts selected."
    assert window.undo_stack.undoText() == "New collection “Harbour week” with 5 posts"
    press(qtbot, "Ctrl+Z")  # one step takes the collection and its posts away
    assert library.collections() == []
    press(qtbot, "Ctrl+Shift+Z")
    made = library.find_collection("Harbour week")
    assert made is not None
    assert sorted(library.collection_post_ids(made)) == sorted(selected)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Collections")
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["&New collection…", "New collection from &selection…"]


def test_the_plain_new_collection_is_still_empty(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    tree = window.library_pane.collections
    tree.ask_name = lambda title, label, current: "Pier days"
    _select_rows(window, range(3))
    window.library_pane.view.setFocus()
    press(qtbot, "Ctrl+Shift+N")
    made = library.find_collection("Pier days")
    assert made is not None
    assert library.collection_post_ids(made) == []
    assert "adds posts to it" in _status(window)


def test_a_new_collection_from_no_selection_holds_the_open_post(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # As Add to collection: the selected posts, else the one being read.
    ids = _ids(library)
    tree = window.library_pane.collections
    tree.ask_name = lambda title, label, current: "Lights"
    window.library_pane.view.clearSelection()
    tree.ask_new_from([])
    assert _status(window) == "Select posts in the list first."
    window.open_post(ids["Lighthouse"])
    window.library_pane.view.clearSelection()
    press(qtbot, "Ctrl+Alt+N")
    made = library.find_collection("Lights")
    assert made is not None
    assert library.collection_post_ids(made) == [ids["Lighthouse"]]


def test_the_counts_are_read_once_per_list_reload_however_many_edits_came_before(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each edit connected the list's reload to the counts once more: after a
    # morning's hundred edits, every reload of the list read the library's
    # counts a hundred times (a round trip each on a shared library).
    ids = _ids(library)
    for n in range(5):
        window.controller.run(TagPosts((ids["Pier"],), add=(f"pier{n}",)))
    calls: list[int] = []
    counts = window.controller.counts

    def counted() -> tuple[int, int]:
        calls.append(1)
        return counts()

    monkeypatch.setattr(window.controller, "counts", counted)
    shown: list[str] = []
    set_text = window.counts_label.setText
    monkeypatch.setattr(
        window.counts_label, "setText", lambda text: shown.append(text) or set_text(text)
    )
    window.library_pane.model.modelReset.emit()
    # Drawn once; and since stop 42 a reload asks the library nothing (its
    # totals change with posts or clips added or removed, not with the list).
    assert len(shown) == 1
    assert calls == []


PIER = """The Pier Reopens

March 3, 2026

The harbour board met on Monday to talk about the pier.

Tom Hale, the board's chairman, said the new timetable was “a gamble” for the town.

“We will open the pier in May,” said Ada Lind, the harbour master.
"""


def _rows(window: MainWindow) -> list[str]:
    tree = window.quotes_panel.tree()
    return [
        item.text(0).split("\n")[1]
        for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        if item is not None
    ]


def test_a_partial_quotation_said_direct_and_a_direct_one_partial_by_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # "A gamble" is Hale's whole word on it, not a fragment of his in the
    # writer's clause: Ctrl+Shift+K makes it a quotation of its own (the
    # clause's other words are no longer shown as his); again on Lind's
    # words, they become a partial quotation; Ctrl+Z takes each back.
    path = tmp_path / "pier.txt"
    path.write_text(PIER, encoding="utf-8")
    import_and_wait(qtbot, window, [path])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    assert _rows(window) == [
        "partial: “a gamble”",
        "We will open the pier in May",
    ]
    window.reader.select_quote(0)
    window.focus_reader()
    press(qtbot, "Ctrl+Shift+K")
    post = window.current_post()
    assert post is not None
    assert post.analysis.quotes[0].span.text == "a gamble"
    assert _rows(window) == ["a gamble", "We will open the pier in May"]
    assert _status(window) == "Make “a gamble” a direct quotation"
    assert window.reader.editor().textCursor().selectedText() == "a gamble"
    window.reader.select_quote(1)
    press(qtbot, "Ctrl+Shift+K")
    assert _rows(window) == ["a gamble", "partial: “We will open the pier in May”"]
    assert window.last_error is None
    press(qtbot, "Ctrl+Z")
    press(qtbot, "Ctrl+Z")
    assert _rows(window) == ["partial: “a gamble”", "We will open the pier in May"]


def test_add_to_collection_with_none_yet_makes_one_holding_them_in_one_step(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # With no collection yet, Ctrl+Shift+L asks for a new one's name; it was
    # made, then filled: two undo steps, the first leaving it empty.
    tree = window.library_pane.collections
    tree.ask_name = lambda title, label, current: "Pier days"
    _select_rows(window, range(2))
    selected = window.library_pane.selected_post_ids()
    window.library_pane.view.setFocus()
    press(qtbot, "Ctrl+Shift+L")
    made = library.find_collection("Pier days")
    assert made is not None
    assert sorted(library.collection_post_ids(made)) == sorted(selected)
    press(qtbot, "Ctrl+Z")
    assert library.collections() == []
