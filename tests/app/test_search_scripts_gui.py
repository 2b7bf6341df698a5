"""The search box on posts in other scripts, typed as a researcher types:
a Polish word typed with its letters, an Arabic word as written, and since
schema version 18 (docs/architecture.md, "Search in other scripts: the
design") a Japanese word inside a run, an Arabic word under its article,
"lodz" for "Łódź"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.post_list_model import SNIPPET_ROLE
from quotemark.library.service import Library
from tests.app.test_main_window_support import quiet_window
from tests.library.test_search_scripts import POSTS
from tests.library.test_store_pages import processed, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(qtbot: QtBot, library: Library, tmp_path: Path) -> MainWindow:
    for number, (name, (title, body)) in enumerate(POSTS.items()):
        path = write_post(
            tmp_path / "in", f"{name}.html", title,
            url=f"https://harbour.example/{number}", paragraphs=(body,),
        )  # fmt: skip
        assert library.store_processed(str(path), processed(path)).post_id is not None
    return quiet_window(qtbot, library, 1200, 800)


def typed(qtbot: QtBot, window: MainWindow, text: str) -> dict[str, str]:
    """Type ``text`` into the search box a character at a time, each
    committed as an input method commits it (Qt's test keys know only
    ASCII), and return title -> snippet of the rows listed."""
    pane = window.library_pane
    pane.search_box.setFocus()
    pane.search_box.clear()
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(pane.search_box, event)
    assert pane.search_box.text() == text
    pane.refresh()  # the pause in typing the box waits for
    model = pane.model
    return {
        model.summary(row).title: str(model.index(row, 0).data(SNIPPET_ROLE))
        for row in range(model.rowCount())
    }


def test_words_as_written_are_found_and_marked(qtbot: QtBot, window: MainWindow) -> None:
    found = typed(qtbot, window, "łódź")
    assert list(found) == ["Przystań nad rzeką"]
    assert "[Łódź]" in found["Przystań nad rzeką"]
    found = typed(qtbot, window, "الميناء")
    assert list(found) == ["بيان مجلس الميناء"]
    assert "[الميناء]" in found["بيان مجلس الميناء"]


def test_a_japanese_word_inside_a_run_is_listed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    found = typed(qtbot, window, "港長")
    window.library_pane.grab().save(str(tmp_path / "search-japanese.png"))
    assert list(found) == ["港湾組合の発表"]
    assert "[港長]" in found["港湾組合の発表"]


def test_an_arabic_word_under_its_article_is_listed(qtbot: QtBot, window: MainWindow) -> None:
    assert list(typed(qtbot, window, "ميناء")) == ["بيان مجلس الميناء"]


def test_lodz_typed_without_strokes_is_listed(qtbot: QtBot, window: MainWindow) -> None:
    assert list(typed(qtbot, window, "lodz")) == ["Przystań nad rzeką"]


def test_an_upgraded_library_finds_a_japanese_word_once_the_window_filled_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A real library file of schema 14 upgraded, with a Japanese post saved
    # before the window opens: the window opens it at once, searches as
    # before, and writes the derived search text in its fill thread.
    from quotemark.app.controller import Controller
    from quotemark.library import paths
    from tests.app.test_main_window_support import show
    from tests.library.test_search_upgrade import OLD_FILE

    target = paths.library_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(OLD_FILE.read_bytes())
    title, body = POSTS["ja"]
    path = write_post(tmp_path / "in", "ja.html", title, paragraphs=(body,))
    with Library.open(target) as library:
        assert library.store_processed(str(path), processed(path)).post_id is not None
        assert library.search_fill_pending()
    window = show(qtbot, MainWindow(Controller(Library.open(target), poll_ms=20)))

    def filled() -> bool:
        with Library.open(target) as library:
            return not library.search_fill_pending()

    qtbot.waitUntil(filled, timeout=10_000)
    found = typed(qtbot, window, "港長")
    assert set(found) == {title}
    assert "[港長]" in found[title]
    window.close()
    window.controller.close()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_search_shown_while_the_fill_runs_is_listed_again_when_it_ends(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    """A library from before schema 18: the window fills the derived search
    text in its thread. "港長" typed before the fill ends lists nothing; when
    the fill ends (SQLite swaps its tables) the list shows the post without
    the researcher typing again, as for a colleague's change."""
    import threading

    from quotemark.app.controller import Controller
    from quotemark.library.store import search_fill
    from tests.app.test_main_window_support import show
    from tests.library.test_search_scripts import store_posts
    from tests.library.test_search_upgrade import _before_18

    location: Path | str = (
        str(request.getfixturevalue("pg_url")) if engine == "postgresql"
        else tmp_path / "library.sqlite3"
    )  # fmt: skip
    with Library.open(location) as library:
        store_posts(library, tmp_path, ("ja", "en"))
    _before_18(location)
    go_on = threading.Event()
    batch = search_fill.fill_batch

    def held(*args: object, **kwargs: object) -> int | None:
        go_on.wait(10)  # the fill waits until the researcher has searched
        return batch(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_fill, "fill_batch", held)
    window = show(qtbot, MainWindow(Controller(Library.open(location), poll_ms=20)))
    assert typed(qtbot, window, "港長") == {}
    go_on.set()
    model = window.library_pane.model

    def listed() -> list[str]:
        return [model.summary(row).title for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: listed() == ["港湾組合の発表"], timeout=5000)
    assert "[港長]" in str(model.index(0, 0).data(SNIPPET_ROLE))
    window.close()
    window.controller.close()
