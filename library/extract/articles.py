"""Several articles on one page: the one the page is about.

News sites load the next story under the one saved ("infinite scroll"), and
some templates set two or three whole stories in one column. The stories
are built alike, so the scoring takes them together, or takes whichever is
longest as the core and the others as more parts of it. When the chosen
parts (or the children of a single chosen part) are two or more separate
articles, each an ``<article>`` element or a block opening with its own
``<h1>`` and holding a ``<time>`` (its dateline), each with prose of its
own, and the headline of exactly one of them is the page's title, that one
is the body. So is a story's ``<article>`` headed by the title beside a
thread of replies outside it (three or more blocks built alike holding the
thread's prose), whatever the thread's names: the replies are not more of
the story. (A question and its answers are another shape: the question is
seldom an ``<article>`` of its own holding the page's headline.)

When the chosen text sits in an ``<article>`` not headed by the title and
the page has exactly one ``<article>`` that is, with prose of its own and
outside the chosen parts, that one is the body: a longer story in the next
column won the scoring.

Sections of one document stay together, even when each opens with an
``<h1>`` and the first is the title: a section has no dateline of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.boilerplate import key

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_ARTICLE = 100
"""Characters of prose a part needs to count as an article of its own."""
MIN_POST = 25
"""Characters of prose a short post needs beside another short post (a
status, a notice: shorter than :data:`MIN_ARTICLE`)."""
SHORT_POST = 200
"""Characters of prose below which a chosen post is short: a later one
chosen among short posts for being longer gives way to the first."""
_LEAD_TEXT = 200
"""Characters a block may hold before its headline (a kicker, a date)."""
_HEADLINES = ("h1", "h2", "h3")
MIN_REPLIES = 3
"""Blocks built alike that make a thread of replies."""


def title_article(
    parts: list[etree._Element], stats: dict[etree._Element, Stats], title: str
) -> list[etree._Element] | None:
    """The parts to keep when ``parts`` hold several articles and one of
    them is headed by ``title``; ``None`` when the parts stay as they are
    (see the module doc)."""
    title_key = key(title) if title else ""
    if not title_key:
        return None
    if len(parts) >= 2:
        choice = _the_titled(parts, stats, title_key)
        if choice is not None:
            keep, others = choice
            return [part for part in parts if part not in others]
        return None
    single = stats.get(parts[0]) if parts else None
    if single is None or len(single.children) < 2:
        return None
    children = [child.element for child in single.children if child.prose >= MIN_ARTICLE]
    choice = _the_titled(children, stats, title_key)
    if choice is None:
        return None
    keep, others = choice
    kept = stats[keep]
    # The articles must be what the part holds, not two boxes in a story.
    if kept.prose + sum(stats[other].prose for other in others) < 0.8 * single.prose:
        return None
    return [keep]


def titled_elsewhere(
    parts: list[etree._Element],
    core: Stats,
    stats: dict[etree._Element, Stats],
    body: etree._Element,
    title: str,
) -> etree._Element | None:
    """The ``<article>`` headed by ``title`` when the chosen ``core`` sits
    in another ``<article>`` (a longer story in the next column won):
    the one such article on the page, with prose of its own, outside the
    chosen parts; ``None`` otherwise."""
    title_key = key(title) if title else ""
    if not title_key:
        return None
    host: Stats | None = core
    while host is not None and host.element.tag != "article":
        host = host.parent
    if host is None or _headline_is_title(host.element, title_key):
        return None
    found = None
    for element in body.iter("article"):
        if element is host.element or not _headline_is_title(element, title_key):
            continue
        if found is not None:
            return None  # two stories under the title: no telling
        found = element
    if found is None:
        return None
    st = stats.get(found)
    if st is None or st.chrome or st.in_chrome:
        return None
    if st.prose < MIN_ARTICLE and (st.prose < MIN_POST or 2 * st.prose < host.prose):
        # (A short post under the title beside another short post, which
        # the scoring took for being longer, is the post; a headline's card
        # beside a whole story is not.)
        return None
    for part in parts:
        if part is found or _contains(part, found) or _contains(found, part):
            return None
    return found


def first_post(core: Stats, stats: dict[etree._Element, Stats]) -> etree._Element | None:
    """The first of two or more short posts built alike (``<article>``
    siblings of one tag and class) when the scoring chose a later one for
    being longer and the title heads none of them (see
    :func:`titled_elsewhere`): the post at the top is the one saved, not
    the longest; ``None`` otherwise."""
    host: Stats | None = core
    while host is not None and host.element.tag != "article":
        host = host.parent
    if host is None or host.prose >= SHORT_POST:
        return None
    parent = host.element.getparent()
    if parent is None:
        return None
    name = host.element.get("class") or ""
    for sibling in parent.iterchildren("article"):
        if sibling is host.element:
            return None
        if (sibling.get("class") or "") != name:
            continue
        st = stats.get(sibling)
        if st is not None and not st.chrome and not st.in_chrome and st.prose >= MIN_POST:
            return sibling
    return None


def _headline_is_title(element: etree._Element, title_key: str) -> bool:
    headline = _headline(element)
    return headline is not None and _is_title(headline, title_key)


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return any(ancestor is outer for ancestor in inner.iterancestors())


def _the_titled(
    blocks: list[etree._Element], stats: dict[etree._Element, Stats], title_key: str
) -> tuple[etree._Element, set[etree._Element]] | None:
    """The one article among ``blocks`` headed by the title, and the other
    articles there."""
    # (Most pages have one block with that much prose: the headlines are
    # looked for only when two or more have.)
    prosaic = []
    for block in blocks:
        st = stats.get(block)
        if st is not None and not st.chrome and st.prose >= MIN_ARTICLE:
            prosaic.append(block)
    if len(prosaic) < 2:
        return None
    articles: list[tuple[etree._Element, bool]] = []
    rest: list[etree._Element] = []
    for block in prosaic:
        headline = _headline(block)
        if headline is not None:
            articles.append((block, _is_title(headline, title_key)))
        else:
            rest.append(block)
    titled = [block for block, is_title in articles if is_title]
    if len(titled) != 1:
        return None
    keep = titled[0]
    others = {block for block, _is_title in articles if block is not keep}
    if keep.tag == "article" and rest and all(is_replies(stats[block]) for block in rest):
        # The story's <article> and, outside it, a thread of replies
        # whose names do not say "comments".
        return keep, others | set(rest)
    if not others:
        return None
    return keep, others


def is_replies(st: Stats) -> bool:
    """Whether ``st`` is a thread: most of its prose in three or more
    blocks built alike (same tag and class)."""
    groups: dict[tuple[str, str], int] = {}
    counts: dict[tuple[str, str], int] = {}
    for child in st.children:
        kind = (str(child.element.tag), child.element.get("class") or "")
        groups[kind] = groups.get(kind, 0) + child.prose
        counts[kind] = counts.get(kind, 0) + 1
    return any(
        counts[kind] >= MIN_REPLIES and prose >= 0.8 * st.prose for kind, prose in groups.items()
    )


def _headline(block: etree._Element) -> etree._Element | None:
    """The heading that opens ``block`` as an article, with little text
    before it: any of h1–h3 in an ``<article>``; elsewhere an ``<h1>``, in
    a block with a ``<time>`` of its own (a story's dateline; a section of
    a document has none)."""
    if block.tag == "article":
        heading = next(block.iter(*_HEADLINES), None)
    else:
        heading = next(block.iter("h1"), None)
        if heading is not None and next(block.iter("time"), None) is None:
            return None
    if heading is None:
        return None
    above = set(heading.iterancestors())
    before = 0
    for element in block.iter(etree.Element):
        if element is heading:
            return heading
        if element.text:
            before += len(element.text.strip())
        if element.tail and element not in above:
            before += len(element.tail.strip())
        if before > _LEAD_TEXT:
            return None
    return None


def heading_is_title(heading: etree._Element, title_key: str) -> bool:
    """Whether ``heading`` is the page's title (``title_key``: the title
    through :func:`~quotemark.library.extract.boilerplate.key`), the site's
    name or a kicker aside."""
    return _is_title(heading, title_key)


def _is_title(heading: etree._Element, title_key: str) -> bool:
    text = key("".join(str(part) for part in heading.itertext()))
    if not text:
        return False
    if text == title_key:
        return True
    # "<title>" may keep the site's name, or the headline a kicker.
    shorter, longer = sorted((text, title_key), key=len)
    return len(shorter) >= 12 and shorter in longer
