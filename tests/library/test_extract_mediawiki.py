"""A saved MediaWiki page (Wikipedia): no byline, the version's date, the
wiki's name, and no section edit links in the body (``extract.mediawiki``).
The pages are the team's, built the way MediaWiki writes them."""

from __future__ import annotations

import json

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc

_LINKED = {
    "@context": "https://schema.org",
    "@type": "Article",
    "name": "Port Elm Pier",
    "author": {"@type": "Organization", "name": "Contributors to Wikimedia projects"},
    "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc."},
    "datePublished": "2008-03-12T10:22:01Z",
    "dateModified": "2026-11-29T14:07:33Z",
}
_EDIT = (
    "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
    "<a href='/w/index.php?title=Port_Elm_Pier&amp;action=edit&amp;section=1'>edit</a>"
    "<span class='mw-editsection-bracket'>]</span></span>"
)


def _page(
    *,
    generator: str = "MediaWiki 1.44.0-wmf.5",
    title: str = "Port Elm Pier - Wikipedia",
    footer: str = "This page was last edited on 29 November 2026, at 14:07 (UTC).",
) -> str:
    meta = f"<meta name='generator' content='{generator}'>" if generator else ""
    return (
        f"<html lang='en'><head><title>{title}</title>{meta}"
        f"<script type='application/ld+json'>{json.dumps(_LINKED)}</script></head><body>"
        "<h1 id='firstHeading' class='firstHeading'>"
        "<span class='mw-page-title-main'>Port Elm Pier</span></h1>"
        "<div id='mw-content-text'><div class='mw-parser-output'>"
        "<p><b>Port Elm Pier</b> is a pleasure pier in Port Elm, "
        "opened in 1903 and 412 metres long.</p>"
        f"<div class='mw-heading mw-heading2'><h2 id='History'>History</h2>{_EDIT}</div>"
        "<p>The harbour board closed the pier to cars in March 2026 after a survey of its piles. "
        "Tom Hale, the harbour master, said the piles could not take another winter of lorries.</p>"
        "<p>The Pier Friends, led by Ada Lind, raised money for the repairs "
        "by the end of the year.</p>"
        "</div></div>"
        "<footer id='footer'><ul id='footer-info'>"
        f"<li id='footer-info-lastmod'>{footer}</li></ul></footer>"
        "</body></html>"
    )


def _read(html: str) -> tuple[Metadata, list[str]]:
    article = extract_html(html_doc(html, url="https://en.wikipedia.org/wiki/Port_Elm_Pier"))
    return article.metadata, [block.text for block in article.blocks]


def test_a_wiki_article_is_cited_by_its_name_the_wiki_and_the_version_s_date() -> None:
    metadata, blocks = _read(_page())
    assert metadata.title == "Port Elm Pier"
    assert metadata.authors == ()  # not "Contributors to Wikimedia projects"
    assert (metadata.published or "")[:10] == "2026-11-29"  # last edited, not created (2008)
    assert metadata.site == "Wikipedia"  # not the foundation that runs it
    assert not any("edit" in text for text in blocks)
    assert blocks[-1].startswith("The Pier Friends")


def test_a_wiki_in_another_language_reads_its_own_footer_and_name() -> None:
    page = _page(
        title="Port Elm Pier – Wikipedia",  # a wiki that translates the separator
        footer="Diese Seite wurde zuletzt am 29. November 2026 um 14:07 Uhr bearbeitet.",
    )
    metadata, _ = _read(page)
    assert (metadata.published or "")[:10] == "2026-11-29"
    assert metadata.authors == ()
    # The name is not cut from a <title> in a form the adapter does not know.
    assert metadata.site != "Port Elm Pier – Wikipedia"


def test_a_page_of_other_software_keeps_what_its_metadata_states() -> None:
    metadata, _ = _read(_page(generator="WordPress 6.7"))
    assert metadata.authors == ("Contributors to Wikimedia projects",)
    assert (metadata.published or "")[:10] == "2008-03-12"
