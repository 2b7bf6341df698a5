"""Stop 43's speed branch (s43-speed): the stated date read key by key
until one gives a date, and the writer's-page test without a generator.
Output identical (evaluation.same); these tests hold the old answers and
what a reader sees."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract import page_clues
from tests.library.test_bylines_stop41 import _HEADLINE, _metadata
from tests.library.test_visible_stop38 import STORY


def test_the_writers_page_test_is_the_folder_list() -> None:
    rng = random.Random(7)
    # (The folders themselves from the list, so that a folder added to it
    # and not to the test is caught.)
    parts = [
        *page_clues._WRITER_FOLDERS,
        "/authors/",
        "/Author/",
        "/people/",
        "ada-lind",
        "https://harbour.example",
        "?page=2",
        "/",
        "byline",
    ]
    found = 0
    for _ in range(3000):
        href = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 4)))
        link = etree.Element("a", href=href)
        expected = any(folder in href for folder in page_clues._WRITER_FOLDERS)
        found += expected
        assert page_clues._to_author_page(link) == expected, href
    assert found > 500
    assert not page_clues._to_author_page(etree.Element("a"))


def _dated(metas: str) -> str | None:
    page = (
        f"<html><head><title>Pier closes to cars</title>{metas}</head>"
        f"<body><main><article>{_HEADLINE}{STORY}</article></main></body></html>"
    )
    from quotemark.library.extract.html import extract_html
    from tests.library.test_extract_html import html_doc
    from tests.library.test_visible_stop38 import URL

    return extract_html(html_doc(page, url=URL)).metadata.published


def test_the_stated_date_is_the_first_key_that_gives_one() -> None:
    # The first key the page fills wins, even when a later key comes first
    # in the page.
    both = (
        '<meta name="pubdate" content="2026-03-09">'
        '<meta property="article:published_time" content="2026-03-04T08:00:00Z">'
    )
    assert (_dated(both) or "").startswith("2026-03-04")
    # A key whose value is no date is passed over for the next that is one.
    unreadable = (
        '<meta property="article:published_time" content="soon">'
        '<meta name="pubdate" content="2026-03-09">'
    )
    assert (_dated(unreadable) or "").startswith("2026-03-09")
    # No stated date: none from the keys (the visible page may still give one).
    assert _metadata(f"<main><article>{_HEADLINE}{STORY}</article></main>").published is None
