"""Golden files for HTML extraction: every page in ``tests/fixtures/html``
against the JSON of what it must give (metadata, blocks with their kinds,
levels, links and resources, or the error it must raise).

When a change to extraction is intended, regenerate the expectations and
review the diff like code::

    QUOTEMARK_REGEN_GOLDEN=1 .venv/bin/pytest tests/library/test_extract_html_golden.py
    git diff tests/fixtures/html
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from library.errors import QuotemarkError
from library.extract.html import extract_html
from library.model import Article, RawDocument, SourceFormat

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
REGENERATE = os.environ.get("QUOTEMARK_REGEN_GOLDEN") == "1"
PAGES = sorted(FIXTURES.glob("*.html"))
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def read_page(path: Path) -> RawDocument:
    """The page as the HTML importer hands it over: decoded with the
    charset the page declares."""
    data = path.read_bytes()
    declared = _CHARSET.search(data[:2048])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    return RawDocument(
        path=str(path),
        format=SourceFormat.HTML,
        original=data,
        html=data.decode(encoding),
        encoding=encoding,
    )


def snapshot(article: Article) -> dict[str, Any]:
    """Everything extraction decided, as plain JSON."""
    meta = article.metadata
    return {
        "metadata": {
            "title": meta.title,
            "authors": list(meta.authors),
            "published": meta.published,
            "site": meta.site,
            "url": meta.url,
            "language": meta.language,
            "description": meta.description,
        },
        "blocks": [
            {
                "kind": str(block.kind),
                "level": block.level,
                "text": block.text,
                "links": [
                    {"text": block.text[link.start : link.end], "url": link.url}
                    for link in block.links
                ],
                "resource": block.resource,
            }
            for block in article.blocks
        ],
        "resources": [resource.name for resource in article.resources],
    }


def outcome(path: Path) -> dict[str, Any]:
    """The snapshot of extracting ``path``, or the error it raised."""
    try:
        return snapshot(extract_html(read_page(path)))
    except QuotemarkError as error:
        return {"error": type(error).__name__, "names_file": path.name in error.message}


def test_there_are_golden_pages() -> None:
    assert len(PAGES) >= 7


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_page_matches_its_golden_file(page: Path) -> None:
    golden = page.with_suffix(".json")
    result = outcome(page)
    if REGENERATE:
        # Accents stay readable; the invisible line separator is escaped.
        text = json.dumps(result, ensure_ascii=False, indent=2).replace("\u2028", "\\u2028")
        text += "\n"
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no {golden.name}: run with QUOTEMARK_REGEN_GOLDEN=1 and review it"
    assert result == json.loads(golden.read_text(encoding="utf-8"))
