"""What the side panels that show the open post's stored data share: they
read the post again when a change names it, and on the controller's reset
(changed beyond what the log names, such as a backup restored)."""

from __future__ import annotations

from quotemark.app.controller import Controller
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Post


class FollowsPost:
    """A mixin for a panel with ``_controller`` and the ``_post`` it shows;
    the panel says how to show the post again (:meth:`_show_again`)."""

    _controller: Controller
    _post: Post | None

    def _follow_resets(self) -> None:
        self._controller.reset.connect(self._on_controller_reset)

    def _on_controller_reset(self) -> None:
        # A post gone is closed, and the panel emptied, by the window.
        if self._post is not None:
            self._read_again(self._post)

    def _read_again(self, post: Post) -> None:
        """Show ``post`` as stored now (kept as shown when it cannot be read)."""
        try:
            self._post = self._controller.post(post.id)
        except QuotemarkError:
            return
        self._show_again()

    def _show_again(self) -> None:
        raise NotImplementedError
