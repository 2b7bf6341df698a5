"""Dates written as lines of a plain-text post.

Stricter than :mod:`quotemark.library.extract.dates`, which reads any value a page's
markup holds: here a line counts as a date only when it is nothing but a
date (with an optional weekday and time), so a sentence that mentions one is
never taken for the post's date line.
"""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?:\s*(?:,|at|@|-|\u2013|\u2014|\|)?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?)?"
)
_DATE_FORMS = tuple(
    re.compile(r"^" + _WEEKDAY + form + _TIME + r"\s*$", re.IGNORECASE)
    for form in (
        _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,  # November 11, 2017
        _DAY + r"\.?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,  # 11 November 2017
        _YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?",  # 2017-11-11
        _YEAR + r"/(?P<m>\d{1,2})/(?P<d>\d{1,2})",  # 2017/11/11
        r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)" + _YEAR,  # 11/11/2017
    )
)
_DATES_INSIDE = tuple(
    re.compile(r"(?<![\w/.-])" + form + r"(?![\w/-])", re.IGNORECASE)
    for form in (
        _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
        _DAY + r"\.?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
        _YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)",
        r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)" + _YEAR,
    )
)
DATE_PREFIX = re.compile(
    r"^(?P<word>posted|published|updated|last updated|modified|written|date|dated)"
    r"(?:\s+on)?\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def find_date(text: str) -> str | None:
    """The first date written anywhere in ``text`` (a byline's tail such as
    "on November 11, 2017 in News"), as ``YYYY-MM-DD``."""
    for form in _DATES_INSIDE:
        match = form.search(text)
        if match is not None:
            found = parse_date(match.group(0))
            if found is not None:
                return found
    return None


def parse_date(text: str) -> str | None:
    """``YYYY-MM-DD`` for a line that is only a date (with an optional
    weekday and time); ``None`` otherwise. Slashed dates are month first
    unless the first number cannot be a month; dotted and dashed ones are
    day first, as written in Europe."""
    text = text.strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if match is None:
            continue
        found = match.groupdict()
        year = int(found["year"])
        if found.get("month"):
            month = _MONTHS[found["month"].lower()]
            day = int(found["day"])
        elif found.get("m"):
            month, day = int(found["m"]), int(found["d"])
        else:
            first, second = int(found["a"]), int(found["b"])
            day_first = found["sep"] != "/" or first > 12
            month, day = (second, first) if day_first else (first, second)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_MONTH_YEAR = re.compile(r"^" + _MONTH + r",?\s+" + _YEAR + r"\s*$", re.IGNORECASE)


def parse_month_year(text: str) -> str | None:
    """``YYYY-MM`` for text that is only a month and a year ("December
    2026", "Dec 2026"); ``None`` otherwise. Not used by the extraction (a
    post's date line names its day): it reads a partial date a person types."""
    match = _MONTH_YEAR.match(text.strip())
    if match is None:
        return None
    return f"{int(match['year']):04d}-{_MONTHS[match['month'].lower()]:02d}"
