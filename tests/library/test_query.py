"""The library search's query language: parsed in the core, every word
quoted for FTS5, and combined with the list's filters on a real library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotemark.library.operations import AddToCollection, CreateCollection, TagPosts
from quotemark.library.query import Query, fts, parse
from quotemark.library.service import Library
from quotemark.library.store.listing import Listing
from tests.library.engines import second_connection
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post


def test_phrases_fields_and_exclusions_are_parsed() -> None:
    query = parse(
        'ferry "night crossing" -strike -"car park" author:"Marta Ilves" site:harbour tag:todo'
    )
    assert query == Query(
        words=("ferry",),
        phrases=(("night", "crossing"),),
        excluded=(("strike",), ("car", "park")),
        authors=("Marta Ilves",),
        sites=("harbour",),
        tags=("todo",),
        prefix=False,
    )
    assert query.highlight() == ["ferry", "night", "crossing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("harbour mast", '"harbour" "mast" *'),
        ('"night ferry" crossing', '"crossing" * "night ferry"'),
        ("ferry -strike", '("ferry") NOT "strike"'),
        # Syntax of FTS5 typed by a user is text, never syntax.
        (
            'AND OR NOT NEAR(a, b) col:x "un"closed',
            '"AND" "OR" "NOT" "NEAR" "a" "b" "col" "x" "un" "closed" *',
        ),
        ('x"y', '"x" "y"'),
        ("author:kadri", None),
        ("- -- !!", None),
    ],
)
def test_every_word_reaches_fts_quoted(text: str, expected: str | None) -> None:
    assert fts(parse(text)) == expected


def test_unknown_fields_and_stray_quotes_are_words() -> None:
    assert parse("title:ferry").words == ("title", "ferry")
    assert parse('"unclosed phrase').phrases == (("unclosed", "phrase"),)
    assert parse("tag:").is_empty()


@pytest.fixture
def library(tmp_path: Path, location: Path | str) -> Iterator[Library]:
    lib = Library.open(location)
    rows = [
        ("Night Ferry", "Kadri Laane", "2021-06-04", "https://harbour.example/f", "lighthouse"),
        ("Lock Strike", "Zoë Åberg", "2023-02-10", "https://locks.example/s", "sluice"),
        ("Car Park Queue", "Kadri Laane", "2024-03-09", "https://harbour.example/c", "tollgate"),
    ]
    for number, (title, author, date, url, word) in enumerate(rows):
        text = [f"The {word} story: {p}" for p in PARAGRAPHS]
        path = write_post(
            tmp_path / "in",
            f"{number}.html",
            title,
            author=author,
            date=date,
            url=url,
            paragraphs=text,
        )
        assert lib.store_processed(str(path), processed(path)).post_id is not None
    yield lib
    lib.close()


def titles(library: Library, text: str, listing: Listing | None = None) -> list[str]:
    return sorted(hit.post.title for hit in library.search(text, listing=listing))


def test_queries_find_what_they_say(library: Library) -> None:
    assert titles(library, "lighthouse") == ["Night Ferry"]
    assert titles(library, '"mainland pier"') == ["Car Park Queue", "Lock Strike", "Night Ferry"]
    assert titles(library, '"pier mainland"') == []
    assert titles(library, "pier -sluice -tollgate") == ["Night Ferry"]
    assert titles(library, "author:laane") == ["Car Park Queue", "Night Ferry"]
    assert titles(library, "author:åberg pier") == ["Lock Strike"]
    assert titles(library, "site:locks") == ["Lock Strike"]
    assert titles(library, "-lighthouse") == ["Car Park Queue", "Lock Strike"]
    # Wildcards typed by a user are text.
    assert titles(library, "author:%") == []
    assert titles(library, "author:_") == []


def test_search_combines_with_tag_collection_source_and_dates(library: Library) -> None:
    ids = {p.title: p.id for p in library.posts()}
    library.run(TagPosts((ids["Lock Strike"],), add=("to read",)))
    box = library.run(CreateCollection("Harbour")).value
    library.run(AddToCollection(box, (ids["Night Ferry"], ids["Car Park Queue"])))
    assert titles(library, 'pier tag:"TO READ"') == ["Lock Strike"]
    assert titles(library, "pier", Listing(tag="to read")) == ["Lock Strike"]
    assert titles(library, "pier", Listing(collection_id=box)) == ["Car Park Queue", "Night Ferry"]
    dated = Listing(published_from="2022", published_to="2023-02")
    assert titles(library, "pier", dated) == ["Lock Strike"]
    assert titles(library, "pier", Listing(published_to="2021-06-04")) == ["Night Ferry"]
    # The same filters list posts without a search.
    assert library.listing_count(dated) == 1


def test_snippets_mark_phrase_words(library: Library) -> None:
    hit = library.search('"eleven years" ferry')[0]
    assert "[eleven] [years]" in hit.snippet


def test_the_database_is_never_asked_fts_syntax(library: Library, tmp_path: Path) -> None:
    # Every odd input is answered (no sqlite3.OperationalError "fts5: syntax error").
    for text in ['"', '""', "-", "*", "NEAR(", "a:b:c", '-"', 'author:"', "^x", "ferry)"]:
        library.search(text)
    second_connection(library.location).close()


def test_dates_narrow_a_search(library: Library) -> None:
    assert parse("after:2022 before:2023-02").after == "2022"
    assert parse("after:soon").after is None  # not a date: ignored, never an error
    assert titles(library, "pier after:2022 before:2023-02") == ["Lock Strike"]
    assert titles(library, "before:2021-06-04") == ["Night Ferry"]
    assert titles(library, "after:2024") == ["Car Park Queue"]
