"""Stop 38: titles and bylines read from the visible page when it states no
metadata, from the tune half's misses (evaluation/visible.py --misses): the
h1 a page marks as its headline beside a <title> that words it otherwise,
and the "- by <name>" a newsletter's <title> ends with. Every page here is
team-written."""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.extract.titles import reworded, split_title, title_byline
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


# -- the headline the page shows, beside the <title> written for search ------

_SEARCH_TITLE = "Harbour pier: board closes old pier to cars after survey | Harbour Gazette"
_HEADLINE = "Harbour board closes the old pier to cars after divers find rot"


def test_the_marked_headline_wins_over_a_reworded_title_tag() -> None:
    # The <title> has the site's name cut and words the headline otherwise;
    # a reader sees (and cites) the h1 the page marks as its headline.
    meta = _metadata(_page(_SEARCH_TITLE, _HEADLINE))
    assert meta.title == _HEADLINE


def test_an_itemprop_headline_is_marked_too() -> None:
    meta = _metadata(_page(_SEARCH_TITLE, _HEADLINE, h1_attrs=" itemprop='headline'"))
    assert meta.title == _HEADLINE


def test_a_bare_h1_does_not_replace_the_title_tag() -> None:
    # Must not fire: an h1 with no mark of a headline.
    meta = _metadata(_page(_SEARCH_TITLE, _HEADLINE, h1_attrs=""))
    assert meta.title == "Harbour pier: board closes old pier to cars after survey"


def test_a_stated_title_is_kept() -> None:
    # Must not fire: og:title states the title; the h1 does not replace it.
    html = _page(_SEARCH_TITLE, _HEADLINE).replace(
        "</title>",
        "</title><meta property='og:title' content='Board closes old pier to cars after survey'>",
    )
    assert _metadata(html).title == "Board closes old pier to cars after survey"


def test_a_title_tag_with_no_site_cut_is_kept() -> None:
    # Must not fire: nothing was cut from the <title>, so it may be the
    # headline as the site wrote it. (From stop 41 an h1 named the
    # *headline* wins here too, test_titles_stop41; a CMS's post title,
    # "entry-title", does not.)
    title = "Harbour pier: board closes old pier to cars after survey"
    html = _page(title, _HEADLINE, h1_attrs=" class='entry-title'")
    assert _metadata(html).title == title


def test_a_section_heading_is_no_rewording() -> None:
    # Must not fire: an h1 that shares few of the title's words (a section
    # name, the site's masthead) is not the headline.
    assert not reworded("Board closes old pier to cars after survey", "Harbour news")
    assert not reworded(
        "Board closes old pier to cars after survey", "Ferry timetables for the winter season"
    )
    assert reworded(
        "Board closes old pier to cars after survey",
        "Harbour board closes the old pier to cars after divers find rot",
    )
    meta = _metadata(_page(_SEARCH_TITLE, "Ferry timetables for the winter season"))
    assert meta.title == "Harbour pier: board closes old pier to cars after survey"


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
