"""Clips, their keys, undo, export scopes and re-extraction through the
Library facade, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from quotemark.library.errors import ExportError, InvalidKey, QuotemarkError
from quotemark.library.model import (
    Analysis,
    Block,
    BlockKind,
    Position,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from quotemark.library.operations import SetPostTags
from quotemark.library.service import ExportScope, Library, PostHasClips
from quotemark.library.store import codec
from tests.library.engines import run
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post
from tests.library.undo import span_of

QUOTE = "“We waited eleven years for this crossing,”"


@pytest.fixture
def post_id(library: Library, tmp_path: Path) -> int:
    """The test post with one quotation (by the harbour master) and a quote
    nested in it."""
    path = write_post(
        tmp_path / "in",
        "ferry.html",
        "The Night Ferry Returns",
        heading="Back on the water",
        url="https://x.example/ferry",
    )
    outer = Quote(
        span_of(2, PARAGRAPHS[1], QUOTE),
        QuoteKind.INLINE,
        Speaker("Marta Ilves", "harbour master", 0.9),
    )
    inner = Quote(
        span_of(2, PARAGRAPHS[1], "eleven years"),
        QuoteKind.NESTED,
        Speaker("The minister", None, 0.5),
        parent=0,
    )
    result = library.store_processed(str(path), processed(path, Analysis(quotes=(outer, inner))))
    assert result.post_id is not None
    return result.post_id


def test_clip_takes_the_quote_speaker_and_paragraph(library: Library, post_id: int) -> None:
    post = library.post(post_id)
    block = next(i for i, b in enumerate(post.blocks) if b.text == PARAGRAPHS[1])
    span = library.find_span(post_id, text="waited eleven")
    assert span.start.block == block
    clip, change = library.clip(post_id, span, note="first night", tags=["ferry", " ferry ", ""])
    assert clip.key == "laane2024night-c1"
    assert (clip.speaker, clip.role, clip.quote_index) == ("Marta Ilves", "harbour master", 0)
    assert clip.paragraph == 2  # the heading is not numbered
    assert clip.tags == ("ferry",)
    assert change.clips_added == (clip.id,)
    assert library.get_clip(clip.id) == clip
    nested, _ = library.clip(post_id, library.find_span(post_id, text="eleven years"))
    assert (nested.speaker, nested.quote_index) == ("The minister", 1)
    outside, _ = library.clip(post_id, library.find_span(post_id, paragraph=1))
    assert (outside.speaker, outside.quote_index) == (None, None)
    assert [c.key for c in library.clips(post_id=post_id)] == [
        "laane2024night-c1",
        "laane2024night-c2",
        "laane2024night-c3",
    ]


def test_all_clips_are_counted_and_read_a_page_at_a_time(library: Library, post_id: int) -> None:
    """What the Clips tab's "All clips" reads: the database counts the list,
    returns a page from an offset (oldest first) and says how many clips
    come before one; Mine keeps this library's maker's clips."""
    made = [library.clip(post_id, library.find_span(post_id, paragraph=n))[0].id for n in (1, 2, 3)]
    library.set_display_name("Ana Colleague")
    theirs = library.clip(post_id, library.find_span(post_id, text="waited eleven"))[0].id
    assert library.clip_list_count() == 4
    assert [c.id for c in library.clip_list_page(1, 2)] == made[1:3]
    assert [c.id for c in library.clip_list_page(3, 10)] == [theirs]
    assert library.clip_list_page(4, 10) == []
    assert library.clip_list_row(made[2]) == 2
    assert library.clip_list_row(theirs + 1) == 4  # where a newer clip would go
    assert library.clip_list_count(mine=True) == 1
    assert [c.id for c in library.clip_list_page(0, 10, mine=True)] == [theirs]
    assert library.clip_list_row(theirs, mine=True) == 0


def test_selection_whitespace_is_trimmed_and_bad_spans_refused(
    library: Library, post_id: int
) -> None:
    post = library.post(post_id)
    last = len(post.blocks) - 1
    whole = Span(Position(last - 1, 0), Position(last, 5), "")
    clip, _ = library.clip(post_id, whole)
    assert clip.text == post.blocks[last - 1].text + "\n" + post.blocks[last].text[:5]
    with pytest.raises(QuotemarkError):
        library.clip(post_id, Span(Position(99, 0), Position(99, 3), "abc"))
    with pytest.raises(QuotemarkError):
        library.clip(post_id, Span(Position(0, 3), Position(0, 3), ""))


def test_clip_keys_are_never_reused(library: Library, post_id: int) -> None:
    span = library.find_span(post_id, paragraph=1)
    first, _ = library.clip(post_id, span)
    second, _ = library.clip(post_id, span)
    library.delete_clips([second.id])
    third, _ = library.clip(post_id, span)
    assert third.key == "laane2024night-c3"
    assert third.id != second.id
    library.set_post_key(post_id, "Laane:ferry")
    fourth, _ = library.clip(post_id, span)
    assert fourth.key == "Laane:ferry-c4"
    assert library.get_clip(first.id).key == "laane2024night-c1"  # never renamed


def test_user_keys_are_checked(library: Library, post_id: int) -> None:
    span = library.find_span(post_id, paragraph=1)
    clip, _ = library.clip(post_id, span)
    other, _ = library.clip(post_id, span)
    with pytest.raises(InvalidKey, match="contains ' '"):
        library.update_clip(clip.id, key="my key")
    with pytest.raises(InvalidKey, match="already used by clip"):
        library.update_clip(clip.id, key=other.key.upper())
    with pytest.raises(InvalidKey, match="already used by post"):
        library.update_clip(clip.id, key="laane2024night")
    with pytest.raises(InvalidKey, match="empty"):
        library.set_post_key(post_id, "  ")
    change = library.update_clip(clip.id, key="ilves-ferry", note="n", tags=["b", "a"])
    assert change.clips_changed == (clip.id,)
    again = library.get_clip(clip.id)
    assert (again.key, again.note, again.tags) == ("ilves-ferry", "n", ("a", "b"))
    assert library.tags() == ["a", "b"]


def test_delete_post_with_clips_needs_force_and_undo_restores_everything(
    library: Library, post_id: int
) -> None:
    span = library.find_span(post_id, quote=1)
    clip, _ = library.clip(post_id, span, note="kept", tags=["t"])
    before_post = library.post(post_id)
    with pytest.raises(PostHasClips, match="1 clip"):
        library.delete_post(post_id)
    assert library.post_summary(post_id).clip_count == 1
    deleted, change = library.delete_post(post_id, force=True)
    assert change.posts_removed == (post_id,)
    assert change.clips_removed == (clip.id,)
    assert library.posts() == []
    assert library.clips() == []
    assert library.search("ferry") == []
    change = library.restore_post(deleted)
    assert change.posts_added == (post_id,)
    assert library.post(post_id) == before_post
    assert library.clips() == [clip]
    assert [h.post.id for h in library.search("ferry")] == [post_id]
    assert library.sources(post_id=post_id) == []
    nxt, _ = library.clip(post_id, span)
    assert nxt.key == "laane2024night-c2"


def test_delete_and_restore_clips(library: Library, post_id: int) -> None:
    span = library.find_span(post_id, paragraph=3)
    a, _ = library.clip(post_id, span, tags=["x"])
    b, _ = library.clip(post_id, span, note="b")
    removed, change = library.delete_clips([a.id, b.id])
    assert removed == [a, b]
    assert change.clips_removed == (a.id, b.id)
    assert library.clips() == []
    library.restore_clips(removed)
    assert library.clips() == [a, b]


def test_citations_and_export_scopes(library: Library, post_id: int, tmp_path: Path) -> None:
    span = library.find_span(post_id, quote=1)
    tagged, _ = library.clip(post_id, span, tags=["paper"])
    library.clip(post_id, library.find_span(post_id, paragraph=1))
    every = library.citations()
    assert [c.clip.key if c.clip else c.post_key for c in every] == [
        "laane2024night",
        "laane2024night-c1",
        "laane2024night-c2",
    ]
    assert every[0].accessed == library.post(post_id).imported[:10]
    by_tag = library.citations(ExportScope(tag="paper"))
    assert [c.clip.id for c in by_tag if c.clip] == [tagged.id]
    text = library.export("biblatex", scope=ExportScope(tag="paper"))
    entries = bibtexparser.parse_string(text).entries
    # biblatex: the clip key is an alias of the post, the passage in "<key>:clip".
    assert [e.key for e in entries] == ["laane2024night", "laane2024night-c1:clip"]
    assert "Marta Ilves" in text
    only_posts = library.export("bibtex", posts_only=True)
    assert [e.key for e in bibtexparser.parse_string(only_posts).entries] == ["laane2024night"]
    target = tmp_path / "out" / "refs.bib"
    target.parent.mkdir()
    assert library.export_to_file(target, "biblatex") == 3
    assert "@online{laane2024night-c2:clip," in target.read_text(encoding="utf-8")
    with pytest.raises(ExportError, match="missing"):
        library.export_to_file(tmp_path / "missing" / "refs.bib", "biblatex")
    assert target.read_text(encoding="utf-8").count("@online") == 3


def _store_old_blocks(path: Path | str, post_id: int, blocks: list[Block]) -> None:
    """Make the stored post look as an older extractor left it."""
    run(
        path,
        "UPDATE post_content SET blocks = ? WHERE post_id = ?",
        (codec.pack(codec.blocks_to_json(blocks)), post_id),
    )


def test_reextract_finds_clips_again_and_keeps_lost_ones(library: Library, tmp_path: Path) -> None:
    path = write_post(tmp_path / "in", "ferry.html", "The Night Ferry Returns")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    current = list(library.post(post_id).blocks)
    chrome = Block(BlockKind.PARAGRAPH, "Labels: ferries, islands. Share this post on Twitter.")
    _store_old_blocks(library.location, post_id, [chrome, *current])
    kept, _ = library.clip(post_id, library.find_span(post_id, text="ticket office sold"))
    gone, _ = library.clip(post_id, library.find_span(post_id, text="Share this post"))
    assert kept.span.start.block == 3
    report = library.reextract_posts([post_id])
    assert report.change.posts_changed == (post_id,)
    assert report.lost_clips == (gone.id,)
    assert gone.key in report.messages[0]
    assert report.failed == ()
    moved = library.get_clip(kept.id)
    assert moved.span.start.block == 2
    assert moved.paragraph == 3
    assert moved.key == kept.key
    still = library.get_clip(gone.id)
    assert still.span == gone.span  # kept, never deleted
    assert library.lost_clips() == {gone.id}
    assert [b.text for b in library.post(post_id).blocks] == [b.text for b in current]
    assert library.post(post_id).key == "laane2024night"


def test_reimport_a_newer_save_keeps_id_key_and_clips(library: Library, tmp_path: Path) -> None:
    path = write_post(tmp_path / "v1", "ferry.html", "The Night Ferry Returns")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    kept, _ = library.clip(post_id, library.find_span(post_id, text="ticket office sold"))
    gone, _ = library.clip(post_id, library.find_span(post_id, text="winter timetable"))
    newer = write_post(
        tmp_path / "v2",
        "ferry-updated.html",
        "The Night Ferry Returns (updated)",
        paragraphs=["Update: the second night was full as well.", *PARAGRAPHS[:3]],
    )
    report = library.reimport(post_id, newer)
    assert report.change.posts_changed == (post_id,)
    assert report.lost_clips == (gone.id,)
    post = library.post(post_id)
    assert post.key == "laane2024night"
    assert post.metadata.title == "The Night Ferry Returns (updated)"
    assert post.file_name == "ferry-updated.html"
    assert library.get_clip(kept.id).span.start.block == 3
    assert library.reextract_posts([post_id]).change.posts_changed == (post_id,)
    assert library.post(post_id).blocks[0].text.startswith("Update:")  # the new original
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    with pytest.raises(QuotemarkError, match=r"empty\.html"):
        library.reimport(post_id, empty)
    assert library.post(post_id) == post


def test_the_tags_in_use_come_from_clips_and_posts_once_each(
    library: Library, post_id: int
) -> None:
    # Listed by stepping along each table's tag index (store/clips.py):
    # every tag once, whichever table holds it, gone when no longer used.
    span = library.find_span(post_id, paragraph=1)
    first, _ = library.clip(post_id, span)
    second, _ = library.clip(post_id, span)
    library.update_clip(first.id, tags=["Zeta", "alpha", "mid"])
    library.update_clip(second.id, tags=["mid", "alpha"])
    library.run(SetPostTags(((post_id, ("mid", "post only", "Zeta")),)))
    assert library.tags() == ["alpha", "mid", "post only", "Zeta"]
    library.update_clip(first.id, tags=[])
    library.run(SetPostTags(((post_id, ()),)))
    assert library.tags() == ["alpha", "mid"]
