"""A photo essay keeps its "More galleries" cards out (replies.py:
``page_thread``, ``_teasers``; related.py: lists of teasers beside a
headline; stop 26).

A photo essay is a headline, a line of text and short captions: under 200
characters, so either its cards of other galleries (a linked title and a
blurb each, five of them, longer than the essay) were read as the thread
it opens, or the page was read again whole and the cards were "more
text". Beside a photo essay (a short text holding the ``<h1>`` and two
pictures), cards that each open with a heading linking to another page
and show no date are no replies, and a list of them counts as other
articles. Guards: replies whose writer's name is a linked heading but
which are dated stay the post's thread (fails without the date test); an
index of galleries whose intro under the ``<h1>`` holds no pictures keeps
its cards (fails when any text holding the ``<h1>`` counts as an essay,
the first version of this rule). The whole-page reading's guard is on the
corpus: without the headline condition a blog index and a documentation
page (defuddle tune, 0.92 -> 0.16 and 0.92 -> 0.39) lost their lists.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import body, html_doc

_TITLE = "Winter on Lake Tamsin"
_NAV = (
    '<header><nav><a href="/">Home</a> <a href="/photo">Photo</a> '
    '<a href="/news">News</a></nav></header>'
)
_FOOTER = "<footer><p>Copyright 2026 The Gazette</p><a href='/about'>About us</a></footer>"
_INTRO = "The freeze came early this year, and the fishers followed it."
_CAPTIONS = (
    "Dawn on the north shore.",
    "Hauling a hut out.",
    "Perch at noon.",
    "A flask shared.",
    "Last light.",
)
_OTHERS = (
    ("Harvest at the Brook farm", "Pickers bring in the last apples before the frost."),
    ("The lantern parade", "Children carry paper lanterns through the old town at midwinter."),
    ("Floods on the Wey", "Water reached the high street twice in one week this autumn."),
    ("A year at the lido", "From the spring clean to the last swim of the season, in photos."),
    ("Market day", "Stallholders on the Saturday market, some trading there for forty years."),
)


def _text(page: str) -> str:
    return body(
        extract_html(
            html_doc(
                f"<html><head><title>{_TITLE} | The Gazette</title></head>"
                f"<body>{page}</body></html>"
            )
        )
    )


def _figures() -> str:
    return "".join(
        f"<figure><img src='/p/{n}.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
        for n, caption in enumerate(_CAPTIONS)
    )


def _slides() -> str:
    return "".join(
        f"<div class='slide'><img src='/p/{n}.jpg' alt=''><p class='caption'>{caption}</p></div>"
        for n, caption in enumerate(_CAPTIONS)
    )


def _card_list() -> str:
    items = "".join(
        f"<li><a href='/gallery/{n}'><img src='/g/{n}.jpg' alt=''><h3>{title}</h3></a>"
        f"<p>{blurb}</p></li>"
        for n, (title, blurb) in enumerate(_OTHERS)
    )
    return f"<section class='more'><h2>More galleries</h2><ul>{items}</ul></section>"


def _card_rail() -> str:
    cards = "".join(
        f"<div class='card'><a href='/gallery/{n}'><img src='/g/{n}.jpg' alt=''></a>"
        f"<h3><a href='/gallery/{n}'>{title}</a></h3><p>{blurb}</p></div>"
        for n, (title, blurb) in enumerate(_OTHERS)
    )
    return f"<div class='rail'><h2>More galleries</h2><div class='cards'>{cards}</div></div>"


def _assert_the_essay_alone(text: str) -> None:
    assert _INTRO in text
    for caption in _CAPTIONS:
        assert caption in text
    for title, blurb in _OTHERS:
        assert title not in text
        assert blurb not in text
    assert "More galleries" not in text


def test_a_photo_essay_is_not_the_thread_of_its_gallery_cards() -> None:
    essay = f"<article class='gallery'><h1>{_TITLE}</h1><p>{_INTRO}</p>{_figures()}</article>"
    _assert_the_essay_alone(_text(f"{_NAV}<main>{essay}{_card_list()}</main>{_FOOTER}"))


def test_a_photo_essay_read_whole_page_leaves_its_gallery_cards_out() -> None:
    essay = f"<div class='gallery-body'><h1>{_TITLE}</h1><p>{_INTRO}</p>{_slides()}</div>"
    text = _text(f"{_NAV}{essay}{_card_rail()}{_FOOTER}")
    _assert_the_essay_alone(text)
    assert "About us" not in text


def test_dated_replies_under_linked_names_stay_the_thread() -> None:
    post = (
        "<div class='post'><a href='/u/mara'>Mara Quist</a><p>The island ferry will run "
        "four times a day from November. Plan ahead!</p><time datetime='2026-03-02'>Mar 2"
        "</time></div>"
    )
    replies = "".join(
        f"<div class='card'><h3><a href='/u/p{n}'>Person {n}</a></h3>"
        f"<time datetime='2026-03-02T1{n}:00'>1{n}:00</time><p>Good news: the last ferry "
        "was always full.</p></div>"
        for n in range(5)
    )
    text = _text(f"{_NAV}<div class='col'>{post}<div class='feed'>{replies}</div></div>")
    assert "four times a day from November" in text
    assert "Person 4" in text
    assert text.count("the last ferry was always full") == 5


def test_an_index_of_galleries_keeps_its_cards() -> None:
    cards = "".join(
        f"<div class='card'><h2><a href='/gallery/{n}'>{title}</a></h2><p>{blurb}</p></div>"
        for n, (title, blurb) in enumerate(_OTHERS)
    )
    text = _text(
        f"{_NAV}<div class='head'><h1>{_TITLE}</h1><p>Every photo essay we have published, "
        f"newest first.</p></div><div class='cards'>{cards}</div>{_FOOTER}"
    )
    for title, blurb in _OTHERS:
        assert title in text
        assert blurb in text
