"""The stored original page as a researcher looks at it, and where a passage
of it belongs in the extracted body.

:func:`original_page` turns a post's stored input into HTML that a local
renderer can show with nothing remote in it (no scripts, styles, frames or
links to other files; images only the post's own stored ones, named
``quotemark-resource:NAME``), plus the page's text in reading order.
:func:`place` finds where a passage of that page goes among the body's
blocks, by where the blocks and the passage stand in the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from lxml import etree

from quotemark.library.extract.html import parse_page
from quotemark.library.model import Block, RawDocument

RESOURCE_SCHEME = "quotemark-resource:"
"""How the original page names a stored image (as the reader does)."""

# Nothing of these is text a researcher reads, and each could name
# something remote: scripts, styles (@import, url()), frames, embeds,
# forms' targets, and the head's links to other files.
_DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "link",
    "meta",
    "base",
    "svg",
    "math",
    "video",
    "audio",
    "source",
    "track",
    "picture",
    "canvas",
    "head",
)
# Attributes that may fetch something or run something; links (href) stay
# as text to read, the view never follows them.
_UNSAFE_ATTRIBUTES = ("srcset", "style", "background", "poster", "data", "action", "formaction")

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "br",
        "hr",
        "address",
        "details",
        "summary",
    ]
)


@dataclass(frozen=True, slots=True)
class OriginalPage:
    """The stored page as safe local HTML, and its text in reading order
    (paragraphs on their own lines)."""

    html: str
    text: str
    images: tuple[tuple[str, str], ...] = ()
    """The name each stored image has in ``html``, and the resource's name."""


def original_page(raw: RawDocument) -> OriginalPage:
    """The page ``raw`` was read from, ready to show locally (nothing in it
    refers to anything but the post's stored images)."""
    if raw.html is None:
        text = raw.text or ""
        paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
        html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return OriginalPage(f"<html><body>{html}</body></html>", "\n".join(paragraphs))
    root = parse_page(raw.html, raw.path)
    etree.strip_elements(
        root, *_DROPPED, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    for element in root.iter("*"):
        for name in [str(n) for n in element.attrib]:
            if name in _UNSAFE_ATTRIBUTES or name.lower().startswith("on"):
                del element.attrib[name]
    images: dict[str, str] = {}
    for image in list(root.iter("img")):
        _local_image(image, raw, images)
    html = etree.tostring(root, encoding="unicode", method="html")
    return OriginalPage(html, _reading_text(root), tuple(images.items()))


def _local_image(element: etree._Element, raw: RawDocument, images: dict[str, str]) -> None:
    resource = raw.resources.get(element.get("src") or "")
    if resource is not None:
        # A name of plain letters and digits: a renderer may re-encode
        # anything else in a URL, and the lookup would miss.
        known = {name: ref for ref, name in images.items()}
        ref = known.get(resource.name, f"{RESOURCE_SCHEME}i{len(images)}")
        images[ref] = resource.name
        element.set("src", ref)
        return
    # A remote image is never fetched: its alt text stands in its place
    # (an image without a source would make a renderer look for a file).
    alt = " ".join((element.get("alt") or "").split())
    stand_in = etree.Element("span")
    stand_in.text = f"[{alt}]" if alt else ""
    stand_in.tail = element.tail
    parent = element.getparent()
    if parent is not None:
        parent.replace(element, stand_in)


def _reading_text(root: etree._Element) -> str:
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        block = isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = ("".join(parts)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _squeezed(text: str) -> str:
    # Whitespace is where a rendering and an extraction differ most (line
    # breaks, non-breaking spaces, paragraph separators): compare without it.
    return "".join(text.split())


def in_page(page_text: str, passage: str) -> bool:
    """Whether ``passage`` is text of the page (whitespace aside)."""
    wanted = _squeezed(passage)
    return bool(wanted) and wanted in _squeezed(page_text)


_KEY_LENGTH = 60
# A block is looked for in the page by its beginning: the extractor may
# have rewritten its end (math as TeX, a code listing's numbers dropped).


def place(page_text: str, blocks: Sequence[Block], passage: str) -> int | None:
    """The index among ``blocks`` where ``passage`` goes: after the last
    block that comes before it in the page. ``None`` when the passage is
    not in the page."""
    page = _squeezed(page_text)
    wanted = _squeezed(passage)
    at_passage = page.find(wanted) if wanted else -1
    if at_passage == -1:
        return None
    index = 0
    cursor = 0
    for number, block in enumerate(blocks):
        key = _squeezed(block.text)[:_KEY_LENGTH]
        if not key:
            continue  # an image without alt text: no place of its own in the text
        found = page.find(key, cursor)
        if found == -1:
            continue  # text the page does not show as such (a rewritten block)
        if found >= at_passage:
            break
        index = number + 1
        cursor = found + len(key)
    return index
