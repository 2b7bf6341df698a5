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
