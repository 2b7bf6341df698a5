"""A story set in a layout table's cell under a bold headline keeps the
next cell out (columns.py: ``title_column``, ``_headed_by``; stop 26).

An old page lays out a navigation cell, the story's cell and a cell of
the paper's notices side by side, with the headline in ``<font><b>``
rather than an ``<h1>``, and the story in lines parted by ``<br>``. Both
text cells were chosen and read as one body. The cell that the title
heads is the body when a table cell without an ``<h1>`` sets the title as
its first bold or large line. Guard: a cell headed by a bold line other
than the title does not count as headed, so both cells stay (as before).

Comments in a layout table (comment_threads.py: ``comment_thread``): the
story in one row, a "5 comments" heading over a table of replies in the
next; the chosen parts were the rows, whose first block is the cell, not
the heading, so the thread was not seen. A part that wraps one block is
now read through it.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import HARBOUR_STORY as _STORY
from tests.library.test_extract_html import body, html_doc

_TITLE = "Council approves new harbour wall"
_NAV = "<a href='/'>Home</a><br><a href='/news'>News</a><br><a href='/sport'>Sport</a>"
_NOTICES = (
    "<p>The Coast Times is the town's paper since 1902, owned by its readers through a "
    "cooperative, and every penny goes into local reporting.</p><p>Our newsroom covers the "
    "courts, the schools and the lifeboat, and we print corrections within a day.</p><p>"
    "Subscribers get the paper on Thursday mornings, delivered by hand in the old town and by "
    "post everywhere else in the county.</p>"
)


def _text(headline: str) -> str:
    story = "<br><br>".join(_STORY)
    page = (
        f"<table><tr><td width='150'>{_NAV}</td><td>{headline}<br><br>{story}</td>"
        f"<td width='200'>{_NOTICES}</td></tr></table>"
    )
    return body(
        extract_html(
            html_doc(f"<html><head><title>{_TITLE}</title></head><body>{page}</body></html>")
        )
    )


def test_the_cell_under_a_bold_headline_is_the_body() -> None:
    text = _text(f"<font size='4'><b>{_TITLE}</b></font>")
    for paragraph in _STORY:
        assert paragraph in text
    assert "The Coast Times" not in text
    assert "Thursday mornings" not in text


def test_a_cell_under_another_bold_line_is_not_taken_for_the_headline() -> None:
    text = _text("<b>Local news</b>")
    assert _STORY[0] in text
    assert "Thursday mornings" in text


_REPLIES = (
    "I grew up on the quay and we always said the old stones would go one day, glad to see it.",
    "Two point four million for a wall while the bus to the hospital runs twice a day, typical.",
    "My nan's house flooded in January and nobody from the trust even knocked on the door.",
    "Will the work close the slipway? We launch the gig from there every Sunday in summer.",
)


def test_comments_in_the_next_row_of_a_layout_table_are_left_out() -> None:
    rows = "".join(
        f"<tr><td><b>reader{n}</b> wrote:<br>{reply}</td></tr>" for n, reply in enumerate(_REPLIES)
    )
    story = "".join(f"<p>{paragraph}</p>" for paragraph in _STORY)
    page = (
        f"<table><tr><td><h1>{_TITLE}</h1>{story}</td></tr>"
        f"<tr><td><h3>4 comments</h3><table>{rows}</table></td></tr></table>"
    )
    text = body(
        extract_html(
            html_doc(f"<html><head><title>{_TITLE}</title></head><body>{page}</body></html>")
        )
    )
    for paragraph in _STORY:
        assert paragraph in text
    assert "reader0" not in text
    assert "slipway" not in text
