"""Naming verbs: when "called", "dubbed" or "referred to ... as" attribute
marked words to someone.

``Trump called the senator a “nasty guy”`` has no verb of saying, yet the
marked words are Trump's: the verb's subject names the thing in its own
words. ``a film called “…”``, ``was dubbed the “…”`` and ``so-called``
name a thing or a term, and nobody is said to speak. A described subject
names in its own words too when its verb is finite and has an object before
the marks (``The harbour board called the pier “…”``, ``Lind's doctor is
calling her “…”``; stop 33), unless the thing is introduced with "a" (``A
band called the Gulls played “…”``). The analysis asks a
naming verb only when no verb of saying attributes the words
(:func:`~quotemark.library.analyze.attribution.before` with ``naming``).
"""

from __future__ import annotations

import re

from quotemark.library.analyze.lexicon import (
    ADVERBS_SUFFIX,
    DETERMINERS,
    ENGLISH_PREPOSITIONS,
    MONTHS_AND_DAYS,
    NAMING_AS_VERBS,
    NAMING_VERBS,
    PASSIVE_AUXILIARIES,
    words,
)
from quotemark.library.analyze.names import PARTY_TAG, clean, looks_plural, time_phrase_start

Token = tuple[str, int, int]

TIME_WORDS: frozenset[str] = (
    words(
        "earlier later this last next week month year today yesterday tonight morning "
        "afternoon evening night on in"
    )
    | MONTHS_AND_DAYS
)
"""Words of a time phrase between a subject and its verb ("Rempel earlier
this week called", "Trump on Monday called"): passed over, and left out of
the speaker's name."""

RELATIVES: frozenset[str] = words("what which who whom")
"""A naming verb's subject follows these ("the territory of what he
called “…”"): the clause before them is someone else's."""

_SKIP = words(
    "has have had also often repeatedly once later then again even would will did never just "
    "already reportedly since further still now"
)
_SUBJECT_PRONOUNS = words("he she they we i you it")
_INDEFINITE = words("a an")
_NOT_NAMING_PREPOSITIONS = ENGLISH_PREPOSITIONS - words("for on to")
_POSSESSIVE_END = re.compile(r"\w['\u2019]s$")


def _possessive_end(token: str) -> bool:
    """``_POSSESSIVE_END.search(token)``, tried only when the token holds
    an apostrophe and "s", straight or curly (most do not: no call into the engine)."""
    return ("'s" in token or "\u2019s" in token) and _POSSESSIVE_END.search(token) is not None


def _word(token: str) -> str:
    return clean(token).lower()


def _ends_clause(token: str) -> bool:
    """A comma, a colon or a dash: the clause before it is not the subject."""
    return token.endswith((",", ";", ":")) or token in {"\u2014", "\u2013", "\u2015", "--", "-"}


def names_actively(tokens: list[Token], n: int, described: bool = True) -> bool:
    """Is token ``n`` a naming verb with a subject of its own ("Trump called
    the senator a “…”", "what he calls", "commentators called him")? Not a
    thing named ("a film called “…”", "A blog, called the “…”"), nor a
    passive ("has been dubbed the “…”"), where nobody is said to speak.
    ``tokens`` run from the sentence start to the opening mark. Without
    ``described``, a described subject ("The harbour board called") is no
    subject of its own: a board or a band that calls a thing “Blue Harbour”
    gives it a name, not words of its own (stop-33 review)."""
    verb = _word(tokens[n][0])
    if verb in NAMING_AS_VERBS:
        if not _as_before_marks(tokens, n):
            return False
    elif verb not in NAMING_VERBS:
        return False
    ing = verb.endswith("ing")
    k = n - 1
    while k >= 0:
        word = _word(tokens[k][0])
        if word in PASSIVE_AUXILIARIES and not ing:
            return False  # "was dubbed": by whom is not said
        is_adverb = word.endswith(ADVERBS_SUFFIX) and tokens[k][0][:1].islower()
        if PARTY_TAG.fullmatch(tokens[k][0]) and k > 0:
            k -= 1  # "Sen. Ada Lind (D-Ore.) called": the name before the tag
            continue
        if word not in _SKIP and word not in PASSIVE_AUXILIARIES and not is_adverb:
            when = time_phrase_start(tokens, k) - 1
            while when >= 0 and _word(tokens[when][0]) in TIME_WORDS:
                when -= 1
            if when == k or when < 0 or _ends_clause(tokens[when][0]):
                break
            k = when  # past the time phrase, to the subject
            continue
        k -= 1
    if k < 0:
        return False
    if _ends_clause(tokens[k][0]):
        # "Trump went after Bush, calling him “a total stiff”": the main
        # clause's subject; but "A blog, called the “…”" names a thing.
        return ing or _set_off_name(tokens, k) or _name_before_role(tokens, k)
    if ing and k == n - 1:
        return False  # "signs calling Christie “…”", "a campaign dubbing ..."
    token = tokens[k][0]
    word = _word(token)
    if word in _SUBJECT_PRONOUNS or token[:1].isupper():
        return True
    if word == "who" and k > 0 and tokens[k - 1][0].endswith(",") and not ing:
        # "backed by Tom Hale, who called it “…”": the person the relative
        # clause follows names it (s38-who); "a film, called" stays a thing.
        return True
    # A plural noun ("commentators called him"), not a thing ("a film").
    if looks_plural(word):
        return True
    return described and _described_subject(tokens, k, n)


def _described_subject(tokens: list[Token], k: int, n: int) -> bool:
    """Is ``tokens[k]`` the head of a described subject ("The harbour
    board called the pier “…”", "Lind's doctor is calling her “…”") of a
    finite naming verb ``n`` with an object of its own before the marks?
    "a film called “…”" has no object: the marks name the film."""
    verb = _word(tokens[n][0])
    if verb.endswith("ing"):
        if _word(tokens[n - 1][0]) not in PASSIVE_AUXILIARIES:
            return False  # "a statement calling the plan “…”": no subject of its own
    elif not verb.endswith("ed"):
        return False  # "a wake-up call", "the newest terms": nouns, not verbs
    if n + 1 >= len(tokens) or verb in NAMING_AS_VERBS:
        return False
    if any(_word(t[0]) in _NOT_NAMING_PREPOSITIONS for t in tokens[n + 1 :]):
        # "called a meeting about the “ferry lag”", "called into question
        # the “…”": the verb names nothing (stop-33 review). ("called for
        # “…”", "is calling on Berg to “…”" ask in the subject's words.)
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        token = tokens[j][0]
        if _ends_clause(token):
            return False
        if _possessive_end(token):
            return True
        if _word(token) in DETERMINERS:
            # "A band called Sophistafunk got ...": a thing introduced and named.
            return _word(token) not in _INDEFINITE
    return False


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")
_CLAUSE_MARK = re.compile(r"[,;:]")
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
_NAME_MINOR = words("a an the of and or in on at to for by with")
_NAMED_REACH = 4
"""Words between a naming verb and the name it gives ("called its new boat")."""


def gives_a_name(subject: str, named: str, marked: str) -> bool:
    """Do a described naming subject, the thing it names (``named``, the
    words from its verb to the marks) and title-case marked words make a
    name given to a thing ("The harbour board called its new boat “Lind’s
    Pride”", "The band called the album “Blue Harbour Nights”"), not words
    of the subject's own? A person or a pronoun ("Berg called his rival
    “Captain Fog”") gives a nickname, which stays theirs; a clause set off
    between verb and marks ("called the crowd to the stage, singing “…”")
    names nothing (stop-33 review)."""
    first = subject.split(maxsplit=1)[:1]
    if not first or len(named.split()) > _NAMED_REACH or _CLAUSE_MARK.search(named):
        return False
    described = _word(first[0]) in DETERMINERS or _possessive_end(first[0])
    if not described:
        return False
    found = _NAME_WORD.findall(_POSSESSIVE_S.sub("", marked))
    if not any(w[:1].isupper() for w in found):
        return False  # ("the Gull Walk": a name with its article)
    return all(w[:1].isupper() or w.lower() in _NAME_MINOR for w in found)


def _set_off_name(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` ("Berg,") the last word of a name set off by commas
    after a description ("The harbour master, Tomas Berg, called ...")?"""
    j = k - 1
    while j >= 0 and k - j <= 3 and tokens[j][0][:1].isupper() and not _ends_clause(tokens[j][0]):
        j -= 1
    return tokens[k][0][:1].isupper() and j >= 0 and tokens[j][0].endswith(",")


_ROLE_REACH = 20
"""Words of a role set off by commas after a name ("Bay Lund, treasurer of
the island's ferry trust, called ...")."""


def _name_before_role(tokens: list[Token], k: int) -> bool:
    """Does ``tokens[k]`` (ending in a comma) close a role set off by commas
    after a name ("Bay Lund, treasurer of the ferry trust, called")? The
    role opens in lower case; the word before it is a capitalised name (or
    a party tag, "(R-Tenn.),")."""
    for j in range(k - 1, max(-1, k - _ROLE_REACH - 1), -1):
        if not _ends_clause(tokens[j][0]):
            continue
        name = tokens[j][0].lstrip("(")
        return tokens[j + 1][0][:1].islower() and name[:1].isupper() and j + 1 < k
    return False


def _as_before_marks(tokens: list[Token], n: int) -> bool:
    """Do the tokens after ``n`` end with "as" (or "as a/an/the") right
    before the marks, a few words on ("referred to Rubio as “…”")?"""
    tail = [_word(t) for t, _s, _e in tokens[n + 1 :]]
    if tail and tail[-1] in {"a", "an", "the"}:
        tail = tail[:-1]
    return 0 < len(tail) <= 8 and tail[-1] == "as"
