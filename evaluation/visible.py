"""Metadata from the visible page, measured with the metadata taken out.

Most saved pages state their title, authors and date in metadata
(``<meta>``, Open Graph, JSON-LD), so the defuddle table measures the
fallbacks that read the page itself (a byline, a ``<time>``, a dateline, the
headline) on only a few pages. This silver measure gives them more: every
defuddle and scrapinghub page whose metadata gives a field (the original
page's extraction took it from JSON-LD or a ``<meta>`` tag) is extracted
again from a copy with the metadata removed (:func:`strip_metadata`: the
``<meta>`` tags with a name, property or itemprop, the JSON-LD scripts,
microdata ``<link itemprop>`` and the ``content`` attribute of visible
``itemprop`` elements; the visible text, ``<title>`` and ``<time>`` stay).

The copy's field is scored against the defuddle page's expected value where
there is one, else against what the original page's metadata gave: authors
as sets (the defuddle scorer's normalisation), dates as the same calendar
day, titles exact after trimming white space (and, looser, "the metadata
title contains ours", ours not empty).

A field whose value the visible page does not show cannot be recovered and
is counted apart as **no visible trace**: no author's surname in the
visible text; the day in no ``<time datetime>`` and in no date written near
its year; the title neither in the visible text nor in ``<title>``.

``python -m evaluation.visible --misses`` lists the tune half's misses;
``--kinds`` sorts the misses of both halves into kinds (:func:`miss_kind`) and
prints only how many of each, so the check half's can be weighed unread.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from lxml import html as lxml_html

from evaluation.extraction import _authors_key, defuddle_cases, extract_file
from evaluation.split import HALVES, TUNE, half, without_check_rows
from quotemark.library.extract import metadata, page_clues
from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.confidence import SURE_META, SURE_STATED
from quotemark.library.extract.dates import date_part, find_date, parse_date
from quotemark.library.extract.titles import reworded
from quotemark.library.model import Metadata

FIELDS = ("title", "author", "date")
_FROM_METADATA = frozenset({SURE_STATED, SURE_META})
"""The sureness of a field the original page took from JSON-LD or a tag."""
_CONFIDENCE_NAME = {"title": "title", "author": "authors", "date": "published"}

_IN_TAG = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
"""A tag's inside, attribute by attribute: a ``>`` in a quoted value (a
description "20 > 15 minutes") does not end the tag."""
_META_TAG = re.compile(rf"<meta\b{_IN_TAG}>", re.I)
_META_NAMED = re.compile(r"\b(?:name|property|itemprop)\s*=", re.I)
_JSON_LD = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S
)
_LINK_ITEMPROP = re.compile(rf"<link\b{_IN_TAG}>", re.I)
_ITEMPROP = re.compile(r"\sitemprop\s*=", re.I)
_ITEMPROP_TAG = re.compile(rf"<(?!meta\b|link\b)[a-z][\w:-]*\b{_IN_TAG}>", re.I)
_ATTRIBUTE = re.compile(r"""\s+([\w:-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?""")
_INVISIBLE = ("script", "style", "noscript", "template", "head")


def strip_metadata(page: str) -> str:
    """``page`` without its metadata (see the module doc), the rest of the
    markup as written."""
    page = _JSON_LD.sub("", page)
    page = _META_TAG.sub(lambda tag: "" if _META_NAMED.search(tag.group()) else tag.group(), page)
    page = _LINK_ITEMPROP.sub(
        lambda tag: "" if _ITEMPROP.search(tag.group()) else tag.group(), page
    )
    return _ITEMPROP_TAG.sub(_without_content, page)


def _without_content(tag: re.Match[str]) -> str:
    # The content attribute of a visible itemprop element, read attribute
    # by attribute (not inside another attribute's quoted value).
    text = tag.group()
    if not _ITEMPROP.search(text):
        return text
    return _ATTRIBUTE.sub(
        lambda attribute: "" if attribute.group(1).lower() == "content" else attribute.group(),
        text,
    )


@dataclass(frozen=True, slots=True)
class Seen:
    """What a page shows: its visible text, ``<title>`` and ``<time>`` days.

    ``text`` joins the page's text as the browser's text does, ``words``
    with a space at every element's edge: a name in a link run together
    with the next block's text ("Jane Roe</a></div><div>Share") is still a
    word there."""

    text: str
    title: str
    days: frozenset[str]
    words: str = ""

    @classmethod
    def of(cls, page: str) -> Seen:
        """Read from the stripped page's markup."""
        try:
            root = lxml_html.document_fromstring(page)
        except (ValueError, TypeError, lxml_html.etree.ParserError):
            return cls("", "", frozenset())
        title = " ".join(" ".join(root.xpath("//title//text()")).split())
        days = frozenset(
            day
            for value in root.xpath("//body//time/@datetime")
            if (day := date_part(parse_date(str(value))))
        )
        for element in list(root.iter(*_INVISIBLE)):
            if element.getparent() is not None:
                element.drop_tree()
        text = " ".join(root.text_content().split())
        words = " ".join(" ".join(root.itertext()).split())
        return cls(text, title, days, words)

    def shows_author(self, names: frozenset[str]) -> bool:
        """Does any author's surname appear in the visible text?"""
        return any(
            re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", self.words or self.text, re.I)
            for name in names
            if name.split()
        )

    def shows_date(self, day: str) -> bool:
        """Is the day in a ``<time>`` or written near its year?"""
        if day in self.days:
            return True
        year = day[:4]
        for text in {self.text, self.words or self.text}:
            start = text.find(year)
            while start >= 0:
                window = text[max(0, start - 40) : start + 40]
                if any(_same_day(found, day) for found in _dates_in(window)):
                    return True
                start = text.find(year, start + 4)
        return False

    def shows_title(self, title: str) -> bool:
        """Is the title in the visible text or ``<title>``?"""
        want = " ".join(title.split()).casefold()
        return bool(want) and any(
            want in text.casefold() for text in (self.text, self.words, self.title)
        )


def _dates_in(window: str) -> Iterator[str]:
    # Every date in a short window, not only the first.
    for offset in range(0, len(window), 10):
        found = find_date(window[offset:])
        if found:
            yield found


def _same_day(found: str | None, day: str) -> bool:
    return bool(found) and date_part(found) == day


@dataclass(frozen=True, slots=True)
class Verdict:
    """One page's field: what was wanted, what the stripped copy gave."""

    name: str
    corpus: str
    field: str
    want: str
    got: str
    right: bool
    loose: bool
    traced: bool
    kind: str = ""
    """What sort of miss this is (:func:`miss_kind`); "" when right."""
    given: bool = False
    """A silver title the visible ``<title>`` states as the metadata does
    (og:title or the JSON-LD headline is the ``<title>``): both sides read
    the same string through the same title rules, so it tests none of them
    and is counted apart."""

    @property
    def half(self) -> str:
        """``tune`` or ``check``."""
        return half(self.name)


@dataclass(slots=True)
class Page:
    """One page of either corpus."""

    name: str
    corpus: str
    html: str
    url: str | None
    expected: dict[str, str] = field(default_factory=dict)


def pages(shared: Path) -> Iterator[Page]:
    """Every defuddle and scrapinghub page, file names as the split reads them."""
    for case in defuddle_cases(shared):
        expected = {
            "title": str(case.expected.get("title") or "").strip(),
            "author": str(case.expected.get("author") or "").strip(),
            "date": str(case.expected.get("published") or "").strip(),
        }
        yield Page(case.name + ".html", "defuddle", case.html, case.url, expected)
    root = shared / "corpus" / "extraction" / "scrapinghub"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        page = raw.decode("utf-8", errors="replace")
        yield Page(key + ".html.gz", "scrapinghub", page, truth[key].get("url") or None)


def _values(meta: Metadata | None) -> dict[str, str]:
    if meta is None:
        return dict.fromkeys(FIELDS, "")
    return {
        "title": " ".join(meta.title.split()),
        "author": ", ".join(meta.authors),
        "date": meta.published or "",
    }


def _right(which: str, want: str, got: str) -> bool:
    if which == "author":
        return _authors_key(got) == _authors_key(want)
    if which == "date":
        wanted = date_part(parse_date(want)) if want else None
        return wanted is not None and date_part(parse_date(got) if got else None) == wanted
    return " ".join(got.split()) == " ".join(want.split())


def _traced(which: str, want: str, seen: Seen) -> bool:
    if which == "author":
        return seen.shows_author(_authors_key(want))
    if which == "date":
        day = date_part(parse_date(want))
        return bool(day) and seen.shows_date(day or "")
    return seen.shows_title(want)


def judge(page: Page) -> list[Verdict]:
    """The verdicts for each field the page's metadata gives."""
    original = extract_file(Path(page.name), page.html, page.url)
    if original is None:
        return []
    stripped_html = strip_metadata(page.html)
    stripped = extract_file(Path(page.name), stripped_html, page.url)
    before = _values(original.metadata)
    after = _values(stripped.metadata if stripped else None)
    seen = Seen.of(stripped_html)
    given_title = not page.expected.get("title") and _title_given(page.html, seen.title)
    out: list[Verdict] = []
    for which in FIELDS:
        if original.metadata.sureness(_CONFIDENCE_NAME[which]) not in _FROM_METADATA:
            continue
        want = page.expected.get(which, before[which]) if page.expected else before[which]
        if not want:
            continue
        got = after[which]
        right = _right(which, want, got)
        loose = right or (which == "title" and bool(got) and got.casefold() in want.casefold())
        out.append(
            Verdict(
                page.name,
                page.corpus,
                which,
                want,
                got,
                right,
                loose,
                _traced(which, want, seen),
                kind="" if right else miss_kind(which, want, got, stripped_html),
                given=which == "title" and given_title,
            )
        )
    return out


_AUTHOR_HREF = re.compile(r"/(?:author|authors|byline|profile|people|staff|writers?)/", re.I)
_AUTHOR_NAMES = re.compile(r"author|byline|writer|contributor", re.I)


def miss_kind(which: str, want: str, got: str, stripped_html: str) -> str:
    """The kind of one miss, named by what the stripped page holds, never by
    its text, so the check half's misses can be counted unread.

    Author: ``empty: name in an author link`` (the want's surname is the
    text of a link to an author's page), ``empty: name in a byline-named
    element`` (a class or id naming an author or byline holds it),
    ``empty: name elsewhere`` (only in the running text or the page's
    other parts), ``empty: want is one word`` (an outlet or a handle);
    ``wrong: another name`` (no surname shared), ``wrong: some names``
    (the sets overlap: a co-author missed or one too many).
    Date: ``empty: day in a <time>`` / ``empty: day written only``;
    ``wrong: a day apart`` (a zone or midnight), ``wrong: later`` (an
    update, a newer story) / ``wrong: earlier``.
    Title: ``wrong: ours longer`` (holds the wanted one: a site's name or
    a subtitle kept), ``wrong: ours shorter`` (held in it: a part cut
    off), ``wrong: other`` with whether the wanted title is in ``<title>``
    and ours is a heading (``<h1>``-``<h3>``)."""
    if which == "author":
        return _author_kind(want, got, stripped_html)
    if which == "date":
        return _date_kind(want, got, stripped_html)
    ours, wanted = " ".join(got.split()).casefold(), " ".join(want.split()).casefold()
    if not ours:
        return "empty"
    if wanted in ours:
        return "wrong: ours longer"
    if ours in wanted:
        return "wrong: ours shorter"
    return "wrong: other, " + _title_places(wanted, ours, stripped_html)


def _title_places(wanted: str, ours: str, stripped_html: str) -> str:
    # Where each title stands: the wanted one in <title>, ours a heading.
    try:
        root = lxml_html.document_fromstring(stripped_html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return "unread"
    tag = " ".join(" ".join(root.xpath("//title//text()")).split()).casefold()
    headings = {" ".join(h.text_content().split()).casefold() for h in root.iter("h1", "h2", "h3")}
    where = "want in <title>" if wanted in tag else "want not in <title>"
    where += ", ours a heading" if ours in headings else ", ours no heading"
    if wanted in tag or ours in headings:
        return where
    # Where the wanted title stands, and whether ours is the <title>'s.
    shown = "want nowhere as an element"
    for level in ("h1", "h2", "h3", "h4"):
        if any(" ".join(h.text_content().split()).casefold() == wanted for h in root.iter(level)):
            shown = f"want an {level}"
            break
    else:
        for element in root.iter():
            if not isinstance(element.tag, str) or element.tag in ("title", "head"):
                continue
            if " ".join(element.text_content().split()).casefold() == wanted:
                names = f"{element.get('class') or ''} {element.get('id') or ''}"
                shown = f"want a <{element.tag}>" + (
                    " named title/headline" if re.search(r"title|headline", names, re.I) else ""
                )
                break
    h1s = list(root.iter("h1"))
    wanted_h1 = [h for h in h1s if " ".join(h.text_content().split()).casefold() == wanted]
    guards = ""
    if wanted_h1:
        h1 = wanted_h1[0]
        heads = {" ".join(h.text_content().split()) for h in h1s if metadata._marked_as_headline(h)}
        text = " ".join(h1.text_content().split())
        guards = (
            f"; reworded {reworded(ours, text)}"
            f", marked {heads == {text}}, others marked {len(heads - {text})}"
            f", in article/main {page_clues.in_post_part(h1)}, first h1 {h1 is h1s[0]}"
        )
    return (
        f"{where}; {shown}; h1s {min(len(h1s), 3)}; ours {'in' if ours in tag else 'not in'}"
        f" <title>{guards}"
    )


def _author_kind(want: str, got: str, stripped_html: str) -> str:
    wanted, ours = _authors_key(want), _authors_key(got)
    if got:
        surnames = {name.split()[-1].casefold() for name in wanted if name.split()}
        if any(name.split() and name.split()[-1].casefold() in surnames for name in ours):
            return "wrong: some names"
        return "wrong: another name"
    if all(len(name.split()) == 1 for name in wanted):
        return "empty: want is one word"
    try:
        root = lxml_html.document_fromstring(stripped_html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return "empty: name elsewhere"
    surnames = {name.split()[-1].casefold() for name in wanted if name.split()}
    linked = named = False
    for element in root.iter("a", "span", "div", "p", "address", "strong", "li", "h4", "h5"):
        text = " ".join(element.text_content().split()).casefold()
        if len(text) > 120 or not any(re.search(rf"\b{re.escape(s)}\b", text) for s in surnames):
            continue
        if element.tag == "a" and _AUTHOR_HREF.search(element.get("href") or ""):
            linked = True
        names = " ".join(
            f"{e.get('class') or ''} {e.get('id') or ''} {e.get('rel') or ''}"
            for e in (element, *islice(element.iterancestors(), 3))
        )
        if _AUTHOR_NAMES.search(names) or element.tag == "address":
            named = True
    if linked:
        return "empty: name in an author link" + _link_refusal(root, surnames)
    if named:
        return "empty: name in a byline-named element" + _named_refusal(root, surnames)
    return "empty: name elsewhere"


def _link_refusal(root: lxml_html.HtmlElement, surnames: set[str]) -> str:
    # Which of _author_page_link's (or the hCard's) guards passes over the
    # first link to an author's page whose text holds a wanted surname:
    # named by our own tests, never by the page's text.
    h1s = list(root.iter("h1"))
    for link in root.iter("a"):
        text = " ".join(link.text_content().split())
        href = link.get("href") or ""
        if not _AUTHOR_HREF.search(href) or not any(
            re.search(rf"\b{re.escape(s)}\b", text.casefold()) for s in surnames
        ):
            continue
        where = "rel=author, " if "author" in (link.get("rel") or "").lower().split() else ""
        if not page_clues._to_author_page(link):
            folder = _AUTHOR_HREF.search(href)
            named = folder.group().lower() if folder else "?"
            return f" ({where}folder {named} not a writer's)"
        path = href.split("?")[0].split("#")[0].rstrip("/")
        folder, _, slug = path.rpartition("/")
        if not folder.endswith(page_clues._WRITER_FOLDER_ENDS):
            after = (
                path[path.find(writer.group()) + len(writer.group()) :].split("/")
                if (writer := _AUTHOR_HREF.search(path))
                else []
            )
            parts = ", ".join(
                "digits" if p.isdigit() else "words" if "-" in p or "_" in p else "one word"
                for p in after
            )
            return f" ({where}slug not last: after the folder {parts})"
        words = page_clues._NON_WORD.sub(" ", text.casefold()).split()
        slug_words = page_clues._NON_WORD.sub(
            " ", slug.rsplit(".", 1)[0].replace("_", " ").casefold()
        ).split()
        if slug_words != words:
            return f" ({where}slug not the text: {_slug_shape(slug_words, words)})"
        if not page_clues._stands_as_byline(link, text):
            return f" ({where}not standing as a byline: {_byline_refusal(link, text)})"
        if page_clues._elsewhere(link) and not page_clues._beside_headline(link, h1s):
            return f" ({where}elsewhere: {_elsewhere_reason(link)})"
        if not author_names([text], written=True):
            return f" ({where}not read as a name)"
        return f" ({where}passes the link's guards)"
    return " (no link found)"


def _slug_shape(slug: list[str], words: list[str]) -> str:
    # How the address's last part differs from the link's text (our labels).
    if not slug:
        return "no slug"
    if words and words[0] == "by" and slug == words[1:]:
        return "the text opens with by"
    if [w for w in slug if not w.isdigit()] == words:
        return "the slug adds a number"
    if set(slug) == set(words):
        return "the same words in another order"
    if set(slug) < set(words):
        return "the slug leaves out a word"
    if set(words) < set(slug):
        return "the slug adds a word"
    if any(w in words for w in slug):
        text_extra = [w for w in words if w not in slug]
        slug_extra = [w for w in slug if w not in words]

        def sort(extra: list[str]) -> str:
            return "+".join(
                sorted(
                    {
                        "digits" if w.isdigit() else "a letter" if len(w) == 1 else "a word"
                        for w in extra
                    }
                )
            )

        return f"some words shared (text adds {sort(text_extra)}, slug adds {sort(slug_extra)})"
    return "no word shared"


def _byline_refusal(link: lxml_html.HtmlElement, name: str) -> str:
    # _stands_as_byline's guards, in its order.
    block = link.getparent()
    while block is not None and block.tag in page_clues._INLINE:
        block = block.getparent()
    if block is None:
        return "no block"
    line = " ".join(block.text_content().split())
    if len(line) > 120:
        return "line over 120"
    before, _, after = line.partition(name)
    last = before.split()[-1:] if before.split() else []
    if last and last[0].islower() and not page_clues._BYLINE_WORD.fullmatch(last[0]):
        return "a lower-case word before"
    if page_clues._CREDIT.search(before):
        return "a credit"
    if page_clues._SAYS_HEADER.match(after):
        return "a header's colon after"
    return "another writer's link beside"


def _elsewhere_reason(element: lxml_html.HtmlElement) -> str:
    # What made page_clues._elsewhere say "not the post": a tag, a nested
    # article, or which word of its own pattern a class or id matched.
    for current in (element, *element.iterancestors()):
        if current.tag in {"body", "html"}:
            break
        if current.tag in page_clues._ELSEWHERE_TAGS:
            return f"in a <{current.tag}>"
        if (
            current.tag == "article"
            and current is not element
            and page_clues._is_nested_article(current)
        ):
            return "a nested article"
        names = f"{current.get('class') or ''} {current.get('id') or ''}"
        if "elementor-widget" in names:
            # Judged as page_clues._names_elsewhere judges it: Elementor's
            # layout names left out, each block named by its kind.
            names = page_clues._builder_kinds(names)
        found = page_clues._ELSEWHERE.search(names)
        if found:
            # The shape of the token the word stands in (letters after it,
            # "-count" after it...) and what the named element holds: our
            # labels, never the page's words.
            token = next(t for t in names.split() if page_clues._ELSEWHERE.search(t)).lower()
            word = found.group().lower()
            at = token.find(word)
            tail = token[at + len(word) :]
            shape = (
                "alone"
                if token == word
                else "letters after"
                if tail[:1].isalpha()
                else "a part after"
                if tail
                else "a part before"
            )
            if word == "widget":
                # A page builder's block (Elementor names every block a
                # widget) or WordPress's sidebar text widget.
                shape += (
                    ", a page builder's block"
                    if token.startswith(("elementor", "et_pb", "fl-", "so-", "wp-block"))
                    else ", a text widget"
                    if token == "textwidget"
                    else ", another widget"
                )
            if _AUTHOR_NAMES.search(token):
                shape += ", the token names an author"
            if word == "comment":
                thread = any(
                    page_clues._ELSEWHERE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
                    for a in current.iterancestors()
                    if a.tag not in ("body", "html")
                )
                shape += f", {'in' if thread else 'not in'} a named block above"
            if word == "comment" and tail[:1].isalpha():
                shape += ", plural" if tail[:1] == "s" else ", a longer word"
            holds = "holds the h1" if next(current.iter("h1"), None) is not None else "no h1"
            page = element.getroottree().getroot()
            h1 = next(page.iter("h1"), None)
            if h1 is not None:
                order = [e for e in page.iter() if e is h1 or e is element]
                holds += ", before the h1" if order[0] is element else ", after the h1"
            size = len(" ".join(current.text_content().split()))
            holds += f", {'short' if size <= 120 else 'long'} text"
            own = "itself" if current is element else f"<{current.tag}> above"
            return f"named {word} ({shape}; {own}; {holds})"
        if current.tag == "article" and next(current.iter("h1"), None) is not None:
            break
    return "?"


def _named_refusal(root: lxml_html.HtmlElement, surnames: set[str]) -> str:
    # The smallest byline-named element holding a wanted surname: is it
    # elsewhere, or which token names it (not one _AUTHOR_TOKEN reads)?
    for element in root.iter("span", "div", "p", "address", "li", "a"):
        text = " ".join(element.text_content().split())
        if len(text) > 120 or not any(
            re.search(rf"\b{re.escape(s)}\b", text.casefold()) for s in surnames
        ):
            continue
        tokens = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        if not any(_AUTHOR_NAMES.search(t) for t in tokens) and element.tag != "address":
            continue
        if page_clues._elsewhere(element):
            return f" (elsewhere: {_elsewhere_reason(element)})"
        reads = any(page_clues._AUTHOR_TOKEN.match(t) for t in tokens)
        opens = bool(page_clues._BYLINE_OPENS.match(text))
        named = bool(author_names([text], written=True))
        size = len(text) // 40 * 40
        return f" (token read {reads}, opens By {opens}, a name {named}, {size}+ chars)"
    return " (an ancestor named)"


def _date_kind(want: str, got: str, stripped_html: str) -> str:
    day = date_part(parse_date(want)) or ""
    if not got:
        if day and day in Seen.of(stripped_html).days:
            return "empty: day in a <time>" + _time_refusal(day, stripped_html)
        return "empty: day written only"
    ours = date_part(parse_date(got)) or ""
    try:
        apart = (date.fromisoformat(ours) - date.fromisoformat(day)).days
    except ValueError:
        return "wrong: unreadable"
    if abs(apart) == 1:
        return "wrong: a day apart"
    return "wrong: later" if apart > 0 else "wrong: earlier"


def _time_refusal(day: str, stripped_html: str) -> str:
    # Which of page_date's guards passes over the first <time> whose
    # datetime is the wanted day (counts only: our tests' names).
    root = lxml_html.document_fromstring(stripped_html)
    h1s = list(root.iter("h1"))
    times = [t for t in root.iter("time") if next(t.iterancestors("body"), None) is not None]
    for index, element in enumerate(times):
        if date_part(parse_date(element.get("datetime") or "")) != day:
            continue
        where = f"time {min(index, 3)}{'+' if index >= 3 else ''} of {min(len(times), 4)}"
        if page_clues._elsewhere(element) and not page_clues._beside_headline(element, h1s):
            return f" ({where}, elsewhere: {_elsewhere_reason(element)})"
        if page_clues._in_site_header(element, h1s):
            return f" ({where}, site header)"
        if page_clues._says_updated(element):
            return f" ({where}, says updated)"
        found = page_clues.page_date(root, h1s)
        return f" ({where}, passes; page_date {'finds a date' if found else 'none'})"
    return " (none read)"


_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _title_given(page: str, title: str) -> bool:
    """Is the title the page states (og:title, else the JSON-LD headline,
    as the metadata reads them first) its ``<title>`` as written?"""
    try:
        root = lxml_html.document_fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return False
    stated = [
        str(v) for v in root.xpath("//meta[@property='og:title' or @name='og:title']/@content")
    ]
    if not stated:
        for script in _JSON_LD.finditer(page):
            found = _HEADLINE.search(script.group())
            if found:
                try:
                    stated = [json.loads(f'"{found.group(1)}"')]
                except ValueError:
                    stated = [found.group(1)]
                break
    return bool(stated) and bool(title) and " ".join(stated[0].split()) == title


def evaluate(shared: Path, only: str | None = None) -> list[Verdict]:
    """Every verdict over both corpora (only the half ``only`` when given)."""
    return [
        verdict
        for page in pages(shared)
        if only in (None, half(page.name))
        for verdict in judge(page)
    ]


def figures(shared: Path, only: str) -> dict[str, float]:
    """The ratchet's figures of one half, both corpora together: per field,
    the share right of the fields the page shows (``visible title``) and the
    count wrong (``visible title wrong``: a wrong byline is worse than none,
    so a rule that turns empty fields into wrong ones shows here even when
    the share right holds)."""
    verdicts = [v for v in evaluate(shared, only) if v.traced and not v.given]
    out: dict[str, float] = {}
    for which in FIELDS:
        mine = [v for v in verdicts if v.field == which]
        right = sum(v.right for v in mine)
        out[f"visible {which}"] = right / len(mine) if mine else 0.0
        out[f"visible {which} wrong"] = sum(bool(v.got) and not v.right for v in mine)
    return out


def _row(verdicts: list[Verdict]) -> str:
    traced = [v for v in verdicts if v.traced and not v.given]
    given = [v for v in verdicts if v.traced and v.given]
    right = sum(v.right for v in traced)
    empty = sum(not v.got for v in traced)
    wrong = len(traced) - right - empty
    loose = sum(v.loose for v in traced)
    apart = [v for v in verdicts if not v.traced]
    share = right / len(traced) if traced else 0.0
    return (
        f"{len(traced):>6}{right:>7}{wrong:>7}{empty:>7}{share:>8.3f}{loose:>7}"
        f"{len(apart):>9}{sum(v.right for v in apart):>7}"
        f"{len(given):>7}{sum(v.right for v in given):>7}"
    )


def report(shared: Path, *, misses: bool = False) -> str:
    """The table per corpus, field and half (and with ``misses`` the tune
    half's misses)."""
    verdicts = evaluate(shared)
    lines = [
        "Metadata from the visible page (metadata removed; silver: defuddle's expected"
        " values, else the original page's metadata)",
        f"  {'half':<6}{'corpus':<12}{'field':<7}{'pages':>6}{'right':>7}{'wrong':>7}"
        f"{'empty':>7}{'share':>8}{'loose':>7}{'no trace':>9}{'right':>7}"
        f"{'given':>7}{'right':>7}",
    ]
    for which in HALVES:
        for corpus in ("defuddle", "scrapinghub"):
            for name in FIELDS:
                mine = [
                    v
                    for v in verdicts
                    if v.half == which and v.corpus == corpus and v.field == name
                ]
                lines.append(f"  {which:<6}{corpus:<12}{name:<7}{_row(mine)}")
    lines.append(
        "  (pages: fields the metadata gave and the page shows; share = right/pages; loose:"
        " title contained in the metadata's; no trace: fields the visible page does not show,"
        " with how many came out right anyway; given: silver titles whose <title> is the"
        " stated og:title or headline, read the same way on both sides, counted apart)"
    )
    if misses:
        lines = without_check_rows(lines)
        lines.append("")
        lines.append("visible-page misses (tune half; fields the page shows):")
        missed = [
            v for v in verdicts if v.half == TUNE and v.traced and not v.given and not v.right
        ]
        for verdict in sorted(missed, key=lambda v: (v.field, v.name)):
            lines.append(
                f"  {verdict.field:<6} {verdict.name[:50]:<50} got {verdict.got!r}"
                f" want {verdict.want!r}"
            )
    return "\n".join(lines)


def kinds_report(shared: Path) -> str:
    """How many misses of each kind (:func:`miss_kind`) per half, corpus
    and field: counts only, so the check half's are weighed unread."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for verdict in evaluate(shared):
        if verdict.traced and not verdict.given and not verdict.right:
            counts[(verdict.half, verdict.corpus, verdict.field, verdict.kind)] += 1
    lines = ["Visible-page misses by kind (fields the page shows; counts only)"]
    for key in sorted(counts, key=lambda k: (HALVES.index(k[0]), k[1], k[2], k[3])):
        which, corpus, name, kind = key
        lines.append(f"  {which:<6}{corpus:<12}{name:<7}{kind:<56}{counts[key]:>4}")
    return "\n".join(lines)


def run(shared: Path) -> str:
    """The table ``make eval`` prints."""
    return report(shared)


def main(argv: list[str] | None = None) -> int:
    """``python -m evaluation.visible [--misses | --kinds] [--shared PATH]``."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.visible")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--misses", action="store_true", help="list the tune half's misses")
    parser.add_argument(
        "--kinds", action="store_true", help="count the misses of each kind (both halves)"
    )
    args = parser.parse_args(argv)
    if args.kinds:
        print(kinds_report(args.shared))
        return 0
    print(report(args.shared, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
