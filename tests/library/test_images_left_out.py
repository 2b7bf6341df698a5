"""A "Web page, complete" whose image is too large to keep (stop 40,
s40-ui): the import's result names the files left out, so the window can
say why the reader shows a hole, and ``quotemark import`` notes them.
Through the real storage, on both engines."""

from __future__ import annotations

import json
from pathlib import Path

from quotemark.library.importers.webpage_complete import MAX_RESOURCE_BYTES
from quotemark.library.operations import ReimportPosts
from quotemark.library.service import ImportStatus, Library
from tests.app.test_cli import quotemark
from tests.library.test_importers_complete import PNG

_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>The Pier Map</title></head>"
    "<body><article><h1>The Pier Map</h1>"
    "<p>Tom Hale said the harbour board would meet on Friday to decide the pier's future.</p>"
    "<img src='pier_files/map.png'><img src='pier_files/small.png'>"
    "<img src='pier_files/chart.png'><img src='pier_files/map.png'>"
    "<p>Ada Lind, who chairs the board, said the repairs would take a year.</p>"
    "</article></body></html>"
)


def _saved(folder: Path, large: tuple[str, ...]) -> Path:
    files = folder / "pier_files"
    files.mkdir(parents=True)
    (files / "small.png").write_bytes(PNG)
    for name in ("map.png", "chart.png"):
        with (files / name).open("wb") as out:
            out.write(PNG)
            if name in large:
                # Sparse: over the limit by its size, never read.
                out.truncate(MAX_RESOURCE_BYTES + 1)
    page = folder / "pier.html"
    page.write_text(_PAGE, encoding="utf-8")
    return page


def test_the_images_left_out_for_their_size_are_named(library: Library, tmp_path: Path) -> None:
    report = library.import_paths([_saved(tmp_path, ("map.png", "chart.png"))])
    [result] = report.results
    assert result.status is ImportStatus.IMPORTED
    assert result.images_left_out == ("map.png", "chart.png")  # each once, in page order
    assert report.images_left_out == (result,)
    assert result.post_id is not None
    post = library.post(result.post_id)
    assert [r.location for r in post.resources] == ["small.png"]


def test_a_page_whose_images_all_fit_names_none(library: Library, tmp_path: Path) -> None:
    report = library.import_paths([_saved(tmp_path, ())])
    [result] = report.results
    assert result.images_left_out == ()
    assert report.images_left_out == ()


def test_quotemark_import_notes_the_images_left_out(location: Path | str, tmp_path: Path) -> None:
    page = _saved(tmp_path / "saved", ("map.png",))
    done = quotemark("--library", location, "import", page, home=tmp_path)
    assert done.returncode == 0
    [line] = done.stdout.splitlines()
    assert line.endswith(f"\tThe Pier Map\t({page})")  # one result line per post, as before
    assert done.stderr == (
        f"quotemark: note: {page}: 1 image left out for its size (over 32 MB, or 256 MB a "
        "page): map.png\n"
    )
    again = _saved(tmp_path / "again", ("map.png", "chart.png"))
    done = quotemark("--library", location, "import", "--json", again, home=tmp_path)
    [result] = [json.loads(line) for line in done.stdout.splitlines()]
    assert result["images_left_out"] == ["map.png", "chart.png"]


def test_a_replacement_says_the_images_its_new_copy_left_out(
    library: Library, tmp_path: Path
) -> None:
    [first] = library.import_paths([_saved(tmp_path / "v1", ())]).results
    assert first.post_id is not None
    newer = _saved(tmp_path / "v2", ("chart.png",))
    newer.write_text(_PAGE.replace("on Friday", "on Monday"), encoding="utf-8")
    report = library.run(ReimportPosts(((first.post_id, newer),))).value
    assert report.change.posts_changed == (first.post_id,)
    assert (
        "pier.html: 1 image left out for its size (over 32 MB, or 256 MB a page): chart.png."
        in report.messages
    )
