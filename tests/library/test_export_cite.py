"""Formatted citations for "Copy as citation" (citeproc-py, Chicago)."""

from __future__ import annotations

import io
import warnings

import pytest
from citeproc import CitationStylesStyle

from quotemark.library.errors import ExportError
from quotemark.library.export.cite import format_citation, format_in_text, styles
from quotemark.library.export.csl_styles import STYLES
from quotemark.library.model import Citation
from tests.library.test_export_samples import clip, metadata


def test_chicago_reference_for_a_post_with_byline_and_date() -> None:
    citation = Citation("smith2024", metadata(), "2024-02-03")
    assert format_citation(citation) == (
        "Smith, Zoë. 2024. “The Syrian Army Retakes the Town.” Deir ez-Zor Monitor. "
        "January 2, 2024. https://example.org/2024/01/02/retake."
    )


def test_chicago_reference_without_byline_or_date_uses_site_and_access_date() -> None:
    citation = Citation("x", metadata(authors=(), published=None), "2024-02-03")
    assert format_citation(citation) == (
        "Deir ez-Zor Monitor. n.d. “The Syrian Army Retakes the Town.” "
        "Accessed February 3, 2024. https://example.org/2024/01/02/retake."
    )
    assert format_in_text(citation) == "(Deir ez-Zor Monitor, n.d.)"


def test_title_quotes_nest_and_a_question_mark_takes_no_period() -> None:
    meta = metadata("Who said “never” again?", authors=("Jane Doe", "Ludwig van Beethoven"))
    text = format_citation(Citation("x", meta, "2024-02-03"))
    assert "Doe, Jane, and Ludwig van Beethoven. 2024." in text
    inner = "\u2018never\u2019"  # single quotes inside the double ones
    assert f"“Who said {inner} again?” Deir ez-Zor Monitor." in text


def test_in_text_citation_of_a_clip_names_its_paragraph() -> None:
    meta = metadata(authors=("Zoë Smith", "Jane Doe", "Ann Lee", "Bo Li"))
    citation = Citation("smith2024", meta, "2024-02-03", clip("smith2024-p4", paragraph=12))
    assert format_in_text(citation) == "(Smith et al. 2024, para. 12)"
    assert format_in_text(Citation("smith2024", meta, "2024-02-03")) == "(Smith et al. 2024)"


def test_other_styles_and_unknown_ones() -> None:
    assert styles()[0] == "chicago-author-date"
    harvard = format_citation(Citation("s", metadata(), "2024-02-03"), "harvard-cite-them-right")
    assert harvard.startswith("Smith, Z. (2024) The Syrian Army Retakes the Town")
    with pytest.raises(ExportError, match="Unknown citation style 'mla'"):
        format_citation(Citation("s", metadata(), "2024-02-03"), "mla")


def test_hostile_metadata_formats_as_text() -> None:
    meta = metadata(r"\input{/etc/passwd} <i>x</i> & 100%", authors=("محمد الأحمد",))
    text = format_citation(Citation("s", meta, "2024-02-03"))
    assert text.startswith("محمد الأحمد. 2024. “\\input{/etc/passwd} <i>x</i> & 100%.”")


@pytest.mark.parametrize("name", list(STYLES))
def test_shipped_styles_are_valid_csl(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # citeproc-py warns when the schema rejects a style
        CitationStylesStyle(io.BytesIO(STYLES[name].encode("utf-8")), validate=True)
