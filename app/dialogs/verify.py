"""File > Verify Manuscript: a manuscript's quotations checked against the
library (``quotemark.library.verify``, as ``quotemark verify`` does), one row each;
activating a row asks the window to open the cited post at the passage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.controller import Controller
from quotemark.app.dialog_size import remember_size
from quotemark.library.errors import QuotemarkError
from quotemark.library.verify import Finding, Report
from quotemark.library.verify.compare import Change

_VERDICTS = {
    "exact": "Exact",
    "typographic": "Same up to typography",
    "edited": "Elided / bracketed",
    "different": "Different",
    "not-found": "Not in the post",
    "stale": "No longer in the post",
    "unknown-key": "Unknown key",
}
_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class VerifyDialog(QDialog):
    """Open a manuscript and see each cited quotation's verdict;
    ``passage_requested(post_id, text)`` when a row is activated."""

    passage_requested = Signal(int, str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Verify Manuscript")
        self.setObjectName("verifyDialog")
        self._controller = controller
        self.report: Report | None = None
        self.open_button = QPushButton("&Open manuscript…", self)
        self.path_label = QLabel("A .tex, .md or .txt file with citations of your clips", self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(["Line", "Verdict", "Key", "Quotation", "Differences"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.path_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.cellActivated.connect(self._on_table_cell_activated)
        self.table.cellDoubleClicked.connect(self._on_table_cell_activated)
        buttons.rejected.connect(self.reject)
        self.resize(820, 480)
        remember_size(self, "verify")

    def load(self, path: Path) -> Report | None:
        """Check ``path`` and list its quotations; ``None`` (with the reason
        shown) when the file cannot be read."""
        self.path_label.setText(str(path))
        try:
            report = self._controller.verify_file(path)
        except QuotemarkError as error:
            self.table.setRowCount(0)
            self.summary.setText(str(error))
            self.report = None
            return None
        self.report = report
        self.table.setRowCount(len(report.findings))
        for row, finding in enumerate(report.findings):
            cells = (
                str(finding.quotation.line),
                _VERDICTS.get(finding.status, finding.status),
                finding.key or "",
                " ".join(finding.quotation.text.split()),
                "; ".join(_describe(change) for change in finding.changes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_FINDING_ROLE, row)
                if not finding.ok:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        bad = sum(not f.ok for f in report.findings)
        checked = len(report.findings)
        self.summary.setText(
            f"{checked} cited quotation{'' if checked == 1 else 's'} checked: "
            + (f"{bad} need{'s' if bad == 1 else ''} attention." if bad else "all stand.")
            + (f" {report.uncited} without a citation not checked." if report.uncited else "")
            + " Double-click a row to open the post."
        )
        return report

    def finding(self, row: int) -> Finding | None:
        """The finding shown in ``row``."""
        if self.report is None or not 0 <= row < len(self.report.findings):
            return None
        return self.report.findings[row]

    @Slot()
    def _on_open_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Verify Manuscript", "", "Manuscripts (*.tex *.md *.markdown *.txt);;All (*)"
        )
        if name:
            self.load(Path(name))

    @Slot(int, int)
    def _on_table_cell_activated(self, row: int, _column: int) -> None:
        finding = self.finding(row)
        if finding is not None and finding.post_id is not None:
            self.passage_requested.emit(finding.post_id, finding.quotation.text)


def _describe(change: Change) -> str:
    if change.kind == "elided":
        return f"elided “{change.source}”"
    if change.kind == "inserted":
        return f"[{change.quoted}]" + (f" for “{change.source}”" if change.source else "")
    if change.kind == "changed":
        return f"“{change.source}” → “{change.quoted}”"
    if change.kind == "added":
        return f"added “{change.quoted}”"
    return f"missing “{change.source}”"
