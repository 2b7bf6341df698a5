"""Collections, a post's own tags and its note: each operation applied,
undone and redone on a real library file gives back the same tables; the
library list filters by collection (nested ones included) and by a post's
own tags; deleting a post and undoing it keeps its collections, tags and note."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from quotemark.library.errors import InvalidCollection, NotFound
from quotemark.library.operations import (
    AddToCollection,
    CreateCollection,
    DeleteCollection,
    DeletePosts,
    MoveCollection,
    Operation,
    OpResult,
    RemoveFromCollection,
    RenameCollection,
    SetPostNote,
    TagPosts,
)
from quotemark.library.service import Library
from quotemark.library.store.listing import Listing
from tests.library.engines import second_connection
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post
from tests.library.undo import check_round_trip

_TABLES = {
    "collections": "SELECT * FROM collections ORDER BY id",
    "collection_posts": "SELECT * FROM collection_posts ORDER BY collection_id, post_id",
    "post_tags": "SELECT * FROM post_tags ORDER BY post_id, tag",
    "clip_tags": "SELECT * FROM clip_tags ORDER BY clip_id, tag",
    "post_notes": "SELECT * FROM post_notes ORDER BY post_id",
    "posts": "SELECT id, key, title FROM posts ORDER BY id",
}


def dump(path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    conn = second_connection(path)
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in _TABLES.items()}
    finally:
        conn.close()


def round_trip(library: Library, operation: Operation[Any]) -> OpResult[Any]:
    """Apply, undo, redo, comparing this module's tables."""
    return check_round_trip(library, operation, dump)


@pytest.fixture
def posts(library: Library, tmp_path: Path) -> list[int]:
    ids = []
    for number, title in enumerate(("The Night Ferry", "Harbour Lights", "Tidal Notes")):
        text = tuple(f"{title}: {p}" for p in PARAGRAPHS)
        path = write_post(
            tmp_path / "in",
            f"p{number}.html",
            title,
            url=f"https://x.example/{number}",
            paragraphs=text,
        )
        result = library.store_processed(str(path), processed(path))
        assert result.post_id is not None
        ids.append(result.post_id)
    return ids


def _make(library: Library, name: str, parent: int | None = None) -> int:
    return library.run(CreateCollection(name, parent)).value


def _listed(library: Library, listing: Listing) -> set[int]:
    return {p.id for p in library.listing_page(listing, 0, 100)}


def test_creating_a_nested_collection_is_undone_and_redone(library: Library) -> None:
    top = _make(library, "Reading")
    result = round_trip(library, CreateCollection("Climate", top))
    assert result.change.collections_changed == (result.value,)
    paths = [c.path for c in library.collections()]
    assert paths == ["Reading", "Reading/Climate"]
    assert library.find_collection("reading/CLIMATE") == result.value


def test_posts_go_in_several_collections_and_the_list_filters_by_them(
    library: Library, posts: list[int]
) -> None:
    reading = _make(library, "Reading")
    climate = _make(library, "Climate", reading)
    other = _make(library, "Teaching")
    result = round_trip(library, AddToCollection(climate, (posts[0], posts[1])))
    assert result.value == (posts[0], posts[1])
    assert result.change.posts_changed == (posts[0], posts[1])
    library.run(AddToCollection(other, (posts[0],)))
    # A collection shows its own posts and those of the collections below it.
    assert _listed(library, Listing(collection_id=reading)) == {posts[0], posts[1]}
    assert _listed(library, Listing(collection_id=other)) == {posts[0]}
    assert library.listing_count(Listing(collection_id=climate)) == 2
    assert sorted(library.post_collections(posts[0])) == sorted([climate, other])
    counts = {c.name: c.post_count for c in library.collections()}
    assert counts == {"Reading": 0, "Climate": 2, "Teaching": 1}


def test_a_collection_made_with_its_posts_is_one_step_undone_and_redone(
    library: Library, posts: list[int]
) -> None:
    # "New collection from selection": made and filled in one transaction,
    # so one undo takes both away and one redo brings both back.
    result = round_trip(library, CreateCollection("Harbour week", None, (posts[2], posts[0])))
    assert result.label == "New collection “Harbour week” with 2 posts"
    assert sorted(library.collection_post_ids(result.value)) == sorted([posts[0], posts[2]])
    assert result.change.posts_changed == (posts[2], posts[0])
    assert result.change.collections_changed == (result.value,)
    # A post gone meanwhile: refused, nothing made.
    with pytest.raises(NotFound):
        library.run(CreateCollection("Pier days", None, (posts[1], 999_999)))
    assert [c.name for c in library.collections()] == ["Harbour week"]


def test_adding_a_post_already_there_is_nothing_to_undo(library: Library, posts: list[int]) -> None:
    box = _make(library, "Box")
    library.run(AddToCollection(box, (posts[0],)))
    again = library.run(AddToCollection(box, (posts[0],)))
    assert again.value == ()
    assert not again.change
    assert again.undo is None
    result = round_trip(library, RemoveFromCollection(box, (posts[0], posts[1])))
    assert result.value == (posts[0],)
    assert library.collection_post_ids(box) == []


def test_deleting_a_collection_takes_its_subcollections_and_undo_brings_all_back(
    library: Library, posts: list[int]
) -> None:
    reading = _make(library, "Reading")
    climate = _make(library, "Climate", reading)
    library.run(AddToCollection(climate, (posts[2],)))
    library.run(AddToCollection(reading, (posts[1],)))
    result = round_trip(library, DeleteCollection(reading))
    assert set(result.change.collections_changed) == {reading, climate}
    assert result.value == 2
    # Posts never leave the library with their collection.
    assert library.counts()[0] == 3


def test_rename_and_move_refuse_names_taken_and_cycles(library: Library) -> None:
    reading = _make(library, "Reading")
    climate = _make(library, "Climate", reading)
    _make(library, "Teaching")
    round_trip(library, RenameCollection(climate, "Climate change"))
    with pytest.raises(InvalidCollection, match="already a collection named 'Teaching'"):
        library.run(RenameCollection(reading, "teaching"))
    with pytest.raises(InvalidCollection, match="cannot hold '/'"):
        library.run(CreateCollection("A/B"))
    with pytest.raises(InvalidCollection, match="inside itself"):
        library.run(MoveCollection(reading, climate))
    result = round_trip(library, MoveCollection(climate, None))
    assert result.value == reading
    assert [c.path for c in library.collections()] == ["Climate change", "Reading", "Teaching"]


def test_unknown_collection_paths_are_named(library: Library) -> None:
    _make(library, "Reading")
    with pytest.raises(NotFound, match="no collection named 'Maps' in 'Reading'"):
        library.find_collection("Reading/Maps")


def test_post_tags_are_added_and_removed_undoably_and_filter_the_list(
    library: Library, posts: list[int]
) -> None:
    result = round_trip(library, TagPosts((posts[0], posts[1]), add=("ferry", " to read ")))
    assert result.change.posts_changed == (posts[0], posts[1])
    assert set(result.change.tags_changed) == {"ferry", "to read"}
    assert library.post_tags(posts[0]) == ("ferry", "to read")
    assert "to read" in library.tags()
    assert _listed(library, Listing(tag="ferry")) == {posts[0], posts[1]}
    removed = round_trip(library, TagPosts((posts[0],), remove=("ferry",)))
    assert removed.change.tags_changed == ("ferry",)
    assert library.post_tags(posts[0]) == ("to read",)
    assert library.run(TagPosts((posts[0],), add=("to read",))).undo is None


def test_every_tag_in_use_is_listed_once_ignoring_case_in_order(
    library: Library, posts: list[int]
) -> None:
    # Tags of posts and of clips, some on both, read from each table's tag
    # index one distinct tag at a time.
    library.run(TagPosts((posts[0], posts[1]), add=("Zebra", "ferry", "apple")))
    span = library.find_span(posts[0], paragraph=1)
    clip, _ = library.clip(posts[0], span, tags=["ferry", "Boat", "zebra"])
    assert library.tags() == ["apple", "Boat", "ferry", "Zebra", "zebra"]
    library.run(TagPosts((posts[0], posts[1]), remove=("apple", "Zebra")))
    library.update_clip(clip.id, tags=["ferry"])
    assert library.tags() == ["ferry"]


def test_a_post_note_is_set_undone_and_cleared(library: Library, posts: list[int]) -> None:
    text = "# Why it matters\n\n- the *ferry* schedule\n- compare with ¶ 3\n"
    result = round_trip(library, SetPostNote(posts[1], text))
    assert result.change.posts_changed == (posts[1],)
    assert library.post_note(posts[1]) == text
    cleared = round_trip(library, SetPostNote(posts[1], "  \n"))
    assert cleared.value == text
    assert library.post_note(posts[1]) == ""


def test_deleting_a_post_and_undoing_keeps_its_collections_tags_and_note(
    library: Library, posts: list[int]
) -> None:
    box = _make(library, "Box")
    library.run(AddToCollection(box, (posts[0],)))
    library.run(TagPosts((posts[0],), add=("ferry",)))
    library.run(SetPostNote(posts[0], "kept"))
    before = dump(library.location)
    deleted = library.run(DeletePosts((posts[0],)))
    assert deleted.change.collections_changed == (box,)
    assert deleted.change.tags_changed == ("ferry",)
    assert library.collection_post_ids(box) == []
    assert deleted.undo is not None
    library.run(deleted.undo)
    assert dump(library.location) == before


def test_a_library_of_version_6_gains_the_new_tables(tmp_path: Path) -> None:
    from quotemark.library.store import schema

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    schema.migrate(conn, path, tmp_path / "backups", schema.MIGRATIONS[:6])
    conn.close()
    with Library.open(path) as library:
        assert library.collections() == []
        box = library.run(CreateCollection("Box")).value
        assert library.collection_post_ids(box) == []
