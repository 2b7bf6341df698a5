"""A person named as the subject of a concessive clause opening a sentence
("Although Hale has said the pier will pay for itself, the letters ..."),
whose main clause has a subject of its own: no antecedent for a pronoun
speaker after it, which goes on with the subject of the sentence before
the clause's ("Port spokesman Ben Tully said ..."), when that sentence
says the subject spoke (a verb of saying after the name). Not when that
sentence has no such subject: the main clause's description may be the
person named in the clause ("Though Trump was not willing to say ..., the front-runner
did offer his opinion": tune, polnear-train). Stop 47, branch s47-other;
evaluation/README.md, "Another name ..., stop 47"."""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.gender import Gender
from quotemark.library.analyze.lexicon import SPEECH_VERBS
from quotemark.library.analyze.speakers import People

_CONCESSIVE = re.compile(
    r"(?:^|[.!?][\u201d\u2019\"')]*[ \u00a0]+|[\n\u2028][ \u00a0]*)"
    r"(?:Although|Though|Even[ \u00a0]+though|Whereas)[ \u00a0]+$"
)
"""A concessive conjunction opening a sentence, right before a name."""
_MAIN_CLAUSE = re.compile(r",[ \u00a0]+(?:the|a|an|its|this|that|these|those|[a-z]+s)[ \u00a0]")
"""After the clause's comma, a main clause opened by a determiner or a plural
noun in lower case (its own subject: "the letters", "the museum"), not a
pronoun ("Although Hale lost, he said": the same person) nor a name."""
_REACH = 200
"""How far a concessive clause runs to its comma, at most."""
_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"')]*[ \u00a0\n\u2028]")
"""A sentence's end."""
_LOWER_WORD = re.compile(r"[a-z]+")


def before_concessive(
    people: People, text: str, pos: int, name: str, gender: Gender | None
) -> str | None:
    """The person a pronoun at ``pos`` means in place of ``name`` (what
    :meth:`People.resolve` gave), when ``name`` is the nearest subject only
    as the subject of a concessive clause opening a sentence whose main
    clause has a subject of its own: the subject before it that fits
    ``gender``, when it stands in the sentence right before the clause's
    and a verb of saying follows it there. One bisection and two anchored
    matches; the rest only where they match."""
    i = bisect.bisect_left(people.positions, pos) - 1
    if i < 0 or people.names[i] != name:
        return None
    at = people.positions[i]
    if _CONCESSIVE.search(text, max(0, at - 16), at) is None:
        return None
    comma = text.find(",", at, min(pos, at + _REACH))
    if comma < 0 or "." in text[at:comma] or _MAIN_CLAUSE.match(text, comma) is None:
        return None
    other = people.resolve(at, gender=gender, besides=name)
    if other is None:
        return None
    j = bisect.bisect_left(people.positions, at) - 1
    while j >= 0 and people.names[j] != other:
        j -= 1
    if j < 0 or len(_SENTENCE_END.findall(text, people.positions[j], at)) != 1:
        return None  # not the sentence right before the clause's
    end = _SENTENCE_END.search(text, people.positions[j], at)
    if end is None or not any(
        w.group() in SPEECH_VERBS
        for w in _LOWER_WORD.finditer(text, people.positions[j], end.start())
    ):
        # "Mayor Ben Tully opened the meeting. Even though Tom Hale lost
        # the vote, the plans go ahead. “…,” he said": the sentence before
        # says nothing of Tully speaking, so Hale goes on (s47-final-analyze).
        return None
    return other
