"""A page saved again after it changed replaces the stored post when the
researcher says so (stop 39, s39-reimport): the import marks such a file,
and :class:`ReimportPosts` replaces any number of posts in one undoable
step, keeping clips (found again, or marked lost, never deleted),
corrections, tags, collections and notes. Both engines."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.operations import (
    AddToCollection,
    CreateCollection,
    EditMetadata,
    ReimportPosts,
    SetPostNote,
    SetPostTags,
    SetSpeaker,
)
from quotemark.library.service import ImportStatus, Library
from tests.library.test_store_pages import PARAGRAPHS, write_post

URL = "https://harbour.example/night-ferry"


def _newer(folder: Path, name: str = "ferry.html", title: str = "The Night Ferry") -> Path:
    # The same page saved later: a paragraph added at the top, the last
    # one (with "winter timetable") gone.
    return write_post(
        folder,
        name,
        title,
        url=URL,
        paragraphs=["Tom Hale said the pier reopens.", *PARAGRAPHS[:3]],
    )


def _imported(library: Library, tmp_path: Path) -> int:
    """The first save imported; its post's id."""
    path = write_post(tmp_path / "v1", "ferry.html", "The Night Ferry", url=URL)
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    return post_id


def test_a_changed_copy_is_marked_replaceable_and_the_same_file_is_not(
    library: Library, tmp_path: Path
) -> None:
    path = write_post(tmp_path / "v1", "ferry.html", "The Night Ferry", url=URL)
    [first] = library.import_paths([path]).results
    again = library.import_paths([path])
    assert not again.replaceable  # the same text twice: nothing to replace
    changed = library.import_paths([_newer(tmp_path / "v2")])
    [result] = changed.replaceable
    assert result.status is ImportStatus.DUPLICATE
    assert result.post_id == first.post_id


def test_replacing_keeps_what_the_researcher_made_and_undo_puts_it_all_back(
    library: Library, tmp_path: Path
) -> None:
    post_id = _imported(library, tmp_path)
    kept, _ = library.clip(post_id, library.find_span(post_id, text="ticket office sold"))
    gone, _ = library.clip(post_id, library.find_span(post_id, text="winter timetable"))
    library.run(SetPostTags(((post_id, ("ferries",)),)))
    library.run(SetPostNote(post_id, "Ask Ada Lind about the timetable."))
    collection = library.run(CreateCollection("Harbour")).value
    library.run(AddToCollection(collection, (post_id,)))
    library.run(EditMetadata(post_id, (("authors", ["Ada Lind"]),)))
    [quote] = library.post(post_id).analysis.quotes  # Marta Ilves's, in both copies
    library.run(SetSpeaker(post_id, 1, "Ada Lind", "the harbour clerk"))
    old_blocks = library.post(post_id).blocks

    newer = _newer(tmp_path / "v2", "ferry-later.html")
    result = library.run(ReimportPosts(((post_id, newer),)))
    report = result.value
    assert result.label == "Replace 1 post with the new copy"
    assert report.change.posts_changed == (post_id,)
    assert report.lost_clips == (gone.id,)
    assert any("ferry-later.html" in m and gone.key in m for m in report.messages)
    post = library.post(post_id)
    assert post.blocks[0].text == "Tom Hale said the pier reopens."
    assert library.get_clip(kept.id).span.start.block == 3  # re-anchored
    assert library.get_clip(gone.id).text == gone.text  # kept, never deleted
    assert library.lost_clips() == {gone.id}
    assert library.post_tags(post_id) == ("ferries",)
    assert library.post_note(post_id) == "Ask Ada Lind about the timetable."
    assert library.post_collections(post_id) == [collection]
    assert post.metadata.authors == ("Ada Lind",)  # the correction kept
    [moved] = post.analysis.quotes
    assert moved.span.text == quote.span.text
    assert moved.speaker is not None
    assert (moved.speaker.name, moved.speaker.role) == ("Ada Lind", "the harbour clerk")

    assert result.undo is not None
    library.run(result.undo)
    assert library.post(post_id).blocks == old_blocks
    assert library.get_clip(kept.id).span == kept.span
    assert library.get_clip(gone.id).span == gone.span
    assert library.lost_clips() == set()


def test_a_corrected_field_the_new_copy_reads_differently_is_kept_and_told(
    library: Library, tmp_path: Path
) -> None:
    post_id = _imported(library, tmp_path)
    library.run(EditMetadata(post_id, (("title", "Night Ferry (corrected)"),)))
    library.run(EditMetadata(post_id, (("authors", ["Ada Lind"]),)))
    newer = _newer(tmp_path / "v2", title="The Night Ferry Sails Again")
    report = library.run(ReimportPosts(((post_id, newer),))).value
    assert library.post(post_id).metadata.title == "Night Ferry (corrected)"
    # The title's reading changed: said, with both values; the author's did not.
    told = [m for m in report.messages if "correction" in m]
    assert told == [
        f"ferry.html (post {post_id}): the new copy reads its title as"
        " \u201cThe Night Ferry Sails Again\u201d; your correction"
        " \u201cNight Ferry (corrected)\u201d was kept."
    ]


def test_many_files_are_one_step_and_a_bad_file_is_named_and_left(
    library: Library, tmp_path: Path
) -> None:
    ids = []
    for n in range(3):
        url = f"{URL}-{n}"
        lead = [f"Crossing {n}: Ada Lind counted the passengers.", *PARAGRAPHS]
        path = write_post(
            tmp_path / "v1", f"ferry{n}.html", f"The Night Ferry {n}", url=url, paragraphs=lead
        )
        [imported] = library.import_paths([path]).results
        assert imported.status is ImportStatus.IMPORTED
        ids.append(imported.post_id)
    newer = [
        write_post(
            tmp_path / "v2",
            f"ferry{n}.html",
            f"Ferry {n} again",
            url=f"{URL}-{n}",
            paragraphs=[f"Crossing {n}: Tom Hale counted again.", *PARAGRAPHS],
        )
        for n in range(2)
    ]
    empty = tmp_path / "v2" / "ferry2.html"
    empty.write_bytes(b"")
    seen: list[tuple[int, int, str]] = []
    items = tuple(zip(ids, [*newer, empty], strict=True))
    result = library.run(ReimportPosts(items), progress=lambda d, t, s: seen.append((d, t, s)))
    assert result.value.failed == (ids[2],)
    assert result.value.messages[0].startswith(f"ferry2.html: post {ids[2]} was left as it was: ")
    assert str(tmp_path) not in result.value.messages[0]
    assert [s for _, _, s in seen] == ["ferry0.html", "ferry1.html", "ferry2.html"]
    assert library.post(ids[0]).metadata.title == "Ferry 0 again"
    assert library.post(ids[2]).metadata.title == "The Night Ferry 2"
    assert result.undo is not None
    library.run(result.undo)
    assert [library.post(i).metadata.title for i in ids[:2]] == [
        "The Night Ferry 0",
        "The Night Ferry 1",
    ]


def test_cancelling_stops_at_the_next_file_and_says_so(library: Library, tmp_path: Path) -> None:
    import threading

    post_id = _imported(library, tmp_path)
    stop = threading.Event()
    stop.set()
    result = library.run(ReimportPosts(((post_id, _newer(tmp_path / "v2")),)), cancel=stop)
    assert result.value.messages == ("Cancelled: the remaining posts were left as they were.",)
    assert result.undo is None
    assert library.post(post_id).metadata.title == "The Night Ferry"


def test_a_clip_whose_passage_went_says_so_and_stays_so_through_delete_and_undo(
    library: Library, tmp_path: Path
) -> None:
    from quotemark.library.operations import DeleteClips

    post_id = _imported(library, tmp_path)
    gone, _ = library.clip(post_id, library.find_span(post_id, text="winter timetable"))
    assert not gone.lost
    library.run(ReimportPosts(((post_id, _newer(tmp_path / "v2")),)))
    assert library.get_clip(gone.id).lost
    deleted = library.run(DeleteClips((gone.id,)))
    assert deleted.undo is not None
    library.run(deleted.undo)
    assert library.get_clip(gone.id).lost
