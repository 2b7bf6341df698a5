"""Stop 42 (s42-meta2): the constructions issue 16 names, read from the
visible page when it states no metadata. A news CMS that styles the story's
own ``<header>`` (its headline, its ``<time datetime>``) with a class its
design system calls a "promo" or a "teaser": the date there is the post's,
while a teaser's header (no headline), a related box inside the story's
header and a comment's time still date nothing. Every page here is
team-written."""

from __future__ import annotations

from evaluation.visible import miss_kind
from tests.library.test_visible_stop38 import STORY
from tests.library.test_visible_stop42 import _HEADLINE, _metadata

_TIME = "<time datetime='2026-03-04T09:30:00Z'>4 March 2026</time>"
_OTHER_TIME = "<time datetime='2026-02-11T08:00:00Z'>11 February 2026</time>"


def _news_cms(header_class: str, inside: str) -> str:
    # A news CMS's story page: the story's header styled by the design
    # system's class, the headline, a kicker and the time inside it.
    return (
        "<main><div class='story-page'>"
        f"<header class='{header_class}'><div class='kicker'><a href='/news'>News</a></div>"
        f"<div class='title-wrap'>{_HEADLINE}</div>{inside}</header>"
        f"<div class='story-body'>{STORY}</div></div></main>"
    )


def test_the_time_in_a_story_header_styled_as_a_promo_dates_the_post() -> None:
    page = _news_cms("c-story-promo", f"<div class='meta-row'><span>Tom Hale</span>{_TIME}</div>")
    assert (_metadata(page).published or "")[:10] == "2026-03-04"


def test_the_time_in_a_story_header_styled_as_a_teaser_dates_the_post() -> None:
    page = _news_cms("hero teaser--large", f"<p class='stamp'>{_TIME}</p>")
    assert (_metadata(page).published or "")[:10] == "2026-03-04"


def test_a_teasers_header_without_the_headline_does_not_date_the_post() -> None:
    # Must not fire: another story's card, its header styled as a promo,
    # holds no h1: its time is that story's.
    page = (
        f"<main><article>{_HEADLINE}{STORY}</article></main>"
        "<div class='rail'><header class='c-story-promo'><h3>Ferry timetable for spring</h3>"
        f"{_OTHER_TIME}</header></div>"
    )
    assert _metadata(page).published is None


def test_a_related_box_inside_the_story_header_does_not_date_the_post() -> None:
    # Must not fire: a box named for related stories between the time and
    # the header; the header holding the headline does not make it the post's.
    page = _news_cms(
        "c-story-promo", f"<div class='related-links'><a href='/ferry'>Ferry</a>{_OTHER_TIME}</div>"
    )
    assert _metadata(page).published is None


def test_a_comments_time_does_not_date_the_post() -> None:
    # Must not fire: the comment thread (its own <header>s, no headline).
    page = (
        f"<main><article>{_HEADLINE}{STORY}</article>"
        "<section class='comments'><article class='comment'><header><b>Ada Lind</b>"
        f"{_OTHER_TIME}</header><p>The pier was already closed to lorries.</p></article>"
        "</section></main>"
    )
    assert _metadata(page).published is None


def test_a_teaser_articles_header_with_its_own_h1_does_not_date_the_post() -> None:
    # Must not fire: a list of other stories, each an <article> with a
    # header styled as a promo and its own h1 (a front page's markup).
    page = (
        f"<main><article>{_HEADLINE}{STORY}"
        "<section class='more'><article><header class='c-story-promo'>"
        f"<h1>Ferry timetable for spring</h1>{_OTHER_TIME}</header></article></section>"
        "</article></main>"
    )
    assert _metadata(page).published is None


# The counts-only kinds of miss (evaluation.visible --kinds) name the guard
# that passes over a visible <time> or author link, by our own labels.


def test_the_kinds_name_the_guard_that_passes_over_a_time() -> None:
    page = (
        "<html><body><main><article>"
        f"{_HEADLINE}{STORY}</article>"
        f"<div class='related-stories'>{_TIME}</div></main></body></html>"
    )
    kind = miss_kind("date", "2026-03-04", "", page)
    assert kind.startswith("empty: day in a <time> (time 0 of 1, elsewhere: named related")


def test_the_kinds_name_the_guard_that_passes_over_an_author_link() -> None:
    page = (
        "<html><body><main><article>"
        f"{_HEADLINE}<p>By <a href='/staff/ada-lind'>Ada Lind</a></p>{STORY}"
        "</article></main></body></html>"
    )
    kind = miss_kind("author", "Ada Lind", "", page)
    assert kind == "empty: name in an author link (folder /staff/ not a writer's)"


# A page built with Elementor (a WordPress page builder): every block is
# named an "elementor-widget", every column's inside an
# "elementor-widget-wrap", the post's own title, date line and author box
# included; a block is judged by its kind ("elementor-widget-post-info").


def _widget(kind: str, inside: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
        f"<div class='elementor-widget-container'>{inside}</div></div>"
    )


def _elementor(*widgets: str, sidebar: str = "") -> str:
    column = "<div class='elementor-column'><div class='elementor-widget-wrap'>{}</div></div>"
    return (
        "<div class='elementor elementor-location-single'><section class='elementor-section'>"
        f"{column.format(''.join(widgets))}{column.format(sidebar) if sidebar else ''}"
        "</section></div>"
    )


_TITLE = _widget("theme-post-title", _HEADLINE)
_TEXT = _widget("theme-post-content", STORY)


def _post_info(*items: str) -> str:
    return _widget(
        "post-info",
        "<ul class='elementor-inline-items elementor-icon-list-items elementor-post-info'>"
        + "".join(
            f"<li class='elementor-icon-list-item'><span class='elementor-icon-list-text"
            f" elementor-post-info__item elementor-post-info__item--type-{kind}'>{text}</span></li>"
            for kind, text in items
        )
        + "</ul>",
    )


def test_an_elementor_posts_date_line_dates_it_and_names_its_writer() -> None:
    page = _elementor(_TITLE, _post_info(("author", "Ada Lind"), ("date", "March 4, 2026")), _TEXT)
    metadata = _metadata(page)
    assert metadata.authors == ("Ada Lind",)
    assert (metadata.published or "")[:10] == "2026-03-04"


def test_an_elementor_author_box_names_the_writer() -> None:
    box = _widget(
        "author-box",
        "<div class='elementor-author-box'><div class='elementor-author-box__text'>"
        "<h4 class='elementor-author-box__name'>Ada Lind</h4>"
        "<div class='elementor-author-box__bio'>Ada covers the harbour.</div></div></div>",
    )
    assert _metadata(_elementor(_TITLE, _TEXT, box)).authors == ("Ada Lind",)


def test_an_elementor_grid_of_other_posts_neither_dates_nor_names() -> None:
    # Must not fire: a posts grid (and a sidebar's recent posts) shows
    # other posts' dates and writers.
    grid = _widget(
        "posts",
        "<div class='elementor-posts-container'><div class='elementor-post'>"
        "<h3>Ferry timetable for spring</h3>"
        "<div class='elementor-post__meta-data'><span class='elementor-post-author'>Tom Hale"
        "</span><span class='elementor-post-date'>February 11, 2026</span></div></div></div>",
    )
    recent = _widget(
        "wp-widget-recent-posts",
        "<ul><li><a href='/ferry'>Ferry timetable</a> <span class='post-date'>"
        "February 11, 2026</span></li></ul>",
    )
    metadata = _metadata(_elementor(_TITLE, _TEXT, grid, sidebar=recent))
    assert metadata.authors == ()
    assert metadata.published is None


def test_a_comments_author_modifier_is_no_byline() -> None:
    # Must not fire: an Elementor comments block's meta line also names
    # its item's type the author; it is a commenter.
    comments = _widget(
        "post-comments",
        "<ol class='comment-list'><li><span class='meta__item--type-author'>Tom Hale</span>"
        "<p>The pier was already closed to lorries.</p></li></ol>",
    )
    assert _metadata(_elementor(_TITLE, _TEXT, comments)).authors == ()
