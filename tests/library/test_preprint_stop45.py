"""A preprint is cited as a preprint, a report as a report (stop 45).

The landing pages in ``tests/fixtures/preprint_stop45`` are team-written: an
arXiv abstract page (``citation_arxiv_id``, its canonical address at
``arxiv.org/abs/``, its primary subject printed, a "References & Citations"
list linking two other arXiv papers), a bioRxiv page (the server named as
its journal, a year-and-month date), an SSRN page (the network named as its
publisher, a year-only date), a technical report
(``citation_technical_report_institution``), and a journal article whose
text links its own arXiv preprint and a bioRxiv one: it stays a journal
article. They are read, stored on both engines, exported as biblatex
``@online`` with ``eprint`` (BibTeX ``@misc`` with ``archivePrefix``), CSL
``article`` with genre and number, RIS ``UNPB``; biber and BibTeX compile
them; a DOI or arXiv identifier typed into the search finds its post."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.export import export
from quotemark.library.model import Citation, Scholarly
from quotemark.library.pipeline import process
from quotemark.library.service import Library
from tests.library.test_export_compile import needs_tex
from tests.library.test_scholarly_stop45 import printed_bibliography

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "preprint_stop45"
JOURNAL_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly_stop45"

ARXIV = Scholarly(archive="arXiv", eprint="2103.04417", eprint_class="cs.CL")
BIORXIV = Scholarly(
    doi="10.1101/2022.05.17.492311",
    archive="bioRxiv",
    publisher="Cold Spring Harbor Laboratory",  # read from stop 46 on
)
SSRN = Scholarly(doi="10.2139/ssrn.4012345", archive="SSRN", eprint="4012345")
REPORT = Scholarly(
    archive="Institute for Coastal Engineering, Harbour University", eprint="ICE-TR-2020-07"
)
JOURNAL = Scholarly("10.3030/RME.2021.5.41", "Review of Maritime Economics", "5", "2", "41–63")


def _written(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


# -- reading ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "facts", "published"),
    [
        ("arxiv.html", ARXIV, "2021-03-09"),
        ("biorxiv.html", BIORXIV, "2022-05"),  # "2022/05": the month, as stated
        ("ssrn.html", SSRN, "2022"),  # "2022": the year alone
        ("report.html", REPORT, "2020-11-02"),
        ("journal_arxiv_link.html", JOURNAL, "2021"),
    ],
)
def test_a_landing_page_says_where_its_work_is_held(
    page: str, facts: Scholarly, published: str
) -> None:
    meta = process(PAGES / page).article.metadata
    assert meta.scholarly == facts
    assert meta.published == published


def test_arxiv_links_in_a_journal_articles_text_do_not_make_it_a_preprint() -> None:
    found = process(PAGES / "journal_arxiv_link.html").article.metadata.scholarly
    assert found is not None
    assert found.archive is None
    assert found.eprint is None
    assert found.journal == "Review of Maritime Economics"


def test_an_arxiv_page_saved_without_tags_is_known_by_its_address(tmp_path: Path) -> None:
    html = (PAGES / "arxiv.html").read_text(encoding="utf-8")
    html = re.sub(r'<meta name="citation_arxiv_id"[^>]*>\n', "", html)
    found = process(_written(tmp_path, "abs.html", html)).article.metadata.scholarly
    assert found == Scholarly(archive="arXiv", eprint="2103.04417v2", eprint_class="cs.CL")


def test_a_published_article_keeps_its_doi_and_its_arxiv_identifier(tmp_path: Path) -> None:
    html = (JOURNAL_PAGES / "highwire.html").read_text(encoding="utf-8")
    html = html.replace(
        "</head>", '<meta name="citation_arxiv_id" content="arXiv:2204.00117">\n</head>'
    )
    found = process(_written(tmp_path, "both.html", html)).article.metadata.scholarly
    assert found is not None
    assert (found.doi, found.journal) == ("10.5555/JCH.2023.0412", "Journal of Coastal Heritage")
    assert (found.archive, found.eprint) == ("arXiv", "2204.00117")
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.import_paths([tmp_path / "both.html"])
        bib = library.export("biblatex")
        bibtex = library.export("bibtex")
    assert "@article{" in bib
    assert "doi = {10.5555/JCH.2023.0412}" in bib
    assert "eprint = {2204.00117}" in bib
    assert "eprinttype = {arxiv}" in bib
    assert "@article{" in bibtex
    assert "archivePrefix = {arXiv}" in bibtex


def test_a_preprint_json_ld_node_is_a_preprint(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Gull counts on the breakwater</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Preprint",
 "headline": "Gull counts on the breakwater", "author": {"@type": "Person", "name": "Ola Strand"},
 "datePublished": "2023-09-18", "identifier": "https://doi.org/10.31234/osf.io/ab12c",
 "publisher": {"@type": "Organization", "name": "PsyArXiv"}}</script></head>
<body><article><h1>Gull counts on the breakwater</h1><p>We counted gulls on the breakwater
every morning for a year, and the counts fell whenever the fish market was shut.</p>
</article></body></html>"""
    found = process(_written(tmp_path, "osf.html", html)).article.metadata.scholarly
    assert found == Scholarly(doi="10.31234/osf.io/ab12c", archive="PsyArXiv")


def test_a_bare_year_under_another_key_is_still_no_date(tmp_path: Path) -> None:
    # Only Google Scholar's tags state a year for a date: a template's
    # <meta name="date" content="2021"> is no publication date.
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour notes</title><meta name="date" content="2021"></head>
<body><article><h1>Harbour notes</h1><p>The harbour master posted the new tide
tables on Monday, a week later than the boatmen had been promised.</p></article></body></html>"""
    assert process(_written(tmp_path, "notes.html", html)).article.metadata.published is None


# -- storage and search ---------------------------------------------------------


def _import_all(library: Library) -> dict[str, int]:
    pages = sorted(PAGES.glob("*.html"))
    result = library.import_paths(pages)
    ids = {page.name: r.post_id for page, r in zip(pages, result.results, strict=True)}
    assert all(post_id is not None for post_id in ids.values())
    return {name: post_id for name, post_id in ids.items() if post_id is not None}


def _found(library: Library, typed: str) -> list[int]:
    return [hit.post.id for hit in library.search(typed)]


def _searches_and_keeps(library: Library, ids: dict[str, int]) -> None:
    assert library.post(ids["arxiv.html"]).metadata.scholarly == ARXIV
    assert library.post(ids["report.html"]).metadata.scholarly == REPORT
    assert _found(library, "10.1101/2022.05.17.492311")[:1] == [ids["biorxiv.html"]]
    assert _found(library, "https://doi.org/10.3030/rme.2021.5.41")[:1] == [
        ids["journal_arxiv_link.html"]
    ]
    assert _found(library, "doi:10.2139/SSRN.4012345")[:1] == [ids["ssrn.html"]]
    assert _found(library, "arXiv:2103.04417")[:1] == [ids["arxiv.html"]]
    assert _found(library, "2103.04417v2")[:1] == [ids["arxiv.html"]]
    # A DOI no post has finds nothing by it.
    assert _found(library, "10.9999/none.1") == []


def test_a_local_library_keeps_the_facts_and_finds_a_typed_doi(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        ids = _import_all(library)
    with Library.open(path) as library:
        _searches_and_keeps(library, ids)


def test_a_shared_library_keeps_the_facts_and_finds_a_typed_doi(pg_url: str) -> None:
    with Library.open(pg_url) as library:
        ids = _import_all(library)
    with Library.open(pg_url) as library:
        assert library.database == "postgresql"
        _searches_and_keeps(library, ids)
        assert "eprint = {2103.04417}" in library.export("biblatex")


# -- export -----------------------------------------------------------------


@pytest.fixture
def citations(tmp_path: Path) -> list[Citation]:
    with Library.open(tmp_path / "library.sqlite3") as library:
        _import_all(library)
        return library.citations()


def _entries(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    library = parse_string(text)
    assert not library.failed_blocks
    return {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}


def test_biblatex_writes_a_preprint_as_online_with_its_eprint(citations: list[Citation]) -> None:
    entries = _entries(export("biblatex", citations))
    kind, arxiv = entries["lind2021counting"]
    assert kind == "online"
    assert (arxiv["eprint"], arxiv["eprinttype"], arxiv["eprintclass"]) == (
        "2103.04417",
        "arxiv",
        "cs.CL",
    )
    assert "url" not in arxiv  # the identifier is its address
    kind, biorxiv = entries["holt2022salt"]
    assert kind == "online"
    assert (biorxiv["organization"], biorxiv["doi"], biorxiv["date"]) == (
        "bioRxiv",
        "10.1101/2022.05.17.492311",
        "2022-05",
    )
    kind, ssrn = entries["berg2022law"]
    assert (kind, ssrn["eprint"], ssrn["eprinttype"], ssrn["date"]) == (
        "online",
        "4012345",
        "SSRN",
        "2022",
    )
    kind, report = entries["aalto2020dredging"]
    assert kind == "report"
    assert report["institution"] == "Institute for Coastal Engineering, Harbour University"
    assert (report["type"], report["number"]) == ("techreport", "ICE-TR-2020-07")
    kind, article = entries["quint2021ledgers"]
    assert (kind, article["date"]) == ("article", "2021")
    assert "eprint" not in article


def test_bibtex_writes_a_preprint_as_misc_with_its_eprint(citations: list[Citation]) -> None:
    entries = _entries(export("bibtex", citations))
    kind, arxiv = entries["lind2021counting"]
    assert kind == "misc"
    assert (arxiv["eprint"], arxiv["archivePrefix"], arxiv["primaryClass"]) == (
        "2103.04417",
        "arXiv",
        "cs.CL",
    )
    assert arxiv["howpublished"].startswith("arXiv:2103.04417 [cs.CL]")
    kind, biorxiv = entries["holt2022salt"]
    assert (kind, biorxiv["year"], biorxiv["month"]) == ("misc", "2022", "may")
    assert biorxiv["howpublished"].startswith("bioRxiv")
    kind, report = entries["aalto2020dredging"]
    assert (kind, report["number"]) == ("techreport", "ICE-TR-2020-07")


def test_csl_json_writes_a_preprint_as_an_article_with_genre_and_number(
    citations: list[Citation],
) -> None:
    items = {item["id"]: item for item in json.loads(export("csl-json", citations))}
    arxiv = items["lind2021counting"]
    assert (arxiv["type"], arxiv["genre"], arxiv["publisher"], arxiv["number"]) == (
        "article",
        "Preprint",
        "arXiv",
        "arXiv:2103.04417",
    )
    assert "container-title" not in arxiv
    biorxiv = items["holt2022salt"]
    assert (biorxiv["type"], biorxiv["publisher"], biorxiv["DOI"]) == (
        "article",
        "bioRxiv",
        "10.1101/2022.05.17.492311",
    )
    assert biorxiv["issued"] == {"date-parts": [[2022, 5]]}
    assert items["berg2022law"]["issued"] == {"date-parts": [[2022]]}
    report = items["aalto2020dredging"]
    assert (report["type"], report["number"]) == ("report", "ICE-TR-2020-07")
    assert "genre" not in report
    assert items["quint2021ledgers"]["type"] == "article-journal"


def test_ris_writes_a_preprint_as_unpublished_work(citations: list[Citation]) -> None:
    records = {
        re.search(r"ID  - (\S+)", record)[1]: record  # type: ignore[index]
        for record in export("ris", citations).split("ER  - ")
        if "TY  -" in record
    }
    arxiv = records["lind2021counting"]
    for line in ("TY  - UNPB", "PB  - arXiv", "AN  - 2103.04417"):
        assert f"{line}\r\n" in arxiv, line
    assert "PY  - 2022\r\n" in records["berg2022law"]
    assert "TY  - RPRT\r\n" in records["aalto2020dredging"]
    assert "SN  - ICE-TR-2020-07\r\n" in records["aalto2020dredging"]
    assert "TY  - JOUR\r\n" in records["quint2021ledgers"]


@needs_tex
@pytest.mark.compile
def test_biblatex_prints_the_arxiv_identifier_and_the_report(
    tmp_path: Path, citations: list[Citation]
) -> None:
    body = (
        "A \\cite{lind2021counting}. B \\cite{holt2022salt}. C \\cite{berg2022law}."
        " D \\cite{aalto2020dredging}.\n"
    )
    bibliography = printed_bibliography(tmp_path, citations, "biber", body)
    assert "arXiv: 2103.04417 [cs.CL]" in bibliography, bibliography
    assert "SSRN: 4012345" in bibliography
    assert "Tech. rep. ICE-TR-2020-07" in bibliography
    assert "bioRxiv" in bibliography
    assert "May 2022" in bibliography


@needs_tex
@pytest.mark.compile
def test_bibtex_plain_prints_the_arxiv_identifier(
    tmp_path: Path, citations: list[Citation]
) -> None:
    body = "A \\cite{lind2021counting}. B \\cite{aalto2020dredging}.\n"
    bibliography = printed_bibliography(tmp_path, citations, "bibtex", body)
    assert "arXiv:2103.04417 [cs.CL]" in bibliography, bibliography
    # ("Techni-cal Report": plain's line may break the word.)
    assert "Report ICE-TR-2020-07, Institute for Coastal" in bibliography


def test_markdown_cites_a_preprint_on_its_server_and_a_report_by_its_number(
    citations: list[Citation],
) -> None:
    text = export("markdown", citations)
    assert (
        "“Counting quotations in harbour board minutes.” Preprint, arXiv. arXiv:2103.04417." in text
    )
    assert "Preprint, bioRxiv. <https://doi.org/10.1101/2022.05.17.492311>." in text
    assert "Institute for Coastal Engineering, Harbour University. ICE-TR-2020-07." in text
