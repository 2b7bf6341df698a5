"""``quotemark quote / source / edit / corrections``, run as real
subprocesses on a real library with its own ``QUOTEMARK_HOME``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.app.test_cli import quotemark
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "night-ferry.html"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert quotemark("import", SAMPLE, home=home).returncode == 0
    return home


def test_a_speaker_corrected_on_the_command_line_is_in_show_clips_and_export(home: Path) -> None:
    clipped = quotemark("clip", "1", "--quote", "2", home=home)
    assert clipped.returncode == 0, clipped.stderr
    done = quotemark(
        "quote", "1", "2", "--speaker", "Andres Kask", "--role", "deckhand", "--json", home=home
    )
    assert done.returncode == 0, done.stderr
    quotes = json.loads(done.stdout)["quotes"]
    assert (quotes[1]["speaker"], quotes[1]["role"]) == ("Andres Kask", "deckhand")
    clips = [
        json.loads(line) for line in quotemark("clips", "--json", home=home).stdout.splitlines()
    ]
    assert clips[0]["speaker"] == "Andres Kask"
    assert "Andres Kask" in quotemark("export", "--format", "markdown", home=home).stdout
    unknown = quotemark("quote", "1", "2", "--speaker", "", "--json", home=home)
    assert json.loads(unknown.stdout)["quotes"][1]["speaker"] is None


def test_bad_ids_and_values_get_a_clear_error(home: Path) -> None:
    for args, message in [
        (("quote", "1", "99", "--speaker", "X"), "there is no quotation 99"),
        (("quote", "9", "1", "--speaker", "X"), "no post with id 9"),
        (("quote", "1", "first", "--speaker", "X"), "not a quotation number"),
        (("quote", "1", "add", "--text", "never written"), "is not in post 1"),
        (("edit", "1", "--date", "March 2024"), "not a date"),
        (("edit", "1", "--url", "example"), "not a web address"),
        (("source", "rename", "Nobody", "X"), "no source named 'Nobody'"),
    ]:
        result = quotemark(*args, home=home)
        assert result.returncode == 1, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_edit_sets_the_citation_data_with_authors_in_order(home: Path) -> None:
    result = quotemark(
        "edit",
        "1",
        "--title",
        "Night Ferry",
        "--author",
        "Laane, Kadri",
        "--author",
        "Harbour Lights",
        "--date",
        "2024-03-10",
        "--key",
        "laane2024ferry",
        "--type",
        "news",
        "--json",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["authors"] == ["Laane, Kadri", "Harbour Lights"]
    assert data["type"] == "news"
    assert (data["title"], data["published"], data["key"]) == (
        "Night Ferry",
        "2024-03-10",
        "laane2024ferry",
    )
    bib = quotemark("export", "--format", "biblatex", home=home).stdout
    # A news post is an article in its newspaper (issue 11, export side of
    # issue 10's entry type).
    assert "@article{laane2024ferry," in bib
    assert "entrysubtype = {nonacademic}" in bib
    assert "date = {2024-03-10}" in bib


def test_sources_merge_and_rename_and_corrections_list_them_as_gold(home: Path) -> None:
    merged = quotemark(
        "source",
        "merge",
        "Nordic Wire Service",
        "Coastal Courier / Nordic Wire Service",
        "--into",
        "Nordic Wire",
        "--json",
        home=home,
    )
    assert merged.returncode == 0, merged.stderr
    names = [s["name"] for s in json.loads(merged.stdout)["sources"]]
    assert "Nordic Wire" in names
    assert "Nordic Wire Service" not in names
    assert quotemark("source", "rename", "Reuters", "Thomson Reuters", home=home).returncode == 0
    quotemark("quote", "1", "5", "--speaker", "Jonas Parn", "--all", home=home)
    gold = [
        json.loads(line)
        for line in quotemark("corrections", "--json", home=home).stdout.splitlines()
    ]
    speakers = [g for g in gold if g["kind"] == "speaker"]
    assert len(speakers) == 3
    assert speakers[0]["machine"]["name"] == "Jonas Pärn"
    assert speakers[0]["researcher"]["name"] == "Jonas Parn"
    assert speakers[0]["post"]["key"] == "laane2024night"
    sources = {g["machine"]: g["researcher"] for g in gold if g["kind"] == "source"}
    assert sources["Reuters"] == "Thomson Reuters"
    assert sources["Nordic Wire Service"] == "Nordic Wire"


def test_quotations_are_joined_split_and_given_an_extent(home: Path) -> None:
    def texts() -> list[str]:
        shown = json.loads(quotemark("show", "1", "--json", home=home).stdout)
        return [q["text"] for q in shown["quotes"]]

    before = texts()
    joined = quotemark("quote", "1", "join", "9", "10", home=home)
    assert joined.returncode == 0, joined.stderr
    assert len(texts()) == len(before) - 1
    split = quotemark("quote", "1", "split", "9", "--at", "it is the difference", home=home)
    assert split.returncode == 0, split.stderr
    assert texts()[9].startswith("it is the difference")
    extent = quotemark("quote", "1", "9", "--extent", "not a luxury", home=home)
    assert extent.returncode == 0, extent.stderr
    assert texts()[8] == "not a luxury"
    bad = quotemark("quote", "1", "join", "3", home=home)
    assert bad.returncode == 1
    assert "which two quotations" in bad.stderr
