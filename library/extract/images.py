"""Images of an article: which file a saved page holds for an ``<img>``,
and whether a remote image is worth a block at all.

Nothing remote is ever fetched. A local image (a file in the page's
``_files/`` folder or an MHTML part) becomes an image block with its
:class:`~quotemark.library.model.Resource`; a remote one is kept, without bytes, only
when it says something (meaningful alt text, or a caption around it).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree

from quotemark.library.model import Resource
from quotemark.library.urls import join_url

_SOURCE_ATTRIBUTES = (
    "src",
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-orig-file",
    "data-full-src",
    "data-hi-res-src",
    "data-url",
)
_SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
_PLACEHOLDER = re.compile(
    r"^data:|(?:^|[/_.-])(?:spacer|blank|pixel|transparent|placeholder|grey|gray|1x1|lazy)"
    r"[^/]*\.(?:gif|png|svg)",
    re.IGNORECASE,
)
_PLACEHOLDER_MARKS = (".gif", ".png", ".svg")
"""What each match of :data:`_PLACEHOLDER` not at a ``data:`` start holds (in any case)."""


def _is_placeholder(ref: str) -> bool:
    # `_PLACEHOLDER.search(ref) is not None`. Most addresses are a photo's:
    # an ASCII one neither opening "data:" nor holding a point before one of
    # the three extensions is answered without the case-blind pattern tried
    # at each of its characters (a srcset's are long). (Not other text: a
    # case-blind match may take a letter beyond ASCII.)
    if ref.isascii():
        lower = ref.lower()
        if not lower.startswith("data:") and not any(mark in lower for mark in _PLACEHOLDER_MARKS):
            return False
    return _PLACEHOLDER.search(ref) is not None


_GENERIC_ALT = re.compile(
    r"^(?:image|img|photo|picture|pic|foto|bild|imagen|graphic|figure|thumbnail|thumb|"
    r"icon|logo|avatar|banner|untitled|null|undefined|placeholder|alt|\d+|"
    r"[\w\s-]*\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)|(?:img|dsc|dscn|pxl|photo)[\s_-]?\d+)$",
    re.IGNORECASE,
)
_DESCRIPTOR = re.compile(r"^\d+(?:\.\d+)?[wxh],?$")
_SMALL = 48
"""Images this small or smaller (in declared pixels) are icons and emoji."""


def candidates(img: etree._Element, base_url: str | None) -> list[str]:
    """Every form under which ``img`` may name its file, best first: the
    attribute values as written, then resolved against the page URL."""
    found: list[str] = []
    for attribute in _SOURCE_ATTRIBUTES:
        value = img.get(attribute)
        if value and value.strip():
            found.append(value.strip())
    for attribute in _SRCSET_ATTRIBUTES:
        value = img.get(attribute)
        if value:
            found.extend(_srcset_urls(value))
    # Real addresses first, placeholders last, each asked once.
    real: list[str] = []
    placeholders: list[str] = []
    for ref in found:
        (placeholders if _is_placeholder(ref) else real).append(ref)
    forms: list[str] = []
    for ref in real + placeholders:
        for form in (ref, unquote(ref), join_url(base_url, ref) if base_url else None):
            if form and form not in forms:
                forms.append(form)
    return forms


def local_resource(
    img: etree._Element, resources: dict[str, Resource], base_url: str | None
) -> Resource | None:
    """The saved file ``img`` shows, if the page came with it."""
    if not resources:
        return None
    for form in candidates(img, base_url):
        resource = resources.get(form)
        if resource is not None:
            return resource
    return None


def remote_source(img: etree._Element) -> str | None:
    """The first real (non-placeholder) address of a remote image."""
    for attribute in _SOURCE_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not _is_placeholder(value):
            return value
    for attribute in _SRCSET_ATTRIBUTES:
        for url in _srcset_urls(img.get(attribute) or ""):
            if not _is_placeholder(url):
                return url
    return None


def is_icon(img: etree._Element) -> bool:
    """Whether ``img`` is an icon, an emoji or a tracking pixel by its
    declared size or class."""
    cls = (img.get("class") or "").lower()
    if "emoji" in cls or "smiley" in cls or "icon" in cls or "avatar" in cls:
        return True
    for attribute in ("width", "height"):
        value = (img.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= _SMALL:
            return True
    return False


def meaningful_alt(text: str) -> bool:
    """Whether alt text says something (not "image", a file name or a
    number)."""
    text = text.strip()
    return len(text) >= 3 and not _GENERIC_ALT.match(text)


def _srcset_urls(value: str) -> list[str]:
    # URLs may contain commas (image CDNs put parameters there), so split
    # on whitespace and recognise the descriptors ("640w", "2x") instead.
    urls: list[str] = []
    for token in value.split():
        if _DESCRIPTOR.match(token):
            continue
        url = token.rstrip(",")
        if url:
            urls.append(url)
    # The widest candidate is listed last by convention; a saved page keeps
    # whichever one the browser showed, so every candidate is tried.
    return urls
