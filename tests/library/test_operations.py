"""Every operation of the core, applied, undone and redone on a real
library file: undo gives back the library as it was, redo the library as
the operation left it (compared table by table), and each names what it
changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotemark.library.errors import InvalidKey, PostHasClips
from quotemark.library.model import Analysis, Quote, QuoteKind, Speaker
from quotemark.library.operations import (
    ClipSpan,
    DeleteClips,
    DeletePosts,
    EditClip,
    ImportFiles,
    ImportSample,
    Operation,
    OpResult,
    ReextractPosts,
    Reimport,
    SetPostKey,
)
from quotemark.library.service import Library
from tests.library.engines import second_connection
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post
from tests.library.undo import check_round_trip, span_of

QUOTE = "“We waited eleven years for this crossing,”"

_TABLES = {
    # next_clip (and the tables counters and retired_keys) are left out: an
    # id or key once handed out is never handed out to anything else, so an
    # undo deliberately keeps them spent.
    "posts": "SELECT {posts} FROM posts ORDER BY id",
    "post_content": "SELECT * FROM post_content ORDER BY post_id",
    "resources": "SELECT * FROM resources ORDER BY post_id, name",
    "mentions": "SELECT * FROM mentions ORDER BY id",
    "clips": "SELECT * FROM clips ORDER BY id",
    "clip_tags": "SELECT * FROM clip_tags ORDER BY clip_id, tag",
    "post_fts": "SELECT rowid, title, body, clips FROM post_fts ORDER BY rowid",
    # Sources nobody mentions are invisible (the Sources view lists mentions).
    "sources": "SELECT * FROM sources WHERE id IN (SELECT source_id FROM mentions) ORDER BY id",
}


def dump(path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table a user's library consists of, read by a second connection."""
    conn = second_connection(path)
    try:
        described = conn.execute("SELECT * FROM posts LIMIT 0").description
        columns = [d[0] for d in described if d[0] != "next_clip"]
        queries = {n: sql.format(posts=", ".join(columns)) for n, sql in _TABLES.items()}
        return {name: conn.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        conn.close()


def round_trip(library: Library, operation: Operation[Any]) -> OpResult[Any]:
    """Apply, undo, redo, comparing this module's tables."""
    return check_round_trip(library, operation, dump)


@pytest.fixture
def post_id(library: Library, tmp_path: Path) -> int:
    """A post whose stored analysis (one hand-made quotation) differs from
    what the analyser finds, so re-extraction changes it."""
    path = write_post(
        tmp_path / "in",
        "ferry.html",
        "The Night Ferry",
        heading="Back on the water",
        url="https://x.example/f",
    )
    quote = Quote(span_of(2, PARAGRAPHS[1], QUOTE), QuoteKind.INLINE, Speaker("Marta", None, 0.9))
    result = library.store_processed(str(path), processed(path, Analysis(quotes=(quote,))))
    assert result.post_id is not None
    return result.post_id


def _clip(library: Library, post_id: int, tags: tuple[str, ...] = ("ferry",)) -> int:
    span = span_of(2, PARAGRAPHS[1], QUOTE)
    return library.run(ClipSpan(post_id, span, "a note", tags)).value.id


def test_clipping_is_undone_and_redone_with_the_same_id_and_key(
    library: Library, post_id: int
) -> None:
    span = span_of(2, PARAGRAPHS[1], QUOTE)
    result = round_trip(library, ClipSpan(post_id, span, tags=("harbour",)))
    clip = result.value
    assert result.change.clips_added == (clip.id,)
    assert result.change.posts_changed == (post_id,)
    assert result.change.tags_changed == ("harbour",)
    assert library.get_clip(clip.id).key == clip.key
    assert result.label == "Clip 7 words"


def test_deleting_clips_is_undone_with_notes_and_tags(library: Library, post_id: int) -> None:
    clip_id = _clip(library, post_id)
    result = round_trip(library, DeleteClips((clip_id,)))
    assert result.change.clips_removed == (clip_id,)
    assert result.change.tags_changed == ("ferry",)
    assert result.label == "Delete clip"


@pytest.mark.parametrize(
    "edit",
    [
        {"note": "changed"},
        {"tags": ("one", "two")},
        {"key": "marta-on-the-ferry"},
        {"note": "both", "tags": ()},
    ],
)
def test_editing_a_clip_is_undone_field_by_field(
    library: Library, post_id: int, edit: dict[str, Any]
) -> None:
    clip_id = _clip(library, post_id)
    result = round_trip(library, EditClip(clip_id, **edit))
    assert result.change.clips_changed == (clip_id,)
    if "tags" in edit:
        assert set(result.change.tags_changed) == {"ferry", *edit["tags"]}


def test_undo_of_a_key_edit_is_refused_when_the_old_key_was_taken_since(
    library: Library, post_id: int
) -> None:
    clip_id = _clip(library, post_id)
    old = library.get_clip(clip_id).key
    result = library.run(EditClip(clip_id, key="new-key"))
    library.run(SetPostKey(post_id, old))
    assert result.undo is not None
    with pytest.raises(InvalidKey):
        library.run(result.undo)
    assert library.get_clip(clip_id).key == "new-key"


def test_deleting_posts_brings_back_clips_ids_and_keys(
    library: Library, post_id: int, tmp_path: Path
) -> None:
    _clip(library, post_id)
    other = write_post(
        tmp_path / "in",
        "b.html",
        "The Bridge",
        url="https://x.example/b",
        paragraphs=("The bridge opened on Monday after two years of repairs.",),
    )
    second = library.import_paths([other]).results[0].post_id
    assert second is not None
    with pytest.raises(PostHasClips):
        library.run(DeletePosts((post_id, second)))
    result = round_trip(library, DeletePosts((post_id, second), force=True))
    assert set(result.change.posts_removed) == {post_id, second}
    assert len(result.change.clips_removed) == 1
    assert result.label == "Delete 2 posts"


def test_setting_a_post_key_is_undone(library: Library, post_id: int) -> None:
    result = round_trip(library, SetPostKey(post_id, "ferry2024"))
    assert result.change.posts_changed == (post_id,)


def test_importing_is_undone_by_deleting_what_it_added(library: Library, tmp_path: Path) -> None:
    a = write_post(tmp_path / "in", "a.html", "One", url="https://x.example/1")
    b = write_post(
        tmp_path / "in",
        "b.html",
        "Two",
        url="https://x.example/2",
        paragraphs=("A second post about something else entirely.",),
    )
    result = round_trip(library, ImportFiles((a, b)))
    assert len(result.change.posts_added) == 2
    assert result.value.change == result.change
    assert result.label == "Import 2 posts"


def test_importing_the_sample_is_undone(library: Library) -> None:
    result = round_trip(library, ImportSample())
    assert result.change.posts_added
    assert result.change.sources_changed, "the sample post quotes named sources"


def test_reextraction_is_undone_to_the_old_analysis_and_clip_places(
    library: Library, post_id: int
) -> None:
    clip_id = _clip(library, post_id)
    result = round_trip(library, ReextractPosts((post_id,)))
    assert result.change.posts_changed == (post_id,)
    assert result.change.quotes_changed == (post_id,)
    assert result.change.clips_changed == (clip_id,)
    assert library.run(result.undo).change.clips_changed == (clip_id,)  # type: ignore[arg-type]


def test_reimport_is_undone(library: Library, post_id: int, tmp_path: Path) -> None:
    newer = write_post(
        tmp_path / "newer",
        "ferry.html",
        "The Night Ferry (updated)",
        heading="Back on the water",
        url="https://x.example/f",
    )
    result = round_trip(library, Reimport(post_id, newer))
    assert result.change.posts_changed == (post_id,)
    assert library.post(post_id).metadata.title == "The Night Ferry (updated)"
