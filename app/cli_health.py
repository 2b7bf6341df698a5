"""The library-health subcommands of ``quotemark``: ``check`` (and
``--repair``) and ``restore``. Like every subcommand they use ``library/``
only and never import Qt."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotemark.library.store.integrity import CheckReport


def add_parsers(sub: Any) -> None:
    """Add ``check`` and ``restore`` to the command's subparsers."""
    p = sub.add_parser(
        "check",
        help="check the library file and every post; --repair fixes what it can",
    )
    p.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the search index and re-extract damaged posts from their originals",
    )
    p.add_argument("--json", action="store_true", help="the findings as one JSON object")
    p.set_defaults(run=_check)

    p = sub.add_parser(
        "restore",
        help="list the library's backups, or restore one (the current library is backed up first)",
    )
    p.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup file, or its number in the list (1 is the newest)",
    )
    p.set_defaults(run=_restore)


def _check(options: argparse.Namespace) -> int:
    from quotemark.app.cli_common import open_library

    with open_library() as library:
        report = library.check()
        if not options.repair:
            _print_check(report, as_json=options.json)
            return 0 if report.ok else 1
        repaired = library.repair()
        after = library.check()
    print(f"search index rebuilt ({repaired.indexed} posts)")
    for post_id in repaired.reextracted:
        print(f"post {post_id}: re-extracted from its stored original")
    for message in repaired.messages:
        print(message, file=sys.stderr)
    _print_check(after, as_json=options.json)
    return 0 if after.ok else 1


def _restore(options: argparse.Namespace) -> int:
    from pathlib import Path

    from quotemark.app.cli_common import library_location
    from quotemark.library import paths
    from quotemark.library.errors import LibraryError
    from quotemark.library.service import Library
    from quotemark.library.store import backups, engine

    chosen_library = library_location()
    if engine.is_url(chosen_library):
        raise LibraryError(
            "quotemark restore puts back a backup of a library file; a shared library's "
            "backups are kept by its PostgreSQL server (pg_dump / pg_restore)."
        )
    library = Path(chosen_library) if chosen_library else paths.library_file()
    found = backups.list_backups(library)
    if options.backup is None:
        if not found:
            print(
                f"no backups of {library} yet (they are kept in {backups.backups_folder(library)})"
            )
            return 0
        for number, backup in enumerate(found, 1):
            print(
                f"{number}\t{backup.made:%Y-%m-%d %H:%M}\t{backup.kind}\t"
                f"{backup.size / 1024 / 1024:.1f} MB\t{backup.path}"
            )
        return 0
    choice = str(options.backup)
    if choice.isdigit() and not Path(choice).exists():
        if not 1 <= int(choice) <= len(found):
            raise LibraryError(
                f"There is no backup number {choice}; 'quotemark restore' lists them."
            )
        chosen = found[int(choice) - 1].path
    else:
        chosen = Path(choice)
    saved = backups.restore(chosen, library)
    with Library.open(library) as opened:
        count = len(opened.posts())
    print(f"restored {chosen} ({count} posts)")
    if saved != library:
        print(f"the library as it was is kept in {saved}")
    return 0


def _print_check(report: CheckReport, *, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "posts": report.posts,
                    "file_problems": list(report.file_problems),
                    "damaged": [
                        {
                            "id": d.post_id,
                            "title": d.title,
                            "parts": list(d.parts),
                            "repairable": d.repairable,
                        }
                        for d in report.damaged
                    ],
                },
                ensure_ascii=False,
            )
        )
        return
    for problem in report.file_problems:
        print(f"library file: {problem}")
    for d in report.damaged:
        how = (
            "quotemark check --repair re-extracts it"
            if d.repairable
            else f"its original is damaged: quotemark delete {d.post_id}, then import it again"
        )
        print(f"post {d.post_id} ({d.title}): damaged {', '.join(d.parts)}; {how}")
    if report.ok:
        print(f"ok: {report.posts} posts checked, no problems found")
    else:
        print(
            f"{len(report.damaged)} damaged post(s) and {len(report.file_problems)} "
            f"problem(s) in the library file, {report.posts} posts checked"
        )
