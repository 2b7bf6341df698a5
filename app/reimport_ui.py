"""Replacing a post by a newer save of its page (stop 39).

An import that meets a page saved again after it changed (found by its
address, its text not the stored post's) keeps the stored post and says so;
here the researcher can act on that: the import report has "Replace with
the new copy" on each such file and one button for all, the status bar
offers it while the import's summary shows, and File > Re-import from
file… (also in the post list's right-click menu) replaces the chosen post
by a file the researcher picks.

Every replacement is one :class:`~quotemark.library.operations.ReimportPosts`
run in the controller's worker (progress and Cancel in the status bar), one
step on the undo stack: Ctrl+Z puts the old text and every clip back. The
core keeps clips (found again, or kept and marked lost), corrections, tags,
collections and notes; what it says (each file named) ends in the status
bar, or in a message box when a file could not replace its post.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from quotemark.app import settings
from quotemark.app.actions import in_menu, key_hint
from quotemark.app.dialogs.import_report import REPLACE, replace_text
from quotemark.app.post_commands import chosen_post_ids
from quotemark.app.status_progress import StatusProgress
from quotemark.app.workers import OperationJob
from quotemark.library.errors import QuotemarkError
from quotemark.library.quoting import titled

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow
    from quotemark.library.model import Change
    from quotemark.library.operations import ImportReport, ReextractReport

OFFER_MS = 120_000
"""How long the status bar offers to replace, at most."""

NAME_CHARS = 24
"""The file's name on the status bar's button, at most (about), in characters."""
_LISTED = 5
"""Files the tooltip of an offer of several lists by path, at most."""


class ReimportCommands(QObject):
    """Replacing posts by newer saves, for one window."""

    # Post ids replaced, left as they were, and not started (the worker busy).
    done = Signal(list, list, list)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._job: OperationJob | None = None
        self._offered: list[tuple[int, Path]] = []
        # Asked for while a replacement ran: each its own step, in turn.
        self._pending: list[tuple[tuple[int, Path], ...]] = []
        self.progress = StatusProgress(window)
        self.progress.setObjectName("reimportProgress")
        self.progress.bar.setAccessibleName("Replacing posts")
        self.progress.cancel_button.setAccessibleName("Stop replacing posts")
        self.progress.cancel_button.setAccessibleDescription(
            "Stops after the file being read now; the posts already replaced can be undone"
        )
        window.statusBar().addPermanentWidget(self.progress)
        # The status line's offer, shown while the import's summary is.
        self.offer_button = QPushButton(REPLACE, window)
        self.offer_button.setObjectName("replaceWithNewCopy")
        # Until an offer names its file (_show_offer), the general words: a
        # screen reader walking the window meets the hidden button too.
        self.offer_button.setAccessibleName("Replace the stored post with the new copy")
        self.offer_button.setAccessibleDescription(
            "The file just imported was saved again from a stored post's address with changed "
            "text; replaces that post, keeping its clips, corrections, tags and notes"
        )
        self.offer_button.hide()
        self.offer_button.clicked.connect(self._on_offer_clicked)
        # Beside the message it belongs to, before the progress and counts.
        window.statusBar().insertPermanentWidget(0, self.offer_button)
        # The offer outlasts the summary's few seconds (the report, window-
        # modal, may be open meanwhile): it goes when the posts are replaced,
        # the next import starts, or after OFFER_MS.
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(OFFER_MS)
        self._offer_timer.timeout.connect(self._hide_offer)
        # Gone once it no longer applies: another import, the post deleted
        # (here or in another window), another library.
        window.controller.import_started.connect(lambda _count: self._withdraw_all())
        window.controller.changed.connect(self._on_changed)
        window.controller.reset.connect(self._withdraw_all)
        window.controller.switched.connect(self._withdraw_all)

    def job(self) -> OperationJob | None:
        """The replacement running now, if any."""
        return self._job

    # -- after an import ------------------------------------------------------

    def offer(self, report: ImportReport) -> None:
        """After an import: offer to replace the posts of the files saved
        again with changed text, in the status bar (beside the import's
        summary, which names them)."""
        self._offered = [
            (r.post_id, Path(r.path)) for r in report.replaceable if r.post_id is not None
        ]
        if not self._offered:
            self._hide_offer()
            return
        self._show_offer()
        self.offer_button.show()
        self._offer_timer.start()

    def _show_offer(self) -> None:
        """The button's words for the files offered now: one file by its
        name (elided in the middle, so its end shows), its whole path in the
        tooltip and the accessible description."""
        button = self.offer_button
        offered = self._offered
        keeping = f"keeping clips, corrections, tags and notes ({key_hint('edit.undo')} undoes)"
        if len(offered) == 1:
            post_id, path = offered[0]
            metrics = button.fontMetrics()
            # At most NAME_CHARS, and a fifth of the window: at 900 px and
            # 1.6x a whole 24 characters left the message three words.
            room = min(metrics.averageCharWidth() * NAME_CHARS, self._window.width() // 5)
            name = metrics.elidedText(path.name, Qt.TextElideMode.ElideMiddle, room)
            button.setText(f"Replace with {in_menu(name)}")  # "&" is a mnemonic
            title = titled(_title(self._window, post_id))
            button.setToolTip(f"Replace {title} with the new copy {path}, {keeping}")
            button.setAccessibleName(f"Replace {title} with {path.name}")
            button.setAccessibleDescription(
                f"{path} was saved again from the stored post's address with changed text; "
                f"replaces the post, {keeping}"
            )
            return
        button.setText(replace_text(len(offered)))
        paths = "\n".join(str(path) for _, path in offered[:_LISTED])
        more = f"\nand {len(offered) - _LISTED} more" if len(offered) > _LISTED else ""
        button.setToolTip(f"Replace the stored posts by the new copies, {keeping}:\n{paths}{more}")
        button.setAccessibleName(f"Replace {len(offered)} stored posts with their new copies")
        button.setAccessibleDescription(
            f"Saved again with changed text: {', '.join(str(p) for _, p in offered[:_LISTED])}"
            + (f" and {len(offered) - _LISTED} more" if len(offered) > _LISTED else "")
        )

    def _withdraw(self, replaced: Collection[int]) -> None:
        # Posts replaced (from the report, say) or deleted are no longer offered.
        self._offered = [(p, path) for p, path in self._offered if p not in replaced]
        if not self._offered:
            self._hide_offer()
        else:
            self._show_offer()

    def _withdraw_all(self) -> None:
        self._offered = []
        self._hide_offer()

    def _hide_offer(self) -> None:
        # A hidden button hands the keyboard to the next widget, the
        # library's search box, where the next keys would search: the
        # keyboard goes to the reader (or the welcome view) instead.
        had_focus = self.offer_button.hasFocus()
        self.offer_button.hide()
        if had_focus:
            self._window.focus_default()

    @Slot(object, object)
    def _on_changed(self, change: Change, _initiator: object) -> None:
        if self._offered and change.posts_removed:
            self._withdraw(set(change.posts_removed))

    @Slot()
    def _on_offer_clicked(self) -> None:
        offered, self._offered = self._offered, []
        self._hide_offer()
        self.replace(offered)

    # -- one post, from a file chosen ----------------------------------------

    @Slot()
    def choose_file(self) -> None:
        """File > Re-import from file…: replace the selected post (or the
        open one) by a file chosen, starting at its own file when it is
        still where the last import was."""
        window = self._window
        ids = chosen_post_ids(window)
        if len(ids) != 1:
            window.show_status(
                "Select one post to re-import." if ids else "Select a post to re-import."
            )
            return
        try:
            post = window.controller.post(ids[0])
        except QuotemarkError as error:
            window.show_error("Could not re-import the post", str(error))
            return
        folder = Path(settings.get_str("import/folder", str(Path.home())))
        start = folder / post.file_name if post.file_name else folder
        previous = QApplication.focusWidget()
        chosen, _filter = QFileDialog.getOpenFileName(
            window,
            f"Re-import {titled(post.metadata.title)} from a newer save",
            str(start if start.is_file() else folder),
            "Saved posts (*.html *.htm *.xhtml *.mhtml *.mht *.txt);;All files (*)",
        )
        window.give_back_focus(previous)
        if chosen:
            self.replace([(post.id, Path(chosen))])

    # -- the replacement ------------------------------------------------------

    def replace(self, items: Sequence[tuple[int, Path]]) -> bool:
        """Replace each post by its file in the worker, one undoable step;
        False when it could not start (the status bar says why)."""
        from quotemark.library.operations import ReimportPosts

        window = self._window
        items = tuple(items)
        if not items:
            return False
        if self._job is not None:
            self._pending.append(items)
            window.show_status("Replacing after the posts being replaced now.")
            return True
        doing = (
            f"Replacing {titled(_title(window, items[0][0]))} with {items[0][1].name}"
            if len(items) == 1
            else f"Replacing {len(items)} posts with their new copies"
        )
        job = window.controller.run_in_worker(
            ReimportPosts(items), window, title=doing, show_progress=False, initiator=self
        )
        if job is None:  # an import or a correction holds the worker
            window.show_status(f"{doing} waits for the work running now; try again then.")
            self.done.emit([], [], [post_id for post_id, _ in items])
            return False
        self._job = job
        self.progress.attach(job, "Replacing")
        job.finished.connect(lambda _value: self._on_job_finished(job, items))
        job.failed.connect(lambda message: self._on_job_failed(job, message))
        window.show_status(f"{doing}…")
        return True

    def _on_job_finished(self, job: OperationJob, items: tuple[tuple[int, Path], ...]) -> None:
        if self._job is job:
            self._job = None
        result = job.result()
        window = self._window
        if result is None:
            self.done.emit([], [post_id for post_id, _ in items], [])
            self._next()
            return
        report = result.value
        changed = set(report.change.posts_changed)
        failed = list(report.failed)
        replaced_items = [(p, path) for p, path in items if p in changed]
        replaced = [p for p, _ in replaced_items]
        window.library_pane.update_posts([post_id for post_id, _ in items])
        self._withdraw(replaced)
        # Not reached (cancelled): offered again, as if never asked for.
        self.done.emit(
            replaced, failed, [p for p, _ in items if p not in changed and p not in failed]
        )
        told = _told(window, report, replaced_items)
        if failed:
            window.show_error("Some posts were left as they were", "\n".join(told))
        else:
            window.show_status(" ".join(told))
        self._next()

    def _on_job_failed(self, job: OperationJob, message: str) -> None:
        if self._job is job:
            self._job = None
        self._window.show_error("Could not replace the post", message)
        self._next()

    def _next(self) -> None:
        if self._pending:
            self.replace(self._pending.pop(0))


def _title(window: MainWindow, post_id: int) -> str:
    try:
        return window.controller.post_summary(post_id).title
    except QuotemarkError:
        return f"post {post_id}"


def _told(
    window: MainWindow, report: ReextractReport, replaced: Sequence[tuple[int, Path]]
) -> list[str]:
    """What a replacement says: which post took which file (``replaced``),
    how many clips' passages went (listed in the Clips tab), the core's
    messages, and how to undo it."""
    told: list[str] = []
    if len(replaced) == 1:
        post_id, path = replaced[0]
        told.append(f"Replaced {titled(_title(window, post_id))} with {path.name}.")
    elif replaced:
        told.append(f"Replaced {len(replaced)} posts with their new copies.")
    lost = len(report.lost_clips)
    if lost:
        clips = "1 clip's passage is" if lost == 1 else f"{lost} clips' passages are"
        told.append(f"{clips} no longer in the post: kept, and marked in the Clips tab.")
    # The core's lost-clip message is said above in the window's words.
    told.extend(m for m in report.messages if "no longer in the post" not in m)
    if replaced:
        told.append(f"{key_hint('edit.undo')} puts the old text back.")
    return told
