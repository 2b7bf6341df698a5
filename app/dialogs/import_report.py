"""What an import did, file by file, when some files could not be imported:
each failed file with the reason the core gave (it names the problem); and
each file saved again from a stored post's address with changed text, with
"Replace with the new copy" (and one button for all of them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.dialog_size import remember_size

if TYPE_CHECKING:
    from collections.abc import Sequence

    from quotemark.library.operations import ImportReport, ImportResult


def summary(report: ImportReport) -> str:
    """One line for the status bar: "Imported 3 posts; 1 already in the
    library; 2 could not be imported; text garbled by a wrong encoding
    restored in “Title” (see its Info tab); 1 image left out of “Title” for
    its size (…): map.png."."""
    # Here, not at the top: the window imports this module at start, and the
    # import's operations load with the first import (issue 15).
    from quotemark.library.operations import ImportStatus

    counts = {status: 0 for status in ImportStatus}
    for result in report.results:
        counts[result.status] += 1
    parts: list[str] = []
    imported = counts[ImportStatus.IMPORTED]
    # "Imported 0 posts; 1 already in the library" read as a failure of
    # the import: with nothing new, what happened leads.
    parts.append(
        (f"Imported {imported} post" + ("" if imported == 1 else "s"))
        if imported
        else "No new post"
    )
    changed = report.replaceable
    if counts[ImportStatus.DUPLICATE] - len(changed):
        parts.append(f"{counts[ImportStatus.DUPLICATE] - len(changed)} already in the library")
    if changed:
        # Not "already in the library": the file's text is not the stored
        # post's. The files by name, and that the stored post was kept.
        kept = "its stored post kept" if len(changed) == 1 else "their stored posts kept"
        parts.append(f"{len(changed)} saved again with changed text ({_files(changed)}; {kept})")
    if counts[ImportStatus.FAILED]:
        failed = [r for r in report.results if r.status is ImportStatus.FAILED]
        # The files by name: the status line stays after the report closes.
        parts.append(f"{len(failed)} could not be imported ({_files(failed)})")
    if counts[ImportStatus.SKIPPED]:
        others = counts[ImportStatus.SKIPPED]
        kind = "file is not a saved post" if others == 1 else "files are not saved posts"
        parts.append(f"{others} {kind}")
    if counts[ImportStatus.CANCELLED]:
        parts.append(f"{counts[ImportStatus.CANCELLED]} skipped (cancelled)")
    repaired = report.repaired
    if repaired:
        # The text shown then differs from the saved file: said, not silent,
        # and of the posts it is true of by name (the post an import opens
        # is its first, not necessarily one of these).
        parts.append(f"text garbled by a wrong encoding restored in {_named(repaired)}")
    parts.extend(_left_out(result) for result in report.images_left_out[:_NAMED])
    more = len(report.images_left_out) - _NAMED
    if more > 0:
        parts.append(f"images left out of {more} more post{'' if more == 1 else 's'}")
    return "; ".join(parts) + "."


def _left_out(result: ImportResult) -> str:
    # "2 images left out of “The Pier” for their size (…): map.png,
    # chart.png": the reader shows a hole where they were, and says nothing.
    from quotemark.library.importers.webpage_complete import left_out_words

    title = result.title or "(untitled)"
    return left_out_words(result.images_left_out, f" of \u201c{title}\u201d")


REPLACE = "Replace with the new copy"
REPLACE_ALL = "Replace all with the new copies"
"""The words of the buttons that replace posts, here and in the status bar."""


def replace_text(count: int) -> str:
    """The status bar's button's words for ``count`` files."""
    return REPLACE if count == 1 else f"{REPLACE_ALL} ({count})"


_NAMED = 3
"""Posts a summary names by title, at most."""
FILE_CHARS = 30
"""The report's File column, at most, in characters: the rest is the reason's."""


def _named(results: Sequence[ImportResult]) -> str:
    # "“Title” (see its Info tab)"; "3 posts: “A”, “B”, “C” (see their Info
    # tabs)"; past the first few, "and 2 more".
    titles = [f"\u201c{r.title or '(untitled)'}\u201d" for r in results[:_NAMED]]
    if len(results) == 1:
        return f"{titles[0]} (see its Info tab)"
    more = len(results) - len(titles)
    listed = ", ".join(titles) + (f" and {more} more" if more else "")
    return f"{len(results)} posts: {listed} (see their Info tabs)"


def _files(results: Sequence[ImportResult]) -> str:
    # "bad.html"; "a.html, b.html, c.html and 2 more".
    names = [Path(r.path).name for r in results[:_NAMED]]
    more = len(results) - len(names)
    return ", ".join(names) + (f" and {more} more" if more else "")


def _reason(path: str, message: str) -> str:
    # The column already names the file: the reason without its path.
    return message.removeprefix(f"{path}: ")


def _changed_reason(result: ImportResult) -> str:
    title = result.title or "(untitled)"
    return f"Changed text; \u201c{title}\u201d (id {result.post_id}) kept as it was"


def _lead(failed: int, skipped: int, changed: int, total: int) -> str:
    # The heading counts every kind of row the list below shows: it named
    # only the failed files, so "2 of 4 files could not be imported" stood
    # over three rows (the third a file that is not a saved post).
    kinds = [
        (failed, "could not be imported", "could not be imported"),
        (skipped, "is not a saved post", "are not saved posts"),
        (
            changed,
            "is a newer copy of a stored post, with changed text",
            "are newer copies of stored posts, with changed text",
        ),
    ]
    parts: list[str] = []
    for count, one, many in kinds:
        if not count:
            continue
        # The first part says of how many: "2 of 4 files could not be
        # imported; 1 is not a saved post." One file takes the singular
        # there too: "1 of 3 files is not a saved post".
        counted = f"{count} of {total} files" if not parts else str(count)
        parts.append(f"{counted} {one if count == 1 else many}")
    return "; ".join(parts) + "."


class ImportReportDialog(QDialog):
    """Lists the files that failed, each with its reason, then the files
    that are not saved posts (a PDF, an image), each with what it is, then
    the files saved again with changed text, each with "Replace with the new
    copy" (``replace_requested``)."""

    replace_requested = Signal(list)  # [(post id, Path)]

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.setObjectName("importReport")
        failed = report.failed
        changed = [r for r in report.replaceable if r.post_id is not None]
        total = len(report.results)
        lead = _lead(len(failed), len(report.skipped), len(changed), total)
        # The summary names posts by title: text, not markup. (html's
        # entity table loads here, with the first report, not at start.)
        from html import escape

        heading = QLabel(f"<b>{lead}</b><br>{escape(summary(report))}", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["File", "Problem", ""] if changed else ["File", "Problem"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Files of the import")
        self.tree.setAccessibleDescription("Each file named with what kept it out of the library")
        for result in (*failed, *report.skipped):
            item = QTreeWidgetItem([Path(result.path).name, _reason(result.path, result.message)])
            item.setToolTip(0, result.path)
            item.setToolTip(1, result.message)
            self.tree.addTopLevelItem(item)
        # One button per file saved again with changed text.
        self.replace_buttons: list[QPushButton] = []
        self._replaceable = [(int(r.post_id or 0), Path(r.path)) for r in changed]
        for row, ((_post_id, path), result) in enumerate(
            zip(self._replaceable, changed, strict=False)
        ):
            item = QTreeWidgetItem([path.name, _changed_reason(result)])
            item.setToolTip(0, str(path))
            item.setToolTip(1, result.message)
            self.tree.addTopLevelItem(item)
            button = QPushButton(REPLACE, self.tree)
            button.setAccessibleName(f"Replace \u201c{result.title}\u201d with {path.name}")
            said = (
                f"Replace the stored post with {path.name}, keeping its clips, corrections, "
                "tags and notes (Undo puts the old text back)"
            )
            button.setToolTip(said)
            button.setAccessibleDescription(said)
            button.clicked.connect(lambda _=False, i=row: self._replace([i]))
            self.tree.setItemWidget(item, 2, button)
            self.replace_buttons.append(button)
        self.tree.resizeColumnToContents(0)
        # A long file name took the whole width and pushed the reason and
        # the Replace button out of sight (a sideways scroll, at 1.6x even
        # a short name): cut in the middle, so its end shows, the whole
        # path in its tooltip. (Cut here: the tree wraps words, and so
        # would elide only at the end.)
        metrics = self.tree.fontMetrics()
        widest = metrics.averageCharWidth() * FILE_CHARS
        if self.tree.columnWidth(0) > widest:
            for row in range(self.tree.topLevelItemCount()):
                listed = self.tree.topLevelItem(row)
                if listed is None:
                    continue
                name = listed.text(0)
                listed.setText(0, metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, widest))
                listed.setData(0, Qt.ItemDataRole.AccessibleTextRole, name)
            self.tree.resizeColumnToContents(0)
        if changed:
            # The reason takes the room; each button only what its words need.
            header = self.tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleDescription("Close the import report")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.replace_all_button: QPushButton | None = None
        if len(self.replace_buttons) > 1:
            self.replace_all_button = buttons.addButton(
                f"{REPLACE_ALL} ({len(self.replace_buttons)})",
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.replace_all_button.setAccessibleDescription(
                "Replace every stored post listed with its new copy, in one step Undo takes back"
            )
            self.replace_all_button.clicked.connect(
                lambda: self._replace(list(range(len(self.replace_buttons))))
            )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
        remember_size(self, "import_report")

    def _replace(self, rows: list[int]) -> None:
        # Each file once: a row asked for is not offered again.
        wanted = [i for i in rows if self.replace_buttons[i].isEnabled()]
        for i in wanted:
            self.replace_buttons[i].setEnabled(False)
            self.replace_buttons[i].setText("Replacing…")
        self._show_left()
        if wanted:
            self.replace_requested.emit([self._replaceable[i] for i in wanted])

    def show_replaced(self, replaced: list[int], failed: list[int], waiting: list[int]) -> None:
        """Say on each row asked for whether its post was replaced; a row
        whose replacement could not start (``waiting``) is offered again."""
        offered_again = False
        for (post_id, _path), button in zip(self._replaceable, self.replace_buttons, strict=True):
            if button.isEnabled():
                continue
            if post_id in waiting:
                button.setText(REPLACE)
                button.setEnabled(True)
                offered_again = True
            elif post_id in failed:
                button.setText("Left as it was")
            elif post_id in replaced:
                button.setText("Replaced")
        if offered_again:
            self._show_left()

    def _show_left(self) -> None:
        # "Replace all" counts the files not yet asked for (none: disabled).
        if self.replace_all_button is not None:
            left = sum(b.isEnabled() for b in self.replace_buttons)
            self.replace_all_button.setText(f"{REPLACE_ALL} ({left})")
            self.replace_all_button.setEnabled(left > 0)

    def failed_files(self) -> list[tuple[str, str]]:
        """(file name, problem) as listed."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]
