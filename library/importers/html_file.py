"""Single-file HTML: decoding with the page's own charset (checked) and the
address the page was saved from."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone

from quotemark.library.importers.decode import Decoded, declared_charset, decode

_SINGLE_FILE = re.compile(
    r"<!--\s*Page saved with SingleFile\s*url:\s*(?P<url>\S+)\s*"
    r"(?:saved date:\s*(?P<date>[^\n(]+?)\s*(?:\([^)]*\))?\s*$)?",
    re.IGNORECASE | re.MULTILINE,
)
_JS_DATE = re.compile(
    r"^\w{3}\s+(?P<month>\w{3})\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})\s+"
    r"(?P<hour>\d\d):(?P<minute>\d\d):(?P<second>\d\d)\s+GMT(?P<offset>[+-]\d{4})"
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    r"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
_HEAD_TAG = re.compile(r"<(?:(link|meta)\b[^>]*>|/head\s*>|body[\s>])", re.IGNORECASE)
"""A ``<link>`` or ``<meta>`` tag (its name in group 1) or the head's end:
the head read in one pass."""
_HEAD_LIMIT = 1024 * 1024


def decode_html(data: bytes) -> Decoded | None:
    """Decode an HTML page: BOM, then its declared charset if the bytes
    agree, then detection."""
    return decode(data, declaration=declared_charset)


def attributes(tag: str) -> dict[str, str]:
    """The attributes of one start tag, names lower-cased, entities
    decoded."""
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(tag):
        name = match.group(1).lower()
        value = next((group for group in match.groups()[1:] if group is not None), "")
        found.setdefault(name, html.unescape(value).strip())
    return found


def page_url(text: str) -> str | None:
    """Where the page came from: the browser's ``saved from url`` comment
    (the address actually loaded, right for resolving links), else the
    canonical link, else ``og:url``. Only web addresses count."""
    # Each pattern is searched up to its bound in place (a regex's endpos
    # reads the text as if it ended there): slices would copy the page.
    saved = _SAVED_FROM.search(text, 0, 8192)
    if saved is not None and _is_web(saved.group(1)):
        return html.unescape(saved.group(1))
    single = _SINGLE_FILE.search(text, 0, 8192)
    if single is not None and _is_web(single["url"]):
        return single["url"]
    # One pass over the head: the first canonical link answers at once; the
    # first og:url is kept until the head ends with no canonical link. A
    # tag with a "<" inside (the head's end or another tag in an attribute)
    # is read by the three separate searches, whose answer is the reference.
    og_url: str | None = None
    for match in _HEAD_TAG.finditer(text, 0, _HEAD_LIMIT):
        name = match.group(1)
        if name is None:
            break
        tag = match.group()
        if "<" in tag[1:]:
            return _page_url_by_passes(text)
        if name[0] in "lL":
            url = _canonical_href(tag)
            if url is not None:
                return url
        elif og_url is None:
            og_url = _og_url(tag)
    return og_url


def _page_url_by_passes(text: str) -> str | None:
    """The canonical link, else ``og:url``: the head's end found first, then
    every ``<link>`` before it, then every ``<meta>``."""
    end = _HEAD_END.search(text, 0, _HEAD_LIMIT)
    head = end.start() if end is not None else min(len(text), _HEAD_LIMIT)
    for tag in _LINK.findall(text, 0, head):
        url = _canonical_href(tag)
        if url is not None:
            return url
    for tag in _META.findall(text, 0, head):
        url = _og_url(tag)
        if url is not None:
            return url
    return None


def _canonical_href(tag: str) -> str | None:
    # Only a tag that says "canonical" (or hides letters in character
    # references) can answer: the others' attributes are not worth taking
    # apart.
    if "&" not in tag and "canonical" not in tag.lower():
        return None
    found = attributes(tag)
    rels = found.get("rel", "").lower().split()
    if "canonical" in rels and _is_web(found.get("href", "")):
        return found["href"]
    return None


def _og_url(tag: str) -> str | None:
    if "&" not in tag and "og:url" not in tag.lower():
        return None
    found = attributes(tag)
    key = (found.get("property") or found.get("name") or "").lower()
    if key == "og:url" and _is_web(found.get("content", "")):
        return found["content"]
    return None


def _is_web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def saved_date(text: str) -> str | None:
    """When the page was saved, as ISO 8601, if the saving tool wrote it
    (SingleFile's header comment: "saved date: Tue Mar 05 2024 08:15:00
    GMT+0100 (...)"). Parsed without the locale, which Qt changes."""
    single = _SINGLE_FILE.search(text, 0, 8192)
    if single is None or not single["date"]:
        return None
    found = _JS_DATE.match(single["date"].strip())
    if found is None or found["month"].lower() not in _MONTHS:
        return None
    offset = int(found["offset"][1:3]) * 60 + int(found["offset"][3:5])
    sign = -1 if found["offset"][0] == "-" else 1
    try:
        moment = datetime(
            int(found["year"]),
            _MONTHS.index(found["month"].lower()) + 1,
            int(found["day"]),
            int(found["hour"]),
            int(found["minute"]),
            int(found["second"]),
            tzinfo=timezone(timedelta(minutes=sign * offset)),
        )
    except ValueError:
        return None
    return moment.isoformat()
