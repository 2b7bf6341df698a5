"""The window's body commands: see the stored original page
(``body.original``), add a passage of it back to the body
(``body.add_passage``), remove the reader's selection from the body
(``body.remove_passage``).

Each change is one operation through the controller: Ctrl+Z undoes it and
the reader shows the corrected body from the change, without reopening the
post. Keys come from the action registry and the hints name them.

A body correction re-extracts the post from its stored page (about half a
second for a 1.5 MB page), so it runs in the controller's worker thread
(:meth:`~quotemark.app.controller.Controller.run_in_worker`) with its
progress in the status bar; the window keeps reading, scrolling and
typing meanwhile, and the result lands on the undo stack as one step. The
selected posts' re-extraction (File > Re-extract) runs the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from quotemark.app.actions import display_keys
from quotemark.app.corrections_ui import catch_up
from quotemark.app.dialogs.original import OriginalPageWindow
from quotemark.app.panels.body_list import BodyCorrectionsList, added_blocks, added_description
from quotemark.app.status_progress import StatusProgress
from quotemark.app.workers import OperationJob
from quotemark.library import operations
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, Position, Span
from quotemark.library.store.body import ADD

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow
    from quotemark.library.operations import Operation, OpResult
    from quotemark.library.store.corrections import Row as CorrectionRow


class BodyCommands(QObject):
    """Wires the body actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.original: OriginalPageWindow | None = None
        self._job: OperationJob | None = None
        self.progress = StatusProgress(window)
        self.progress.setObjectName("bodyProgress")
        self.progress.bar.setAccessibleName("Correction progress")
        # One post's re-extraction cannot stop half-way: nothing to cancel.
        self.progress.cancel_button.hide()
        window.statusBar().addPermanentWidget(self.progress)
        self.corrections = BodyCorrectionsList(window.review_panel)
        window.review_panel.add_section(self.corrections)
        self.corrections.restore_requested.connect(self.restore_passage)
        self.corrections.show_requested.connect(self._show_added_row)
        window.controller.changed.connect(self._on_controller_changed)
        # Changed beyond the log: the open post is read again before this.
        window.controller.reset.connect(self.refresh)
        connect = window.registry.on_trigger
        connect("body.original", self.show_original)
        connect("body.add_passage", self.add_passage)
        connect("body.remove_passage", self.remove_passage)
        window.post_opened.connect(self._on_window_post_opened)
        window.open_post_state.closed.connect(self._on_post_closed)

    def _hint(self) -> str:
        keys = self._window.registry.keys
        return (
            "The page as it was saved (nothing remote is loaded). Select a passage the "
            f"reader lacks and add it to the body: {display_keys(keys('body.add_passage'))}. "
            f"Undo: {display_keys(keys('edit.undo'))}."
        )

    def job(self) -> OperationJob | None:
        """The body correction or re-extraction running now, if any."""
        return self._job

    def _run(
        self,
        operation: Operation[Any],
        what: str,
        doing: str,
        then: Callable[[OpResult[Any]], None] | None = None,
    ) -> bool:
        """Start ``operation`` in the worker, ``doing`` shown in the status
        bar; on success ``then(result)`` (after every view has heard of the
        change), on refusal an error titled ``what``. False when it could
        not start."""
        window = self._window
        if self._job is not None:
            window.show_status("A body correction is still being applied; try again in a moment.")
            return False
        job = window.controller.run_in_worker(
            operation, window, title=doing, show_progress=False, initiator=self
        )
        if job is None:  # an import is running: the worker is taken
            window.show_status(f"{doing} waits for the import to finish; try again then.")
            return False
        self._job = job
        self.progress.attach(job, doing)
        job.finished.connect(lambda _value: self._on_job_finished(job, then))
        job.failed.connect(lambda message: self._on_job_failed(job, what, message))
        window.show_status(f"{doing}…")
        return True

    def _on_job_finished(
        self, job: OperationJob, then: Callable[[OpResult[Any]], None] | None
    ) -> None:
        if self._job is job:
            self._job = None
        result = job.result()
        if result is None:
            return
        message = getattr(result.value, "message", "")
        self._window.show_status(f"{result.label}. {message}" if message else result.label)
        if then is not None:
            then(result)

    def _on_job_failed(self, job: OperationJob, what: str, message: str) -> None:
        if self._job is job:
            self._job = None
        self._window.show_error(what, message)
        # Refused perhaps because someone else changed the body meanwhile:
        # show the body as it is now (reading the post again is cheap when
        # nothing changed).
        catch_up(self._window)

    def reextract(self, post_ids: Sequence[int]) -> bool:
        """Extract these posts again from their stored originals in the
        worker (undoable as one step); False when it could not start."""
        ids = tuple(post_ids)
        count = len(ids)
        doing = f"Re-extracting {count} post{'' if count == 1 else 's'}"
        return self._run(
            operations.ReextractPosts(ids),
            "Could not re-extract the post",
            doing,
            lambda result: self._reextracted(ids, result),
        )

    def _reextracted(self, ids: tuple[int, ...], result: OpResult[Any]) -> None:
        window = self._window
        window.library_pane.update_posts(list(ids))
        report = result.value
        if report.failed:
            window.show_error("Some posts were left as they were", "\n".join(report.messages))
            return
        count = len(ids)
        window.show_status(f"Re-extracted {count} post{'' if count == 1 else 's'}.")

    @Slot()
    def show_original(self) -> None:
        """Open (or bring up) the original page of the open post."""
        window = self._window
        post = window.current_post()
        if post is None:
            window.show_status("Open a post first.")
            return
        try:
            page = window.controller.original_page(post.id)
        except QuotemarkError as error:
            window.show_error("Could not show the original page", str(error))
            return
        if self.original is None:
            registry = window.registry
            shared = [registry[i] for i in ("body.add_passage", "edit.undo", "edit.redo")]
            self.original = OriginalPageWindow(shared, registry["body.add_passage"], window)
        self.original.show_post(post, page, self._hint())
        self.original.show()
        self.original.raise_()
        self.original.activateWindow()
        self.original.view.setFocus()

    @Slot()
    def add_passage(self) -> None:
        """Put the original page's selection back into the body."""
        window = self._window
        post = window.current_post()
        original = self.original
        text = original.view.selected_passage() if original and original.isVisible() else ""
        if post is None or original is None or original.post_id != post.id or not text.strip():
            window.show_status("Select a passage in the original page first.")
            return
        # The body the passage was chosen against (see remove_passage).
        seen = operations.body_fingerprint(post.blocks)
        self._run(
            operations.AddPassage(post.id, text, seen),
            "Could not add the passage",
            "Adding the passage to the body",
            lambda _result: self._show_added(text),
        )

    def _show_added(self, text: str) -> None:
        # The reader selects the passage where it went, so the researcher
        # sees its place (and can clip it straight away).
        window = self._window
        post = window.current_post()
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        if post is None or not lines:
            return
        for number, block in enumerate(post.blocks):
            if block.text == lines[0]:
                end = Position(number, len(block.text))
                window.reader.show_span(Span(Position(number, 0), end, block.text))
                return

    @Slot()
    def remove_passage(self) -> None:
        """Remove the reader's selection from the body."""
        window = self._window
        post = window.current_post()
        cursor = window.reader.editor().textCursor()
        span = window.reader.current_span() if cursor.hasSelection() else None
        if post is None or span is None:
            window.show_status("Select the text to remove from the body in the reader first.")
            return
        # The selection's places are in the body shown: one someone else
        # changed meanwhile is refused rather than losing other words.
        seen = operations.body_fingerprint(post.blocks)
        self._run(
            operations.RemovePassage(post.id, span.start, span.end, seen),
            "Could not remove the passage",
            "Removing the passage from the body",
        )

    @Slot(int)
    def restore_passage(self, row_id: int) -> None:
        """Take back the removal ``row_id``: its passage returns to the body
        (one undoable step, through the worker like every body change)."""
        window = self._window
        post = window.current_post()
        if post is None:
            return
        row = next((r for r in self._rows() if r.id == row_id), None)
        if row is None:
            window.show_status("That removal was already taken back.")
            return
        text = row.target
        from quotemark.library.quoting import short

        self._run(
            operations.PutBody(
                post.id, remove=(row_id,), label=f"Restore removed passage: {short(row.target)}"
            ),
            "Could not restore the passage",
            "Restoring the passage",
            lambda _result: self._show_added(text),
        )

    @Slot(int)
    def _show_added_row(self, row_id: int) -> None:
        row = next((r for r in self._rows() if r.id == row_id), None)
        if row is not None:
            self._show_added(row.target)

    def _rows(self) -> list[CorrectionRow]:
        post = self._window.current_post()
        if post is None:
            return []
        try:
            return self._window.controller.body_corrections(post.id)
        except QuotemarkError:
            return []

    def refresh(self) -> None:
        """The open post's body corrections listed, its added paragraphs marked."""
        window = self._window
        post = window.current_post()
        rows = self._rows()
        self.corrections.set_rows(rows, window.controller.who)
        if post is None:
            window.reader.set_added(())
            return
        added = added_blocks(post.blocks, rows)
        me = window.controller.who
        by_you = all(r.made_by in (None, me) for r in rows if r.kind == ADD)
        window.reader.set_added(added, added_description(post.blocks, added, by_you=by_you))

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        post = self._window.current_post()
        if post is not None and (
            post.id in change.posts_changed or post.id in change.quotes_changed
        ):
            self.refresh()

    @Slot(int)
    def _on_window_post_opened(self, _post_id: int) -> None:
        self.refresh()
        if self.original is not None and self.original.isVisible():
            self.show_original()

    @Slot()
    def _on_post_closed(self) -> None:
        self.corrections.set_rows(())
        if self.original is not None:
            self.original.hide()
