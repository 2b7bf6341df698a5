"""Stop 36: bylines, dates and titles read from the visible page when the
metadata is gone (a stripped save, a reader-view copy), and the silver
measure that takes a page's metadata out to test them (evaluation/visible.py).
Every page here is team-written."""

from __future__ import annotations

from pathlib import Path

from evaluation.visible import Page, Seen, judge, strip_metadata
from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.html import extract_html
from quotemark.library.extract.titles import clean_title
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc

STORY = (
    "<p>The harbour ferry will run every twenty minutes from next spring, the council"
    " said on Tuesday, after a year in which the boats were late on most mornings.</p>"
    "<p>Commuters had asked for the change in a petition signed by four thousand people,"
    " and the ferry company agreed to add two boats to the crossing by April.</p>"
    "<p>The new timetable starts on the first Monday of March and costs nothing more.</p>"
)


def _page(byline: str, *, title: str = "Ferries every twenty minutes", head: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>Ferries every twenty minutes</h1><div class='byline'>{byline}</div>"
        f"{STORY}</article></body></html>"
    )


def _metadata(html: str, url: str = "https://ferries.example.org/news/ferry") -> Metadata:
    return extract_html(html_doc(html, url=url)).metadata


def _authors(html: str) -> tuple[str, ...]:
    return _metadata(html).authors


# -- the silver measure ------------------------------------------------------

_TAGGED = _page(
    "By <span itemprop='author' content='Odile Brandt'>Odile Brandt</span>"
    " <time datetime='2025-03-04'>4 March 2025</time>",
    head=(
        "<meta charset='utf-8'><meta name='author' content='Odile Brandt'>"
        "<meta property='og:title' content='Ferries every twenty minutes'>"
        "<meta property='article:published_time' content='2025-03-04T08:00:00Z'>"
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Ferries every twenty minutes", "author": {"name": "Odile Brandt"}}'
        "</script>"
    ),
)


def test_the_metadata_is_taken_out_and_the_visible_page_stays() -> None:
    stripped = strip_metadata(_TAGGED)
    for gone in ("og:title", "ld+json", "name='author'", "content="):
        assert gone not in stripped
    for kept in ("<meta charset='utf-8'>", "<time datetime='2025-03-04'>", "itemprop='author'"):
        assert kept in stripped
    assert "Odile Brandt</span>" in stripped


def test_the_measure_finds_the_fields_the_visible_page_shows() -> None:
    verdicts = {v.field: v for v in judge(Page("ferry.html", "scrapinghub", _TAGGED, None))}
    assert set(verdicts) == {"title", "author", "date"}
    assert all(v.right and v.traced for v in verdicts.values())


def test_a_byline_only_in_the_metadata_has_no_visible_trace() -> None:
    seen = Seen.of(strip_metadata(_page("", head="<meta name='author' content='Odile Brandt'>")))
    # (The surname is read as a word: "Doe" is not in "does".)
    assert not seen.shows_author(frozenset({"Odile Brandt"}))
    assert not Seen("It does not matter.", "", frozenset()).shows_author(frozenset({"Jane Doe"}))


def test_the_measure_runs_on_a_page_file(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(_TAGGED, encoding="utf-8")
    # A defuddle page is scored against its expected values.
    expected = {"title": "Ferries", "author": "Odile Brandt", "date": "2025-03-04"}
    page = Page(path.name, "defuddle", path.read_text(encoding="utf-8"), None, expected)
    verdicts = {v.field: v.right for v in judge(page)}
    assert verdicts == {"title": False, "author": True, "date": True}


# -- bylines that run on into their date line ---------------------------------


def test_a_byline_running_on_into_an_update_line_names_the_writer() -> None:
    html = _page("By Odile Brandt Updated Mar 4, 2025, 10:28am EST")
    assert _authors(html) == ("Odile Brandt",)


def test_a_byline_with_a_numeric_date_after_a_dash_names_the_writer() -> None:
    assert author_names(["By Odile Brandt - 3/4/25 11:04 PM EST"], written=True) == (
        "Odile Brandt",
    )


def test_a_posted_by_line_with_its_date_names_the_writer() -> None:
    assert author_names(["Posted by Odile Brandt on March 4, 2025 @ 8:39 am"], written=True) == (
        "Odile Brandt",
    )


def test_a_handle_set_against_the_name_is_left_out() -> None:
    html = _page("By Odile Brandt@obrandt Mar 4, 2025, 11:47am EST")
    assert _authors(html) == ("Odile Brandt",)


def test_the_outlets_address_after_the_name_is_no_author() -> None:
    assert author_names(["By Odile Brandt, FerryNews.com"], written=True) == ("Odile Brandt",)


def test_a_byline_of_two_names_is_not_cut_at_a_month_name() -> None:
    # (A guard on the date line's cut: a month name starts a date only
    # before a day's number.)
    assert author_names(["By May Brandt and June Okafor"], written=True) == (
        "May Brandt",
        "June Okafor",
    )


# -- a <title> with the site's sections around the headline -------------------


def test_a_title_with_section_and_site_after_the_headline_gives_the_headline() -> None:
    html = _page("By Odile Brandt", title="Ferries every twenty minutes | Travel | Harbour News")
    assert _metadata(html).title == "Ferries every twenty minutes"


def test_a_section_before_and_the_site_after_the_headline_are_cut() -> None:
    assert (
        clean_title(
            "Opinion | Ferries every twenty minutes - Harbour News",
            site=None,
            url=None,
            heading="Ferries every twenty minutes",
        )
        == "Ferries every twenty minutes"
    )


def test_a_masthead_heading_beside_the_sections_is_no_headline() -> None:
    # The page's h1 is the site's name: the title's headline is the long part.
    title = "Harbour News | Travel | Ferries every twenty minutes from next spring"
    assert clean_title(title, site=None, url=None, heading="Harbour News") != "Harbour News"


def test_a_headline_with_a_deck_after_a_colon_keeps_the_deck() -> None:
    title = "Ferries: every twenty minutes from spring | Travel | Harbour News"
    assert clean_title(title, site=None, url=None, heading="Ferries") != "Ferries"


# -- where the byline stands --------------------------------------------------


def test_a_list_of_authors_named_by_its_class_names_them() -> None:
    html = _page("").replace(
        "<div class='byline'></div>",
        "<p>2025-03-04</p><ul class='author-list'><li><a href='/people/ob'>Odile Brandt</a>"
        "</li></ul>",
    )
    assert _authors(html) == ("Odile Brandt",)


def test_a_commenter_marked_as_a_comments_creator_is_no_author() -> None:
    comments = (
        "<div class='comments'><div class='comment'><span itemprop='creator'>"
        "<span itemprop='name'>Pim Vos</span></span><p>Lovely news, thank you.</p></div></div>"
    )
    html = _page("by <span itemprop='author'>Odile Brandt</span>").replace(
        "</article>", "</article>" + comments
    )
    assert _authors(html) == ("Odile Brandt",)


def test_a_newsletter_posts_dateline_dates_it() -> None:
    # An article named as a newsletter's post is the post, not a sign-up box.
    html = (
        "<html><head><title>Ferries every twenty minutes</title></head><body><main>"
        "<article class='newsletter-post'><h1>Ferries every twenty minutes</h1>"
        f"<h4>March 4, 2025</h4>{STORY}</article></main></body></html>"
    )
    published = _metadata(html, url="https://ferries.example.org/p/ferry").published
    assert (published or "")[:10] == "2025-03-04"


def test_a_newsletter_sign_up_box_still_dates_nothing() -> None:
    html = _page("By Odile Brandt").replace(
        "</article>",
        "</article><div class='newsletter'><p>Our letter of March 9, 2025 is out.</p></div>",
    )
    assert _metadata(html).published is None


def _masthead_page(post_heading: str) -> str:
    return (
        "<html><head><title>Ferries every twenty minutes | Harbour News</title></head><body>"
        "<div class='top'><div class='logo'><h1><a href='/'>Harbour News</a></h1></div></div>"
        f"<div class='story'>{post_heading}{STORY}</div></body></html>"
    )


def test_a_masthead_h1_naming_the_site_gives_way_to_the_posts_heading() -> None:
    html = _masthead_page("<h2>Ferries every twenty minutes</h2>")
    assert _metadata(html).title == "Ferries every twenty minutes"


def test_the_site_name_is_no_headline_beside_a_second_h1() -> None:
    html = _masthead_page("<h1>Ferries every twenty minutes</h1>")
    assert _metadata(html).title == "Ferries every twenty minutes"


def test_a_layout_named_for_its_sidebar_does_not_hide_the_posts_date() -> None:
    # The column that holds the post is named for the page's layout.
    html = (
        "<html><head><title>Ferries every twenty minutes</title></head><body>"
        "<div class='container with_sidebar'><article><h1>Ferries every twenty minutes</h1>"
        "<div class='meta'>by Odile Brandt <time datetime='2025-03-04T09:00:00-05:00'>"
        f"March 4, 2025</time></div>{STORY}</article>"
        "<aside><p>Archive: <time datetime='2024-12-01'>1 December 2024</time></p></aside>"
        "</div></body></html>"
    )
    assert (_metadata(html).published or "")[:10] == "2025-03-04"


def test_a_dateline_with_publication_and_update_dates_the_post() -> None:
    line = "Published Mar 4, 2025 at 9:10 AM | Updated at 5:36 PM CST on Mar 5, 2025"
    html = _page(f"By Odile Brandt</div><div class='dateline'>{line}")
    assert (_metadata(html).published or "")[:10] == "2025-03-04"


def test_a_sentence_with_a_date_still_dates_nothing() -> None:
    line = "The council met on the quay on Mar 4, 2025 to hear what the commuters wanted"
    html = _page(f"By Odile Brandt</div><div class='intro'>{line}")
    assert _metadata(html).published is None


def test_a_host_name_after_the_headline_is_the_sites_name() -> None:
    title = "Ferries every twenty minutes, the council says \u2014 www.harbournews.example.nl"
    assert clean_title(title, site=None, url=None, heading="") == (
        "Ferries every twenty minutes, the council says"
    )


def test_a_byline_named_in_block_element_style_names_the_writer() -> None:
    html = _page("").replace(
        "<div class='byline'></div>",
        "<p class='meta__byline__author'>Analysis by Odile Brandt,"
        " Harbour News Editor-at-large</p>",
    )
    assert _authors(html) == ("Odile Brandt",)


def test_a_link_to_the_writers_page_names_the_writer() -> None:
    html = _page("").replace(
        "<div class='byline'></div>",
        "<h4><a class='name' href='https://ferries.example.org/author/odile-brandt.html'>"
        "Odile Brandt</a></h4>",
    )
    assert _authors(html) == ("Odile Brandt",)


def test_a_menu_link_to_the_authors_is_no_name() -> None:
    html = _page("").replace(
        "<div class='byline'></div>",
        "<p><a href='/authors/'>Our Writers</a> <a href='/author/team'>Harbour Team</a></p>",
    )
    assert _authors(html) == ()
