"""The library list over a big library: it reads only the rows on screen,
orders and filters them as the whole list would be, and a change moves only
the rows it names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.library_pane import LibraryPane, sort_posts
from quotemark.app.post_list_model import PostListModel
from quotemark.library import paths
from quotemark.library.model import Change, Position, Span
from quotemark.library.service import Library
from quotemark.library.store.listing import ORDERS, Listing
from tests.app.test_cli import quotemark
from tests.app.test_main_window_support import write_post
from tests.library.bulk import fill

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def library() -> Iterator[Library]:
    with Library.open() as lib:
        yield lib


def make_pane(qtbot: QtBot, library: Library) -> LibraryPane:
    pane = LibraryPane(Controller(library, poll_ms=0))
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def shown_ids(model: PostListModel) -> list[int | None]:
    return [model.post_id(row) for row in range(model.rowCount())]


def test_a_big_library_opens_reading_only_a_few_screens_of_rows(qtbot: QtBot) -> None:
    fill(paths.library_file(), 20_000, clipped=500)
    with Library.open() as library:
        pane = make_pane(qtbot, library)
        qtbot.wait(50)  # let the view paint
        model = pane.model
        assert model.rowCount() == 20_000
        screen = pane.view.viewport().height() // pane.view.rowHeight(0) + 1
        assert 0 < model.fetched_rows <= max(3 * screen, model.PAGE)
        # Jumping to the end reads the rows there, not those in between.
        pane.view.scrollToBottom()
        qtbot.wait(50)
        assert model.post_id(19_999) is not None
        assert model.fetched_rows <= 3 * model.PAGE
        pane.set_sort_order("title")
        qtbot.wait(50)
        assert model.fetched_rows <= 4 * model.PAGE


def test_selecting_every_post_then_changing_the_order_reads_only_a_screen(
    qtbot: QtBot,
) -> None:
    fill(paths.library_file(), 20_000)
    with Library.open() as library:
        pane = make_pane(qtbot, library)
        pane.view.selectAll()
        first = pane.model.post_id(0)
        fetched = pane.model.fetched_rows
        pane.set_sort_order("title")
        pane.apply_change(Change(posts_changed=(first or 0,)))
        qtbot.wait(50)
        assert pane.model.fetched_rows - fetched <= 3 * pane.model.PAGE
        assert len(pane.selected_post_ids()) >= 1


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("choice", ["all:", "tag:ferry", "source:1"])
def test_each_order_and_filter_lists_as_sorting_the_whole_list(
    qtbot: QtBot, order: str, choice: str
) -> None:
    fill(paths.library_file(), 400, clipped=60)
    with Library.open() as library:
        pane = make_pane(qtbot, library)
        pane.set_sort_order(order)
        index = pane.filter_box.findData(choice)
        assert index >= 0
        pane.filter_box.setCurrentIndex(index)
        pane.filter_box.activated.emit(index)
        kind, _sep, value = choice.partition(":")
        rows = library.posts(
            tag=value if kind == "tag" else None,
            source_id=int(value) if kind == "source" else None,
        )
        assert shown_ids(pane.model) == [p.id for p in sort_posts(rows, order)]


def test_the_model_keeps_qts_rules_through_changes(qtmodeltester: ModelTester) -> None:
    fill(paths.library_file(), 250, clipped=30)
    with Library.open() as library:
        model = PostListModel(library)
        model.set_listing(Listing("title"))
        qtmodeltester.check(model)
        fill(library.path, 1, seed=2)
        model.apply_change(Change(posts_added=(251,)))  # one row inserted
        fill(library.path, 3, seed=3)
        model.apply_change(Change(posts_added=(252, 253, 254)))  # scattered: reloaded
        assert shown_ids(model) == [p.id for p in sort_posts(library.posts(), "title")]
        library.delete_post(100)
        model.apply_change(Change(posts_removed=(100,)))
        assert shown_ids(model) == [p.id for p in sort_posts(library.posts(), "title")]


def test_a_batch_of_imports_is_inserted_at_the_top_without_a_reload(
    qtbot: QtBot, library: Library
) -> None:
    fill(paths.library_file(), 2_000)
    pane = make_pane(qtbot, library)
    model = pane.model
    first = model.post_id(0)
    assert first is not None
    pane.select_post(first)
    fill(library.path, 5, seed=7, imported="2026-12-01T10:00:00+00:00")
    fetched = model.fetched_rows
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        pane.apply_change(Change(posts_added=tuple(range(2_001, 2_006))))
    assert model.rowCount() == 2_005
    assert [model.post_id(row) for row in range(6)] == [2_005, 2_004, 2_003, 2_002, 2_001, first]
    assert pane.selected_post_ids() == [first]
    assert model.fetched_rows - fetched <= 2 * model.PAGE  # the page on screen, again
    assert shown_ids(model) == [p.id for p in library.posts()]


def test_a_big_import_reaches_the_list_in_a_few_reads_keeping_the_selection(
    qtbot: QtBot, library: Library
) -> None:
    # The end of a 10,000-post import named every post; placing each one
    # asked its row (two queries a post) and held the window for a second.
    fill(paths.library_file(), 2_000)
    pane = make_pane(qtbot, library)
    model = pane.model
    chosen = model.post_id(3)
    assert chosen is not None
    pane.select_post(chosen)
    fill(library.path, 600, seed=7, imported="2026-12-01T10:00:00+00:00")
    statements: list[str] = []
    library._conn.set_trace_callback(statements.append)
    pane.apply_change(Change(posts_added=tuple(range(2_001, 2_601))))
    qtbot.wait(20)  # the view fetches the rows it shows
    library._conn.set_trace_callback(None)
    assert model.rowCount() == 2_600
    assert pane.selected_post_ids() == [chosen]
    assert len(statements) <= 10
    assert shown_ids(model) == [p.id for p in library.posts()]


def test_a_removed_post_leaves_and_a_clipped_one_repaints_in_place(
    qtbot: QtBot, library: Library
) -> None:
    fill(paths.library_file(), 1_000)
    pane = make_pane(qtbot, library)
    model = pane.model
    third, fourth = model.post_id(2), model.post_id(3)
    assert third is not None
    assert fourth is not None
    library.clip(fourth, Span(Position(0, 4), Position(0, 9), "ferry"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        pane.apply_change(Change(posts_changed=(fourth,)))
    summary = model.summary(3)
    assert summary is not None
    assert summary.clip_count == 1
    library.delete_post(third)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        pane.apply_change(Change(posts_removed=(third,)))
    assert model.rowCount() == 999
    assert model.post_id(2) == fourth
    assert shown_ids(model) == [p.id for p in library.posts()]


def test_a_clip_that_reorders_most_clips_keeps_the_selection(
    qtbot: QtBot, library: Library
) -> None:
    fill(paths.library_file(), 500, clipped=50)
    pane = make_pane(qtbot, library)
    pane.set_sort_order("clips")
    last = pane.model.post_id(499)
    assert last is not None
    pane.select_post(last)
    for _ in range(5):
        library.clip(last, Span(Position(0, 4), Position(0, 9), "ferry"))
    pane.apply_change(Change(posts_changed=(last,)))
    assert pane.model.row_of(last) == 0
    assert pane.selected_post_ids() == [last]
    assert shown_ids(pane.model) == [p.id for p in sort_posts(library.posts(), "clips")]


def test_a_post_imported_by_the_command_appears_at_its_place(
    qtbot: QtBot, library: Library, tmp_path: Path, quotemark_home: Path
) -> None:
    fill(paths.library_file(), 3_000)
    pane = make_pane(qtbot, library)
    pane.set_sort_order("title")
    pane.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    saved = write_post(
        tmp_path,
        "lantern.txt",
        "Lantern Festival Fills the Harbour\n\nMay 2, 2024\n\n"
        "“We light them for the boats still out,” said Ilse Maran, who runs the festival.\n",
    )
    done = quotemark("import", str(saved), home=quotemark_home)
    assert done.returncode == 0, done.stderr
    found = re.match(r"(\d+)\t", done.stdout)
    assert found is not None
    post_id = int(found.group(1))
    with qtbot.assertNotEmitted(pane.model.modelReset):
        pane.apply_change(Change(posts_added=(post_id,)))
    row = pane.model.row_of(post_id)
    expected = [p.id for p in sort_posts(library.posts(), "title")]
    assert row == expected.index(post_id)
    assert pane.model.index(row, 0).data() == "Lantern Festival Fills the Harbour"
    assert 0 < row < 3_000  # among the others, not at an end
