"""Metadata of a saved Blogger (Blogspot) page: a post's own page or the
blog's front page, cited by its newest post.

Blogger writes the post's writer and time below it, in the post's footer
("Posted by Peter Quinn at 19:42", the time an ``abbr`` whose ``title`` is
the ISO instant), and its day once in a date header above every post of
that day. The general path reads neither: the footer is chrome (a post
footer) and the date header stands outside the post. A front page holds
several posts under their date headers and names only the blog in
``<title>`` and ``og:title``; a researcher who saved it cites the newest
post, the first.

Recognised by the ``generator`` meta Blogger writes on every page ("blogger"):
one look-up of a meta value already collected, so no other page pays.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from quotemark.library.extract.dates import find_date, parse_date
from quotemark.library.extract.xpath import Query


def _class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_POSTS = Query(f".//div[{_class('post')}][{_class('hentry')}]")
_TITLE = Query(f".//*[{_class('post-title')}]")
_AUTHOR = Query(
    f".//*[{_class('post-author')}]//*[@itemprop='name']"
    f" | .//*[{_class('post-author')}]//*[{_class('fn')}]"
)
_PUBLISHED = Query(f".//*[{_class('published')}][@title]")
_DATE_HEADER = Query(f"preceding::*[{_class('date-header')}][1]")
_BLOG_NAME = Query(f".//*[@id='header']//*[{_class('title')}]")


@dataclass(frozen=True, slots=True)
class BlogFacts:
    """What a Blogger page states about its (first) post."""

    title: str
    authors: tuple[str, ...]
    published: str | None
    site: str


def is_blogger(generator: str) -> bool:
    """Whether a page's ``generator`` meta names Blogger."""
    return generator.casefold() == "blogger"


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())


def blog_facts(root: etree._Element) -> BlogFacts | None:
    """The first post's title, writer and date and the blog's name, of a
    page :func:`is_blogger` recognised; ``None`` when it shows no post."""
    posts = _POSTS.elements(root)
    if not posts:
        return None
    post = posts[0]
    found = _TITLE.elements(post)
    title = _text(found[0]) if found else ""
    names = [_text(element) for element in _AUTHOR.elements(post)]
    # Blogger writes "Posted by Unknown" for a writer whose profile it can no
    # longer show: its placeholder, no one's name.
    authors = tuple(dict.fromkeys(name for name in names if name and name != "Unknown"))[:1]
    published = None
    stamp = _PUBLISHED.elements(post)
    if stamp:
        published = parse_date(stamp[0].get("title"))
    if published is None:
        # The day is written once above the day's posts, not in each.
        header = _DATE_HEADER.elements(post)
        published = find_date(_text(header[0])) if header else None
    blog = _BLOG_NAME.elements(root)
    return BlogFacts(
        title=title, authors=authors, published=published, site=_text(blog[0]) if blog else ""
    )
