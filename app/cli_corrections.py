"""The ``quotemark`` subcommands that correct a reading: ``quote``,
``source``, ``edit`` and ``corrections`` (registered by :mod:`quotemark.app.cli`).

Each runs one operation of the core (:mod:`quotemark.library.operations`), so the
same correction made in the app is undoable there and appears in an open
window through the change log. ``--json`` prints the result as one line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from quotemark.app.cli_common import json_line, open_library

if TYPE_CHECKING:
    import argparse

    from quotemark.library.model import Post
    from quotemark.library.service import Library

COMMANDS = ("quote", "source", "edit", "corrections")


def add_parsers(sub: Any) -> None:
    """Add the subcommands to the ``quotemark`` parser's subparsers."""
    p = sub.add_parser(
        "quote",
        help="correct quotations: POST N --speaker NAME | --extent TEXT | --kind partial|direct;"
        " POST add --text EXACT;"
        " POST remove N; POST join N M; POST split N --at TEXT",
        description="Correct the quotations of a post (numbered as 'quotemark show POST' "
        "numbers them). '--speaker \"\"' marks the speaker unknown. On a shared library "
        "the numbers move when someone adds, removes, joins or splits quotations: "
        "--expect says how the quotation you mean begins, and the correction is refused, "
        "nothing changed, when it does not (or when it changes before the write).",
    )
    p.add_argument("post_id", type=int, metavar="POST")
    p.add_argument(
        "what", metavar="N|add|remove|join|split", help="a quotation number, or what to do"
    )
    p.add_argument(
        "numbers", nargs="*", type=int, metavar="N", help="with remove, split: which; join: two"
    )
    p.add_argument("--extent", metavar="TEXT", help="with N: the quotation is exactly TEXT")
    p.add_argument("--at", metavar="TEXT", help="with split: the second part's first words")
    p.add_argument(
        "--kind",
        choices=("partial", "direct"),
        help="with N: partial (only its words are the speaker's, in the writer's sentence) "
        "or direct (a partial quotation's marked words are a quotation of their own)",
    )
    p.add_argument("--speaker", metavar="NAME", help="who said it ('' for unknown)")
    p.add_argument("--role", metavar="ROLE", help="the speaker's role or description")
    p.add_argument("--all", action="store_true", help="every quotation given to the same speaker")
    p.add_argument("--text", metavar="EXACT", help="with add: the exact text to make a quotation")
    p.add_argument(
        "--expect",
        action="append",
        metavar="TEXT",
        help="the quotation's first words as 'show' lists them; refused if it no longer "
        "begins so (join: once for each, in order)",
    )
    p.add_argument("--json", action="store_true", help="print the post's quotations as JSON")
    p.set_defaults(run=_quote)

    p = sub.add_parser("source", help="correct sources: rename OLD NEW; merge NAME... --into NAME")
    actions = p.add_subparsers(metavar="ACTION", required=True)
    rename = actions.add_parser("rename", help="give a source a new name across the library")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(run=_source_rename)
    merge = actions.add_parser("merge", help="make several sources one, in one step")
    merge.add_argument("names", nargs="+", metavar="NAME")
    merge.add_argument("--into", required=True, metavar="NAME", help="the name they share")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(run=_source_merge)
    remove = actions.add_parser("remove", help="say a name is no source")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(run=_source_remove)

    p = sub.add_parser("edit", help="correct a post's citation data")
    p.add_argument("post_id", type=int, metavar="POST")
    p.add_argument("--title", metavar="T")
    p.add_argument(
        "--author",
        action="append",
        metavar="NAME",
        help="repeat for several, in order ('Family, Given', or an organisation in braces: "
        "'{Human Rights Watch}')",
    )
    p.add_argument("--no-authors", action="store_true", help="the post names no author")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the publication date ('' for unknown)")
    p.add_argument("--site", metavar="S")
    p.add_argument("--url", metavar="U")
    p.add_argument("--language", metavar="TAG", help="a language tag such as en or pt-BR")
    p.add_argument(
        "--type",
        dest="entry_type",
        metavar="blog|news|web|journal|preprint|report",
        help="what the post is: a blog post, a news article, a web page, a journal article,"
        " a preprint or a technical report ('' for not said)",
    )
    p.add_argument("--doi", metavar="DOI", help="a journal article's DOI (10.1234/...)")
    p.add_argument("--journal", metavar="J", help="the journal a journal article appeared in")
    p.add_argument("--volume", metavar="V")
    p.add_argument("--issue", metavar="N")
    p.add_argument("--pages", metavar="P", help="first and last page, as 101-118")
    p.add_argument(
        "--archive",
        metavar="A",
        help="where a preprint or report is held: its server (arXiv, SSRN, ...) or the"
        " institution that issued it",
    )
    p.add_argument(
        "--eprint",
        metavar="ID",
        help="its identifier there: the arXiv id (2103.04417), the report's number",
    )
    p.add_argument("--class", dest="eprint_class", metavar="C", help="its arXiv class (cs.CL)")
    p.add_argument(
        "--publisher", metavar="P", help="who published it (a journal's or a report's publisher)"
    )
    p.add_argument("--key", metavar="K", help="the post's citation key")
    p.add_argument("--json", action="store_true", help="print the post's citation data as JSON")
    p.set_defaults(run=_edit)

    p = sub.add_parser("corrections", help="every correction: the machine's reading and yours")
    p.add_argument("--json", action="store_true", help="one JSON object per correction and line")
    p.set_defaults(run=_corrections)


def _quotes_json(post: Post) -> dict[str, Any]:
    from quotemark.library.pipeline import quote_json

    quotes = [{"number": n, **quote_json(q)} for n, q in enumerate(post.analysis.quotes, 1)]
    return {"post_id": post.id, "quotes": quotes}


def _quote(options: argparse.Namespace) -> int:
    from quotemark.library.errors import InvalidCorrection
    from quotemark.library.operations import (
        AddQuote,
        JoinQuotes,
        RemoveQuote,
        SetExtent,
        SetQuoteKind,
        SetSpeaker,
        SplitQuote,
    )

    post_id = options.post_id
    what = options.what
    operation: Any
    if what == "add":
        if not options.text:
            raise InvalidCorrection("Say which text becomes a quotation: --text EXACT.")
        operation = AddQuote(post_id, options.text, name=options.speaker, role=options.role)
    elif what == "remove":
        operation = RemoveQuote(post_id, _one(options, "remove"))
    elif what == "split":
        if not options.at:
            raise InvalidCorrection("Say where the second part starts: --at TEXT.")
        operation = SplitQuote(post_id, _one(options, "split"), options.at)
    elif what == "join":
        if len(options.numbers) != 2:
            raise InvalidCorrection(
                f"Say which two quotations to join: quotemark quote {post_id} join N M."
            )
        operation = JoinQuotes(post_id, options.numbers[0], options.numbers[1])
    elif what.isdigit() and options.kind is not None:
        operation = SetQuoteKind(post_id, int(what), options.kind == "partial")
    elif what.isdigit() and options.extent is not None:
        operation = SetExtent(post_id, int(what), options.extent)
    elif what.isdigit():
        if options.speaker is None:
            raise InvalidCorrection(
                f"Say who said quotation {what}: --speaker NAME [--role ROLE] "
                "(--speaker '' for unknown), its extent: --extent TEXT, or its kind: "
                "--kind partial|direct."
            )
        operation = SetSpeaker(post_id, int(what), options.speaker, options.role, every=options.all)
    else:
        raise InvalidCorrection(
            f"{what!r} is not a quotation number, add, remove, join or split. "
            f"See the quotations with: quotemark show {post_id}"
        )
    named = _named(options, operation)
    with open_library() as library:
        if options.expect:
            operation = _expecting(library, operation, named, options.expect)
        result = library.run(operation)
        post = library.post(post_id)
    if options.json:
        json_line(_quotes_json(post))
    else:
        print(result.label)
    return 0


def _named(options: argparse.Namespace, operation: Any) -> tuple[int, ...]:
    """The quotation numbers the command names, checked against the
    ``--expect`` given (one for each, in order)."""
    from quotemark.library.errors import InvalidCorrection
    from quotemark.library.operations import AddQuote

    if isinstance(operation, AddQuote):
        numbers: tuple[int, ...] = ()
    elif options.what.isdigit():
        numbers = (int(options.what),)
    else:
        numbers = tuple(options.numbers)
    expect = options.expect or []
    if expect and len(expect) != len(numbers):
        wanted = " and ".join(f"--expect for quotation {n}" for n in numbers)
        raise InvalidCorrection(
            f"Give {wanted}: how it begins as 'quotemark show {options.post_id}' lists it."
            if numbers
            else "--expect names the quotation a correction is for; add makes a new one."
        )
    return numbers


def _expecting(
    library: Library, operation: Any, numbers: tuple[int, ...], expect: list[str]
) -> Any:
    """``operation`` carrying the quotations it names as they read now,
    each checked against how the user says it begins: the core compares
    them again inside its write, so a change made between is refused too."""
    from dataclasses import replace

    from quotemark.library.operations import JoinQuotes, SeenQuote

    analysis = library.post(operation.post_id).analysis
    seen = tuple(
        SeenQuote.expect(analysis, number, begins)
        for number, begins in zip(numbers, expect, strict=True)
    )
    return replace(operation, seen=seen if isinstance(operation, JoinQuotes) else seen[0])


def _one(options: argparse.Namespace, action: str) -> int:
    from quotemark.library.errors import InvalidCorrection

    if len(options.numbers) != 1:
        raise InvalidCorrection(
            f"Say which quotation: quotemark quote {options.post_id} {action} N."
        )
    return int(options.numbers[0])


def _sources_json(library: Library) -> list[dict[str, Any]]:
    return [
        {"id": s.id, "name": s.name, "kind": str(s.kind), "posts": s.post_count}
        for s in library.sources()
    ]


def _run_source(options: argparse.Namespace, operation: Any) -> int:
    with open_library() as library:
        result = library.run(operation)
        if options.json:
            json_line(
                {"done": result.label, "made_by": library.who, "sources": _sources_json(library)}
            )
        else:
            print(result.label)
    return 0


def _source_rename(options: argparse.Namespace) -> int:
    from quotemark.library.operations import RenameSource

    return _run_source(options, RenameSource(options.old, options.new))


def _source_merge(options: argparse.Namespace) -> int:
    from quotemark.library.operations import MergeSources

    return _run_source(options, MergeSources(tuple(options.names), options.into))


def _source_remove(options: argparse.Namespace) -> int:
    from quotemark.library.operations import RemoveSource

    return _run_source(options, RemoveSource(options.name))


def _edit(options: argparse.Namespace) -> int:
    from quotemark.library.errors import InvalidCorrection
    from quotemark.library.operations import EditMetadata
    from quotemark.library.pipeline import metadata_json

    fields: list[tuple[str, Any]] = []
    for name, value in (
        ("title", options.title),
        ("published", options.date),
        ("site", options.site),
        ("url", options.url),
        ("language", options.language),
        ("entry_type", options.entry_type),
        ("doi", options.doi),
        ("journal", options.journal),
        ("volume", options.volume),
        ("issue", options.issue),
        ("pages", options.pages),
        ("archive", options.archive),
        ("eprint", options.eprint),
        ("eprint_class", options.eprint_class),
        ("publisher", options.publisher),
    ):
        if value is not None:
            fields.append((name, value))
    if options.author is not None or options.no_authors:
        fields.append(("authors", [] if options.no_authors else options.author))
    if not fields and options.key is None:
        raise InvalidCorrection(
            "Say what to correct: --title, --author, --date, --site, --url, --language, "
            "--type, --doi, --journal, --volume, --issue, --pages, --archive, --eprint, "
            "--class, --publisher or --key."
        )
    with open_library() as library:
        result = library.run(EditMetadata(options.post_id, tuple(fields), key=options.key))
        post = library.post(options.post_id)
    if options.json:
        meta = post.metadata
        json_line({"id": post.id, "key": post.key, **metadata_json(meta), "type": meta.entry_type})
    else:
        print(result.label)
    return 0


def _corrections(options: argparse.Namespace) -> int:
    with open_library() as library:
        found = library.corrections()
    for item in found:
        if options.json:
            json_line(item)
        else:
            post = item.get("post", {})
            where = f"post {post['id']}" if post else "library"
            fits = "" if item["fits"] else "  (no longer fits)"
            print(
                f"{where}\t{item['kind']}\t{json.dumps(item['machine'], ensure_ascii=False)}"
                f" -> {json.dumps(item['researcher'], ensure_ascii=False)}{fits}"
            )
    return 0
