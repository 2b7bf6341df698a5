"""Golden-file helpers shared by the extraction golden tests: a post read by
the real importer and extracted, as plain JSON, compared with (or, with
``QUOTEMARK_REGEN_GOLDEN=1``, written to) the JSON file beside it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from quotemark.library.errors import QuotemarkError
from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.model import Article
from quotemark.library.pipeline import metadata_json

REGENERATE = os.environ.get("QUOTEMARK_REGEN_GOLDEN") == "1"


def snapshot(article: Article, *, resources: bool) -> dict[str, Any]:
    """Everything extraction decided, as plain JSON (with each block's image
    resource and the article's resources when ``resources``)."""
    meta = article.metadata
    blocks: list[dict[str, Any]] = []
    for block in article.blocks:
        entry: dict[str, Any] = {
            "kind": str(block.kind),
            "level": block.level,
            "text": block.text,
            "links": [
                {"text": block.text[link.start : link.end], "url": link.url} for link in block.links
            ],
        }
        if resources:
            entry["resource"] = block.resource
        blocks.append(entry)
    result: dict[str, Any] = {
        "metadata": {**metadata_json(meta), "description": meta.description},
        "blocks": blocks,
    }
    if resources:
        result["resources"] = [resource.name for resource in article.resources]
    return result


def outcome(path: Path, *, resources: bool) -> dict[str, Any]:
    """The snapshot of importing and extracting ``path``, or the error it
    raised and whether its message names the file."""
    try:
        return snapshot(extract(read(path)), resources=resources)
    except QuotemarkError as error:
        return {"error": type(error).__name__, "names_file": str(path) in error.message}


def check_golden(path: Path, result: dict[str, Any]) -> None:
    """Assert ``result`` equals the golden JSON beside ``path``."""
    golden = path.with_suffix(".json")
    if REGENERATE:
        # Accents stay readable; the invisible line separator is escaped.
        text = json.dumps(result, ensure_ascii=False, indent=2).replace("\u2028", "\\u2028")
        golden.write_text(text + "\n", encoding="utf-8")
    assert golden.is_file(), f"no {golden.name}: run with QUOTEMARK_REGEN_GOLDEN=1 and review it"
    assert result == json.loads(golden.read_text(encoding="utf-8"))
