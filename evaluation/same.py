"""Prove that a speed change changed nothing a user sees.

``python -m evaluation.same snapshot DIR`` records, on the shared corpus:

- ``extract.jsonl``: the output of one real ``quotemark extract --json``
  process over every defuddle fixture and every scrapinghub page (the pages
  are written under a scratch folder first, so each input's path, and so
  its ``"file"`` field, is the same in every run);
- ``analyze.txt``: for every ggt-dev and PolNeAR (train and dev) article,
  its name and the ``repr`` of what ``analyze`` returns on its paragraphs
  (the frozen dataclasses print every field, speakers and spans included).

``python -m evaluation.same compare DIR`` produces both again from the
working tree and exits 0 when they are byte-identical to the snapshot, or
1 naming the first pages and articles that differ. Take the snapshot on the
commit before the change (``git worktree`` or a checkout of it), then
compare after.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from evaluation.quotes import blocks_from_text, corpora
from quotemark.library.analyze import analyze

EXTRACT = "extract.jsonl"
ANALYZE = "analyze.txt"
SHOWN = 5
"""How many differing pages or articles ``compare`` names."""


def _write_pages(shared: Path, folder: Path) -> list[str]:
    """Every extraction page as a file under ``folder``; their relative paths."""
    root = shared / "corpus" / "extraction"
    names: list[str] = []
    (folder / "defuddle").mkdir()
    for page in sorted((root / "defuddle" / "fixtures").glob("*.html")):
        shutil.copyfile(page, folder / "defuddle" / page.name)
        names.append(f"defuddle/{page.name}")
    (folder / "scrapinghub").mkdir()
    for page in sorted((root / "scrapinghub" / "html").glob("*.html.gz")):
        name = page.name.removesuffix(".gz")
        (folder / "scrapinghub" / name).write_bytes(gzip.decompress(page.read_bytes()))
        names.append(f"scrapinghub/{name}")
    return names


def extract_output(shared: Path) -> bytes:
    """What one ``quotemark extract --json`` process prints for every page."""
    with tempfile.TemporaryDirectory(prefix="quotemark-same-") as scratch:
        folder = Path(scratch)
        names = _write_pages(shared, folder)
        done = subprocess.run(
            [sys.executable, "-m", "quotemark.app", "extract", "--json", *names],
            cwd=folder,
            env=_absolute_path_env(),
            capture_output=True,
            check=False,
        )
    # Status 1 only says some page was refused; its error line is compared too.
    if done.returncode not in (0, 1) or not done.stdout:
        raise SystemExit(f"quotemark extract failed ({done.returncode}): {done.stderr.decode()}")
    return done.stdout


def _absolute_path_env() -> dict[str, str]:
    """This environment with ``PYTHONPATH``'s folders made absolute: the
    command runs in the scratch folder, where a worktree's relative
    ``build/ns:.`` names nothing, and it would import the editable
    install's code (the main tree's) instead of the tree under test."""
    env = dict(os.environ)
    path = env.get("PYTHONPATH")
    if path:
        env["PYTHONPATH"] = os.pathsep.join(
            os.path.abspath(entry) if entry else os.getcwd() for entry in path.split(os.pathsep)
        )
    return env


def analyze_lines(shared: Path) -> Iterator[str]:
    """``corpus/name<TAB>repr(analysis)`` for every quotation-corpus article."""
    for corpus, docs in corpora(shared).items():
        for doc in docs:
            blocks, _offsets = blocks_from_text(doc.text)
            yield f"{corpus}/{doc.name}\t{analyze(blocks)!r}\n"


def analyze_output(shared: Path) -> bytes:
    """Every article's line of :func:`analyze_lines`, as UTF-8."""
    return "".join(analyze_lines(shared)).encode("utf-8")


def _differing(old: bytes, new: bytes, key: str) -> list[str]:
    """The first keys of the lines that differ (or that only one side has)."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    shown: list[str] = []
    for index in range(max(len(old_lines), len(new_lines))):
        a = old_lines[index] if index < len(old_lines) else b""
        b = new_lines[index] if index < len(new_lines) else b""
        if a != b:
            shown.append(_key(a or b, key))
            if len(shown) == SHOWN:
                break
    return shown


def _key(line: bytes, key: str) -> str:
    if key == "file":
        # `{"file": "defuddle/x.html", ...` opens every line of extract --json.
        return line.split(b'"', 4)[3].decode("utf-8", "replace")
    return line.split(b"\t", 1)[0].decode("utf-8", "replace")


def snapshot(shared: Path, folder: Path) -> int:
    """Record both outputs under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    extracted = extract_output(shared)
    analysed = analyze_output(shared)
    (folder / EXTRACT).write_bytes(extracted)
    (folder / ANALYZE).write_bytes(analysed)
    print(
        f"snapshot in {folder}: {len(extracted.splitlines())} pages extracted,"
        f" {len(analysed.splitlines())} articles analysed"
    )
    return 0


def compare(shared: Path, folder: Path) -> int:
    """0 when both outputs equal the snapshot under ``folder``, byte for byte."""
    same = True
    for file_name, produce, key in (
        (EXTRACT, extract_output, "file"),
        (ANALYZE, analyze_output, "name"),
    ):
        recorded = folder / file_name
        if not recorded.is_file():
            print(f"{recorded}: no snapshot (run `snapshot {folder}` first)", file=sys.stderr)
            return 2
        old, new = recorded.read_bytes(), produce(shared)
        if old == new:
            print(f"{file_name}: identical ({len(new.splitlines())} lines, {len(new)} bytes)")
            continue
        same = False
        print(f"{file_name}: DIFFERS at {', '.join(_differing(old, new, key))}")
    return 0 if same else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.same", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("action", choices=("snapshot", "compare"))
    parser.add_argument("folder", type=Path, help="where the snapshot is (or goes)")
    args = parser.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"{args.shared}/corpus is absent: nothing to compare.", file=sys.stderr)
        return 2
    if args.action == "snapshot":
        return snapshot(args.shared, args.folder)
    return compare(args.shared, args.folder)


if __name__ == "__main__":
    sys.exit(main())
