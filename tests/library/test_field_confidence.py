"""How sure the extractor is of a post's title, authors and date: stated
for machines is sure, read off the visible page is listed for review until
the researcher corrects or accepts it; stored (schema 9), kept through
re-extraction, and a post stored before reads as sure."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import Metadata
from quotemark.library.operations import AcceptField, EditMetadata, ReextractPosts
from quotemark.library.service import Library
from tests.library.older_library import as_version

STATED = """<html><head><title>Harbour dredging | Harbour News</title>
<meta property="og:title" content="Harbour dredging starts in May">
<meta name="author" content="Mari Tamm">
<meta property="article:published_time" content="2024-03-10T08:00:00Z">
</head><body><article><h1>Harbour dredging starts in May</h1>
<p>The port authority said on Monday that dredging of the old harbour will begin in May and
last for most of the summer, closing two of the four berths used by the ferries.</p>
<p>Work is expected to finish by the end of September, the authority said.</p>
</article></body></html>"""

# No machine-readable author or date: only what the page shows.
SEEN = """<html><head><title>Harbour dredging starts in May</title></head><body><article>
<h1>Harbour dredging starts in May</h1>
<p class="byline">By Mari Tamm</p>
<p class="dateline"><time datetime="2024-03-10">10 March 2024</time></p>
<p>The port authority said on Monday that dredging of the old harbour will begin in May and
last for most of the summer, closing two of the four berths used by the ferries.</p>
<p>The council will hold a public meeting about the works in April.</p>
</article></body></html>"""


def _import(library: Library, tmp_path: Path, name: str, html: str) -> int:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    return post_id


def test_stated_fields_are_sure_and_shown_ones_are_listed(library: Library, tmp_path: Path) -> None:
    stated = _import(library, tmp_path, "stated.html", STATED)
    seen = _import(library, tmp_path, "seen.html", SEEN)
    assert library.uncertain_fields(stated) == []
    meta = library.post(seen).metadata
    assert meta.authors == ("Mari Tamm",)
    assert meta.sureness("authors") < 0.7
    assert library.uncertain_fields(seen) == ["authors", "published"]
    # Kept through re-extraction; settled by a correction or an accept.
    library.run(ReextractPosts((seen,)))
    assert library.uncertain_fields(seen) == ["authors", "published"]
    library.run(AcceptField(seen, "authors"))
    assert library.post(seen).metadata.authors == ("Mari Tamm",)
    library.run(EditMetadata(seen, (("published", "2024-03-11"),)))
    assert library.uncertain_fields(seen) == []
    undone = library.run(AcceptField(seen, "title"))
    assert undone.undo is not None
    library.run(undone.undo)


@pytest.mark.sqlite_only(
    "it rewrites a library to SQLite schema version 8;"
    " the PostgreSQL step is in test_schema_engines"
)
def test_a_library_of_version_8_gains_the_column_and_reads_as_sure(
    library: Library, tmp_path: Path
) -> None:
    seen = _import(library, tmp_path, "seen.html", SEEN)
    path = library.path
    library.close()
    # As a version 8 library holds the post: no confidence column.
    as_version(path, 8)
    with Library.open(path) as reopened:
        assert reopened.post(seen).metadata.authors == ("Mari Tamm",)
        assert reopened.uncertain_fields(seen) == []
        reopened.run(ReextractPosts((seen,)))  # a new reading says how sure it is
        assert reopened.uncertain_fields(seen) == ["authors", "published"]
    assert Metadata("T").sureness("title") == 1.0
    assert Metadata("T", confidence=(("title", 0.2),)) == Metadata("T")
