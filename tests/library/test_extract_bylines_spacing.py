"""A "By ..." byline is read however the page spaces it: the text "By" on a
line of its own before the author's link, a "Written by" line indented with
tabs, each among the blank texts that indent the markup around them (the
byline query leaves those blank texts first, stop 27)."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import html_doc

_BODY = (
    "\n    <p>The harbour ferry returned to service on Monday after a winter of repairs, "
    "and the first crossing was full by seven in the morning.</p>\n"
    "    <p>Passengers said the new engines were quieter, and the crew agreed.</p>\n"
)


def _authors(byline: str) -> tuple[str, ...]:
    html = (
        "<html><head><title>The ferry is back</title></head><body>\n  <article>\n"
        f"    <h1>The ferry is back</h1>\n    {byline}{_BODY}  </article>\n</body></html>"
    )
    return extract_html(html_doc(html)).metadata.authors


def test_by_alone_on_its_line_before_the_authors_link_names_the_author() -> None:
    assert _authors(
        '<div>\n      By\n      <a href="/people/jane-roe">Jane Roe</a>\n    </div>'
    ) == ("Jane Roe",)


def test_an_indented_written_by_line_names_the_author() -> None:
    assert _authors("<div>\n\t\tWritten by Jane Roe\n\t</div>") == ("Jane Roe",)
