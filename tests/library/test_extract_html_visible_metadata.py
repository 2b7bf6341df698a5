"""Dates and titles read off the visible page when the metadata does not
state them: the publication date beside an update date, and a post's own
headline under a newsletter's banner. The pages are written here."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc

_PROSE = (
    "<p>The island ferry will run four times a day from November, the operator said on "
    "Tuesday, down from six in the summer months, as fewer visitors come to the island.</p>"
    "<p>Commuters keep their seven o'clock sailing, but the last boat home leaves an hour "
    "earlier, at nine, which the fish plant's late shift says is too early.</p>"
)


def _meta(head: str, body: str) -> Metadata:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_html(html_doc(html, url="https://gazette.example/ferry")).metadata


def test_a_dateline_with_an_update_gives_the_publication_date() -> None:
    meta = _meta(
        "<title>Ferry changes</title>",
        '<article><h1>Ferry changes</h1><p class="date">Updated March 5, 2026, first '
        f"published March 2, 2026</p>{_PROSE}</article>",
    )
    assert meta.published == "2026-03-02"


def test_an_update_time_above_the_publication_time_gives_way_to_it() -> None:
    meta = _meta(
        "<title>Ferry changes</title>",
        '<article><h1>Ferry changes</h1><div class="stamps">Updated '
        '<time datetime="2026-03-05T09:00:00Z">5 March</time> · Published '
        f'<time datetime="2026-03-02T08:00:00Z">2 March</time></div>{_PROSE}</article>',
    )
    assert meta.published is not None
    assert meta.published.startswith("2026-03-02")


def test_an_update_time_alone_is_still_the_posts_date() -> None:
    meta = _meta(
        "<title>Ferry changes</title>",
        '<article><h1>Ferry changes</h1><time class="updated" '
        f'datetime="2026-03-05T09:00:00Z">5 March 2026</time>{_PROSE}</article>',
    )
    assert meta.published is not None
    assert meta.published.startswith("2026-03-05")


def test_a_time_marked_published_and_updated_is_the_publication() -> None:
    # WordPress marks a post never edited "entry-date published updated".
    meta = _meta(
        "<title>Ferry changes</title>",
        '<article><h1>Ferry changes</h1><time class="entry-date published updated" '
        'datetime="2026-03-02T08:00:00Z">2 March 2026</time> <time class="updated" '
        f'datetime="2026-03-05T09:00:00Z">5 March 2026</time>{_PROSE}</article>',
    )
    assert meta.published is not None
    assert meta.published.startswith("2026-03-02")


def test_a_newsletters_name_is_not_the_posts_title() -> None:
    meta = _meta(
        '<title>The Harbour Letter</title><meta property="og:title" content="The Harbour Letter">',
        '<header><h1><a href="/">The Harbour Letter</a></h1></header>'
        f'<article><h2 class="post-title">Ferry changes for winter</h2>{_PROSE}</article>',
    )
    assert meta.title == "Ferry changes for winter"


def test_a_headline_in_the_pages_header_stays_the_title() -> None:
    # A story whose header sits outside the <article> of a sign-up box: the
    # headline is no banner (it does not lead to the front page).
    meta = _meta(
        "<title>Ferry fares rise</title>",
        '<header><h1><a href="/ferry">Ferry fares rise</a></h1></header>'
        f'<div class="story">{_PROSE}</div>'
        "<article><h2>Breaking news emails</h2><p>Get the news in your inbox.</p></article>",
    )
    assert meta.title == "Ferry fares rise"


def test_a_meta_line_of_name_and_date_gives_the_author() -> None:
    meta = _meta(
        "<title>Ferry changes</title>",
        '<article><h1>Ferry changes</h1><div class="meta">Mara Quist · Mar 2, 2026</div>'
        f"{_PROSE}</article>",
    )
    assert meta.authors == ("Mara Quist",)


def test_a_section_and_date_line_names_no_author() -> None:
    for line in ("Opinion · Mar 2, 2026", "5 min read · Mar 2, 2026", "Updated | Mar 2, 2026"):
        meta = _meta(
            "<title>Ferry changes</title>",
            f'<article><h1>Ferry changes</h1><div class="meta">{line}</div>{_PROSE}</article>',
        )
        assert meta.authors == (), line


def test_a_meta_line_is_read_beside_a_large_inline_script_and_behind_deep_indentation() -> None:
    # A site's data as one inline script (hundreds of KB) inside the same
    # wrappers as the header, and a meta line whose text opens with a
    # long run of indentation: only letters count towards "long".
    data = "<script>window.__DATA__ = {" + '"k": "ferry news", ' * 20_000 + "};</script>"
    indented = " " * 2_000 + "Mara Quist · Mar 2, 2026"
    meta = _meta(
        "<title>Ferry changes</title>",
        f"<div><div><p>{indented}</p><div>{data}</div>"
        f"<article><h1>Ferry changes</h1>{_PROSE}</article></div></div>",
    )
    assert meta.authors == ("Mara Quist",)


def test_a_meta_line_split_over_spans_inside_a_header_of_menus_gives_the_author() -> None:
    # The header's wrappers hold more than a meta line's letters (two menus
    # of short items), the line itself is three spans in two more wrappers.
    sections = ("News", "Sport", "Weather", "Ferries", "Opinion", "Culture", "Letters")
    menu = "".join(f"<li><a href='/{name}'>{name}</a></li>" for name in sections)
    header = (
        f"<div class='top'><div><ul>{menu}</ul><ul>{menu}</ul></div>"
        "<div><span><span>Mara Quist</span> · <span>Mar 2, 2026</span></span></div></div>"
    )
    meta = _meta(
        "<title>Ferry changes</title>",
        f"<div>{header}<article><h1>Ferry changes</h1>{_PROSE}</article></div>",
    )
    assert meta.authors == ("Mara Quist",)


def test_a_meta_line_after_the_articles_first_paragraph_names_no_author() -> None:
    # Once a paragraph of the article has begun, the page's header is over:
    # a name and a date further down (a quoted source's line) are no byline.
    meta = _meta(
        "<title>Ferry changes</title>",
        f"<div><article><h1>Ferry changes</h1>{_PROSE}"
        "<div><span>Mara Quist</span> · <span>Mar 2, 2026</span></div></article></div>",
    )
    assert meta.authors == ()
