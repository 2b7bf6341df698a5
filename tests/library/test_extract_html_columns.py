"""The page's layout says where the story is: its ``<main>``, the column its
headline heads, a thread that is the whole page (columns.py, replies.py).

The pages are written here, in the shapes templates use: a short story in
a Bootstrap column beside a longer writer's bio, a story in the left cell
of a layout table beside an essay, a story in ``<main>`` above a longer
feature outside it, and an issue tracker's discussion whose replies are
named as comments. Guards: a headline column holding only the header
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


def _comment(number: int, text: str) -> str:
    return (
        f'<div class="timeline-comment"><div class="timeline-comment-header">'
        f'<a href="/u{number}">dev{number}</a> commented <span>on Mar {number}</span></div>'
        f'<div class="comment-body"><p>{text}</p></div></div>'
    )


def test_a_discussion_page_is_every_reply_without_the_menus_and_sidebar() -> None:
    # Each reply is named as a comment (chrome under a story), so the
    # scoring ended in one reply and the page was read whole.
    article = _page(
        '<div class="repo-head"><a href="/o/r">o/r</a> <a href="/o/r/issues">Issues 42</a> '
        '<a href="/o/r/pulls">Pull requests 3</a></div>'
        f'<div class="issue">{_HEADLINE}<div class="layout"><div class="discussion">'
        + _comment(
            1,
            "The timetable parser fails on winter schedules, because the ferry runs four "
            "times a day and the code expects six sailings.",
        )
        + _comment(
            2,
            "I can reproduce this on the latest release, with the same four-sailing "
            "timetable and a fresh install.",
        )
        + _comment(3, "Fixed in the next release, thanks for the report and the sample.")
        + '</div><div class="side-col"><h3>Assignees</h3><p>No one assigned</p>'
        "<h3>Milestone</h3><p>No milestone</p></div></div></div>"
    )
    text = body(article)
    assert "expects six sailings" in text
    assert "fresh install" in text
    assert "Fixed in the next release" in text
    assert "Pull requests" not in text
    assert "No milestone" not in text


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
