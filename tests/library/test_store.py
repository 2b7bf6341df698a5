"""The library store through the Library facade: import, duplicates, bad
input, schema versions, locking, search and sources, on real SQLite files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from quotemark.library.errors import LibraryError, LibraryLocked, NewerLibrary
from quotemark.library.importers import MAX_INPUT_BYTES
from quotemark.library.model import (
    Analysis,
    Mention,
    MentionKind,
    Position,
    Source,
    SourceKind,
    Span,
)
from quotemark.library.service import ImportStatus, Library
from quotemark.library.store import codec, db, schema
from quotemark.library.store.posts import document_json
from tests.conftest import ROOT
from tests.library.engines import second_connection
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def _row_counts(path: Path | str) -> dict[str, int]:
    conn = second_connection(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("posts", "clips", "resources", "mentions")
        }
    finally:
        conn.close()


def test_default_location_honours_quotemark_home(quotemark_home: Path) -> None:
    with Library.open() as lib:
        assert lib.path == quotemark_home / "library.sqlite3"
    assert (quotemark_home / "library.sqlite3").is_file()


def test_import_then_read_back(library: Library, tmp_path: Path) -> None:
    path = write_post(tmp_path / "in", "ferry.html", "The Night Ferry Returns")
    report = library.import_paths([path])
    [result] = report.results
    assert result.status is ImportStatus.IMPORTED
    assert result.title == "The Night Ferry Returns"
    assert report.change.posts_added == (result.post_id,)
    assert result.post_id is not None
    post = library.post(result.post_id)
    assert post.key == "laane2024night"
    assert post.metadata.authors == ("Kadri Laane",)
    assert [b.text for b in post.blocks] == list(PARAGRAPHS)
    assert post.file_name == "ferry.html"
    [row] = library.posts()
    assert (row.id, row.title, row.clip_count) == (result.post_id, post.metadata.title, 0)


def test_sample_post_imports_with_its_photo(library: Library) -> None:
    result = library.import_sample()
    assert result.status is ImportStatus.IMPORTED
    assert result.post_id is not None
    post = library.post(result.post_id)
    assert "Night Ferry" in post.metadata.title
    images = [b for b in post.blocks if b.resource]
    assert images, "the sample's local photo is a block"
    names = {r.name for r in post.resources}
    assert images[0].resource in names
    assert all(r.data for r in post.resources)
    again = library.import_sample()
    assert again.status is ImportStatus.DUPLICATE
    assert again.post_id == result.post_id


def test_reimport_same_url_or_same_content_is_a_duplicate(library: Library, tmp_path: Path) -> None:
    first = write_post(tmp_path / "a", "one.html", "Ferry", url="https://x.example/ferry")
    library.import_paths([first])
    before = _row_counts(library.location)
    # The same URL with tracking and a fragment, different text.
    same_url = write_post(
        tmp_path / "b",
        "two.html",
        "Ferry (updated)",
        url="https://www.x.example/ferry/?utm_source=feed#top",
        paragraphs=["An entirely different paragraph that is long enough to be an article."] * 3,
    )
    # The same text saved again under another name, without a URL.
    copy = tmp_path / "c" / "copy.html"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    report = library.import_paths([same_url, copy])
    assert [r.status for r in report.results] == [ImportStatus.DUPLICATE] * 2
    assert {r.post_id for r in report.results} == {library.posts()[0].id}
    assert "already in the library" in report.results[0].message
    assert _row_counts(library.location) == before
    assert not report.change


def test_bad_inputs_fail_alone_and_change_nothing(library: Library, tmp_path: Path) -> None:
    kept = library.import_paths([write_post(tmp_path / "old", "old.html", "Old Post")])
    old_id = kept.results[0].post_id
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 64)
    good = write_post(
        folder,
        "good.html",
        "A Good Post",
        url="https://x.example/good",
        paragraphs=[f"Good: {p}" for p in PARAGRAPHS],
    )
    missing = tmp_path / "nowhere.html"
    nothing = tmp_path / "no-posts"
    nothing.mkdir()
    report = library.import_paths(
        [folder / "empty.html", folder / "binary.html", missing, nothing, good]
    )
    statuses = [r.status for r in report.results]
    assert statuses == [ImportStatus.FAILED] * 4 + [ImportStatus.IMPORTED]
    for result in report.failed:
        assert Path(result.path).name in result.message
    assert len(report.failed) == 4
    assert {p.title for p in library.posts()} == {"Old Post", "A Good Post"}
    assert library.post(old_id or 0).metadata.title == "Old Post"


def test_folder_imports_recursively_in_parallel(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for number in range(9):
        write_post(
            folder / f"sub{number % 2}",
            f"post{number}.html",
            f"Island Diary Number {number}",
            url=f"https://x.example/{number}",
            paragraphs=[f"Entry {number}: {p}" for p in PARAGRAPHS],
        )
    seen: list[tuple[int, int]] = []
    report = library.import_paths([folder], progress=lambda d, t, _: seen.append((d, t)))
    assert [r.status for r in report.results] == [ImportStatus.IMPORTED] * 9
    assert seen == [(n, 9) for n in range(1, 10)]
    titles = sorted(p.title for p in library.posts())
    assert titles == sorted(f"Island Diary Number {n}" for n in range(9))
    keys = {p.key for p in library.posts()}
    assert len(keys) == 9  # same author, year and title word: a, b, c... suffixes


def test_cancel_stops_between_posts(library: Library, tmp_path: Path) -> None:
    paths = [
        write_post(
            tmp_path,
            f"p{n}.html",
            f"Post {n}",
            url=f"https://x.example/{n}",
            paragraphs=[f"{n} {p}" for p in PARAGRAPHS],
        )
        for n in range(3)
    ]
    stop = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        stop.set()

    report = library.import_paths(paths, progress=progress, cancel=stop)
    assert [r.status for r in report.results] == [
        ImportStatus.IMPORTED,
        ImportStatus.CANCELLED,
        ImportStatus.CANCELLED,
    ]
    assert len(library.posts()) == 1


def test_keys_never_change_when_other_posts_come_and_go(library: Library, tmp_path: Path) -> None:
    def add(name: str, url: str) -> int:
        path = write_post(
            tmp_path / name,
            f"{name}.html",
            "Night Ferry",
            url=url,
            paragraphs=[f"{name}: {p}" for p in PARAGRAPHS],
        )
        post_id = library.import_paths([path]).results[0].post_id
        assert post_id is not None
        return post_id

    first = add("first", "https://x.example/1")
    second = add("second", "https://x.example/2")
    assert library.post(first).key == "laane2024night"
    assert library.post(second).key == "laane2024nighta"
    library.delete_post(first)
    third = add("third", "https://x.example/3")
    assert library.post(second).key == "laane2024nighta"
    # A deleted post's key is not given to another post...
    assert library.post(third).key == "laane2024nightb"
    # ...only to the same post imported again.
    again = add("first", "https://x.example/1")
    assert library.post(again).key == "laane2024night"


def test_newer_library_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE posts (id INTEGER)")
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerLibrary) as caught:
        Library.open(path)
    assert "newer Quotemark" in caught.value.message
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION + 1
    conn.close()


def test_a_file_that_is_not_a_library_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database " * 200)
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert str(path) in caught.value.message
    assert path.read_bytes().startswith(b"these are my notes")


def test_second_writer_gets_library_locked_and_nothing_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as setup:
        post_id = setup.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0].post_id
        assert post_id is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another Quotemark in the middle of a write
    lib = Library.open(path, timeout=0.2)
    try:
        span = lib.find_span(post_id, paragraph=1)
        with pytest.raises(LibraryLocked) as caught:
            lib.clip(post_id, span, note="kept?")
        assert "another Quotemark" in caught.value.message
        other.execute("ROLLBACK")
        clip, _ = lib.clip(post_id, span, note="kept")
        assert [c.note for c in lib.clips()] == ["kept"]
        assert clip.key == "laane2024ferry-c1"
    finally:
        other.close()
        lib.close()


def test_search_takes_any_text_and_marks_matches(library: Library, tmp_path: Path) -> None:
    write_post(tmp_path / "in", "a.html", "The Night Ferry Returns", url="https://x.example/a")
    write_post(
        tmp_path / "in",
        "b.html",
        "Café Owners Protest",
        url="https://x.example/b",
        paragraphs=[
            "Owners of the small cafés on the square closed their doors on Monday morning.",
            "They say the new rent rules will push the last independent places out of town.",
            "Cafés closed on Élysée street too, where a crowd gathered before lunch.",
        ],
    )
    library.import_paths([tmp_path / "in"])
    [hit] = library.search("harbour mast")  # the last word is a prefix
    assert hit.post.title == "The Night Ferry Returns"
    assert "[harbour]" in hit.snippet
    assert "[master]" in hit.snippet
    assert [h.post.title for h in library.search("cafe elysee")] == ["Café Owners Protest"]
    assert library.search("Owners")[0].post.title == "Café Owners Protest"
    for hostile in ['"', "AND", "OR NOT", "NEAR(", "*", "title:ferry", "^ferry", "-", "'", ""]:
        library.search(hostile)  # never an FTS syntax error
    assert [h.post.title for h in library.search('"ferry" AND')] == ["The Night Ferry Returns"]


def test_clip_notes_are_searchable(library: Library, tmp_path: Path) -> None:
    post_id = library.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0].post_id
    assert post_id is not None
    assert library.search("zanzibar") == []
    clip, _ = library.clip(post_id, library.find_span(post_id, paragraph=2), note="zanzibar")
    assert [h.post.id for h in library.search("zanzibar")] == [post_id]
    library.delete_clips([clip.id])
    assert library.search("zanzibar") == []


def _cites(text: str, name: str) -> Analysis:
    start = PARAGRAPHS[0].index(text)
    span = Span(Position(0, start), Position(0, start + len(text)), text)
    return Analysis(
        sources=(Source(name, SourceKind.AGENCY),),
        mentions=(Mention(0, span, MentionKind.CREDIT),),
    )


def test_a_source_is_shared_across_posts(library: Library, tmp_path: Path) -> None:
    a = write_post(tmp_path, "a.html", "Ferry A", url="https://x.example/a")
    b = write_post(
        tmp_path,
        "b.html",
        "Ferry B",
        url="https://x.example/b",
        paragraphs=[*PARAGRAPHS[:3], "Another closing paragraph about the route and its future."],
    )
    first = library.store_processed(
        str(a), processed(a, _cites("mainland pier", "Associated Press"))
    )
    second = library.store_processed(
        str(b), processed(b, _cites("mainland pier", "associated  press."))
    )
    [source] = library.sources()
    assert (source.name, source.kind, source.post_count, source.mention_count) == (
        "Associated Press",
        SourceKind.AGENCY,
        2,
        2,
    )
    cited = library.citing(source.id)
    assert {c.post_id for c in cited} == {first.post_id, second.post_id}
    assert all(c.span.text == "mainland pier" for c in cited)
    assert {p.id for p in library.posts(source_id=source.id)} == {first.post_id, second.post_id}
    assert [s.name for s in library.sources(post_id=first.post_id)] == ["Associated Press"]
    # What a view updating after a change reads: those sources' rows alone.
    assert library.sources_by_id([source.id, source.id + 99]) == [source]
    library.delete_post(first.post_id or 0, force=True)
    library.delete_post(second.post_id or 0, force=True)
    assert library.sources_by_id([source.id]) == []  # cited by no post any more


def test_an_oversized_file_fails_alone(library: Library, tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as stream:  # sparse: no real disk use
        stream.truncate(MAX_INPUT_BYTES + 1)
    good = write_post(tmp_path, "good.html", "Small Post")
    report = library.import_paths([huge, good])
    assert [r.status for r in report.results] == [ImportStatus.FAILED, ImportStatus.IMPORTED]
    assert "huge.html" in report.results[0].message


def test_sample_imports_from_a_zipped_install(tmp_path: Path) -> None:
    """An installed Quotemark may hold ``resources`` in a zip (or a frozen
    bundle): the sample and its photo are copied out before import."""
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("resources/__init__.py", "")
        for file in (ROOT / "resources" / "samples").rglob("*"):
            if file.is_file():
                archive.write(file, file.relative_to(ROOT).as_posix())
    script = (
        "import resources, sys\n"
        "assert resources.__file__.startswith(sys.argv[1]), resources.__file__\n"
        "from library.service import Library\n"
        "with Library.open() as lib:\n"
        "    result = lib.import_sample()\n"
        "    post = lib.post(result.post_id)\n"
        "    print(result.status, len(post.resources), post.metadata.title)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(bundle)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": f"{bundle}:{ROOT}"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    status, resources, title = done.stdout.split(" ", 2)
    assert status == "imported"
    assert int(resources) >= 1
    assert "Night Ferry" in title


def test_an_older_library_is_backed_up_then_migrated(tmp_path: Path, quotemark_home: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        post_id = lib.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0].post_id
    conn = db.connect(path)
    later = (*schema.MIGRATIONS, "ALTER TABLE posts ADD COLUMN starred INTEGER NOT NULL DEFAULT 0")
    schema.migrate(conn, path, quotemark_home / "backups", later)
    assert schema.version(conn) == schema.VERSION + 1
    assert conn.execute("SELECT title, starred FROM posts").fetchall() == [("Ferry", 0)]
    conn.close()
    [backup] = (quotemark_home / "backups").iterdir()
    assert backup.name.startswith(f"library-v{schema.VERSION}-")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert old.execute("SELECT id FROM posts").fetchall() == [(post_id,)]
    old.close()


def test_a_version_1_library_opens_with_its_posts(tmp_path: Path, quotemark_home: Path) -> None:
    """Version 2 moved the large columns out of ``posts``: a library written
    before keeps every post, readable and re-extractable."""
    path = tmp_path / "library.sqlite3"
    source = write_post(tmp_path, "a.html", "Night Ferry")
    done = processed(source)
    conn = db.connect(path)
    schema.migrate(conn, path, quotemark_home / "backups", schema.MIGRATIONS[:1])
    with conn:
        conn.execute(
            """INSERT INTO posts (id, key, title, authors, published, site, url, url_key,
                   language, description, imported, file_name, content_hash, format,
                   quote_count, blocks, analysis, original, document)
               VALUES (7, 'laane2024night', 'Night Ferry', '["Kadri Laane"]', '2024-03-09',
                   NULL, NULL, NULL, 'en', NULL, '2024-04-01T10:00:00+00:00', 'a.html',
                   ?, 'html', 0, ?, ?, ?, ?)""",
            (
                done.content_hash,
                codec.pack(codec.blocks_to_json(done.article.blocks)),
                codec.pack(codec.analysis_to_json(done.analysis)),
                codec.compress(done.raw.original),
                codec.pack(document_json(done.raw)),
            ),
        )
        conn.execute(
            "INSERT INTO post_fts (rowid, title, body, clips) VALUES (7, 'Night Ferry', 'x', '')"
        )
    conn.close()
    with Library.open(path) as lib:
        post = lib.post(7)
        assert [b.text for b in post.blocks] == list(PARAGRAPHS)
        assert [p.key for p in lib.posts()] == ["laane2024night"]
        assert lib.reextract_posts([7]).change.posts_changed == (7,)
        assert [h.post.id for h in lib.search("ticket office")] == [7]
    [backup] = (quotemark_home / "backups").iterdir()
    assert backup.name.startswith("library-v1-")


def test_a_worker_thread_imports_while_the_reader_clips(
    tmp_path: Path, location: Path | str
) -> None:
    """The GUI's import worker opens its own Library on the same file; the
    reader's clips go in between its posts (one short transaction each)."""
    path = location
    with Library.open(path) as reader:
        first = reader.import_paths([write_post(tmp_path, "first.html", "Ferry")])
        post_id = first.results[0].post_id
        assert post_id is not None
        folder = tmp_path / "batch"
        for number in range(8):
            write_post(folder, f"p{number}.html", f"Diary {number}", url=f"https://x.example/{number}",
                       paragraphs=[f"{number}: {p}" for p in PARAGRAPHS])  # fmt: skip
        outcome: list[int] = []

        def work() -> None:
            with Library.open(path) as worker:
                report = worker.import_paths([folder])
                outcome.extend(r.post_id or 0 for r in report.results)

        thread = threading.Thread(target=work)
        thread.start()
        span = reader.find_span(post_id, paragraph=1)
        keys = [reader.clip(post_id, span)[0].key for _ in range(20)]
        thread.join(timeout=120)
        assert len(outcome) == 8
        assert all(outcome)
        assert len(set(keys)) == 20
        assert len(reader.posts()) == 9
        assert len(reader.clips()) == 20


def test_cancel_with_the_process_pool(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for number in range(12):
        write_post(folder, f"p{number:02d}.html", f"Diary {number}", url=f"https://x.example/{number}",
                   paragraphs=[f"{number}: {p}" for p in PARAGRAPHS])  # fmt: skip
    stop = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        if done == 3:
            stop.set()

    report = library.import_paths([folder], progress=progress, cancel=stop)
    statuses = [r.status for r in report.results]
    assert statuses == [ImportStatus.IMPORTED] * 3 + [ImportStatus.CANCELLED] * 9
    assert sorted(p.title for p in library.posts()) == ["Diary 0", "Diary 1", "Diary 2"]


def test_post_ids_are_never_reused(library: Library, tmp_path: Path) -> None:
    def add(name: str) -> int:
        path = write_post(tmp_path / name, f"{name}.html", f"Post {name}",
                          url=f"https://x.example/{name}",
                          paragraphs=[f"{name}: {p}" for p in PARAGRAPHS])  # fmt: skip
        post_id = library.import_paths([path]).results[0].post_id
        assert post_id is not None
        return post_id

    first = add("first")
    newest = add("newest")
    deleted, _ = library.delete_post(newest)
    later = add("later")
    assert later not in {first, newest}
    library.restore_post(deleted)  # undo still finds its id free
    assert {p.id for p in library.posts()} == {first, newest, later}


def test_typed_text_becomes_quoted_fts_words() -> None:
    from quotemark.library.store.search import fts_query

    assert fts_query('ferry "AND" NEAR(x') == '"ferry" "AND" "NEAR" "x"'
    assert fts_query("harbour mast") == '"harbour" "mast" *'
    assert fts_query("港") == '"港" *'  # one CJK character is a useful prefix
    assert fts_query("-- !!") is None


def test_changes_made_elsewhere_are_noticed(tmp_path: Path, location: Path | str) -> None:
    path = location
    with Library.open(path) as window, Library.open(path) as command_line:
        assert not window.changed_elsewhere()
        post_id = window.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0].post_id
        assert post_id is not None
        assert not window.changed_elsewhere()  # its own writes do not count
        command_line.clip(post_id, command_line.find_span(post_id, paragraph=1))
        assert window.changed_elsewhere()
        assert not window.changed_elsewhere()
        assert len(window.clips()) == 1
