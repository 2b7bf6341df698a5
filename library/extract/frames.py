"""A page whose article sits in an inline frame.

An ``<iframe srcdoc>`` carries a whole document in an attribute: an archived
newsletter's web view, a reader view, and every frame of a page saved by
SingleFile (which inlines frames that way). The frame is dropped with the
other embeds, so when the article was in one the body became the page
around it (a footer). A frame whose document holds more text than all the
rest of the page is the page's text: its body takes the frame's place. An ad
or an embedded post in a frame beside an article holds less and still goes.
"""

from __future__ import annotations

from lxml import etree

from quotemark.library.errors import UnreadableInput
from quotemark.library.extract.cleaning import TEXT_LENGTH
from quotemark.library.extract.parser import parse_markup

MIN_FRAME_TEXT = 200
"""Characters of text below which a frame is an embed, never the article."""


def inline_frames(root: etree._Element, frames: list[etree._Element], path: str) -> bool:
    """Put the document of the ``<iframe srcdoc>`` among ``frames`` that holds
    most of the page's text in the frame's place (see the module doc); say
    whether one did."""
    page_length: float | None = None
    for frame in frames:
        source = frame.get("srcdoc")
        if not source or len(source) < MIN_FRAME_TEXT:
            continue
        try:
            document = parse_markup(source.encode("utf-8", "replace"), path)
        except (UnreadableInput, etree.ParserError, ValueError):
            continue
        body = document.find("body") if document is not None else None
        if body is None:
            continue
        length = TEXT_LENGTH(body)
        if length < MIN_FRAME_TEXT:
            continue
        if page_length is None:
            page_length = TEXT_LENGTH(root)
        if length <= page_length:
            continue
        frame.attrib.clear()
        frame.tag = "div"
        frame.text = body.text
        frame.extend(list(body))
        return True
    return False
