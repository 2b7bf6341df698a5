"""A page holding one large table (stop 40, s40-table) took 9.4 s to
extract at 0.5 MB and 37 s at 1 MB. Each of the first 400 cells with a year
in it made the dateline search join the whole table's text, and the layout
test (``blocks._LAYOUT_CELLS``) made libxml2 merge the elements under every
cell into one set, quadratic in the cells. The speed is measured by
``python -m benchmarks odd_pages``, never here; these tests say the table,
its dateline and its layout still read as before."""

from __future__ import annotations

import pytest
from lxml import etree

from quotemark.library.extract import blocks, page_clues, xpath
from quotemark.library.extract.html import extract_html, parse_page
from quotemark.library.model import BlockKind
from tests.library.test_extract_html import html_doc, texts

_ROW = (
    "<tr><td>Meeting {n}</td><td>1999</td><td>Ada Lind</td>"
    "<td>The pier will open in spring, said Tom Hale.</td></tr>\n"
)


def _page(before_table: str, rows: int, *, first_row: str = "") -> str:
    table = "<table>" + first_row + "".join(_ROW.format(n=n) for n in range(rows)) + "</table>"
    return (
        "<html><head><title>The harbour board</title></head><body><article>"
        f"<h1>The harbour board</h1>{before_table}"
        "<p>Minutes of the harbour board, kept by Ada Lind.</p>"
        f"{table}</article></body></html>"
    )


def test_a_large_table_reads_as_one_table_row_by_row() -> None:
    article = extract_html(html_doc(_page("", 3000)))
    [table] = texts(article, BlockKind.TABLE)
    rows = table.split("\u2028")
    assert len(rows) == 3000
    assert rows[0] == "Meeting 0 | 1999 | Ada Lind | The pier will open in spring, said Tom Hale."
    assert rows[-1].startswith("Meeting 2999 | 1999 |")
    # A year in every row is no date of the page.
    assert article.metadata.published is None


def test_the_dateline_above_a_large_table_is_the_page_s_date() -> None:
    page = _page('<p class="dateline">March 4, 2021</p>', 3000)
    assert extract_html(html_doc(page)).metadata.published == "2021-03-04"


def test_a_date_in_a_large_table_s_first_row_is_the_page_s_date() -> None:
    page = _page("", 3000, first_row="<tr><td>Posted</td><td>May 5, 2017</td></tr>")
    assert extract_html(html_doc(page)).metadata.published == "2017-05-05"


def test_the_dateline_search_does_not_read_the_whole_table_for_each_cell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every cell holds a year, so each is a dateline's candidate; its row
    # and the table around it are too long for one, which a few letters of
    # them tell. (Before, the table's text was joined for each cell.)
    root = parse_page(_page("", 500), "page.html")
    whole = page_clues._text

    def text(element: etree._Element) -> str:
        assert element.tag not in ("table", "tbody"), "the whole table's text was read"
        return whole(element)

    monkeypatch.setattr(page_clues, "_text", text)
    assert page_clues.page_date(root) is None


_LAYOUT_XPATH = xpath.Test(
    ".//table or .//td[string-length(normalize-space(.)) > 400]"
    " or .//td//p or .//td//div[string-length(normalize-space(.)) > 200]"
    " or .//td//ul or .//td//h1 or .//td//h2 or .//td//h3"
)
"""``blocks._LAYOUT_CELLS`` before stop 40."""


@pytest.mark.parametrize(
    ("cells", "layout"),
    [
        ("<td>Ada Lind</td><td>Tom Hale</td>", False),
        ("<td><table><tr><td>Ada Lind</td></tr></table></td>", True),
        ("<td><p>Ada Lind</p></td>", True),
        ("<td><ul><li>Ada Lind</li></ul></td>", True),
        ("<td><h2>The pier</h2></td>", True),
        ("<td><h4>The pier</h4></td>", False),  # a small heading is a cell's label
        ("<td><ol><li>Ada Lind</li></ol></td>", False),
        ("<th><p>The pier</p></th>", False),  # a header cell is no <td>
        ("<td>" + "pier " * 79 + "pier</td>", False),  # 399 characters
        ("<td>" + "pier " * 80 + "p</td>", True),  # 401
        ("<td>" + "pier\n\n\t " * 80 + "</td>", False),  # white space runs are one
        ("<td>" + "pier\u00a0" * 81 + "</td>", True),  # a no-break space is no white space
        ("<td><div>" + "harbour " * 25 + "</div></td>", False),  # 199 characters
        ("<td><div>" + "harbour " * 25 + "ab</div></td>", True),  # 202
        ("<td><span><div>" + "harbour " * 26 + "</div></span></td>", True),
        ("<td>" + "<b>Tom Hale</b> of the harbour board, " * 14 + "</td>", True),  # 433
    ],
)
def test_a_table_s_cells_tell_a_layout_table_as_the_xpath_did(cells: str, layout: bool) -> None:
    table = etree.fromstring(f"<div><table><tr>{cells}</tr></table></div>")[0]
    assert blocks._LAYOUT_CELLS(table) is layout
    assert _LAYOUT_XPATH(table) is layout


def test_a_table_whose_cells_hold_paragraphs_reads_as_paragraphs() -> None:
    cells = "".join(
        f"<tr><td><p>The pier will open in spring, said Ada Lind at meeting {n}.</p></td></tr>"
        for n in range(200)
    )
    page = (
        "<html><head><title>The harbour board</title></head><body><article>"
        f"<h1>The harbour board</h1><table>{cells}</table></article></body></html>"
    )
    article = extract_html(html_doc(page))
    assert not texts(article, BlockKind.TABLE)
    paragraphs = texts(article, BlockKind.PARAGRAPH)
    assert paragraphs[0] == "The pier will open in spring, said Ada Lind at meeting 0."
    assert len(paragraphs) == 200
