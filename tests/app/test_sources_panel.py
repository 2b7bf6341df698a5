"""The Sources tab: this post's sources with mention counts, where each is
cited, and jumping there."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.panels.source_citations import context
from quotemark.app.panels.sources import SourcesPanel
from quotemark.library.model import (
    Analysis,
    Block,
    BlockKind,
    Mention,
    MentionKind,
    Metadata,
    Position,
    Post,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
)
from quotemark.library.operations import RenameSource
from quotemark.library.service import Library
from tests.app.conftest import shown
from tests.fixtures.gui.posts import bare_post, river_post, store

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def panel(qtbot: QtBot, post: Post) -> SourcesPanel:
    widget = shown(qtbot, SourcesPanel(), 360, 600)
    widget.set_post(post)
    return widget


def rows_of_sources(panel: SourcesPanel) -> list[tuple[str, str, str]]:
    tree = panel.sources_list()
    rows = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        rows.append((item.text(0), item.text(1), item.text(2)))
    return rows


def test_the_posts_sources_are_listed_with_kind_and_mentions(panel: SourcesPanel) -> None:
    assert panel.sources_list().isColumnHidden(3)  # no library: no library-wide count
    assert rows_of_sources(panel) == [
        ("Valley Courier", "outlet", "2"),
        ("Reuters", "agency", "2"),
        ("Associated Press", "agency", "1"),
        ("council.example.org", "link", "1"),
    ]


def test_an_opened_post_lists_where_its_first_source_is_cited(qtbot: QtBot, post: Post) -> None:
    # The list never had the focus (the reader has it when a post opens),
    # so Qt chose no current row of its own; nothing chosen yet, and the
    # lower list is still not an empty box.
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.set_post(post)
    assert panel.current_source() == "Valley Courier"
    assert panel.citations_list().count() == 2
    assert "Valley Courier" in panel.citations_heading()
    panel.set_post(bare_post("plain", [], []))  # cites no one
    assert panel.current_source() is None
    assert panel.citations_list().count() == 0


def test_show_source_selects_it_and_lists_where_it_is_cited(
    panel: SourcesPanel, post: Post
) -> None:
    assert panel.show_source("reuters")
    assert panel.current_source() == "Reuters"
    rows = panel.citation_rows()
    assert [row.span for row in rows] == [
        post.analysis.mentions[2].span,
        post.analysis.mentions[3].span,
    ]
    assert rows[0].title.startswith("¶ 4")
    assert "via Reuters" in rows[0].detail
    assert panel.citations_list().count() == 2
    assert not panel.show_source("Agence France-Presse")
    assert panel.current_source() == "Reuters"


def test_clicking_a_citation_asks_to_open_it(qtbot: QtBot, panel: SourcesPanel, post: Post) -> None:
    panel.show_source("Associated Press")
    tree = panel.citations_list()
    item = tree.item(0)
    assert item is not None
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(panel.citation_activated) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [post.id, post.analysis.mentions[4].span]


def test_the_selected_source_survives_a_refresh_of_the_post(
    panel: SourcesPanel, post: Post
) -> None:
    panel.show_source("Valley Courier")
    panel.set_post(post)
    assert panel.current_source() == "Valley Courier"
    assert len(panel.citation_rows()) == 2


def test_no_post_empties_the_tab(panel: SourcesPanel) -> None:
    panel.set_post(None)
    assert rows_of_sources(panel) == []
    assert panel.citation_rows() == []


def test_context_trims_to_whole_words_around_the_mention() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    start = text.index("six")
    shown = context(text, start, start + 3, width=10)
    assert shown == "…four five six seven…"


# -- across the library (a real SQLite file) -------------------------------------


def second_post() -> Post:
    """Another post citing Reuters, for a quotation by its own speaker."""
    text = "\u201cThe ferry will run all winter,\u201d the harbour master told Reuters."
    blocks = (Block(BlockKind.PARAGRAPH, text),)
    quote_end = text.index("\u201d") + 1
    quote = Quote(
        Span(Position(0, 0), Position(0, quote_end), text[:quote_end]),
        QuoteKind.INLINE,
        Speaker("Marta Ilves", "harbour master", 0.8),
    )
    at = text.index("Reuters")
    mention = Mention(
        0, Span(Position(0, at), Position(0, at + 7), "Reuters"), MentionKind.ATTRIBUTION
    )
    return replace(
        river_post(),
        metadata=Metadata(title="Winter ferry timetable", url="https://ferry.example/winter"),
        blocks=blocks,
        analysis=Analysis((quote,), (Source("Reuters", SourceKind.AGENCY),), (mention,)),
        resources=(),
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def test_a_source_lists_every_post_and_quote_citing_it(
    qtbot: QtBot, panel: SourcesPanel, library: Library
) -> None:
    river_id = store(library, river_post(), "river.txt")
    ferry_id = store(library, second_post(), "ferry.txt")
    panel.set_library(Controller(library))
    stored = library.post(river_id)
    panel.set_post(stored)
    assert not panel.sources_list().isColumnHidden(3)
    reuters = panel.sources_list().topLevelItem(1)
    assert reuters is not None
    assert (reuters.text(0), reuters.text(2), reuters.text(3)) == ("Reuters", "2", "2")
    assert panel.show_source("Reuters")
    rows = panel.citation_rows()
    assert {row.post_id for row in rows} == {river_id, ferry_id}
    assert len(rows) == 3
    ferry = next(row for row in rows if row.post_id == ferry_id)
    assert ferry.title == "Winter ferry timetable"
    assert "The ferry will run all winter" in ferry.detail
    assert "Marta Ilves" in ferry.detail
    number = rows.index(ferry)
    tree = panel.citations_list()
    item = tree.item(number)
    assert item is not None
    tree.scrollToItem(item)
    with qtbot.waitSignal(panel.citation_activated) as blocker:
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
        )
    assert blocker.args[0] == ferry_id
    assert blocker.args[1].text == "Reuters"


def test_a_post_outside_the_library_lists_its_own_mentions(
    panel: SourcesPanel, library: Library, post: Post
) -> None:
    panel.set_library(Controller(library))
    panel.set_post(post)  # never stored
    assert panel.show_source("Valley Courier")
    assert [row.post_id for row in panel.citation_rows()] == [post.id, post.id]


def test_the_keyboard_reaches_a_citation(qtbot: QtBot, panel: SourcesPanel, post: Post) -> None:
    panel.activateWindow()
    panel.sources_list().setFocus()
    qtbot.keyClick(panel.sources_list(), Qt.Key.Key_Down)
    assert panel.current_source() == "Reuters"
    citations = panel.citations_list()
    citations.setFocus()
    citations.setCurrentRow(1)
    with qtbot.waitSignal(panel.citation_activated) as blocker:
        qtbot.keyClick(citations, Qt.Key.Key_Return)
    assert blocker.args == [post.id, post.analysis.mentions[3].span]


def test_a_source_spelled_differently_in_a_post_is_known_by_its_library_identity(
    panel: SourcesPanel, library: Library
) -> None:
    store(library, river_post(), "river.txt")
    other = second_post()
    # The library keeps one "Reuters" for both spellings; the panel must find
    # it by the identity the library gave it, not by the name this post uses.
    spelled = replace(other.analysis, sources=(Source("REUTERS.", SourceKind.AGENCY),))
    ferry_id = store(library, replace(other, analysis=spelled), "ferry.txt")
    panel.set_library(Controller(library))
    panel.set_post(library.post(ferry_id))
    item = panel.sources_list().topLevelItem(0)
    assert item is not None
    assert (item.text(0), item.text(3)) == ("REUTERS.", "2")
    assert panel.show_source_at(0)
    assert len({row.post_id for row in panel.citation_rows()}) == 2


def test_a_post_citing_the_same_source_elsewhere_updates_the_counts_in_place(
    panel: SourcesPanel, library: Library, tmp_path: Path
) -> None:
    river_id = store(library, river_post(), "river.txt")
    controller = Controller(library)
    panel.set_library(controller)
    panel.set_post(library.post(river_id))
    assert panel.show_source("Reuters")
    reuters = panel.sources_list().topLevelItem(1)
    assert reuters is not None
    assert reuters.text(3) == "1"
    # Another Quotemark (its own connection) stores a second post citing Reuters.
    with Library.open(library.path) as other:
        store(other, second_post(), "ferry.txt")
    controller.poll()
    reuters = panel.sources_list().topLevelItem(1)
    assert reuters is not None
    assert reuters.text(3) == "2"
    assert panel.current_source() == "Reuters"
    assert len({row.post_id for row in panel.citation_rows()}) == 2


def test_the_library_s_sources_are_a_list_to_filter_by_typing_with_counts(
    qtbot: QtBot, panel: SourcesPanel, library: Library
) -> None:
    """The whole library's sources, most cited first, narrowed by typing;
    Enter lists what cites the one chosen, with the keyboard alone; a
    rename made through the controller shows at once."""
    river_id = store(library, river_post(), "river.txt")
    ferry_id = store(library, second_post(), "ferry.txt")
    controller = Controller(library)
    panel.set_library(controller)
    panel.set_post(None)  # no post open: the library's list is still there
    index = panel.source_index()
    assert index.isVisible()
    assert index.filter.accessibleName()
    assert index.list.accessibleName()
    assert index.shown_names()[0] == "Reuters"  # two posts: first
    first = index.list.topLevelItem(0)
    assert first is not None
    assert (first.text(1), first.text(2)) == ("2", "3")
    index.filter.setFocus()
    qtbot.keyClicks(index.filter, "cour")
    assert index.shown_names() == ["Valley Courier"]
    qtbot.keyClick(index.filter, Qt.Key.Key_Return)
    assert panel.current_source() == "Valley Courier"
    assert {row.post_id for row in panel.citation_rows()} == {river_id}
    assert len(panel.citation_rows()) == 2
    # Down from the field into the list, Enter there too.
    index.filter.clear()
    qtbot.keyClick(index.filter, Qt.Key.Key_Down)
    assert index.list.hasFocus()
    reuters = index.list.topLevelItem(0)
    assert reuters is not None
    index.list.setCurrentItem(reuters)
    qtbot.keyClick(index.list, Qt.Key.Key_Return)
    assert {row.post_id for row in panel.citation_rows()} == {river_id, ferry_id}
    controller.run(RenameSource("Reuters", "Thomson Reuters"))
    assert "Thomson Reuters" in index.shown_names()
    assert "Reuters" not in index.shown_names()
    assert panel.current_source() == "Thomson Reuters"
    assert len(panel.citation_rows()) == 3


def test_the_library_s_source_counts_wait_until_the_sources_tab_is_shown(
    qtbot: QtBot, library: Library
) -> None:
    # Counting every source's posts scans every mention: at 100,000 posts a
    # tenth of the window's start, and again after every import.
    store(library, river_post(), "river.txt")
    statements: list[str] = []
    library._conn.set_trace_callback(statements.append)
    window = MainWindow(Controller(library))
    qtbot.addWidget(window)
    window.side_tabs.setCurrentWidget(window.quotes_panel)
    window.show()
    qtbot.waitExposed(window)
    with Library.open(library.path) as elsewhere:  # as another Quotemark would
        store(elsewhere, second_post(), "ferry.txt")
    window.controller.poll()
    assert window.library_pane.post_count() == 2  # the import arrived
    assert not [s for s in statements if "count(DISTINCT m.post_id)" in s]
    window.side_tabs.setCurrentWidget(window.sources_panel)
    index = window.sources_panel.source_index()
    assert index.isVisible()
    assert [s for s in statements if "count(DISTINCT m.post_id)" in s]
    assert index.shown_names()[0] == "Reuters"
    library._conn.set_trace_callback(None)


def citing_post(number: int, names: tuple[str, ...]) -> Post:
    """A post whose one paragraph cites each of ``names`` (as outlets)."""
    text = f"Report {number}: " + ", ".join(f"as {name} wrote" for name in names) + "."
    mentions = []
    for index, name in enumerate(names):
        at = text.index(f"as {name} wrote") + 3
        span = Span(Position(0, at), Position(0, at + len(name)), name)
        mentions.append(Mention(index, span, MentionKind.ATTRIBUTION))
    return replace(
        river_post(),
        metadata=Metadata(title=f"Report {number}", url=f"https://news.example/{number}"),
        blocks=(Block(BlockKind.PARAGRAPH, text),),
        analysis=Analysis(
            (), tuple(Source(name, SourceKind.OUTLET) for name in names), tuple(mentions)
        ),
        resources=(),
    )


def test_a_change_reads_only_the_sources_it_names_into_the_shown_list(
    qtbot: QtBot, library: Library
) -> None:
    """With the Sources tab shown, posts arriving or going re-read the
    sources they cite and move them to their new place; the library's other
    sources are not read again (at 100,000 posts reading them all took
    130 ms per change)."""
    for number in range(40):
        store(library, citing_post(number, (f"Gazette {number:02d}",)), f"p{number}.txt")
    store(library, citing_post(40, ("Gazette 07", "Gazette 09")), "p40.txt")
    window = MainWindow(Controller(library))
    qtbot.addWidget(window)
    window.side_tabs.setCurrentWidget(window.sources_panel)
    window.show()
    qtbot.waitExposed(window)
    index = window.sources_panel.source_index()
    assert index.shown_names()[:2] == ["Gazette 07", "Gazette 09"]  # two posts each
    index.filter.setText("gazette 03")  # the filter stays on through the change
    assert index.shown_names() == ["Gazette 03"]
    read = index.rows_read
    with Library.open(library.path) as elsewhere:  # as another Quotemark would
        new_id = store(elsewhere, citing_post(41, ("Gazette 03", "Gazette 30", "Herald")), "n.txt")
        store(elsewhere, citing_post(42, ("Gazette 03",)), "m.txt")
    window.controller.poll()
    assert index.rows_read - read <= 3  # the three sources the posts cite
    assert index.shown_names() == ["Gazette 03"]
    index.filter.clear()
    names = index.shown_names()
    assert names[:4] == ["Gazette 03", "Gazette 07", "Gazette 09", "Gazette 30"]  # ties: by name
    assert names.index("Herald") == len(names) - 1  # one post: by name after Gazette 39
    first = index.list.topLevelItem(0)
    assert first is not None
    assert (first.text(1), first.text(2)) == ("3", "3")
    assert index.current() == (first.data(0, Qt.ItemDataRole.UserRole + 3), "Gazette 03")
    read = index.rows_read
    window.controller.delete_posts([new_id], window)
    assert index.rows_read - read <= 3
    assert "Herald" not in index.shown_names()  # cited by no post any more
    names = index.shown_names()
    assert names[:3] == ["Gazette 03", "Gazette 07", "Gazette 09"]
    assert len(names) == 40


def test_a_colleagues_source_correction_names_its_maker_and_ones_own_does_not(
    qtbot: QtBot, panel: SourcesPanel, library: Library
) -> None:
    river_id = store(library, river_post(), "river.txt")
    store(library, second_post(), "ferry.txt")
    library.set_display_name("Mari Saar")
    controller = Controller(library)
    panel.set_library(controller)
    panel.set_post(None)
    with Library.open(library.path) as colleague:
        colleague.set_display_name("Anna Kask")
        colleague.run(RenameSource("Reuters", "Thomson Reuters"))
    controller.poll()
    controller.run(RenameSource("Valley Courier", "The Valley Courier"))
    index = panel.source_index()
    items = {item.text(0): item for item in index._items()}
    thomson, courier = items["Thomson Reuters"], items["The Valley Courier"]
    role = Qt.ItemDataRole.AccessibleTextRole
    assert thomson.data(0, role) == "Thomson Reuters, corrected by Anna Kask"
    assert "Corrected by Anna Kask" in thomson.toolTip(0)
    assert courier.data(0, role) is None  # one's own rename is not labelled
    assert "Corrected" not in courier.toolTip(0)
    index.list.setCurrentItem(thomson)
    qtbot.keyClick(index.list, Qt.Key.Key_Return)
    assert panel.current_source() == "Thomson Reuters"
    assert "Corrected by Anna Kask." in panel.citations_heading()
    index.list.setCurrentItem(courier)
    qtbot.keyClick(index.list, Qt.Key.Key_Return)
    assert panel.current_source() == "The Valley Courier"
    assert "Corrected" not in panel.citations_heading()
    # The post's own list tells a screen reader the same.
    panel.set_post(library.post(river_id))
    tree = panel.sources_list()
    found = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    rows = {item.text(0): item for item in found if item is not None}
    assert rows["Thomson Reuters"].data(0, role) == "Thomson Reuters, corrected by Anna Kask"
    assert "Corrected by Anna Kask" in rows["Thomson Reuters"].toolTip(0)
    assert rows["The Valley Courier"].data(0, role) is None
    assert "Corrected" not in rows["The Valley Courier"].toolTip(0)


def test_the_empty_tab_says_what_will_appear_there(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    panel = shown(qtbot, SourcesPanel(), 240, 500)
    hint = panel.findChild(QLabel, "sourcesEmpty")
    assert hint is not None
    assert hint.isVisible()
    # Not a bare "No post open.": what the tab lists once one is.
    assert hint.text().startswith("No post open.")
    assert "who it cites" in hint.text()
    # Wrapped to the narrow panel, not widening it.
    assert hint.wordWrap()
    assert hint.width() <= panel.width()
    assert panel.minimumSizeHint().width() <= 240
    empty_post = bare_post("quiet", [], [])
    panel.set_post(empty_post)
    assert hint.isVisible()
    assert "credits" in hint.text()


def test_an_organisation_s_kind_leaves_its_name_the_room_in_a_narrow_panel(
    qtbot: QtBot, post: Post
) -> None:
    # The side panel of a 1024 px window is about 240 px wide: the Kind
    # column, sized to its longest word, took the room of the names.
    board = Source("Maritime Safety Board", SourceKind.ORGANISATION)
    analysis = replace(post.analysis, sources=(*post.analysis.sources, board))
    panel = shown(qtbot, SourcesPanel(), 240, 600)
    panel.set_post(replace(post, analysis=analysis))
    tree = panel.sources_list()
    item = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert item is not None
    assert (item.text(0), item.text(1)) == ("Maritime Safety Board", "org.")
    assert item.toolTip(1) == "organisation"
    assert item.data(1, Qt.ItemDataRole.AccessibleTextRole) == "organisation"
    qtbot.waitUntil(lambda: tree.columnWidth(0) > 0)
    words = tree.fontMetrics()
    assert tree.columnWidth(1) < words.horizontalAdvance("organisation")
    assert tree.columnWidth(0) > tree.columnWidth(1)


def test_the_counts_follow_a_restore_made_by_another_quotemark(
    panel: SourcesPanel, library: Library
) -> None:
    # The backup holds the river post alone; after it, a second post cites
    # Reuters. Another Quotemark restores the backup: the count goes back.
    river_id = store(library, river_post(), "river.txt")
    Library.open(library.path).close()  # the next start makes the daily backup
    [backup] = library.list_backups()
    store(library, second_post(), "ferry.txt")
    controller = Controller(library)
    panel.set_library(controller)
    panel.set_post(library.post(river_id))
    assert panel.show_source("Reuters")
    reuters = panel.sources_list().topLevelItem(1)
    assert reuters is not None
    assert reuters.text(3) == "2"
    with Library.open(library.path) as other:
        other.restore_backup(backup.path)
    controller.poll()
    reuters = panel.sources_list().topLevelItem(1)
    assert reuters is not None
    assert reuters.text(3) == "1"
    assert panel.current_source() == "Reuters"
    assert len({row.post_id for row in panel.citation_rows()}) == 1


def test_a_post_citing_no_one_points_to_the_library_list(qtbot: QtBot, library: Library) -> None:
    # Only the library's list shows, its first row highlighted: the line
    # below says how to see that source's citations, not "Select a source".
    # (The keyboard is elsewhere, as in the window: in the reader.)
    holder = QWidget()
    reader = QLineEdit(holder)
    panel = SourcesPanel(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(reader)
    layout.addWidget(panel)
    shown(qtbot, holder, 360, 600)
    reader.setFocus()
    store(library, second_post(), "ferry.txt")
    panel.set_library(Controller(library))
    quiet = bare_post("tide tables", [Block(BlockKind.PARAGRAPH, "High water comes twice.")], [])
    panel.set_post(quiet)
    assert panel.source_index().list.topLevelItemCount() == 1
    assert "library's list" in panel.citations_heading()
    assert panel.citation_rows() == []
    # A post with sources of its own keeps the plain hint-free listing.
    panel.set_post(library.post(store(library, river_post(), "river.txt")))
    assert "library's list" not in panel.citations_heading()
