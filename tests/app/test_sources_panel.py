"""The Sources tab: this post's sources with mention counts, where each is
cited, and jumping there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.panels.sources import SourcesPanel, context
from library.model import Post
from tests.fixtures.gui.posts import river_post

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def post() -> Post:
    return river_post()


@pytest.fixture
def panel(qtbot: QtBot, post: Post) -> SourcesPanel:
    widget = SourcesPanel()
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    qtbot.waitExposed(widget)
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
    assert rows_of_sources(panel) == [
        ("Valley Courier", "outlet", "2"),
        ("Reuters", "agency", "2"),
        ("Associated Press", "agency", "1"),
        ("council.example.org", "link", "1"),
    ]


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
    assert panel.citations_list().topLevelItemCount() == 2
    assert not panel.show_source("Agence France-Presse")
    assert panel.current_source() == "Reuters"


def test_clicking_a_citation_asks_to_open_it(qtbot: QtBot, panel: SourcesPanel, post: Post) -> None:
    panel.show_source("Associated Press")
    tree = panel.citations_list()
    item = tree.topLevelItem(0)
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
