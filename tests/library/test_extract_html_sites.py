"""Site adapters: the title, author and date researchers cite from the sites
they save most (Hacker News, Reddit, Mastodon, GitHub, X), read from each
site's own markup rather than from a comment beside the post.

Fixture pages (tests/fixtures/html/sites) are written by us in each site's
markup style, and are read through the importer as a saved file would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.extract.bbcode import bbcode_html
from quotemark.library.extract.html import extract_html, parse_page
from quotemark.library.extract.landmarks import survey
from quotemark.library.extract.metadata import read_metadata
from quotemark.library.importers import read
from quotemark.library.model import Article

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "sites"


def extract(name: str) -> Article:
    return extract_html(read(SITES / name))


def text(article: Article) -> str:
    return "\n".join(block.text for block in article.blocks)


# -- Hacker News ----------------------------------------------------------------


def test_hacker_news_item_is_cited_by_submitter_and_submission_time() -> None:
    meta = extract("hacker-news-item.html").metadata
    assert meta.title == "Tide tables from a 1911 harbour logbook"
    assert meta.authors == ("harbourkeeper",)
    # The epoch in the age's title is the exact instant, not the commenter's.
    assert meta.published == "2024-03-02T08:15:00+00:00"
    assert meta.site == "Hacker News"


def test_hacker_news_front_page_names_no_story_author() -> None:
    # A listing is no article (import refuses it); its metadata names no
    # submitter of one story as the page's author.
    doc = read(SITES / "hacker-news-front.html")
    root = parse_page(doc.html or "", doc.path)
    meta = read_metadata(root, survey(root), doc.url)
    assert meta.authors == ()
    assert meta.published is None
    assert meta.site == "Hacker News"


# -- Reddit ---------------------------------------------------------------------


def test_old_reddit_post_is_cited_by_poster_not_commenter() -> None:
    article = extract("old-reddit-post.html")
    meta = article.metadata
    assert meta.title == "The keeper's diary from Skerry Point, 1923"
    assert meta.authors == ("lamp_trimmer",)
    assert meta.published == "2024-03-02T09:00:00+00:00"
    assert meta.site == "r/lighthouses"
    assert "typed up the first month" in text(article)


def test_old_reddit_post_without_its_own_time_is_dated_by_its_first_reply() -> None:
    # Saved without the post's tagline time: the earliest comment (listed
    # second, as "best" sorting does) bounds it; the poster stays the author.
    meta = extract("old-reddit-post-untimed.html").metadata
    assert meta.authors == ("lamp_trimmer",)
    assert meta.published == "2024-03-02T11:05:00+00:00"


def test_new_reddit_post_reads_the_post_element() -> None:
    meta = extract("new-reddit-post.html").metadata
    assert meta.title == "The keeper's diary from Skerry Point, 1923"
    assert meta.authors == ("lamp_trimmer",)
    assert meta.published == "2024-03-02T09:00:00+00:00"
    assert meta.site == "r/lighthouses"


# -- Mastodon -------------------------------------------------------------------


def test_mastodon_status_names_its_author_and_server() -> None:
    article = extract("mastodon-status.html")
    meta = article.metadata
    # og:title names the account, which is no title for a post.
    assert meta.title == "Post by Rosa Lind on harbour.example.social"
    assert meta.authors == ("Rosa Lind",)
    assert meta.published == "2024-03-02T09:00:00+00:00"
    assert meta.site == "harbour.example.social"
    assert "finished scanning the 1911 tide logbook" in text(article)


# -- GitHub ---------------------------------------------------------------------


def test_github_issue_keeps_its_number_and_drops_the_repository() -> None:
    meta = extract("github-issue.html").metadata
    assert meta.title == "Tide heights are off by one hour after the clocks change · Issue #17"
    assert meta.authors == ("pilot-mae",)
    assert meta.published == "2024-03-31T07:12:00+00:00"
    assert meta.site == "GitHub"


def test_github_pull_request_is_cited_by_its_opener() -> None:
    meta = extract("github-pull.html").metadata
    assert meta.title == "Convert tide times with the zone of each date · Pull Request #18"
    assert meta.authors == ("lamp-trimmer",)
    assert meta.published == "2024-04-02T14:30:00+00:00"


# -- X / Twitter ----------------------------------------------------------------


def test_x_status_title_is_the_post_text_and_date_the_first_post() -> None:
    article = extract("x-status.html")
    meta = article.metadata
    assert meta.title == (
        "The 1911 tide logbook is online: forty years of tides written by hand, every page scanned."
    )
    assert meta.authors == ("Harbour Archive",)
    assert meta.published == "2024-03-03T10:15:00+00:00"
    assert meta.site == "X (formerly Twitter)"


def test_x_article_found_by_markup_alone() -> None:
    # No address and a localised <title>: X's article markup says enough.
    meta = extract("x-article.html").metadata
    assert meta.title == "What a tide logbook tells us about the weather of 1911"
    assert meta.authors == ("Rosa Lind (@rosalind_tides)",)
    assert meta.published is None
    assert meta.site == "X"


def test_x_status_without_a_usable_title_says_whose_post(tmp_path: Path) -> None:
    page = tmp_path / "status.html"
    page.write_text(
        "<!-- saved from url=(0040)https://x.com/quaywalker/status/17641999 -->\n"
        "<html lang='zh'><head><title>对话</title></head><body><main>"
        "<article data-testid='tweet'><div data-testid='User-Name'>"
        "<a href='/quaywalker'>Quay Walker</a><a href='/quaywalker'>@quaywalker</a></div>"
        "<time datetime='2024-03-04T08:00:00.000Z'>3月4日</time>"
        "<div data-testid='tweetText'>My grandfather's ferry is in the 1920s pages of "
        "the logbook, twice in one week.</div></article></main></body></html>",
        encoding="utf-8",
    )
    meta = extract_html(read(page)).metadata
    assert meta.title == "Post by @quaywalker on X"
    assert meta.authors == ("@quaywalker",)
    assert meta.published == "2024-03-04T08:00:00+00:00"


def test_a_page_of_no_known_site_is_untouched(tmp_path: Path) -> None:
    # A blog that merely shows a GitHub-like "author" link keeps the general path.
    page = tmp_path / "blog.html"
    page.write_text(
        "<!-- saved from url=(0036)https://blog.example.org/tides.html -->\n"
        "<html><head><title>Reading old tide tables | Harbour Notes</title>"
        "<meta property='og:site_name' content='Harbour Notes'>"
        "<meta name='author' content='Rosa Lind'></head><body><article>"
        "<h1>Reading old tide tables</h1><a class='author' href='/quay'>quay</a>"
        "<p>Old tide tables are easier to read than they look, once you know the "
        "keeper's abbreviations for wind and weather.</p></article></body></html>",
        encoding="utf-8",
    )
    meta = extract_html(read(page)).metadata
    assert meta.title == "Reading old tide tables"
    assert meta.authors == ("Rosa Lind",)


# -- a store's news post carried as BBCode in a data attribute -------------------


def test_store_news_post_is_read_from_its_embedded_bbcode() -> None:
    article = extract("store-news-bbcode.html")
    meta = article.metadata
    assert meta.title == "Harbour Days 2.4 brings the winter tides"
    assert meta.authors == ("Harbour Days",)
    assert meta.published == "2024-03-02T09:00:00+00:00"
    body = text(article)
    assert "the harbour now freezes at the edges" in body
    assert "keeper's diary you can read in the lighthouse" in body
    assert "[b]" not in body
    assert "abc123" not in body  # the video embed is no text
    # Markup inside the BBCode is text, never an element.
    assert "<script>alert(1)</script>" in body
    links = [link for block in article.blocks for link in block.links]
    assert any(link.url == "https://harbourdays.example.com/notes/2-4" for link in links)


def test_bbcode_tags_become_html_and_unknown_ones_vanish() -> None:
    markup = bbcode_html('[b]bold[/b] [color=red]red[/color] [url="https://a.example/"]x[/url]')
    assert markup == '<strong>bold</strong> red <a href="https://a.example/">x</a>'
    # Text is escaped before tags are read; only web addresses become links.
    assert bbcode_html("<i>[url=javascript:alert(1)]x[/url]") == "&lt;i&gt;<span>x</span>"


# -- Gmail ----------------------------------------------------------------------


def test_gmail_thread_is_cited_by_subject_and_first_sender() -> None:
    meta = extract("gmail-thread.html").metadata
    # Not "... - rosa@example.org - Gmail": the account is not the subject.
    assert meta.title == "Scans of the 1911 logbook — permission to quote"
    assert meta.authors == ("Mae Pilot",)
    assert meta.published == "2024-03-02"
    assert meta.site == "Gmail"


def test_github_repository_page_is_not_cited_by_its_last_committer(tmp_path: Path) -> None:
    page = tmp_path / "repo.html"
    page.write_text(
        "<!-- saved from url=(0043)https://github.com/harbour-tools/tidy-tides -->\n"
        "<html><head><title>GitHub - harbour-tools/tidy-tides: Tide tables for small "
        "harbours</title></head><body><div class='latest-commit'><a class='author' "
        "href='/pilot-mae'>pilot-mae</a> <relative-time datetime='2024-04-03T09:00:00Z'>"
        "</relative-time></div><article class='markdown-body'><h1>tidy-tides</h1><p>Tide "
        "tables for small harbours, converted from the printed tables of the harbour "
        "offices.</p></article></body></html>",
        encoding="utf-8",
    )
    meta = extract_html(read(page)).metadata
    assert meta.authors == ()
    assert meta.published is None
    assert meta.site == "GitHub"


def test_an_embedded_post_does_not_make_a_news_page_an_x_page(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<!-- saved from url=(0040)https://news.example.com/2024/tides.html -->\n"
        "<html><head><title>Harbour opens its archive</title>"
        "<meta property='article:published_time' content='2024-03-05T08:00:00Z'></head>"
        "<body><article><h1>Harbour opens its archive</h1><p>The harbour office has "
        "put forty years of handwritten tide tables online for anyone to read.</p>"
        "<article data-testid='tweet'><a href='/harbourarchive'>@harbourarchive</a>"
        "<time datetime='2024-03-03T10:15:00.000Z'>Mar 3</time><div data-testid="
        "'tweetText'>The logbook is online.</div></article></article></body></html>",
        encoding="utf-8",
    )
    meta = extract_html(read(page)).metadata
    assert meta.title == "Harbour opens its archive"
    assert meta.published == "2024-03-05T08:00:00+00:00"


# -- forums ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "author", "published"),
    [
        (
            "discourse-topic.html",
            "Reading 1911 tide logbooks: the keeper's abbreviations",
            "rosa",
            "2024-03-02T09:00:00+00:00",
        ),
        (
            "xenforo-thread.html",
            "Ferry timetables from the 1920s",
            "deckhand",
            "2024-02-11T18:05:00+00:00",
        ),
        (
            "phpbb-topic.html",
            "Skerry Point lamp changes",
            "lamp_trimmer",
            "2024-01-20T12:30:00+00:00",
        ),
    ],
)
def test_forum_thread_is_cited_by_its_first_post(
    name: str, title: str, author: str, published: str
) -> None:
    # Every reply carries the same author and time markup; none of the
    # repliers is an author of the thread.
    article = extract(name)
    assert article.metadata.title == title
    assert article.metadata.authors == (author,)
    assert article.metadata.published == published


def test_forum_reply_header_is_not_body_text() -> None:
    body = text(extract("phpbb-topic.html"))
    assert "incandescent mantle" in body
    assert "Post by fog_signal" not in body


def test_substack_note_is_cited_by_its_writer() -> None:
    meta = extract("substack-note.html").metadata
    assert meta.authors == ("Rosa Lind",)
    assert meta.site == "Substack"


def test_mastodon_profile_page_is_not_called_a_post(tmp_path: Path) -> None:
    page = tmp_path / "profile.html"
    page.write_text(
        "<!-- saved from url=(0036)https://harbour.example.social/@rosa -->\n"
        "<html><head><meta property='og:type' content='profile'>"
        "<meta property='og:title' content='Rosa Lind (@rosa@harbour.example.social)'>"
        "<title>Rosa Lind (@rosa@harbour.example.social) - harbour.example.social</title>"
        "</head><body><div class='account__header__bio'><p>Harbour archivist. I post "
        "about tide tables, logbooks and the keepers who wrote them, most weeks.</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    meta = extract_html(read(page)).metadata
    assert not meta.title.startswith("Post by")
