"""Publication dates as pages state them, normalised to ISO 8601.

Pages write dates every way there is: ISO timestamps in metadata, RFC 2822 in
feeds, "Saturday, November 11, 2017" in Blogger's date header, "11 nov. 2017"
in a French byline, a Unix timestamp in a data attribute. :func:`parse_date`
turns one such value into ``YYYY-MM-DD``, or into a full timestamp with its
UTC offset when the value states both a time and an offset (a time without an
offset says nothing certain about the instant, so it is dropped rather than
guessed). The calendar date is always the one the page states: a timestamp is
never shifted into another zone, so "23:30-04:00" stays on its own day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_tz

EARLIEST_YEAR = 1990
"""No web post is older; earlier "dates" are copyright lines or history."""

_ISO = re.compile(
    r"(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r"(?![\d])",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$")
_NUMERIC_YMD = re.compile(r"(?<![\d/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])")
_NUMERIC_DMY = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# "2026年3月5日" (Japanese, Chinese), "2026년 3월 5일" (Korean): the year,
# month and day each followed by its counter.
_CJK_YMD = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# "令和8年3月5日": a Japanese era's year (元年, its first), counted from the
# year before the era began.
_ERA_YMD = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ERA_BEFORE = {"令和": 2018, "平成": 1988, "昭和": 1925}

# Month names (and their usual abbreviations) in the languages researchers
# most often save posts in. Keys are lower case without a trailing dot.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jän enero ene gennaio gen janeiro januari",
        "february feb febr février févr fevrier fevr februar febrero febbraio fevereiro fev "
        "februari",
        "march mar mars märz maerz marzo março marco maart",
        "april apr avril avr abril abr aprile",
        "may mai mayo maggio mag maio mei",
        "june jun juin juni junio giugno giu junho",
        "july jul juillet juil juli julio luglio lug julho",
        "august aug août aout agosto ago augustus",
        "september sep sept septembre septiembre settembre set setembro",
        "october oct octobre oktober okt octubre ottobre ott outubro out",
        "november nov novembre noviembre novembro",
        "december dec décembre decembre dezember dez diciembre dic dicembre dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
del _number, _names, _name

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_TIME = (
    r"(?:[,\s]+(?:at\s+|um\s+|à\s+|a\s+las\s+)?(\d{1,2})[:h.](\d{2})(?::(\d{2}))?"
    r"\s*([ap]\.?m\.?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2}|(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?)?)?"
)
# "November 11, 2017", "Nov. 11th 2017, 3:04 pm EST"
_MDY = re.compile(
    rf"(?<![\w])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?![\d]){_TIME}",
    re.IGNORECASE,
)
# "11 November 2017", "11. November 2017", "11 de noviembre de 2017", "11-Nov-2017"
_DMY = re.compile(
    rf"(?<![\w])(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?(?:\s+de|\s*-|\s)\s*({_MONTH_ALT})\.?"
    rf"(?:\s+de|\s*-|,|\s)\s*(\d{{4}})(?![\d]){_TIME}",
    re.IGNORECASE,
)
_NAMED_ZONES = {"z": 0, "utc": 0, "gmt": 0}
_DAY_YEAR = re.compile(r"\d(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)", re.IGNORECASE)
"""What every match of :data:`_MDY` holds: the day's last digit, then the
year ("5, 2017", "11th 2017"). Searched first: it opens with a digit, which
the search skips to, where :data:`_MDY` opens with a look-behind and a
hundred month names in any case, tried at every word of the text (the
dearest pattern of a page's metadata)."""


def parse_date(value: str | None) -> str | None:
    """One date value from a page as ISO 8601, or ``None``.

    Accepts ISO 8601 (also with a space for ``T`` or without separators), RFC
    2822, numeric ``YYYY/MM/DD`` and ``DD.MM.YYYY``/``MM/DD/YYYY``, dates with
    month names in English, French, German, Spanish, Italian, Portuguese and
    Dutch, the CJK ``2026年3月5日`` and ``2026년 3월 5일``, and 10 or 13 digit
    Unix timestamps. The value may carry words around the date ("Posted on
    ..."); the first date found wins.
    """
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > 400:
        return None
    if _EPOCH.match(text):
        return _from_epoch(int(text[:10]))
    compact = _COMPACT.match(text)
    if compact:
        year, month, day, hour, minute, second = compact.groups()
        return _build(year, month, day, hour, minute, second, None)
    return find_date(text)


def find_date(text: str) -> str | None:
    """The first plausible date written anywhere in ``text`` (ISO, RFC 2822,
    month-name or numeric forms), as :func:`parse_date` normalises it."""
    # (The patterns open with a look-behind, which leaves a search no
    # character to skip ahead to: each is tried at every character of the
    # text. One whose dates hold a mark, "-" or "/" or ".", is searched only
    # in a text holding it, found at memchr speed; _MDY only where
    # _DAY_YEAR, which the search can skip to, finds its day and year.)
    match = _ISO.search(text) if "-" in text else None
    if match:
        found = _build(*match.groups())
        if found:
            return found
    rfc = _rfc2822(text)
    if rfc:
        return rfc
    best: tuple[int, str] | None = None
    for pattern, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        if order == "mdy" and _DAY_YEAR.search(text) is None:
            continue  # (no match of _MDY can be there)
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groups()
        if order == "mdy":
            month_name, day, year = groups[:3]
        else:
            day, month_name, year = groups[:3]
        month = _MONTHS.get(month_name.lower().rstrip("."))
        if month is None:
            continue
        hour, minute, second, meridiem, zone = groups[3:]
        built = _build(year, str(month), day, _hour(hour, meridiem), minute, second, _zone(zone))
        if built and (best is None or match.start() < best[0]):
            best = (match.start(), built)
    if best:
        return best[1]
    if "年" in text or "년" in text:
        match = _CJK_YMD.search(text)
        if match:
            year_text, month_text, day_text = match.groups()
            return _build(year_text, month_text, day_text, None, None, None, None)
        era = _ERA_YMD.search(text)
        if era:
            name, year_text, month_text, day_text = era.groups()
            year = _ERA_BEFORE[name] + (1 if year_text == "元" else int(year_text))
            return _build(str(year), month_text, day_text, None, None, None, None)
    if "/" not in text and "." not in text:
        return None  # (both numeric forms part their numbers so)
    match = _NUMERIC_YMD.search(text)
    if match:
        year_text, month_text, day_text = match.groups()
        return _build(year_text, month_text, day_text, None, None, None, None)
    match = _NUMERIC_DMY.search(text)
    if match:
        first, separator, second, year = match.groups()
        # A dot means day.month (European); a slash is the US month/day
        # unless the first number cannot be a month.
        if separator == "." or int(first) > 12:
            return _build(year, second, first, None, None, None, None)
        return _build(year, first, second, None, None, None, None)
    return None


def date_part(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` calendar date of an ISO value (``None`` passes)."""
    return value[:10] if value else None


def _rfc2822(text: str) -> str | None:
    if "," not in text and ":" not in text:
        return None
    parsed = parsedate_tz(text)
    if parsed is None:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    offset = parsed[9]
    has_time = bool(re.search(r"\d:\d\d", text))
    if not has_time:
        return _build(str(year), str(month), str(day), None, None, None, None)
    zone = None
    if offset is not None and re.search(r"(?:[+-]\d{4}|\b(?:GMT|UT|UTC|[ECMP][SD]T|Z)\b)", text):
        zone = _format_offset(offset)
    return _build(str(year), str(month), str(day), str(hour), str(minute), str(second), zone)


def _hour(hour: str | None, meridiem: str | None) -> str | None:
    if hour is None or not meridiem:
        return hour
    value = int(hour) % 12
    if meridiem.lower().startswith("p"):
        value += 12
    return str(value)


def _zone(zone: str | None) -> str | None:
    if not zone:
        return None
    lowered = zone.lower().replace(" ", "")
    if lowered in _NAMED_ZONES:
        return "Z"
    match = re.fullmatch(r"(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?", lowered)
    if not match:
        return None
    sign, hours, minutes = match.groups()
    return f"{sign}{int(hours):02d}:{minutes or '00'}"


def _format_offset(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def _build(
    year: str,
    month: str,
    day: str,
    hour: str | None,
    minute: str | None,
    second: str | None,
    zone: str | None,
) -> str | None:
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not EARLIEST_YEAR <= day_value.year <= _latest_year():
        return None
    iso_day = day_value.isoformat()
    if hour is None or minute is None or zone is None:
        return iso_day
    offset = _zone(zone) if zone not in ("Z", "z") else "Z"
    if offset is None:
        return iso_day
    try:
        hours, minutes, seconds = int(hour), int(minute), int(second or 0)
        stamp = datetime(
            day_value.year, day_value.month, day_value.day, hours, minutes, min(seconds, 59)
        )
    except ValueError:
        return iso_day
    if offset == "Z":
        offset = "+00:00"
    sign = -1 if offset[0] == "-" else 1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
    if delta >= timedelta(hours=15):
        return iso_day
    return stamp.replace(tzinfo=timezone(sign * delta)).isoformat()


def _from_epoch(seconds: int) -> str | None:
    try:
        stamp = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if not EARLIEST_YEAR <= stamp.year <= _latest_year():
        return None
    return stamp.isoformat()


def _latest_year() -> int:
    # A post can be dated at most a little into the future (time zones,
    # scheduled posts); anything further is a product number or an ID.
    return datetime.now(tz=UTC).year + 1
