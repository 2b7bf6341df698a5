"""A social post's words go to the page or account that posted it
(s44-left5).

A fact-check quotes the post it checks and says who put it up: "“…,” the
post reads. It was published on Friday by a page called Harbour Watch,
which ...". A reader writes the page as the speaker, not "the post", as a
report's words go to who issued it; the same for a later "The post claims
the board “…”". Only the social kinds of document (a post, a tweet, a
video...), only a page, account, channel or group brought in by a naming
verb ("called", "named") after "published", "posted" or "shared ... by",
and only in the text up to the end of the sentence after the phrase: the
last such page.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import sentence_end

_SOCIAL_HEADS = frozenset({"post", "posts", "tweet", "video", "message", "meme", "thread"})
"""Heads of a document a page or an account puts up."""

_POSTED_BY = re.compile(
    r"\b(?:published|posted|shared|uploaded|put[ \u00a0]+up)\b[^.;!?\n]{0,80}?[ \u00a0]by[ \u00a0]+"
    r"(?:a|an|the)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:page|account|group|channel|user|profile)"
    r"[ \u00a0]+(?:called|named)[ \u00a0]+"
    r"((?:[A-Z][\w\u2019'&-]*[ \u00a0]+){0,3}[A-Z][\w\u2019'&-]*)"
)
"""A page brought in as who posted something: "published on Friday by a page
called Harbour Watch"; the page's name as group 1."""


def page_that_posted(text: str, head: str, at: int, end: int) -> str | None:
    """The page that posted the document a phrase ``the head`` between
    ``at`` and ``end`` names ("the post reads"), when the text up to the end
    of the sentence after the phrase says a page or an account "called" so
    published it; the last such name. ``None`` for any other document (a
    report, a statement: their issuers are read elsewhere) or when no page is
    named so. Cheap: asked only of a social document's phrase, and the
    search runs only when "called"/"named" is in the text."""
    if head not in _SOCIAL_HEADS or (" called " not in text and " named " not in text):
        return None
    stop = sentence_end(text, end, len(text))
    stop = sentence_end(text, min(len(text), stop + 1), len(text))
    found = None
    for m in _POSTED_BY.finditer(text, 0, stop):
        found = m.group(1)
    return found
