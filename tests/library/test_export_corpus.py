"""Robustness on real ``.bib`` values (../shared/corpus/bibtex, read in place).

Every field value of every real entry is read as text (what it prints),
written back LaTeX-safe, and must print the same; entries rebuilt as
Quotemark citations export in both dialects and parse back cleanly.
"""

from __future__ import annotations

from pathlib import Path

import pybtex.database
import pytest
from bibtexparser.entrypoint import parse_string as parse_bibtex

from quotemark.library.export import ExportOptions, export, latex
from quotemark.library.model import Citation, Metadata
from tests.library.test_export_samples import bibtex_braces_balanced, plain, visible

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def real_values(shared: Path) -> list[tuple[str, str, str]]:
    """(file, field, printed text) for every string field in the corpus."""
    values: list[tuple[str, str, str]] = []
    for path in sorted((shared / "corpus" / "bibtex").rglob("*.bib")):
        try:
            source = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            continue  # the deliberately non-UTF-8 files test import, not this
        for entry in parse_bibtex(source).entries:
            for field in entry.fields:
                if isinstance(field.value, str) and field.value.strip():
                    values.append((path.name, field.key, visible(field.value)))
    return values


def test_real_values_print_the_same_after_escaping(shared: Path) -> None:
    values = real_values(shared)
    assert len(values) > 1000  # the corpus is really there and parsed
    failures = []
    distinct = {text: (name, key) for name, key, text in values}
    for text, (name, key) in distinct.items():
        for ascii_only in (False, True):
            for value in (
                latex.escape(text, ascii_only=ascii_only),
                latex.title(text, ascii_only=ascii_only),
            ):
                if not bibtex_braces_balanced(value) or visible(value) != plain(text):
                    failures.append((name, key, text, value))
    assert failures == []


def test_real_entries_export_and_parse_back(shared: Path) -> None:
    citations: list[Citation] = []
    for number, (_, key, text) in enumerate(real_values(shared)):
        if key not in {"title", "author", "booktitle", "journal"}:
            continue
        meta = Metadata(
            title=text,
            authors=tuple(text.split(" and ")) if key == "author" else (),
            published="2020-02-29",
            site=text[:40],
            url="https://example.org/" + text[:30],
        )
        citations.append(Citation(f"real{number}", meta, "2024-01-01"))
    assert citations
    for fmt in ("biblatex", "bibtex"):
        for options in (ExportOptions(), ExportOptions(ascii_only=True)):
            text = export(fmt, citations, options)
            library = parse_bibtex(text)
            assert library.failed_blocks == []
            assert len(library.entries) == len(citations)
            assert len(pybtex.database.parse_string(text, "bibtex").entries) == len(citations)
