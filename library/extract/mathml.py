"""MathML written out as TeX, for formulas that carry no TeX of their own.

MathJax pages whose source was MathML, and MathJax's SVG output, keep only a
MathML copy of each formula; read as text it runs together ("rperf",
"x 2 + y 2" for x² + y²). TeX is the form a researcher reads and quotes, so
the MathML tree is written as TeX: scripts, fractions, roots, accents,
tables and the common operators and Greek letters by name; any other
character stays as it is.
"""

from __future__ import annotations

import re

from lxml import etree

_COMMAND = re.compile(r"\\[A-Za-z]+")
MAX_DEPTH = 60
"""Deeper MathML is read as its plain text (hostile nesting)."""

_SYMBOLS = {
    "\u00b1": "\\pm",
    "\u2213": "\\mp",
    "\u00d7": "\\times",
    "\u00f7": "\\div",
    "\u22c5": "\\cdot",
    "\u00b7": "\\cdot",
    "\u2218": "\\circ",
    "\u2260": "\\neq",
    "\u2264": "\\leq",
    "\u2265": "\\geq",
    "\u226a": "\\ll",
    "\u226b": "\\gg",
    "\u2248": "\\approx",
    "\u2261": "\\equiv",
    "\u223c": "\\sim",
    "\u221d": "\\propto",
    "\u221e": "\\infty",
    "\u2202": "\\partial",
    "\u2207": "\\nabla",
    "\u2211": "\\sum",
    "\u220f": "\\prod",
    "\u222b": "\\int",
    "\u222e": "\\oint",
    "\u221a": "\\sqrt",
    "\u2208": "\\in",
    "\u2209": "\\notin",
    "\u2282": "\\subset",
    "\u2286": "\\subseteq",
    "\u222a": "\\cup",
    "\u2229": "\\cap",
    "\u2205": "\\emptyset",
    "\u2200": "\\forall",
    "\u2203": "\\exists",
    "\u00ac": "\\neg",
    "\u2227": "\\wedge",
    "\u2228": "\\vee",
    "\u2192": "\\rightarrow",
    "\u2190": "\\leftarrow",
    "\u2194": "\\leftrightarrow",
    "\u21d2": "\\Rightarrow",
    "\u21d4": "\\Leftrightarrow",
    "\u21a6": "\\mapsto",
    "\u2026": "\\ldots",
    "\u22ef": "\\cdots",
    "\u2032": "\\prime",
    "\u2212": "-",
    "\u2061": "",  # function application: invisible
    "\u2062": "",  # invisible times
    "\u2063": ",",  # invisible separator
    "\u2064": "+",  # invisible plus
    "\u00a0": " ",
}
_GREEK = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "zeta",
    "eta",
    "theta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
    "o",
    "pi",
    "rho",
    "varsigma",
    "sigma",
    "tau",
    "upsilon",
    "phi",
    "chi",
    "psi",
    "omega",
]
_SYMBOLS.update(
    {
        chr(0x03B1 + index): ("\\" + name if len(name) > 1 else name)
        for index, name in enumerate(_GREEK)
    }
)
_SYMBOLS.update(
    {
        char: "\\" + name
        for char, name in zip(
            "\u0393\u0394\u0398\u039b\u039e\u03a0\u03a3\u03a5\u03a6\u03a8\u03a9",
            [
                "Gamma",
                "Delta",
                "Theta",
                "Lambda",
                "Xi",
                "Pi",
                "Sigma",
                "Upsilon",
                "Phi",
                "Psi",
                "Omega",
            ],
            strict=True,
        )
    }
)
_SYMBOLS.update({"\u03d5": "\\phi", "\u03f5": "\\epsilon", "\u03c6": "\\varphi"})

_ACCENTS = {
    "\u00af": "\\bar",
    "\u203e": "\\overline",
    "^": "\\hat",
    "\u02c6": "\\hat",
    "~": "\\tilde",
    "\u02dc": "\\tilde",
    "\u2192": "\\vec",
    "\u20d7": "\\vec",
    ".": "\\dot",
    "\u02d9": "\\dot",
    "\u00a8": "\\ddot",
}
_VARIANTS = {"bold": "\\mathbf", "double-struck": "\\mathbb", "script": "\\mathcal"}


def mathml_tex(math: etree._Element) -> str:
    """The TeX for the MathML element ``math`` (see the module doc)."""
    return " ".join(_tex(math, 0).split())


def _symbols(text: str) -> str:
    out: list[str] = []
    for char in text:
        name = _SYMBOLS.get(char)
        if name is None:
            out.append(char)
        elif name.startswith("\\"):
            out.append(f" {name} ")
        else:
            out.append(name)
    return "".join(out)


def _group(text: str) -> str:
    # One character or one command ("\\lambda") needs no braces.
    text = text.strip()
    if len(text) == 1 or _COMMAND.fullmatch(text):
        return text
    return "{" + text + "}"


def _children(element: etree._Element, depth: int) -> list[str]:
    return [_tex(child, depth + 1) for child in element if isinstance(child.tag, str)]


def _tex(element: etree._Element, depth: int) -> str:
    tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    if depth > MAX_DEPTH:
        return " ".join("".join(str(t) for t in element.itertext()).split())
    if tag in ("annotation", "annotation-xml", "mphantom", "none", "mprescripts"):
        return ""
    if tag == "semantics":
        first = next((child for child in element if isinstance(child.tag, str)), None)
        return _tex(first, depth + 1) if first is not None else ""
    text = " ".join((element.text or "").split())
    if tag == "mi":
        variant = _VARIANTS.get(element.get("mathvariant") or "")
        word = _symbols(text).strip()
        if variant:
            return f"{variant}{{{word}}}"
        return word
    if tag in ("mn", "mo"):
        return _symbols(text)
    if tag == "mtext":
        return f"\\text{{{text}}}" if text else " "
    if tag == "mspace":
        return " "
    parts = _children(element, depth)
    if tag in ("msub", "msup") and len(parts) == 2:
        mark = "_" if tag == "msub" else "^"
        return f"{_group(parts[0])}{mark}{_group(parts[1])}"
    if tag == "msubsup" and len(parts) == 3:
        return f"{_group(parts[0])}_{_group(parts[1])}^{_group(parts[2])}"
    if tag == "mfrac" and len(parts) == 2:
        return f"\\frac{{{parts[0].strip()}}}{{{parts[1].strip()}}}"
    if tag == "msqrt":
        return f"\\sqrt{{{' '.join(parts).strip()}}}"
    if tag == "mroot" and len(parts) == 2:
        return f"\\sqrt[{parts[1].strip()}]{{{parts[0].strip()}}}"
    if tag in ("mover", "munder", "munderover") and len(parts) >= 2:
        return _over_under(tag, element, parts)
    if tag == "mtable":
        return _table(element, depth)
    if tag == "mfenced":
        opening = element.get("open", "(")
        closing = element.get("close", ")")
        return f"{opening}{', '.join(part.strip() for part in parts)}{closing}"
    return " ".join(part for part in parts if part)


def _table(element: etree._Element, depth: int) -> str:
    rows: list[str] = []
    for row in element:
        if not isinstance(row.tag, str):
            continue
        cells = [part.strip() for part in _children(row, depth + 1)]
        label = ""
        if row.tag == "mlabeledtr" and cells:
            # The first cell of a labelled row is the equation's number.
            label, cells = cells[0], cells[1:]
        text = " & ".join(cells)
        if label:
            number = label.removeprefix("\\text{").removesuffix("}").strip("() ")
            text += f" \\tag{{{number}}}"
        rows.append(text)
    if len(rows) == 1 and "&" not in rows[0]:
        # MathJax sets a numbered display equation as a one-cell table.
        return rows[0]
    return "\\begin{matrix} " + " \\\\ ".join(rows) + " \\end{matrix}"


def _over_under(tag: str, element: etree._Element, parts: list[str]) -> str:
    base = parts[0].strip()
    children = [child for child in element if isinstance(child.tag, str)]
    if tag == "mover" and len(children) == 2:
        accent = _ACCENTS.get("".join(str(t) for t in children[1].itertext()).strip())
        if accent:
            return f"{accent}{{{base}}}"
    if tag == "munderover" and len(parts) == 3:
        return f"{_group(base)}_{_group(parts[1])}^{_group(parts[2])}"
    mark = "^" if tag == "mover" else "_"
    return f"{_group(base)}{mark}{_group(parts[1])}"
