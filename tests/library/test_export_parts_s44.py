"""A clip from a page that is part 1 of 3 of a longer article is located in
that part in every export (s44-app): its paragraph is counted within the
saved part, so "¶ 2" alone would point into the whole article's first page.
A clip of a whole post keeps its bare paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotemark.library.service import Library
from tests.library.test_reading_parts_s43 import paged_page

HALE = "said Tom Hale, who chairs the board"


def _clipped(library: Library, tmp_path: Path, html: str) -> None:
    page = tmp_path / "pier.html"
    page.write_text(html, encoding="utf-8")
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    library.clip(post_id, library.find_span(post_id, text=HALE))


@pytest.mark.parametrize(
    ("fmt", "located"),
    [
        ("biblatex", "titleaddon = {part 1 of 3, {\\textpilcrow}~2}"),
        ("bibtex", "titleaddon = {part 1 of 3, {\\textpilcrow}~2}"),
        ("ris", "N1  - part 1 of 3, ¶ 2: "),
    ],
)
def test_each_export_locates_the_clip_in_its_part(
    library: Library, tmp_path: Path, fmt: str, located: str
) -> None:
    _clipped(library, tmp_path, paged_page())
    assert located in library.export(fmt)


def test_csl_json_notes_the_part(library: Library, tmp_path: Path) -> None:
    _clipped(library, tmp_path, paged_page())
    items = json.loads(library.export("csl-json"))
    notes = [item["note"] for item in items if "note" in item]
    assert len(notes) == 1
    assert notes[0].startswith("part 1 of 3, ¶ 2: ")


def test_a_whole_post_s_clip_has_no_part(library: Library, tmp_path: Path) -> None:
    _clipped(library, tmp_path, paged_page("", next_link=False))
    for fmt in ("biblatex", "bibtex", "ris", "csl-json"):
        assert "part " not in library.export(fmt).replace("part of", "")


def test_copied_citations_locate_the_clip_in_its_part(library: Library, tmp_path: Path) -> None:
    # "Copy clip as citation" (CSL), "Copy as Pandoc" and the Markdown
    # export gave "para. 2" alone (s44-app2): the part is the locator, the
    # paragraph follows.
    from quotemark.library.export.cite import format_clips, format_in_text
    from quotemark.library.export.markdown import pandoc_clips
    from quotemark.library.records import ExportScope

    _clipped(library, tmp_path, paged_page())
    [clip] = [c for c in library.citations(ExportScope()) if c.clip is not None]
    assert format_in_text(clip).endswith(", pt. 1, para. 2)")
    assert format_clips([clip]).text.split("\n")[0].endswith(", pt. 1, para. 2)")
    assert format_in_text(clip, "modern-language-association").endswith(", pt. 1, par. 2)")
    assert pandoc_clips([clip]).endswith(", part 1, para. 2]")
    assert ", part 1, para. 2]" in library.export("markdown")


def test_a_whole_post_s_copied_citation_has_no_part(library: Library, tmp_path: Path) -> None:
    from quotemark.library.export.cite import format_in_text
    from quotemark.library.export.markdown import pandoc_clips
    from quotemark.library.records import ExportScope

    _clipped(library, tmp_path, paged_page("", next_link=False))
    [clip] = [c for c in library.citations(ExportScope()) if c.clip is not None]
    assert format_in_text(clip).endswith(", para. 2)")
    assert "pt." not in format_in_text(clip)
    assert pandoc_clips([clip]).endswith("[@" + clip.post_key + ", para. 2]")
