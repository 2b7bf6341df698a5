"""Corrections in the window, offscreen, by keyboard: F2 on a quote in the
Quotes tab edits its speaker and the reader shows it without reopening the
post; the Info tab edits the citation data in place; both undo with Ctrl+Z;
the reader's selection becomes a quotation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.date_display import medium_date
from quotemark.app.dialogs.speaker import SpeakerDialog
from quotemark.app.main_window import MainWindow
from quotemark.app.reader.highlight import HUES, NO_SPEAKER, contrast_ratio, quote_background
from quotemark.app.reader.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from quotemark.library.operations import RenameSource, SetSpeaker
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

# The offscreen platform says so when a dialog is shown.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    """The window with the sample post open."""
    result = library.import_sample()
    assert result.post_id is not None
    window = show(qtbot, MainWindow(Controller(library)))
    assert window.open_post(result.post_id)
    return window


def _in_dialog(qtbot: QtBot, answer: Callable[[SpeakerDialog], None]) -> list[bool]:
    """Answer the speaker editor when it opens (it is modal)."""
    seen: list[bool] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SpeakerDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(True)
        try:
            answer(dialog)
        finally:
            # A failed check must not leave the modal dialog open.
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def _speaker(window: MainWindow, index: int) -> str | None:
    post = window.current_post()
    assert post is not None
    speaker = post.analysis.quotes[index].speaker
    return speaker.name if speaker else None


def test_f2_in_the_quotes_tab_edits_the_speaker_and_the_reader_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    tree = window.quotes_panel.tree()
    window.side_tabs.setCurrentWidget(window.quotes_panel)
    tree.setFocus()
    item = tree.topLevelItem(1)
    assert item is not None
    tree.setCurrentItem(item)
    assert window.quotes_panel.current_index() == 1
    opened = window.current_post()

    def answer(dialog: SpeakerDialog) -> None:
        assert dialog.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, "Andres Kask")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.role, "deckhand")
        qtbot.keyClick(dialog.role, Qt.Key.Key_Return)

    seen = _in_dialog(qtbot, answer)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert seen == [True]
    assert _speaker(window, 1) == "Andres Kask"
    # The post stays open (not reopened) and the reader shows the new reading.
    assert window.reader.post() is window.current_post() is not opened
    window.reader.select_quote(1)
    qtbot.waitUntil(lambda: "Andres Kask" in window.reader.speaker_line().text())
    assert "Andres Kask" in item_text(window, 1)
    window.registry["edit.undo"].trigger()
    assert _speaker(window, 1) is None


def item_text(window: MainWindow, index: int) -> str:
    item = window.quotes_panel.tree().topLevelItem(index)
    assert item is not None
    return " ".join(item.text(c) for c in range(item.columnCount())) + (item.toolTip(0) or "")


def test_the_speaker_editor_offers_the_post_s_people_and_all_quotes_by_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    tree = window.quotes_panel.tree()
    tree.setFocus()
    item = tree.topLevelItem(4)  # Jonas Pärn's first quote
    assert item is not None
    tree.setCurrentItem(item)

    def answer(dialog: SpeakerDialog) -> None:
        names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
        assert "Marta Ilves · harbour master of Vessmaa" in names
        assert dialog.every.text().replace("&", "") == "All 3 quotes given to Jonas Pärn"
        dialog.every.setChecked(True)
        dialog.name.setText("Jonas Parn")
        dialog.accept()

    _in_dialog(qtbot, answer)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    post = window.current_post()
    assert post is not None
    names = [q.speaker.name if q.speaker else None for q in post.analysis.quotes]
    assert names.count("Jonas Parn") == 3
    window.registry["edit.undo"].trigger()
    post = window.current_post()
    assert post is not None
    assert [q.speaker.name if q.speaker else None for q in post.analysis.quotes].count(
        "Jonas Pärn"
    ) == 3


def test_the_date_is_edited_in_the_info_tab_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    window.registry["view.post_info"].trigger()
    panel = window.info_panel
    assert window.side_tabs.currentWidget() is panel
    date = panel.fields["published"]
    # Shown as the locale writes a date; edited as stored.
    assert date.text() == medium_date("2024-03-09T18:40:00+02:00")
    date.setFocus()
    assert date.text() == "2024-03-09T18:40:00+02:00"
    date.selectAll()
    qtbot.keyClicks(date, "2024-03-10")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    post = window.current_post()
    assert post is not None
    assert window.controller.post_summary(post.id).published == "2024-03-10"
    # A bad date is explained and changes nothing.
    date.selectAll()
    qtbot.keyClicks(date, "someday")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert "not a date" in panel.message.text()
    qtbot.keyClick(date, Qt.Key.Key_Escape)
    assert date.text() == "2024-03-10"
    window.registry["edit.undo"].trigger()
    assert date.text() == "2024-03-09T18:40:00+02:00"
    # The entry type is a choice, saved when chosen.
    panel.entry_type.setCurrentIndex(panel.entry_type.findData("blog"))
    panel.entry_type.activated.emit(panel.entry_type.currentIndex())
    post = window.current_post()
    assert post is not None
    assert post.metadata.entry_type == "blog"


def test_a_selection_becomes_a_quotation_from_the_reader(qtbot: QtBot, window: MainWindow) -> None:
    post = window.current_post()
    assert post is not None
    count = len(post.analysis.quotes)
    block = next(i for i, b in enumerate(post.blocks) if "ferry" in b.text and i > 2)
    editor = window.reader.editor()
    cursor = editor.textCursor()
    start = editor.document().findBlockByNumber(block).position()
    cursor.setPosition(start)
    cursor.setPosition(start + 12, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.registry["correct.add_quote"].trigger()
    post = window.current_post()
    assert post is not None
    assert len(post.analysis.quotes) == count + 1
    window.registry["correct.remove_quote"].trigger()
    post = window.current_post()
    assert post is not None
    assert len(post.analysis.quotes) == count


def test_uncertain_readings_are_stepped_through_and_accepted_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.review_panel
    assert panel.indexes() == [5, 6]
    assert panel.list.count() == 2
    editor = window.reader.editor()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert window.side_tabs.currentWidget() is panel
    assert window.reader.quote_under_cursor() == 5
    assert "uncertain" in window.reader.speaker_line().text()
    qtbot.keyClick(editor, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.quote_under_cursor() == 6
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.quote_under_cursor() == 5
    window.registry["review.accept"].trigger()
    assert panel.indexes() == [6]
    assert "uncertain" not in window.reader.speaker_line().text()
    assert "1 reading to review" in panel.summary.text()
    assert "Shift+J" in panel.hint.text()
    window.registry["edit.undo"].trigger()
    assert panel.indexes() == [5, 6]


def test_corrections_made_on_the_command_line_appear_in_the_open_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.app.test_live_windows import quotemark

    post = window.current_post()
    assert post is not None
    quotemark("quote", str(post.id), "2", "--speaker", "Andres Kask")
    qtbot.waitUntil(lambda: _speaker(window, 1) == "Andres Kask", timeout=5000)
    assert window.review_panel.indexes() == [5, 6]
    quotemark("edit", str(post.id), "--date", "2024-03-10")
    qtbot.waitUntil(
        lambda: window.info_panel.fields["published"].text() == medium_date("2024-03-10"),
        timeout=5000,
    )


def test_capital_j_and_k_are_typed_in_the_info_fields_not_taken_as_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.registry["view.post_info"].trigger()
    site = window.info_panel.fields["site"]
    site.setFocus()
    site.selectAll()
    qtbot.keyClicks(site, "KJ News")
    assert site.text() == "KJ News"
    authors = window.info_panel.authors
    authors.setFocus()
    qtbot.keyClicks(authors, "Kask, Jaan")
    assert "Kask, Jaan" in authors.toPlainText()
    assert window.side_tabs.currentWidget() is window.info_panel


def _answer_input(qtbot: QtBot, text: str) -> None:
    """Type ``text`` into the next input dialog and press Enter."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, act)
            return
        field = dialog.findChild(QLineEdit)
        assert field is not None
        field.selectAll()
        qtbot.keyClicks(field, text)
        dialog.accept()

    QTimer.singleShot(0, act)


def test_sources_are_renamed_and_merged_from_the_sources_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sources_panel
    window.side_tabs.setCurrentWidget(panel)
    assert panel.show_source("Reuters")
    _answer_input(qtbot, "Thomson Reuters")
    window.registry["source.rename"].trigger()
    names = [s.name for s in window.controller.sources()]
    assert "Thomson Reuters" in names
    assert "Reuters" not in names
    assert panel.show_source("Thomson Reuters")
    assert panel.show_source("Nordic Wire Service")
    _answer_input(qtbot, "Coastal Courier / Nordic Wire Service")
    window.registry["source.merge"].trigger()
    names = [s.name for s in window.controller.sources()]
    assert "Nordic Wire Service" not in names
    window.registry["edit.undo"].trigger()
    assert "Nordic Wire Service" in [s.name for s in window.controller.sources()]


def test_a_source_chosen_in_the_library_list_is_renamed_from_its_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.sources_panel
    window.side_tabs.setCurrentWidget(panel)
    index = panel.source_index()
    rename = window.registry["source.rename"]
    assert rename in index.list.actions()  # the right-click menu offers it
    index.filter.setFocus()
    qtbot.keyClicks(index.filter, "nordic")
    assert "Nordic Wire Service" in index.shown_names()
    qtbot.keyClick(index.filter, Qt.Key.Key_Down)
    assert index.select("Nordic Wire Service")
    qtbot.keyClick(index.list, Qt.Key.Key_Return)
    assert panel.current_source() == "Nordic Wire Service"
    _answer_input(qtbot, "Nordic Wire")
    rename.trigger()
    names = [s.name for s in window.controller.sources()]
    assert "Nordic Wire" in names
    assert "Nordic Wire Service" not in names
    assert "Nordic Wire" in index.shown_names()  # the list follows at once
    assert "Nordic Wire Service" not in index.shown_names()
    assert panel.current_source() == "Nordic Wire"


def _marked_texts(window: MainWindow) -> list[str]:
    doc = window.reader.editor().document()
    texts = []
    for start, end in window.reader.uncertain_marks():
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        texts.append(cursor.selectedText())
    return texts


def test_uncertain_speakers_are_marked_in_the_text_until_settled(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The quotes in the Review list are underlined in the reader and their
    margin label starts with "?"; accepting one takes its marks away."""
    post = window.current_post()
    assert post is not None
    quotes = post.analysis.quotes
    assert window.review_panel.indexes() == [5, 6]
    assert _marked_texts(window) == [quotes[5].span.text, quotes[6].span.text]
    labels = [label.text for label in window.reader.editor().margin_content.labels]
    doubtful = [label for label in labels if label.startswith("? ")]
    named = [q for q in (quotes[5], quotes[6]) if q.speaker is not None and q.speaker.label]
    assert len(doubtful) == len(named) > 0
    window.reader.select_quote(5)
    window.registry["review.accept"].trigger()
    assert _marked_texts(window) == [quotes[6].span.text]
    window.registry["edit.undo"].trigger()
    assert len(window.reader.uncertain_marks()) == 2


def test_the_uncertain_marks_take_a_new_theme_without_reopening_the_post(
    window: MainWindow,
) -> None:
    from PySide6.QtGui import QGuiApplication, QTextCharFormat

    from quotemark.app.style import apply_theme

    post = window.current_post()
    assert post is not None
    quotes = post.analysis.quotes
    editor = window.reader.editor()

    def drawn() -> list[tuple[str, str, bool]]:
        """Each wavy underline drawn now: its colour, its words, and whether
        it lies in the document shown."""
        wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
        return [
            (
                mark.format.underlineColor().name(),
                mark.cursor.selectedText(),
                mark.cursor.document() is editor.document(),
            )
            for mark in editor.extraSelections()
            if mark.format.underlineStyle() == wavy
        ]

    words = [quotes[5].span.text, quotes[6].span.text]
    try:
        for name, scheme in (("dark", DARK), ("light", LIGHT), ("high-contrast", HIGH_CONTRAST)):
            apply_theme(name)
            QApplication.processEvents()
            assert drawn() == [(scheme.doubt.name(), text, True) for text in words], name
    finally:
        apply_theme("light")
        QGuiApplication.styleHints().unsetColorScheme()


@pytest.mark.parametrize("scheme", [LIGHT, DARK, HIGH_CONTRAST])
def test_the_uncertain_mark_is_readable_on_every_theme(scheme: Theme) -> None:
    # At least 3:1 (WCAG's ask of marks that carry meaning) on the page and
    # on every speaker's quote tint, nested or not, since it underlines them.
    tints = [
        quote_background(slot, dark=scheme.dark, nested=nested)
        for slot in [*range(len(HUES)), NO_SPEAKER]
        for nested in (False, True)
    ]
    assert min(contrast_ratio(scheme.doubt, tint) for tint in tints) >= 3.0
    assert contrast_ratio(scheme.doubt, scheme.background) >= 3.0
    assert scheme.doubt != scheme.clip  # not mistaken for a clip's mark


def test_a_speaker_a_colleague_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, library: Library
) -> None:
    # A minute between polls: what the window shows at once after the
    # refusal, it read because of the refusal.
    post_id = library.import_sample().post_id
    assert post_id is not None
    # At the first run's 1400 x 860 the view's top is inside the photo:
    # the view came back with the photo's top at its top, the text read
    # 312 px lower (stop 39, s39-ui2); the view stays where it was now.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=60_000)))
    assert window.open_post(post_id)
    tree = window.quotes_panel.tree()
    window.side_tabs.setCurrentWidget(window.quotes_panel)
    tree.setFocus()
    item = tree.topLevelItem(1)
    assert item is not None
    tree.setCurrentItem(item)
    editor = window.reader.editor()
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum() // 2)
    scrolled = editor.verticalScrollBar().value()

    def answer(dialog: SpeakerDialog) -> None:
        # While the editor is open, a colleague names the speaker.
        with Library.open(library.path) as colleague:
            colleague.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand"))
        qtbot.keyClicks(dialog.name, "Mari Saar")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    seen = _in_dialog(qtbot, answer)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert seen == [True]
    assert "“Andres Kask, deckhand”" in window.last_error
    assert "not saved" in window.last_error
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Andres Kask, deckhand" in box.text()
    box.close()
    # Theirs is kept and shown at once, the reader where it was.
    assert library.post(post_id).analysis.quotes[1].speaker.name == "Andres Kask"
    assert _speaker(window, 1) == "Andres Kask"
    assert "Andres Kask" in item_text(window, 1)
    # The same line at the top (kept by its text, to within a line).
    line = editor.fontMetrics().height()
    assert abs(editor.verticalScrollBar().value() - scrolled) < line
    window.close()


def test_a_source_a_colleague_renamed_meanwhile_is_not_renamed_again(
    qtbot: QtBot, library: Library
) -> None:
    post_id = library.import_sample().post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=60_000)))
    assert window.open_post(post_id)
    panel = window.sources_panel
    window.side_tabs.setCurrentWidget(panel)
    assert panel.show_source("Reuters")
    with Library.open(library.path) as colleague:
        colleague.run(RenameSource("reuters", "Thomson Reuters"))
    _answer_input(qtbot, "Reuters Ltd")
    window.registry["source.rename"].trigger()
    assert "renamed it “Thomson Reuters”" in window.last_error
    box = QApplication.activeModalWidget()
    if box is not None:
        box.close()
    names = [s.name for s in window.controller.sources()]
    assert "Thomson Reuters" in names
    assert "Reuters Ltd" not in names
    # The tab shows their name at once.
    assert panel.show_source("Thomson Reuters")
    window.close()
