"""Keys in a big import: posts sharing a key's base (an archive of one
anonymous blog, one year, titles alike) get base, base+a, base+b, ... as
before, but storing the hundredth such post asks the library no more than
storing the first (it used to ask once for every suffix already taken, so
an import slowed down as it went)."""

from __future__ import annotations

import random
from pathlib import Path

from quotemark.library import keys
from quotemark.library.service import ImportStatus, Library


def _same_base_posts(folder: Path, count: int, first: int = 0) -> list[Path]:
    """Text posts with one title and no author or date (so one base key),
    each with its own text."""
    folder.mkdir()
    files = []
    for number in range(first, first + count):
        path = folder / f"note-{number:03d}.txt"
        path.write_text(
            "Harbour notes\n\n"
            f"The ferry left the pier at {number} past the hour, said the harbour master.\n",
            encoding="utf-8",
        )
        files.append(path)
    return files


def test_a_run_of_same_base_posts_costs_the_same_per_post(tmp_path: Path) -> None:
    _same_base_posts(tmp_path / "first", 8)
    _same_base_posts(tmp_path / "second", 30, first=8)
    with Library.open() as library:
        first = library.import_paths([tmp_path / "first"])
        statements: list[str] = []
        library._conn.set_trace_callback(statements.append)
        second = library.import_paths([tmp_path / "second"])
        library._conn.set_trace_callback(None)
        per_post: list[int] = []
        for statement in statements:
            if statement.startswith("BEGIN"):
                per_post.append(0)
            elif per_post and not statement.startswith("--"):
                # (SQLite's own statements, "-- ..." lines: the search
                # index merging its segments now and then.)
                per_post[-1] += 1
        ids = [r.post_id for r in (*first.results, *second.results)]
        assert all(r.status is ImportStatus.IMPORTED for r in (*first.results, *second.results))
        got = [library.post(i).key for i in ids if i is not None]
    base = got[0]
    assert got == [base] + [base + keys.suffix(n) for n in range(37)]
    # The first post of the second import reads the base's keys once; every
    # later one asks only about the key it gets.
    assert len(per_post) == 30
    assert max(per_post[1:]) <= per_post[0]


def test_a_key_run_chooses_what_unique_key_chooses() -> None:
    rng = random.Random(5)
    for _ in range(40):
        taken = {"k" + keys.suffix(n) for n in rng.sample(range(800), rng.randint(0, 400))} | (
            {"k"} if rng.random() < 0.8 else set()
        )
        taken |= {"k-c1", "kb-c2", "other"}  # clip keys and other bases
        expected_taken = set(taken)
        expected = []
        for _ in range(rng.randint(1, 60)):
            key = keys.unique_key("k", expected_taken.__contains__)
            expected.append(key)
            expected_taken.add(key)
        known = frozenset(taken)
        run = keys.KeyRun(lambda base, known=known: [k for k in known if k.startswith(base)])
        live = set(taken)  # the library as the run's posts are stored
        chosen = []
        for _ in expected:
            key = run.key("k", live.__contains__)
            chosen.append(key)
            live.add(key)
            run.took("k", key)
        assert chosen == expected


def test_a_key_taken_meanwhile_by_another_program_is_skipped() -> None:
    run = keys.KeyRun(lambda _base: ["k"])
    live = {"k"}
    first = run.key("k", live.__contains__)
    live.add(first)
    run.took("k", first)
    live.add("kb")  # another Quotemark stored a post with the next key
    assert (first, run.key("k", live.__contains__)) == ("ka", "kc")


def test_a_key_whose_post_was_not_stored_is_offered_again() -> None:
    run = keys.KeyRun(lambda _base: ["k"])
    assert run.key("k", {"k"}.__contains__) == "ka"
    assert run.key("k", {"k"}.__contains__) == "ka"


def test_keys_of_one_base_come_in_order_on_each_engine(library: Library, tmp_path: Path) -> None:
    # The run reads a base's keys by a range of the case-insensitive key
    # index, on SQLite and on PostgreSQL alike; a post with an upper-case
    # key of that base is still skipped.
    _same_base_posts(tmp_path / "first", 1)
    (first,) = library.import_paths([tmp_path / "first"]).results
    assert first.post_id is not None
    base = library.post(first.post_id).key
    library.set_post_key(first.post_id, base.upper() + "A")  # frees base, takes base+"a"
    _same_base_posts(tmp_path / "more", 7, first=1)
    report = library.import_paths([tmp_path / "more"])
    got = [library.post(r.post_id).key for r in report.results if r.post_id is not None]
    assert got == [base, base + "b", base + "c", base + "d", base + "e", base + "f", base + "g"]
