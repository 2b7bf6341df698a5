"""Comments under a story leave the body when their heading names them,
whatever their wrappers are called (comment_threads.py).

A brief with replies in ``div.talk`` of ``div.t`` (a linked name, "2 hours
ago", a paragraph each) was taken with the replies, the replies being
most of the words. Their heading ("12 responses", "Comments (4)", "5
thoughts on “…”") says what they are. Written here in the three places
such a thread sits: beside the story, beside it in one wrapper, and
inside the story's block. Guards: a forum topic whose opening post is
written by the replies' template keeps its replies, and so does a
question over "3 Answers".
"""

from __future__ import annotations

import pytest

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_TITLE = "Two libraries to close in county cuts"
_NAV = '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
_FOOTER = "<footer><p>Copyright 2026 The Gazette</p></footer>"
_BRIEF = (
    "<p>The county council voted on Wednesday night to close two of its five libraries by "
    "the summer, saving about 400,000 pounds a year, after residents queued to speak against "
    "the plan.</p><p>The branches at Eastgate and Mill Lane will shut in June, and a mobile "
    "van will visit both neighbourhoods once a week.</p>"
)
_REPLY = (
    "This is a disgrace. My children use Eastgate every Saturday, and the van will never "
    "replace a warm room with books and a librarian who knows them by name."
)


def _thread(heading: str, outer: str = "talk", inner: str = "t") -> str:
    replies = "".join(
        f'<div class="{inner}"><a href="/u/{n}">reader{n}</a> <span>2 hours ago</span>'
        f"<p>{_REPLY}</p></div>"
        for n in range(6)
    )
    return f'<div class="{outer}"><h3>{heading}</h3>{replies}</div>'


def _page(body_html: str, title: str = _TITLE) -> Article:
    return extract_html(
        html_doc(f"<html><head><title>{title}</title></head><body>{body_html}</body></html>")
    )


_STORY_OPEN = f'<div class="story"><h1>{_TITLE}</h1>{_BRIEF}'


@pytest.mark.parametrize(
    "layout",
    [
        _STORY_OPEN + "</div>{thread}",
        '<div class="page">' + _STORY_OPEN + "</div>{thread}</div>",
        _STORY_OPEN + "{thread}</div>",
    ],
    ids=["beside", "in-one-wrapper", "inside-the-story"],
)
@pytest.mark.parametrize(
    "heading", ["12 responses", "Comments (6)", "6 thoughts on “Two libraries to close”"]
)
def test_a_brief_leaves_its_thread_named_by_its_heading_out(layout: str, heading: str) -> None:
    text = body(_page(_NAV + layout.format(thread=_thread(heading)) + _FOOTER))
    assert "Eastgate and Mill Lane will shut in June" in text
    assert "disgrace" not in text
    assert "reader0" not in text


def test_a_forum_topic_written_by_the_replies_template_keeps_its_replies() -> None:
    # The opening post's text sits in the element class its replies' text
    # sits in: one template wrote them all, and the replies are the topic.
    replies = "".join(
        f'<div class="t"><a href="/u/{n}">reader{n}</a> <span>2 hours ago</span>'
        f'<div class="msg"><p>{_REPLY}</p></div></div>'
        for n in range(5)
    )
    topic = (
        '<div class="topic"><h1>Heating stops every night</h1><div class="msg"><p>Our heating '
        "stops every night around 2 am and starts again at 6. The boiler is three years old, "
        "the pressure looks fine and the timer is set right. Has anyone seen this before, and "
        "what did you check first?</p></div>"
        f'<div class="talk"><h3>5 replies</h3>{replies}</div></div>'
    )
    text = body(_page(_NAV + topic + _FOOTER, title="Heating stops every night"))
    assert "Our heating stops every night" in text
    assert "disgrace" in text


def test_a_question_keeps_its_answers() -> None:
    # Built like a story with a thread inside it, but "3 Answers" names no
    # comments: on a question and answer page the answers are the text.
    question = (
        "<h1>How long do library closures take?</h1><p>Our council voted to close two "
        "branches. How long does it usually take between the vote and the doors shutting, and "
        "can residents still object once the vote has passed? I have looked on the council "
        "site but found nothing clear.</p>"
    )
    answers = _thread("3 Answers", outer="answers", inner="answer")
    page = _page(
        _NAV + f'<div class="qa">{question}{answers}</div>' + _FOOTER,
        title="How long do library closures take?",
    )
    text = body(page)
    assert "How long does it usually take" in text
    assert "disgrace" in text
