"""The tables s48-tidy made one, pinned as they read before (stop 48).

A surname's particles: one table in ``bylines`` (``SURNAME_PARTICLES``, the
ones a line under a headline may hold; ``_PARTICLES`` adds the function words
a text already read as a byline may hold, less "ten"). The words before "by":
one list, ``bylines.BY_WORDS``, that ``page_clues`` looks for and ``_PREFIX``
cuts off with the credit words. ``kinds.report_number`` reads ``kinds.number``.
All sentences are the team's.
"""

from __future__ import annotations

import pytest

from quotemark.library.export import kinds
from quotemark.library.extract import page_clues
from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.text.head import _press_byline
from quotemark.library.model import Metadata, Scholarly


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Door Pieter de Vries", ("Pieter de Vries",)),
        ("Door Anne ten Berg", ("Anne ten Berg",)),
        # (A function word the wider table holds: no byline on a line under a headline.)
        ("Von Mensch zu Mensch", None),
        ("Par Jean le Gall", None),
    ],
)
def test_a_line_under_a_headline_reads_only_the_surname_particles(
    line: str, names: tuple[str, ...] | None
) -> None:
    assert _press_byline(line) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jean le Gall", ("Jean le Gall",)),
        ("By Carl af Ugglas", ("Carl af Ugglas",)),
        ("By Top ten Picks", ()),  # ("ten" is an English number in a byline)
    ],
)
def test_a_byline_reads_the_wider_particles_but_ten(byline: str, names: tuple[str, ...]) -> None:
    assert tuple(author_names([byline], written=True)) == names


def test_the_words_before_by_are_one_list() -> None:
    assert page_clues._BY_WORDS == "Written|Posted|Words|Story|Page|Post|Article|Essay|Interview"
    assert page_clues._BY_LEAD.match("Interview by Ada Lind")
    assert not page_clues._BY_LEAD.match("Reporting by Ada Lind")  # (cut off, not looked for)
    assert tuple(author_names(["Reporting by Ada Lind"], written=True)) == ("Ada Lind",)


@pytest.mark.parametrize(
    ("entry_type", "archive", "expected"),
    [
        ("report", None, "ICE-TR-2020-07"),
        ("report", "Institute of Coastal Engineering", "ICE-TR-2020-07"),
        ("report", "arXiv", None),
        ("preprint", "arXiv", None),
        (None, "Institute of Coastal Engineering", "ICE-TR-2020-07"),
        ("article", "Institute of Coastal Engineering", None),
    ],
)
def test_a_report_number_is_a_reports_number_at_no_preprint_server(
    entry_type: str | None, archive: str | None, expected: str | None
) -> None:
    meta = Metadata(
        title="Dredging the Outer Harbour",
        entry_type=entry_type,
        scholarly=Scholarly(eprint="ICE-TR-2020-07", archive=archive),
    )
    assert kinds.report_number(meta, ascii_only=False) == expected
