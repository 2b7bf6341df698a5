"""Who made it, on the command line: ``quotemark clips --json`` and
``corrections --json`` name the maker, ``clips --mine`` lists one's own;
the display name set in Preferences applies to the command line too, and
exports do not change. Real subprocesses on a real library."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from quotemark.library.who import save_display_name
from tests.app.test_cli import quotemark
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "night-ferry.html"


def _json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_clips_and_corrections_name_who_made_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    assert quotemark("import", SAMPLE, home=home).returncode == 0
    assert quotemark("clip", "1", "--paragraph", "1", home=home).returncode == 0
    # The display name, as Preferences keeps it in this home's settings.
    monkeypatch.setenv("QUOTEMARK_HOME", str(home))
    save_display_name("Ann Example")
    done = quotemark("clip", "1", "--paragraph", "2", home=home)
    assert done.returncode == 0, done.stderr
    edited = quotemark("edit", "1", "--title", "The Night Ferry", home=home)
    assert edited.returncode == 0, edited.stderr

    clips = _json_lines(quotemark("clips", "--json", home=home).stdout)
    assert [c["made_by"] for c in clips] == [getpass.getuser(), "Ann Example"]
    mine = _json_lines(quotemark("clips", "--mine", "--json", home=home).stdout)
    assert [c["id"] for c in mine] == [clips[1]["id"]]
    corrections = _json_lines(quotemark("corrections", "--json", home=home).stdout)
    assert [c["made_by"] for c in corrections] == ["Ann Example"]
    # Exports carry no maker.
    for form in ("biblatex", "csl-json", "ris", "markdown"):
        assert "Ann Example" not in quotemark("export", "--format", form, home=home).stdout


def test_posts_and_show_name_who_imported_and_source_corrections_their_maker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("QUOTEMARK_HOME", str(home))
    save_display_name("Ann Example")
    assert quotemark("import", SAMPLE, home=home).returncode == 0
    (listed,) = _json_lines(quotemark("posts", "--json", home=home).stdout)
    assert listed["imported_by"] == "Ann Example"
    shown = json.loads(quotemark("show", "1", "--json", home=home).stdout)
    assert shown["imported_by"] == "Ann Example"
    assert " by Ann Example from " in quotemark("show", "1", home=home).stdout
    renamed = quotemark("source", "rename", "reuters", "Thomson Reuters", "--json", home=home)
    assert renamed.returncode == 0, renamed.stderr
    assert json.loads(renamed.stdout)["made_by"] == "Ann Example"
    corrections = _json_lines(quotemark("corrections", "--json", home=home).stdout)
    assert [(c["kind"], c["made_by"]) for c in corrections] == [("source", "Ann Example")]
