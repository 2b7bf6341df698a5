"""Metadata from saved pages: dates in every notation, author names out of
bylines, titles without the site name, and the order of sources (JSON-LD
over OpenGraph over the page's own text)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.dates import parse_date
from quotemark.library.extract.html import extract_html
from quotemark.library.extract.jsonld import read_linked_data
from quotemark.library.extract.titles import clean_title
from quotemark.library.model import Metadata, RawDocument, SourceFormat

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$")
ARTICLE = "<p>The ferry left at dawn with forty passengers and a patient dog aboard.</p>"


def metadata(head: str, body: str = "", *, url: str | None = None) -> Metadata:
    html = f"<html><head>{head}</head><body>{body}{ARTICLE}</body></html>"
    doc = RawDocument(
        path="post.html", format=SourceFormat.HTML, original=html.encode(), html=html, url=url
    )
    return extract_html(doc).metadata


# -- dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-11-11", "2017-11-11"),
        ("2025-04-08T00:00:00.000Z", "2025-04-08T00:00:00+00:00"),
        ("2026-04-19T18:19:19-04:00", "2026-04-19T18:19:19-04:00"),
        ("2019-03-16T09:12:00+0100", "2019-03-16T09:12:00+01:00"),
        ("2024-02-06T00:00:00", "2024-02-06"),  # a time without a zone says no instant
        ("Saturday, November 11, 2017", "2017-11-11"),
        ("Nov. 11th 2017, 3:04 pm", "2017-11-11"),
        ("11 de noviembre de 2017", "2017-11-11"),
        ("11. November 2017 um 14:30", "2017-11-11"),
        ("le 14 juillet 2015", "2015-07-14"),
        ("Sat, 11 Nov 2017 10:00:00 GMT", "2017-11-11T10:00:00+00:00"),
        ("1510394400", "2017-11-11T10:00:00+00:00"),
        ("20171111", "2017-11-11"),
        ("2019/12/25", "2019-12-25"),
        ("25.12.2019", "2019-12-25"),
        ("11/12/2017", "2017-11-12"),  # US order for a slash
        ("31/12/2017", "2017-12-31"),  # ... unless the first number cannot be a month
        ("Posted on May 5, 2017 by harbourwatch", "2017-05-05"),
    ],
)
def test_dates_in_every_notation(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["", "March 2024", "5 min read", "Copyright 1970", "2017-02-30", "version 3.2.1"]
)
def test_non_dates_are_none(value: str) -> None:
    assert parse_date(value) is None


@given(st.text(max_size=200))
def test_parse_date_never_raises_and_gives_iso(value: str) -> None:
    result = parse_date(value)
    assert result is None or _ISO.match(result)


def test_a_dateline_keeps_its_own_calendar_day() -> None:
    # 23:30 in New York is already the next day in UTC; the page means its day.
    assert parse_date("2020-12-31T23:30:00-05:00") == "2020-12-31T23:30:00-05:00"


# -- author names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["By Jane Smith and John Doe"], ("Jane Smith", "John Doe")),
        (["Posted by rheytah at 10:04 AM"], ("rheytah",)),
        (["Jane Doe (@janedoe)"], ("Jane Doe",)),
        (["Dr Jane Smith - https://blog.example.com/"], ("Dr Jane Smith",)),
        (["Jane Smith, Research Scientist, and John Doe"], ("Jane Smith", "John Doe")),
        (["Françoise Lefèvre et José Núñez"], ("Françoise Lefèvre", "José Núñez")),
        (["https://www.facebook.com/someone", "@handle", "admin"], ()),
        (["Jane Smith", "jane smith"], ("Jane Smith",)),
        # Wire style in capitals is written as a citation writes names.
        (["By HANNA LEPP and SEAN O'NEIL-KASK"], ("Hanna Lepp", "Sean O'Neil-Kask")),
        (["AP"], ("AP",)),
        # An agency or outlet beside the writers is their employer.
        (["By HANNA LEPP, Associated Press"], ("Hanna Lepp",)),
        (["Hanna Lepp", "CNN"], ("Hanna Lepp",)),
        (["Reuters"], ("Reuters",)),
        # Degrees and a domain after a name are not co-authors; "Jr." stays.
        (["Hanna Lepp, BSc, APD"], ("Hanna Lepp",)),
        (["Mart Kask, MS, RDN"], ("Mart Kask",)),
        (["Hanna Lepp, harbournotes.com"], ("Hanna Lepp",)),
        (["Mart Kask, Jr."], ("Mart Kask Jr.",)),
        # Labels before the name, in English and Russian.
        (["Analysis by Hanna Lepp"], ("Hanna Lepp",)),
        (["Текст: Анна Лепп"], ("Анна Лепп",)),
    ],
)
def test_author_names_from_bylines(values: list[str], expected: tuple[str, ...]) -> None:
    assert author_names(values) == expected


def test_citation_author_values_are_not_split_at_the_comma() -> None:
    assert author_names(["Smith, Jane", "Doe, John"], split=False) == ("Smith, Jane", "Doe, John")


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "By clicking Subscribe, you agree to our Terms and Privacy Policy."
    assert author_names([text], written=True) == ()


# -- titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "url", "heading", "expected"),
    [
        ("Buy wisely | Steph Ango", "Steph Ango", None, "", "Buy wisely"),
        (
            "Obsidian (software) - Wikipedia",
            None,
            "https://en.wikipedia.org/wiki/O",
            "",
            "Obsidian (software)",
        ),
        (
            "Rivermouth Notes: The Ferry Runs Again!",
            None,
            None,
            "The Ferry Runs Again!",
            "The Ferry Runs Again!",
        ),
        ("Pre-war - post-war: a history", None, None, "", "Pre-war - post-war: a history"),
        ("Canal News | Lock keepers strike", "Canal News", None, "", "Lock keepers strike"),
    ],
)
def test_titles_lose_the_site_name_only(
    title: str, site: str | None, url: str | None, heading: str, expected: str
) -> None:
    assert clean_title(title, site=site, url=url, heading=heading) == expected


# -- JSON-LD and the order of sources ---------------------------------------------


def test_json_ld_graph_with_references_and_sloppy_json() -> None:
    script = """<!--
    {"@context": "https://schema.org", "@graph": [
      {"@type": ["NewsArticle"], "headline": "Lock keepers strike",
       "author": [{"@id": "#p1"}, {"@id": "#p2"}], "datePublished": "2021-06-04",
       "publisher": {"@id": "#org"}, "inLanguage": "en-GB",},
      {"@type": "Person", "@id": "#p1", "name": "Priya Okonjo"},
      {"@type": "Person", "@id": "#p2", "givenName": "Daniel", "familyName": "Lund"},
      {"@type": "Organization", "@id": "#org", "name": "The Canal Ledger"}
    ]} -->"""
    facts = read_linked_data([script, "{not json at all", "[]"])
    assert facts.title == "Lock keepers strike"
    assert facts.authors == ("Priya Okonjo", "Daniel Lund")
    assert facts.published == "2021-06-04"
    assert facts.publisher == "The Canal Ledger"
    assert facts.language == "en-GB"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->"), ("", "")],
)
def test_json_ld_wrapped_for_old_browsers_is_read(opening: str, closing: str) -> None:
    script = (
        f"\n  {opening}\n"
        '{"@type": "NewsArticle", "headline": "Weir repairs begin",'
        ' "author": {"@type": "Person", "name": "Tomas Reyl"}}'
        f"\n  {closing}  \n"
    )
    facts = read_linked_data([script])
    assert facts.title == "Weir repairs begin"
    assert facts.authors == ("Tomas Reyl",)


def test_json_ld_outranks_opengraph_and_meta_tags() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "From JSON-LD",'
        ' "author": {"@type": "Person", "name": "Ada Quay"},'
        ' "datePublished": "2022-05-01T08:00:00+02:00"}</script>'
        '<meta property="og:title" content="From OpenGraph">'
        '<meta name="author" content="Meta Author">'
        '<meta property="article:published_time" content="2021-01-01">'
    )
    meta = metadata(head)
    assert meta.title == "From OpenGraph"  # og:title is the headline as shared
    assert meta.authors == ("Ada Quay",)
    assert meta.published == "2022-05-01T08:00:00+02:00"


def test_byline_and_dateline_in_the_page_when_metadata_is_silent() -> None:
    body = (
        "<header><h1>The heron count</h1><p class='byline'>By <a href='/a/mo'>Mo Reyes</a>"
        "</p><p>March 3, 2024</p></header>"
    )
    meta = metadata("<title>The heron count</title>", body)
    assert meta.authors == ("Mo Reyes",)
    assert meta.published == "2024-03-03"


def test_dates_in_comments_and_code_are_not_the_publication_date() -> None:
    body = (
        "<article><h1>Notes</h1><p>Text of the post, long enough to be a paragraph of it.</p>"
        "<p>And a second paragraph, so the header of the post is over by now.</p>"
        "<pre><code>start-date: 2026-01-15</code></pre>"
        "<div class='comments'><time datetime='2025-01-15T10:30:00Z'>2 days ago</time></div>"
        "</article>"
    )
    assert metadata("<title>Notes</title>", body).published is None


def test_date_in_the_address_when_the_page_states_none() -> None:
    meta = metadata("<title>x</title>", url="https://example.com/2026/03/16/new-product")
    assert meta.published == "2026-03-16"


def test_placeholder_and_brand_titles_are_skipped() -> None:
    head = (
        '<meta property="og:title" content="{{page.title}}">'
        '<meta name="author" content="Example AI">'
        '<meta name="twitter:title" content="Example AI">'
        "<title>The Darwin Machine rewrites its own code</title>"
    )
    assert metadata(head).title == "The Darwin Machine rewrites its own code"


def test_unfilled_templates_and_empty_values_give_way_to_the_next_source() -> None:
    # A CMS that never filled its <meta> templates: the site, author and
    # date come from the page's other sources, never "{{site.name}}".
    head = (
        '<meta property="og:site_name" content="{{site.name}}">'
        '<meta property="article:published_time" content="{% date %}">'
        '<meta name="author" content=". .">'
        "<title>Night ferry timetable | Harbour Notes</title>"
        '<script type="application/ld+json">{"@type": "BlogPosting",'
        ' "datePublished": "2026-03-15T10:00:00+00:00",'
        ' "author": {"@type": "Person", "name": "Hanna Lepp"}}</script>'
    )
    meta = metadata(head)
    assert meta.title == "Night ferry timetable"
    assert meta.site == "Harbour Notes"
    assert meta.published == "2026-03-15T10:00:00+00:00"
    assert meta.authors == ("Hanna Lepp",)


def test_unfilled_templates_in_json_ld_are_no_author_or_site() -> None:
    head = (
        "<title>Night ferry timetable | Harbour Notes</title>"
        '<meta name="author" content="Hanna Lepp">'
        '<script type="application/ld+json">{"@type": "BlogPosting",'
        ' "author": {"@type": "Person", "name": "{{ author.name }}"},'
        ' "publisher": {"@type": "Organization", "name": "{{site.name}}"}}</script>'
    )
    meta = metadata(head)
    assert meta.authors == ("Hanna Lepp",)
    assert meta.site == "Harbour Notes"


@pytest.mark.parametrize(
    ("declared", "shown"),
    [
        ("https://www.harbournotes.example/", "harbournotes.example"),
        ("www.harbournotes.example", "harbournotes.example"),
        ("@harbournotes", "harbournotes"),
        ("Harbour Notes", "Harbour Notes"),
    ],
)
def test_site_name_given_as_an_address_or_handle_reads_as_a_name(declared: str, shown: str) -> None:
    assert metadata(f'<meta property="og:site_name" content="{declared}">').site == shown


@pytest.mark.parametrize("heading", ["", "<h1>Harbour Notes</h1>"])
def test_home_after_a_pipe_is_the_page_not_the_site(heading: str) -> None:
    meta = metadata("<title>Harbour Notes | Home</title>", heading)
    assert (meta.title, meta.site) == ("Harbour Notes", None)


def test_a_byline_on_a_page_whose_body_class_names_a_sidebar_layout_is_read() -> None:
    # Drupal and WordPress write the layout on <body>: "one-sidebar".
    html = (
        '<html><head><title>Night ferry</title></head><body class="page one-sidebar">'
        '<div class="story"><div class="byline">By HANNA LEPP and MART KASK</div>'
        f"{ARTICLE}</div></body></html>"
    )
    doc = RawDocument(path="post.html", format=SourceFormat.HTML, original=html.encode(), html=html)
    assert extract_html(doc).metadata.authors == ("Hanna Lepp", "Mart Kask")


@pytest.mark.parametrize(
    ("sidebar", "authors"),
    [
        ("<p>By <strong>Hanna&nbsp;Lepp</strong></p>", ("Hanna Lepp",)),
        # A list of posts by others is no byline of this one.
        (
            "<p>By Mart Kask</p><p>By Eva Kask</p>",
            (),
        ),
    ],
)
def test_a_one_author_blog_names_its_author_in_the_sidebar(
    sidebar: str, authors: tuple[str, ...]
) -> None:
    body = f'<div id="Sidebar">{sidebar}</div>'
    assert metadata("<title>Night ferry</title>", body).authors == authors


def test_an_avatar_beside_its_name_is_the_author() -> None:
    body = (
        '<div class="meta"><a href="/u/lepp">'
        '<img src="lepp.jpg" alt="Hanna Lepp">Hanna Lepp</a></div>'
    )
    assert metadata("<title>Night ferry</title>", body).authors == ("Hanna Lepp",)


def test_a_teaser_card_with_a_heading_is_no_author() -> None:
    # "More in Tallinn": a picture and a heading with the same words.
    body = (
        '<a href="/places/tallinn"><img src="tallinn-banner.jpg" alt="Tallinn">'
        "<div><h4>Tallinn</h4></div></a>"
    )
    assert metadata("<title>Night ferry</title>", body).authors == ()


@pytest.mark.parametrize(
    "byline",
    ["Hanna Lepp. Harbour Notes", "Hanna Lepp, Harbour Notes", "Hanna Lepp for Harbour Notes"],
)
def test_the_site_appended_to_a_name_is_not_part_of_it(byline: str) -> None:
    head = (
        '<meta property="og:site_name" content="Harbour Notes">'
        f'<meta name="author" content="{byline}">'
    )
    assert metadata(head).authors == ("Hanna Lepp",)


def test_the_site_itself_is_no_co_author() -> None:
    head = (
        '<meta property="og:site_name" content="Harbour Notes">'
        '<meta name="author" content="Hanna Lepp, Harbour Notes Weekend">'
    )
    assert metadata(head).authors == ("Hanna Lepp",)


def test_a_publication_on_a_blogging_platform_is_the_site_not_the_platform() -> None:
    head = (
        '<meta property="og:site_name" content="Medium">'
        "<title>Night ferry timetable</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "publisher": {"@type": "Organization", "name": "Harbour Engineering"}}</script>'
    )
    assert metadata(head).site == "Harbour Engineering"
    # A site of its own keeps its name over its publisher's.
    own = head.replace('content="Medium"', 'content="Harbour Notes"')
    assert metadata(own).site == "Harbour Notes"


def test_language_tag_is_bcp47() -> None:
    assert metadata('<meta property="og:locale" content="pt_BR">').language == "pt-BR"


# -- publishers are not authors ----------------------------------------------


def test_the_site_named_as_author_gives_way_to_the_visible_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Harbour News">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry '
        'returns", "author": {"@type": "Organization", "name": "Harbour News"}}</script>'
    )
    body = '<p class="byline">By Marta Quill</p>'
    assert metadata(head, body).authors == ("Marta Quill",)


def test_a_publishing_house_is_never_the_author() -> None:
    head = (
        '<meta property="og:site_name" content="The Tidewater Review">'
        '<meta name="author" content="Condé Nast">'
    )
    assert metadata(head).authors == ()
    assert metadata(head, '<p class="byline">By Ivo Strand</p>').authors == ("Ivo Strand",)


def test_a_publishing_house_beside_a_writer_is_dropped_and_the_writer_kept() -> None:
    head = (
        '<meta property="og:site_name" content="The Tidewater Review">'
        '<meta name="author" content="Ivo Strand, Hearst">'
    )
    assert metadata(head).authors == ("Ivo Strand",)
