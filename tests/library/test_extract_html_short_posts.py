"""A short post inside the page's ``<main>`` or its one ``<article>`` is the
body, not the page read whole (columns.py: ``landmark_holding``).

A status, a photo's caption or a note is shorter than the 200 characters
below which the page is read again, keeping hidden elements and every
container. That whole-page reading took the trends, the people to follow
and the site's blurb beside the post, as they are longer. When the short
body lies in the page's one ``<main>`` (or else its one ``<article>``),
the second reading keeps to that element; and a ``<main>`` holding a
sentence of prose is asked even when the text beside it scored higher
(``main_core``), its replies looked for inside it (``page_thread``).
The pages are written here, in the shapes a microblog's status page and a
photo site take. Guards: a post whose text is hidden until a script runs
is still found inside its ``<main>``, a page with two articles is read
whole as before, and a ``<main>`` holding only a headline and a deck keeps
the story outside it (only a list of items beside a post loses to it).
"""

from __future__ import annotations

import pytest

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_TITLE = "Mara Quist on Harbour Social"
_HEADER = (
    '<header class="site-header"><a href="/">Harbour Social</a><nav><a href="/home">Home</a> '
    '<a href="/explore">Explore</a></nav></header>'
)
_POST = "The island ferry will run four times a day from November. Plan ahead!"
_TRENDS = "".join(
    f'<div class="trend"><a href="/t/{n}">#topic{n}</a> <span>{n},200 posts today in your '
    "area</span></div>"
    for n in range(1, 6)
)
_PEOPLE = "".join(
    f'<div class="card"><a href="/u/{n}">Person {n}</a><p>Writes about boats, harbours and '
    "the sea, and posts photos of the coast every day.</p></div>"
    for n in range(1, 5)
)
_BESIDE = (
    f'<div class="right"><section><h2>Trending</h2>{_TRENDS}</section>'
    f"<section><h2>Who to follow</h2>{_PEOPLE}</section></div>"
)


def _status(text: str = _POST, *, hidden: bool = False) -> str:
    style = ' style="display:none"' if hidden else ""
    return (
        '<article><div class="author"><a href="/u/m">Mara Quist</a></div>'
        f'<div class="post-text"{style}><p>{text}</p></div>'
        '<div class="meta"><time datetime="2026-11-02">2 Nov</time></div></article>'
    )


def _extract(inner: str) -> Article:
    return extract_html(
        html_doc(
            f"<html><head><title>{_TITLE}</title></head><body>{_HEADER}"
            f'<div class="layout">{inner}</div></body></html>',
            url="https://social.example/@mara/1",
        )
    )


def test_a_status_in_main_leaves_the_trends_and_people_beside_it_out() -> None:
    text = body(_extract(f"<main>{_status()}</main>{_BESIDE}"))
    assert _POST in text
    assert "Trending" not in text
    assert "#topic" not in text
    assert "Person 1" not in text


def test_a_status_in_the_page_s_one_article_leaves_the_aside_out() -> None:
    # The aside is chrome, so the status is chosen; the second reading
    # (the status is short) took the aside's longer text with it.
    text = body(_extract(f"{_status()}<aside>{_BESIDE}</aside>"))
    assert _POST in text
    assert "#topic" not in text
    assert "Person 1" not in text


def test_a_photo_caption_leaves_more_from_the_user_out() -> None:
    more = "".join(
        f'<li><a href="/p/{n}"><img src="/p/{n}.jpg" alt="Photo {n}"></a><p>Another evening '
        f"on the quay, number {n}, with the lighthouse and the boats coming in.</p></li>"
        for n in range(1, 6)
    )
    text = body(
        _extract(
            '<main><figure><img src="/p/0.jpg" alt="The ferry at dusk">'
            "<figcaption>The last ferry leaving the island at dusk, the day the winter "
            "timetable began.</figcaption></figure></main>"
            f'<div class="more"><h2>More from this user</h2><ul>{more}</ul></div>'
        )
    )
    assert "The last ferry leaving the island" in text
    assert "Another evening on the quay" not in text


def test_a_post_hidden_until_a_script_runs_is_still_read_inside_main() -> None:
    # The visible part of <main> is one line; the post itself is hidden
    # and is read on the second reading, which keeps to <main>.
    long_post = " ".join([_POST] * 4)
    text = body(
        _extract(
            "<main><p>Mara Quist posted this on the second of November.</p>"
            f"{_status(long_post, hidden=True)}</main><aside>{_BESIDE}</aside>"
        )
    )
    assert "Plan ahead! The island ferry" in text
    assert "#topic" not in text


def test_two_articles_are_read_whole_as_before() -> None:
    # No one landmark holds the page: the second reading takes it whole,
    # as for a listing of short posts.
    other = _status("A second post about the harbour, shorter than the first one here.")
    text = body(_extract(f"{_status()}{other}<aside>{_BESIDE}</aside>"))
    assert _POST in text
    assert "A second post about the harbour" in text
    assert "Person 1" in text


@pytest.mark.parametrize("tag", ["p", "div"])
def test_a_headline_and_deck_in_main_keep_the_story_outside_it(tag: str) -> None:
    # <main> holds a sentence (the deck), but the text beside it is running
    # prose, not a list of items: the story is the body, not the deck
    # (also when each paragraph is a <div> and one holds a link).
    link = '<a href="/timetable">timetable</a>'
    story = "".join(
        f"<{tag}>Paragraph {n}: the island ferry will run four times a day from November, "
        f"the operator said, down from six in the summer months"
        f"{', see the ' + link if n == 2 else ''}, as fewer visitors come.</{tag}>"
        for n in range(1, 6)
    )
    text = body(
        extract_html(
            html_doc(
                f"<html><head><title>{_TITLE}</title></head><body>{_HEADER}"
                f'<div class="top"><main><div class="hero"><h1>{_TITLE}</h1><p class="deck">'
                "Fewer sailings, and an earlier last boat, from November.</p></div></main></div>"
                f'<div class="wrap"><div class="story">{story}</div></div></body></html>',
                url="https://news.example/ferry",
            )
        )
    )
    for n in range(1, 6):
        assert f"Paragraph {n}:" in text
