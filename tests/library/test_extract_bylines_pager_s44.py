"""A paged feature's byline carries its pager ("By Ada Lind · Page 1 of
3"): the pager is not a name, and it no longer turns the written byline
down whole (s44-app2: the test page's clip key was "anonnew")."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.extract.bylines import author_names
from quotemark.library.pipeline import process
from tests.library.test_reading_parts_s43 import paged_page


def test_the_paged_page_s_byline_names_its_writer(tmp_path: Path) -> None:
    page = tmp_path / "pier.html"
    page.write_text(paged_page(), encoding="utf-8")
    meta = process(page).article.metadata
    assert meta.authors == ("Ada Lind",)
    assert meta.reading is not None
    assert meta.reading.part == 1


@pytest.mark.parametrize(
    "byline",
    ["By Ada Lind \u00b7 Page 1 of 3", "By Ada Lind | Part 2 of 4", "By Ada Lind, page 3 of 3"],
)
def test_a_pager_beside_the_name_is_left_out(byline: str) -> None:
    assert author_names([byline], written=True) == ("Ada Lind",)
    assert author_names([byline]) == ("Ada Lind",)


def test_names_and_a_byline_of_a_pager_alone_are_as_they_were() -> None:
    # Not fired: no pager, or words that only look like one.
    assert author_names(["By Tom Hale and Ada Lind"], written=True) == ("Tom Hale", "Ada Lind")
    assert author_names(["Page 1 of 3"], written=True) == ()
    assert author_names(["By Ada Page \u00b7 Harbour Board"]) == ("Ada Page", "Harbour Board")
