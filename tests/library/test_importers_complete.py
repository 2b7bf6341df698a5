"""A "Web page, complete": the page's own images from its NAME_files/ folder
become resources; nothing outside that folder is ever read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.model import BlockKind, SourceFormat

COMPLETE = Path(__file__).resolve().parent.parent / "fixtures" / "importers" / "complete"
PNG = (COMPLETE / "harbour_files" / "pier.png").read_bytes()


def test_local_images_become_resources_keyed_as_the_page_names_them() -> None:
    doc = read(COMPLETE / "harbour.html")
    assert doc.format is SourceFormat.WEB_PAGE_COMPLETE
    pier = doc.resources["./harbour_files/pier.png"]
    assert pier.media_type == "image/png"
    assert pier.data == PNG
    assert pier.location == "pier.png"
    quay = doc.resources["harbour_files/sub%20dir/quay%202.png"]
    assert doc.resources["harbour_files/sub dir/quay 2.png"] is quay
    assert quay.name == "harbour_files/sub%20dir/quay%202.png"
    # A stylesheet and a file that only pretends to be an image are not images.
    assert "harbour_files/style.css" not in doc.resources
    assert "harbour_files/not-an-image.png" not in doc.resources
    assert not any(key.startswith("https://") for key in doc.resources)


def test_the_article_shows_the_local_images() -> None:
    article = extract(read(COMPLETE / "harbour.html"))
    images = [block for block in article.blocks if block.kind is BlockKind.IMAGE]
    assert "./harbour_files/pier.png" in {block.resource for block in images}
    assert {resource.data for resource in article.resources} >= {PNG}


def test_without_its_folder_the_page_is_a_single_file(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    shutil.copy(COMPLETE / "harbour.html", page)
    doc = read(page)
    assert doc.format is SourceFormat.HTML
    assert doc.resources == {}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A page whose references try to reach files outside its folder."""
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.png").write_bytes(PNG + b"secret")
    site = tmp_path / "site"
    files = site / "page_files"
    files.mkdir(parents=True)
    (files / "ok.png").write_bytes(PNG)
    (files / "link.png").symlink_to(outside / "secret.png")
    (site / "beside.png").write_bytes(PNG + b"beside")
    refs = [
        "page_files/ok.png",
        "page_files/../beside.png",
        "page_files/../../private/secret.png",
        "../private/secret.png",
        str(outside / "secret.png"),
        "file://" + str(outside / "secret.png"),
        "page_files/link.png",
        "page_files/%2e%2e/beside.png",
    ]
    html = "".join(
        f'<p>Photo {n}: <img src="{ref}" alt="photo {n}"></p>' for n, ref in enumerate(refs)
    )
    page = site / "page.html"
    page.write_text(f"<html><body><p>A page with images.</p>{html}</body></html>")
    return page


def test_references_outside_the_folder_are_never_read(hostile: Path) -> None:
    doc = read(hostile)
    assert set(doc.resources) == {"page_files/ok.png"}
    for resource in doc.resources.values():
        assert resource.data == PNG


def test_a_files_folder_that_is_a_symlink_is_ignored(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "pier.png").write_bytes(PNG)
    site = tmp_path / "site"
    site.mkdir()
    (site / "page_files").symlink_to(elsewhere, target_is_directory=True)
    page = site / "page.html"
    page.write_text('<html><body><p>Text.</p><img src="page_files/pier.png"></body></html>')
    doc = read(page)
    assert doc.format is SourceFormat.HTML
    assert doc.resources == {}


def test_a_page_renamed_after_saving_still_finds_its_folder(tmp_path: Path) -> None:
    shutil.copytree(COMPLETE, tmp_path / "site")
    renamed = tmp_path / "site" / "pier-story.html"
    (tmp_path / "site" / "harbour.html").rename(renamed)
    doc = read(renamed)
    assert doc.format is SourceFormat.WEB_PAGE_COMPLETE
    assert doc.resources["./harbour_files/pier.png"].data == PNG
