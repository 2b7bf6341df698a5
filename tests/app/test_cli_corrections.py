"""``quotemark quote / source / edit / corrections``, run as real
subprocesses on a real library with its own ``QUOTEMARK_HOME``."""

from __future__ import annotations

import json
import subprocess
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
        (("edit", "1", "--date", "next spring"), "not a date"),
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


@pytest.fixture(params=("sqlite", "postgresql"))
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A library (a file, or a database on the tests' PostgreSQL server)
    with the sample post imported through the command."""
    location = (
        str(request.getfixturevalue("pg_url"))
        if request.param == "postgresql"
        else str(tmp_path / "shared.sqlite3")
    )
    done = quotemark("--library", location, "import", SAMPLE, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    return location


def test_a_correction_expecting_a_quotation_is_refused_once_a_colleague_moved_it(
    shared: str, tmp_path: Path
) -> None:
    from quotemark.library.operations import MergeSources, RemoveQuote
    from quotemark.library.service import Library

    home = tmp_path / "home"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return quotemark("--library", shared, *args, home=home)

    def quotes() -> list[dict[str, object]]:
        return list(json.loads(run("show", post, "--json").stdout)["quotes"])

    with Library.open(shared) as colleague:
        post = str(colleague.posts()[0].id)
        listed = quotes()  # what the user read before the colleague's change
        colleague.set_display_name("Kadri")
        colleague.run(RemoveQuote(int(post), 1))
        colleague.run(MergeSources(("Nordic Wire Service",), "Reuters"))
    before = quotes()
    assert before[0]["text"] == listed[1]["text"]
    expect = str(listed[1]["text"])[:30]
    refused = run("quote", post, "2", "--speaker", "Mari Saar", "--expect", expect)
    assert refused.returncode == 1
    assert "is now number 1" in refused.stderr
    assert "Nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert quotes() == before
    # With the number listed now, the same correction is saved.
    done = run("quote", post, "1", "--speaker", "Mari Saar", "--expect", expect, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["quotes"][0]["speaker"] == "Mari Saar"
    one = run("quote", post, "join", "1", "2", "--expect", expect)
    assert one.returncode == 1
    assert "--expect for quotation 1 and --expect for quotation 2" in one.stderr
    # A source is named by its name: one a colleague merged away is refused.
    merged = run("source", "rename", "Nordic Wire Service", "NWS")
    assert merged.returncode == 1
    assert "Kadri merged it into “Reuters”" in merged.stderr
    assert "NWS" not in run("sources").stdout


def test_a_quotations_kind_is_corrected_and_listed(home: Path) -> None:
    shown = json.loads(quotemark("show", "1", "--json", home=home).stdout)["quotes"]
    number = next(n for n, q in enumerate(shown, 1) if q["kind"] == "inline")
    done = quotemark("quote", "1", str(number), "--kind", "partial", "--json", home=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["quotes"][number - 1]["kind"] == "partial"
    listed = quotemark("corrections", home=home).stdout
    assert 'post 1\tquote_kind\t"inline" -> "partial"' in listed
    again = quotemark("quote", "1", str(number), "--kind", "partial", home=home)
    assert again.returncode == 1
    assert "partial already" in again.stderr
