"""The caches in ``speedups`` change how fast citeproc-py formats, never
what it prints: every shipped style gives the same text and HTML as
citeproc-py unpatched (run in a separate Python that never installs them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from quotemark.library.export import ExportOptions, export, format_clips
from quotemark.library.export.stylebook import available
from quotemark.library.model import Citation

_FORMAT_ALL = """
import json, sys
from quotemark.library.export import speedups
if sys.argv[1] == "unpatched":
    speedups._installed = True  # install() then does nothing
from quotemark.library.export import ExportOptions, export, format_clips
from tests.library.test_export_speedups import library, shipped
out = {}
for style in shipped():
    formatted = format_clips(library(), style)
    markdown = export("markdown", library(), ExportOptions(citation_style=style))
    out[style] = [formatted.text, formatted.html, markdown]
print(json.dumps(out))
"""


def library() -> list[Citation]:
    """Posts of every kind, hostile titles and names, clips across
    paragraphs, organisations, no date or language: what the styles'
    branches test."""
    from dataclasses import replace

    from tests.library.test_export_samples import army_and_ferry, hostile_library

    citations = list(hostile_library())
    for number, kind in enumerate(("news", "blog", "web", None)):
        for citation in army_and_ferry('He said "no".', 9):
            meta = replace(citation.metadata, entry_type=kind)
            if number == 1:
                meta = replace(meta, authors=("{Human Rights Watch}",), published="2021")
            if number == 2:
                # No language: the style's default locale decides.
                meta = replace(meta, language=None, published=None, title=meta.title.lower())
            clip = citation.clip
            if clip is not None:
                clip = replace(clip, key=f"k{number}{clip.key}")
            key = f"k{number}{citation.post_key}"
            citations.append(replace(citation, post_key=key, metadata=meta, clip=clip))
    return citations


def shipped() -> list[str]:
    """The styles Quotemark ships (no user styles)."""
    return [info.name for info in available(Path("/nonexistent"))]


def test_speedups_print_exactly_what_citeproc_prints() -> None:
    root = Path(__file__).resolve().parents[2]
    unpatched = subprocess.run(
        [sys.executable, "-c", _FORMAT_ALL, "unpatched"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    expected = json.loads(unpatched.stdout)
    assert sorted(expected) == sorted(shipped())
    assert len(expected) >= 5
    for style in shipped():
        formatted = format_clips(library(), style)
        markdown = export("markdown", library(), ExportOptions(citation_style=style))
        assert [formatted.text, formatted.html, markdown] == expected[style], style
