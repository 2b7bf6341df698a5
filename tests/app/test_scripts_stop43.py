"""Posts in scripts without capitals or written right to left, read through
a real window (offscreen) as stop 43 looked at them (s43-app): a Japanese
post's paragraphs stay paragraphs (a caseless line is not "all in
capitals", a line ending in 。 is a sentence); a right-to-left title in a
status message keeps the message's words in order; a clip of text with no
spaces is counted in characters, not as "1 word"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.app.reader import theme
from quotemark.library.operations import EditMetadata
from quotemark.library.operations.corrections import SetSpeaker
from tests.app.test_main_window_support import import_and_wait, press, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

# The team's pier story, in Japanese: short paragraphs ending in 。, as a
# Japanese newspaper sets them (each under 90 characters).
JAPANESE = """\
桟橋の修理は春まで

港の桟橋が嵐で壊れ、連絡船は三月まで運休する。

港長のトム・ヘイル氏は「三十年でこんな波は初めてだ」と述べた。

島の店主エイダ・リンドさんは「週二便では暮らせない」と話した。

THE PIER AFTER THE STORM

町は来月、桟橋の工事の入札を改めて行う予定だ。
"""

ARABIC = """\
عاصفة تدمر رصيف الميناء

دمّرت عاصفة يوم السبت جزءاً من رصيف الميناء، وأعلنت إدارة الميناء أن العبّارة لن تبحر قبل الربيع.

وقال قبطان الميناء توم هيل: «لم أرَ البحر يرتفع بهذه السرعة منذ ثلاثين عاماً».
"""


def _block_sizes(window: MainWindow) -> dict[str, float]:
    """Each reader paragraph's first 8 characters -> its point size."""
    doc = window.reader.editor().document()
    sizes: dict[str, float] = {}
    block = doc.begin()
    while block.isValid():
        text = block.text().strip()
        if text:
            sizes[text[:8]] = block.begin().fragment().charFormat().font().pointSizeF()
        block = block.next()
    return sizes


def test_japanese_paragraphs_are_read_at_body_size_not_as_headings(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", JAPANESE)])
    qtbot.waitUntil(lambda: window.reader.is_built(), timeout=10_000)
    sizes = _block_sizes(window)
    body = theme.body_font(window.reader.zoom()).pointSizeF()
    for start in ("港の桟橋が嵐で壊", "町は来月、桟橋の"):
        # Short sentences with no capital letter anywhere: body text.
        assert sizes[start] == pytest.approx(body), start
    # Where capitals are, a short upper-case line is still a heading.
    assert sizes["THE PIER"] > body


def _x(text: str, index: int, font: QFont) -> float:
    """Where the caret before ``text[index]`` is drawn in a left-to-right line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    x = line.cursorToX(index)
    return float(x[0] if isinstance(x, tuple) else x)


def test_a_right_to_left_title_keeps_the_status_message_in_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", ARABIC)])
    title = "عاصفة تدمر رصيف الميناء"
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Opened"))
    message = bar.currentMessage()
    count = message.index(": 1 quote") + 2  # the "1" after the title
    font = bar.font()
    # As drawn: the count stands to the right of every letter of the title
    # (unisolated, the Arabic run took ": 1" in and drew it at the left).
    title_at = message.index(title)
    letters = [_x(message, i, font) for i in range(title_at, title_at + len(title))]
    assert _x(message, count, font) > max(letters)
    assert message.endswith("1 quote, 0 sources.")


def test_a_left_to_right_title_is_quoted_as_before(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The marks are added only where a direction needs isolating: an
    # English or Japanese title is quoted byte for byte as before.
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", JAPANESE)])
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Opened"))
    assert bar.currentMessage().startswith("Opened “桟橋の修理は春まで”: ")
    assert "\u2068" not in bar.currentMessage()


def _clip_first_quote(qtbot: QtBot, window: MainWindow, post: Path) -> None:
    """Import ``post``, go to its first quotation, clip it with the keystroke."""
    import_and_wait(qtbot, window, [post])
    qtbot.waitUntil(lambda: window.reader.is_built(), timeout=10_000)
    window.reader.next_quote()
    window.reader.editor().setFocus()
    with qtbot.waitSignal(window.clip_added, timeout=5000):
        press(qtbot, "Ctrl+Shift+C")


def test_a_clip_of_text_without_spaces_is_counted_in_characters(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _clip_first_quote(qtbot, window, write_post(tmp_path, "pier.txt", JAPANESE))
    message = window.statusBar().currentMessage()
    # 三十年でこんな波は初めてだ: 13 characters, not "1 word".
    assert message.startswith("Clipped 13 characters"), message


HEBREW = """\
סערה הרסה את המזח

סערה הרסה בשבת חלק מהמזח, והנהלת הנמל הודיעה כי המעבורת לא תפליג עד האביב.

"מעולם לא ראיתי את הים עולה כל כך מהר", אמר מנהל הנמל טום הייל.
"""


def test_a_hebrew_title_gives_the_clip_a_readable_key(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The key names the title's first word (סערה: srh): Hebrew letters were
    # dropped as CJK are, and every Hebrew post was "anon", "anona"...
    _clip_first_quote(qtbot, window, write_post(tmp_path, "pier.txt", HEBREW))
    window.show_side_tab(window.clips_panel)
    qtbot.waitUntil(lambda: window.clips_panel.form.key_edit.text() != "")
    assert window.clips_panel.form.key_edit.text() == "anonsrh-c1"


@pytest.mark.parametrize(("first", "place"), [("Łódź", 0), ("Øya", 1)])
def test_a_title_opening_with_a_stroked_letter_is_listed_under_its_base_letter(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, first: str, place: int
) -> None:
    # A Polish researcher's "Łódź..." among the L titles (Øya's under O),
    # not after "Zebra".
    posts = {
        "a.txt": f"{first} pier reopens\n\nThe harbour board met on Friday.\n",
        "b.txt": "Market day at the pier\n\nThe harbour board met on Monday.\n",
        "c.txt": "Zebra crossing by the pier\n\nThe harbour board met on Sunday.\n",
    }
    paths = [write_post(tmp_path, name, text) for name, text in posts.items()]
    import_and_wait(qtbot, window, paths, open_first=False)
    pane = window.library_pane
    pane.sort_box.setCurrentIndex(pane.sort_box.findText("Title"))
    shown = [str(pane.proxy.index(row, 0).data()) for row in range(pane.proxy.rowCount())]
    expected = ["Market day at the pier", "Zebra crossing by the pier"]
    expected.insert(place, f"{first} pier reopens")
    assert shown == expected


TWO_SENTENCE_HEADLINE = """\
Sztorm zniszczył molo w Zatoce. Prom nie popłynie do wiosny

Sobotni sztorm uszkodził pomost w porcie. Prom nie wypłynie do marca – poinformował zarząd portu.

„Przez trzydzieści lat nie widziałem takiej wody” – powiedział kapitan portu Tom Hale.
"""

WRAPPED_FIRST_PARAGRAPH = """\
The harbour board met on Friday. The ferry will not sail until the pier
is mended, said Ada Lind, who chairs the board.

“We will open the pier in March,” said Tom Hale.
"""


def test_a_two_sentence_headline_is_the_posts_title(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Polish (and French, Italian) papers write a headline in two sentences;
    # the post was listed under its file name ("05 polish").
    import_and_wait(qtbot, window, [write_post(tmp_path, "05-molo.txt", TWO_SENTENCE_HEADLINE)])
    title = "Sztorm zniszczył molo w Zatoce. Prom nie popłynie do wiosny"
    assert window.library_pane.proxy.index(0, 0).data() == title
    assert window.current_post() is not None
    assert window.current_post().metadata.title == title  # type: ignore[union-attr]


def test_a_hard_wrapped_first_paragraph_is_not_a_title(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Its first line holds a sentence's end and runs on into the next line.
    import_and_wait(qtbot, window, [write_post(tmp_path, "board.txt", WRAPPED_FIRST_PARAGRAPH)])
    shown = str(window.library_pane.proxy.index(0, 0).data())
    assert not shown.startswith("The harbour board met")


def test_a_japanese_speaker_chip_never_breaks_across_lines(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", JAPANESE)])
    qtbot.waitUntil(lambda: window.reader.is_built(), timeout=10_000)
    legend = window.quotes_panel.legend()
    doc = QTextDocument()
    doc.setDefaultFont(legend.font())
    doc.setHtml(legend.text())
    plain = doc.toPlainText()
    # (Joiners may stand between the letters: find the name's first and last.)
    start = plain.index("ト")
    end = plain.index("ル", start) + 1
    assert plain[start:end].replace("\u2060", "") == "トム・ヘイル"
    for width in range(120, 420, 7):  # however narrow the side panel is
        doc.setTextWidth(width)
        doc.size()  # laid out now, not when first painted
        layout = doc.findBlock(start).layout()
        offset = doc.findBlock(start).position()
        first = layout.lineForTextPosition(start - offset).lineNumber()
        last = layout.lineForTextPosition(end - offset).lineNumber()
        assert first == last, f"the chip broke at {width} px"


def _name_the_speaker_in_arabic(qtbot: QtBot, window: MainWindow) -> None:
    """The researcher writes the first quotation's speaker and role in Arabic."""
    post = window.current_post()
    assert post is not None
    window.controller.run(SetSpeaker(post.id, 1, "توم هيل", "قبطان الميناء"))
    qtbot.waitUntil(lambda: "توم" in window.quotes_panel.legend().text())


def test_an_arabic_speaker_keeps_the_speaker_line_left_to_right(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", ARABIC)])
    qtbot.waitUntil(lambda: window.reader.is_built(), timeout=10_000)
    _name_the_speaker_in_arabic(qtbot, window)
    window.reader.next_quote()
    line = window.reader.speaker_line()
    qtbot.waitUntil(line.isVisible)
    doc = QTextDocument()
    doc.setDefaultFont(line.font())
    doc.setHtml(line.text())
    doc.setTextWidth(2000)
    doc.size()  # laid out now
    plain = doc.toPlainText()
    block = doc.begin()
    # As the line is drawn: the swatch at the left, the count after the
    # name and role, as in any other post (it was all mirrored, at the right).
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight
    layout = block.layout().lineAt(0)
    name_x = layout.cursorToX(plain.index("توم"))
    count_x = layout.cursorToX(plain.index("quotation"))
    name = name_x[0] if isinstance(name_x, tuple) else name_x
    count = count_x[0] if isinstance(count_x, tuple) else count_x
    assert count > name


def arabic_clip_row(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> QModelIndex:
    """The clip list's row of the Arabic post's first quotation, clipped and
    its speaker named in Arabic."""
    _clip_first_quote(qtbot, window, write_post(tmp_path, "pier.txt", ARABIC))
    _name_the_speaker_in_arabic(qtbot, window)
    model = window.clips_panel.model
    qtbot.waitUntil(lambda: "توم" in str(model.index(0, 0).data(SECONDARY_ROLE)))
    return model.index(0, 0)


def test_a_clip_of_an_arabic_speaker_lists_its_details_in_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    details = str(arabic_clip_row(qtbot, window, tmp_path).data(SECONDARY_ROLE))
    font = window.clips_panel.view.font()
    # As the row's second line draws it (left to right): the name, then
    # "¶ 2", then the key; the name's run took "· ¶ 2" in ("2 ¶ · <name>").
    at = details.index("توم هيل")
    name = max(_x(details, i, font) for i in range(at, at + len("توم هيل")))
    pilcrow = _x(details, details.index("¶"), font)
    number = _x(details, details.index("2"), font)
    key = _x(details, details.index("anon"), font)
    assert name < pilcrow < number < key


ARABIC_PAGE = """\
<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>عاصفة تدمر رصيف الميناء</title>
<meta property="og:site_name" content="صحيفة الميناء">
<meta property="article:published_time" content="2026-03-09T08:00:00Z">
</head><body><article>
<h1>عاصفة تدمر رصيف الميناء</h1>
<p>دمّرت عاصفة يوم السبت جزءاً من رصيف الميناء، وأعلنت إدارة الميناء أن العبّارة لن تبحر قبل الربيع.
وقال قبطان الميناء توم هيل: «لم أرَ البحر يرتفع بهذه السرعة منذ ثلاثين عاماً».</p>
<p>وقالت آدا ليند، صاحبة المتجر الوحيد في الجزيرة: «رحلتان في الأسبوع لا تكفيان جزيرة كاملة».
وأضافت أن عائلات كثيرة تفكر في قضاء الشتاء على البر،
وأن المدرسة ستغلق أبوابها إن لم تعد العبّارة.</p>
</article></body></html>
"""


def test_an_arabic_site_keeps_the_post_lists_second_line_in_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.html", ARABIC_PAGE)])
    details = str(window.library_pane.proxy.index(0, 0).data(SECONDARY_ROLE))
    assert "صحيفة الميناء" in details
    font = window.library_pane.font()
    # Drawn left to right: the site, then the date, then the count; the
    # site's run took " · 9" in and drew the day before it.
    at = details.index("صحيفة الميناء")
    site = max(_x(details, i, font) for i in range(at, at + len("صحيفة الميناء")))
    day = _x(details, details.index("9"), font)
    count = _x(details, details.index("quote"), font)
    assert site < day < count


def arabic_byline(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> QLabel:
    """The reader's byline once the Arabic page's two authors are written
    in Arabic."""
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.html", ARABIC_PAGE)])
    post = window.current_post()
    assert post is not None
    window.controller.run(EditMetadata(post.id, (("authors", ["توم هيل", "آدا ليند"]),)))
    label = window.reader.header().byline_label()
    qtbot.waitUntil(lambda: "ليند" in label.text())
    return label


def test_two_arabic_authors_are_named_in_their_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    label = arabic_byline(qtbot, window, tmp_path)
    text = label.text()
    # "By <first>, <second>": the first author nearer "By"; unisolated, the
    # comma joined the two names into one run and the second came first.
    at = text.index("توم هيل")
    first = max(_x(text, i, label.font()) for i in range(at, at + len("توم هيل")))
    at = text.index("آدا ليند")
    second = min(_x(text, i, label.font()) for i in range(at, at + len("آدا ليند")))
    assert first < second
