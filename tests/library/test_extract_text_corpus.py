"""The seed post (../shared/seed/boukamal-post.txt): the golden facts the
user's own example must keep. No text of the seed is copied here: the
assertions read it at run time."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.model import BlockKind, SourceFormat
from quotemark.library.pipeline import content_hash, process

pytestmark = pytest.mark.corpus


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_seed_metadata(seed_post: Path) -> None:
    doc = read(seed_post)
    assert doc.format is SourceFormat.TEXT
    article = extract(doc)
    assert article.metadata.title == "And the Good News Is ....!"
    assert article.metadata.published == "2017-11-11"
    assert article.metadata.authors == ("rheytah",)
    assert article.metadata.language == "en"


def test_seed_has_no_chrome_and_the_caption_once(seed_post: Path) -> None:
    blocks = extract(read(seed_post)).blocks
    for block in blocks:
        assert not block.text.startswith("Labels:")
        assert not re.search(r"Follow\s+@\w+.*Tweet", block.text)
    captions = [block for block in blocks if block.kind is BlockKind.CAPTION]
    assert len(captions) == 1
    assert captions[0].text.endswith("via AP)")
    opening = captions[0].text[:60]
    assert sum(opening in block.text for block in blocks) == 1


def test_seed_keeps_every_line_of_the_post(seed_post: Path) -> None:
    """Every line that is not chrome, the date or the title is in a block, and
    each quotation and its attribution line are blocks of their own."""
    lines = [squash(line) for line in seed_post.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    texts = [block.text for block in extract(read(seed_post)).blocks]
    body = lines[2:-2]  # after the date and title, before "Labels:" and "Follow"
    for line in body:
        assert any(line in text for text in texts), line[:40]
    quotes = [line for line in body if line.startswith('"')]
    assert quotes
    for line in quotes:
        assert line in texts
    attributions = [
        after
        for before, after in itertools.pairwise(body)
        if before.endswith('"') and not after.startswith('"')
    ]
    assert attributions
    for line in attributions:
        assert line in texts
        assert extract(read(seed_post)).blocks[texts.index(line)].kind is BlockKind.PARAGRAPH


def test_seed_block_structure(seed_post: Path) -> None:
    kinds = [str(block.kind) for block in extract(read(seed_post)).blocks]
    assert kinds.count("caption") == 1
    assert kinds.count("heading") == 1
    assert kinds.count("paragraph") == len(kinds) - 2
    assert len(kinds) == 19


def test_seed_through_the_pipeline(seed_post: Path) -> None:
    processed = process(seed_post)
    assert processed.article.metadata.title == "And the Good News Is ....!"
    assert processed.content_hash == content_hash(processed.article)
