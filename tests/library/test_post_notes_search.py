"""A post is found by its own tags and by the words of its note, as by its
clips: after the edit, after undo (no longer), and in a library written
before schema version 8."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.operations import SetPostNote, SetPostTags
from quotemark.library.service import Library
from tests.library.older_library import as_version
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post


def _found(library: Library, words: str) -> list[str]:
    return [hit.post.title for hit in library.search(words)]


@pytest.fixture
def ferry(library: Library, tmp_path: Path) -> int:
    for number, title in enumerate(("The Night Ferry", "Harbour Lights")):
        path = write_post(
            tmp_path / "in",
            f"p{number}.html",
            title,
            url=f"https://x.example/{number}",
            paragraphs=tuple(f"{title}: {p}" for p in PARAGRAPHS),
        )
        result = library.store_processed(str(path), processed(path))
        assert result.post_id is not None
        if number == 0:
            ferry_id = result.post_id
    return ferry_id


def test_a_post_is_found_by_its_tags_and_its_note_until_they_are_undone(
    library: Library, ferry: int
) -> None:
    assert _found(library, "zephyrine") == []
    tagged = library.run(SetPostTags(((ferry, ("zephyrine", "to read")),)))
    assert _found(library, "zephyrine") == ["The Night Ferry"]
    noted = library.run(SetPostNote(ferry, "Compare with the *quayside* timetable."))
    assert _found(library, "quayside") == ["The Night Ferry"]
    [hit] = library.search("quayside")
    assert "[quayside]" in hit.snippet
    assert noted.undo is not None
    assert tagged.undo is not None
    library.run(noted.undo)
    assert _found(library, "quayside") == []
    library.run(tagged.undo)
    assert _found(library, "zephyrine") == []


@pytest.mark.sqlite_only("it rewrites a library to SQLite schema version 7; shared ones start at 8")
def test_notes_and_tags_written_before_version_8_are_searchable_after_opening(
    library: Library, ferry: int
) -> None:
    library.run(SetPostTags(((ferry, ("zephyrine",)),)))
    library.run(SetPostNote(ferry, "Compare with the quayside timetable."))
    path = library.path
    library.close()
    # As a version 7 library holds them: in their tables, not in the index.
    as_version(path, 7, "UPDATE post_fts SET clips = ''")
    with Library.open(path) as reopened:
        assert _found(reopened, "zephyrine") == ["The Night Ferry"]
        assert _found(reopened, "quayside") == ["The Night Ferry"]
