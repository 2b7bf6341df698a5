"""A thread of short posts is the page's body, not the page read whole
(replies.py: ``page_thread``).

Each post is shorter than an article, so the scoring ends in one post (or
in a byline line), and the page was read again whole: its menus, its
"hot questions" and its vote links came with the posts. The pages are
written here, in the shapes a link aggregator's item page (tables), a
microblog thread and a Q&A page with short answers take.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_TITLE = "Ferry timetable changes for winter"
_MENU = (
    '<div class="pagetop"><a href="/">Harbour Links</a> | <a href="/new">new</a> | '
    '<a href="/past">past</a> | <a href="/ask">ask</a> | <a href="/jobs">jobs</a></div>'
)


def _reply(n: int) -> str:
    return (
        f"Reply {n}: I take the seven o'clock sailing most days, and the new timetable means "
        "my shift ends after the last boat."
    )


def _extract(html: str) -> Article:
    return extract_html(
        html_doc(
            f"<html><head><title>{_TITLE}</title></head><body>{_MENU}{html}</body></html>",
            url="https://links.example/item?id=12",
        )
    )


def test_an_item_page_in_tables_is_its_comments_without_the_menu() -> None:
    item = (
        '<table class="fatitem"><tr class="athing"><td class="title">'
        f'<a href="https://ferry.example">{_TITLE}</a></td></tr><tr><td class="subtext">'
        '120 points by <a href="/u/a">alice</a> 3 hours ago | <a href="/hide">hide</a> | '
        '<a href="/c">45 comments</a></td></tr></table>'
    )
    comments = "".join(
        f'<tr class="athing comtr"><td><table><tr><td class="ind"></td><td class="default">'
        f'<div><a class="hnuser" href="/u/{n}">user{n}</a> {n} hours ago</div>'
        f'<div class="commtext">{_reply(n)}</div></td></tr></table></td></tr>'
        for n in range(1, 6)
    )
    text = body(_extract(f'{item}<table class="comment-tree">{comments}</table>'))
    for n in range(1, 6):
        assert f"Reply {n}:" in text
    assert "jobs" not in text
    assert "hide" not in text


def test_a_microblog_thread_keeps_its_opening_post_above_the_replies() -> None:
    replies = "".join(
        f'<div class="status"><a class="display-name" href="/@u{n}">user{n}</a>'
        f'<div class="status-content"><p>{_reply(n)}</p></div></div>'
        for n in range(1, 6)
    )
    text = body(
        _extract(
            '<div class="detailed-status"><div class="status-content"><p>The island ferry '
            "will run four times a day from November, the operator says. Thoughts?</p></div>"
            f"</div>{replies}"
        )
    )
    assert text.startswith("The island ferry will run four times a day")
    for n in range(1, 6):
        assert f"Reply {n}:" in text
    assert "jobs" not in text


def test_a_question_with_short_answers_leaves_the_sidebar_out() -> None:
    # (Read right before page_thread too, as the answers' wrapper joins: a
    # guard that the thread rule keeps the question and the sidebar out.)
    answers = "".join(
        f'<div class="answer"><div class="s-prose post-body"><p>{_reply(n)}</p></div></div>'
        for n in range(1, 4)
    )
    others = "".join(f'<li><a href="/q/{n}">Another question {n}</a></li>' for n in range(8))
    text = body(
        _extract(
            f'<div id="question-header"><h1><a href="/q/1">{_TITLE}</a></h1></div>'
            '<div id="mainbar"><div class="question"><div class="s-prose post-body"><p>How do '
            "I find the winter timetable, now that the ferry runs four times a day?</p></div>"
            '<ul class="comments"><li class="comment">Have you tried the harbour office?</li>'
            "</ul></div>"
            f'<div id="answers">{answers}</div></div>'
            f'<div id="sidebar"><h4>Hot Network Questions</h4><ul>{others}</ul></div>'
        )
    )
    assert "four times a day" in text
    for n in range(1, 4):
        assert f"Reply {n}:" in text
    assert "Hot Network Questions" not in text
    assert "Another question" not in text


def test_a_short_post_beside_a_list_of_people_keeps_the_post() -> None:
    # The cards are built like replies and each is longer than the post: the
    # post two wrappers up from them opens the body, as an opening post does.
    cards = "".join(
        f'<div class="card"><a href="/u/{n}">Person {n}</a><p>Writes about boats, harbours '
        "and the sea, and posts photos of the coast every day.</p></div>"
        for n in range(1, 5)
    )
    text = body(
        _extract(
            '<div class="post"><div class="author"><a href="/u/m">Mara Quist</a></div>'
            '<div class="post-text"><p>The island ferry will run four times a day from '
            "November. Plan ahead!</p></div></div>"
            f'<div class="side"><div class="who"><h2>Who to follow</h2>{cards}</div></div>'
        )
    )
    assert text.startswith("The island ferry will run four times a day")
    assert "jobs" not in text
