"""Legal but odd inputs that used to crash an import: URLs urllib refuses,
file names that are not UTF-8 or are very long, MHTML nested thousands of
multiparts deep. Each is written by the test and goes through the real
import into a real library."""

from __future__ import annotations

import html
import os
from pathlib import Path

import pytest

from quotemark.library.errors import UnreadableInput
from quotemark.library.importers import read
from quotemark.library.importers.webpage_complete import files_folder
from quotemark.library.service import ImportStatus, Library
from quotemark.library.urls import join_url, split_url, url_host
from tests.library.test_store_pages import PARAGRAPHS, page

_BAD_HOST = "http://[hostname]:8080/"


def test_url_helpers_never_raise() -> None:
    for bad in (_BAD_HOST, "http://[unclosed/", "https://[::1:80/x"):
        assert split_url(bad) is None
        assert url_host(bad) == ""
        assert join_url(bad, "a.png") == "a.png"
        assert join_url("https://example.org/a/", bad) == bad
    assert url_host("https://WWW.Example.org:8080/x") == "www.example.org"
    assert join_url("https://example.org/a/b", "c") == "https://example.org/a/c"


def test_a_post_linking_to_a_bracketed_host_imports_and_exports(
    library: Library, tmp_path: Path
) -> None:
    text = page("Running the Dev Server", url=_BAD_HOST, paragraphs=PARAGRAPHS)
    link = (
        f'<p>Start it and open <a href="{html.escape(_BAD_HOST)}">{_BAD_HOST}</a> in a browser.</p>'
    )
    text = text.replace("<article>", f'<article><base href="{_BAD_HOST}">{link}')
    text = text.replace(
        '<meta property="og:site_name" content="Harbour Notes">',
        f'<meta property="og:site_name" content="{_BAD_HOST}">'
        f'<meta property="og:url" content="{_BAD_HOST}">',
    )
    path = tmp_path / "server.html"
    path.write_text(text, encoding="utf-8")
    [result] = library.import_paths([path]).results
    assert result.status is ImportStatus.IMPORTED, result.message
    assert result.post_id is not None
    post = library.post(result.post_id)
    assert any(_BAD_HOST in block.text for block in post.blocks)
    for fmt in ("biblatex", "bibtex", "csl-json", "ris", "markdown"):
        assert "Dev Server" in library.export(fmt)


def test_a_file_name_that_is_not_utf8_is_stored_and_shown(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = Path(os.fsdecode(bytes(folder) + b"/caf\xe9.html"))
    try:
        path.write_text(page("Coffee on the Pier"), encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system stores only UTF-8 names")
    [result] = library.import_paths([folder]).results
    assert result.status is ImportStatus.IMPORTED, result.message
    assert result.post_id is not None
    post = library.post(result.post_id)
    assert post.file_name == "caf\ufffd.html"
    assert "{Coffee} on the {Pier}" in library.export("biblatex")


def test_a_page_with_a_name_near_the_systems_limit_imports(
    library: Library, tmp_path: Path
) -> None:
    # 254 bytes: the page itself is legal, NAME_files would not be.
    path = tmp_path / ("n" * 249 + ".html")
    path.write_text(page("A Long Name"), encoding="utf-8")
    [result] = library.import_paths([path]).results
    assert result.status is ImportStatus.IMPORTED, result.message


def test_a_files_folder_made_after_a_first_look_is_still_found(tmp_path: Path) -> None:
    # The lookup lists the folder once and caches it; a new entry must show.
    page_path = tmp_path / "post.html"
    page_path.write_text(page("Cached"), encoding="utf-8")
    assert files_folder(page_path) is None
    (tmp_path / "post_files").mkdir()
    assert files_folder(page_path) == tmp_path / "post_files"


def _nested_mhtml(depth: int) -> bytes:
    out = ['MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b0"\r\n\r\n']
    for level in range(depth):
        out.append(
            f'--b{level}\r\nContent-Type: multipart/related; boundary="b{level + 1}"\r\n\r\n'
        )
    out.append(
        f"--b{depth}\r\nContent-Type: text/html\r\n\r\n"
        f"<html><body><p>{PARAGRAPHS[0]}</p></body></html>\r\n--b{depth}--\r\n"
    )
    out.extend(f"--b{level}--\r\n" for level in reversed(range(depth)))
    return "".join(out).encode("ascii")


def test_mhtml_nested_thousands_deep_is_refused_by_name(library: Library, tmp_path: Path) -> None:
    deep = tmp_path / "deep.mht"
    deep.write_bytes(_nested_mhtml(3_000))
    shallow = tmp_path / "shallow.mht"
    shallow.write_bytes(_nested_mhtml(3))
    with pytest.raises(UnreadableInput, match=r"^.*deep\.mht: the MHTML archive holds 3001"):
        read(deep)
    assert PARAGRAPHS[0] in (read(shallow).html or "")
    results = {Path(r.path).name: r for r in library.import_paths([deep]).results}
    assert results["deep.mht"].status is ImportStatus.FAILED
