"""Authors as a citation needs them: a publisher is never the author, and
when the metadata names only the publisher the byline the page shows is
read instead. Pages are written here.
"""

from __future__ import annotations

import json

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import html_doc

_BODY = (
    "<p>The harbour ferry returned to service on Monday after a winter of repairs, "
    "and the first crossing was full by seven in the morning.</p>"
    "<p>Passengers said the new engines were quieter, and the crew agreed.</p>"
)


def _authors(head: str, byline: str = "") -> tuple[str, ...]:
    html = (
        f"<html><head><title>The ferry is back</title>{head}</head><body><article>"
        f"<h1>The ferry is back</h1>{byline}{_BODY}</article></body></html>"
    )
    return extract_html(html_doc(html)).metadata.authors


def _linked(author: dict[str, str] | str, publisher: dict[str, str]) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The ferry is back",
        "author": author,
        "publisher": publisher,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


_STATION = {"@type": "Organization", "name": "Harbour Radio"}


def test_a_publisher_given_as_author_gives_way_to_the_byline_on_the_page() -> None:
    byline = (
        '<div class="hr-article-author"><h3 class="hr-article-author__name">Mira Okafor</h3>'
        '<p class="hr-article-author__role">Transport reporter</p></div>'
    )
    head = _linked({"@type": "Organization", "name": "Harbour Radio"}, _STATION)
    assert _authors(head, byline) == ("Mira Okafor",)


def test_a_publisher_given_as_author_is_no_author_when_the_page_names_no_one() -> None:
    assert _authors(_linked("Harbour-Radio", _STATION)) == ()
    assert _authors(_linked("Harbour Radio Staff", _STATION)) == ()


def test_a_person_publishing_under_their_own_name_stays_the_author() -> None:
    person = {"@type": "Person", "name": "Mira Okafor"}
    assert _authors(_linked(person, person)) == ("Mira Okafor",)
    head = (
        '<meta name="author" content="Mira Okafor">'
        '<meta property="og:site_name" content="Mira Okafor">'
    )
    assert _authors(head) == ("Mira Okafor",)


def test_a_reporter_whose_name_begins_like_the_outlet_is_kept() -> None:
    outlet = {"@type": "Organization", "name": "Sky"}
    assert _authors(_linked("Sky Brown", outlet)) == ("Sky Brown",)


def test_an_address_in_the_article_names_its_author_but_the_footer_address_does_not() -> None:
    assert _authors("", "<address>Mira Okafor</address>") == ("Mira Okafor",)
    html = (
        "<html><head><title>The ferry is back</title></head><body><article>"
        f"<h1>The ferry is back</h1>{_BODY}</article>"
        "<footer><address>Harbour Office, Quay Street 4</address></footer></body></html>"
    )
    assert extract_html(html_doc(html)).metadata.authors == ()


def test_a_byline_named_only_by_its_id_is_read() -> None:
    # No "By", no date, no class: the element's id alone says it holds the
    # author (an id is judged like a class name).
    assert _authors("", '<span id="author-name">Mara Quist</span>') == ("Mara Quist",)
    assert _authors("", '<span id="ferry-times">Mara Quist</span>') == ()


def test_a_byline_named_only_by_a_link_to_its_author_is_read() -> None:
    assert _authors("", '<a rel="author" href="/people/mara">Mara Quist</a>') == ("Mara Quist",)
