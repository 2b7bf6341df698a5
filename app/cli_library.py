"""``quotemark library copy SRC DEST``: a whole library into another, a file
into a shared library on PostgreSQL or back (registered by
:mod:`quotemark.app.cli`; the core does the copying)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotemark.app.cli_common import json_line

if TYPE_CHECKING:
    import argparse

SUBCOMMANDS = ("library",)


def add_parsers(sub: Any) -> None:
    """Add ``library copy`` to ``sub`` (an argparse subparsers object)."""
    p = sub.add_parser("library", help="copy a whole library (file <-> PostgreSQL)")
    actions = p.add_subparsers(metavar="ACTION", required=True)
    a = actions.add_parser(
        "copy",
        help="copy every post with its key, clips, corrections and originals into DEST "
        "(empty or an earlier copy; a second run copies nothing)",
    )
    a.add_argument("source", metavar="SRC", help="a library file or a postgresql:// URL")
    a.add_argument("target", metavar="DEST", help="a library file or a postgresql:// URL")
    a.add_argument("--json", action="store_true", help="the counts as one JSON object")
    a.set_defaults(run=_copy)


def _location(value: str) -> Path | str:
    from quotemark.library.store import engine

    return value if engine.is_url(value) else Path(value)


def _copy(options: argparse.Namespace) -> int:
    from quotemark.library.errors import LibraryError
    from quotemark.library.service import Library

    source = _location(options.source)
    if isinstance(source, Path) and not source.is_file():
        raise LibraryError(f"{source}: there is no library file there.", path=str(source))
    with Library.open(source) as origin, Library.open(_location(options.target)) as target:
        report = origin.copy_into(target)
        shown = target.location
    counts = {
        "posts": report.posts,
        "clips": report.clips,
        "corrections": report.corrections,
        "originals": report.originals,
        "images": report.images,
        "already": report.already,
    }
    if options.json:
        json_line(counts)
    else:
        print(
            f"copied {report.posts} post(s), {report.clips} clip(s), "
            f"{report.corrections} correction(s), {report.originals} original(s) and "
            f"{report.images} image(s) into {shown}; {report.already} post(s) were there already"
        )
    return 0
