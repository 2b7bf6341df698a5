"""An export kept current: a second connection (as the app or another
command would) changes the library, and the watched file is rewritten once
the change settles, atomically, with the keys it had."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.service import Library
from quotemark.library.watch import WatchOptions, watch


def test_the_watched_file_follows_changes_made_elsewhere(
    tmp_path: Path, location: Path | str
) -> None:
    path = location
    target = tmp_path / "refs.bib"
    with Library.open(path) as setup:
        setup.import_sample()
    writes: list[int] = []
    now = [0.0]
    script: dict[int, str] = {2: "clip", 8: "nothing"}
    polls = [0]
    before: list[str] = []

    def sleep(seconds: float) -> None:
        now[0] += seconds
        polls[0] += 1
        if script.get(polls[0]) == "clip":
            before.append(target.read_text(encoding="utf-8"))
            with Library.open(path) as elsewhere:  # another process's connection
                post = elsewhere.posts()[0]
                elsewhere.clip(post.id, elsewhere.find_span(post.id, paragraph=2))

    with Library.open(path) as library:
        watch(
            library,
            target,
            WatchOptions("biblatex", interval=0.5, settle=1.0),
            stop=lambda: polls[0] >= 12,
            wrote=writes.append,
            clock=lambda: now[0],
            sleep=sleep,
        )
    assert writes == [1, 2]  # the post at start, then the post and its new clip
    text = target.read_text(encoding="utf-8")
    assert "ids = {laane2024night-c1}" in text
    assert "@online{laane2024night-c1:clip," in text
    # Keys unchanged: the post's entry is the one it was.
    assert "@online{laane2024night," in before[0]
    assert "@online{laane2024night," in text
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file


def test_an_unchanged_library_does_not_rewrite_the_file(
    tmp_path: Path, location: Path | str
) -> None:
    path = location
    target = tmp_path / "refs.json"
    with Library.open(path) as library:
        library.import_sample()
        ticks = [0]

        def sleep(seconds: float) -> None:
            ticks[0] += 1

        writes: list[int] = []
        watch(
            library,
            target,
            WatchOptions("csl-json", interval=0.0, settle=0.0),
            stop=lambda: ticks[0] >= 5,
            wrote=writes.append,
            sleep=sleep,
        )
        stamp = target.stat().st_mtime_ns
        again: list[int] = []
        watch(
            library,
            target,
            WatchOptions("csl-json", interval=0.0, settle=0.0),
            stop=lambda: True,
            wrote=again.append,
        )
    assert writes == [1]
    assert again == []  # the file already holds this export
    assert target.stat().st_mtime_ns == stamp


def test_a_watched_collection_exports_only_its_posts_and_follows_them(
    tmp_path: Path, location: Path | str
) -> None:
    from quotemark.library.operations import AddToCollection, CreateCollection
    from tests.library.test_store_pages import PARAGRAPHS, write_post

    path = location
    target = tmp_path / "box.json"
    pages = [
        write_post(
            tmp_path / "in",
            f"p{n}.html",
            title,
            url=f"https://x.example/{n}",
            paragraphs=tuple(f"{title}: {p}" for p in PARAGRAPHS),
        )
        for n, title in enumerate(("The Night Ferry", "Harbour Lights"))
    ]
    with Library.open(path) as setup:
        setup.import_paths(pages)
        ferry, lights = (p.id for p in sorted(setup.posts(), key=lambda p: p.title, reverse=True))
        box = setup.run(CreateCollection("Box")).value
        setup.run(AddToCollection(box, (ferry,)))
    polls = [0]
    before: list[str] = []

    def sleep(seconds: float) -> None:
        polls[0] += 1
        if polls[0] == 2:
            before.append(target.read_text(encoding="utf-8"))
            with Library.open(path) as elsewhere:  # the app puts a post in the box
                elsewhere.run(AddToCollection(box, (lights,)))

    writes: list[int] = []
    with Library.open(path) as library:
        watch(
            library,
            target,
            WatchOptions("csl-json", interval=0.0, settle=0.0, collection=box),
            stop=lambda: polls[0] >= 5,
            wrote=writes.append,
            sleep=sleep,
        )
    assert writes == [1, 2]
    assert "The Night Ferry" in before[0]
    assert "Harbour Lights" not in before[0]
    assert "Harbour Lights" in target.read_text(encoding="utf-8")
