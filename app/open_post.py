"""The post the window shows, kept in step with the library.

:class:`OpenPost` holds the open post and puts it in the reader, the Quotes
and Sources tabs and the Clips tab's "This post" list. It subscribes to the
controller's ``changed`` signal and follows what a change names about that
post: the post's content only when it was computed again (re-extraction,
here or elsewhere), its clip marks when its clips changed, and it closes
the post when the post was deleted. The reader keeps its place and
selection through all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from quotemark.app.controller import Controller
from quotemark.app.panels.clips import ClipsPanel
from quotemark.app.panels.quotes import QuotesPanel
from quotemark.app.panels.sources import SourcesPanel
from quotemark.app.reader.view import ReaderView
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, Post


class OpenPost(QObject):
    """The open post and the views that show it."""

    closed = Signal()  # the post left (deleted here or elsewhere)
    retitled = Signal(str)  # the open post's title changed
    trouble = Signal(str)  # a message for the status bar

    def __init__(
        self,
        controller: Controller,
        reader: ReaderView,
        quotes: QuotesPanel,
        sources: SourcesPanel,
        clips: ClipsPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reader = reader
        self._quotes = quotes
        self._sources = sources
        self._clips = clips
        self._post: Post | None = None
        controller.changed.connect(self._on_controller_changed)
        # Made before the side panels that read the open post (Info,
        # Review, notes, body corrections), so on a reset they find it read
        # again (or closed) already. The Sources tab subscribes earlier and
        # is given the fresh post by this reload.
        controller.reset.connect(self.reload)

    def post(self) -> Post | None:
        """The post in the reader."""
        return self._post

    def open(self, post_id: int) -> Post:
        """Show ``post_id`` in every view (raises QuotemarkError when it cannot
        be read; then nothing changes)."""
        post = self._controller.post(post_id)
        clips = self._controller.clips(post_id=post_id)
        self._post = post
        self._reader.show_post(post, clips)
        self._quotes.set_post(post)
        self._sources.set_post(post)
        self._clips.set_post(post.id)
        return post

    def close(self) -> None:
        """Empty the views."""
        self._post = None
        self._reader.clear()
        self._quotes.set_post(None)
        self._sources.set_post(None)
        self._clips.set_post(None)

    def reload(self) -> bool:
        """Read the open post again (after a change the log could not name);
        False when it is gone (and closed)."""
        post = self._post
        if post is None:
            return False
        try:
            fresh = self._controller.post(post.id)
        except QuotemarkError:
            self.close()
            self.closed.emit()
            return False
        self._show_fresh(post, fresh)
        self._reader.set_clips(self._controller.clips(post_id=post.id))
        return True

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        post = self._post
        if post is None:
            return
        if post.id in change.posts_removed:
            self.close()
            self.closed.emit()
            return
        try:
            touched = set(change.clips_added + change.clips_changed + change.clips_removed)
            # A clip change also names its post (clip counts); only a change
            # of the post itself (recomputed, or its key) reads it again.
            recomputed = post.id in change.quotes_changed
            if recomputed or (post.id in change.posts_changed and not touched):
                post = self._show_fresh(post, self._controller.post(post.id))
            shown = {clip.id for clip in self._reader.clips()}
            if post.id in change.posts_changed or shown & touched:
                self._reader.set_clips(self._controller.clips(post_id=post.id))
        except QuotemarkError as error:
            self.trouble.emit(str(error))

    def _show_fresh(self, post: Post, fresh: Post) -> Post:
        """Show what changed between ``post`` and ``fresh``: only a changed
        text or analysis redraws the reader."""
        if fresh == post:
            return post
        self._post = fresh
        if fresh.metadata.title != post.metadata.title:
            self.retitled.emit(fresh.metadata.title or "(untitled)")
        if fresh.blocks != post.blocks or fresh.analysis != post.analysis:
            # The reader stays where the researcher was reading.
            self._reader.show_newer(fresh, self._controller.clips(post_id=post.id))
            self._quotes.set_post(fresh)
            self._sources.set_post(fresh)
        elif fresh.metadata != post.metadata:
            # A corrected title, byline or date (the Info tab, or a
            # colleague): the header shows it; the text stays as it was.
            self._reader.show_facts(fresh)
        return fresh
