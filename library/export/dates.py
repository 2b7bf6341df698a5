"""Publication and access dates as exports need them.

Metadata dates are ISO 8601 as precise as the page states them: a year, a
month, a day, or a full timestamp with its offset. Citations need the
calendar date the page shows, so a timestamp is cut to its date part (the
publisher's local date, not converted to UTC). A malformed date is left out
rather than written wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
"""BibTeX's month macros, January first."""

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names, January first."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (EDTF level 0, as biblatex
        and RIS want)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    @property
    def parts(self) -> list[int]:
        """``[year, month, day]`` as far as known (CSL ``date-parts``)."""
        return [p for p in (self.year, self.month, self.day) if p is not None]

    @property
    def human(self) -> str:
        """ "2 January 2024", "January 2024" or "2024"."""
        if self.month is None:
            return str(self.year)
        month = MONTH_NAMES[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day is not None else f"{month} {self.year}"


def parse(value: str | None) -> PartialDate | None:
    """The calendar date in an ISO 8601 string, or ``None`` if there is none
    or it is not a real date (month 13, 30 February)."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    if year == 0:
        return None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)
