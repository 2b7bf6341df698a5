"""Pandoc renders what Quotemark writes: the Markdown export's and "Copy as
Pandoc"'s ``[@key, para. 4]`` citations with the CSL-JSON export as the
bibliography, through ``pandoc --citeproc``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from quotemark.library.export import export
from quotemark.library.export.cite import format_citation
from quotemark.library.export.csl_styles import STYLES
from quotemark.library.export.markdown import pandoc_clips
from quotemark.library.export.stylebook import find
from quotemark.library.model import Citation
from tests.library.test_export_samples import army_and_ferry, metadata

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="not installed: pandoc (Debian: pandoc)"
)


def _library() -> list[Citation]:
    return army_and_ferry('He said "no".', through=9)


def pandoc_plain(
    folder: Path, document: str, *extra: str, library: list[Citation] | None = None
) -> str:
    """``document`` as pandoc --citeproc prints it in plain text (spaces
    squeezed), citing the CSL-JSON export of ``library`` (else the army and
    ferry posts)."""
    (folder / "doc.md").write_text(document, encoding="utf-8")
    cited = _library() if library is None else library
    (folder / "refs.json").write_text(export("csl-json", cited), encoding="utf-8")
    done = subprocess.run(
        ["pandoc", "--citeproc", "--bibliography", "refs.json", *extra, "-t", "plain", "doc.md"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "not found" not in done.stderr, done.stderr
    return " ".join(done.stdout.split())


def test_copy_as_pandoc_renders_with_the_csl_json_export(tmp_path: Path) -> None:
    text = pandoc_plain(tmp_path, pandoc_clips(_library()) + "\n\n# References\n")
    assert "“He said ‘no’.” — Col. Ahmad Hamdan, army spokesman (Smith 2024, para. 4)" in text
    assert "(Smith 2024, paras. 7–9)" in text
    assert "(Doe 2023, para. 1)" in text
    references = text.partition("References")[2]
    # One entry per post, however many of its clips are cited.
    assert references.count("The Syrian Army Retakes the Town") == 1
    assert references.count("Ferry Resumes") == 1


def test_the_markdown_export_renders_in_another_csl_style(tmp_path: Path) -> None:
    apa = find("apa").path
    assert apa is not None
    text = pandoc_plain(tmp_path, export("markdown", _library()), "--csl", str(apa))
    assert "(Smith, 2024, para. 4)" in text
    assert "(Smith, 2024, paras. 7–9)" in text
    assert "[@" not in text  # every citation resolved


_STYLES = (
    "chicago-author-date",
    "apa",
    "chicago-notes-bibliography",
    "modern-language-association",
    "harvard-cite-them-right",
)


# pandoc 2.17 prints "Edition." in Chicago notes for a blog or news post
# that has no edition; there only the web page is compared.
_CASES = [
    (style, kind)
    for style in _STYLES
    for kind in ("web", "blog", "news")
    if style != "chicago-notes-bibliography" or kind == "web"
]


@pytest.mark.parametrize(("style", "kind"), _CASES)
def test_an_authorless_reference_reads_as_pandoc_prints_it(
    tmp_path: Path, style: str, kind: str
) -> None:
    # The same CSL-JSON (the export's) and style file through pandoc's
    # citeproc and Quotemark's formatter: the title stands in for the
    # missing author, once.
    meta = metadata(
        "Notes on a Quiet Harbour", authors=(), published=None, site=None, entry_type=kind
    )
    post = Citation("anon", meta, "2024-02-03")
    path = find(style).path
    csl = tmp_path / "style.csl"
    csl.write_text(STYLES[style] if path is None else path.read_text(encoding="utf-8"), "utf-8")
    (tmp_path / "refs.json").write_text(export("csl-json", [post]), encoding="utf-8")
    (tmp_path / "doc.md").write_text("---\nnocite: '@anon'\n---\n", encoding="utf-8")
    command = ["pandoc", "--citeproc", "--bibliography", "refs.json", "--csl", "style.csl"]
    done = subprocess.run(
        [*command, "-t", "plain", "--wrap=none", "doc.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == format_citation(post, style)
