"""The publisher a scholarly page names is read, stored on both engines
(schema 20), corrected and exported (stop 46); a typed DOI is found through
an index, not by reading every post.

Read from Highwire's ``citation_publisher``, Dublin Core's ``DC.publisher``,
else the JSON-LD's publisher when that is an organisation: a publisher typed
as a person is no publisher (and no author either). A preprint server named
as publisher is the archive already (SSRN); a news page's publisher is its
site, not stored. Exported as CSL ``publisher`` and RIS ``PB``; a report
with no institution named is issued by its publisher (biblatex and BibTeX
``institution``). Pages are team-written; the libraries real files and a
real PostgreSQL server (the tests' own)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.model import Scholarly
from quotemark.library.operations import EditMetadata
from quotemark.library.pipeline import process
from quotemark.library.service import Library
from quotemark.library.store import schema
from tests.library.engines import run, second_connection
from tests.library.older_library import as_version, dropped_since

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

REPORT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Tidal gauges of the Wadden coast: a survey</title>
<meta name="citation_title" content="Tidal gauges of the Wadden coast: a survey">
<meta name="citation_author" content="Brandt, Femke">
<meta name="citation_publication_date" content="2019/04/15">
<meta name="citation_technical_report_institution" content="Wadden Sea Research Centre">
<meta name="citation_technical_report_number" content="WSRC-19-3">
<meta name="DC.publisher" content="  Coastal Science
  Publications ">
</head><body><article><h1>Tidal gauges of the Wadden coast: a survey</h1>
<p>The survey lists every tidal gauge the ports kept between 1850 and 1990.</p>
</article></body></html>
"""

PERSON_PUBLISHER = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Eelgrass meadows after the storm</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "ScholarlyArticle",
 "headline": "Eelgrass meadows after the storm",
 "author": {"@type": "Person", "name": "Tove Lindqvist"},
 "datePublished": "2022-09-01",
 "identifier": "https://doi.org/10.7777/EEL.2022.3",
 "isPartOf": {"@type": "Periodical", "name": "Baltic Botany"},
 "publisher": {"@type": "Person", "name": "Harald Moen"}}
</script>
</head><body><article><h1>Eelgrass meadows after the storm</h1>
<p>The meadows came back within two summers, the survey found.</p>
</article></body></html>
"""

NEWS_WITH_DC = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable changes for winter</title>
<meta property="og:site_name" content="The Island Post">
<meta name="DC.publisher" content="Island Post Media">
<meta name="author" content="Kari Vik">
</head><body><article><h1>Ferry timetable changes for winter</h1>
<p>The first ferry leaves at seven from November, the operator said.</p>
</article></body></html>
"""


def _page(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        ("scholarly_stop45/highwire.html", "Harbour Academic"),  # citation_publisher
        ("scholarly_stop45/jsonld.html", "Fenwick Press"),  # JSON-LD Organization
        ("preprint_stop45/biorxiv.html", "Cold Spring Harbor Laboratory"),
        ("preprint_stop45/ssrn.html", None),  # the server named as publisher: the archive
    ],
)
def test_a_scholarly_page_names_its_publisher(page: str, publisher: str | None) -> None:
    found = process(FIXTURES / page).article.metadata.scholarly
    assert found is not None
    assert found.publisher == publisher


def test_a_reports_publisher_is_read_beside_its_institution(tmp_path: Path) -> None:
    found = process(_page(tmp_path, "report.html", REPORT)).article.metadata.scholarly
    assert found == Scholarly(
        archive="Wadden Sea Research Centre",
        eprint="WSRC-19-3",
        publisher="Coastal Science Publications",  # white space collapsed
    )


def test_a_publisher_typed_as_a_person_is_neither_publisher_nor_author(tmp_path: Path) -> None:
    meta = process(_page(tmp_path, "eel.html", PERSON_PUBLISHER)).article.metadata
    assert meta.scholarly is not None
    assert meta.scholarly.journal == "Baltic Botany"
    assert meta.scholarly.publisher is None
    assert meta.authors == ("Tove Lindqvist",)


def test_a_news_pages_publisher_is_not_stored(tmp_path: Path) -> None:
    meta = process(_page(tmp_path, "ferry.html", NEWS_WITH_DC)).article.metadata
    assert meta.scholarly is None
    assert process(FIXTURES / "scholarly_stop45" / "news.html").article.metadata.scholarly is None


# -- storage, correction, export ------------------------------------------------


def _keeps_and_corrects(library: Library, tmp_path: Path) -> None:
    (report,) = library.import_paths([_page(tmp_path, "report.html", REPORT)]).results
    (article,) = library.import_paths([FIXTURES / "scholarly_stop45" / "highwire.html"]).results
    assert report.post_id is not None
    assert article.post_id is not None
    found = library.post(report.post_id).metadata.scholarly
    assert found is not None
    assert found.publisher == "Coastal Science Publications"
    library.run(EditMetadata(article.post_id, (("publisher", " Harbour  Academic Press "),)))
    found = library.post(article.post_id).metadata.scholarly
    assert found is not None
    assert found.publisher == "Harbour Academic Press"
    library.reextract([article.post_id])  # the correction outlives a new reading
    found = library.post(article.post_id).metadata.scholarly
    assert found is not None
    assert found.publisher == "Harbour Academic Press"
    items = {item["id"]: item for item in json.loads(library.export("csl-json"))}
    key = library.post(article.post_id).key
    assert (items[key]["type"], items[key]["publisher"]) == (
        "article-journal",
        "Harbour Academic Press",
    )
    ris = library.export("ris")
    assert "PB  - Harbour Academic Press\r\n" in ris
    # The report's institution is who issued it; its publisher stays the publisher.
    report_key = library.post(report.post_id).key
    assert items[report_key]["publisher"] == "Wadden Sea Research Centre"


def test_a_local_library_keeps_and_corrects_the_publisher(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        _keeps_and_corrects(library, tmp_path)


def test_a_shared_library_keeps_and_corrects_the_publisher(tmp_path: Path, pg_url: str) -> None:
    with Library.open(pg_url) as library:
        assert library.database == "postgresql"
        _keeps_and_corrects(library, tmp_path)


def test_a_report_said_so_without_an_institution_is_issued_by_its_publisher(
    tmp_path: Path,
) -> None:
    html = REPORT.replace(
        '<meta name="citation_technical_report_institution" content="Wadden Sea Research Centre">',
        '<meta name="citation_doi" content="10.8888/WSRC.19.3">',
    )
    with Library.open(tmp_path / "library.sqlite3") as library:
        (done,) = library.import_paths([_page(tmp_path, "report.html", html)]).results
        assert done.post_id is not None
        library.run(EditMetadata(done.post_id, (("entry_type", "report"),)))
        key = library.post(done.post_id).key
        parsed = parse_string(library.export("biblatex"))
        (entry,) = [e for e in parsed.entries if e.key == key]
        assert entry.entry_type == "report"
        assert entry.fields_dict["institution"].value == "Coastal Science Publications"
        parsed = parse_string(library.export("bibtex"))
        (entry,) = [e for e in parsed.entries if e.key == key]
        assert entry.entry_type == "techreport"
        assert entry.fields_dict["institution"].value == "Coastal Science Publications"


# -- schema 20 on both engines ---------------------------------------------------


def _fill(library: Library, tmp_path: Path) -> tuple[int, int]:
    found = library.import_paths(
        [FIXTURES / "scholarly_stop45" / "highwire.html", _page(tmp_path, "r.html", REPORT)]
    )
    article, report = (r.post_id for r in found.results)
    assert article is not None
    assert report is not None
    library.run(EditMetadata(article, (("volume", "13"),)))
    return article, report


def _kept_at_20(library: Library, article: int, report: int) -> None:
    found = library.post(article).metadata.scholarly
    assert found is not None
    # The columns of 19 kept (and the correction); the publisher empty
    # until the post is read again, nothing made up.
    assert (found.doi, found.volume, found.publisher) == ("10.5555/JCH.2023.0412", "13", None)
    kept = library.post(report).metadata.scholarly
    assert kept is not None
    assert (kept.archive, kept.publisher) == ("Wadden Sea Research Centre", None)
    assert [hit.post.id for hit in library.search("doi:10.5555/jch.2023.0412")][:1] == [article]
    library.reextract([report])
    again = library.post(report).metadata.scholarly
    assert again is not None
    assert again.publisher == "Coastal Science Publications"


def test_a_local_library_of_schema_19_upgrades_to_20(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        article, report = _fill(library, tmp_path)
    as_version(path, 19)
    with closing(sqlite3.connect(path)) as conn:
        assert "publisher" not in {row[1] for row in conn.execute("PRAGMA table_info(posts)")}
    with Library.open(path) as library:
        _kept_at_20(library, article, report)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.VERSION,)


def test_a_shared_library_of_schema_19_upgrades_to_20(tmp_path: Path, pg_url: str) -> None:
    with Library.open(pg_url) as library:
        article, report = _fill(library, tmp_path)
    for statement in dropped_since(19):
        run(pg_url, statement)
    run(pg_url, "UPDATE quotemark_schema SET version = 19")
    with Library.open(pg_url) as library:
        _kept_at_20(library, article, report)
    with closing(second_connection(pg_url)) as conn:
        assert conn.execute("SELECT version FROM quotemark_schema").fetchone() == (schema.VERSION,)


_BY_DOI = "SELECT p.id FROM posts p WHERE p.doi IS NOT NULL AND lower(p.doi) = ?"
"""The condition search uses for a typed DOI (store.search._identified)."""


def test_a_typed_doi_reads_the_index_not_every_post_in_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        library.import_paths([FIXTURES / "scholarly_stop45" / "highwire.html"])
    with closing(sqlite3.connect(path)) as conn:
        plan = " ".join(
            str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {_BY_DOI}", ("10.1/x",))
        )
    assert "USING INDEX posts_by_doi" in plan, plan
    assert "SCAN p" not in plan, plan


def test_a_typed_doi_reads_the_index_not_every_post_in_postgresql(pg_url: str) -> None:
    with Library.open(pg_url) as library:
        library.import_paths([FIXTURES / "scholarly_stop45" / "highwire.html"])
    with closing(second_connection(pg_url)) as conn:
        # A table of one post is read whole whatever the indexes: with a
        # sequential scan ruled out, the plan shows whether the index serves.
        conn.execute("SET enable_seqscan = off")
        rows = conn.execute(f"EXPLAIN {_BY_DOI}", ("10.1/x",)).fetchall()
    plan = " ".join(str(row[0]) for row in rows)
    assert "posts_by_doi" in plan, plan
