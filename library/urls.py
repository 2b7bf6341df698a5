"""URLs from web pages, split and joined without ever raising.

A page may link to anything, including text :mod:`urllib.parse` refuses
with ``ValueError`` (``http://[hostname]:8080/``, common in technical posts,
or an unclosed ``[``). Such a URL is still kept as written wherever it is
shown or exported; it just has no host and joins to nothing. Every part of
the core that splits or joins a URL from a page goes through here.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

_PLAIN_ABSOLUTE = re.compile(
    r"https?://([A-Za-z0-9.\-]+)(?::[0-9]+)?"
    r"(?:/[^\x00-\x20\x7f?#;\\]*)?(?:\?[^\x00-\x20\x7f#]+)?(?:#[^\x00-\x20\x7f]+)?"
)
"""A web address that ``urljoin`` gives back as written against any base: a
lower-case http(s) scheme, a plain host (no brackets, no user), no
whitespace or control character (which ``urlsplit`` strips or removes), no
";" (path parameters, dropped when empty) and no empty query or fragment
(a bare "?" or "#" is dropped). Either the base's scheme differs, and
``urljoin`` returns it unparsed, or the two agree and it is split and put
together again unchanged; a base that does not parse gives it back too."""


def split_url(url: str) -> SplitResult | None:
    """``url`` split into its parts, or ``None`` when it does not parse."""
    try:
        parts = urlsplit(url)
        # The host is decoded lazily; a malformed bracketed host raises here.
        _ = parts.hostname
    except ValueError:
        return None
    return parts


def web_host(url: str) -> str | None:
    """The lower-case host of an http(s) ``url``; ``None`` when it has
    another scheme, no host or does not parse. A plain address (see
    ``_PLAIN_ABSOLUTE``) is read by the pattern alone: ``urlsplit`` would
    give its host as written (before any port), for ~3 us a link."""
    plain = _PLAIN_ABSOLUTE.fullmatch(url)
    if plain is not None:
        return plain.group(1).lower()
    parts = split_url(url)
    if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
        return None
    return parts.hostname.lower()


def url_host(url: str | None) -> str:
    """The lower-case host of ``url``; ``""`` when it has none or does not
    parse. A plain address is read by the pattern alone (see
    :func:`web_host`): the metadata asks it of the page's address again and
    again."""
    if not url:
        return ""
    plain = _PLAIN_ABSOLUTE.fullmatch(url)
    if plain is not None:
        return plain.group(1).lower()
    parts = split_url(url)
    return (parts.hostname or "").lower() if parts is not None else ""


def is_web_address(url: str) -> bool:
    """Is ``url`` an http(s) address with a host (its scheme and netloc as
    :func:`split_url` reads them)? A plain one (see ``_PLAIN_ABSOLUTE``)
    is, without splitting it."""
    if _PLAIN_ABSOLUTE.fullmatch(url) is not None:
        return True
    parts = split_url(url)
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.netloc)


def join_url(base: str | None, ref: str) -> str:
    """``ref`` resolved against ``base``; ``ref`` as written when there is no
    base or either does not parse."""
    if not base:
        return ref
    if _PLAIN_ABSOLUTE.fullmatch(ref):
        # Most links of a post are such addresses: each urljoin splits both
        # and rebuilds the result (~15 us), for the same text.
        return ref
    try:
        return urljoin(base, ref)
    except ValueError:
        return ref
