"""The speaker editor: who said a quotation, chosen by keyboard.

Opened with F2 (``correct.speaker``) on a quote in the Quotes tab or the
reader. The list offers the people the post names (each with the role the
post gives), the name and role fields take anyone else, "Speaker unknown"
clears both, and "All quotes given to X" applies the answer to every
quotation of the post with the same speaker, as one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.dialog_size import remember_size
from quotemark.app.panels.quotes import preview, speaker_line
from quotemark.app.style import mute
from quotemark.library.model import Post, Quote, SourceKind

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """What the researcher chose: a name and role (both ``None``: unknown),
    and whether it goes to every quote of the same speaker."""

    name: str | None
    role: str | None
    every: bool


def people(post: Post) -> list[tuple[str, str | None]]:
    """The people the post names: its speakers (with their roles) and the
    people it cites, each once, in reading order."""
    found: dict[str, str | None] = {}
    for quote in post.analysis.quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.name and found.get(speaker.name) is None:
            found[speaker.name] = speaker.role
    for source in post.analysis.sources:
        if source.kind == SourceKind.PERSON and source.name not in found:
            found[source.name] = None
    return list(found.items())


class SpeakerDialog(QDialog):
    """Pick or type the speaker of one quotation."""

    def __init__(self, post: Post, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerEditor")
        self.setWindowTitle(f"Speaker of quote {number}")
        self._quote: Quote = post.analysis.quotes[number - 1]
        speaker = self._quote.speaker
        same = [
            q
            for q in post.analysis.quotes
            if (q.speaker.label if q.speaker else "") == (speaker.label if speaker else "")
        ]

        said = QLabel(f"“{preview(self._quote.span.text, 20)}”", self)
        said.setWordWrap(True)
        said.setAccessibleName("The quotation")
        now = QLabel(f"Now: {speaker_line(self._quote)}", self)
        now.setAccessibleName("The speaker now")
        mute(now)

        self.people = QListWidget(self)
        self.people.setObjectName("speakerPeople")
        self.people.setAccessibleName("People this post names")
        for name, role in people(post):
            item = QListWidgetItem(f"{name} · {role}" if role else name)
            item.setData(PERSON_ROLE, (name, role))
            self.people.addItem(item)
        # As tall as its names (up to eight rows), not a block of empty space.
        rows = max(1, min(self.people.count(), 8))
        row_height = self.people.sizeHintForRow(0) if self.people.count() else 20
        self.people.setFixedHeight(row_height * rows + 2 * self.people.frameWidth() + 4)
        self.people.currentItemChanged.connect(self._on_people_currentItemChanged)

        self.name = QLineEdit(speaker.name or "" if speaker else "", self)
        self.name.setObjectName("speakerName")
        self.name.setAccessibleName("Speaker's name")
        self.name.setPlaceholderText("a person or an organisation")
        self.role = QLineEdit(speaker.role or "" if speaker else "", self)
        self.role.setObjectName("speakerRole")
        self.role.setAccessibleName("Speaker's role")
        self.role.setPlaceholderText("e.g. harbour master of Vessmaa")
        self.unknown = QCheckBox("Speaker &unknown", self)
        self.unknown.setObjectName("speakerUnknown")
        self.unknown.setAccessibleName("Speaker unknown")
        self.unknown.toggled.connect(self._on_unknown_toggled)
        who = speaker.label if speaker and speaker.label else "no one"
        if len(same) > 1:
            self.every = QCheckBox(f"&All {len(same)} quotes given to {who}", self)
            self.every.setAccessibleName(f"Apply to all {len(same)} quotes given to {who}")
        else:  # not "All 1 quotes": there is nothing more to apply it to
            self.every = QCheckBox(f"Only this quote is given to {who}", self)
            self.every.setAccessibleName(self.every.text())
        self.every.setObjectName("speakerEvery")
        self.every.setEnabled(len(same) > 1)

        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Role:", self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        pick = QLabel("&People in this post:", self)
        pick.setBuddy(self.people)

        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(now)
        layout.addWidget(pick)
        layout.addWidget(self.people)
        layout.addLayout(form)
        layout.addWidget(self.unknown)
        layout.addWidget(self.every)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        remember_size(self, "speaker")
        self.name.setFocus()
        self.name.selectAll()

    def choice(self) -> SpeakerChoice:
        """The answer as it stands."""
        if self.unknown.isChecked():
            return SpeakerChoice(None, None, self.every.isChecked())
        name = " ".join(self.name.text().split()) or None
        role = " ".join(self.role.text().split()) or None
        return SpeakerChoice(name, role, self.every.isChecked())

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_people_currentItemChanged(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if item is None:
            return
        name, role = item.data(PERSON_ROLE)
        self.unknown.setChecked(False)
        self.name.setText(name)
        self.role.setText(role or "")

    @Slot(bool)
    def _on_unknown_toggled(self, checked: bool) -> None:
        self.name.setEnabled(not checked)
        self.role.setEnabled(not checked)
