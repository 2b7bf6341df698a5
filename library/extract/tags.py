"""What HTML elements are, for extraction: the tag categories every stage
of :mod:`quotemark.library.extract` agrees on."""

from __future__ import annotations

DROPPED = (
    "script",
    "style",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "canvas",
    "button",
    "input",
    "select",
    "option",
    "optgroup",
    "datalist",
    "textarea",
    "link",
    "meta",
    "base",
    "nav",
    "dialog",
    "menu",
    "map",
    "area",
    "audio",
    "video",
    "head",
    "title",
)
"""Elements whose content is never article text (scripts, controls, media
players, navigation): removed with everything inside, before any scoring.
(``<source>`` is not among them: libxml2 does not know it is empty and may
nest the ``<img>`` of a ``<picture>`` inside it.)"""

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "noscript",
        "picture",
    }
    | HEADINGS
)
"""Elements that start a new block of text (the rest are inline)."""

CONTAINERS = frozenset(
    {"div", "section", "article", "main", "td", "body", "center", "form", "blockquote", "dd"}
)
"""Blocks that may hold a whole article body (candidates for the main content)."""
