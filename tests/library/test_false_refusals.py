"""Valid posts that used to be refused, and folder contents that used to
be imported or skipped without a word: a stray NUL byte, symbolic links out
of an imported folder, a sub-folder that cannot be read."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from quotemark.library.importers import read
from quotemark.library.importers.folders import Skipped, discover
from quotemark.library.service import ImportStatus, Library
from tests.as_nobody import run_unprivileged
from tests.library.test_store_pages import PARAGRAPHS, page


def test_one_nul_byte_does_not_make_a_page_binary(library: Library, tmp_path: Path) -> None:
    text = page("Ferry Night").replace(PARAGRAPHS[1][:20], PARAGRAPHS[1][:20] + "\x00")
    path = tmp_path / "nul.html"
    path.write_bytes(text.encode("utf-8"))
    assert PARAGRAPHS[1] in (read(path).html or "")
    [result] = library.import_paths([path]).results
    assert result.status is ImportStatus.IMPORTED, result.message
    assert result.post_id is not None
    assert PARAGRAPHS[1] in [b.text for b in library.post(result.post_id).blocks]


def test_a_text_post_with_a_stray_nul_imports(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"A Title\n\n" + PARAGRAPHS[0].encode() + b"\x00\n\n" + PARAGRAPHS[2].encode())
    assert "\x00" not in (read(path).text or "")


def test_a_folder_import_does_not_follow_links_out_of_the_folder(
    library: Library, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Secret Title\n\n" + PARAGRAPHS[0] + "\n", encoding="utf-8")
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "real.html").write_text(page("Real Post"), encoding="utf-8")
    (folder / "secret.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "same.html").symlink_to(folder / "real.html")
    skipped: list[Skipped] = []
    found = list(discover([folder], skipped))
    assert found == [folder / "real.html", folder / "same.html"]
    assert {s.path.name for s in skipped} == {"secret.txt", "elsewhere"}
    report = library.import_paths([folder])
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["secret.txt"].status is ImportStatus.FAILED
    assert "outside the imported folder, was skipped" in by_name["secret.txt"].message
    assert "Secret Title" not in [row.title for row in library.posts()]
    # Named on its own, the file is imported: the user chose it.
    [alone] = library.import_paths([folder / "secret.txt"]).results
    assert alone.status is ImportStatus.IMPORTED


_DISCOVER = """
import json, sys
from pathlib import Path
from quotemark.library.importers.folders import discover
skipped = []
found = [p.name for p in discover([Path(sys.argv[1])], skipped)]
print(json.dumps({"found": found, "skipped": [s.reason for s in skipped]}))
"""


def test_an_unreadable_sub_folder_is_reported() -> None:
    # Root reads every folder; the walk then runs as "nobody" to meet one.
    with tempfile.TemporaryDirectory(prefix="quotemark-perm-") as tmp:
        folder = Path(tmp) / "posts"
        (folder / "locked").mkdir(parents=True)
        (folder / "open.html").write_text(page("Open"), encoding="utf-8")
        (folder / "locked" / "hidden.html").write_text(page("Hidden"), encoding="utf-8")
        os.chmod(tmp, 0o755)
        os.chmod(folder, 0o755)
        os.chmod(folder / "open.html", 0o644)
        os.chmod(folder / "locked", 0o000)
        try:
            run = run_unprivileged(_DISCOVER, str(folder))
        finally:
            os.chmod(folder / "locked", 0o755)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["found"] == ["open.html"]
    [reason] = result["skipped"]
    assert "locked: this folder was skipped: permission to read it was denied" in reason
