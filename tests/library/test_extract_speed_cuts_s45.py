"""Stop 45's exact speed cuts in extraction (branch s45-speedx): each
``<link>``'s ``rel`` read once by the survey (the canonical link, the URL's
sureness and the pager test each read every link's again), the site
adapters' host split once a page, and cheap tests before the recognisers'
patterns. Pages written here, read as a saved file is; the behaviour a
researcher sees must be what it was."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.extract.blocks import BlockBuilder
from quotemark.library.extract.confidence import SURE_STATED
from quotemark.library.extract.html import extract_html, parse_page
from quotemark.library.extract.landmarks import survey
from quotemark.library.importers import read
from quotemark.library.model import Article

_STORY = (
    "<p>The harbour board met on Tuesday to discuss the sea wall, and the members agreed "
    "that the repairs would begin in the spring once the tides allowed the work.</p>"
)


def _read(tmp_path: Path, name: str, html: str) -> Article:
    # The page as a saved file, read and extracted as an import does.
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return extract_html(read(path))


def _saved(tmp_path: Path, head: str, body: str = _STORY, name: str = "page.html") -> Article:
    return _read(
        tmp_path,
        name,
        f"<html><head><title>Sea wall repairs</title>{head}</head>"
        f"<body><article><h1>Sea wall repairs</h1>{body}</article></body></html>",
    )


def _sureness(article: Article, field: str) -> float:
    return dict(article.metadata.confidence)[field]


def test_each_links_rel_is_noted_lower_cased_beside_it() -> None:
    root = parse_page(
        '<html><head><link rel="stylesheet" href="a.css"><link href="b.ico">'
        '<link rel="Canonical" href="https://example.org/a"></head><body><p>x</p></body></html>',
        "page.html",
    )
    marks = survey(root)
    assert len(marks.links) == 3
    assert marks.link_rels == ["stylesheet", "", "canonical"]


def test_a_canonical_link_among_stylesheets_is_the_posts_address(tmp_path: Path) -> None:
    head = (
        '<link rel="stylesheet" href="/main.css"><link rel="preload" href="/font.woff2">'
        '<link rel="Canonical" href="https://news.example.org/2026/sea-wall">'
        '<link rel="icon" href="/favicon.ico">'
    )
    article = _saved(tmp_path, head)
    assert article.metadata.url == "https://news.example.org/2026/sea-wall"
    assert _sureness(article, "url") == SURE_STATED


def test_a_link_that_only_mentions_canonical_is_no_canonical_link(tmp_path: Path) -> None:
    # "canonical" inside another rel word is not the word: the address is
    # og:url's, and stated by that.
    head = (
        '<link rel="noncanonical-alternate" href="https://mirror.example.net/sea-wall">'
        '<meta property="og:url" content="https://news.example.org/sea-wall">'
    )
    article = _saved(tmp_path, head)
    assert article.metadata.url == "https://news.example.org/sea-wall"
    assert _sureness(article, "url") == SURE_STATED
    # Without og:url the saved file names no address.
    bare = _saved(tmp_path, '<link rel="noncanonical-alternate" href="/x">', name="bare.html")
    assert bare.metadata.url is None


def test_a_pager_link_in_capitals_still_makes_a_page_part(tmp_path: Path) -> None:
    body = _STORY + "<p>Page 2 of 3</p>"
    article = _saved(tmp_path, '<link rel="PREV" href="/sea-wall?page=1">', body)
    reading = article.metadata.reading
    assert reading is not None
    assert (reading.part, reading.parts) == (2, 3)
    # The same line without a pager link says nothing.
    plain = _saved(tmp_path, '<link rel="stylesheet" href="/a.css">', body, name="plain.html")
    assert not plain.metadata.reading


def test_a_fediverse_title_is_a_post_and_a_title_with_a_handle_inside_is_not(
    tmp_path: Path,
) -> None:
    post = _saved(
        tmp_path,
        '<meta property="og:title" content="Rosa Lind (@rosa@harbour.example.social)">',
    )
    assert post.metadata.title == "Post by Rosa Lind on harbour.example.social"
    assert post.metadata.authors == ("Rosa Lind",)
    # "(@" in the middle of a headline is no account's title.
    other = _saved(
        tmp_path,
        '<meta property="og:title" content="Readers (@harbour) asked about the sea wall">',
        name="other.html",
    )
    assert other.metadata.title == "Readers (@harbour) asked about the sea wall"


def test_a_phpbb_thread_is_still_read_by_its_first_post(tmp_path: Path) -> None:
    meta = _read(
        tmp_path,
        "thread.html",
        "<html><head><title>Sea wall - Harbour forum</title></head><body id='phpbb'>"
        "<div class='post'><p class='author'><a class='username'>rosa_lind</a></p>"
        "<time datetime='2026-03-02T09:00:00+00:00'>2 March</time>"
        f"<div class='content'>{_STORY}</div></div>"
        "<div class='post'><p class='author'><a class='username'>tom_hale</a></p>"
        "<time datetime='2026-03-03T09:00:00+00:00'>3 March</time>"
        "<div class='content'><p>I agree with every word of this.</p></div></div>"
        "</body></html>",
    ).metadata
    assert meta.authors == ("rosa_lind",)
    assert meta.published == "2026-03-02T09:00:00+00:00"


def test_a_page_saved_from_www_reddit_is_read_by_the_reddit_adapter(tmp_path: Path) -> None:
    meta = _read(
        tmp_path,
        "reddit.html",
        "<!-- saved from url=(0050)https://www.reddit.com/r/harbours/comments/abc/x/ -->"
        "<html><head><title>Sea wall : harbours</title></head><body>"
        "<shreddit-post author='rosa_lind' subreddit-prefixed-name='r/harbours' "
        "post-title='Sea wall repairs begin' created-timestamp='2026-03-02T09:00:00+0000'>"
        f"{_STORY}</shreddit-post></body></html>",
    ).metadata
    assert meta.title == "Sea wall repairs begin"
    assert meta.authors == ("rosa_lind",)
    assert meta.site == "r/harbours"


def test_a_print_views_address_after_a_line_break_is_the_posts_address(tmp_path: Path) -> None:
    # The footer's line is a tail (after the <br>): only texts and tails
    # naming an address are read for it, and this one is.
    body = (
        _STORY + "<p>Harbour Courier<br>Printed from https://harbour.example.org/news/pier"
        " on 06/12/2026</p>"
    )
    assert _saved(tmp_path, "", body).metadata.url == "https://harbour.example.org/news/pier"
    # "URL:" after a line break ends a reference's entry: no address.
    cited = _STORY + "<p>Tide tables, 1911.<br>URL: https://harbour.example.org/tides.pdf</p>"
    assert _saved(tmp_path, "", cited, name="cited.html").metadata.url is None


def test_a_post_saved_from_x_without_its_address_is_known_by_its_title(tmp_path: Path) -> None:
    # No address, no X markup, no site name: only the title's form says X.
    meta = _read(
        tmp_path,
        "status.html",
        "<html><head><title>Harbour Archive on Twitter: \u201cThe logbook is online.\u201d /"
        f" Twitter</title></head><body><article>{_STORY}</article></body></html>",
    ).metadata
    assert (meta.title, meta.authors, meta.site) == (
        "The logbook is online.",
        ("Harbour Archive",),
        "X",
    )
    # " on X: " inside another title is no post's.
    other = _read(
        tmp_path,
        "other.html",
        "<html><head><title>Why the harbour lives on X: a history</title></head>"
        f"<body><article>{_STORY}</article></body></html>",
    )
    assert other.metadata.site is None


def test_a_link_around_two_paragraphs_links_both_and_nothing_after() -> None:
    # The links still open are carried into the next block (asked at every
    # block's end; nearly always none is, and then nothing is carried).
    root = parse_page(
        "<html><body><a href='https://harbour.example.org/wall'><p>The wall was built in"
        " 1911.</p><p>It was last repaired in 1962.</p></a><p>The board meets in May.</p>"
        "</body></html>",
        "page.html",
    ).find("body")
    assert root is not None
    built = BlockBuilder(None, {}).build([root])
    assert [(block.text, [link.url for link in block.links]) for block in built] == [
        ("The wall was built in 1911.", ["https://harbour.example.org/wall"]),
        ("It was last repaired in 1962.", ["https://harbour.example.org/wall"]),
        ("The board meets in May.", []),
    ]
