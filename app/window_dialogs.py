"""The window's dialogs: export (the selection, a collection), restore from
a backup, verify a manuscript, preferences, keyboard shortcuts, about; the
confirmation before a destructive step and the error box; and what they report back, in the status
bar. Each dialog opens window-modal (background work keeps going) and gives
the keyboard back where it was when it closes
(:mod:`quotemark.app.dialogs.focus`).

The dialogs that export or verify, and the preferences, are imported when
opened: they pull in the export package (formats, CSL styles), a tenth of
the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from quotemark.app import identity, reading_settings
from quotemark.app.accessibility import describe
from quotemark.app.dialogs.confirm import ask_destructive
from quotemark.app.dialogs.focus import return_focus_after
from quotemark.app.dialogs.restore import RestoreDialog
from quotemark.app.dialogs.shortcuts import ShortcutsDialog
from quotemark.library.errors import QuotemarkError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from quotemark.app.dialogs.export import ExportDialog
    from quotemark.app.dialogs.preferences import PreferencesDialog
    from quotemark.app.dialogs.verify import VerifyDialog
    from quotemark.app.main_window import MainWindow


def _entries(count: int) -> str:
    return f"{count} entr{'y' if count == 1 else 'ies'}"


class WindowDialogs(QObject):
    """Opens the dialogs of one window and tells what they did."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # "Keep this file current" (export dialog): rewritten in the background.
        window.live_export.written.connect(self._on_live_export_written)
        window.live_export.failed.connect(window.show_status)

    def _open(self, dialog: QDialog) -> None:
        window = self._window
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        describe(dialog)  # every control named and described, as the window's are
        return_focus_after(dialog, window, window.focus_default)
        dialog.open()

    # -- export ---------------------------------------------------------------

    def make_export_dialog(self) -> ExportDialog:
        """The export dialog, with the current selection as one scope."""
        window = self._window
        focus = QApplication.focusWidget()
        in_list = focus is window.library_pane.view
        chosen = window.library_pane.selected_post_ids() if in_list else []
        if len(chosen) > 1:
            # Posts chosen in the list with the keyboard there: they are
            # the selection, whatever the Clips tab still has chosen (its
            # clips were the selection, and the scope stayed the last one).
            clip_ids: list[int] = []
            post_ids = chosen
        else:
            clip_ids = window.clips_panel.selected_clip_ids()
            pane = window.library_pane
            post_ids = [] if clip_ids else (chosen if in_list else pane.selected_post_ids())
        from quotemark.app.dialogs.export import ExportDialog

        dialog = ExportDialog(
            window.controller, post_ids=post_ids, clip_ids=clip_ids, parent=window
        )
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.keep_current.connect(window.live_export.start)
        # Clips chosen in the Clips tab's list, or posts in the library's
        # (more than the one the reader shows), with the keyboard still
        # there: Ctrl+E means them. It opened on the scope used last, "The
        # whole library", and wrote every post of the library (2,022 entries
        # for a week's two clips).
        if (clip_ids and focus is window.clips_panel.view) or len(chosen) > 1:
            dialog.set_scope("selection")
        return dialog

    @Slot()
    def show_export_dialog(self) -> ExportDialog:
        """Ctrl+E."""
        dialog = self.make_export_dialog()
        self._open(dialog)
        return dialog

    def export_collection(self) -> ExportDialog | None:
        """Export the chosen collection's posts (its subcollections' too)."""
        window = self._window
        chosen = window.library_pane.collections.chosen()
        if chosen is None:
            window.show_status("Choose a collection in the library first.")
            return None
        post_ids = window.controller.collection_post_ids(chosen)
        if not post_ids:
            window.show_status("That collection holds no posts yet: nothing to export.")
            return None
        dialog = self.make_export_dialog()
        dialog.set_scope("collection", collection_id=chosen)
        self._open(dialog)
        return dialog

    @Slot(str, int)
    def _on_export_dialog_exported(self, path: str, count: int) -> None:
        self._window.show_status(f"Exported {_entries(count)} to {path}.")

    @Slot(str, int)
    def _on_live_export_written(self, path: str, count: int) -> None:
        self._window.show_status(f"Kept {path} current ({_entries(count)}).")

    # -- backups and manuscripts ----------------------------------------------

    @Slot()
    def show_restore_dialog(self) -> RestoreDialog:
        """File > Restore from Backup."""
        dialog = RestoreDialog(self._window.controller, self._window)
        dialog.restored.connect(self._on_restore_dialog_restored)
        self._open(dialog)
        return dialog

    @Slot(str)
    def _on_restore_dialog_restored(self, saved: str) -> None:
        # Every post may differ now: none stays open. The lists, the panels
        # and the undo stack were read again on the controller's reset.
        window = self._window
        window.close_post()
        window.show_status(f"Restored the backup; the library as it was is kept in {saved}.")

    @Slot()
    def show_verify_dialog(self) -> VerifyDialog:
        """File > Verify Manuscript."""
        from quotemark.app.dialogs.verify import VerifyDialog

        dialog = VerifyDialog(self._window.controller, self._window)
        dialog.passage_requested.connect(self.show_passage)
        self._open(dialog)
        return dialog

    @Slot(int, str)
    def show_passage(self, post_id: int, text: str) -> bool:
        """Open a post at a quoted passage (selected when the post has the
        words exactly); False when the post cannot be opened."""
        window = self._window
        if not window.open_post(post_id):
            return False
        try:
            span = window.controller.find_span(post_id, text=" ".join(text.split()))
        except QuotemarkError:
            window.show_status(
                "Opened the post; the quotation differs from it, so nothing is shown."
            )
            return True
        window.reader.show_span(span)
        return True

    # -- settings and help ------------------------------------------------------

    @Slot()
    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences."""
        from quotemark.app.dialogs.preferences import PreferencesDialog

        window = self._window
        dialog = PreferencesDialog(window.registry, window)
        dialog.applied.connect(lambda: window.reader.set_typography(reading_settings.stored()))
        # The display name (validated by the dialog) applies to this window's changes now.
        dialog.applied.connect(lambda: window.controller.set_display_name(identity.display_name()))
        dialog.applied.connect(window.clips_panel.start_over)
        self._open(dialog)
        return dialog

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts."""
        dialog = ShortcutsDialog(self._window.registry, self._window)
        self._open(dialog)
        return dialog

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        window = self._window
        previous = QApplication.focusWidget()
        QMessageBox.about(
            window,
            "About Quotemark",
            f"<b>Quotemark {_installed_version()}</b><p>Read saved web posts with their "
            "quotations, speakers and sources marked; clip passages into a citation "
            "library; export BibTeX, biblatex, CSL-JSON, RIS and Markdown.</p>"
            f"<p>Library: {window.controller.shown_location}</p>",
        )
        window.give_back_focus(previous)

    # -- questions and errors ---------------------------------------------------

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before a destructive step (deleting posts with clips): the
        button says ``action``, Cancel is the default and Escape's answer."""
        window = self._window
        previous = QApplication.focusWidget()
        agreed = ask_destructive(window, title, text, action)
        window.give_back_focus(previous)
        return agreed

    def show_error(self, title: str, message: str) -> None:
        """A clear error naming the file and the problem (window-modal, so
        background work keeps going)."""
        window = self._window
        window.last_error = message
        window.show_status(message.splitlines()[0] if message else title)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, window
        )
        self._open(box)


def _installed_version() -> str:
    """The installed version (what a bug report needs; read only when
    About opens: the package metadata costs start-up time)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quotemark")
    except PackageNotFoundError:
        return "(version unknown)"
