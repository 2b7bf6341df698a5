"""Real MHTML saves (../shared/corpus/mhtml): the browsers' own archives
read, and the damaged ones are refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.errors import UnreadableInput
from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.model import BlockKind, SourceFormat

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("moment.mhtml", "http://momentjs.com/"),
        ("npm.mhtml", "https://www.npmjs.com/"),
        ("tests-templates/iframes.mhtml", "https://www.tutorialspoint.com/html/html_iframes.htm"),
        ("tests-templates/portfolio.mhtml", "http://msindwan.bitbucket.org/"),
    ],
)
def test_real_mhtml_reads(shared: Path, name: str, url: str) -> None:
    doc = read(shared / "corpus" / "mhtml" / name)
    assert doc.format is SourceFormat.MHTML
    assert doc.url == url
    assert doc.html is not None
    assert "<html" in doc.html.lower()
    assert doc.encoding == "utf-8"
    for key, resource in doc.resources.items():
        assert resource.media_type.startswith("image/")
        assert resource.data
        assert key.startswith(("http", "cid:"))
    article = extract(doc)
    assert article.blocks
    assert article.metadata.title


def test_real_mhtml_images_are_resources(shared: Path) -> None:
    doc = read(shared / "corpus" / "mhtml" / "npm.mhtml")
    assert any(res.media_type == "image/svg+xml" for res in doc.resources.values())
    article = extract(doc)
    images = [block for block in article.blocks if block.kind is BlockKind.IMAGE]
    assert any(block.resource for block in images)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("missing_boundary.mhtml", "boundary its header names never appears"),
        ("missing_boundary_header.mhtml", "no boundary"),
        ("missing_headers.mhtml", "truncated"),
        ("unexpected_eof.mhtml", "truncated"),
    ],
)
def test_damaged_mhtml_is_refused(shared: Path, name: str, problem: str) -> None:
    path = shared / "corpus" / "mhtml" / "tests-templates" / name
    with pytest.raises(UnreadableInput) as caught:
        read(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)
