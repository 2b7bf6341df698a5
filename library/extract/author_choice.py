"""Which of a page's statements of authorship names its authors.

A publisher is never the author: the JSON-LD's organisations, an outlet's
own desk ("Jerusalem Post Staff") and the publishing houses are skipped, and
a source naming only the site gives way to a later one, down to the byline
the page shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree

from quotemark.library.extract.bylines import PUBLISHING_HOUSES, author_names
from quotemark.library.extract.comment_metas import a_comment_s
from quotemark.library.extract.confidence import (
    SURE_MARKED,
    SURE_META,
    SURE_NONE,
    SURE_SEEN,
    SURE_STATED,
)
from quotemark.library.extract.jsonld import LinkedData
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.meta_tags import AUTHOR_KEYS, MetaTags
from quotemark.library.extract.microdata_comments import in_a_comment
from quotemark.library.extract.page_clues import BylineBlocks, about_other_posts, page_authors
from quotemark.library.extract.xpath import Query

_ITEMPROP_NAME = Query(".//*[@itemprop='name']")
_OUTLET_DESK = re.compile(
    r"\s+(?:staff|team|desk|editors|editorial(?: board| team)?|newsroom|news desk|reporters|"
    r"web desk|digital|online)$",
    re.IGNORECASE,
)
"""An outlet's own collective byline ("Jerusalem Post Staff", "Sky News Desk")."""
_CJK_OUTLET_ENDS = ("新聞社", "通信社", "出版社", "株式会社", "編集部", "신문사", "일보", "편집부")
"""How a Japanese or Korean publisher's name ends ("...新聞社", a newspaper
company; "...일보", a daily; "編集部", an editorial desk): written as a page's
author, the company or its desk, never a person (a name in these scripts
has no spaces for :func:`same_outlet` to compare words by)."""


def choose_authors(
    root: etree._Element,
    marks: Landmarks,
    meta: MetaTags,
    linked: LinkedData,
    outlets: list[str],
    sites: set[str],
    bylines: BylineBlocks | None = None,
) -> tuple[tuple[str, ...], float]:
    """The page's authors and how sure they are. The first source that
    names a person is read: an organisation the JSON-LD names ("Sky" on Sky
    News, "Harbour Radio Staff") or a publishing house ("Condé Nast") is
    skipped outright; a source naming only the site or its publisher ("ABC
    News" on ABC News) gives way to a later one, down to the byline the page
    shows, and is kept only when none names anyone else (a personal site
    named after its author). With the names comes how sure the source is;
    once a publisher named as the author has given way, the rest is a
    guess. (``bylines``: the page's byline blocks, shared with the
    metadata's reading of its date; see :class:`BylineBlocks`.)"""
    fallback: tuple[tuple[str, ...], float] = ((), SURE_NONE)
    gave_way = False
    for names, sure in _author_sources(root, marks, meta, linked, bylines):
        if not names:
            # (A source naming no one: only the fallback's sureness, while
            # it has no names, follows it.)
            if not fallback[0]:
                fallback = (names, sure)
            continue
        people = tuple(name for name in names if not _names_outlet(name, outlets))
        kept = tuple(
            name
            for name in people
            if name.casefold() not in PUBLISHING_HOUSES and not name.endswith(_CJK_OUTLET_ENDS)
        )
        if any(not any(same_outlet(name, site) for site in sites if site) for name in kept):
            if gave_way or len(kept) < len(people):
                sure = min(sure, SURE_SEEN)
            if len(kept) == 1 and _HANDLE.fullmatch(kept[0]):
                return _shown_for_handle(kept[0], marks) or kept, sure
            return kept, sure
        if kept:
            gave_way = True
        if not fallback[0]:
            fallback = (kept, sure)
    return fallback


_HANDLE = re.compile(r"[a-z][a-z0-9._-]*")
"""A login written as the author ("marion", "j.smith"): one word in lower
case, as a CMS fills its metadata from the account's user name."""


def _shown_for_handle(handle: str, marks: Landmarks) -> tuple[str, ...]:
    """The name a byline element of the page (a ``rel=author`` link, an
    element classed for the author) shows for the login ``handle`` the
    metadata states ("Marion Okafor" for "marion", "mokafor" or
    "marion.okafor"), or nothing when none shows a name the login is made
    from. WordPress's SEO plugins state the account's user name where the
    byline shows the writer's display name. A link to the login's own
    author page (``/author/marion/``) shows its display name whatever the
    name is; a byline of someone else, linked elsewhere, is not taken."""
    key = _NOT_LETTERS.sub("", handle)
    for element in marks.authorish[:30]:
        text = _text(element)
        if len(text) > 60:
            continue
        own_page = element.tag == "a" and _AUTHOR_PAGE.search(element.get("href") or "")
        for name in author_names([text]):
            words = [_NOT_LETTERS.sub("", word) for word in name.casefold().split()]
            if len(words) < 2 or not all(words):
                continue
            first, last = words[0], words[-1]
            if key in {first, last, first + last, first[0] + last, first + last[0]}:
                return (name,)
            if own_page and own_page[1].casefold() == handle and _capitalised(name):
                # ("View all posts" links there too: no name.)
                return (name,)
    return ()


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() or not word[:1].isascii() for word in name.split())


_AUTHOR_PAGE = re.compile(r"/author/([^/?#]+)/?(?:[?#].*)?$")


def without_site(name: str, site: str) -> str:
    """ "Finian Cunningham. Sputnik International" on Sputnik International:
    the person, without the site's name the byline appends."""
    if len(name) > len(site) and name.casefold().endswith(site.casefold()):
        person = name[: -len(site)].rstrip()
        if person.endswith((".", ",", "-", "|", "\u2013", "\u2014")) or person.endswith(" for"):
            return person.removesuffix(" for").rstrip(" .,-|\u2013\u2014") or name
    return name


def same_outlet(name: str, site: str) -> bool:
    """Does an author entry name the site itself ("CNN Business" on "CNN",
    "Business Insider" on "Business Insider Deutschland")?"""
    a, b = name.casefold().removeprefix("the "), site.casefold().removeprefix("the ")
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


_NOT_LETTERS = re.compile(r"[\W_]+")


def outlet_key(name: str) -> str:
    """An outlet's name compared without case, a leading "the", spaces or
    punctuation ("The Daily-Post" and "daily post" are one)."""
    return _NOT_LETTERS.sub("", name.casefold().removeprefix("the "))


_ONE_PER_TAG = frozenset({"dc.creator", "dcterms.creator"})
"""Meta keys that name one creator a tag, as Dublin Core does ("Okafor,
Chidi" is one person, as in ``citation_author``; s48-html7): their values
are parted by :func:`_creators`."""
_LIST_MARK = re.compile(r"\s*(?:;|&|\band\b)\s*")
"""What parts a list of names in one value, whatever its names' order."""


def _creators(values: Iterable[str]) -> list[str]:
    """The creators a Dublin Core tag names: one a tag ("Okafor, Chidi",
    "Puig i Soler, Jordi": a comma between the surname and the given name),
    unless the page wrote a list into one ("Ada Lind; Tom Hale", "Ada Lind
    and Tom Hale", or "Ada Lind, Tom Hale": a comma between names of two
    words or more each, where a surname first has one given name after it;
    s48-final-extract)."""
    out: list[str] = []
    for value in values:
        for item in _LIST_MARK.split(value):
            parts = [part.strip() for part in item.split(",")]
            if len(parts) > 1 and all(len(part.split()) > 1 for part in parts):
                out.extend(parts)
            elif item.strip():
                out.append(item.strip())
    return out


def _author_sources(
    root: etree._Element,
    marks: Landmarks,
    meta: MetaTags,
    linked: LinkedData,
    bylines: BylineBlocks | None,
) -> Iterator[tuple[tuple[str, ...], float]]:
    # In the order of how deliberately the page states them; lazily, as
    # reading the visible byline walks the page.
    # (A key the page lacks names no one: its source is given empty, as
    # author_names gives no values, without the call; most pages state one
    # or two of the keys.)
    yield author_names(linked.authors), SURE_STATED
    for name in AUTHOR_KEYS:
        values = meta.get(name)
        if not values:
            yield (), SURE_META
        elif name in _ONE_PER_TAG:
            yield author_names(_creators(values), split=False), SURE_META
        else:
            yield author_names(values), SURE_META
    values = meta.get("citation_author")
    yield (author_names(values, split=False) if values else ()), SURE_STATED
    yield author_names(_itemprop_authors(marks)), SURE_MARKED
    yield page_authors(root, marks, bylines), SURE_SEEN


def _names_outlet(name: str, outlets: list[str]) -> bool:
    """Is an author entry the publisher itself: an organisation the JSON-LD
    names, spelt with or without its hyphens, or its staff ("Jerusalem Post
    Staff")?"""
    key = outlet_key(_OUTLET_DESK.sub("", name))
    return any(key == outlet_key(outlet) for outlet in outlets)


def _itemprop_authors(marks: Landmarks) -> list[str]:
    found: list[str] = []
    for element in marks.itemprop_authors[:6]:
        if (
            a_comment_s(element)
            if element.tag == "meta"
            else about_other_posts(element) or in_a_comment(element)
        ):
            continue  # a commenter marked up as a comment's creator
        if element.tag == "meta":
            found.append(element.get("content") or "")
            continue
        named = _ITEMPROP_NAME.elements(element)
        if named:
            name = named[0]
            found.append(name.get("content") or _text(name))
        elif element.tag != "link":
            found.append(_text(element))
    return found


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())
