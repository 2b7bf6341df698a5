"""Helpers shared by the saved-page reviews (tests/library/test_review_html*
and test_html7_s48_html7.py): a review's folder of pages read once, its rows
as pytest parameters, and the two tests every review runs over its rows,
written once (as tests/library/paragraphs.py does for the quotation
reviews: a factory returns the test function, which the review file assigns
at module level under the test's own name, so pytest collects the same ids
and a row's strict xfail carries through)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from evaluation.visible import strip_metadata
from quotemark.library.pipeline import Processed, process
from tests.library.test_review_html3_stop44 import Saved, check_saved
from tests.library.test_review_html_stop43 import check_field


class SavedPages:
    """A review's folder of saved pages, each read as ``quotemark extract``
    reads it (``pipeline.process``), once; ``left`` the reason for each
    (file, what) row read wrong (a strict xfail)."""

    def __init__(
        self, folder: Path, pages: Iterable[Saved], left: Mapping[tuple[str, str], str]
    ) -> None:
        self._folder = folder
        self._left = left
        self.by_file = {page.file: page for page in pages}
        self._read: dict[str, Processed] = {}
        self._visible: dict[str, Processed] = {}
        self._visible_folder: Path | None = None

    def read(self, file: str) -> Processed:
        """The page as it is saved."""
        if file not in self._read:
            self._read[file] = process(self._folder / file)
        return self._read[file]

    def read_visible(self, file: str, tmp_path_factory: pytest.TempPathFactory) -> Processed:
        """The page with its metadata removed (a copy in a folder of the
        run's own): what it shows a reader."""
        if file not in self._visible:
            if self._visible_folder is None:
                self._visible_folder = tmp_path_factory.mktemp("visible")
            page = self._folder / file
            if page.suffix == ".mhtml":
                # The visible page of the MHTML save is the page it was saved from.
                page = self._folder / file.replace(".mhtml", ".src.html")
            copy = self._visible_folder / file.replace(".mhtml", ".html")
            copy.write_text(strip_metadata(page.read_text(encoding="utf-8")), encoding="utf-8")
            self._visible[file] = process(copy)
        return self._visible[file]

    def visible_cases(self, not_shown: Collection[tuple[str, str]] = ()) -> list[Any]:
        """Each page's ``visible:FIELD`` rows (title, authors, date), but the
        (file, field) pairs ``not_shown`` (a field the page shows nowhere)."""
        return [
            self.case(file, f"visible:{field}")
            for file in self.by_file
            for field in ("title", "authors", "date")
            if (file, field) not in not_shown
        ]

    def case(self, file: str, what: str) -> Any:
        """The row ``what`` of ``file`` as a pytest parameter, a strict
        xfail with its reason when ``left`` lists it."""
        reason = self._left.get((file, what))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        return pytest.param(file, what, id=f"{file.rsplit('.', 1)[0]}:{what[:40]}", marks=marks)


def saved_page_test(pages: SavedPages, cases: list[Any]) -> Callable[..., None]:
    """The test that each row of ``cases`` (a field, words of the page
    around the post (not in its body), a quotation with its speaker, a link
    the post cites: see ``check_saved``) is read as a researcher writes it
    down."""

    @pytest.mark.parametrize(("file", "what"), cases)
    def test_a_saved_page_reads_as_a_researcher_writes_it_down(file: str, what: str) -> None:
        check_saved(pages.read(file), pages.by_file[file], what)

    return test_a_saved_page_reads_as_a_researcher_writes_it_down


def visible_test(pages: SavedPages, cases: list[Any]) -> Callable[..., None]:
    """The test that each page of ``cases`` (``visible:FIELD`` rows), its
    metadata removed, still shows its title, byline and date."""

    @pytest.mark.parametrize(("file", "what"), cases)
    def test_with_its_metadata_removed_a_page_shows_its_title_byline_and_date(
        file: str, what: str, tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        check_field(
            pages.read_visible(file, tmp_path_factory),
            pages.by_file[file],
            what.partition(":")[2],
        )

    return test_with_its_metadata_removed_a_page_shows_its_title_byline_and_date


def saved_tests(
    pages: SavedPages, cases: list[Any], not_shown: Collection[tuple[str, str]] = ()
) -> tuple[Callable[..., None], Callable[..., None]]:
    """A review's two tests: each row of ``cases`` read as a researcher
    writes it down, and each page's title, byline and date shown with its
    metadata removed (but the fields ``not_shown``)."""
    return saved_page_test(pages, cases), visible_test(pages, pages.visible_cases(not_shown))
