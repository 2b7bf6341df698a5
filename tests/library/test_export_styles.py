"""CSL styles for "Copy as citation" and the Markdown export: the shipped
official styles (APA 7, Chicago notes, MLA 9, Harvard), Quotemark's own
Chicago author-date, and a user's own .csl files."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.errors import ExportError
from quotemark.library.export import ExportOptions, export, format_clips, styles
from quotemark.library.export.csl_styles import CHICAGO_AUTHOR_DATE
from quotemark.library.export.stylebook import SHIPPED, available
from quotemark.library.model import Citation
from tests.library.test_export_samples import army_and_ferry, clip, metadata, post_with_clips

URL = "https://example.org/2024/01/02/retake"


def _clips() -> list[Citation]:
    return army_and_ferry('He said "no" today.', through=8)


EXPECTED = {
    "chicago-author-date": (
        "(Smith 2024, para. 4)",
        "(Smith 2024, paras. 7–8)",
        f"Smith, Zoë. 2024. “The Syrian Army Retakes the Town.” Deir ez-Zor Monitor. "
        f"January 2, 2024. {URL}.",
    ),
    "apa": (
        "(Smith, 2024, para. 4)",
        "(Smith, 2024, paras. 7–8)",
        "Smith, Z. (2024, January 2). The Syrian Army Retakes the Town. "
        f"Deir ez-Zor Monitor. {URL}",
    ),
    "chicago-notes-bibliography": (
        "\nZoë Smith, “The Syrian Army Retakes the Town,” Deir ez-Zor Monitor, January 2, 2024, "
        f"para. 4, {URL}.",
        "paras. 7–8",
        f"Smith, Zoë. “The Syrian Army Retakes the Town.” Deir ez-Zor Monitor, January 2, 2024. "
        f"{URL}.",
    ),
    "modern-language-association": (
        "par. 4)",
        "pars. 7–8)",
        f"Smith, Zoë. “The Syrian Army Retakes the Town.” Deir ez-Zor Monitor, 2 Jan. 2024, {URL}.",
    ),
    "harvard-cite-them-right": (
        "(Smith, 2024, para. 4)",
        "(Smith, 2024, paras. 7–8)",
        f"Smith, Z. (2024) The Syrian Army Retakes the Town, Deir ez-Zor Monitor. Available at: "
        f"{URL} (Accessed: February 3, 2024).",
    ),
}


def test_every_shipped_style_is_offered_default_first() -> None:
    assert styles()[: len(SHIPPED)] == list(SHIPPED)
    assert styles()[0] == "chicago-author-date"


@pytest.mark.parametrize("style", list(SHIPPED))
def test_copy_as_citation_in_each_shipped_style(style: str) -> None:
    first, across, reference = EXPECTED[style]
    formatted = format_clips(_clips(), style)
    text = formatted.text
    assert "“He said ‘no’ today.” — Col. Ahmad Hamdan, army spokesman" in text
    assert first in text
    assert across in text
    # Each post's reference once, after the passages.
    assert text.count(reference) == 1
    assert text.index(reference) > text.index("We will not withdraw")
    # The other post's reference once too (MLA and notes name the title in
    # the citation as well).
    cites_title = style in {"modern-language-association", "chicago-notes-bibliography"}
    assert text.count("Ferry Resumes") == (2 if cites_title else 1)
    # The rich text is HTML with the same words.
    assert formatted.html.startswith("<p>“He said ‘no’ today.”")
    assert formatted.html.count("<p>") == 5


def test_rich_text_italicises_what_the_style_italicises_and_escapes_page_text() -> None:
    meta = metadata(r"<b>Bold</b> & \input{x}")
    formatted = format_clips(post_with_clips("k", meta, clip("k-p1")), "apa")
    assert "<i>&lt;b&gt;Bold&lt;/b&gt; &amp; \\input{x}</i>" in formatted.html
    assert r"<b>Bold</b> & \input{x}" in formatted.text


def test_markdown_export_uses_the_chosen_style() -> None:
    text = export("markdown", _clips(), ExportOptions(citation_style="apa"))
    assert "Smith, Z. (2024, January 2)." in text


def _user_style(folder: Path, name: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    xml = CHICAGO_AUTHOR_DATE.replace(
        "<title>Chicago Manual of Style author-date, for web posts (Quotemark)</title>",
        f"<title>{title}</title>",
    ).replace('prefix="(" suffix=")"', 'prefix="[" suffix="]"')
    path = folder / f"{name}.csl"
    path.write_text(xml, encoding="utf-8")
    return path


def test_a_users_csl_file_is_listed_and_used(tmp_path: Path) -> None:
    folder = tmp_path / "styles"
    _user_style(folder, "house-style", "Our Lab's House Style")
    (folder / "notes.txt").write_text("not a style", encoding="utf-8")
    listed = {info.name: info for info in available(folder)}
    assert listed["house-style"].label == "Our Lab's House Style"
    assert listed["house-style"].user
    assert "notes" not in listed
    text = format_clips(_clips(), "house-style", folder).text
    assert "[Smith 2024, para. 4]" in text


def test_a_broken_csl_file_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "styles"
    folder.mkdir()
    (folder / "broken.csl").write_text("<style><title>Broken</title><citation>", "utf-8")
    with pytest.raises(ExportError, match=r"broken\.csl"):
        format_clips(_clips(), "broken", folder)


def test_an_unknown_style_lists_the_choices() -> None:
    with pytest.raises(ExportError, match=r"Unknown citation style 'mla'.*apa"):
        format_clips(_clips(), "mla")
