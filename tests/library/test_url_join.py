"""``join_url`` answers as ``urllib.parse.urljoin`` does (a link in a post
resolves to the same address whether or not it took the shortcut for plain
absolute addresses), and as written when urllib refuses one of the two."""

from __future__ import annotations

import itertools
from urllib.parse import urljoin, urlsplit

from quotemark.library.urls import join_url, web_host

_BASES = [
    "https://example.org/a/b.html",
    "http://example.org/a/",
    "HTTPS://Example.org/x?y=1#z",
    "ftp://files.example.org/pub/",
    "//example.org/protocol-relative",
    "/only/a/path",
    "file:///home/ann/saved.html",
    "http://[hostname]:8080/",
    "https://[::1]:8443/a",
]
_REFS = [
    "https://news.example.com/2026/03/story.html",
    "https://news.example.com",
    "https://news.example.com/",
    "http://news.example.com:8080/a/b?c=d&e=f#g",
    "https://news.example.com/a/../b/./c",
    "https://news.example.com/caf\u00e9/\u00fcber",
    "https://news.example.com/a?",
    "https://news.example.com/a#",
    "https://news.example.com/a?#",
    "https://news.example.com/a;",
    "https://news.example.com/a;params",
    "https://news.example.com/a;b/c",
    "https://news.example.com/a?b?c#d#e",
    "https://news.example.com/a b",
    "https://news.example.com/a\tb",
    "https://news.example.com/a\nb",
    " https://news.example.com/a",
    "https://news.example.com/a\\b",
    "HTTPS://news.example.com/a",
    "Https://news.example.com/a",
    "https://user:secret@news.example.com/a",
    "https://[::1]/a",
    "https://[unclosed/a",
    "https://news.example.com:99999/a",
    "https://news.example.com:/a",
    "https://-.example..com/a",
    "https:news.example.com/a",
    "https:/news.example.com/a",
    "https:///a",
    "mailto:ann@example.org",
    "javascript:void(0)",
    "../up.html",
    "?page=2",
    "#section",
    "/root.html",
    "//cdn.example.net/i.png",
    "relative/path.html",
]


def _expected(base: str, ref: str) -> str:
    try:
        return urljoin(base, ref)
    except ValueError:
        return ref


def test_a_link_resolves_as_urljoin_resolves_it() -> None:
    for base, ref in itertools.product(_BASES, _REFS):
        assert join_url(base, ref) == _expected(base, ref), (base, ref)


def test_without_a_base_a_link_stays_as_written() -> None:
    for ref in _REFS:
        assert join_url(None, ref) == ref
        assert join_url("", ref) == ref


def _host_by_urllib(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not host:
        return None
    return host.lower()


def test_a_links_web_host_is_the_one_urllib_reads() -> None:
    # (The analysis names a linked site by this host: a plain address takes
    # a shortcut past urlsplit and must land on the same site.)
    extra = ["https://News.Example.COM/a", "http://www.example.org:8080", "http://./x"]
    for url in _REFS + _BASES + extra:
        assert web_host(url) == _host_by_urllib(url), url
    assert web_host("https://News.Example.COM/a") == "news.example.com"
    assert web_host("mailto:ann@example.org") is None
