"""The one configured lxml HTML parser, and the reading of its error log.

libxml2 drops text silently when a page passes one of its limits: at the
default settings everything nested deeper than 256 elements is gone and a
text node over 10 MB empties the page. ``huge_tree`` lifts both (to 2,048
levels, and no text-size limit); a page deeper still is parsed a second time
with its innermost tags dropped and their text kept, so no words are lost.
Whatever libxml2 still reports as fatal becomes an
:class:`~quotemark.library.errors.UnreadableInput` naming the file, never a quiet loss.

Every place that turns markup into an lxml tree goes through
:func:`parse_markup`.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.errors import UnreadableInput

MAX_DEPTH = 1_500
"""Nesting kept when a page is too deep for libxml2 (which stops at 2,048
with ``huge_tree``); the margin covers tags the flattening cannot pair."""

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>")
# Kept even when deep: they make the paragraphs, and they rarely nest.
_BLOCKS = frozenset(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "td"])
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def new_parser() -> etree.HTMLParser:
    """An HTML parser with Quotemark's settings: UTF-8 input, no comments or
    processing instructions, no network, libxml2's size limits lifted, and
    no table of ``id`` attributes (nothing looks elements up by id, and
    filling it is a tenth of the parse).

    A parser keeps the error log of its last parse, so each parse gets its
    own (building one costs microseconds).
    """
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        collect_ids=False,
    )


def parse_markup(data: bytes, path: str) -> etree._Element | None:
    """Parse UTF-8 HTML ``data`` into a tree (``None`` when libxml2 finds
    nothing in it).

    A page nested deeper than libxml2 allows is flattened below
    :data:`MAX_DEPTH` and parsed again. Raises
    :class:`~quotemark.library.errors.UnreadableInput` naming ``path`` when libxml2
    still reports a fatal error, since the tree would miss text.
    """
    root, fatal = _parse(data)
    if fatal is not None and "depth" in fatal.message.lower():
        root, fatal = _parse(flatten(data.decode("utf-8", "replace")).encode("utf-8"))
    if fatal is not None:
        raise UnreadableInput(
            f"{path}: part of the page could not be read ({fatal.message.strip()} at line "
            f"{fatal.line}); save the page again from the browser and re-import it.",
            path=path,
        )
    return root


def _parse(data: bytes) -> tuple[etree._Element | None, etree._LogEntry | None]:
    parser = new_parser()
    root = etree.fromstring(data, parser=parser)
    fatal = next(
        (entry for entry in parser.error_log if entry.level == etree.ErrorLevels.FATAL), None
    )
    return root, fatal


def flatten(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` with every tag that would open deeper than ``limit`` (and its
    end tag) removed, and all text kept; paragraph-making tags (``p``,
    ``li``, headings, ...) stay, so deep paragraphs do not run together.

    Depth is counted from the tags as written, which over-counts elements
    whose end tag HTML lets a page omit: that drops some structure early,
    never text.
    """
    out: list[str] = []
    stack: list[str] = []
    dropped: list[str] = []
    position = 0
    for match in _TAG.finditer(html):
        out.append(html[position : match.start()])
        position = match.end()
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            if dropped and dropped[-1] == name:
                dropped.pop()
                continue
            if name in stack:
                while stack and stack.pop() != name:
                    pass
            out.append(match.group(0))
        elif name in _VOID or self_closing:
            out.append(match.group(0))
        elif len(stack) >= limit and name not in _BLOCKS:
            dropped.append(name)
        else:
            stack.append(name)
            out.append(match.group(0))
    out.append(html[position:])
    return "".join(out)
