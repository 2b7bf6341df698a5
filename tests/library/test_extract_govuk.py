"""A saved GOV.UK press release: the issuing department as its site, no
byline; a speech: its speaker as the author, on the day delivered
(``extract.govuk``). The pages are the team's, built the way GOV.UK writes
them."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_a_page_naming_no_department_or_of_another_format_keeps_what_it_states() -> None:
    assert _read("news_article", department="").site == "GOV.UK"
    assert _read("detailed_guide").site == "GOV.UK"


def test_a_speech_naming_no_speaker_is_the_department_s() -> None:
    # (Stop 45: a speech is no longer left to the general path.)
    metadata = _read("speech")
    assert metadata.site == "Department for Coastal Communities"
    assert metadata.authors == ()


_SPEECH = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "review_html4_stop45"
    / "08-govuk-speech.html"
)


def test_a_saved_speech_reads_whole_as_a_citation_names_it() -> None:
    # The golden page: "From: Department ... and The Rt Hon Ada Lind MP",
    # "Delivered on: 3 March 2026 (Original script ...)", published 4 March.
    html = _SPEECH.read_text(encoding="utf-8")
    url = "https://www.gov.uk/government/speeches/coastal-communities-ministers-speech"
    metadata = extract_html(html_doc(html, url=url)).metadata
    assert (metadata.title, metadata.authors, metadata.published, metadata.site) == (
        "Coastal Communities Minister\u2019s speech to the Small Harbours Conference",
        ("Ada Lind",),
        "2026-03-03",
        "Department for Coastal Communities",
    )
