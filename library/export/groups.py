"""Citations grouped by post, with their keys checked.

Exporters receive one post-level citation per post followed by its clips.
This module turns that flat list into groups, tolerates a clip whose post
citation is missing (a selection of clips only: the post is implied, since
a clip entry cross-references it), and checks every key before anything is
written, so a bad key fails the whole export with a message naming it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotemark.library.errors import ExportError
from quotemark.library.model import Citation, Clip

# What BibTeX, biber, bibtexparser, CSL processors and RIS readers all
# accept in a key: ASCII letters and digits, and a few separators (no
# spaces, braces, commas, quotes, "#", "%", "~", "=" or backslashes).
_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_:.+/-]{0,199}")


@dataclass(frozen=True, slots=True)
class PostGroup:
    """A post's citation and the clip citations that cite it."""

    post: Citation
    clips: tuple[Citation, ...] = ()


def check_key(key: str, what: str) -> None:
    """Raise :class:`ExportError` unless ``key`` is safe as a BibTeX key."""
    if not _KEY.fullmatch(key):
        raise ExportError(
            f"The citation key {key!r} of {what} cannot be exported: keys may hold only "
            "ASCII letters, digits and _ : . + / - (at most 200). Edit the key and "
            "export again."
        )


def group(citations: Sequence[Citation], *, posts_only: bool) -> list[PostGroup]:
    """``citations`` grouped by post in first-seen order, clips in their
    given order; clips dropped with ``posts_only``. Keys are checked for
    form and uniqueness (case-insensitively, as BibTeX compares them)."""
    posts: dict[str, Citation] = {}
    clips: dict[str, list[Citation]] = {}
    seen: dict[str, str] = {}
    kept_clips: set[Clip] = set()
    for citation in citations:
        post_key = citation.post_key
        what = f"the post {citation.metadata.title or post_key!r}"
        if post_key not in posts:
            check_key(post_key, what)
            _claim(seen, post_key, what)
            posts[post_key] = _post_only(citation)
            clips[post_key] = []
        elif citation.clip is None and citation.metadata != posts[post_key].metadata:
            raise ExportError(
                f"Two different posts share the citation key {post_key!r}. "
                "Give one of them a new key and export again."
            )
        clip = citation.clip
        if clip is None or posts_only or clip in kept_clips:
            continue  # the same clip twice (selected twice) is written once
        kept_clips.add(clip)
        clip_what = f"a clip of {what}"
        check_key(clip.key, clip_what)
        _claim(seen, clip.key, clip_what)
        clips[post_key].append(citation)
    return [PostGroup(posts[key], tuple(clips[key])) for key in posts]


def _post_only(citation: Citation) -> Citation:
    if citation.clip is None:
        return citation
    return Citation(citation.post_key, citation.metadata, citation.accessed)


def _claim(seen: dict[str, str], key: str, what: str) -> None:
    folded = key.casefold()
    if folded in seen:
        raise ExportError(
            f"The citation key {key!r} of {what} is also used by {seen[folded]} "
            "(keys are compared ignoring case). Give one of them a new key and export again."
        )
    seen[folded] = what
