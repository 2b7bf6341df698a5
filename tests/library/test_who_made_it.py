"""Who made each clip, correction and import (schema version 10): the
database role on a shared library, the OS user on a file, or the display
name the researcher set; rows made before are unknown (NULL)."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from quotemark.library.operations import EditMetadata, MergeSources, RemoveSource, RenameSource
from quotemark.library.service import Library
from quotemark.library.who import BadDisplayName
from tests import pg_server as pg_server_module
from tests.library.engines import second_connection
from tests.library.older_library import as_version
from tests.library.test_store_pages import write_post


def _post_and_clip(lib: Library, folder: Path, name: str = "a.html") -> tuple[int, int]:
    post_id = lib.import_paths([write_post(folder, name, "Ferry")]).results[0].post_id
    assert post_id is not None
    clip, _ = lib.clip(post_id, lib.find_span(post_id, paragraph=1))
    return post_id, clip.id


def _imported_by(location: Path | str, post_id: int) -> object:
    with closing(second_connection(location)) as conn:
        row = conn.execute("SELECT imported_by FROM posts WHERE id = ?", (post_id,)).fetchone()
    return row[0]


def test_clips_corrections_and_imports_record_who_made_them(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    expected = getpass.getuser() if library.database == "sqlite" else _role(location)
    assert library.who == expected
    post_id, clip_id = _post_and_clip(library, tmp_path)
    assert library.get_clip(clip_id).made_by == expected
    library.run(EditMetadata(post_id, (("site", "Harbour Log"),)))
    assert [c["made_by"] for c in library.corrections()] == [expected]
    assert _imported_by(location, post_id) == expected


def test_a_display_name_replaces_the_default_and_is_never_an_address(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    library.set_display_name("  Ada   Lovelace ")
    assert library.who == "Ada Lovelace"
    post_id, clip_id = _post_and_clip(library, tmp_path)
    assert library.get_clip(clip_id).made_by == "Ada Lovelace"
    assert _imported_by(location, post_id) == "Ada Lovelace"
    for bad in ("postgresql://ann:secret@db/desk", "ann:secret@db", "password=secret"):
        with pytest.raises(BadDisplayName):
            library.set_display_name(bad)
    assert library.who == "Ada Lovelace"  # a refused name changes nothing
    library.set_display_name("")
    assert library.who != "Ada Lovelace"


def test_undo_of_a_correction_keeps_who_made_it(library: Library, tmp_path: Path) -> None:
    post_id, _ = _post_and_clip(library, tmp_path)
    library.set_display_name("Ann")
    done = library.run(EditMetadata(post_id, (("site", "Harbour Log"),)))
    library.set_display_name("Bob")
    assert done.undo is not None
    undone = library.run(done.undo)
    assert library.corrections() == []
    assert undone.undo is not None
    library.run(undone.undo)  # redo puts Ann's correction back as Ann's
    assert [c["made_by"] for c in library.corrections()] == ["Ann"]


@pytest.mark.sqlite_only("it rewrites a library to SQLite schema version 9")
def test_rows_made_before_version_10_are_unknown(library: Library, tmp_path: Path) -> None:
    post_id, clip_id = _post_and_clip(library, tmp_path)
    path = library.path
    library.close()
    as_version(path, 9)
    with Library.open(path) as reopened:
        assert reopened.get_clip(clip_id).made_by is None
        assert reopened.clips(mine=True) == []
        assert not reopened.clipped_by_others()  # an unknown maker is no colleague
        assert [c.id for c in reopened.clips()] == [clip_id]
    assert _imported_by(path, post_id) is None


def test_clipped_by_others_names_a_maker_other_than_oneself(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    post_id, _ = _post_and_clip(library, tmp_path)
    assert not library.clipped_by_others()  # only one's own clip
    with Library.open(location) as colleague:
        colleague.set_display_name("Bob Colleague")
        assert colleague.clipped_by_others()  # ours, seen from Bob's side
        theirs, _ = colleague.clip(post_id, colleague.find_span(post_id, paragraph=2))
    assert library.clipped_by_others()
    library.delete_clips([theirs.id])
    assert not library.clipped_by_others()


def _role(url: Path | str) -> str:
    with closing(second_connection(url)) as conn:
        return str(conn.execute("SELECT current_user").fetchone()[0])


@pytest.fixture
def team_desk(pg_server: pg_server_module.Server) -> Iterator[str]:
    """A team database with two researchers' login roles, qm_who_ann and
    qm_who_bob (the README's set-up)."""
    admin = psycopg.connect(pg_server.conninfo(), autocommit=True)
    try:
        admin.execute("CREATE ROLE qm_who_team NOLOGIN")
        admin.execute("CREATE ROLE qm_who_ann LOGIN IN ROLE qm_who_team")
        admin.execute("CREATE ROLE qm_who_bob LOGIN IN ROLE qm_who_team")
        admin.execute("CREATE DATABASE qm_who_desk OWNER qm_who_team")
        yield f"postgresql:///qm_who_desk?host={pg_server.socket_dir}"
    finally:
        admin.execute("DROP DATABASE IF EXISTS qm_who_desk WITH (FORCE)")
        for role in ("qm_who_ann", "qm_who_bob", "qm_who_team"):
            admin.execute(f"DROP ROLE IF EXISTS {role}")
        admin.close()


def test_two_roles_on_a_shared_library_see_whose_clip_is_whose(
    team_desk: str, tmp_path: Path
) -> None:
    with Library.open(f"{team_desk}&user=qm_who_ann") as ann, \
            Library.open(f"{team_desk}&user=qm_who_bob") as bob:  # fmt: skip
        post_id, ann_clip = _post_and_clip(ann, tmp_path)
        bob_clip, _ = bob.clip(post_id, bob.find_span(post_id, paragraph=2))
        assert {c.id: c.made_by for c in bob.clips()} == {
            ann_clip: "qm_who_ann",
            bob_clip.id: "qm_who_bob",
        }
        assert [c.id for c in ann.clips(mine=True)] == [ann_clip]
        assert [c.id for c in bob.clips(mine=True)] == [bob_clip.id]
        assert _imported_by(f"{team_desk}&user=qm_who_bob", post_id) == "qm_who_ann"


def test_library_copy_carries_who_made_it(pg_url: str, tmp_path: Path) -> None:
    with Library.open(tmp_path / "mine.sqlite3") as local:
        local.set_display_name("Ann")
        post_id, clip_id = _post_and_clip(local, tmp_path)
        local.run(EditMetadata(post_id, (("site", "Harbour Log"),)))
        with Library.open(pg_url) as shared:
            local.copy_into(shared)
            assert shared.get_clip(clip_id).made_by == "Ann"
            assert [c["made_by"] for c in shared.corrections()] == ["Ann"]
    assert _imported_by(pg_url, post_id) == "Ann"


def test_the_saved_display_name_is_kept_in_a_plain_file_and_never_an_address() -> None:
    from quotemark.library.who import save_display_name, saved_display_name

    assert saved_display_name() == ""
    assert save_display_name("  Ann\tExample ") == "Ann Example"
    assert saved_display_name() == "Ann Example"
    with pytest.raises(BadDisplayName):
        save_display_name("https://ann:secret@example.org")
    assert saved_display_name() == "Ann Example"  # nothing written
    save_display_name("")
    assert saved_display_name() == ""


def _source_makers(location: Path | str) -> dict[str, object]:
    with closing(second_connection(location)) as conn:
        rows = conn.execute("SELECT name, made_by FROM source_corrections").fetchall()
    return {str(name): made_by for name, made_by in rows}


def test_source_corrections_record_who_made_them_and_undo_keeps_it(
    library: Library, location: Path | str
) -> None:
    library.import_sample()
    library.set_display_name("Ann")
    renamed = library.run(RenameSource("reuters", "Thomson Reuters"))
    assert _source_makers(location) == {"Reuters": "Ann"}
    sources = [c for c in library.corrections() if c["kind"] == "source"]
    assert [(c["researcher"], c["made_by"]) for c in sources] == [("Thomson Reuters", "Ann")]
    library.set_display_name("Bob")
    removed = library.run(RemoveSource("Nordic Wire Service"))
    assert _source_makers(location) == {"Reuters": "Ann", "Nordic Wire Service": "Bob"}
    # Bob undoes both steps and redoes them: the rename is still Ann's.
    assert removed.undo is not None
    assert renamed.undo is not None
    redo_removal = library.run(removed.undo).undo
    redo_rename = library.run(renamed.undo).undo
    assert _source_makers(location) == {}
    assert redo_rename is not None
    assert redo_removal is not None
    library.run(redo_rename)
    library.run(redo_removal)
    assert _source_makers(location) == {"Reuters": "Ann", "Nordic Wire Service": "Bob"}


def test_each_source_names_who_last_corrected_it(library: Library) -> None:
    # What the Sources tab shows for a colleague's rename or merge.
    library.import_sample()
    library.set_display_name("Ann")
    library.run(RenameSource("reuters", "Thomson Reuters"))
    library.set_display_name("Bob")
    library.run(MergeSources(("Nordic Wire Service", "Thomson Reuters"), "Thomson Reuters"))
    names = {name: source_id for source_id, name in library.cited_source_names()}
    assert library.source_makers() == {names["Thomson Reuters"]: "Bob"}


def test_library_copy_carries_who_made_a_source_correction(pg_url: str, tmp_path: Path) -> None:
    with Library.open(tmp_path / "mine.sqlite3") as local:
        local.import_sample()
        local.set_display_name("Ann")
        local.run(MergeSources(("Nordic Wire Service", "reuters"), "Wire Desk"))
        with Library.open(pg_url) as shared:
            local.copy_into(shared)
    assert set(_source_makers(pg_url).values()) == {"Ann"}


@pytest.mark.sqlite_only("it rewrites a library to SQLite schema version 10")
def test_source_corrections_made_before_version_11_are_unknown(library: Library) -> None:
    library.import_sample()
    library.run(RenameSource("reuters", "Thomson Reuters"))
    path = library.path
    library.close()
    as_version(path, 10)
    with Library.open(path) as reopened:
        sources = [c for c in reopened.corrections() if c["kind"] == "source"]
        assert [c["made_by"] for c in sources] == [None]


def test_the_latest_correction_of_a_source_names_its_maker_within_one_second(
    library: Library,
) -> None:
    # Ann renames, Bob merges another name into it at once: Bob corrected it
    # last, whatever order the two names sort in.
    library.import_sample()
    library.set_display_name("Ann")
    library.run(RenameSource("Nordic Wire Service", "Wire Desk"))
    library.set_display_name("Bob")
    library.run(MergeSources(("reuters",), "Wire Desk"))
    names = {name: source_id for source_id, name in library.cited_source_names()}
    assert library.source_makers() == {names["Wire Desk"]: "Bob"}
