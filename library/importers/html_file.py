"""Single-file HTML: decoding with the page's own charset (checked) and the
address the page was saved from."""

from __future__ import annotations

import html
import re

from library.importers.decode import Decoded, declared_charset, decode

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    r"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
_HEAD_LIMIT = 1024 * 1024


def decode_html(data: bytes) -> Decoded | None:
    """Decode an HTML page: BOM, then its declared charset if the bytes
    agree, then detection."""
    return decode(data, declared_charset(data))


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
    head = text[:_HEAD_LIMIT]
    end = _HEAD_END.search(head)
    if end is not None:
        head = head[: end.start()]
    saved = _SAVED_FROM.search(text[:8192])
    if saved is not None and _is_web(saved.group(1)):
        return html.unescape(saved.group(1))
    for tag in _LINK.findall(head):
        found = attributes(tag)
        rels = found.get("rel", "").lower().split()
        if "canonical" in rels and _is_web(found.get("href", "")):
            return found["href"]
    for tag in _META.findall(head):
        found = attributes(tag)
        key = (found.get("property") or found.get("name") or "").lower()
        if key == "og:url" and _is_web(found.get("content", "")):
            return found["content"]
    return None


def _is_web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))
