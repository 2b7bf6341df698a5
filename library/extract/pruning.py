"""Removing chrome from inside the chosen article body: share bars, tag
lists, author boxes, newsletter boxes, related-post lists, comment threads
and link lists that sit between or after the paragraphs.

An element goes when its names or role say chrome, or when it is mostly
links, and in either case only if it holds little of the body's prose: a
wrapper that happens to be called ``post-share-enabled`` but holds the whole
article stays.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.cleaning import drop_element
from quotemark.library.extract.content import Page, Stats
from quotemark.library.extract.hints import guarded, is_chrome_class, names
from quotemark.library.extract.related import cites_other_sites, links_to_site_pages

_NOTES = re.compile(
    r"foot-?notes?|end-?notes?|references|reflist|citations|sidenotes?|fn-?list", re.I
)
_notes_name = guarded(_NOTES, "not", "ref", "fn", "tat")

_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
LINK_LISTS = frozenset(
    {"ul", "ol", "dl", "div", "section", "table", "aside", "header", "footer", "p", "form"}
)
_LISTS = frozenset({"ul", "ol"})
INLINE_CHROME = frozenset({"span", "a", "small", "ins", "label"})
INLINE_CHROME_LENGTH = 400
WRAPPER_SHARE = 0.5
"""A chrome-named element holding more than this share of the core's text
stays, unless it lies inside the core, holds less prose than the core
outside chrome and is links for more than ``RELATED_LINKS`` of its text
(the core is the best-scoring container; its ancestors always stay)."""
RELATED_LINKS = 0.25
"""The share of its text in links above which a chrome-named element inside
the core that links to other pages of the same site is a Related section
(titles of the site's other articles), pruned when it holds less prose than
the core outside chrome; a block with fewer links (a recipe's ingredients in
a column named ``recipe-sidebar``) or linking to other sites (a reading list
of DOIs) is the page's own."""


def prune(page: Page, page_url: str | None = None) -> None:
    """Remove chrome inside ``page.content`` in place (see the module doc);
    ``page_url`` is the address the page was saved from."""
    total = sum(page.stats[root].prose for root in page.content if root in page.stats)
    core = page.core
    wrappers: set[int] = set()
    ancestor: Stats | None = core
    while ancestor is not None:
        wrappers.add(id(ancestor))
        ancestor = ancestor.parent
    doomed: list[etree._Element] = []
    of = page.stats.get  # (page.of, without a method call per element)
    for root in page.content:
        for element in root.iter(etree.Element):
            if element is root:
                continue
            st = of(element)
            if st is None:
                # (The tag first, as _is_inline_chrome asks it: most inline
                # elements are no <span>, <a>, ... (an <em>, an <img>, a
                # <br>), and asking for the attributes builds an object.)
                if element.tag in INLINE_CHROME and element.attrib and _is_inline_chrome(element):
                    doomed.append(element)
                continue
            if id(st) in wrappers:
                continue
            if _is_chrome(st, total, core, page_url):
                doomed.append(element)
    for element in doomed:
        drop_element(element)


def _is_inline_chrome(element: etree._Element) -> bool:
    # A "read more" teaser or share link set inline (<span>, <a>) in the text.
    if element.tag not in INLINE_CHROME or not is_chrome_class(
        element.get(b"class"), element.get(b"id")
    ):
        return False
    if _notes_name(names(element)):
        return False
    return len("".join(str(text) for text in element.itertext())) < INLINE_CHROME_LENGTH


def _is_chrome(st: Stats, total: int, core: Stats, page_url: str | None) -> bool:
    element = st.element
    tag = element.tag
    if st.chrome:
        if _notes_name(names(element)):
            return False
        # Chrome-named but holding most of the article: a misnamed wrapper,
        # unless it lies inside the core and the core's own prose is mostly
        # outside it (a "Related" section of linked titles and snippets
        # between two sections of a short article holds more text than
        # either). (A reply of a thread read whole lies in another part.)
        # Its titles are links to the site's other pages: a block of short
        # plain lines is not one, nor a reading list of works elsewhere.
        if tag == "nav" or st.text <= WRAPPER_SHARE * core.text:
            return True
        return (
            st.link_density > RELATED_LINKS
            and st.prose < core.prose
            and st.is_within(core)
            and links_to_site_pages(element, page_url)
        )
    if tag in LINK_LISTS and st.link and st.link_density > 0.6:
        plain = st.text - st.link
        limit = 60 if tag == "p" else 150
        if tag == "p" and _shows_addresses(element):
            return False  # "And a link: https://…": the writer's own words
        if plain >= limit or st.prose >= 0.1 * total:
            return False
        # A list of titled works on other sites under the text: the writer's
        # reading list or show notes' links, not the site's related pages.
        return not (tag in _LISTS and cites_other_sites(element, page_url))
    return False


def _shows_addresses(paragraph: etree._Element) -> bool:
    # A paragraph whose links show their own addresses was written by
    # someone pasting a link; a teaser or "read more" line shows headlines.
    links = [" ".join("".join(str(t) for t in a.itertext()).split()) for a in paragraph.iter("a")]
    return bool(links) and all(_ADDRESS.match(text) for text in links)
