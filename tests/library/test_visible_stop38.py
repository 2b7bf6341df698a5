"""Stop 38: titles and bylines read from the visible page when it states no
metadata, from the tune half's misses (evaluation/visible.py --misses): the
h1 a page marks as its headline beside a <title> that words it otherwise,
and the "- by <name>" a newsletter's <title> ends with. Every page here is
team-written."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.extract.titles import split_title, title_byline
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc

STORY = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from next spring,"
    " after divers found the timber piles had rotted further than the last survey said.</p>"
    "<p>Tom Hale, who runs the ferry from the pier's end, said the boats would keep"
    " sailing and that foot passengers could still walk the length of it.</p>"
    "<p>The board will spend the summer on a survey and decide on repairs in the autumn.</p>"
)

URL = "https://harbour.example.org/news/pier"


def _page(
    title: str, h1: str, *, h1_attrs: str = " class='article-headline'", byline: str = ""
) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h1{h1_attrs}>{h1}</h1>{byline}{STORY}</article></body></html>"
    )


def _metadata(html: str) -> Metadata:
    return extract_html(html_doc(html, url=URL)).metadata


# -- "Headline - by <name>" in the <title> ------------------------------------


def test_a_byline_is_cut_from_the_title() -> None:
    assert (
        split_title("The pier at low tide - by Ada Lind", site=None, url=None, heading="")[0]
        == "The pier at low tide"
    )
    html = _page("The pier at low tide - by Ada Lind", "Harbour notes", h1_attrs="")
    assert _metadata(html).title == "The pier at low tide"


def test_the_title_byline_names_the_writer_when_the_page_does_not() -> None:
    html = _page("The pier at low tide - by Ada Lind", "Harbour notes", h1_attrs="")
    assert _metadata(html).authors == ("Ada Lind",)


def test_a_written_byline_wins_over_the_title_byline() -> None:
    # Must not fire: the page's own byline names the writer.
    html = _page(
        "The pier at low tide - by Ada Lind",
        "Harbour notes",
        h1_attrs="",
        byline="<p class='byline'>By Tom Hale</p>",
    )
    assert _metadata(html).authors == ("Tom Hale",)


def test_by_and_one_word_or_a_lower_case_phrase_is_no_byline() -> None:
    # Must not fire: "By Design", "by the numbers" are no writer's names.
    for title in ("The pier - By Design", "The pier - by the numbers", "Stand by Me - Tom Hale"):
        assert title_byline(title) == ""
        assert split_title(title, site=None, url=None, heading="")[0] == title
