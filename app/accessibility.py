"""Names and descriptions for assistive technology, and moving between the
window's panes by keyboard.

:func:`describe` gives every focusable widget of the window an accessible
name (what a screen reader says it is) and a description (what it does),
from one table kept here so the wording stays consistent; a widget whose
own code already named it keeps its name. :class:`PaneCycle` moves the
keyboard between the library, the reader and the side panel (F6 and
Ctrl+Tab forward, Shift+F6 and Ctrl+Shift+Tab back, registry actions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

# objectName -> (accessible name, or "" to keep the one Qt derives; description)
_TABLE: dict[str, tuple[str, str]] = {
    "librarySearch": (
        "Search all posts",
        'Words, "phrases", author:, site:, tag: or -word, or a DOI or arXiv identifier'
        " (10.1234/…, arXiv:2103.04417) to find its post; Enter goes to the results",
    ),
    "libraryFilter": ("Show posts", "All posts, or only those with a tag or citing a source"),
    "librarySort": ("", "The order of the library list"),
    "libraryList": ("Posts", "The library's posts; Enter opens the selected one"),
    "sideTabs": (
        "Side panel",
        "Quotes, Sources, Clips, Info (with tags and note) and Review of the open post",
    ),
    "qt_tabwidget_tabbar": ("Side panel tabs", "Left and Right choose a tab"),
    "ScrollLeftButton": ("", "Shows the tabs further left"),
    "ScrollRightButton": ("", "Shows the tabs further right"),
    "quotesList": ("", "Enter shows the quotation in the text"),
    "sourcesList": ("", "Choose a source to list where the library cites it"),
    "citationsList": ("", "Enter opens the post at that citation"),
    "clipsList": ("Clips", "The clips of this post or of the library; Enter shows one in the text"),
    "clipNote": ("Clip note", "The selected clip's note; Enter saves, Esc drops the edit"),
    "clipTags": ("Clip tags", "Comma-separated; Enter saves, Esc drops the edit"),
    "clipKey": ("Clip citation key", "The key exports cite the clip by; Enter saves"),
    "readerTitle": ("", "The post's title"),
    "readerByline": ("Authors", "Who wrote the post"),
    "readerDate": ("Published", "When the post was published (the exact date in its tooltip)"),
    "readerSite": ("Site", "Where the post was published"),
    "readerCitedIn": (
        "Cited in",
        "A journal article's journal, volume and issue, or a preprint's archive identifier",
    ),
    "readerOriginalLink": ("Original", "Opens the post on the web"),
    "readerCounts": ("Counts", "How many quotations, sources and clips the post has"),
    "welcomeImport": ("", "Choose saved posts to import"),
    "welcomeSample": ("", "Open a sample post to try Quotemark"),
    "postCollections": ("Collections of the post", "The collections the open post is in"),
    "reviewList": ("", "The readings to check; Enter shows one in the text, F2 corrects it"),
    "librarySourcesList": ("", "Every source the library cites; Enter lists where"),
    "info_title": ("", "The post's title as cited; saved when you leave the field"),
    "info_entry_type": (
        "",
        "Blog post, news article, web page, journal article, preprint or report: how exports"
        " type the entry",
    ),
    "info_journal": ("", "The journal a journal article appeared in, as exports cite it"),
    "info_volume": ("", "A journal article's volume, as exports and the reader's header cite it"),
    "info_issue": ("", "A journal article's issue number, as exports and the header cite it"),
    "info_pages": ("", "A journal article's first and last page, as 101–118"),
    "info_doi": ("", "A journal article's DOI, as 10.1234/…; exports cite it by its DOI"),
    "info_archive": (
        "",
        "Where a preprint or report is held: its server (arXiv, SSRN, …) or the institution"
        " that issued it",
    ),
    "info_eprint": (
        "",
        "A preprint's identifier on its server (2103.04417) or a report's number",
    ),
    "info_eprint_class": ("", "A preprint's arXiv class, as cs.CL"),
    "info_publisher": (
        "",
        "Who published it: a journal's publisher, exports cite it; a report's publishing"
        " house, cited when no institution is named (Where held)",
    ),
    "info_key": ("", "The key exports cite the post by; saved when you leave the field"),
    "infoImported": ("", "When the post was imported, and by whom if not you"),
    "findField": ("", "Words to find in the open post; Enter finds the next, Esc closes"),
    "readerText": ("", "The open post; J and K move between its quotations"),
    "clipsCopyMore": ("", "Other ways to copy the selected clips (Pandoc citations)"),
    # Preferences and the shortcuts sheet
    "themeChoice": ("Theme", "Light, dark, high contrast, or as the system is"),
    "citationStyle": ("Citation style", "The style copied and exported citations follow"),
    "displayName": ("", "The name colleagues see on your clips, corrections and imports"),
    "keyTable": (
        "Keyboard shortcuts",
        "One row an action; Enter on a row (or a click on its key), then press the new key",
    ),
    "restoreKeys": ("", "Puts every key back as Quotemark ships it"),
    "readerFontSize": ("", "The size of the reader's text"),
    "readerLineHeight": ("", "The space between the reader's lines, in percent of the text"),
    "shortcutsList": ("Keyboard shortcuts", "Each action with its keys, grouped by menu"),
}


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that can take the keyboard."""
    return [w for w in root.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def unnamed(root: QWidget) -> list[QWidget]:
    """Focusable widgets a screen reader would find without a name or a description."""
    return [w for w in focusable(root) if not _name(w).strip() or not _description(w).strip()]


def describe(root: QWidget) -> None:
    """Name and describe every focusable widget under ``root``, and the
    buttons Qt adds that a screen reader reaches without the keyboard."""
    _name_built_in_buttons(root)
    for widget in focusable(root):
        name, description = _TABLE.get(widget.objectName(), ("", ""))
        if name and not widget.accessibleName():
            widget.setAccessibleName(name)
        if description and not widget.accessibleDescription():
            widget.setAccessibleDescription(description)
        if isinstance(widget, QTabBar):
            # A tab bar speaks for its current tab: each tab says what it holds.
            widget.setAccessibleDescription("Tabs: Left and Right choose another")
            if not widget.toolTip():
                widget.setToolTip("Left and Right choose another tab")
            for index in range(widget.count()):
                if not widget.tabToolTip(index):
                    label = widget.tabText(index).replace("&", "")
                    widget.setTabToolTip(
                        index, f"{label} of the open post (Left and Right choose another tab)"
                    )
        if isinstance(widget, QComboBox):
            # The drop-down list is the box's own; it says whose it is.
            owner = widget.accessibleName() or _name(widget) or "Choices"
            view = widget.view()
            view.setAccessibleName(f"{owner}: choices")
            view.setAccessibleDescription("Up and Down choose, Enter takes the choice")
        control = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(
            control, QAbstractSpinBox | QKeySequenceEdit | QComboBox
        ):
            # The text field inside a spin box, key editor or editable box
            # takes the keyboard for it: it is read as the control it is in.
            if not widget.accessibleName() and _name(control).strip():
                widget.setAccessibleName(_name(control).strip())
            if not widget.accessibleDescription() and _description(control).strip():
                widget.setAccessibleDescription(_description(control).strip())
        if not _name(widget).strip() or _name(widget).strip() in {"↑", "↓", "✕"}:
            tip = widget.toolTip().split(" (")[0].strip()
            if tip:
                widget.setAccessibleName(tip)
        if not _description(widget).strip():
            widget.setAccessibleDescription(_fallback_description(widget))


def _name_built_in_buttons(root: QWidget) -> None:
    # Qt leaves these nameless: a field's clear button and the toolbar's
    # "more" arrow take no keyboard focus, but AT-SPI lists them as controls
    # (a screen reader says "button" and nothing else).
    for field in root.findChildren(QLineEdit):
        if field.isClearButtonEnabled():
            for button in field.findChildren(QToolButton):
                if not button.accessibleName():
                    button.setAccessibleName("Clear")
                    button.setAccessibleDescription("Empties the field")
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName("More toolbar actions")
            button.setAccessibleDescription("The actions the window is too narrow to show")


def _fallback_description(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return f"Button: {(widget.text() or widget.toolTip()).replace('&', '')}"
    if isinstance(widget, QAbstractItemView):
        return "A list; Up and Down move, Enter chooses"
    return _name(widget) or "Part of the Quotemark window"


class PaneCycle(QObject):
    """The keyboard's round of the panes: library list, reader, side panel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def panes(self) -> list[tuple[QWidget, QWidget]]:
        """Each shown pane with the widget that takes the keyboard in it."""
        window = self._window
        library = window.library_pane
        found: list[tuple[QWidget, QWidget]] = []
        if library.isVisible():
            has_rows = library.model.rowCount() > 0
            found.append((library, library.view if has_rows else library.search_box))
        if window.reader.isVisible():
            found.append((window.reader, window.reader.editor()))
        side = window.side_tabs
        if side.isVisible():
            found.append((side, self._side_target()))
        return found

    def _side_target(self) -> QWidget:
        # The open side tab's first field, else its tab bar (a tab of text).
        side = self._window.side_tabs
        page = side.currentWidget()
        # A page may name where the keyboard goes: the first widget found
        # is the first created, which in Sources was its lowest list
        # ("where it is cited"), below the post's sources.
        entry = getattr(page, "keyboard_entry", None)
        chosen = entry() if callable(entry) else None
        if isinstance(chosen, QWidget) and chosen.isVisible():
            return chosen
        inner = [w for w in focusable(page) if w.isVisible()] if page is not None else []
        return inner[0] if inner else side.tabBar()

    def enter_side_tab(self, page: QWidget) -> None:
        """Show ``page``'s side tab (the side panel too, if hidden) with the
        keyboard in it, where F6 would put it."""
        self._window.show_side_tab(page)
        self._side_target().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (-1) pane."""
        panes = self.panes()
        if not panes:
            return
        focus = self._window.focusWidget()
        current = next(
            (
                i
                for i, (pane, _target) in enumerate(panes)
                if focus is not None and (pane is focus or pane.isAncestorOf(focus))
            ),
            None,
        )
        index = 0 if current is None else (current + step) % len(panes)
        panes[index][1].setFocus(Qt.FocusReason.ShortcutFocusReason)
