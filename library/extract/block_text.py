"""The text of one block while it is being built from inline HTML.

HTML whitespace collapses as a browser renders it: any run of spaces, tabs,
newlines and no-break spaces is one space, none at the start or end of the
block and none around a line break. Links are kept as offsets into the
final text, so they stay right however the whitespace around them folds.
"""

from __future__ import annotations

import re

from quotemark.library.model import LINE_BREAK, Link

# Invisible characters that only get in the way of search and quotation
# matching: zero-width space, word joiner, BOM, soft hyphen, and control
# characters (never text; a page decoded with the wrong charset has them).
# ZWNJ/ZWJ stay: Persian and Indic scripts need them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")


def collapse_spaces(text: str) -> str:
    """``text`` with every run of whitespace (a no-break space among it) as
    one space, at its ends too: what ``re.sub(r"\\s+", " ", text)`` gives
    (``\\s`` and ``str.split`` take the same characters for whitespace), at
    a fraction of its cost on text with many single spaces, each of which
    the regex replaced by a new one."""
    words = text.split()
    if not words:
        return " " if text else ""
    collapsed = " ".join(words)
    if text[0].isspace():
        collapsed = " " + collapsed
    if text[-1].isspace():
        collapsed += " "
    return collapsed


class BlockText:
    """Accumulates one block's text and links (see the module doc)."""

    __slots__ = ("_ends_soft", "_length", "_links", "_open", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        # True when the text so far is empty or ends with a space or a line
        # break, so a following space is dropped.
        self._ends_soft = True
        self._links: list[Link] = []
        self._open: list[tuple[int, str]] = []

    def __bool__(self) -> bool:
        return self._length > 0

    def add(self, text: str) -> None:
        """Append text as HTML renders it (whitespace collapsed)."""
        if not text:
            return
        if text.isprintable() and "  " not in text:
            # No invisible character, no space but single ASCII ones
            # (whitespace and format characters are all "not printable"):
            # nothing to collapse, the common case, at no regex's cost.
            if self._ends_soft and text[0] == " ":
                text = text[1:]
                if not text:
                    return
        else:
            # (No test first: a text here holds a character that is not
            # printable or two spaces, nearly always white space to collapse;
            # one with neither white space nor an invisible character comes
            # out of the two unchanged.)
            text = collapse_spaces(_INVISIBLE.sub("", text))
            if not text:
                return
            if self._ends_soft and text[0] == " ":
                text = text[1:]
                if not text:
                    return
        self._parts.append(text)
        self._length += len(text)
        self._ends_soft = text[-1] == " "

    def add_space(self) -> None:
        """Separate what follows from what came before (a cell, a block
        flattened into a heading) with one space."""
        self.add(" ")

    def add_break(self) -> bool:
        """Append a line break; ``True`` when the text already ended with one
        (two ``<br>`` in a row end a paragraph)."""
        if not self._length:
            return False
        self._trim_space()
        if self._parts and self._parts[-1].endswith(LINE_BREAK):
            return True
        self._parts.append(LINE_BREAK)
        self._length += 1
        self._ends_soft = True
        return False

    def open_link(self, url: str) -> None:
        """Start a link to ``url`` at the current position."""
        self._open.append((self._length, url))

    def close_link(self) -> None:
        """End the innermost open link."""
        if not self._open:
            return
        start, url = self._open.pop()
        if self._length > start:
            self._links.append(Link(start, self._length, url))

    def open_urls(self) -> tuple[str, ...]:
        """The URLs of the links still open (to continue them in the next
        block when a link wraps several blocks)."""
        # (Asked at every block's end, where nearly always none is open:
        # then no list is built.)
        if not self._open:
            return ()
        return tuple(url for _, url in self._open)

    def finish(self) -> tuple[str, tuple[Link, ...]]:
        """The block's text and its links, trimmed; open links are closed
        at the end."""
        while self._open:
            self.close_link()
        text = "".join(self._parts)
        stripped_left = text.lstrip(" " + LINE_BREAK)
        shift = len(text) - len(stripped_left)
        text = stripped_left.rstrip(" " + LINE_BREAK)
        if not text:
            return "", ()
        links: list[Link] = []
        for link in sorted(self._links, key=lambda item: (item.start, -item.end)):
            start = max(link.start - shift, 0)
            end = min(link.end - shift, len(text))
            while start < end and text[start] in " " + LINE_BREAK:
                start += 1
            while end > start and text[end - 1] in " " + LINE_BREAK:
                end -= 1
            if start < end:
                links.append(Link(start, end, link.url))
        return text, tuple(links)

    def _trim_space(self) -> None:
        if self._parts and self._parts[-1].endswith(" "):
            last = self._parts[-1][:-1]
            self._length -= 1
            if last:
                self._parts[-1] = last
            else:
                self._parts.pop()
            for index, (start, url) in enumerate(self._open):
                if start > self._length:
                    self._open[index] = (self._length, url)
