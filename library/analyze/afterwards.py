"""People a scene brings in unnamed and names only after their words.

A long-read may open on a scene: "An old man in a yellow oilskin is
sweeping the quay. ... “Not any more,” he says. A woman carrying two crates
stops beside us. “…,” she says." and only then say who they were: "The man
is Tom Hale ... The woman is his neighbour, Ada Lind." The quotations were
given the bare pronoun (no one named before them fits); the sentence naming
the noun the scene brought them in by gives them their names (s43-left2).

A pull quote, a body quotation's line set apart as a block, is the words
of the one who said them in the body, not of whoever spoke last before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import of_pronoun, of_word
from quotemark.library.analyze.speakers import People
from quotemark.library.model import Quote, QuoteKind, Speaker

_NAMING = re.compile(
    r"\bThe ([a-z]+) (?:is|was) (?:(?:his|her|their) [a-z]+, )?"
    r"([A-Z][\w\u2019'-]+(?: [A-Z][\w\u2019'-]+)+)"
)
"""A sentence naming the one a noun brought in: "The man is Tom Hale", "The
woman is his neighbour, Ada Lind"."""

_REACH = 1500
"""How far after the words (and before them, for the noun bringing the
person in) the naming and the scene may stand."""


def named_afterwards(doc: Document, quotes: Sequence[Quote], people: People) -> tuple[Quote, ...]:
    """``quotes`` with each speaker shown as a bare "he"/"she" given the
    name the text gives afterwards to the noun of that sex an indefinite
    description brought the person in by ("An old man ... “…,” he says. ...
    The man is Tom Hale"), when that name is one the text names people by
    (named or mentioned, ``people``). The pre-test: a quotation whose speaker is a bare pronoun."""
    if not any(
        q.speaker is not None and q.speaker.name is None and q.speaker.role in ("he", "she")
        for q in quotes
    ):
        return tuple(quotes)
    text = doc.scan
    known = {*people.names, *people.mentioned}
    out = list(quotes)
    for i, q in enumerate(quotes):
        speaker = q.speaker
        if speaker is None or speaker.name is not None or speaker.role not in ("he", "she"):
            continue
        at = doc.starts[q.span.start.block] + q.span.start.offset
        name = _named_after(text, at, of_pronoun(speaker.role), known)
        if name is not None:
            out[i] = replace(q, speaker=Speaker(name, None, speaker.confidence, speaker.span))
    return tuple(out)


def _named_after(text: str, at: int, gender: str | None, known: set[str]) -> str | None:
    """The name the first naming sentence after ``at`` gives a noun of
    ``gender`` that an indefinite description before ``at`` brought in
    ("An old man", "A woman carrying ...")."""
    for m in _NAMING.finditer(text, at, at + _REACH):
        noun = m.group(1)
        if of_word(noun) != gender or m.group(2) not in known:
            continue
        brought_in = re.search(
            rf"\b[Aa]n? (?:[a-z]+ ){{0,3}}{noun}\b", text[max(0, at - _REACH) : at]
        )
        return m.group(2) if brought_in is not None else None
    return None


_PULL_WORDS = 4
"""Words a body quotation needs before a block repeating it is read as its
pull quote (a shorter one, "No.", is repeated by anyone)."""


def pull_quotes(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """``quotes`` with each block quotation that opens with an earlier
    quotation's words (a pull quote set apart, repeating a line of the body)
    given that quotation's named speaker, not the one who spoke last before
    it. The pre-test: a block quotation at all."""
    if not any(q.kind is QuoteKind.BLOCK for q in quotes):
        return tuple(quotes)
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.kind is not QuoteKind.BLOCK or q.parent is not None:
            continue
        words = q.span.text
        for earlier in reversed(quotes[:i]):
            said = earlier.span.text.rstrip(" .,!?")
            who = earlier.speaker
            if (
                earlier.kind is QuoteKind.INLINE
                and who is not None
                and who.name is not None
                # (The prefix first: counting the words split the earlier
                # quotation for every block after it.)
                and words.startswith(said)
                and len(said.split()) >= _PULL_WORDS
            ):
                if q.speaker is None or q.speaker.name != who.name:
                    out[i] = replace(q, speaker=who)
                break
    return tuple(out)
