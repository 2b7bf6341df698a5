"""`quotemark verify` and `quotemark export --watch` as a user runs them:
real subprocesses against a real library, a manuscript on disk, text or
JSON out, exit status 1 on a difference; a watched file follows a clip made
by another command."""

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


def test_export_watch_keeps_a_bib_file_current(quotemark_home: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import time

    from tests.app.test_cli import ROOT

    _library(quotemark_home)
    target = tmp_path / "refs.bib"
    watcher = subprocess.Popen(
        [sys.executable, "-m", "quotemark.app", "export", "--watch", "-o", str(target)],
        cwd=ROOT,
        env={**os.environ, "QUOTEMARK_HOME": str(quotemark_home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not target.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "laane2024night-c1" not in target.read_text(encoding="utf-8")
        clipped = quotemark("clip", "1", "--paragraph", "2", home=quotemark_home)
        assert clipped.returncode == 0, clipped.stderr
        while time.monotonic() < deadline:
            if "laane2024night-c1:clip" in target.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert "ids = {laane2024night-c1}" in target.read_text(encoding="utf-8")
        time.sleep(1.0)  # the watcher reports a write right after making it
    finally:
        watcher.terminate()
        _, errors = watcher.communicate(timeout=30)
    assert f"1 entries written to {target}" in errors
    assert f"2 entries written to {target}" in errors


def test_export_watch_needs_an_output_file(quotemark_home: Path) -> None:
    done = quotemark("export", "--watch", home=quotemark_home)
    assert done.returncode == 2
    assert "-o FILE" in done.stderr


def test_export_watch_of_a_missing_collection_says_so_before_watching(
    quotemark_home: Path, tmp_path: Path
) -> None:
    _library(quotemark_home)
    target = tmp_path / "refs.bib"
    done = quotemark(
        "export", "--watch", "--collection", "Nowhere", "-o", target, home=quotemark_home
    )
    assert done.returncode == 1
    assert "Nowhere" in done.stderr
    assert "watching" not in done.stderr
    assert not target.exists()
