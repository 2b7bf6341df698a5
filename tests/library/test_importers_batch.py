"""A batch with bad inputs in it, through the real library: each bad file
fails alone with its own message, the good ones import, and what was already
in the library does not change."""

from __future__ import annotations

import shutil
from pathlib import Path

from quotemark.library.model import Post
from quotemark.library.service import ImportStatus, Library

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def snapshot(post: Post) -> tuple[object, ...]:
    return (post.key, post.metadata, post.blocks, post.content_hash, post.resources)


def test_bad_inputs_fail_alone_and_change_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-empty.html").write_bytes(b"")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(FIXTURES / "importers" / "truncated.mhtml", folder / "c-truncated.mhtml")
    shutil.copy(FIXTURES / "importers" / "no-boundary.mhtml", folder / "d-no-boundary.mhtml")
    with (folder / "e-huge.html").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    (folder / "f-wrong-charset.html").write_bytes(
        b'<html><head><meta charset="utf-8"><title>Caf\xe9 Notes</title></head><body>'
        b"<p>The caf\xe9 on the quay reopened with the pier, and the owners were pleased.</p>"
        b"</body></html>"
    )
    shutil.copy(FIXTURES / "text" / "wrapped-post.txt", folder / "g-post.txt")
    shutil.copytree(FIXTURES / "importers" / "complete", folder / "h-complete")

    with Library.open() as library:
        first = library.import_paths([FIXTURES / "text" / "harbour-post.txt"])
        (kept_id,) = first.change.posts_added
        before = snapshot(library.post(kept_id))

        report = library.import_paths([folder, tmp_path / "missing.html"])
        by_name = {Path(result.path).name: result for result in report.results}

        for name, problem in [
            ("a-empty.html", "empty"),
            ("b-binary.txt", "binary"),
            ("c-truncated.mhtml", "truncated"),
            ("d-no-boundary.mhtml", "boundary"),
            ("e-huge.html", "too large"),
            ("missing.html", "no such file"),
        ]:
            result = by_name[name]
            assert result.status is ImportStatus.FAILED, name
            assert name in result.message
            assert problem in result.message

        imported = {
            name: result
            for name, result in by_name.items()
            if result.status is ImportStatus.IMPORTED
        }
        assert set(imported) == {"f-wrong-charset.html", "g-post.txt", "harbour.html"}
        cafe = library.post(imported["f-wrong-charset.html"].post_id or 0)
        assert "The caf\u00e9 on the quay reopened" in cafe.blocks[0].text
        complete = library.post(imported["harbour.html"].post_id or 0)
        assert any(resource.data.startswith(b"\x89PNG") for resource in complete.resources)

        assert snapshot(library.post(kept_id)) == before
        assert len(library.posts()) == 4
