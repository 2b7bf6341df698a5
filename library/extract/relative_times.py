"""Relative times ("2 days ago") written as the date they stand for.

Forums, Reddit, Hacker News and GitHub print a post's or comment's time
relative to when the page was rendered, and keep the absolute time in the
markup (``<time datetime>``, ``<relative-time datetime>``, a ``title``).
Saved, the relative wording is wrong the next day and means nothing in a
citation; the date it stands for does not change.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.cleaning import is_attached
from quotemark.library.extract.dates import date_part, parse_date

_RELATIVE = re.compile(
    # English, then German, French, Spanish, Portuguese and Russian ("назад").
    r"\b(?:ago|yesterday|just now|today)\b|^(?:vor|il y a|hace|há)\s"
    r"|\b\u043d\u0430\u0437\u0430\u0434\b",
    re.IGNORECASE,
)
MAX_LENGTH = 40
"""A relative time is short ("2 days ago", "an hour ago")."""
PROSE = 80
"""Characters of other text in the same paragraph that make it prose."""
_LINE_TAGS = frozenset({"p", "li", "dd", "td", "div", "blockquote", "header", "footer"})


def _in_prose(element: etree._Element, own: int) -> bool:
    # A time label stands in a short line (a byline, a comment's tagline);
    # in a sentence it is the author's wording and stays as written.
    for line in element.iterancestors():
        if line.tag in _LINE_TAGS:
            text = " ".join("".join(str(part) for part in line.itertext()).split())
            return len(text) - own > PROSE
    return False


def absolute_times(elements: list[etree._Element], root: etree._Element) -> None:
    """Replace, in place, the text of every element in ``elements`` (time
    markup noted by the survey) that reads as a relative time with the date
    its markup states; anything else is left alone."""
    for element in elements:
        if not is_attached(element, root):
            continue
        text = " ".join("".join(str(part) for part in element.itertext()).split())
        if not text or len(text) > MAX_LENGTH or not _RELATIVE.search(text):
            continue
        if _in_prose(element, len(text)):
            continue  # the author's own words ("the 3 months ago update")
        stamp = element.get("datetime") or element.get("title")
        day = date_part(parse_date(stamp))
        if day is None:
            continue
        for child in list(element):
            element.remove(child)
        element.text = day
