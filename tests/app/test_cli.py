"""The ``quotemark`` command, run as a real subprocess on real files with
its own ``QUOTEMARK_HOME``."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import bibtexparser
import pytest

from tests.conftest import ROOT
from tests.library.test_clip_quoted_by import INNER, TIDE
from tests.library.test_store_pages import PARAGRAPHS, write_post


def quotemark(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUOTEMARK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "quotemark.app", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def posts(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "saved"
    return [
        write_post(folder, "ferry.html", "The Night Ferry Returns", url="https://x.example/f"),
        write_post(
            folder,
            "strike.html",
            "Lock Keepers Strike",
            author="Zoë Åberg",
            date="2021-06-04",
            url="https://x.example/s",
            paragraphs=[f"Strike day: {p}" for p in PARAGRAPHS],
        ),
    ]


def test_extract_json_one_line_per_input_in_order(
    posts: list[Path], tmp_path: Path, quotemark_home: Path
) -> None:
    missing = tmp_path / "missing.html"
    done = quotemark("extract", posts[0], missing, posts[1], "--json", home=quotemark_home)
    assert done.returncode == 1
    lines = _lines(done.stdout)
    assert [line["file"] for line in lines] == [str(posts[0]), str(missing), str(posts[1])]
    assert lines[0]["title"] == "The Night Ferry Returns"
    assert lines[0]["authors"] == ["Kadri Laane"]
    for key in ("published", "site", "url", "language", "blocks", "quotes", "sources"):
        assert key in lines[0]
    assert set(lines[1]) == {"file", "error"}
    assert "missing.html" in str(lines[1]["error"])
    assert "Traceback" not in done.stderr
    assert not (quotemark_home / "library.sqlite3").exists()  # the library is untouched


def test_import_posts_show_search(posts: list[Path], quotemark_home: Path) -> None:
    done = quotemark("import", *posts, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    out = done.stdout.splitlines()
    assert out[0].startswith("1\tThe Night Ferry Returns")
    assert out[1].startswith("2\tLock Keepers Strike")
    again = quotemark("import", posts[0], home=quotemark_home)
    assert again.returncode == 0
    assert "already in the library (id 1)" in again.stdout
    listed = _lines(quotemark("posts", "--json", home=quotemark_home).stdout)
    assert [p["id"] for p in listed] == [2, 1]
    assert listed[0]["authors"] == ["Zoë Åberg"]
    assert {"id", "title", "authors", "published", "site", "url"} <= set(listed[0])
    shown = _lines(quotemark("show", "2", "--json", home=quotemark_home).stdout)[0]
    assert shown["key"] == "aberg2021lock"
    assert shown["blocks"][0]["text"].startswith("Strike day:")  # type: ignore[index]
    text = quotemark("show", "1", home=quotemark_home).stdout
    assert "The Night Ferry Returns" in text
    assert "  1  The ferry left" in text
    hits = _lines(quotemark("search", "strike da", "--json", home=quotemark_home).stdout)
    assert [h["id"] for h in hits] == [2]
    assert "[Strike]" in str(hits[0]["snippet"])


def test_clip_clips_export_delete(posts: list[Path], tmp_path: Path, quotemark_home: Path) -> None:
    quotemark("import", posts[0], home=quotemark_home)
    done = quotemark(
        "clip", "1", "--text", "ticket office", "--note", "check", "--tag", "a", "--tag", "b",
        home=quotemark_home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "laane2024night-c1"]
    assert quotemark("clip", "1", "--paragraph", "2", home=quotemark_home).returncode == 0
    clips = _lines(quotemark("clips", "--json", home=quotemark_home).stdout)
    assert clips[0] == {
        "id": 1,
        "post_id": 1,
        "key": "laane2024night-c1",
        "text": "ticket office",
        "speaker": clips[0]["speaker"],
        "role": clips[0]["role"],
        "quoted_by": None,  # not a quotation inside another (schema version 15)
        "paragraph": 3,
        "note": "check",
        "tags": ["a", "b"],
        "created": clips[0]["created"],
        "made_by": getpass.getuser(),  # who made it (schema version 10)
    }
    assert clips[1]["text"] == PARAGRAPHS[1]
    bib = quotemark("export", "--format", "bibtex", home=quotemark_home)
    assert bib.returncode == 0
    keys = [e.key for e in bibtexparser.parse_string(bib.stdout).entries]
    assert keys == ["laane2024night-c1", "laane2024night-c2", "laane2024night"]
    tagged = quotemark("export", "--format", "biblatex", "--tag", "a", home=quotemark_home)
    # biblatex: the clip key is an alias of its post; its passage is in "<key>:clip".
    tagged_library = bibtexparser.parse_string(tagged.stdout)
    assert [e.key for e in tagged_library.entries] == ["laane2024night", "laane2024night-c1:clip"]
    assert tagged_library.entries[0]["ids"] == "laane2024night-c1"
    out = tmp_path / "refs.json"
    written = quotemark("export", "--format", "csl-json", "-o", out, home=quotemark_home)
    assert written.returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 3
    refused = quotemark("delete", "1", home=quotemark_home)
    assert refused.returncode == 1
    assert refused.stderr.startswith("quotemark: ")
    assert "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert len(_lines(quotemark("posts", "--json", home=quotemark_home).stdout)) == 1
    forced = quotemark("delete", "1", "--force", home=quotemark_home)
    assert forced.returncode == 0
    assert quotemark("posts", home=quotemark_home).stdout == ""


def test_errors_are_one_line_without_traceback(
    posts: list[Path], tmp_path: Path, quotemark_home: Path
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    done = quotemark("import", empty, posts[0], home=quotemark_home)
    assert done.returncode == 1
    assert "1\tThe Night Ferry Returns" in done.stdout
    [line] = done.stderr.splitlines()
    assert line.startswith("quotemark: ")
    assert "empty.html" in line
    for args in (
        ("show", "99"),
        ("clip", "1", "--text", "not in the post"),
        ("clip", "7", "--quote", "1"),
    ):
        failed = quotemark(*args, home=quotemark_home)
        assert failed.returncode == 1
        assert failed.stderr.startswith("quotemark: ")
        assert "Traceback" not in failed.stderr
    unwritable = quotemark("export", "-o", tmp_path / "no" / "such" / "x.bib", home=quotemark_home)
    assert unwritable.returncode == 1
    assert "x.bib" in unwritable.stderr


def test_reextract_reports_each_post(posts: list[Path], quotemark_home: Path) -> None:
    quotemark("import", *posts, home=quotemark_home)
    done = quotemark("reextract", home=quotemark_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["re-extracted post 1", "re-extracted post 2"]
    missing = quotemark("reextract", "9", home=quotemark_home)
    assert missing.returncode == 1
    assert "id 9" in missing.stderr


def test_subcommands_never_import_qt(posts: list[Path], quotemark_home: Path) -> None:
    script = (
        "import sys\n"
        "from app.cli import main\n"
        f"main(['import', {str(posts[0])!r}])\n"
        "main(['posts', '--json'])\n"
        "main(['export', '--format', 'biblatex'])\n"
        f"main(['extract', '--json', {str(posts[1])!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print('QT:', loaded, file=sys.stderr)\n"
    )
    env = {**os.environ, "QUOTEMARK_HOME": str(quotemark_home)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert "QT: []" in done.stderr, done.stderr


def test_extract_help_does_not_load_the_pipeline() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "quotemark.app", "extract", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert "FILE" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not {"PySide6", "lxml", "quotemark.library.pipeline", "sqlite3"} & imported


@pytest.mark.corpus
def test_seed_and_damaged_mhtml_in_one_batch(shared: Path, quotemark_home: Path) -> None:
    seed = shared / "seed" / "boukamal-post.txt"
    damaged = shared / "corpus" / "mhtml" / "tests-templates"
    eof, boundary = damaged / "unexpected_eof.mhtml", damaged / "missing_boundary.mhtml"
    done = quotemark("import", eof, seed, boundary, home=quotemark_home)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["1\tAnd the Good News Is ....!\t(" + str(seed) + ")"]
    errors = done.stderr.splitlines()
    assert len(errors) == 2
    assert "unexpected_eof.mhtml" in errors[0]
    assert "missing_boundary.mhtml" in errors[1]
    shown = _lines(quotemark("show", "1", "--json", home=quotemark_home).stdout)[0]
    assert shown["published"] == "2017-11-11"
    assert shown["key"] == "rheytah2017good"
    quotes = shown["quotes"]
    assert isinstance(quotes, list)
    assert quotes, "the seed's quotations are found"
    clipped = quotemark("clip", "1", "--quote", "1", "--tag", "seed", home=quotemark_home)
    assert clipped.returncode == 0, clipped.stderr
    bib = quotemark("export", "--tag", "seed", home=quotemark_home).stdout
    library = bibtexparser.parse_string(bib)
    assert not library.failed_blocks
    assert [e.key for e in library.entries] == ["rheytah2017good", "rheytah2017good-c1:clip"]


def test_sources_lists_what_the_posts_cite(quotemark_home: Path) -> None:
    sample = ROOT / "resources" / "samples" / "night-ferry.html"
    assert quotemark("import", sample, home=quotemark_home).returncode == 0
    listed = _lines(quotemark("sources", "--json", home=quotemark_home).stdout)
    assert listed, "the sample post cites sources"
    for source in listed:
        assert set(source) == {"id", "name", "kind", "url", "posts", "mentions"}
        assert source["posts"] == 1
    links = [s for s in listed if s["kind"] == "link"]
    assert any("transport.example.gov" in str(s["url"]) for s in links)
    one = _lines(quotemark("sources", "--post", "1", "--json", home=quotemark_home).stdout)
    assert {s["id"] for s in one} == {s["id"] for s in listed}
    missing = quotemark("sources", "--post", "9", home=quotemark_home)
    assert missing.returncode == 1
    assert "id 9" in missing.stderr


def test_a_library_busy_in_another_quotemark_is_reported(
    posts: list[Path], quotemark_home: Path
) -> None:
    assert quotemark("import", posts[0], home=quotemark_home).returncode == 0
    other = sqlite3.connect(quotemark_home / "library.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # the other Quotemark is writing
        done = quotemark("clip", "1", "--paragraph", "1", home=quotemark_home)
        assert done.returncode == 1
        assert done.stderr.startswith("quotemark: ")
        assert "another Quotemark" in done.stderr
        assert "Traceback" not in done.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert quotemark("clip", "1", "--paragraph", "1", home=quotemark_home).returncode == 0
    assert len(_lines(quotemark("clips", "--json", home=quotemark_home).stdout)) == 1


def test_output_cut_short_by_a_pipe_is_not_an_error(
    posts: list[Path], quotemark_home: Path
) -> None:
    # `quotemark extract ... --json | head -c 50`: the reader leaves early.
    env = {**os.environ, "QUOTEMARK_HOME": str(quotemark_home)}
    command = [sys.executable, "-m", "quotemark.app", "extract", *map(str, posts * 20), "--json"]
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(50)
        process.stdout.close()
        errors = process.stderr.read().decode()
        status = process.wait(timeout=120)
    assert status == 0
    assert "Traceback" not in errors
    assert "Exception ignored" not in errors


def test_a_pdf_given_directly_is_listed_as_skipped_and_the_import_succeeds(
    tmp_path: Path, quotemark_home: Path
) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    done = quotemark("import", pdf, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    [line] = done.stdout.splitlines()
    assert line.startswith(str(pdf))
    assert "a PDF, not a saved web page" in line


def test_clips_names_the_inner_speaker_before_who_quoted_them(
    tmp_path: Path, quotemark_home: Path
) -> None:
    # Ada Lind quoting her father: the inner words' speaker is a role
    # alone, and the list must not read as if no one were known to say them.
    page = write_post(
        tmp_path / "saved",
        "tide.html",
        "The Tide at the Pier",
        paragraphs=TIDE,
        url="https://harbour.example/tide",
    )
    assert quotemark("import", page, home=quotemark_home).returncode == 0
    done = quotemark("clip", "1", "--text", INNER, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    listed = quotemark("clips", home=quotemark_home).stdout
    assert f"[Ada Lind’s father, quoted by Ada Lind]\t{INNER}" in listed


def test_clips_of_a_version_14_library_say_who_quoted_an_old_nested_clip(
    quotemark_home: Path,
) -> None:
    # A real schema 14 file (tests/fixtures/libraries): its nested clip was
    # made before "quoted by" existed. The window fills it once shown; a
    # researcher who only scripts the command line must see it too.
    target = _version_14_library(quotemark_home)
    done = quotemark("--library", target, "clips", home=quotemark_home)
    assert done.returncode == 0, done.stderr
    assert f"[Ada Lind’s father, quoted by Ada Lind]\t{INNER}" in done.stdout
    assert done.stderr == ""


def test_an_export_of_a_version_14_library_says_who_quoted_an_old_nested_clip(
    quotemark_home: Path,
) -> None:
    target = _version_14_library(quotemark_home)
    done = quotemark("--library", target, "export", "--format", "markdown", home=quotemark_home)
    assert done.returncode == 0, done.stderr
    assert "> — Ada Lind’s father, quoted by Ada Lind [@" in done.stdout


def test_clips_of_a_library_that_cannot_be_written_now_say_why_quoted_by_is_missing(
    quotemark_home: Path,
) -> None:
    # Another Quotemark holds the write lock: the list still comes, and
    # stderr says why the old nested clip shows no "quoted by" yet.
    target = _version_14_library(quotemark_home)
    assert quotemark("--library", target, "posts", home=quotemark_home).returncode == 0  # upgraded
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = quotemark("--library", target, "clips", home=quotemark_home)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 0, done.stderr
    assert INNER in done.stdout
    assert "quoted by" not in done.stdout
    assert "may show no “quoted by” yet" in done.stderr


def _version_14_library(home: Path) -> Path:
    """A copy of the real schema 14 file an older Quotemark wrote
    (tests/fixtures/libraries), one nested clip without "quoted by"."""
    from tests.library.test_quoted_by_fill import OLD_FILE

    target = home / "library.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(OLD_FILE.read_bytes())
    return target


def test_search_on_an_upgraded_library_finds_a_japanese_word_inside_a_run(
    tmp_path: Path, quotemark_home: Path
) -> None:
    # Saved into a library of schema 14 (upgraded as it opens): the search
    # command writes the derived search text first, as the window does.
    from tests.library.test_search_scripts import POSTS

    _version_14_library(quotemark_home)
    title, body = POSTS["ja"]
    saved = write_post(tmp_path / "in", "ja.html", title, paragraphs=(body,))
    done = quotemark("import", saved, home=quotemark_home)
    assert done.returncode == 0, done.stderr
    hits = _lines(quotemark("search", "港長", "--json", home=quotemark_home).stdout)
    assert [h["title"] for h in hits] == [title]
    assert "[港長]" in str(hits[0]["snippet"])
    pier = _lines(quotemark("search", "pier", "--json", home=quotemark_home).stdout)
    assert [h["title"] for h in pier] == ["The Tide at the Pier"]
