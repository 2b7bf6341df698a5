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

from lxml import etree

from quotemark.library.extract.author_choice import (
    choose_authors,
    outlet_key,
    same_outlet,
    without_site,
)
from quotemark.library.extract.boilerplate import key
from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.confidence import (
    SURE_GUESSED,
    SURE_META,
    SURE_NONE,
    SURE_SEEN,
    SURE_SITE,
    SURE_STATED,
    SURE_TITLE_TAG,
    title_site_sureness,
    url_sureness,
)
from quotemark.library.extract.dates import parse_date
from quotemark.library.extract.hints import STANDFIRST_CLASSES
from quotemark.library.extract.jsonld import PLACEHOLDER, LinkedData, read_linked_data
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.meta_tags import (
    DATE_KEYS,
    DESCRIPTION_KEYS,
    LANGUAGE_KEYS,
    SITE_KEYS,
    TITLE_KEYS,
    MetaTags,
    collect_meta,
    first,
)
from quotemark.library.extract.page_clues import (
    BylineBlocks,
    about_other_posts,
    byline_date,
    in_post_part,
    page_date,
)
from quotemark.library.extract.scholarly import read_scholarly
from quotemark.library.extract.sites import site_facts
from quotemark.library.extract.titles import (
    beside_heading,
    may_have_parts,
    only_site,
    reworded,
    split_title,
    title_byline,
)
from quotemark.library.extract.xpath import Query
from quotemark.library.model import Metadata
from quotemark.library.urls import is_web_address, join_url, split_url, url_host

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|$)")
_PLATFORMS = frozenset(
    ("medium", "substack", "blogger", "wordpress", "wordpress.com", "tumblr", "ghost", "hashnode")
)
"""Hosts whose name a page gives as its site while its JSON-LD publisher
names the publication itself."""
_LONGEST_TITLE = 200


def read_metadata(root: etree._Element, marks: Landmarks, page_url: str | None) -> Metadata:
    """The metadata of the page ``root`` (an un-cleaned tree, surveyed as
    ``marks``); ``page_url`` is where the page was saved from, when the
    importer knows it."""
    meta = collect_meta(marks)
    linked = read_linked_data(marks.json_ld)
    url = _canonical_url(marks, meta, page_url)
    credits: tuple[str, ...] = ()
    if url is None:
        url, credits = _named_address(root)
    site = first(meta, SITE_KEYS) or linked.site or linked.publisher or None
    site_sure = SURE_META if first(meta, SITE_KEYS) else SURE_STATED if site else SURE_NONE
    if site and site.casefold() in _PLATFORMS and linked.publisher:
        # A publication hosted on a platform ("Voodoo Engineering" on
        # Medium) is what a citation names; the platform is only its host.
        site = linked.publisher
    heading = _main_heading(marks, [site or "", *linked.organisations])
    outlets = list(linked.organisations)
    # (The tree does not change while its metadata is read: the authors'
    # byline and the date's share one walk for the byline blocks.)
    bylines = BylineBlocks(root)
    authors, authors_sure = choose_authors(
        root, marks, meta, linked, outlets, {site or "", linked.publisher}, bylines
    )
    if not authors and credits:
        authors, authors_sure = credits, SURE_SEEN
    # An og:title that only names the brand or the author ("Example AI")
    # is no headline.
    names = {name.casefold() for name in (*authors, site or "") if name}
    raw_title, title_sure = next(
        (
            (" ".join(candidate.split()), sure)
            for candidate, sure in (
                *((value, SURE_STATED) for value in meta.get("og:title", ())),
                (linked.title, SURE_STATED),
                *((v, SURE_META) for name in TITLE_KEYS for v in meta.get(name, ())),
                (marks.title, SURE_TITLE_TAG),
                (heading, SURE_SEEN),
            )
            if _usable_title(candidate, names)
        ),
        ("", SURE_NONE),
    )
    rest = beside_heading(raw_title, heading)
    if rest:
        # The h1 is the site's name in its masthead; the headline is the
        # rest of the title when the page shows that as a heading too.
        heading = _shown_heading(root, marks, rest) or heading
    title, title_site = split_title(raw_title, site=site, url=url or page_url, heading=heading)
    if not heading and not title_site and title_sure == SURE_TITLE_TAG:
        # No h1: a page set without headings ("Example News: Headline" over
        # a div.title-text) shows its headline in an element it names a
        # title, which tells which part of the <title> the headline is.
        title, title_site = _split_by_marked(root, raw_title, site, url or page_url) or (
            title,
            title_site,
        )
    post_heading = _post_heading(root, marks, title)
    if post_heading:
        title, title_sure = post_heading, SURE_SEEN
    elif (
        title_sure == SURE_TITLE_TAG
        and heading
        and key(title) != key(heading)
        and len(heading) <= _LONGEST_TITLE
        and reworded(title, heading)
        and _marked_headline(marks, heading)
        and (title_site or _named_headline(marks, heading))
    ):
        # No title stated: the <title> is the search engines' wording and
        # the h1 the page marks as its headline is what a reader sees (and
        # would cite).
        title, title_sure = heading, SURE_SEEN
    elif (
        title_sure == SURE_TITLE_TAG
        # (An og:title that repeats the <title> states nothing more: the
        # publication's name in both is no headline either.)
        or (title_sure == SURE_STATED and key(marks.title or "") == key(title))
    ) and (
        (site_only := only_site(title, site=site, url=url or page_url))
        or _masthead_name(root, marks, title)
    ):
        # The <title> names only the site ("Example Magazine") or the
        # newsletter whose masthead h1 reads it: the post's headline is the
        # one heading the page marks as its headline (under a masthead,
        # inside the post's <article> or <main>: a page whose <title> is
        # its own h1 may mark other posts' titles elsewhere).
        # (A page with no <article> or <main> has no post part to look in:
        # when the h1 reading the <title> is the site's logo, a link home,
        # the marks are read anywhere, and else its one other h1. An h1
        # reading the <title> that links nowhere may be the post's own.)
        post_part = next(root.iter("article", "main"), None) is not None
        logo = not post_part and (not marks.h1s or _logo_h1(marks, title))
        marked = _marked_heading(root, marks, in_post=not site_only and not logo)
        if not marked and logo:
            marked = _other_h1(marks, title)
        if marked and key(marked) != key(title):
            if not title_site and not _logo_reads_other(root, title):
                # (The name the <title> gave instead of a headline is the
                # site's, when the page names none: a blog's masthead. Not
                # when the site's logo reads another name: then the <title>
                # and a link home reading it name a section, "Letters" in
                # the breadcrumbs under "The Harbour Gazette".)
                title_site = title
            title, title_sure = marked, SURE_SEEN
    elif (
        title_sure == SURE_TITLE_TAG and title_site and _section_under_one_h1(marks, title, heading)
    ):
        # "News | University of Port Elm": the <title> names a section of
        # the site and the site, no headline; the page's one h1 is what a
        # reader sees as the post's headline.
        title, title_sure = heading, SURE_SEEN
    if title.endswith(_ELLIPSES) and heading and _continues(heading, title):
        # "Harbour board agrees to repair the sea wall, but the ...": a
        # title cut short for a search result; the page's h1 reads it whole.
        title, title_sure = heading, SURE_SEEN
    if title_sure == SURE_TITLE_TAG and ": " in title:
        title = _without_kicker(marks, title)
    if not title_site and marks.title and title and marks.title != title:
        # "Blog name: Post title" in <title> beside og:title "Post title".
        title_site = split_title(marks.title, site=None, url=None, heading=title)[1]
    if not authors and marks.title:
        # "Headline - by Jane Roe": where the page names no writer in its
        # text or metadata, its <title> may.
        byline = title_byline(marks.title)
        if byline:
            authors = author_names([byline], written=True)
            authors_sure = SURE_SEEN if authors else authors_sure
    if not site and title_site:
        site, site_sure = title_site, title_site_sureness(title_site, url or page_url)
    published: str | None = None
    published_sure = SURE_NONE
    # The sites researchers save most state their post's metadata in their
    # own markup, beside the same markup for each comment.
    facts = site_facts(root, marks, meta, page_url or url)
    if facts is not None:
        if facts.title:
            title, title_sure = facts.title, SURE_SITE
        if facts.authors or facts.final:
            authors = facts.authors or ()
            authors_sure = SURE_SITE
        published = facts.published
        published_sure = SURE_SITE if published or facts.final else SURE_NONE
        if facts.site and (not site or site == title_site or facts.site_over_stated):
            # A site only cut from the <title> ("Post : lighthouses") gives
            # way to the one the site's own markup names ("r/lighthouses").
            site, site_sure = facts.site, SURE_SITE
    if published is None and not (facts is not None and facts.final):
        published, published_sure = _published(root, marks, meta, linked, url or page_url, bylines)
    language, language_sure = _language(marks, meta, linked)
    if site:
        authors = tuple(without_site(name, site) for name in authors)
    if site and len(authors) > 1:
        # ["Jill Disis", "CNN Business"] on CNN: the site is no co-author.
        people = tuple(name for name in authors if not same_outlet(name, site))
        authors = people or authors
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        site=_site_name(site) if site else None,
        url=url,
        language=language,
        description=first(meta, DESCRIPTION_KEYS) or linked.description or _standfirst(marks),
        scholarly=read_scholarly(meta, linked, marks, root, url or page_url),
        confidence=(
            ("title", title_sure),
            ("authors", authors_sure),
            ("published", published_sure),
            ("site", site_sure if site else SURE_NONE),
            ("url", url_sureness(marks, meta, url, page_url)),
            ("language", language_sure),
        ),
    )


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


def _canonical_url(marks: Landmarks, meta: MetaTags, page_url: str | None) -> str | None:
    canonical = [
        link.get(b"href") or ""
        for link, rel in zip(marks.links, marks.link_rels, strict=True)
        if "canonical" in rel and "canonical" in rel.split()
    ]
    for candidate in [*canonical, first(meta, ("og:url",)), page_url or ""]:
        value = candidate.strip()
        if not value:
            continue
        absolute = join_url(page_url, value)
        if is_web_address(absolute):
            return absolute
    return None


_NAMED_ADDRESS = re.compile(r"\s*(?:printed from|(url))\s*:?\s*(https?://[^\s<>\"']+)(\s*$)?", re.I)
"""A print view's footer naming the story's address ("Printed from
https://... on 06/12/2026", "URL: https://..."; "URL:" only as a line of
its own, not the end of a reference's entry: groups 1 and 3)."""
_READER_DOMAIN = "reader-domain"
_READER_CREDITS = "reader-credits"
"""The class of the link to the story's address a browser's reader view
sets over the story (Firefox's, saved as a page: no canonical link)."""


def _named_address(root: etree._Element) -> tuple[str | None, tuple[str, ...]]:
    """The story's address as a saved view of it names it, for a page that
    states none (no canonical link, og:url or saved-from address): a
    reader view's link to the story, or a print view's "Printed from"
    line. Read only on such a page (a corpus page always has an address).
    With it, the names a reader view's credits line under that link gives
    (its byline: the view keeps no other)."""
    body = root.find("body")
    if body is None:
        return None, ()
    # One walk: a reader view's link wins wherever it stands, so a print
    # line seen first is only remembered.
    printed: str | None = None
    for element in body.iter(etree.Element):
        if element.tag == "a":
            href = element.get(b"href") or ""
            if _READER_DOMAIN in (element.get(b"class") or "").split() and href.startswith("http"):
                return href, _reader_credits(element)
        if printed is None:
            # (Only a text or tail naming an address is read further: the
            # call and its pairs were made for every element of the page.)
            text, tail = element.text, element.tail
            if (text and "http" in text) or (tail and "http" in tail):
                printed = _printed_address(element)
    return printed, ()


def _printed_address(element: etree._Element) -> str | None:
    for own, text in ((True, element.text), (False, element.tail)):
        if text and "http" in text:
            found = _NAMED_ADDRESS.match(text)
            # ("URL: <address>" is a print view's line when it is the whole
            # text of an element holding no other: under a reference list's
            # entry, after its <br>, it is the address of the work cited.)
            if found and (
                found.group(1) is None or (own and len(element) == 0 and found.group(3) is not None)
            ):
                return found.group(2).rstrip(".,;)")
    return None


def _reader_credits(link: etree._Element) -> tuple[str, ...]:
    header = link.getparent()
    if header is None:
        return ()
    for element in header.iter(etree.Element):
        if _READER_CREDITS in (element.get("class") or "").split():
            return author_names([_text(element)], written=True)
    return ()


def _main_heading(marks: Landmarks, outlets: list[str]) -> str:
    # A blog's or newsletter's name set as an <h1> in its masthead is not
    # the post's headline.
    names = {outlet_key(name) for name in outlets if name}
    headings = [
        (heading, text)
        for heading, text in ((heading, _text(heading)) for heading in marks.h1s)
        if outlet_key(text) not in names
    ]
    if not headings:
        return ""
    for heading, text in headings:
        if in_post_part(heading):
            return text
    return headings[0][1]


_SECTION_WORDS = 2
"""Words a <title>'s part may have to be read as a section's name ("News",
"Press releases") rather than a headline."""
_HEADLINE_WORDS = 4


def _section_under_one_h1(marks: Landmarks, title: str, heading: str) -> bool:
    """Is ``title`` (the <title> with the site's name cut) a section's name
    beside a headline: a word or two with no digit, while the page's only
    h1 reads ``heading``, a headline of four words or more that links
    nowhere?"""
    words = title.split()
    if not 0 < len(words) <= _SECTION_WORDS or any(char.isdigit() for char in title):
        return False
    if len(marks.h1s) != 1 or len(heading.split()) < _HEADLINE_WORDS:
        return False
    h1 = marks.h1s[0]
    return _text(h1) == heading and len(heading) <= _LONGEST_TITLE and _own_title(h1)


_ELLIPSES = ("...", "\u2026")
"""How a title cut short for a search result ends."""


def _continues(heading: str, cut: str) -> bool:
    """Does ``heading`` read the title ``cut`` (which ends with an ellipsis)
    and go on past it, no longer than a title is?"""
    start = key(cut.rstrip(".\u2026 "))
    whole = key(heading)
    return (
        len(start.split()) > 1
        and len(heading) <= _LONGEST_TITLE
        and whole.startswith(start)
        and len(whole) > len(start)
    )


_KICKER_TAGS = frozenset({"span", "small", "strong", "em", "b"})


def _without_kicker(marks: Landmarks, title: str) -> str:
    """``title`` without its kicker ("Harbour dredging: Silt from the
    channel...") when the page's h1 reads the same words but sets the
    kicker in an inline element of its own before the headline: the
    <title> joins the two with a colon, the page shows the kicker as a
    label over the headline."""
    kicker, _, rest = title.partition(": ")
    if len(rest.split()) < 2:
        return title
    title_key = key(title)
    for heading in marks.h1s:
        if (
            len(heading)
            and not (heading.text or "").strip()
            and heading[0].tag in _KICKER_TAGS
            and _text(heading[0]) == kicker
            and key(_text(heading)) == title_key
        ):
            return rest
    return title


_HEADLINE_NAME = re.compile(r"headline|title", re.IGNORECASE)
_OTHER_TITLE = re.compile(
    r"section|archive|category|site|widget|sidebar|topic|brand|logo", re.IGNORECASE
)
"""A title that is not the story's ("section-title", "site-title",
"archive-title"): the name of a section, a listing or the site."""


def _marked_as_headline(heading: etree._Element) -> bool:
    # A class, id or itemprop naming a headline or title, not a section's,
    # a listing's or the site's.
    return any(
        _HEADLINE_NAME.search(name) and not _OTHER_TITLE.search(name)
        for attribute in ("class", "id", "itemprop")
        for name in (heading.get(attribute) or "").split()
    )


def _marked_headline(marks: Landmarks, text: str) -> bool:
    """Does the page mark the h1 that reads ``text`` as its headline (a
    class or id naming a headline or title, ``itemprop="headline"``), and
    no other h1 so? A bare h1 may be any heading the <title> was not
    written from; a "section-title" names a section; of two h1s marked
    with other words, which is the story's the marks do not say (review
    of stop 38)."""
    marked = {_text(heading) for heading in marks.h1s if _marked_as_headline(heading)}
    return marked == {text}


_HEADLINE_CLASS = re.compile(r"headline|(?:entry|post|article|story)[-_]?title", re.IGNORECASE)
"""A class naming the post's own headline when no h1 carries it
(``.headline``, WordPress's ``.entry-title``, ``.post-title``); a bare
"title" names a card's or a widget's as often."""
_MARKED = Query(
    "//*[@itemprop='headline' or contains(@class, 'headline') or contains(@class, 'title')"
    " or contains(@class, 'Headline') or contains(@class, 'Title')]"
)
_MARKED_READ = 40
"""Elements marked as a headline or title read at most (a front page
marks every teaser's: two different texts already say no)."""


def _marked(root: etree._Element, names: re.Pattern[str]) -> list[etree._Element]:
    # The first elements with ``itemprop="headline"`` or a class ``names``
    # finds (not a section's, a listing's or the site's title) that stand
    # as the post's own (:func:`_own_title`).
    found = []
    for element in _MARKED.elements(root)[:_MARKED_READ]:
        classes = (element.get("class") or "").split()
        if element.get("itemprop") != "headline" and not any(
            names.search(name) and not _OTHER_TITLE.search(name) for name in classes
        ):
            continue
        if _own_title(element):
            found.append(element)
    return found


def _own_title(element: etree._Element) -> bool:
    # A marked title outside the parts about other posts and no link: a
    # title that links away is a teaser's, or a link post's pointing to the
    # page it names.
    if element.tag == "a" or next(element.iterancestors("a"), None) is not None:
        return False
    return not about_other_posts(element)


def _marked_heading(root: etree._Element, marks: Landmarks, *, in_post: bool = False) -> str:
    """The one headline the page marks: the text of its h1s marked as a
    headline (as :func:`_marked_headline` reads them) when they read one
    text, else of its elements marked so (``itemprop="headline"``, a class
    naming a headline or a post's title, :func:`_marked`) when they read
    one text; empty when the marks name no headline or several (a front
    page's teasers). Marked h1s in a link or in a part about other posts
    are not read; with ``in_post``, only marks inside an ``<article>`` or
    ``<main>`` are."""
    if in_post and next(root.iter("article", "main"), None) is None:
        return ""  # (a page whose <title> is its own h1, no post part: no walk)
    h1s = [heading for heading in marks.h1s if _marked_as_headline(heading) and _own_title(heading)]
    found = h1s or _marked(root, _HEADLINE_CLASS)
    if in_post:
        found = [element for element in found if in_post_part(element)]
    texts = {_text(element) for element in found}
    texts.discard("")
    return _one_title(texts)


def _split_by_marked(
    root: etree._Element, raw_title: str, site: str | None, url: str | None
) -> tuple[str, str] | None:
    """``raw_title`` split (headline, site) by the first element marked as
    a title or headline (:func:`_marked`) whose text is a run of its parts;
    None when none is (or the title has one part)."""
    if not may_have_parts(raw_title):
        return None
    for element in _marked(root, _HEADLINE_NAME):
        text = _text(element)
        if not text or len(text) > _LONGEST_TITLE:
            continue
        headline, rest = split_title(raw_title, site=site, url=url, heading=text)
        if rest and key(headline) == key(text):
            return headline, rest
    return None


def _one_title(texts: set[str]) -> str:
    # One headline of two words or more, no longer than a title is.
    if len(texts) != 1:
        return ""
    text = next(iter(texts))
    return text if len(text.split()) > 1 and len(text) <= _LONGEST_TITLE else ""


_LINKS_READ = 20
"""Links read at most for the masthead's link home (it comes first)."""


def _masthead_name(root: etree._Element, marks: Landmarks, title: str) -> bool:
    # An h1 that reads the whole <title> and stands outside any <article>
    # or <main>: a newsletter's or blog's name over its post.
    # Or the page's link home (href "/") that reads it, before the post:
    # a publication's name in its header over a post with no h1.
    # (A headline-like <title> is no name, nor a post's own title its blog
    # links home by mistake: a headline h1 in a hero above the <article>
    # reads it too.)
    wanted = outlet_key(title)
    if not wanted or not _names_a_site(title):
        return False
    read = [heading for heading in marks.h1s if outlet_key(_text(heading)) == wanted]
    if any(not in_post_part(heading) for heading in read):
        return True
    # (An h1 of the post reading it is the post's own title; h1s reading
    # other words leave the link home to say what the <title> names: a
    # newsletter's name over a post whose headline its own h1 shows.)
    return not read and any(
        _links_home(link, wanted) and not in_post_part(link)
        for _, link in zip(range(_LINKS_READ), root.iter("a"), strict=False)
    )


_LOGO = re.compile(r"logo|brand|masthead", re.IGNORECASE)
"""A class naming the site's logo or masthead ("site-logo", "navbar-brand")."""


def _logo_reads_other(root: etree._Element, title: str) -> bool:
    """Does a link home (``href="/"``) outside the post show the site's
    logo reading a name other than ``title``: an image whose alt names it,
    or the link or its block with a class naming a logo or brand?"""
    wanted = outlet_key(title)
    for _, link in zip(range(_LINKS_READ), root.iter("a"), strict=False):
        if (link.get("href") or "").strip() != "/" or in_post_part(link):
            continue
        image = next(link.iter("img"), None)
        named = image is not None and bool(image.get("alt"))
        if not named:
            parent = link.getparent()
            named = any(
                _LOGO.search(element.get("class") or "")
                for element in (link, parent)
                if element is not None
            )
        if not named:
            continue
        name = outlet_key(_text(link) or (image.get("alt") or "" if image is not None else ""))
        if name and name != wanted:
            return True
    return False


def _links_home(link: etree._Element, wanted: str) -> bool:
    # A link to the site's home page ("/") reading the name ``wanted``
    # (an :func:`outlet_key`): a masthead's or a logo's.
    return (link.get("href") or "").strip() == "/" and outlet_key(_text(link)) == wanted


def _names_a_site(title: str) -> bool:
    """Does ``title`` read as a publication's name rather than a headline:
    shorter than a headline (:data:`_HEADLINE_WORDS`) or every word
    capitalised ("The Harbour Town Gazette")?"""
    words = title.split()
    return len(words) < _HEADLINE_WORDS or all(
        word[0].isupper() or not word[0].isalpha() for word in words
    )


def _logo_h1(marks: Landmarks, title: str) -> bool:
    """Is an h1 reading ``title`` the site's logo: its text a link home
    (``href="/"``)?"""
    wanted = outlet_key(title)
    return any(
        outlet_key(_text(heading)) == wanted
        and any(_links_home(link, wanted) for link in heading.iter("a"))
        for heading in marks.h1s
    )


def _other_h1(marks: Landmarks, title: str) -> str:
    """The text of the page's one h1 that does not read ``title`` (the
    site's name its masthead h1 reads), when it is a headline of four words
    or more standing as the post's own (:func:`_own_title`)."""
    wanted = outlet_key(title)
    others = [heading for heading in marks.h1s if outlet_key(_text(heading)) != wanted]
    if len(others) != 1 or not _own_title(others[0]):
        return ""
    text = _text(others[0])
    return text if len(text.split()) >= _HEADLINE_WORDS and len(text) <= _LONGEST_TITLE else ""


_HEADLINE_WORD = re.compile(r"headline", re.IGNORECASE)


def _named_headline(marks: Landmarks, text: str) -> bool:
    # The h1 reading ``text`` is named the headline (a class, id or
    # itemprop with "headline"), not a CMS's post "title".
    return any(
        _text(heading) == text
        and any(
            _HEADLINE_WORD.search(heading.get(attribute) or "")
            for attribute in ("class", "id", "itemprop")
        )
        for heading in marks.h1s
    )


_HEADINGS_READ = 12
"""h1s, and h2s, read at most for the heading that shows a title's rest."""


def _shown_heading(root: etree._Element, marks: Landmarks, text: str) -> str:
    """The text of an h1 or h2 that reads ``text`` (compared as outlets'
    names are, by :func:`outlet_key`), outside the parts of the page about
    other posts."""
    wanted = outlet_key(text)
    h2s = [h2 for _, h2 in zip(range(_HEADINGS_READ), root.iter("h2"), strict=False)]
    for heading in (*marks.h1s[:_HEADINGS_READ], *h2s):
        shown = _text(heading)
        if outlet_key(shown) == wanted and not about_other_posts(heading):
            return shown
    return ""


def _published(
    root: etree._Element,
    marks: Landmarks,
    meta: MetaTags,
    linked: LinkedData,
    url: str | None,
    bylines: BylineBlocks,
) -> tuple[str | None, float]:
    found = parse_date(linked.published)
    if not found:
        # Each key's first value in turn, read only until one gives a date (the
        # tuple of all of them was made first, a call for each of the keys, on
        # every page); a key the page lacks gave "", which is no date.
        for name in DATE_KEYS:
            values = meta.get(name)
            if values:
                found = parse_date(values[0]) or _year_or_month(name, values[0])
                if found:
                    break
    if found:
        printed = _printed_other_year(root, bylines, found)
        return (printed, SURE_SEEN) if printed else (found, SURE_STATED)
    found = page_date(root, marks.h1s) or byline_date(root, bylines)
    if found:
        return found, SURE_SEEN
    if url:
        match = _URL_DATE.search(url)
        if match:
            return parse_date("-".join(match.groups())), SURE_GUESSED
    if linked.modified:
        return parse_date(linked.modified), SURE_GUESSED
    return None, SURE_NONE


_PARTIAL_KEYS = frozenset(("citation_publication_date", "citation_date", "citation_online_date"))
_PARTIAL = re.compile(r"(\d{4})(?:\s*[-/.]\s*(\d{1,2}))?")


def _year_or_month(name: str, value: str) -> str | None:
    """A Highwire date stated to the year or the month ("2021",
    "2021/03"), as precise as stated (``2021``, ``2021-03``): Google
    Scholar's tags allow it for a journal that dates its issues no finer.
    Other keys' bare years stay unread (a "date" of "2021" on a news
    page is no publication date)."""
    if name not in _PARTIAL_KEYS:
        return None
    found = _PARTIAL.fullmatch(value.strip())
    if found is None or not 1000 <= int(found[1]) <= 2999:
        return None
    if found[2] is None:
        return found[1]
    month = int(found[2])
    return f"{found[1]}-{month:02d}" if 1 <= month <= 12 else None


def _printed_other_year(root: etree._Element, bylines: BylineBlocks, stated: str) -> str | None:
    """The date printed by the post's byline when it is the stated date's
    day and month in another year (a template's published time a year off
    what the writer's page shows: the reader's date is the printed one);
    None otherwise. Read only when the byline was already walked for the
    authors (the metadata named no person), so it costs no walk."""
    if not bylines.walked:
        return None
    printed = byline_date(root, bylines)
    if printed and printed[4:10] == stated[4:10] and printed[:4] != stated[:4]:
        return printed
    return None


def _language(marks: Landmarks, meta: MetaTags, linked: LinkedData) -> tuple[str | None, float]:
    """The page's language and how sure of it: stated is sure, unless the
    page states two different languages (a template's ``lang="en"`` on a
    page whose metadata says ``de``), when the first is only likely."""
    tags = [
        tag
        for tag in (
            _language_tag(value)
            for value in (marks.language, first(meta, LANGUAGE_KEYS), linked.language)
        )
        if tag
    ]
    if not tags:
        return None, SURE_NONE
    primaries = {tag.split("-")[0] for tag in tags}
    return tags[0], SURE_META if len(primaries) == 1 else SURE_SEEN


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:-([A-Za-z0-9]{2,8}))?(?:-.*)?")


def _language_tag(value: str) -> str | None:
    value = value.strip().replace("_", "-").split(",")[0].strip()
    match = _LANGUAGE_TAG.fullmatch(value)
    if not match:
        return None
    primary, region = match.groups()
    if region:
        region = region.upper() if len(region) == 2 else region.title()
        return f"{primary.lower()}-{region}"
    return primary.lower()


def _post_heading(root: etree._Element, marks: Landmarks, title: str) -> str:
    """The post's own headline when the title the page states is the
    masthead's: a newsletter or blog named in its <title>, og:title and the
    <h1> of its banner, with the post's heading inside its <article>."""
    key = outlet_key(title)
    if not key or not any(outlet_key(_text(h1)) == key and _in_masthead(h1) for h1 in marks.h1s):
        return ""
    article = next(root.iter("article"), None)
    if article is None:
        return ""
    for heading in article.iter("h1", "h2", "h3"):
        text = _text(heading)
        if text:
            return text if outlet_key(text) != key and len(text) <= _LONGEST_TITLE else ""
    return ""


def _in_masthead(element: etree._Element) -> bool:
    # A banner: a heading that links to the site's front page, inside a
    # <header> that no <article> or <main> holds.
    ancestors = [a.tag for a in element.iterancestors()]
    if "header" not in ancestors or "article" in ancestors or "main" in ancestors:
        return False
    links = [*element.iter("a"), *element.iterancestors("a")]
    return any(_is_front_page(link.get("href") or "") for link in links)


def _is_front_page(href: str) -> bool:
    parts = split_url(href.strip())
    return (
        parts is not None
        and parts.path in ("", "/")
        and not parts.query
        and (bool(parts.netloc) or href.strip().startswith("/"))
    )


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())


# The summary under a headline, by the class names pruning drops from the
# body as chrome (``hints``: "standfirst", "chapo", "dek", a platform's
# subtitle), looked for among the 40 elements after the first <h1> only: a
# scan of the whole page cost 2-4 ms on a large one. The paragraphs are
# asked too, to see where the story begins.
_STANDFIRST = Query(
    "following::*[position() <= 40][self::p or "
    + " or ".join(f"contains(@class, '{name}')" for name in STANDFIRST_CLASSES)
    + "]"
)
_STANDFIRST_TOKEN = re.compile(
    rf"(?:^|[\s_-])(?:{'|'.join(STANDFIRST_CLASSES)})(?:$|[\s_-])", re.IGNORECASE
)
"""One of those class names as a whole token of the class ("story-dek",
"card-dek"; not the letters inside "sidekick")."""
_STORY_BEGUN = 100
"""The length of a paragraph of the story's own: past it, a summary under
the headline would have come already (a teaser's "dek" further down is
another story's; s48-final-extract)."""


def _standfirst(marks: Landmarks) -> str | None:
    # Asked only of a page whose metas and JSON-LD state no description: its
    # standfirst, left out of the body, is then the only summary the page
    # gives, and the export's abstract.
    if not marks.h1s:
        return None
    for element in _STANDFIRST.elements(marks.h1s[0]):
        if not _STANDFIRST_TOKEN.search(element.get("class") or ""):
            if len(_text(element)) > _STORY_BEGUN:
                return None  # the story began with no summary over it
            continue
        text = _text(element)
        if text:
            return text if len(text) <= 600 else None
    return None
    for element in _STANDFIRST.elements(marks.h1s[0]):
        text = _text(element)
        if text:
            return text if len(text) <= 600 else None
    return None
