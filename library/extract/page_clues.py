"""Authors and dates written in the page itself, for pages whose metadata
does not state them: a ``<time>`` element, a dateline ("Saturday, November
11, 2017" in Blogger's date header, "May 22, 2026" above the headline), a
byline ("By John Gruber"), an hCard (``.author .fn``).

The first clue in reading order wins, skipping the parts of a page that
talk about other posts (related posts, comments, sidebars), whose dates and
names are not this post's.
"""

from __future__ import annotations

import re

from lxml import etree

from library.extract.bylines import author_names
from library.extract.dates import find_date, parse_date
from library.extract.landmarks import Landmarks
from library.extract.xpath import Query

_ELSEWHERE = re.compile(
    r"comment|related|sidebar|widget|(?<!post-)(?<!entry-)(?<!article-)footer|recommend|promo|popular|trending|newsletter|"
    r"more-?stories|read-?next|teaser|suggest|(?<![a-z])card|archive|also|reply|replies",
    re.IGNORECASE,
)
_ELSEWHERE_TAGS = frozenset(
    {
        "nav",
        "footer",
        "aside",
        "script",
        "style",
        "noscript",
        "template",
        "pre",
        "code",
        "blockquote",
        "q",
        "figcaption",
    }
)
_DATE_CLUES = Query(
    "//body//time[@datetime or normalize-space(.)]"
    " | //body//*[@itemprop='datePublished' or @itemprop='dateCreated']"
    " | //body//text()[contains(., '19') or contains(., '20')]"
    "[string-length(normalize-space(.)) < 120]"
    " | (//body//text()[string-length(normalize-space(.)) > 200])[1]"
    " | //body//p[string-length(normalize-space(.)) > 40]"
)
HEADER_PARAGRAPHS = 2
"""Paragraphs of text after which a page's header (and its dateline) is
over."""
_AVATARS = Query("//body//img[@alt and string-length(@alt) > 1]")
_AVATAR_WORDS = re.compile(
    r"(?:['\u2019]s)?\s*(?:avatar|profile (?:picture|photo|image)|headshot|photo)$"
    r"|^(?:avatar|photo|picture|profile (?:picture|photo)) (?:of|for)\s+",
    re.IGNORECASE,
)
_DATE_NAMES = re.compile(r"date|time|posted|publish|byline|meta|stamp|dateline", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19[9]\d|20\d\d)(?!\d)")
_NON_WORD = re.compile(r"[^\w]+")
_BY_TEXT = Query(
    "//body//text()[starts-with(normalize-space(.), 'By ')"
    " or starts-with(normalize-space(.), 'by ') or starts-with(normalize-space(.), 'BY ')"
    " or normalize-space(.) = 'By' or normalize-space(.) = 'by' or normalize-space(.) = 'BY'"
    " or starts-with(normalize-space(.), 'Written by')"
    " or starts-with(normalize-space(.), 'Posted by')]"
)
_AUTHOR_TOKEN = re.compile(
    r"^(?:(?:post|entry|article|story|blog)[-_]?)?(?:author|byline)"
    r"(?:[-_]{0,2}(?:name|link|names|info|text))?$",
    re.IGNORECASE,
)
_BYLINE_BLOCKS = frozenset({"p", "div", "span", "li", "address", "section", "header", "td"})


def page_date(root: etree._Element) -> str | None:
    """The first date the page shows for this post (see the module doc)."""
    # A date written as text counts before the article's first long
    # paragraph (a dateline in the header); after it, only in an element
    # named for dates ("post-date", "entry-meta"): a date in the running
    # text, a footnote or a code sample is not the publication date.
    paragraphs = 0
    written: str | None = None
    for clue in _DATE_CLUES(root)[:400]:
        in_header = paragraphs < HEADER_PARAGRAPHS
        if isinstance(clue, etree._Element) and clue.tag == "p":
            if not _elsewhere(clue):
                paragraphs += 1
            continue
        if isinstance(clue, str):
            element = clue.getparent() if hasattr(clue, "getparent") else None
            if element is None:
                continue
            if len(clue) > 200:
                paragraphs = HEADER_PARAGRAPHS
                continue
            if not _YEAR.search(clue):
                continue
            if written or (not in_header and not _named_for_dates(element)):
                continue
            found = _dateline(element)
            if found and not _elsewhere(element):
                written = found
        elif isinstance(clue, etree._Element):
            # Machine-readable markup (<time datetime>, itemprop, the
            # hAtom abbr) states the time and zone a dateline leaves out.
            value = clue.get("datetime") or clue.get("content") or clue.get("title")
            found = parse_date(value) or parse_date(_text(clue))
            if found and not _elsewhere(clue):
                if written and found[:10] != written:
                    return written
                return found
    return written


def _named_for_dates(element: etree._Element) -> bool:
    for current in (element, *element.iterancestors()):
        if current.tag in ("article", "main", "body"):
            return False
        names = (current.get("class") or "") + " " + (current.get("id") or "")
        if _DATE_NAMES.search(names):
            return True
    return False


def page_authors(root: etree._Element, marks: Landmarks) -> tuple[str, ...]:
    """The post's authors as its byline shows them (see the module doc)."""
    for element in _hcards(marks)[:6]:
        if not _elsewhere(element):
            names = author_names([_text(element)])
            if names:
                return names
    for clue in _BY_TEXT(root)[:20]:
        parent = clue.getparent() if hasattr(clue, "getparent") else None
        if not isinstance(parent, etree._Element):
            continue
        block = _block_of(parent)
        text = _text(block)
        if len(text) > 120 or _elsewhere(block):
            continue
        if not re.match(r"(?:by|written by|posted by)\b", text, re.IGNORECASE):
            continue
        names = author_names([text], written=True)
        if names:
            return names
    for element in marks.authorish[:30]:
        tokens = [*(element.get("class") or "").split(), element.get("id") or ""]
        if not any(_AUTHOR_TOKEN.match(token) for token in tokens if token):
            continue
        text = _text(element)
        if not text or len(text) > 120 or _elsewhere(element):
            continue
        names = author_names([text], written=True)
        if names:
            return names
    return _avatar_name(root)


def _avatar_name(root: etree._Element) -> tuple[str, ...]:
    # Medium, Substack and many blogs show the author as an avatar next to
    # the name: <a><img alt="Licat">Licat</a>, or alt="Jane's avatar".
    for image in _AVATARS.elements(root)[:40]:
        alt = _AVATAR_WORDS.sub("", image.get("alt") or "").strip()
        holder = image.getparent()
        if not alt or holder is None or _elsewhere(holder):
            continue
        for place in (holder, holder.getparent()):
            if place is None:
                continue
            text = _text(place)
            if text and len(text) <= 60 and text.casefold() == alt.casefold():
                names = author_names([text], written=True)
                if names:
                    return names
    return ()


def _hcards(marks: Landmarks) -> list[etree._Element]:
    # hCard names (".author .fn", ".vcard .fn") and rel=author links.
    found: list[etree._Element] = []
    for element in marks.authorish:
        if element.tag == "a" and "author" in (element.get("rel") or "").lower().split():
            found.append(element)
            continue
        tokens = (element.get("class") or "").split()
        if "author" in tokens or "vcard" in tokens:
            found.extend(
                inner
                for inner in element.iter(etree.Element)
                if "fn" in (inner.get("class") or "").split()
            )
    return found


def _dateline(element: etree._Element) -> str | None:
    # The smallest block around the text that is still short: "Posted on
    # <span>May 5</span>, 2017" is one dateline across three nodes.
    current = element
    for _ in range(3):
        text = _text(current)
        if len(text) > 120:
            return None
        found = find_date(text)
        if found:
            words = [w for w in _NON_WORD.split(text) if w and not w.isdigit()]
            return found if len(words) <= 8 else None
        parent = current.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        current = parent
    return None


def _block_of(element: etree._Element) -> etree._Element:
    current = element
    while current.tag not in _BYLINE_BLOCKS:
        parent = current.getparent()
        if parent is None:
            break
        current = parent
    return current


def _elsewhere(element: etree._Element) -> bool:
    current: etree._Element | None = element
    while current is not None:
        tag = current.tag
        if tag in _ELSEWHERE_TAGS:
            return True
        if tag == "article" and current is not element and _is_nested_article(current):
            return True
        names = (current.get("class") or "") + " " + (current.get("id") or "")
        if names.strip() and _ELSEWHERE.search(names):
            return True
        current = current.getparent()
    return False


def _is_nested_article(article: etree._Element) -> bool:
    # An <article> inside another article or a list of them is a teaser.
    return any(a.tag == "article" for a in article.iterancestors())


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())
