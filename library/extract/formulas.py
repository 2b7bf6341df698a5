"""Mathematics as its TeX source.

KaTeX, MathJax, MathML and Temml render a formula as dozens of positioned
spans, a hidden MathML copy and often an SVG; read as text that is noise
("x2+y2", or nothing at all once the hidden parts are dropped). Every one of
them also carries the TeX it was made from (an ``annotation``, an
``alttext``, a ``data-math`` attribute, a ``math/tex`` script, the address of
an image a TeX service drew), which is the form a researcher can read and
quote. Each formula is replaced by that source, in place, before anything
else removes parts of the page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from lxml import etree

from library.extract.cleaning import is_attached, xml_safe
from library.extract.landmarks import Landmarks
from library.extract.xpath import Query

_ANNOTATION = Query(".//*[local-name()='annotation'][contains(@encoding, 'tex')]")
_TEX_SCRIPT = Query(".//script[contains(@type, 'math/tex')]")


def tex_source(element: etree._Element) -> str | None:
    """The TeX a rendered formula was made from, if it says."""
    for attribute in ("data-math", "data-tex", "data-latex", "alttext"):
        value = element.get(attribute)
        if value and value.strip():
            return value.strip()
    if element.tag == "script":
        return (element.text or "").strip() or None
    if element.tag == "img":
        return _tex_in_address(element.get("src") or "")
    for found in (*_ANNOTATION.elements(element), *_TEX_SCRIPT.elements(element)):
        text = "".join(str(part) for part in found.itertext()).strip()
        if text:
            return text
    math = element if element.tag == "math" else element.find(".//math")
    if math is not None:
        value = math.get("alttext")
        if value and value.strip():
            return value.strip()
    return None


_TEX = re.compile(r"\\[A-Za-z]+|[_^]\{")


def _tex_in_address(src: str) -> str | None:
    """The TeX of an image drawn by a TeX service: the query (codecogs), its
    ``chl`` parameter (Google's chart API) or the last path segment, when
    it reads as TeX."""
    parts = urlsplit(src)
    candidates: list[str] = [
        *parse_qs(parts.query).get("chl", []),
        unquote(parts.query),
        unquote(parts.path.rsplit("/", 1)[-1]),
    ]
    for candidate in candidates:
        text = candidate.strip()
        if text and _TEX.search(text):
            return text
    return None


def replace_formulas(root: etree._Element, marks: Landmarks) -> None:
    """Replace every rendered formula under ``root`` with its TeX source
    (see the module doc). Formulas without a source are left alone."""
    for element in marks.formulas:
        if not is_attached(element, root):
            continue  # inside a formula already replaced
        source = tex_source(element)
        if source is None:
            continue
        tail = element.tail
        for child in list(element):
            element.remove(child)
        element.attrib.clear()
        element.tag = "span"
        element.text = xml_safe(source)
        element.tail = tail
