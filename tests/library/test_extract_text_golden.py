"""Golden files for plain-text extraction: every post in
``tests/fixtures/text`` read by the importer and extracted, against the JSON
of what it must give (metadata and blocks with their kinds, levels and
links, or the error it must raise).

When a change to extraction is intended, regenerate the expectations and
review the diff like code::

    QUOTEMARK_REGEN_GOLDEN=1 .venv/bin/pytest tests/library/test_extract_text_golden.py
    git diff tests/fixtures/text
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library.golden import check_golden, outcome

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
POSTS = sorted(FIXTURES.glob("*.txt"))


def test_there_are_golden_posts() -> None:
    assert len(POSTS) >= 3


@pytest.mark.parametrize("post", POSTS, ids=[post.stem for post in POSTS])
def test_post_matches_its_golden_file(post: Path) -> None:
    check_golden(post, outcome(post, resources=False))
