"""HTML to :class:`~quotemark.library.model.Article`: the extraction of a saved web
page (single file, "Web page, complete" or MHTML).

The page is parsed once. Metadata is read from the whole page first (it
needs ``<head>`` and the JSON-LD scripts); then everything that is never
article text is removed, the article body is chosen by where prose is
densest (:mod:`quotemark.library.extract.content`), chrome inside it is pruned
(:mod:`quotemark.library.extract.pruning`), and what remains becomes ordered blocks
(:mod:`quotemark.library.extract.blocks`), tidied of chrome lines and repeats
(:mod:`quotemark.library.extract.boilerplate`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from quotemark.library.errors import NoArticle, UnreadableInput
from quotemark.library.extract.blocks import BlockBuilder
from quotemark.library.extract.boilerplate import tidy
from quotemark.library.extract.chatgpt import conversation_turns
from quotemark.library.extract.cleaning import clean_page
from quotemark.library.extract.code import drop_line_numbers
from quotemark.library.extract.columns import landmark_holding, landmark_in
from quotemark.library.extract.consent import drop_notices
from quotemark.library.extract.content import (
    MIN_PARAGRAPH,
    Stats,
    choose,
    measure,
    release,
    weighted_length,
)
from quotemark.library.extract.formulas import replace_formulas
from quotemark.library.extract.frames import inline_frames
from quotemark.library.extract.gmail import thread_messages
from quotemark.library.extract.jsonld import read_linked_data
from quotemark.library.extract.landmarks import Landmarks, survey
from quotemark.library.extract.metadata import read_metadata
from quotemark.library.extract.notes import drop_note_markers, move_sidenotes
from quotemark.library.extract.parser import parse_markup
from quotemark.library.extract.parts import page_part
from quotemark.library.extract.pruning import prune
from quotemark.library.extract.related import related_text
from quotemark.library.extract.relative_times import absolute_times
from quotemark.library.extract.series_name import drop_series_name
from quotemark.library.extract.sites import add_embedded_posts
from quotemark.library.extract.teasers import photo_essay
from quotemark.library.model import (
    Article,
    Block,
    BlockKind,
    Metadata,
    RawDocument,
    Reading,
    Resource,
    TextSource,
)
from quotemark.library.urls import join_url, split_url

LENIENT_BELOW = 200
"""Characters of body text below which the page is read a second time,
keeping hidden elements and skipping the choice of a main container."""
LENIENT_MARGIN = 50
"""Characters the second reading must hold beyond twice the short body's
text to be taken (none when it is kept to the page's ``<main>`` or
``<article>`` and its text outside links is enough)."""
SHORT_LINE = 10
"""Plain-text characters of a line that may count toward a short article."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_page(html: str, path: str, utf8: bytes | None = None) -> etree._Element:
    """Parse decoded HTML into an lxml tree (``<html>`` root).

    The text is handed to libxml2 as UTF-8 with the encoding stated, so a
    ``<meta charset>`` in the page (already honoured by the importer) cannot
    make it decode twice; ``utf8``, when given, must be exactly
    ``html.encode("utf-8")`` (the bytes the page was read from), which spares
    encoding it again. Raises :class:`~quotemark.library.errors.NoArticle` for an
    empty page.
    """
    # NULs and lone surrogates (from a page decoded with the wrong charset)
    # are not text; libxml2 would stop at the first NUL. Both are rare, so
    # look for them before paying for a substitution over the whole page.
    # In the UTF-8 bytes when given: U+0000 is the only character whose
    # UTF-8 holds a zero byte, and memchr finds one there, where a text of
    # two-byte characters (any page with a curly quote) is searched for
    # "\x00" one character at a time (0.2 ms on a typical page).
    nul = b"\x00" in utf8 if utf8 is not None else "\x00" in html
    if nul:
        html = html.replace("\x00", "\ufffd")
        utf8 = None
    if utf8 is not None:
        data = utf8
    else:
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:
            data = _SURROGATE.sub("\ufffd", html).encode("utf-8")
    if not data or data.isspace():  # (strip() would copy the page)
        raise NoArticle(f"{path}: the page is empty; there is no article to import.", path=path)
    try:
        root = parse_markup(data, path)
    except (etree.ParserError, ValueError) as error:
        raise UnreadableInput(
            f"{path}: the HTML could not be parsed ({error}); save the page again from the "
            "browser and re-import it.",
            path=path,
        ) from error
    if root is None:
        raise NoArticle(
            f"{path}: the page has no content; there is no article to import.", path=path
        )
    _amp_images(root)
    return root


def _amp_images(root: etree._Element) -> None:
    # An AMP page's images are <amp-img src alt width height>, an <img> to
    # every reader but libxml2; one holding its own <img> (a <noscript>
    # fallback) is left for that one to be read. (lxml looks the tag name up
    # in the document's dictionary of names first: on a page without one no
    # node is visited, where a scan of the bytes for "<amp-img" cost about
    # 70 us a page, ~2 % of extraction.)
    for image in list(root.iter("amp-img")):
        if next(image.iter("img"), None) is None:
            image.tag = "img"


def _survey_with_frames(
    root: etree._Element, path: str, elements: list[etree._Element] | None = None
) -> Landmarks:
    """The page's landmarks, after an inline frame holding its article has
    taken the frame's place (:func:`inline_frames`): then the frame's
    document is the page's text, and its landmarks are noted instead.
    (``elements``: the tree's elements, listed since it last changed; see
    :func:`survey`.)"""
    marks = survey(root, elements)
    if marks.frames and inline_frames(root, marks.frames, path):
        marks = survey(root)
    return marks


def extract_html(doc: RawDocument) -> Article:
    """Extract metadata and body blocks from an HTML document.

    Raises :class:`~quotemark.library.errors.NoArticle` (naming the file) when the page
    holds no article text.
    """
    root = parse_page(doc.html or "", doc.path, doc.html_utf8)
    # Every element's Python proxy, made once and kept until the article is
    # built: lxml frees a proxy no one holds, so the survey, the measure and
    # the block walk each made one per element again (0.9 % of the whole
    # command's instructions). The tree is freed with the proxies, as before.
    # (Elements only: the parser keeps no comments or processing
    # instructions. The survey reads the list, the tree being unchanged.)
    elements = list(root.iter(etree.Element))
    marks = _survey_with_frames(root, doc.path, elements)
    metadata = read_metadata(root, marks, doc.url)
    # (Read before the cleaning drops the pager that says it.)
    part = page_part(marks, elements)
    add_embedded_posts(root, marks)
    base_url = _base_url(marks, doc.url or metadata.url)
    notices: list[tuple[int, str]] = []
    blocks, used, prose, titled, chosen = _body(
        root, marks, doc, base_url, metadata, strict=True, notices=notices
    )
    # (A short story chosen by its title among the stories of the page is
    # there to read: the whole page would be the other stories.)
    if not titled and _shorter_than(blocks, LENIENT_BELOW):
        # Too little for an article: the page may hide its text until a
        # script runs, or be a listing. Read it again keeping everything
        # visible or not, and take that if it holds more (within the page's
        # <main> or <article> when the short text was found in it).
        within = landmark_holding(chosen, root)
        again = parse_page(doc.html or "", doc.path, doc.html_utf8)
        lenient, lenient_used, lenient_prose, _titled, _chosen = _body(
            again,
            _survey_with_frames(again, doc.path),
            doc,
            base_url,
            metadata,
            strict=False,
            within=within,
            notices=notices,
        )
        # What the whole page adds must be more text, not the teasers of
        # other articles beside a short one, nor the comments under it.
        # (Beside a photo essay, a list of teasers is other pages too.)
        more = _text_length(lenient) - _other_articles(
            again, doc.url or metadata.url, teasers=photo_essay(chosen)
        )
        # (Read whole, the page adds its menus and footer, hence the margin.
        # Kept to the page's <main> or <article>, text outside links is
        # enough: a chat of short turns, one answer of which was chosen, is
        # every turn; a status beside an aside of trending links inside
        # <main> is still the status, and so is a post beside an <aside> of
        # other news or a <footer> there: their text is not counted.)
        short = 2 * _text_length(blocks)
        if more > short + LENIENT_MARGIN or (
            within is not None
            and more > short
            and _plain_length(lenient)
            - (_text_length(lenient) - more)
            - _side_length(again, within)
            > short
        ):
            blocks, used, prose = lenient, lenient_used, lenient_prose
    # Form labels, menus and a footer's links are not an article: there must
    # be at least one paragraph of plain text as long as a short sentence.
    stated = False
    if not (prose and _has_text(blocks)) and not used:
        blocks = _stated_body(marks, metadata.url)
        prose = bool(blocks)
        stated = prose
    if not (prose and _has_text(blocks)) and not used:
        raise NoArticle(
            f"{doc.path}: no article text was found in this page (it may be an index, a "
            "login page or a page that builds its text with scripts). Save the article "
            "itself, or use the browser's reader view before saving.",
            path=doc.path,
        )
    names = {block.resource for block in blocks if block.resource}
    resources = tuple(res for name, res in used.items() if name in names)
    del elements
    if part is not None or stated:
        reading = Reading(
            part[0] if part else None,
            part[1] if part else None,
            TextSource.DATA if stated else TextSource.PAGE,
        )
        metadata = replace(metadata, reading=reading)
    metadata = drop_series_name(metadata, blocks)
    return Article(metadata, tuple(blocks), resources)


def _body(
    root: etree._Element,
    marks: Landmarks,
    doc: RawDocument,
    base_url: str | None,
    metadata: Metadata,
    *,
    strict: bool,
    within: str | None = None,
    notices: list[tuple[int, str]],
) -> tuple[list[Block], dict[str, Resource], bool, bool, list[etree._Element]]:
    """The body's blocks, the resources they use, whether the page has
    prose, whether the title chose one of several articles, and the
    elements the scoring chose as the body (none for a thread or a lenient
    reading); a lenient reading reads only the landmark ``within`` names
    (``columns.landmark_holding``). The consent notices a strict reading
    drops are added to ``notices``; a lenient reading leaves them out."""
    replace_formulas(root, marks)
    clean_page(root, marks, drop_hidden=strict, title=metadata.title)
    drop_line_numbers(marks.listings, root)
    absolute_times(marks.times, root)
    move_sidenotes(marks.sidenotes, root)
    drop_note_markers(marks.note_refs, root)
    body = root.find("body")
    if body is None:
        body = root
    thread = None
    titled = False
    chosen: list[etree._Element] = []
    if strict and marks.conversation:
        thread = thread_messages(body) or conversation_turns(body)
    if thread is not None:
        # A Gmail thread or a ChatGPT conversation is every message, not
        # the longest one.
        prose = True
        content = thread
    elif strict:
        page = choose(
            body,
            listings=bool(marks.listings),
            title=metadata.title,
            buttons=marks.buttons,
            h1s=marks.h1s,
        )
        prose = _has_prose(page.order)
        titled = page.titled
        prune(page, doc.url or metadata.url)
        content = chosen = page.content
        notices.extend(page.notices)
        release(page.order)
    else:
        body = landmark_in(body, within)
        order = measure(body)[1]
        if notices and drop_notices(order, notices):
            release(order)
            order = measure(body)[1]
        prose = _has_prose(order)
        release(order)
        content = [body]
    builder = BlockBuilder(base_url, doc.resources)
    blocks = builder.build(content)
    return tidy(blocks, metadata.title, metadata.authors), builder.used, prose, titled, chosen


_STATED_BODY = 200
"""Characters of a JSON-LD articleBody read as the article when the page
shows none (a shorter one is a summary, not the text)."""


def _stated_body(marks: Landmarks, address: str | None) -> list[Block]:
    """The article as the page's JSON-LD states it (``articleBody``, a
    paragraph a line), for a page whose own markup holds no article text:
    a page built by its scripts, saved before they ran, whose <body> is a
    root element and a loading spinner. Read only on that page (the one
    that would raise NoArticle), so it costs no other page anything. Not
    a teaser cut off with an ellipsis, nor the body of a story the JSON-LD
    places at another path than the page's ``address``."""
    linked = read_linked_data(marks.json_ld)
    text = linked.body
    if len(text) < _STATED_BODY or text.endswith(("\u2026", "...")):
        return []
    if address and linked.url and _path(join_url(address, linked.url)) != _path(address):
        return []
    return [Block(BlockKind.PARAGRAPH, line) for line in text.split("\n")]


def _path(url: str) -> str:
    parts = split_url(url)
    return parts.path.rstrip("/") if parts is not None else url


def _has_prose(order: list[Stats]) -> bool:
    # One paragraph of plain (non-link) text as long as a short sentence, or
    # a few short ones; form labels, menus and a footer's links are neither.
    total = 0
    for st in order:
        plain = st.own - st.own_link
        if plain >= MIN_PARAGRAPH:
            return True
        if plain >= SHORT_LINE:
            total += plain
    return total >= MIN_PARAGRAPH * 2 + 10


def _other_articles(root: etree._Element, page_url: str | None, *, teasers: bool) -> int:
    body = root.find("body")
    order = measure(root if body is None else body)[1]
    length = related_text(order, page_url, teasers=teasers)
    release(order)
    return length


_SIDE_TAGS = frozenset({"aside", "footer", "form"})
_PLAIN_TEXT = etree.XPath(".//text()[not(ancestor::a)]")


def _side_length(root: etree._Element, within: str) -> int:
    """The text outside links of the boxes beside the article in the page's
    ``within`` landmark: an ``<aside>`` (other news), a ``<footer>`` (the
    writer's biography) or a ``<form>``, outermost ones only."""
    body = root.find("body")
    landmark = landmark_in(root if body is None else body, within)
    total = 0
    stack = list(landmark.iterchildren(etree.Element))
    while stack:
        element = stack.pop()
        if element.tag in _SIDE_TAGS:
            texts = _PLAIN_TEXT(element)
            assert isinstance(texts, list)
            total += sum(weighted_length(str(text).strip()) for text in texts)
        else:
            stack.extend(element.iterchildren(etree.Element))
    return total


def _text_length(blocks: list[Block]) -> int:
    return sum(weighted_length(block.text) for block in blocks if block.kind is not BlockKind.IMAGE)


def _plain_length(blocks: list[Block]) -> int:
    """:func:`_text_length` without the text of links."""
    total = 0
    for block in blocks:
        if block.kind is not BlockKind.IMAGE:
            total += weighted_length(block.text)
            for link in block.links:
                total -= weighted_length(block.text[link.start : link.end])
    return total


def _shorter_than(blocks: list[Block], limit: int) -> bool:
    """``_text_length(blocks) < limit``, counted only until it is not: an
    article is far longer than the limit, and a text with any character
    beyond ASCII is searched whole for Chinese, Japanese and Korean ones."""
    total = 0
    for block in blocks:
        if block.kind is not BlockKind.IMAGE:
            total += weighted_length(block.text)
            if total >= limit:
                return False
    return True


def _has_text(blocks: list[Block]) -> bool:
    """``_text_length(blocks) > 0``: a block other than an image holds text."""
    return any(block.text for block in blocks if block.kind is not BlockKind.IMAGE)


def _base_url(marks: Landmarks, fallback: str | None) -> str | None:
    if marks.bases:
        base = marks.bases[0].strip()
        if base.startswith(("http://", "https://")):
            return base
    return fallback
