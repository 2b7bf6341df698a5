"""The window's loose ends of stop 40 (s40-ui), each through a real window
(offscreen): the post list writes a date as the reader and the Info tab do
(the locale's medium form); the status bar's offer to replace a post names its file and
goes when it no longer applies; images left out of a "Web page, complete"
for their size are named in the import's summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.dialogs.import_report import ImportReportDialog
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_info_date import _info_tab, _type_date, in_locale
from tests.app.test_main_window_support import import_and_wait, press
from tests.app.test_reimport_gui import _clipped, _newer
from tests.library.test_images_left_out import _saved

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _offered(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> tuple[int, Path]:
    post_id, _kept, _gone = _clipped(qtbot, window, tmp_path)
    newer = _newer(tmp_path / "v2")
    import_and_wait(qtbot, window, [newer], open_first=False)
    window.findChild(ImportReportDialog).close()  # type: ignore[union-attr]
    assert window.reimports.offer_button.isVisible()
    return post_id, newer


def test_the_offer_names_its_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _post_id, newer = _offered(qtbot, window, tmp_path)
    offer = window.reimports.offer_button
    # Which file: its name on the button, its whole path where one hovers
    # or a screen reader asks.
    assert offer.text() == "Replace with ferry.html"
    assert str(newer) in offer.toolTip()
    assert "“The Night Ferry”" in offer.toolTip()
    assert str(newer) in offer.accessibleDescription()
    assert offer.accessibleName() == "Replace “The Night Ferry” with ferry.html"


def test_a_long_file_name_is_elided_in_the_middle(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _post_id, _kept, _gone = _clipped(qtbot, window, tmp_path)
    name = "the-night-ferry-and-the-harbour-board-meeting-of-friday-saved-again.html"
    newer = _newer(tmp_path / "v2", name=name)
    import_and_wait(qtbot, window, [newer], open_first=False)
    window.findChild(ImportReportDialog).close()  # type: ignore[union-attr]
    offer = window.reimports.offer_button
    shown = offer.text().removeprefix("Replace with ")
    assert "…" in shown
    assert shown.endswith(".html")  # the end of the name shows
    assert len(shown) < len(name)
    assert str(newer) in offer.toolTip()


def test_the_offer_goes_when_its_post_is_deleted(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    post_id, _newer_path = _offered(qtbot, window, tmp_path)
    window.controller.delete_posts([post_id])
    qtbot.waitUntil(lambda: not window.reimports.offer_button.isVisible())
    assert window.reimports._offered == []


def test_the_offer_goes_with_another_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _offered(qtbot, window, tmp_path)
    import_and_wait(qtbot, window, [_saved(tmp_path / "other", ())], open_first=False)
    assert not window.reimports.offer_button.isVisible()
    assert window.reimports._offered == []


def test_images_left_out_for_their_size_are_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [_saved(tmp_path, ("map.png", "chart.png"))])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    # Said after the post opened (opening says what the post holds).
    message = window.statusBar().currentMessage()
    assert "2 images left out of “The Pier Map” for their size (over 32 MB" in message
    assert message.endswith(": map.png, chart.png.")
    QApplication.processEvents()


def test_a_page_with_all_its_images_says_nothing_of_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [_saved(tmp_path, ())])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    assert "left out" not in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "Mar 9, 2024"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "9 Mar 2024"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "9. März 2024"),
    ],
)
def test_the_list_the_reader_and_the_info_tab_write_a_date_alike(
    qtbot: QtBot, library: Library, locale: QLocale, shown: str
) -> None:
    # The list's rows said "2024-03-09 · 14 quotes" beside the reader's "9
    # March 2024" and the Info tab's "Mar 9, 2024".
    with in_locale(locale):
        window, post_id = _info_tab(qtbot, library)
        pane = window.library_pane
        row = pane.model.row_of(post_id)
        assert row is not None
        details = pane.model.index(row, 0).data(SECONDARY_ROLE)
        assert details.split(" · ")[1] == shown
        assert window.reader.header().date_label().text() == shown
        assert window.info_panel.fields["published"].text() == shown


def test_a_month_or_a_year_alone_is_written_as_the_reader_writes_it(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id = _info_tab(qtbot, library)
    pane = window.library_pane
    for published, shown in (("2024-03", "Mar 2024"), ("2024", "2024")):
        _type_date(qtbot, window, published)
        assert window.controller.post_summary(post_id).published == published
        qtbot.waitUntil(lambda shown=shown: window.reader.header().date_label().text() == shown)
        row = pane.model.row_of(post_id)
        assert row is not None
        qtbot.waitUntil(
            lambda row=row, shown=shown: (
                pane.model.index(row, 0).data(SECONDARY_ROLE).split(" · ")[1] == shown
            )
        )


def test_an_import_with_nothing_new_says_what_happened_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # "Imported 0 posts; 1 already in the library." read as a failed import.
    page = _saved(tmp_path, ())
    import_and_wait(qtbot, window, [page], open_first=False)
    assert window.statusBar().currentMessage() == "Imported 1 post."
    import_and_wait(qtbot, window, [page], open_first=False)
    assert window.statusBar().currentMessage() == "No new post; 1 already in the library."


def test_the_offer_taken_by_keyboard_leaves_the_keys_with_the_reader(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Tab to the offer, Space: the button hid under the keyboard, which went
    # on to the library's search box (the next keys searched).
    _offered(qtbot, window, tmp_path)
    offer = window.reimports.offer_button
    window.activateWindow()  # offscreen has no window manager to do it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.focus_reader()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for _ in range(12):
        if offer.hasFocus():
            break
        press(qtbot, "Tab")
    assert offer.hasFocus()
    press(qtbot, "Space")
    qtbot.waitUntil(lambda: window.reimports.job() is None, timeout=30_000)
    assert not offer.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None
    assert window.reader.isAncestorOf(focus) or focus is window.reader
    assert focus is not window.library_pane.search_box


def test_the_report_keeps_its_replace_button_in_sight_beside_a_long_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The File column took the long name's whole width: the reason and the
    # button went out of sight, behind a sideways scroll.
    _clipped(qtbot, window, tmp_path)
    name = "the-night-ferry-and-the-harbour-board-meeting-of-friday-saved-again.html"
    newer = _newer(tmp_path / "v2", name=name)
    import_and_wait(qtbot, window, [newer], open_first=False)
    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    [button] = dialog.replace_buttons
    viewport = dialog.tree.viewport()
    right = button.mapTo(viewport, button.rect().topRight()).x()
    assert right <= viewport.width()
    assert not dialog.tree.horizontalScrollBar().isVisible()
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert "…" in item.text(0)
    assert item.text(0).endswith(".html")
    assert item.toolTip(0) == str(newer)
