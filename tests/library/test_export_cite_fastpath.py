"""A post's in-text citation is formatted once with a placeholder locator
and filled in for each clip. That must print exactly what citeproc-py
prints when each clip is formatted on its own with its real paragraph:
every shipped style, text and HTML, on posts of every kind."""

from __future__ import annotations

from dataclasses import replace

import pytest
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from quotemark.library.export import cite, format_clips, passages, stylebook
from quotemark.library.export.cite import CitationFormatter, Formatted
from quotemark.library.model import Citation
from tests.library.test_export_samples import clip, metadata, post_with_clips
from tests.library.test_export_speedups import library as kinds_library
from tests.library.test_export_speedups import shipped


def _library() -> list[Citation]:
    """Posts of every kind and hostile ones (from the speedups test), plus:
    several clips of one post with single paragraphs and ranges, two- and
    three-digit paragraphs, an organisation without a date, and a title
    that holds the placeholder's digits."""
    many = post_with_clips(
        "many2024",
        metadata("Ceasefire Talks Stall Again", authors=("Zoë Smith", "Jane Doe")),
        clip("many-p1", paragraph=1, clip_id=11),
        clip("many-p2", "One.\nTwo.\nThree.", paragraph=2, through=4, clip_id=12),
        clip("many-p12", paragraph=12, clip_id=13),
        clip("many-p10", "Ten.\nEleven.\nTwelve.", paragraph=10, through=12, clip_id=14),
        clip("many-p101", paragraph=101, clip_id=15),
    )
    undated = post_with_clips(
        "hrw",
        metadata("Report on Detentions", authors=("{Human Rights Watch}",), published=None),
        clip("hrw-p3", paragraph=3, clip_id=21, post_id=2),
        clip("hrw-p5", "A.\nB.", paragraph=5, through=6, clip_id=22, post_id=2),
    )
    digits = post_with_clips(
        "digits",
        metadata(f"Case {cite._PLACEHOLDER} and {cite._PLACEHOLDER}\u2013{cite._PLACEHOLDER}"),
        clip("digits-p7", paragraph=7, clip_id=31, post_id=3),
        clip("digits-p8", "A.\nB.", paragraph=8, through=9, clip_id=32, post_id=3),
    )
    news = [
        replace(c, metadata=replace(c.metadata, entry_type="news", published="2022-03"))
        for c in post_with_clips("news", metadata("Port Reopens"), clip("news-p2", paragraph=2))
    ]
    return [*kinds_library(), *many, *undated, *digits, *news]


def _plain(citation: Citation, style: stylebook.LoadedStyle, locator: str | None) -> str:
    # citeproc-py as it is, one clip at a time: a bibliography of its own
    # holding only this post, cited with the clip's real paragraph.
    source = CiteProcJSON([cite._item(citation, "post", style)])
    bibliography = CitationStylesBibliography(style.style, source, formatter.html)
    if locator is None:
        item = CitationItem("post")
    else:
        item = CitationItem("post", locator=Locator("paragraph", locator))
    citation_ = CslCitation([item])
    bibliography.register(citation_)
    return str(bibliography.cite(citation_, lambda _: None))


def _plain_reference(citation: Citation, style: stylebook.LoadedStyle) -> str:
    source = CiteProcJSON([cite._item(citation, "post", style)])
    bibliography = CitationStylesBibliography(style.style, source, formatter.html)
    bibliography.register(CslCitation([CitationItem("post")]))
    return str(bibliography.bibliography()[0])


@pytest.mark.parametrize("name", shipped())
def test_each_clip_prints_as_citeproc_prints_it_alone(name: str) -> None:
    style = stylebook.load(name)
    formatters: dict[str, CitationFormatter] = {}
    checked = 0
    for citation in _library():
        fast = formatters.get(citation.post_key)
        if fast is None:
            fast = formatters[citation.post_key] = CitationFormatter(citation, style)
        tidy = fast._tidy
        if citation.clip is None:
            expected = tidy(_plain(citation, style, None))
            assert fast.formatted_in_text(None) == expected, citation.post_key
            assert fast.formatted_reference() == tidy(_plain_reference(citation, style))
            continue
        locator = passages.paragraph_range(citation.clip)
        expected = tidy(_plain(citation, style, locator))
        got = fast.formatted_in_text(locator)
        assert got == expected, (citation.clip.key, got, expected)
        # Written with a hyphen ("2-4"), as a caller may.
        assert fast.formatted_in_text(locator.replace("\u2013", "-")) == expected
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize("name", shipped())
def test_copy_as_citation_holds_each_clips_own_citation(name: str) -> None:
    style = stylebook.load(name)
    citations = _library()
    copied = format_clips(citations, name)
    position = {"text": 0, "html": 0}
    for citation in citations:
        if citation.clip is None:
            continue
        alone: Formatted = CitationFormatter(citation, style)._tidy(
            _plain(citation, style, passages.paragraph_range(citation.clip))
        )
        for form, whole, part in (
            ("text", copied.text, alone.text),
            ("html", copied.html, alone.html),
        ):
            found = whole.find(part, position[form])
            assert found >= 0, (name, form, citation.clip.key, part)
            position[form] = found + len(part)
