"""``quotemark collection | tag | tags | note``: collections, a post's own
tags, the library's tags (listed, renamed) and a post's note from the
command line (registered by :mod:`quotemark.app.cli`).

Every change is one operation of :mod:`quotemark.library.operations.collections`, so
an open window sees it through the change log like its own edits.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotemark.app.cli_common import json_line, open_library

if TYPE_CHECKING:
    import argparse

    from quotemark.library.service import Library

SUBCOMMANDS = ("collection", "tag", "tags", "note")


def add_parsers(sub: Any) -> None:
    """Add the subcommands to ``sub`` (an argparse subparsers object)."""
    p = sub.add_parser(
        "collection",
        help="make, fill, list, rename and remove collections",
        description="Collections nest; name one by its path, such as Reading/Climate.",
    )
    actions = p.add_subparsers(metavar="ACTION", required=True)
    a = actions.add_parser("add", help="make a collection (and missing parents); put posts in it")
    a.add_argument("path", metavar="PATH")
    a.add_argument("posts", nargs="*", type=int, metavar="POST_ID")
    a.set_defaults(run=_add)
    a = actions.add_parser(
        "remove", help="take posts out of a collection; without posts, delete the collection"
    )
    a.add_argument("path", metavar="PATH")
    a.add_argument("posts", nargs="*", type=int, metavar="POST_ID")
    a.set_defaults(run=_remove)
    a = actions.add_parser("list", help="the collections; with PATH, the posts in it")
    a.add_argument("path", nargs="?", metavar="PATH")
    a.add_argument("--json", action="store_true", help="one JSON object per line")
    a.set_defaults(run=_list)
    a = actions.add_parser("rename", help="give a collection another name")
    a.add_argument("path", metavar="PATH")
    a.add_argument("name", metavar="NEW_NAME")
    a.set_defaults(run=_rename)

    p = sub.add_parser("tag", help="add (or --remove) a post's own tags, then print them")
    p.add_argument("post_id", type=int, metavar="POST_ID")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.add_argument("--remove", nargs="+", default=[], metavar="TAG", help="tags to take off")
    p.set_defaults(run=_tag)

    p = sub.add_parser(
        "tags",
        help="list the tags with their post and clip counts; rename (or merge) a tag",
        description="Without an action: every tag in use, with how many posts and clips have it.",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per tag and line")
    p.set_defaults(run=_tags)
    actions = p.add_subparsers(metavar="ACTION")
    a = actions.add_parser(
        "rename",
        help="call a tag by another name on every post and clip that has it",
        description="Renames OLD to NEW on every post and clip, as the window's Rename tag "
        "does (an open window follows). Onto a tag already in use the two merge; that needs "
        "--merge.",
    )
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")
    a.add_argument(
        "--merge", action="store_true", help="NEW may be a tag in use: the two become one"
    )
    a.set_defaults(run=_rename_tag)

    p = sub.add_parser("note", help="set a post's Markdown note; neither option: print it")
    p.add_argument("post_id", type=int, metavar="POST_ID")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--text", metavar="TEXT", help="the note ('' removes it)")
    source.add_argument(
        "--file", type=Path, metavar="FILE", help="read the note from FILE (- stdin)"
    )
    p.set_defaults(run=_note)


def _make_path(library: Library, path: str) -> int:
    """The collection at ``path``, made (with its missing parents) when needed."""
    from quotemark.library.errors import NotFound
    from quotemark.library.operations import CreateCollection
    from quotemark.library.store.collections import SEPARATOR

    parent: int | None = None
    walked: list[str] = []
    for part in (p.strip() for p in path.split(SEPARATOR)):
        walked.append(part)
        try:
            parent = library.find_collection(SEPARATOR.join(walked))
        except NotFound:
            parent = library.run(CreateCollection(part, parent)).value
            print(f"made collection {SEPARATOR.join(walked)}", file=sys.stderr)
    assert parent is not None
    return parent


def _add(options: argparse.Namespace) -> int:
    from quotemark.library.operations import AddToCollection

    with open_library() as library:
        collection = _make_path(library, options.path)
        if options.posts:
            added = library.run(AddToCollection(collection, tuple(options.posts))).value
            print(f"{len(added)} post(s) added to {options.path}", file=sys.stderr)
    return 0


def _remove(options: argparse.Namespace) -> int:
    from quotemark.library.operations import DeleteCollection, RemoveFromCollection

    with open_library() as library:
        collection = library.find_collection(options.path)
        if options.posts:
            gone = library.run(RemoveFromCollection(collection, tuple(options.posts))).value
            print(f"{len(gone)} post(s) taken out of {options.path}", file=sys.stderr)
        else:
            left = library.run(DeleteCollection(collection)).value
            print(
                f"deleted collection {options.path} ({left} post(s) stay in the library)",
                file=sys.stderr,
            )
    return 0


def _list(options: argparse.Namespace) -> int:
    with open_library() as library:
        if options.path is None:
            for info in library.collections():
                if options.json:
                    data = {
                        "id": info.id,
                        "parent_id": info.parent_id,
                        "name": info.name,
                        "path": info.path,
                        "posts": info.post_count,
                    }
                    json_line(data)
                else:
                    print(f"{info.id}\t{info.path}\t{info.post_count} post(s)")
            return 0
        collection = library.find_collection(options.path)
        ids = library.collection_post_ids(collection)
        for post_id in ids:
            summary = library.post_summary(post_id)
            if options.json:
                data = {"id": summary.id, "key": summary.key, "title": summary.title}
                json_line(data)
            else:
                print(f"{summary.id}\t{summary.key}\t{summary.title}")
    return 0


def _rename(options: argparse.Namespace) -> int:
    from quotemark.library.operations import RenameCollection

    with open_library() as library:
        collection = library.find_collection(options.path)
        library.run(RenameCollection(collection, options.name))
    return 0


def _tag(options: argparse.Namespace) -> int:
    from quotemark.library.operations import TagPosts

    with open_library() as library:
        library.post_summary(options.post_id)  # names a missing post
        if options.tags or options.remove:
            tags = TagPosts((options.post_id,), tuple(options.tags), tuple(options.remove))
            library.run(tags)
        for tag in library.post_tags(options.post_id):
            print(tag)
    return 0


def _tags(options: argparse.Namespace) -> int:
    with open_library() as library:
        for tag in library.tags():
            use = library.tag_use(tag)
            posts, clips = len(use.post_ids), len(use.clip_ids)
            if options.json:
                json_line({"tag": tag, "posts": posts, "clips": clips})
            else:
                print(f"{tag}\t{posts} post(s)\t{clips} clip(s)")
    return 0


def _rename_tag(options: argparse.Namespace) -> int:
    from quotemark.library.errors import InvalidTag, QuotemarkError
    from quotemark.library.operations import RenameTag
    from quotemark.library.operations.collections import not_found_tag

    old: str = options.old
    name = " ".join(options.new.split())  # as the tag is stored
    with open_library() as library:
        use = library.tag_use(old)
        if not use:
            raise not_found_tag(old)
        if not name:
            raise InvalidTag(f"A tag needs a name: “{old}” was left as it was.")
        if name == old:
            print(f"“{old}” already has that name: nothing changed", file=sys.stderr)
            return 0
        target = library.tag_use(name)
        # Tags differing only in case are two tags: "Ferry" onto "ferry" merges.
        case = " (the two differ only in capitals)" if name.casefold() == old.casefold() else ""
        if target and not options.merge:
            # As the window asks before merging: said, and left to --merge.
            raise QuotemarkError(
                f"“{name}” is already a tag ({target.describe()}){case}. Renaming "
                f"“{old}” ({use.describe()}) to “{name}” merges the two into one tag; "
                "add --merge to do so. Nothing was changed."
            )
        library.run(RenameTag(old, name))
    verb = f"merged tag “{old}” into" if target else f"renamed tag “{old}” to"
    print(f"{verb} “{name}” on {use.describe()}", file=sys.stderr)
    return 0


def _note(options: argparse.Namespace) -> int:
    from quotemark.library.errors import UnreadableInput
    from quotemark.library.operations import SetPostNote

    with open_library() as library:
        library.post_summary(options.post_id)
        if options.text is None and options.file is None:
            sys.stdout.write(library.post_note(options.post_id))
            return 0
        if options.file is not None:
            try:
                text = (
                    sys.stdin.read()
                    if str(options.file) == "-"
                    else options.file.read_text(encoding="utf-8")
                )
            except (OSError, UnicodeDecodeError) as error:
                raise UnreadableInput(
                    f"{options.file}: cannot read the note ({error}); give a UTF-8 text file."
                ) from error
        else:
            text = options.text
        library.run(SetPostNote(options.post_id, text))
    return 0


def export_scope_posts(library: Library, path: str) -> tuple[int, ...]:
    """The posts ``quotemark export --collection PATH`` exports (subcollections included)."""
    return tuple(library.collection_post_ids(library.find_collection(path)))
