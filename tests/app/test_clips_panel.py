"""The Clips tab on a real library: inline edits, key validation, copy as
citation, this post / all clips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.panels.clip_form import parse_tags
from quotemark.app.panels.clip_table import KEY, TAGS
from quotemark.app.panels.clips import ClipsPanel
from quotemark.library.model import Clip, Position, Span
from quotemark.library.quoting import inner_quotes
from quotemark.library.service import Library

# The offscreen platform warns that it cannot pass size hints on; harmless.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def clip_block(library: Library, title: str, block: int) -> Clip:
    post = next(p for p in library.posts() if p.title == title)
    text = library.post(post.id).blocks[block].text
    clip, _ = library.clip(post.id, Span(Position(block, 0), Position(block, len(text)), text))
    return clip


@pytest.fixture
def clip(library: Library) -> Clip:
    return clip_block(library, "The Harbour Ferry Sails at Night Again", 1)


@pytest.fixture
def panel(qtbot: QtBot, library: Library, clip: Clip) -> ClipsPanel:
    widget = ClipsPanel(Controller(library))
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_post(clip.post_id)
    return widget


def edit_field(qtbot: QtBot, panel: ClipsPanel, clip: Clip, field: QLineEdit, text: str) -> None:
    """Edit a clip as a user does: select it, type in the field, Enter."""
    panel.select_clip(clip.id)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_this_posts_clips_are_listed(panel: ClipsPanel, clip: Clip) -> None:
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data().startswith(clip.text[:20])
    assert panel.model.index(0, KEY).data() == clip.key


def test_note_and_tags_edited_inline_are_saved(
    qtbot: QtBot, panel: ClipsPanel, library: Library, clip: Clip
) -> None:
    edit_field(qtbot, panel, clip, panel.note_edit, "opening line for chapter 2")
    edit_field(qtbot, panel, clip, panel.tags_edit, "ferry, chapter-2, ferry")
    stored = library.get_clip(clip.id)
    assert stored.note == "opening line for chapter 2"
    assert sorted(stored.tags) == ["chapter-2", "ferry"]  # the repeat is dropped
    assert panel.model.index(0, TAGS).data() == ", ".join(stored.tags)
    assert "#ferry" in panel.model.index(0, 0).data(SECONDARY_ROLE)


def test_a_bad_key_is_refused_with_a_message_and_the_old_key_stays(
    qtbot: QtBot, panel: ClipsPanel, library: Library, clip: Clip
) -> None:
    edit_field(qtbot, panel, clip, panel.key_edit, "bad key{with}braces")
    assert panel.message.isVisible()
    assert panel.message.text()
    assert library.get_clip(clip.id).key == clip.key
    assert panel.model.index(0, KEY).data() == clip.key
    edit_field(qtbot, panel, clip, panel.key_edit, "holm2024waited")
    assert not panel.message.isVisible()
    assert library.get_clip(clip.id).key == "holm2024waited"


def test_a_key_already_taken_is_refused(
    qtbot: QtBot, panel: ClipsPanel, library: Library, clip: Clip
) -> None:
    other = clip_block(library, "Allotment Gardens Open a Waiting List", 1)
    edit_field(qtbot, panel, clip, panel.key_edit, other.key)
    assert panel.message.isVisible()
    assert library.get_clip(clip.id).key == clip.key


def test_all_clips_lists_every_post(panel: ClipsPanel, library: Library) -> None:
    clip_block(library, "Allotment Gardens Open a Waiting List", 1)
    panel.refresh()
    assert panel.model.rowCount() == 1
    panel.show_all(True)
    assert panel.model.rowCount() == 2


def test_copy_as_citation_puts_the_passage_and_a_reference_on_the_clipboard(
    panel: ClipsPanel, clip: Clip
) -> None:
    panel.select_clip(clip.id)
    assert panel.copy_citation()
    text = QApplication.clipboard().text()
    # Quoted, the passage's own quotation marks become single ones.
    assert inner_quotes(" ".join(clip.text.split())) in text
    assert "The Harbour Ferry Sails at Night Again" in text


def test_a_quote_is_copied_with_its_speaker_and_paragraph_without_doubled_marks(
    qtbot: QtBot, library: Library
) -> None:
    ferry = next(p for p in library.posts() if p.title.startswith("The Harbour"))
    post = library.post(ferry.id)
    quote = next(q for q in post.analysis.quotes if "We waited" in q.span.text)
    clip, _ = library.clip(post.id, quote.span)
    panel = ClipsPanel(Controller(library))
    qtbot.addWidget(panel)
    text = panel.citation_text([clip.id])
    first_line = text.splitlines()[0]
    assert first_line.startswith("“We waited a long time for this")
    assert "““" not in first_line
    assert "— Mara Holm, the harbour master (" in first_line
    assert f"para. {clip.paragraph}" in first_line


def test_copy_with_nothing_selected_says_what_to_do(panel: ClipsPanel) -> None:
    panel.view.clearSelection()
    assert not panel.copy_citation()


def test_delete_asks_the_window_with_the_selected_ids(
    qtbot: QtBot, panel: ClipsPanel, clip: Clip
) -> None:
    panel.select_clip(clip.id)
    with qtbot.waitSignal(panel.delete_requested) as blocker:
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[clip.id]]


def test_tags_are_split_on_commas_without_blanks_or_repeats() -> None:
    assert parse_tags(" a, b ,,a, c d ") == ["a", "b", "c d"]


def test_copy_as_citation_carries_rich_text_and_plain_text(panel: ClipsPanel, clip: Clip) -> None:
    panel.select_clip(clip.id)
    assert panel.copy_citation()
    data = QApplication.clipboard().mimeData()
    assert data.hasHtml()
    assert data.hasText()
    assert data.html().startswith("<p>“")
    assert "The Harbour Ferry Sails at Night Again" in data.html()
    assert data.text().startswith("“")


def test_copy_as_citation_uses_the_style_chosen_in_preferences(
    qtbot: QtBot, library: Library, clip: Clip
) -> None:
    from quotemark.app import settings
    from quotemark.app.actions import ActionRegistry
    from quotemark.app.dialogs.preferences import PreferencesDialog

    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = PreferencesDialog(ActionRegistry(holder))
    qtbot.addWidget(dialog)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("apa"))
    assert dialog.apply()
    assert settings.get_str(settings.CITATION_STYLE) == "apa"
    panel = ClipsPanel(Controller(library))
    qtbot.addWidget(panel)
    text = panel.citation_text([clip.id])
    # APA: "(Author, 2024, para. 3)" and a reference with the date in
    # parentheses; the ferry post has no byline, so its title takes the
    # author's place (APA 7 §9.12), and is not printed a second time.
    assert f", para. {clip.paragraph})" in text.splitlines()[0]
    reference = text.splitlines()[-1]
    assert reference.startswith("The Harbour Ferry Sails at Night Again. (2024, March 9).")
    assert reference.count("Harbour Ferry") == 1


def test_preferences_list_a_users_own_csl_style(qtbot: QtBot) -> None:
    from quotemark.app.actions import ActionRegistry
    from quotemark.app.dialogs.preferences import PreferencesDialog
    from quotemark.library.export import stylebook
    from quotemark.library.export.csl_styles import CHICAGO_AUTHOR_DATE

    folder = stylebook.user_styles_dir()
    folder.mkdir(parents=True)
    (folder / "house.csl").write_text(
        CHICAGO_AUTHOR_DATE.replace("for web posts (Quotemark)", "for our lab"), "utf-8"
    )
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = PreferencesDialog(ActionRegistry(holder))
    qtbot.addWidget(dialog)
    index = dialog.style_box.findData("house")
    assert index >= 0
    assert dialog.style_box.itemText(index).endswith("for our lab (yours)")


def test_copy_as_pandoc_cites_the_post_with_the_paragraph(
    panel: ClipsPanel, library: Library, clip: Clip
) -> None:
    panel.select_clip(clip.id)
    assert panel.pandoc_action.isEnabled()
    assert panel.pandoc_action in panel.copy_more_button.menu().actions()
    panel.pandoc_action.trigger()
    text = QApplication.clipboard().text()
    post_key = library.post(clip.post_id).key
    assert text.endswith(f"[@{post_key}, para. {clip.paragraph}]")
    assert text.startswith("“")


def test_an_empty_list_says_how_to_clip(panel: ClipsPanel, library: Library, clip: Clip) -> None:
    assert panel.empty_label.isHidden()  # the post has a clip
    other = next(p.id for p in library.posts() if p.id != clip.post_id)
    panel.set_post(other)
    assert panel.empty_label.isVisible()
    assert "Ctrl+Shift+C" in panel.empty_label.text()  # the key in effect, from the registry


def test_a_post_without_byline_or_site_is_cited_by_its_title(
    qtbot: QtBot, library: Library, clip: Clip
) -> None:
    from quotemark.library.operations.corrections import EditMetadata

    # The researcher clears a byline and site the page never really had.
    fields = (("authors", ()), ("site", None), ("published", None))
    library.run(EditMetadata(clip.post_id, fields))
    panel = ClipsPanel(Controller(library))
    qtbot.addWidget(panel)
    first, *_, reference = panel.citation_text([clip.id]).splitlines()
    # Chicago author-date: the title in the author's place, then "n.d.".
    title = "The Harbour Ferry Sails at Night Again"
    assert first.endswith(f"(“{title},” n.d., para. {clip.paragraph})")
    assert reference.startswith(f"“{title}.” n.d.")
    assert reference.count("Harbour Ferry") == 1
