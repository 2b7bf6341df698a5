"""Stop 41: bylines and dates read from the visible page when it states no
metadata, from the tune half's misses (evaluation/visible.py --misses): the
date printed beside a byline that stands after the article (an author box),
and a writer's name in an element its class calls a name, beside the date,
with no mark between them. Every page here is team-written."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc
from tests.library.test_visible_stop38 import STORY, URL

_HEADLINE = "<h1>Harbour board closes the old pier to cars</h1>"


def _metadata(body: str, *, title: str = "Pier closes to cars") -> Metadata:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_html(html_doc(html, url=URL)).metadata


# -- the date beside a byline after the article ---------------------------

_AUTHOR_BOX = (
    "<section><div><img alt='Ada Lind' src='/ada.png'>"
    "<div><p>By Ada Lind</p><p>March 4, 2026</p></div></div></section>"
)


def test_the_date_under_a_byline_after_the_article_dates_the_post() -> None:
    # The header shows no date; the author box after the story does.
    meta = _metadata(f"<main><article>{_HEADLINE}{STORY}</article>{_AUTHOR_BOX}</main>")
    assert meta.published == "2026-03-04"


def test_a_date_in_the_bylines_own_line_after_the_article() -> None:
    box = "<div class='signoff'><p>By Ada Lind, March 4, 2026</p></div>"
    meta = _metadata(f"<main><article>{_HEADLINE}{STORY}{box}</article></main>")
    assert meta.published == "2026-03-04"


def test_a_related_posts_byline_and_date_do_not_date_the_post() -> None:
    # Must not fire: the only byline is a related article's, and its date
    # is that article's.
    related = (
        "<section class='related-posts'><h3>The ferry timetable</h3>"
        "<p>By Tom Hale</p><p>February 2, 2026</p></section>"
    )
    meta = _metadata(f"<main><article>{_HEADLINE}{STORY}</article>{related}</main>")
    assert meta.published is None
    assert meta.authors == ()


def test_a_by_the_numbers_heading_is_no_byline_to_date_by() -> None:
    # Must not fire: "By the numbers" over a dated line is a heading.
    figures = "<h2>By the numbers</h2><p>March 4, 2026</p><p>Forty boats use the pier.</p>"
    meta = _metadata(f"<main><article>{_HEADLINE}{STORY}{figures}</article></main>")
    assert meta.published is None
    assert meta.authors == ()


# -- a name element beside the date ----------------------------------------


def _header(meta_line: str) -> str:
    return f"<article><header>{_HEADLINE}{meta_line}</header>{STORY}</article>"


def test_a_name_element_beside_the_date_is_the_byline() -> None:
    line = (
        "<div class='subhead'><span class='subhead-name'>ADA LIND</span>"
        "<div class='subhead-date'><time>Mar. 4, 2026</time></div></div>"
    )
    meta = _metadata(_header(line))
    assert meta.authors == ("Ada Lind",)
    assert meta.published == "2026-03-04"


def test_a_section_link_beside_the_date_is_no_byline() -> None:
    # Must not fire: a category link before the date names the section.
    line = (
        "<div class='meta'><a class='section-name' href='/harbour'>Harbour News</a>"
        "<time>Mar. 4, 2026</time></div>"
    )
    assert _metadata(_header(line)).authors == ()


def test_a_place_beside_the_date_is_no_byline() -> None:
    # Must not fire: a dateline's place in an element named for a name.
    line = (
        "<div class='meta'><span class='location-name'>PORT ELLEN</span>"
        "<span>Mar. 4, 2026</span></div>"
    )
    assert _metadata(_header(line)).authors == ()


def test_a_bare_span_beside_the_date_is_no_byline() -> None:
    # Must not fire: nothing names the first element a name (a kicker).
    line = (
        "<div class='meta'><span class='kicker'>Harbour Watch</span><span>Mar. 4, 2026</span></div>"
    )
    assert _metadata(_header(line)).authors == ()


def test_a_related_articles_name_and_date_are_not_this_posts() -> None:
    # Must not fire: the same meta line in a related article's teaser.
    teaser = (
        "<section class='related'><h3>The ferry timetable</h3><div class='teaser'>"
        "<span class='teaser-name'>Tom Hale</span><span>Feb. 2, 2026</span></div></section>"
    )
    meta = _metadata(f"<article>{_HEADLINE}{STORY}</article>{teaser}")
    assert meta.authors == ()


# -- a byline naming the writing ("Page by"), a full stop before its date --


def test_a_page_by_line_under_the_headline_is_the_byline() -> None:
    line = (
        "<p><small>Page by Ada Lind, <a href='/'>harbour.example.org</a>."
        " Last updated: 4 Mar 2026</small></p>"
    )
    meta = _metadata(f"<main>{_HEADLINE}{line}{STORY}</main>")
    assert meta.authors == ("Ada Lind",)


def test_a_full_stop_before_the_date_is_not_the_names() -> None:
    line = "<p class='byline'>By Ada Lind. Last updated: 4 Mar 2026</p>"
    meta = _metadata(f"<main>{_HEADLINE}{line}{STORY}</main>")
    assert meta.authors == ("Ada Lind",)


def test_the_stop_of_jr_stays_on_the_name() -> None:
    line = "<p class='byline'>By Tom Hale Jr. March 4, 2026</p>"
    meta = _metadata(f"<main>{_HEADLINE}{line}{STORY}</main>")
    assert meta.authors == ("Tom Hale Jr.",)


def test_a_photo_credit_under_the_headline_is_no_byline() -> None:
    # Must not fire: "Photo by" credits the picture, not the writing.
    credit = "<p><small>Photo by Tom Hale. Last updated: 4 Mar 2026</small></p>"
    meta = _metadata(f"<main>{_HEADLINE}{credit}{STORY}</main>")
    assert meta.authors == ()
