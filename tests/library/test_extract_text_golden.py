"""Golden files for plain-text extraction: every post in
``tests/fixtures/text`` read by the importer and extracted, against the JSON
of what it must give (metadata and blocks with their kinds, levels and
links, or the error it must raise).

When a change to extraction is intended, regenerate the expectations and
review the diff like code::

    QUOTEMARK_REGEN_GOLDEN=1 .venv/bin/pytest tests/library/test_extract_text_golden.py
    git diff tests/fixtures/text
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from library.errors import QuotemarkError
from library.extract import extract
from library.importers import read
from library.model import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
REGENERATE = os.environ.get("QUOTEMARK_REGEN_GOLDEN") == "1"
POSTS = sorted(FIXTURES.glob("*.txt"))


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
            }
            for block in article.blocks
        ],
    }


def outcome(path: Path) -> dict[str, Any]:
    """The snapshot of reading and extracting ``path``, or the error."""
    try:
        return snapshot(extract(read(path)))
    except QuotemarkError as error:
        return {"error": type(error).__name__, "names_file": str(path) in error.message}


def test_there_are_golden_posts() -> None:
    assert len(POSTS) >= 3


@pytest.mark.parametrize("post", POSTS, ids=[post.stem for post in POSTS])
def test_post_matches_its_golden_file(post: Path) -> None:
    golden = post.with_suffix(".json")
    result = outcome(post)
    if REGENERATE:
        text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no {golden.name}: run with QUOTEMARK_REGEN_GOLDEN=1 and review it"
    assert result == json.loads(golden.read_text(encoding="utf-8"))
