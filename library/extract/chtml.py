"""MathJax's HTML output read back as MathML, for formulas with no other copy.

MathJax 3 draws a formula in HTML ("CHTML") as custom elements named after
MathML (``mjx-mi``, ``mjx-msub``, ``mjx-mfrac``...), with layout wrappers
between them (``mjx-script``, ``mjx-num``, ``mjx-den``, ``mjx-over``...) and
one ``mjx-c`` per glyph, whose character is its text or, when the style
sheet draws it, the code point in its class (``mjx-c1D467``). A page saved
without MathJax's assistive MathML keeps nothing else, and read as text the
formula runs together in mathematical italic letters ("z=1nn∑i=1xi" in
U+1D400 and after). The layout
says each part's role, so the MathML tree can be rebuilt and written as TeX
like any other (:func:`quotemark.library.extract.mathml.mathml_tex`).
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

_PREFIX = "mjx-"
_NODES = frozenset(
    {
        "mi",
        "mn",
        "mo",
        "mtext",
        "ms",
        "mspace",
        "mrow",
        "mstyle",
        "mpadded",
        "menclose",
        "mphantom",
        "texatom",
        "msub",
        "msup",
        "msubsup",
        "mfrac",
        "msqrt",
        "mroot",
        "munder",
        "mover",
        "munderover",
        "mtable",
        "mtr",
        "mtd",
    }
)
"""The MathML nodes MathJax's HTML output names (``mjx-`` + the name)."""
_TOKENS = frozenset({"mi", "mn", "mo", "mtext", "ms"})
_SKIPPED = frozenset({"mjx-surd", "mjx-labels", "mjx-spacer", "mjx-line", "mjx-mark"})
"""Wrappers that draw (the root sign, a fraction's bar) or hold equation
numbers set apart from their rows: none of them is a part of the formula."""
_CODE = re.compile(r"\bmjx-c([0-9A-Fa-f]{2,6})\b")
_MAX_DEPTH = 80
"""Deeper output is read as its plain text (hostile nesting)."""
_BOLD = ((0x1D400, 0x1D433), (0x1D6A8, 0x1D6E1))
"""Mathematical bold Latin and Greek letters (a bold vector's ``\\mathbf``)."""


def chtml_mathml(math: etree._Element) -> etree._Element | None:
    """The MathML tree of MathJax's HTML rendering ``math`` (an
    ``mjx-math`` element), or ``None`` when it holds no formula."""
    root = etree.Element("math")
    root.extend(_build(part, 0) for part in _parts(math, 0))
    return root if len(root) else None


def _name(element: etree._Element) -> str | None:
    # The MathML node an element draws, or None for a layout wrapper.
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(_PREFIX):
        return None
    name = tag[len(_PREFIX) :]
    return name if name in _NODES else None


def _parts(
    element: etree._Element, depth: int, *, through: frozenset[str] = frozenset()
) -> list[etree._Element]:
    # The nearest MathML nodes under element, in document order; wrappers
    # (and nodes named in ``through``) are looked into.
    found: list[etree._Element] = []
    if depth > _MAX_DEPTH:
        return found
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _SKIPPED:
            continue
        name = _name(child)
        if name is not None and name not in through:
            found.append(child)
        else:
            found.extend(_parts(child, depth + 1, through=through))
    return found


def _role(part: etree._Element, top: etree._Element) -> str:
    # The nearest layout wrapper between a node and the node it belongs to
    # ("mjx-script", "mjx-den", ...), or "" when it sits right under it.
    parent = part.getparent()
    while parent is not None and parent is not top:
        if isinstance(parent.tag, str) and parent.tag in (
            "mjx-script",
            "mjx-num",
            "mjx-den",
            "mjx-over",
            "mjx-under",
            "mjx-base",
            "mjx-root",
        ):
            return parent.tag[len(_PREFIX) :]
        parent = parent.getparent()
    return ""


def _character(glyph: etree._Element) -> str:
    text = glyph.text or ""
    if text:
        return text
    found = _CODE.search(glyph.get("class") or "")
    if found is None:
        return ""
    code = int(found.group(1), 16)
    return chr(code) if code <= 0x10FFFF else ""


def _token_text(element: etree._Element) -> str:
    # The glyphs of a token in order; a stretched delimiter is one glyph
    # named on its stretchy wrapper, drawn as top, middle and bottom pieces.
    out: list[str] = []
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag.startswith("mjx-stretchy"):
            return _character(node)
        if node.tag == "mjx-c":
            out.append(_character(node))
        elif node is not element and not node.tag.startswith(_PREFIX):
            out.append(node.text or "")
        if node is not element and node.tail:
            out.append(node.tail)
    if not out and element.text:
        out.append(element.text)
    return "".join(out)


def _plain(text: str) -> tuple[str, bool]:
    # Mathematical italic and bold letters as plain ones; whether all of
    # the letters were bold.
    out: list[str] = []
    bold = bool(text)
    for char in text:
        code = ord(char)
        if 0x1D400 <= code <= 0x1D7FF or char == "\u210e":
            bold = bold and any(low <= code <= high for low, high in _BOLD)
            out.append(unicodedata.normalize("NFKC", char))
        else:
            bold = bold and not char.isalpha()
            out.append(char)
    return "".join(out), bold


def _build(element: etree._Element, depth: int) -> etree._Element:
    name = _name(element) or "mrow"
    if name in _TOKENS:
        node = etree.Element(name)
        text, bold = _plain(_token_text(element))
        node.text = text
        if bold and name == "mi":
            node.set("mathvariant", "bold")
        return node
    if name == "texatom" or depth > _MAX_DEPTH:
        name = "mrow"
    node = etree.Element(name)
    if depth > _MAX_DEPTH:
        node.text = "".join(str(t) for t in element.itertext())
        return node
    through = frozenset({"munder", "mover"}) if name == "munderover" else frozenset()
    parts = _parts(element, depth + 1, through=through)
    node.extend(_build(part, depth + 1) for part in _ordered(name, element, parts))
    return node


def _ordered(
    name: str, element: etree._Element, parts: list[etree._Element]
) -> list[etree._Element]:
    # MathML's order of a layout's parts (base first, then the scripts).
    if name not in ("msub", "msup", "msubsup", "mfrac", "mroot", "munder", "mover", "munderover"):
        return parts
    roles: dict[str, list[etree._Element]] = {}
    for part in parts:
        roles.setdefault(_role(part, element), []).append(part)
    base = roles.get("base", []) + roles.get("", [])
    if name in ("msub", "msup"):
        return base[:1] + roles.get("script", [])[:1]
    if name == "msubsup":
        # MathJax sets the superscript above the subscript in one column.
        scripts = roles.get("script", [])
        return base[:1] + scripts[1:2] + scripts[:1] if len(scripts) == 2 else parts
    if name == "mfrac":
        return roles.get("num", [])[:1] + roles.get("den", [])[:1]
    if name == "mroot":
        return base[:1] + roles.get("root", [])[:1]
    if name == "munder":
        return base[:1] + roles.get("under", [])[:1]
    if name == "mover":
        return base[:1] + roles.get("over", [])[:1]
    scripts = roles.get("script", [])
    if len(scripts) == 2:
        # Limits set as scripts (an inline sum): over first, as in msubsup.
        return base[:1] + scripts[1:2] + scripts[:1]
    return base[:1] + roles.get("under", [])[:1] + roles.get("over", [])[:1]
