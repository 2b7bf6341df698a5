"""Links in plain text: Markdown links and bare web addresses.

Kept apart so the chrome (a "Permalink: URL" line) and the blocks trim
addresses the same way.
"""

from __future__ import annotations

import re

from quotemark.library.model import Link

_URL = re.compile(r"https?://[^\s<>\"\u201c\u201d]+", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^\s()]+(?:\([^\s()]*\))?)\)")


def linked(text: str) -> tuple[str, tuple[Link, ...]]:
    """Block text with Markdown links turned into their text, and the links
    (Markdown and bare web addresses) as :class:`Link` spans."""
    links: list[Link] = []
    pieces: list[str] = []
    position = 0
    length = 0
    for match in _MARKDOWN_LINK.finditer(text):
        before = text[position : match.start()]
        pieces.append(before)
        length += len(before)
        label = match[1]
        links.append(Link(length, length + len(label), match[2]))
        pieces.append(label)
        length += len(label)
        position = match.end()
    pieces.append(text[position:])
    plain = "".join(pieces)
    taken = [(link.start, link.end) for link in links]
    for match in _URL.finditer(plain):
        url = trim_url(match[0])
        start = match.start()
        end = start + len(url)
        if any(start < stop and end > begin for begin, stop in taken):
            continue
        links.append(Link(start, end, url))
    links.sort(key=lambda link: link.start)
    return plain, tuple(links)


def trim_url(url: str) -> str:
    while url and url[-1] in ".,;:!?'\u2019\u201d\"*":
        url = url[:-1]
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1]
    return url
