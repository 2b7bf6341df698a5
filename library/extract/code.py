"""Code blocks without their line numbers.

Syntax highlighters (Pygments, Chroma, Rouge, highlight.js plugins, Prism)
number the lines of a listing in one of two ways: a gutter cell beside the
code in a two-column table, or a small number element at the start of every
line inside the ``<pre>``. Either way the numbers are not the code: read as
text they glue themselves to every line ("1import torch") and a researcher
who quotes the listing gets them too. Both are removed before the body is
chosen, so the listing reads as its source.
"""

from __future__ import annotations

import itertools
import re

from lxml import etree

from quotemark.library.extract.cleaning import drop_element, is_attached

_NUMBERS = re.compile(r"^[\s\d.:]*\d[\s\d.:]*$")
_GUTTER_NAME = re.compile(
    r"(?:^|[\s_-])(?:line-?nos?|line-?numbers?|ln|lnt|lntd|gutter|hljs-ln-n(?:umbers)?)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_UNSELECTABLE = re.compile(r"user-select\s*:\s*none", re.IGNORECASE)
_CELL_DEPTH = 4
"""How far above a ``<pre>`` its table cell may be (wrappers in between)."""


def drop_line_numbers(pres: list[etree._Element], root: etree._Element) -> None:
    """Remove line-number gutters and per-line numbers from the listings
    ``pres`` (the page's ``<pre>`` elements) under ``root``."""
    tables: list[etree._Element] = []
    for pre in pres:
        if not is_attached(pre, root):
            continue
        table = _listing_table(pre)
        if table is not None and all(table is not seen for seen in tables):
            tables.append(table)
    # Gutter cells first: a gutter that is itself a <pre> of number marks
    # (Chroma's) would be emptied by the inline pass, and an empty cell no
    # longer reads as a gutter; the listing would stay a two-column table.
    for table in tables:
        _drop_gutter_cells(table)
    for pre in pres:
        if is_attached(pre, root):
            _drop_inline_numbers(pre)


def _text(element: etree._Element) -> str:
    return "".join(str(part) for part in element.itertext())


def _is_number_mark(element: etree._Element) -> bool:
    # A line number is marked as one: by its class, or by being made
    # unselectable (Chroma's inline style), and holds nothing but digits.
    marked = bool(_GUTTER_NAME.search(element.get("class") or "")) or bool(
        _UNSELECTABLE.search(element.get("style") or "")
    )
    return marked and bool(_NUMBERS.match(_text(element)))


def _drop_inline_numbers(pre: etree._Element) -> None:
    marks = [element for element in pre.iterdescendants(etree.Element) if _is_number_mark(element)]
    for element in marks:
        if element.getparent() is not None:
            drop_element(element)


def _listing_table(pre: etree._Element) -> etree._Element | None:
    cell: etree._Element | None = pre.getparent()
    for _ in range(_CELL_DEPTH):
        if cell is None or cell.tag in ("td", "th"):
            break
        cell = cell.getparent()
    if cell is None or cell.tag not in ("td", "th"):
        return None
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    while table is not None and table.tag != "table":
        table = table.getparent() if table.tag in ("tbody", "thead", "tfoot") else None
    return table


def _drop_gutter_cells(table: etree._Element) -> None:
    # A row of a listing table: one cell of numbers beside the cell of code.
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        if len(cells) < 2:
            continue
        gutters = [cell for cell in cells if _is_gutter(cell)]
        if gutters and len(gutters) < len(cells):
            for cell in gutters:
                drop_element(cell)


def _is_gutter(cell: etree._Element) -> bool:
    # Numbers alone in a cell are a gutter when it says so by its class or
    # when they count the lines (1 2 3 ...); a table of data may well have a
    # cell holding one figure beside a snippet.
    text = _text(cell)
    if not _NUMBERS.match(text):
        return False
    if _GUTTER_NAME.search(cell.get("class") or ""):
        return True
    numbers = [int(number) for number in re.findall(r"\d+", text)]
    return len(numbers) > 1 and all(b == a + 1 for a, b in itertools.pairwise(numbers))
