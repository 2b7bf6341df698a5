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
# Three numbers with slashes, dots or dashes between ("4/12/2026",
# "04.12.2026", "2026/12/4"); a trailing dot as Hungarian writes one.
_NUMERIC = re.compile(r"^(\d{1,4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})\.?$")


def medium_format(locale: QLocale) -> str:
    """``locale``'s long date format without the weekday, with the month's
    short name (a Qt date format string)."""
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    shorter = _WEEKDAY_LAST.sub("", _WEEKDAY_FIRST.sub("", long, count=1), count=1)
    return _MONTH_NAME.sub("MMM", shorter).strip(" ,")


_FORMATS: dict[str, str] = {}
""":func:`medium_format` by locale name: the post list formats a date per
row it paints, and the format's regex work need not be done per row."""


def _medium_format(locale: QLocale) -> str:
    name = locale.name()
    form = _FORMATS.get(name)
    if form is None:
        form = _FORMATS[name] = medium_format(locale)
    return form


def medium_date(published: str | None, locale: QLocale | None = None) -> str:
    """``2024-03-09`` or ``2024-03-09T18:40:00+02:00`` (the day the page
    states, in its own time zone) in ``locale``'s medium form (the
    default locale when None); ``2024-03`` as the month and year; a year,
    or anything unreadable, as given. The one form of a date the window
    shows: the post list's rows, the reader's header, the Info tab."""
    if not published:
        return ""
    shown_in = locale if locale is not None else QLocale()
    text = published.strip()
    if len(text) == 4:
        return text  # a year alone, the commonest partial date: nothing to parse
    day: date | None
    try:
        day = datetime.fromisoformat(text).date()
    except ValueError:
        try:
            day = date.fromisoformat(text[:10]) if len(text) >= 10 else None
        except ValueError:
            day = None
    if day is not None:
        return shown_in.toString(QDate(day.year, day.month, day.day), _medium_format(shown_in))
    parts = text.split("-")
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return shown_in.toString(QDate(int(parts[0]), int(parts[1]), 1), "MMM yyyy")
    return text


def date_examples(locale: QLocale | None = None) -> str:
    """The forms the Info tab's date field reads, written as ``locale``
    shows a date: "4 Dec 2026, Dec 2026 or 2026" in Britain, "Dec 4, 2026;
    Dec 2026 or 2026" in the US (its own comma would run into the list's)."""
    day, month = medium_date("2026-12-04", locale), medium_date("2026-12", locale)
    return f"{day}{'; ' if ',' in day else ', '}{month} or 2026"


def numbers_hint(locale: QLocale | None = None) -> str:
    """How the date field reads a date typed in numbers where ``locale``
    is (its tooltip): which comes first, with an example read back."""
    order = numeric_order(locale if locale is not None else QLocale())
    if order is None or order[0] == "y":
        return (
            "A date in numbers alone (4/12/2026) could be day or month first: "
            "write the month as a word or the date as 2026-12-04."
        )
    typed = "4/12/2026" if order[0] == "d" else "12/4/2026"
    first = "day" if order[0] == "d" else "month"
    return (
        f"Numbers are read {first} first here: {typed} is {medium_date('2026-12-04', locale)}; "
        "2026-12-04 is read anywhere."
    )


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


def numeric_order(locale: QLocale) -> str | None:
    """The order of day, month and year in ``locale``'s short (numeric)
    date format: ``"dMy"`` (British, German), ``"Mdy"`` (American),
    ``"yMd"`` (Swedish, Japanese); ``None`` when the format lacks one."""
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    where = {field: form.find(field) for field in "dMy"}
    if min(where.values()) < 0:
        return None
    return "".join(sorted(where, key=where.__getitem__))


def read_numeric_date(text: str, locale: QLocale | None = None) -> str | None:
    """The ISO date of a date typed in numbers ("4/12/2026"): year first
    is always year, month, day; otherwise read in the order of ``locale``'s
    short date format (4 December in Britain, April 12 in the US), the year
    written whole. ``None`` when the locale does not settle the order (its
    short form is year first, as in Sweden or Japan) or the numbers are no
    date in that order: the core then refuses a date that could be either,
    naming both, and reads one that can be only one."""
    found = _NUMERIC.match(text.strip())
    if found is None:
        return None
    numbers = (found[1], found[2], found[3])
    if len(numbers[0]) == 4:
        order: str | None = "yMd"
    else:
        order = numeric_order(locale if locale is not None else QLocale())
        if order is None or order[0] == "y":
            return None
    assert order is not None
    parts = dict(zip(order, numbers, strict=True))
    if len(parts["y"]) != 4 or len(parts["d"]) > 2 or len(parts["M"]) > 2:
        return None  # "4/12/26": which century is not guessed
    try:
        return date(int(parts["y"]), int(parts["M"]), int(parts["d"])).isoformat()
    except ValueError:
        return None
