"""A post's title quoted once in an undo step's name (stop 42, s42-ui), on
both engines: the window shows the name in Edit > Undo and the status bar."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.operations import DeletePosts
from quotemark.library.service import Library
from tests.library.test_store_pages import processed, write_post


def _stored(library: Library, tmp_path: Path, title: str) -> int:
    path = write_post(tmp_path / "in", "gamble.html", title, url="https://harbour.example/gamble")
    result = library.store_processed(str(path), processed(path))
    assert result.post_id is not None
    return result.post_id


def test_deleting_a_post_whose_title_opens_with_a_quote_names_it_once(
    library: Library, tmp_path: Path
) -> None:
    # 'Delete “"A gamble": the pier's new timetable”' read as marks unpaired.
    post_id = _stored(library, tmp_path, '"A gamble": the pier\'s new timetable')
    assert library.post(post_id).metadata.title.startswith('"A gamble"')
    result = library.run(DeletePosts((post_id,)))
    assert result.label == "Delete “‘A gamble’: the pier's new timetable”"


def test_a_plain_title_is_named_as_it_was(library: Library, tmp_path: Path) -> None:
    post_id = _stored(library, tmp_path, "The Harbour Board Meets")
    assert library.run(DeletePosts((post_id,))).label == "Delete “The Harbour Board Meets”"
