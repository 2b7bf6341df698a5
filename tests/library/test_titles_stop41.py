"""Stop 41: the headline from the visible page when the metadata states no
title, from the tune half's misses (evaluation/visible.py --misses): a
<title> that is only the site's name beside the one headline the page
marks, and a page without an h1 whose <title> is split by the element it
names a title. Every page here is team-written."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc

STORY = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from next spring,"
    " after divers found the timber piles had rotted further than the last survey said.</p>"
    "<p>Tom Hale, who runs the ferry from the pier's end, said the boats would keep"
    " sailing and that foot passengers could still walk the length of it.</p>"
    "<p>Ada Lind said the board will spend the summer on a survey and decide on repairs in"
    " the autumn.</p>"
)
HEADLINE = "Harbour board closes the old pier to cars"
URL = "https://www.harbourgazette.example.com/news/2026/pier-closes"


def _metadata(title: str, body: str) -> Metadata:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_html(html_doc(html, url=URL)).metadata


# -- a <title> that is only the site's name ---------------------------------


def test_a_site_name_title_gives_way_to_the_marked_h1() -> None:
    # The <title> is the site's name (its letters the address's); the h1
    # the page marks as its post's title is the headline a reader sees.
    body = f"<div class='post'><h1 class='post-title'>{HEADLINE}</h1>{STORY}</div>"
    assert _metadata("Harbour Gazette", body).title == HEADLINE


def test_the_marked_h1_is_read_beside_a_copy_in_the_navigation() -> None:
    # A sticky bar repeats the headline in a bare h1: one headline still.
    body = (
        f"<nav><h1 class='bar'>{HEADLINE}</h1></nav>"
        f"<div class='post'><h1 class='post__title'>{HEADLINE}</h1>{STORY}"
        "<h1 class='h1'>Comment on this article</h1></div>"
    )
    assert _metadata("Harbour Gazette", body).title == HEADLINE


def test_a_headline_in_an_h2_under_a_kicker() -> None:
    body = (
        "<article><div class='kicker'>Harbour</div>"
        f"<h2 class='headline'>{HEADLINE}</h2>{STORY}</article>"
    )
    assert _metadata("Harbour Gazette", body).title == HEADLINE


def test_a_headline_only_in_an_entry_title_or_itemprop() -> None:
    entry = f"<div class='post'><div class='entry-title'>{HEADLINE}</div>{STORY}</div>"
    itemprop = f"<article><span itemprop='headline'>{HEADLINE}</span>{STORY}</article>"
    assert _metadata("Harbour Gazette", entry).title == HEADLINE
    assert _metadata("Harbour Gazette", itemprop).title == HEADLINE


def test_a_front_page_of_marked_teasers_keeps_the_site_name() -> None:
    # Must not fire: every teaser's heading is marked; no one headline.
    body = "".join(
        f"<div class='teaser'><h2 class='entry-title'>{text}</h2><p>{text}, and more.</p></div>"
        for text in (HEADLINE, "Ferry fares rise for the summer", "Survey of the quay begins")
    )
    assert _metadata("Harbour Gazette", body).title == "Harbour Gazette"


def test_a_bare_h1_beside_a_site_name_title_is_not_read() -> None:
    # Must not fire: an h1 with no mark may be a section's name.
    body = f"<div><h1>Latest news</h1>{STORY}</div>"
    assert _metadata("Harbour Gazette", body).title == "Harbour Gazette"


def test_a_title_naming_more_than_the_site_is_kept() -> None:
    # Must not fire: "Harbour Gazette Weekly Letters" is more than the site.
    body = f"<div class='post'><h1 class='post-title'>{HEADLINE}</h1>{STORY}</div>"
    assert _metadata("Letters to the harbour", body).title == "Letters to the harbour"


# -- a page without an h1: the <title> split by the element named a title ----


def test_a_title_div_splits_the_title_tag() -> None:
    # A hero header set in divs, its headline in capitals: the <title>'s
    # run it reads is the headline, in the <title>'s own letters.
    body = (
        f"<div class='hero'><div class='title-text'>{HEADLINE.upper()}</div>"
        "<div class='subtitle-text'>The survey found rot in the timber piles</div></div>"
        f"<div class='body'>{STORY}</div>"
    )
    meta = _metadata(f"Quay Post: {HEADLINE}", body)
    assert meta.title == HEADLINE
    assert meta.site == "Quay Post"


def test_a_teasers_title_does_not_split_the_title_tag() -> None:
    # Must not fire: the marked element equal to a part of the <title> is
    # a related story's link.
    body = (
        f"<div class='body'>{STORY}</div><aside class='related'>"
        "<a class='card-title' href='/news/ferry'>Ferry news</a></aside>"
    )
    assert _metadata("Ferry news: the pier closes to cars", body).title == (
        "Ferry news: the pier closes to cars"
    )


def test_a_linked_title_does_not_split_the_title_tag() -> None:
    # Must not fire: a link post's title points away; what follows its
    # name in the <title> ("Pier photos : harbour") is no site's name.
    body = (
        "<div class='post'><a class='title' href='https://pier.example.net/'>Pier photos</a>"
        f"{STORY}</div>"
    )
    meta = _metadata("Pier photos : harbour", body)
    assert meta.site != "harbour"


# -- the site's name with its section glued on ("- QuayPostLocal") ----------

_QUAY = "https://www.quaypost.com/news/2026/pier-closes"


def _quay(title: str, body: str) -> Metadata:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_html(html_doc(html, url=_QUAY)).metadata


def test_a_glued_site_and_section_is_cut_from_the_title() -> None:
    meta = _quay(f"{HEADLINE} - QuayPostLocal", f"<div>{STORY}</div>")
    assert meta.title == HEADLINE


def test_a_glued_site_lets_the_marked_headline_win() -> None:
    # With the site's part known, the <title> written for search engines
    # gives way to the h1 the page marks as its headline (stop 38's rule).
    h1 = "Pier closes to cars after divers find rot in its piles"
    body = f"<article><h1 class='article-headline'>{h1}</h1>{STORY}</article>"
    assert _quay("Pier closes to cars after divers find rot - QuayPostLocal", body).title == h1


def test_a_word_that_only_begins_like_the_site_is_kept() -> None:
    # Must not fire: "QuayPosters" is not "QuayPost" and a section, and
    # "PostLocal" does not begin with the site's name.
    for end in ("QuayPosters", "PostLocal", "Quaypostlocal"):
        assert _quay(f"{HEADLINE} - {end}", f"<div>{STORY}</div>").title == f"{HEADLINE} - {end}"


# -- an h1 named the headline beside a reworded <title> with no site part ---

_SEARCH = "Pier closes to cars after divers find rot in timber piles"
_SHOWN = "Harbour board closes the old pier to cars after divers find rot in its timber piles"


def test_an_h1_named_headline_wins_over_a_reworded_title_without_a_site() -> None:
    # A news page's <title> is written for search engines and names no
    # site; the h1 it names its headline is what a reader sees.
    body = f"<article><h1 class='ArticleHeader-headline'>{_SHOWN}</h1>{STORY}</article>"
    assert _metadata(_SEARCH, body).title == _SHOWN


def test_an_entry_title_h1_keeps_a_reworded_title_without_a_site() -> None:
    # Must not fire: a blog's "entry-title" is its post title, and a
    # <title> worded otherwise is what the page states as its title too
    # (an SEO title): without a site part cut, the <title> stays.
    body = f"<article><h1 class='entry-title'>{_SHOWN}</h1>{STORY}</article>"
    assert _metadata(_SEARCH, body).title == _SEARCH


def test_a_headline_h1_on_another_subject_keeps_the_title() -> None:
    # Must not fire: an h1 named the headline that words something else.
    h1 = "Ferry fares rise for the summer season"
    body = f"<article><h1 class='headline'>{h1}</h1>{STORY}</article>"
    assert _metadata(_SEARCH, body).title == _SEARCH


# -- a newsletter's name as the <title>, its masthead an h1 with no link ----


def test_a_newsletter_title_gives_way_to_the_posts_marked_heading() -> None:
    # The masthead's h1 reads the whole <title> and stands outside the
    # post; the post's own heading, marked, inside its <article>, is the
    # headline (a newsletter's name is not the post's title).
    body = (
        "<div class='masthead'><h1>The Pier Letter</h1></div>"
        f"<article><h1 class='post-title'>{HEADLINE}</h1>{STORY}</article>"
    )
    assert _metadata("The Pier Letter", body).title == HEADLINE


def test_a_headline_title_keeps_beside_another_posts_marked_h1() -> None:
    # Must not fire: the <title> is the page's own h1 (no <article>), and
    # a box elsewhere marks another post's title.
    body = (
        f"<div class='main'><h1>{HEADLINE}</h1>{STORY}</div>"
        "<div class='box'><h1 class='post-title'>Ferry fares rise for summer</h1></div>"
    )
    assert _metadata(HEADLINE, body).title == HEADLINE


def test_a_related_posts_marked_h1_is_no_headline() -> None:
    # Must not fire: a site-name <title> beside a related story's h1,
    # marked and linked, in a part about other posts.
    body = (
        f"<div class='main'>{STORY}</div><div class='related'>"
        "<h1 class='post-title'><a href='/ferry'>Ferry fares rise for summer</a></h1></div>"
    )
    assert _metadata("Harbour Gazette", body).title == "Harbour Gazette"
