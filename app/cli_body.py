"""``quotemark body``: see and correct a post's body (registered by
:mod:`quotemark.app.cli`).

``body POST`` lists the paragraphs (numbered as ``remove`` takes them) and
the corrections made; ``add --text EXACT`` adds a passage of the stored
original page back where it stands in the page; ``remove N`` removes
paragraph N; ``drop ID`` takes a correction back. Each change is one core
operation, so it is undoable in the app and appears in an open window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotemark.app.cli_common import json_line, open_library

if TYPE_CHECKING:
    import argparse

    from quotemark.library.service import Library

COMMANDS = ("body",)


def add_parsers(sub: Any) -> None:
    """Add ``body`` to the ``quotemark`` parser's subparsers."""
    p = sub.add_parser(
        "body",
        help="a post's paragraphs and their corrections: POST [list]; POST add --text EXACT;"
        " POST remove N; POST drop ID",
        description="See and correct the body of a post: add back a passage the extraction "
        "dropped (exactly as it reads in the stored original page), remove a paragraph it "
        "kept (numbered as 'quotemark body POST' lists them), or drop a correction made.",
    )
    p.add_argument("post_id", type=int, metavar="POST")
    p.add_argument(
        "what",
        nargs="?",
        default="list",
        metavar="list|add|remove|drop",
        help="what to do (default: list)",
    )
    p.add_argument("number", nargs="?", type=int, metavar="N", help="remove: paragraph N")
    p.add_argument("--text", metavar="EXACT", help="add: the passage as the original reads")
    p.add_argument("--json", action="store_true", help="print the body and corrections as JSON")
    p.set_defaults(run=_body)


def _body(options: argparse.Namespace) -> int:
    from quotemark.library.errors import InvalidCorrection
    from quotemark.library.operations import AddPassage, PutBody, RemoveParagraph

    post_id = options.post_id
    what = options.what
    operation: Any = None
    if what == "add":
        if not options.text:
            raise InvalidCorrection("Say which passage of the original page to add: --text EXACT.")
        operation = AddPassage(post_id, options.text)
    elif what in ("remove", "drop"):
        if options.number is None:
            which = "paragraph N" if what == "remove" else "correction ID"
            raise InvalidCorrection(
                f"Say which {which}: quotemark body {post_id} {what} "
                f"{'N' if what == 'remove' else 'ID'} (see quotemark body {post_id})."
            )
        if what == "remove":
            operation = RemoveParagraph(post_id, options.number)
        else:
            operation = PutBody(post_id, remove=(options.number,), label="Drop body correction")
    elif what != "list":
        raise InvalidCorrection(
            f"{what!r} is not list, add, remove or drop. See the body with: "
            f"quotemark body {post_id}"
        )
    with open_library() as library:
        if what == "drop":
            _check_drop(library, post_id, options.number)
        result = library.run(operation) if operation is not None else None
        listing = _listing(library, post_id)
    if options.json:
        if result is not None:
            listing = {"done": result.label, **listing}
            if result.value.message:
                listing["message"] = result.value.message
        json_line(listing)
        return 0
    if result is not None:
        print(result.label)
        if result.value.message:
            print(result.value.message)
        return 0
    _print(listing)
    return 0


def _check_drop(library: Library, post_id: int, ident: int) -> None:
    from quotemark.library.errors import InvalidCorrection

    if not any(row.id == ident for row in library.body_corrections(post_id)):
        raise InvalidCorrection(
            f"Post {post_id} has no body correction {ident}. See them with: "
            f"quotemark body {post_id}"
        )


def _listing(library: Library, post_id: int) -> dict[str, Any]:
    from quotemark.library.store.body import ADD

    post = library.post(post_id)
    corrections = []
    for row in library.body_corrections(post_id):
        item: dict[str, Any] = {
            "id": row.id,
            "kind": "add" if row.kind == ADD else "remove",
            "text": row.target,
            "made": row.made,
            "fits": not (isinstance(row.machine, dict) and row.machine.get("fits") is False),
        }
        if row.kind == ADD:
            item["after"] = row.value.get("after", "") if isinstance(row.value, dict) else ""
        corrections.append(item)
    return {
        "post_id": post.id,
        "paragraphs": [
            {"number": n, "kind": str(b.kind), "text": b.text} for n, b in enumerate(post.blocks, 1)
        ],
        "corrections": corrections,
    }


def _print(listing: dict[str, Any]) -> None:
    from quotemark.library.quoting import short

    for paragraph in listing["paragraphs"]:
        print(f"{paragraph['number']:>4}  {short(paragraph['text'], 90)}")
    if listing["corrections"]:
        print()
        print("Corrections of the body:")
    for item in listing["corrections"]:
        done = "added" if item["kind"] == "add" else "removed"
        fits = "" if item["fits"] else "  (no longer fits the page; kept)"
        print(f"{item['id']:>4}  {done} {item['made'][:10]}: “{short(item['text'], 70)}”{fits}")
