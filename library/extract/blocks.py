"""The article's HTML as ordered :class:`~quotemark.library.model.Block` values.

Paragraphs, headings (with their level), block quotes and list items (with
their nesting depth), captions, images, code and tables come out in reading
order. Inline markup is flattened into the block's text; links are kept as
offsets. A single ``<br>`` is a line break inside the block (U+2028); two in
a row end the paragraph, as they do visually in pages written without
``<p>`` (Blogger's editor, old forum software).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from quotemark.library.extract import images
from quotemark.library.extract.block_text import BlockText
from quotemark.library.extract.cleaning import has_image
from quotemark.library.extract.hints import guarded
from quotemark.library.extract.tags import BLOCKS, HEADINGS
from quotemark.library.extract.xpath import Test
from quotemark.library.model import LINE_BREAK, Block, BlockKind, Resource
from quotemark.library.urls import join_url

MAX_DEPTH = 180
"""Deeper than this, an element's text is taken flat (hostile nesting must
not exhaust the stack)."""

_CAPTION_NAME = re.compile(
    r"(?:^|[\s_-])(?:wp-caption-text|tr-caption|caption|figcaption|credit|photo-?credit|"
    r"image-?credit|img-?caption|media-?caption|image-?desc)(?:$|[\s_-])",
    re.IGNORECASE,
)
_caption_name = guarded(_CAPTION_NAME, "capt", "cred", "mage")

_LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://")

_IS_CAPTIONED = Test(".//figcaption or .//*[contains(@class, 'caption')]")
_LAYOUT_CELLS = Test(
    ".//table or .//td[string-length(normalize-space(.)) > 400 or descendant::p"
    " or descendant::ul or descendant::h1 or descendant::h2 or descendant::h3"
    " or descendant::div[string-length(normalize-space(.)) > 200]]"
)
"""A table whose cells hold blocks or long texts lays out a page. (Each
cell asked alone: ``.//td//p or .//td//div[...]`` made libxml2 merge the
elements under every cell into one set, quadratic in the cells: 4.5 s on a
0.5 MB table, and minutes at 20 MB.)"""
_QUOTE_MARKS = ("\u201c", "\u201d")


@dataclass(slots=True)
class _Context:
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    list_depth: int = 0
    quote_depth: int = 0
    flat: bool = False  # inside a heading or table cell: blocks do not split
    captioned: bool = False  # inside a figure that has a caption


@dataclass(slots=True)
class BlockBuilder:
    """Turns content elements into blocks (see the module doc)."""

    base_url: str | None
    resources: dict[str, Resource]
    blocks: list[Block] = field(default_factory=list)
    used: dict[str, Resource] = field(default_factory=dict)
    _line: BlockText = field(default_factory=BlockText)
    _context: _Context = field(default_factory=_Context)

    def build(self, roots: Iterable[etree._Element]) -> list[Block]:
        """Blocks for ``roots`` in document order."""
        for root in roots:
            self._element(root, 0)
            self._flush()
        return self.blocks

    # -- blocks ---------------------------------------------------------

    def _flush(self) -> None:
        line = self._line
        if not line:
            urls = line.open_urls()
            if urls:
                self._line = BlockText()
                for url in urls:
                    self._line.open_link(url)
            return
        urls = line.open_urls()
        text, links = line.finish()
        self._line = BlockText()
        for url in urls:
            self._line.open_link(url)
        if text:
            context = self._context
            self.blocks.append(Block(context.kind, text, links, context.level))

    def _enter(self, **changes: object) -> _Context:
        saved = self._context
        if not changes:
            # A plain block (a <div>, a <section>) keeps the context it is
            # in: no copy is made. A context is never altered once made
            # (only the copy below, before it is used), so sharing it is
            # the same as copying it.
            return saved
        context = _Context(
            saved.kind,
            saved.level,
            saved.list_depth,
            saved.quote_depth,
            saved.flat,
            saved.captioned,
        )
        for name, value in changes.items():
            setattr(context, name, value)
        self._context = context
        return saved

    def _block(self, element: etree._Element, depth: int, **changes: object) -> None:
        # Inside a flattened block (a heading, a table cell) a nested block
        # is only a word break; anywhere else it is a block of its own,
        # flushed under its own kind.
        outer_flat = self._context.flat
        if not outer_flat:
            self._flush()
        saved = self._enter(**changes)
        self._children(element, depth)
        if not outer_flat:
            self._flush()
        self._context = saved
        if outer_flat:
            self._line.add_space()

    # -- walking --------------------------------------------------------

    def _children(self, element: etree._Element, depth: int) -> None:
        text = element.text
        if text:
            self._line.add(text)
        for child in element:
            if isinstance(child.tag, str):
                self._element(child, depth + 1)
            tail = child.tail
            if tail:
                self._line.add(tail)

    def _element(self, element: etree._Element, depth: int) -> None:
        tag = element.tag
        if depth > MAX_DEPTH:
            self._line.add(" ".join(str(text) for text in element.itertext()))
            return
        context = self._context
        if tag == "br":
            if self._line.add_break() and not context.flat:
                self._flush()
        elif tag == "a":
            self._link(element, depth)
        elif tag == "img":
            self._image(element)
        elif tag == "q":
            self._line.add(_QUOTE_MARKS[0])
            self._children(element, depth)
            self._line.add(_QUOTE_MARKS[1])
        elif tag not in BLOCKS:
            self._children(element, depth)
        elif context.flat:
            self._line.add_space()
            self._children(element, depth)
            self._line.add_space()
        elif tag in HEADINGS:
            self._block(element, depth, kind=BlockKind.HEADING, level=int(tag[1]), flat=True)
            # A heading's own context ends with it; text after it is body.
        elif tag == "p" or tag == "dt" or tag == "dd":
            self._block(element, depth, kind=_inherited(context), level=context.level)
        elif tag == "blockquote":
            level = context.quote_depth + 1
            self._block(element, depth, kind=BlockKind.BLOCKQUOTE, level=level, quote_depth=level)
        elif tag in ("ul", "ol"):
            self._block(element, depth, list_depth=context.list_depth + 1)
        elif tag == "li":
            depth_of_list = max(context.list_depth, 1)
            self._block(element, depth, kind=BlockKind.LIST_ITEM, level=depth_of_list)
        elif tag == "pre":
            self._code(element)
        elif tag == "table":
            self._table(element, depth)
        else:
            # A block of no kind of its own (a <div>, a <section>, a
            # <figure>): its class is read and judged once for both caption
            # tests (each read and judged it, and asked for an image, again).
            cls = element.get(b"class")
            named = cls is not None and _caption_name(cls)
            if named and has_image(element):
                # A caption container (Blogger's table, WordPress'
                # wp-caption): its image is worth keeping even without alt
                # text.
                self._block(element, depth, captioned=True)
            elif tag == "figure":
                self._block(element, depth, captioned=bool(_IS_CAPTIONED(element)))
            elif tag == "figcaption" or (named and tag != "body"):
                # (A caption by its class holds no image: one with an image
                # is a container, above.)
                self._block(element, depth, kind=BlockKind.CAPTION, level=0, captioned=True)
            elif tag == "hr":
                self._flush()
            else:
                self._block(element, depth)

    def _link(self, element: etree._Element, depth: int) -> None:
        href = (element.get(b"href") or "").strip()
        url = self._absolute(href) if href else None
        if url is None:
            self._children(element, depth)
            return
        self._line.open_link(url)
        self._children(element, depth)
        self._line.close_link()

    def _absolute(self, href: str) -> str | None:
        if href.startswith("#") or href.lower().startswith(("javascript:", "data:", "vbscript:")):
            return None
        url = join_url(self.base_url, href)
        return url if url.lower().startswith(_LINK_SCHEMES) else None

    def _image(self, element: etree._Element) -> None:
        alt = " ".join((element.get("alt") or element.get("title") or "").split())
        context = self._context
        if self._line and (element.tail or "").strip():
            # An image inside a sentence (an emoji, a formula rendered as a
            # picture) reads as its alt text, in place.
            if alt and (len(alt) <= 3 or not images.is_icon(element)):
                self._line.add(alt)
            return
        if images.is_icon(element):
            # Emoji and icons read as their alt text ("😀"), if any.
            if alt and len(alt) <= 3:
                self._line.add(alt)
            return
        if context.flat:
            return
        resource = images.local_resource(element, self.resources, self.base_url)
        if resource is None:
            if images.remote_source(element) is None:
                return
            if not context.captioned and not images.meaningful_alt(alt):
                return
        if self._line and context.kind is BlockKind.PARAGRAPH:
            self._flush()
        elif self._line:
            # An image inside a caption or list item: keep the text whole.
            return
        name = None
        if resource is not None:
            name = resource.name
            self.used.setdefault(resource.name, resource)
        self.blocks.append(Block(BlockKind.IMAGE, alt, resource=name))

    def _code(self, element: etree._Element) -> None:
        self._flush()
        # Line-number gutters are gone already (extract.code).
        raw = "".join(str(text) for text in element.itertext())
        lines = [line.rstrip() for line in raw.replace("\r\n", "\n").split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        text = LINE_BREAK.join(line.replace("\u00a0", " ") for line in lines)
        if text.strip():
            self.blocks.append(Block(BlockKind.CODE, text))

    def _table(self, element: etree._Element, depth: int) -> None:
        rows = [row for row in element.iter("tr") if len(row)]
        if (
            element.get("role") == "presentation"
            or all(len(row) <= 1 for row in rows)
            or _LAYOUT_CELLS(element)
        ):
            # A layout table (old blogs, Blogger's image+caption table): its
            # cells are containers, read in order.
            self._block(element, depth, captioned=self._context.captioned or _is_captioned(element))
            return
        self._flush()
        if _field_rows(rows):
            # "Subjects: | ...", "Cite as: | ...": a list of fields, each row
            # a line of text ("Subjects: Computation and Language"), not a
            # grid of data (s48-html7).
            for row in rows:
                saved = self._enter(kind=BlockKind.PARAGRAPH, level=0, flat=True)
                for number, cell in enumerate(c for c in row if c.tag in _CELLS):
                    if number:
                        self._line.add(" ")
                    self._children(cell, depth + 2)
                self._flush()
                self._context = saved
            return
        caption = element.find("caption")
        if caption is not None:
            self._block(caption, depth, kind=BlockKind.CAPTION, level=0)
        saved = self._enter(kind=BlockKind.TABLE, level=0, flat=True)
        for number, row in enumerate(rows):
            if number:
                self._line.add_break()
            cells = 0
            for cell in row:
                if cell.tag not in ("td", "th"):
                    continue
                if cells:
                    self._line.add(" | ")
                self._children(cell, depth + 2)
                cells += 1
        self._flush()
        self._context = saved


_CELLS = ("td", "th")


def _field_rows(rows: list[etree._Element]) -> bool:
    """Is every row of a table two cells, the first a short label that ends
    with a colon ("Subjects:", "Cite as:"), and some value more than a
    number: fields and their values? A row of two header cells heads a grid
    ("Berth: | Boat:"), and figures alone are data ("Green: | 980";
    s48-final-extract)."""
    worded = False
    for row in rows:
        cells = [cell for cell in row if cell.tag in _CELLS]
        if len(cells) != 2 or cells[1].tag == "th":
            return False
        label = "".join(map(str, cells[0].itertext())).strip()
        if not label.endswith(":") or len(label) > 40:
            return False
        worded = worded or not _FIGURE.fullmatch("".join(map(str, cells[1].itertext())))
    return worded


_FIGURE = re.compile(r"\s*[-+\u2212]?[\d.,\u00a0 ]*\d[\d.,\u00a0 ]*%?\s*")
"""A value that is a number alone ("1,204", "12.5 %")."""


def _inherited(context: _Context) -> BlockKind:
    if context.kind in (BlockKind.BLOCKQUOTE, BlockKind.CAPTION, BlockKind.LIST_ITEM):
        return context.kind
    return BlockKind.PARAGRAPH


def _is_captioned(element: etree._Element) -> bool:
    cls = element.get(b"class")
    return cls is not None and _caption_name(cls) and has_image(element)
