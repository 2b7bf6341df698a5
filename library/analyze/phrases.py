"""The speaker phrase finder: the attribution phrase of a quotation as the
package reads it (before or after the marks, across a colon or a naming
verb), with the checks that a verb of talking about something is no verb of
saying ("Tom Hale talked about the pier"), a narrator's interjection set off
by dashes inside a quotation, and the person named just before a quotation
nested in another.

It answers where the phrase is and what it says; resolving it to a person is
for the package's ``__init__`` and the construction modules
(:mod:`.holders`, :mod:`.groups`, :mod:`.issuers`).
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import (
    Phrase,
    after,
    attribution_line,
    before,
    how_named,
    introduces_next,
    reports_own_words,
    says_nothing,
    sentence_start,
    sign_holders,
    signed_off,
    trailing,
)
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import Gender, of_pronoun, of_word
from quotemark.library.analyze.lexicon import (
    ARTICLES,
    DETERMINERS,
    KIN_WORDS,
    NAMING_VERBS,
    NOT_NAMES,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    TALKING_VERBS,
    words,
)
from quotemark.library.analyze.names import (
    PERSON_RUN,
    clean,
    looks_like_organisation,
    split_speaker,
)
from quotemark.library.analyze.naming import _POSSESSIVE_S, gives_a_name
from quotemark.library.analyze.passive import passive_source
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.speakers import People
from quotemark.library.model import QuoteKind, Speaker

_SELF_QUOTE = re.compile(
    r"\b(?:I|we)\b(?:\s+[\w\u2019']+){0,5}?\s+(?:said|say|told|tell|asked|ask|wrote|thought"
    r"|replied|added|answered)\b[^\"\u201c\u201d\u2018\u2019]{0,60}$"
)

_NESTED_PRONOUN = re.compile(
    r"\b([Ss]he|[Hh]e)(?:[\u2019']d|[ \u00a0]+would|[ \u00a0]+(?:always|then|once|just))?"
    r"[ \u00a0]+(?:said|say|says|told|tell|asked|ask|added|wrote|write)"
    # ("He told me, ‘…’", "She said to me, ‘…’": the one told; s46-left)
    r"(?:[ \u00a0]+(?:to[ \u00a0]+)?(?:me|us|him|her|them))?[,:][ \u00a0]*$"
)
"""A "she"/"he" and a verb of saying right before a quotation inside another
("... and she'd say, ‘…’"): the speaker quoting someone else in their words."""

_KIN_PHRASE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:grand|great-grand|step)?("
    + "|".join(sorted(KIN_WORDS))
    + r")(?:-in-law)?\b"
)
"""A relative brought in by a possessive ("his daughter", "her youngest
son", "his granddaughter", "her stepfather": a kin noun and the compounds
built on it): the one a "she"/"he" inside the parent's words may mean; the
kin noun as group 1."""


def _kin_before(doc: Document, lo: int, hi: int, gender: Gender) -> tuple[int, int] | None:
    """Where the last relative of ``gender`` brought in by a possessive
    stands between ``lo`` and ``hi`` ("A father of two ... said his
    daughter had watched ... “She said to me, ‘…’”": s46-left), else
    ``None``."""
    found = None
    for m in _KIN_PHRASE.finditer(doc.scan, lo, hi):
        if of_word(m.group(1).lower()) == gender:
            found = (m.start(), m.end())
    return found


_INTRO_VERB = re.compile(
    r"(?<![\w\u2019'-])(?P<verb>said|says|say|saying|told|tells|tell|telling|asked|asks|ask"
    r"|asking|added|adds|wrote|writes|write|replied|answered|shouted|yelled)"
    r"(?P<to>[ \u00a0]+to[ \u00a0]+(?:me|us|him|her|them))?"
    r"(?P<obj>(?:[ \u00a0]+[a-z][\w\u2019']*){0,3})[ \u00a0]*[,:]?[ \u00a0]*$"
)
"""A verb of saying ending the outer quotation's words right before a nested
one ("Then Tom Hale said, ‘…’", "my father would say: ‘…’"); an object only
after "told"/"asked" ("Tom Hale told me, ‘…’", "asked the board,"), or
after whom it was said to ("His instructor said to me last month, ‘…’";
stop 46)."""

_INTRO_OBJECT_VERBS = words("told tells tell telling asked asks ask asking")
_INTRO_AUX = words(
    "would will could might did does do had has have always then once just often never also"
    " usually later finally simply only still even again to used can can\u2019t can't cannot"
    " won\u2019t won't wouldn\u2019t wouldn't don\u2019t don't didn\u2019t didn't"
)
"""Words between an introducing verb's subject and the verb ("she would
always say", "my father used to say", "I can't say")."""
_INTRO_JOINTS = words("and but or then so when while as because if until after before where")
_INTRO_RELATIVE = words("who that which")
_INTRO_BOUNDARIES = _INTRO_JOINTS | _INTRO_RELATIVE
"""Words a verb's subject does not run back past: a joint or a relative."""
_INTRO_CLAUSE = re.compile(r"[.!?;:,\u2014\u2013(\"\u201c\u201d\u2018\n]|\u2019(?!\w)")
"""Where the clause of an introducing verb's subject begins: after a stop,
a comma, a dash or a mark (a closing "’", not the apostrophe of "can’t")."""
_INTRO_OTHERS = words("they you people someone somebody everyone everybody nobody one it")
"""Subjects that are neither the teller nor a person the text names: the
nested words are theirs, never the teller's."""
_TOKEN_RUN = re.compile(r"\S+")
_MATRIX_VERBS = words("think thought believe believed guess suppose know knew hope feel felt")
"""Verbs whose clause holds another subject ("I think they ... and say,")."""
_NOT_IN_DESCRIPTION = PASSIVE_AUXILIARIES | words("am has have had do does did")
"""Verbs that end a description's words ("this is saying,": no description)."""

Intro = tuple[str, int, int]
"""What :func:`_intro_subject` finds: a kind and the subject's place."""


def _intro_subject(window: str) -> Intro | None:
    """Who the outer speaker says spoke the nested quotation, when their
    words end in a verb of saying right before it: ``(kind, start, end)``
    of the subject in ``window``, ``kind`` one of ``"teller"`` ("And I
    said, ‘…’", "I met Tom Hale on the pier and said,"), ``"pronoun"``
    ("he'd say,"), ``"name"`` ("Then Tom Hale said,", "Tom Hale told me,"),
    ``"description"`` ("my father would say,", "the harbour master told
    us,", "a caller who rang the board said,"), ``"other"`` ("they
    said,": someone, never the teller) and ``"unknown"`` (a subject none of
    these, "the Harbour Board said,": not the teller either, and the words
    after the inner quotation are not its attribution). ``None`` when the
    words end in no such verb."""
    verb = _INTRO_VERB.search(window)
    if verb is None or (
        verb.group("obj")
        and verb.group("verb") not in _INTRO_OBJECT_VERBS
        # ("said to me last month, ‘…’": set off by its comma, not "said to
        # me the pool was ‘…’", a clause the words end.)
        and not (verb.group("to") and window.rstrip().endswith((",", ":")))
    ):
        return None
    cut = max((m.end() for m in _INTRO_CLAUSE.finditer(window, 0, verb.start())), default=0)
    unknown = ("unknown", verb.start(), verb.start())
    tokens = [(m.group(), m.start()) for m in _TOKEN_RUN.finditer(window, cut, verb.start())]
    while tokens and tokens[-1][0].lower() in _INTRO_AUX:
        tokens.pop()  # "she would always say", "my father used to say"
    if tokens and tokens[-1][0].endswith(("\u2019d", "'d")):
        word, at = tokens[-1]
        tokens[-1] = (word[:-2], at)  # "she'd say"
    k = len(tokens)
    while k > 0 and tokens[k - 1][0].lower() not in _INTRO_BOUNDARIES:
        k -= 1
    if k < len(tokens):
        if k > 0 and tokens[k - 1][0].lower() in _INTRO_RELATIVE:
            # "a caller who rang the board said,": the relative's noun,
            # else someone, never the teller.
            k -= 1
            j = k
            while j > 0 and tokens[j - 1][0].lower() not in _INTRO_JOINTS:
                j -= 1
            return _subject_kind(window, tokens[j:k], head_first=False) or unknown
        return _subject_kind(window, tokens[k:], head_first=False) or unknown
    if not tokens:
        return None
    joint = tokens.pop()[0].lower()
    if joint in _INTRO_RELATIVE:
        # "a caller who said,": the relative's noun; never the teller.
        return unknown
    # "I met Tom Hale on the pier and said,": the verb shares the clause's
    # subject, its first words ("When Tom Hale stood up and said,").
    while tokens and tokens[0][0].lower() in _INTRO_JOINTS:
        tokens.pop(0)
    if any(t.lower() in _INTRO_BOUNDARIES for t, _ in tokens):
        return unknown
    return _subject_kind(window, tokens[:4], head_first=True) or unknown


def _subject_kind(window: str, tokens: list[tuple[str, int]], head_first: bool) -> Intro | None:
    """What a verb's subject ``tokens`` (words and their places in
    ``window``) is, as :func:`_intro_subject` names it; ``head_first``: a
    clause's opening words, whose head comes first (else last)."""
    if not tokens:
        return None
    word, at = tokens[0] if head_first else tokens[-1]
    low = clean(word).lower()
    if head_first and len(tokens) > 1 and clean(tokens[1][0]).lower() in _MATRIX_VERBS:
        return None  # "I think other people look at it and say,": theirs
    alone = head_first or len(tokens) == 1
    for kind, those in (("teller", ("i", "we")), ("pronoun", ("he", "she"))):
        if low in those and alone:
            return (kind, at, at + len(clean(word)))
    if low in _INTRO_OTHERS and len(tokens) == 1 and not head_first:
        # (A clause's first "it" may stand for what follows: "It is Tom
        # Hale standing up and saying,".)
        return ("other", at, at)
    lo, hi = tokens[0][1], tokens[-1][1] + len(tokens[-1][0])
    for run in PERSON_RUN.finditer(window, lo, hi):
        if _no_person(window, run):
            continue
        names = run.group().split()
        while names and clean(names[0]).lower() in NOT_NAMES:
            names.pop(0)  # "Then Tom Hale said,"
        if len(names) < 2:
            continue
        start = window.index(names[0], run.start())
        if run.start() == lo if head_first else not window[run.end() : hi].strip(" ,"):
            return ("name", start, run.end())
    # "My father", "the harbour master": a determiner and lower-case words
    # (not "the Harbour Board", nor "this is saying,").
    if (
        not head_first
        and tokens[0][0].lower() in DETERMINERS
        and 2 <= len(tokens) <= 5
        and all(t.isalpha() for t, _ in tokens)
        and all(t.islower() and t not in _NOT_IN_DESCRIPTION for t, _ in tokens[1:])
    ):
        return ("description", lo, hi)
    return None


def _no_person(window: str, run: re.Match[str]) -> bool:
    """Is a capitalised run in a nested quotation's window no speaker's name:
    an organisation's, one after "the" ("the Harbour Board"), one holding
    "I" ("So I") or a possessive ("Martha's Vineyard")?"""
    return (
        looks_like_organisation(run.group())
        or window[max(0, run.start() - 4) : run.start()] in {"the ", "The "}
        or "I" in run.group().split()
        or _POSSESSIVE_S.search(run.group()) is not None
    )


_FULL_STOPS = frozenset(".!?")
_COMMA_THEN_AND = re.compile(r",[\u201d\"][ \u00a0]+and[ \u00a0]")
"""Words in marks closed by a comma, then "and" opening a clause after them."""


_RELATIVE = re.compile(r"\b(?:[a-z]+ (?:which|whom)|where)\b")
"""A relative clause opened by a preposition and "which" or "whom" ("in
which", "to whom"), or by "where"."""


def _namer(doc: Document, c: Candidate, line_start: int) -> Phrase | None:
    """The subject of the naming verb before ``c``'s marks, unless it is a
    described one giving a thing a name ("The band called the album “Blue
    Harbour”": a title, nobody's words)."""
    phrase = before(doc, c.open, line_start, True, naming=True)
    if (
        phrase is not None
        and phrase.verb_end >= 0
        and gives_a_name(phrase.text, doc.scan[phrase.verb_end : c.open], doc.scan[c.start : c.end])
    ):
        return None
    return phrase


_NAMED_OPENING = re.compile(r"[ \u00a0]*" + PERSON_RUN.pattern + r",[^\"\u201c\u201d\u2018]*$")
"""A sentence opened by a person's name (two or more capitalised words) set
off by a comma, an introduction ("Ada Lind, 54, a deckhand, was less
sure."), with no quotation in it."""


def _after_named_subject(text: str, line_start: int, phrase: Phrase, open_at: int) -> bool:
    """Is the pronoun ``phrase`` ("She called the new timetable ‘a gamble’")
    a naming verb's subject that can only mean the person the sentence before
    opened with ("Ada Lind, a deckhand, was less sure.")? "He"/"she" opens
    its sentence, the sentence before stands in the same paragraph and opens
    with a name, and no capital between the verb and the marks names someone
    else the pronoun might be confused with ("he called Rubio “…”": a bare
    pronoun naming verb lost check figures three times where it was read
    from any resolution, stops 20, 21, 29)."""
    if phrase.text.lower() not in {"he", "she"} or phrase.verb_end < 0:
        return False
    if any(w[:1].isupper() for w in text[phrase.verb_end : open_at].split()):
        return False
    opening = sentence_start(text, line_start, phrase.start)
    if text[opening : phrase.start].strip() or opening <= line_start:
        return False
    before = sentence_start(text, line_start, opening - 1)
    return _NAMED_OPENING.match(text, before, opening) is not None


_IN_OWN_WORDS = re.compile(
    r",[ \u00a0]+in[ \u00a0]+(his|her|their)[ \u00a0]+(?:own[ \u00a0]+)?words,[^.!?]*$"
)
"""An aside that gives the clause's marked words to someone: ", in her own
words, is “…”"."""
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def _in_own_words(text: str, line_start: int, open_at: int) -> Phrase | None:
    """The pronoun of ", in her words," set off in the sentence before the
    marks ("The pier, in her words, is “a beautiful liability.”"): whom the
    possessive means says them, as "The pier, she wrote, is “…”" does
    (s41-rev2). Only when the sentence holds the word "words" (a cheap test
    first)."""
    begin = sentence_start(text, line_start, open_at)
    if text.find("words,", begin, open_at) < 0:
        return None
    m = _IN_OWN_WORDS.search(text, begin, open_at)
    if m is None:
        return None
    return Phrase(m.start(1), m.end(1), _OWNER_PRONOUN[m.group(1)], "before")


_AND_THAT_BEFORE = re.compile(r"[ \u00a0,]and[ \u00a0]+that[ \u00a0]*$")
_WORD_IN = re.compile(r"[a-z]+")


def _said_and_that(doc: Document, c: Candidate, phrase: Phrase, line_start: int) -> Phrase | None:
    """`Ada Lind said the report had recommended monitoring and that “…”`:
    the phrase found for the nearer verb ("recommended") runs over a verb of
    saying ("Ada Lind said the report"). The marks after "and that" are a
    second clause of that verb, so its subject says them (second review of
    stop 40). ``None`` when the marks follow no "and that" or the phrase
    holds no verb of saying."""
    # (The dozen characters before the mark only: this runs for every
    # partial quotation with a verb of saying before it.)
    if phrase.verb_end < 0 or not _AND_THAT_BEFORE.search(
        doc.scan, max(phrase.verb_end, c.open - 12), c.open
    ):
        return None
    for m in _WORD_IN.finditer(phrase.text):
        if m.start() > 0 and m.group() in SPEECH_VERBS and phrase.text[m.start() - 1] == " ":
            said = before(doc, phrase.start + m.end(), line_start, True)
            if said is not None and said.text and said.verb_end <= phrase.start + m.end():
                return said
            return None
    return None


def _introduced_before(text: str, lo: int, at: int) -> str:
    """What introduces the words opening at ``at`` (not before ``lo``): ":"
    for a colon right before them, "," for a verb of saying and a comma
    ("He came in and said, “…”": s45-left7), else "". Spaces between are
    allowed; a walk back over them, then one word, no copy of the line."""
    k = at
    while k > lo and text[k - 1] in " \u00a0\u202f":
        k -= 1
    if k <= lo or text[k - 1] not in ":,":
        return ""
    if text[k - 1] == ":":
        return ":"
    j = k - 1
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return "," if text[j : k - 1] in SPEECH_VERBS else ""


_SIGNS_WORDS = re.compile(
    r"\b(?:placards?|signs?|banners?|posters?|t-shirts?|slogans?)"
    r"[ \u00a0]+(?:(?:that|which)[ \u00a0]+)?(?:read|reads|reading|said|saying)[ \u00a0,:]*$",
    re.IGNORECASE,
)
"""A sign and its verb right before the marks: "placards reading", "banners
that said"."""


def _signs_words(text: str, line_start: int, open_at: int) -> int:
    """Where the sign's noun opens when the marked words opening at
    ``open_at`` are a sign's ("placards reading “Save our ferry.”"), else
    -1. Only the 40 characters before the marks are searched, and only when
    the word before them ends "-ing", "read", "reads" or "said" (a cheap
    test first)."""
    lo = max(line_start, open_at - 40)
    head = text[lo:open_at].rstrip(" \u00a0,:")
    if not head.endswith(("ing", "read", "reads", "said")):
        return -1
    m = _SIGNS_WORDS.search(text, lo, open_at)
    return -1 if m is None else m.start()


_HEADLINE_NAME = re.compile(
    r"[ \u00a0]*:[ \u00a0]+((?:[A-Z][a-z][\w\u2019'-]*[ \u00a0]+){1,3}[A-Z][a-z][\w\u2019'-]*)"
    r"(?:[ \u00a0]+(?:on|about)[ \u00a0]|[ \u00a0]*$)"
)
"""After a quotation's closing mark: a colon, a name of two to four
capitalised words, then "on"/"about" (a topic) or the line's end."""


def _headline_colon(doc: Document, c: Candidate, line_start: int, line_end: int) -> Phrase | None:
    """ "“The sea doesn't care about your timetable”: Ada Lind on forty
    years of ferries": an interview's headline quotes its subject, then
    names her after a colon with the topic. Only a quotation opening its
    line, a line with no full stop after the marks (a headline, not a
    sentence), and a name no article or organisation opens."""
    if (
        doc.scan[line_start : c.open].strip()
        or doc.scan[c.close + 1 : c.close + 3].lstrip()[:1] != ":"
    ):
        return None  # (the cheap test first: most quotations are followed otherwise)
    m = _HEADLINE_NAME.match(doc.scan, c.close + 1, line_end)
    if m is None or "." in doc.scan[m.end(1) : line_end]:
        return None
    name = m.group(1)
    if clean(name.split()[0]).lower() in ARTICLES or looks_like_organisation(name):
        return None
    return Phrase(m.start(1), m.end(1), name, "after")


_WRITER = frozenset({"I", "We"})


def _writer_goes_on(phrase: Phrase) -> bool:
    """Is the "after" ``phrase`` the writer's own "I" or "We" opening the
    next sentence ("Reviewer 2 wrote: “… if it said so.” I have said so in
    the revision.")? After words a colon introduced and a full stop closed,
    the writer goes on in a sentence of their own; the colon's subject said
    the words (s42-rev2: the reviewer's words were shown as the author's)."""
    return phrase.text in _WRITER


def _find_phrase(doc: Document, c: Candidate, whole_lines: set[int]) -> Phrase | None:
    start_line = doc.lines[c.line]
    end_line = doc.lines[c.end_line]
    partial = c.kind is QuoteKind.PARTIAL
    passive = passive_source(doc, c.open, c.close, start_line.start) if partial else None
    if passive is not None and passive.agent is not None:
        # "Berg was called “a coward” by the mayor": the agent's words.
        return passive.agent
    if partial:
        if _signs_words(doc.scan, start_line.start, c.open) >= 0:
            # `Our reporter says ... some holding placards reading “…”`:
            # the placard's words, no speaker's, wherever the clause stands
            # (alone, no verb of saying gives them anyone either). Only a
            # partial quotation: a sign's words in marks of their own lost
            # a check figure given no speaker (tried, stop 40).
            return None
        named = how_named(doc.scan, c.close)
        if named is not None:
            return named  # `“Reckless” was how Ruth Ames described the vote`
    if partial and passive is None:
        # (A passive with no agent, "Berg was described as “…”", skips this
        # search: it would take the subject, Berg, who says nothing.)
        phrase = before(doc, c.open, start_line.start, True)
        if phrase is not None and _talk_not_speech(doc, c, phrase):
            # `The actor voiced the “…”`, `which Hale called “…”`: no
            # verb earlier in the sentence says these words either.
            phrase = None
        elif phrase is not None and _unsure_talk(doc, c, phrase):
            # `She said she speaks of “…”`: the verb of saying before it.
            phrase = before(doc, phrase.start, start_line.start, True)
            if phrase is not None and _unsure_talk(doc, c, phrase):
                phrase = None
        if phrase is not None and phrase.verb_end < c.open:
            phrase = _said_and_that(doc, c, phrase, start_line.start) or phrase
        if phrase is not None:
            if 0 <= phrase.verb_end < c.open and _RELATIVE.search(
                doc.scan, phrase.verb_end, c.open
            ):
                # "Lind read the letter in which Berg called the plan “a
                # folly.”": the relative clause's own naming verb, nearer the
                # marks, has the subject who says them.
                named = _namer(doc, c, start_line.start)
                if named is not None and named.start > phrase.verb_end:
                    return named
            return phrase
    if c.close < end_line.end:
        phrase = after(doc, c.close, end_line.end, strict=partial)
        if (
            phrase is not None
            and not partial
            and (
                doc.scan[c.close - 1 : c.close] in _FULL_STOPS
                # ("Hale said, “…,” and Ames said, “…”": a clause of its own
                # after the comma; s45-left7)
                or _COMMA_THEN_AND.match(doc.scan, c.close - 1) is not None
            )
            and (introduced := _introduced_before(doc.scan, start_line.start, c.open))
            and (
                # ("I said, “Son, …” He wrote that down.": a verb of saying
                # and its comma right before the marks say whose the words
                # are; the words end their sentence, and the next one is
                # its own, whatever its verb; s46-left)
                introduced == ","
                or introduces_next(doc.scan, c.close, end_line.end, introduced == ",")
                # ("Hale said: “…” Ames said nothing.": the next sentence's
                # verb quotes no words; left, stop 39.)
                or says_nothing(doc.scan, phrase, end_line.end)
                or _writer_goes_on(phrase)
                # ("Tait wrote: “…” Voss replied with the words “…”": the
                # sentence after reports marked words of its own.)
                or reports_own_words(doc.scan, phrase, end_line.end)
            )
        ):
            # "Hale said: “We sail.” Ames said: “Not without a deal.”": each
            # colon introduces the words after it; the sentence after these
            # introduces the next ones, so the one before says these (the
            # battery, stop 39).
            phrase = None
        elif phrase is not None:
            if partial and (
                doc.scan[c.close - 1 : c.close] in _FULL_STOPS
                or reports_own_words(doc.scan, phrase, end_line.end)
            ):
                # `Lind called Berg a “fraud.” Hale said ...`: the marked
                # words end their sentence, whose naming verb has a subject;
                # the next sentence's speaker says other words. So too when
                # the clause after them reports marked words of its own
                # (`Hale called the offer “fair” but Ames said it was “an
                # insult.”`: the battery, stop 39).
                named = _namer(doc, c, start_line.start)
                if named is not None and named.text.lower() not in PRONOUNS:
                    return named
            return phrase
        if partial:
            phrase = trailing(doc, c.close, end_line.end)
            if phrase is not None:
                return phrase
    if partial:
        # "Trump called the senator a “nasty guy”": no speech verb, but a
        # naming verb whose subject says the marked words.
        phrase = _namer(doc, c, start_line.start)
        if (
            phrase is not None
            and phrase.text.lower() in PRONOUNS
            and not _after_named_subject(doc.scan, start_line.start, phrase, c.open)
        ):
            return None
        return phrase or _in_own_words(doc.scan, start_line.start, c.open)
    if not partial:
        sign = _signs_words(doc.scan, start_line.start, c.open)
        if sign >= 0:
            # "Protesters carried banners that said “Save our ferry”": a
            # sign's words in marks of their own are its carriers' (no
            # speaker at all lost a check figure, s40-phrase; s40-asked).
            holders = sign_holders(doc.scan, start_line.start, sign)
            if holders is not None:
                return holders
        phrase = before(doc, c.open, start_line.start, False)
        if phrase is not None:
            return phrase
        if c.close < end_line.end:
            # `“It can be done” if the line reopens, said Tom Hale.`: the
            # attribution closes the sentence the quotation opens. Only a
            # name: a phrase the subject search stopped in ("in a follow-up
            # interview", "when Boyle asked") says nothing here.
            phrase = trailing(doc, c.close, end_line.end)
            if phrase is not None and phrase.text[:1].isupper():
                return phrase
            # `“The pier has been neglected.” Ada Lind, harbour councillor`:
            # a pull quote signed at its paragraph's end.
            phrase = signed_off(doc, start_line.start, c.open, c.close, end_line.end)
            if phrase is not None:
                return phrase
            phrase = _headline_colon(doc, c, start_line.start, end_line.end)
            if phrase is not None:
                return phrase
    if not partial:
        phrase = _interjection(doc, c)
        if phrase is not None:
            return phrase
    if c.whole_line:
        nxt = c.end_line + 1
        while nxt in whole_lines:
            nxt += 1
        # A paragraph of its own after the quotation's (a block's first line
        # is a line's start, as in the app) is not read when heading-shaped.
        signed = nxt < len(doc.lines) and doc.lines[nxt].block != doc.lines[c.end_line].block
        phrase = attribution_line(doc, nxt, signed)
        if phrase is not None:
            return phrase
        if c.line > 0:
            prev = doc.lines[c.line - 1]
            if doc.scan[prev.start : prev.end].rstrip().endswith(":"):
                end = prev.start + len(doc.scan[prev.start : prev.end].rstrip())
                return before(doc, end, prev.start, False)
    return None


_ABOUT = re.compile(r"\s+(?:[a-z]+ly\s+|instead\s+)?(?:about|of|von)\s")
_TALK_ABOUT = words("spoke speaks talked sprach spricht")


def _talking_verb(doc: Document, phrase: Phrase) -> str | None:
    """The verb ending at ``phrase.verb_end`` when it is one of
    :data:`.lexicon.TALKING_VERBS`, lower-cased; else ``None``."""
    if phrase.verb_end < 0:
        return None
    start = _verb_start(doc, phrase)
    verb = doc.scan[start : phrase.verb_end].lower().rstrip(",;:")
    return verb if verb in TALKING_VERBS else None


def _verb_start(doc: Document, phrase: Phrase) -> int:
    """Where the word ending at ``phrase.verb_end`` (its verb) starts."""
    text = doc.scan
    start = phrase.verb_end
    while start > phrase.end and not text[start - 1].isspace():
        start -= 1
    return start


_EXPRESS = words("expressed expresses voiced")
_WORK_NOUNS = words(
    "film movie show series book novel memoir song album poem play musical documentary "
    "podcast report study slogan headline hashtag"
)
_STRANDED = (PREPOSITIONS - {"about", "of"}) | words("is are was were has have had will would")
"""Words after a talking verb's "about"/"of" that leave it without an
object: the thing talked about came before ("the report Lind spoke about
on Monday found ...")."""
_TALK_AUX = words("has have had was were is are been be being will would also once")
_JOINED_OR_PRONOUN = words("and but or then i we you he she they")
_SET_OFF_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!including\s|according\s)[a-z]{3,}ing\s")


def _talk_not_speech(doc: Document, c: Candidate, phrase: Phrase) -> bool:
    """Is ``phrase`` the subject of a verb of talking about something whose
    marked words are plainly no one's speech, or someone else's (stop-34
    review)? A work's title right after its noun ("spoke about the report
    “…”"); a marked object with only an article before it, for "expressed"
    and "voiced" ("The courier expressed the “…” parcels", "voiced the “…”
    in the film": parcels and roles); a participle phrase set off after the
    verb ("protested outside, holding signs reading “…”": the sign's); a
    naming verb with a subject of its own after the verb ("expressed doubt
    about the plan, which Hale has called “…”": Hale's); a passive ("The
    fishermen were assured that ...", "Concern was expressed that ...":
    the subject heard the words or is no one); "spoke about" with no
    object after it, in a clause about a thing named before ("the report
    that Lind spoke about on Monday found ...")."""
    verb = _talking_verb(doc, phrase)
    if verb is None:
        return False
    text = doc.scan
    start = _verb_start(doc, phrase)
    lead = text[phrase.end : start].split()
    while lead and lead[-1].lower().endswith("ly"):
        lead.pop()
    if lead and lead[-1].lower() in PASSIVE_AUXILIARIES:
        return True  # "The fishermen were assured that ...": they heard it
    between = text[phrase.verb_end : c.open]
    tokens = between.split()
    if (
        verb in _TALK_ABOUT
        and len(tokens) > 1
        and tokens[0].lower() in {"about", "of"}
        and tokens[1].lower() in _STRANDED
    ):
        return True  # "The report that Lind spoke about on Monday found": the report's
    if tokens and tokens[-1].lower() in _WORK_NOUNS:
        return True
    if verb in _EXPRESS and len(tokens) == 1 and tokens[0].lower() in ARTICLES:
        return True
    if _SET_OFF_PARTICIPLE.search(between) is not None:
        return True
    return any(_names_on_its_own(tokens, j) for j in range(1, len(tokens)))


def _names_on_its_own(tokens: list[str], j: int) -> bool:
    """Is ``tokens[j]`` a finite naming verb whose subject is not the
    talker's ("which Hale has called", "who dubbed it", "a group called")?
    Not one joined to the talker's verb ("and called it"), nor one after a
    pronoun ("what she calls": most often the talker again), nor a
    participle ("calling it": the talker's)."""
    word = tokens[j].lower().strip(",;:")
    if word not in NAMING_VERBS or word.endswith("ing"):
        return False
    k = j - 1
    while k > 0 and (tokens[k].lower() in _TALK_AUX or tokens[k].lower().endswith("ly")):
        k -= 1
    return tokens[k].lower() not in _JOINED_OR_PRONOUN


def _unsure_talk(doc: Document, c: Candidate, phrase: Phrase) -> bool:
    """Is ``phrase`` the subject of a verb of talking about something
    (:data:`.lexicon.TALKING_VERBS`) that does not bring the marked words
    in: a pronoun subject, or "spoke"/"talked" not followed by "about" or
    "of" ("spoke with his counterpart ... “to discuss …”": a meeting)?"""
    verb = _talking_verb(doc, phrase)
    if verb is None:
        return False
    text = doc.scan
    if phrase.text.lower() in PRONOUNS:
        return True
    return verb in _TALK_ABOUT and _ABOUT.match(text, phrase.verb_end, c.open) is None


def _interjection(doc: Document, c: Candidate) -> Phrase | None:
    """The narrator's words set off by dashes inside a quotation, as Spanish
    writes them: “No cerraremos la línea —dijo la alcaldesa—, el ferry
    seguirá.” A dash followed by a speech verb carries the speaker."""
    text = doc.scan
    dash = text.find("—", c.start, c.end)
    tries = 0
    while dash >= 0 and tries < 4:  # (bounded: the pass stays linear)
        following = text[dash + 1 : min(c.end, dash + 40)].split()
        # Only a verb right after the dash: "— my mother said I should rest"
        # is the speaker's own sentence.
        if following and clean(following[0]).lower() in SPEECH_VERBS:
            phrase = after(doc, dash - 1, c.end)
            if phrase is not None:
                return phrase
        dash = text.find("—", dash + 1, c.end)
        tries += 1
    return None


def _nested_speaker(
    doc: Document, c: Candidate, outer: Candidate, people: People, teller: Speaker | None
) -> Speaker | None:
    """A quotation within a quotation: the person named just before it inside
    the outer one ("this statement by Jaafar al-Husseini, a spokesman ...:"),
    or the outer speaker quoting themself ("... and I said: 'no'")."""
    lo = max(outer.start, c.open - 240)
    window = doc.scan[lo : c.open]
    intro = _intro_subject(window)
    if intro is not None and intro[0] not in ("pronoun", "unknown"):
        return _introduced(doc, lo, intro, people, teller)
    if teller is not None and intro is None and _SELF_QUOTE.search(window):
        return Speaker(teller.name, teller.role, 0.7, teller.span)
    match = None
    for m in PERSON_RUN.finditer(window):
        if _no_person(window, m) or clean(m.group().split()[0]).lower() in NOT_NAMES:
            continue  # "So I", "Martha's Vineyard": not a speaker's name
        match = m
    if match is None:
        told = _NESTED_PRONOUN.search(window)
        gender = None if told is None else of_pronoun(told.group(1).lower())
        if told is not None and gender is not None:
            # "You'd get to the end of a meeting and she'd say, ‘…’": the
            # person the teller's "she" means, never the teller (who would
            # say "I"); the person last named as a subject who may be meant,
            # when the text shows them of that sex (no guess: a headline's
            # words registered as a name took a tune "he said, ‘…’").
            besides = teller.name if teller is not None and teller.name else ""
            kin = _kin_before(doc, doc.lines[outer.line].start, outer.open, gender)
            if kin is not None:
                # "... said his daughter had watched the boats. “She said
                # to me, ‘…’”": the relative the teller's paragraph brought
                # in, of the pronoun's sex, over a name further back.
                return Speaker(None, doc.scan[kin[0] : kin[1]], 0.5, doc.span(*kin))
            name = people.resolve(c.open, gender=gender, besides=besides)
            if name is not None and people.genders.of(name) == gender:
                at = lo + told.start(1)
                span = doc.span(at, at + len(told.group(1)))
                return Speaker(name, people.role_at(name, c.open), 0.5, span)
        if intro is not None:
            # "he said, ‘…’" of no one the text shows a man, "the Harbour
            # Board said, ‘…’": the words after the inner quotation are not
            # its attribution, and the teller gave it to someone else.
            return None
        phrase = after(doc, c.close, outer.end)
        if phrase is None or _introduces_next_nested(doc.scan, c.close, outer.end):
            return None
        return _plain_speaker(doc, phrase, people, 0.7)
    tail = window[match.end() :]
    said = {clean(w).lower() for w in tail.split()} & SPEECH_VERBS
    if len(tail) > 160 or not (said or tail.rstrip().endswith((":", ","))):
        return None  # a name merely mentioned earlier in the quotation
    name_tokens = [clean(t) for t in match.group().split()]
    name = " ".join(t for t in name_tokens if t)
    role = None
    if tail.startswith(","):
        role = tail[1:].strip().rstrip(":,;—\u2013 ").strip() or None
        said_at = None if role is None else _INTRO_VERB.search(role)
        if role is not None and said_at is not None:
            # "Tom Hale, the harbour master, said, ‘…’": the role without
            # the verb (was "the harbour master, said").
            role = role[: said_at.start()].rstrip(",;—\u2013 ") or None
        if role is not None and len(role) > 120:
            role = None
    end = lo + match.end() + (len(tail.rstrip(":,;—\u2013 ")) if role else 0)
    span = doc.span(lo + match.start(), end)
    return Speaker(people.full(name), role, 0.7, span)


_NEXT_OPENING = re.compile("[\u2018\u201c\"']")


def _introduces_next_nested(text: str, close: int, end: int) -> bool:
    """Do the outer speaker's words after a nested quotation's closing mark
    end in a verb of saying right before the next one ("‘…’ He wrote, ‘…’")?
    Then that phrase is the next quotation's, not this one's. Bounded: the
    80 characters after the mark."""
    limit = min(end, close + 80)
    mark = _NEXT_OPENING.search(text, close + 1, limit)
    return mark is not None and _INTRO_VERB.search(text, close + 1, mark.start()) is not None


def _introduced(
    doc: Document, lo: int, intro: Intro, people: People, teller: Speaker | None
) -> Speaker | None:
    """The speaker of a nested quotation the outer speaker's words introduce
    (:func:`_intro_subject`; not a pronoun, asked apart): the teller for "I
    said,", the person for "Tom Hale said,", the description for "my father
    would say," ("Ada Lind's father" when the teller is Ada Lind), and no one
    for "they said,": a quotation the teller gives to someone else is never
    the teller's."""
    kind, start, end = intro
    if kind == "teller":
        return None if teller is None else Speaker(teller.name, teller.role, 0.7, teller.span)
    if kind == "other":
        return None
    span = doc.span(lo + start, lo + end)
    text = doc.scan[lo + start : lo + end]
    if kind == "name":
        name = " ".join(t for t in (clean(w) for w in text.split()) if t)
        return Speaker(people.full(name), None, 0.7, span)
    first, _, rest = text.partition(" ")
    if first.lower() == "my" and teller is not None and teller.name:
        return Speaker(None, f"{teller.name}\u2019s {rest}", 0.6, span)
    return Speaker(None, text, 0.6, span)


def _plain_speaker(doc: Document, phrase: Phrase, people: People, confidence: float) -> Speaker:
    parts = split_speaker(phrase.text)
    span = doc.span(phrase.start, phrase.end)
    if parts.pronoun is not None:
        named = people.resolve(phrase.start, gender=of_pronoun(parts.pronoun))
        return Speaker(named, parts.pronoun, confidence * 0.8, span)
    name = people.full(parts.name) if parts.name else None
    return Speaker(name, parts.role, confidence, span)
