"""``quotemark body``, run as real subprocesses on a real library with its
own ``QUOTEMARK_HOME``: a dropped passage added back, chrome removed, a
correction dropped, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.app.test_cli import quotemark
from tests.library.test_body_corrections import CHROME, DROPPED, PAGE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    home = tmp_path / "home"
    assert quotemark("import", page, home=home).returncode == 0
    return home


def _texts(listing: dict[str, object]) -> list[str]:
    paragraphs = listing["paragraphs"]
    assert isinstance(paragraphs, list)
    return [p["text"] for p in paragraphs]


def test_add_and_remove_change_the_body_show_and_export(home: Path) -> None:
    listed = json.loads(quotemark("body", "1", "--json", home=home).stdout)
    chrome = _texts(listed).index(CHROME) + 1
    added = quotemark("body", "1", "add", "--text", DROPPED, "--json", home=home)
    assert added.returncode == 0, added.stderr
    body = json.loads(added.stdout)
    assert body["done"].startswith("Add to the body")
    assert DROPPED in _texts(body)
    removed = quotemark("body", "1", "remove", str(chrome), "--json", home=home)
    assert removed.returncode == 0, removed.stderr
    body = json.loads(removed.stdout)
    assert CHROME not in _texts(body)
    assert [c["kind"] for c in body["corrections"]] == ["add", "remove"]
    assert all(c["fits"] for c in body["corrections"])
    # The quote in the added passage is found, and exports read the new body.
    assert "Liis Kask" in quotemark("show", "1", home=home).stdout
    clip = quotemark("clip", "1", "--text", "It will be loud every night", home=home)
    assert clip.returncode == 0, clip.stderr
    markdown = quotemark("export", "--format", "markdown", home=home).stdout
    assert "Liis Kask" in markdown
    # The plain listing names the corrections; drop takes one back.
    plain = quotemark("body", "1", home=home).stdout
    assert "Corrections of the body:" in plain
    first = body["corrections"][1]["id"]
    dropped = quotemark("body", "1", "drop", str(first), "--json", home=home)
    assert dropped.returncode == 0, dropped.stderr
    assert CHROME in _texts(json.loads(dropped.stdout))
    gold = [
        json.loads(line)
        for line in quotemark("corrections", "--json", home=home).stdout.split("\n")
        if line
    ]
    assert [g["kind"] for g in gold] == ["add_passage"]
    assert gold[0]["researcher"]["text"] == DROPPED


def test_bad_body_corrections_get_a_clear_error(home: Path) -> None:
    for args, message in [
        (("body", "1", "add", "--text", "never on the page"), "not in its stored original page"),
        (("body", "1", "add"), "--text EXACT"),
        (("body", "1", "add", "--text", CHROME), "already in the body"),
        (("body", "1", "remove", "40"), "there is no paragraph 40"),
        (("body", "1", "remove"), "Say which paragraph"),
        (("body", "1", "drop", "7"), "no body correction 7"),
        (("body", "9"), "no post with id 9"),
        (("body", "1", "shrink"), "not list, add, remove or drop"),
    ]:
        result = quotemark(*args, home=home)
        assert result.returncode == 1, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
