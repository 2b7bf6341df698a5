"""Who said it: the speaker phrase beside a quotation, in this order.

1. Right after the closing mark: ``“…,” said X`` / ``“…,” X said`` /
   ``“…,” according to X`` (the closest evidence, confidence 0.9).
2. Before the opening mark in the same sentence: ``X said: “…”``,
   ``X joked in his turn, “…”``, ``X said the plan was “a disaster”``
   (the last speech verb before the mark, its subject is the speaker).
3. A whole-paragraph quotation (or a run of them) followed by an attribution
   line with no verb: ``General Ali Mayhoub, Syrian Army spokesman``.
4. Otherwise the speaker of the previous quotation, if it is close (a second
   quotation continuing the same speaker's words).

Windows are bounded (a few hundred characters), so the work per quotation is
constant and the whole pass stays linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotemark.library.analyze.asides import medium_aside
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.inversions import inverted_pronoun, role_after_source
from quotemark.library.analyze.lexicon import (
    ABBREVIATIONS,
    ADVERBS_SUFFIX,
    AGENT_NOUNS,
    ARTICLES,
    ATTRIBUTING_VERBS,
    CLAUSE_SUBJECTS,
    DETERMINERS,
    ENGLISH_PREPOSITIONS,
    FRENCH_PERFECT_PARTIAL,
    INCISE_VERBS,
    KIN_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS_AND_DAYS,
    NAMING_AS_VERBS,
    NAMING_VERBS,
    NOT_NAMES,
    OFFICE_PARTICIPLES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    PARTICLE_VERBS,
    PASSIVE_AUXILIARIES,
    PLURAL_PEOPLE,
    PREPOSITIONS,
    PRONOUNS,
    ROMANCE_ARTICLES,
    SPANISH_ADVERBS,
    SPANISH_TIME_CLAUSES,
    SPEECH_VERBS,
    TALKING_VERBS,
    TITLES,
    alternatives,
    words,
)
from quotemark.library.analyze.marks import ALL_DOUBLE
from quotemark.library.analyze.names import (
    ASKED_WHAT,
    INITIAL,
    PAIRING,
    PARTY_AND_STATE,
    PLACE_NOUNS,
    POSSESSIVE_END,
    SPELLED_COUNTS,
    clean,
    ends_in_office,
    ja_named,
    looks_like_organisation,
    nickname_end,
    opens_name,
    past_participle_opens,
    split_speaker,
    time_phrase_start,
)
from quotemark.library.analyze.naming import RELATIVES, TIME_WORDS, names_actively
from quotemark.library.analyze.negatives import names_no_one
from quotemark.library.analyze.press_languages import (
    ACCORDING_AFTER,
    ACCORDING_ARTICLES,
    ACCORDING_ITSELF,
    ACCORDING_PRONOUNS,
    ACCORDING_TWO_WORDS,
    HUNGARIAN_PREVERBS,
    IN_WORDS_OF,
    PRESS_AND,
    PRESS_IN_A_DOCUMENT,
    PRESS_LET_KNOW,
    PRESS_NAMING_VERBS,
    PRESS_REPORTING_VERBS,
    PRESS_WITHOUT,
    RELATIVE_OPENERS,
    chinese_clause_before,
    chinese_said_after,
    chinese_said_before,
    hangul,
    korean_said_at,
    korean_subject,
    person_calls,
    press_clause_subject,
    press_language,
    press_noun_before_aside,
    press_subject_before_relative,
    russian_in_words_of,
    turkish_saying_at,
    turkish_subject,
)
from quotemark.library.analyze.said_nouns import SAID_OPENERS, said_source
from quotemark.library.analyze.speakers import german_text
from quotemark.library.model import BlockKind

WINDOW = 260
_TOKEN = re.compile(r"[^\s]+")


def tokens_between(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The runs of characters other than white space in ``text[start:end]``,
    each with its start and end in ``text``: what ``_TOKEN.finditer(text,
    start, end)`` gives as ``(group, start, end)``.

    ``str.split`` cuts at the white space ``\\s`` reads (the same test of
    each character), and each word is found from the end of the one before:
    the characters between are white space and a word opens with none, so
    the first place it is written from there is its own. About half the
    work of a match object per word, asked for every quotation by the
    attribution's searches before and after the marks (s38-speed2)."""
    tokens = []
    find = text.find
    at = start
    for word in text[start:end].split():
        at = find(word, at)
        stop = at + len(word)
        tokens.append((word, at, stop))
        at = stop
    return tokens


_DOUBLE_CLASS = re.escape("".join(sorted(ALL_DOUBLE)))
_DOUBLE_MARK = re.compile(f"[{_DOUBLE_CLASS}]")
_LAST_DOUBLE_MARK = re.compile(f"[{_DOUBLE_CLASS}](?=[^{_DOUBLE_CLASS}]*\\Z)")
"""A double mark, and the last one before the end (``endpos``): found by
the engine instead of a sentence's characters stepped through in Python."""
_OPENING_MARK = re.compile(f"[{_DOUBLE_CLASS}\u2018]")
"""A double mark, or an opening single one (a curly "‘" after a space is
no apostrophe): where a clause's own marked words may open."""
_ABBREVIATION = re.compile(rf"(?:\b(?:{alternatives(ABBREVIATIONS)})|\b[A-Z])$")
_SENTENCE_END = re.compile(
    r"[.!?][\"”\u2019')\]]*(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)*\s+"
    r"(?:\[(?=[A-Z]))?"
)
"""A sentence's end: its point, the marks closing on it, and the footnote
markers an encyclopedia sets after them (".[4] ", ".\u2076 "): the next
sentence opens after the marker, not with it."""
_SET_OFF_TAG = re.compile(r",\s+" + PARTY_AND_STATE + r"$")
"""A party and state tag set off by a comma, ending in its point ("Hale, D-N.Y.")."""
_STATE_POINTS = words(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Vt Va Wash W.Va Wis Wyo"
)
"""The states as news style abbreviates them, before their point (not "D.C.",
which opens an office's name too: "D.C. Mayor Ada Lind")."""
_PLACE_THEN_STATE = re.compile(
    r"\b(?:of|from|in)\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,\s+(?:"
    + "|".join(re.escape(state) for state in sorted(_STATE_POINTS))
    + r")\.$"
)
"""A place and its state as news style abbreviates it ("of Albany, N.Y.",
"from Ashton, Md."), ending in the state's point."""
PLACE_STATE_END = re.compile(
    r",\s+(?:" + "|".join(re.escape(state) for state in sorted(_STATE_POINTS)) + r")$"
)
"""A speaker's role ending in a place's state, its point left off ("of
Albany, N.Y"): the speaker phrase ends before the point (s37-revlate)."""
_MONTH_ABBREVIATION = re.compile(rf"\b(?:{alternatives(MONTH_ABBREVIATIONS)})$")
"""A month as news style abbreviates it before a day ("the Nov. 8 election")."""


_PARENTHESISED = re.compile(r"\([^()\s]{1,14}$")
"""One word opened by a parenthesis right before a point that closes it:
"(D-Ore." of "Rep. Tomas Berg (D-Ore.) called", a party and state."""


_NAME_SUFFIX_END = re.compile(r"\b(?:Jr|Sr|Inc|Ltd|Corp)$")
_OPENS_A_SENTENCE = re.compile(r"(?:The|A|An|This|These|He|She|They|It|We|I)\s")
_FULL_NAME_THEN_VERB = re.compile(r"((?:[A-Z][a-z][\w\u2019'-]*[ \u00a0]+){2,3})[a-z]")
"""Two or three capitalised words and a word in lower case: a full name
opening a sentence as its subject ("Ada Lind said")."""
_TITLED_NAME_THEN_WORD = re.compile(r"((?:[A-Z][a-z][\w\u2019'-]*[ \u00a0]+){3,5})[a-z]")
"""Three to five capitalised words and a word in lower case: a title run and
a name ("Chief Executive Ada Lind said")."""
_LOWER_WORD = re.compile(r"[a-z]+")
"""A word in lower case (what follows a name run's last space)."""
_CAPITALS_THEN_PEOPLE = re.compile(r"((?:[A-Z][a-z][\w\u2019'-]*[ \u00a0]+){1,3})([a-z]+)\b")
"""One to three capitalised words and a word in lower case ("Harbour
officials"): the people noun a place or a body modifies."""
_NAMED_FOR_NOUNS = PLACE_NOUNS | words(
    "school academy memorial museum library stadium arena camp hall airport "
    "boulevard highway drive day award prize"
)
"""Nouns ending the name of a place or a thing named after a person ("King
Jr. High School", "Ripken Jr. Baseball Camp"): after the person's suffix
they go on the name, not a new sentence's subject (s37-revleft)."""


def _closing_suffix(text: str, lo: int, end: re.Match[str]) -> bool:
    """Does a suffix that ends a name ("Jr.", "Inc.") end the sentence too,
    an article or a subject pronoun opening the next (`... met Tom Hale Jr.
    The mayor said`)? Such a suffix comes after its name, never before a
    word of it, so what follows it in capitals is a new sentence's."""
    suffix = _NAME_SUFFIX_END.search(text, lo, end.start())
    if suffix is None:
        return False
    if _OPENS_A_SENTENCE.match(text, end.end()) is not None:
        return True
    # A person's suffix before another person's full name and a verb (`...
    # met Tom Hale Jr. Ada Lind said`): a name never goes on after its "Jr.",
    # so the full name opens the next sentence. Not a place or a body named
    # after the person ("King Jr. Memorial Foundation said"), nor a company's
    # "Inc." before its officer ("Acme Inc. Chief Executive Ada Lind").
    # Nor a place or a thing named for the person ("King Jr. High School
    # principal", "King Jr. National Memorial"). Nor "Sr." for "Senior"
    # after a word in lower case, where no name stands ("a Sr. Research
    # Fellow", s37-revleft).
    if suffix.group() in ("Jr", "Sr"):
        if not _after_a_name(text, suffix.start()):
            return False
    elif not _company_after_lower(text, suffix.start()):
        # A company's suffix ends the sentence only where the company is a
        # clause's object, after a word in lower case (`He sold Acme Inc.
        # Ada Lind said`); opening a sentence it may name the officer's
        # company (`Acme Inc. Ada Lind said`), read as before (s37-left3).
        return False
    people = _CAPITALS_THEN_PEOPLE.match(text, end.end())
    if people is not None and PLURAL_PEOPLE.fullmatch(people.group(2)) is not None:
        # `... met Tom Hale Jr. Harbour officials said`: capitals and then a
        # plural noun of people, the next sentence's subject; a name never
        # goes on in lower case (s37-left2). A body's word later among the
        # capitals names whose people they are (`Harbour Board officials`,
        # s37-left3); right after the suffix it names a body after the
        # person (`Tom Hale Jr. Foundation officials`), one sentence.
        run = people.group(1).split()
        return run[0].lower() not in _ROLE_WORDS and not any(
            w.lower() in _NAMED_FOR_NOUNS for w in run
        )
    name = _FULL_NAME_THEN_VERB.match(text, end.end())
    if name is not None:
        run = name.group(1).split()
        if run[-1].lower() in _NAMED_FOR_NOUNS:
            return False
        if not any(w.lower() in _ROLE_WORDS for w in run):
            return True
    if suffix.group() in ("Jr", "Sr"):
        return False
    name = _TITLED_NAME_THEN_WORD.match(text, end.end())
    if name is None:
        return False
    run = name.group(1).split()
    # `He sold the yard to Acme Inc. Chief Executive Ada Lind said`: a title
    # run and a name after a company's suffix that closes a clause's object
    # open the next sentence as its subject, when a verb, not a preposition
    # ("a letter to Acme Inc. Chief Executive Ada Lind on Monday"), follows
    # (s38-left). A person's "Jr." before a title is left as it was.
    after = _LOWER_WORD.match(text, name.end() - 1)
    return (
        any(w.lower() in _ROLE_WORDS for w in run[:-2])
        and not any(w.lower() in _ROLE_WORDS for w in run[-2:])
        and after is not None
        and after.group() not in PREPOSITIONS | _LEADING_CONJ
    )


def _talk_frame(tokens: list[tuple[str, int, int]]) -> bool:
    """Is the clause ``tokens`` an opening frame of a talk with someone,
    ending in their full name ("In an interview with Ruth Ames,")? The
    description after it ("her husband said", "the harbour master said") is
    the subject; the name in the frame is the one talked with, no name for
    it (s37-revlate)."""
    at = next((i for i, t in enumerate(tokens) if _word(t[0]) == "with"), None)
    if at is None or at < 1 or _word(tokens[at - 1][0]) not in _TALK_NOUNS:
        return False
    run = tokens[at + 1 :]
    return len(run) >= 2 and all(t[0][:1].isupper() for t in run)


def _company_after_lower(text: str, at: int) -> bool:
    """Is the capitalised run before a company's suffix at ``at`` ("Acme
    Inc.", "Harbour Ferries Ltd.") preceded by a word in lower case ("sold
    Acme Inc."), not opening its sentence?"""
    before = text[max(0, at - 60) : at].rstrip(" ,\u00a0").split()
    k = len(before)
    while k > 0 and before[k - 1][:1].isupper():
        k -= 1
    return 0 < k < len(before) and before[k - 1][:1].islower()


def _after_a_name(text: str, at: int) -> bool:
    """Is the word before ``at`` capitalised, as a name's last word before
    its suffix is ("Tom Hale Jr.", "Tom Hale, Jr.")?"""
    before = text[max(0, at - 40) : at].rstrip(" ,\u00a0").split()
    return bool(before) and before[-1][:1].isupper()


def _abbreviated(text: str, lo: int, end: re.Match[str]) -> bool:
    """Does the point a sentence end matched close an abbreviation ("Sen.",
    "U.S.", an initial), or a month's before a day ("on Dec. 21 and"), and
    end no sentence? So does a one-word parenthesis ending in a point when
    the sentence goes on in lower case after it (`Sen. Ada Lind (Me.) has
    said`, `Rep. Tomas Berg (D-Ore.) called`): a state's abbreviation."""
    if (
        text[end.end() : end.end() + 1].isupper()
        and _SET_OFF_TAG.search(text, max(lo, end.start() - 18), end.start() + 1) is not None
    ):
        # "said Sen. Tom Hale, D-N.Y. The board met": a party and state tag
        # set off after the name closes the apposition; a capital after its
        # point opens the next sentence, whatever the state's last letter
        # looks like (an initial; s37-left3).
        return False
    if (
        text[end.end() : end.end() + 1].isupper()
        and text.find(", ", max(lo, end.start() - 7), end.start()) >= 0
        and _PLACE_THEN_STATE.search(text, max(lo, end.start() - 50), end.start() + 1) is not None
    ):
        # "said Tom Hale of Albany, N.Y. The board met": the same for a
        # place's state after "of", "from" or "in" (s37-revlate). (A comma
        # a few letters before the point is the cheap test before the pattern.)
        return False
    before = max(lo, end.start() - 6)
    if _ABBREVIATION.search(text, before, end.start()):
        return not _closing_suffix(text, before, end)
    if (
        text.startswith(")", end.start() + 1)
        and end.end() < len(text)
        and text[end.end()].islower()
        and _PARENTHESISED.search(text, max(lo, end.start() - 15), end.start()) is not None
    ):
        return True
    return (
        end.end() < len(text)
        and text[end.end()].isdigit()
        and _MONTH_ABBREVIATION.search(text, before, end.start()) is not None
    )


_CLAUSE_CUT = re.compile(
    r"\s(?:who|which|whose|where|while|after|before|because|when|när|medan)\s|(?<!known)\sas\s"
    r"|[;(]|,\s+\w+ing\b|,\s(?:" + "|".join(RELATIVE_OPENERS + PRESS_WITHOUT) + r")\s"
    r"|\s(?:" + "|".join(w.replace(" ", r"\s") for w in PRESS_IN_A_DOCUMENT) + r")\s"
)
"""Where a phrase after the marks stops: a clause opener (the Swedish "när",
"medan" too: "säger Ingrid Holm när vi träffas"; s49-lang8), a parenthesis, a
participle after a comma, a Romance, Polish, Dutch, Swedish or Czech
relative pronoun or "without" after a comma (:data:`.press_languages.RELATIVE_OPENERS`,
:data:`.press_languages.PRESS_WITHOUT`), the document it was said in
(:data:`.press_languages.PRESS_IN_A_DOCUMENT`: "dans un communiqué"). Not the "as" of "known as"
("said the base chief known as Bob": the name is the rest)."""
_NOT_VERBLESS = words(
    """
    is are was were be been has have had will would can could should may might must
    do does did says said told wrote shows show showed
    """
)
_CLAUSE_JOIN = words("and but while as when after before because so since although")
_HANDLE = re.compile(r"\s*\(@\w+\)")
_WHEN_TAIL = re.compile(r",\s+(?:in|on|at|during|after|before)\s+[^,]*$", re.IGNORECASE)
"""A last comma phrase of an attribution line that may say when the words were
said ("Deckhand on the Kihnu Star, in the crossing's first hour"): it is cut
from the speaker when it holds a time word (:data:`_WHEN_WORDS`)."""
_WHEN_WORDS = words(
    "hour hours minute minutes morning afternoon evening night day days week weeks "
    "month months year years today yesterday tonight dawn dusk midnight noon"
)
_LEADING_CONJ = frozenset(
    {"and", "but", "so", "then", "as", "when", "while", "also", "still", "yet"}
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase found in the text: ``text[start:end]``."""

    start: int
    end: int
    text: str
    how: str  # "after", "before", "line"
    verb_end: int = -1  # for "before": where the speech verb ends


@functools.lru_cache(maxsize=8192)
def _word(token: str) -> str:
    # Cached as clean() is: asked of every token a rule reaches, again and again.
    return clean(token).lower()


def _is_verb(token: str, partial: bool = False) -> bool:
    return _is_saying(_word(token), partial)


def _is_saying(word: str, partial: bool = False) -> bool:
    """:func:`_is_verb` of a token whose :func:`_word` is ``word``."""
    return word in SPEECH_VERBS or (
        partial
        and (word in ATTRIBUTING_VERBS or word in TALKING_VERBS or word in PRESS_REPORTING_VERBS)
    )


_PUT = words("put puts")


def _calls_on_to(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` "calls" in "The motion calls on the council to
    “…”": "on", a short object and "to" after it, a demand as "urges ... to"
    is (stop 41)? The present only, as a document speaks ("called on", said
    of a person inside another's report, "Israel said Clinton called on
    members to be “…”", lost two polnear-train tune speakers, whose key is
    the one reporting). Not after an article or a possessive ("the calls on
    Monday", "her calls on the radio"): a noun."""
    if tokens[n][0] != "calls" or n + 3 >= len(tokens) or _word(tokens[n + 1][0]) != "on":
        return False
    if n > 0 and _word(tokens[n - 1][0]) in DETERMINERS:
        return False
    return any(_word(t[0]) == "to" for t in tokens[n + 3 : n + 8])


def _calls_for(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` "called" in "She called for more “flexibility”": a
    demand, spoken, whose subject says the marked words (a verb of saying,
    as "urged" is)? The naming "called" ("called the pier “a relic”") is
    asked apart, by :func:`.naming.names_actively`, and only with a named
    subject. Only the past form: "calls" and "call" are nouns as often ("a
    wake-up call for the voters' “…”", "calls for reform"; stop 38). Not
    the passive ("The vote was called for Monday", "has been called for
    the pier's “…” plan"): a meeting or a vote is called, no one speaks
    (review of stop 38)."""
    # (The token itself first: asked of every token before the marks, and
    # "called" is rare; s38-speed.)
    if not (tokens[n][0] == "called" and n + 1 < len(tokens) and _word(tokens[n + 1][0]) == "for"):
        return False
    before = n - 1
    if before > 0 and _word(tokens[before][0]) in _CALLED_BETWEEN:
        before -= 1  # "was also called for", "was not called for"
    return before < 0 or _word(tokens[before][0]) not in _CALLED_BE


def _passive(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is the attributing verb ``tokens[n]`` a passive ("Tom Hale, who was
    praised as “a steady hand”", "The plan was widely slammed as “…”")?
    Whoever praised or slammed is not said; the subject is the one praised
    (stop 39). A gerund ("praising") is never one."""
    if tokens[n][0].endswith("ing"):
        return False
    before = n - 1
    if before > 0 and (
        _word(tokens[before][0]) in _CALLED_BETWEEN
        or (tokens[before][0].endswith(ADVERBS_SUFFIX) and tokens[before][0][:1].islower())
    ):
        before -= 1  # "was also praised", "was widely praised"
    return before >= 0 and _word(tokens[before][0]) in _CALLED_BE


_CALLED_BE = words("is are was were be been being")
"""Forms of "be" that make "called for" a passive."""
_CALLED_BETWEEN = words("also not never again then")


def _saying_at(tokens: list[tuple[str, int, int]], n: int, partial: bool) -> bool:
    """Is ``tokens[n]`` a verb of saying (:func:`_is_verb`), a reply
    (:func:`_replies`), "put it" (:func:`_puts_it`), "called for"
    (:func:`_calls_for`) or "calls on ... to" (:func:`_calls_on_to`)?
    Asked of every token before the marks: the token's word is cleaned once,
    and each test after the first runs only where the word is one of its
    verbs (most tokens are none; s38-speed)."""
    tok = tokens[n][0]
    word = _word(tok)
    if partial and word in ATTRIBUTING_VERBS and _passive(tokens, n):
        return False
    if partial and word == "told" and _passive(tokens, n):
        # "He said that his crews were told to “…”": those told are no
        # speaker; the verb of saying before them names who is (s43-left3).
        return False
    return (
        _is_saying(word, partial)
        or (partial and word in FRENCH_PERFECT_PARTIAL and _after_foreign_aux(tokens, n))
        or (
            partial
            and word in PRESS_NAMING_VERBS
            and person_calls([t[0] for t in tokens[max(0, n - 3) : n]], n > 3)
        )
        or (word in _STRUCK_BACK and _replies(tokens, n))
        or (word in _PUT and _puts_it(tokens, n))
        or (tok == "called" and _calls_for(tokens, n))
        or (tok == "calls" and _calls_on_to(tokens, n))
    )


def _after_foreign_aux(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Does a perfect's auxiliary (:data:`_FOREIGN_AUX`: "a", "ont", "s'est")
    stand right before ``tokens[n]`` ("Tom Hale a jugé", "Ada Lind s'est
    dite")?"""
    if n == 0 or _word(tokens[n - 1][0]) not in _FOREIGN_AUX:
        return False
    if _word(tokens[n][0]) in _JUDGED:
        # "Tom Hale a jugé les revendications « irréalistes »", not "La
        # commission a qualifié le projet de « pari risqué »": a verb of
        # judging brings words in for a named person only, as "judged"
        # does in English (:mod:`.subject`).
        return n > 1 and clean(tokens[n - 2][0])[:1].isupper()
    return True


_KAK = "\u041a\u0430\u043a"
"""The Russian "Как" (as) opening "Как рассказал Громов, …"."""
_JUDGED = words("jugé jugée jugés qualifié qualifiée")
"""The participles of :data:`.lexicon.FRENCH_PERFECT_PARTIAL` that judge
rather than say."""


def _puts_it(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` "put" in "as Weiner put it", "Holt put it bluntly":
    a verb of saying with "it" for the words said?"""
    return (
        n + 1 < len(tokens)
        and _word(tokens[n][0]) in _PUT
        and tokens[n][0][:1].islower()
        and _word(tokens[n + 1][0]) == "it"
    )


_FINDS = words("found finds")


def _document_finds(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` "found" ending the sentence after a document as its
    subject ("“…,” a report by the harbour board found.")? What a report or
    study finds is its words, as "said" would give them (left, stop 39)."""
    return (
        n > 0
        and _word(tokens[n][0]) in _FINDS
        and tokens[n][0][:1].islower()
        and (n + 1 == len(tokens) or tokens[n][0].endswith("."))
        and any(_word(t[0]) in _WRITTEN for t in tokens[:n])
    )


def after_last_double(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on after its last double mark
    (``start`` when it holds none): a phrase before a quotation does not
    reach back over an earlier one."""
    m = _LAST_DOUBLE_MARK.search(text, start, end)
    return start if m is None else m.end()


SENTENCE_REACH = 3_000
"""The furthest :func:`sentence_end` looks for a sentence's end: a post with
no full stop for 200,000 characters (a pasted transcript, a poem, a
chat log) had each quotation's clause read to its paragraph's end, the
square of its length (stop 43). Where no end comes within it, the
sentence ends there; :func:`sentence_start` looks back :data:`WINDOW`."""


def sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence starting at ``start`` ends (bounded by ``limit``,
    and by :data:`SENTENCE_REACH` characters)."""
    limit = min(limit, start + SENTENCE_REACH)
    pos = start
    while True:
        m = _SENTENCE_END.search(text, pos, limit)
        if m is None:
            return limit
        if _abbreviated(text, start, m):
            pos = m.end()
            continue
        return m.start()


_starts_seen: tuple[str, dict[tuple[int, int], int]] = ("", {})
"""The last text :func:`sentence_start` was asked about and its answers by
``(lo, pos)``."""


def forget_sentence_starts() -> None:
    """Let go of :func:`sentence_start`'s answers and the text they are for
    (the text's size: not held from one analysis to the next)."""
    global _starts_seen
    _starts_seen = ("", {})


def sentence_start(text: str, lo: int, pos: int) -> int:
    """The start of the sentence holding ``pos`` (not before ``lo``)."""
    # Asked again and again for one place: the attribution's phrase before
    # the marks, then the reported, issuer, subject and own-words readers of
    # the same quotation (3,581 questions a round of the 181 pages, 1,369
    # distinct). The answer depends on the text, ``lo`` and ``pos`` alone,
    # so the text's answers are kept while it is the one asked about.
    global _starts_seen
    seen = _starts_seen
    if seen[0] is not text:
        seen = _starts_seen = (text, {})
    key = (lo, pos)
    best = seen[1].get(key)
    if best is not None:
        return best
    floor = max(lo, pos - WINDOW)
    best = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        if _abbreviated(text, floor, m):
            continue
        best = m.end()
    seen[1][key] = best
    return best


_NOT_OFFICE_NOUNS = DETERMINERS | PREPOSITIONS | PRONOUNS | words("that to")


def _office_participle(text: str, m: re.Match[str]) -> bool:
    """Is the participle :data:`_CLAUSE_CUT` found at ``m`` one that makes an
    office of a noun right after it ("managing director", not "managing the
    fleet", "acting on advice")?"""
    tokens = text[m.start() + 1 : m.end() + 24].split(None, 2)
    if len(tokens) < 2 or tokens[0].lower() not in OFFICE_PARTICIPLES:
        return False
    noun = clean(tokens[1])
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in _NOT_OFFICE_NOUNS
        and not noun.endswith(ADVERBS_SUFFIX)  # ("acting quickly": how, no office)
        # ("visiting relatives", "attending meetings": the participle's
        # object; one person's office is singular, "marketing boss" kept.)
        and not (noun.endswith("s") and not noun.endswith("ss"))
    )


def _phrase_end(text: str, start: int, limit: int) -> int:
    end = sentence_end(text, start, limit)
    i = start
    while i < end:
        if text[i] in ALL_DOUBLE:
            # ("said Tom “Skip” Hale": a nickname inside the name goes on
            # with it, as it does before the verb; the battery, stop 39.)
            nickname = _marks_in_phrase(text, start, i)
            if nickname is not None and nickname < end:
                i = nickname
                continue
            end = i
            break
        if text[i] in "—\u2013\u2015":
            end = i
            break
        i += 1
    m = _CLAUSE_CUT.search(text, start, end)
    while m is not None and text[m.start()] == "," and _office_participle(text, m):
        m = _CLAUSE_CUT.search(text, m.end(), end)
    if m is not None:
        end = m.start()
    while end > start and text[end - 1] in " ,.":
        end -= 1
    if text.endswith(" mit", start, end):
        # „…“, teilte ein Sprecher mit.: the German verb's particle, set at
        # the clause's end, is no part of who speaks (stop 42).
        end -= 4
    return end


def _says_after_comma(tokens: Sequence[tuple[str, int, int]]) -> bool:
    """Does a verb of saying stand within three words after the first comma
    of ``tokens`` past the first word, the verb the sentence opens with, and
    before the last ("Asked Tom Hale about the boats, she said:")?"""
    for j in range(1, len(tokens) - 1):
        if tokens[j][0].endswith(","):
            return any(_is_verb(t[0]) for t in tokens[j + 1 : j + 4])
    return False


def _inverted_described(tokens: Sequence[tuple[str, int, int]]) -> bool:
    """Do ``tokens`` (a capital verb after a quotation's point) read "Said
    the harbour master, Tom Hale, ...": the verb, a description of words in
    lower case after an article set off by its comma, then a full name
    closing the phrase (a comma or a point after it, or nothing more) and
    no verb of saying after it? The inverted subject, the description set
    before its name; not "Asked the harbour master, Tom Hale said", whose
    name opens the next clause (s37-left3)."""
    if len(tokens) < 5 or _word(tokens[1][0]) not in DETERMINERS:
        return False
    j = next((m for m in range(2, len(tokens)) if tokens[m][0].endswith(",")), None)
    if j is None or not all(t[0][:1].islower() for t in tokens[2 : j + 1]):
        return False
    k = j + 1
    while k < len(tokens) and k - j <= 3 and tokens[k][0][:1].isupper():
        if tokens[k][0].endswith((",", ".")) or k == len(tokens) - 1:
            return k - j >= 2 and not any(_is_verb(t[0]) for t in tokens[k + 1 :])
        k += 1
    return False


_KOREAN_OPENERS = "\u201c\u2018"


def _korean(text: str, close: int) -> Phrase | None:
    """The subject of the Korean sentence whose quotation closes at
    ``close`` (:func:`.press_languages.korean_subject`), else ``None``."""
    line_start = text.rfind("\n", 0, close) + 1
    open_at = max(text.rfind(mark, line_start, close) for mark in _KOREAN_OPENERS)
    if open_at < 0:
        return None
    subject = korean_subject(text, open_at, line_start)
    return None if subject is None else _make(text, subject[0], subject[1], "after")


def after(doc: Document, close: int, line_end: int, strict: bool = False) -> Phrase | None:
    """A speaker phrase right after a closing mark. ``strict`` (for partial
    quotes) accepts only a short subject with no commas."""
    text = doc.scan
    if close + 1 < line_end and text[close + 1] == "\u3068":
        return _japanese(text, close + 2, line_end)
    if close + 1 < line_end and "\u4e00" <= text[close + 1] <= "\u9fff":
        # ”张建国说。: a Chinese subject and its verb right after the mark
        # (stop 44; one comparison at any other closing mark).
        said = chinese_said_after(text, close + 1, line_end)
        return None if said is None else _make(text, said[0], said[1], "after")
    if close + 1 < line_end and hangul(text[close + 1]):
        # 박 원장은 “…”고 말했다: the Korean subject before the marks, the
        # quotative particle glued to the closing one (stop 45).
        return _korean(text, close) if korean_said_at(text, close + 1) else None
    i = close + 1
    limit = min(line_end, i + WINDOW)
    while i < limit and text[i] in " ,\u00a0\u202f—\u2013\u2015-:":
        i += 1
    if i >= limit or text[i] in ".!?;":
        return None  # the sentence ends with the quotation: no attribution after it
    if turkish_saying_at(text, i):
        # "Kaya, “…” dedi.": the Turkish verb after the marks, its subject
        # before them (or none: "“…” diye konuştu.", the one before's; stop 44).
        subject = turkish_subject(text, close)
        return None if subject is None else _make(text, subject[0], subject[1], "after")
    if any(ch in _DASH_CHARS for ch in text[close + 1 : i]):
        signed = _dash_signature(text, i, line_end)
        if signed is not None:
            return signed
    mark = _DOUBLE_MARK.search(text, i, limit)
    while mark is not None:
        # `lead singer Riefian “Ifan” Fajarsyah told`: a nickname inside
        # the name does not end the phrase.
        nickname = _marks_in_phrase(text, i, mark.start())
        if nickname is None:
            break
        mark = _DOUBLE_MARK.search(text, nickname, limit)
    stop = limit if mark is None else mark.start()
    tokens = tokens_between(text, i, stop)[:26]
    if not tokens:
        return None
    inverted = inverted_pronoun(tokens[0][0])
    if inverted is not None:
        # "« … », affirme-t-elle", "a-t-il insisté": the French incise's
        # pronoun after its verb (any verb: the inversion is the incise).
        at = tokens[0][1]
        return _make(text, at + inverted[0], at + inverted[1], "after")
    first = _word(tokens[0][0])
    if tokens[0][0] == "so" and text[close + 1 : close + 2] == ",":
        # "„…“, so Lind.": the German "so" and a name closing the sentence
        # (stop 43; only in German text: an English "so" after a quotation
        # goes on with a clause, and the reading unchecked lowered a PolNeAR
        # figure at stop 42).
        named = _german_so_name(text, tokens)
        if named is not None:
            return named
    # "according to X"
    if first == "according" and len(tokens) > 2 and _word(tokens[1][0]) == "to":
        start = tokens[2][1]
        return _make(text, start, _phrase_end(text, start, stop), "after")
    # "“…” was the response of one viewer" / "came the reply from X"
    if first in {"was", "is", "came", "comes"}:
        j = 1
        if j < len(tokens) and _word(tokens[j][0]) in {"the", "a", "one"}:
            j += 1
        if (
            j + 2 < len(tokens)
            and _word(tokens[j][0]) in _RESPONSE_NOUNS
            and _word(tokens[j + 1][0]) in {"of", "from"}
        ):
            start = tokens[j + 2][1]
            return _make(text, start, _phrase_end(text, start, stop), "after")
    # "said X" / "triumphantly declared X"
    v = 0
    leading = first.endswith(ADVERBS_SUFFIX) or first in _LEADING_AUX
    if (
        first == "a"
        and len(tokens) > 1
        and _word(tokens[1][0]) not in _FRENCH_PARTICIPLES
        and not _incise_verb(tokens[1][0])
        and not _lets_know(tokens, 1)
    ):
        # ("“…,” a report by the harbour board found": the English article
        # before a noun, not the French auxiliary of "a déclaré"; left, stop 39.)
        leading = False
    if (
        leading
        and len(tokens) > 1
        and (_is_verb(tokens[1][0]) or _incise_verb(tokens[1][0]) or _lets_know(tokens, 1))
    ):
        v = 1
    lets_know = _lets_know(tokens, v)
    if (lets_know or _is_verb(tokens[v][0]) or _incise_verb(tokens[v][0])) and not _named_like_verb(
        tokens, v
    ):
        if (
            v == 0
            and tokens[0][0][:1].isupper()
            and text[close - 1 : close] in (".", "!", "?")
            and any(t[0].endswith(",") for t in tokens[1:-1])
            and (not tokens[1][0][:1].isupper() or _says_after_comma(tokens))
            and not _inverted_described(tokens)
        ):
            # "“…we will keep working.” Asked what that might look like, she
            # said: “…”": the quotation's own point ended its sentence; a
            # capital verb opens the next one, a participle set off by its
            # comma, never an inverted attribution. (Not "“…” Read our
            # review.": an imperative crediting the quotation, read as before;
            # not "“…” Said Tom Hale, the harbour master.": a name right after
            # the verb is its inverted subject, unless a clause of saying
            # follows the comma, "Asked Tom Hale about it, she said:";
            # review of stop 37.)
            return None
        k = v + 2 if lets_know else v + 1  # (past "sapere" too: "ha fatto sapere")
        if k < len(tokens) and _word(tokens[k][0]) in PARTICLE_VERBS:
            k += 1
        while k < len(tokens) and _inciso_adverb(tokens[k][0]):
            # `—contestó luego—.`, `—dijo despacio la capitana—`: the
            # adverb says when or how; the speaker follows it, if anyone.
            if tokens[k][0].rstrip(",;:")[-1:] in _INCISO_END:
                return None  # the inciso ends with it: it names no one
            k += 1
        if k >= len(tokens) or _word(tokens[k][0]) in SPANISH_TIME_CLAUSES:
            return None  # (`—dijo mientras soltaba amarras—`: a clause, no one)
        nxt = _word(tokens[k][0])
        if (
            nxt in {"that", "this", "it"}
            or _reported_after_verb(tokens, k)
            # ("Lind's “…” comment was blunt": "comment" a noun, never an
            # inverted verb before "was"; not "said Will Doyle"; stop 38.)
            or (nxt in _AUX and tokens[k][0].islower())
            or (
                # (Not "said Under Secretary Ada Lind": an office.)
                nxt in PREPOSITIONS and not _office_opening(tokens, k)
            )
        ):
            return None
        if tokens[v][0].rstrip().endswith((".", ",")):
            return None
        for j in range(k + 1, min(len(tokens) - 1, k + 6)):
            if (
                tokens[j - 1][0].endswith(",")
                and _is_verb(tokens[j][0])
                and _word(tokens[j + 1][0]) not in PREPOSITIONS
            ):
                # "… announced in October, said Derek Scissors": the
                # attribution is the second verb's.
                k = j + 1
                break
        start = tokens[k][1]
        return _make(text, start, _phrase_end(text, start, stop), "after")
    # "X said" / "X, a role, said"
    phrase = _subject_after(text, tokens, close, strict)
    if phrase is not None and _word(phrase.text.split()[0]) in PREPOSITIONS:
        # "Morrison said, “We are relieved” at the release, adding that …":
        # the sentence goes on after the quotation; it names no speaker.
        return None
    if phrase is None and not strict and _continues(text, close):
        # "“Go back,” Trump barked": a quotation whose sentence goes on
        # after its comma, then a name and a past-tense verb: a manner of
        # saying the lexicon does not list.
        m = _NAME_VERBED.match(text, i, stop)
        if (
            m is not None
            and _word(m.group(2)) not in _NOT_SAYING
            # ("“Is the pier shut?” Nobody answered.": no one, as in
            # :func:`_subject_after`)
            and not names_no_one(m.group(1).lower().split())
        ):
            return _make(text, m.start(1), m.end(1), "after")
        # "“This is fantastic!” beamed Donald Hartley": the same verb first.
        m = _VERBED_NAME.match(text, i, stop)
        if m is not None and m.group(1) not in _NOT_SAYING:
            start = m.start(2)
            return _make(text, start, _phrase_end(text, start, stop), "after")
    return phrase


def introduces_next(text: str, close: int, line_end: int, comma: bool = False) -> bool:
    """Does the sentence after a quotation's closing mark end in a colon
    right before the next opening mark, or at the line's end ("“We sail.”
    Ames said: “Not without a deal.”")? With ``comma`` (the words before
    were introduced by a verb and a comma), a comma right before the next
    opening mark does too ("He said, “We sail.” Ames said, “Not without a
    deal.”": s45-left7). Then it introduces the words after it, not the
    ones before. Bounded: one window after the mark."""
    limit = min(line_end, close + 1 + WINDOW)
    mark = _DOUBLE_MARK.search(text, close + 1, limit)
    if mark is None and limit < line_end:
        return False
    end = limit if mark is None else mark.start()
    ends = text[close + 1 : end].rstrip()
    return ends.endswith(":") or (comma and mark is not None and ends.endswith(","))


_NO_WORDS = words("nothing little")
"""Objects of a verb of saying that say no words are quoted: "Ames said
nothing", "Lind said little"."""


def says_nothing(text: str, phrase: Phrase, line_end: int) -> bool:
    """Does a verb of saying with an object of its own that quotes nothing
    follow the "after" ``phrase`` ("“…” Ames said nothing.")? Then its
    subject spoke none of the words before. Two words after the phrase,
    within a short window."""
    tokens = _TOKEN.findall(text, phrase.end, min(line_end, phrase.end + 40))[:2]
    return (
        len(tokens) == 2
        and _is_verb(tokens[0])
        and tokens[0][-1:].isalpha()
        and _word(tokens[1]) in _NO_WORDS
    )


_HOW_NAMED = re.compile(
    r"[ \u00a0]+(?:is|was|are|were)[ \u00a0]+(?:how|what)[ \u00a0]+"
    r"((?:[A-Z][\w\u2019'-]*[ \u00a0]+){1,3}|(?:[A-Z][\w\u2019'-]*[ \u00a0]+){0,2}"
    r"[A-Z][\w\u2019'-]*,[ \u00a0]+[^,.;:!?\u201c\u201d\"]{1,60},[ \u00a0]+)([a-z]+)\b"
)
"""The name, or a name and its apposition set off by commas ("was how Ben
Ross, the union's leader, described"), then the verb."""


def how_named(text: str, close: int) -> Phrase | None:
    """The name in "was how <Name> described" or "is what <Name> called"
    right after marks that open their sentence (`“Reckless” was how Ruth
    Ames described the vote`, `“A disgrace” is what Tom Hale called it`):
    the marked words are that person's, a fragment put first. An anchored
    match at the closing mark, so cheap for any partial quotation; a
    pronoun there ("is what he called it") is left to the naming rules."""
    m = _HOW_NAMED.match(text, close + 1)
    if m is None:
        return None
    verb = m.group(2)
    if verb not in SPEECH_VERBS and verb not in NAMING_VERBS and verb not in NAMING_AS_VERBS:
        return None
    if verb in _GO:
        # `“Reckless” was how Monday went`, `... how Tom Hale went about
        # it`: "went" says something only with "on" or "like", never as how
        # someone named the words (the third review, stop 39).
        return None
    name = m.group(1).rstrip().rstrip(",")
    return Phrase(m.start(1), m.start(1) + len(name), name, "after", m.end(2))


def reports_own_words(text: str, phrase: Phrase, line_end: int) -> bool:
    """Does the sentence of an "after" speaker ``phrase`` go on from it into
    a verb of saying and a clause of that verb's own, running into the next
    opening mark with no end of sentence between ("“…” She said the yard
    needed “a fresh start.”", in single marks too)? Then the sentence reports the words marked
    after it, and its subject is no firmer a speaker of the quotation
    before than anyone else. Not "“…” She said it twice." (no marks of its
    own), "She said: “…”" or "She said “…”" (the verb ends its phrase, or
    nothing stands between it and the marks). Bounded: one window after
    the phrase (s38-she)."""
    limit = min(line_end, phrase.end + WINDOW)
    mark = _OPENING_MARK.search(text, phrase.end, limit)
    if mark is None or text[mark.start() - 1 : mark.start()] not in (" ", "\u00a0"):
        return False
    tokens = _TOKEN.findall(text, phrase.end, mark.start())
    if len(tokens) < 2 or not _is_verb(tokens[0]) or tokens[0][-1] in ".,;:!?":
        return False
    return not any(t.endswith((".", "!", "?", ";")) for t in tokens)


_LEADING_AUX = words("a ha hat has had s'est s\u2019est")
"""Auxiliaries before an inverted verb of saying ("“…,” has said Tom Hale",
"« … », a déclaré Ada Lind", "« … », s'est réjoui Tom Hale")."""


_SO_NAME_WORDS = 3
"""The most words of the name after "so" ("so Ada Lind.")."""


def _german_so_name(text: str, tokens: list[tuple[str, int, int]]) -> Phrase | None:
    """The name in "„…“, so Lind." (``tokens`` open with "so"): one to three
    capitalised words, the last one closing the sentence with its full
    stop, in a German text (:func:`.speakers.german_text`, kept per text).
    Else ``None``."""
    for m in range(1, min(len(tokens), _SO_NAME_WORDS + 1)):
        word = tokens[m][0]
        bare = word.rstrip(".")
        if not (bare[:1].isupper() and bare.replace("-", "").isalpha()):
            return None
        if word.endswith(".") and len(bare) == len(word) - 1:
            if not german_text(text):
                return None
            return _make(text, tokens[1][1], tokens[m][2] - 1, "after")
    return None


def _lets_know(tokens: list[tuple[str, int, int]], v: int) -> bool:
    """Do ``tokens[v]`` and the word after it say "let it be known" in Italian
    or French (:data:`.press_languages.PRESS_LET_KNOW`: "ha fatto sapere",
    "a fait savoir"), a verb of saying in two words? One dict lookup first."""
    infinitive = PRESS_LET_KNOW.get(tokens[v][0]) if v < len(tokens) else None
    return infinitive is not None and v + 1 < len(tokens) and tokens[v + 1][0] == infinitive


def _incise_verb(token: str) -> bool:
    """Is ``token`` a verb the other languages' press sets before its
    subject right after a quotation (:data:`.lexicon.INCISE_VERBS`: "« … »,
    lance un gréviste"), in lower case? Asked only there, the inversion
    making it a verb of saying; one set lookup."""
    return token[:1].islower() and _word(token) in INCISE_VERBS


def _office_opening(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Do the capitalised preposition at ``k`` and the word after it make an
    office ("said Under Secretary Ada Lind"), not a phrase ("said in")?"""
    return (
        tokens[k][0][:1].isupper()
        and k + 1 < len(tokens)
        and _word(tokens[k + 1][0]) in TITLES
        and tokens[k + 1][0][:1].isupper()
    )


_INCISO_END = frozenset(".!?-\u2014\u2013\u2015")


def _inciso_adverb(token: str) -> bool:
    """Is ``token`` (a lower-case word, perhaps with the inciso's closing
    dash or point after it) a Spanish adverb of time or manner?"""
    word = token.rstrip(",;:").rstrip("".join(_INCISO_END))
    return word[:1].islower() and (
        word in SPANISH_ADVERBS or (word.endswith("mente") and len(word) > 6)
    )


def _named_like_verb(tokens: list[tuple[str, int, int]], v: int) -> bool:
    """Is the capitalised verb at ``v`` a name, as the verb of saying right
    after it shows ("“…,” Read said": Ian Read, not "read")?"""
    if v + 1 >= len(tokens) or not tokens[v][0][:1].isupper():
        return False
    # ("“…,” Post Office Ada Lind said": a capitalised run up to the verb,
    # the verb-like word its first: review of stop 36.)
    k = v
    while k + 1 < len(tokens) and k - v < 4 and tokens[k + 1][0][:1].isupper():
        if tokens[k][0].endswith((",", ".")):
            return False
        k += 1
    return (
        not tokens[k][0].endswith((",", "."))
        and k + 1 < len(tokens)
        and tokens[k + 1][0][:1].islower()
        and _word(tokens[k + 1][0]) in SPEECH_VERBS
    )


_DASH_CHARS = "\u2014\u2013\u2015"


def _without_handle(body: str) -> str:
    """A signature without an embedded post's handle and what follows it
    ("Ada Lind (@adalind) May 3, 2019" → "Ada Lind")."""
    handle = _HANDLE.search(body)
    if handle is not None and handle.start() > 0:
        return body[: handle.start()].rstrip()
    return body


def _dash_signature(text: str, start: int, line_end: int) -> Phrase | None:
    """ "“…” ― Carla Sanchez, Phoenix": a dash after the closing mark and a
    short verbless name (with its role) to the end of the line sign the
    quotation, like an attribution line of its own; an embedded post's
    handle and date after the name are no part of it ("— Ada Lind
    (@adalind) May 3, 2019")."""
    body = _without_handle(text[start:line_end].rstrip())
    words = body.split()
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return None
    if any(ch in ALL_DOUBLE for ch in body):
        return None
    lowered = {clean(w).lower() for w in words}
    if lowered & (_NOT_VERBLESS | SPEECH_VERBS | PRONOUNS):
        return None
    end = start + len(body)
    while end > start and text[end - 1] in " .":
        end -= 1
    return _make(text, start, end, "after")


_WH_WORDS = words("what where when why how who which whose")


def _heading_shaped(body: str) -> bool:
    """Is a short paragraph's line (past its opening dash) a subheading or a
    credit rather than who said the quotation above it? One opened by a
    preposition or a question word ("With files from ...", "What's next"),
    one in capitals ("BOATS TO WATCH IN 2027"), one closed by a dash as well
    ("– A harbour at last –"), or a lone letter ("X.")."""
    parts = body.split()
    first = re.split(r"['\u2019]", clean(parts[0]).lower())[0]
    if first in PREPOSITIONS or first in _WH_WORDS:
        return True
    letters = [ch for ch in body if ch.isalpha()]
    if len(letters) <= 1:
        return True
    if len(parts) >= 3 and all(not ch.islower() for ch in letters):
        return True
    return body.rstrip(" .")[-1:] in "\u2014\u2013\u2015-~"


_NAME_VERBED = re.compile(
    r"((?:[A-Z][\w\u2019'.-]*[ \u00a0]+){0,2}[A-Z][\w\u2019'-]+|[Hh]e|[Ss]he)[ \u00a0]+([a-z]+ed)\b"
)
_VERBED_NAME = re.compile(
    r"([a-z]+ed)[ \u00a0]+((?:[A-Z][\w\u2019'.-]*[ \u00a0]+){0,2}[A-Z][\w\u2019'-]+)\b"
)
_NOT_SAYING = frozenset({"used", "wanted", "needed", "seemed", "appeared", "showed"})


def _continues(text: str, close: int) -> bool:
    """Does the quoted sentence go on past the closing mark (its last word
    followed by a comma, "!" or "?")?"""
    j = close - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    return j >= 0 and text[j] in ",!?"


_JA_VERBS = (
    r"(?:述べ|語っ|語り|語る|話し|話す|言っ|言い|言う(?![\u4e00-\u9fff\u30a0-\u30ff])"
    r"|説明し|強調し|明らかにし|答え|指摘し|発表し|批判し|反発し|口にし|訴え)"
)
"""The stems of Japanese verbs of saying (述べた, 話した, 語った, 言った …); 言う
before a noun names it ("「改革」と言う言葉": the word called "reform").
From s47-lang6 the verbs of objecting and voicing (批判した, 反発している,
不安を口にした, 訴えた)."""


@functools.cache
def _ja_said() -> re.Pattern[str]:
    """「…」と田中市長は述べた: the speaker stands between と and は or が, and a
    verb of saying follows. (Compiled, as :func:`_ja_quotative`, the first
    time a Japanese quotation is read: stop 45.)"""
    return re.compile(r"([^\s、。「」]{1,20}?)(?:は|が)(?:[^。「」]{0,12}?)" + _JA_VERBS)


@functools.cache
def _ja_quotative() -> re.Pattern[str]:
    """「…」と述べた, 「…」と記者団に語った, 「…」と田中氏は言った: the quotative
    と, then a verb of saying in the same sentence, with no other と between
    (「安全」と安心が大切だと述べた: "and", the verb's own と comes later)."""
    return re.compile(r"と[^。「」と]{0,24}?" + _JA_VERBS)


_JA_TOPIC = re.compile(r"([^\s、。「」『』]{1,20}?)(?:は|が)[^、。「」『』]{0,12}、?")
"""田中氏は「…」と述べた, 田中氏は記者団に「…」, 田中氏は、「…」: the speaker
before the mark, marked by は or が, with at most a short phrase (to whom)
and a comma before the mark."""
_JA_PLACE_TOPIC = ("で", "に", "と", "へ", "から", "まで", "より")
"""Particles before は that make a place or a time the topic (会見では, 東京には):
no speaker."""


def said_in_japanese(text: str, close: int, line_end: int) -> bool:
    """Is the quotation closing at ``close`` (」 or 』) followed by the
    quotative と and a verb of saying: a whole utterance, not marked words?"""
    return _ja_quotative().match(text, close + 1, min(line_end, close + 40)) is not None


def _japanese(text: str, start: int, line_end: int) -> Phrase | None:
    m = _ja_said().match(text, start, min(line_end, start + 40))
    if m is None:
        return None
    return Phrase(m.start(1), m.end(1), m.group(1), "after")


_JA_THUS = re.compile(r"こう[^。「」『』]{1,10}。")
"""A sentence ending "… said like this." (こう振り返った。, こう語った。) right
before 「: the quotation is what the sentence's subject said (stop 43)."""


def _japanese_thus(text: str, open_at: int, line_start: int) -> Phrase | None:
    """The named subject (:func:`.names.ja_named`) of the sentence just
    before 「 when that sentence ends in こう and its verb (大森健二さんは、
    嵐の夜の様子をこう振り返った。「…」), else ``None``. Asked only at a 「
    right after 。; reads back 120 characters at most."""
    lo = max(line_start, open_at - 120)
    thus = text.rfind("こう", lo, open_at)
    if thus < 0 or _JA_THUS.fullmatch(text, thus, open_at) is None:
        return None
    start = text.rfind("。", lo, open_at - 1) + 1 or lo
    m = ja_named().search(text, start, thus)
    if m is None:
        return None
    return Phrase(m.start(1), m.end(1), m.group(1), "before", open_at)


def _japanese_before(text: str, open_at: int, line_start: int) -> Phrase | None:
    """The speaker before 「 (see :data:`_JA_TOPIC`), back to the sentence's
    start (。 or a comma 、 ends the search); at a 「 opening after a sentence
    that ends "… said like this.", that sentence's subject (:func:`_japanese_thus`)."""
    if open_at > line_start and text[open_at - 1] == "。":
        return _japanese_thus(text, open_at, line_start)
    start = max(line_start, open_at - 40)
    m = _ja_topic(text, start, open_at)
    if m is None:
        # ("6年生の娘がいる木村由美さん(41)は「…」": a relative clause's own
        # が before the topic's は; read again past it; s48-lang7.)
        ga = text.find("が", start, open_at)
        m = _ja_topic(text, ga + 1, open_at) if ga >= 0 else None
    if m is None or m.group(1).endswith(_JA_PLACE_TOPIC):
        return None
    return Phrase(m.start(1), m.end(1), m.group(1), "before", m.end())


def _ja_topic(text: str, start: int, open_at: int) -> re.Match[str] | None:
    """The last :data:`_JA_TOPIC` from ``start`` that reaches the mark at
    ``open_at``."""
    m = _JA_TOPIC.search(text, start, open_at)
    while m is not None and m.end() < open_at:
        m = _JA_TOPIC.search(text, m.end(), open_at)
    return m


def _subject_after(
    text: str, tokens: list[tuple[str, int, int]], close: int, strict: bool
) -> Phrase | None:
    """The subject of a speech verb shortly after a closing mark ("X said",
    "X, a role, said")."""
    reach = 6 if strict else 24
    inner = text[max(0, close - 3) : close].rstrip("\u2019'\u201d\" ")
    if inner.endswith((".", "!", "?")) and tokens[0][0][:1].isupper():
        # "“… very simple.” The cabinet members around him laughed.": a new
        # sentence; only a short "Smith said." or "The mayor said." credits it,
        # or a name with its apposition ("Miller, a retired worker, said").
        reach = 16 if _name_apposition(tokens) else 4
    for n, (tok, _s, _e) in enumerate(tokens[:reach]):
        if n == 0:
            continue
        if (
            (_is_verb(tok) or _puts_it(tokens, n) or _document_finds(tokens, n))
            and not _is_noun_here(tokens, n)
            and not tok[:1].isupper()
        ):
            prev = tokens[n - 1][0]
            if prev.endswith((".", "!", "?", ";")) and not _is_name_period(prev):
                return None
            if _told_to_speak(text, tokens, n) is not None:
                # "“…”, prompting Hale to say": the verb is an infinitive in
                # a participle's clause, which hangs from the sentence before;
                # Hale's words are what follows it (stop-35 review).
                return None
            if (
                prev.endswith(",")
                and _word(tokens[0][0]) in _ASIDE_OPENERS
                and n + 1 < len(tokens)
                and tokens[n + 1][0][:1].isupper()
                and _word(tokens[n + 1][0]) not in MONTHS_AND_DAYS
            ):
                # "“…,” like the recent swings in prices, said Ada Lind, the
                # economist": an aside, then the verb and its subject after it.
                start = tokens[n + 1][1]
                return _make(text, start, _phrase_end(text, start, tokens[-1][2]), "after")
            if _participle(tok) and prev.endswith(","):
                # "..., Benioff weighed in, telling Cook": the main clause's
                # subject says it, not the one told.
                return _participle_subject(text, tokens[:n], "after")
            if _word(tokens[0][0]) in _OTHER_CLAUSE:
                # "“…” Although he had written a will, …": another clause;
                # "ordered “…” after the man had posted": a clause of time
                # hung on the sentence the marks stand in, not who says them.
                return None
            subject = tokens[:n]
            if _word(subject[0][0]) in _LEADING_CONJ:
                subject = subject[1:]
            if len(subject) <= 2 and names_no_one([_word(t[0]) for t in subject]):
                return None  # "“…” Nobody answered him.": no one named who spoke
            commas = [j for j, t in enumerate(subject[:-1]) if t[0].endswith(",")]
            if (
                commas
                and subject
                and (not subject[0][0][:1].isupper() or _word(subject[0][0]) in _OPENERS)
            ):
                # "... including Lake Cowichan, it said": the last clause, unless
                # the comma sits inside the phrase ("the lanky, bespectacled
                # professor said").
                tail = subject[commas[-1] + 1 :]
                lead = _word(tail[0][0]) if tail else ""
                if (
                    tail
                    and (lead in PRONOUNS or lead in DETERMINERS or tail[0][0][:1].isupper())
                    # ("a friend of Sen. Tom Hale, R-Maine, said": the
                    # senator's party tag, no clause)
                    and not (len(tail) == 1 and _PARTY_TAG.fullmatch(tail[0][0]))
                ):
                    subject = tail
            # (A capital is a name's word, not a verb: "an analyst at Compass
            # Point Research" has no second clause.)
            # ("one of the states suing the EPA": "states" after "the" is a
            # noun, not a verb.)
            verbs = [
                j
                for j, t in enumerate(subject)
                if _is_verb(t[0]) and not t[0][:1].isupper() and not _is_noun_here(subject, j)
            ]
            if verbs and verbs[-1] + 1 < len(subject):
                # "..., he said in October, said Derek Scissors, a scholar": the
                # subject of the second verb is the phrase after the first.
                subject = subject[verbs[-1] + 1 :]
            return _subject(text, subject, "after")
        if tok.endswith((".", "!", "?", ";")) and not _is_name_period(tok):
            return None
        if strict and tok.endswith(","):
            return None
        if (
            n >= 8
            and "," not in text[tokens[0][1] : tokens[n][2]]
            and not _pair_opens(tokens, n)
            and not _name_of_body(tokens, n + 1)
        ):
            return None
    return None


def _pair_opens(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Do two names joined by "and" open ``tokens``, with fewer than twelve
    words before ``n`` ("Ada Lind and Tom Hale of the Harbour Trust said
    yesterday")? Then the long run is one subject with its organisation,
    read as :func:`_names_joined` reads it, not a clause that goes on."""
    if n >= 12:
        return False
    return any(
        _word(tokens[j][0]) == "and" and _names_joined(tokens[:n], j)
        for j in range(2, min(5, n - 1))
    )


_BODY_PREPS = words("of at")
_BODY_LINKS = words("the for and of on at") | {"&"}
"""Small words inside a body's name ("Institute for Science and
International Security", "Bank of England"), and the "at" of a body
within another ("the Centre for Marine Studies at Leith University";
review of stop 38)."""


def _name_of_body(tokens: list[tuple[str, int, int]], end: int, whole: bool = False) -> bool:
    """Do ``tokens[:end]`` read as a person's name (or two joined by "and"),
    at most two lowercase words before it ("harbour experts"), then "of" or
    "at" and a body's name in capitals and its small words ("Ada Lind of the
    Institute for Safety and Engineering wrote")? One long subject: the
    "and" inside the body joins no clause, and the words' count is the
    body's, not a clause that goes on (stop 38). ``whole``: the body's name
    ends there (a capital); else ``tokens[:end]`` may stop inside it."""
    at = 0
    while at < min(2, end) and tokens[at][0].isalpha() and tokens[at][0].islower():
        at += 1
    names = 0
    while at < end and _word(tokens[at][0]) not in _BODY_PREPS:
        token = tokens[at][0]
        if _word(token) == "and" and names and at + 1 < end and tokens[at + 1][0][:1].isupper():
            at += 1  # "Tom Hale and Ada Lind of ..."
            continue
        if not (token[:1].isupper() and _NAME_WORD.fullmatch(token)) or names == 6:
            return False
        names += 1
        at += 1
    if not names or at >= end - 1:
        return False
    for j in range(at + 1, end):
        token = tokens[j][0]
        if _word(token) == "and" and (
            _word(tokens[j - 1][0]) in ORGANISATION_WORDS or _own_body_after(tokens, j + 1, end)
        ):
            # "Ada Lind of the Harbour Board and Tom Hale": the body's name
            # has ended; "and" joins a second person ("Ada Lind of Leith and
            # Tom Hale of Portobello", with a body of his own; review of
            # stop 38).
            return False
        bare = POSSESSIVE_END.sub("", token)
        if _word(token) not in _BODY_LINKS and not (
            bare[:1].isupper() and _NAME_WORD.fullmatch(bare)
        ):
            return False
    return not whole or tokens[end - 1][0][:1].isupper()


def _own_body_after(tokens: list[tuple[str, int, int]], at: int, end: int) -> bool:
    """Do capitalised words from ``tokens[at]`` run to an "of" or "at"
    before ``end`` ("and Tom Hale of Portobello"): a name with a body of its
    own, not more of the body before? Two words at least, none a body's
    ("Safety and Engineering of Leith", "Science and Marine Institute of"
    go on with the body)."""
    k = at
    while k < end and tokens[k][0][:1].isupper() and _word(tokens[k][0]) not in _BODY_LINKS:
        if _word(tokens[k][0]) in ORGANISATION_WORDS:
            return False
        k += 1
    return at + 2 <= k < end and _word(tokens[k][0]) in _BODY_PREPS


def _name_apposition(tokens: list[tuple[str, int, int]]) -> bool:
    """Do the tokens open with a capitalised name (one to three words) and a
    comma, then "a"/"an"/"the" ("Miller, a retired worker from ...")?"""
    for k in range(min(3, len(tokens) - 1)):
        if not tokens[k][0][:1].isupper():
            return False
        if tokens[k][0].endswith(","):
            return _word(tokens[k + 1][0]) in {"a", "an", "the"}
    return False


_AUX = words(
    """
    is are was were be been has have had will would can could should not do does cannot
    can't won't didn't doesn't don't isn't wasn't
    can\u2019t won\u2019t didn\u2019t doesn\u2019t don\u2019t isn\u2019t wasn\u2019t
    """
)
_FRENCH_PARTICIPLES = words(
    "déclaré affirmé expliqué ajouté précisé souligné estimé indiqué assuré répondu confié"
    " raconté rappelé poursuivi insisté martelé annoncé prévenu dit lancé promis"
)
_FOREIGN_AUX = words("a ont avait avaient hat haben hatte ha han había habían s'est s\u2019est")
"""The auxiliary of a French, German or Spanish perfect ("Claire Dubois a
déclaré", "Keller hat gesagt", the reflexive "Ada Lind s'est dite"), dropped
only right before the verb (in English "a" is an article and never stands
there)."""
_TRAILING_ADVERBS = words(
    "later also then now again still previously earlier today yesterday recently once"
    " first finally further often since soon just never even only"
)
"""Adverbs between a subject and its verb ("Noem later said", "Lepp again
wrote"): never part of the speaker's name."""
_FLOATING = words("both all each")
"""Quantifiers after the subject they count ("Lind and Hale both said"):
no part of the speakers' names (review of stop 33)."""
_OPENERS = words("at in on after although though when while yet but if as since during")
_ATTRIBUTION_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE, BlockKind.CAPTION})
_NOT_ATTRIBUTION = re.compile(r"\d+[.)]\s|(?:image|photo)\s+copyright\b|\u00a9", re.IGNORECASE)


_GO = words("go goes went")
_TIME_OPENERS = words("as while when after before until")


def _time_clause_going_on(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is the "went" at ``n`` a clause of time closed by its comma right
    after "on" ("As the meeting went on, Tom Hale said")? The meeting going
    on is time passing, no one going on speaking (s37-left2). (The word
    after "went" is not read here: the one caller lets only "on" or "like"
    through, so "As she went like, “…”" is read as time passing too.)"""
    if n + 1 >= len(tokens) or not tokens[n + 1][0].endswith(","):
        return False
    first = n - 1
    while first > 0 and not tokens[first - 1][0].endswith((",", ";", ":")):
        first -= 1
    return first < n - 1 and _word(tokens[first][0]) in _TIME_OPENERS


_QUANTIFIERS = words(
    "two three four five six seven eight nine ten several many multiple numerous few both"
    " various separate dozens hundreds"
)
_PART_OF = _QUANTIFIERS | words("most some all half none each one")
_OF_WHOM = words("them whom")


def _of_them(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """Does ``tokens[at]`` open an aside "many of them", "most of whom"
    (a part of the noun phrase before it, set off by commas)?"""
    return (
        at + 2 < len(tokens)
        and _word(tokens[at][0]) in _PART_OF
        and tokens[at][0][:1].islower()
        and _word(tokens[at + 1][0]) == "of"
        and _word(tokens[at + 2][0]) in _OF_WHOM
    )


def _is_noun_here(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """ "a report", "the 2016 report", "his comments": a noun, not a verb."""
    if n == 0:
        return False
    if (
        n + 1 < len(tokens)
        and tokens[n][0].isalpha()
        and _word(tokens[n + 1][0]) in SPEECH_VERBS
        and any(_word(t[0]) in DETERMINERS for t in tokens[max(0, n - 3) : n])
        and all(t[0].isalpha() for t in tokens[max(0, n - 2) : n])
    ):
        return True  # "the congressional report said": the noun its verb follows
    if tokens[n - 1][0].endswith(("'s", "\u2019s")):
        # "the ministry's claim", but "He’s claiming": a pronoun's "is".
        return _word(tokens[n - 1][0]) not in _CONTRACTED
    prev = _word(tokens[n - 1][0])
    if (
        n > 1
        and _word(tokens[n][0]).endswith("s")
        and _word(tokens[n - 2][0]) in PREPOSITIONS
        and tokens[n - 1][0].isalpha()
        and tokens[n - 1][0].islower()
        and prev not in PRONOUNS
    ):
        return True  # "In somber comments, Trump called": a noun after its adjective
    if (
        n > 2
        and tokens[n][0].endswith(",")
        and _word(tokens[n - 3][0]) in PREPOSITIONS
        and (n == 3 or _boundary(tokens[n - 4][0]))
        and _word(tokens[n - 2][0]) in DETERMINERS
        and tokens[n - 1][0].isalpha()
        and tokens[n - 1][0].islower()
        and prev not in PRONOUNS
    ):
        # "In his closing notes, Tom Hale calls": the same, a determiner
        # before the adjective, the phrase opening its clause and closed by
        # its comma (not "A report on the harbour says", whose verb it is).
        return True
    if prev == "a" and (
        _word(tokens[n][0]) in _FRENCH_PARTICIPLES or _word(tokens[n][0]) in FRENCH_PERFECT_PARTIAL
    ):
        return False  # "Dubois a déclaré", "a jugé": the French auxiliary, not the article
    if prev in _ALONE and _word(tokens[n][0]) in _SAID_FORMS:
        return False  # "“…,” another said", "some argued": the word stands for someone
    if (
        prev in _QUANTIFIERS
        and n > 1
        and _word(tokens[n - 2][0]) == "of"
        and _word(tokens[n][0]) in _NEVER_NOUNS
    ):
        return False  # "the mother of two said": the children counted, then the verb
    if prev in DETERMINERS or prev in _QUANTIFIERS:
        return True  # "several reports"
    if _word(tokens[n][0]) in _NEVER_NOUNS:
        return False  # "Many residents said": a verb after its plural subject
    if n > 1 and _word(tokens[n - 2][0]) in _QUANTIFIERS and prev.isalpha():
        return True  # "two critical reports"
    if (
        n > 3
        and _word(tokens[n][0]).endswith("s")
        and _word(tokens[n - 3][0]) in _QUANTIFIERS
        and all(t[0].isalpha() and t[0].islower() for t in tokens[n - 2 : n])
    ):
        return True  # "the two lengthy investigative reports": a plural's adjectives
    if n > 2 and _word(tokens[n - 3][0]) in _QUANTIFIERS and prev.isalpha():
        return _word(tokens[n - 2][0]).endswith(ADVERBS_SUFFIX)  # "two highly critical reports"
    return prev.isdigit() and n > 1 and _word(tokens[n - 2][0]) in DETERMINERS


_ALONE = words("another one some many several few both")
"""Determiners that stand for someone on their own ("another said")."""
_SAID_FORMS = words("said told wrote added argued asked replied noted explained insisted")
"""Past tenses of saying, never a noun after such a word."""
_WHO = frozenset(("who", "whom"))
"""A relative pronoun ending a subject before the relative clause's verb."""
_NEVER_NOUNS = words("said told wrote says")
"""Forms of saying that are never a noun nor an adjective: after a
quantifier and a noun ("Many residents said") the verb."""


def _boundary(token: str) -> bool:
    """Does a clause end at this token (a comma, a colon, a dash)?"""
    return token.endswith((",", ";", ":")) or token in {"\u2014", "\u2013", "\u2015", "--", "-"}


_CONTRACTED = words("he's she's he\u2019s she\u2019s")
"""A pronoun with "is" or "has" run into it: never a possessive ("his")."""


_EVERY_THING = words("nothing everything something anything")
"""Pronouns that open a relative with no "that" ("Nothing the mayor said",
"everything Ada Lind says"): the verb after them is in a noun phrase."""


_LY_NOUNS = words("family ally assembly rally supply monopoly bully anomaly daily weekly")
"""Nouns in -ly: "the family said", "the Lind family said" (no adverb)."""


def _adverb_at(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Is the word at ``j`` an adverb in -ly ("Lind quickly said")? Not a
    noun in -ly, nor a word after a determiner ("the family", "an ally")."""
    word = _word(tokens[j][0])
    if not word.endswith(ADVERBS_SUFFIX) or word in _LY_NOUNS:
        return False
    if j > 0 and tokens[j][0][:1].isupper() and tokens[j - 1][0][:1].isupper():
        return False  # "The Maritime Quarterly said": a title's last word, no adverb
    return j == 0 or _word(tokens[j - 1][0]) not in DETERMINERS


_MET_WITH = words("from to with")
"""Prepositions a verb takes before the person it met or heard ("heard
from", "spoke to", "met with")."""
_MEETING_VERBS = words("heard hears spoke speaks talked talks met meets")
"""Verbs that meet or hear someone before :data:`_MET_WITH` (not "provided
to", "sent to": a document's way, "In an email provided to Ada Lind, the
officer said" is the officer's)."""


_NP_OPENERS = words("a an another one the")
"""Determiners that open a sentence's subject noun phrase."""
_NP_PREPOSITIONS = words("for of at with from in on")
"""Prepositions that open the body a noun phrase's head carries ("a fund
manager at a house that ...")."""


def _modified_noun_phrase(tokens: list[tuple[str, int, int]], first: int, k: int) -> bool:
    """Is ``tokens[first : k + 1]`` one noun phrase opening its sentence: a
    determiner, its head noun (after one to three lower-case modifiers), then
    a preposition and the body it carries, with no clause set off inside it
    ("A ferry engineer at a yard on the east side of the river that repairs
    most of the island boats said")? Its syntax ends it at the verb, however
    many words the body runs to (s46-left: a count of fourteen cut it
    mid-phrase and kept its tail, "yard on the east side ...")."""
    if _word(tokens[first][0]) not in _NP_OPENERS:
        return False
    if first > 0 and tokens[first - 1][0][-1:] not in ".!?":
        return False
    head = next(
        (j for j in range(first + 2, min(k, first + 5)) if _word(tokens[j][0]) in _NP_PREPOSITIONS),
        None,
    )
    if head is None or not all(t[0].isalpha() and t[0].islower() for t in tokens[first + 1 : head]):
        return False
    # (No clause inside: no conjunction, auxiliary or subject pronoun, "The
    # dispute centers on ... because they did not respond".)
    return not any(
        _boundary(t[0])
        or _HAS_QUOTE_MARK.search(t[0])
        or _word(t[0]) in _CLAUSE_JOIN | _AUX | _SUBJECT_PRONOUNS
        for t in tokens[first:k]
    )


_HAS_QUOTE_MARK = re.compile('["\u201c\u201d\u00ab\u00bb]')


def _met_name_start(subject: list[tuple[str, int, int]]) -> int:
    """Where the person a verb's preposition names in full starts, when the
    name is set off by its comma for a description or a "who" clause ("The
    committee also heard from Clara Voss, the union's regional organiser,
    who said ..."): after the preposition, when a verb of meeting or hearing
    (:data:`_MEETING_VERBS`) stands before it and two or three capitalised
    words follow it, the last with the comma; else 0 (the whole phrase: "officials with
    the ministry, who asked"). The one heard from said it, not the clause
    that met them (s42-rev2: the description alone, or "The committee heard
    from Clara Voss", was shown)."""
    for j in range(len(subject) - 3, 0, -1):
        if _word(subject[j][0]) not in _MET_WITH:
            continue
        if subject[j - 1][0] not in _MEETING_VERBS:
            return 0
        run = 0
        while j + 1 + run < len(subject) and subject[j + 1 + run][0][:1].isupper():
            if subject[j + 1 + run][0].endswith(","):
                run += 1
                break
            run += 1
        last = subject[j + run][0] if run else ""
        return j + 1 if 2 <= run <= 3 and last.endswith(",") else 0
    return 0


_ASIDE_WHO = words("who whose")
_ASIDE_HEAD_WORDS = 6
"""At most this many words before a relative clause set off by commas."""


def _before_relative_aside(subject: list[tuple[str, int, int]]) -> int:
    """How many tokens of ``subject`` come before a relative clause set off by
    its two commas right before the verb ("a nurse, who has worked there for
    years, said", "Ana Ruiz, who was on duty, told"): the clause is what the
    speaker is or did, no part of who; its own auxiliary made the whole
    subject read as a clause, and the quotation went to the person named
    last (stop 48). The subject ends with the second comma; the first comma
    closes the head words (one to :data:`_ASIDE_HEAD_WORDS`, an apposition's
    comma among them: "the pilot, Ana Ruiz, who has flown the route for years,
    said") and "who"/"whose" opens the clause, which holds an auxiliary and
    no comma of its own (not "Ada Lind, who is the pastor of a church in
    Northgate, Ohio, wrote to ...": its end is unsure). Else
    the whole subject: a clause with none ("Ana Ruiz, who served as the
    mayor's chief of staff, said") stays as before, shown as her role."""
    whole = len(subject)
    for j in range(1, min(whole - 1, _ASIDE_HEAD_WORDS + 1)):
        if subject[j - 1][0].endswith(",") and subject[j][0] in _ASIDE_WHO:
            clause = subject[j + 1 :]
            if not any(t[0].endswith(",") for t in clause[:-1]) and any(
                _word(t[0]) in _AUX for t in clause
            ):
                return j
            return whole
    return whole


def _subject(text: str, subject: list[tuple[str, int, int]], how: str) -> Phrase | None:
    """The speaker phrase in a verb's subject: a pronoun alone, else the
    tokens if they read as a noun phrase (no auxiliary verbs)."""
    if not subject or (len(subject) == 1 and subject[0][0] in _FOREIGN_AUX):
        # (", a assuré Ada Lind, « … »": a perfect's auxiliary alone before
        # its verb is no subject; the speaker follows the verb.)
        return None
    while len(subject) > 1 and _word(subject[-1][0]) in _TRAILING_ADVERBS:
        subject = subject[:-1]  # "Noem later said", "Van Der Beek even touched"
    if (
        len(subject) > 1
        and _word(subject[-1][0]) in _FLOATING
        and _word(subject[-2][0]) not in PREPOSITIONS
    ):
        subject = subject[:-1]  # "Lind and Hale both said" (not "officials from both")
    if (
        len(subject) > 1
        and _word(subject[-1][0]) in PRONOUNS - {"it", "one"}
        and not (
            _word(subject[-1][0]) in _OBJECT_PRONOUNS - {"her"}
            and _word(subject[-2][0]) in PREPOSITIONS
        )
    ):
        # (Not "a source close to him", "one of them": a pronoun after a
        # preposition is in the phrase, not its subject; review of stop 36.)
        subject = subject[-1:]  # "Although he said", "In a post at the time she wrote"
    if len(subject) > 1 and _word(subject[0][0]) == "via":
        subject = subject[1:]
    if len(subject) > 2 and _word(subject[0][0]) == "according" and _word(subject[1][0]) == "to":
        # "according to officials, who said": the source, not the phrase
        # naming it (s37-left3).
        subject = subject[2:]
    if len(subject) > 1 and subject[-1][0] in _WHO:
        # "officials with the ministry, who asked not to be named, said": the
        # verb read was the relative clause's; its pronoun is no part of who.
        subject = subject[:-1]
    if len(subject) > 4 and subject[-1][0].endswith(","):
        # (The phrase was cut before a "who" set off by its comma.)
        subject = subject[_met_name_start(subject) :]
    if len(subject) > 3 and subject[-1][0].endswith(","):
        subject = subject[: _before_relative_aside(subject)]
    if len(subject) > 2 and subject[-1][0] in PRESS_AND:
        # "Tom Hale è venuto sul molo e promette «…»": the clause before
        # "and" in another language; its subject stands before its verb.
        cut = press_clause_subject([t for t, _s, _e in subject], text)
        if cut is not None:
            subject = subject[:cut]
    contracted = _word(subject[-1][0])
    if contracted in _CONTRACTED:
        # "He’s claiming that …": "’s" is "is" or "has"; the pronoun is the subject.
        at = subject[-1][1]
        return Phrase(at, at + len(contracted) - 2, text[at : at + len(contracted) - 2], how)
    first = _word(subject[0][0])
    if first in _EVERY_THING and len(subject) > 1:
        return None  # "Nothing the mayor said “…”": what was said, no speaker
    if (
        first in PRONOUNS
        and not _one_before_noun(subject)
        and not _her_before_noun(subject)
        and not _her_noun_named(text, subject)
    ):
        return Phrase(
            subject[0][1],
            subject[0][1] + len(first),
            text[subject[0][1] : subject[0][1] + len(first)],
            how,
        )
    # "Singh has said", "officials had repeatedly admitted": drop the auxiliary.
    while len(subject) > 1 and (
        _word(subject[-1][0]) in _AUX | _FOREIGN_AUX or _adverb_at(subject, len(subject) - 1)
    ):
        subject = subject[:-1]
    if any(
        _word(t) in _AUX and not (j + 1 < len(subject) and opens_name(t, subject[j + 1][0]))
        for j, (t, _s, _e) in enumerate(subject)
    ):
        # (Not "“…,” Will Lind said": a first name that is also a modal;
        # review 2, stop 39.)
        return None
    if len(subject) > 8 and not any(t.endswith(",") for t, _s, _e in subject):
        # A whole clause: its subject follows the last conjunction ("... and
        # Gillis suggested", "a month after Van Der Beek said").
        joins = [j for j, t in enumerate(subject[:-1]) if _word(t[0]) in _CLAUSE_JOIN]
        if (
            joins
            and not _names_joined(subject, joins[-1])
            and not _name_of_body(subject, len(subject), whole=True)
        ):
            subject = subject[joins[-1] + 1 :]
    subject = subject[_after_opening_adverbial(subject) :]
    return _make(text, subject[0][1], subject[-1][2], how)


_NEW_NP = words("the a an this")
_ADVERBIAL_OPENERS = (PREPOSITIONS - {"to"}) | words("during since after before until among")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PREDETERMINERS = words("all both half such quite")
_ADVERBIAL_WORDS = 7
"""At most this many words in a phrase of time or place opening a clause
("at the end of the day")."""
_NOT_BEFORE_NP = PREPOSITIONS | DETERMINERS | _AUX | _PREDETERMINERS


def _after_opening_adverbial(subject: list[tuple[str, int, int]]) -> int:
    """Where the subject starts after a phrase of time or place that opens
    the clause with no comma ("In the end the minister said", "at the end of
    the day the coach told"): the last determiner that follows a lower-case
    word other than a preposition, a determiner or a predeterminer ("Of all
    the papers": one phrase), when the tokens open with
    a preposition (not "to") or "during", "since", "after", "before",
    "until", "among", and hold no comma, nor a capital other than a month
    or a day, before it; a year may stand before it too ("In March 2019 the
    minister"), within
    :data:`_ADVERBIAL_WORDS` words; not after an -ing form right after the
    preposition ("by using a tabulation of"). 0 when there is none (stop 47)."""
    first = _word(subject[0][0])
    if len(subject) < 4 or first not in _ADVERBIAL_OPENERS:
        return 0  # (not "to answer a GOP field ...": a clause of purpose)
    cut = 0
    for j in range(2, min(len(subject) - 1, _ADVERBIAL_WORDS + 1)):
        token, prev = subject[j][0], subject[j - 1][0]
        if prev.endswith(","):
            return 0
        if (
            _word(token) in _NEW_NP
            and token[:1].islower()
            and (
                (prev[:1].islower() and prev.isalpha())
                # ("In 2019 the minister", "In March 2019 the minister")
                or _YEAR.fullmatch(prev) is not None
            )
            # (Not "by using a tabulation": an -ing form right after the
            # preposition is a verb, and the determiner opens its object.)
            and not (prev.endswith("ing") and _word(subject[j - 2][0]) in PREPOSITIONS)
            and _word(prev) not in _NOT_BEFORE_NP
        ):
            cut = j
    if cut and any(
        t[:1].isupper() and _word(t) not in MONTHS_AND_DAYS for t, _s, _e in subject[1:cut]
    ):
        return 0
    return cut


def _names_joined(subject: list[tuple[str, int, int]], join: int) -> bool:
    """Does "and" at ``join`` join two names that open the subject ("Ada Lind
    and Tom Hale of the Harbour Trust said": one subject, not a clause whose
    own subject follows the "and")? Only capitalised name words before it,
    two to four, and a capitalised word after it."""
    head = subject[:join]
    return (
        _word(subject[join][0]) == "and"
        and 2 <= len(head) <= 4
        and all(_NAME_WORD.fullmatch(t) is not None and t[:1].isupper() for t, _s, _e in head)
        and not any(_word(t) in _OPENERS | PREPOSITIONS | MONTHS_AND_DAYS for t, _s, _e in head)
        and subject[join + 1][0][:1].isupper()
    )


_KIN_OR_AGENT = KIN_WORDS | AGENT_NOUNS
"""The person nouns a possessive "her" before them makes a new person."""


def _her_before_noun(subject: list[tuple[str, int, int]]) -> bool:
    """Does the subject open with the possessive "her" before a kin noun
    ("“…,” her son said") or one who acts for her ("her lawyer said",
    :data:`lexicon.AGENT_NOUNS`, stop 45)? The speaker is her relative or
    agent, a new person, never the woman "her" points at (s40-kin). Only
    nouns of a person: "her campaign said", "her statement said" are hers,
    through her campaign or her document (as any noun, it cost ggt-dev check
    strict 128 -> 126)."""
    return (
        1 < len(subject) < 4  # ("her late husband said")
        and _word(subject[0][0]) == "her"
        and _word(subject[-1][0]) in _KIN_OR_AGENT
    ) or _her_kin_named(subject)


def _her_kin_named(subject: list[tuple[str, int, int]]) -> bool:
    """Does the subject open with "her", a kin noun and the relative's
    name, perhaps the actor's in brackets after it ("Her son Danny says:",
    "her son Danny (Ben Ross) says")? The relative speaks, as in
    :func:`_her_before_noun` (s42-left2). The kin noun second or third
    ("her younger son Danny"), then capitalised words alone, at most three
    with a bracketed pair."""
    if not 2 < len(subject) < 8 or _word(subject[0][0]) != "her":
        return False
    kin = next((i for i in (1, 2) if _word(subject[i][0]) in KIN_WORDS), None)
    if kin is None or len(subject) - kin - 1 > 3 + (subject[-1][0].endswith(")")):
        return False
    return all(t.lstrip("(")[:1].isupper() for t, _s, _e in subject[kin + 1 :])


def _her_noun_named(text: str, subject: list[tuple[str, int, int]]) -> bool:
    """Is the subject "her" and one lower-case noun that the text before it
    set off with a name ("Her coach, Gary Finch, said ... / “…,” her coach
    said", "Gary Finch, her coach,", "Moor's coach, Gary Finch,")? The
    apposition shows the noun is a person's, so the speaker is that person,
    a new one, not the woman "her" points at, whatever the noun (s47-poss;
    :func:`_her_before_noun` takes a noun only from its list: "her campaign
    said" is hers). Plain string searches, no pattern."""
    if len(subject) != 2 or _word(subject[0][0]) != "her":
        return False
    noun = subject[1][0]
    if not (noun.isalpha() and noun.islower()):
        return False
    at = subject[0][1]
    for opening in ("Her ", "her ", "'s ", "\u2019s "):
        found = text.rfind(f"{opening}{noun}, ", 0, at)
        while found >= 0:
            after = found + len(opening) + len(noun) + 2
            if found > 0 and text[found - 1].isalnum() == opening[0].isalpha():
                pass  # ("other coach, ": not the word "her"; "Moor's coach, ")
            elif text[after : after + 1].isupper():
                return True  # "Her coach, Gary Finch,"
            elif opening == "her " and text[max(0, found - 2) : found] == ", ":
                before = text[max(0, found - 40) : found - 2].rsplit(None, 1)[-1:]
                if before and before[0][:1].isupper():
                    return True  # "Gary Finch, her coach,"
            found = text.rfind(f"{opening}{noun}, ", 0, found)
    return False


_NOT_AFTER_ONE = PREPOSITIONS | _AUX | SPEECH_VERBS
"""Words after "one" that leave it the pronoun ("one of them", "one had
said", "one said")."""


def _one_before_noun(subject: list[tuple[str, int, int]]) -> bool:
    """Does the subject open with "one" before a noun ("one lawmaker",
    "One Latino conservative", "One deckhand, who asked not to be named,")
    or a count ("One in five residents")? Then it is a description of
    someone not named, whose words these are, and not the pronoun read as
    the person in focus."""
    if len(subject) < 2 or _word(subject[0][0]) != "one":
        return False
    second = _word(subject[1][0])
    if second == "in" and len(subject) > 2:
        # "One in five residents said", "one in 10 voters": a share of
        # people counted (names.split_speaker), no pronoun either.
        count = _word(subject[2][0])
        return count.isdigit() or count in SPELLED_COUNTS
    # ("one P&G deckhand", "one U.S. official": a name's joined letters.)
    return _JOINED_WORD.fullmatch(second) is not None and second not in _NOT_AFTER_ONE


_JOINED_WORD = re.compile(r"[^\W\d_]+(?:[&.][^\W\d_]+)*")


_DESCRIPTION_OPENERS = DETERMINERS | words("another himself herself itself one")
_DASHES = frozenset({"\u2014", "\u2013", "\u2015", "--", "-"})


def _describes(clause: list[tuple[str, int, int]]) -> bool:
    """Is this clause (between commas or dashes) a description that names no
    one: it opens with a determiner or a lower-case word ("the network's
    funding arm", "chairman of the board of Freedom Partners", "himself up
    for reelection")?"""
    clause = [t for t in clause if t[0] not in _DASHES]
    if not clause:
        return False
    lead = clause[0][0]
    # "noting the size of his following": an aside hanging from the name.
    aside = _participle(lead) and lead[:1].islower()
    for token, _s, _e in clause[1:] if aside else clause:
        if _word(token) in {"who", "that", "which"}:
            break  # ("a Republican who has made ...": the relative clause's verb)
        if verb_like(token) or _word(token) in _AUX:
            return False  # "issued a statement after ...": a predicate, not a description
    if aside or _word(lead) in _DESCRIPTION_OPENERS:
        return True
    for j, (token, _s, _e) in enumerate(clause[:3]):
        if not token[:1].isupper():
            break
        if token.endswith(("'s", "\u2019s")):
            # "New Jersey's sitting governor": a possessive, then lower case.
            return j + 1 < len(clause) and clause[j + 1][0][:1].islower()
    # ("Loyalty, he noted, has", "..., after Trump told": a clause of its own.)
    clauses = PRONOUNS | _OPENERS | PREPOSITIONS | _LEADING_CONJ | _SUBORDINATORS | _CLAUSE_JOIN
    return lead[:1].islower() and _word(lead) not in clauses


_OWNERS = words("her his their")


def _kin_head(clause: list[tuple[str, int, int]]) -> bool:
    """Is ``clause`` (opening its sentence, before a comma) a possessive
    pronoun and one lower-case noun ("Her husband,", "His daughter,")?"""
    return (
        len(clause) == 2
        and _word(clause[0][0]) in _OWNERS
        and clause[1][0].endswith(",")
        and clause[1][0][:1].islower()
        and clean(clause[1][0]).isalpha()
    )


def _bare_name(clause: list[tuple[str, int, int]]) -> int | None:
    """How many tokens of a clause make its name and any title before it
    ("Mark Holden,", "Former Pennsylvania governor Ed Rendell (D),",
    "Tester,"), its party in parentheses and its closing comma or dash
    left out; ``None`` when the clause is no such name."""
    end = len(clause)
    if end and clause[end - 1][0] in _DASHES:
        end -= 1
    if end and clause[end - 1][0].rstrip(",").endswith(")"):
        opening = end - 1
        while opening > 0 and not clause[opening][0].startswith("("):
            opening -= 1
        if clause[opening][0].startswith("("):
            end = opening  # "(D)", "(R-Tex.)": the party, not the name
    if end == 0:
        return None
    start = 0
    while start < end and _word(clause[start][0]) in _LEADING_CONJ | {"as"}:
        start += 1  # "But Sen. Richard J. Durbin (D-Ill.),", "As John Cornyn,"
    parts = [t.rstrip(",") for t, _s, _e in clause[start:end]]
    end -= start
    if end == 0:
        return None
    lead = parts[0].lower()
    if lead in _OPENERS | PREPOSITIONS | _LEADING_CONJ | MONTHS_AND_DAYS or lead in PRONOUNS:
        return None
    run = 0
    while (
        run < end
        and parts[end - 1 - run][:1].isupper()
        and (_NAME_WORD.fullmatch(parts[end - 1 - run]) or _is_name_period(parts[end - 1 - run]))
    ):
        run += 1
    if run == 0 or any(_is_verb(w) or _word(w) in _AUX for w in parts[: end - run]):
        return None
    if run == 1 and end > 1:
        return None  # "the former governor Rendell": too thin to tell from a title
    if end - run > 3:
        return None
    if run == 1 and not _one_name(parts[0] + ","):
        return None
    if _place_tail(clause[start : start + end]):
        return None  # "in Ashton, Md., the mayor said": a state, no name
    return start + end


def _name_before_descriptions(
    text: str, tokens: list[tuple[str, int, int]], first: int, k: int
) -> Phrase | None:
    """ "Mark Holden, chairman of the board of Freedom Partners, the
    network's funding arm, said", "Ed Rendell (D), a Clinton supporter,
    praised", "Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says":
    when the verb's clause is a description, step back over up to three
    description clauses to the name they follow, at the sentence's start
    or after an opening phrase ("In a statement, ..."). The phrase is the
    name and its descriptions, or the name alone when a dash or a
    parenthesis sets them off."""
    if first == 0 or not _describes(tokens[first : k + 1]):
        return None
    at = first
    for _ in range(3):
        end = at - 1
        at = end
        while at > 0 and not _boundary(tokens[at - 1][0]):
            at -= 1
        clause = tokens[at : end + 1]
        if _place_tail(clause) and at > 0:
            continue  # "Ada Lind, R-Maine, speaking on the radio, said": her party
        size = _bare_name(clause)
        if size is None and at == 0 and _kin_head(clause):
            # "Her husband, a quiet man who ..., said": the possessive's noun
            # is who speaks; the clause after it describes him.
            return _make(text, clause[0][1], clause[-1][2], "before")
        if size is not None and _participle_opening(clause):
            return None  # "Contacted by CBC News, a spokesperson said": no name
        if size is not None:
            if at > 0:
                opening = at - 1
                while opening > 0 and not _boundary(tokens[opening - 1][0]):
                    opening -= 1
                if _word(tokens[opening][0]) not in _OPENERS | PREPOSITIONS and not any(
                    _word(t) in TIME_WORDS for t, _s, _e in tokens[opening:at]
                ):
                    return None  # (an opening phrase: "In a statement,", "Just last week,")
            if size < len(clause) and not clause[size - 1][0].endswith(","):
                return _make(text, clause[0][1], clause[size - 1][2], "before")
            return _make(text, clause[0][1], tokens[k][2], "before")
        if not _describes(clause):
            return None
    return None


_PLACE_ABBREVIATION = re.compile(
    r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}|\d{1,3}|" + PARTY_AND_STATE + "),?"
)
"""A state or province abbreviation ("Md.", "Calif.", "N.C."), an age or a
party tag ("R-Ky."): the words an apposition puts after a person's name."""
_PARTY_TAG = re.compile(PARTY_AND_STATE + ",?")
"""A party and state tag ("R-Maine,", "D-Ore.", "R-Mississippi,"): the piece
:data:`names.PARTY_TAG` reads. It and :data:`_PLACE_ABBREVIATION` had their
own copy with room for nine letters, so "R-Mississippi" and
"D-Massachusetts" were read as names."""


def _place_tail(tokens: list[tuple[str, int, int]]) -> bool:
    """Is this clause only where someone is from or how old they are
    ("59,", "of Ashton,", "Md.,")?"""
    if not tokens or len(tokens) > 5:
        return False
    if _word(tokens[0][0]) in {"of", "from"}:
        return len(tokens) > 1 and all(t[:1].isupper() for t, _s, _e in tokens[1:])
    return all(_PLACE_ABBREVIATION.fullmatch(t) for t, _s, _e in tokens)


_PLACE_PREPOSITIONS = words("from of in near to")
"""Words before a place a region may follow ("from Sumter, South Carolina,";
"who moved to Leith, Fife,": the aside's place, stop 41 review)."""


def _region_tail(tokens: list[tuple[str, int, int]], at: int, end: int) -> bool:
    """ "from Sumter, South Carolina,": is the clause ``tokens[at:end+1]``
    one to three capitalised words naming the region of a place the clause
    before ends with (a capitalised word after "from/of/in/near")?"""
    if at < 2 or not 1 <= end + 1 - at <= 3:
        return False
    if not all(t[:1].isupper() for t, _s, _e in tokens[at : end + 1]):
        return False
    place = tokens[at - 1][0]
    if not (
        place.endswith(",")
        and place[:1].isupper()
        and _word(tokens[at - 2][0]) in _PLACE_PREPOSITIONS
        # ("In Leith, Scotland, in May, Tom Hale said": a month is when, no
        # place; the name after it is no region; stop 41.)
        and _word(place) not in MONTHS_AND_DAYS
    ):
        return False
    # The place's clause describes someone: it opens with a name ("Stacy
    # Lund of Columbia,") or an article ("a salesman from Sumter,"), not
    # with a preposition ("At a rally in Modesto, Sanders promised").
    opening = at - 2
    while opening > 0 and not _boundary(tokens[opening - 1][0]):
        opening -= 1
    lead = tokens[opening][0]
    word = _word(lead)
    if word in DETERMINERS:
        return True
    if word in _OPENERS or word in PREPOSITIONS or _aside_lead(lead):
        # "Clinton, during a town hall meeting in Columbus, Ohio, said",
        # "Hale, speaking in Leith, Fife, said", "Lind, who lives in Leith,
        # Fife, said": an aside after a name set off by commas, not a
        # sentence's opening.
        return _name_clause_before(tokens, opening) is not None
    return lead[:1].isupper()


def _aside_lead(token: str) -> bool:
    """Does a lower-case ``token`` open an aside that says what a name did
    or does, a participle or "who" ("speaking at a rally in Leith,", "who
    lost her boat in Leith,"), never who the name is?"""
    return _lower_participle(token) or (token[:1].islower() and _word(token) == "who")


def _name_clause_before(tokens: list[tuple[str, int, int]], at: int) -> int | None:
    """Where the clause before ``tokens[at]`` starts, when it is a short
    name and its comma ("Clinton,", "Tom Hale,"); else ``None``."""
    if at == 0 or not tokens[at - 1][0].endswith(","):
        return None
    name_end = at - 1
    name_at = name_end
    while name_at > 0 and not _boundary(tokens[name_at - 1][0]):
        name_at -= 1
    if name_end - name_at < 4 and all(
        t[:1].isupper() and _word(t) not in _OPENERS | PREPOSITIONS | _LEADING_CONJ
        for t, _s, _e in tokens[name_at : name_end + 1]
    ):
        return name_at
    return None


def _before_place_tails(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """ "Donna Rawlings, 59, of Ashton, Md., said": when the speech verb's
    clause is only an age or a place, the subject is the name the
    apposition follows; step back over such clauses (at most three) to a
    clause that opens with a capital. Else ``first`` unchanged. A region
    after a place ("Dean Lund, a salesman from Sumter, South Carolina,
    says") is such a clause too, and so is then the description before it,
    when a name opens the clause before that."""
    at, end = first, k
    if (
        at > 1
        and tokens[at - 1][0].endswith(",")
        and tokens[end][0].endswith(",")
        and time_phrase_start(tokens, end) == at
    ):
        # "Ada Lind, who lost her boat in Leith, Fife, in May, said": when
        # it happened, set off after the place; the place's clause next.
        end = at - 1
        at = end
        while at > 0 and not _boundary(tokens[at - 1][0]):
            at -= 1
        stepped = _before_place_tails(tokens, at, end)
        return first if stepped == at else stepped
    if 0 < end + 1 - at <= 3 and all(t[:1].isupper() for t, _s, _e in tokens[at : end + 1]):
        # "Michael Seaman, who lives outside the state capital, Sacramento,
        # said": the place names the noun the who-clause ends with; the
        # name before the who-clause speaks.
        clause = at - 1
        while clause > 0 and not _boundary(tokens[clause - 1][0]):
            clause -= 1
        if (
            clause < at - 1
            and _word(tokens[clause][0]) == "who"
            and tokens[at - 1][0][:1].islower()
        ):
            name_at = _name_clause_before(tokens, clause)
            if name_at is not None:
                return name_at
    for _ in range(3):
        region = _region_tail(tokens, at, end)
        if at == 0 or not (region or _place_tail(tokens[at : end + 1])):
            return first
        party = at == end and _PARTY_TAG.fullmatch(tokens[at][0]) is not None
        end = at - 1
        at = end
        while at > 0 and not _boundary(tokens[at - 1][0]):
            at -= 1
        if party and tokens[at][0][:1].islower() and tokens[end][0][:1].isupper():
            # "Ada Lind, speaking after Sen. Tom Hale, R-Maine, said": the
            # party is the name ending the aside's; the name before it speaks.
            name_at = _name_clause_before(tokens, at)
            return first if name_at is None else name_at
        if region and (
            _word(tokens[at][0]) in _OPENERS | PREPOSITIONS or _aside_lead(tokens[at][0])
        ):
            # "Clinton, during a meeting in Columbus, Ohio,", "Hale, speaking
            # in Leith, Fife,": the name before the aside.
            name_at = _name_clause_before(tokens, at)
            return first if name_at is None else name_at
        if (
            not region
            and _aside_lead(tokens[at][0])
            and end - at >= 2
            and _word(tokens[end - 1][0]) in _PLACE_PREPOSITIONS
            and tokens[end][0][:1].isupper()
        ):
            # "Hale, speaking at a rally in Leith, Md., said": the state's
            # abbreviation ends the aside's place; the name before it speaks.
            name_at = _name_clause_before(tokens, at)
            return first if name_at is None else name_at
        if region and at > 0 and _word(tokens[at][0]) in DETERMINERS:
            # "..., a salesman from Sumter,": the name before the description.
            name_end = at - 1
            name_at = name_end
            while name_at > 0 and not _boundary(tokens[name_at - 1][0]):
                name_at -= 1
            if name_end - name_at < 4 and all(
                t[:1].isupper() for t, _s, _e in tokens[name_at : name_end + 1]
            ):
                return name_at
            return first
        if tokens[at][0][:1].isupper() and not _place_tail(tokens[at : end + 1]):
            return at
    return first


_INTRODUCING = words("to with at for from by told asked about against of on in")


def _name_before_colon(
    text: str, tokens: list[tuple[str, int, int]], dashed: bool = False
) -> Phrase | None:
    """ "... doesn't surprise Republican pollster Daron Shaw: “…”",
    "Pollsters agree - Carl Bialik: “…”": a personal name (two to four
    capitalised words, not in capitals throughout) right before the colon,
    after lower-case words or a dash, introduces the quotation. Not a name
    after a preposition or "told" ("he said to Jane Doe:"). With ``dashed``,
    only a name after a dash (a digest's "Headline - Author:")."""
    last = len(tokens) - 1
    if last < 2 or not tokens[last][0].endswith(":"):
        return None
    k = last
    while k >= 0 and _NAME_WORD.fullmatch(tokens[k][0].rstrip(":")) and tokens[k][0][:1].isupper():
        k -= 1
    run = tokens[k + 1 :]
    if not 2 <= len(run) <= 4 or k < 0:
        return None
    if any(t.rstrip(":").isupper() and not INITIAL.fullmatch(t.rstrip(":")) for t, _s, _e in run):
        return None  # a headline in capitals, or an acronym (not a middle initial)
    before = tokens[k][0]
    dash = before in {"-", "\u2013", "\u2014"}
    if (dashed and not dash) or (not dash and not before[:1].islower()):
        return None
    if _word(before) in _INTRODUCING or _word(before) in DETERMINERS:
        return None
    if looks_like_organisation(" ".join(t for t, _s, _e in run)):
        return None
    return _make(text, run[0][1], run[-1][2] - 1, "before")


def _more_from(text: str, tokens: list[tuple[str, int, int]]) -> Phrase | None:
    """ "More from Tom Hale, speaking to reporters:", "More from Ada Lind:":
    a live-blog's lead-in with no verb of its own before a block quotation;
    the name after "from" (two to four capitalised words, ended by a comma
    or the colon) says the words, as after "Tom Hale, speaking ...:"."""
    if len(tokens) < 4 or _word(tokens[1][0]) != "from":
        return None
    k = 2
    while k < len(tokens) and k < 6:
        word = tokens[k][0]
        bare = word.rstrip(",:")
        if not (_NAME_WORD.fullmatch(bare) and bare[:1].isupper() and not bare.isupper()):
            return None
        if word != bare:
            break
        k += 1
    else:
        return None
    if (
        k < 3
        or tokens[k][0][-1] not in ",:"
        or looks_like_organisation(" ".join(t.rstrip(",:") for t, _s, _e in tokens[2 : k + 1]))
        or _region_after(tokens, k)
    ):
        return None
    return _make(text, tokens[2][1], tokens[k][2] - 1, "before")


def _region_after(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Do one or two capitalised words (not an acronym, "CEO") end the
    lead-in at its colon after the comma at ``tokens[k]`` ("More from Port
    Talbot, Wales:", "..., South Carolina:")? Then the words before the comma
    are a place and its region, no one who speaks."""
    rest = tokens[k + 1 :]
    return (
        tokens[k][0].endswith(",")
        and 1 <= len(rest) <= 2
        and rest[-1][0].endswith(":")
        and all(t[:1].isupper() and not t.rstrip(":").isupper() for t, _s, _e in rest)
    )


_NAME_PERIOD = re.compile(
    r"(?:[A-Z]\.){2,}|(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Gov|Lt|Col"
    r"|Capt|Maj|Sgt|Adm|Cmdr|Cpl|Rep|Rev|Prof|Supt|Det)\."
)
"""An initial, an abbreviated title ("Army Capt. Christian Pardo", "Rep.
Jim Jordan") or a dotted abbreviation ("the U.S. State Department said"):
its period ends no sentence."""


def _is_name_period(token: str) -> bool:
    return _NAME_PERIOD.fullmatch(token) is not None


_BE = words("is are was were")


def _closed_relative(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is the verb at ``n`` an infinitive inside a who-clause that closed
    before a form of "be" later in the sentence ("Republicans who refused to
    rule out a draft were “nuts”": "were" is the clause's verb, not "rule")?"""
    if n < 1 or _word(tokens[n - 1][0]) != "to":
        return False  # (only an infinitive: "who he said were" is his speech)
    opened = False
    for j in range(n - 1, -1, -1):
        word = _word(tokens[j][0])
        if word == "who":
            opened = True
            break
        if _boundary(tokens[j][0]) or word in {"that", "said", "says"}:
            break
    if not opened:
        return False
    return any(_word(t[0]) in _BE and not t[0].endswith(",") for t in tokens[n + 1 :])


def _replies(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` a verb of striking with "back" after it, a reply
    ("Hillary shot back, “…”", "Rubio fired back forcefully: “…”")? (Asked
    of each token :func:`before` reaches, not of the whole sentence first.)"""
    return (
        n + 1 < len(tokens)
        and _word(tokens[n + 1][0]) == "back"
        and _word(tokens[n][0]) in _STRUCK_BACK
    )


_ASIDE_OPENERS = PREPOSITIONS | words("like unlike such including as")
_POINT = words("point points pointed pointing")
_CONTINUE = words("continue continues continued continuing")


def _announces(rest: list[tuple[str, int, int]]) -> bool:
    """Are the words between a verb of saying and the marks only what points
    at them ("tweeted this:", "wrote the following:")? Then the verb's
    subject is before it, not after."""
    if not rest[-1][0].endswith(":"):
        return False
    return [_word(t[0]) for t in rest] in (["this"], ["these"], ["the", "following"])


def _continues_not_saying(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` "continue(s/d) to" before a verb that says nothing
    ("will continue to be", "continued to push")? "continued to insist",
    "continue to call for" still speak."""
    if _word(tokens[n][0]) not in _CONTINUE or n + 2 >= len(tokens):
        return False
    if _word(tokens[n + 1][0]) != "to":
        return False
    then = _word(tokens[n + 2][0])
    return then not in SPEECH_VERBS | ATTRIBUTING_VERBS | NAMING_VERBS


_IMPERSONAL_IT = frozenset({"it's", "it\u2019s"})
_IMPERSONAL_BE = words("is was be been seems seemed remains remained")
_IMPERSONAL_AUX = words("will would may might could can has have had not")


def _impersonal_infinitive(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` a verb of saying in "it is <adjective> to <verb>"
    (`it was too early to tell`, `it's fair to say`, `it would be hard to
    say whether`)? Its "it" stands for no one: the subject of a verb of
    saying earlier in the sentence says the marked words (`The harbour
    master said that it was too early to tell, and there was “no
    evidence”`), or no one does. "The board said it wanted to tell
    residents" keeps its "it", the board: no copula before the infinitive."""
    if n < 3 or _word(tokens[n - 1][0]) != "to":
        return False
    for k in range(n - 2, max(0, n - 6), -1):
        token = tokens[k][0]
        word = token.lower()
        if word in _IMPERSONAL_IT:
            return True
        if word in _IMPERSONAL_BE:
            j = k - 1
            while j >= 0 and tokens[j][0].lower() in _IMPERSONAL_AUX:
                j -= 1
            return j >= 0 and tokens[j][0].lower() == "it"
        if _boundary(token) or not token[:1].islower():
            return False
    return False


_SET_OFF_REACH = 5
_NAME_RUN = 4


def _name_then_participle(tokens: list[tuple[str, int, int]], n: int) -> int | None:
    """Where the name starts that stands right before the "-ing" form of a
    verb of saying at ``n``, a few words before the quotation's colon or
    comma, after "of" or a verb that shows or hears ("footage of Ada Lind
    asking, “…?”", "heard Tom Hale saying: “…”"): the participle's subject
    says the words. ``None`` otherwise."""
    if n < 2 or not _saying_before_marks(tokens, n):
        return None
    at = n
    while (
        at > 0
        and n - at < _NAME_RUN
        and tokens[at - 1][0][:1].isupper()
        and _NAME_WORD.fullmatch(tokens[at - 1][0])
    ):
        at -= 1
    if at == n or at == 0 or n - at < 2:
        return None  # (two words at least: a full name, not "Lind asking")
    if any(_POSSESSIVE_WORD.fullmatch(t[0]) for t in tokens[at:n]):
        return None  # "of Monday's Supreme Court ruling:": a noun, no one's verb
    lead = tokens[at - 1][0]
    if not lead[:1].islower() or not (lead == "of" or _word(lead) in _SHOWING):
        return None  # ("wrote to Tom Hale asking": the writer asks)
    return at


def _saying_set_off(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` the "-ing" form of a verb of saying set off by a
    comma after its clause, a few words before the quotation's colon or
    comma ("reached out to the board, writing in an email: “…”", "turned
    to the crowd, asking, “…”"), whose subject is the clause's (stop 46)?
    Asked before whole quotations only: "adding that “…”" before a partial
    one moved its clause and lost reported speech on PolNeAR. The forms
    :data:`SPEECH_VERBS` lists ("saying", "telling") are verbs there
    already."""
    if not tokens[n][0].endswith(("ing", "ing,", "ing:")) or n == 0:
        return False
    return tokens[n - 1][0].endswith(",") and _saying_before_marks(tokens, n)


def _saying_before_marks(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` the lower-case "-ing" form of a verb of saying
    (its stem, or the stem and an "e", in :data:`SPEECH_VERBS`: "asking",
    "writing") a few words before the colon or the comma that ends
    ``tokens``, right before the quotation's marks?"""
    token = tokens[n][0]
    if len(tokens) - n > _SET_OFF_REACH or tokens[-1][0][-1:] not in ",:":
        return False  # (the marks follow the participle's short phrase and its point)
    word = _word(token)
    if not word.endswith("ing") or not token[:1].islower():
        return False
    stem = word[:-3]
    return stem in SPEECH_VERBS or stem + "e" in SPEECH_VERBS


def _speaking_participle(token: str) -> bool:
    """Is this word the "-ing" form of a verb of saying, attributing or
    naming ("saying", "tweeting", "calling", "arguing", "quipping")?"""
    word = _word(token)
    if not word.endswith("ing") or not token[:1].islower():
        return False
    if word in SPEECH_VERBS or word in ATTRIBUTING_VERBS or word in NAMING_VERBS:
        return True
    stem = word[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "quipping"
    return stem in SPEECH_VERBS or stem + "e" in SPEECH_VERBS


def _with_speaking(text: str, tokens: list[tuple[str, int, int]]) -> Phrase | None:
    """The person named in the last "with Sen. Ada Lind calling it a “…”",
    "with Tom Hale tweeting that ...": an absolute phrase whose subject is
    the name after "with", and whose verb of saying (or naming) follows it.
    The sentence's subject before "with" says nothing of these words."""
    for n in range(len(tokens) - 1, 1, -1):
        if not _speaking_participle(tokens[n][0]):
            continue
        if tokens[n - 1][0][:1].islower() or _boundary(tokens[n - 1][0]):
            continue
        at = n - 1
        while at > 0 and n - at <= 6 and tokens[at][0] != "with":
            if _boundary(tokens[at][0]) or tokens[at][0].endswith(("'s", "\u2019s")):
                break
            at -= 1
        if tokens[at][0] != "with" or at == n - 1:
            continue
        run = tokens[at + 1 : n]
        if not all(_NAME_WORD.fullmatch(t) and t[:1].isupper() for t, _s, _e in run):
            continue
        return Phrase(run[0][1], run[-1][2], text[run[0][1] : run[-1][2]], "before", tokens[n][2])
    return None


def before(
    doc: Document, open_at: int, line_start: int, partial: bool, naming: bool = False
) -> Phrase | None:
    """A speaker phrase before an opening mark in the same sentence: the
    subject of the last speech verb (with ``naming``, of the last naming verb
    that has a subject of its own, :func:`.naming.names_actively`); a name
    speaking in a "with" phrase after that verb (:func:`_with_speaking`)."""
    if open_at > line_start and doc.scan[open_at - 1] == "\uff1a":
        # 他回忆说, a colon, 「…」: a Chinese verb of saying before the marks
        # (s44-lang2; one comparison at any other opening mark).
        said = chinese_said_before(doc.scan, open_at, line_start)
        if said is not None:
            start, end = said
            return Phrase(start, end, doc.scan[start:end], "before", open_at - 1)
    if partial and open_at > line_start and "\u4e00" <= doc.scan[open_at - 1] <= "\u9fff":
        # 张建国估计, a comma, 工程费用“…”: the Chinese clause's subject and verb
        # before a comma (s44-lang2; one comparison at other partials).
        said = chinese_clause_before(doc.scan, open_at, line_start)
        if said is not None:
            start, end = said
            # (the clause the marks stand in opens after the verb's comma)
            verb_end = doc.scan.find("\uff0c", end, open_at) + 1
            return Phrase(start, end, doc.scan[start:end], "before", verb_end)
    if not partial and doc.scan[open_at] in "「『":
        return _japanese_before(doc.scan, open_at, line_start)
    phrase = _before(doc, open_at, line_start, partial, naming)
    if naming or (phrase is not None and phrase.verb_end < 0):
        return phrase
    text = doc.scan
    # (Only a "with" after the verb found, or in a sentence with no verb of
    # saying, can hold the words' own speaker.)
    # Looked for in the sentence's reach only (sentence_start goes back
    # WINDOW at most): from the line's start it read the whole paragraph
    # for each quotation, the square of a long one (stop 43).
    since = phrase.verb_end if phrase is not None else line_start
    if text.find(" with ", max(since, open_at - WINDOW - 1), open_at) < 0:
        return phrase
    start = sentence_start(text, line_start, open_at)
    if phrase is not None and phrase.start < start:
        return phrase
    tokens = tokens_between(text, start, open_at)
    spoken = _with_speaking(text, tokens)
    if spoken is None and phrase is None:
        return _interviewed(text, tokens)
    if spoken is None or (phrase is not None and phrase.verb_end > spoken.verb_end):
        return phrase
    return spoken


_TALK_NOUNS = words("interview conversation")
"""Nouns of a talk whose other side is named after "with"."""


def _interviewed(text: str, tokens: list[tuple[str, int, int]]) -> Phrase | None:
    """The person in a sentence that opens with "In an interview with Tom
    Hale," and goes straight on to the marks, with no verb of saying: the
    one interviewed says the words (s37-left). A body or an outlet after
    "with" ("with the Gazette", "with CNN") is the one asking, never it;
    so is a person of an outlet ("with Harbour Radio's Tom Hale"). The
    name must be a person's the text writes again by surname alone ("Hale
    runs the pier"): an outlet's name looks like a person's ("with Vanity
    Fair", "with Rolling Stone") but is not written so (s37-revleft)."""
    if len(tokens) < 6 or tokens[0][0] not in ("In", "During") or not tokens[-1][0].endswith(","):
        return None
    at = next((i for i, t in enumerate(tokens[:5]) if t[0] == "with"), None)
    if at is None or at < 2 or _word(tokens[at - 1][0]) not in _TALK_NOUNS:
        return None
    run = [t for t, _s, _e in tokens[at + 1 :]]
    if not 2 <= len(run) <= 4 or any(
        not _NAME_WORD.fullmatch(t.rstrip(","))
        or not t[:1].isupper()
        or t.rstrip(",").isupper()
        or _word(t) in _ROLE_WORDS
        or POSSESSIVE_END.search(t.rstrip(",")) is not None
        for t in run
    ):
        return None
    if not _surname_again(text, [t.rstrip(",") for t in run]):
        return None
    first, last = tokens[at + 1], tokens[-1]
    return Phrase(first[1], last[2] - 1, text[first[1] : last[2] - 1], "before", last[2])


def interview_frame(text: str, line_start: int, pos: int) -> str | None:
    """The one interviewed when the sentence holding ``pos`` opens "In an
    interview with Tom Hale," (:func:`_interviewed`'s frame), whatever
    follows the comma: a pronoun subject of that sentence's attribution
    ("“…,” she promised", "she said “…”") can mean that person (s37-left4).
    ``None`` when the sentence opens otherwise or names an outlet."""
    start = sentence_start(text, line_start, pos)
    if not text.startswith(("In ", "During "), start):
        return None  # (the cheap test: most sentences open otherwise)
    comma = text.find(",", start, pos)
    if comma < 0:
        return None
    tokens = tokens_between(text, start, comma + 1)
    phrase = _interviewed(text, tokens)
    return phrase.text if phrase is not None else None


def _surname_again(text: str, run: list[str]) -> bool:
    """Does ``text`` write the surname of the name ``run`` alone somewhere,
    as a person is written again ("Hale said", "Hale, 54,")? The surname
    right after the run's word before it (the run itself, "Vanity Fair"
    again) is the whole name, which an outlet's is too. One scan of the
    text, only for a sentence this rule would give a speaker."""
    words_ = [w for w in run if _word(w) not in _NAME_SUFFIXES]
    if len(words_) < 2:
        return False
    surname, before_it = words_[-1], words_[-2]
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        ahead = text[max(0, m.start() - len(before_it) - 2) : m.start()].rstrip()
        if not ahead.endswith(before_it):
            return True
    return False


def _before(
    doc: Document, open_at: int, line_start: int, partial: bool, naming: bool = False
) -> Phrase | None:
    text = doc.scan
    end = open_at
    while end > line_start and text[end - 1] in " \u00a0\u202f":
        end -= 1
    if end <= line_start:
        return None
    if text[end - 1] in ".!?" and not partial:
        return None  # the sentence before ended: no attribution in it
    start = sentence_start(text, line_start, end)
    # Do not reach back over an earlier quotation in the same sentence.
    start = after_last_double(text, start, end)
    tokens = tokens_between(text, start, end)
    if not tokens:
        return None
    if text[end - 1] == ":" and not naming:
        # "Pollsters agree - Carl Bialik: “…”": the name signing the line,
        # not the subject of the verb in its headline.
        signed = _name_before_colon(text, tokens, dashed=True)
        if signed is not None:
            return signed
        if tokens[0][0] == "More":
            more = _more_from(text, tokens)
            if more is not None:
                return more
    for n in range(len(tokens) - 1, -1, -1):
        tok = tokens[n][0]
        saying = not naming and _saying_at(tokens, n, partial)
        set_off_only = not (naming or saying or partial) and _saying_set_off(tokens, n)
        if not (names_actively(tokens, n) if naming else saying or set_off_only):
            if not naming and not partial:
                name_at = _name_then_participle(tokens, n)
                if name_at is not None:
                    # "The ad shows Ada Lind asking, “…?”": the name right
                    # before the participle says it (stop 46).
                    phrase = _make(text, tokens[name_at][1], tokens[n - 1][2], "before")
                    if phrase is not None:
                        return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
            continue
        if _is_noun_here(tokens, n) or (n > 0 and tok[:1].isupper()):
            continue  # (a capital mid-sentence: "the United States")
        if not naming and _inside_according(tokens, n):
            continue  # "According to a new report by the Gazette,": no verb
        if n == 1 and tokens[0][0] == _KAK and not naming:
            continue  # "Как рассказал Громов, …": "as X told", the source after (s48-lang7)
        if not naming and _in_source_relative(tokens, n):
            continue  # "In the words of one pilot, who asked not to be named,": the source
        if not naming and _authored_by(tokens, n):
            continue  # "In a report written by Tom Hale,": who wrote it, no verb
        if _continues_not_saying(tokens, n):
            continue  # "Rubio will continue to be “…”": going on, not speaking
        if _impersonal_infinitive(tokens, n):
            continue  # "it was too early to tell, and ...": nobody says, look earlier
        if partial and n > 0 and _word(tokens[n - 1][0]) == "been" and tok.endswith("ed"):
            # "it concludes, in language that must have been argued over,
            # that …": a passive verb of saying names no speaker before it;
            # the verb the aside interrupts is earlier.
            continue
        if tok.endswith((",", ";")) and _word(tok) in _POINT:
            continue  # "repeated the same campaign points, calling him a “…”": a noun
        if _word(tok) in _GO and not (
            n == len(tokens) - 1 or _word(tokens[n + 1][0]) in {"on", "like"}
        ):
            continue  # "the song went from a dream to a demo" is no speech
        if _word(tok) in _GO and _time_clause_going_on(tokens, n):
            continue  # "As the meeting went on, Tom Hale stood by ...": time passing
        rel = n - 1
        while rel > 0 and _word(tokens[rel][0]) in _AUX:
            rel -= 1
        if rel > 0 and _word(tokens[rel][0]) in {"who", "what"} and verb_like(tokens[rel - 1][0]):
            return None  # "... learned who had written “…”": nobody named says it
        if partial and _closed_relative(tokens, n):
            continue  # "insisted that Republicans who refused to rule out ... were “nuts”"
        told = _told_to_speak(text, tokens, n)
        if told is not None:
            return told
        asker = asker_end(tokens, n) if not partial else None
        if asker is not None:
            # "Ada Lind was asked by host Tom Hale, “…?”": the question is the asker's.
            named = _make(text, tokens[n + 2][1], tokens[asker][2], "before")
            if named is not None:
                return Phrase(named.start, named.end, named.text, "before", tokens[n][2])
        rest = tokens[n + 1 :]
        by_at = n - 1
        if (
            n > 2
            and _word(tokens[n - 1][0]) in _BY_ADVERBS
            and _word(tokens[n - 2][0]) in _BY_DOING
        ):
            by_at = n - 2  # "responded by first saying"
        if n > 1 and _participle(tok) and _word(tokens[by_at][0]) in _BY_DOING:
            # "Tom Hale responded by saying “…”": the subject of the verb the
            # participle's phrase hangs from, not the clause up to "by".
            opening_at = by_at
            while opening_at > 0 and not _boundary(tokens[opening_at - 1][0]):
                opening_at -= 1
            subject = _leading_subject(tokens[opening_at:by_at]) if opening_at < by_at else None
            if subject is not None:
                phrase = _subject(text, tokens[opening_at : opening_at + subject], "before")
                if phrase is not None:
                    return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
            elif opening_at < by_at:
                # "Bush, channeling his roots, responded by saying “…”": the
                # name before a participle phrase set off by commas.
                name_tokens = _name_before_participle(tokens, opening_at)
                if name_tokens is not None:
                    phrase = _subject(text, name_tokens, "before")
                    if phrase is not None:
                        return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if n > 0 and _participle(tok) and _boundary(tokens[n - 1][0]):
            # "X weighed in, telling Cook, “…”": the subject of the main clause.
            phrase = _participle_subject(text, tokens[:n], "before")
            if phrase is None and set_off_only:
                # ("The board wrote to Ada Lind, Tom Hale's deputy, asking:":
                # a participle read by its comma alone whose clause gives no
                # subject leaves the verb before it to say who; stop 46's
                # second reading.)
                continue
            if phrase is None:
                return None
            return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if partial and n > 0 and tokens[n - 1][0].endswith(",") and _is_verb(tok):
            # "The paradox of the plan, says Ann Holt, the harbour master, is
            # that it was “…”": the attribution set off inside the sentence
            # names the speaker after its verb.
            set_off = n + 1
            while set_off < len(tokens) and not _boundary(tokens[set_off][0]):
                set_off += 1
            aside = tokens[n + 1 : set_off + 1]
            size = _bare_name(aside) if set_off < len(tokens) - 1 else None
            if size is not None and aside[-1][0].endswith(","):
                phrase = _make(text, aside[0][1], aside[size - 1][2], "before")
                if phrase is not None:
                    return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if (
            not partial
            and n > 0
            and _boundary(tokens[n - 1][0])
            and _word(tok) not in _TOLD
            and 0 < len(rest) <= 10
            and (_word(rest[0][0]) in DETERMINERS or any(t[0][:1].isupper() for t in rest))
            and not _announces(rest)
        ):
            # "..., asks Policy Options editor Jennifer Ditchburn, “…”"
            return _verb_first(text, tokens, n, end)
        # The subject: back to the clause start (a comma or the sentence start).
        k = n - 1
        when = time_phrase_start(tokens, k)
        if (
            0 < when <= k
            and not _boundary(tokens[when - 1][0])
            and not tokens[when - 1][0][:1].islower()
        ):
            k = when - 1  # "Ada Lind earlier this month said": Ada Lind
        while naming and k > 0 and _word(tokens[k][0]) in TIME_WORDS:
            k -= 1  # "Rempel earlier this week called": Rempel
        if rel > 0 and _word(tokens[rel][0]) == "who" and rel <= k:
            # (rel < k: only auxiliaries stand between, "Ada Lind, who has
            # called it “…”", as "who called it"; s38-who.)
            k = rel - 1  # "including a career officer who described": the officer
            if tokens[k][0].endswith(","):
                named = _who_antecedent(text, tokens, k)
                if named is not None:
                    return Phrase(named.start, named.end, named.text, "before", tokens[n][2])
        if k > 0 and _adverb_at(tokens, k):
            k -= 1
        if k < 0:
            if _puts_it(tokens, n):
                continue  # "put it" with no subject before it: "it" is no speaker
            if _opening_phrase(tokens, n):
                # "Asked about the vote, Tom Hale called it “…”": a phrase
                # set off before the clause, whose own verb says who speaks.
                continue
            # "Said X: “…”" (verb first) — the phrase follows the verb.
            return _verb_first(text, tokens, n, end)
        first = k
        while first > 0 and (not _boundary(tokens[first - 1][0]) or _suffix(tokens[first][0])):
            first -= 1  # (", Inc.," and ", D.C.," end no clause)
        if (
            0 < first < k
            and _word(tokens[first][0]) == "or"
            and tokens[first - 1][0].endswith(",")
            and tokens[k][0].endswith(",")
        ):
            # "A spokesman, or perhaps Ada Lind, said": an "or" set off
            # after the subject offers someone else; the subject is the
            # clause before it (names.split_speaker leaves the aside out;
            # review of stop 36).
            first -= 1
            while first > 0 and not _boundary(tokens[first - 1][0]):
                first -= 1
        if (
            first < n - 2 == k - 1
            and _word(tok) in _NEVER_NOUNS
            and _word(tokens[k - 1][0]) in _QUANTIFIERS
            and _word(tokens[k - 2][0]) in _SAID_FORMS | {"that"}
        ):
            first = k - 1  # "Lind said (that) many residents told her": the residents
        if (
            0 < first <= k < first + 8
            and tokens[k][0].endswith(",")
            and (
                (
                    k < first + 3
                    and " ".join(_word(t[0]) for t in tokens[first : k + 1]) in _PARENTHETICALS
                )
                or medium_aside([_word(t[0]) for t in tokens[first : k + 1]])
            )
        ):
            # "Kelly Ayotte's campaign, for example, said": the clause
            # before the aside is the subject ("His office, for example,
            # said" stays the person in focus: the office is theirs).
            before_aside = first - 1
            while before_aside > 0 and not _boundary(tokens[before_aside - 1][0]):
                before_aside -= 1
            if _word(tokens[before_aside][0]) not in _POSSESSIVE_PRONOUNS:
                k = first - 1
                first = before_aside
        elif 0 < first < k < first + 8 and tokens[k][0].endswith(",") and _of_them(tokens, first):
            # "His critics in the town, many of them fishermen, argue": the
            # aside says who the noun phrase before it holds; that phrase is
            # the subject (stop 46).
            before_aside = first - 1
            while before_aside > 0 and not _boundary(tokens[before_aside - 1][0]):
                before_aside -= 1
            k = first - 1
            first = before_aside
        relative = _relative_opener(tokens, first, k)
        who = None
        if (
            first < k - 1
            and _participle(tok)
            and _word(tokens[k][0]) == "on"
            and _word(tokens[k - 1][0]) in _GOES_ON
        ):
            k -= 1  # "Fans kept on saying": "on" goes with the aspect verb
        if (
            first == k
            and tokens[k][0][:1].isupper()
            and _participle(tok)
            and _word(tokens[k][0]) in _BARE_GOES_ON
        ):
            # "Start saying “yes”", "…: Keep telling them": the aspect verb
            # opens its clause in the imperative; no subject, and no name.
            # (Not "Keeps saying", a headline's verb whose subject is elided.)
            continue
        if first < k and _participle(tok) and _word(tokens[k][0]) in _GOES_ON:
            # "Fans who watch the show keep saying": "keep" is the clause's
            # verb and the showing verb the who-clause's; the subject is the
            # noun before "who" (not "the show", which no one hears saying it).
            who = next((j for j in range(first + 1, k) if _word(tokens[j][0]) == "who"), None)
            inner = None if who is None else _inner_subject(tokens, who, k)
            if inner is not None:
                # "Commuters who asked him why he kept saying", "who heard the
                # skipper keep saying": a clause inside the who-clause, whose
                # own subject keeps saying it.
                first, k = inner, k - 1
            elif who is not None:
                k = who - 1
                that = [j for j in range(first, k) if _word(tokens[j][0]) == "that"]
                if that:
                    first = that[-1] + 1  # "told me that people who watch": people
                if _word(tokens[first][0]) not in _RELATIVE_OPENERS:
                    first = _object_start(tokens, first, k)
            else:
                # "Fans keep saying", "Tom Hale kept insisting": the aspect
                # verb (and "will", "have" before it) is the clause's verb.
                k -= 1
        if relative is None and who is None and _participle(tok):
            relative = _shown_speaking(tokens, first, k)
            if relative is not None and _quoted_as(tokens, relative, k):
                # "The Times quoted the mayor as saying": the words are the
                # mayor's, whom the paper quotes; "as" is no part of them.
                k -= 1
            elif relative is not None and _word(tokens[relative - 1][0]) in _QUOTING:
                # "An early post quoted the mayor as saying": the post is
                # what quotes (and is cited), a noun phrase.
                if relative - 2 >= first:
                    k = relative - 2
                relative = None
        if relative is not None:
            first = relative  # "the letter in which Tom Berg said": Tom Berg
        elif (
            _word(tokens[first][0]) in {"who", "which", "that"}
            and first < k
            and (tokens[first + 1][0][:1].isupper() or tokens[first + 1][0] in CLAUSE_SUBJECTS)
        ):
            # "which Infrastructure Canada said": the name after; "which he
            # described as": the pronoun after, the clause's own subject (not
            # the main clause's, which an aside may hide; s43-left3).
            first += 1
        elif (_word(tokens[first][0]) in {"who", "which", "whose"} and first > 0) or (
            _participle_aside_after_description(tokens, first, k)
        ):
            # "Reagan Ruslim, who joined the board, said": the name before;
            # "Another man, standing by the tape, said": the description
            # before a participle's aside (s44-rev5).
            first -= 1
            while first > 0 and not _boundary(tokens[first - 1][0]):
                first -= 1
            k = first
            while k + 1 < n and not tokens[k][0].endswith(","):
                k += 1
            if (
                k + 1 < n
                and _word(tokens[k + 1][0]) == "which"
                and _word(tokens[k + 2][0]) not in PASSIVE_AUXILIARIES
            ):
                # (Not "the arrest, which was described as “…”": a passive's
                # subject is what is spoken of, not who speaks.)
                first = _which_antecedent(tokens, first, k)
            first, k = _past_inversion(tokens, first, k)
        else:
            # "A board member who asked not to be named said": the noun
            # before the relative clause (no commas) is the subject.
            who = next(
                (
                    w
                    for w in range(first + 1, min(k + 1, first + 5))
                    if _word(tokens[w][0]) == "who"
                ),
                None,
            )
            if (
                who is not None
                and _word(tokens[first][0]) in DETERMINERS
                and all(t[0].isalpha() and t[0].islower() for t in tokens[first + 1 : who])
                and _word(tokens[who - 1][0]) not in PREPOSITIONS
            ):
                k = who - 1
        if (
            first + 1 <= k
            and _is_verb(tokens[first][0])
            and tokens[first][0][:1].islower()
            and _word(tokens[first + 1][0]) == "it"
            and all(_word(t[0]) in _AUX for t in tokens[first + 2 : k + 1])
        ):
            # "Obama ... said it would tell a story “…”": "it" (the museum)
            # tells nothing; the words are the reporting verb's subject's.
            continue
        clause_first = first  # (the verb's own clause, for the description chain below)
        noun_at = _before_past_participle(tokens, first, k)
        if noun_at is None and tokens[k][0].endswith(","):
            # (The same in French, Italian and Portuguese: "Le dernier
            # rapport, commandé en 2019, relevait « … »"; stop 43.)
            noun_at = press_noun_before_aside([t[0] for t in tokens], first, k, text)
        if noun_at is None and first > 1 and tokens[first - 1][0].endswith(","):
            # ("El informe ..., al que ha tenido acceso este periódico,
            # recomienda": the noun phrase before the relative clause; stop 43.)
            before = press_subject_before_relative([t[0] for t in tokens], first, text)
            if before is not None:
                phrase = _subject(text, tokens[before[0] : before[1]], "before")
                if phrase is not None:
                    return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if noun_at is not None:
            # "The survey, completed in October, recommended": the noun
            # phrase before the participle's aside is the subject.
            phrase = _subject(text, tokens[noun_at:first], "before")
            if phrase is not None:
                return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if first > 0 and _word(tokens[first][0]) in DETERMINERS:
            # "Richard Shelby, the chairman of ..., said": the name before.
            stop = _past_age(tokens, first)  # "Ramil Carr, 31, a ... photographer,"
            prev = stop - 1
            while prev > 0 and (
                not _boundary(tokens[prev - 1][0]) or tokens[prev][0].rstrip(",") in _DEGREES
            ):
                prev -= 1  # (past a degree: "Ada Lind, MD, the clinic's director,")
            placed = stop
            while 0 < prev < stop and _place_tail(tokens[prev:stop]):
                # "in San Bernardino, Calif., a familiar voice": a state's
                # abbreviation is where the clause before it is, no name.
                stop = prev
                prev = stop - 1
                while prev > 0 and not _boundary(tokens[prev - 1][0]):
                    prev -= 1
            # ("The committee heard from Clara Voss, the union's organiser,
            # who said": the one heard from, named after the preposition;
            # only before a "who": "In an email provided to Ada Lind, the
            # officer said" is the officer's.)
            if any(_word(t[0]) == "who" for t in tokens[stop:n]):
                prev += _met_name_start(tokens[prev:stop])
            # (The name ends at the comma: "Back then, the owner said" is no name.)
            if (
                tokens[stop - 1][0][:1].isupper()
                and stop - prev <= 6
                and (
                    _word(tokens[prev][0]) not in _OPENERS | PREPOSITIONS
                    or (placed == stop and not _talk_frame(tokens[prev:stop]))
                )
                and not _participle_opening(tokens[prev:stop])
                and not _as_participle(tokens[prev:stop])
            ):
                first = prev
        elif first > 0 and _nameless(tokens[first : k + 1]):
            # "Steve Menet, Senior Vice President of Sales for Dräger, says":
            # the description names no one; the name is the part before it.
            prev = first - 1
            while prev > 0 and not _boundary(tokens[prev - 1][0]):
                prev -= 1
            while prev < first - 1 and _word(tokens[prev][0]) in _LEADING_CONJ:
                prev += 1  # "but General Mark Milley, chairman of ..., told"
            if _region_tail(tokens, prev, first - 1):
                # "Ada Lind, who lost her boat in Leith, Fife, in May, said":
                # the region before the time aside is where, no name (the
                # place tails below step back to the name).
                pass
            elif _name_only(tokens[prev:first]) or (
                # "Fiorina, speaking to Iowans, said": one name before a
                # participle phrase set off by commas.
                prev == first - 1
                and (
                    _participle(tokens[first][0])
                    or _word(tokens[first][0]) in _ASIDE_LEADS | _ASKED_LEADS
                )
                and tokens[first][0][:1].islower()
                and _one_name(tokens[prev][0])
            ):
                # ("Hale, after the vote, wrote": an aside opening with a
                # preposition or a conjunction of time, the same.)
                if (
                    _word(tokens[first][0]) in _CIRCUMSTANCE_LEADS | _ASKED_LEADS
                    and tokens[first][0][:1].islower()
                ):
                    # (It says when or where, not who Hale is: no role; stop-35
                    # review. "Hale, of the port board," stays her role.)
                    phrase = _subject(text, tokens[prev:first], "before")
                    if phrase is not None:
                        return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
                first = prev
        named = _name_before_descriptions(text, tokens, clause_first, k)
        if named is not None:
            return Phrase(named.start, named.end, named.text, "before", tokens[n][2])
        first = _before_place_tails(tokens, first, k)
        if (
            k - first > 14
            and not (
                k - first <= 30 and tokens[k][0].endswith(",") and _name_apposition(tokens[first:k])
            )
            and not _modified_noun_phrase(tokens, first, k)
        ):
            # (Not a name and its long description set off by commas: "James
            # Zogby, a Sanders superdelegate from ... and the president of
            # ..., said" keeps the name.)
            first = k - 14
        if naming:
            for w in range(k - 1, first - 1, -1):
                if _word(tokens[w][0]) in RELATIVES:
                    first = w + 1  # "the territory of what he called": he
                    break
        for m in range(k - 1, first - 1, -1):
            if _word(tokens[m + 1][0]) == "that" and (
                _is_verb(tokens[m][0]) or _heard_then(tokens, m)
            ):
                # "Pompeo said that after talks Washington had concluded",
                # "The court heard (yesterday) that Ross had shouted": the
                # reported clause's subject, not the reporting one.
                first = m + 2
                break
            if (
                _word(tokens[m][0]) in _HEARD
                and tokens[m][0].islower()
                and tokens[m + 1][0][:1].isupper()
            ):
                # "The court heard Ross had shouted": the same, "that" left out.
                first = m + 1
                break
            if m > first and _said_pronoun(tokens, m, k):
                # "Tom Hale said he had told his players to “…”": the
                # pronoun subject of the clause "said" reports is the one
                # who said it, the subject of "said" (no "he" to resolve,
                # and no "Tom Hale said he" as a description).
                k = m - 1
                break
        for m in range(k - 1, first - 1, -1):
            if _word(tokens[m][0]) in _SUBORDINATORS:
                # "Trouble was on display when Lepp again wrote": the name
                # right before the speech verb is its clause's subject.
                if _name_then_verb(tokens, m + 1, n):
                    first = m + 1
                break
            if _word(tokens[m][0]) == "that" and (
                _name_then_verb(tokens, m + 1, n) or _result_clause(tokens, first, m)
            ):
                # "The rain was so heavy that Joe Fenn said", "the plan that
                # Joe Fenn called": the clause "that" opens has its own
                # subject, the name right before the verb (or, after "so
                # heavy", "such a storm", whatever stands there); stop 46.
                first = m + 1
                break
        if first < k and _word(tokens[first][0]) in TIME_WORDS:
            # "Yesterday Ada Lind and Tom Hale said", "On Monday the mayor
            # said": when it was said opens the clause; the subject follows.
            first = _after_opening_time(tokens, first, k)
        sender = _sender_before_to(tokens, k) if first > 0 else None
        if sender is not None:
            # "An email from Ada Lind, the engineer, to Tom Hale, described":
            # the one it is from, not the one it went to (stop 43).
            phrase = _subject(text, tokens[sender[0] : sender[1]], "before")
            if phrase is not None:
                return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if first <= k and _word(tokens[first][0]) in _OPENERS | PREPOSITIONS:
            run = _names_run_start(tokens, first, k)
            if run - 2 > first and tokens[run - 1][0] == "of" and tokens[run - 2][0][:1].isupper():
                # "as Joel Pollak of Breitbart California observed": the
                # person, with where they work.
                at = run - 2
                while at > first and tokens[at - 1][0][:1].isupper():
                    at -= 1
                if at > first:
                    run = at
            if tokens[run][0][:1].isupper() and run > first:
                first = run  # "after legal advice Washington": Washington
            elif tokens[first][0] in _FRONTING:
                # "In closing submissions the Traders' Association said", "In
                # my surgery on Friday a young father said to me": where it
                # was said opens the clause, the description after it is
                # the subject (stop 47).
                first = _after_fronted_phrase(tokens, first, k)
        shared = _shared_subject(tokens, k) if first == k and _word(tokens[k][0]) == "and" else None
        if shared is not None:
            # "Voss grew up above the bait shop, and says she spent ...": the
            # verb shares the subject that opens the sentence (second review
            # of stop 40); the clause is after "says", not after "grew".
            first, k = 0, shared
        while first <= k and _word(tokens[first][0]) in _LEADING_CONJ | {"including"}:
            first += 1
        if first > k:
            return None
        if (
            first < k
            and _word(tokens[k][0]) == "then"
            and k - first <= 5
            and (
                all(t[0][:1].isupper() for t in tokens[first:k])
                or (k - first == 1 and _word(tokens[first][0]) in PRONOUNS)
            )
        ):
            # "Wallace then asked": after a bare name (or a pronoun) "then" is
            # an adverb, not a second clause's joiner; the name is the subject.
            k -= 1
        if _used_to(tokens, first, k):
            k -= 2  # "as my old supervisor, Tom Reyes, used to tell me:"
        contact = _contact_clause(tokens, first, k)
        if contact is not None:
            # "The woman I spoke to said": the noun the clause hangs from.
            k = contact - 1
        elif first < k and _word(tokens[k][0]) in _COORDINATORS:
            # "The Board reviewed the lighting and said ...", "X turned to
            # Twitter to describe ...": the subject of the first clause says it.
            opening = _leading_subject(tokens[first:k])
            if opening is None:
                # Reported speech whose subject lies out of reach: a speech
                # verb with no speaker phrase, never the clause as a "role".
                at = tokens[n][1]
                return Phrase(at, at, "", "before", tokens[n][2])
            k = first + opening - 1
        if _noun_after_possessive(tokens, first, n):
            return None
        first = _after_greek_article(tokens, first, k)
        phrase = _subject(text, tokens[first : k + 1], "before")
        if phrase is None:
            return None
        return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
    if text[end - 1] == ":":
        named = _name_before_colon(text, tokens)
        if named is not None:
            return named
        # "Martell is more blunt: “…”": the sentence's subject, if a name.
        lead = tokens[0][0]
        if (
            _word(lead) in _OPENERS | PREPOSITIONS | _OPENING_WORDS
            or (lead.endswith(",") and _word(lead) in _OPENING_ADVERBS)
        ) and _word(lead) != "according":
            # "As if addressing him directly, the Illinois Board of Elections
            # was conclusive in its findings: “…”": the subject after the
            # opening phrase's comma, not its first word.
            comma = next((j for j, t in enumerate(tokens[:-1]) if t[0].endswith(",")), None)
            if comma is None:
                return None
            tail = comma + 1
            while tail < len(tokens) - 1 and not _boundary(tokens[tail][0]):
                tail += 1
            if tail < len(tokens) - 1 and _place_tail(tokens[comma + 1 : tail + 1]):
                comma = tail  # "In the hours after ... in Harbourton, Calif., a voice"
            after_opening = tokens[comma + 1 :]
            opening = _leading_subject(after_opening)
            if opening is None:
                return None
            return _subject(text, after_opening[:opening], "before")
        if _word(lead) in _INTERJECTIONS:
            return None  # "Wait, it gets better: “…”": no one is named
        if lead[:1].isupper() and _word(lead) not in _LEADING_CONJ | {"according"}:
            k = 0
            while k + 1 < len(tokens) and tokens[k + 1][0][:1].isupper():
                k += 1
            if _word(lead) in PRONOUNS:
                return _subject(text, tokens[:1], "before")
            if k == 0 and _word(lead) in DETERMINERS:
                # "The union's statement was short: “…”", "A report by the
                # board found: “…”": an article is no name; the noun phrase
                # it opens, up to its verb, is the subject.
                opening = _leading_subject(tokens)
                if opening is None and _verb_at_colon(tokens):
                    # "A report by the harbour board found: “…”": the noun
                    # phrase before the verb the colon ends (not its article:
                    # "A", stop 39's list).
                    opening = len(tokens) - 1
                if opening is None:
                    # "A report by the board, published Monday, found: “…”":
                    # the same past a participle's aside (s40-asked).
                    opening = _noun_before_aside_at_colon(tokens)
                if opening is not None:
                    return _subject(text, tokens[:opening], "before")
                if len(tokens) <= _LABEL_WORDS and not any(
                    _boundary(t) for t, _s, _e in tokens[:-1]
                ):
                    # "A report by the board: “…”", "The union's statement:
                    # “…”": no verb, so the whole noun phrase up to the colon
                    # is the subject, not its article (the third review).
                    return _subject(text, tokens, "before")
            if k + 1 < len(tokens) and all(
                _POSSESSIVE_WORD.fullmatch(t) for t, _s, _e in tokens[k : k + 2]
            ):
                # "Ada Lind's son's reply was short: “…”": the owner of the
                # reply is the son, the name's possessive only says whose
                # son (the third review, stop 39; :func:`_make` cuts the
                # last "'s").
                return _make(text, tokens[0][1], tokens[k + 1][2], "before")
            if not _modifies_noun(tokens, k) and not _modifies_plural(tokens, k):
                return _make(text, tokens[0][1], tokens[k][2], "before")
            if k == 0 and len(tokens) <= 3 and all(t.rstrip(":").isalpha() for t, _s, _e in tokens):
                # "Harbour master: “…”", a headline's label: the colon ends
                # the noun phrase the capital opens, a description with no
                # verb, not a name of its first word (the battery, stop 39).
                return _make(text, tokens[0][1], tokens[-1][2], "before")
            # "Governance lassitude was on display when Musk took to Twitter
            # with this: “…”": the capital opens a noun phrase; the one who
            # speaks is the named subject of the last clause.
            return _clause_subject(text, tokens)
    said = said_source(text, tokens) if tokens[0][0] in SAID_OPENERS else None
    if said is not None:
        # "En palabras de X, …", "Volgens X is …" (s49-lang8: the module's doc)
        phrase = _make(text, said[0], said[1], "before")
        return phrase and Phrase(phrase.start, phrase.end, phrase.text, "before", said[2])
    for n in range(len(tokens) - 2):
        if (
            0 < n <= _SOURCE_BEFORE_WORDS
            and _word(tokens[n][0]) in ACCORDING_AFTER
            and tokens[0][0][:1].isupper()
        ):
            # "Szűcs Attila polgármester szerint a döntés „…”": the
            # Hungarian "according to" after its source, the sentence's
            # opening words (stop 46).
            phrase = _make(text, tokens[0][1], tokens[n - 1][2], "before")
            if phrase is None:
                return None
            return Phrase(phrase.start, phrase.end, phrase.text, "before", tokens[n][2])
        if _word(tokens[n][0]) in ACCORDING_ITSELF:
            # "Szerinte a … feltételek „…”": "according to him" in one word,
            # the source itself, read as "Selon lui" is (stop 45).
            start2 = tokens[n][1]
            stop = start2 + len(tokens[n][0].rstrip(",;:"))
            clause = stop + 1 if text.startswith(",", stop) else stop
            return Phrase(start2, stop, text[start2:stop], "before", clause)
        at = _source_after(tokens, n, text)
        if at > 0:
            # "According to Haley, the threats were an “innovation”": the
            # reported clause starts after the comma.
            start2 = tokens[at][1]
            if _word(tokens[at][0]) in ACCORDING_PRONOUNS:
                # "Według niego fale …", "Selon lui, les vagues …": the
                # pronoun alone is the source (Polish sets no comma).
                stop = start2 + len(tokens[at][0].rstrip(",;:"))
                clause = stop + 1 if text.startswith(",", stop) else stop
                return Phrase(start2, stop, text[start2:stop], "before", clause)
            if n == 0 and tokens[0][0] == "Laut":
                # "Laut Lindner prüft die Stadt „…“", "Laut dem Ministerium
                # des Landes ist …": German sets no comma; the source is its
                # capitalised words (s48-lang7).
                last = _laut_source_end(tokens, at)
                stop = tokens[last][1] + len(tokens[last][0].rstrip(",;:"))
                phrase = _make(text, start2, stop, "before")
                if phrase is None:
                    return None
                verb = last + 1
                while verb < len(tokens) and (
                    tokens[verb][0] in _GERMAN_ARTICLES or tokens[verb][0][:1].isupper()
                ):
                    verb += 1  # (past the genitive: "des Landes")
                clause = tokens[verb][1] if verb < len(tokens) else tokens[last][2]
                return Phrase(phrase.start, phrase.end, phrase.text, "before", clause)
            comma = text.find(",", start2, end)
            stop = comma if comma >= 0 else _phrase_end(text, start2, end)
            if comma >= 0 and _word(tokens[at - 1][0]) in _ACCORDING_ONE_WORD:
                # "Selon Ada Lind, directrice du port, « … »": the role set
                # off after the name is the source's, not the clause's.
                role_end = role_after_source(text, comma + 1, end)
                if role_end >= 0:
                    stop = comma = role_end
            phrase = _make(text, start2, stop, "before")
            if phrase is None:
                return None
            clause = comma + 1 if comma >= 0 else -1
            return Phrase(phrase.start, phrase.end, phrase.text, "before", clause)
    return None


_SOURCE_BEFORE_WORDS = 4
"""The most words of a source before a postposition of "according to"
(a name, its office: "Szűcs Attila polgármester szerint")."""

_ACCORDING_ONE_WORD = words(
    "selon según secondo segundo według pour volgens enligt podle ifølge"
    " conforme d'après d\u2019après"
)
""""According to" in one word, in French, Spanish, Italian, Portuguese and
Polish ("Selon Ada Lind, « … »"): the source's name follows, or a pronoun
(:data:`.press_languages.ACCORDING_PRONOUNS`: "Selon lui", stop 43). The
French "Pour"
only where it opens its sentence ("Pour Ben Ross, la grève a coûté « … »":
in his view); elsewhere it is "for". Dutch "volgens", Swedish "enligt",
Czech "podle" too ("Volgens hem …", "Enligt honom …", "Podle něj …"; stop 44).
The French "D'après" and the Portuguese "Conforme" from s49-lang8 ("D'après
Olivier Texier, …"; "Conforme a Agência …" with its article, as "Segundo")."""


def _pour_office(tokens: list[tuple[str, int, int]], text: str) -> int:
    """Where the source starts in a sentence opening "Pour" (in the view
    of) and its first words ``tokens``: a capitalised name ("Pour Ben Ross,
    …", read so before); an office with its article whose holder is set off
    by commas after it ("Pour la présidente de l'association, Nadia
    Belkacem, il s'agit d'« … »": the name); an article and one noun that
    the text writes elsewhere before a capitalised name ("Pour le maire,
    la traversée reste « … »" after "Le maire, Bernard Rousseau,": the
    office, its holder found as for any office; s48-lang7). Else 0: "Pour
    la première fois, …", "Pour la plupart des habitants, …" ("for")."""
    first = tokens[1][0]
    if first[:1].isupper() or _word(first) in ACCORDING_PRONOUNS:
        return 1
    if not _articled_source(first):
        return 0
    comma = next((k for k, t in enumerate(tokens[:_POUR_ROLE]) if t[0].endswith(",")), 0)
    if comma < 2:
        return 0
    name = comma + 1
    k = name
    while k < len(tokens) and k - name < 3 and tokens[k][0][:1].isupper():
        if tokens[k][0].endswith(","):
            return name if k > name else 0
        k += 1
    noun = tokens[2][0].rstrip(",") if comma == 2 and first in ROMANCE_ARTICLES else ""
    if not noun or not (noun.isalpha() and noun.islower()):
        return 0
    return 1 if _written_before_name(text, noun) else 0


def _written_before_name(text: str, noun: str) -> bool:
    """Does ``text`` write the word ``noun`` (any case) before a name: a
    capitalised word right after it ("le maire Bernard Rousseau"), or after
    the comma that ends its phrase ("Le maire, Bernard Rousseau", "Le maire
    de Port-Envel, Bernard Quéré"; :data:`_HOLDER_REACH_POUR` characters at
    most, no sentence's end between)?"""
    lowered = text.lower()
    at = lowered.find(noun)
    while at >= 0:
        end = at + len(noun)
        if (at == 0 or not text[at - 1].isalpha()) and text[end : end + 1] in (",", " "):
            if text[end + 1 : end + 2].isupper():
                return True
            comma = text.find(", ", end, end + _HOLDER_REACH_POUR)
            if comma >= 0 and "." not in text[end:comma] and text[comma + 2 : comma + 3].isupper():
                return True
        at = lowered.find(noun, end)
    return False


_HOLDER_REACH_POUR = 40


_POUR_ROLE = 10
"""The most words of an office after "Pour" and its article, to its comma."""


_GERMAN_ARTICLES = words("dem der den des")
"""The German articles of a source after "Laut" (dative) and of its
genitive ("Laut dem Ministerium des Landes")."""


def _laut_source_end(tokens: list[tuple[str, int, int]], at: int) -> int:
    """The last token of the source that opens at ``tokens[at]`` after the
    German "Laut": its article of :data:`_GERMAN_ARTICLES` perhaps, then
    capitalised words, to the verb (German sets no comma there) or to a
    genitive's article ("Laut dem Ministerium des Landes": the ministry;
    every German noun is capitalised, so the genitive's would read as a
    name)."""
    last = at
    k = at + 1 if tokens[at][0] in _GERMAN_ARTICLES and at + 1 < len(tokens) else at
    while k < len(tokens):
        word = tokens[k][0]
        if not word[:1].isupper():
            break
        last = k
        if word.endswith((",", ";", ":")):
            break
        k += 1
    return last


_ACCORDING_ARTICLED = words("selon según secondo segundo conforme")
"""The Romance one-word "according to" that takes a source with its article
("Según la Junta", "Secondo l'azienda"); the French "pour" is "for" there
("Pour la plupart, …")."""


def _articled_source(token: str) -> bool:
    """Is ``token`` a Romance definite article, or a word that the elided one
    opens ("l'Agence", "l’azienda")?"""
    if token in ROMANCE_ARTICLES:
        return True
    return token[:2] in ("l'", "l\u2019", "L'", "L\u2019") and token[2:3].isalpha()


_POSSESSIVE_WORD = re.compile(r"[A-Za-z][\w-]*['\u2019]s")
"""One word in the possessive ("Lind's", "son’s")."""

_LABEL_WORDS = 6
"""The most words an article's noun phrase before a colon has when it is
a speaker's label with no verb ("A report by the harbour board:")."""


def _source_after(tokens: list[tuple[str, int, int]], n: int, text: str = "") -> int:
    """Where the source's name starts when ``tokens[n]`` opens "according
    to" or "in the words of" (both give the source, and its clause after a
    comma, with no verb: the battery, stop 39), else 0."""
    word = _word(tokens[n][0])
    if n == 0 and tokens[0][0] == "Pour" and len(tokens) > 3:
        return _pour_office(tokens, text)
    if (
        n == 0
        and tokens[0][0] == _KAK
        and len(tokens) > 2
        and _is_saying(_word(tokens[1][0]), True)
        and tokens[2][0][:1].isupper()
    ):
        # "Как рассказал Громов, новый паром обещают «…»" (as Gromov told):
        # the Russian "as X said" opening its sentence gives the source and
        # its clause after the comma, as "По словам" does (s48-lang7).
        return n + 2
    if word == "according" and _word(tokens[n + 1][0]) == "to":
        return n + 2
    if word in IN_WORDS_OF:
        # "По словам Беловой, … «…»" ("in the words of"), the Ukrainian too.
        return russian_in_words_of(word, [_word(t[0]) for t in tokens[n + 1 : n + 3]], n)
    if ACCORDING_TWO_WORDS.get(word) == _word(tokens[n + 1][0]) and n + 3 < len(tokens):
        # "Σύμφωνα με τον ίδιο, … «…»": the source after the article.
        return n + 3 if _word(tokens[n + 2][0]) in ACCORDING_ARTICLES else n + 2
    if word in _ACCORDING_ONE_WORD and (
        tokens[n + 1][0][:1].isupper() or _word(tokens[n + 1][0]) in ACCORDING_PRONOUNS
    ):
        if word == "pour" and (n > 0 or tokens[n][0] != "Pour"):
            return 0  # "pour" is "for" but where it opens its sentence
        return n + 1  # "Selon Ada Lind, « … »"
    if n == 0 and tokens[0][0] == "Laut" and len(tokens) > 2:
        # "Laut Lindner …", "Laut dem Ministerium …": the German "according
        # to" where it opens its sentence, a capital or an article after it
        # ("laut" in the sentence is "loud" as often; s48-lang7).
        following = tokens[n + 1][0]
        if following in _GERMAN_ARTICLES or following[:1].isupper():
            return n + 1
        return 0
    if word in _ACCORDING_ARTICLED and n + 2 < len(tokens) and _articled_source(tokens[n + 1][0]):
        # "Según la Junta, …", "Selon l'Agence régionale de santé, …",
        # "Segundo a autarquia, …": the source after its article, a body or
        # a description (s47-lang6).
        return n + 1
    if (
        word == "in"
        and n + 4 < len(tokens)
        and [_word(t[0]) for t in tokens[n + 1 : n + 4]] == ["the", "words", "of"]
    ):
        return n + 4
    return 0


_INTERJECTIONS = words("wait yes well oh ah look listen okay ok hey alas wow")
"""Words that open a sentence as an exclamation, never as its subject."""
_BY_ADVERBS = words("first then also again simply only")
_BY_DOING = words("by after before while without since upon")
"""Words before a participle of saying that make it a phrase hanging from
another verb ("responded by saying", "before insisting")."""
_OPENING_WORDS = words("without despite unlike like amid among because unless until whether")
"""Words opening a phrase before a sentence's subject, besides :data:`_OPENERS`
and the prepositions ("Without saying so, the board was blunt:")."""
_OPENING_ADVERBS = words(
    "outside inside later earlier afterwards meanwhile elsewhere overall still however instead"
)
"""Adverbs set off by a comma before a sentence's subject ("Outside,
protesters were blunt:"): capitalised there, never a name (s40-asked)."""
_COORDINATORS = words("and but then to")


_STRANDED = words("to with")


def _contact_clause(tokens: list[tuple[str, int, int]], first: int, k: int) -> int | None:
    """Where the pronoun of a relative clause with no "who" starts, in a
    subject ``tokens[first : k + 1]`` that ends with its stranded
    preposition: "The woman I spoke to said", "the man we dealt with told
    us" (a determiner, lower-case nouns, a pronoun, a verb, "to"/"with");
    the noun before the pronoun is who speaks, and "to" no second verb's
    joiner (stop 43, s43-left). ``None`` for any other subject."""
    if k - first < 3 or _word(tokens[k][0]) not in _STRANDED:
        return None
    pronoun = k - 2
    if (
        _word(tokens[pronoun][0]) not in CLAUSE_SUBJECTS
        or _word(tokens[first][0]) not in DETERMINERS
        or not tokens[k - 1][0].isalpha()
        or not tokens[k - 1][0].islower()
    ):
        return None
    nouns = tokens[first + 1 : pronoun]
    if not nouns or not all(t[0].isalpha() and t[0].islower() for t in nouns):
        return None
    return pronoun


_VERB_LIKE = words(
    """
    is are was were has have had will would can could did does do went made took gave
    got held met ran sent set put kept left found said told began became brought
    bought built thought saw won lost paid spent
    """
)


def _shared_subject(tokens: list[tuple[str, int, int]], and_at: int) -> int | None:
    """The last token of the subject a verb after ", and" (token ``and_at``)
    shares with the clause that opens the sentence ("Voss grew up above the
    bait shop, and says"): a pronoun or a name, up to four capitalised
    words before a lowercase one. ``None`` when the sentence opens
    otherwise: a phrase set off ("Last week,"), a second comma, or a
    description ("The pier closed in May, and says ..." names no one who
    speaks)."""
    if and_at < 2 or not tokens[and_at - 1][0].endswith(","):
        return None
    if any(_boundary(t[0]) for t in tokens[: and_at - 1]):
        return None  # (one clause only before the comma)
    head = tokens[0][0]
    if _word(head) in PRONOUNS:
        return 0
    if not head[:1].isupper() or _word(head) in _OPENERS | PREPOSITIONS | DETERMINERS:
        return None
    j = 0
    while j + 1 < and_at - 1 and j < 3 and tokens[j + 1][0][:1].isupper():
        j += 1
    nxt = tokens[j + 1][0]
    return j if nxt.isalpha() and nxt.islower() and _word(nxt) not in PREPOSITIONS else None


def _verb_at_colon(tokens: list[tuple[str, int, int]]) -> bool:
    """Do ``tokens`` (an article first) end in a verb and its colon ("A
    report by the harbour board found:"), with no boundary in the noun
    phrase before it and at most eight words there?"""
    if not 2 < len(tokens) <= 10 or not _verb_and_colon(tokens[-1][0]):
        return False
    return not any(_boundary(t) for t, _s, _e in tokens[:-1])


def _verb_and_colon(token: str) -> bool:
    """Is ``token`` a verb, or "found"/"finds", with its colon ("found:",
    "said:"): the verb a colon-ended lead-in closes with (:func:`_verb_at_colon`,
    :func:`_noun_before_aside_at_colon`)?"""
    return token.endswith(":") and (verb_like(token[:-1]) or token[:-1] in _FINDS)


def sign_holders(text: str, line_start: int, sign_at: int) -> Phrase | None:
    """Who holds the sign whose noun opens at ``sign_at`` ("Protesters
    carried banners that said “…”", "Outside, protesters held signs
    reading: “…”"): the subject of the clause the sign is the object of,
    a short noun phrase before its verb, past an opening word and its comma.
    ``None`` when the clause opens no such subject. A sign's words are
    those who carry it, not the last person named (s40-asked)."""
    tokens = tokens_between(text, sentence_start(text, line_start, sign_at), sign_at)
    opening = next((j for j, t in enumerate(tokens) if _boundary(t[0])), -1)
    if opening >= 2:
        return None  # (one opening word only: "Outside,", "Later,")
    subject = tokens[opening + 1 :]
    size = _leading_subject(subject)
    if size is None or not size < len(subject) <= size + 3:
        # (A subject with no verb before the sign: "One placard reads", the
        # pronoun the whole clause before the noun.)
        return None
    if _word(subject[size][0]) not in _HOLD:
        # (The sign the object of the subject's verb of holding: not "Tom
        # Hale pointed to banners that said", whose words are not his.)
        return None
    return _subject(text, subject[:size], "before")


_HOLD = words("held hold holds carried carry carries waved wave waves wore wear wears raised")
"""Verbs of carrying a sign: its words are its carriers'."""


def _noun_before_aside_at_colon(tokens: list[tuple[str, int, int]]) -> int | None:
    """How many tokens the noun phrase holds when ``tokens`` (an article
    first) are a noun phrase, a past participle's aside set off by commas
    and a verb with its colon ("A report by the board, published Monday,
    found:"), else ``None``. Only when the colon ends the aside's verb:
    asked only where the noun phrase found no verb of its own."""
    if not 4 < len(tokens) <= 16 or tokens[-2][0][-1:] != "," or not _verb_and_colon(tokens[-1][0]):
        return None
    comma = next((j for j, t in enumerate(tokens[:-2]) if _boundary(t[0])), None)
    if comma is None or not 1 <= comma <= 8 or not tokens[comma][0].endswith(","):
        return None
    lead = tokens[comma + 1][0]
    if not (lead.isalpha() and lead.islower() and lead.endswith(("ed", "en"))):
        return None
    if any(_boundary(t[0]) for t in tokens[comma + 1 : -2]):
        return None  # (one aside only)
    return comma + 1


def _used_to(tokens: list[tuple[str, int, int]], first: int, k: int) -> bool:
    """Do the words before the verb end in "used to" after a subject ("as my
    old supervisor, Tom Reyes, used to tell me: “…”")? "used to" says how
    often, like an auxiliary: the subject is before it, not a first clause
    joined by "to" ("X turned to Twitter to describe"; s42-rev2: no speaker
    was found)."""
    return (
        first < k - 2
        and tokens[k][0] == "to"
        and tokens[k - 1][0] == "used"
        and tokens[k - 2][0][:1].isupper()
    )


def _names_run_start(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """Where the capitalised run ending at ``tokens[k]`` starts, after
    ``first`` (an opener, "after legal advice Washington"); two names joined
    by one "and" are one run ("As Hale and Voss put it": both, as an
    author-year citation names a paper's two authors; s42-rev2 gave Voss
    alone)."""
    run = k
    while run > first and tokens[run - 1][0][:1].isupper():
        run -= 1
    if (
        run - 2 > first
        and run <= k
        and tokens[run - 1][0] == "and"
        and tokens[run - 2][0][:1].isupper()
        and not tokens[run - 2][0].endswith(",")
    ):
        run -= 2
        while run > first and tokens[run - 1][0][:1].isupper():
            run -= 1
    return run


_GREEK_ARTICLES_INSIDE = frozenset(("\u03bf", "\u03b7"))
"""The Greek articles omicron and eta (escaped) in lower case: inside a
sentence they open the subject's name ("Χθες", yesterday, the article, then
"Γιώργος Παππάς χαρακτήρισε": he called)."""


def _after_greek_article(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """Where the subject ``tokens[first : k + 1]`` starts: after a Greek
    article in lower case inside it when capitalised words alone follow it
    (the words before are an adverb, a time: "Χθες"; s45-final-lang), else
    ``first``."""
    for i in range(k - 1, first, -1):
        if tokens[i][0] in _GREEK_ARTICLES_INSIDE:
            if all(t[0][:1].isupper() for t in tokens[i + 1 : k + 1]):
                return i + 1
            break
    return first


def _leading_subject(tokens: list[tuple[str, int, int]]) -> int | None:
    """How many tokens open ``tokens`` as the subject of a clause: a pronoun,
    or up to eight words before the first verb ("The Maritime Safety Board
    reviewed", "the ministry studied", "Harbour master Eva Kask went").
    ``None`` when no verb ends a short subject."""
    if not tokens:
        return None
    first = _word(tokens[0][0])
    if first in PRONOUNS:
        return 1
    j = 1 if first in DETERMINERS else 0
    start = j
    opened = _opened_pronoun(tokens, start)
    if opened is not None:
        return opened

    def verb_at(i: int) -> bool:
        token = tokens[i][0]
        if verb_like(token):
            return True
        # Else only a lower-case word right after a name's capitalised one.
        if not (
            i > start and tokens[i - 1][0][:1].isupper() and token.isalpha() and token.islower()
        ):
            return False
        word = _word(token)
        if (
            i + 1 < len(tokens)
            and _word(tokens[i + 1][0]) in _NOUN_DETERMINERS
            and word not in _NO_VERB_BEFORE_NOUN
        ):
            # "Ada Lind of Eastgate cut her target price and wrote": a word
            # between a name and an article or a possessive is its verb (a
            # past like "cut", "put", "set" has no ending to know it by;
            # stop 41).
            return True
        # "The Embassy in Tallinn keeps": a present tense after a name.
        return (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ers", "ors", "ists", "ians"))
        )

    if start and first in _NOUN_DETERMINERS and len(tokens) > 2 and not _boundary(tokens[1][0]):
        # "The report was short:", "A report by the board found:": the
        # word after an article or a possessive is its noun, never the
        # verb ("report", "statement" are verbs elsewhere; s40-asked).
        j = 2
    while j < len(tokens) and j - start < 8 and not verb_at(j):
        if _boundary(tokens[j][0]):
            return None  # "Last week, ...": not a plain subject
        j += 1
    if j == start or j >= len(tokens) or not verb_at(j):
        return None
    return j


def _opened_pronoun(tokens: list[tuple[str, int, int]], start: int) -> int | None:
    """How many tokens open ``tokens`` up to a subject pronoun that a phrase
    with no verb stands before, the pronoun's verb right after it ("Halfway
    up the hill he leaned", "Every other Sunday she drove": the phrase says
    when or where, the pronoun is the subject; the capitalised word opening
    the sentence is no name). At least three words before it, all but the
    first in lower case and none a verb; ``None`` otherwise."""
    for p in range(start + 3, min(len(tokens) - 1, start + 8)):
        token = tokens[p][0]
        if token in _SUBJECT_PRONOUNS or token == "I":
            if not verb_like(tokens[p + 1][0]):
                return None
            between = tokens[start + 1 : p]
            if all(t.isalpha() and t.islower() and not verb_like(t) for t, _s, _e in between):
                return p + 1
            return None
        if _boundary(token):
            return None
    return None


_NOUN_DETERMINERS = ARTICLES | words("his her its their our my")
"""Determiners a noun always follows (not "this" or "that": "That said")."""
_NO_VERB_BEFORE_NOUN = PREPOSITIONS | _COORDINATORS | DETERMINERS
"""Words between a name and a noun's determiner that are no verb ("Ada Lind
of the board", "Tom Hale and his wife"): :func:`_leading_subject`."""


def _modifies_noun(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Is the capitalised word ``tokens[k]`` (one word, opening the
    sentence) a noun's modifier ("Governance lassitude was ...") or an
    opening phrase ("Moving forward, ...") rather than a name ("Martell is",
    "Martell, the ...")?"""
    if k != 0 or len(tokens) < 2:
        return False
    lead, follower = tokens[0][0], tokens[1][0].rstrip(",:")
    if not lead.isalpha() or _boundary(lead):
        return False
    word = _word(follower)
    return (
        follower.isalpha()
        and follower.islower()
        and not verb_like(follower)
        and word not in _TRAILING_ADVERBS
        and not (len(word) > 3 and word.endswith("s"))
    )


_MODIFIED_PLURAL_VERBS = words("are were have had")


def _modifies_plural(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Is the capitalised run ``tokens[:k + 1]`` opening the sentence the
    modifier of a plural noun of things, the subject of a plural verb
    ("Ashton City Council meetings are rarely calm:")? The meetings are
    not the council (s37-left2). A plural of people ("Harbour Board
    officials were blunt:") speaks for the body, as before."""
    if k + 2 >= len(tokens) or _word(tokens[k + 2][0]) not in _MODIFIED_PLURAL_VERBS:
        return False
    noun = tokens[k + 1][0]
    return (
        noun.isalpha()
        and noun.islower()
        and len(noun) > 3
        and noun.endswith("s")
        and PLURAL_PEOPLE.fullmatch(noun) is None
    )


_TOLD = words("told tells tell telling informed assured reminded warned")
"""Verbs whose object is the one spoken to: "…, told Newsweek:" is no
inverted "…, says Jane Doe"."""
_CONCESSIVE = words("although though because unless whereas if while")
_TIME_CLAUSE = words("after before until since")
"""Conjunctions that open a clause of time after the marks ("a judge
ordered “…” after the man had posted ..."): its verb is the clause's own,
never an inverted attribution of the marks (stop 41)."""
_OTHER_CLAUSE = _CONCESSIVE | _TIME_CLAUSE
"""Words after the marks that open a clause of the sentence's own."""
_NAME_SUFFIXES = words("inc ltd llc corp co plc ag gmbh jr sr d.c")
_DEGREES = frozenset({"MD", "M.D.", "PhD", "Ph.D.", "DDS", "RN"})
"""A degree written after a name and its comma ("Ada Lind, MD, said"), as
the text capitalises it ("Md." is a state)."""


def _suffix(token: str) -> bool:
    """Does ``token`` end a name rather than a clause (", Inc.,", ", Jr.,",
    ", MD,")?"""
    return _word(token) in _NAME_SUFFIXES or token.rstrip(",") in _DEGREES


_RESPONSE_NOUNS = words(
    "response reply answer retort reaction verdict comment message words "
    "shout shouts cry cries chant chants"
)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'\u2019.](?=[^\W\d_]))*\.?")
_SUBORDINATORS = words("when while as after before because since although though")


_AGE = re.compile(r"\d{1,3},")


def _past_age(tokens: list[tuple[str, int, int]], first: int) -> int:
    """Where the name before a description ends: before an age set off by
    commas ("Ramil Carr, 31, a ... photographer"), else at ``first``."""
    if first > 1 and _AGE.fullmatch(tokens[first - 1][0]) and _boundary(tokens[first - 2][0]):
        return first - 1
    return first


def _relative_opener(tokens: list[tuple[str, int, int]], first: int, k: int) -> int | None:
    """Where the subject of a relative clause starts when one opens inside
    ``tokens[first:k + 1]`` ("the letter in which Tom Berg", "the hall
    where the mayor"): after a preposition's "which" or "whom", or after
    "where"; ``None`` when none does (or nothing follows it)."""
    for w in range(k - 1, first, -1):
        word = _word(tokens[w][0])
        if word == "where" or (
            word in {"which", "whom"} and _word(tokens[w - 1][0]) in PREPOSITIONS
        ):
            return w + 1
    return None


_SHOWING = words(
    """
    show shows showed shown see sees saw hear hears heard watch watches watched film films
    filmed capture captures captured record records recorded depict depicts depicted catch
    catches caught quote quotes quoted feature features featured cite cites cited
    """
)
"""Verbs whose object is shown or heard doing something ("The video shows
residents saying", "Neighbours heard the captain shouting")."""
_QUOTING = words("quote quotes quoted feature features featured cite cites cited")
"""Of :data:`_SHOWING`, the verbs whose subject carries the words and is
cited for them ("An early post quoted the mayor as saying", "Another
featured five photos telling"): the label is the subject."""

_QUOTING_AS = _QUOTING | words("record records recorded")
"""The verbs whose object, with "as" before the participle, is who said the
words (:func:`_quoted_as`): those of :data:`_QUOTING`, and "record" as the
minutes of a meeting do ("The minutes record Ms. Vale as saying “…”": was the
name "Vale as"; stop 42). Without "as" a recording shows its object saying
("The camera recorded the mayor saying “…”": the mayor, as before)."""


_GOES_ON = words(
    "keep keeps kept continue continues continued start starts started begin begins began "
    "stop stops stopped"
)
"""Verbs before a participle of saying that are the clause's own verb ("Fans
who watch the show keep saying": the fans keep saying it)."""


def _inner_subject(tokens: list[tuple[str, int, int]], who: int, k: int) -> int | None:
    """Where the subject of the aspect verb at ``k`` starts when the verb is
    in a clause inside the who-clause at ``who``, not the sentence's own:
    after a word that opens a clause ("who asked him why he kept saying":
    he; "who know that he keeps saying": he), or after a verb of perceiving
    in the past with the verb bare ("who heard the skipper keep saying": the
    skipper; a sentence verb would be "kept"). ``None`` for "Fans who watch
    the show keep saying" (the fans: both in the present, the sentence's
    verb and the who-clause's)."""
    for j in range(k - 1, who, -1):
        word = _word(tokens[j][0])
        if word in _OPENS_CLAUSE:
            return j + 1 if j + 1 < k else None
        if word in _SUBJECT_PRONOUNS:
            return j
        if word in _PERCEIVES and _word(tokens[k][0]) in _BARE_GOES_ON:
            return j + 1 if j + 1 < k else None
    if _word(tokens[k - 1][0]) in _MODALS and who + 2 < k - 1:
        # "Fans who say the mayor should stop saying": the words between
        # the who-clause's verb and the modal are the subject (the mayor).
        return who + 2
    return None


def _object_start(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """Where the noun phrase ending at ``k`` (before a "who") starts when a
    verb in the past comes before it in the clause: "Tom Hale thanked
    residents who kept saying" gives the residents, the verb's object (and
    "heard from residents" the residents after the preposition). ``first``
    when no such verb stands there ("Fans who", "The retired teachers who":
    a word after a determiner describes the noun)."""
    for j in range(k - 1, first, -1):
        word = tokens[j][0]
        if (verb_like(word) or _word(word) in _PERCEIVES) and _word(
            tokens[j - 1][0]
        ) not in DETERMINERS:
            at = j + 1
            while at < k and _word(tokens[at][0]) in PREPOSITIONS:
                at += 1
            return at
    return first


def _after_opening_time(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """Where the subject starts after a time phrase opening the clause at
    ``first`` ("Yesterday", "On Monday", "Last week", "Earlier this month"),
    read by :func:`time_phrase_start`; ``first`` when the words there are no
    time phrase, or no subject follows it (a capital or a determiner)."""
    # (A word stands in for what came before, which the reader needs.)
    spans = [("", 0, 0), *tokens[first : min(k, first + 5)]]
    for end in range(len(spans) - 1, 0, -1):
        if time_phrase_start(spans, end) != 1:
            continue
        if any(not t[0].isalnum() for t in spans[1 : end + 1]):
            return first  # "Yesterday's vote", "On Monday, …"
        at = first + end
        if _word(tokens[at][0]) in DETERMINERS - _DEMONSTRATIVES:
            return at  # ("Later that day": the time phrase goes on)
        if not tokens[at][0][:1].isupper():
            return first
        run = at
        while run <= k and tokens[run][0][:1].isupper() and not tokens[run][0].endswith(","):
            if tokens[run][0].endswith(("'s", "\u2019s")):
                return first  # "Tonight Show's Ada Lind": the capitals own her
            run += 1
        if run > k or tokens[run][0].endswith(",") or _word(tokens[run][0]) in _AFTER_NAME:
            return at  # "Yesterday Tom Hale said", "… Tom Hale of the Trust"
        return first  # "Today Show host Ada Lind": the capital names a programme
    return first


_FRONTING = frozenset(("In", "At", "During", "Under", "Outside", "Inside", "Throughout"))
"""Capitalised prepositions that open a phrase of place or occasion before
a clause's subject (stop 47)."""
_FRONTED_WORDS = 6
"""The most words of the fronted phrase before the subject's determiner."""


def _after_fronted_phrase(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """Where the subject starts after a phrase of place or occasion with no
    comma opening the clause at ``first`` ("In closing submissions the
    Traders' Association said", "In my surgery on Friday a young father
    said to me", "At the hearing the judge said"): at the last article or
    possessive after a noun of the phrase (not right after the
    preposition, nor after another preposition: "In evidence to the inquiry
    the board"), when no comma, mark or verb stands in the phrase and a
    word follows it before the verb at ``k``; ``first`` otherwise (s46-rev12
    showed "In my surgery on Friday a young father" whole)."""
    found = first
    for j in range(first + 2, min(k, first + 2 + _FRONTED_WORDS)):
        token = tokens[j - 1][0]
        if not _PLAIN_WORD.fullmatch(token) or (j - 1 > first and verb_like(token)):
            break  # a comma, a mark, a verb: the phrase ends before
        if tokens[j][0] in _NOUN_DETERMINERS and _word(token) not in PREPOSITIONS | DETERMINERS:
            found = j  # (the last: "In towns the size of ours the board")
    return found


_PLAIN_WORD = re.compile(r"[\w'\u2019-]+")

_DEMONSTRATIVES = words("this that these those")
_RELATIVE_OPENERS = words("who which that")
"""(A clause opening with one of them is a relative clause set off after a
name: "Ada Lind, who met residents who kept saying": left as it was read.)"""
_AFTER_NAME = PREPOSITIONS | words("and or")
"""Words that may follow a name in a subject ("Tom Hale of the Harbour
Trust", "Ada Lind and Tom Hale")."""


_OPENS_CLAUSE = words("why how that whether if when where what because")
_SUBJECT_PRONOUNS = words("he she they i we")
_HEARD = words("heard learned learnt")
"""Verbs of being told ("The court heard that Ross had shouted"): the
clause after their "that" is reported, its subject the speaker."""
_WHEN_HEARD = MONTHS_AND_DAYS | words("on last this yesterday today earlier week month morning")
"""Words of a time set between "heard" and its "that" ("heard yesterday
that", "heard last week that", "heard on Monday that")."""


def _heard_then(tokens: list[tuple[str, int, int]], m: int) -> bool:
    """Is ``tokens[m]`` a verb of :data:`_HEARD`, or the end of up to three
    time words right after one ("The court heard last week that")?"""
    j = m
    while j > 0 and m - j < 3 and _word(tokens[j][0]) in _WHEN_HEARD:
        j -= 1
    return _word(tokens[j][0]) in _HEARD


_PERCEIVES = words("heard saw watched noticed")
_BARE_GOES_ON = words("keep continue start begin stop")
_MODALS = words("will would can could should must might may")
"""(Words that put the aspect verb in a clause inside a who-clause, for
:func:`_inner_subject`.)"""


_NOUN_BEFORE = words("the a an this that these those his her its their our my your")
"""Words after which a showing word is a noun ("the show", "a record"); not
"Another featured", whose "another" is the subject."""


def _shown_speaking(tokens: list[tuple[str, int, int]], first: int, k: int) -> int | None:
    """Where the object of a showing verb starts when a participle of saying
    follows it ("The video shows residents saying": residents, never the
    clause with its verb); ``None`` without such a verb in
    ``tokens[first:k]``."""
    for v in range(k - 1, first - 1, -1):
        token = tokens[v][0]
        if _word(token) in _SHOWING and token[:1].islower():
            before_it = _word(tokens[v - 1][0]) if v > first else ""
            if before_it in _NOUN_BEFORE:
                continue  # "the show", "a record": a noun, not the verb
            return v + 1
    return None


def _nameless(tokens: list[tuple[str, int, int]]) -> bool:
    """Is this clause a description with no name of its own ("head of sales
    at Dräger", "Senior Vice President of Sales for Dräger, Inc.")?"""
    if not tokens:
        return False
    if ends_in_office([token.rstrip(",") for token, _s, _e in tokens]):
        # "Ada Lind, Harbour Council Chair, told": the capitals before the
        # office are its body, not a name.
        return True
    parts = split_speaker(
        " ".join(token for token, _s, _e in tokens if _word(token) not in _NAME_SUFFIXES)
    )
    return parts.name is None and parts.pronoun is None


_ASIDE_LEADS = _OPENERS | PREPOSITIONS | words("before despite")
"""Words that open an aside set off by commas after a name ("Hale, after
the vote, wrote"), as a participle does ("Fiorina, speaking to Iowans,")."""
_CIRCUMSTANCE_LEADS = (_OPENERS - {"as"}) | words("before despite")
"""Of :data:`_ASIDE_LEADS`, those whose aside says when, where or despite
what ("Hale, after the vote,"), not who the name is ("Hale, of the board,")."""
_ASKED_LEADS = words("asked pressed questioned")
"""Past participles that open an aside saying what the name was asked
("Hale, asked about wages, said"): the occasion of the answer, never who
the name is, and never the one who speaks (second review of stop 40)."""
_PARENTHETICALS = frozenset(
    [
        "for example",
        "for instance",
        "however",
        "meanwhile",
        "too",
        "in turn",
        "in response",
        "in contrast",
        "by contrast",
        "though",
        "in fact",
        "of course",
        "likewise",
        "instead",
        "also",
        "for her part",
        "for his part",
        "for its part",
        "for their part",
        "in a statement",
        "in an interview",
        "in a tweet",
    ]
)
"""Asides set off by commas between a subject and its verb of saying."""
_POSSESSIVE_PRONOUNS = words("his her their its my our your")
_SAYING_NOUNS = words(
    "answer reply comment claim note joke promise pledge demand charge report remark "
    "post tweet shout cry quip boast vow counter point rule"
)
"""Bare forms of verbs of saying that are also nouns ("my answer", "her
reply"): after a possessive and the phrase's adjectives, the noun it heads."""


def _noun_after_possessive(tokens: list[tuple[str, int, int]], first: int, n: int) -> bool:
    """Is the "verb" at ``n`` the noun of a phrase opened by a possessive
    pronoun ("My tentative answer, following Voss, is that we should stop
    treating “decline” ...")? Only a bare form that is also a noun, after the
    possessive and lower-case words none of which ends in "s" (a plural
    subject takes the bare verb: "Their lawyers answer"), with no comma
    between: the phrase is what was said, and names no speaker (s42-rev2:
    "My tentative" was shown as the speaker)."""
    if n <= first or _word(tokens[first][0]) not in _POSSESSIVE_PRONOUNS:
        return False
    if tokens[n][0].rstrip(",:;") not in _SAYING_NOUNS:
        return False
    between = tokens[first + 1 : n]
    return all(t.islower() and t.isalpha() and not t.endswith("s") for t, _s, _e in between)


_STRUCK_BACK = words("shot shoots fired fires hit hits struck strikes snapped snaps")


def _one_name(token: str) -> bool:
    """Is a token one capitalised name and its comma ("Fiorina,"), not an
    opener, a month or a day ("Yesterday,", "Monday,")?"""
    word = _word(token)
    return (
        token.endswith(",")
        and token[:1].isupper()
        and _NAME_WORD.fullmatch(token.rstrip(",")) is not None
        and word not in _OPENERS | PREPOSITIONS | _LEADING_CONJ | MONTHS_AND_DAYS
        and word not in {"yesterday", "today", "tomorrow", "still", "however", "instead"}
    )


def _said_pronoun(tokens: list[tuple[str, int, int]], m: int, k: int) -> bool:
    """Does a past verb of saying at ``m`` open a reported clause whose
    subject is a pronoun before the clause's verb at ``k + 1`` ("Tom Hale
    said he had told ...", "The Harbour Authority said it had asked ...":
    stop 41), with only auxiliaries and adverbs between the pronoun and that
    verb (not "she would like Trump to explain", whose verb is Trump's)?"""
    return (
        m + 1 < k
        and tokens[m][0] in _SAID_FORMS
        and (_word(tokens[m + 1][0]) in _SUBJECT_PRONOUNS or tokens[m + 1][0] == "it")
        and all(
            _word(t[0]) in _AUX or (t[0].endswith(ADVERBS_SUFFIX) and t[0].isalpha())
            for t in tokens[m + 2 : k + 1]
        )
    )


_AGENT_WORDS = words("by with")
"""Words after which a participle's aside names who did it, or did it too
("led by Terry Sullivan", "written with Tom Hale"): someone who may speak."""


def _before_past_participle(tokens: list[tuple[str, int, int]], first: int, k: int) -> int | None:
    """Where the noun phrase opens when the clause ``tokens[first:k + 1]``
    before the verb is a past participle's aside set off by commas after a
    short lower-case noun phrase with an article ("The survey, completed in
    October, recommended"): the aside says what the subject is, the phrase
    before it is the subject. ``None`` otherwise (a name before the aside,
    "Hale, asked about it, said", is read elsewhere; a name in it, "The
    aides, led by Terry Sullivan, told", may be the one who speaks)."""
    if first < 2 or first >= k or not tokens[k][0].endswith(","):
        return None
    lead = tokens[first][0]
    if not (lead[:1].islower() and lead.isalpha() and lead.endswith(("ed", "en"))):
        return None
    prev = first - 1
    if not tokens[prev][0].endswith(","):
        return None
    aside = tokens[first : k + 1]
    if (
        any(_word(t[0]) in _AGENT_WORDS for t in aside)
        and any(t[0][:1].isupper() and _word(t[0]) not in MONTHS_AND_DAYS for t in aside)
        and not (
            _word(tokens[prev][0]) in _FOUND_IN
            and lead in _ORDERED
            and _word(tokens[first + 1][0]) == "by"
        )
    ):
        # "The aides, led by Terry Sullivan, told": the one named may speak;
        # not "The survey, commissioned by Tom Hale, found", a document's
        # words, which the one who ordered it did not write (s40-asked; a
        # report "written by" someone stays its author's). A name after no
        # "by" or "with" is a place or a journal ("The paper, published in
        # the Journal of Coastal Medicine, says": stop 41).
        return None
    while prev > 0 and not _boundary(tokens[prev - 1][0]):
        prev -= 1
    if not 2 <= first - prev <= 5 or _word(tokens[prev][0]) not in DETERMINERS:
        return None
    if any(not t[0].rstrip(",").isalpha() or t[0][:1].isupper() for t in tokens[prev + 1 : first]):
        return None  # (a lower-case noun phrase: "The survey,", "The board's review," is not)
    return prev


def _name_only(tokens: list[tuple[str, int, int]]) -> bool:
    """Are these tokens one short name and its comma ("Steve Menet,",
    "General Mark Milley,")?"""
    if not 1 < len(tokens) <= 4 or not tokens[-1][0].endswith(","):
        return False
    return all(
        _NAME_WORD.fullmatch(token.rstrip(","))
        and token[:1].isupper()
        and _word(token) not in _OPENERS | PREPOSITIONS | _LEADING_CONJ
        for token, _s, _e in tokens
    )


def _name_before_participle(
    tokens: list[tuple[str, int, int]], at: int
) -> list[tuple[str, int, int]] | None:
    """The name opening the sentence before a participle phrase set off by
    commas that ends right before ``at`` ("Mr. Bush, channeling his roots,
    responded"), else ``None``."""
    if at < 2 or not tokens[at - 1][0].endswith(","):
        return None
    aside = at - 1
    while aside > 0 and not _boundary(tokens[aside - 1][0]):
        aside -= 1
    if aside == 0 or not (_participle(tokens[aside][0]) and tokens[aside][0][:1].islower()):
        return None
    first = aside - 1
    while first > 0 and not _boundary(tokens[first - 1][0]):
        first -= 1
    while first < aside - 1 and _word(tokens[first][0]) in _LEADING_CONJ:
        first += 1
    name = tokens[first:aside]
    if _name_only(name) or (len(name) == 1 and name[0][0].endswith(",") and _one_name(name[0][0])):
        return name
    return None


_SO_SUCH = words("so such")
_RESULT_REACH = 8


def _result_clause(tokens: list[tuple[str, int, int]], first: int, that: int) -> bool:
    """Does the "that" at ``that`` open a clause of result, after "so" or
    "such" a few words before it in the same clause ("grew so heated over
    the bill that", "such a storm that"), not a relative clause ("the
    report that came out")?"""
    return any(
        _word(tokens[j][0]) in _SO_SUCH and tokens[j][0][:1].islower()
        for j in range(max(first, that - _RESULT_REACH), that)
    )


def _name_then_verb(tokens: list[tuple[str, int, int]], start: int, verb: int) -> bool:
    """Do ``tokens[start:verb]`` hold only a capitalised name, and at most
    one adverb after it ("Lepp again", "Hanna Lepp")?"""
    j = start
    while j < verb and tokens[j][0][:1].isupper() and _NAME_WORD.fullmatch(tokens[j][0]):
        j += 1
    if j < verb and (
        _word(tokens[j][0]) in _TRAILING_ADVERBS or _word(tokens[j][0]).endswith(ADVERBS_SUFFIX)
    ):
        j += 1
    return start < j == verb


def _clause_subject(text: str, tokens: list[tuple[str, int, int]]) -> Phrase | None:
    """The capitalised name after the last clause opener ("when Musk again
    took"), when a verb follows it (at most one adverb between)."""
    for n in range(len(tokens) - 2, 0, -1):
        if _word(tokens[n - 1][0]) not in _CLAUSE_JOIN or not tokens[n][0][:1].isupper():
            continue
        k = n
        while k + 1 < len(tokens) and tokens[k + 1][0][:1].isupper():
            k += 1
        verb = k + 1
        if verb < len(tokens) and _word(tokens[verb][0]) in _TRAILING_ADVERBS:
            verb += 1
        if verb < len(tokens) and verb_like(tokens[verb][0]):
            return _make(text, tokens[n][1], tokens[k][2], "before")
        return None
    return None


def verb_like(token: str) -> bool:
    """A finite verb by its look: a past tense in -ed, a common irregular one,
    or a speech verb."""
    word = _word(token)
    if not word.isalpha() or token[:1].isupper():
        return False
    return (len(word) > 3 and word.endswith("ed")) or word in _VERB_LIKE or word in SPEECH_VERBS


def trailing(doc: Document, close: int, line_end: int) -> Phrase | None:
    """An attribution closing the sentence a partial quote sits in: "...,
    researchers say." / "..., said Dr. Rutledge." Its ``verb_end`` is the
    comma where the reported clause ends."""
    text = doc.scan
    end = sentence_end(text, close, line_end)
    comma = text.rfind(",", close - 1, end)  # (the comma may sit inside the marks)
    if comma < 0 or end - comma > 120:
        return None
    previous = text.rfind(",", close, comma)
    if previous >= 0 and comma - previous < 60:
        # "..., said Geert Wilders, founder of the party.": the verb opens
        # the part before the apposition's comma.
        head = text[previous + 1 : comma].split()
        if head and _is_verb(head[0]) and len(head) > 1 and head[1][:1].isupper():
            end, comma = comma, previous
    after_comma = comma + 1
    if after_comma < end and text[after_comma] in _CLOSING_MARKS:
        after_comma += 1  # “... recently,” Mayorkas told reporters: the comma inside
    tokens = tokens_between(text, after_comma, end)
    if not 1 < len(tokens) <= 10 or any(ch in ALL_DOUBLE for ch in text[after_comma:end]):
        return None
    if _participial(tokens):
        return None
    if _is_verb(tokens[-1][0]):
        phrase = _subject(text, tokens[:-1], "after")
    elif _is_verb(tokens[0][0]):
        if _word(tokens[1][0]) in PREPOSITIONS:
            # `“…,” Ada Lind, assistant secretary for ports, ferries, and
            # harbours, said on the same call.`: no one after the verb; the
            # name right after the closing mark is its subject.
            return _named_after_close(text, close, comma)
        if _reported_after_verb(tokens, 1):
            return None
        phrase = _make(text, tokens[1][1], _phrase_end(text, tokens[1][1], end), "after")
    else:
        verb = _verb_then_tail(tokens)
        if verb is None:
            return None
        phrase = _subject(text, tokens[:verb], "after")
    if phrase is None:
        return None
    return Phrase(phrase.start, phrase.end, phrase.text, "after", comma)


def _reported_after_verb(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Does the verb of saying before ``tokens[k]`` open a clause of its own,
    "that" left out (", said she had reported the cracks"): a subject
    pronoun and a verb, no inverted speaker ("said she." is one)? (Review
    4, stop 43: "Ada Lind, who sells "dulse" near the pier, said she had
    ..." gave the clause as the speaker.)"""
    return (
        k + 1 < len(tokens)
        and _word(tokens[k][0]) in CLAUSE_SUBJECTS
        and not tokens[k][0].endswith((",", "."))
        and verb_like(tokens[k + 1][0])
    )


_NOT_PARTICIPLES = PREPOSITIONS | words("during including according regarding concerning")


_SOURCE_PARTICIPLES = words("quoting citing")
"""Participles whose aside names the one whose words they are: left to the
quoting rules."""


def _participle_aside_after_description(
    tokens: list[tuple[str, int, int]], at: int, end: int
) -> bool:
    """Does ``tokens[at]`` open a participle's aside set off by commas up to
    ``tokens[end]`` after a description that opens with a determiner
    ("Another man, standing by the tape, said")? Then the description is
    the subject, not the aside. Not a participle's clause running on to the
    verb ("His post was shared, leading aides to counter that")."""
    if at == 0 or not tokens[at - 1][0].endswith(",") or not tokens[end][0].endswith(","):
        return False
    if not _lower_participle(tokens[at][0]) or _word(tokens[at][0]) in _SOURCE_PARTICIPLES:
        return False  # ("The Gazette, quoting Ada Lind, reported": hers)
    opening = at - 1
    while opening > 0 and not _boundary(tokens[opening - 1][0]):
        opening -= 1
    return opening < at - 1 and _word(tokens[opening][0]) in DETERMINERS


def _lower_participle(token: str) -> bool:
    """Is ``token`` a participle in lower case ("saying", "prompting"), not a
    preposition that ends so ("during", "according")? (Shared by
    :func:`_participial` and :func:`_told_to_speak`.)"""
    return token[:1].islower() and _participle(token) and _word(token) not in _NOT_PARTICIPLES


def _participial(tokens: list[tuple[str, int, int]]) -> bool:
    """Does the part after the comma open with a participle ("…”, saying the
    council had failed to act", "…”, drawing a sharp reply from Hale")? Its
    clause hangs from the sentence's subject, so it names no speaker: a
    speaking participle, or any participle before a determiner, a pronoun
    or "that". Not a noun that ends so ("morning host Ada Lind said")."""
    first = tokens[0][0]
    if not _lower_participle(first):
        return False
    if _is_verb(first):
        return True
    following = _word(tokens[1][0])
    return following in DETERMINERS or following in PRONOUNS


_NAME_AFTER_CLOSE = re.compile(
    r"[\s,\u00a0]*((?:[A-Z][\w\u2019'.-]*[ \u00a0]+){0,3}[A-Z][\w\u2019'-]+),"
)


def _named_after_close(text: str, close: int, stop: int) -> Phrase | None:
    """A name of one to four capitalised words right after a closing mark,
    set off by a comma, before ``stop`` ("“…,” Ada Lind, assistant ...");
    its clause ends at the mark."""
    m = _NAME_AFTER_CLOSE.match(text, close + 1, stop)
    if m is None:
        return None
    return Phrase(m.start(1), m.end(1), m.group(1), "after", -1)


_CLOSING_MARKS = '\u201d"\u00bb'
_TAIL_STARTS = (
    words("in on at during to after before from via last this earlier later yesterday today")
    | MONTHS_AND_DAYS
)


def _verb_then_tail(tokens: list[tuple[str, int, int]]) -> int | None:
    """The speech verb in "Okafor said on Sunday", "the mayor said in a
    statement", "the mayor told reporters": a subject, the verb, then only
    when, where or to whom it was said. ``None`` when there is none."""
    for i in range(1, min(len(tokens) - 1, 9)):
        if not _is_verb(tokens[i][0]) or tokens[i][0][:1].isupper():
            continue
        if _word(tokens[i + 1][0]) in _TAIL_STARTS or _word(tokens[i][0]) in _TOLD:
            return i
        return None
    return None


ASKING = words("asked questioned")
"""Participles of asking whose "by" names who put the question (:func:`asker_end`)."""
_NOT_IN_ASKER = (ENGLISH_PREPOSITIONS - {"of"}) | words("whether if why how what when where")
"""Words that end the asker's noun phrase and open another ("by Lind about
the pier", "by Tom Hale during the debate", "by Tom Hale whether ..."): the
marks after them hold no question of the asker's own (stop 41, review)."""


def asker_end(tokens: Sequence[tuple[str, int, int]], n: int) -> int | None:
    """The last token of who asked, when ``tokens[n]`` is a passive "asked"
    and "by" and a short noun phrase end the tokens (before the marks):
    "was asked by host Ada Lind", or that phrase and a "who" aside set off
    by commas ("was asked by Ada Lind, who chairs the board,"): the question
    in the marks is the asker's. ``None`` when no such phrase ends them, or
    a preposition or "to" opens another inside it ("by Ada Lind to say", "by
    Lind about"); "of" stays ("by the chair of the board")."""
    last = len(tokens) - 1
    if (
        n < 1
        or n + 2 > last
        or _word(tokens[n][0]) not in ASKING
        or not tokens[n][0].islower()
        or _word(tokens[n - 1][0]) not in _CALLED_BE
        or _word(tokens[n + 1][0]) != "by"
    ):
        return None
    end = n + 2
    while end < last and not tokens[end][0].endswith((",", ";", ":")):
        end += 1
    if end - n - 1 > 6 or any(_word(t) in _NOT_IN_ASKER for t, _s, _e in tokens[n + 2 : end + 1]):
        return None
    if end == last:
        return None if tokens[end][0].endswith(";") else end
    if tokens[end][0].endswith(",") and _word(tokens[end + 1][0]) == "who":
        return end if tokens[last][0].endswith(",") else None
    return None


def _told_to_speak(text: str, tokens: list[tuple[str, int, int]], n: int) -> Phrase | None:
    """ "…”, prompting Hale to say “…”": a participle, a name, "to" and the
    speech verb at ``n``: the name is who speaks the words after the verb
    (the participle's own subject prompted it); ``None`` when not so."""
    if n < 3 or _word(tokens[n - 1][0]) != "to" or not tokens[n - 2][0][:1].isupper():
        return None
    first = n - 2
    while first > 0 and tokens[first][0][:1].isupper() and not tokens[first][0].endswith(","):
        first -= 1
    title = first
    while (
        first > 0
        and first > title - 2
        and tokens[first][0].isalpha()
        and tokens[first][0].islower()
        and _word(tokens[first][0]) not in _NOT_TITLE_WORDS
        and not _causes_to_speak(tokens[first][0])
    ):
        # "led harbour chairman Tom Hale to declare": an office in lower
        # case before the name is part of the phrase.
        first -= 1
    lead = tokens[first][0]
    if first == n - 2 or not _causes_to_speak(lead):
        return None
    named = _make(text, tokens[first + 1][1], tokens[n - 2][2], "before")
    if named is None:
        return None
    return Phrase(named.start, named.end, named.text, "before", tokens[n][2])


_CAUSING = words("led prompted forced pushed spurred moved inspired")
"""Past verbs that make their object speak ("The vote led Tom Hale to
declare “…”", "prompted Ada Lind to call it “…”"): the object speaks."""
_NOT_TITLE_WORDS = DETERMINERS | ENGLISH_PREPOSITIONS | words("past") | PRONOUNS | _LEADING_CONJ
"""Lower-case words that are no office before a name: they open another
phrase ("led the board's Tom Hale", "led to Tom Hale", "pushed past Tom
Hale": the one who pushed past him speaks, stop 41 review)."""


def _causes_to_speak(token: str) -> bool:
    """Is ``token`` a participle ("prompting") or a past verb of causing
    ("led", "prompted") in lower case, whose object speaks after "to"?"""
    return _lower_participle(token) or (token[:1].islower() and _word(token) in _CAUSING)


def _participle(token: str) -> bool:
    return _word(token).endswith("ing")


def _participle_subject(text: str, tokens: list[tuple[str, int, int]], how: str) -> Phrase | None:
    """The subject of the clause a participle ("telling", "saying") hangs
    from: the clause before its comma, read from its start to its verb."""
    end = len(tokens)
    first = end - 1
    while first > 0 and not _boundary(tokens[first - 1][0]):
        first -= 1
    while first < end and _word(tokens[first][0]) in _LEADING_CONJ:
        first += 1
    opening = _leading_subject(tokens[first:end])
    if opening is None:
        return _set_off_subject(text, tokens, first, how)
    return _subject(text, tokens[first : first + opening], how)


_SET_OFF_CLAUSES = 4


def _heads_lower(clause: list[tuple[str, int, int]]) -> bool:
    """Is ``clause`` a description (:func:`_describes`), or a noun phrase
    with no verb whose head is a lower-case noun after capitals ("Hale's
    Harbour office manager,", "Ada Lind's state director,")?"""
    return _describes(clause) or (
        clause[-1][0][:1].islower()
        and clause[-1][0].rstrip(",").isalpha()
        and not any(_finite(t[0]) for t in clause)
    )


def _finite(token: str) -> bool:
    """A finite verb by its look alone, not a noun as many verbs of saying
    are ("state director", "report"): :func:`verb_like` without them."""
    word = _word(token)
    return (
        word.isalpha()
        and token[:1].islower()
        and ((len(word) > 3 and word.endswith("ed")) or word in _VERB_LIKE or word in _AUX)
    )


def _set_off_subject(
    text: str, tokens: list[tuple[str, int, int]], first: int, how: str
) -> Phrase | None:
    """The name set off by commas before the verb that opens the clause at
    ``first`` ("Joe Fenn, the manager, reached out to the board, writing",
    "The harbour's manager, Joe Fenn, reached out ..."): the sentence opens
    with the name, or with a description and the name after it (stop 46);
    else ``None``."""
    if first == 0 or not verb_like(tokens[first][0]):
        return None
    clauses: list[list[tuple[str, int, int]]] = []
    at = first
    while at > 0 and len(clauses) < _SET_OFF_CLAUSES:
        end = at
        at -= 1
        while at > 0 and not _boundary(tokens[at - 1][0]):
            at -= 1
        clauses.insert(0, tokens[at:end])
    if at > 0 or not tokens[first - 1][0].endswith(","):
        return None  # (the sentence opens with no name set off before the verb)
    if len(clauses) > 1 and _word(clauses[0][0][0]) in _OPENERS | PREPOSITIONS:
        clauses = clauses[1:]  # "In early October, the director, Joe Fenn,"
    if any(_word(t[0]) in KIN_WORDS for c in clauses for t in c):
        return None  # ("Hale's son, Tom," is Tom Hale: left to the kin readings)
    lead = _bare_name(clauses[0])
    if lead is None and len(clauses) > 1 and _heads_lower(clauses[0]):
        lead = _bare_name(clauses[1])
        clauses = clauses[1:]
    elif lead is not None and len(clauses) > 1 and not _describes(clauses[1]):
        return None
    if lead is None:
        return None
    return _subject(text, clauses[0][:lead], how)


def _quoted_as(tokens: list[tuple[str, int, int]], relative: int, k: int) -> bool:
    """Is the object of a verb that quotes or cites, from ``relative``,
    followed by "as" before the participle ("quoted the mayor as saying",
    "cited Ada Lind as saying")? The object is who said the words then; with
    no "as" ("An early post quoted the mayor saying") the subject stays."""
    return (
        relative < k
        and _word(tokens[relative - 1][0]) in _QUOTING_AS
        and _word(tokens[k][0]) == "as"
    )


def quoted_pronoun(text: str, phrase: Phrase) -> bool:
    """Is ``phrase`` a lone object pronoun that a verb quoting or citing
    quotes "as saying" ("The Post quoted him as saying “…”", see
    :func:`_quoted_as`)? The person quoted says the words: the pronoun is
    resolved as "he" is, not read as a phrase naming no one."""
    return phrase.text.lower() in _OBJECT_PRONOUNS and quoted_as_saying(text, phrase)


def quoted_as_saying(text: str, phrase: Phrase) -> bool:
    """Is ``phrase`` the object of a verb that quotes or cites, with "as"
    after it ("The Times quoted the mayor as saying", "cited him as
    saying")?"""
    if not text.startswith(" as ", phrase.end):
        return False
    verb = text[max(0, phrase.start - 12) : phrase.start].split()
    return bool(verb) and _word(verb[-1]) in _QUOTING_AS


_OBJECT_PRONOUNS = words("him her them")


def _opening_phrase(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is the sentence's first verb, at ``n``, a phrase set off by a comma
    before a clause with a naming verb of its own ("Asked about the vote, Tom
    Hale called it “…”": Tom Hale names it), rather than the verb of one who
    speaks ("Said Tom Hale: “…”"; "Added the harbour master, Tom Hale: “…”":
    a preposition or a question word opens the phrase here)?"""
    if n + 1 >= len(tokens) or _word(tokens[n + 1][0]) not in PREPOSITIONS | ASKED_WHAT:
        return False
    comma = next((j for j in range(n + 1, len(tokens) - 1) if tokens[j][0].endswith(",")), None)
    return comma is not None and any(
        names_actively(tokens, m) for m in range(comma + 1, len(tokens))
    )


def _participle_opening(clause: list[tuple[str, int, int]]) -> bool:
    """Does ``clause`` (before a comma) open with a past participle and the
    preposition or question word its phrase goes on with ("Asked about
    Hale,", "Contacted by the Gazette,", "Pressed on the delay,"): a phrase
    set off before the subject, no name ("Ahmed of the council," keeps "of",
    which follows names)?"""
    if len(clause) < 2:
        return False
    follows = clause[1][0]
    return follows.islower() and past_participle_opens(_word(clause[0][0]), _word(follows))


def _as_participle(clause: list[tuple[str, int, int]]) -> bool:
    """Does ``clause`` (before a comma) open with "as" and a participle's
    phrase, past one adverb ("As reported by the Gazette,", "As first
    reported by the Gazette,"): how the words came out, no name a
    description after it could follow?"""
    if len(clause) < 3 or _word(clause[0][0]) != "as":
        return False
    return _participle_opening(clause[1:]) or _participle_opening(clause[2:])


def _verb_first(text: str, tokens: list[tuple[str, int, int]], n: int, end: int) -> Phrase | None:
    if n + 1 >= len(tokens):
        return None
    start = tokens[n + 1][1]
    return _make(text, start, _phrase_end(text, start, end), "before")


def _inside_according(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Does ``tokens[n]`` stand inside an "according to" phrase (after "to",
    before the phrase's comma): "According to a new report by the Gazette,"
    holds no verb ("report", "conducted"), only the source it names?"""
    for m in range(n - 1, 0, -1):
        if _boundary(tokens[m][0]):
            return False
        if _word(tokens[m][0]) == "to" and _word(tokens[m - 1][0]) == "according":
            return True
    return False


def _in_source_relative(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Does ``tokens[n]`` stand in a relative clause set off after the source
    of an "according to" or "in the words of" phrase ("In the words of one
    harbour master, who asked not to be named, “…”")? The clause says more
    of the source; its verb ("asked") has "who" for subject, and brings in
    no one else."""
    for m in range(n - 1, 1, -1):
        if _word(tokens[m][0]) == "who" and tokens[m - 1][0].endswith(","):
            return _inside_according(tokens, m - 1) or _inside_words_of(tokens, m - 1)
        if _boundary(tokens[m][0]):
            return False
    return False


def _inside_words_of(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Does ``tokens[n]`` close the source of an "in the words of" phrase, no
    clause's end between?"""
    for m in range(n - 1, 2, -1):
        if _boundary(tokens[m][0]):
            return False
        if [_word(t[0]) for t in tokens[m - 3 : m + 1]] == ["in", "the", "words", "of"]:
            return True
    return False


_WRITTEN = words("report letter statement memo study book article column essay post op-ed note")
"""Documents a participle and "by" name the author of ("a letter written by")."""
_FOUND_IN = _WRITTEN | words("survey poll review audit analysis motion")
"""Documents that speak for themselves when an aside names who ordered them
("The survey, commissioned by Tom Hale, found"; "The motion, moved by
Councillor Ada Lind, calls on": stop 41)."""
_ORDERED = words("commissioned ordered requested funded sponsored moved tabled proposed")
"""Participles naming who ordered or paid for a document, not who wrote it."""


def _authored_by(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Is ``tokens[n]`` a participle between a document and "by" ("In a
    report written by Tom Hale,", "a letter signed by"): whose document it
    is, no verb of saying whose subject the document is?"""
    return (
        0 < n < len(tokens) - 1
        and _word(tokens[n + 1][0]) == "by"
        and _word(tokens[n - 1][0]) in _WRITTEN
        and not tokens[n - 1][0].endswith(",")
    )


_WHICH_TAIL = 6
"""Words of the noun phrase a ", which" clause follows after "from" or
"was"."""
_WHICH_LINKS = words("is was are were from")


def _which_antecedent(tokens: list[tuple[str, int, int]], first: int, k: int) -> int:
    """Where the noun phrase ", which said" follows starts, in the clause
    ``tokens[first : k + 1]`` before it: "a letter from the harbour board,
    which had written", "Among those who wrote was the pier trust, which
    added": the thing after the last "from" or "was" (an article opening
    it) is what "which" stands for, not the clause (stop 43). Not after
    other prepositions ("members of the trust, which", "a request by the
    Post, which": PolNeAR keys such a "which" elsewhere, and a tune figure
    fell), and ``first`` when the clause ends in no such phrase."""
    j = k
    while j > first and k - j < _WHICH_TAIL:
        before = _word(tokens[j - 1][0])
        if before in _WHICH_LINKS:
            if _word(tokens[j][0]) in ARTICLES and j < k:
                return j
            return first
        if tokens[j - 1][0].endswith(","):
            return first
        j -= 1
    return first


_SENDER_REACH = 6
"""Words between a sentence's article and the "from" of its document."""


def _sender_before_to(tokens: list[tuple[str, int, int]], k: int) -> tuple[int, int] | None:
    """The sender's words (start, end) when the subject ``tokens[: k + 1]``
    is a document "from ..., to ...," opening the sentence ("An email from
    Ada Lind, the engineer, to Tom Hale, described", "A letter from the
    trust's engineer, Ada Lind, to the chair, Tom Hale, called"): the words
    between "from" and the ", to"; ``None`` for any other subject (stop 43,
    s43-left)."""
    if k < 4 or _word(tokens[0][0]) not in ARTICLES or not tokens[k][0].endswith(","):
        return None
    f = next(
        (i for i in range(1, min(k, _SENDER_REACH + 1)) if _word(tokens[i][0]) == "from"), None
    )
    if f is None or any(
        _word(t[0]) in ENGLISH_PREPOSITIONS or t[0].endswith(",") for t in tokens[1:f]
    ):
        return None
    to = next(
        (
            i
            for i in range(f + 2, k + 1)
            if _word(tokens[i][0]) == "to" and tokens[i - 1][0].endswith(",")
        ),
        None,
    )
    return None if to is None else (f + 1, to)


_INVERTING = words("so as nor neither")
_INVERTED_AUX = words("did does do has have had was were is are")
_REFLEXIVE = words("itself themselves himself herself")


def _past_inversion(tokens: list[tuple[str, int, int]], first: int, k: int) -> tuple[int, int]:
    """The noun phrase a relative clause follows in an inverted clause ("So
    did the harbour trust itself, whose survey warned", "as did the trust,
    which said"): past "so did" before it and a reflexive after it (stop
    43, s43-left); ``(first, k)`` unchanged for any other clause."""
    if (
        k - first >= 2
        and _word(tokens[first][0]) in _INVERTING
        and _word(tokens[first + 1][0]) in _INVERTED_AUX
    ):
        first += 2
        if k > first and _word(tokens[k][0]) in _REFLEXIVE:
            k -= 1
    return first, k


_WHO_REACH = 4
"""Clauses stepped back over from ", who said" to the name it follows."""
_NAME_RUN = 4
"""Words of the name before ", who said"."""


def _who_antecedent(text: str, tokens: list[tuple[str, int, int]], k: int) -> Phrase | None:
    """The person ", who said" (``tokens[k]`` ends with the comma before
    "who") follows inside its sentence, past descriptions and places set
    off by commas or a place after "of": "backed by Ada Lind of Ashton, the
    chair of the board, who said", "by Ada Lind, 59, from Ashton, who
    said", "by Ada Lind of Ashton, who said". ``None`` when no name ends
    such a clause ("a career officer, who said"), and when the subject
    search reads the name as it did before: a name right before the comma
    with nothing stepped over ("backed by Ada Lind, who said"), or one
    opening the sentence."""
    at = k
    for step in range(_WHO_REACH):
        start = at
        while start > 0 and not _boundary(tokens[start - 1][0]):
            start -= 1
        clause = tokens[start : at + 1]
        words_ = [_word(t) for t, _s, _e in clause]
        if start > 0 and (
            _place_tail(clause)
            or (words_[0] == "from" and all(t[:1].isupper() for t, _s, _e in clause[1:]))
            or (_describes(clause) and words_[:2] != ["according", "to"])
        ):
            # (Not "according to Sen. Tom Hale,": the clause names its
            # source, the name the who-clause follows; s37-left3.)
            at = start - 1  # "59,", "from Ashton,", "the chair of the board,"
            continue
        run = at + 1
        while (
            run > start
            and tokens[run - 1][0][:1].isupper()
            and _NAME_WORD.fullmatch(tokens[run - 1][0].rstrip(",")) is not None
        ):
            run -= 1
        if (
            run - 2 >= start
            and _word(tokens[run - 1][0]) == "of"
            and tokens[run - 2][0][:1].isupper()
        ):
            place = run  # "Ada Lind of Ashton,": the name before "of"
            run -= 1
            while run > start and tokens[run - 1][0][:1].isupper():
                run -= 1
            end = place - 2
        else:
            end = at
        if step == 0 and end == at and words_[:2] != ["according", "to"] and run == start:
            # "Ada Lind, who said": the clause is the name; the subject
            # search reads it. Not "backed by Ada Lind, who said" or "drew
            # praise from Ada Lind, who said": the clause before the name
            # is no part of who speaks (s38-left).
            return None
        if run > end:
            return _people_antecedent(text, tokens, start, end)
        if end - run >= _NAME_RUN:
            return None
        name = tokens[run : end + 1]
        if _word(name[0][0]) in _OPENERS | PREPOSITIONS | DETERMINERS | _LEADING_CONJ:
            return None
        if run > start and _word(tokens[run - 1][0]) in PAIRING:
            return None  # "Tom Hale and Ben Ross, two pilots, who said": both
        if run == 0 or (len(name) == 1 and not _one_name(name[0][0].rstrip(",") + ",")):
            return None  # (a name opening the sentence: the subject search reads it)
        return _make(text, name[0][1], name[-1][2], "before")
    return None


def _people_antecedent(
    text: str, tokens: list[tuple[str, int, int]], start: int, end: int
) -> Phrase | None:
    """The people a plural noun after a preposition names, ending at
    ``tokens[end]`` before ", who said" ("drew praise from residents, who
    called it": the residents; review of stop 38); ``None`` for any other
    clause ("the plan, which", "a career officer, who")."""
    if PLURAL_PEOPLE.fullmatch(_word(tokens[end][0])) is None:
        return None
    i = end
    while i > start and tokens[i - 1][0].islower() and _word(tokens[i - 1][0]) not in PREPOSITIONS:
        i -= 1
    if i == start or _word(tokens[i - 1][0]) not in PREPOSITIONS:
        return None
    return _make(text, tokens[i][1], tokens[end][2], "before")


def _make(text: str, start: int, end: int, how: str) -> Phrase | None:
    while start < end and text[start] in " ,\u00a0":
        start += 1
    while end > start and text[end - 1] in " ,.:;\u00a0":
        end -= 1
    if end - start > 2 and text[end - 2] in "'\u2019" and text[end - 1] == "s":
        # "Lind's reply was short: “…”", "Ada Lind's letter ended:": a
        # phrase cut after an owner's possessive names the owner, whose
        # reply or letter holds the words (the battery, stop 39).
        end -= 2
    if end <= start:
        return None
    phrase = text[start:end]
    words = phrase.split()
    if len(words) > 14 or end - start > 160:
        # Keep the head of a long phrase: the name and the start of the role.
        cut = start + len(" ".join(phrase[:160].split()[:14]))
        cut = min(cut, start + 160)
        comma = text.rfind(",", start, cut)
        if comma <= start and end - start <= 160 and "," not in phrase:
            # No comma at all: one noun phrase, its end already given by its
            # syntax (the comma or the verb after it), however many words
            # its modifiers run to ("A fund manager at a house that holds
            # about 4% of the shares, who asked not to be named, said").
            comma = end
        end = comma if comma > start else cut
        phrase = text[start:end]
        words = phrase.split()
    if words and words[0].lower() in {"that", "to", "it's", "there"}:
        return None
    if how == "after" and words and words[0] in HUNGARIAN_PREVERBS and press_language(text) == "hu":
        # "„…” – fűzte hozzá keserűen.", "– … – jelentette ki.": the verb's
        # particle; a name after it is the speaker ("tette hozzá Kovács").
        rest = phrase[len(words[0]) :].lstrip()
        if not rest[:1].isupper():
            return None
        return Phrase(end - len(rest), end, rest, how)
    return Phrase(start, end, phrase, how)


def attribution_line(doc: Document, line_index: int, signed: bool = False) -> Phrase | None:
    """Is line ``line_index`` an attribution line (short, no verb, not a
    sentence)? "General Ali Mayhoub, Syrian Army spokesman". With ``signed``
    (a paragraph of its own under the quotation's), not one shaped like a
    subheading or a credit (:func:`_heading_shaped`)."""
    if line_index >= len(doc.lines):
        return None
    line = doc.lines[line_index]
    if doc.blocks[line.block].kind not in _ATTRIBUTION_KINDS:
        return None  # a heading or a list item is not an attribution
    text = doc.scan
    raw = text[line.start : line.end]
    body = raw.strip()
    if _NOT_ATTRIBUTION.match(body):
        return None
    lead = len(raw) - len(raw.lstrip())
    dashed = False
    while body and body[0] in "—\u2013\u2015-~":
        body = body[1:].lstrip()
        dashed = True
    if dashed and body.startswith("from ") and body[5:6].isupper():
        # "— from The Salt Ledger": an epigraph signed with the work it is
        # taken from, the work its source (s44-rev5).
        body = body[5:]
    start = line.start + lead + (len(raw.strip()) - len(body))
    if signed and body and _heading_shaped(body):
        return None
    return _verbless(text, start, body, dashed)


def _verbless(text: str, start: int, body: str, dashed: bool) -> Phrase | None:
    """``body`` (at ``start``, past any opening dash) as a verbless
    attribution: a name, perhaps with its role, a handle and a date."""
    body = _without_handle(body)  # "Rep. Ann Vole (@annvole) May 3, 2019"
    when = _WHEN_TAIL.search(body)
    if when is not None and any(
        clean(w).lower() in _WHEN_WORDS or clean(w).lower() in MONTHS_AND_DAYS
        for w in when.group().split()
    ):
        body = body[: when.start()].rstrip()  # said when, not who
    if dashed and body[-1:] not in (".", "!", "?"):
        occasion = _OCCASION.search(body)
        if occasion is not None:
            body = body[: occasion.start()]  # "— Morag Innes, fishmonger, on why prices rose"
        else:
            aged = _AGED_RELATIVE.search(body)
            if aged is not None:
                body = body[: aged.start(1)]  # "— Ada Lind, 77, whose pond ..."
    if not body or len(body) > 120:
        return None
    if any(ch in ALL_DOUBLE for ch in body):
        return None
    if body[-1] in ".!?:" and not dashed and not _is_name_period(body.split()[-1]):
        return None
    words = body.split()
    if len(words) > 14 or not words:
        return None
    if not (words[0][0].isupper() or words[0][0].isdigit() or words[0].lower() in {"a", "an"}):
        return None
    lowered = {clean(w).lower() for w in words}
    if lowered & (_NOT_VERBLESS | SPEECH_VERBS):
        return None
    if lowered & PRONOUNS - {"one"}:
        return None
    end = start + len(body)
    while end > start and text[end - 1] in " .":
        end -= 1
    return Phrase(start, end, text[start:end], "line")


_SIGN_OFF = re.compile(
    r"[ \u00a0]*(?:[.,][ \u00a0]*)?"
    r"((?:(?:#|https?://|\S*pic\.twitter\.com/)\S*[ \u00a0]+)*)"
    r"([\u2014\u2013\u2015-][ \u00a0]*)?"
)
"""What may stand between a pull quote's marks and its signature: a stop, an
embedded post's hashtags and links, a dash."""
_SIGN_OFF_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){0,4}")


def signed_off(
    doc: Document, line_start: int, open_: int, close: int, line_end: int
) -> Phrase | None:
    """A quotation that opens its paragraph and is signed at its end, as a
    pull quote is: “The pier has been neglected for years.” Ada Lind,
    harbour councillor (or ``”. Ada Lind``, ``” — Ada Lind``, ``” - Ada Lind
    (@adalind) May 3, 2019``). What follows the marks to the paragraph's end
    is a name in capitals, perhaps with a role after a comma, and no verb;
    the quotation ends a sentence (inside its marks or by the stop after
    them) or a dash sets the name off."""
    text = doc.scan
    if text[line_start:open_].strip(" \u00a0\u2014\u2013-"):
        return None  # words before the quotation: not a pull quote
    sep = _SIGN_OFF.match(text, close + 1, line_end)  # (``close`` is the mark)
    if sep is None:
        return None
    stop = sep.group().strip()
    if sep.group(1) and not sep.group(2):
        return None  # a link is signed only after a dash (an embedded post)
    # (An empty stop is no stop: "" is in every string, so "“JAWS” RETURNS",
    # a title and the headline's verb, passed as a quotation signed.)
    if not ((stop and stop[0] in ".#hp\u2014\u2013\u2015-") or text[close - 1 : close] in ".!?"):
        return None
    start = sep.end()
    name = _SIGN_OFF_NAME.match(text, start, line_end)
    if name is None:
        return None
    signer = name.group().split()
    if signer[0] == "The":
        signer = signer[1:]  # "The Ashton Times"
    if any(word.lower() in _NOT_SIGNING for word in signer):
        return None  # "Getty Images", "Courtesy Ada Lind", "Happy New Year", "Next Story"
    after_name = text[name.end() : line_end]
    if after_name.strip() and not after_name.lstrip().startswith((",", "(")):
        return None
    body = text[start:line_end].rstrip()
    if not body or _names_listed(body) or _goes_on(body):
        return None
    return _verbless(text, start, body, sep.group(2) is not None)


_OCCASION = re.compile(
    r",[ \u00a0]+(?:(?:on|in|at|after|before|during|when|while)"
    r"|[a-z]+ing[ \u00a0]+(?:a|an|the|to|on|about|his|her|their|its)"
    r"|[a-z]+ed[ \u00a0]+(?:by|about|on|in|at|for|whether|if|why|how|what))[ \u00a0]"
)
"""Where a dashed sign-off's occasion opens (stop 46): a comma and a
preposition, or a participle with its object, after the name and role
("— Craig Dunmore, MP, in reply", "— Dougie Fyfe, 71, correcting a judge",
"— Port Edda coastguard, on Facebook"), or a past participle with its
agent or its matter ("— Dev Sharma, engineer, asked by the Courier whether
…", "— Ada Lind, quoted in the Herald"; s46-rev12, the new text of the
kind). The week's-quotes page signs each
line so; the occasion says when or why the words were said, not who said
them, and its words ("reply", "her") are no sign the line is a sentence.
A line ending a sentence ("— Ada Lind, in a letter, said she would go.")
keeps it."""


_AGED_RELATIVE = re.compile(r",[ \u00a0]+\d{1,3}(,)[ \u00a0]+(?:who|whose)[ \u00a0]")
"""A relative clause after a dashed sign-off's name and age (stop 47): "—
Margaret Keele, 77, whose garden pond has been occupied since August", "—
Ellie Stroud, 14, who started the petition". The age says the line names a
person and signs the words; the clause says why they are in the news, as an
occasion does. (Without an age, "— Tom Hale, who was asked by the Courier"
stays no sign-off, s46-rev12.)"""


_NOT_SIGNING = words(
    """
    photo photos photograph photographs photography picture pictures image images video
    videos illustration illustrations graphic credit credits source sources courtesy
    copyright by via happy merry congratulations congrats thanks thank cheers welcome
    hello goodbye bravo amen share listen sign subscribe follow download click
    """
) | (NOT_NAMES - MONTHS_AND_DAYS)
"""Words that make the capitalised run after a quotation a caption's credit,
a greeting or the page's furniture ("Next Story", "Share This"), not a
signature."""
_ROLE_WORDS = TITLES | ORGANISATION_WORDS | OUTLET_WORDS


def _names_listed(body: str) -> bool:
    """Does a signature's body go on, past its first name, to two more
    bare names ("Ada Lind, Tom Hale and Mia Roe"): a list of people, not
    a name with its role and place ("Ada Lind, Harbour Councillor, Ashton")?"""
    items = [
        item.split()
        for part in body.split(",")[1:]
        for item in re.split(r"[ \u00a0](?:and|&)[ \u00a0]", part)
    ]
    bare = [
        item
        for item in items
        if 2 <= len(item) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in item)
        and not any(w.lower() in _ROLE_WORDS for w in item)
    ]
    return len(bare) >= 2


def _goes_on(body: str) -> bool:
    """Does a signature's body go on after the name's apposition to a
    predicate ("Ada Lind, the mayor, left for the mainland"): the next
    sentence's subject, not a sign-off ("Ada Lind, 54, retired skipper")?"""
    parts = [part.split() for part in body.split(",")]
    return any(
        parts[i - 1]
        and _word(parts[i - 1][0]) in DETERMINERS
        and parts[i]
        and parts[i][0][:1].islower()
        for i in range(2, len(parts))
    )


# (A title's small words may stand inside it, lower-case: "a “Save the
# Pier” pin"; and "and" joins it to a noun phrase before it: "a cap and
# “Ted Cruz” pins", the marks still a modifier of the noun after; stop 46.)
_NAME_IN_MARKS = re.compile(
    r"[\u201c\"][A-Z][\w'\u2019-]*"
    r"(?:[ \u00a0](?:[A-Z][\w'\u2019-]*|the|of|and|a|an|in|on|for|to)){0,3}[\u201d\"]"
    r"(?=[ \u00a0]+[a-z])"
)
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:the|a|an|its|their|our|his|her|and)[ \u00a0]+$"
)


def _marks_in_phrase(text: str, lo: int, at: int) -> int | None:
    """Where the marks at ``at`` end when they sit inside a speaker's phrase:
    a nickname inside a name (:func:`names.nickname_end`), or a name in marks
    between a determiner and a lower-case noun ("said the “Sea Lark”
    skipper Hale": the boat's name, the phrase goes on; left, stop 39);
    else ``None``."""
    nickname = nickname_end(text, lo, at)
    if nickname is not None:
        return nickname
    m = _NAME_IN_MARKS.match(text, at)
    if m is None or _DETERMINER_BEFORE.search(text, max(lo, at - 8), at) is None:
        return None
    return m.end()
