"""A post's blocks -> a QTextDocument, one QTextBlock per model Block.

Block kinds are styled with block and char formats only, never with inserted
text (a bullet or a label typed into the document would shift every
position): list items join a QTextList that draws its own bullets, captions
are small italics, block quotes are indented (the view draws their rule).
Text goes in unchanged except for the few characters QTextDocument would
read as structure or drop (U+2029, U+FFFC, U+FDD0/1, U+FEFF, U+FFFE, stray
newlines), replaced one for one so offsets still match.

One addition is made for display only: a run of more than
:data:`LONG_RUN` characters with no place to break a line (a pasted hash, a
minified script, a URL of a megabyte) gets a zero-width space every
:data:`BREAK_EVERY` characters. Qt looks for a word boundary from each line
start to the end of the run, so laying out an unbroken run costs the square
of its length (200,000 characters took 12 s, 5 MB never finished); with the
breaks it is linear. The position map counts the inserted characters
(:class:`~quotemark.app.reader.positions.BlockMap`), so anchors stay exact, and copied
text comes from the model, not from the document.

Images with a local resource are one object character named
``quotemark-resource:rN``; the view's ``loadResource`` hands out the bytes.
An image without local bytes shows its alt text (nothing is fetched).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImageReader,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextList,
    QTextListFormat,
)

from quotemark.app.reader import highlight
from quotemark.app.reader.positions import BlockMap, PositionMap
from quotemark.app.reader.theme import Theme, body_font, heading_scale, mono_font, typography
from quotemark.library.model import (
    Block,
    BlockKind,
    MentionKind,
    Position,
    Post,
    QuoteKind,
    Resource,
)

_STRUCTURAL = str.maketrans(
    {
        "\u2029": "\u2028",
        "\ufffc": "\ufffd",
        "\ufdd0": "\ufffd",
        "\ufdd1": "\ufffd",
        "\ufffe": "\ufffd",  # QTextDocument drops these two on insert
        "\ufeff": "\u2060",  # (a zero-width no-break space -> word joiner)
        "\n": "\u2028",
        "\r": "\u2028",
    }
)

_STRUCTURAL_CHARS = re.compile("[\u2029\ufffc\ufdd0\ufdd1\ufffe\ufeff\n\r]")

BLOCK_INDEX_PROPERTY = int(QTextFormat.Property.UserProperty) + 10
"""Block-format property: the model block index (a check, not a lookup)."""


@dataclass(frozen=True, slots=True)
class ImageBlock:
    """An image shown from a resource, kept so the view can rescale it."""

    block: int
    url: str
    width: int
    height: int


@dataclass(slots=True)
class BuiltDocument:
    """What :class:`Builder` has made so far: the position map, the images,
    the resource URLs the view may load, and the ``quotemark-source:``
    targets. A builder working in steps adds to them as blocks arrive."""

    positions: PositionMap
    images: list[ImageBlock]
    resources: dict[str, Resource]
    sources: dict[str, str]  # href -> source name
    has_breaks: bool = False  # display-only breaks were added (see above)


LONG_RUN = 200
"""Characters without a break opportunity after which breaks are added."""
BREAK_EVERY = 24
"""Characters between the zero-width spaces added to a long run."""
DISPLAY_BREAK = "\u200b"
_LONG_RUN = re.compile(rf"[^\s\u200b]{{{LONG_RUN + 1},}}")


def display_breaks(text: str) -> tuple[int, ...]:
    """Code-point offsets in ``text`` before which a zero-width space is
    shown: every :data:`BREAK_EVERY` characters inside each run of more
    than :data:`LONG_RUN` characters without whitespace."""
    if len(text) <= LONG_RUN:
        return ()
    # Every run the pattern finds lies inside one whitespace-split piece, and
    # splitting is done in C: most paragraphs are ruled out without the
    # pattern, which tries each start position (0.6 s over 20 MB of prose).
    if max(map(len, text.split()), default=0) <= LONG_RUN:
        return ()
    breaks: list[int] = []
    for run in _LONG_RUN.finditer(text):
        breaks.extend(range(run.start() + BREAK_EVERY, run.end(), BREAK_EVERY))
    return tuple(breaks)


def display_text(text: str, breaks: Sequence[int] = ()) -> str:
    """Block text as it goes into the document: one for one, plus a
    zero-width space before each offset in ``breaks``."""
    if _STRUCTURAL_CHARS.search(text) is not None:
        text = text.translate(_STRUCTURAL)
    if not breaks:
        return text
    parts: list[str] = []
    at = 0
    for offset in breaks:
        parts.append(text[at:offset])
        at = offset
    parts.append(text[at:])
    return DISPLAY_BREAK.join(parts)


def _image_size(resource: Resource) -> tuple[int, int]:
    data = QByteArray(resource.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    buffer.close()
    if not size.isValid():
        return 0, 0
    return size.width(), size.height()


def scaled_size(width: int, height: int, column: float) -> tuple[float, float]:
    """An image's shown size: its own, shrunk to fit the column."""
    if width <= 0 or height <= 0:
        return max(column * 0.5, 1.0), max(column * 0.3, 1.0)
    if width <= column:
        return float(width), float(height)
    return column, height * column / width


class _Styles:
    """Block and char formats for one theme and zoom."""

    def __init__(self, theme: Theme, zoom: float) -> None:
        self.theme = theme
        self.body = body_font(zoom)
        em = QFontMetricsF(self.body).height()
        self.em = em

        self.paragraph = QTextBlockFormat()
        self.paragraph.setBottomMargin(em * 0.7)
        self.paragraph.setLineHeight(
            typography().line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        self.text = QTextCharFormat()
        self.text.setFont(self.body)
        self.text.setForeground(theme.text)

        self.headings: dict[int, tuple[QTextBlockFormat, QTextCharFormat]] = {}
        for level in range(1, 7):
            block = QTextBlockFormat()
            block.setTopMargin(em * (1.1 if level <= 2 else 0.8))
            block.setBottomMargin(em * 0.45)
            block.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            char = QTextCharFormat()
            font = QFont(self.body)
            font.setPointSizeF(self.body.pointSizeF() * heading_scale(level))
            font.setWeight(QFont.Weight.Bold if level <= 2 else QFont.Weight.DemiBold)
            char.setFont(font)
            char.setForeground(theme.text)
            self.headings[level] = (block, char)

        self.caption = QTextBlockFormat(self.paragraph)
        self.caption.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.caption_text = QTextCharFormat()
        caption_font = QFont(self.body)
        caption_font.setPointSizeF(self.body.pointSizeF() * 0.86)
        caption_font.setItalic(True)
        self.caption_text.setFont(caption_font)
        self.caption_text.setForeground(theme.muted)

        self.code = QTextBlockFormat(self.paragraph)
        self.code.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        tint = theme.rule.darker(130) if theme.dark else theme.rule.lighter(112)
        self.code.setBackground(tint)
        self.code.setLeftMargin(em * 0.5)
        self.code.setRightMargin(em * 0.5)
        self.code_text = QTextCharFormat()
        self.code_text.setFont(mono_font(zoom))
        self.code_text.setForeground(theme.text)

        self.image = QTextBlockFormat(self.paragraph)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.image.setTopMargin(em * 0.3)
        self.image.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.missing_image_text = QTextCharFormat(self.caption_text)

    def blockquote(self, level: int) -> QTextBlockFormat:
        fmt = QTextBlockFormat(self.paragraph)
        fmt.setLeftMargin(self.em * 1.4 * max(level, 1))
        return fmt

    def list_format(self, level: int) -> QTextListFormat:
        fmt = QTextListFormat()
        fmt.setStyle(
            QTextListFormat.Style.ListDisc if level <= 1 else QTextListFormat.Style.ListCircle
        )
        fmt.setIndent(max(level, 1))
        return fmt

    def list_item(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat(self.paragraph)
        fmt.setBottomMargin(self.em * 0.3)
        return fmt

    def for_block(self, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        kind = block.kind
        if kind is BlockKind.HEADING:
            return self.headings[min(max(block.level, 1), 6)]
        if kind is BlockKind.BLOCKQUOTE:
            return self.blockquote(block.level), self.text
        if kind is BlockKind.CAPTION:
            return self.caption, self.caption_text
        if kind in (BlockKind.CODE, BlockKind.TABLE):
            return self.code, self.code_text
        if kind is BlockKind.LIST_ITEM:
            return self.list_item(), self.text
        if kind is BlockKind.IMAGE:
            return self.image, self.missing_image_text
        return self.paragraph, self.text


def _insert_text(
    cursor: QTextCursor,
    block: Block,
    base: QTextCharFormat,
    theme: Theme,
    breaks: tuple[int, ...] = (),
) -> None:
    text = block.text
    if not block.links:
        cursor.insertText(display_text(text, breaks), base)
        return

    def piece(start: int, end: int) -> str:
        # Model offsets [start, end) with the breaks that fall inside them.
        inside = breaks[bisect_right(breaks, start) : bisect_left(breaks, end)]
        return display_text(text[start:end], [offset - start for offset in inside])

    at = 0
    for link in sorted(block.links, key=lambda link: link.start):
        start, end = max(link.start, at), min(link.end, len(text))
        if start >= end:
            continue
        if start > at:
            cursor.insertText(piece(at, start), base)
        fmt = QTextCharFormat(base)
        fmt.merge(highlight.link_format(link.url, theme))
        cursor.insertText(piece(start, end), fmt)
        at = end
    if at < len(text):
        cursor.insertText(piece(at, len(text)), base)


def _quote_order(post: Post) -> list[int]:
    """Quote indices, outer before inner, so an inner quote's format wins."""
    quotes = post.analysis.quotes

    def depth(index: int) -> int:
        seen = 0
        parent = quotes[index].parent
        while parent is not None and 0 <= parent < len(quotes) and seen < len(quotes):
            seen += 1
            parent = quotes[parent].parent
        return seen

    return sorted(range(len(quotes)), key=lambda i: (depth(i), i))


FIRST_STEP = 60_000
"""Characters built before a post is first shown (a few screens)."""
STEP = 100_000
"""Characters built in each later step (Qt lays out what is added to a
shown document at once: about 30 ms for this many)."""


class Builder:
    """Fills a QTextDocument with a post's blocks in steps, so the first
    screen shows before a post of many megabytes is whole: the view builds
    :data:`FIRST_STEP` characters, shows the document and calls
    :meth:`step` from a zero timer until :attr:`done`. Each step formats the
    quotes and source mentions as far as the blocks it added, so everything
    already built looks as it will; Qt lays out only what is in view.

    Blocks still go in one QTextBlock per model Block, in order, so a Qt
    position is exact for every built block; a caller that needs a later
    block (J/K, find, a clip to show) calls :meth:`build_until` first.
    """

    def __init__(
        self, doc: QTextDocument, post: Post, theme: Theme, zoom: float, column: float
    ) -> None:
        self._doc = doc
        self._post = post
        self._theme = theme
        self.column = column
        """The text width images are fitted to (the view updates it)."""
        self._styles = _Styles(theme, zoom)
        doc.setUndoRedoEnabled(False)
        doc.clear()
        doc.setDefaultFont(self._styles.body)
        self._by_name = {resource.name: resource for resource in post.resources}
        self._lists: dict[int, QTextList] = {}
        self._cursor = QTextCursor(doc)  # stays at the end, where blocks go
        self._marker = QTextCursor(doc)  # applies the formats
        # Quotes and mentions are formatted step by step: the ones starting
        # in a step's blocks join those still open from earlier steps.
        order = _quote_order(post)
        self._rank = {index: at for at, index in enumerate(order)}
        quotes = post.analysis.quotes
        self._quote_queue = sorted(order, key=lambda i: quotes[i].span.start.block, reverse=True)
        self._open_quotes: list[int] = []
        mentions = post.analysis.mentions
        self._mention_queue = sorted(
            range(len(mentions)), key=lambda i: (mentions[i].span.start.block, i), reverse=True
        )
        self._open_mentions: list[int] = []
        self._slots = highlight.speaker_slots(post.analysis.quotes)
        self.total = len(post.blocks)
        self.built = 0
        """How many of the post's blocks are in the document."""
        self.result = BuiltDocument(PositionMap(()), [], {}, {})

    @property
    def done(self) -> bool:
        """Whether every block is in the document."""
        return self.built >= len(self._post.blocks)

    def step(self, budget: int = STEP) -> None:
        """Add the next blocks, about ``budget`` characters (at least one
        block, so a huge paragraph is one step of its own)."""
        blocks = self._post.blocks
        stop = self.built
        size = 0
        while stop < len(blocks):
            length = len(blocks[stop].text)
            if stop > self.built and size + length > budget:
                break
            size += length
            stop += 1
        self.build_until(stop)

    def build_until(self, stop: int) -> None:
        """Make sure blocks ``[0, stop)`` are in the document."""
        stop = min(stop, len(self._post.blocks))
        first = self.built
        if stop <= first:
            return
        cursor = self._cursor
        cursor.beginEditBlock()
        maps = [self._insert_block(index) for index in range(first, stop)]
        self.result.positions.extend(maps)
        self.built = stop
        self._format(first, stop)
        cursor.endEditBlock()

    def _insert_block(self, index: int) -> BlockMap:
        block = self._post.blocks[index]
        cursor = self._cursor
        block_fmt, char_fmt = self._styles.for_block(block)
        block_fmt = QTextBlockFormat(block_fmt)
        block_fmt.setProperty(BLOCK_INDEX_PROPERTY, index)
        if index == 0:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(char_fmt)
        else:
            cursor.insertBlock(block_fmt, char_fmt)

        lists = self._lists
        if block.kind is BlockKind.LIST_ITEM:
            level = max(block.level, 1)
            for deeper in [lvl for lvl in lists if lvl > level]:
                del lists[deeper]
            current = lists.get(level)
            if current is None:
                lists[level] = cursor.createList(self._styles.list_format(level))
            else:
                current.add(cursor.block())
        else:
            lists.clear()

        result = self.result
        resource = self._by_name.get(block.resource) if block.resource else None
        if block.kind is BlockKind.IMAGE and resource is not None:
            url = f"{highlight.RESOURCE_SCHEME}:r{len(result.resources)}"
            result.resources[url] = resource
            width, height = _image_size(resource)
            shown_w, shown_h = scaled_size(width, height, self.column)
            image = QTextImageFormat()
            image.setName(url)
            image.setWidth(shown_w)
            image.setHeight(shown_h)
            if block.text:
                image.setToolTip(block.text)
            cursor.insertImage(image)
            result.images.append(ImageBlock(index, url, width, height))
            return BlockMap.for_object(block.text)
        breaks = display_breaks(block.text)
        result.has_breaks = result.has_breaks or bool(breaks)
        _insert_text(cursor, block, char_fmt, self._theme, breaks)
        return BlockMap.for_text(block.text, breaks)

    def _range(self, start: Position, end: Position, first: int) -> tuple[int, int]:
        """The Qt range of ``[start, end)`` that lies in blocks built from
        ``first`` on (a position past the built blocks clamps to their end)."""
        positions = self.result.positions
        qt_start, qt_end = positions.range_to_qt(start, end)
        return max(qt_start, positions.starts[first]), qt_end

    def _merge(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        if end <= start:
            return
        self._marker.setPosition(start)
        self._marker.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._marker.mergeCharFormat(fmt)

    def _format(self, first: int, stop: int) -> None:
        """Quote and source formats over blocks ``[first, stop)``: each
        quote's part in them, outer quotes before inner ones as in a whole
        build."""
        post, theme = self._post, self._theme
        quotes = post.analysis.quotes
        current = _arrived(
            self._quote_queue, self._open_quotes, stop, lambda i: quotes[i].span.start.block
        )
        current.sort(key=self._rank.__getitem__)
        self._open_quotes = [i for i in current if quotes[i].span.end.block >= stop]
        for index in current:
            quote = quotes[index]
            if quote.span.end.block < first:
                continue
            start, end = self._range(quote.span.start, quote.span.end, first)
            if end <= start:
                continue
            slot = self._slots.get(highlight.speaker_key(quote.speaker), highlight.NO_SPEAKER)
            parent = (
                quotes[quote.parent]
                if quote.parent is not None and 0 <= quote.parent < len(quotes)
                else None
            )
            card = highlight.quote_card(
                quote, highlight.speaker_swatch(slot, dark=theme.dark), parent
            )
            # The words the core found inside the marks (Quote.marked).
            words = (
                [(m.start, m.end) for m in quote.marked]
                if quote.kind is QuoteKind.PARTIAL and quote.parent is None
                else ()
            )
            if words:
                fmt = highlight.partial_clause_format(index, quote, slot, theme, card=card)
            else:
                fmt = highlight.quote_format(
                    index, quote, slot, theme, nested=quote.parent is not None, card=card
                )
            self._merge(start, end, fmt)
            for word_start, word_end in words:
                if word_start.block >= stop or word_end.block < first:
                    continue
                start, end = self._range(word_start, word_end, first)
                self._merge(start, end, highlight.partial_words_format(slot, theme))

        sources = self.result.sources
        mentions = post.analysis.mentions
        arrived = _arrived(
            self._mention_queue, self._open_mentions, stop, lambda i: mentions[i].span.start.block
        )
        self._open_mentions = [i for i in arrived if mentions[i].span.end.block >= stop]
        for mention in (mentions[i] for i in arrived):
            if mention.kind is MentionKind.LINK:
                continue  # the hyperlink itself already opens the page
            if not 0 <= mention.source < len(post.analysis.sources):
                continue
            if mention.span.end.block < first:
                continue
            name = post.analysis.sources[mention.source].name
            href = f"{highlight.SOURCE_SCHEME}:{mention.source}"
            sources[href] = name
            start, end = self._range(mention.span.start, mention.span.end, first)
            self._merge(start, end, highlight.source_format(mention.source, href, name, theme))


def _arrived(
    queue: list[int], still_open: list[int], stop: int, start_block: Callable[[int], int]
) -> list[int]:
    """``still_open`` plus the indices popped from ``queue`` (sorted by start
    block, last first) whose spans start before block ``stop``."""
    current = list(still_open)
    while queue and start_block(queue[-1]) < stop:
        current.append(queue.pop())
    return current


def build(
    doc: QTextDocument, post: Post, theme: Theme, zoom: float, column: float
) -> BuiltDocument:
    """Fill ``doc`` (cleared first) with the whole of ``post``; ``column``
    is the text width in pixels images are fitted to."""
    builder = Builder(doc, post, theme, zoom, column)
    builder.build_until(len(post.blocks))
    return builder.result


def resize_images(doc: QTextDocument, images: Sequence[ImageBlock], column: float) -> None:
    """Fit every image to a new column width."""
    if not images:
        return
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for image in images:
        block = doc.findBlockByNumber(image.block)
        if not block.isValid():
            continue
        shown_w, shown_h = scaled_size(image.width, image.height, column)
        fmt = QTextImageFormat()
        fmt.setName(image.url)
        fmt.setWidth(shown_w)
        fmt.setHeight(shown_h)
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    cursor.endEditBlock()
