"""Authors and dates written in the page itself, for pages whose metadata
does not state them: a ``<time>`` element, a dateline ("Saturday, November
11, 2017" in Blogger's date header, "May 22, 2026" above the headline), a
byline ("By John Gruber"), an hCard (``.author .fn``), an ``<address>`` (HTML's
element for the author's contact details).

The first clue in reading order wins, skipping the parts of a page that
talk about other posts (related posts, comments, sidebars), whose dates and
names are not this post's.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any, cast

from lxml import etree

from quotemark.library.extract.boilerplate import words_besides_numbers
from quotemark.library.extract.bylines import BY_WORDS, DATE_LINE_START, author_names
from quotemark.library.extract.dates import find_date, parse_date
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.xpath import Test

_ELSEWHERE = re.compile(
    r"comment|related|sidebar|widget|(?<!post-)(?<!entry-)(?<!article-)footer|recommend|promo|popular|trending|newsletter(?!-?(?:post|issue|article)\b)|"
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
MAX_CLUES = 400
HEADER_PARAGRAPHS = 2
"""Paragraphs of text after which a page's header (and its dateline) is
over."""
_HEADED = Test(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
_AVATAR_WORDS = re.compile(
    r"(?:['\u2019]s)?\s*(?:avatar|profile (?:picture|photo|image)|headshot|photo)$"
    r"|^(?:avatar|photo|picture|profile (?:picture|photo)) (?:of|for)\s+",
    re.IGNORECASE,
)
_AVATAR_STEMS = ("avatar", "profile", "headshot", "photo", "picture")
"""A word each match of :data:`_AVATAR_WORDS` holds (in any case)."""
_DATE_NAMES = re.compile(r"date|time|posted|publish|byline|meta|stamp|dateline", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.IGNORECASE)
_UPDATED_LEAD = re.compile(
    r"\b(?:updated|modified|edited|revised)(?:\s+(?:on|at))?\s*:?\s*$", re.IGNORECASE
)
_PUBLISHED = re.compile(r"\b(?:published|posted|created)\b", re.IGNORECASE)
_META_SEPARATOR = re.compile(r"\s+[\u00b7\u2022|\u2013\u2014]\s+")


def _has_separator_mark(text: str) -> bool:
    """Does ``text`` hold one of :data:`_META_SEPARATOR`'s five marks? Asked
    before the search (each ``in`` a pass in C, and one for a mark beyond
    the text's widest character is no pass at all): most short texts of a
    header hold none, and the search, opening with ``\\s+``, was entered at
    every space."""
    return (
        "|" in text or "\u00b7" in text or "\u2022" in text or "\u2013" in text or "\u2014" in text
    )


_DATELINE_WORDS = 8
"""Words of a dateline (numbers aside): more is a sentence with a date."""
_DATELINE_LENGTH = 120
"""Characters of a dateline's block at most (its text collapsed)."""
_META_LINE_SCAN = 300
"""Elements read for a meta line before giving up."""
_NOT_DATED = _ELSEWHERE_TAGS - {"footer", "aside", "nav"}
"""Elements whose own text never dates the page (code, quotations,
captions); a footer, aside or nav still can, and `_elsewhere` judges them."""
_YEAR = re.compile(r"(?<!\d)(?:19[9]\d|20\d\d)(?!\d)")
# Every year _YEAR accepts holds "199" or "20": the walk tests for those
# substrings first, sparing the pattern (it has no literal prefix to skip
# ahead by) on the many texts without them.
_NON_WORD = re.compile(r"[^\w]+")
_BY_WORDS = "|".join(word.capitalize() for word in BY_WORDS)
"""The words before "by" that open a byline (``bylines.BY_WORDS``), as the
page writes them: "Written by", "Posted by", "Essay by" (one list for both
patterns below)."""
_DATED_BY = (
    r"(?:Posted|posted|Published|published)[ \t\r\n]+on[ \t\r\n]+[\s\S]{2,40}?[ \t\r\n]by[ \t\r\n]"
)
"""A meta line that dates the post before it names its writer: "Posted on
3 March 2026 by Jane Roe" (a blog theme's line; :func:`_dated_byline`)."""
_BY_LEAD = re.compile(
    r"[ \t\r\n]*(?:(?:By|by|BY)(?:[ \t\r\n]|\Z)"
    rf"|(?:{_BY_WORDS})[ \t\r\n]+by|{_DATED_BY})"
)
"""A text that opens a byline: after XPath's ``normalize-space()`` it would
be "By" alone or open with "By ", "Written by", "Posted by" or a word for
the writing itself and "by" ("Page by", "Essay by"; "by" and "BY" alike; a
credit, "Photo by", is no byline). XPath's white space is these four
characters, and a run of it becomes one space, so the test reads the text
as it stands."""
_LOCAL_BY = {
    "fr": "Par",
    "de": "Von",
    "es": "Por",
    "pt": "Por",
    "nl": "Door",
    # Hebrew "מאת" ("by") and Arabic "بقلم" ("by the pen of"), as
    # bylines.author_names cuts them off (s47-html6).
    "he": "\u05de\u05d0\u05ea",
    "ar": "\u0628\u0642\u0644\u0645",
}
"""The word a byline opens with in the page's language ("Par Ada Lind",
"Von Tom Hale"): read only on a page whose ``<html lang>`` names that
language (a short text opening "Par" or "Door" on an English page is no
byline; bylines.author_names already cuts these words off)."""
_LOCAL_LEADS = {
    language: re.compile(
        rf"[ \t\r\n]*(?:(?:By|by|BY)(?:[ \t\r\n]|\Z)"
        # (the page's own word also before a colon: "מאת: ...", "Par : ...")
        rf"|(?:{word}|{word.lower()}|{word.upper()})[ \t\r\n]*(?::|[ \t\r\n]|\Z)"
        rf"|(?:{_BY_WORDS})[ \t\r\n]+by|{_DATED_BY})"
    )
    for language, word in _LOCAL_BY.items()
}
_BYLINE_OPENS = re.compile(
    rf"(?:(?:{_BY_WORDS})\s+)?by\b|(?:{'|'.join(set(_LOCAL_BY.values()))})\b", re.IGNORECASE
)
"""How a byline's block opens (:data:`_BY_LEAD`, its text collapsed; the
blocks come only from texts the page's own lead opened)."""
_FROM_THE = re.compile("\u05de\u05d0\u05ea\\s*:?\\s*\u05d4")
"""Hebrew "מאת" ("by", also "from") before a word opening with "ה", the
definite article ("from the harbour ..."): no byline unless the block links
a name (to a writer's page) or reads as a name (:data:`_HEBREW_NAME`)."""
_HEBREW_NAME = re.compile(
    "\u05de\u05d0\u05ea\\s*:?\\s*\u05d4[\u05d0-\u05ea]+\\s+"
    # (not "של" with a person's ending: "הכתב שלנו", "our reporter")
    "(?!\u05e9\u05dc(?:\u05d9|\u05da|\u05d5|\u05d4|\u05e0\u05d5|\u05db\u05dd|\u05db\u05df|\u05d4\u05dd|\u05d4\u05df)(?:\\s|$))"
    "[\u05d0-\u05d3\u05d5-\u05ea][\u05d0-\u05ea'\u05f3-]*"
    "\\s*(?:[|\u00b7\u2022,\u2013\u2014-].*)?$"
)
"""After "מאת", a name opening with "ה" ("הדס כהן", Hadas Cohen): two words
alone on the line (or before a mark and what follows it), the second not
opening with "ה" too. A phrase "from the ..." runs on past two words
("מאת הנמל לים הפתוח") or gives its adjective the article as well ("מאת
הנמל הישן", "from the old harbour"); a surname takes no article
(s48-html7). Nor is the second word "של" ("of") with a person's ending
("הכתב שלנו", "our reporter"; s48-final-extract)."""
_BYLINE_DATED = re.compile(r"(?:posted|published) on (.{2,40}?) (by .*)", re.IGNORECASE)
"""A dated meta line's block (:data:`_DATED_BY`, its text collapsed): the
date, then the byline."""
_ENDS_SENTENCE = re.compile("[.!?\u3002\uff01\uff1f][\"'\u2019\u201d\u300d\u300f)]*\\s*$")
"""The end of a sentence, with its closing marks (Latin and CJK)."""
_IN_CATEGORY = re.compile(r"\s+in\s+(?=[A-Z])")
"""Where a dated meta line turns from its writer to the post's category
("by Jane Roe in Politics")."""
_BY_TEXTS = 20
"""Byline texts read at most (in page order)."""
_AUTHOR_TOKEN = re.compile(
    r"^(?:[a-z0-9]+(?:-|__))?(?:(?:post|entry|article|story|blog)[-_]?)?(?:authors?|bylines?)"
    r"(?:[-_]{0,2}(?:name|link|names|info|text|list|date|author)|[-_]box[-_]{1,2}name)?$"
    r"|^[a-z0-9_-]+--(?:type-)?author$",
    re.IGNORECASE,
)
"""A class naming the post's byline, also under a component prefix
("sdc-article-author__name"), the name in an author box ("author-box__name")
or an item of the post's meta line whose modifier names it the author
("post-info__item--type-author", a page builder's date, author and comments
line); a comment's author is ruled out by where it is, not by its name."""
_BYLINE_BLOCKS = frozenset({"p", "div", "span", "li", "address", "section", "header", "td"})


def page_date(root: etree._Element, headlines: Sequence[etree._Element] = ()) -> str | None:
    """The first date the page shows for this post (see the module doc;
    ``headlines``: the page's ``<h1>`` elements, whose header block dates
    the post even in a column named a sidebar, see :func:`_beside_headline`)."""
    # A date written as text counts in the page's header, before the
    # article's first paragraphs (a dateline); after them, only in an
    # element named for dates ("post-date", "entry-meta"): a date in the
    # running text, a footnote or a code sample is not the publication date.
    paragraphs = 0
    written: str | None = None
    modified: str | None = None
    # Once the header is over, paragraphs change nothing: neither asked
    # where they are (a climb through their ancestors) nor told (a count of
    # each <p>'s text).
    header = [True]
    verdicts: dict[etree._Element, bool] = {}  # (see _elsewhere)
    # Paragraphs above the page's one headline are no article's (a cookie
    # notice, an offer over the masthead); and the paragraph that ends the
    # header is read for its own dateline first ("From the May issue ·
    # Published April 14, 2026" under a standfirst).
    above = headlines[0] if len(headlines) == 1 else None
    # (And a date written before the first headline, outside the <article>
    # or <main> holding it, is a notice's: "Our privacy policy was updated
    # on 12 January 2026" in a cookie banner over the page.)
    posted_in = headlines[0] if headlines and in_post_part(headlines[0]) else None
    last: etree._Element | None = None
    for kind, element in _date_clues(root, header):
        in_header = paragraphs < HEADER_PARAGRAPHS
        if last is not None:
            # (The clues inside the paragraph that ended the header come
            # right after it: the first one outside it ends the question.)
            if element is last or last in element.iterancestors():
                in_header = True
            else:
                last = None
        if kind == "paragraph":
            if in_header and not _elsewhere(element, verdicts):
                if above is not None:
                    if not _follows(element, above):
                        continue
                    above = None  # (the rest follow it too)
                paragraphs += 1
                header[0] = paragraphs < HEADER_PARAGRAPHS
                if not header[0] and _meta_line(element):
                    last = element
        elif kind == "long":
            paragraphs = HEADER_PARAGRAPHS
            header[0] = False
        elif kind == "text":
            if written or (not in_header and not _named_for_dates(element)):
                continue
            if element.tag == "time" and _says_updated(element):
                continue  # the text of an update time: see below
            if posted_in is not None and not in_post_part(element):
                if not _follows(element, posted_in):
                    continue
                posted_in = None  # (the rest follow it too)
            found = _dateline(element)
            if found and _the_posts(element, verdicts, headlines):
                written = found
        else:
            # Machine-readable markup (<time datetime>, itemprop, the
            # hAtom abbr) states the time and zone a dateline leaves out.
            value = element.get("datetime") or element.get("content") or element.get("title")
            found = parse_date(value) or parse_date(_text(element))
            if found and value and element.tag == "time" and _NAIVE_TIME.search(value):
                found = _printed_day(element, found)
            if found and _the_posts(element, verdicts, headlines):
                if _says_updated(element):
                    # "Updated <time>" above "Published <time>": the
                    # update is this post's date only if nothing else is.
                    modified = modified or found
                    continue
                if written and found[:10] != written:
                    return written
                return found
    return written or modified


def _the_posts(
    element: etree._Element,
    verdicts: dict[etree._Element, bool],
    headlines: Sequence[etree._Element],
) -> bool:
    """Is a date clue the post's: not in a part about other posts (unless in
    the headline's own block, see :func:`_beside_headline`) nor in the
    site's header?"""
    if (
        _elsewhere(element, verdicts)
        and not _beside_headline(element, headlines)
        and not _in_headline_header(element)
    ):
        return False
    return not _in_site_header(element, headlines)


_NAVIGATION = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu)(?:$|[\s_-])", re.I)
"""A class naming the site's navigation or one of its items ("nav-item")."""


def _in_site_header(element: etree._Element, headlines: Sequence[etree._Element] = ()) -> bool:
    """Does ``element`` stand in the site's header rather than the post's:
    a ``<header>`` outside any ``<article>`` or ``<main>`` that holds the
    site's navigation and not the page's headline, nor comes after it? A
    date there is the day the page was seen ("Wednesday, November 20"
    beside the menu), not the post's; a post's own ``<header>`` holds its
    ``<h1>``, or follows it (a meta line under the headline beside a share
    menu or breadcrumbs)."""
    header = next(element.iterancestors("header"), None)
    if header is None or next(header.iter("h1"), None) is not None:
        return False
    if in_post_part(header):
        return False
    if len(headlines) == 1 and _follows(header, headlines[0]):
        return False
    return next(header.iter("nav"), None) is not None or any(
        _NAVIGATION.search(inner.get("class") or "") for inner in header.iter(etree.Element)
    )


def _meta_line(paragraph: etree._Element) -> bool:
    """Can ``paragraph`` be a meta line holding a dateline: short, and
    ending no sentence? One that ends a sentence is the article's, its dates
    the story's ("「1995年1月17日の朝を忘れない」と語った。" in a Japanese
    body, where no spaces keep its words few)."""
    text = _short_text(paragraph, _DATELINE_LENGTH)
    return text is not None and not _ENDS_SENTENCE.search(text[-4:])


def in_post_part(element: etree._Element) -> bool:
    """Does ``element`` stand inside an ``<article>`` or ``<main>``: the
    post's part of the page, not its masthead or a notice over it?"""
    return next(element.iterancestors("article", "main"), None) is not None


def _follows(element: etree._Element, first: etree._Element) -> bool:
    """Does ``element`` come after ``first`` in the page (neither holding
    the other)? Found where their climbs meet: which of the two children
    of that common block stands first."""
    chain = [first, *first.iterancestors()]
    # Each block of first's climb by the child of it on first's side.
    sides = {id(node.getparent()): node for node in chain}
    held = {id(node) for node in chain}
    child = element
    for above in element.iterancestors():
        if id(above) in held:
            mine = sides.get(id(above))
            return mine is not None and above.index(mine) < above.index(child)
        child = above
    return False


_NAIVE_TIME = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$")
"""A time with no zone: which day it falls on where the page was written,
the attribute does not say."""


def _printed_day(element: etree._Element, found: str) -> str:
    # "<time datetime='2026-03-05T01:30:00'>Mar 4, 2026, 8:30pm EST</time>":
    # a time with no zone past midnight beside the day the page prints, the
    # day a reader sees and cites. Only a printed date with its year, one
    # day apart.
    shown = parse_date(_text(element))
    if not shown or shown[:10] == found[:10]:
        return found
    try:
        apart = abs((date.fromisoformat(shown[:10]) - date.fromisoformat(found[:10])).days)
    except ValueError:
        return found
    return shown if apart == 1 else found


def _date_clues(root: etree._Element, header: list[bool]) -> Iterator[tuple[str, etree._Element]]:
    # In reading order: machine-readable dates, paragraphs (to know when
    # the header is over; only while `header[0]` says it is not), long texts
    # (the same), and short texts with a year in them. A walk that stops at
    # the first answer; one XPath union of these sets costs quadratic time
    # in libxml2 on long pages.
    body = root.find("body")
    if body is None:
        return
    clues = 0
    for element in body.iter(etree.Element):
        tag = element.tag
        if tag in _NOT_DATED:
            continue
        if tag == "time" or element.get(b"itemprop") in ("datePublished", "dateCreated"):
            yield "machine", element
            clues += 1
        elif tag == "p" and header[0] and _text_longer(element, 40):
            yield "paragraph", element
        text = element.text
        if text:
            if len(text) > 200 and len(text.strip()) > 200:
                yield "long", element
            elif ("20" in text or "199" in text) and _YEAR.search(text):
                yield "text", element
                clues += 1
        # The parent is looked up only for a tail: most elements have none,
        # and each lookup builds a proxy object in lxml.
        text = element.tail
        if text:
            owner = element.getparent()
            if owner is not None:
                if len(text) > 200 and len(text.strip()) > 200:
                    yield "long", owner
                elif ("20" in text or "199" in text) and _YEAR.search(text):
                    yield "text", owner
                    clues += 1
        if clues > MAX_CLUES:
            return


def _named_for_dates(element: etree._Element) -> bool:
    # (Attribute names as bytes here and below: see hints.names.)
    for current in (element, *element.iterancestors()):
        if current.tag in ("article", "main", "body"):
            return False
        names = (current.get(b"class") or "") + " " + (current.get(b"id") or "")
        if _DATE_NAMES.search(names):
            return True
    return False


class BylineBlocks:
    """The blocks of one page where a byline may be (the blocks holding a
    text that opens with "By", "Written by", ...: at most 20, in page
    order), found by one walk of the body when first asked and kept.

    :func:`page_authors` and :func:`byline_date` both read them: a page
    whose metadata states neither author nor date (and whose header shows
    no date) had its body walked for them twice (stop 41). Keep one only
    while the page's tree does not change."""

    def __init__(self, root: etree._Element) -> None:
        self._root = root
        self._blocks: list[etree._Element] | None = None

    def blocks(self) -> list[etree._Element]:
        """The blocks (see the class doc), walked for on the first call."""
        if self._blocks is None:
            self._blocks = _by_blocks(self._root)
        return self._blocks

    @property
    def walked(self) -> bool:
        """Were the blocks already walked for (so reading them costs no walk)?"""
        return self._blocks is not None


def page_authors(
    root: etree._Element, marks: Landmarks, bylines: BylineBlocks | None = None
) -> tuple[str, ...]:
    """The post's authors as its byline shows them (see the module doc;
    ``bylines``: the page's byline blocks, when the caller shares them with
    :func:`byline_date`)."""
    verdicts: dict[etree._Element, bool] = {}  # (see _elsewhere)
    for element in _hcards(marks)[:6]:
        if not _elsewhere(element, verdicts):
            names = author_names([_text(element)])
            if names:
                return names
    by_blocks = (bylines or BylineBlocks(root)).blocks()
    for _block, names in _bylines(by_blocks, verdicts):
        return names
    for element in marks.authorish[:30]:
        tokens = [*(element.get("class") or "").split(), element.get("id") or ""]
        if element.tag != "address" and not any(
            _AUTHOR_TOKEN.match(token) for token in tokens if token
        ):
            continue
        text = _text(element)
        if not text or len(text) > 120 or _elsewhere(element, verdicts):
            continue
        # A list of authors ("Authors" over one item a name): each item
        # one value, as the itemised text runs the names together.
        items = [_text(item) for item in element.iter("li")]
        names = (() if items else _broken_names(element)) or author_names(
            items or [text], written=True
        )
        if names:
            return names
    return (
        _avatar_name(root, verdicts)
        or _sidebar_byline(by_blocks)
        or _name_and_date(root)
        or _author_page_link(root, marks, verdicts)
    )


def _bylines(
    by_blocks: list[etree._Element], verdicts: dict[etree._Element, bool] | None = None
) -> Iterator[tuple[etree._Element, tuple[str, ...]]]:
    """The blocks of ``by_blocks`` that read as this post's byline ("By Jane
    Roe", "Written by ...": short, not about other posts, names throughout),
    each with its names, in page order (``verdicts``: the caller's memory of
    :func:`_elsewhere`)."""
    for block in by_blocks:
        text = _text(block)
        # (The opening asked before the climb through the ancestors: a
        # block that does not open as a byline is settled without it.)
        if len(text) > 120:
            continue
        if not _BYLINE_OPENS.match(text):
            text = _dated_byline(text)
            if not text:
                continue
        if (
            _FROM_THE.match(text)
            and next(block.iter("a"), None) is None
            and not _HEBREW_NAME.match(text)
        ):
            continue
        if _elsewhere(block, verdicts):
            continue
        names = _broken_names(block) or author_names([text], written=True)
        if names:
            yield block, names


def _broken_names(block: etree._Element) -> tuple[str, ...]:
    """The names of a byline block that line breaks divide (empty when it
    has none): a break parts two items of the list as a comma does ("By Ada
    Lind<br>Tom Hale", "... <br>and Tom Hale"; "By<br>Sam Wren"); when the
    lines so read name no one, the first line alone, the writer's role or
    desk set under the name ("By Sam Wren<br>Staff writer"; s48-html7,
    s48-final-extract). Read whole, the lines run together ("Ada LindTom
    Hale")."""
    if block.find(".//br") is None:
        return ()
    lines = [" ".join(line.split()) for line in _lines(block)]
    lines = [line for line in lines if line]
    if not lines:
        return ()
    names = author_names([", ".join(lines)], written=True)
    if names:
        return names
    first = lines[0] if len(lines[0].split()) > 1 else " ".join(lines[:2])  # ("By<br>...")
    return author_names([first], written=True)


def _lines(block: etree._Element) -> list[str]:
    """The texts of ``block`` between its ``<br>`` elements."""
    lines: list[str] = []
    parts: list[str] = []
    for event, element in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if element.tag == "br":
                lines.append("".join(parts))
                parts = []
            elif isinstance(element.tag, str):  # (a comment's text is none of the page's)
                parts.append(element.text or "")
        elif element is not block:
            parts.append(element.tail or "")
    lines.append("".join(parts))
    return lines


def _dated_byline(text: str) -> str:
    """The byline of a meta line that dates the post first ("Posted on 3
    March 2026 by Jane Roe · News": "by Jane Roe", up to the next mark
    between the line's items), or empty when the words between "on" and
    "by" are no date ("Posted on the harbour wall by the gate")."""
    found = _BYLINE_DATED.fullmatch(text)
    if found is None or not find_date(found[1]):
        return ""
    # (And before the category a theme names after the writer: "by Jane
    # Roe in Politics".)
    return _IN_CATEGORY.split(_META_SEPARATOR.split(found[2], 1)[0], 1)[0]


def byline_date(root: etree._Element, bylines: BylineBlocks | None = None) -> str | None:
    """The date printed beside the post's first byline: in its line or a
    short block around it ("By Jane Roe" over "March 4, 2026" in an author
    box after the article). For a page whose header shows no date
    (:func:`page_date` found none): a dateline counts there only before the
    article's first paragraphs, but a byline's own date is the post's
    wherever the byline stands. (``bylines``: as :func:`page_authors`
    takes them.)"""
    for block, _names in _bylines((bylines or BylineBlocks(root)).blocks()):
        # Only the first byline: a later one may be a quoted post's.
        # ("Posted on 3 March 2026 by Ada Lind and Tom Hale": a meta line
        # dating the post before its writers is too long for a dateline
        # with two names; its date stands between "on" and "by".)
        dated = _BYLINE_DATED.fullmatch(_text(block))
        found = find_date(dated[1]) if dated is not None else None
        if found:
            return found
        found = _dateline(block)
        if found:
            return found
        # The date in the block after it, read apart: a page set without
        # white space between its tags runs "By Jane Roe" and "March 4"
        # together in the text of the block around both.
        for beside in islice(block.itersiblings(), 2):
            text = _short_text(beside, _DATELINE_LENGTH)
            # A date line, not a short line naming another event's date
            # ("Next meeting: March 4, 2026" under the writer's box).
            if text and _short_line(text) and DATE_LINE_START.match(text):
                found = find_date(text)
                if found:
                    return found
        return None
    return None


_AUTHOR_LINKS = 20
"""Links to an author's page read before giving up."""


def _avatars(root: etree._Element) -> Iterator[etree._Element]:
    """``//body//img[@alt and string-length(@alt) > 1]`` one at a time, in
    page order (``len`` counts code points, as ``string-length`` does). The
    XPath made a list of every one, each tested by libxml2's string
    functions, where the callers read the first few that pass; the walk's
    proxies already exist (extract_html keeps them)."""
    for image in root.getroottree().getroot().iter("img"):
        if len(image.get("alt") or "") > 1 and _in_body(image):
            yield image


def _author_links(root: etree._Element) -> Iterator[etree._Element]:
    """``//body//a[contains(@href, '/author')]`` one at a time, in page
    order (see :func:`_avatars`)."""
    for link in root.getroottree().getroot().iter("a"):
        if _to_author_page(link) and _in_body(link):
            yield link


def _in_body(element: etree._Element) -> bool:
    """Does ``element`` stand inside a <body> (``//body//``)?"""
    return next(element.iterancestors("body"), None) is not None


_WRITER_FOLDERS = ("/author", "/byline/", "/writers/", "/contributors/", "/journalists/")
"""Folders of a site's pages about its writers ("/author/jane-roe",
"/byline/jane-roe", "/contributors/jane-roe"), not of the people it
writes about ("/people/", "/topics/")."""


_WRITER_FOLDER_ENDS = ("/authors", *(folder.rstrip("/") for folder in _WRITER_FOLDERS))
"""The folder a writer's page stands in, as a link's path ends before its
last part ("/author/jane-roe", "/authors/jane-roe", "/writers/jane-roe")."""


def _to_author_page(link: etree._Element) -> bool:
    """Does the link's address lead to a writer's page (:data:`_WRITER_FOLDERS`)?"""
    href = link.get("href") or ""
    # (The folders of _WRITER_FOLDERS asked one by one, not through any()
    # over a generator: asked of every link of a page whose byline is
    # sought, and a generator costs more than the five tests.)
    return (
        "/author" in href
        or "/byline/" in href
        or "/writers/" in href
        or "/contributors/" in href
        or "/journalists/" in href
    )


def _author_page_link(
    root: etree._Element,
    marks: Landmarks,
    verdicts: dict[etree._Element, bool] | None = None,
) -> tuple[str, ...]:
    """A link to the writer's page that the page shows as the name: its
    address ends in ``/author/<slug>`` (or ``authors``) and the slug is the
    link's text written as one, in either case ("Jose Diaz" at
    ``/author/jose-diaz.html`` or ``/author/Jose-Diaz``),
    so a menu's "Our authors" is never read. The link must stand as a
    byline (:func:`_stands_as_byline`), and its name must not be the page's
    heading (the writer's own archive page, a link to her on every teaser)."""
    for link in islice(_author_links(root), _AUTHOR_LINKS):
        href = link.get("href") or ""
        path = href.split("?")[0].split("#")[0].rstrip("/")
        folder, _, slug = path.rpartition("/")
        if not folder.endswith(_WRITER_FOLDER_ENDS):
            continue
        text = _text(link)
        if not text or len(text) > 60:
            continue
        slug_words = _NON_WORD.sub(" ", slug.rsplit(".", 1)[0].replace("_", " ").casefold()).split()
        if slug_words != _NON_WORD.sub(" ", text.casefold()).split():
            continue
        if not _stands_as_byline(link, text):
            continue
        if _elsewhere(link, verdicts) and not _beside_headline(link, marks.h1s):
            continue
        names = author_names([text], written=True)
        if names:
            # (The headings read only for a name found: most pages have none.)
            headings = {_text(h1).casefold() for h1 in marks.h1s}
            return () if text.casefold() in headings else names
    return ()


_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "small", "time", "font"})
_SAYS_HEADER = re.compile(r"\s*[a-z]+\s*:")
_CREDIT = re.compile(
    r"\b(?:photos?|photograph(?:s|y)?|pictures?|images?|illustrations?|graphics?|videos?|"
    r"credits?)\b(?:\s*(?:by|:))?\s*$",
    re.IGNORECASE,
)
"""A picture's credit ending the text before a name ("Photo:", "Image by")."""
_BYLINE_WORD = re.compile(r"by|written|posted|published|updated|on|at", re.IGNORECASE)
"""A lower-case word that may stand before the name in a byline."""


def _stands_as_byline(link: etree._Element, name: str) -> bool:
    # The line the link stands in reads as a byline ("by <name> · Mar 4",
    # "<name>, Staff Writer"): not as a sentence or a comment's header, and
    # not as one of a list or row of writers.
    block = link.getparent()
    while block is not None and block.tag in _INLINE:
        block = block.getparent()
    if block is None:
        return False
    line = _short_text(block, 120)  # (None: longer than a line)
    if line is None or len(line) > 120:
        return False
    before, _, after = line.partition(name)
    # The name as a sentence's object ("Written with help from <name>") or
    # a comment's header ("<name> wrote:") is no byline.
    last = before.split()[-1:] if before.split() else []
    if last and last[0].islower() and not _BYLINE_WORD.fullmatch(last[0]):
        return False
    # A credit ("Photo: <name>", "Illustration by <name>") names who made
    # a picture, not who wrote the post.
    if _CREDIT.search(before):
        return False
    if _SAYS_HEADER.match(after):
        return False
    # A list or row of writers ("More from our writers", the columnists):
    # beside the line, a link to another writer's page. A second link to
    # the same page ("View more articles" after the name) is the same
    # writer's card, not another writer.
    holder = block.getparent()
    own = _page_of(link)
    return holder is None or not any(
        other is not link and _text(other) != name and _page_of(other) != own
        for other in holder.iterdescendants("a")
        if _to_author_page(other)
    )


_CARD_AFTER_HEADLINE = 3
"""Blocks after the headline where its author card or date line may stand."""


def _beside_headline(element: etree._Element, headlines: Sequence[etree._Element]) -> bool:
    """Does ``element`` stand in one of the blocks right after the page's
    only ``<h1>``, under the same parent (the post's header: headline,
    author card, date line, standfirst), with nothing between that names
    another part of the page? Then it is the post's even where the layout
    names the column holding both a "sidebar": a related story's byline
    or a list of writers does not follow the headline there, and a
    related box that does is named for what it is."""
    if len(headlines) != 1:
        return False
    headline = headlines[0]
    parent = headline.getparent()
    block: etree._Element | None = element
    while block is not None and block is not parent:
        if block.tag in _ELSEWHERE_TAGS or _names_elsewhere(
            (block.get(b"class") or "") + " " + (block.get(b"id") or "")
        ):
            return False
        if block.getparent() is parent:
            return any(
                sibling is block
                for sibling in islice(headline.itersiblings(), _CARD_AFTER_HEADLINE)
            )
        block = block.getparent()
    return False


def _page_of(link: etree._Element) -> str:
    """The page a link leads to, without its query, fragment or final slash."""
    return (link.get("href") or "").split("?")[0].split("#")[0].rstrip("/")


def _name_and_date(root: etree._Element) -> tuple[str, ...]:
    """A post's meta line under its heading, "Mara Quist · Mar 2, 2026":
    a short line in the page's header whose first part reads as one
    person's name of two words or more and another part is a date; or the
    same line set as elements with no mark between them, the name's
    element named for a name (:func:`_name_beside_date`)."""
    body = root.find("body")
    if body is None:
        return ()
    for index, (element, text) in enumerate(_short_texts(body, _META_LINE_TAGS, 80)):
        if index > _META_LINE_SCAN:
            break
        if text is None:
            # Settled without joining the text of a block that may hold
            # the whole page (and every block around it does too).
            if element.tag == "p":
                return ()  # the article has begun: no header left
            continue
        if element.tag == "p" and len(text) > 40:
            return ()  # the article has begun: no header left
        # (The separator first, one search in C: most short texts of a
        # header have none, and asked first, the paragraph inside was
        # looked for by ElementPath in each of them.)
        if len(text) > 80:
            continue
        if not _has_separator_mark(text) or _META_SEPARATOR.search(text) is None:
            # (Two children or more asked here, in C: most short blocks of
            # a header have fewer, and a call for each costs more.)
            if len(element) > 1:
                names = _name_beside_date(element)
                if names:
                    return names
            continue
        if next(element.iterdescendants("p"), None) is not None:
            continue
        parts = [part.strip() for part in _META_SEPARATOR.split(text)]
        if not any(find_date(part) for part in parts[1:]):
            continue
        if len(parts[0].split()) < 2:
            continue  # "Opinion · Mar 2": a one-word part is a section, not a name
        names = author_names([parts[0]], written=True)
        if len(names) == 1 and names[0] == parts[0] and not _elsewhere(element):
            return names
    return ()


_NAME_CLASS = re.compile(r"(?:^|[-_])name$", re.IGNORECASE)
"""A class naming its element a name ("subhead-name", "writer__name")."""
_NOT_A_WRITER = re.compile(
    r"site|brand|logo|user|place|location|city|categor|section|topic|tag|product|company|file"
    r"|item|event|venue|team|photo|vessel|ship|boat",
    re.IGNORECASE,
)
"""Words of a name class that name something other than the writer
("site-name", "location-name", "category-name"; an event's, a venue's, a
team's, a photographer's or a boat's beside its date, stop 41 review)."""


def _name_beside_date(element: etree._Element) -> tuple[str, ...]:
    # The meta line set as elements, not parted by a mark: a name in an
    # element its class calls a name, then a date in an element after it
    # ("<span class='subhead-name'>JANE ROE</span><div><time>Nov. 20,
    # 2019</time></div>"). The class is asked for, as a bare first element
    # beside a date is as often a section, a kicker or a dateline's place.
    if (element.text or "").strip():
        return ()
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) < 2:
        return ()
    first = children[0]
    if first.tag not in _INLINE or first.tag == "a" or len(first):
        return ()  # (a link is a section's or a tag's as often as a writer's)
    tokens = (first.get("class") or "").split()
    if not any(_NAME_CLASS.search(t) and not _NOT_A_WRITER.search(t) for t in tokens):
        return ()
    name = _text(first)
    if len(name.split()) < 2 or not any(find_date(_text(child)) for child in children[1:]):
        return ()
    names = author_names([name], written=True)
    if len(names) == 1 and names[0].casefold() == name.casefold() and not _elsewhere(element):
        return names
    return ()


def _by_blocks(root: etree._Element) -> list[etree._Element]:
    """The blocks holding a text that opens with "By", "Written by", ... (at
    most 20, in page order): where a byline may be."""
    return [_block_of(element) for element in _by_texts(root)]


def _by_texts(root: etree._Element) -> list[etree._Element]:
    """The elements holding a text of the body that opens a byline
    (:data:`_BY_LEAD`), as their text or as the tail after them; the first
    :data:`_BY_TEXTS` in page order.

    Once an XPath (``//body//text()[...]``), which made libxml2 copy every
    text of the page for each ``normalize-space()``, ~0.45 ms a page; read
    here by one walk of the elements that asks only texts holding "by",
    "By" or "BY" (most of a page's texts are the spacing between tags).
    That walk meets a tail before the texts inside its element, so a page
    with two or more byline texts (1 in 9) is walked again in page order.
    """
    found: list[etree._Element] = []
    language = (root.getroottree().getroot().get("lang") or "")[:2].lower()
    local = _LOCAL_BY.get(language)
    lead = (_LOCAL_LEADS[language] if local else _BY_LEAD).match
    # The cheap pre-test: "by" in any case, or on a page in a language of
    # _LOCAL_BY its own word without its first letter ("ar" for "Par" and
    # "par", "AR" for "PAR"); an English page's texts are tested as before.
    word = local[1:] if local else "by"
    shout = word.upper()
    for body in root.iter("body"):
        if _in_body(body):
            continue  # (its texts are the outer body's)
        hits: list[etree._Element] = []
        for element in body.iter():
            text = element.text
            if (
                text
                and (
                    "by" in text
                    or "By" in text
                    or "BY" in text
                    or (local and (word in text or shout in text))
                )
                and isinstance(element.tag, str)  # (a processing instruction's is no text)
                and lead(text)
            ):
                hits.append(element)
            text = element.tail
            if (
                text
                and (
                    "by" in text
                    or "By" in text
                    or "BY" in text
                    or (local and (word in text or shout in text))
                )
                and element is not body
                and lead(text)
            ):
                hits.append(element)
        if len(hits) > 1:
            hits = _by_texts_in_order(body, _BY_TEXTS - len(found), lead, word if local else "")
        found.extend(hits)
        if len(found) >= _BY_TEXTS:
            return found[:_BY_TEXTS]
    return found


def _by_texts_in_order(
    body: etree._Element,
    limit: int,
    lead: Callable[[str], object] = _BY_LEAD.match,
    word: str = "",
) -> list[etree._Element]:
    # _by_texts' elements under one body in page order: an element's tail
    # after every text inside it, read when the walk leaves the element.
    found: list[etree._Element] = []
    open_: list[etree._Element] = []  # the walk is inside these, outermost first
    for element in body.iter():
        parent = element.getparent()
        while open_ and open_[-1] is not parent:
            left = open_.pop()
            if _opens_byline(left.tail, lead, word):
                found.append(left)
        if len(found) >= limit:
            return found[:limit]
        if isinstance(element.tag, str) and _opens_byline(element.text, lead, word):
            found.append(element)
        open_.append(element)
    while len(open_) > 1:  # (not the body's own tail)
        left = open_.pop()
        if _opens_byline(left.tail, lead, word):
            found.append(left)
    return found[:limit]


def _opens_byline(
    text: str | None, lead: Callable[[str], object] = _BY_LEAD.match, word: str = ""
) -> bool:
    # (``word``: the page language's byline word without its first letter,
    # :func:`_by_texts`' pre-test; empty on other pages, whose texts are
    # asked the three "by" tests alone, not the first two again.)
    return bool(
        text
        and (
            "by" in text
            or "By" in text
            or "BY" in text
            or (word != "" and (word in text or word.upper() in text))
        )
        and lead(text)
    )


_SIDEBAR = re.compile(r"sidebar", re.IGNORECASE)


def _sidebar_byline(by_blocks: list[etree._Element]) -> tuple[str, ...]:
    """A one-author blog's byline in its sidebar (Daring Fireball's "By John
    Gruber"), when the page names no author anywhere else: exactly one short
    "By <name>" block there, so a list of posts "by" others is never read."""
    found: list[tuple[str, ...]] = []
    for block in by_blocks:
        text = _text(block)
        if len(text) > 60 or not re.match(r"by\b", text, re.IGNORECASE):
            continue
        if not any(
            _SIDEBAR.search((place.get("class") or "") + " " + (place.get("id") or ""))
            for place in block.iterancestors()
            if place.tag not in {"body", "html"}
        ):
            continue
        names = author_names([text], written=True)
        if names:
            found.append(names)
    return found[0] if len(found) == 1 else ()


def _avatar_name(
    root: etree._Element, verdicts: dict[etree._Element, bool] | None = None
) -> tuple[str, ...]:
    # Medium, Substack and many blogs show the author as an avatar next to
    # the name: <a><img alt="Licat">Licat</a>, or alt="Jane's avatar".
    if verdicts is None:
        verdicts = {}  # (see _elsewhere)
    for image in islice(_avatars(root), 40):
        alt = _without_avatar_words(image.get("alt") or "").strip()
        holder = image.getparent()
        if not alt or holder is None or _elsewhere(holder, verdicts):
            continue
        for place in (holder, holder.getparent()):
            if place is None:
                continue
            # (Read only as far as a name can be long: the holder's parent
            # may be the whole story, joined and split for every picture.)
            text = _short_text(place, 60)
            if text and len(text) <= 60 and text.casefold() == alt.casefold():
                # A heading in the place ends the reading (a teaser card,
                # "More in Amsterdam": a topic, not a person). Asked only of
                # a text that is the name, not of every place first: the
                # query searches the whole place, which may be the page. (A
                # heading in the holder is one in its parent too, so a
                # holder without the name need not be asked.)
                if _HEADED(place):
                    break
                names = author_names([text], written=True)
                if names:
                    return names
    return ()


def _without_avatar_words(alt: str) -> str:
    # `_AVATAR_WORDS.sub("", alt)`. Most alt texts name no avatar: an ASCII
    # one holding none of the words a match holds is returned as it is,
    # without the case-blind pattern tried at each of its characters. (Not
    # other text: a case-blind match may take a letter beyond ASCII.)
    if alt.isascii():
        lower = alt.lower()
        if not any(stem in lower for stem in _AVATAR_STEMS):
            return alt
    return _AVATAR_WORDS.sub("", alt)


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
    # Each block's text is read only as far as its first 120 letters past
    # which it is no dateline: a cell with a year inside a large table
    # joined the whole table's text once per such cell (quadratic time).
    current = element
    for _ in range(3):
        text = _short_text(current, _DATELINE_LENGTH)
        if text is None or len(text) > _DATELINE_LENGTH:
            return None
        found = find_date(text)
        if found:
            # A dateline is short; "Published <date> | Updated <date>" is
            # two, each short.
            parts = _META_SEPARATOR.split(text)
            return _published_in(text, found) if all(map(_short_line, parts)) else None
        parent = current.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        current = parent
    return None


def _short_line(text: str) -> bool:
    return words_besides_numbers(text) <= _DATELINE_WORDS


def _published_in(text: str, first: str) -> str:
    # "Updated March 5, 2026, first published March 2, 2026": a dateline
    # with an update and a publication date gives the publication's.
    if _UPDATED.search(text):
        mark = _PUBLISHED.search(text)
        if mark:
            return find_date(text[mark.end() :]) or first
    return first


def _says_updated(element: etree._Element) -> bool:
    """Is a ``<time>`` the post's update time: marked ``dateModified`` or
    named for it, or right after the words "Updated" or "Last modified"?"""
    itemprop = element.get("itemprop")
    if itemprop in ("datePublished", "dateCreated"):
        return False
    if itemprop == "dateModified":
        return True
    names = " ".join(((element.get("class") or "") + " " + (element.get("id") or "")).split("-"))
    if _PUBLISHED.search(names):
        return False  # WordPress marks a never-updated post "published updated"
    if _UPDATED.search(names):
        return True
    before = element.getprevious()
    parent = element.getparent()
    if before is not None:
        lead = before.tail or _text(before)
    else:
        lead = (parent.text or "") if parent is not None else ""
    return bool(_UPDATED_LEAD.search(lead))


def _block_of(element: etree._Element) -> etree._Element:
    current = element
    while current.tag not in _BYLINE_BLOCKS:
        parent = current.getparent()
        if parent is None:
            break
        current = parent
    return current


def about_other_posts(element: etree._Element) -> bool:
    """Does ``element`` stand in a part of the page about other posts
    (comments, related posts, a sidebar), whose names and dates are not
    this post's?"""
    return _elsewhere(element)


def _elsewhere(element: etree._Element, verdicts: dict[etree._Element, bool] | None = None) -> bool:
    """Does ``element`` stand in a part of the page that is not the post
    (a comment, a sidebar, related stories, a teaser article), or is it one?

    ``verdicts`` (a dict the caller keeps while the tree does not change)
    remembers the answer of each ancestor climbed through: every element
    above ``element`` is judged the same whichever element the climb
    started from (only the start itself is spared the nested-article
    test), so the climb from the next element stops at the first ancestor
    judged before. The avatars of a page and its date clues climb through
    the same wrappers again and again (stop 41)."""
    current: etree._Element | None = element
    climbed: list[etree._Element] = []
    answer = False
    while current is not None:
        if current is not element:
            if verdicts is not None:
                known = verdicts.get(current)
                if known is not None:
                    answer = known
                    break
            climbed.append(current)
        tag = current.tag
        if tag in {"body", "html"}:
            # (Drupal's <body class="one-sidebar"> names the layout.)
            break
        if tag in _ELSEWHERE_TAGS:
            answer = True
            break
        if tag == "article" and current is not element and _is_nested_article(current):
            answer = True
            break
        names = (current.get(b"class") or "") + " " + (current.get(b"id") or "")
        if names.strip() and _names_elsewhere(names):
            answer = True
            break
        if tag == "article" and next(current.iter("h1"), None) is not None:
            # The post itself (an article that holds the page's headline):
            # the names of what holds it ("penci_sidebar", a sticky
            # sidebar script's column) describe the page's layout.
            break
        current = current.getparent()
    if verdicts is not None:
        for above in climbed:
            verdicts[above] = answer
    return answer


def _in_headline_header(element: etree._Element) -> bool:
    """Does a date clue stand in a ``<header>`` holding the page's headline
    (an ``<h1>``), the post's own header whatever its class calls it, with
    nothing between named for another part of the page? A news CMS styles
    the story's header as a "promo"; the date beside its headline is the
    post's. (Asked only of a clue :func:`_elsewhere` refused; for a date
    only: a byline there, tried the same way, read one wrong name more on
    the check half, stop 42.)"""
    header = next(element.iterancestors("header"), None)
    if header is None or next(header.iter("h1"), None) is None:
        return False
    for above in header.iterancestors():
        # A teaser's header, one in an aside, or one inside a part named
        # for other posts or comments (a related story's or a comment's
        # header with its own <h1>, HTML5's outline): only the header's
        # own name, a design system's "promo", is passed over. The climb
        # stops where _elsewhere's does: at <body>, or at an <article>
        # holding an <h1>, the post itself, whose holders' names describe
        # the page's layout ("penci_sidebar").
        if above.tag in ("body", "html"):
            break
        if (
            above.tag in _ELSEWHERE_TAGS
            or (above.tag == "article" and _is_nested_article(above))
            or _names_elsewhere((above.get(b"class") or "") + " " + (above.get(b"id") or ""))
        ):
            return False
        if above.tag == "article" and next(above.iter("h1"), None) is not None:
            break
    for block in (element, *element.iterancestors()):
        if block is header:
            return True
        if block.tag in _ELSEWHERE_TAGS or _names_elsewhere(
            (block.get(b"class") or "") + " " + (block.get(b"id") or "")
        ):
            return False
    return False


@lru_cache(maxsize=4096)
def _names_elsewhere(names: str) -> bool:
    # The same wrappers are climbed through from every clue of a page
    # ("entry-content", "col-md-8"); each class string is read once.
    # Bounded and keyed by the string alone: nothing of a page outlives it.
    if "elementor-widget" in names:
        names = _builder_kinds(names)
    if names.isascii() and _ELSEWHERE_WORD.search(names.lower()) is None:
        return False  # (no match of _ELSEWHERE can be there)
    return _ELSEWHERE.search(names) is not None


_ELSEWHERE_WORD = re.compile(
    "comment|related|sidebar|widget|footer|recommend|promo|popular|trending|newsletter|stories|"
    "next|teaser|suggest|card|archive|also|repl"
)
"""A word that every match of :data:`_ELSEWHERE` holds, in lower case. Asked
first of an ASCII class string (lowered, where case-blind matching and
lowering agree): most strings hold none, and the search skips ahead to the
letters these words open with, where :data:`_ELSEWHERE`, case-blind and
opening with look-behinds, tried its twenty words at every character (some
60,000 instructions for a class string of 90 characters, each new string
of a page asked once)."""


_BUILDER_LAYOUT = frozenset(
    {"elementor-widget", "elementor-widget-container", "elementor-widget-wrap"}
)
"""A page builder's names for its layout: Elementor calls every block a
"widget" and every column's inside a "widget-wrap", the post's own title,
date line and text included."""
_BUILDER_LISTS = re.compile(
    r"posts|loop|portfolio|navigation|nav-menu|carousel|grid|slider|ticker|post-list|"
    r"post-block|post-timeline|blog",
    re.IGNORECASE,
)
"""Kinds of a builder's block that show other posts (a grid of posts, the
previous and next post) or the site's menu; the add-ons' kinds too
("eael-post-grid", "jet-listing-grid", "ha-post-list", "premium-addon-blog"),
whose items are other posts' dates and bylines."""


def _builder_kinds(names: str) -> str:
    """A class string with Elementor's layout names left out and each
    block named by its kind ("elementor-widget-post-info" as "post-info"),
    which the parts about other posts are still judged by (a grid of
    posts, a sidebar's "wp-widget-recent-posts", a comments block)."""
    kept: list[str] = []
    for token in names.split():
        if token in _BUILDER_LAYOUT:
            continue
        if token.startswith("elementor-widget-"):
            kind = token.removeprefix("elementor-widget-")
            kept.append("widget" if _BUILDER_LISTS.search(kind) else kind)
        else:
            kept.append(token)
    return " ".join(kept)


def _is_nested_article(article: etree._Element) -> bool:
    # An <article> inside another article or a list of them is a teaser.
    return any(a.tag == "article" for a in article.iterancestors())


def _short_text(element: etree._Element, limit: int) -> str | None:
    # `_text(element)` when the letters of its texts (whitespace left out)
    # are at most `limit`, else None. The letters are a lower bound on the
    # length of the text, so counting stops once past the limit, and a long
    # text (an inline script's data, a whole article in one node) is settled
    # from its head when the head alone passes it: every wrapper around a
    # page's 600 KB script split the whole of it again (250 ms on such a
    # page). The texts counted are kept and joined, so a short block's text
    # nodes are not read out of the tree a second time.
    seen = 0
    head = 4 * limit
    texts: list[str] = []
    for text in cast("Iterator[str]", element.itertext()):
        if len(text) > head and seen + sum(map(len, text[:head].split())) > limit:
            return None
        seen += sum(map(len, text.split()))
        if seen > limit:
            return None
        texts.append(text)
    return " ".join("".join(texts).split())


_META_LINE_TAGS = frozenset({"p", "div", "span", "li"})


def _short_texts(
    body: etree._Element, tags: frozenset[str], limit: int
) -> Iterator[tuple[etree._Element, str | None]]:
    """``(element, _short_text(element, limit))`` for each element of
    ``body.iter(*tags)``, in document order, from one walk of the texts.

    Asking each element alone reads the texts of every wrapper again for
    each block inside it (a page header's nested ``div``s each counted
    their menus' words until past the limit). Here the texts are read once,
    in page order, beside a running count of their letters: an element's
    letters are the count at its end less the count at its start, and all
    open elements gain the same letters, so the outermost passes the limit
    first. Each answer is given once settled (at the element's end, or
    when it passes the limit), in document order; the walk goes only as
    far as the answers asked for need.
    """
    if next(body.iter(etree.Comment, etree.ProcessingInstruction), None) is not None:
        # The walk does not see these nodes, and their tails are text. (The
        # parser drops them: only a tree built otherwise can hold them.)
        for element in body.iter(*tags):
            yield element, _short_text(element, limit)
        return
    head = 4 * limit
    texts: list[str] = []
    seen = 0  # letters so far (a text's count stops past the limit)
    # Each element of `tags` as [element, letters before it, index of its
    # first text, settled, its short text]; `open_` holds those the walk is
    # inside, outermost first, and the first `long_` of them are past the
    # limit; `waiting` holds those not yet given, in document order.
    open_: list[list[Any]] = []
    long_ = 0
    waiting: deque[list[Any]] = deque()
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            if element.tag in tags:
                entry = [element, seen, len(texts), False, None]
                open_.append(entry)
                waiting.append(entry)
            text = element.text
        else:
            if open_ and open_[-1][0] is element:
                entry = open_.pop()
                if entry[3]:
                    long_ -= 1
                else:
                    entry[3] = True
                    entry[4] = " ".join("".join(texts[entry[2] :]).split())
                # (Answers are settled only here and where the count
                # passes the limit below: only then is the queue asked, not
                # at every step of the walk.)
                while waiting and waiting[0][3]:
                    done = waiting.popleft()
                    yield done[0], done[4]
            if element is body:
                break  # (its tail is outside it)
            text = element.tail
        if text:
            texts.append(text)
            # (Most texts between tags are line breaks and indentation: no
            # letters to count, and while the count stays the same no open
            # element can pass the limit, so none is asked; stop 41.)
            if not text.isspace():
                if len(text) > head and sum(map(len, text[:head].split())) > limit:
                    seen += limit + 1
                else:
                    seen += sum(map(len, text.split()))
                if long_ < len(open_) and seen - open_[long_][1] > limit:
                    while long_ < len(open_) and seen - open_[long_][1] > limit:
                        open_[long_][3] = True
                        long_ += 1
                    while waiting and waiting[0][3]:
                        done = waiting.popleft()
                        yield done[0], done[4]
    for done in waiting:  # (all settled: the walk has ended)
        yield done[0], done[4]


def _text_longer(element: etree._Element, limit: int) -> bool:
    # `len(_text(element)) > limit`, settled from the head of the element's
    # own text when that alone is longer: the text is collapsed from a
    # string that this head opens, and collapsing a longer string never
    # gives a shorter result (its words only grow or add). Most paragraphs
    # pass on their first words, so their whole text is not joined and
    # split into words.
    head = (element.text or "")[: 4 * limit]
    if len(" ".join(head.split())) > limit:
        return True
    return len(_text(element)) > limit


def _text(element: etree._Element) -> str:
    # join() takes lxml's text strings as they are (always str on
    # Python 3; the stubs also allow bytes): converting each one first
    # cost a Python step per text node, and this runs on whole blocks.
    texts = cast("Iterator[str]", element.itertext())
    return " ".join("".join(texts).split())
