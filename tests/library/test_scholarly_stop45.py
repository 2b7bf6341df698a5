"""A journal article is cited as a journal article (stop 45).

The landing pages in ``tests/fixtures/scholarly_stop45`` are team-written:
Highwire ``citation_*`` tags, schema.org ``ScholarlyArticle`` JSON-LD,
Dublin Core with PRISM, a DOI labelled in the text, each beside a reference
list full of other works' DOIs that must not be taken, and a news story
reporting a study (with its DOI) that must get nothing new. The facts are
read, stored on both engines, corrected like the other fields, and exported
as ``@article`` / ``article-journal`` / ``JOUR`` with journal, volume, issue,
pages and DOI: bibtexparser v2 reads the ``.bib`` back, and biber and BibTeX
compile it with the journal, volume and DOI in the printed bibliography."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.errors import InvalidCorrection
from quotemark.library.export import export
from quotemark.library.identifiers import normalise_doi
from quotemark.library.model import Citation, Scholarly
from quotemark.library.operations import EditMetadata
from quotemark.library.pipeline import process
from quotemark.library.service import Library
from quotemark.library.store import schema
from tests.library.older_library import as_version
from tests.library.test_export_compile import _locator_text, compile_document, needs_tex

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly_stop45"

# (Their publishers from stop 46 on: Highwire's citation_publisher, JSON-LD's.)
HIGHWIRE = Scholarly(
    "10.5555/JCH.2023.0412",
    "Journal of Coastal Heritage",
    "12",
    "3",
    "201–224",
    publisher="Harbour Academic",
)
JSONLD = Scholarly(
    "10.4321/WEL.2024.47.2.0091",
    "Wetland Ecology Letters",
    "47",
    "2",
    "e0091",
    publisher="Fenwick Press",
)
PRISM = Scholarly("10.6060/NTS.2022.19.4.77", "Nordic Transport Studies", "19", "4", "77–95")
LABELLED = Scholarly("10.3030/RME.2021.5.12", "Review of Maritime Economics", "5", None, None)

# Every DOI the pages' reference lists and the news story name: none is
# the article's own.
OTHER_WORKS = (
    "10.7777/mhr.2019.031",
    "10.8888/cs.2021.8.110",
    "10.9999/pp.2015",
    "10.1111/wader.2018.22",
    "10.2222/swh.2020.5",
    "10.5050/other.2017.3",
)


def _read(name: str) -> Scholarly | None:
    return process(PAGES / name).article.metadata.scholarly


def _written(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


# -- reading ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "facts"),
    [
        ("highwire.html", HIGHWIRE),
        ("jsonld.html", JSONLD),
        ("prism.html", PRISM),
        ("labelled.html", LABELLED),
    ],
)
def test_a_landing_page_gives_its_articles_journal_facts(page: str, facts: Scholarly) -> None:
    assert _read(page) == facts


def test_a_news_story_reporting_a_study_gets_nothing_new() -> None:
    # Its "DOI: 10.4321/..." is the study's, its dc.identifier no DOI, its
    # JSON-LD a NewsArticle: it stays a web page.
    article = process(PAGES / "news.html").article
    assert article.metadata.scholarly is None
    assert article.metadata.site == "The Coastal Courier"


def test_a_journal_page_without_its_own_doi_takes_none_from_its_references(
    tmp_path: Path,
) -> None:
    html = (PAGES / "highwire.html").read_text(encoding="utf-8")
    html = re.sub(r'<meta name="citation_doi"[^>]*>\n', "", html)
    found = process(_written(tmp_path, "no-doi.html", html)).article.metadata.scholarly
    assert found == Scholarly(
        None, "Journal of Coastal Heritage", "12", "3", "201–224", publisher="Harbour Academic"
    )


def test_two_labelled_dois_outside_a_list_are_neither_taken(tmp_path: Path) -> None:
    html = (PAGES / "labelled.html").read_text(encoding="utf-8")
    second = (
        '<p class="doi">DOI: <a href="https://doi.org/10.3030/RME.2021.5.99">'
        "https://doi.org/10.3030/RME.2021.5.99</a></p>\n"
    )
    html = html.replace("<p>Lighthouse boards", second + "<p>Lighthouse boards", 1)
    found = process(_written(tmp_path, "two.html", html)).article.metadata.scholarly
    assert found is not None
    assert found.doi is None
    assert found.journal == "Review of Maritime Economics"


def test_the_head_states_the_doi_an_articles_cite_as_link_names(tmp_path: Path) -> None:
    html = (PAGES / "labelled.html").read_text(encoding="utf-8")
    html = re.sub(r'<p class="doi">.*?</p>\n', "", html)
    html = html.replace(
        "</head>", '<link rel="cite-as" href="https://doi.org/10.3030/RME.2021.5.12">\n</head>'
    )
    found = process(_written(tmp_path, "cite-as.html", html)).article.metadata.scholarly
    assert found is not None
    assert found.doi == "10.3030/RME.2021.5.12"


def test_no_page_takes_a_doi_of_another_work() -> None:
    for page in sorted(PAGES.glob("*.html")):
        found = _read(page.name)
        assert found is None or (found.doi or "").casefold() not in OTHER_WORKS, page.name


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        ("10.1234/abc", "10.1234/abc"),
        ("doi:10.1234/ABC", "10.1234/ABC"),
        ("DOI: 10.1234/ABC.", "10.1234/ABC"),
        ("https://doi.org/10.1234/a(b)c", "10.1234/a(b)c"),
        ("HTTPS://DX.DOI.ORG/10.1234/x_y", "10.1234/x_y"),
        ("https://doi.org/10.1234%2Fabc", "10.1234/abc"),
        ("info:doi/10.1000/182", "10.1000/182"),
        ("courier-2024-0212-marsh", None),
        ("https://example.org/10.1234/abc", None),
        ("10.12/abc", None),  # a prefix is 10. and four digits or more
    ],
)
def test_a_doi_is_normalised(written: str, doi: str | None) -> None:
    assert normalise_doi(written) == doi


# -- storage ----------------------------------------------------------------


def _import(library: Library, *names: str) -> list[int]:
    result = library.import_paths([PAGES / name for name in names])
    ids = [r.post_id for r in result.results]
    assert all(post_id is not None for post_id in ids)
    return [post_id for post_id in ids if post_id is not None]


def test_the_facts_survive_saving_and_reopening_a_local_library(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        article, news = _import(library, "highwire.html", "news.html")
    with Library.open(path) as library:
        assert library.post(article).metadata.scholarly == HIGHWIRE
        assert library.post(news).metadata.scholarly is None
        by_key = {c.post_key: c.metadata.scholarly for c in library.citations()}
    assert sorted(by_key.values(), key=str) == sorted([HIGHWIRE, None], key=str)


def test_the_facts_survive_a_shared_library(pg_url: str) -> None:
    with Library.open(pg_url) as library:
        article, news = _import(library, "jsonld.html", "news.html")
    with Library.open(pg_url) as library:
        assert library.database == "postgresql"
        assert library.post(article).metadata.scholarly == JSONLD
        assert library.post(news).metadata.scholarly is None
        assert "doi = {10.4321/WEL.2024.47.2.0091}" in library.export("biblatex")


def test_a_library_of_version_18_upgrades_and_keeps_its_posts(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        (old,) = _import(library, "news.html")
    as_version(path, 18)
    with closing(sqlite3.connect(path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(posts)")}
    assert "doi" not in columns
    with Library.open(path) as library:
        assert library.post(old).metadata.scholarly is None
        (new,) = _import(library, "prism.html")
        assert library.post(new).metadata.scholarly == PRISM
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.VERSION,)


def test_the_researcher_corrects_the_doi_and_journal_and_re_extraction_keeps_them(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        (post_id,) = _import(library, "highwire.html")
        library.run(
            EditMetadata(
                post_id,
                (("doi", "https://doi.org/10.5555/JCH.2023.0413"), ("journal", "J. Coast. Herit.")),
            )
        )
        corrected = replace(HIGHWIRE, doi="10.5555/JCH.2023.0413", journal="J. Coast. Herit.")
        assert library.post(post_id).metadata.scholarly == corrected
        with pytest.raises(InvalidCorrection, match="not a DOI"):
            library.run(EditMetadata(post_id, (("doi", "the article's number"),)))
        library.run(EditMetadata(post_id, (("pages", "201 - 225"),)))
        assert library.post(post_id).metadata.scholarly.pages == "201–225"  # type: ignore[union-attr]
        library.reextract([post_id])
        again = library.post(post_id).metadata.scholarly
        assert again == replace(corrected, pages="201–225")
        assert "journal = {J. Coast. Herit.}" in library.export("bibtex")


def test_a_web_page_said_to_be_a_journal_article_is_exported_as_one(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        (post_id,) = _import(library, "news.html")
        assert "@online{" in library.export("biblatex")
        library.run(EditMetadata(post_id, (("entry_type", "journal"), ("doi", "10.1000/x"))))
        bib = library.export("biblatex")
    assert "@article{" in bib
    assert "journaltitle = {The Coastal Courier}" in bib  # its site, the only name it has
    assert "doi = {10.1000/x}" in bib


# -- export -----------------------------------------------------------------


@pytest.fixture
def citations(tmp_path: Path) -> list[Citation]:
    with Library.open(tmp_path / "library.sqlite3") as library:
        _import(library, "highwire.html", "news.html")
        return library.citations()


def printed_bibliography(tmp_path: Path, citations: list[Citation], backend: str, body: str) -> str:
    """The reference list pdfLaTeX prints for ``body`` with ``citations``
    exported for ``backend`` (``biber``: biblatex; ``bibtex``: plain)."""
    data = export("biblatex" if backend == "biber" else "bibtex", citations)
    (tmp_path / "refs.bib").write_text(data, encoding="utf-8")
    preamble = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
    if backend == "biber":
        preamble += "\\usepackage[backend=biber,safeinputenc]{biblatex}\n"
    text = _locator_text(compile_document(tmp_path, "pdflatex", backend, preamble, [], body=body))
    return text.partition("References")[2]


def _entries(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    library = parse_string(text)
    assert not library.failed_blocks
    return {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}


def test_biblatex_writes_an_article_in_its_journal_with_its_doi(
    citations: list[Citation],
) -> None:
    entries = _entries(export("biblatex", citations))
    kind, article = entries["marlow2023tide"]
    assert kind == "article"
    assert article["journaltitle"] == "Journal of Coastal Heritage"
    assert (article["volume"], article["number"], article["pages"]) == ("12", "3", "201--224")
    assert article["doi"] == "10.5555/JCH.2023.0412"
    assert "entrysubtype" not in article
    # The DOI is its lasting address: the landing page's is no second one.
    assert "url" not in article
    assert "urldate" not in article
    kind, news = entries["frith2024cattle"]
    assert kind == "online"
    assert "doi" not in news
    assert "journaltitle" not in news
    assert news["url"] == "https://coastalcourier.example/2024/02/12/cattle-marsh-study"


def test_bibtex_writes_an_article_in_its_journal_with_its_doi(citations: list[Citation]) -> None:
    entries = _entries(export("bibtex", citations))
    kind, article = entries["marlow2023tide"]
    assert kind == "article"
    assert article["journal"] == "Journal of Coastal Heritage"
    assert (article["volume"], article["number"], article["pages"]) == ("12", "3", "201--224")
    assert article["doi"] == "10.5555/JCH.2023.0412"
    assert article["note"] == r"\url{https://doi.org/10.5555/JCH.2023.0412}"
    kind, news = entries["frith2024cattle"]
    assert kind == "misc"
    assert "doi" not in news


def test_csl_json_writes_an_article_journal(citations: list[Citation]) -> None:
    items = {item["id"]: item for item in json.loads(export("csl-json", citations))}
    article = items["marlow2023tide"]
    assert article["type"] == "article-journal"
    assert article["container-title"] == "Journal of Coastal Heritage"
    assert (article["volume"], article["issue"], article["page"]) == ("12", "3", "201-224")
    assert article["DOI"] == "10.5555/JCH.2023.0412"
    assert items["frith2024cattle"]["type"] == "webpage"
    assert "DOI" not in items["frith2024cattle"]


def test_ris_writes_a_journal_record(citations: list[Citation]) -> None:
    ris = export("ris", citations)
    article, news = (record for record in ris.split("ER  - ") if "TY  -" in record)
    if "JOUR" not in article:
        article, news = news, article
    for line in (
        "TY  - JOUR",
        "JO  - Journal of Coastal Heritage",
        "VL  - 12",
        "IS  - 3",
        "SP  - 201",
        "EP  - 224",
        "DO  - 10.5555/JCH.2023.0412",
    ):
        assert f"{line}\r\n" in article, line
    assert "TY  - ELEC" in news
    assert "DO  -" not in news
    assert "JO  -" not in news


def test_markdown_links_the_doi(citations: list[Citation]) -> None:
    text = export("markdown", citations)
    assert (
        "Journal of Coastal Heritage 12 (3): 201–224. <https://doi.org/10.5555/JCH.2023.0412>."
        in text
    )


@needs_tex
@pytest.mark.compile
def test_biblatex_prints_the_journal_volume_and_doi(
    tmp_path: Path, citations: list[Citation]
) -> None:
    body = "A \\cite{marlow2023tide}. B \\cite{frith2024cattle}.\n"
    bibliography = printed_bibliography(tmp_path, citations, "biber", body)
    assert "Journal of Coastal Heritage 12.3 (May 14, 2023), pp. 201–224" in bibliography
    assert "doi: 10.5555/JCH.2023.0412" in bibliography, bibliography
    assert "CoastalCourier" in "".join(bibliography.split())  # the news story, as before


@needs_tex
@pytest.mark.compile
def test_bibtex_plain_prints_the_journal_volume_and_doi(
    tmp_path: Path, citations: list[Citation]
) -> None:
    body = "A \\cite{marlow2023tide}. B \\cite{frith2024cattle}.\n"
    bibliography = printed_bibliography(tmp_path, citations, "bibtex", body)
    assert "Journal of Coastal Heritage, 12(3):201–224" in bibliography, bibliography
    # (The URL may break after its host.)
    assert "https://doi.org/10.5555/JCH.2023.0412" in "".join(bibliography.split())
    assert "harbouracademic" not in bibliography  # the DOI, not the landing page
