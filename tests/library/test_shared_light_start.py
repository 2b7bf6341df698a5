"""A shared library opened for the window's start reads through libpq
without psycopg (``Library.open(..., light_start=True)``,
``store/pg_light.py``): it must list and read exactly what the ordinary
(psycopg) path does, a write after it must land, anything it cannot read
goes to psycopg with the same result, and a server that is gone reads as
on the ordinary path. Against the test session's real server."""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from quotemark.library.errors import LibraryUnreachable
from quotemark.library.model import Position, Span
from quotemark.library.operations import AddToCollection, ClipSpan, CreateCollection, EditMetadata
from quotemark.library.service import Library
from quotemark.library.store import pg, pg_light, pg_sql, schema
from quotemark.library.store.listing import ORDERS, Listing
from tests import pg_server as pg_server_module
from tests.library.test_store_pages import write_post

PARAGRAPHS = [
    "The ferry left the harbour at dawn, said Ann Lee.",
    "“We will not sail again until spring,” the harbour master said.",
    "Reuters reported that the pier was quiet.",
]


def _filled(url: str, folder: Path) -> dict[str, int]:
    """Posts, clips with tags, a collection and a correction in the shared
    library at ``url``; the ids by name."""
    with Library.open(url) as lib:
        report = lib.import_paths([
            write_post(folder, "ferry.html", "The Night Ferry", paragraphs=PARAGRAPHS),
            write_post(folder, "pier.html", "A Quiet Pier", url="https://news.example/pier"),
            write_post(folder, "garden.html", "Allotments in Bloom", heading="Spring"),
        ])  # fmt: skip
        ferry, pier, garden = (r.post_id for r in report.results)
        assert ferry is not None
        assert pier is not None
        assert garden is not None
        span = lib.find_span(ferry, paragraph=2)
        lib.run(ClipSpan(ferry, span, "the master", ("harbour", "quotes")))
        lib.run(ClipSpan(pier, lib.find_span(pier, paragraph=1), "", ("harbour",)))
        collection = lib.run(CreateCollection("Ports")).value
        lib.run(AddToCollection(collection, (ferry, garden)))
        lib.run(EditMetadata(garden, (("title", "Allotments in Full Bloom"),)))
    return {"ferry": ferry, "pier": pier, "garden": garden, "collection": collection}


def _everything(lib: Library, ids: dict[str, int]) -> list[Any]:
    """What a window reads from a library (and more), as values."""
    seen: list[Any] = [lib.who, lib.watch(), lib.counts()]
    listings = [Listing(order) for order in ORDERS] + [
        Listing(tag="harbour"),
        Listing(collection_id=ids["collection"]),
        Listing("title", published_from="1990"),
    ]
    for listing in listings:
        seen += [lib.listing_count(listing), lib.listing_page(listing, 0, 50)]
        seen.append(lib.listing_row(listing, ids["garden"]))
    seen += [lib.tags(), lib.collections(), lib.cited_source_names(), lib.sources()]
    seen += [lib.clips(), lib.clip_list_count(), lib.clip_list_page(0, 10)]
    seen += [lib.post(ids["ferry"]), lib.post_summary(ids["garden"]), lib.post_tags(ids["ferry"])]
    seen += [lib.post_collections(ids["ferry"]), lib.post_note(ids["ferry"])]
    return [*seen, lib.changes_since(0)]


def _searched(lib: Library) -> list[Any]:
    posts, snippet = lib.search_lazily("harbour")
    return [posts, [snippet(p.id) for p in posts], lib.search("bloom")]


def _light(lib: Library) -> bool:
    # Whether the library still reads through libpq (no psycopg connection).
    conn = getattr(lib, "_conn")  # noqa: B009 - the connection under test
    return isinstance(conn, pg_light.StartConnection) and conn.light


def test_a_light_start_reads_what_the_ordinary_path_reads(pg_url: str, tmp_path: Path) -> None:
    ids = _filled(pg_url, tmp_path)
    with Library.open(pg_url) as ordinary:
        expected = _everything(ordinary, ids)
        expected_search = _searched(ordinary)
    with Library.open(pg_url, light_start=True) as light:
        assert _light(light)
        found = _everything(light, ids)
        # All of it through libpq: no psycopg connection was made for a read.
        assert _light(light)
        # A search sends the typed words as an array, a parameter the light
        # path leaves to psycopg: same hits, now through psycopg.
        assert _searched(light) == expected_search
        assert not _light(light)
    for got, wanted in zip(found, expected, strict=True):
        assert got == wanted
    assert found[1] > 0
    assert found[2] == (3, 2)
    assert expected_search[0]
    assert expected_search[2]


def test_values_and_parameters_come_as_psycopg_gives_them(pg_url: str) -> None:
    with Library.open(pg_url):
        pass  # the schema: a light start opens only a current library
    statement = (
        "SELECT ? || 'x', ? + 1, ?, ?, coalesce(?, 'none'), 1.5::float8, 2.50::numeric,"
        " '\\x00ff'::bytea, current_user, 'a%b', group_concat(v, ',') FROM"
        " (SELECT 'p' AS v UNION ALL SELECT 'q') t WHERE 1"
    )
    parameters = ("é", 41, True, 0.25, None)
    ordinary = pg.connect(pg_url, timeout=5)
    light = pg_light.connect(pg_url, timeout=5, version=schema.VERSION)
    try:
        row = light.execute(statement, parameters).fetchone()
        assert light.light
        assert row == ordinary.execute(statement, parameters).fetchone()
        assert row is not None
        assert row[:7] == ("éx", 42, True, 0.25, "none", 1.5, Decimal("2.50"))
        assert row[7:] == (b"\x00\xff", ordinary.execute("SELECT current_user").fetchone()[0],
                           "a%b", "p,q")  # fmt: skip
        # A type it does not read (a timestamp): psycopg's connection reads it, as psycopg does.
        moment = light.execute("SELECT now()").fetchone()
        assert moment is not None
        assert isinstance(moment[0], datetime.datetime)
        assert not light.light
    finally:
        light.close()
        ordinary.close()
    assert pg_sql.translate("SELECT ? FROM t WHERE x LIKE '%?' AND y = ?", True) == (
        "SELECT $1 FROM t WHERE x LIKE '%?' AND y = $2"
    )


def test_a_quotemark_bug_reads_the_same_on_both_paths(pg_url: str) -> None:
    with Library.open(pg_url):
        pass
    ordinary = pg.connect(pg_url, timeout=5)
    light = pg_light.connect(pg_url, timeout=5, version=schema.VERSION)
    try:
        errors = []
        for conn in (ordinary, light):
            with pytest.raises(psycopg.errors.UndefinedColumn) as raised:
                conn.execute("SELECT no_such_column FROM posts")
            errors.append(raised.value)
        assert type(errors[0]) is type(errors[1])
        assert str(errors[0]) == str(errors[1])
    finally:
        light.close()
        ordinary.close()


def test_a_write_after_a_light_start_lands(pg_url: str, tmp_path: Path) -> None:
    ids = _filled(pg_url, tmp_path)
    with Library.open(pg_url, light_start=True) as lib:
        seen = lib.watch()
        assert lib.listing_count(Listing()) == 3
        clip, _ = lib.clip(ids["garden"], lib.find_span(ids["garden"], paragraph=1), tags=["bloom"])
        assert not _light(lib)  # the write made psycopg's connection
        assert lib.post_summary(ids["garden"]).clip_count == 1
        assert [e.kind for e in lib.changes_since(seen).entries] == ["clip"]
    with Library.open(pg_url) as colleague:
        assert colleague.get_clip(clip.id).tags == ("bloom",)
        assert colleague.counts() == (3, 3)
        assert [c.made_by for c in colleague.clips(tag="bloom")] == [clip.made_by]


def test_the_warm_up_moves_a_light_start_to_psycopg(pg_url: str, tmp_path: Path) -> None:
    ids = _filled(pg_url, tmp_path)
    with Library.open(pg_url, light_start=True) as lib:
        steps = lib.warm_up()
        next(steps)  # the name changes are recorded under, read through libpq
        assert _light(lib)
        list(steps)
        assert not _light(lib)
        clip, _ = lib.clip(ids["pier"], Span(Position(0, 0), Position(0, 1), "A"))
        assert lib.get_clip(clip.id).post_id == ids["pier"]


def test_a_new_or_older_library_opens_the_ordinary_way(pg_url: str) -> None:
    # Nothing there yet: the light path cannot create it, the ordinary one does.
    with Library.open(pg_url, light_start=True) as lib:
        assert not _light(lib)
        assert lib.counts() == (0, 0)
    with pytest.raises(pg_light.NotHere):
        pg_light.connect(pg_url, timeout=5, version=schema.VERSION + 1)


def test_the_light_start_does_not_load_psycopg(pg_url: str, tmp_path: Path) -> None:
    # What the window's start saves: psycopg's import (~0.15 s of CPU).
    ferry = _filled(pg_url, tmp_path)["ferry"]
    code = textwrap.dedent(f"""
        import sys
        from quotemark.library.service import Library
        from quotemark.library.store.listing import Listing
        lib = Library.open({pg_url!r}, light_start=True)
        lib.watch(), lib.counts(), lib.listing_page(Listing(), 0, 40), lib.tags(), lib.who
        print("psycopg" in sys.modules)
        lib.clip({ferry}, lib.find_span({ferry}, paragraph=1))
        print("psycopg" in sys.modules)
    """)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


@pytest.fixture
def own_server() -> Iterator[pg_server_module.Server]:
    """A server of this test alone, which the test stops."""
    binaries = pg_server_module.find_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl)")
    server = pg_server_module.start(binaries)
    try:
        yield server
    finally:
        pg_server_module.stop(server)


def _frame(message: str) -> str:
    # The sentence without libpq's or psycopg's own detail in brackets.
    head, _, rest = message.partition(" (")
    return head + " (...). " + rest.rpartition("). ")[2]


def test_a_server_gone_before_the_warm_up_reads_as_on_the_ordinary_path(
    own_server: pg_server_module.Server, tmp_path: Path
) -> None:
    with psycopg.connect(own_server.conninfo(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE gone TEMPLATE template0")
    url = own_server.url("gone")
    ids = _filled(url, tmp_path)
    ordinary = Library.open(url)
    light = Library.open(url, light_start=True)
    try:
        assert light.listing_count(Listing()) == 3
        assert light.who == ordinary.who  # read before, as the window's start does
        pg_server_module.stop(own_server)
        span = Span(Position(0, 0), Position(0, 1), "T")
        messages = []
        with pytest.raises(LibraryUnreachable) as raised:
            ordinary.clip(ids["ferry"], span)
        messages.append(str(raised.value))
        # The window's warm-up makes psycopg's connection: the server is gone.
        with pytest.raises(LibraryUnreachable) as raised:
            list(light.warm_up())
        messages.append(str(raised.value))
        with pytest.raises(LibraryUnreachable) as raised:
            light.clip(ids["ferry"], span)  # the user's next action
        messages.append(str(raised.value))
        with pytest.raises(LibraryUnreachable) as raised:
            light.listing_page(Listing("title"), 0, 10)  # a read on the libpq connection
        messages.append(str(raised.value))
        shown = light.location
        for message in messages:
            assert message.startswith(f"The shared library {shown} cannot be reached (")
            assert message.endswith("Check the network and that the server runs.")
        assert {_frame(message) for message in messages} == {_frame(messages[0])}
        # A statement meeting the closed connection reads word for word the same.
        assert messages[2] == messages[0]
    finally:
        light.close()
        ordinary.close()


def test_without_psycopg_a_light_start_reads_and_says_why_it_cannot_write(
    pg_url: str, tmp_path: Path
) -> None:
    # psycopg_binary's libpq is there but psycopg is not importable.
    ferry = _filled(pg_url, tmp_path)["ferry"]
    code = textwrap.dedent(f"""
        import sys
        sys.modules["psycopg"] = None  # import psycopg raises ImportError
        from quotemark.library.errors import LibraryUnreachable
        from quotemark.library.service import Library
        lib = Library.open({pg_url!r}, light_start=True)
        print(lib.counts())
        try:
            lib.clip({ferry}, lib.find_span({ferry}, paragraph=1))
        except LibraryUnreachable as error:
            print(error)
    """)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    counts, message = done.stdout.splitlines()
    assert counts == "(3, 2)"
    assert message.startswith(f"The shared library {pg_url} cannot be changed: ")
    assert "Reinstall Quotemark with psycopg[binary]." in message


def test_a_login_refused_after_a_light_start_says_so(
    pg_server: pg_server_module.Server, pg_url: str, tmp_path: Path
) -> None:
    # Not every failure later is a server gone: a password changed meanwhile
    # keeps the ordinary path's advice about the login.
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    with pg_server.password_role("right", owns=dbname) as role:
        url = f"postgresql://{role}:right@/{dbname}?host={pg_server.socket_dir}"
        Library.open(url).close()
        with Library.open(url, light_start=True) as lib:
            assert lib.counts() == (0, 0)
            with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
                admin.execute(f"ALTER ROLE {role} PASSWORD 'changed'")
            with pytest.raises(LibraryUnreachable, match="refused the login") as raised:
                lib.run(CreateCollection("Ports"))
            assert "right" not in str(raised.value)
