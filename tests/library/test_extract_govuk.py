"""A saved GOV.UK press release: the issuing department as its site, no
byline (``extract.govuk``). The pages are the team's, built the way GOV.UK
writes them."""

from __future__ import annotations

import json

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.test_extract_html import html_doc

_LINKED = {
    "@context": "http://schema.org",
    "@type": "NewsArticle",
    "headline": "Harbour board closes the old pier to cars",
    "datePublished": "2026-12-04T10:30:00+00:00",
    "publisher": {"@type": "Organization", "name": "GOV.UK"},
    "author": {"@type": "Organization", "name": "Department for Coastal Communities"},
}


def _read(schema: str, department: str = "Department for Coastal Communities") -> Metadata:
    html = (
        "<html><head><title>Harbour board closes the old pier to cars - GOV.UK</title>"
        f"<meta name='govuk:schema-name' content='{schema}'>"
        f"<meta name='govuk:primary-publishing-organisation' content='{department}'>"
        "<meta name='govuk:first-published-at' content='2026-12-04T10:30:00+00:00'>"
        "<meta property='og:site_name' content='GOV.UK'>"
        f"<script type='application/ld+json'>{json.dumps(_LINKED)}</script></head><body>"
        "<main><h1>Harbour board closes the old pier to cars</h1><div class='govspeak'>"
        "<p>The harbour board voted on Tuesday to close the old pier to cars from the spring, "
        "after a report on its planks.</p><p>Tom Hale, the harbour master, said the planks "
        "could not take the weight any more and that repairs would start in March.</p>"
        "</div></main></body></html>"
    )
    url = "https://www.gov.uk/government/news/harbour-board-closes-the-old-pier"
    return extract_html(html_doc(html, url=url)).metadata


def test_a_release_is_the_department_s_with_no_byline() -> None:
    metadata = _read("news_article")
    assert metadata.authors == ()
    assert metadata.site == "Department for Coastal Communities"
    assert (metadata.published or "")[:10] == "2026-12-04"


def test_a_speech_or_a_page_naming_no_department_keeps_what_it_states() -> None:
    # A speech may be cited by its speaker: the general path reads it.
    assert _read("speech").site == "GOV.UK"
    assert _read("news_article", department="").site == "GOV.UK"
