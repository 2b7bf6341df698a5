"""Clips made before schema version 15 get who quoted them (stop 43,
s43-ui): the upgrade lists the posts to fill (version 16), and
``Library.fill_quoted_by`` fills them a batch at a time from each post's
stored, corrected reading, never over a speaker or a "quoted by" someone
wrote. And a Quotemark whose library a newer one upgraded while it had it
open refuses to write, naming the library and both versions."""

from __future__ import annotations

import shutil
from contextlib import closing
from pathlib import Path

import pytest

from quotemark.library.errors import NewerLibrary
from quotemark.library.service import Library
from quotemark.library.store import engine, quoted_by_fill, schema
from tests.conftest import ROOT
from tests.library.engines import run, second_connection
from tests.library.older_library import dropped_since
from tests.library.test_clip_quoted_by import INNER, OUTER, OWN, _tide

OLD_FILE = ROOT / "tests" / "fixtures" / "libraries" / "tide-v14.sqlite3"


def _pending(location: Path | str) -> int:
    with closing(second_connection(location)) as conn:
        return int(conn.execute("SELECT count(*) FROM quoted_by_pending").fetchone()[0])


def test_a_real_version_14_library_upgrades_and_its_old_nested_clip_gets_who_quoted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file an older Quotemark wrote (tests/fixtures/libraries/README.md).
    monkeypatch.setenv("QUOTEMARK_HOME", str(tmp_path / "home"))
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(OLD_FILE, path)
    with Library.open(path) as library:
        by_text = {clip.text: clip for clip in library.clips()}
        assert by_text[INNER].quoted_by is None  # opening fills nothing: it stays fast
        assert _pending(path) == 1
        assert library.fill_quoted_by() == 1
        by_text = {clip.text: clip for clip in library.clips()}
        assert by_text[INNER].quoted_by == "Ada Lind"
        assert by_text[INNER].role == "Ada Lind’s father"
        assert by_text[OWN].quoted_by is None  # Tom Hale quoting himself
        assert by_text[OUTER].quoted_by is None  # the outer quotation itself
        assert _pending(path) == 0
        assert library.fill_quoted_by() == 0
    # Another window learns which clips changed from the change log.
    with closing(second_connection(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        kinds = [row[0] for row in conn.execute("SELECT kind FROM change_log ORDER BY seq")]
    assert kinds[-1] == quoted_by_fill.KIND


def _at_version_14(location: Path | str, library: Library, tmp_path: Path, posts: int) -> list[int]:
    """``posts`` tide posts, each with a clip of the nested quotation, in a
    library taken back to version 14 and opened again (so upgraded)."""
    made = []
    for n in range(posts):
        post_id = _tide(library, tmp_path, f"tide{n}")
        clip, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
        made.append(clip.id)
    library.close()
    _back_to(location, 14)
    return made


def _back_to(location: Path | str, version: int) -> None:
    """The library at ``location`` taken back to schema ``version``."""
    for statement in dropped_since(version):
        run(location, statement)
    if engine.is_url(location):
        run(location, "UPDATE quotemark_schema SET version = ?", (version,))
    else:
        run(location, f"PRAGMA user_version = {version}")


def test_the_fill_never_writes_over_a_speaker_or_quoted_by_someone_wrote(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    kept, other_speaker, plain = _at_version_14(location, library, tmp_path, 3)
    with Library.open(location) as upgraded:
        assert _pending(location) == 3
        # Written after the upgrade, before the fill reached them: a
        # researcher's "quoted by", a speaker that is not the reading's.
        run(location, "UPDATE clips SET quoted_by = 'Ruth Okafor' WHERE id = ?", (kept,))
        run(
            location,
            "UPDATE clips SET speaker = 'Tom Hale', role = NULL WHERE id = ?",
            (other_speaker,),
        )
        assert upgraded.fill_quoted_by() == 1
        assert upgraded.get_clip(kept).quoted_by == "Ruth Okafor"
        assert upgraded.get_clip(other_speaker).quoted_by is None
        assert upgraded.get_clip(other_speaker).speaker == "Tom Hale"
        assert upgraded.get_clip(plain).quoted_by == "Ada Lind"


def test_the_fill_stops_between_batches_when_asked_and_goes_on_later(
    library: Library, location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quoted_by_fill, "BATCH", 2)
    clips = _at_version_14(location, library, tmp_path, 5)
    with Library.open(location) as upgraded:
        asked: list[int] = []

        def stop() -> bool:
            asked.append(1)
            return len(asked) > 1  # after the first batch

        assert upgraded.fill_quoted_by(stop) == 2
        assert _pending(location) == 3
        assert [upgraded.get_clip(c).quoted_by for c in clips] == ["Ada Lind"] * 2 + [None] * 3
    with Library.open(location) as again:
        assert again.fill_quoted_by() == 3
        assert [again.get_clip(c).quoted_by for c in clips] == ["Ada Lind"] * 5
        assert _pending(location) == 0


def test_a_deleted_post_on_the_list_is_passed_over(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    clips = _at_version_14(location, library, tmp_path, 2)
    with Library.open(location) as upgraded:
        gone = upgraded.get_clip(clips[0]).post_id
        upgraded.delete_post(gone, force=True)
        assert upgraded.fill_quoted_by() == 1
        assert upgraded.get_clip(clips[1]).quoted_by == "Ada Lind"
        assert _pending(location) == 0


def test_a_library_upgraded_by_a_newer_quotemark_while_open_is_not_written(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    # A colleague's newer Quotemark upgrades the shared library while this
    # one has it open: this one's writes would leave the newer columns
    # empty, unseen. It refuses, naming the library and both versions, and
    # nothing is lost.
    post_id = _tide(library, tmp_path)
    first, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    newer = schema.VERSION + 1
    if engine.is_url(location):
        run(location, "UPDATE quotemark_schema SET version = ?", (newer,))
    else:
        run(location, f"PRAGMA user_version = {newer}")
    with pytest.raises(NewerLibrary) as refused:
        library.clip(post_id, library.find_span(post_id, text=OWN))
    message = refused.value.message
    assert library.location in message
    assert f"schema version {newer}" in message
    assert f"writes version {schema.VERSION}" in message
    assert "not saved" in message
    assert [clip.text for clip in library.clips()] == [first.text]
    with closing(second_connection(location)) as conn:
        assert conn.execute("SELECT count(*) FROM clips").fetchone()[0] == 1
    # Reading goes on.
    assert library.get_clip(first.id).quoted_by == "Ada Lind"


def test_a_bug_reading_one_post_does_not_stop_the_fill_at_it(
    library: Library,
    location: Path | str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The window's thread would end at that post unseen, and stop there at
    # every start, the posts after it never filled.
    from quotemark.library.store import reextract

    clips = _at_version_14(location, library, tmp_path, 3)
    with Library.open(location) as upgraded:
        broken = upgraded.get_clip(clips[1]).post_id
        read = quoted_by_fill.clip_speaker
        asked: list[int] = []

        def clip_speaker(analysis: object, quote: int) -> tuple[str | None, str | None, str | None]:
            asked.append(1)
            if len(asked) == 2:  # the second post's clip
                raise ValueError("a reading this Quotemark gets wrong")
            return read(analysis, quote)  # type: ignore[arg-type]

        monkeypatch.setattr(quoted_by_fill, "clip_speaker", clip_speaker)
        assert reextract.clip_speaker is read
        assert upgraded.fill_quoted_by() == 2
        assert [upgraded.get_clip(c).quoted_by for c in clips] == ["Ada Lind", None, "Ada Lind"]
        assert _pending(location) == 0
    assert f"post {broken} could not be filled" in caplog.text


def test_a_repair_of_a_library_a_newer_quotemark_upgraded_meanwhile_is_refused(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    # The repair rewrites the whole search index: a newer Quotemark's index
    # may hold what this one does not write.
    _tide(library, tmp_path)
    newer = schema.VERSION + 1
    if engine.is_url(location):
        run(location, "UPDATE quotemark_schema SET version = ?", (newer,))
    else:
        run(location, f"PRAGMA user_version = {newer}")
    with pytest.raises(NewerLibrary, match=f"schema version {newer}"):
        library.repair()
    assert [hit.post.title for hit in library.search("tide")] == ["The Tide at the Pier"]


def test_a_version_15_library_upgrades_and_the_fill_changes_none_of_its_clips(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    # Version 15 wrote "quoted by" on every nested clip; its other clips in
    # a quotation are NULL, which the upgrade cannot tell from "not yet
    # known": their posts are read once and nothing is written.
    post_id = _tide(library, tmp_path)
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    own, _ = library.clip(post_id, library.find_span(post_id, text=OWN))
    library.close()
    _back_to(location, 15)
    with Library.open(location) as upgraded:
        assert _pending(location) == 1
        seen = upgraded.watch()
        assert upgraded.fill_quoted_by() == 0
        assert upgraded.get_clip(inner.id).quoted_by == "Ada Lind"
        assert upgraded.get_clip(own.id).quoted_by is None
        assert _pending(location) == 0
        assert upgraded.watch() == seen  # no change-log row for nothing
