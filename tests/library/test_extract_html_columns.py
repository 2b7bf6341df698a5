"""The page's layout says where the story is: its ``<main>`` or the column its
headline heads (columns.py).

The pages are written here, in the shapes templates use: a short story in
a Bootstrap column beside a longer writer's bio, a story in the left cell
of a layout table beside an essay, and a story in ``<main>`` above a longer
feature outside it. Guards: a headline column holding only the header
keeps the text beside it, a story keeps its comments out, and a page
with two ``<main>`` elements is scored as before.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_TITLE = "Ferry timetable changes for winter"
_HEADLINE = f"<h1>{_TITLE}</h1>"
_HEADER = (
    '<header class="site-header"><a href="/">Harbour Gazette</a><nav><ul>'
    '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>'
)
_FOOTER = "<footer><p>Copyright 2026 Harbour Gazette.</p></footer>"
_STORY = (
    "<p>The island ferry will run four times a day from November, the operator said on "
    "Tuesday, down from six in the summer months, as fewer visitors come.</p>"
    "<p>Commuters keep their seven o'clock sailing, but the last boat home leaves an hour "
    "earlier, at nine, which the fish plant's late shift says is too early.</p>"
    "<p>The operator said the timetable would be looked at again in March.</p>"
)


def _years(count: int) -> str:
    return "".join(
        f"<p>In year {n} the writer covered the council, the harbour board and the lighthouse "
        "repairs, and wrote about the cost of the work, the noise of the cranes, the closing "
        "of the quay for most of the spring, and the fate of the old fish market beside it.</p>"
        for n in range(1, count + 1)
    )


_OTHER = _years(8)
_BIO = _years(4)  # (twice that wins alone: the story is then left out, see columns.py)


def _page(main: str) -> Article:
    return extract_html(
        html_doc(
            f"<html><head><title>{_TITLE}</title></head><body>{_HEADER}{main}{_FOOTER}"
            "</body></html>",
            url="https://gazette.example/news/ferry",
        )
    )


def _is_the_story(text: str) -> None:
    assert "four times a day" in text
    assert "looked at again in March" in text
    assert "lighthouse repairs" not in text


def test_the_column_the_headline_heads_is_the_story_not_the_longer_one_beside_it() -> None:
    article = _page(
        f'<div class="row"><div class="col-md-8">{_HEADLINE}{_STORY}</div>'
        f'<div class="col-md-4"><div class="panel"><h3>About the writer</h3>{_BIO}</div>'
        "</div></div>"
    )
    _is_the_story(body(article))


def test_the_headline_cell_of_a_layout_table_is_the_story() -> None:
    article = _page(
        f'<table><tr><td class="main">{_HEADLINE}{_STORY}</td>'
        f'<td class="right">{_OTHER}</td></tr></table>'
    )
    _is_the_story(body(article))


def test_a_headline_column_with_only_the_header_keeps_the_text_beside_it() -> None:
    # The headline and its deck in one column, the story in the next, a
    # sidebar of links in the third: the story is the body.
    article = _page(
        f'<div class="row"><div class="col-12">{_HEADLINE}<p>Fewer sailings, and an '
        "earlier last boat.</p></div>"
        f'<div class="col-8">{_STORY}</div><div class="col-4"><ul>'
        '<li><a href="/news/a">Lighthouse repairs</a></li><li><a href="/news/b">Quay</a></li>'
        "</ul></div></div>"
    )
    text = body(article)
    assert "four times a day" in text
    assert "looked at again in March" in text


def test_the_story_in_main_wins_over_a_longer_text_outside_it() -> None:
    article = _page(
        f'<main><div class="content">{_HEADLINE}{_STORY}</div></main>'
        f'<div class="extra"><h2>From the archive</h2>{_OTHER}</div>'
    )
    _is_the_story(body(article))


def test_two_main_elements_say_nothing() -> None:
    # Invalid but seen: the longer text is chosen as before.
    article = _page(
        f"<main>{_HEADLINE}{_STORY}</main><main><h2>From the archive</h2>{_OTHER}</main>"
    )
    assert "lighthouse repairs" in body(article)


def test_a_story_keeps_its_comments_out() -> None:
    comments = "".join(
        f'<div class="comment"><a href="/u/{n}">reader{n}</a><p>Comment {n}: I take the '
        "seven o'clock boat and the late one, and this winter will be hard on the island, "
        "as it was the last time the timetable changed.</p></div>"
        for n in range(1, 5)
    )
    article = _page(
        f"<article>{_HEADLINE}{_STORY}{_STORY.replace('island ferry', 'harbour ferry')}"
        f'</article><section class="comments">{comments}</section>'
    )
    text = body(article)
    assert "four times a day" in text
    assert "Comment 2:" not in text
