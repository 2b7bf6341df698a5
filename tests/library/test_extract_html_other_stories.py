"""A short article beside other stories keeps only its own text.

The pages are written here, in the shapes news and blog templates use: a
"Related" box of teasers after a two-paragraph story, a column of story
cards beside the article, and an archive page that is only a list of
excerpts (which must keep every excerpt).
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_HEADER = (
    '<header class="site-header"><a href="/">Harbour Gazette</a><nav><ul>'
    '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>'
)
_FOOTER = "<footer><p>Copyright 2026 Harbour Gazette.</p></footer>"
_SUMMARY = (
    "in which the council debated the lighthouse repairs for a second evening, and residents "
    "spoke at length about the cost of the work, the noise of the cranes, the closing of the "
    "quay for most of the spring, and the fate of the old fish market beside it."
)


def _page(title: str, main: str) -> Article:
    return extract_html(
        html_doc(
            f"<html><head><title>{title}</title></head><body>{_HEADER}{main}{_FOOTER}"
            "</body></html>",
            url="https://gazette.example/news/ferry",
        )
    )


def _teasers(tag: str, count: int, heading: str = "h3") -> str:
    return "".join(
        f'<{tag} class="card"><{heading}><a href="/news/story-{n}">Other story {n}</a>'
        f"</{heading}><p>The other story number {n}, {_SUMMARY}</p></{tag}>"
        for n in range(1, count + 1)
    )


def test_a_short_story_is_not_read_whole_page_because_of_its_related_box() -> None:
    # The story is too short for an article (the whole page is read again),
    # and the related box holds most of the words on the page.
    article = _page(
        "Ferry timetable changes for winter",
        '<main><div class="entry"><h1>Ferry timetable changes for winter</h1>'
        "<p>The island ferry will run four times a day from November, the operator said.</p>"
        "<p>Commuters keep their seven o'clock sailing.</p></div>"
        f'<section class="related"><h2>Related</h2>{_teasers("article", 4)}</section></main>',
    )
    text = body(article)
    assert "four times a day" in text
    assert "seven o'clock sailing" in text
    assert "Other story" not in text
    assert "lighthouse repairs" not in text


def test_a_column_of_story_cards_beside_the_article_stays_out() -> None:
    article = _page(
        "Ferry timetable changes for winter",
        '<div class="page"><div class="col-8"><h1>Ferry timetable changes for winter</h1>'
        "<p>The island ferry will run four times a day from November, the operator said on "
        "Tuesday, down from six in the summer months, as fewer visitors come.</p>"
        "<p>Commuters keep their seven o'clock sailing, but the last boat home leaves an hour "
        "earlier, at nine, which the fish plant's late shift says is too early.</p>"
        "<p>The operator said the timetable would be looked at again in March.</p></div>"
        f'<div class="col-4">{_teasers("article", 3)}</div></div>',
    )
    text = body(article)
    assert "four times a day" in text
    assert "looked at again in March" in text
    assert "lighthouse repairs" not in text


def test_an_archive_page_keeps_every_excerpt() -> None:
    article = _page(
        "Archive - Harbour Gazette",
        f"<main><h1>Archive</h1>{_teasers('article', 5, heading='h2')}</main>",
    )
    text = body(article)
    for n in range(1, 6):
        assert f"The other story number {n}," in text


def test_a_section_named_related_that_links_to_its_own_anchors_is_text() -> None:
    # Documentation tools name a chapter and its paragraphs after the
    # heading they belong to ("h1-related"): chrome by name, so only the
    # whole-page reading finds the text, and it links to its own anchors
    # and to other sites, not to other stories.
    article = _page(
        "API Reference",
        '<main><article><h1>API Reference</h1><section class="chapter h1-related">'
        '<h2 id="methods">Methods <a href="/docs/api.html#methods">#</a></h2>'
        '<p class="h2-related">Use these methods to ask the harbour office for its tide '
        "tables.</p>"
        '<p class="h2-related">Each answers in the harbour\'s own time zone, and a day runs '
        "from midnight to midnight.</p>"
        '<dl><dt><a href="https://docs.example.org/tides">tides()</a>'
        '<a href="/docs/api.html#tides">#</a></dt>'
        "<dd><p>Returns the tide table for one day, high and low water with their times.</p>"
        "</dd></dl></section></article></main>",
    )
    text = body(article)
    assert "ask the harbour office" in text
    assert "from midnight to midnight" in text


def _title_link_teasers(count: int, title: str) -> str:
    return "".join(
        f'<div class="item">{title.format(n=n)}<p>The other story number {n}, {_SUMMARY}</p></div>'
        for n in range(1, count + 1)
    )


def test_a_column_of_summaries_under_bare_title_links_stays_out() -> None:
    # "Most read" columns set each title as a plain link (or a link around
    # <strong>) above its summary, with no heading: six summaries outweigh
    # a two-paragraph story.
    for title in (
        '<a class="title" href="/news/story-{n}">Other story {n}</a>',
        '<a href="/news/story-{n}"><strong>Other story {n}</strong></a>',
    ):
        article = _page(
            "Ferry timetable changes for winter",
            '<div class="row"><div class="col-8"><h1>Ferry timetable changes for winter</h1>'
            "<p>The island ferry will run four times a day from November, the operator said on "
            "Tuesday, down from six in the summer months, as fewer visitors come.</p>"
            "<p>Commuters keep their seven o'clock sailing, but the last boat home leaves an "
            "hour earlier, at nine, which the fish plant's late shift says is too early.</p>"
            f'</div><div class="col-4">{_title_link_teasers(6, title)}</div></div>',
        )
        text = body(article)
        assert "four times a day" in text
        assert "last boat home" in text
        assert "Other story" not in text
        assert "lighthouse repairs" not in text


def test_a_list_of_picks_with_linked_names_stays_in_its_article() -> None:
    # A "six walks" piece is built like a column of teasers, but its picks
    # are the article (and a list item opening with a link is a sentence).
    picks = _title_link_teasers(6, '<a href="/walks/{n}">Walk {n}</a>')
    items = "".join(
        f'<li><a href="/walks/{n}">Walk {n}</a> is the walk number {n}, {_SUMMARY}</li>'
        for n in range(1, 4)
    )
    article = _page(
        "Six harbour walks",
        "<main><article><h1>Six harbour walks</h1><p>The coast path is open again, and these "
        f"are the walks our readers like best.</p>{picks}<ul>{items}</ul></article></main>",
    )
    text = body(article)
    assert "coast path is open again" in text
    for n in range(1, 7):
        assert f"The other story number {n}," in text
    assert "Walk 3 is the walk number 3," in text


_FERRY = (
    "<p>The island ferry will run four times a day from November, the operator said on "
    "Tuesday, down from six in the summer months, as fewer visitors come.</p>"
)


def _story(n: int) -> str:
    return "".join(f"<p>Paragraph {i} of the next story, {_SUMMARY}</p>" for i in range(1, n + 1))


def test_the_next_story_loaded_under_the_saved_one_stays_out() -> None:
    # "Infinite scroll": the next story, four times as long, is loaded in
    # an <article> built like the saved one's.
    for heading in ("h1", "h2"):
        article = _page(
            "Ferry timetable changes for winter",
            '<main><article class="post"><h1>Ferry timetable changes for winter</h1>'
            f'<div class="body">{_FERRY}</div></article>'
            f'<article class="post"><{heading}>Lighthouse repairs begin</{heading}>'
            f'<div class="body">{_story(6)}</div></article></main>',
        )
        text = body(article)
        assert "four times a day" in text
        assert "next story" not in text
        assert "Lighthouse repairs begin" not in text


def test_the_next_story_in_a_dated_block_with_its_own_h1_stays_out() -> None:
    story = (
        '<div class="story"><h1>{title}</h1><p class="dateline">By {who}, '
        '<time datetime="2026-03-0{day}">March {day}</time></p>{text}</div>'
    )
    article = _page(
        "Ferry timetable changes for winter",
        '<div class="feed">'
        + story.format(
            title="Ferry timetable changes for winter", who="Mara Quist", day=2, text=_FERRY
        )
        + story.format(title="Lighthouse repairs begin", who="Ola Berg", day=3, text=_story(8))
        + "</div>",
    )
    text = body(article)
    assert "four times a day" in text
    assert "next story" not in text


def test_sections_each_under_an_h1_stay_one_article() -> None:
    # A document whose sections each open with an <h1>, the first being the
    # title, is one article: its sections have no dateline of their own.
    sections = "".join(
        f"<section><h1>{name}</h1>{_story(2)}</section>" for name in ("Costs", "Next steps")
    )
    article = _page(
        "Ferry timetable changes for winter",
        f"<main><section><h1>Ferry timetable changes for winter</h1>{_FERRY}{_FERRY}</section>"
        f"{sections}</main>",
    )
    text = body(article)
    assert "four times a day" in text
    assert "Costs" in text
    assert "Next steps" in text


def test_a_longer_story_in_the_next_column_does_not_replace_the_saved_one() -> None:
    # Two columns of <article>s: the saved story (its headline the page's
    # title) is one paragraph; the next column holds longer stories.
    for others in (1, 2):
        column = "".join(
            f'<article class="story"><h2>Other story {n}</h2>{_story(6)}</article>'
            for n in range(1, others + 1)
        )
        article = _page(
            "Ferry timetable changes for winter",
            '<div class="row"><div class="main-col"><article class="story">'
            f"<h1>Ferry timetable changes for winter</h1>{_FERRY}</article></div>"
            f'<div class="second-col">{column}</div></div>',
        )
        text = body(article)
        assert "four times a day" in text
        assert "next story" not in text


def test_a_story_whose_article_holds_only_its_header_keeps_its_text() -> None:
    article = _page(
        "Ferry timetable changes for winter",
        '<main><article class="story"><header><h1>Ferry timetable changes for winter</h1>'
        '<p class="byline">By Mara Quist</p></header></article>'
        f'<div class="story-body">{_FERRY}{_story(3)}</div></main>',
    )
    text = body(article)
    assert "four times a day" in text
    assert "Paragraph 3 of the next story" in text
