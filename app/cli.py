"""The ``quotemark`` command.

Subcommands work on the core (:mod:`library`) only and never import Qt, so
scripts start fast; ``quotemark [FILE...]`` without a subcommand opens the
GUI (imported lazily). Every expected problem prints ``quotemark: problem``
on stderr and exits 1; a :class:`~quotemark.library.errors.QuotemarkError` never shows
a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from quotemark.app.cli_common import (
    fill_quoted_by,
    fill_search,
    json_line,
    open_library,
    shown_in,
    shown_name,
)

if TYPE_CHECKING:
    import argparse

    from quotemark.library.model import Clip, Post, PostSummary
    from quotemark.library.operations import ReextractReport
    from quotemark.library.service import ImportReport, ImportResult, Library

from quotemark.app.cli_body import COMMANDS as BODY_COMMANDS
from quotemark.app.cli_collections import SUBCOMMANDS as CLI_COLLECTIONS
from quotemark.app.cli_corrections import COMMANDS as CORRECTION_COMMANDS
from quotemark.app.cli_library import SUBCOMMANDS as CLI_LIBRARY

PROG = "quotemark"
SUBCOMMANDS = (
    "extract",
    "import",
    "posts",
    "show",
    "search",
    "sources",
    "clip",
    "clips",
    "export",
    "delete",
    "reextract",
    "check",
    "restore",
    "verify",
    *CORRECTION_COMMANDS,
    *BODY_COMMANDS,
    *CLI_COLLECTIONS,
    *CLI_LIBRARY,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process arguments);
    returns the exit status."""
    _frozen_support()
    args = list(sys.argv[1:] if argv is None else argv)
    location, args = _library_option(args)
    if location is not None:
        from quotemark.app.cli_common import choose_library

        choose_library(location)
    if not args or args[0] not in (*SUBCOMMANDS, "-h", "--help", "--version"):
        # quotemark --library URL [FILE...]: the window on that library.
        return _gui(args, location)
    options: Any = _listing_options(args)
    if options is None:
        parser = _parser(only=args[0] if args[0] in SUBCOMMANDS else None)
        options = parser.parse_args(args)
    command: Callable[[argparse.Namespace], int] = options.run
    from quotemark.library.errors import QuotemarkError

    try:
        return command(options)
    except QuotemarkError as error:
        _fail(error)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `quotemark posts | head`: the reader left; that is not an error.
        # Point stdout at /dev/null so the flush at exit cannot fail again
        # (the recipe in Python's signal module documentation).
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _library_option(args: list[str]) -> tuple[str | None, list[str]]:
    """``--library FILE_OR_URL`` (or ``--library=...``) before the
    subcommand, and the arguments without it."""
    if args and args[0].startswith("--library="):
        return args[0].partition("=")[2], args[1:]
    if args and args[0] == "--library":
        if len(args) < 2:
            print(f"{PROG}: --library needs a file or a postgresql:// URL", file=sys.stderr)
            raise SystemExit(2)
        return args[1], args[2:]
    return None, args


def _listing_options(args: list[str]) -> Any:
    """``quotemark posts`` and ``quotemark posts --json`` as the parser
    reads them (the same names and values, :func:`_posts` to run), without
    building the parser: importing argparse, its translations' look-ups and
    the help formatter's terminal width (shutil) were ~10% of the CPU to the
    first line of ``posts --json`` (issue 15). ``None`` for any other
    arguments: the parser reads those, with its checks, help and errors."""
    if args not in (["posts"], ["posts", "--json"]):
        return None
    from types import SimpleNamespace

    return SimpleNamespace(version=None, library=None, json=len(args) == 2, run=_posts)


def gui_main() -> int:
    """The ``quotemark-gui`` entry point: always the GUI."""
    _frozen_support()
    location, args = _library_option(sys.argv[1:])
    return _gui(args, location)


def _frozen_support() -> None:
    # A PyInstaller build starts import workers by running this executable
    # again; freeze_support() turns such a start into the worker.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


def _gui(args: list[str], location: str | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Open the Quotemark reader (with files: import and open them). "
        f"Subcommands for scripts: {', '.join(SUBCOMMANDS)} (see {PROG} SUBCOMMAND --help).",
    )
    parser.add_argument("files", nargs="*", type=Path, help="saved posts to open")
    parser.add_argument(
        "--first-run-sample",
        action="store_true",
        help="on an empty library, offer the sample post",
    )
    options = parser.parse_args(args)
    from quotemark.app.gui import run

    library: Path | str | None = None
    if location is not None:
        from quotemark.library.store import engine

        library = location if engine.is_url(location) else Path(location)
    return int(run(options.files, first_run_sample=options.first_run_sample, library=library))


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command's parser; with ``only``, the arguments of that subcommand
    alone (the others' are never read on that run)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Quotemark: read saved web posts with their quotations, speakers and "
        f"sources marked; clip passages; export citations. '{PROG} [FILE...]' opens the app.",
    )
    parser.add_argument(
        "--version",
        action=_version_action(),
        nargs=0,
        help="show program's version number and exit",
    )
    parser.add_argument(
        "--library",
        metavar="FILE_OR_URL",
        help="work on this library instead of your own: a file, or a shared library on "
        "PostgreSQL (postgresql://host/dbname; the password from ~/.pgpass or PGPASSWORD); "
        "default: $QUOTEMARK_LIBRARY",
    )
    # prog given: argparse would otherwise build a help formatter (and import
    # shutil) to work out the same "quotemark".
    sub: Any = parser.add_subparsers(metavar="SUBCOMMAND", prog=PROG)
    if only is not None:
        sub = _OneSubcommand(sub, only)

    p = sub.add_parser("extract", help="print what Quotemark extracts (library untouched)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file and line")
    p.set_defaults(run=_extract)

    p = sub.add_parser("import", help="import saved posts (files or folders)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument(
        "--replace",
        action="store_true",
        help="a file saved again from a stored post's address whose text changed replaces "
        "that post (clips found again or marked lost, corrections kept)",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per input and line")
    p.set_defaults(run=_import)

    p = sub.add_parser("posts", help="list the library's posts, newest import first")
    p.add_argument("--json", action="store_true", help="one JSON object per post and line")
    p.set_defaults(run=_posts)

    p = sub.add_parser("show", help="show one post with its quotations and sources")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_show)

    p = sub.add_parser("search", help="full-text search over titles, text and clips")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(run=_search)

    p = sub.add_parser("sources", help="sources cited across the library, most cited first")
    p.add_argument("--post", type=int, metavar="POST_ID", help="only those one post cites")
    p.add_argument("--json", action="store_true", help="one JSON object per source and line")
    p.set_defaults(run=_sources)

    p = sub.add_parser("clip", help="keep a passage of a post; prints the clip's id and key")
    p.add_argument("post_id", type=int, metavar="POST_ID")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", metavar="EXACT", help="the exact text to clip")
    what.add_argument("--quote", type=int, metavar="N", help="quotation N (as 'show' numbers)")
    what.add_argument("--paragraph", type=int, metavar="N", help="paragraph N (margin number)")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    p.set_defaults(run=_clip)

    p = sub.add_parser("clips", help="list clips, oldest first")
    p.add_argument("--json", action="store_true", help="one JSON object per clip and line")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--post", type=int, metavar="POST_ID")
    p.add_argument(
        "--mine",
        action="store_true",
        help="only the clips you made (your database role, OS user or display name)",
    )
    p.set_defaults(run=_clips)

    p = sub.add_parser("export", help="export citations (stdout without -o)")
    p.add_argument(
        "--format",
        default="biblatex",
        choices=("biblatex", "bibtex", "csl-json", "ris", "markdown"),
    )
    p.add_argument("--posts-only", action="store_true", help="leave clip entries out")
    p.add_argument("--tag", metavar="T", help="only clips with this tag (and their posts)")
    p.add_argument("--collection", metavar="PATH", help="only the posts of this collection")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    p.add_argument(
        "--watch",
        action="store_true",
        help="keep FILE (-o) current: rewrite it whenever the library changes (Ctrl+C stops)",
    )
    p.set_defaults(run=_export)

    p = sub.add_parser("delete", help="delete a post (with clips: --force)")
    p.add_argument("post_id", type=int, metavar="POST_ID")
    p.add_argument("--force", action="store_true", help="also delete the post's clips")
    p.set_defaults(run=_delete)

    p = sub.add_parser("reextract", help="extract stored posts again, keeping clips and keys")
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.set_defaults(run=_reextract)

    from quotemark.app.cli_health import add_parsers
    from quotemark.app.cli_verify import add_parsers as add_verify

    add_parsers(sub)
    add_verify(sub)

    from quotemark.app import cli_corrections

    cli_corrections.add_parsers(sub)

    from quotemark.app import cli_body

    cli_body.add_parsers(sub)

    from quotemark.app import cli_collections, cli_library

    cli_collections.add_parsers(sub)
    cli_library.add_parsers(sub)
    return parser


class _OneSubcommand:
    """Builds the parser of one subcommand and skips every other's: their 120
    arguments were ~8 ms of the start of ``quotemark posts`` (issue 15)."""

    def __init__(self, sub: Any, name: str) -> None:
        self._sub = sub
        self._name = name

    def add_parser(self, name: str, **settings: Any) -> Any:
        if name == self._name:
            return self._sub.add_parser(name, **settings)
        return _Skipped()


class _Skipped:
    """Stands for a subcommand's parser that this run does not build: takes
    its arguments, groups and actions and keeps none of them."""

    def __getattr__(self, _name: str) -> Callable[..., _Skipped]:
        return self._take

    def _take(self, *_args: Any, **_settings: Any) -> _Skipped:
        return self


def _version_action() -> type[argparse.Action]:
    """The action of ``--version`` (a class made when the parser is built:
    ``posts`` without the parser imports no argparse)."""
    import argparse

    class VersionAction(argparse.Action):
        """``--version``, with the installed version read only when asked:
        reading package metadata imports importlib.metadata and the email
        package, a fifth of the start of ``quotemark posts``."""

        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            values: object,
            option_string: str | None = None,
        ) -> None:
            print(f"{PROG} {_version()}")
            parser.exit()

    return VersionAction


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quotemark")
    except PackageNotFoundError:
        return "unknown"


def _fail(error: Any) -> None:
    message = str(error.message)
    path = getattr(error, "path", None)
    if path and path not in message:
        message = f"{path}: {message}"
    print(f"{PROG}: {message}", file=sys.stderr)


# -- subcommands -----------------------------------------------------------


def _extract(options: argparse.Namespace) -> int:
    from quotemark.library.errors import QuotemarkError
    from quotemark.library.pipeline import process, to_json
    from quotemark.library.store.batch import freeze_loaded

    freeze_loaded()
    failed = False
    for path in options.files:
        try:
            processed = process(path)
        except QuotemarkError as error:
            failed = True
            if options.json:
                json_line({"file": str(path), "error": error.message})
            else:
                _fail(error)
            continue
        if options.json:
            json_line(to_json(str(path), processed))
            continue
        meta = processed.article.metadata
        print(f"{path}")
        print(f"  title:     {meta.title}")
        print(f"  authors:   {', '.join(meta.authors) or '-'}")
        print(f"  published: {meta.published or '-'}")
        print(f"  site:      {meta.site or '-'}")
        print(f"  url:       {meta.url or '-'}")
        print(
            f"  {len(processed.article.blocks)} blocks, {len(processed.analysis.quotes)} "
            f"quotations, {len(processed.analysis.sources)} sources"
        )
    return 1 if failed else 0


def _import(options: argparse.Namespace) -> int:
    from quotemark.library.importers.webpage_complete import left_out_words
    from quotemark.library.service import ImportStatus
    from quotemark.library.store.batch import freeze_loaded

    progress = None
    if sys.stderr.isatty():

        def progress(done: int, total: int, path: str) -> None:
            # A terminal sees the batch move; scripts and pipes get only results.
            end = "\n" if done == total else ""
            print(f"\rimporting {done}/{total}", end=end, file=sys.stderr, flush=True)

    with open_library() as library:
        freeze_loaded()
        report = library.import_paths(options.paths, progress=progress)
        replaced = _replace(library, report) if options.replace else None
    failed = bool(report.failed) or bool(replaced and replaced.report.failed)
    for result in report.results:
        if options.json:
            json_line(_import_json(result, replaced))
            continue
        name = shown_name(result.path)  # one line per input, whatever the file's name
        if result.status is ImportStatus.IMPORTED:
            print(f"{result.post_id}\t{result.title}\t({name})")
            if result.repaired:
                # A note, not a result line: the lines above stay one per post.
                note = _repaired_line(result.repaired)
                where = f"{PROG} show {result.post_id}"
                print(f"{PROG}: note: {name}: {note} ({where})", file=sys.stderr)
            if result.images_left_out:
                note = left_out_words(result.images_left_out)
                print(f"{PROG}: note: {name}: {note}", file=sys.stderr)
        elif result.status is ImportStatus.DUPLICATE:
            print(f"{name}: {_duplicate_message(result, replaced)}")
        elif result.status is ImportStatus.CANCELLED:
            print(f"{name}: skipped (cancelled)")
        elif result.status is ImportStatus.SKIPPED:
            print(shown_in(result.message, result.path))  # a PDF, an image, ...: not an error
        else:
            message = result.message
            if result.path not in message:
                message = f"{result.path}: {message}"
            print(f"{PROG}: {shown_in(message, result.path)}", file=sys.stderr)
    if replaced is not None:
        for message in replaced.report.messages:  # clips lost, corrections kept, files refused
            told = message
            for result in report.replaceable:
                told = shown_in(told, result.path)
            print(f"{PROG}: {told}", file=sys.stderr)
    return 1 if failed else 0


class _Replaced(NamedTuple):
    """What ``import --replace`` did: the report of its one
    :class:`~quotemark.library.operations.ReimportPosts`, and the file each
    post was given (the first named, when two files are copies of one post).
    A NamedTuple, not a dataclass: importing dataclasses would slow every
    command's start (issue 15)."""

    report: ReextractReport
    files: dict[int, str]

    def took(self, result: ImportResult) -> bool:
        """Whether ``result``'s file replaced its post."""
        return (
            result.post_id is not None
            and self.files.get(result.post_id) == result.path
            and result.post_id in self.report.change.posts_changed
        )


def _replace(library: Library, report: ImportReport) -> _Replaced | None:
    """``import --replace``: the posts whose new copy differs replaced by it,
    as the window's "Replace with the new copy" does (one operation, so an
    open window follows, as after its own); ``None``
    when no file differs from its post."""
    from quotemark.library.operations import ReimportPosts

    files: dict[int, str] = {}
    for result in report.replaceable:
        if result.post_id is not None:
            files.setdefault(result.post_id, result.path)
    if not files:
        return None
    items = tuple((post_id, Path(path)) for post_id, path in files.items())
    return _Replaced(library.run(ReimportPosts(items)).value, files)


def _duplicate_message(result: ImportResult, replaced: _Replaced | None) -> str:
    """What ``import`` says of a file already in the library: with
    ``--replace``, that its copy replaced the stored post; without, how to
    have it do so."""
    if replaced is not None and replaced.took(result):
        return f"replaced post {result.post_id} ({result.title}) with this copy"
    if result.differs and replaced is None:
        return f"{result.message}; add --replace to replace it with this copy"
    if result.differs and replaced is not None and result.post_id in replaced.report.failed:
        return f"{result.message} (this copy could not replace it: see below)"
    return result.message


def _import_json(result: ImportResult, replaced: _Replaced | None) -> dict[str, Any]:
    """One input of ``import --json``: the file's name as it is (JSON
    escapes a newline), what happened, and the post."""
    return {
        "file": result.path,
        "status": "replaced" if replaced is not None and replaced.took(result) else result.status,
        "id": result.post_id,
        "title": result.title,
        "message": result.message,
        "repaired": result.repaired,
        "differs": result.differs,
        "images_left_out": list(result.images_left_out),
    }


def _repaired_line(places: int, samples: Sequence[tuple[str, str]] = ()) -> str:
    """What the command says of text the import restored: "text garbled by
    a wrong encoding restored in 4 places (PeÃ±a -> Peña)"."""
    where = "1 place" if places == 1 else f"{places} places"
    shown = "; ".join(f"{was} -> {now}" for was, now in samples)
    return f"text garbled by a wrong encoding restored in {where}" + (
        f" ({shown})" if shown else ""
    )


def _summary_json(row: PostSummary) -> dict[str, Any]:
    return {
        "id": row.id,
        "key": row.key,
        "title": row.title,
        "authors": list(row.authors),
        "published": row.published,
        "site": row.site,
        "url": row.url,
        "imported": row.imported,
        "imported_by": row.imported_by,
        "quotes": row.quote_count,
        "clips": row.clip_count,
        "damaged": row.damaged,
    }


def _summary_text(row: PostSummary) -> str:
    date = (row.published or "")[:10] or "-"
    who = ", ".join(row.authors) or row.site or "-"
    title = f"[damaged: quotemark check] {row.title}" if row.damaged else row.title
    return f"{row.id}\t{row.key}\t{date}\t{who}\t{title}"


def _posts(options: argparse.Namespace) -> int:
    # Streamed: the first lines are out before the library is read to the end,
    # written a chunk at a time (100,000 print() and json.dumps() calls were
    # half the command's time; --json builds its lines from the rows).
    if options.json and _posts_json_direct():
        return 0
    with open_library() as library:
        if options.json:
            from quotemark.app.cli_posts import write_json

            rows = library.stream_post_rows()
            try:
                write_json(rows)
            finally:
                rows.close()  # while the library is open, also when the reader left early
            return 0
        lines: list[str] = []
        first = True
        for row in library.stream_posts():
            lines.append(_summary_text(row))
            if first or len(lines) >= 1_000:
                sys.stdout.write("\n".join(lines) + "\n")
                if first:
                    sys.stdout.flush()  # a pipe sees the first post at once
                lines.clear()
                first = False
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _posts_json_direct() -> bool:
    """``posts --json`` on a shared library through libpq directly
    (:func:`quotemark.library.store.listing.stream_shared_rows`): the same
    lines without importing psycopg (~0.15 s of CPU, most of the time to
    the first line). ``False`` when that path does not cover the library
    (nothing written then): the ordinary path runs."""
    import itertools

    from quotemark.app.cli_common import library_location
    from quotemark.library.store import engine

    location = library_location()
    if location is None or not engine.is_url(location):
        return False
    from quotemark.app.cli_posts import SHARED_LINE_COLUMNS, shared_json_lines, write_lines
    from quotemark.library.store import libpq, listing
    from quotemark.library.store.db import DEFAULT_TIMEOUT

    rows = listing.stream_shared(
        location, listing.Listing(), SHARED_LINE_COLUMNS, timeout=DEFAULT_TIMEOUT
    )
    try:
        try:
            first = next(rows, None)
        except libpq.NotHere:
            return False
        write_lines(shared_json_lines(itertools.chain([first] if first else [], rows)))
        return True
    finally:
        rows.close()  # also when the reader left early: the connection ends


def _post_json(post: Post) -> dict[str, Any]:
    from quotemark.library.pipeline import metadata_json, quote_json

    return {
        "id": post.id,
        "key": post.key,
        **metadata_json(post.metadata),
        "imported": post.imported,
        "imported_by": post.imported_by,
        "file": post.file_name,
        "blocks": [{"kind": str(b.kind), "text": b.text} for b in post.blocks],
        "quotes": [
            {"number": number, **quote_json(q)} for number, q in enumerate(post.analysis.quotes, 1)
        ],
        "sources": [
            {"name": s.name, "kind": str(s.kind), "url": s.url} for s in post.analysis.sources
        ],
    }


def _show(options: argparse.Namespace) -> int:
    from quotemark.library.model import paragraph_numbers

    with open_library() as library:
        post = library.post(options.id)
        clips = library.clips(post_id=options.id)
        repaired = library.text_repair(options.id)
        reading = library.reading(options.id)
    if options.json:
        data = _post_json(post)
        data["clips"] = [_clip_json(c) for c in clips]
        # Where the text differs from the saved file: mojibake restored.
        data["repaired"] = repaired.to_json() if repaired is not None else None
        # Part N of M of a longer article; text from the page's data.
        data["reading"] = reading.to_json() if reading else None
        json_line(data)
        return 0
    meta = post.metadata
    print(meta.title)
    print(f"  key:       {post.key}")
    print(f"  authors:   {', '.join(meta.authors) or '-'}")
    print(f"  published: {meta.published or '-'}")
    print(f"  site:      {meta.site or '-'}")
    print(f"  url:       {meta.url or '-'}")
    by = f" by {post.imported_by}" if post.imported_by else ""
    print(f"  imported:  {post.imported}{by} from {post.file_name}")
    if repaired is not None:
        print(f"  repaired:  {_repaired_line(repaired.places, repaired.samples)}")
    if reading:
        print(f"  text:      {reading.told()}")
    print()
    for number, block in zip(paragraph_numbers(post.blocks), post.blocks, strict=True):
        mark = f"{number:>3}" if number is not None else "   "
        text = block.text.replace("\u2028", "\n      ")
        if str(block.kind) == "heading":
            print(f"     ## {text}")
        elif str(block.kind) == "image":
            print(f"     [image{': ' + text if text else ''}]")
        else:
            print(f"{mark}  {text}")
    if post.analysis.quotes:
        print("\nQuotations:")
        for number, quote in enumerate(post.analysis.quotes, 1):
            who = quote.speaker.label if quote.speaker else "?"
            print(f"  {number}. [{who}] {quote.span.text}")
    if post.analysis.sources:
        print("\nSources:")
        for source in post.analysis.sources:
            print(f"  - {source.name} ({source.kind})")
    if clips:
        print("\nClips:")
        for clip in clips:
            print(f"  {clip.id}\t{clip.key}\t¶{clip.paragraph}\t{clip.text}")
    return 0


def _search(options: argparse.Namespace) -> int:
    with open_library() as library:
        fill_search(library)
        hits = library.search(options.query, limit=options.limit)
    for hit in hits:
        if options.json:
            data = _summary_json(hit.post)
            data["snippet"] = hit.snippet
            json_line(data)
        else:
            print(_summary_text(hit.post))
            print("\t" + " ".join(hit.snippet.split()))
    return 0


def _sources(options: argparse.Namespace) -> int:
    with open_library() as library:
        if options.post is not None:
            library.post_summary(options.post)
        found = library.sources(post_id=options.post)
    for source in found:
        if options.json:
            json_line(
                {
                    "id": source.id,
                    "name": source.name,
                    "kind": str(source.kind),
                    "url": source.url,
                    "posts": source.post_count,
                    "mentions": source.mention_count,
                }
            )
        else:
            print(
                f"{source.id}\t{source.name}\t{source.kind}\t{source.post_count} post(s)\t"
                f"{source.mention_count} mention(s)"
            )
    return 0


def _clip_json(clip: Clip) -> dict[str, Any]:
    return {
        "id": clip.id,
        "post_id": clip.post_id,
        "key": clip.key,
        "text": clip.text,
        "speaker": clip.speaker,
        "role": clip.role,
        "quoted_by": clip.quoted_by,
        "paragraph": clip.paragraph,
        "note": clip.note,
        "tags": list(clip.tags),
        "created": clip.created,
        "made_by": clip.made_by,
    }


def _clip(options: argparse.Namespace) -> int:
    with open_library() as library:
        span = library.find_span(
            options.post_id, text=options.text, quote=options.quote, paragraph=options.paragraph
        )
        clip, _ = library.clip(options.post_id, span, note=options.note, tags=options.tag)
    print(f"{clip.id}\t{clip.key}")
    return 0


def _clips(options: argparse.Namespace) -> int:
    from quotemark.library.model import quoted_by_words

    with open_library() as library:
        fill_quoted_by(library)
        clips = library.clips(post_id=options.post, tag=options.tag, mine=options.mine)
    for clip in clips:
        if options.json:
            json_line(_clip_json(clip))
        else:
            # As the Clips tab's Speaker column: a nested quotation's speaker
            # is often a role alone ("Ada Lind’s father"), which must stay
            # before who quoted it, not leave "quoted by Ada Lind" alone.
            spoke = clip.speaker or (clip.role if clip.quoted_by else None)
            said = quoted_by_words(spoke or "", clip.quoted_by)
            who = f" [{said}]" if said else ""
            print(f"{clip.id}\t{clip.key}\t¶{clip.paragraph}{who}\t{clip.text}")
    return 0


def _export(options: argparse.Namespace) -> int:
    from quotemark.library.service import ExportScope

    scope = ExportScope(tag=options.tag) if options.tag else None
    if options.watch:
        return _watch(options, scope)
    with open_library() as library:
        fill_quoted_by(library)
        if options.collection:
            from quotemark.app.cli_collections import export_scope_posts

            posts = export_scope_posts(library, options.collection)
            scope = ExportScope(tag=options.tag, post_ids=posts)
        if options.output is None:
            sys.stdout.write(
                library.export(options.format, scope=scope, posts_only=options.posts_only)
            )
            return 0
        count = library.export_to_file(
            options.output, options.format, scope=scope, posts_only=options.posts_only
        )
    print(f"{count} entries written to {options.output}", file=sys.stderr)
    return 0


def _watch(options: argparse.Namespace, scope: Any) -> int:
    from quotemark.library.watch import WatchOptions, watch

    if options.output is None:
        print(f"{PROG}: --watch needs a file to keep current: add -o FILE", file=sys.stderr)
        return 2

    def wrote(count: int) -> None:
        print(f"{count} entries written to {options.output}", file=sys.stderr, flush=True)

    with open_library() as library:
        fill_quoted_by(library)
        # The collection is found once by its path (a missing one is an error
        # before watching starts); its posts are read again at each write.
        collection = library.find_collection(options.collection) if options.collection else None
        settings = WatchOptions(options.format, scope, options.posts_only, collection=collection)
        print(f"watching the library; {options.output} stays current (Ctrl+C stops)",
              file=sys.stderr, flush=True)  # fmt: skip
        try:
            watch(library, options.output, settings, stop=lambda: False, wrote=wrote)
        except KeyboardInterrupt:
            return 0
    return 0


def _delete(options: argparse.Namespace) -> int:
    with open_library() as library:
        summary = library.post_summary(options.post_id)
        _, change = library.delete_post(options.post_id, force=options.force)
    clips = len(change.clips_removed)
    extra = f" and its {clips} clip(s)" if clips else ""
    print(f"deleted post {summary.id} ({summary.title}){extra}")
    return 0


def _reextract(options: argparse.Namespace) -> int:
    with open_library() as library:
        report = library.reextract_posts(options.ids or None)
    for post_id in report.change.posts_changed:
        print(f"re-extracted post {post_id}")
    for message in report.messages:
        print(f"{PROG}: {message}", file=sys.stderr)
    return 1 if report.failed else 0
