"""The stored original page of a post, shown locally, to add back what the
extraction dropped.

:class:`OriginalView` renders the page the core made safe
(:meth:`quotemark.library.service.Library.original_page`) in a read-only
``QTextBrowser`` whose resource loader answers only the post's stored
images and refuses every other name (http, https, file, data), and which
never follows a link: nothing remote is ever requested. The window is not
modal, so the reader beside it shows the body change at once; its
"Add to the body" button and keys are the registry's ``body.add_passage``,
and Ctrl+Z / Ctrl+Shift+Z work in it as in the main window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from quotemark.app.dialog_size import remember_size
from quotemark.library.model import Post

if TYPE_CHECKING:
    # (Only for types: the extraction loads the analysis, which the window
    # does not load before a post is read.)
    from quotemark.library.extract.original import OriginalPage


class OriginalView(QTextBrowser):
    """A read-only rendering of one stored page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.images: dict[str, bytes] = {}
        self.refused: list[str] = []  # names asked for and refused (tests read it)

    def show_page(self, page: OriginalPage, post: Post) -> None:
        """Show ``page``; its images come from ``post``'s stored resources."""
        data = {r.name: r.data for r in post.resources}
        self.images = {ref: data[name] for ref, name in page.images if name in data}
        self.setHtml(page.html)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Only the post's stored images; anything else is refused, never
        fetched (QTextBrowser would read local files by itself)."""
        key = name.toString() if isinstance(name, QUrl) else str(name)
        data = self.images.get(key)
        if int(type) != int(QTextDocument.ResourceType.ImageResource) or data is None:
            self.refused.append(key)
            return None
        image = QImage()
        return image if image.loadFromData(data) else None

    def selected_passage(self) -> str:
        """The selection as text, paragraph breaks as line breaks."""
        return self.textCursor().selectedText().replace("\u2029", "\n")


class OriginalPageWindow(QDialog):
    """The original page of the open post, beside the reader."""

    def __init__(self, actions: Iterable[QAction], add: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.resize(720, 640)
        remember_size(self, "original")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.view = OriginalView(self)
        self.view.setAccessibleName("Original page")
        self.view.setAccessibleDescription(
            "The stored page as saved, shown without anything remote; select a passage the "
            "reader lacks and add it to the body"
        )
        self.add_button = QToolButton(self)
        self.add_button.setDefaultAction(add)
        self.add_button.setAccessibleName(add.text().replace("&", ""))
        self.add_button.setAccessibleDescription(add.statusTip())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_button)
        # The registry's actions, so their keys work in this window too.
        for action in actions:
            self.addAction(action)
        self.post_id: int | None = None

    def show_post(self, post: Post, page: OriginalPage, hint: str) -> None:
        """Show ``post``'s original page."""
        self.post_id = post.id
        self.setWindowTitle(f"Original page — {post.metadata.title or '(untitled)'}")
        self.hint.setText(hint)
        self.view.show_page(page, post)
