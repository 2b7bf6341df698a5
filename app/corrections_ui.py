"""The window's correction commands: edit a speaker (F2), make the
reader's selection a quotation, remove a false one, show the Info tab.

Each runs one operation through the controller (so Ctrl+Z undoes it and
every view updates from its change, the reader without a reload of the
window); the keys come from the action registry (``correct.*``,
``view.post_info``). The reader's context menu offers the same actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QApplication, QDialog

from quotemark.app.actions import display_keys, spec
from quotemark.app.dialogs.ask import get_item, get_text
from quotemark.app.dialogs.speaker import SpeakerDialog
from quotemark.library import operations
from quotemark.library.errors import EditConflict, QuotemarkError
from quotemark.library.model import QuoteKind

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow
    from quotemark.library.model import Post
    from quotemark.library.operations import Operation


def catch_up(window: MainWindow) -> None:
    """After a correction refused because someone else changed the same
    thing: their change reaches every view now (not at the next poll), and
    the open post is read again, the reader keeping its place."""
    window.controller.poll()
    window.open_post_state.reload()


def field_word(name: str) -> str:
    """A citation field as the status bar names it."""
    return {"published": "date"}.get(name, name)


KIND_PARTIAL = "Make quotation partia&l"
KIND_DIRECT = "Make quotation direct (not partia&l)"
"""The kind item's text for a quote read direct, and for a partial one
(the same mnemonic letter either way, so Alt+E, L always reaches it)."""


class CorrectionCommands(QObject):
    """Wires the correction actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        connect = window.registry.on_trigger
        connect("correct.speaker", self.edit_speaker)
        connect("correct.add_quote", self.add_quote)
        connect("correct.remove_quote", self.remove_quote)
        connect("correct.kind", self.toggle_kind)
        connect("view.post_info", self.show_info)
        connect("review.next", lambda: self.step_review(forward=True))
        connect("review.previous", lambda: self.step_review(forward=False))
        connect("review.accept", self.accept_speaker)
        connect("source.rename", self.rename_source)
        connect("source.merge", self.merge_source)
        connect("source.remove", self.remove_source)
        # Both lists of the Sources tab (this post's, the library's) offer them.
        for sources in (
            window.sources_panel.sources_list(),
            window.sources_panel.source_index().list,
        ):
            sources.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            sources.addActions(
                [window.registry[i] for i in ("source.rename", "source.merge", "source.remove")]
            )
        window.review_panel.quote_activated.connect(self._go_to_quote)
        window.review_panel.field_activated.connect(self.show_field)
        window.review_panel.listed.connect(window.reader.set_uncertain)
        keys = window.registry.keys
        window.review_panel.set_hint(
            f"Next / previous: {display_keys(keys('review.next'))} / "
            f"{display_keys(keys('review.previous'))} · edit: "
            f"{display_keys(keys('correct.speaker'))} · extent: "
            f"{display_keys(keys('correct.extent'))} · accept: "
            f"{display_keys(keys('review.accept'))}"
        )
        editor = window.reader.editor()
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._on_editor_customContextMenuRequested)
        window.post_opened.connect(self._on_window_post_opened)
        window.open_post_state.closed.connect(lambda: window.info_panel.set_post(None))
        window.open_post_state.closed.connect(lambda: window.review_panel.set_post(None))
        window.info_panel.status.connect(window.show_status)
        quotes = window.quotes_panel.tree()
        quotes.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        quotes.addActions(
            [
                window.registry["correct.speaker"],
                window.registry["correct.remove_quote"],
                window.registry["correct.kind"],
            ]
        )
        # The kind item says which way it goes for the quote it is about:
        # the Edit menu's before it opens, the right-click menus' for the
        # quote clicked (the Quotes tab's is its current row).
        quotes.currentItemChanged.connect(self.name_kind_action)

    @Slot()
    def name_kind_action(self) -> None:
        """Partial or direct quotation, named by what it will do to the
        quote it is about ("Partial or direct quotation" alone left a
        researcher, and a screen reader, guessing which)."""
        target = self._target()
        if target is None:
            text = spec("correct.kind").text
        elif target[0].analysis.quotes[target[1]].kind is QuoteKind.PARTIAL:
            text = KIND_DIRECT
        else:
            text = KIND_PARTIAL
        self._window.registry["correct.kind"].setText(text)

    def target_quote(self) -> int | None:
        """The quote a command is about: the Quotes tab's current one when
        the tab has the focus, else the one under the reader's cursor, else
        the one J/K last went to."""
        window = self._window
        tree = window.quotes_panel.tree()
        if tree.hasFocus() and window.quotes_panel.current_index() is not None:
            return window.quotes_panel.current_index()
        review = window.review_panel.list
        listed = window.review_panel.indexes()
        if review.hasFocus() and 0 <= review.currentRow() < len(listed):
            # The quotes come first in the list; a citation field's entry
            # after them names no quote, so the reader's cursor decides.
            return listed[review.currentRow()]
        under = window.reader.quote_under_cursor()
        if under is not None:
            return under
        if window.reader.current_quote() is not None:
            return window.reader.current_quote()
        return window.quotes_panel.current_index()

    def _run(self, operation: Operation[Any], what: str) -> bool:
        try:
            result = self._window.controller.run(operation, self)
        except EditConflict as error:
            # Their value is in the message; the views show it as well.
            self._window.show_error(what, str(error))
            catch_up(self._window)
            return False
        except QuotemarkError as error:
            self._window.show_error(what, str(error))
            return False
        self._window.show_status(result.label)
        return True

    def _review_field(self) -> str | None:
        # A citation field the Review tab is on (stepped to, or chosen):
        # F2 edits it and Ctrl+Shift+A accepts it instead of a quote's speaker.
        panel = self._window.review_panel
        if not panel.isVisible():
            return None
        return panel.current_field()

    @Slot(str)
    def show_field(self, name: str) -> None:
        """Show the Info tab with the cursor in field ``name``."""
        window = self._window
        window.show_side_tab(window.info_panel)
        widget = window.info_panel.authors if name == "authors" else window.info_panel.fields[name]
        widget.setFocus()

    @Slot()
    def edit_speaker(self) -> None:
        """F2: open the speaker editor for the target quote (or, on a
        citation field's entry in the Review tab, that field)."""
        window = self._window
        field = self._review_field()
        if field is not None:
            self.show_field(field)
            return
        targeted = self._targeted()
        if targeted is None:
            return
        post, index = targeted
        had_focus = window.focusWidget()
        dialog = SpeakerDialog(post, index + 1, window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        if accepted:
            # The quote as the dialog showed it: a colleague's change
            # meanwhile refuses this one instead of being overwritten.
            seen = operations.SeenQuote.of(post.analysis, index + 1)
            operation = operations.SetSpeaker(
                post.id, index + 1, choice.name, choice.role, choice.every, seen=seen
            )
            if self._run(operation, "Could not change the speaker"):
                # The reader drew the post again: the quote stays the current
                # one, so Ctrl+Shift+C clips it next.
                window.reader.select_quote(index)
                window.quotes_panel.set_current(index)
        # The window active again and the keyboard where it was (without a
        # window manager nothing re-activates the window: F2's next J was lost).
        window.give_back_focus(had_focus)

    @Slot()
    def add_quote(self) -> None:
        """Make the reader's selection a quotation (speaker unknown; F2 names it)."""
        window = self._window
        post = window.current_post()
        cursor = window.reader.editor().textCursor()
        span = window.reader.current_span() if cursor.hasSelection() else None
        if post is None or span is None:
            window.show_status("Select the quoted words in the reader first.")
            return
        if not self._run(operations.AddQuote(post.id, span=span), "Could not make it a quotation"):
            return
        # The new quotation becomes the current one, so F2 names its speaker.
        fresh = window.current_post()
        if fresh is not None:
            for index, quote in enumerate(fresh.analysis.quotes):
                if quote.span.start <= span.start and span.end <= quote.span.end:
                    window.reader.select_quote(index)
                    window.quotes_panel.set_current(index)
                    break

    def _target(self) -> tuple[Post, int] | None:
        """The open post and the target quote's index, or None."""
        post = self._window.current_post()
        index = self.target_quote()
        if post is None or index is None or index >= len(post.analysis.quotes):
            return None
        return post, index

    def _targeted(self) -> tuple[Post, int] | None:
        """:meth:`_target`, with a word in the status bar when there is none."""
        target = self._target()
        if target is None:
            self._window.show_status(
                "Put the cursor in a quote (or pick one in the Quotes tab) first."
            )
        return target

    @Slot()
    def remove_quote(self) -> None:
        """Say the target quote is no quotation."""
        targeted = self._targeted()
        if targeted is None:
            return
        post, index = targeted
        seen = operations.SeenQuote.of(post.analysis, index + 1)
        self._run(
            operations.RemoveQuote(post.id, index + 1, seen=seen), "Could not remove the quotation"
        )

    @Slot()
    def toggle_kind(self) -> None:
        """The target quote said partial, or direct when it is partial."""
        window = self._window
        targeted = self._targeted()
        if targeted is None:
            return
        post, index = targeted
        partial = post.analysis.quotes[index].kind is not QuoteKind.PARTIAL
        seen = operations.SeenQuote.of(post.analysis, index + 1)
        operation = operations.SetQuoteKind(post.id, index + 1, partial, seen=seen)
        if not self._run(operation, "Could not change the quotation's kind"):
            return
        # The quotation selected where it is now (one made direct is its
        # marked words alone, inside the clause it was).
        was = post.analysis.quotes[index].span
        now = window.current_post()
        for at, quote in enumerate(now.analysis.quotes if now is not None else ()):
            if was.start <= quote.span.start and quote.span.end <= was.end:
                window.reader.select_quote(at)
                break

    def _source(self) -> str | None:
        name = self._window.sources_panel.current_source()
        if name is None:
            self._window.show_status("Select a source in the Sources tab first.")
        return name

    def _seen_source(self) -> tuple[operations.SeenSource, ...]:
        # The selected source as the library listed it, read before the
        # dialog opens: a colleague's rename or merge meanwhile refuses ours.
        found = self._window.sources_panel.current_library_source()
        return (operations.SeenSource(*found),) if found is not None else ()

    def ask(self, title: str, label: str, text: str) -> str | None:
        """A name typed by the researcher (None: cancelled or empty)."""
        previous = QApplication.focusWidget()
        answer, ok = get_text(self._window, title, label, text)
        self._window.give_back_focus(previous)
        answer = " ".join(answer.split())
        return answer if ok and answer else None

    @Slot()
    def rename_source(self) -> None:
        """Rename the selected source across the library."""
        name = self._source()
        seen = self._seen_source()
        new = self.ask("Rename source", f"New name for “{name}”:", name or "") if name else None
        if name and new and new != name:
            self._run(operations.RenameSource(name, new, seen), "Could not rename the source")

    @Slot()
    def merge_source(self) -> None:
        """Merge the selected source into another (one undo step)."""
        name = self._source()
        if name is None:
            return
        seen = self._seen_source()
        listed = {s.name: s.id for s in self._window.controller.sources() if s.name != name}
        others = sorted(listed, key=str.casefold)
        previous = QApplication.focusWidget()
        into, ok = get_item(self._window, "Merge source", f"Merge “{name}” into:", others, 0, True)
        self._window.give_back_focus(previous)
        into = " ".join(into.split())
        if into in listed:
            # The source merged into, as listed: renamed meanwhile, the
            # merge would make a new source of that name instead.
            seen = (*seen, operations.SeenSource(listed[into], into))
        if ok and into:
            self._run(
                operations.MergeSources((name, into), into, seen), "Could not merge the sources"
            )

    @Slot()
    def remove_source(self) -> None:
        """Say the selected name is no source."""
        name = self._source()
        if name:
            self._run(
                operations.RemoveSource(name, self._seen_source()), "Could not remove the source"
            )

    @Slot()
    def show_info(self) -> None:
        """Show the Info tab and put the cursor in its first field."""
        window = self._window
        window.show_side_tab(window.info_panel)
        window.info_panel.fields["title"].setFocus()

    @Slot(int)
    def _on_window_post_opened(self, _post_id: int) -> None:
        self._window.info_panel.set_post(self._window.current_post())
        self._window.review_panel.set_post(self._window.current_post())

    @Slot(int)
    def _go_to_quote(self, index: int) -> None:
        window = self._window
        window.reader.select_quote(index)
        window.quotes_panel.set_current(index)
        window.review_panel.select(index)

    def step_review(self, *, forward: bool) -> None:
        """Go to the next (or previous) uncertain reading: the quotes in
        reading order, then the citation fields."""
        window = self._window
        panel = window.review_panel
        window.show_side_tab(panel)
        listed = panel.indexes()
        entries: list[tuple[int | None, str | None]] = [(i, None) for i in listed]
        entries += [(None, name) for name in panel.fields()]
        if window.current_post() is None or not entries:
            window.show_status("Nothing to review in this post.")
            return
        on_field = panel.current_field()
        if on_field is not None:
            at = entries.index((None, on_field))
            target = entries[(at + (1 if forward else -1)) % len(entries)]
        else:
            here = self.target_quote()
            if forward:
                later = [e for e in entries if e[0] is None or here is None or e[0] > here]
                target = later[0] if later else entries[0]
            else:
                earlier = [
                    e for e in entries if e[0] is not None and here is not None and e[0] < here
                ]
                target = earlier[-1] if earlier else entries[-1]
        number = entries.index(target) + 1
        index, field = target
        if index is not None:
            self._go_to_quote(index)
            window.show_status(f"Uncertain reading {number} of {len(entries)}.")
            return
        assert field is not None
        panel.select_field(field)
        keys = window.registry.keys
        window.show_status(
            f"Uncertain reading {number} of {len(entries)}: the {field_word(field)}. "
            f"{display_keys(keys('correct.speaker'))} edits it, "
            f"{display_keys(keys('review.accept'))} accepts it."
        )

    @Slot()
    def accept_speaker(self) -> None:
        """Accept the machine's speaker of the current quote: it is settled
        (on a citation field's entry in the Review tab: that field)."""
        window = self._window
        field = self._review_field()
        post = window.current_post()
        if field is not None and post is not None:
            self._run(
                operations.AcceptField(post.id, field), f"Could not accept the {field_word(field)}"
            )
            return
        post = window.current_post()
        index = self.target_quote()
        if post is None or index is None or index >= len(post.analysis.quotes):
            window.show_status("Put the cursor in a quote (or pick one in the Review tab) first.")
            return
        speaker = post.analysis.quotes[index].speaker
        name = speaker.name if speaker else None
        role = speaker.role if speaker else None
        seen = operations.SeenQuote.of(post.analysis, index + 1)
        accept = operations.SetSpeaker(post.id, index + 1, name, role, seen=seen)
        if self._run(accept, "Could not accept the speaker"):
            window.reader.select_quote(index)

    @Slot(QPoint)
    def _on_editor_customContextMenuRequested(self, pos: QPoint) -> None:
        window = self._window
        editor = window.reader.editor()
        if not editor.textCursor().hasSelection():
            # The menu is about the words clicked on.
            editor.setTextCursor(editor.cursorForPosition(pos))
        menu = editor.createStandardContextMenu(pos)
        self.name_kind_action()
        menu.addSeparator()
        for action_id in (
            "clip.selection",
            "correct.add_quote",
            "correct.speaker",
            "correct.remove_quote",
            "correct.extent",
            "correct.join",
            "correct.split",
            "correct.kind",
            "body.remove_passage",
        ):
            menu.addAction(window.registry[action_id])
        menu.exec(editor.viewport().mapToGlobal(pos))
        menu.deleteLater()
