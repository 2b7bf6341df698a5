"""The Quotes tab: quotes listed with speakers, nested under their parent,
keyboard and mouse jump to them, and J/K in the reader moves the row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from quotemark.app.panels.quotes import INDEX_ROLE, QuotesPanel
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import Post
from tests.app.conftest import shown
from tests.fixtures.gui.posts import partial_post

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def panel(qtbot: QtBot, post: Post) -> QuotesPanel:
    widget = shown(qtbot, QuotesPanel(), 360, 600)
    widget.set_post(post)
    return widget


def all_items(panel: QuotesPanel) -> list[QTreeWidgetItem]:
    items: list[QTreeWidgetItem] = []
    tree = panel.tree()

    def walk(item: QTreeWidgetItem) -> None:
        items.append(item)
        for i in range(item.childCount()):
            child = item.child(i)
            assert child is not None
            walk(child)

    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        assert top is not None
        walk(top)
    return items


def test_every_quote_is_listed_with_its_speaker_and_first_words(
    panel: QuotesPanel, post: Post
) -> None:
    items = all_items(panel)
    assert sorted(int(i.data(0, INDEX_ROLE)) for i in items) == list(
        range(len(post.analysis.quotes))
    )
    first = next(i for i in items if i.data(0, INDEX_ROLE) == 0)
    assert first.text(0).startswith("Ilse Brandt · Mayor\n\u201cWe promised the town")
    assert first.text(0).endswith("…")
    unknown = next(i for i in items if i.data(0, INDEX_ROLE) == 3)
    assert unknown.text(0).startswith("Speaker unknown")
    assert not first.icon(0).isNull()


def test_a_nested_quote_sits_under_its_parent(panel: QuotesPanel) -> None:
    items = {int(i.data(0, INDEX_ROLE)): i for i in all_items(panel)}
    assert items[2].parent() is items[1]
    assert items[1].parent() is None


def test_the_legend_names_each_speaker_once(panel: QuotesPanel) -> None:
    legend = panel.legend().text().replace("&nbsp;", " ")
    assert legend.count("Hanna Okafor") == 1
    assert "Ilse Brandt" in legend
    assert "7 quotations" in legend


def test_clicking_a_quote_asks_the_reader_to_jump(qtbot: QtBot, panel: QuotesPanel) -> None:
    items = {int(i.data(0, INDEX_ROLE)): i for i in all_items(panel)}
    rect = panel.tree().visualItemRect(items[4])
    with qtbot.waitSignal(panel.quote_activated) as blocker:
        qtbot.mouseClick(panel.tree().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [4]


def test_enter_on_a_quote_activates_it(qtbot: QtBot, panel: QuotesPanel) -> None:
    panel.activateWindow()
    panel.set_current(5)
    panel.tree().setFocus()
    with qtbot.waitSignal(panel.quote_activated) as blocker:
        qtbot.keyClick(panel.tree(), Qt.Key.Key_Return)
    assert blocker.args == [5]


def test_the_row_follows_j_and_k_without_echoing(
    qtbot: QtBot, panel: QuotesPanel, post: Post
) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_post(post)
    reader.quote_changed.connect(panel.set_current)
    with qtbot.assertNotEmitted(panel.quote_activated):
        reader.next_quote()
        reader.next_quote()
    assert panel.current_index() == 1


def test_no_post_and_no_quotes_say_so(panel: QuotesPanel, post: Post) -> None:
    from dataclasses import replace

    from quotemark.library.model import Analysis

    panel.set_post(replace(post, analysis=Analysis()))
    assert panel.tree().isHidden()
    panel.set_post(None)
    assert panel.current_index() is None
    assert panel.tree().isHidden()


def test_a_switch_to_dark_recolours_the_key_and_keeps_the_row(
    qtbot: QtBot, panel: QuotesPanel, post: Post
) -> None:
    panel.set_current(4)
    before = panel.legend().text()
    original = QApplication.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2c30"),
        (QPalette.ColorRole.Base, "#1f2023"),
        (QPalette.ColorRole.Text, "#e6e3dc"),
        (QPalette.ColorRole.WindowText, "#e6e3dc"),
    ):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: panel.legend().text() != before)
        assert panel.current_index() == 4
    finally:
        QApplication.setPalette(original)


def test_a_partial_quote_is_listed_by_its_marked_words_and_says_partial(
    qtbot: QtBot,
) -> None:
    post = partial_post()
    widget = QuotesPanel()
    qtbot.addWidget(widget)
    widget.set_post(post)
    rows = {int(item.data(0, INDEX_ROLE)): item for item in all_items(widget)}
    fragments = rows[len(post.analysis.quotes) - 2].text(0)
    assert fragments.splitlines() == [
        "the harbour office",
        "partial: \u201clong overdue\u201d … \u201cfinally listened,\u201d",
    ]
    assert "the council had" not in fragments  # the writer's words are not the quote
    railings = rows[len(post.analysis.quotes) - 1]
    assert railings.text(0).splitlines()[1] == "partial: \u201ca small miracle.\u201d"
    assert "the new railings" in railings.toolTip(0)  # the clause, for context
    full = rows[0].text(0)
    assert "partial" not in full
    assert full.splitlines()[1].startswith("\u201cWe promised the town")
