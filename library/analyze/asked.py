"""The one a reporter asked, then "she said" (stop 44, branch s44-rev5).

A fact-check or an interview brings in its next voice as the object of the
reporter's question: "We also asked Ruth Kegan, a former harbour master,
whether a lease could close the pier. “Not without a hearing,” she said."
The sentence before names no one as its subject, so a "she" went to the
woman quoted before; the one asked is who answers.
"""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import Gender
from quotemark.library.analyze.holders import _last_mention, _sentence_before
from quotemark.library.analyze.speakers import People

_GAP = r"[ \u00a0]+"

_ASKED = re.compile(
    # "We also asked Ruth Kegan, a former harbour master, whether": the
    # reporter ("We", "I", "Harbour Check") asking, the one asked (group 1),
    # perhaps an aside set off by commas, and the question's first word.
    rf"(?:We|I|[A-Z][\w\u2019'&-]*(?:{_GAP}[A-Z][\w\u2019'&-]*){{0,2}})"
    rf"(?:{_GAP}(?:also|then|later))?{_GAP}asked{_GAP}"
    rf"([A-Z][\w\u2019'-]+(?:{_GAP}[A-Z][\w\u2019'-]+){{0,2}})"
    rf"(?:,{_GAP}[^,.;:\u201c\u201d\"]{{1,100}},)?"
    rf"{_GAP}(?:whether|if|why|how|what|when|about)\b"
)


def asked_before(
    doc: Document, pos: int, people: People, gender: Gender, name: str | None
) -> str | None:
    """The person a "he"/"she" speaker at ``pos`` means when the nearest
    sentence before it outside quotation marks opens with a reporter asking
    someone named ("We also asked Ruth Kegan, ..., whether ..."): that
    person, when a pronoun of ``gender`` may mean them. ``None`` when no
    such sentence, the one asked is no person the text knows, the one who
    asks is a person the pronoun may mean as well, or ``name`` (the person
    the rules chose) was named since the question's name."""
    start = _sentence_before(doc, pos)
    # (A look for the verb first: the pattern runs only where it stands.)
    if start is None or doc.scan.find(" asked ", start, pos) < 0:
        return None
    m = _ASKED.match(doc.scan, start, pos)
    if m is None:
        return None
    asked = _person_at(people, m.start(1))
    if asked is None or asked == name or not people.genders.fits(asked, gender):
        return None
    asker = _person_at(people, m.start())
    if asker is not None and asker != asked and people.genders.fits(asker, gender):
        # "Ben Reid asked Ada Lind why the pier was shut. “Is it the
        # money?” he said.": a person who asks may as well go on; the rule
        # reads a reporter's question ("We", "I", a fact-check's name).
        return None
    if name is not None and _last_mention(people, name, pos) > m.start(1):
        return None  # (the person chosen was named after the one asked)
    return asked


def _person_at(people: People, at: int) -> str | None:
    """The person the text mentions at ``at`` (as a subject or not)."""
    for positions, names in (
        (people.positions, people.names),
        (people.mentioned_at, people.mentioned),
    ):
        i = bisect.bisect_left(positions, at)
        if i < len(positions) and positions[i] == at:
            return names[i]
    return None
