"""Mathematics as its TeX source.

KaTeX, MathJax, MathML and Temml render a formula as dozens of positioned
spans, a hidden MathML copy and often an SVG; read as text that is noise
("x2+y2", or nothing at all once the hidden parts are dropped). Every one of
them also carries the TeX it was made from (an ``annotation``, an
``alttext``, a ``data-math`` attribute, a ``math/tex`` script), which is the
form a researcher can read and quote. Each formula is replaced by that
source, in place, before anything else removes parts of the page. A
formula kept only as MathML is written out as TeX
(:mod:`quotemark.library.extract.mathml`).

A formula may also be a picture drawn by a TeX rendering service
(CodeCogs, WordPress.com's ``latex.php``, Google Chart's ``cht=tx``,
upmath); the TeX is then in the image's address, and the image often has no
alt text at all, so the sentence would read "Inline fraction: ." without it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote

from lxml import etree

from quotemark.library.extract.chtml import chtml_mathml
from quotemark.library.extract.cleaning import is_attached, xml_safe
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.mathml import mathml_tex
from quotemark.library.extract.xpath import Query
from quotemark.library.urls import split_url

_ANNOTATION = Query(".//*[local-name()='annotation'][contains(@encoding, 'tex')]")
_TEX_SCRIPT = Query(".//script[contains(@type, 'math/tex')]")
_CODECOGS = re.compile(r"^/(?:[\w.]+\.(?:latex|image)|(?:svg|png|gif)\.\w+)$", re.IGNORECASE)
_UPMATH = re.compile(r"^/(?:svg|png)/(.+)$", re.IGNORECASE)
_TEX = re.compile(r"\\[A-Za-z]+|[_^]\{")
"""A backslash command or a braced sub- or superscript: TeX, not a file name."""


def image_tex(src: str) -> str | None:
    """The TeX in the address of an image drawn by a TeX rendering service,
    or ``None`` when ``src`` is not one (see the module doc).

    A known service's own field is read first (CodeCogs' whole query,
    ``latex=`` of ``latex.php``, ``chl=`` of Google Chart's ``cht=tx``,
    upmath's path); any other address counts only when its ``chl``, its
    query or its last path segment reads as TeX (a backslash command or a
    braced script), so a photo's address is never taken for a formula.
    """
    parts = split_url(src.strip())
    if parts is None:
        return None
    host = parts.netloc.lower()
    query = parts.query
    fields = parse_qs(query)
    tex: str | None = None
    if host.endswith("codecogs.com") and query and _CODECOGS.match(parts.path):
        # The whole query is the formula; "&space;" is CodeCogs' space.
        tex = unquote(query).replace("&space;", " ")
    elif parts.path.endswith("/latex.php") or host.startswith("chart.") or "chart" in parts.path:
        key = "latex" if "latex" in fields else "chl" if fields.get("cht") == ["tx"] else ""
        tex = fields[key][0] if key else None
    elif host.endswith("upmath.me") or host.endswith("upmath.edu"):
        found = _UPMATH.match(parts.path)
        tex = unquote(found.group(1)) if found else None
    tex = " ".join((tex or "").split())
    if tex:
        return tex
    last_segment = unquote(parts.path.rsplit("/", 1)[-1])
    for candidate in (*fields.get("chl", []), unquote(query), last_segment):
        text = candidate.strip()
        if text and _TEX.search(text):
            return text
    return None


def tex_source(element: etree._Element) -> str | None:
    """The TeX a rendered formula was made from, if it says."""
    if element.tag == "img":
        return image_tex(element.get("src") or "")
    for attribute in ("data-math", "data-tex", "data-latex", "alttext"):
        value = element.get(attribute)
        if value and value.strip():
            return value.strip()
    if element.tag == "script":
        return (element.text or "").strip() or None
    for found in (*_ANNOTATION.elements(element), *_TEX_SCRIPT.elements(element)):
        text = "".join(str(part) for part in found.itertext()).strip()
        if text:
            return text
    math = element if element.tag == "math" else element.find(".//math")
    if math is not None:
        value = math.get("alttext")
        if value and value.strip():
            return value.strip()
        # No TeX anywhere: write the MathML out as TeX.
        return mathml_tex(math) or None
    drawn = element if element.tag == "mjx-math" else element.find(".//mjx-math")
    if drawn is not None:
        # MathJax's HTML output alone: its layout rebuilt as MathML.
        rebuilt = chtml_mathml(drawn)
        return (mathml_tex(rebuilt) or None) if rebuilt is not None else None
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
        # A formula is a word of its own; the page set it apart by margins
        # ("…= 0</mjx-container>and they are").
        if tail and tail[0].isalnum():
            tail = " " + tail
        previous = element.getprevious()
        parent = element.getparent()
        before = (
            previous.tail if previous is not None else parent.text if parent is not None else ""
        )
        if before and before[-1].isalnum():
            source = " " + source
        for child in list(element):
            element.remove(child)
        element.attrib.clear()
        element.tag = "span"
        element.text = xml_safe(source)
        element.tail = tail
