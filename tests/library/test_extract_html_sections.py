"""An article in sections of very different length keeps every section.

The page is written here: a long section under one heading and two short
ones under headings of the same level, each in a block of its own with its
own class. The long one is the best container; the short ones score too
little beside it to join as parts, and are still the same text.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_LONG = (
    "the harbour wall was first built in 1820, of granite from the quarry above the town, "
    "and was raised twice, once after the storm of 1881, and again in the 1950s, when the "
    "fishing fleet was at its largest and the quay was lengthened for the new boats."
)


def _extract(main: str) -> Article:
    return extract_html(
        html_doc(
            "<html><head><title>Harbour wall repairs</title></head><body>"
            '<header class="site-header"><a href="/">Harbour Gazette</a></header>'
            f"<main><article><h1>Harbour wall repairs</h1>{main}</article></main>"
            "<footer><p>Copyright 2026 Harbour Gazette.</p></footer></body></html>",
            url="https://gazette.example/news/wall",
        )
    )


def _history() -> str:
    return "".join(f"<p>History {n}: {_LONG}</p>" for n in range(1, 9))


def test_short_sections_beside_a_long_one_stay_in_the_article() -> None:
    article = _extract(
        '<div class="content"><div class="section-history"><h2>History</h2>'
        f'{_history()}</div><div class="section-next"><h2>What next</h2><p>The council '
        "will choose a builder in April, and work starts when the herring season ends.</p>"
        '</div><div class="section-costs"><h2>Costs</h2><p>The repairs will cost about two '
        "million pounds, a third of it paid by the harbour trust.</p></div></div>"
    )
    text = body(article)
    assert "History 8:" in text
    assert "choose a builder in April" in text
    assert "two million pounds" in text


def test_a_headed_box_beside_a_story_without_sections_stays_out() -> None:
    # The story has no headings of its own: a box under an <h2> beside it
    # is not one of its sections.
    article = _extract(
        f'<div class="content"><div class="story">{_history()}</div>'
        '<div class="box"><h2>From the archive</h2><p>Our reporter walked the whole wall in '
        "1962 and found it sound, apart from a crack by the lifeboat slip.</p></div></div>"
    )
    text = body(article)
    assert "History 8:" in text
    assert "walked the whole wall" not in text
