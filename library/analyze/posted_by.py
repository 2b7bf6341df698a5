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
    named so, or the "posted by" speaks of another document (the last one
    named before it is not a ``head``). Cheap: asked only of a social
    document's phrase, and the search runs only when "called"/"named" is in
    the text."""
    if head not in _SOCIAL_HEADS or (" called " not in text and " named " not in text):
        return None
    stop = sentence_end(text, end, len(text))
    stop = sentence_end(text, min(len(text), stop + 1), len(text))
    found = None
    for m in _POSTED_BY.finditer(text, 0, stop):
        if _posted_document(text, m.start()) == head.removesuffix("s"):
            found = m.group(1)
    return found


_SOCIAL_NOUN = re.compile(
    r"\b(?:"
    + "|".join(
        f"[{noun[0].upper()}{noun[0]}]{noun[1:]}s?"
        for noun in sorted({head.removesuffix("s") for head in _SOCIAL_HEADS})
    )
    + r")\b"
)
"""A social document's noun, as :data:`_SOCIAL_HEADS` (either number)."""

_POSTED_REACH = 300
"""How far before "posted by" the document it speaks of is looked for
(characters): its sentence or the one before ("A post claims ... It was
posted ... by")."""


def _posted_document(text: str, at: int) -> str | None:
    """The social document a "posted ... by" at ``at`` speaks of: the last
    one named before it, within :data:`_POSTED_REACH` (its noun, singular);
    ``None`` when none is. ("A second claim came from Tom Hale. “…,” the
    tweet reads" is not the post a page called Harbour Watch put up further
    back, nor "The story was published by a group called Harbour Press" a
    post at all.)"""
    last = None
    for m in _SOCIAL_NOUN.finditer(text, max(0, at - _POSTED_REACH), at):
        last = m
    return None if last is None else last.group().lower().removesuffix("s")


_PAGE_ROLE = re.compile(r"[Tt]he[ \u00a0]+(page|account|channel|profile)")
"""A speaker described as a page or an account ("the page added")."""

_PAGE_CALLED = {
    noun: re.compile(
        rf"\b(?:a|an|the)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?{noun}[ \u00a0]+(?:called|named)"
        r"[ \u00a0]+((?:[A-Z][\w\u2019'&-]*[ \u00a0]+){0,3}[A-Z][\w\u2019'&-]*)"
    )
    for noun in ("page", "account", "channel", "profile")
}
"""A page (an account...) brought in by name, "a page called Harbour Watch",
one pattern a noun of :data:`_PAGE_ROLE` (compiled once, not a call); the
name as group 1."""

_PAGE_REACH = 3000
"""How far back a page's name is looked for (characters): a fact-check's
page named at the top is "the page" in its reply section."""


def page_named(text: str, role: str, pos: int) -> str | None:
    """The name of the page or account a speaker described as "the page"
    (or "the account") at ``pos`` means: the last one the text brought in
    with that noun "called" or "named" something before it ("a page called
    Harbour Watch ... On Monday the page added a line: “…”"), within
    :data:`_PAGE_REACH`; else ``None``. Cheap: only for that description."""
    m = _PAGE_ROLE.fullmatch(role.strip())
    if m is None:
        return None
    found = None
    for hit in _PAGE_CALLED[m.group(1)].finditer(text, max(0, pos - _PAGE_REACH), pos):
        found = hit.group(1)
    return found
