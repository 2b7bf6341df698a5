"""Metadata of the sites researchers save most, read from each site's own
markup: Hacker News, Reddit (old and new), Mastodon (any instance),
GitHub issues and pull requests, X/Twitter, Substack notes, Gmail threads, forum threads
(Discourse, XenForo, phpBB: the first post), and store news posts carried
as BBCode in a data attribute.

These pages state little or nothing in ``<head>``: their title is the
site's wording ("Test Post : test", "Name on X: “…” / X"), the author sits
in a user link and the date in a ``title``/``datetime`` attribute beside
it, next to the same markup for every comment. The general path cannot
tell the post's byline from its comments'; each adapter knows where the
post itself is. An adapter is chosen by the page's host, or by markup only
that site writes (X's ``data-testid`` names, a fediverse ``og:title``), and
answers only what it is sure of: every field it leaves empty falls back to
the general path.

Queries here run only on a page an adapter recognised, never on others.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from quotemark.library.extract.bbcode import bbcode_elements
from quotemark.library.extract.blogger import blog_facts, is_blogger
from quotemark.library.extract.dates import parse_date
from quotemark.library.extract.govuk import speech_facts
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.mediawiki import is_mediawiki, wiki_facts
from quotemark.library.extract.xpath import Query
from quotemark.library.urls import split_url, url_host


@dataclass(frozen=True, slots=True)
class SiteFacts:
    """What a site adapter read; empty fields are left to the general path."""

    title: str = ""
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str = ""
    final: bool = False
    """The empty author and date are the answer: the page's markup shows
    other people's names and times (a repository's last commit), none of
    them the page's own."""
    site_over_stated: bool = False
    """The site named here outranks the one the page states (a wiki's name
    over its host's JSON-LD publisher)."""


@dataclass(frozen=True, slots=True)
class Page:
    """What adapters look at: the un-cleaned tree, its landmarks, its
    ``<meta>`` values (lower-case names) and where it was saved from."""

    root: etree._Element
    marks: Landmarks
    meta: dict[str, list[str]]
    url: str
    host: str
    """The host saved from, without "www.": split once by :func:`site_facts`
    (each recogniser asking its own host split the address again: seven a
    page, for the one adapter that may answer)."""

    @property
    def path(self) -> str:
        parts = split_url(self.url)
        return parts.path if parts is not None else ""

    def first_meta(self, name: str) -> str:
        values = self.meta.get(name)
        return values[0] if values else ""


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())


def _first(query: Query, node: etree._Element) -> etree._Element | None:
    found = query.elements(node)
    return found[0] if found else None


# -- Hacker News -------------------------------------------------------------

_HN_ITEM = Query(f".//table[{_has_class('fatitem')}]")
_HN_STORY = Query(f".//tr[{_has_class('athing')}]")
_HN_TITLE = Query(f".//span[{_has_class('titleline')}]/a")
_HN_USER = Query(f".//a[{_has_class('hnuser')}]")
_HN_AGE = Query(f".//span[{_has_class('age')}][@title]")


def _hacker_news(page: Page) -> SiteFacts | None:
    if page.host != "news.ycombinator.com":
        return None
    # The item itself is the "fatitem" table of an item page; on an older
    # layout, the first story row and the subtext row after it. A listing
    # (front page, "new") is no one item.
    item = _first(_HN_ITEM, page.root)
    title_row = item
    if item is None and page.path == "/item":
        title_row = _first(_HN_STORY, page.root)
        item = title_row.getnext() if title_row is not None else None
    if item is None or title_row is None:
        return SiteFacts(site="Hacker News")
    heading = _first(_HN_TITLE, title_row)
    user = _first(_HN_USER, item)
    age = _first(_HN_AGE, item)
    return SiteFacts(
        title=_text(heading) if heading is not None else "",
        authors=(_text(user),) if user is not None and _text(user) else (),
        published=_hn_date(age.get("title") or "") if age is not None else None,
        site="Hacker News",
    )


def _hn_date(value: str) -> str | None:
    # "2025-06-15T12:00:00 1750000000": the epoch, when given, is the exact
    # instant (the ISO part has no zone).
    parts = value.split()
    if len(parts) > 1 and parts[1].isdigit():
        found = parse_date(parts[1])
        if found:
            return found
    return parse_date(parts[0]) if parts else None


# -- Reddit ------------------------------------------------------------------

_REDDIT_OLD_POST = Query(f".//div[{_has_class('thing')}][{_has_class('link')}][@data-author]")
_REDDIT_OLD_TITLE = Query(f".//a[{_has_class('title')}]")
_REDDIT_OLD_TIME = Query(f".//p[{_has_class('tagline')}]//time[@datetime]")
_REDDIT_OLD_COMMENT_TIME = Query(
    f".//div[{_has_class('thing')}][{_has_class('comment')}]"
    f"//p[{_has_class('tagline')}]//time[@datetime]"
)
_REDDIT_NEW_POST = Query(".//shreddit-post")
_REDDIT_TITLE_SUFFIX = re.compile(r"\s+:\s+[\w-]+$|\s*:\s*r/[\w-]+$")


def _reddit(page: Page) -> SiteFacts | None:
    if not (page.host == "reddit.com" or page.host.endswith(".reddit.com")):
        return None
    new = _first(_REDDIT_NEW_POST, page.root)
    if new is not None:
        author = (new.get("author") or "").strip()
        subreddit = (new.get("subreddit-prefixed-name") or "").strip()
        return SiteFacts(
            title=" ".join((new.get("post-title") or "").split()),
            authors=(author,) if author and author != "[deleted]" else (),
            published=parse_date(new.get("created-timestamp")),
            site=subreddit,
        )
    post = _first(_REDDIT_OLD_POST, page.root)
    if post is None:
        return None
    author = (post.get("data-author") or "").strip()
    subreddit = (post.get("data-subreddit") or "").strip()
    heading = _first(_REDDIT_OLD_TITLE, post)
    title = _text(heading) if heading is not None else ""
    if not title:
        title = _REDDIT_TITLE_SUFFIX.sub("", page.marks.title)
    # The post's own time is in its tagline (or its data-timestamp, in
    # milliseconds); the times further down belong to the comments, and
    # only bound the post's when it has neither.
    when = _first(_REDDIT_OLD_TIME, post)
    stamp = (post.get("data-timestamp") or "").strip()
    published = parse_date(when.get("datetime")) if when is not None else None
    if not published and stamp.isdigit():
        published = parse_date(stamp)
    if not published:
        published = _earliest(
            parse_date(time.get("datetime"))
            for time in _REDDIT_OLD_COMMENT_TIME.elements(page.root)
        )
    return SiteFacts(
        title=title,
        authors=(author,) if author and author != "[deleted]" else (),
        published=published,
        site=f"r/{subreddit}" if subreddit else "",
    )


def _earliest(values: Iterable[str | None]) -> str | None:
    """The earliest of some ISO 8601 times (a time without a zone counts as UTC).

    A thread whose post lost its own time (a page saved without the post's
    tagline) is dated by its first reply: the post is no younger than the
    earliest comment on it, and on Reddit the first reply usually comes within
    hours, so the year and month a citation shows are right, where "no date"
    would leave the researcher to look it up.
    """

    def moment(value: str) -> datetime:
        stamp = datetime.fromisoformat(value)
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)

    known = [value for value in values if value]
    return min(known, key=moment) if known else None


# -- Mastodon (and other fediverse servers using its markup) -----------------

# Mastodon's og:title names the account, not the post: "Alice (@alice@host)".
_FEDIVERSE_TITLE = re.compile(r"^(.+?)\s+\(@[^@\s()]+@([^@\s()]+)\)$")
_MASTODON_NAME = Query(
    f".//div[{_has_class('detailed-status')}]//*[{_has_class('display-name__html')}]"
)


def _mastodon(page: Page) -> SiteFacts | None:
    title = page.first_meta("og:title")
    # (Most titles hold no "(@", which the pattern needs: its lazy name was
    # tried at every character of every page's og:title.)
    match = _FEDIVERSE_TITLE.match(title) if "(@" in title else None
    if not match or page.first_meta("og:type") == "profile":
        # A profile page is the account's, not a post.
        return None
    name = _first(_MASTODON_NAME, page.root)
    author = _text(name) if name is not None else ""
    author = author or match.group(1).strip()
    server = page.first_meta("og:site_name") or match.group(2)
    # A post has no title of its own; say whose post it is and where.
    return SiteFacts(
        title=f"Post by {author} on {server}",
        authors=(author,),
        site=server,
    )


# -- Substack notes ------------------------------------------------------------

_ACCOUNT_TITLE = re.compile(r"^(.+?)\s+\(@[\w.-]+\)$")
_SUBSTACK_NOTE = re.compile(r"^/@[\w.-]+/note/")


def _substack_note(page: Page) -> SiteFacts | None:
    # A note's og:title names its writer, "Name (@handle)"; the general
    # path has no byline to read.
    if page.host != "substack.com" or not _SUBSTACK_NOTE.match(page.path):
        return None
    match = _ACCOUNT_TITLE.match(page.first_meta("og:title"))
    return SiteFacts(authors=(match.group(1),) if match else (), site="Substack")


# -- GitHub ------------------------------------------------------------------

# "Title · Issue #56 · owner/repo": the repository is the site's part.
_GITHUB_TITLE = re.compile(
    r"^(?P<title>.+ · (?:Issue|Pull Request|Discussion) #\d+) · [\w.-]+/[\w.-]+$"
)
_GITHUB_AUTHOR = Query(
    f".//*[@data-testid='issue-body-header-author'] | .//a[{_has_class('author')}]"
)
_GITHUB_THREAD = re.compile(r"^/[\w.-]+/[\w.-]+/(?:issues|pull|discussions)/\d+(?:/|$)")
_GITHUB_TIME = Query(".//relative-time[@datetime]")


def _github(page: Page) -> SiteFacts | None:
    if page.host != "github.com":
        return None
    if not _GITHUB_THREAD.match(page.path):
        # A repository, file or profile page: its author links and times
        # are commits', not the page's.
        return SiteFacts(site="GitHub", final=True)
    match = _GITHUB_TITLE.match(page.marks.title)
    # The first author link and time on an issue or pull request page are
    # the opening post's; replies follow.
    author = _first(_GITHUB_AUTHOR, page.root)
    when = _first(_GITHUB_TIME, page.root)
    name = _text(author) if author is not None else ""
    return SiteFacts(
        title=match.group("title") if match else "",
        authors=(name,) if name else (),
        published=parse_date(when.get("datetime")) if when is not None else None,
        site="GitHub",
    )


# -- X / Twitter -------------------------------------------------------------

_X_HOSTS = frozenset({"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"})
_X_TITLE = re.compile(
    r"^(?:\(\d+\)\s+)?(?P<name>.+?) on (?:X|Twitter): [\"“](?P<text>.*)[\"”]\s*/\s*(?:X|Twitter)$",
    re.DOTALL,
)
_X_ARTICLE_TITLE = Query(".//*[@data-testid='twitter-article-title']")
_X_AUTHOR = Query(".//*[@itemprop='author']")
_X_META = Query(".//meta[@itemprop][@content]")
_X_TWEET = Query(".//article[@data-testid='tweet']")
_X_TIME = Query(".//time[@datetime]")
_X_STATUS = re.compile(r"^/([A-Za-z0-9_]{1,15})/status/\d+")


def _is_x(page: Page) -> bool:
    if page.host in _X_HOSTS or page.marks.x_markup:
        return True
    # A page saved without its address: X's site name or title form. (The
    # form holds " on X: " or " on Twitter: ", asked before its lazy name is
    # tried at every character of every page's title.)
    title = page.marks.title
    return "twitter" in page.first_meta("og:site_name").lower() or bool(
        (" on X: " in title or " on Twitter: " in title) and _X_TITLE.match(title)
    )


def _x(page: Page) -> SiteFacts | None:
    if not _is_x(page):
        return None
    root = page.root
    titled = _X_TITLE.match(page.first_meta("og:title") or page.marks.title)
    status = _X_STATUS.match(page.path) if page.url else None
    # Author: the article's own author markup, then the name in X's
    # "Name on X" title, then the account in the status URL.
    author = ""
    block = _first(_X_AUTHOR, root)
    if block is not None:
        props = {m.get("itemprop"): (m.get("content") or "").strip() for m in _X_META(block)}
        name, handle = props.get("name", ""), props.get("additionalName", "")
        author = (
            f"{name} (@{handle})" if name and handle else name or (f"@{handle}" if handle else "")
        )
    if not author and titled:
        author = titled.group("name").strip()
    if not author and status:
        author = "@" + status.group(1)
    # Title: an X article's headline; else the post's text as X quotes it
    # in the title; else say whose post it is.
    heading = _first(_X_ARTICLE_TITLE, root)
    title = _text(heading) if heading is not None else ""
    if not title and titled:
        title = " ".join(titled.group("text").split())
    if not title and status:
        title = f"Post by @{status.group(1)} on X"
    # Date: the first post of a conversation is the one saved.
    tweet = _first(_X_TWEET, root)
    when = _first(_X_TIME, tweet) if tweet is not None else None
    if when is None and heading is not None:
        when = _first(_X_TIME, root)
    return SiteFacts(
        title=title,
        authors=(author,) if author else (),
        published=parse_date(when.get("datetime")) if when is not None else None,
        site=page.first_meta("og:site_name") or "X",
    )


# -- Gmail -------------------------------------------------------------------

_GMAIL_SUBJECT = Query(f".//h2[{_has_class('hP')}]")
_GMAIL_SENDER = Query(f".//span[{_has_class('gD')}][@name]")
_GMAIL_TIME = Query(f".//span[{_has_class('g3')}][@title]")
# "Subject - account@example.com - Gmail": the account and the app are no
# part of the subject.
_GMAIL_TITLE = re.compile(r"^(?P<subject>.+?) - [^\s@]+@[^\s@]+ - Gmail$")


def _gmail(page: Page) -> SiteFacts | None:
    if page.host != "mail.google.com":
        return None
    subject = _first(_GMAIL_SUBJECT, page.root)
    title = _text(subject) if subject is not None else ""
    if not title:
        match = _GMAIL_TITLE.match(page.marks.title)
        title = match.group("subject") if match else ""
    # The thread is cited by its first message: its sender and time.
    sender = _first(_GMAIL_SENDER, page.root)
    name = (sender.get("name") or "").strip() if sender is not None else ""
    when = _first(_GMAIL_TIME, page.root)
    return SiteFacts(
        title=title,
        authors=(name,) if name and name != "me" else (),
        published=parse_date(when.get("title")) if when is not None else None,
        site="Gmail",
    )


# -- Forums: a thread is cited by its first post --------------------------------

_DISCOURSE_POST = Query(
    ".//*[@itemtype='http://schema.org/DiscussionForumPosting'"
    " or @itemtype='https://schema.org/DiscussionForumPosting']"
)
_DISCOURSE_AUTHOR = Query(".//*[@itemprop='author']//*[@itemprop='name']")
_XENFORO_POST = Query(f".//article[{_has_class('message')}][@data-author]")
_PHPBB_POST = Query(f".//div[{_has_class('post')}]")
_PHPBB_AUTHOR = Query(
    f".//p[{_has_class('author')}]//a[{_has_class('username')}"
    f" or {_has_class('username-coloured')}]"
)
_POST_TIME = Query(".//time[@datetime]")


def _forum(page: Page) -> SiteFacts | None:
    root = page.root
    author = ""
    if page.first_meta("generator").lower().startswith("discourse"):
        post = _first(_DISCOURSE_POST, root)
        name = _first(_DISCOURSE_AUTHOR, post) if post is not None else None
        author = _text(name) if name is not None else ""
    elif root.get("id") == "XF" or root.get("data-xf"):
        post = _first(_XENFORO_POST, root)
        author = (post.get("data-author") or "").strip() if post is not None else ""
    else:
        # (The root's children asked in C: find() goes through ElementPath's
        # Python for this one step, ~4 us on every page.)
        body = next(root.iterchildren("body"), None)
        if body is None or body.get("id") != "phpbb":
            return None
        post = _first(_PHPBB_POST, body)
        name = _first(_PHPBB_AUTHOR, post) if post is not None else None
        author = _text(name) if name is not None else ""
    if post is None:
        return None
    # The replies below carry the same markup: only the first post counts.
    when = _first(_POST_TIME, post)
    return SiteFacts(
        authors=(author,) if author else (),
        published=parse_date(when.get("datetime")) if when is not None else None,
    )


# -- A store's news post carried as JSON with a BBCode body --------------------


def _embedded_event(element: etree._Element) -> dict[str, object] | None:
    try:
        events = json.loads(element.get("data-partnereventstore") or "")
    except ValueError:
        return None
    if isinstance(events, list) and events and isinstance(events[0], dict):
        return events[0]
    return None


def _announcement(event: dict[str, object]) -> dict[str, object]:
    body = event.get("announcement_body")
    return body if isinstance(body, dict) else {}


def _embedded_post(page: Page) -> SiteFacts | None:
    if not page.marks.embedded_posts:
        return None
    element = page.marks.embedded_posts[0]
    event = _embedded_event(element)
    if event is None:
        return None
    body = _announcement(event)
    title = body.get("headline") or event.get("event_name") or ""
    posted = body.get("posttime") or event.get("rtime32_start_time")
    # The publisher is the group (the game or studio) that posted it.
    group = ""
    try:
        groups = json.loads(element.get("data-groupvanityinfo") or "[]")
    except ValueError:
        groups = []
    if isinstance(groups, list) and groups and isinstance(groups[0], dict):
        group = str(groups[0].get("group_name") or "").strip()
    return SiteFacts(
        title=" ".join(str(title).split()),
        authors=(group,) if group else (),
        published=parse_date(str(posted)) if isinstance(posted, int) else None,
    )


def add_embedded_posts(root: etree._Element, marks: Landmarks) -> None:
    """Put the post a page carries only as data (see the BBCode adapter)
    into its body, where the block builder reads it like any text."""
    if not marks.embedded_posts:
        return
    event = _embedded_event(marks.embedded_posts[0])
    source = _announcement(event).get("body") if event is not None else None
    body = root.find("body")
    if not isinstance(source, str) or body is None:
        return
    article = etree.SubElement(body, "article")
    article.extend(bbcode_elements(source))


# -- MediaWiki (Wikipedia): no byline, the version's date ------------------------


def _mediawiki(page: Page) -> SiteFacts | None:
    if not is_mediawiki(page.first_meta("generator")):
        return None
    facts = wiki_facts(page.root, page.marks.title)
    # No author is the answer (a wiki's writers are its whole history), and
    # the date is the version's; the wiki's name outranks the JSON-LD's
    # publisher (the foundation that runs it).
    return SiteFacts(
        published=facts.published,
        site=facts.site,
        final=True,
        site_over_stated=True,
    )


# -- Blogger: the post's footer and the day's date header -------------------------


def _blogger(page: Page) -> SiteFacts | None:
    if not is_blogger(page.first_meta("generator")):
        return None
    facts = blog_facts(page.root)
    if facts is None:
        return None
    return SiteFacts(
        title=facts.title, authors=facts.authors, published=facts.published, site=facts.site
    )


# -- GOV.UK news: the department's, no byline; a speech: its speaker's --------------


def _govuk(page: Page) -> SiteFacts | None:
    facts = speech_facts(page.meta, page.root)
    if facts is None:
        return None
    return SiteFacts(
        authors=(facts.speaker,) if facts.speaker else (),
        published=facts.published,
        site=facts.department,
        final=True,
        site_over_stated=True,
    )


_ADAPTERS: tuple[Callable[[Page], SiteFacts | None], ...] = (
    _mediawiki,
    _blogger,
    _govuk,
    _hacker_news,
    _reddit,
    _github,
    _x,
    _gmail,
    _substack_note,
    _mastodon,
    _embedded_post,
    _forum,
)


def site_facts(
    root: etree._Element, marks: Landmarks, meta: dict[str, list[str]], url: str | None
) -> SiteFacts | None:
    """The facts the first adapter recognising the page reads (see the
    module doc), or ``None`` for a page no adapter knows."""
    page = Page(root, marks, meta, url or "", url_host(url).removeprefix("www."))
    for adapter in _ADAPTERS:
        facts = adapter(page)
        if facts is not None:
            return facts
    return None
