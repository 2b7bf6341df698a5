"""Stop 45's extraction, storage and export merges read again as a
researcher's saved pages would (stop 45, final pass).

Team-written pages built from ``tests/fixtures/scholarly_stop45``: a news
story whose "read the study" card carries the study's Highwire tags, a blog
whose "related articles" box carries another article's, journal pages whose
pages are an article number or a range written as the first page, DOIs with
brackets and ``<>``, a journal named with "&" and accents, exported and
compiled by biber and BibTeX."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.errors import NewerLibrary
from quotemark.library.export import export
from quotemark.library.identifiers import normalise_doi
from quotemark.library.model import Citation
from quotemark.library.operations import EditMetadata
from quotemark.library.pipeline import process
from quotemark.library.service import Library
from quotemark.library.store import schema
from tests.library.engines import run, second_connection
from tests.library.older_library import as_version, dropped_since
from tests.library.test_export_compile import needs_tex
from tests.library.test_scholarly_stop45 import printed_bibliography

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly_stop45"
HIGHWIRE = (PAGES / "highwire.html").read_text(encoding="utf-8")
NEWS = (PAGES / "news.html").read_text(encoding="utf-8")

STUDY_CARD = (
    '<aside class="study-card"><h3>The study</h3>'
    '<meta name="citation_title" content="Grazing marshes and wader counts">'
    '<meta name="citation_author" content="Rhona Tallis">'
    '<meta name="citation_publication_date" content="2019/05/04">'
    '<meta name="citation_journal_title" content="Wader Studies">'
    '<meta name="citation_doi" content="10.1111/wader.2018.22">'
    "<p>Read the paper in Wader Studies.</p></aside>\n"
)


def _written(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _with_tag(name: str, value: str, html: str = HIGHWIRE) -> str:
    # The highwire page with one tag's value replaced (or the tag added).
    tag = f'<meta name="{name}" content="{value}">'
    found = re.search(rf'<meta name="{name}" content="[^"]*">', html)
    if found:
        return html.replace(found[0], tag, 1)
    return html.replace("</head>", f"{tag}\n</head>", 1)


# -- another work's tags in the body ------------------------------------------


def test_a_news_storys_study_card_does_not_make_it_the_study(tmp_path: Path) -> None:
    html = NEWS.replace("</article>", STUDY_CARD + "</article>", 1)
    assert html != NEWS
    metadata = process(_written(tmp_path, "news-card.html", html)).article.metadata
    assert metadata.scholarly is None
    assert metadata.site == "The Coastal Courier"
    assert "Rhona Tallis" not in metadata.authors
    assert metadata.title != "Grazing marshes and wader counts"


def test_a_blogs_related_box_gives_it_no_author_date_or_doi(tmp_path: Path) -> None:
    related = STUDY_CARD.replace('aside class="study-card"', 'div class="related"').replace(
        "</aside>", "</div>"
    )
    html = (
        "<html><head><title>Notes from the marsh</title></head><body><article>"
        "<h1>Notes from the marsh</h1>"
        + "<p>We walked the sea wall at dawn and counted redshank on the saltings. </p>" * 8
        + related
        + "</article></body></html>"
    )
    metadata = process(_written(tmp_path, "blog.html", html)).article.metadata
    assert metadata.scholarly is None
    assert metadata.authors == ()
    assert metadata.published is None


def test_tags_a_malformed_head_pushed_into_the_body_still_count(tmp_path: Path) -> None:
    # A stray element in the head makes the parser start the body early:
    # the article's own tags then stand in the body itself, and are kept.
    html = HIGHWIRE.replace("<title>", '<div class="banner">Beta</div>\n<title>', 1)
    found = process(_written(tmp_path, "stray.html", html)).article.metadata.scholarly
    assert found is not None
    assert found.doi == "10.5555/JCH.2023.0412"
    assert found.journal == "Journal of Coastal Heritage"


# -- pages -------------------------------------------------------------------


def _pages_of(tmp_path: Path, html: str) -> str | None:
    found = process(_written(tmp_path, "pages.html", html)).article.metadata.scholarly
    assert found is not None
    return found.pages


@pytest.mark.parametrize(
    ("first", "pages"), [("e0123456", "e0123456"), ("S12", "S12"), ("201-224", "201–224")]
)
def test_a_first_page_is_an_article_number_or_a_range(
    tmp_path: Path, first: str, pages: str
) -> None:
    html = _with_tag("citation_firstpage", first)
    html = html.replace('<meta name="citation_lastpage" content="224">\n', "")
    assert _pages_of(tmp_path, html) == pages


@pytest.mark.parametrize(("stated", "pages"), [("e0123456", "e0123456"), ("201-224", "201–224")])
def test_citation_pages_is_read(tmp_path: Path, stated: str, pages: str) -> None:
    html = HIGHWIRE.replace('<meta name="citation_firstpage" content="201">\n', "")
    html = html.replace('<meta name="citation_lastpage" content="224">\n', "")
    assert _pages_of(tmp_path, _with_tag("citation_pages", stated, html)) == pages


# -- DOIs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        ("10.1234/abc(1)", "10.1234/abc(1)"),
        ("(10.1234/abc(1))", "10.1234/abc(1)"),
        ("(doi:10.1234/abc)", "10.1234/abc"),
        ("10.1234/abc).", "10.1234/abc"),
        ("doi 10.1234/abc", "10.1234/abc"),
        ("10.1016/S0140-6736(20)30183-5", "10.1016/S0140-6736(20)30183-5"),
        (
            "10.1002/(SICI)1097-4636(199601)30:1<1::AID-JBM1>3.0.CO;2-Q",
            "10.1002/(SICI)1097-4636(199601)30:1<1::AID-JBM1>3.0.CO;2-Q",
        ),
    ],
)
def test_a_doi_keeps_the_brackets_it_opened(written: str, doi: str) -> None:
    assert normalise_doi(written) == doi


SICI = "10.1002/(SICI)1097-4636(199601)30:1<1::AID-JBM1>3.0.CO;2-Q"
JOURNAL = "Économie & Société: Revue d’Études Côtières"


@pytest.fixture
def odd(tmp_path: Path) -> list[Citation]:
    html = _with_tag("citation_doi", SICI.replace("<", "&lt;").replace(">", "&gt;"))
    html = _with_tag("citation_journal_title", JOURNAL, html)
    path = _written(tmp_path, "odd.html", html)
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.import_paths([path])
        (citation,) = library.citations()
    return [citation]


def test_the_odd_doi_and_journal_are_read_and_stored(odd: list[Citation]) -> None:
    items = json.loads(export("csl-json", odd))
    assert items[0]["DOI"] == SICI
    assert items[0]["container-title"] == JOURNAL


@pytest.mark.parametrize("kind", ["biblatex", "bibtex"])
def test_bib_files_carry_the_odd_doi_and_journal(odd: list[Citation], kind: str) -> None:
    library = parse_string(export(kind, odd))
    assert not library.failed_blocks
    (entry,) = library.entries
    fields = {f.key: f.value for f in entry.fields}
    assert fields["doi"] == SICI
    journal = fields["journaltitle" if kind == "biblatex" else "journal"]
    assert "\\&" in journal  # a bare & stops LaTeX


def test_ris_carries_the_odd_doi_and_journal(odd: list[Citation]) -> None:
    ris = export("ris", odd)
    assert f"DO  - {SICI}\r\n" in ris
    assert f"JO  - {JOURNAL}\r\n" in ris


@needs_tex
@pytest.mark.compile
def test_biber_prints_the_odd_journal_and_doi(tmp_path: Path, odd: list[Citation]) -> None:
    bibliography = printed_bibliography(tmp_path, odd, "biber", "A \\cite{marlow2023tide}.\n")
    assert "Économie & Société" in bibliography, bibliography
    # biblatex prints the DOI itself, as registered (a line may break in it).
    printed = "".join(bibliography.split()).replace("-", "")
    assert "doi:10.1002/(SICI)10974636(199601)30:1<1::AIDJBM1>3.0.CO;2Q" in printed, bibliography


@needs_tex
@pytest.mark.compile
def test_bibtex_prints_the_odd_journal_and_doi(tmp_path: Path, odd: list[Citation]) -> None:
    bibliography = printed_bibliography(tmp_path, odd, "bibtex", "A \\cite{marlow2023tide}.\n")
    assert "Économie & Société" in bibliography, bibliography
    # The classic styles print the DOI's link, where < and > are encoded.
    link = "https://doi.org/10.1002/(SICI)1097-4636(199601)30:1%3C1::AID-JBM1%3E3.0.CO;2-Q"
    assert link in "".join(bibliography.split()), bibliography


# -- typed identifiers find their posts ------------------------------------------

PREPRINTS = Path(__file__).resolve().parents[1] / "fixtures" / "preprint_stop45"


def _old_arxiv_page(tmp_path: Path) -> Path:
    # An arXiv page of the old form of identifier, tags and address.
    html = (PREPRINTS / "arxiv.html").read_text(encoding="utf-8")
    html = html.replace("2103.04417v2", "hep-th/9901001v1").replace("2103.04417", "hep-th/9901001")
    html = html.replace("Computation and Language (cs.CL)", "High Energy Physics - Theory (hep-th)")
    html = html.replace("Counting quotations", "Strings on the quay")
    return _written(tmp_path, "old-arxiv.html", html)


def _import(library: Library, tmp_path: Path) -> dict[str, int]:
    paths = [PREPRINTS / "biorxiv.html", PREPRINTS / "arxiv.html", _old_arxiv_page(tmp_path)]
    paths.append(PAGES / "highwire.html")
    result = library.import_paths(paths)
    ids = {path.name: r.post_id for path, r in zip(paths, result.results, strict=True)}
    assert all(post_id is not None for post_id in ids.values())
    return {name: post_id for name, post_id in ids.items() if post_id is not None}


def _first(library: Library, typed: str) -> int | None:
    hits = library.search(typed)
    return hits[0].post.id if hits else None


def _finds_what_is_typed(library: Library, ids: dict[str, int]) -> None:
    old = library.post(ids["old-arxiv.html"]).metadata.scholarly
    assert old is not None
    assert (old.archive, old.eprint, old.eprint_class) == ("arXiv", "hep-th/9901001", "hep-th")
    for typed, page in [
        # A DOI copied across a line break, or after "doi" without a colon.
        ("10.1101/ 2022.05.17.492311", "biorxiv.html"),
        ("10.5555/JCH.2023. 0412", "highwire.html"),
        ("doi 10.5555/jch.2023.0412", "highwire.html"),
        # arXiv's address typed without its scheme; the old form of id.
        ("arxiv.org/abs/2103.04417", "arxiv.html"),
        ("http://arxiv.org/abs/2103.04417v1", "arxiv.html"),
        ("hep-th/9901001", "old-arxiv.html"),
        ("arXiv:hep-th/9901001v1", "old-arxiv.html"),
    ]:
        assert _first(library, typed) == ids[page], typed


def test_a_local_library_finds_dois_and_arxiv_ids_as_typed(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        _finds_what_is_typed(library, _import(library, tmp_path))


def test_a_shared_library_finds_dois_and_arxiv_ids_as_typed(tmp_path: Path, pg_url: str) -> None:
    with Library.open(pg_url) as library:
        assert library.database == "postgresql"
        _finds_what_is_typed(library, _import(library, tmp_path))


# -- a library of schema 18 upgraded; a newer one refused -------------------------


def _fill(library: Library) -> tuple[int, int, int]:
    # A news story with a clip and a corrected title; a journal article
    # with a clip and a corrected author: what a version-18 library held.
    found = library.import_paths([PAGES / "news.html", PAGES / "highwire.html"])
    news, article = (r.post_id for r in found.results)
    assert news is not None
    assert article is not None
    clip, _ = library.clip(news, library.find_span(news, paragraph=1))
    library.clip(article, library.find_span(article, paragraph=1))
    library.run(EditMetadata(news, (("title", "Cattle on the marsh, corrected"),)))
    library.run(EditMetadata(article, (("authors", ("Ines Marlow",)),)))
    return news, article, clip.id


def _kept_at_19(library: Library, news: int, article: int, clip: int, clip_text: str) -> None:
    assert library.post(news).metadata.title == "Cattle on the marsh, corrected"
    assert library.post(article).metadata.authors == ("Ines Marlow",)
    assert library.get_clip(clip).text == clip_text
    assert len(library.corrections()) == 2
    # The new columns are empty: the article read before 19 is a web page
    # until it is read again, and nothing is made up for the news story.
    assert library.post(news).metadata.scholarly is None
    assert library.post(article).metadata.scholarly is None
    assert library.clip_list_count() == 2


def test_a_local_library_of_schema_18_upgrades_keeping_posts_clips_and_corrections(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        news, article, clip = _fill(library)
        clip_text = library.get_clip(clip).text
    as_version(path, 18)
    with Library.open(path) as library:
        _kept_at_19(library, news, article, clip, clip_text)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.VERSION,)
        assert conn.execute("SELECT count(*) FROM posts WHERE doi IS NOT NULL").fetchone() == (0,)


def test_a_shared_library_of_schema_18_upgrades_keeping_posts_clips_and_corrections(
    pg_url: str,
) -> None:
    with Library.open(pg_url) as library:
        news, article, clip = _fill(library)
        clip_text = library.get_clip(clip).text
    for statement in dropped_since(18):
        run(pg_url, statement)
    run(pg_url, "UPDATE quotemark_schema SET version = 18")
    with Library.open(pg_url) as library:
        _kept_at_19(library, news, article, clip, clip_text)
    with closing(second_connection(pg_url)) as conn:
        assert conn.execute("SELECT version FROM quotemark_schema").fetchone() == (schema.VERSION,)


def test_a_library_from_a_newer_quotemark_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(NewerLibrary) as caught:
        Library.open(path)
    message = caught.value.message
    assert str(path) in message
    assert f"schema version {schema.VERSION + 1}" in message
    assert f"reads up to {schema.VERSION}" in message
    assert "Update Quotemark" in message
    assert "not changed" in message
    assert path.read_bytes() == before


# -- stop 45's saved pages read again (review_html4_stop45) -----------------------

HTML4 = Path(__file__).resolve().parents[1] / "fixtures" / "review_html4_stop45"
JAPANESE = (HTML4 / "05-japanese-news.html").read_text(encoding="utf-8")
WORDPRESS = (HTML4 / "01-wordpress-yoast.html").read_text(encoding="utf-8")
SPEECH = (HTML4 / "08-govuk-speech.html").read_text(encoding="utf-8")
QUOTED_DAY = "<p>「1995年1月17日の朝を忘れない」と語った。渡し船は1958年"


def test_a_date_in_a_quotation_is_not_the_publication_date(tmp_path: Path) -> None:
    html = JAPANESE.replace("<p>渡し船は1958年", QUOTED_DAY, 1)
    assert html != JAPANESE
    assert process(_written(tmp_path, "a.html", html)).article.metadata.published == "2026-03-05"
    # Without the page's own date, the quoted day is no date either.
    undated = html.replace("2026年3月5日 18時30分", "18時30分", 1)
    assert process(_written(tmp_path, "b.html", undated)).article.metadata.published is None


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("令和8年3月5日", "2026-03-05"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
    ],
)
def test_a_japanese_era_year_is_read(tmp_path: Path, written: str, day: str) -> None:
    html = JAPANESE.replace("2026年3月5日 18時30分", f"{written} 18時30分", 1)
    assert process(_written(tmp_path, "era.html", html)).article.metadata.published == day


def test_a_login_whose_author_page_shows_another_name_is_cited_by_that_name(
    tmp_path: Path,
) -> None:
    # The account "marion" is shown as "Daniel Brandt" wherever it links.
    html = WORDPRESS.replace("Marion Okafor", "Daniel Brandt")
    metadata = process(_written(tmp_path, "a.html", html)).article.metadata
    assert metadata.authors == ("Daniel Brandt",)


def test_a_byline_of_someone_else_is_not_taken_for_the_login(tmp_path: Path) -> None:
    # The byline names another account's writer: the login stays as stated,
    # and neither the other byline nor a "View all posts" link becomes it.
    html = re.sub(
        r'<span class="byline">.*?</span>',
        '<span class="byline">Photos by <a href="https://portelmtidelog.example/author/dbrandt/" '
        'rel="author">Daniel Brandt</a></span>',
        WORDPRESS,
        count=1,
    )
    html = html.replace("By Marion Okafor", "About the author")
    html = html.replace("View all of Marion Okafor's posts.", "View all posts.")
    metadata = process(_written(tmp_path, "b.html", html)).article.metadata
    assert metadata.authors == ("marion",)


def test_a_govuk_speech_without_its_speaker_line_has_no_author(tmp_path: Path) -> None:
    html = SPEECH.replace(
        ' and <a href="/government/people/ada-lind" class="govuk-link">The Rt Hon Ada Lind MP</a>',
        "",
        1,
    )
    assert html != SPEECH
    metadata = process(_written(tmp_path, "speech.html", html)).article.metadata
    assert metadata.authors == ()  # not the department, not GOV.UK
    assert metadata.site == "Department for Coastal Communities"
    assert metadata.published == "2026-03-03"  # still the day it was delivered
