"""Citation keys resolved against a library: post keys and clip keys."""

from __future__ import annotations

from quotemark.library.model import BlockKind
from quotemark.library.service import Library
from quotemark.library.verify import Target


class LibrarySource:
    """Resolves keys with one query for all post keys and one for all clip
    keys (made on first use), and loads each cited post's text once."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._posts: dict[str, int] | None = None
        self._clips: dict[str, tuple[int, str]] = {}
        self._texts: dict[int, str] = {}

    def resolve(self, key: str) -> Target | None:
        """The post (and clip) ``key`` names, or ``None``."""
        if self._posts is None:
            summaries = self._library.posts()
            self._posts = {s.key: s.id for s in summaries}
            self._clips = {c.key: (c.post_id, c.text) for c in self._library.clips()}
            self._keys = {s.id: s.key for s in summaries}
        if key in self._posts:
            post_id = self._posts[key]
            return Target(key, lambda: self._text(post_id), post_id=post_id)
        if key in self._clips:
            post_id, clip_text = self._clips[key]
            return Target(self._keys[post_id], lambda: self._text(post_id), clip_text, post_id)
        return None

    def _text(self, post_id: int) -> str:
        if post_id not in self._texts:
            blocks = self._library.post(post_id).blocks
            # Headings and images are not what a manuscript quotes, but a
            # heading can be; every block's text counts.
            self._texts[post_id] = "\n".join(
                b.text for b in blocks if b.kind is not BlockKind.IMAGE or b.text
            )
        return self._texts[post_id]
