"""The body of a saved Gmail thread: every message, in order, each under a
line naming its sender and time, without the quoted history.

Serves mail.google.com (recognised by Gmail's own markup: message elements
carrying ``data-message-id`` or the ``adn`` class, with an ``a3s`` body).
The general body choice picks the one message with the most prose and drops
the rest of the thread, while the quoted copies of earlier messages inside
each reply ("On Mon, ... wrote:" and the block quote after it), which Gmail
hides behind its "…" button, read as text. The thread's title, author and
date come from :mod:`quotemark.library.extract.sites`.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.cleaning import drop_element
from quotemark.library.extract.xpath import Query


def _class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_MESSAGES = Query(f".//div[{_class('adn')}]")
_MESSAGE_BODY = Query(f".//div[{_class('a3s')}]")
_SENDER = Query(f".//span[{_class('gD')}][@name]")
_TIME = Query(f".//span[{_class('g3')}][@title]")
# Quoted history and what Gmail folds away: the "On ... wrote:" line, the
# quote, the "…" toggle and a repeated signature.
_FOLDED = Query(
    f".//*[{_class('gmail_quote')} or {_class('gmail_attr')} or {_class('adL')}"
    f" or {_class('yj6qo')} or self::blockquote]"
)
_QUOTED_LINE = re.compile(r"^\s*>")
_INLINE = frozenset({"a", "span", "b", "strong", "i", "em", "u", "font"})


def thread_messages(body: etree._Element) -> list[etree._Element] | None:
    """One element per message of a Gmail thread under ``body`` (a header
    paragraph and the message's own text), or ``None`` when the page is
    not a Gmail thread."""
    messages = [
        message
        for message in _MESSAGES.elements(body)
        if _MESSAGE_BODY.elements(message) and not _inside_other(message)
    ]
    if not messages:
        return None
    return [_message(message) for message in messages]


def _inside_other(message: etree._Element) -> bool:
    return any("adn" in (parent.get("class") or "").split() for parent in message.iterancestors())


def _message(message: etree._Element) -> etree._Element:
    out = etree.Element("div")
    header = etree.SubElement(out, "p")
    sender = _SENDER.elements(message)
    when = _TIME.elements(message)
    parts = [
        (sender[0].get("name") or "").strip() if sender else "",
        (when[0].get("title") or "").strip() if when else "",
    ]
    header.text = " · ".join(part for part in parts if part)
    for text_body in _MESSAGE_BODY.elements(message)[:1]:
        for folded in _FOLDED.elements(text_body):
            if folded.getparent() is not None:
                drop_element(folded)
        _drop_quoted_lines(text_body)
        out.append(text_body)
    return out


def _drop_quoted_lines(element: etree._Element) -> None:
    # A plain-text reply quotes history as literal "> " lines; a line ends
    # at the next <br> or block, and may hold links (the quoted address).
    for node in list(element.iter(etree.Element)):
        if node is not element and node.getparent() is None:
            continue  # inside a line already removed
        if node.text and _QUOTED_LINE.match(node.text):
            node.text = None
            _drop_rest_of_line(node[0] if len(node) else None)
        if node is not element and node.tail and _QUOTED_LINE.match(node.tail):
            node.tail = None
            _drop_rest_of_line(node.getnext())


def _drop_rest_of_line(node: etree._Element | None) -> None:
    while node is not None and node.tag in _INLINE:
        following = node.getnext()
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)  # with its tail: the rest of the line
        node = following
