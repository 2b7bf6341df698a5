"""The command line tells when a post's text differs from the saved file:
``import`` notes the places it restored (on stderr, the result lines stay
one per post), ``show`` and ``show --json`` say it with the post."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.test_cli import quotemark
from tests.library.test_importers_mojibake import POST, garble


def test_import_and_show_tell_the_repair(tmp_path: Path) -> None:
    home = tmp_path / "home"
    garbled = tmp_path / "border.txt"
    garbled.write_text(garble(POST), encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(
        "The ferry\n\nThe ferry left on time and the crossing was calm all the way over.\n",
        encoding="utf-8",
    )
    done = quotemark("import", garbled, clean, home=home)
    assert done.returncode == 0, done.stderr
    results = done.stdout.splitlines()
    assert len(results) == 2
    post_id = results[0].split("\t")[0]
    assert done.stderr.splitlines() == [
        f"quotemark: note: {garbled}: text garbled by a wrong encoding restored in 5 places "
        f"(quotemark show {post_id})"
    ]
    shown = quotemark("show", post_id, home=home)
    assert (
        "  repaired:  text garbled by a wrong encoding restored in 5 places "
        "(\u00e2\u20ac\u0153We -> \u201cWe; wall,\u00e2\u20ac\ufffd -> wall,\u201d; "
        "Pe\u00c3\u00b1a -> Pe\u00f1a)\n"
    ) in shown.stdout
    data = json.loads(quotemark("show", "--json", post_id, home=home).stdout)
    assert data["repaired"]["places"] == 5
    other = json.loads(quotemark("show", "--json", results[1].split("\t")[0], home=home).stdout)
    assert other["repaired"] is None
