"""The window tells the researcher what the page did not give: a post that
is part 1 of 3 of a longer article, or whose text is the page's stated data
(the page built its text with scripts), says so calmly in its Info tab,
beside the other notes about where its text came from. A plain post says
nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from tests.app.test_cli import quotemark
from tests.library.test_reading_parts_s43 import paged_page, stated_page

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([path], open_first=True)
    window.side_tabs.setCurrentWidget(window.info_panel)


def test_a_part_of_a_longer_article_and_a_page_s_data_are_told(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    paged = tmp_path / "pier-part-one.html"
    paged.write_text(paged_page(), encoding="utf-8")
    _open(qtbot, window, paged)
    post = window.current_post()
    assert post is not None
    assert post.metadata.title == "The new pier, a history"
    # The pager's words are not the post's text...
    assert not any("Page 1 of 3" in block.text for block in post.blocks)
    # ...but what they said is told.
    notice = window.info_panel.reading
    assert notice.isVisible()
    assert notice.accessibleName() == "About this text"
    assert notice.text() == (
        "This page says it is part 1 of 3 of a longer article; only this part was saved, "
        "so a quotation or citation from it may be incomplete."
    )
    assert notice.accessibleDescription() == notice.text()
    # Calm: not in the error red the panel's refusals use.
    assert notice.styleSheet() == ""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: notice.height() >= notice.heightForWidth(notice.width()))
    window.grab().save(str(tmp_path / "info-part-one-of-three.png"))

    stated = tmp_path / "pier-data.html"
    stated.write_text(stated_page(), encoding="utf-8")
    _open(qtbot, window, stated)
    assert notice.isVisible()
    assert notice.text().startswith(
        "The text is the article as the page's data states it: the page built its text "
        "with scripts, and was saved before they ran."
    )
    # Every line of it shown once the panel is laid out: as tall as its wrapped text.
    qtbot.waitUntil(lambda: notice.height() >= notice.heightForWidth(notice.width()))
    window.grab().save(str(tmp_path / "info-stated-data.png"))


def test_a_plain_post_has_no_notice(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    plain = tmp_path / "pier.html"
    plain.write_text(paged_page("", next_link=False), encoding="utf-8")
    _open(qtbot, window, plain)
    assert window.current_post() is not None
    assert not window.info_panel.reading.isVisible()
    assert window.info_panel.reading.text() == ""
    # Still described (tests/app/test_accessibility.py: every focusable widget).
    assert window.info_panel.reading.accessibleDescription().startswith("The page gave its text")


def test_show_tells_it_with_the_post(tmp_path: Path) -> None:
    # The command line says it too: ``show`` under the post's facts, and
    # ``show --json`` as ``reading`` (null for a plain post).
    home = tmp_path / "home"
    paged = tmp_path / "pier-part-one.html"
    paged.write_text(paged_page(), encoding="utf-8")
    plain = tmp_path / "pier.html"
    plain.write_text(
        paged_page("", next_link=False).replace("on Tuesday", "on Wednesday"), encoding="utf-8"
    )
    done = quotemark("import", paged, plain, home=home)
    assert done.returncode == 0, done.stderr
    paged_id, plain_id = (line.split("\t")[0] for line in done.stdout.splitlines())
    shown = quotemark("show", paged_id, home=home).stdout
    assert (
        "  text:      This page says it is part 1 of 3 of a longer article; only this part "
        "was saved, so a quotation or citation from it may be incomplete.\n"
    ) in shown
    assert json.loads(quotemark("show", "--json", paged_id, home=home).stdout)["reading"] == {
        "part": [1, 3]
    }
    assert "  text:  " not in quotemark("show", plain_id, home=home).stdout
    assert json.loads(quotemark("show", "--json", plain_id, home=home).stdout)["reading"] is None
