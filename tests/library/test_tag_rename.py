"""Renaming a tag: every post and clip that had it has the new name in one
undoable step, on both engines; onto a tag in use the two merge, and undo
gives each item back exactly the names it had; an empty name is refused."""

from __future__ import annotations

import pytest

from quotemark.library.errors import InvalidTag, NotFound
from quotemark.library.operations import RenameTag, TagPosts
from quotemark.library.service import Library
from quotemark.library.store.listing import Listing
from tests.library.test_collections import (
    dump,
    posts,  # noqa: F401  (the fixture)
    round_trip,
)


def _listed(library: Library, tag: str) -> set[int]:
    return {p.id for p in library.listing_page(Listing(tag=tag), 0, 100)}


def test_a_misspelt_tag_is_renamed_on_posts_and_clips_in_one_undoable_step(
    library: Library,
    posts: list[int],  # noqa: F811
) -> None:
    library.run(TagPosts((posts[0], posts[1]), add=("ferrys", "to read")))
    span = library.find_span(posts[2], paragraph=1)
    clip, _ = library.clip(posts[2], span, tags=["ferrys", "Boat"])
    result = round_trip(library, RenameTag("ferrys", "ferries"))
    assert result.label == "Rename tag “ferrys” into “ferries”"
    assert set(result.change.tags_changed) == {"ferrys", "ferries"}
    assert set(result.change.posts_changed) == {posts[0], posts[1], posts[2]}
    assert result.change.clips_changed == (clip.id,)
    assert library.tags() == ["Boat", "ferries", "to read"]
    assert library.post_tags(posts[0]) == ("ferries", "to read")
    assert _listed(library, "ferries") == {posts[0], posts[1], posts[2]}
    assert _listed(library, "ferrys") == set()
    # The search finds a post by its own tags under the new name only.
    assert {h.post.id for h in library.search("ferries")} >= {posts[0], posts[1]}
    assert not {h.post.id for h in library.search("ferrys")} & {posts[0], posts[1]}


def test_renaming_onto_a_tag_in_use_merges_and_undo_separates_them_again(
    library: Library,
    posts: list[int],  # noqa: F811
) -> None:
    library.run(TagPosts((posts[0], posts[1]), add=("ferrys",)))
    library.run(TagPosts((posts[1], posts[2]), add=("ferry",)))
    assert library.tag_use("ferry").post_ids == (posts[1], posts[2])
    result = round_trip(library, RenameTag("ferrys", "ferry"))
    assert result.label == "Merge tag “ferrys” into “ferry”"
    assert library.tags() == ["ferry"]
    assert library.post_tags(posts[1]) == ("ferry",)  # one tag, not two rows
    assert _listed(library, "ferry") == set(posts)
    # Undone: post 1 had both and keeps both, post 0 only "ferrys" again.
    library.run(result.undo)  # type: ignore[arg-type]
    assert library.post_tags(posts[0]) == ("ferrys",)
    assert library.post_tags(posts[1]) == ("ferry", "ferrys")
    assert library.post_tags(posts[2]) == ("ferry",)


def test_an_empty_name_or_an_unused_tag_is_refused_with_nothing_changed(
    library: Library,
    posts: list[int],  # noqa: F811
) -> None:
    library.run(TagPosts((posts[0],), add=("ferrys",)))
    before = dump(library.location)
    for blank in ("", "   ", "\t\n"):
        with pytest.raises(InvalidTag, match="A tag needs a name"):
            library.run(RenameTag("ferrys", blank))
    with pytest.raises(NotFound, match="No post or clip is tagged “pier”"):
        library.run(RenameTag("pier", "piers"))
    same = library.run(RenameTag("ferrys", " ferrys "))
    assert same.undo is None
    assert not same.change
    assert dump(library.location) == before


def test_a_case_only_rename_and_spaces_in_the_new_name(
    library: Library,
    posts: list[int],  # noqa: F811
) -> None:
    library.run(TagPosts((posts[0],), add=("harbour board",)))
    round_trip(library, RenameTag("harbour board", "  Harbour   Board "))
    assert library.tags() == ["Harbour Board"]
