"""The Info tab: the open post's citation data as fields edited in place,
as in Zotero's item pane.

Title, authors (one per line, in order: "Family, Given" or an
organisation), date, site, URL, language, entry type (blog post, news
article, web page, journal article, preprint, report), a journal article's
journal, volume, issue, pages and DOI, a preprint's or report's archive,
identifier there and arXiv class, the publisher, and citation key. Leaving a field
(Tab, Enter, a click elsewhere) with a new value runs one correction
through the controller (:class:`quotemark.library.operations.EditMetadata`), so
Ctrl+Z undoes it; Esc in a field puts back what is stored. A refused value
(a date that is not one) is explained under the fields and the field keeps
the typing so it can be fixed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.controller import Controller
from quotemark.app.date_display import (
    date_examples,
    medium_date,
    numbers_hint,
    read_medium_date,
    read_numeric_date,
)
from quotemark.app.panels import inset
from quotemark.app.panels.authors_edit import HELP as AUTHORS_HELP
from quotemark.app.panels.authors_edit import AuthorsField
from quotemark.app.panels.post_follow import FollowsPost
from quotemark.app.panels.review import worth_reviewing
from quotemark.app.style import mute, show_as_error
from quotemark.app.undo import forget_typing, hand_undo_to_window
from quotemark.library import operations
from quotemark.library.errors import EditConflict, QuotemarkError
from quotemark.library.model import SCHOLARLY_FIELDS, Change, Post, TextRepair
from quotemark.library.quoting import isolated, titled

_FOCUS_EVENTS = (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
# Focus lost to a menu or another window: the typing goes on after it.
_STILL_EDITING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)

# (field, label, accessible name, placeholder)
_LINES: tuple[tuple[str, str, str, str], ...] = (
    ("title", "&Title:", "Title", ""),
    ("published", "&Date:", "Date", ""),  # date_examples(): the locale's forms
    ("site", "S&ite:", "Site", "the publication or blog"),
    ("journal", "&Journal:", "Journal", ""),  # a journal article's (its rows: _SCHOLARLY_ROWS)
    ("volume", "Volu&me:", "Volume", ""),
    # No Alt key for the issue and the pages, rarely corrected by hand:
    # every letter of either opens a menu or reaches a field used more
    # (Alt+S saves the note, Alt+P previews it). Tab reaches them, and the
    # DOI, in their place in the form.
    ("issue", "Issue:", "Issue", ""),
    ("pages", "Pages:", "Pages", "101–118"),
    ("url", "&URL:", "URL", "https://"),
    # Nor for the DOI: D is the date's, I the site's, and O the library's
    # order, a key the shortcuts list gives whatever post is open.
    ("doi", "DOI:", "DOI", "10.…"),
    # A preprint's or a report's (Alt+W, Alt+R, Alt+X: the letters of
    # "archive", "number" and "class" open menus or reach other fields).
    ("archive", "&Where held:", "Archive", "arXiv, SSRN, …"),
    ("eprint", "Numbe&r there:", "Archive identifier", "2103.04417"),
    ("eprint_class", "ar&Xiv class:", "arXiv class", "cs.CL"),
    ("publisher", "Pu&blisher:", "Publisher", ""),
    ("language", "&Language:", "Language", "en, pt-BR, …"),
    ("key", "Citation &key:", "Citation key", ""),
)


_UNSURE_WORDS = {
    "title": "title",
    "authors": "authors",
    "published": "date",
    "site": "site",
    "url": "URL",
    "language": "language",
}


_SAVED_WORDS = {
    **_UNSURE_WORDS,
    "key": "citation key",
    "entry_type": "entry type",
    "journal": "journal",
    "volume": "volume",
    "issue": "issue",
    "pages": "pages",
    "doi": "DOI",
    "archive": "archive",
    "eprint": "archive identifier",
    "eprint_class": "arXiv class",
    "publisher": "publisher",
}

_SCHOLARLY_ROWS = SCHOLARLY_FIELDS
"""A scholarly page's rows (:class:`quotemark.library.model.Scholarly`'s
fields): a journal article's journal, volume, issue, pages and DOI, a
preprint's or report's archive, identifier there and arXiv class, and the
publisher. Which show for a post: :func:`_scholarly_rows` (a news story or a
blog post has none). The reader's header cites the journal with its volume
and issue, or a preprint's archive identifier and class: each is corrected
here, as exports cite it."""

_ARTICLE_ROWS = ("journal", "volume", "issue", "pages")
_ARCHIVE_ROWS = ("archive", "eprint", "eprint_class")


def _scholarly_rows(entry_type: str | None, values: dict[str, Any]) -> dict[str, bool]:
    """Which of :data:`_SCHOLARLY_ROWS` show for a post said to be
    ``entry_type`` whose fields hold ``values``: a journal article's rows
    for one said or read to be a journal article, a preprint's or report's
    archive rows for one said or read to be one (a report has no volume to
    fill; the arXiv class for arXiv's or one not yet said to be held
    elsewhere), the DOI and the publisher with either; a row holding a
    value always."""
    article = entry_type == "journal" or any(values[n] for n in _ARTICLE_ROWS)
    archived = entry_type in ("preprint", "report") or any(values[n] for n in _ARCHIVE_ROWS)
    if entry_type is None and values["doi"] and not archived:
        article = True  # a DOI alone: a journal article's landing page
    shown = {name: article for name in _ARTICLE_ROWS}
    shown.update((name, archived) for name in _ARCHIVE_ROWS)
    # An arXiv class is arXiv's: not a report's, nor a preprint held
    # elsewhere (SSRN, bioRxiv), unless one is stored.
    held = (values["archive"] or "").casefold()
    shown["eprint_class"] = bool(values["eprint_class"]) or (
        archived and (held == "arxiv" or (not held and entry_type != "report"))
    )
    shown["doi"] = article or archived or bool(values["doi"])
    shown["publisher"] = article or archived or bool(values["publisher"])
    return shown


def saved_line(name: str, shown: str) -> str:
    """What the status bar says once field ``name`` is saved as ``shown``
    (the value as the field shows it): the field and the new value, so a
    researcher who tabbed away sees what was kept ("Edit title" named
    neither the value nor that it was saved)."""
    field = _SAVED_WORDS.get(name, name)
    if not shown:
        return f"Cleared the {field}."
    value = titled(shown, 60) if name == "title" else isolated(shown)
    return f"Saved the {field}: {value}."


def imported_line(post: Post, me: str | None) -> str:
    """ "Imported on DATE", or "Imported by NAME on DATE" when someone
    other than ``me`` imported it (one's own name is not repeated)."""
    day = medium_date(post.imported[:10])  # as the locale writes a date
    by = post.imported_by
    if by and by != me:
        return f"Imported by {by} on {day}"
    return f"Imported on {day}"


_NOT_REPAIRED = "The text shown is the saved file's text; nothing was repaired."
_NOTHING_TO_TELL = "The page gave its text whole; nothing to tell about it."


def repair_line(repair: TextRepair) -> str:
    """What the reader is told of a post whose text the import restored:
    how many places, and the first few as they were and as they read now."""
    places = "1 place" if repair.places == 1 else f"{repair.places} places"
    verb = "was" if repair.places == 1 else "were"
    # Not in quotation marks: the samples are often quotation marks.
    shown = "; ".join(f"{was} \u2192 {now}" for was, now in repair.samples)
    examples = f" ({shown})" if shown else ""
    return (
        f"Text repaired: {places} garbled by a wrong encoding {verb} restored on import"
        f"{examples}. There the text shown differs from the saved file."
    )


class InfoPanel(FollowsPost, QWidget):
    """The open post's citation data, editable in place."""

    status = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoPanel")
        self.setAccessibleName("Post info")
        self._controller = controller
        self._post: Post | None = None
        # What each field showed from the library before the user typed in
        # it (live updates leave a field being typed in alone): a save says
        # it started from this, so a colleague's change since is refused.
        self._started_from: dict[str, Any] = {}
        self._started_post: int | None = None
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow side panel puts labels above their fields.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, label, accessible, placeholder in _LINES:
            edit = QLineEdit(self)
            edit.setObjectName(f"info_{name}")
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(date_examples() if name == "published" else placeholder)
            if name == "published":
                # "4/12/2026" is read in the locale's order: hovering says which.
                hint = numbers_hint()
                edit.setProperty("baseToolTip", hint)
                edit.setAccessibleDescription(hint)  # read out, as hovering shows
            edit.setMinimumWidth(80)
            edit.editingFinished.connect(lambda n=name: self._commit(n))
            edit.installEventFilter(self)
            self.fields[name] = edit
            form.addRow(label, edit)
            if name == "title":
                self.authors_field = AuthorsField(self)
                self.authors = self.authors_field.text
                self.authors_field.setFocusProxy(self.authors)
                self.authors_field.committed.connect(lambda: self._commit("authors"))
                self.authors_field.cancelled.connect(lambda: self._show())
                form.addRow("&Authors:", self.authors_field)
        self.entry_type = QComboBox(self)
        self.entry_type.setObjectName("info_entry_type")
        self.entry_type.setAccessibleName("Entry type")
        for text, value in (
            ("not said (web page)", ""),
            ("Blog post", "blog"),
            ("News article", "news"),
            ("Web page", "web"),
            ("Journal article", "journal"),
            ("Preprint", "preprint"),
            ("Report", "report"),
        ):
            self.entry_type.addItem(text, value)
        self.entry_type.activated.connect(lambda _index: self._commit("entry_type"))
        form.insertRow(form.rowCount() - 1, "Entry t&ype:", self.entry_type)
        # Tab goes down the form as it reads: the box made last sits above
        # the citation key (Tab went Language, Citation key, Entry type).
        QWidget.setTabOrder(self.fields["language"], self.entry_type)
        QWidget.setTabOrder(self.entry_type, self.fields["key"])
        # Ctrl+Z right after a field saved (Enter, "Ctrl+Z undoes" in the
        # status bar) undoes the save, not nothing.
        hand_undo_to_window(self, *self.fields.values(), self.authors)
        # When (and, if a colleague did it, by whom) the post came in.
        self.imported = QLabel(self)
        self.imported.setObjectName("infoImported")
        self.imported.setAccessibleName("Imported")
        self.imported.setWordWrap(True)
        self.imported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mute(self.imported)
        # Where the text shown differs from the saved file's bytes: text
        # garbled by a wrong encoding that the import restored.
        self.repaired = self._text_notice("infoRepaired", "Text repaired")
        self._repair_of: int | None = None
        # What the page said about its text: part N of M, or its data.
        self.reading = self._text_notice("infoReading", "About this text")
        self.reading.setAccessibleDescription(_NOTHING_TO_TELL)
        self.unsure = QLabel(self)
        self.unsure.setObjectName("infoUnsure")
        self.unsure.setAccessibleName("Fields to check")
        self.unsure.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("infoMessage")
        self.message.setAccessibleName("Info message")
        self.message.setWordWrap(True)
        # A refused value or a colleague's change: said in the error red, and
        # out of the layout when there is nothing to say (it left a blank
        # line between the unsure line and the hint).
        show_as_error(self.message)
        self.message.hide()
        self.empty = QLabel("Open a post to see its citation data.", self)
        self.empty.setWordWrap(True)
        mute(self.empty)
        self.hint = QLabel(
            "A change is saved when you leave its field; Edit > Undo takes it back.", self
        )
        self.hint.setWordWrap(True)
        mute(self.hint)
        # The fields and the sections below them scroll together, so the
        # tab never makes the window taller than a 700 px screen allows.
        body = self._body = QWidget(self)
        body.setObjectName("infoBody")
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("infoScroll")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.scroller.setAccessibleName("Post info and notes")
        self.scroller.setAccessibleDescription("The open post's citation data, tags and note")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        layout = QVBoxLayout(body)
        inset(layout)  # inside the scroller, which is flush with the tab
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.imported)
        layout.addWidget(self.repaired)
        layout.addWidget(self.reading)
        layout.addWidget(self.unsure)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._layout = layout
        self._form = form
        body.installEventFilter(self)
        self.scroller.setWidget(body)
        controller.changed.connect(self._on_controller_changed)
        self._follow_resets()
        self.set_post(None)

    def add_section(self, section: QWidget) -> None:
        """Stack ``section`` below the fields (as Zotero's item pane stacks
        Info, Notes, Tags); it takes the height the fields leave."""
        stretch = self._layout.count() - 1  # the spacer that held the fields up
        self._layout.takeAt(stretch)
        inner = section.layout()
        if inner is not None:
            # The body's margins already inset the section: its own side
            # margins would start its labels and fields 6 px right of the
            # fields above (and end them 6 px short on the right).
            margins = inner.contentsMargins()
            inner.setContentsMargins(0, margins.top(), 0, margins.bottom())
        self._layout.addWidget(section, 1)
        # Narrower than its content the tab would cut the fields off.
        self.scroller.setMinimumWidth(self._body.minimumSizeHint().width())

    def set_post(self, post: Post | None) -> None:
        """Show this post's data (None empties the tab)."""
        self._post = post
        self._say("")
        self._show()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _widgets(self) -> list[QWidget]:
        return [*self.fields.values(), self.authors_field, self.entry_type]

    def _show(self, keep_typing: bool = False) -> None:
        """Fill the fields from the post; with ``keep_typing`` the field
        being edited keeps what is typed there."""
        post = self._post
        self.empty.setVisible(post is None)
        for widget in self._widgets():
            widget.setEnabled(post is not None)
        if post is None:
            for edit in self.fields.values():
                edit.clear()
            self.authors.clear()
            for name in _SCHOLARLY_ROWS:
                self._form.setRowVisible(self.fields[name], False)
            self.unsure.setVisible(False)
            self.imported.setVisible(False)
            self.repaired.setVisible(False)
            self.reading.setVisible(False)
            self._repair_of = None
            return
        self.imported.setText(imported_line(post, self._controller.who))
        self.imported.setVisible(True)
        self._show_repair(post)
        meta = post.metadata
        if self._started_post != post.id:
            self._started_from = {}
            self._started_post = post.id
        self._started_from["entry_type"] = meta.entry_type or ""
        values = {
            "title": meta.title,
            "published": meta.published or "",
            "site": meta.site or "",
            "url": meta.url or "",
            "language": meta.language or "",
            "key": post.key,
            **{name: self._stored(name) for name in _SCHOLARLY_ROWS},
        }
        for name, visible in _scholarly_rows(meta.entry_type, values).items():
            self._form.setRowVisible(self.fields[name], visible)
        for name, edit in self.fields.items():
            if keep_typing and edit.hasFocus() and edit.isModified():
                continue
            self._started_from[name] = values[name]
            shown = self._shown_text(name, values[name])
            if edit.text() != shown:
                edit.setText(shown)
                edit.setCursorPosition(0)
            # A long title or URL is cut off in the field: the whole of it on hover.
            edit.setToolTip(values[name] if name in ("title", "url") else _base_tip(edit))
        # "not said" names what exports cite it as then: a journal article's
        # page is no "web page" to them. (The export package loads here, when
        # a post is shown, not with the window: test_startup_imports.)
        from quotemark.library.export import kinds

        self.entry_type.setItemText(0, f"not said ({kinds.unsaid(replace(meta, entry_type=None))})")
        self.entry_type.setCurrentIndex(max(0, self.entry_type.findData(meta.entry_type or "")))
        authors = "\n".join(meta.authors)
        if not (keep_typing and self.authors.hasFocus() and self.authors.document().isModified()):
            self._started_from["authors"] = list(meta.authors)
            if self.authors.toPlainText() != authors:
                self.authors.setPlainText(authors)
        self._mark_unsure(post)

    def _text_notice(self, name: str, spoken: str) -> QLabel:
        # A notice about where the post's text came from: plain text that
        # wraps and can be selected (and so copied into a note).
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(spoken)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show_repair(self, post: Post) -> None:
        # Read once a post (the stored document is unpacked for it), again
        # when the post changes (a newer save of it imported).
        if self._repair_of == post.id:
            return
        self._repair_of = post.id
        try:
            repair = self._controller.text_repair(post.id)
        except QuotemarkError:
            repair = None
        text = repair_line(repair) if repair is not None else ""
        self.repaired.setText(text)
        # Read out whole (the name alone says only that it was repaired).
        self.repaired.setAccessibleDescription(text or _NOT_REPAIRED)
        self.repaired.setVisible(bool(text))
        try:
            reading = self._controller.reading(post.id)
        except QuotemarkError:
            reading = None
        about = reading.told() if reading else ""
        self.reading.setText(about)
        # Never empty, as the repair notice's: a screen reader's user who
        # reaches the (hidden) notice hears what its absence means.
        self.reading.setAccessibleDescription(about or _NOTHING_TO_TELL)
        self.reading.setVisible(bool(about))

    def _mark_unsure(self, post: Post) -> None:
        # The fields the extractor was unsure of, until settled: a "?" on
        # the field's accessible name and tooltip, and a line naming them.
        try:
            unsure = worth_reviewing(post, self._controller.uncertain_fields(post.id))
        except QuotemarkError:
            unsure = []
        meta = post.metadata
        described: list[str] = []
        for name, widget in (
            ("title", self.fields["title"]),
            ("authors", self.authors),
            ("published", self.fields["published"]),
            ("site", self.fields["site"]),
            ("url", self.fields["url"]),
            ("language", self.fields["language"]),
        ):
            # The description the window gave the field, kept to restore.
            base = widget.property("baseDescription")
            if base is None:
                base = widget.accessibleDescription()
                widget.setProperty("baseDescription", base)
            word = _UNSURE_WORDS[name]
            if name in unsure:
                sure = meta.sureness(name)
                note = f"Check the {word}: the extractor is unsure of it ({sure:.0%})."
                described.append(f"{word} ({sure:.0%})")
                whole = meta.title if name == "title" else meta.url if name == "url" else ""
                whole = whole or _base_tip(widget)
                widget.setToolTip(f"{note}\n{whole}" if whole else note)
                widget.setAccessibleDescription(f"{note} {base}".strip())
            else:
                if name == "authors":
                    widget.setToolTip(AUTHORS_HELP)
                elif name not in ("title", "url"):
                    widget.setToolTip(_base_tip(widget))
                widget.setAccessibleDescription(str(base))
        if described:
            text = (
                "? Unsure: " + ", ".join(described) + ". Check against the original page; "
                "correct it here or accept it in the Review tab."
            )
        elif not meta.confidence:
            # Stored before the extractor rated its fields (schema 9): no
            # mark must not read as "sure".
            text = (
                "Not rated: this post was stored before Quotemark said how sure it is of "
                "these fields, so none is marked. File > Re-extract rates them."
            )
        else:
            text = ""
        self.unsure.setVisible(bool(text))
        self.unsure.setText(text)

    def _shown_text(self, name: str, stored: str) -> str:
        """What field ``name`` shows of ``stored``: the date as the locale
        writes it ("9 Mar 2024") until the field takes the keyboard, then
        as stored (ISO), to edit."""
        if name == "published" and not self.fields[name].hasFocus():
            return medium_date(stored)
        return stored

    def _date_focus(self, edit: QLineEdit, focused: bool) -> None:
        # Editing starts from the stored ISO text; leaving the field
        # unchanged shows the locale's form again (a change is saved, and
        # the saved date shown, by the commit; refused typing stays).
        if self._post is None or edit.isModified():
            return
        stored = self._stored("published")
        edit.setText(stored if focused else medium_date(stored))
        edit.setCursorPosition(0)
        if focused:
            edit.selectAll()

    def _shown(self, name: str) -> str:
        # The saved value as its field now shows it (a date in words).
        if name == "authors":
            return ", ".join(self._stored("authors"))
        if name == "entry_type":
            return self.entry_type.currentText() if self._stored(name) else ""
        if name == "published":
            return medium_date(self._stored(name))
        return str(self._stored(name))

    def _stored(self, name: str) -> Any:
        post = self._post
        assert post is not None
        if name == "key":
            return post.key
        if name == "authors":
            return list(post.metadata.authors)
        if name == "entry_type":
            return post.metadata.entry_type or ""
        if name in _SCHOLARLY_ROWS:
            return getattr(post.metadata.scholarly, name, None) or ""
        return getattr(post.metadata, name) or ""

    def _commit(self, name: str) -> None:
        post = self._post
        if post is None:
            return
        value: Any
        if name == "authors":
            value = [line.strip() for line in self.authors.toPlainText().splitlines()]
            value = [v for v in value if v]
        elif name == "entry_type":
            value = str(self.entry_type.currentData() or "")
        elif name == "published" and not self.fields[name].isModified():
            # Nothing typed since it was filled or saved: leaving it shows
            # the locale's form ("10 Mar 2024"), which is no date to save
            # (Enter then Tab refused the date Enter had just saved).
            return
        else:
            value = self.fields[name].text().strip()
        if name == "published":
            # Typed as the field shows a date ("4 Dec 2026", "4. Dez. 2026"
            # in German): the locale's own form, read back. The core reads
            # English and ISO forms and says which when it refuses. Numbers
            # alone ("4/12/2026") in the order of the locale's short form;
            # one the locale leaves open the core refuses, naming both.
            value = read_medium_date(value) or read_numeric_date(value) or value
        if value == self._stored(name):
            return
        was = ((name, self._started_from.get(name, self._stored(name))),)
        if name == "key":
            operation = operations.EditMetadata(post.id, key=value, was=was)
        else:
            operation = operations.EditMetadata(post.id, ((name, value),), was=was)
        try:
            self._controller.run(operation, self)
        except EditConflict as error:
            # The message shows their value; saving again now is a choice
            # made knowing it.
            self._say(str(error))
            self.status.emit(str(error))
            self._post = self._controller.post(post.id)
            self._started_from[name] = self._stored(name)
            return
        except QuotemarkError as error:
            self._say(str(error))
            self.status.emit(str(error))
            return
        self._say("")
        if name in self.fields:
            self.fields[name].setModified(False)
        elif name == "authors":
            self.authors.document().setModified(False)
        self._post = self._controller.post(post.id)
        self._show()
        self.status.emit(saved_line(name, self._shown(name)))
        # The typing is saved: Ctrl+Z in the field now undoes the save.
        forget_typing(self.authors if name == "authors" else self.fields.get(name, self.entry_type))

    def _fit_form(self) -> None:
        """Labels above their fields when beside them a field would cut its
        words: at a 1.6x font the 348 px side panel left the Entry type box
        "not said (web pag" and the placeholders "the publication o…"
        (``WrapLongRows`` wraps only a field wider than its minimum, and
        the fields' minimum is small so the panel can narrow)."""
        form = self._form
        margins = self._layout.contentsMargins()
        room = self._body.width() - margins.left() - margins.right()
        fields: list[QWidget] = [*self.fields.values(), self.entry_type]
        labels = 0
        wanted = 0
        for field in fields:
            label = form.labelForField(field)
            if isinstance(label, QWidget):
                labels = max(labels, label.sizeHint().width())
            if isinstance(field, QLineEdit):
                # The placeholder's words, the frame and the text margins.
                text = field.fontMetrics().horizontalAdvance(field.placeholderText())
                wanted = max(wanted, text + 16 if text else 0)
            else:
                wanted = max(wanted, field.sizeHint().width())
        spacing = max(form.horizontalSpacing(), 0)
        wrap = labels + spacing + wanted > room
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if wrap
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._body and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
        ):
            self._fit_form()
            return False
        if watched is self.fields["published"] and event.type() in _FOCUS_EVENTS:
            self._date_focus(self.fields["published"], event.type() == QEvent.Type.FocusIn)
        elif (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() not in _STILL_EDITING
            and isinstance(watched, QLineEdit)
        ):
            # Left after typing at its end (or Esc), a long title showed its
            # end, "arbour Board Delays…": the field shows its start again.
            watched.setCursorPosition(0)
        # Esc in a field puts back the stored value.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QLineEdit)
            and self._post is not None
        ):
            name = next(n for n, e in self.fields.items() if e is watched)
            stored = self._stored(name)
            watched.setText(stored if isinstance(stored, str) else "")
            self._say("")
            return True
        return super().eventFilter(watched, event)

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        post = self._post
        if post is None or initiator is self:
            return
        if post.id in change.posts_removed:
            self.set_post(None)
        elif post.id in change.posts_changed:
            self._read_again(post)

    def _show_again(self) -> None:
        # A field being typed in keeps the typing.
        self._repair_of = None
        self._show(keep_typing=True)


def _base_tip(widget: QWidget) -> str:
    """The tooltip a field has when nothing about the post is said in it."""
    tip = widget.property("baseToolTip")
    return tip if isinstance(tip, str) else ""
