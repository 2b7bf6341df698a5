"""The one a reporter asked, then "she said" (stop 44, branch s44-rev5).

A fact-check or an interview brings in its next voice as the object of the
reporter's question: "We also asked Ruth Kegan, a former harbour master,
whether a lease could close the pier. “Not without a hearing,” she said."
The sentence before names no one as its subject, so a "she" went to the
woman quoted before; the one asked is who answers.
"""

from __future__ import annotations

import bisect
import functools
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
    # ("When we put the figures to Prydderch": "we" after the sentence's
    # first word; s49-final-analyze)
    rf"(?:{_GAP}we)?"
    rf"(?:{_GAP}(?:also|then|later))?{_GAP}(?:asked{_GAP}"
    rf"([A-Z][\w\u2019'-]+(?:{_GAP}[A-Z][\w\u2019'-]+){{0,2}})"
    rf"(?:,{_GAP}[^,.;:\u201c\u201d\"]{{1,100}},)?"
    rf"{_GAP}(?:whether|if|why|how|what|when|about)\b"
    # "When I put that to Prydderch, he laughed": the point put to someone
    # (group 2), a question as "asked" is (s49-rev16).
    rf"|put{_GAP}(?:that|this|it|these|those|the{_GAP}[a-z]+){_GAP}to{_GAP}"
    rf"([A-Z][\w\u2019'-]+(?:{_GAP}[A-Z][\w\u2019'-]+){{0,2}})(?=[,.;]))"
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
    if start is None or (
        doc.scan.find(" asked ", start, pos) < 0 and doc.scan.find(" put ", start, pos) < 0
    ):
        return None
    m = _ASKED.match(doc.scan, start, pos)
    if m is None:
        return None
    group = 1 if m.start(1) >= 0 else 2
    asked = _person_at(people, m.start(group)) or _known_surname(people, m.group(group), m.start())
    if asked is None or asked == name or not people.genders.fits(asked, gender):
        return None
    asker = _person_at(people, m.start())
    if asker is not None and asker != asked and people.genders.fits(asker, gender):
        # "Ben Reid asked Ada Lind why the pier was shut. “Is it the
        # money?” he said.": a person who asks may as well go on; the rule
        # reads a reporter's question ("We", "I", a fact-check's name).
        return None
    if name is not None and _last_mention(people, name, pos) > m.start(group):
        return None  # (the person chosen was named after the one asked)
    if _other_named(people, gender, doc.scan[m.end(group) : pos], asked):
        return None
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


def _other_named(people: People, gender: Gender, between: str, asked: str) -> bool:
    """Is another person the text knows, one the pronoun of ``gender`` may
    mean, named by surname alone in ``between`` (the rest of the sentence
    after the one asked: "When I put that to Prydderch, Owen cut in."; "I
    asked Prydderch, then Owen, about this.")? Then the one asked need not
    be who answers (s49-final-analyze: a bare surname is no mention
    :func:`.holders._last_mention` finds). A capitalised word after another
    is part of a longer name ("a harbour master at Port Selby"). Read only
    once the pattern matched."""
    capital_before = False
    for word in between.split():
        bare = word.strip(".,;:!?\u201c\u201d\"()")
        if (
            bare[:1].isupper()
            and not capital_before
            and bare.lower() in people.by_surname
            and (other := people.full(bare)) != asked
            and people.genders.fits(other, gender)
        ):
            return True
        capital_before = bare[:1].isupper() and not word.endswith((",", ".", ";", ":"))
    return False


def _known_surname(people: People, written: str, before: int) -> str | None:
    """The person a surname written alone means ("I asked Lanning about
    this", "When I put that to Prydderch,"), when the text gave that surname
    in full ("Gwilym Prydderch has worked ...", or as a possessor before
    ``before``, "Peter Lanning's Looms and Letters"): a bare surname is no
    mention :func:`_person_at` finds (s49-rev16). ``None`` for more than one
    word or a surname the text gave no one."""
    if " " in written:
        return None
    if written.lower() in people.by_surname:
        return people.full(written)
    # ("I have spent the winter with Peter Lanning's Looms and Letters ... I
    # asked Lanning about this": a full name the text wrote only as the
    # possessor of a work's title, which the name reading passes over.)
    for end, given, surname in _possessed_full(people.text):
        if end > before:
            break
        if surname == written:
            return f"{given} {written}"
    return None


@functools.lru_cache(maxsize=1)
def _possessed_full(text: str) -> tuple[tuple[int, str, str], ...]:
    """Every :data:`_POSSESSED_FULL` of ``text``: where it ends, the given
    name and the surname; found once a text, not once a quotation (read
    from the start each time, a long post of many "I asked Lanning" grew
    as the square of its length; s49-final-analyze)."""
    return tuple((m.end(), m.group(1), m.group(2)) for m in _POSSESSED_FULL.finditer(text))


_POSSESSED_FULL = re.compile(
    r"(?<=[a-z,;:][ \u00a0])([A-Z][a-z]+)[ \u00a0]+([A-Z][\w\u2019'-]*[a-z])[\u2019']s\b"
)
"""A given name and a surname written as a possessor ("Peter Lanning's")
inside a sentence: the capitalised word opening a sentence may be any word
("After Lanning's lecture the hall emptied"; s49-final-analyze)."""
