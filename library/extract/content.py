"""Finding the article body in a cleaned page.

One pass over the page measures, for every block-level element, the text it
owns, how much of it is link text, and its commas. Paragraph-like blocks with
enough plain text score for the containers above them (fully for the
parent, less for each level further up), so the container where running
prose is densest wins. A container's score is discounted by its link density
(menus, teaser lists and tag clouds are mostly links) and weighed by what its
class and id say (``entry-content`` versus ``related-posts``); a comment
thread or sidebar can win inside itself but never lifts the page around it.
The other parts of a split article then join the winner (:func:`_parts`: a
lead paragraph or photo beside the body ``div``, chunks between ad slots),
and so do footnote and reference sections placed after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from quotemark.library.extract.articles import (
    MIN_REPLIES,
    first_post,
    heading_is_title,
    is_replies,
    title_article,
    titled_elsewhere,
)
from quotemark.library.extract.boilerplate import key
from quotemark.library.extract.cleaning import drop_element
from quotemark.library.extract.columns import enclosing_main, main_core, title_column
from quotemark.library.extract.comment_threads import comment_thread, prose_classes
from quotemark.library.extract.consent import consent_notice, notice_key
from quotemark.library.extract.headline import beside_headline, headline_block
from quotemark.library.extract.hints import (
    chrome_kinds,
    guarded,
    is_chrome_role,
    is_content_name,
    name_kinds,
    names,
)
from quotemark.library.extract.replies import page_thread, whole_thread
from quotemark.library.extract.tags import BLOCKS, CONTAINERS, HEADINGS
from quotemark.library.extract.teasers import mark_teaser_lists

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_SPAN = re.compile("[\u3040-\ufaff]")
"""Every character _CJK finds lies in this one range, which the engine
tests faster than _CJK's five: most texts hold none."""
_COMMAS = re.compile("[\u060c\u3001\uff0c]")  # Arabic, ideographic, full-width
"""The commas of other scripts (Arabic, ideographic, full-width); _own counts
them with str.count, and the tests hold the counts to this pattern."""

_SECTION_HEADINGS = HEADINGS - {"h1"}
_NOTES = re.compile(r"foot-?notes|end-?notes|references|reflist|fn-?list", re.IGNORECASE)
_notes_name = guarded(_NOTES, "not", "ref", "fn")

MIN_PARAGRAPH = 25
"""Plain-text characters a block needs to count as prose when scoring."""

NOTES_MARGIN = 0.25
"""How much of a footnote section's score the best other container needs
to be taken as the body instead of the notes."""
TEASERS_WEIGHT = 0.3
"""A list of teasers against an article's container (teasers.py)."""
CHROME_TAGS = frozenset({"aside", "footer", "header", "nav", "form"})
NEVER_CHROME = frozenset({"html", "body", "main"})
"""Whatever their class says ("navigation-border-thin" on a <body>)."""
# A block's chrome state by its tag alone (None: its attributes say, when
# asked): one look-up for each block in measure, where the two sets above
# were two for most (a div, a p).
_CHROME_BY_TAG: dict[str, bool] = {
    **dict.fromkeys(CHROME_TAGS, True),
    **dict.fromkeys(NEVER_CHROME, False),
}


class Stats:
    """What one pass measured about an element (block-level elements own
    their inline descendants' text)."""

    __slots__ = (
        "_chrome",
        "_in_chrome",
        "children",
        "commas",
        "element",
        "in_link",
        "link",
        "own",
        "own_link",
        "parent",
        "prose",
        "score",
        "teasers",
        "text",
    )

    def __init__(
        self,
        element: etree._Element,
        parent: Stats | None,
        in_link: bool = False,
        chrome: bool | None = False,
    ) -> None:
        self.element = element
        self.parent = parent  # the nearest block above
        self.in_link = in_link
        # Whether it is chrome, and whether a block above it is: None until
        # asked (see the properties). (Given to the constructor by measure:
        # set after it, each was a second store for every block of a page.)
        self._chrome = chrome
        self._in_chrome: bool | None = False if parent is None else None
        self.own = 0  # text owned directly (with inline descendants)
        self.own_link = 0
        self.commas = 0
        self.text = 0  # text of the whole subtree
        self.link = 0
        self.prose = 0  # text of good paragraphs below, outside chrome
        self.score = 0.0
        self.teasers = False  # holds a list of teasers (teasers.py)
        self.children: list[Stats] = []

    @property
    def chrome(self) -> bool:
        """Whether the element is page chrome: by its tag, else by what its
        class, id and role say (:func:`_chrome_attributes`).

        Judged when first asked, not by :func:`measure`: most blocks of a
        page (the empty wrappers, the menus' items, the footer's parts) are
        never asked about, and judging every one read its attributes and
        their meanings for nothing. The element's tag and attributes do not
        change once a page is measured.
        """
        chrome = self._chrome
        if chrome is None:
            element = self.element
            keys = element.keys()
            chrome = self._chrome = bool(keys) and _chrome_attributes(element, keys)
        return chrome

    @property
    def in_chrome(self) -> bool:
        """Whether a block above this one is chrome (a comment thread's
        paragraphs, a sidebar's list): asked of the blocks above only when
        first asked of this one (see :attr:`chrome`)."""
        value = self._in_chrome
        if value is not None:
            return value
        # (A loop, not a recursion: pages nest deeper than Python's stack.)
        unknown: list[Stats] = []
        current: Stats | None = self
        while current is not None and current._in_chrome is None:
            unknown.append(current)
            current = current.parent
        # (The top block's is known: it has no block above it.)
        known = current is not None and bool(current._in_chrome)
        for st in reversed(unknown):
            parent = st.parent
            known = known or (parent is not None and parent.chrome)
            st._in_chrome = known
        return known

    @property
    def link_density(self) -> float:
        """Share of this element's text that is link text."""
        return self.link / self.text if self.text else 0.0

    def is_within(self, outer: Stats) -> bool:
        """Whether this block is ``outer`` or one of the blocks below it."""
        current: Stats | None = self
        while current is not None:
            if current is outer:
                return True
            current = current.parent
        return False


@dataclass(slots=True)
class Page:
    """The measured page: stats per element and the chosen body."""

    stats: dict[etree._Element, Stats]
    order: list[Stats]
    body: Stats
    core: Stats  # the best-scoring container, before widening
    content: list[etree._Element]
    titled: bool = False  # one of several articles, chosen by the title
    notices: tuple[tuple[int, str], ...] = ()  # consent notices dropped (consent.notice_key)

    def of(self, element: etree._Element) -> Stats | None:
        """The stats of ``element`` (``None`` for an element added later)."""
        return self.stats.get(element)


def measure(body: etree._Element) -> tuple[dict[etree._Element, Stats], list[Stats]]:
    """Measure every block element under ``body`` (see the module doc).

    Only block elements get :class:`Stats`; an inline element's text goes
    to the nearest block around it, and a block's ``parent`` is the nearest
    block above it.
    """
    stats: dict[etree._Element, Stats] = {}
    # Inline element -> (the block that owns its text, inside a link?)
    inline: dict[etree._Element, tuple[Stats, bool]] = {}
    order: list[Stats] = []
    blocks = BLOCKS
    chrome_by_tag = _CHROME_BY_TAG
    root = Stats(body, None)
    stats[body] = root
    order.append(root)
    if body.text:
        _own(root, body.text, False)
    for element in body.iterdescendants(etree.Element):
        parent_element = element.getparent()
        owner = stats.get(parent_element)  # type: ignore[arg-type]
        if owner is not None:
            parent_link = owner.in_link
        else:
            owner, parent_link = inline[parent_element]  # type: ignore[index]
        tag = element.tag
        in_link = parent_link or tag == "a"
        if tag in blocks:
            # Chrome by its tag; else its attributes say, read when asked.
            st = Stats(element, owner, in_link, chrome_by_tag.get(tag))
            owner.children.append(st)
            stats[element] = st
            order.append(st)
            text = element.text
            # (Most texts between tags are line breaks and indentation:
            # tested here, not in a call.)
            if text and not text.isspace():
                _own(st, text, in_link)
        else:
            # Only a parent is looked up: an inline element without children
            # (most links, images, spans of a few words) is not stored.
            if len(element):
                inline[element] = (owner, in_link)
            text = element.text
            if text and not text.isspace():
                _own(owner, text, in_link)
        tail = element.tail
        if tail and not tail.isspace():
            # The tail belongs to the parent's block, outside this element.
            _own(owner, tail, parent_link)
    for st in reversed(order):
        # (A quarter of a page's blocks hold no text at all, and a third
        # are wrappers owning none: each sum below would add nought. A block
        # without text has no link text or prose either: both are parts of
        # its text.)
        own = st.own
        if own:
            own_link = st.own_link
            st.text += own
            st.link += own_link
            plain = own - own_link
            if plain >= MIN_PARAGRAPH and st.element.tag not in HEADINGS:
                st.prose += plain
        whole = st.text
        if not whole:
            continue
        parent = st.parent
        if parent is not None:
            parent.text += whole
            parent.link += st.link
            # (Prose first: a block without any is not asked whether it is
            # chrome, which it would add nothing to.)
            prose = st.prose
            if prose and not st.chrome:
                parent.prose += prose
    return stats, order


def release(order: list[Stats]) -> None:
    """Break the parent/children reference cycles of a measured page once
    its stats are no longer needed.

    Without this, every page's stats (and, through them, its whole lxml
    tree) stay in memory until the cyclic garbage collector runs, and each
    run walks them: about a tenth of the time of ``quotemark extract``.
    """
    for st in order:
        st.children = []


_NAME_KINDS: dict[str, int] = {}
_NAME_KINDS_LIMIT = 50_000
"""As landmarks._NAME_FLAGS_LIMIT: a long import's class and id strings are
remembered, not emptied every 10,000 (stop 42)."""
_NAME_KINDS_CHARS = 2_000_000
"""As landmarks._NAME_FLAGS_CHARS: a bound on the characters held as well."""
_name_kinds_held = 0


def _name_kinds(value: str) -> int:
    # A page repeats its few hundred class names on thousands of elements,
    # and a site repeats them from page to page: each string is judged once
    # (bounded across a long import). Cached by string, not by class and id
    # together: an id is mostly unique, and paired with it a class was
    # judged again for each element that has one.
    kinds = _NAME_KINDS.get(value)
    if kinds is None:
        kinds = name_kinds(value)
        global _name_kinds_held
        if len(_NAME_KINDS) >= _NAME_KINDS_LIMIT or _name_kinds_held >= _NAME_KINDS_CHARS:
            _NAME_KINDS.clear()
            _name_kinds_held = 0
        _NAME_KINDS[value] = kinds
        _name_kinds_held += len(value)
    return kinds


def _chrome_attributes(element: etree._Element, keys: Sequence[str | bytes]) -> bool:
    # (`keys`: the names of the element's attributes, not empty.)
    # is_chrome_class(class, id), from what each name says. (Names as
    # bytes: see hints.names.)
    kinds = 0
    if "class" in keys:
        value = element.get(b"class")
        if value:
            kinds = _name_kinds(value)
    if "id" in keys:
        value = element.get(b"id")
        if value:
            kinds |= _name_kinds(value)
    return chrome_kinds(kinds) or ("role" in keys and is_chrome_role(element))


def weighted_length(text: str) -> int:
    """``len(text)``, except that a Chinese, Japanese or Korean character
    counts as three: it carries about as much as a short word."""
    if text.isascii() or _CJK_SPAN.search(text) is None:
        return len(text)
    return len(text) + 2 * len(_CJK.findall(text))


def _own(owner: Stats, text: str, in_link: bool) -> None:
    # (Stripped once: most paragraphs hold a character beyond ASCII, a
    # curly quote or a dash, and were stripped again for the weighing.)
    stripped = text.strip()
    length = len(stripped)
    if not length:
        return
    if not text.isascii():
        length = weighted_length(stripped)
    owner.own += length
    if in_link:
        owner.own_link += length
    if "," in text:
        owner.commas += text.count(",")
    elif not text.isascii():
        # Three counts of one character each (a fast search, and none at all
        # for a string of Latin-1 only) instead of the class test at every
        # character: a match of _COMMAS is one of the three.
        owner.commas += text.count("\u060c") + text.count("\u3001") + text.count("\uff0c")


def score(order: list[Stats], *, listings: bool = True) -> None:
    """Credit each prose block's score to the containers above it
    (``listings``: whether the page has any ``<pre>`` to leave out)."""
    for st in order:
        own = st.own
        if own < MIN_PARAGRAPH:
            # (Four blocks in five: their plain text, a part of this, is
            # shorter still.)
            continue
        plain = own - st.own_link
        # A code listing is not prose: its commas and length would make the
        # table cell holding it outscore the article around it.
        if (
            plain < MIN_PARAGRAPH
            or st.element.tag in HEADINGS
            or (listings and _in_listing(st.element))
        ):
            continue
        points = 1.0 + st.commas + min(plain / 100.0, 3.0)
        if st.element.tag in CONTAINERS:
            st.score += points
        if st.chrome:
            continue
        ancestor = st.parent
        level = 1
        while ancestor is not None and level <= 4:
            ancestor.score += points / (1 if level == 1 else level)
            if ancestor.chrome or ancestor.teasers:
                # A comment's prose makes its thread a candidate, but must
                # not make the page around the thread win; nor may the
                # summaries of other stories.
                break
            ancestor = ancestor.parent
            level += 1


def _in_listing(element: etree._Element) -> bool:
    # Blocks inside a <pre> (a wrapper <div> per line) are code too.
    return element.tag == "pre" or next(element.iterancestors("pre"), None) is not None


def _weight(st: Stats) -> float:
    element = st.element
    if element.get(b"itemprop") == "articleBody":
        return 2.0
    weight = 1.0
    cls = names(element)
    if st.in_chrome:
        # Inside a comment thread, a sidebar or a related-posts box.
        weight *= 0.15
    if st.chrome:
        weight *= 0.15
    elif cls and is_content_name(cls):
        weight *= 1.25
    if element.tag == "article":
        weight *= 1.15
    if st.teasers:
        weight *= TEASERS_WEIGHT
    return weight


def final_score(st: Stats) -> float:
    """A candidate's score, discounted by link density and weighed by its
    names (see the module doc)."""
    return st.score * (1.0 - st.link_density) * _weight(st)


def choose(
    body: etree._Element,
    *,
    listings: bool = True,
    title: str = "",
    buttons: Sequence[tuple[etree._Element, etree._Element]] = (),
    h1s: Sequence[etree._Element] = (),
) -> Page:
    """Measure ``body`` and choose the elements that hold the article
    (``listings``: whether the page has code listings, see :func:`score`;
    ``title``: the page's title, which picks one of several articles;
    ``buttons``: the page's buttons with their parents, which tell a
    consent notice, see :mod:`~quotemark.library.extract.consent`;
    ``h1s``: the page's ``<h1>`` elements, see
    :mod:`~quotemark.library.extract.headline`)."""
    stats, order = measure(body)
    mark_teaser_lists(order)
    score(order, listings=listings)
    body_stats = stats[body]
    candidates = [st for st in order if st.score > 0 and st.element.tag in CONTAINERS]
    if not candidates:
        return Page(stats, order, body_stats, body_stats, [body])
    core = max(candidates, key=final_score)
    notice = consent_notice(core, buttons, title)
    if notice is not None and any(
        st.prose >= MIN_PARAGRAPH and not st.is_within(notice) and not notice.is_within(st)
        for st in candidates
    ):
        # A cookie banner beside a short story (or a status: a sentence of
        # prose): it goes, and the page is measured again without it (rare:
        # the scores above include it). A consent wall saved alone stays.
        release(order)
        found = notice_key(notice.element)
        drop_element(notice.element)
        page = choose(body, listings=listings, title=title, buttons=buttons, h1s=h1s)
        page.notices = (found, *page.notices)
        return page
    if _notes_name(names(core.element)):
        # Footnotes are the article's appendix: long notes with commas can
        # outscore a short article, which is still the body; the notes
        # join it after (_notes_after).
        article = [st for st in candidates if not _within_notes(st)]
        if article:
            best = max(article, key=final_score)
            if final_score(best) >= final_score(core) * NOTES_MARGIN:
                core = best
    landmark = main_core(core, candidates, final_score)
    if landmark is not None:
        core = landmark
    parts = _parts(core, body_stats)
    # The layout column the title heads, or the page's thread of replies
    # (inside the <main> that was asked, if it was).
    laid_out = title_column(parts, stats, title) or whole_thread(core, body_stats)
    alone = False
    if not laid_out:
        laid_out = page_thread(
            parts, order, stats, within=enclosing_main(landmark), buttons=buttons
        )
        # (A post without its thread is a list of people beside it: not
        # read whole-page again, which would add the list.)
        alone = laid_out is not None and len(laid_out) == 1
    if laid_out:
        parts = laid_out
    titled = title_article(parts, stats, title)
    if titled is not None:
        parts = titled
    elif (elsewhere := titled_elsewhere(parts, core, stats, body, title)) is not None:
        titled = parts = [elsewhere]
    elif not laid_out and (first := first_post(core, stats)) is not None:
        # Short posts under a title that heads none of them: the first.
        parts = [first]
    elif not laid_out and (headed := headline_block(parts, stats, h1s, title)) is not None:
        # (Chosen by its headline, a short story is not read whole-page
        # again: that reading would add the text it was chosen against.)
        titled = parts = [headed.element]
    elif not laid_out and (kept := beside_headline(parts, stats, h1s, title)) is not None:
        # A bio or an "about us" beside the story joined it as a part.
        parts = kept
    thread = comment_thread(parts, stats, MIN_PARAGRAPH)
    if thread is not None:
        # Comments under the story, known by their heading.
        if thread.element in parts:
            parts = [part for part in parts if part is not thread.element]
        else:
            drop_element(thread.element)
    opening = _opening_post(parts, stats) or _post_above_thread(parts, stats, title)
    if opening is not None:
        parts = [opening.element, *parts]
    content = parts + _notes_after(parts, order, stats)
    return Page(stats, order, body_stats, core, content, titled=titled is not None or alone)


def _opening_post(parts: list[etree._Element], stats: dict[etree._Element, Stats]) -> Stats | None:
    """The post a thread of replies answers, when the replies were chosen:
    a question above its answers, a post above its comments. The replies
    are parts built alike; the post is the nearest block before them (or
    before their list) that holds prose and the page's ``<h1>``, its text
    in an element of a class a reply uses too."""
    if len(parts) < 2 or not _built_alike(parts):
        return None
    first = stats.get(parts[0])
    for level in (first, first.parent if first is not None else None):
        if level is None or level.parent is None:
            return None
        siblings = level.parent.children
        for sibling in reversed(siblings[: siblings.index(level)]):
            if (
                not sibling.chrome
                and sibling.prose >= MIN_PARAGRAPH
                and (
                    next(sibling.element.iter("h1"), None) is not None
                    or _headed_from_before(sibling.element)
                )
                and prose_classes(sibling.element, stats, MIN_PARAGRAPH)
                & prose_classes(parts[0], stats, MIN_PARAGRAPH)
            ):
                return sibling
    return None


def _built_alike(parts: list[etree._Element]) -> bool:
    # One tag, and one class name all share: an answer the asker accepted
    # adds a class of its own ("answer accepted-answer" beside "answer").
    if len({part.tag for part in parts}) != 1:
        return False
    shared = set((parts[0].get("class") or "").split())
    for part in parts[1:]:
        shared &= set((part.get("class") or "").split())
    classes = {part.get("class") or "" for part in parts}
    return len(classes) == 1 or bool(shared)


_HEADER_TEXT = 200
"""Characters of text that may stand between a question and its page's
``<h1>`` above it (the question's header: asked, viewed, its votes)."""
_HEADER_LEVELS = 3


def _headed_from_before(element: etree._Element) -> bool:
    """Does the page's ``<h1>`` stand just before ``element``, with no more
    than a header's text between (a Q&A page sets the question's title in a
    header above the column holding the question and its answers)? Read
    back through the preceding siblings of ``element`` and of a few of its
    ancestors."""
    seen = 0
    node: etree._Element | None = element
    for _ in range(_HEADER_LEVELS):
        if node is None:
            return False
        for before in node.itersiblings(preceding=True):
            if not isinstance(before.tag, str):
                continue
            # One walk of the sibling: an h1 anywhere in it answers, else its
            # text (its own and its descendants', their tails) is counted.
            for inner in before.iter():
                if inner.tag == "h1":
                    return True
                if inner.text:
                    seen += len(inner.text)
                if inner.tail and inner is not before:
                    seen += len(inner.tail)
            if seen > _HEADER_TEXT:
                return False
        node = node.getparent()
    return False


_REPLY_BOXES = frozenset({"div", "article", "li", "section"})


def _post_above_thread(
    parts: list[etree._Element], stats: dict[etree._Element, Stats], title: str
) -> Stats | None:
    """The post above a thread of replies chosen as one block (three or
    more blocks built alike, :func:`~quotemark.library.extract.articles.is_replies`):
    a short post outscored by the thread under it. It is the nearest block
    before the thread (or before the thread's parent) holding prose and the
    page's headline, an ``<h1>`` or a heading that is the title."""
    if len(parts) != 1:
        return None
    thread = stats.get(parts[0])
    if thread is None or len(thread.children) < MIN_REPLIES or not is_replies(thread):
        return None
    # Replies are boxes (a name, a date, the text), not a story's paragraphs.
    boxed = sum(child.prose for child in thread.children if child.element.tag in _REPLY_BOXES)
    if boxed < 0.8 * thread.prose:
        return None
    title_key = key(title) if title else ""
    for level in (thread, thread.parent):
        if level is None or level.parent is None:
            return None
        siblings = level.parent.children
        for sibling in reversed(siblings[: siblings.index(level)]):
            if sibling.chrome or sibling.prose < MIN_PARAGRAPH:
                continue
            if sibling.prose >= thread.prose:
                return None  # (not a post the thread outscored)
            element = sibling.element
            if next(element.iter("h1"), None) is not None or (
                title_key and any(heading_is_title(h, title_key) for h in element.iter("h2", "h3"))
            ):
                return sibling
            return None  # (the nearest block of prose is not the post)
    return None


def _within_notes(st: Stats) -> bool:
    current: Stats | None = st
    while current is not None:
        if _notes_name(names(current.element)):
            return True
        current = current.parent
    return False


def _notes_after(
    parts: list[etree._Element], order: list[Stats], stats: dict[etree._Element, Stats]
) -> list[etree._Element]:
    """Footnote and reference sections placed after the body but outside
    its container (a researcher cites these)."""
    if not parts:
        return []
    last = stats.get(parts[-1])
    if last is None:
        return []
    inside: set[int] = set()
    for part in parts:
        part_stats = stats.get(part)
        if part_stats is not None:
            inside.add(id(part_stats))
    notes: list[etree._Element] = []
    # (Only the blocks after the body's last part: found in C, by identity
    # as Stats has no __eq__, not by a turn of this loop for each block
    # before it.)
    for st in islice(order, order.index(last) + 1, None):
        # (The link density, then the name: of the blocks with text after
        # the body, half are mostly links (menus, related stories) and a
        # third have no class or id; none of the ~130 on a news page is
        # named for notes, and asking whether one is in chrome judged the
        # names of every block above it.)
        text = st.text
        if not text or st.link / text >= 0.6:
            continue
        found = names(st.element)
        if not found or not _notes_name(found):
            continue
        if st.in_chrome or _within(st, inside):
            continue
        notes.append(st.element)
        inside.add(id(st))
    return notes


def _within(st: Stats, ids: set[int]) -> bool:
    current: Stats | None = st
    while current is not None:
        if id(current) in ids:
            return True
        current = current.parent
    return False


def _parts(core: Stats, body: Stats) -> list[etree._Element]:
    """The core and the other parts of the same article around it.

    An article is often split: a lead paragraph or a figure beside the body
    ``div``, "chunks" separated by ad slots. Next to the core, a sibling
    joins when it scores as prose (a fifth of the core's score) or is a
    plain paragraph. Further up, through wrappers that add nothing but the
    core, only siblings that score as prose join.
    """
    threshold = max(10.0, final_score(core) * 0.2)
    parts = _siblings(core, threshold, loose=True)
    current = core
    while current.parent is not None and current.parent is not body:
        parent = current.parent
        if parent.chrome or parent.prose > current.prose * 1.05 + 30:
            break
        current = parent
        if current.parent is None or current.parent is body:
            break
        wider = _siblings(current, threshold, loose=False)
        if len(wider) > 1:
            return wider
    return parts


def _siblings(top: Stats, threshold: float, *, loose: bool) -> list[etree._Element]:
    parent = top.parent
    if parent is None:
        return [top.element]
    element = top.element
    tokens = set((element.get("class") or "").split())
    chosen: list[etree._Element] = []
    for sibling in parent.children:
        if sibling is top:
            chosen.append(sibling.element)
            continue
        if sibling.chrome:
            continue
        # A part built like the core's own wrapper ("chunk", "section")
        # that holds prose is more of the same article. (The counts are
        # asked first: most siblings score nought, which never reaches the
        # threshold _parts gives, at least 10, and hold no prose; their
        # names were weighed and their classes split for nothing.)
        if (
            (sibling.score and final_score(sibling) >= threshold)
            or (
                sibling.prose >= max(100, 0.6 * sibling.text)
                and sibling.element.tag == element.tag
                and _similar(tokens, set((sibling.element.get("class") or "").split()))
            )
            or _is_section(sibling, top)
            or (loose and (_is_loose_paragraph(sibling) or _is_figure(sibling)))
        ):
            chosen.append(sibling.element)
    return chosen


def _is_section(st: Stats, core: Stats) -> bool:
    # A shorter section of the same text beside a long one: it opens with
    # a heading (h2-h6) of a level the core's text uses too, is mostly
    # prose with few links, and is not an article, a gallery or a list of
    # teasers.
    if st.teasers or st.prose < MIN_PARAGRAPH or st.prose < 0.6 * st.text:
        return False
    if st.link_density >= 0.25 or not st.children:
        return False
    first = st.children[0]
    while first.element.tag not in HEADINGS and first.children and not first.own:
        first = first.children[0]
    element = st.element
    tag = first.element.tag
    return (
        tag in _SECTION_HEADINGS
        and next(core.element.iter(tag), None) is not None
        and element.tag != "article"
        and next(element.iter("h1", "article", "figcaption"), None) is None
    )


def _similar(first: set[str], second: set[str]) -> bool:
    if not first and not second:
        return True
    return len(first & second) * 2 >= len(first | second)


def _is_figure(st: Stats) -> bool:
    # The lead photo and its caption often sit beside the body text.
    element = st.element
    return element.tag == "figure" and st.link_density < 0.5


def _is_loose_paragraph(st: Stats) -> bool:
    # A <p>, or a <div> used as one (text and no blocks inside).
    tag = st.element.tag
    if tag != "p" and not (tag == "div" and not st.children and st.text > 80):
        return False
    plain = st.text - st.link
    if st.text > 80:
        return st.link_density < 0.25
    return plain > 0 and st.link == 0 and (st.element.text or "").rstrip().endswith(".")
