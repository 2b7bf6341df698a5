"""The welcome view shown while the library is empty: what Quotemark does,
and the two ways to start (import your posts, or open the sample post)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    """Import and "Open the sample post" buttons on an empty library."""

    import_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel("Welcome to Quotemark", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(
            "Import the web posts you saved (HTML, “Web page, complete”, MHTML or plain text)."
            " Quotemark marks every quotation, who said it and the sources cited, and lets you"
            " clip passages with one keystroke into a citation library you can export to"
            " BibTeX, biblatex, CSL\u2011JSON, RIS or Markdown.",
            self,
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the wrapped label work out its height (with only
        # a maximum width, a centred label is squeezed to one cut-off line).
        body.setFixedWidth(560)
        body.setMinimumHeight(body.heightForWidth(560))
        hint = QLabel("You can also drop files or folders onto this window.", self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        self.import_button = QPushButton("Import posts…", self)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setDefault(True)
        self.sample_button = QPushButton("Open the sample post", self)
        self.sample_button.setObjectName("welcomeSample")
        for button in (self.import_button, self.sample_button):
            button.setMinimumWidth(240)
            button.setMinimumHeight(36)
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self.sample_requested)

        icon = QLabel(self)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        window_icon = QApplication.windowIcon()
        if not window_icon.isNull():
            icon.setPixmap(window_icon.pixmap(QSize(96, 96)))

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(3)
