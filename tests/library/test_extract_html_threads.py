"""Threads: a question with its answers. The body is the whole thread,
opening post first. The page is written here, in the shape Q&A sites
produce."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_MENU = '<div id="top"><a href="/">Bakers</a> | <a href="/questions">Questions</a></div>'
_ANSWER = (
    "your water may be too hot, which kills the yeast before it can work; it should feel "
    "barely warm on your wrist, about thirty-five degrees, and no more. Check too that the salt "
    "does not touch the yeast when you mix, since salt slows it down a great deal."
)


def _extract(html: str) -> Article:
    return extract_html(html_doc(html, url="https://bakers.example/q/1"))


def test_a_question_stays_above_its_longer_answers() -> None:
    answers = "".join(
        f'<div class="answer"><div class="s-prose"><p>Answer {n}: {_ANSWER}</p>'
        f'<p>Try a smaller loaf first.</p></div><div class="user-info">baker{n}</div></div>'
        for n in (1, 2, 3)
    )
    article = _extract(
        "<html><head><title>Why does my bread not rise?</title></head><body>"
        f'{_MENU}<div id="content"><div id="question"><h1>Why does my bread not rise?</h1>'
        '<div class="s-prose"><p>I follow the recipe exactly, but the dough stays flat after '
        "two hours in a warm kitchen. The yeast is new.</p></div></div>"
        f'<div id="answers"><h2>3 Answers</h2>{answers}</div></div></body></html>'
    )
    text = body(article)
    assert text.startswith("I follow the recipe exactly")
    for n in (1, 2, 3):
        assert f"Answer {n}:" in text


_STORY = (
    "<html><head><title>Ferry timetable changes</title></head><body>"
    '<header class="site-header"><a href="/">Harbour Gazette</a></header>'
    "<main><article><h1>Ferry timetable changes</h1>"
    "<p>The island ferry will run four times a day from November, the operator said.</p>"
    "</article>{thread}</main></body></html>"
)
_REPLY = (
    "a reply much longer than the story, about the old timetable, the price of a return "
    "ticket, the queue at the quay on a wet Monday, and the café on the upper deck."
)


def test_a_brief_keeps_its_comment_thread_out() -> None:
    # A story under 200 characters is read a second time, whole-page; the
    # thread under it (named as one: WordPress's #comments, Disqus) is not
    # more of its text.
    comments = "".join(
        f'<div class="comment"><b>reader{n}</b><p>Comment {n}: {_REPLY}</p></div>'
        for n in range(1, 6)
    )
    for thread in (
        f'<section id="comments"><h2>Comments</h2>{comments}</section>',
        f'<div id="disqus_thread"><ul class="post-list">{comments}</ul></div>',
    ):
        article = _extract(_STORY.format(thread=thread))
        text = body(article)
        assert "four times a day" in text
        assert "Comment 1:" not in text
        assert "Harbour Gazette" not in text


def test_a_short_post_keeps_the_replies_of_its_discussion() -> None:
    # On a discussion site each reply is marked a comment, and the thread is
    # what the page is: a short opening post keeps its replies.
    replies = "".join(
        f'<div class="thing comment"><p class="tagline">reader{n}</p>'
        f'<div class="usertext-body"><p>Reply {n}: {_REPLY}</p></div></div>'
        for n in range(1, 6)
    )
    article = _extract(
        "<html><head><title>Ferry timetable changes</title></head><body>"
        '<div class="content"><div class="thing link"><p class="title">Ferry timetable '
        'changes</p><div class="usertext-body"><p>Four sailings a day from November.</p>'
        f'</div></div><div class="commentarea">{replies}</div></div></body></html>'
    )
    text = body(article)
    assert "Four sailings a day" in text
    for n in range(1, 6):
        assert f"Reply {n}:" in text


def test_replies_outside_the_story_article_stay_out_whatever_their_names() -> None:
    # A thread of replies named "responses" (no "comment" anywhere), longer
    # than the story: the story is the <article> headed by the title, and
    # the replies sit outside it, built alike.
    replies = "".join(
        f'<div class="response"><a href="/u/reader{n}">reader{n}</a> <span>2 hours ago</span>'
        f"<p>Response {n}: {_REPLY}</p></div>"
        for n in range(1, 9)
    )
    article = _extract(
        "<html><head><title>Ferry timetable changes</title></head><body>"
        '<header class="site-header"><a href="/">Harbour Gazette</a></header>'
        "<main><article><h1>Ferry timetable changes</h1>"
        "<p>The island ferry will run four times a day from November, the operator said on "
        "Tuesday, down from six in the summer months, as fewer visitors come.</p>"
        "<p>Commuters keep their seven o'clock sailing, but the last boat home leaves an hour "
        "earlier, at nine, which the fish plant's late shift says is too early.</p></article>"
        f'<div class="responses">{replies}</div></main></body></html>'
    )
    text = body(article)
    assert "four times a day" in text
    assert "last boat home" in text
    assert "Response 1:" not in text
