"""What an import did, file by file, when some files could not be imported:
each failed file with the reason the core gave (it names the problem)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
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
    restored in “Title” (see its Info tab)."."""
    # Here, not at the top: the window imports this module at start, and the
    # import's operations load with the first import (issue 15).
    from quotemark.library.operations import ImportStatus

    counts = {status: 0 for status in ImportStatus}
    for result in report.results:
        counts[result.status] += 1
    parts: list[str] = []
    imported = counts[ImportStatus.IMPORTED]
    parts.append(f"Imported {imported} post" + ("" if imported == 1 else "s"))
    if counts[ImportStatus.DUPLICATE]:
        parts.append(f"{counts[ImportStatus.DUPLICATE]} already in the library")
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
    return "; ".join(parts) + "."


_NAMED = 3
"""Posts a summary names by title, at most."""


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


class ImportReportDialog(QDialog):
    """Lists the files that failed, each with its reason, then the files
    that are not saved posts (a PDF, an image), each with what it is."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.setObjectName("importReport")
        failed = report.failed
        lead = (
            f"{len(failed)} of {len(report.results)} files could not be imported."
            if failed
            else f"{len(report.skipped)} of {len(report.results)} files are not saved posts."
        )
        # The summary names posts by title: text, not markup. (html's
        # entity table loads here, with the first report, not at start.)
        from html import escape

        heading = QLabel(f"<b>{lead}</b><br>{escape(summary(report))}", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["File", "Problem"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for result in (*failed, *report.skipped):
            item = QTreeWidgetItem([Path(result.path).name, _reason(result.path, result.message)])
            item.setToolTip(0, result.path)
            item.setToolTip(1, result.message)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
        remember_size(self, "import_report")

    def failed_files(self) -> list[tuple[str, str]]:
        """(file name, problem) as listed."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]
