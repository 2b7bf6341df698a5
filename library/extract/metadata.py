"""Bibliographic metadata of a saved page: title, authors, date, site,
canonical URL, language and description.

Structured statements come first, in the order of how deliberately a page
makes them: JSON-LD, then OpenGraph/``article:*``, Dublin Core, Highwire
``citation_*``, Parse.ly and Sailthru tags, ``meta name=author``, then
microdata (``itemprop``) and microformats (``rel=author``, ``.byline``,
``time[datetime]``), then the markup of Blogger, WordPress, Substack and
Medium. Heuristics (a dateline near the title, a date in the URL) come
last. Pages of the sites researchers save most (Hacker News, Reddit,
Mastodon, GitHub, X, forums...) are read by their own adapter first
(:mod:`quotemark.library.extract.sites`), whose answers replace the general ones.
Must run on the page before cleaning: it reads ``<head>`` and the JSON-LD
scripts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree

from quotemark.library.extract.bylines import PUBLISHING_HOUSES, author_names
from quotemark.library.extract.dates import parse_date
from quotemark.library.extract.jsonld import PLACEHOLDER, LinkedData, filled, read_linked_data
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.page_clues import page_authors, page_date
from quotemark.library.extract.sites import site_facts
from quotemark.library.extract.titles import split_title
from quotemark.library.extract.xpath import Query
from quotemark.library.model import Metadata
from quotemark.library.urls import join_url, split_url, url_host

_ITEMPROP_NAME = Query(".//*[@itemprop='name']")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|$)")

_TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "dc.title",
    "citation_title",
    "parsely-title",
    "sailthru.title",
    "headline",
    "title",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "byline",
    "article:author_name",
    "og:article:author",
    "book:author",
    "creator",
)
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "og:published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "date",
    "release_date",
    "content_create_date",
    "cxenseparse:recs:publishtime",
)
_SITE_KEYS = (
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
    "dc.publisher",
    "citation_journal_title",
    "publisher",
)
_PLATFORMS = frozenset(
    ("medium", "substack", "blogger", "wordpress", "wordpress.com", "tumblr", "ghost", "hashnode")
)
"""Hosts whose name a page gives as its site while its JSON-LD publisher
names the publication itself."""
_OUTLET_DESK = re.compile(
    r"\s+(?:staff|team|desk|editors|editorial(?: board| team)?|newsroom|news desk|reporters|"
    r"web desk|digital|online)$",
    re.IGNORECASE,
)
"""An outlet's own collective byline ("Jerusalem Post Staff", "Sky News Desk")."""
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
_LANGUAGE_KEYS = ("content-language", "dc.language", "language", "og:locale", "inlanguage")


# How sure a metadata field is, by where the page gave it: stated for
# machines (JSON-LD, citation tags, Open Graph) is surest; a page's own
# site markup (sites.py) knows its layout; the <title> tag often carries
# the site's name; what is read off the visible page (a byline, a date in
# the text, a heading) or guessed (a date in the URL, the last-modified
# date) is where extraction goes wrong. Below
# ``store.corrections.REVIEW_BELOW`` (0.7) the field is listed for review.
_SURE_SITE = 0.95
_SURE_STATED = 0.9
_SURE_META = 0.85
_SURE_MARKED = 0.8
_SURE_TITLE_TAG = 0.75
_SURE_SEEN = 0.6
_SURE_GUESSED = 0.5
# Nothing found is usually right (the defuddle pages: 149 of 149 without an
# author, 152 of 154 without a date agree with their gold), so it is not
# flagged; a date read off the page or guessed is wrong 7 times in 24 there,
# a stated one once in 39.
_SURE_NONE = 0.75


def read_metadata(root: etree._Element, marks: Landmarks, page_url: str | None) -> Metadata:
    """The metadata of the page ``root`` (an un-cleaned tree, surveyed as
    ``marks``); ``page_url`` is where the page was saved from, when the
    importer knows it."""
    meta = _collect_meta(marks)
    linked = read_linked_data(marks.json_ld)
    url = _canonical_url(marks, meta, page_url)
    site = _first(meta, _SITE_KEYS) or linked.site or linked.publisher or None
    site_sure = _SURE_META if _first(meta, _SITE_KEYS) else _SURE_STATED if site else _SURE_NONE
    if site and site.casefold() in _PLATFORMS and linked.publisher:
        # A publication hosted on a platform ("Voodoo Engineering" on
        # Medium) is what a citation names; the platform is only its host.
        site = linked.publisher
    heading = _main_heading(marks, [site or "", *linked.organisations])
    outlets = list(linked.organisations)
    authors, authors_sure = _authors(
        root, marks, meta, linked, outlets, {site or "", linked.publisher}
    )
    # An og:title that only names the brand or the author ("Example AI")
    # is no headline.
    names = {name.casefold() for name in (*authors, site or "") if name}
    raw_title, title_sure = next(
        (
            (" ".join(candidate.split()), sure)
            for candidate, sure in (
                *((value, _SURE_STATED) for value in meta.get("og:title", ())),
                (linked.title, _SURE_STATED),
                *((v, _SURE_META) for name in _TITLE_KEYS for v in meta.get(name, ())),
                (marks.title, _SURE_TITLE_TAG),
                (heading, _SURE_SEEN),
            )
            if _usable_title(candidate, names)
        ),
        ("", _SURE_NONE),
    )
    title, title_site = split_title(raw_title, site=site, url=url or page_url, heading=heading)
    if not title_site and marks.title and title and marks.title != title:
        # "Blog name: Post title" in <title> beside og:title "Post title".
        title_site = split_title(marks.title, site=None, url=None, heading=title)[1]
    if not site and title_site:
        site, site_sure = title_site, _title_site_sureness(title_site, url or page_url)
    published: str | None = None
    published_sure = _SURE_NONE
    # The sites researchers save most state their post's metadata in their
    # own markup, beside the same markup for each comment.
    facts = site_facts(root, marks, meta, page_url or url)
    if facts is not None:
        if facts.title:
            title, title_sure = facts.title, _SURE_SITE
        if facts.authors or facts.final:
            authors = facts.authors or ()
            authors_sure = _SURE_SITE
        published = facts.published
        published_sure = _SURE_SITE if published or facts.final else _SURE_NONE
        if not site and facts.site:
            site, site_sure = facts.site, _SURE_SITE
    if published is None and not (facts is not None and facts.final):
        published, published_sure = _published(root, marks, meta, linked, url or page_url)
    language, language_sure = _language(marks, meta, linked)
    if site:
        authors = tuple(_without_site(name, site) for name in authors)
    if site and len(authors) > 1:
        # ["Jill Disis", "CNN Business"] on CNN: the site is no co-author.
        people = tuple(name for name in authors if not _same_outlet(name, site))
        authors = people or authors
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        site=_site_name(site) if site else None,
        url=url,
        language=language,
        description=_first(meta, _DESCRIPTION_KEYS) or linked.description or None,
        confidence=(
            ("title", title_sure),
            ("authors", authors_sure),
            ("published", published_sure),
            ("site", site_sure if site else _SURE_NONE),
            ("url", _url_sureness(marks, meta, url, page_url)),
            ("language", language_sure),
        ),
    )


def _without_site(name: str, site: str) -> str:
    """ "Finian Cunningham. Sputnik International" on Sputnik International:
    the person, without the site's name the byline appends."""
    if len(name) > len(site) and name.casefold().endswith(site.casefold()):
        person = name[: -len(site)].rstrip()
        if person.endswith((".", ",", "-", "|", "\u2013", "\u2014")) or person.endswith(" for"):
            return person.removesuffix(" for").rstrip(" .,-|\u2013\u2014") or name
    return name


def _same_outlet(name: str, site: str) -> bool:
    """Does an author entry name the site itself ("CNN Business" on "CNN",
    "Business Insider" on "Business Insider Deutschland")?"""
    a, b = name.casefold().removeprefix("the "), site.casefold().removeprefix("the ")
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _site_name(value: str) -> str | None:
    """A site name as a citation shows it: a URL given as the name becomes
    its host ("https://www.newsnation.in" -> "newsnation.in"), a host its
    "www." and a handle its "@" ("@politifact")."""
    text = " ".join(value.split())
    if text.lower().startswith(("http://", "https://")):
        host = url_host(text)
        text = host.removeprefix("www.")
    elif text.startswith("@") and " " not in text:
        text = text[1:]
    elif text.lower().startswith("www.") and " " not in text:
        text = text[4:]
    return text or None


def _usable_title(candidate: str, names: set[str]) -> bool:
    text = " ".join(candidate.split())
    return bool(text) and not PLACEHOLDER.search(text) and text.casefold() not in names


def _collect_meta(marks: Landmarks) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for element in marks.metas:
        content = " ".join((element.get("content") or "").split())
        if not filled(content):
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            name = element.get(attribute)
            if name:
                meta.setdefault(name.strip().lower(), []).append(content)
    return meta


def _first(meta: dict[str, list[str]], keys: Iterable[str]) -> str:
    for name in keys:
        values = meta.get(name)
        if values:
            return values[0]
    return ""


def _canonical_url(
    marks: Landmarks, meta: dict[str, list[str]], page_url: str | None
) -> str | None:
    canonical = [
        link.get("href") or ""
        for link in marks.links
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    for candidate in [*canonical, _first(meta, ("og:url",)), page_url or ""]:
        value = candidate.strip()
        if not value:
            continue
        absolute = join_url(page_url, value)
        parts = split_url(absolute)
        if parts is not None and parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None


def _main_heading(marks: Landmarks, outlets: list[str]) -> str:
    # A blog's or newsletter's name set as an <h1> in its masthead is not
    # the post's headline.
    names = {_outlet_key(name) for name in outlets if name}
    headings = [
        (heading, text)
        for heading, text in ((heading, _text(heading)) for heading in marks.h1s)
        if _outlet_key(text) not in names
    ]
    if not headings:
        return ""
    for heading, text in headings:
        if any(a.tag in ("article", "main") for a in heading.iterancestors()):
            return text
    return headings[0][1]


def _authors(
    root: etree._Element,
    marks: Landmarks,
    meta: dict[str, list[str]],
    linked: LinkedData,
    outlets: list[str],
    sites: set[str],
) -> tuple[tuple[str, ...], float]:
    """A publisher is never the author. The first source that names a
    person is read: an organisation the JSON-LD names ("Sky" on Sky News,
    "Harbour Radio Staff") or a publishing house ("Condé Nast") is skipped
    outright; a source naming only the site or its publisher ("ABC News"
    on ABC News) gives way to a later one, down to the byline the page
    shows, and is kept only when none names anyone else (a personal site
    named after its author). With the names comes how sure the source is;
    once a publisher named as the author has given way, the rest is a
    guess."""
    fallback: tuple[tuple[str, ...], float] = ((), _SURE_NONE)
    gave_way = False
    for names, sure in _author_sources(root, marks, meta, linked):
        people = tuple(name for name in names if not _names_outlet(name, outlets))
        kept = tuple(name for name in people if name.casefold() not in PUBLISHING_HOUSES)
        if any(not any(_same_outlet(name, site) for site in sites if site) for name in kept):
            if gave_way or len(kept) < len(people):
                sure = min(sure, _SURE_SEEN)
            return kept, sure
        if kept:
            gave_way = True
        if not fallback[0]:
            fallback = (kept, sure)
    return fallback


def _author_sources(
    root: etree._Element, marks: Landmarks, meta: dict[str, list[str]], linked: LinkedData
) -> Iterator[tuple[tuple[str, ...], float]]:
    # In the order of how deliberately the page states them; lazily, as
    # reading the visible byline walks the page.
    yield author_names(linked.authors), _SURE_STATED
    for name in _AUTHOR_KEYS:
        yield author_names(meta.get(name, ())), _SURE_META
    yield author_names(meta.get("citation_author", ()), split=False), _SURE_STATED
    yield author_names(_itemprop_authors(marks)), _SURE_MARKED
    yield page_authors(root, marks), _SURE_SEEN


def _names_outlet(name: str, outlets: list[str]) -> bool:
    """Is an author entry the publisher itself: an organisation the JSON-LD
    names, spelt with or without its hyphens, or its staff ("Jerusalem Post
    Staff")?"""
    key = _outlet_key(_OUTLET_DESK.sub("", name))
    return any(key == _outlet_key(outlet) for outlet in outlets)


def _outlet_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold().removeprefix("the "))


def _itemprop_authors(marks: Landmarks) -> list[str]:
    found: list[str] = []
    for element in marks.itemprop_authors[:6]:
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


def _published(
    root: etree._Element,
    marks: Landmarks,
    meta: dict[str, list[str]],
    linked: LinkedData,
    url: str | None,
) -> tuple[str | None, float]:
    for value in (linked.published, *(_first(meta, (name,)) for name in _DATE_KEYS)):
        found = parse_date(value)
        if found:
            return found, _SURE_STATED
    found = page_date(root)
    if found:
        return found, _SURE_SEEN
    if url:
        match = _URL_DATE.search(url)
        if match:
            return parse_date("-".join(match.groups())), _SURE_GUESSED
    if linked.modified:
        return parse_date(linked.modified), _SURE_GUESSED
    return None, _SURE_NONE


def _language(
    marks: Landmarks, meta: dict[str, list[str]], linked: LinkedData
) -> tuple[str | None, float]:
    """The page's language and how sure of it: stated is sure, unless the
    page states two different languages (a template's ``lang="en"`` on a
    page whose metadata says ``de``), when the first is only likely."""
    tags = [
        tag
        for tag in (
            _language_tag(value)
            for value in (marks.language, _first(meta, _LANGUAGE_KEYS), linked.language)
        )
        if tag
    ]
    if not tags:
        return None, _SURE_NONE
    primaries = {tag.split("-")[0] for tag in tags}
    return tags[0], _SURE_META if len(primaries) == 1 else _SURE_SEEN


def _title_site_sureness(site: str, url: str | None) -> float:
    """How sure a site name split off the <title> is. Usually the site's
    name, but this is where the wrong ones in citations came from (a section
    name, a host written as a slug): it is listed for review when it is a
    lower-case slug, or when the page's host is known and shares nothing
    with it."""
    if site == site.lower() and " " not in site.strip():
        return _SURE_SEEN
    labels = [label for label in _host(url).split(".")[:-1] if len(label) >= 3]
    key = "".join(ch for ch in site.casefold() if ch.isalnum())
    if labels and key and not any(label in key or key in label for label in labels):
        return _SURE_SEEN
    return _SURE_TITLE_TAG


def _url_sureness(
    marks: Landmarks, meta: dict[str, list[str]], url: str | None, page_url: str | None
) -> float:
    """How sure the post's URL is: stated by the page (canonical link,
    og:url) or known from where it was saved is sure, unless the page was
    saved on one host and names another as its own (a syndicated copy, a
    cache or a proxy: which one to cite is the researcher's call)."""
    if url is None:
        return _SURE_NONE
    saved, named = _host(page_url), _host(url)
    if saved and named and saved != named:
        return _SURE_SEEN
    stated = any("canonical" in (link.get("rel") or "").lower().split() for link in marks.links)
    return _SURE_STATED if stated or _first(meta, ("og:url",)) else _SURE_META


def _host(url: str | None) -> str:
    host = url_host(url)
    return host[4:] if host.startswith("www.") else host


def _language_tag(value: str) -> str | None:
    value = value.strip().replace("_", "-").split(",")[0].strip()
    match = re.fullmatch(r"([A-Za-z]{2,3})(?:-([A-Za-z0-9]{2,8}))?(?:-.*)?", value)
    if not match:
        return None
    primary, region = match.groups()
    if region:
        region = region.upper() if len(region) == 2 else region.title()
        return f"{primary.lower()}-{region}"
    return primary.lower()


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())
