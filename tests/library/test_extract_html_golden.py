"""Golden files for HTML extraction: every page in ``tests/fixtures/html``
read by the importer (so decoded as a real import decodes it) and extracted,
against the JSON of what it must give (metadata, blocks with their kinds,
levels, links and resources, or the error it must raise).

When a change to extraction is intended, regenerate the expectations and
review the diff like code::

    QUOTEMARK_REGEN_GOLDEN=1 .venv/bin/pytest tests/library/test_extract_html_golden.py
    git diff tests/fixtures/html
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library.golden import check_golden, outcome

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))


def test_there_are_golden_pages() -> None:
    assert len(PAGES) >= 7


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_page_matches_its_golden_file(page: Path) -> None:
    check_golden(page, outcome(page, resources=True))
