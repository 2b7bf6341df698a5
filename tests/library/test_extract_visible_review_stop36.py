"""Stop 36 review of the visible-metadata rules (branch s36-revvis): bylines
that run on into their date line, links to a writer's page, and the silver
measure itself (evaluation/visible.py). Every page here is team-written."""

from __future__ import annotations

from evaluation.visible import Page, Seen, judge, strip_metadata
from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import html_doc
from tests.library.test_extract_visible_stop36 import STORY


def _page(byline: str, *, after: str = "", title: str = "Ferries every twenty minutes") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h1>Ferries every twenty minutes</h1>{byline}"
        f"{STORY}{after}</article></body></html>"
    )


def _authors(html: str) -> tuple[str, ...]:
    return extract_html(
        html_doc(html, url="https://ferries.example.org/news/ferry")
    ).metadata.authors


# -- a byline's date line (c5ec48d, narrowed) ----------------------------------


def test_a_label_set_against_a_date_without_a_mark_is_no_writer() -> None:
    # No "By" and no mark between the words and the date: the words may be
    # a desk's or a section's label, not a person who wrote the post.
    html = _page("<div class='byline'>Harbour Desk 4 MAR 2025</div>")
    assert "Harbour Desk" not in _authors(html)


def test_a_name_set_off_from_its_date_by_a_dash_names_the_writer() -> None:
    html = _page("<div class='byline'>Odile Brandt \u2013 Mar 4, 2025 3:09 PM</div>")
    assert _authors(html) == ("Odile Brandt",)


def test_an_update_word_glued_to_a_role_is_cut_with_the_date() -> None:
    # "StaffUpdated:" is the page's layout run together, no second writer.
    html = _page("<div class='byline'>By Odile Brandt, Harbour StaffUpdated: 4 Mar 2025</div>")
    assert _authors(html) == ("Odile Brandt",)


def test_a_byline_with_its_date_line_is_read_for_one_writer_only() -> None:
    # With the date cut, a second part is no sure name: nothing rather than
    # a wrong co-author (a researcher's citation would carry it).
    assert author_names(["By Odile Brandt, HARBOUR WIRE 4 MAR 2025"], written=True) == ()
    assert author_names(["By Odile Brandt Updated Mar 4, 2025"], written=True) == ("Odile Brandt",)


# -- a link to the writer's page, the last byline fallback (012b27c) ----------


def _link(slug: str, name: str) -> str:
    return f"<a href='https://ferries.example.org/author/{slug}/'>{name}</a>"


def test_the_writers_link_under_the_headline_names_the_writer() -> None:
    html = _page(f"<p>{_link('odile-brandt', 'Odile Brandt')}</p>")
    assert _authors(html) == ("Odile Brandt",)


def test_the_writers_link_with_by_and_its_date_names_the_writer() -> None:
    html = _page(f"<p class='meta'>by {_link('odile-brandt', 'Odile Brandt')} \u00b7 Mar 4</p>")
    assert _authors(html) == ("Odile Brandt",)


def test_the_writers_link_with_capitals_in_its_address_names_the_writer() -> None:
    # Some sites keep the name's capitals in the address.
    html = _page(f"<p>{_link('Odile-Brandt', 'Odile Brandt')}</p>")
    assert _authors(html) == ("Odile Brandt",)


def test_a_more_by_list_of_other_writers_is_no_byline() -> None:
    more = (
        "<div><h3>More from our writers</h3><ul>"
        f"<li>{_link('tomas-lind', 'Tomas Lind')}</li>"
        f"<li>{_link('ruth-ames', 'Ruth Ames')}</li></ul></div>"
    )
    assert _authors(_page("", after=more)) == ()


def test_a_row_of_columnists_is_no_byline() -> None:
    columnists = (
        "<div class='columnists'>"
        f"<h4>{_link('tomas-lind', 'Tomas Lind')}</h4>"
        f"<h4>{_link('ruth-ames', 'Ruth Ames')}</h4>"
        f"<h4>{_link('piet-holm', 'Piet Holm')}</h4></div>"
    )
    assert _authors(_page("", after=columnists)) == ()


def test_a_commenters_link_is_no_byline() -> None:
    comment = (
        "<div class='talk'><div class='entry'>"
        f"<p>{_link('tomas-lind', 'Tomas Lind')} wrote:</p>"
        "<p>The boats were late again this morning, as every morning.</p></div></div>"
    )
    assert _authors(_page("", after=comment)) == ()


def test_a_credit_in_a_sentence_is_no_byline() -> None:
    credit = f"<p>Written with help from {_link('tomas-lind', 'Tomas Lind')}.</p>"
    assert _authors(_page("", after=credit)) == ()


def test_the_writers_own_archive_page_has_no_byline() -> None:
    # The page lists a writer's posts: its heading is her name, and the
    # links to her page are on every teaser.
    teasers = "".join(
        f"<div><h2><a href='/news/{n}'>Ferry news {n}</a></h2>"
        f"<p>{_link('odile-brandt', 'Odile Brandt')}</p></div>"
        for n in range(3)
    )
    html = (
        "<html><head><title>Odile Brandt</title></head><body><main>"
        f"<h1>Odile Brandt</h1><p>Odile Brandt writes about the harbour.</p>{teasers}"
        "</main></body></html>"
    )
    assert _authors(html) == ()


def test_two_writers_links_apart_name_no_one() -> None:
    # Two different writers' links and no byline: which one wrote the post
    # the page does not say.
    html = _page(
        f"<p>{_link('odile-brandt', 'Odile Brandt')}</p>",
        after=f"<p>{_link('tomas-lind', 'Tomas Lind')}</p>",
    )
    assert _authors(html) == ()


# -- the measure (evaluation/visible.py) -----------------------------------------


def _stated(title: str, og: str) -> str:
    return (
        f"<html><head><title>{title}</title>"
        f"<meta property='og:title' content='{og}'>"
        "<meta name='author' content='Odile Brandt'></head><body><article>"
        "<h1>Ferries every twenty minutes</h1><p class='byline'>By Odile Brandt</p>"
        f"{STORY}</article></body></html>"
    )


def test_a_quoted_greater_than_in_a_meta_tag_leaves_the_visible_text_as_it_was() -> None:
    page = _stated("Ferries every twenty minutes", "Ferries every twenty minutes").replace(
        "<meta name='author'",
        "<meta name='description' content='Boats: 20 > 15 minutes, the council said'>"
        "<meta name='author'",
    )
    stripped = strip_metadata(page)
    assert "description" not in stripped
    assert Seen.of(stripped).text == Seen.of(page).text


def test_a_surname_run_together_with_the_next_block_is_still_shown() -> None:
    page = (
        "<html><body><div class='who'><a href='/p/ob'>Odile Brandt</a></div>"
        "<div class='tools'>Share this story</div></body></html>"
    )
    # The browser's text reads "Odile BrandtShare this story"; the name is
    # on the page all the same.
    assert Seen.of(page).shows_author(frozenset({"Odile Brandt"}))


def test_a_title_stated_as_the_title_tag_is_counted_apart() -> None:
    # og:title and <title> the same string: both sides read it through the
    # same title rules, whatever they do, so the measure sets it apart.
    same = _stated(
        "Ferries every twenty minutes | Harbour News", "Ferries every twenty minutes | Harbour News"
    )
    title = next(
        v for v in judge(Page("same.html", "scrapinghub", same, None)) if v.field == "title"
    )
    assert title.given
    differ = _stated("Ferries every twenty minutes | Harbour News", "Ferries every twenty minutes")
    title = next(
        v for v in judge(Page("differ.html", "scrapinghub", differ, None)) if v.field == "title"
    )
    assert not title.given
    assert title.right


# -- a time with no zone past midnight (the branch's "left" list) -----------------


def _published(time: str) -> str | None:
    html = _page(f"<p class='byline'>By Odile Brandt {time}</p>")
    return extract_html(
        html_doc(html, url="https://ferries.example.org/news/ferry")
    ).metadata.published


def test_a_time_with_no_zone_past_midnight_gives_the_day_the_page_prints() -> None:
    published = _published("<time datetime='2025-03-05T01:30:00'>Mar 4, 2025, 8:30pm EST</time>")
    assert published is not None
    assert published.startswith("2025-03-04")


def test_a_time_with_its_zone_keeps_the_day_it_states() -> None:
    published = _published("<time datetime='2025-03-05T01:30:00Z'>Mar 4, 2025, 8:30pm EST</time>")
    assert published is not None
    assert published.startswith("2025-03-05")
    # Days further apart are no zone's difference: the attribute stands.
    published = _published("<time datetime='2025-03-07T01:30:00'>Mar 4, 2025</time>")
    assert published is not None
    assert published.startswith("2025-03-07")
