"""BBCode, the markup of forum posts and of game-store announcements, as
HTML the block builder reads like any page.

Some pages carry their post only as BBCode inside a data attribute and
build the visible page with scripts; a saved copy shows nothing. The text
is escaped first, so the only markup in the result is what the known tags
below turn into; unknown tags are dropped and their text kept.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from quotemark.library.extract.parser import parse_markup

_TAG = re.compile(r"\[(/?)([a-z*][a-z0-9*]*)(?:=([^\]]*))?\]", re.IGNORECASE)
_SIMPLE = {
    "b": "strong",
    "i": "em",
    "u": "u",
    "s": "s",
    "strike": "s",
    "h1": "h2",
    "h2": "h2",
    "h3": "h3",
    "quote": "blockquote",
    "code": "code",
    "p": "p",
    "list": "ul",
    "olist": "ol",
    "table": "table",
    "tr": "tr",
    "td": "td",
    "th": "th",
}
_DROPPED_WITH_CONTENT = frozenset({"previewyoutube", "video", "spoiler_hidden"})


def bbcode_html(source: str) -> str:
    """``source`` BBCode as an HTML fragment (a string of block elements)."""
    out: list[str] = []
    position = 0
    skipping: str | None = None
    open_items = 0
    link_tags: list[str] = []
    for match in _TAG.finditer(source):
        closing, name, value = match.group(1), match.group(2).lower(), match.group(3)
        if skipping is None:
            out.append(_text(source[position : match.start()]))
        position = match.end()
        if skipping is not None:
            if closing and name == skipping:
                skipping = None
            continue
        if name in _DROPPED_WITH_CONTENT and not closing:
            skipping = name
        elif name == "url":
            # Only web addresses become links ("[url=javascript:...]" is text).
            if closing:
                out.append(f"</{link_tags.pop()}>" if link_tags else "")
                continue
            address = (value or "").strip().strip("\"'")
            if address.lower().startswith(("http://", "https://")):
                link_tags.append("a")
                out.append(f'<a href="{_attribute(address)}">')
            else:
                link_tags.append("span")
                out.append("<span>")
        elif name == "img" and not closing:
            end = source.lower().find("[/img]", position)
            address = source[position:end] if end >= 0 else ""
            if address:
                out.append(f'<img src="{_attribute(address.strip())}">')
                position = end + len("[/img]")
        elif name == "*":
            out.append("</li><li>" if open_items else "<li>")
            open_items = 1
        elif name == "hr" and not closing:
            out.append("<hr>")
        elif name in _SIMPLE:
            tag = _SIMPLE[name]
            if closing and name in ("list", "olist") and open_items:
                out.append("</li>")
                open_items = 0
            out.append(f"</{tag}>" if closing else f"<{tag}>")
    if skipping is None:
        out.append(_text(source[position:]))
    return "".join(out)


def bbcode_elements(source: str, path: str = "") -> list[etree._Element]:
    """``source`` BBCode parsed into HTML elements (see :func:`bbcode_html`)."""
    markup = bbcode_html(source)
    if not markup.strip():
        return []
    page = f"<html><body><div>{markup}</div></body></html>"
    root = parse_markup(page.encode("utf-8"), path)
    body = root.find("body") if root is not None else None
    return list(body) if body is not None else []


def _text(text: str) -> str:
    # A blank line separates paragraphs; a single newline is a line break.
    escaped = html.escape(text, quote=False)
    return escaped.replace("\n\n", "<br><br>").replace("\n", "<br>")


def _attribute(value: str) -> str:
    return html.escape(value.strip().strip("\"'"), quote=True)
