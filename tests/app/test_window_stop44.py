"""Stop 43's leftovers in the window (s44-app): the byline a screen reader
names, X11's primary selection without the isolates, an upgrade that shows
itself while it runs, a close that does not wait for a stuck fill, and a
clip of "part 1 of 3" of an article located in that part; and from the
keyboard-only day, the Sources tab's Tab trap."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QClipboard, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from quotemark.app import controller as controller_module
from quotemark.app.dialogs.export import ExportDialog
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.app.panels.clip_table import TEXT
from quotemark.app.reader import header as header_module
from quotemark.library import paths
from quotemark.library.operations import EditMetadata
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY_POST, import_and_wait, press, write_post
from tests.app.test_plain_for_readers_stop43 import _spoken
from tests.app.test_scripts_stop43 import arabic_byline
from tests.library.test_reading_parts_s43 import paged_page

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "libraries"


def test_a_screen_reader_hears_the_authors_names_not_authors(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    post = window.current_post()
    assert post is not None
    window.controller.run(EditMetadata(post.id, (("authors", ["Tom Hale", "Ada Lind"]),)))
    label = window.reader.header().byline_label()
    qtbot.waitUntil(lambda: "Lind" in label.text())
    assert _spoken(label) == "By Tom Hale, Ada Lind"


def test_arabic_authors_are_named_without_the_isolates(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    label = arabic_byline(qtbot, window, tmp_path)
    assert _spoken(label) == "By توم هيل, آدا ليند"
    assert "\u2068" in label.text()  # drawn set apart still


class _X11Clipboard:
    """Stands in for a clipboard with a primary selection (the offscreen
    platform has none): records what is put on each."""

    def __init__(self) -> None:
        self.put: dict[QClipboard.Mode, str] = {}

    def supportsSelection(self) -> bool:
        return True

    def setText(self, text: str, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.put[mode] = text


def test_a_mouse_selection_of_the_byline_goes_to_the_primary_selection_plain(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A researcher selects an Arabic author's name and middle-clicks it into
    # the search box: the isolates drawn around it stay behind.
    label = arabic_byline(qtbot, window, tmp_path)
    clipboard = _X11Clipboard()

    class _Gui:
        @staticmethod
        def clipboard() -> _X11Clipboard:
            return clipboard

    monkeypatch.setattr(header_module, "QGuiApplication", _Gui)
    label.setSelection(0, len(label.text()))
    at = QPointF(5, 5)
    release = QMouseEvent(
        QMouseEvent.Type.MouseButtonRelease,
        at,
        label.mapToGlobal(at),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(label, release)
    assert clipboard.put.get(QClipboard.Mode.Selection) == "By توم هيل, آدا ليند"


def test_opening_an_older_library_shows_the_upgrade_while_it_runs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "tide.sqlite3"
    shutil.copy(FIXTURES / "tide-v14.sqlite3", old)
    opened = Library.open

    def slow_open(*args: object, **kwargs: object) -> Library:
        time.sleep(0.4)  # the upgrade of a large library
        return opened(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "open", staticmethod(slow_open))
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())

    QTimer.singleShot(200, look)
    assert window.library_switch.switch_to(old) is None
    assert seen, "nothing was shown while the library was upgraded"
    assert str(old) in seen[0]
    assert "from version 14 to" in seen[0]
    # Opened, and the progress window gone.
    assert window.library_pane.post_count() == 1
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, QProgressDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )


def test_a_current_library_opens_without_an_upgrade_window() -> None:
    assert Library.upgrade_pending(FIXTURES / "tide-v14.sqlite3") is not None
    assert Library.upgrade_pending(FIXTURES / "no-such-library.sqlite3") is None
    assert Library.upgrade_pending("postgresql://harbour@localhost/board") is None


def test_closing_does_not_wait_for_a_fill_stuck_on_an_unreachable_server(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fill's thread is stuck connecting (an unreachable PostgreSQL
    # server waits out its 10 s connect timeout, deaf to the stop asked).
    released = threading.Event()

    def stuck(_location: object, _stop: threading.Event) -> None:
        released.wait(10)

    monkeypatch.setattr(controller_module, "_fill_quoted_by", stuck)
    monkeypatch.setattr(Library, "search_fill_pending", lambda _self: True)
    window.controller.start_quoted_by_fill()
    try:
        started = time.monotonic()
        window.close()
        window.controller.close()
        assert time.monotonic() - started < 3
    finally:
        released.set()


def _clip_in_window(qtbot: QtBot, window: MainWindow, text: str) -> None:
    post = window.current_post()
    assert post is not None
    with Library.open(paths.library_file()) as library:
        span = library.find_span(post.id, text=text)
    window.reader.show_span(span)
    count = window.clips_panel.model.rowCount()
    window.registry["clip.selection"].trigger()
    qtbot.waitUntil(lambda: window.clips_panel.model.rowCount() == count + 1)


def test_a_clip_of_part_one_of_three_says_so_in_its_row_and_its_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The researcher saved only the first page of a three-page feature: the
    # clip's paragraph is counted in that page, and its locator says so.
    paged = tmp_path / "pier-part-one.html"
    paged.write_text(paged_page(), encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([paged], open_first=True)
    _clip_in_window(qtbot, window, "said Tom Hale, who chairs the board")
    model = window.clips_panel.model
    details = str(model.index(0, TEXT).data(SECONDARY_ROLE))
    assert "part 1 of 3, ¶ 2" in details
    spoken = str(model.index(0, TEXT).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "part 1 of 3, ¶ 2" in spoken

    target = tmp_path / "pier.bib"
    window.registry["file.export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.set_format("biblatex")
    dialog.path_edit.setText(str(target))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    bib = target.read_text(encoding="utf-8")
    assert "titleaddon = {part 1 of 3, {\\textpilcrow}~2}" in bib
    # The locator a \cite{clip} prints, in the preamble, says it too.
    assert bib.count("part 1 of 3, {\\textpilcrow}~2") == 2


def test_a_clip_of_a_whole_post_keeps_its_bare_paragraph(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    plain = tmp_path / "pier.html"
    plain.write_text(paged_page("", next_link=False), encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([plain], open_first=True)
    _clip_in_window(qtbot, window, "said Tom Hale, who chairs the board")
    details = str(window.clips_panel.model.index(0, TEXT).data(SECONDARY_ROLE))
    assert "¶ 2" in details
    assert "part" not in details


CITING_POST = """\
The Harbour Board Votes on the Pier

March 9, 2024

The harbour board voted on Tuesday to rebuild the pier, the Harbour Gazette reported.

“The pier will open in May,” said Tom Hale, who chairs the board, according to Reuters.
"""


def _tab_walk(qtbot: QtBot, presses: int) -> list[str]:
    walked = []
    for _ in range(presses):
        press(qtbot, "Tab")
        focus = QApplication.focusWidget()
        walked.append(focus.objectName() if focus is not None else "")
    return walked


def test_the_sources_tab_s_keys_land_on_the_post_s_sources_and_tab_leaves_the_panel(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", CITING_POST)])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    window.focus_reader()
    press(qtbot, "Ctrl+Alt+2")
    # The post's sources at the top, not "where it is cited" below them.
    assert QApplication.focusWidget() is window.findChild(QTreeWidget, "sourcesList")
    # Tab goes down the panel and out of it; it went back to the top list
    # from the lowest one, over and over.
    walked = _tab_walk(qtbot, 6)
    assert walked[:3] == ["sourceFilter", "librarySourcesList", "citationsList"]
    assert walked[3] == "qt_tabwidget_tabbar"
    # However the keyboard got to the lowest list.
    citations = window.findChild(QListWidget, "citationsList")
    assert citations is not None
    citations.setFocus(Qt.FocusReason.MouseFocusReason)
    assert _tab_walk(qtbot, 1) == ["qt_tabwidget_tabbar"]


def test_with_no_post_open_tab_leaves_the_sources_tab_s_lowest_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    post = write_post(tmp_path, "pier.txt", CITING_POST)
    import_and_wait(qtbot, window, [post], open_first=False)
    window.library_pane.view.setFocus()
    press(qtbot, "Ctrl+Alt+2")
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "sourceFilter")
    # It stayed in "where it is cited" for good: the panel's proxy was the
    # post's hidden list.
    assert _tab_walk(qtbot, 3) == ["librarySourcesList", "citationsList", "qt_tabwidget_tabbar"]


def test_a_title_saved_by_leaving_its_field_is_named_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", CITING_POST)])
    press(qtbot, "Ctrl+Alt+4")
    title = window.findChild(QLineEdit, "info_title")
    assert QApplication.focusWidget() is title
    title.selectAll()
    qtbot.keyClicks(title, "The Pier Vote")
    press(qtbot, "Tab")
    # Which field, the value, and that it was kept ("Edit title" said neither).
    assert window.statusBar().currentMessage() == "Saved the title: “The Pier Vote”."
    press(qtbot, "Ctrl+Z")
    assert window.statusBar().currentMessage() == "Undone: Edit title."


def test_a_cleared_site_says_it_was_cleared(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", CITING_POST)])
    press(qtbot, "Ctrl+Alt+4")
    site = window.findChild(QLineEdit, "info_site")
    assert site is not None
    site.setFocus()
    qtbot.keyClicks(site, "Harbour Gazette")
    press(qtbot, "Tab")
    assert window.statusBar().currentMessage() == "Saved the site: Harbour Gazette."
    site.setFocus()
    site.selectAll()
    press(qtbot, "Backspace")
    press(qtbot, "Tab")
    assert window.statusBar().currentMessage() == "Cleared the site."


def test_a_corrected_title_reaches_the_sources_tab_s_citations(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", CITING_POST)])
    post = window.current_post()
    assert post is not None
    press(qtbot, "Ctrl+Alt+2")
    panel = window.sources_panel
    qtbot.waitUntil(lambda: panel.citations_list().count() > 0)
    assert "The Harbour Board Votes on the Pier" in panel.citations_list().item(0).text()
    window.controller.run(EditMetadata(post.id, (("title", "The Pier Vote"),)))
    # The lower list named the post by its old title until the next start.
    qtbot.waitUntil(lambda: "The Pier Vote" in panel.citations_list().item(0).text())
