"""Stop 42: bylines and dates read from the visible page when it states no
metadata, from the tune half's misses (evaluation/visible.py --misses). An
author card right after the headline, its name a link to the writer's page
and a second link to the same page ("View more articles"), read even where
the page's layout names the column holding both a sidebar, and so is the
date line in the headline's block; a date in the site's header (a <header>
outside the post that holds the site's menu and not the headline: the day
the page was seen) is not the post's; a link to a writer's page under
/byline/, /writers/, /contributors/ or /journalists/ reads as one under
/author/ does, and a picture's credit ("Photo: <name>") is no byline. Every
page here is team-written."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc
from tests.library.test_visible_stop38 import STORY, URL

_HEADLINE = "<h1>Harbour board closes the old pier to cars</h1>"


def _metadata(body: str, *, title: str = "Pier closes to cars") -> Metadata:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_html(html_doc(html, url=URL)).metadata


def _card(name: str, slug: str) -> str:
    # The writer's card: the name and "View more articles", both linked to
    # the writer's page.
    return (
        "<div class='writer-info'><div class='cell'><h4>"
        f"<a class='name' href='https://example.org/author/{slug}.html'>{name}</a>"
        f"<a class='more' href='https://example.org/author/{slug}.html'>"
        "<span>View more articles</span></a></h4></div></div>"
    )


def test_an_author_card_after_the_headline_names_the_writer() -> None:
    page = f"<main><article>{_HEADLINE}{_card('Ada Lind', 'ada-lind')}{STORY}</article></main>"
    assert _metadata(page).authors == ("Ada Lind",)


def test_the_card_after_the_headline_in_a_column_named_sidebar() -> None:
    # The layout names the post's own column a sidebar; the card follows
    # the headline there.
    page = (
        "<div class='grid'><div class='cell sidebar'>"
        f"{_HEADLINE}{_card('Ada Lind', 'ada-lind')}<h2>The pier after the storm</h2>"
        "</div></div>"
        f"<div class='story'>{STORY}</div>"
    )
    assert _metadata(page).authors == ("Ada Lind",)


def test_a_related_storys_card_in_a_sidebar_names_no_writer() -> None:
    # Must not fire: the card in the sidebar does not follow the headline;
    # it is another story's.
    page = (
        f"<main><article>{_HEADLINE}{STORY}</article></main>"
        "<div class='sidebar'><h3>The ferry timetable</h3>"
        f"{_card('Tom Hale', 'tom-hale')}</div>"
    )
    assert _metadata(page).authors == ()


def test_a_row_of_writers_after_the_headline_names_no_writer() -> None:
    # Must not fire: two writers' pages beside each other are a list of
    # writers (the columnists), not this post's byline.
    row = (
        "<div class='writers'><p>"
        "<a href='https://example.org/author/ada-lind.html'>Ada Lind</a></p><p>"
        "<a href='https://example.org/author/tom-hale.html'>Tom Hale</a></p></div>"
    )
    page = f"<div class='sidebar'>{_HEADLINE}{row}</div><div>{STORY}</div>"
    assert _metadata(page).authors == ()


# -- the day in the site's header is not the post's --------------------------

_SITE_HEADER = (
    "<header class='page-header'><div class='container'>"
    "<span class='date nav-item'><a href='#'>Wednesday, March 11, 2026</a></span>"
    "<ul class='menu'><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul>"
    "</div></header>"
)
_TEASERS = (
    "<ul class='two-columns'><li><div class='hero'><a href='/ferry'>The ferry timetable</a>"
    "<div>Tom Hale</div><time datetime='2026-03-11T07:00:00-05:00'>March 11, 2026</time>"
    "</div></li></ul>"
)


def test_the_day_beside_the_sites_menu_does_not_date_the_post() -> None:
    # The site's header shows the day the page was seen; the post's own
    # line under the headline gives its date, before a teaser's <time>.
    page = (
        f"{_SITE_HEADER}<div class='page'><div class='head'>{_HEADLINE}"
        "<div class='author'>by <a href='/author/ada-lind'>Ada Lind</a></div>"
        "<div class='published'>| March 4, 2026 12:01 PM</div></div>"
        f"{STORY}{_TEASERS}</div>"
    )
    assert _metadata(page).published == "2026-03-04"


def test_a_posts_own_header_still_dates_it() -> None:
    # Must not fire: the post's <header> holds its headline and its date,
    # beside a list of sections.
    page = (
        "<header><nav><a href='/news'>News</a></nav>"
        f"{_HEADLINE}<p class='date'>March 4, 2026</p></header>{STORY}"
    )
    assert _metadata(page).published == "2026-03-04"


def test_a_header_inside_the_article_still_dates_it() -> None:
    # Must not fire: a header within the <article> is the post's, even
    # with a menu of its parts in it.
    page = (
        f"<article>{_HEADLINE}<header><ul class='menu'><li><a href='#a'>Part one</a></li></ul>"
        f"<time datetime='2026-03-04'>March 4, 2026</time></header>{STORY}</article>"
    )
    assert _metadata(page).published == "2026-03-04"


# -- the date line in the headline's block, in a column named a sidebar ------


def test_the_date_under_the_headline_in_a_column_named_sidebar() -> None:
    # The layout names the post's own column a sidebar; the date line
    # follows the headline there, after the photographer's credit.
    page = (
        "<div class='grid'><div class='cell sidebar'>"
        f"{_HEADLINE}<div class='post-info'><h2>The pier after the storm</h2>"
        "<label>Tom Hale</label><label>March 4, 2026 12:32</label></div>"
        f"</div></div><div class='story'>{STORY}</div>"
    )
    assert _metadata(page).published == "2026-03-04"


def test_a_related_box_right_after_the_headline_does_not_date_the_post() -> None:
    # Must not fire: the block after the headline names itself related;
    # its date is another story's.
    page = (
        "<div class='cell sidebar'>"
        f"{_HEADLINE}<div class='related-links'><a href='/ferry'>The ferry timetable</a>"
        "<span>February 2, 2026</span></div></div>"
        f"<div class='story'>{STORY}</div>"
    )
    assert _metadata(page).published is None


def test_a_sidebar_date_away_from_the_headline_does_not_date_the_post() -> None:
    # Must not fire: the sidebar's date stands in another column than the
    # headline's.
    page = (
        f"<main>{_HEADLINE}{STORY}</main>"
        "<div class='sidebar'><p>The ferry timetable</p><p>February 2, 2026</p></div>"
    )
    assert _metadata(page).published is None


# -- a writer's page under another folder than /author -----------------------


def test_a_link_to_the_writers_byline_page_names_the_writer() -> None:
    line = (
        "<div class='info'><span>Harbour Town</span>, "
        "<a href='https://example.org/byline/ada-lind'>Ada Lind</a> | Updated: March 4, 2026</div>"
    )
    page = f"<div class='head'>{_HEADLINE}{line}</div>{STORY}"
    assert _metadata(page).authors == ("Ada Lind",)


def test_a_link_to_a_page_about_a_person_names_no_writer() -> None:
    # Must not fire: a page about the person the story is about is no
    # writer's page.
    line = "<p class='subject'><a href='https://example.org/people/ada-lind'>Ada Lind</a></p>"
    page = f"<div class='head'>{_HEADLINE}{line}</div>{STORY}"
    assert _metadata(page).authors == ()


def test_a_photographers_credit_names_no_writer() -> None:
    # Must not fire: the photographer linked to her contributor's page.
    credit = (
        "<figure><img src='/pier.jpg' alt='The pier'><div class='credit'>Photo: "
        "<a href='https://example.org/contributors/ada-lind'>Ada Lind</a></div></figure>"
    )
    page = f"<div class='head'>{_HEADLINE}{credit}</div>{STORY}"
    assert _metadata(page).authors == ()
