"""Two people editing the same clip (on both engines): each edit says what
it started from, and the second save, made over a value someone else
changed meanwhile, is refused with the current value shown; nothing is
overwritten silently, and undo never reverts a colleague's later edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.errors import EditConflict
from quotemark.library.operations import EditClip, EditMetadata
from quotemark.library.service import Library
from tests.library.test_store_pages import write_post


@pytest.fixture
def clip_id(library: Library, tmp_path: Path) -> int:
    report = library.import_paths([write_post(tmp_path, "ferry.html", "Night Ferry")])
    post_id = report.results[0].post_id
    assert post_id is not None
    clip, _ = library.clip(post_id, library.find_span(post_id, paragraph=1), note="first")
    return clip.id


def test_the_second_of_two_note_edits_is_refused_with_the_current_note(
    library: Library, location: Path | str, clip_id: int
) -> None:
    with Library.open(location) as colleague:
        # Both started editing when the note read "first"; the colleague saves first.
        colleague.run(EditClip(clip_id, note="theirs", was_note="first"))
        with pytest.raises(EditConflict) as refused:
            library.run(EditClip(clip_id, note="mine", was_note="first"))
    assert refused.value.current == "theirs"
    assert "“theirs”" in refused.value.message
    assert "not saved" in refused.value.message
    assert [c.note for c in library.clips()] == ["theirs"]
    # Starting again from what is there now works.
    library.run(EditClip(clip_id, note="mine", was_note="theirs"))
    assert [c.note for c in library.clips()] == ["mine"]


def test_tags_and_keys_are_checked_too_and_unchecked_fields_pass(
    library: Library, location: Path | str, clip_id: int
) -> None:
    key = library.clips()[0].key
    with Library.open(location) as colleague:
        colleague.run(EditClip(clip_id, tags=("harbour", "night"), was_tags=()))
        colleague.run(EditClip(clip_id, key="ferry-by-night", was_key=key))
    with pytest.raises(EditConflict) as tags_refused:
        library.run(EditClip(clip_id, tags=("mine",), was_tags=()))
    assert tags_refused.value.current == "harbour, night"
    with pytest.raises(EditConflict) as key_refused:
        library.run(EditClip(clip_id, key="my-key", was_key=key))
    assert key_refused.value.current == "ferry-by-night"
    # The order tags were shown in does not matter; a note edit does not
    # care what happened to the tags.
    library.run(EditClip(clip_id, tags=("mine",), was_tags=("night", "harbour")))
    library.run(EditClip(clip_id, note="n", was_note="first"))
    (clip,) = library.clips()
    assert (clip.note, clip.tags, clip.key) == ("n", ("mine",), "ferry-by-night")


def test_undo_does_not_revert_a_colleagues_later_edit(
    library: Library, location: Path | str, clip_id: int
) -> None:
    mine = library.run(EditClip(clip_id, note="mine", was_note="first"))
    with Library.open(location) as colleague:
        colleague.run(EditClip(clip_id, note="theirs", was_note="mine"))
    assert mine.undo is not None
    with pytest.raises(EditConflict):
        library.run(mine.undo)
    assert [c.note for c in library.clips()] == ["theirs"]


@pytest.fixture
def post_id(library: Library, clip_id: int) -> int:
    return library.clips()[0].post_id


def test_the_second_of_two_title_corrections_is_refused_with_the_current_title(
    library: Library, location: Path | str, post_id: int
) -> None:
    title = library.post(post_id).metadata.title
    with Library.open(location) as colleague:
        colleague.run(EditMetadata(post_id, (("title", "Their Title"),), was=(("title", title),)))
    with pytest.raises(EditConflict) as refused:
        library.run(EditMetadata(post_id, (("title", "My Title"),), was=(("title", title),)))
    assert refused.value.current == "Their Title"
    assert "post's title" in refused.value.message
    assert library.post(post_id).metadata.title == "Their Title"
    # Another field, or the same one started from what is there now, is saved.
    site = library.post(post_id).metadata.site
    library.run(EditMetadata(post_id, (("site", "Harbour Press"),), was=(("site", site),)))
    library.run(EditMetadata(post_id, (("title", "My Title"),), was=(("title", "Their Title"),)))
    assert library.post(post_id).metadata.title == "My Title"


def test_a_citation_key_changed_meanwhile_is_not_overwritten(
    library: Library, location: Path | str, post_id: int
) -> None:
    key = library.post(post_id).key
    with Library.open(location) as colleague:
        colleague.run(EditMetadata(post_id, key="their-key", was=(("key", key),)))
    with pytest.raises(EditConflict) as refused:
        library.run(EditMetadata(post_id, key="my-key", was=(("key", key),)))
    assert refused.value.current == "their-key"
    assert library.post(post_id).key == "their-key"
