"""Importing: files and folders, or the sample post that ships with
Quotemark. Each post is stored (and logged) in its own transaction, so a bad
input fails alone; the inverse deletes the posts the import added.
"""

from __future__ import annotations

import functools
import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from quotemark.library import keys
from quotemark.library.errors import LibraryError, QuotemarkError
from quotemark.library.model import Change, Processed
from quotemark.library.operations.base import Operation, OpResult, Session, now, plural
from quotemark.library.operations.posts import DeletePosts, arrival
from quotemark.library.store import batch, deletion
from quotemark.library.store import posts as store_posts
from quotemark.library.store.changelog import merge

log = logging.getLogger(__name__)

SAMPLE = "night-ferry.html"
"""The sample post in ``resources/samples`` (with its ``_files`` folder)."""


class ImportStatus(StrEnum):
    """How one input of an import ended."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # already in the library: post_id is the existing post
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # not a saved post (a PDF, an image): the message says what it is


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One input of an import: its path, what happened, and the post.
    ``repaired``: how many places of its text garbled by a wrong encoding
    the import restored (so the text differs from the file's bytes).
    ``differs``: a DUPLICATE found by its address whose text is not the
    stored post's (a page saved again after it changed): the file can
    replace the post (:class:`~quotemark.library.operations.ReimportPosts`).
    ``images_left_out``: the image files of a "Web page, complete" not kept
    for their size, by name (the reader shows nothing where they were)."""

    path: str
    status: ImportStatus
    post_id: int | None = None
    title: str = ""
    message: str = ""
    repaired: int = 0
    differs: bool = False
    images_left_out: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Every input's result, in input order, and the change to the library."""

    results: tuple[ImportResult, ...]
    change: Change = field(default_factory=Change)

    @property
    def failed(self) -> tuple[ImportResult, ...]:
        """The inputs that could not be imported."""
        return tuple(r for r in self.results if r.status is ImportStatus.FAILED)

    @property
    def skipped(self) -> tuple[ImportResult, ...]:
        """The files of another kind met in folders (a PDF, an image), with what they are."""
        return tuple(r for r in self.results if r.status is ImportStatus.SKIPPED)

    @property
    def repaired(self) -> tuple[ImportResult, ...]:
        """The posts imported whose text was garbled by a wrong encoding and restored."""
        return tuple(r for r in self.results if r.status is ImportStatus.IMPORTED and r.repaired)

    @property
    def replaceable(self) -> tuple[ImportResult, ...]:
        """The files saved again from a stored post's address whose text
        differs: each may replace that post (``post_id``)."""
        return tuple(r for r in self.results if r.differs)

    @property
    def images_left_out(self) -> tuple[ImportResult, ...]:
        """The posts imported without some of their images, left out for their size."""
        return tuple(
            r for r in self.results if r.status is ImportStatus.IMPORTED and r.images_left_out
        )


def store_processed(
    session: Session,
    shown: str,
    outcome: Processed | batch.Prepared | BaseException,
    run: keys.KeyRun | None = None,
) -> tuple[ImportResult, Change]:
    """Store one pipeline result (or report the error it raised): duplicate
    check, key, one transaction with its change-log row. An import passes
    one ``run`` for all its posts, so keys of one base are found quickly."""
    if isinstance(outcome, QuotemarkError):
        return ImportResult(shown, ImportStatus.FAILED, message=outcome.message), Change()
    if isinstance(outcome, BaseException):
        log.error("importing %s failed", shown, exc_info=outcome)
        message = (
            f"{shown}: Quotemark could not import it because of an internal "
            f"error ({type(outcome).__name__}: {outcome}). Please report this bug."
        )
        return ImportResult(shown, ImportStatus.FAILED, message=message), Change()
    packed = None
    if isinstance(outcome, batch.Prepared):
        packed = outcome.packed
        outcome = outcome.processed
    meta = outcome.article.metadata
    if run is None:
        run = keys.KeyRun(functools.partial(store_posts.keys_starting, session.conn))
    try:
        with session.write() as conn:
            existing = store_posts.find_duplicate(
                conn, meta.url or outcome.raw.url, outcome.content_hash
            )
            if existing is not None:
                title, stored_hash = conn.execute(
                    "SELECT title, content_hash FROM posts WHERE id = ?", (existing,)
                ).fetchone()
                message = f"already in the library (id {existing})"
                differs = stored_hash != outcome.content_hash
                if differs:
                    # Found by its address, not its text: a page saved again
                    # after it changed. Said, so the researcher does not take
                    # the stored text for this copy's.
                    message += (
                        ", saved from the same address; this copy's text differs from the "
                        "stored post's, which is kept as it was"
                    )
                result = ImportResult(
                    shown, ImportStatus.DUPLICATE, existing, title, message, differs=differs
                )
                return result, Change()
            base = keys.base_key(meta)
            key = deletion.retired_key(
                conn, meta.url or outcome.raw.url, outcome.content_hash
            ) or run.key(base, store_posts.key_checker(conn))
            new = store_posts.NewPost(
                outcome.raw,
                outcome.article,
                outcome.analysis,
                outcome.content_hash,
                Path(shown).name,
                now(),
                packed,
                session.who,
            )
            post_id = store_posts.insert_post(conn, new, key)
            change = arrival(conn, post_id)
            session.log(ImportFiles.kind, change)
    except LibraryError as error:
        return ImportResult(shown, ImportStatus.FAILED, message=error.message), Change()
    run.took(base, key)
    repaired = outcome.raw.repaired.places if outcome.raw.repaired is not None else 0
    result = ImportResult(
        shown,
        ImportStatus.IMPORTED,
        post_id,
        meta.title,
        "",
        repaired,
        images_left_out=outcome.raw.images_left_out,
    )
    return result, change


_Input = tuple[str, Path | None, str, bool]


def _inputs(paths: Sequence[Path]) -> list[_Input]:
    """(shown path, file to process or None, message when it cannot be, and
    whether that is a file of another kind: a PDF, an image)."""
    from quotemark.library.importers import discover
    from quotemark.library.importers.folders import Skipped

    inputs: list[_Input] = []
    for given in paths:
        given = Path(given)
        skipped: list[Skipped] = []
        try:
            found = list(discover([given], skipped))
        except QuotemarkError as error:
            inputs.append((str(given), None, error.message, False))
            continue
        except OSError as error:
            inputs.append((str(given), None, f"{given}: {error.strerror or error}", False))
            continue
        if not found and not skipped:
            inputs.append((str(given), None, f"{given}: no saved posts found in it.", False))
        inputs.extend((str(f), f, "", False) for f in found)
        # Links out of the folder and unreadable sub-folders: said, not silent.
        inputs.extend((str(s.path), None, s.reason, s.not_a_post) for s in skipped)
    return inputs


def _report(results: list[ImportResult], changes: list[Change]) -> OpResult[ImportReport]:
    change = merge(changes)
    added = change.posts_added
    report = ImportReport(tuple(results), change)
    undo = DeletePosts(added, force=True) if added else None
    return OpResult(f"Import {plural(len(added), 'post')}", change, undo, report)


@dataclass(frozen=True, slots=True)
class ImportFiles(Operation[ImportReport]):
    """Import files and folders (folders recursively), one transaction per
    post; already-imported posts come back as DUPLICATE with their id."""

    kind = "import"
    paths: tuple[Path, ...]

    def apply(self, session: Session) -> OpResult[ImportReport]:
        """Import, reporting progress and stopping at the next file when cancelled."""
        inputs = _inputs(self.paths)
        results: list[ImportResult] = []
        changes: list[Change] = []
        from quotemark.library.pipeline import prepare

        processed = batch.process_all(
            [f for _, f, _, _ in inputs if f is not None], prepare, stop=session.cancelled
        )
        run = keys.KeyRun(functools.partial(store_posts.keys_starting, session.conn))
        try:
            for done, (shown, file, message, other_kind) in enumerate(inputs, 1):
                if session.cancelled():
                    results.append(ImportResult(shown, ImportStatus.CANCELLED))
                    continue
                if file is None and other_kind:
                    results.append(ImportResult(shown, ImportStatus.SKIPPED, message=message))
                elif file is None:
                    results.append(ImportResult(shown, ImportStatus.FAILED, message=message))
                else:
                    prepared = next(processed)
                    if isinstance(prepared, batch.Stopped):  # cancelled while it waited
                        results.append(ImportResult(shown, ImportStatus.CANCELLED))
                        continue
                    result, change = store_processed(session, shown, prepared, run)
                    results.append(result)
                    changes.append(change)
                if session.progress is not None:
                    session.progress(done, len(inputs), shown)
        finally:
            processed.close()
        return _report(results, changes)


@dataclass(frozen=True, slots=True)
class ImportSample(Operation[ImportReport]):
    """Import the sample post that ships with Quotemark."""

    kind = "import"

    def apply(self, session: Session) -> OpResult[ImportReport]:
        """Import it from the installed resources (copied out of a zip first)."""
        samples = resources.files("quotemark.resources") / "samples"
        if isinstance(samples, Path):
            return ImportFiles((samples / SAMPLE,)).apply(session)
        with tempfile.TemporaryDirectory(prefix="quotemark-sample-") as folder:
            target = Path(folder)
            _copy_tree(samples, target)
            return ImportFiles((target / SAMPLE,)).apply(session)


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
