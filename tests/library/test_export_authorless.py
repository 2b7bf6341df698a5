"""A post without a byline is cited by what its style puts in the author's
place (CSL's ``cs:substitute``; Chicago 17th 15.32, APA 7 §9.12): its site
when the style says so, else its title, which then is not printed twice.
Every place a citation is shown goes through the same formatter: "Copy as
citation" (and the Clips tab), and the Markdown export."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from quotemark.library.export import export, format_clips
from quotemark.library.export.cite import format_citation, format_in_text, styles
from quotemark.library.model import Citation
from tests.library.test_export_samples import clip, metadata, post_with_clips

TITLE = "Notes on a Quiet Harbour"


def anonymous(**changes: object) -> Citation:
    """A post with no byline, no date and no site name (a bare blog page)."""
    values: dict[str, object] = {"authors": (), "published": None, "site": None}
    values.update(changes)
    return Citation("anon", metadata(TITLE, **values), "2024-02-03")


def test_chicago_author_date_moves_the_title_into_the_author_place() -> None:
    citation = anonymous()
    assert format_citation(citation) == (
        "“Notes on a Quiet Harbour.” n.d. Accessed February 3, 2024. "
        "https://example.org/2024/01/02/retake."
    )
    assert format_in_text(citation) == "(“Notes on a Quiet Harbour,” n.d.)"
    dated = format_citation(anonymous(published="2024-01-02"))
    assert dated.startswith("“Notes on a Quiet Harbour.” 2024. January 2, 2024.")


def test_the_site_still_stands_for_a_missing_byline_in_chicago() -> None:
    text = format_citation(anonymous(site="Harbour Lights"))
    assert text.startswith("Harbour Lights. n.d. “Notes on a Quiet Harbour.” Accessed")


@pytest.mark.parametrize(
    ("style", "reference"),
    [
        (
            "apa",
            "Notes on a Quiet Harbour. (n.d.). Retrieved February 3, 2024, "
            "from https://example.org/2024/01/02/retake",
        ),
        (
            "chicago-notes-bibliography",
            "“Notes on a Quiet Harbour.” Accessed February 3, 2024. "
            "https://example.org/2024/01/02/retake.",
        ),
        (
            "modern-language-association",
            "Notes on a Quiet Harbour. https://example.org/2024/01/02/retake. "
            "Accessed 3 Feb. 2024.",
        ),
        (
            "harvard-cite-them-right",
            "Notes on a Quiet Harbour (no date). Available at: "
            "https://example.org/2024/01/02/retake (Accessed: February 3, 2024).",
        ),
    ],
)
def test_official_styles_print_the_substituted_title_once(style: str, reference: str) -> None:
    assert format_citation(anonymous(), style) == reference


def test_every_shipped_style_starts_with_the_title_and_prints_it_once() -> None:
    for style in styles():
        text = format_citation(anonymous(), style)
        assert text.removeprefix("“").startswith(TITLE), (style, text)
        assert text.count(TITLE) == 1, (style, text)


def test_copy_as_citation_of_an_authorless_clip() -> None:
    citations = post_with_clips(
        "anon", metadata(TITLE, authors=(), published=None, site=None), clip("anon-p4")
    )
    assert format_clips(citations).text == (
        "“We will not withdraw from the town.” — Col. Ahmad Hamdan, army spokesman "
        "(“Notes on a Quiet Harbour,” n.d., para. 4)\n\n"
        "“Notes on a Quiet Harbour.” n.d. Accessed February 3, 2024. "
        "https://example.org/2024/01/02/retake."
    )
    apa = format_clips(citations, "apa").text
    assert "(Notes on a Quiet Harbour, n.d., para. 4)" in apa
    assert apa.count("Notes on a Quiet Harbour") == 2  # the citation and the reference


def test_markdown_export_of_an_authorless_post() -> None:
    text = export("markdown", [anonymous()])
    html = MarkdownIt().render(text)
    assert (
        "<p>“Notes on a Quiet Harbour.” n.d. Accessed February 3, 2024. "
        '<a href="https://example.org/2024/01/02/retake">' in html
    )
    assert "n.d. “Notes" not in text
