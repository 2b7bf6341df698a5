"""A stored ISO date as a reader of the user's locale writes it: the
"medium" form, with the month's short name and no weekday ("9 Mar 2024" in
British English, "Mar 9, 2024" in American, "9. März 2024" in German).

Qt offers a long form (with the weekday and the whole month name) and a
short, numeric one ("09/03/2024", ambiguous between locales); the medium
form is the long one without the weekday and with the short month name.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

_WEEKDAY_FIRST = re.compile(r"d{4}[\s,.]*")
_WEEKDAY_LAST = re.compile(r"[\s,]*d{4}")
_MONTH_NAME = re.compile(r"M{4}")


def medium_format(locale: QLocale) -> str:
    """``locale``'s long date format without the weekday, with the month's
    short name (a Qt date format string)."""
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    shorter = _WEEKDAY_LAST.sub("", _WEEKDAY_FIRST.sub("", long, count=1), count=1)
    return _MONTH_NAME.sub("MMM", shorter).strip(" ,")


def medium_date(published: str | None, locale: QLocale | None = None) -> str:
    """``2024-03-09`` or ``2024-03-09T18:40:00+02:00`` (the day the page
    states, in its own time zone) in ``locale``'s medium form (the
    default locale when None); ``2024-03`` as the month and year; a year,
    or anything unreadable, as given."""
    if not published:
        return ""
    shown_in = locale if locale is not None else QLocale()
    text = published.strip()
    day: date | None
    try:
        day = datetime.fromisoformat(text).date()
    except ValueError:
        try:
            day = date.fromisoformat(text[:10]) if len(text) >= 10 else None
        except ValueError:
            day = None
    if day is not None:
        return shown_in.toString(QDate(day.year, day.month, day.day), medium_format(shown_in))
    parts = text.split("-")
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return shown_in.toString(QDate(int(parts[0]), int(parts[1]), 1), "MMM yyyy")
    return text


def read_medium_date(text: str, locale: QLocale | None = None) -> str | None:
    """The ISO date of ``text`` written in ``locale``'s medium form (as
    :func:`medium_date` shows one, "9. März 2024"; the month and year
    alone, "Mar 2024", gives ``2024-03``); ``None`` for any other text.
    The core reads English and ISO forms; this reads back the form shown
    in whatever language the locale has."""
    read_in = locale if locale is not None else QLocale()
    text = text.strip()
    for form, width in ((medium_format(read_in), 10), ("MMM yyyy", 7)):
        day = read_in.toDate(text, form)
        if day.isValid():
            return day.toString("yyyy-MM-dd")[:width]
    return None
