"""A short post above a list of people to follow is the post alone
(replies.py: ``page_thread``, ``_people``).

Cards of people (a linked name, a sentence about them) are built like
replies, so under a short status with no ``<main>`` they were read as its
thread: the post and five strangers' blurbs. What tells them apart is
what each card offers: a "Follow" button or link, where a reply shows
when it was written. Guard: replies that each carry a follow button but
also their time stay the post's thread.
"""

from __future__ import annotations

import pytest

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import body, html_doc

_TITLE = "Mara Quist on Harbour Social"
_TOP = '<div class="top"><a href="/">Harbour Social</a> <a href="/explore">Explore</a></div>'
_POST = (
    '<div class="post"><a href="/u/mara">Mara Quist</a><p>The island ferry will run four '
    'times a day from November. Plan ahead!</p><time datetime="2026-03-02">Mar 2</time></div>'
)
_BLURB = "Writes about boats, harbours and the sea, and posts photos of the coast every day."


def _text(page: str) -> str:
    return body(
        extract_html(
            html_doc(f"<html><head><title>{_TITLE}</title></head><body>{page}</body></html>")
        )
    )


@pytest.mark.parametrize(
    "control", ["<button>Follow</button>", '<a class="btn" href="/u/follow">Follow</a>']
)
def test_a_post_above_people_to_follow_is_the_post_alone(control: str) -> None:
    cards = "".join(
        f'<div class="card"><a href="/u/p{n}">Person {n}</a><p>{_BLURB}</p>{control}</div>'
        for n in range(5)
    )
    text = _text(
        f'{_TOP}<div class="col">{_POST}<h2>Who to follow</h2><div class="people">{cards}'
        "</div></div>"
    )
    assert "The island ferry will run four times a day" in text
    assert "Person 0" not in text
    assert "harbours and the sea" not in text


def test_dated_replies_with_follow_buttons_stay_the_thread() -> None:
    replies = "".join(
        f'<div class="card"><a href="/u/p{n}">Person {n}</a><button>Follow</button>'
        f'<time datetime="2026-03-02T1{n}:00">1{n}:00</time><p>Good news: the last ferry '
        "at six was always full, and the winter timetable left us stranded.</p></div>"
        for n in range(5)
    )
    text = _text(f'{_TOP}<div class="col">{_POST}<div class="feed">{replies}</div></div>')
    assert "The island ferry will run four times a day" in text
    assert "the winter timetable left us stranded" in text
