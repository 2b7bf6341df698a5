"""A like count on a line of its own (s49-html8; s49-final-extract).

A forum's or a blog's post is followed by how many readers liked it, "3
Likes", a paragraph of its own as "12 Comments" is: no text of the post.
The same words as an item of a list are an article's own enumeration ("By
Sunday the post had earned these: 3 likes, 412 shares, 96 replies", one
item each), and inside a sentence they are its words: so only a paragraph
that is the count alone is chrome. The guard is a character test (the line
opens with a digit) before the pattern."""

from __future__ import annotations

import re

from quotemark.library.model import Block, BlockKind

_LIKE_COUNT = re.compile(r"\d+ likes?", re.IGNORECASE)


def lone_like_count(block: Block, text: str) -> bool:
    """Is ``block`` a paragraph whose ``text`` (its line, the marks around it
    stripped) is a like count alone ("3 Likes", "1 like")?"""
    return (
        text[:1].isdigit()
        and block.kind is BlockKind.PARAGRAPH
        and _LIKE_COUNT.fullmatch(text) is not None
    )
