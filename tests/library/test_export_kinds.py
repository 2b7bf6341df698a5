"""The researcher's word on a post reaches biblatex and BibTeX: an author
marked as an organisation prints whole, and the post's kind (blog, news, web)
chooses the entry type. Parsed back with bibtexparser v2 and compiled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.export import export
from quotemark.library.export.names import parse as parse_name
from quotemark.library.model import Citation
from tests.library.test_export_compile import _locator_text, compile_document, needs_tex
from tests.library.test_export_samples import clip, metadata, post_with_clips


def _entries(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    library = parse_string(text)
    assert not library.failed_blocks
    return {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}


def _unhyphenated(text: str) -> str:
    return text.replace("- ", "")


def _library(entry_type: str | None, authors: tuple[str, ...] = ("Zoë Smith",)) -> list[Citation]:
    meta = metadata(
        "Clinics Reopen in the North",
        authors=authors,
        site="Daily Monitor",
        entry_type=entry_type,
    )
    return post_with_clips(
        "smith2024clinics",
        meta,
        clip("smith2024clinics-p3", "The clinics are open.", paragraph=3, clip_id=1),
        clip("smith2024clinics-p5", "We need staff.", paragraph=5, clip_id=2),
    )


def test_a_braced_author_is_an_organisation_in_every_dialect() -> None:
    # "Human Rights Watch" looks like a person (three capitalised words) and
    # would be split "Watch, Human Rights"; braced by the researcher, it is one name.
    authors = ("{Human Rights Watch}", "{World Health Organization}", "Zoë Smith")
    assert parse_name("Human Rights Watch").family == "Watch"  # type: ignore[union-attr]
    for dialect in ("biblatex", "bibtex"):
        _, post = _entries(export(dialect, _library("web", authors)))["smith2024clinics"]
        assert post["author"].startswith(
            "{Human Rights Watch} and {World Health Organization} and Smith, "
        ), post["author"]
    items = export("csl-json", _library("web", authors))
    assert '"literal": "Human Rights Watch"' in items
    ris = export("ris", _library("web", authors))
    assert "AU  - Human Rights Watch\r\n" in ris


def test_unbalanced_or_partial_braces_are_not_a_mark() -> None:
    assert parse_name("{A} and {B}").literal == "{A} and {B}"  # type: ignore[union-attr]
    assert parse_name("{Smith").literal != "Smith"  # type: ignore[union-attr]
    assert parse_name("{}") is None


@pytest.mark.parametrize(
    ("kind", "biblatex_type", "subtype", "bibtex_type"),
    [
        (None, "online", None, "misc"),
        ("web", "online", None, "misc"),
        ("blog", "online", None, "misc"),
        ("news", "article", "nonacademic", "article"),
    ],
)
def test_the_post_kind_chooses_the_entry_type(
    kind: str | None, biblatex_type: str, subtype: str | None, bibtex_type: str
) -> None:
    entries = _entries(export("biblatex", _library(kind)))
    entry_type, post = entries["smith2024clinics"]
    assert entry_type == biblatex_type
    assert post.get("entrysubtype") == subtype
    site_field = "journaltitle" if kind == "news" else "organization"
    assert post[site_field] == "Daily Monitor"
    # The clip's data entry has its post's type (biber validates it).
    assert entries["smith2024clinics-p3:clip"][0] == biblatex_type

    entries = _entries(export("bibtex", _library(kind)))
    entry_type, post = entries["smith2024clinics"]
    assert entry_type == bibtex_type
    clip_type, clip_fields = entries["smith2024clinics-p3"]
    assert clip_type == bibtex_type
    if bibtex_type == "article":
        assert post["journal"] == "Daily Monitor"
        assert "howpublished" not in post
        assert post["note"].startswith(r"\url{https://example.org/")
        # An @article that crossrefs prints "In [post]": the clip repeats the post.
        assert "crossref" not in clip_fields
        assert clip_fields["journal"] == "Daily Monitor"
        assert clip_fields["related"] == "smith2024clinics"
    else:
        assert clip_fields["crossref"] == "smith2024clinics"


def test_a_news_article_without_a_date_stays_misc_in_bibtex() -> None:
    citations = post_with_clips(
        "k", metadata(published=None, entry_type="news"), clip("k-p1", paragraph=1)
    )
    assert _entries(export("bibtex", citations))["k"][0] == "misc"
    assert _entries(export("biblatex", citations))["k"][0] == "article"


@needs_tex
@pytest.mark.compile
@pytest.mark.parametrize("style", ["plain", "plainnat"])
def test_news_article_compiles_with_bibtex_once_with_its_newspaper(
    tmp_path: Path, style: str
) -> None:
    authors = ("{Human Rights Watch}",)
    (tmp_path / "refs.bib").write_text(
        export("bibtex", _library("news", authors)), encoding="utf-8"
    )
    preamble = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
    cite = "\\cite"
    if style == "plainnat":
        preamble += "\\usepackage[round]{natbib}\n"
        cite = "\\citep"
    body = f"A {cite}{{smith2024clinics-p3}}. B {cite}{{smith2024clinics-p5}}.\n"
    text = compile_document(tmp_path, "pdflatex", "bibtex", preamble, [], body=body, bst=style)
    cites, _, bibliography = _locator_text(text).partition("References")
    assert bibliography.count("Clinics Reopen") == 1, bibliography
    assert "Daily Monitor" in _unhyphenated(bibliography)  # the newspaper
    assert "Human Rights Watch" in bibliography
    assert "Watch, H" not in bibliography
    assert "In [" not in bibliography
    assert re.search(r"A [\[(].*, ¶ 3[\])]", cites), cites
    assert re.search(r"B [\[(].*, ¶ 5[\])]", cites), cites
    if style == "plainnat":
        assert "(Human Rights Watch, 2024, ¶ 3)" in cites


_BIBLATEX_STYLES = {
    "authoryear": ("\\usepackage[backend=biber,style=authoryear]{biblatex}\n", "Watch 2024, "),
    "apa": (
        "\\usepackage[american]{babel}\n\\usepackage[backend=biber,style=apa]{biblatex}\n",
        "Watch, 2024, ",
    ),
}


@needs_tex
@pytest.mark.compile
@pytest.mark.parametrize("kind", ["news", "blog"])
@pytest.mark.parametrize("style", list(_BIBLATEX_STYLES))
def test_biblatex_kinds_compile_and_validate(tmp_path: Path, kind: str, style: str) -> None:
    authors = ("{Human Rights Watch}",)
    (tmp_path / "refs.bib").write_text(
        export("biblatex", _library(kind, authors)), encoding="utf-8"
    )
    package, label = _BIBLATEX_STYLES[style]
    preamble = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n" + package
    body = "A \\cite{smith2024clinics-p3}. B \\cite{smith2024clinics-p5}.\n"
    text = compile_document(tmp_path, "pdflatex", "biber", preamble, [], body=body)
    cites, _, bibliography = _locator_text(text).partition("References")
    assert bibliography.count("Clinics Reopen") == 1, bibliography
    assert "Daily Monitor" in _unhyphenated(bibliography)
    # No bracketed kind after the title (biblatex-apa prints an entrysubtype).
    assert "[newspaper]" not in bibliography
    assert "[blog]" not in bibliography
    if style == "apa" and kind == "news":
        # APA dates a newspaper article to the day (a journal article by the year).
        assert "(2024, January 2)" in bibliography, bibliography
    assert f"A Human Rights {label}¶ 3" in cites, cites
    assert f"B Human Rights {label}¶ 5" in cites, cites
