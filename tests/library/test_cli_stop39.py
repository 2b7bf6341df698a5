"""The command line catches up with stop 39's window (s39-cli), on both
engines, through the real ``quotemark`` command on real files:
``quotemark tags`` and ``tags rename`` (the window's RenameTag),
``import --replace`` (the window's "Replace with the new copy") and
``import`` lines that stay one per post whatever the file's name."""

from __future__ import annotations

import json
from pathlib import Path

from quotemark.library.service import Library
from tests.app.test_cli import quotemark
from tests.library.test_store_pages import PARAGRAPHS, write_post

URL = "https://harbour.example/night-ferry"


def _run(location: Path | str, home: Path, *args: str | Path) -> tuple[int, str, str]:
    done = quotemark("--library", location, *args, home=home)
    return done.returncode, done.stdout, done.stderr


def _tagged(location: Path | str, tmp_path: Path) -> tuple[int, int]:
    """Two posts: the first tagged "ferries" with a clip tagged "ferries",
    the second tagged "boats"; their ids."""
    ferry = write_post(tmp_path / "saved", "ferry.html", "The Night Ferry", url=URL)
    pier = write_post(
        tmp_path / "saved",
        "pier.html",
        "The Pier Reopens",
        url="https://harbour.example/pier",
        paragraphs=["Ada Lind said the pier reopens in May.", *PARAGRAPHS[1:]],
    )
    with Library.open(location) as library:
        first, second = (r.post_id for r in library.import_paths([ferry, pier]).results)
        assert first is not None
        assert second not in (None, first)
        library.clip(first, library.find_span(first, text="ticket office sold"), tags=["ferries"])
    for post_id, tag in ((first, "ferries"), (second, "boats")):
        assert _run(location, tmp_path, "tag", str(post_id), tag)[0] == 0
    return first, second


def test_tags_lists_every_tag_with_its_posts_and_clips(
    location: Path | str, tmp_path: Path
) -> None:
    _tagged(location, tmp_path)
    status, out, _ = _run(location, tmp_path, "tags")
    assert status == 0
    assert out.splitlines() == ["boats\t1 post(s)\t0 clip(s)", "ferries\t1 post(s)\t1 clip(s)"]
    status, out, _ = _run(location, tmp_path, "tags", "--json")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"tag": "boats", "posts": 1, "clips": 0},
        {"tag": "ferries", "posts": 1, "clips": 1},
    ]


def test_tags_rename_renames_on_posts_and_clips_and_logs_the_change(
    location: Path | str, tmp_path: Path
) -> None:
    first, _ = _tagged(location, tmp_path)
    with Library.open(location) as library:
        seen = library.last_change()
    status, _, err = _run(location, tmp_path, "tags", "rename", "ferries", "night ferries")
    assert status == 0, err
    assert "renamed tag “ferries” to “night ferries” on 1 post and 1 clip" in err
    with Library.open(location) as library:
        assert library.tags() == ["boats", "night ferries"]
        assert library.post_tags(first) == ("night ferries",)
        assert [c.tags for c in library.clips(post_id=first)] == [("night ferries",)]
        # What an open window reads to follow: the rename, as its own would be.
        [entry] = library.changes_since(seen).entries
        assert entry.kind == "rename_tag"
        assert set(entry.change.tags_changed) == {"ferries", "night ferries"}


def test_tags_rename_onto_a_tag_in_use_needs_merge(location: Path | str, tmp_path: Path) -> None:
    first, second = _tagged(location, tmp_path)
    status, _, err = _run(location, tmp_path, "tags", "rename", "ferries", "boats")
    assert status == 1
    assert "“boats” is already a tag (1 post)" in err
    assert "add --merge to do so" in err
    with Library.open(location) as library:
        assert library.tags() == ["boats", "ferries"]  # nothing changed
    status, _, err = _run(location, tmp_path, "tags", "rename", "ferries", "boats", "--merge")
    assert status == 0, err
    assert "merged tag “ferries” into “boats”" in err
    with Library.open(location) as library:
        assert library.tags() == ["boats"]
        assert library.post_tags(first) == ("boats",) == library.post_tags(second)


def test_tags_rename_refuses_an_empty_name_and_a_missing_tag(
    location: Path | str, tmp_path: Path
) -> None:
    _tagged(location, tmp_path)
    status, _, err = _run(location, tmp_path, "tags", "rename", "ferries", "   ")
    assert status == 1
    assert err.startswith("quotemark: A tag needs a name: “ferries” was left as it was")
    status, _, err = _run(location, tmp_path, "tags", "rename", "harbour", "port")
    assert status == 1
    assert "No post or clip is tagged “harbour”" in err
    with Library.open(location) as library:
        assert library.tags() == ["boats", "ferries"]


def _newer(folder: Path, name: str = "ferry.html") -> Path:
    # The same page saved later: a paragraph added at the top, the last
    # one (with "winter timetable") gone.
    return write_post(
        folder,
        name,
        "The Night Ferry",
        url=URL,
        paragraphs=["Tom Hale said the pier reopens.", *PARAGRAPHS[:3]],
    )


def _imported_with_clips(location: Path | str, tmp_path: Path) -> tuple[int, int, int]:
    """The first save imported, with a clip the new copy keeps and one it
    loses; the post's id and the clips' ids."""
    path = write_post(tmp_path / "v1", "ferry.html", "The Night Ferry", url=URL)
    status, out, err = _run(location, tmp_path, "import", path)
    assert status == 0, err
    post_id = int(out.split("\t")[0])
    with Library.open(location) as library:
        kept, _ = library.clip(post_id, library.find_span(post_id, text="ticket office sold"))
        gone, _ = library.clip(post_id, library.find_span(post_id, text="winter timetable"))
    return post_id, kept.id, gone.id


def test_import_without_replace_says_how_to_replace(location: Path | str, tmp_path: Path) -> None:
    post_id, _, _ = _imported_with_clips(location, tmp_path)
    newer = _newer(tmp_path / "v2")
    status, out, _ = _run(location, tmp_path, "import", newer)
    assert status == 0
    assert out == (
        f"{newer}: already in the library (id {post_id}), saved from the same address; this "
        "copy's text differs from the stored post's, which is kept as it was; add --replace "
        "to replace it with this copy\n"
    )
    with Library.open(location) as library:
        assert "winter timetable" in " ".join(b.text for b in library.post(post_id).blocks)


def test_import_replace_replaces_the_post_keeping_clips_and_saying_what_went(
    location: Path | str, tmp_path: Path
) -> None:
    post_id, kept, gone = _imported_with_clips(location, tmp_path)
    newer = _newer(tmp_path / "v2", "ferry-later.html")
    same = write_post(tmp_path / "v1", "ferry.html", "The Night Ferry", url=URL)
    status, out, err = _run(location, tmp_path, "import", "--replace", newer, same)
    assert status == 0, err
    assert out.splitlines() == [
        f"{newer}: replaced post {post_id} (The Night Ferry) with this copy",
        f"{same}: already in the library (id {post_id})",  # the text the post had: not used
    ]
    assert f"quotemark: {newer.name}" in err  # the operation's messages, naming the file
    with Library.open(location) as library:
        text = " ".join(b.text for b in library.post(post_id).blocks)
        assert text.startswith("Tom Hale said the pier reopens.")
        assert "winter timetable" not in text
        assert [c.id for c in library.clips(post_id=post_id)] == [kept, gone]  # none deleted
        assert gone in library.lost_clips()
        assert kept not in library.lost_clips()
    status, out, _ = _run(location, tmp_path, "import", "--replace", "--json", newer)
    [line] = [json.loads(line) for line in out.splitlines()]
    assert (line["status"], line["id"], line["differs"]) == ("duplicate", post_id, False)


def test_import_prints_one_line_per_post_whatever_the_file_name(
    location: Path | str, tmp_path: Path
) -> None:
    odd = write_post(tmp_path / "saved", "ferry\nlater\t2.html", "The Night Ferry", url=URL)
    plain = write_post(
        tmp_path / "saved", "pier.html", "The Pier Reopens", paragraphs=PARAGRAPHS[1:]
    )
    status, out, err = _run(location, tmp_path, "import", odd, plain)
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(f"\tThe Night Ferry\t($'{tmp_path / 'saved'}/ferry\\nlater\\t2.html')")
    assert lines[1].endswith(f"\tThe Pier Reopens\t({plain})")
    status, out, _ = _run(location, tmp_path, "import", odd)
    assert out.splitlines() == [
        f"$'{tmp_path / 'saved'}/ferry\\nlater\\t2.html': already in the library (id 1)"
    ]
    status, out, _ = _run(location, tmp_path, "import", "--json", odd)
    [line] = [json.loads(line) for line in out.splitlines()]
    assert line["file"] == str(odd)  # JSON keeps the name as it is
    assert line["status"] == "duplicate"
