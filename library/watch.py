"""Keep an exported file current: ``quotemark export --watch``.

The watcher polls the library's ``PRAGMA data_version`` (through
:meth:`Library.changed_elsewhere`, which sees every other connection's
commits: the app, another command), waits until changes have settled for a
moment (a batch import commits many times), renders the export again and
rewrites the file atomically only when its text changed. Keys come from the
store, so they never change between writes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from quotemark.library.service import ExportScope, Library


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """What to write and how often to look: ``interval`` seconds between
    polls, ``settle`` seconds without a further change before a rewrite."""

    fmt: str = "biblatex"
    scope: ExportScope | None = None
    posts_only: bool = False
    interval: float = 0.5
    settle: float = 0.5
    collection: int | None = None
    """Only this collection's posts (and its subcollections'), as they are
    at each write: a post added to it elsewhere joins the file."""


def write_if_changed(library: Library, path: Path, options: WatchOptions) -> int | None:
    """Render the export and write it to ``path`` (atomically) unless the
    file already holds exactly that text; the number of entries written, or
    ``None`` when nothing was written."""
    scope = options.scope
    if options.collection is not None:
        posts = tuple(library.collection_post_ids(options.collection))
        scope = replace(scope or ExportScope(), post_ids=posts)
    # Imported at the first write: the window resumes a watch at start, and
    # the export package (its formats and CSL styles) was a fifth of the
    # window's imports.
    from quotemark.library.export import ExportOptions, entry_count, export, write_atomic

    citations = library.citations(scope)
    export_options = ExportOptions(posts_only=options.posts_only)
    text = export(options.fmt, citations, export_options)
    try:
        if path.read_text(encoding="utf-8") == text:
            return None
    except (OSError, UnicodeDecodeError):
        pass  # missing or unreadable: write it
    write_atomic(path, text)
    return entry_count(citations, export_options)


def watch(
    library: Library,
    path: Path,
    options: WatchOptions,
    *,
    stop: Callable[[], bool],
    wrote: Callable[[int], None],
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Write ``path`` now, then again after every settled change to the
    library, until ``stop()`` is true. ``wrote`` hears each write's entry
    count."""
    count = write_if_changed(library, path, options)
    if count is not None:
        wrote(count)
    library.changed_elsewhere()  # start counting from this state
    changed_at: float | None = None
    while not stop():
        sleep(options.interval)
        if library.changed_elsewhere():
            changed_at = clock()
        if changed_at is not None and clock() - changed_at >= options.settle:
            changed_at = None
            count = write_if_changed(library, path, options)
            if count is not None:
                wrote(count)
