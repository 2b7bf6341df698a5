"""`quotemark verify` as a user runs it: a real subprocess against a real
library, a manuscript on disk, text or JSON out, exit status 1 on a
difference."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.test_cli import quotemark


def _library(home: Path) -> None:
    seeded = quotemark("import", Path("resources/samples/night-ferry.html").resolve(), home=home)
    assert seeded.returncode == 0, seeded.stderr


def test_verify_passes_a_faithful_manuscript(quotemark_home: Path, tmp_path: Path) -> None:
    _library(quotemark_home)
    paper = tmp_path / "paper.md"
    paper.write_text(
        "Ilves: “It is not a luxury” [@laane2024night, para. 10].\n\n"
        "The ministry spoke of “a trial … of October” [@laane2024night].\n",
        encoding="utf-8",
    )
    done = quotemark("verify", paper, home=quotemark_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{paper}:1: exact [laane2024night]" in done.stdout
    assert "elided: “until the end”" in done.stdout
    assert "2 cited quotation(s) checked" in done.stdout


def test_verify_fails_on_a_changed_word_and_reports_json(
    quotemark_home: Path, tmp_path: Path
) -> None:
    _library(quotemark_home)
    paper = tmp_path / "paper.tex"
    paper.write_text(
        "``Nobody on this boat is a stranger tonight'' \\cite{laane2024night}.\n"
        "``Unknown words'' \\cite{smith1999}.\n",
        encoding="utf-8",
    )
    done = quotemark("verify", paper, home=quotemark_home)
    assert done.returncode == 1
    assert "DIFFERENT [laane2024night]" in done.stdout
    assert "changed: “tourist” -> “stranger”" in done.stdout
    assert "UNKNOWN KEY [smith1999]" in done.stdout
    as_json = quotemark("verify", "--json", paper, home=quotemark_home)
    assert as_json.returncode == 1
    data = json.loads(as_json.stdout)
    assert data["ok"] is False
    assert [q["status"] for q in data["quotations"]] == ["different", "unknown-key"]
    assert data["quotations"][0]["changes"] == [
        {"kind": "changed", "source": "tourist", "quoted": "stranger"}
    ]


def test_verify_names_a_missing_manuscript(quotemark_home: Path, tmp_path: Path) -> None:
    done = quotemark("verify", tmp_path / "nowhere.tex", home=quotemark_home)
    assert done.returncode == 1
    assert "nowhere.tex" in done.stderr
