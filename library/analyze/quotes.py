"""From paired marks to quotations: drop what is not speech, name the kind.

Convention: a quotation's span covers the quoted words *without* their marks
(and without a trailing comma that only joins the attribution: ``“I love
cats,” he said`` quotes ``I love cats``). A multi-paragraph quotation runs from
its first word to its last and keeps the repeated opening marks in between.

A partial quotation (marked words inside reported speech: ``the mayor said
the plan was “a disaster” on Monday``) is widened later to the reported
clause it stands in (``the plan was “a disaster” on Monday``), so the span
carries what the speaker is reported to have said; its kind tells the reader
that only the marked words are verbatim.

Not quotations: one- or two-word scare quotes (unless a speech verb and its
speaker stand right beside them: ``“No,” she said``, ``Smith said: “No.”``),
titles of works (every word capitalised, no sentence punctuation; but such
words opening their sentence right before their attribution are speech:
``"As President," she said``, and so is a name given by a naming verb with a
subject of its own: ``Berg called the plan “Project Fog”``), a headline
cited with its byline (``—“Museum to close in June,” by Ann Lee of the
Post:``: the marked words open their line or follow a dash, and ``by`` and a
capitalised name come right after them), a nickname inside a name (``Tomas
“Skip” Berg``), a work named in apposition (``his column, “The ferry must
stay,” is``), a paragraph of marked capitals with no final ".", "?" or "!"
(a subheading), empty pairs, and, in an article whose speech is in double
marks, text in single marks outside them (headlines, terms). Nor, from stop
33: a programme's title after a broadcaster's possessive (``said on Harbour
TV’s “Morning Tide.”``; a person's possessive keeps the words, ``the mayor’s
“Yes.”``), a work before a role noun and a name (``“Life on the Water” star
Ana Reyes``; a verb of saying after the name keeps them), a label line
(``“Related:”``, unless a marked line follows it) and a headline cited in
parentheses with its paper and day (not a person's name). Nor, from stop 42,
a firm's name in marks after a noun for a firm in another language
(``подрядной организации «Мостстрой»``; :mod:`.press_languages`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotemark.library.analyze.attribution import (
    _SUBORDINATORS,
    how_named,
    said_in_japanese,
    sentence_start,
    verb_like,
)
from quotemark.library.analyze.document import Document, Line
from quotemark.library.analyze.lexicon import (
    MONTHS_AND_DAYS,
    OUTLET_WORDS,
    PRONOUNS,
    SOURCES,
    SPEECH_VERBS,
    words,
)
from quotemark.library.analyze.marks import ALL_DOUBLE, RawQuote
from quotemark.library.analyze.names import MINOR_WORDS, is_nickname
from quotemark.library.analyze.naming import names_actively
from quotemark.library.analyze.press_languages import (
    bare_incise_after,
    is_firm_in_marks,
    korean_said_at,
    korean_whole,
)
from quotemark.library.analyze.references import is_reference_entry, reference_blocks
from quotemark.library.analyze.rtl_speakers import RTL_THAT, rtl_letter
from quotemark.library.analyze.singing import SINGING, crowd_singing
from quotemark.library.model import QuoteKind

_WORD = re.compile(r"\w+")
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af]")
"""A CJK character (found in C, not by a step through every quoted character)."""
_TOKEN = re.compile(r"\S+")
_TRAILING_JOIN = " \t\u00a0\u202f,"
# After a headline's closing mark: its byline (`“…,” by Times' Ben Lee`).
_BYLINE = re.compile(r"['\u2019\"\u201d]?,?[ \u00a0]+by[ \u00a0]+[A-Z]")
_LEAD_IN = frozenset(" \t\u00a0\u202f\u2014\u2013-")
_SPACES = frozenset(" \t\u00a0\u202f")
# A work named in apposition (`his column, “The ferry must stay,” is`): the
# noun for the work, perhaps when or where it ran, a comma, then the marks.
_WORK_BEFORE = re.compile(
    r"\b(?:column|commentary|op-ed|editorial|essay|book|film|movie|song|album|show|series"
    # (A research paper's title too: "The study, “Deep carbon in ...”, is
    # published in"; review 3, stop 43.)
    r"|documentary|poem|novel|memoir|headline|play|musical|study|paper|thesis|article)"
    r"(?:[ \u00a0]+(?:on|in|from|of)[ \u00a0]+[^,;:\u201c\u201d\"]{1,25})?,[ \u00a0]*$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"(?:,['\u2019\"\u201d]{1,2}|['\u2019\"\u201d]{0,2},)[ \u00a0]+([a-z]+)[ \u00a0]+(\w+)"
)

DROPPED: list[tuple[int, int, str]] | None = None
"""The evaluation's hook (``evaluation/losses.py``): while it is a list, every
paired span the analysis drops is appended to it as (opening mark, closing
mark, reason), so missed quotations can be counted by the test that lost
them. ``None`` (the app, the tables): nothing is recorded."""


def dropped(open_at: int, close_at: int, reason: str) -> None:
    """Record a dropped span in :data:`DROPPED` when the evaluation asks."""
    if DROPPED is not None:
        DROPPED.append((open_at, close_at, reason))


@dataclass(slots=True)
class Candidate:
    """A quotation found by its marks, before attribution."""

    start: int  # first quoted character (global offset)
    end: int  # one past the last quoted character
    open: int  # the opening mark
    close: int  # the closing mark (or line end)
    kind: QuoteKind
    line: int  # index of the line the quote starts in
    end_line: int  # index of the line it ends in
    words: int
    parent: int | None = None  # index into the candidate list
    whole_line: bool = False
    closed: bool = True  # False: ran to a paragraph's end without its closing mark
    follows: int | None = None  # the first part of the same speech, split by an inciso


def _count_words(content: str) -> int:
    """Words, counting each two CJK characters as one (no spaces there)."""
    words = len(_WORD.findall(content))
    # (No CJK character is ASCII: most quotations are spared the scan.)
    return words if content.isascii() else words + len(_CJK.findall(content)) // 2


def is_title(content: str) -> bool:
    """A title of a work: every significant word capitalised, no sentence
    punctuation at its end, short."""
    stripped = content.rstrip()
    if not stripped or stripped[-1] in ".!?,;:":
        return False
    words = _WORD.findall(stripped)
    if not words or len(words) > 12 or not words[0][0].isupper():
        return False
    if len(words) == 1:
        return False
    return all(w[0].isupper() or w.isdigit() or w.lower() in MINOR_WORDS for w in words)


_SAID_AFTER = re.compile(
    r"['\u2019\"\u201d]?,?['\u2019\"\u201d]?[ \u00a0]+"
    r"(?:(?:he|she|they|we|I)|(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.[ \u00a0]+)?(?!I[ \u00a0])"
    r"[A-Z][\w\u2019'-]*(?:[ \u00a0]+[A-Z][\w\u2019'.-]*){0,3})[ \u00a0]+([a-z]+)\b"
)
"""A pronoun (the writer's "I" too, since the analysis gives it to the writer)
or a name, then the verb, right after the closing mark."""


_VERB_THEN_NAME = re.compile(
    r"(?:(?<=,)['\u2019\"\u201d]|['\u2019\"\u201d],)"
    r"[ \u00a0]+([a-z]+)[ \u00a0]+(?:the[ \u00a0]|[A-Z])"
)
"""A comma at the closing mark, then a verb and its subject ("“…,” said Tom
Hale", "“…”, says the harbour master")."""


def _attributed_after(text: str, close_at: int) -> bool:
    """Does a verb of saying attribute the marked words right after their
    closing mark, before its subject (:data:`_VERB_THEN_NAME`) or after it
    (:data:`_SAID_AFTER`)? A list of cited works never writes one there (a
    participle, "written by", is a byline, not an attribution)."""
    for pattern in (_VERB_THEN_NAME, _SAID_AFTER):
        m = pattern.match(text, close_at if pattern is _VERB_THEN_NAME else close_at + 1)
        if m is not None and m.group(1) in SPEECH_VERBS and not m.group(1).endswith(("ing", "en")):
            return True
    return False


def said_after(text: str, line_start: int, open_at: int, close_at: int) -> bool:
    """Do the marked words open their sentence and is their attribution
    right after them (`“Your Honor,” I said`, `''In Fisher,'' Dean Amar
    said`)? Then they are speech, even when every word is capitalised. (A
    title closing an opening phrase, `In his book, “Sea Lanes,” Berg
    argued`, does not open the sentence.)"""
    i = open_at - 1
    while i >= line_start and text[i] in " \u00a0":
        i -= 1
    if i >= line_start and text[i] not in ".!?":
        return False
    m = _SAID_AFTER.match(text, close_at + 1)
    return m is not None and m.group(1) in SPEECH_VERBS


def capitals_speech(text: str, line_start: int, line_end: int, close_at: int) -> bool:
    """Are marked words that read as a title speech typed in capitals (a
    wire alert, a forum post: "“THE PIER WILL OPEN IN MAY,” SAID TOM HALE.")?
    In a line with no lower-case letter every word is capitalised, so the
    title test reads nothing; a sentence's comma or stop inside the marks
    says speech ("“JAWS” RETURNS", a title in a headline, has none). Asked
    only of marks the title test took; only the stretch around the marks is
    read (:data:`_CAPITALS_REACH`), at C speed, so a long paragraph of them
    stays linear."""
    if text[close_at - 1 : close_at] not in (",", ".", "!", "?"):
        return False
    around = text[
        max(line_start, close_at - _CAPITALS_REACH) : min(line_end, close_at + _CAPITALS_REACH)
    ]
    return around.upper() == around


_CAPITALS_REACH = 200
"""How far either side of a closing mark the capitals of the text are read:
a sentence or two, enough to tell a post in capitals from a headline
quoted in an ordinary sentence."""


_NAMED_REACH = 5
"""Tokens between a naming verb and the marks it names ("called his
opponent “…”"; an "as" verb is asked only up to eight, by
:func:`.naming.names_actively`)."""


_AS_NAMERS = words(
    "reference references referred referring hailed hailing praised praising "
    "described describing labeled labelled branded"
)
"""Words that give something a name with "as" right before the marks
("hailed Berg as “The Harbour King”", "his references to her as “…”"),
whether or not :func:`.naming.names_actively` finds their subject."""


def named_by_subject(text: str, line_start: int, open_at: int, described: bool = False) -> bool:
    """Do the marked words follow a naming verb with a subject of its own
    (`Berg called his rival “Captain Fog”`, `what aides call “the
    Bunker”`, `she refers to him as “Mister Harbour”`)? Then title-case
    words are a name someone gave, that subject's partial quotation, not a
    title (`a film called “Low Tide”` and `was dubbed “…”` name no one's
    words). So are they after "as" and a word of naming (:data:`_AS_NAMERS`):
    who gave the name is left to the attribution. With ``described``, a
    described subject's naming verb counts too (`The harbour board branded
    the walkout ‘illegal’`; see :func:`.naming.names_actively`)."""
    begin = sentence_start(text, line_start, open_at)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, begin, open_at)]
    last = len(tokens) - 1
    for n in range(last, max(-1, last - _NAMED_REACH - 3), -1):
        if tokens[n][0].endswith((".", ";", ":", "?", "!")) and n < last:
            return False
        if names_actively(tokens, n, described=described):
            return last - n <= _NAMED_REACH or tokens[last][0].lower() in {"as", "a", "an", "the"}
        if tokens[last][0].lower() == "as" and tokens[n][0].lower().strip(",") in _AS_NAMERS:
            return True
    return False


_SAID_REACH = 4
"""Tokens between a verb of saying and the marks ending its reported
clause ("said it was ‘…’", "told reporters the pier was ‘…’")."""

_CLAUSE_REACH = 8
"""Tokens between a verb of saying and marks that close its reported
clause with a verb of its own between (`told the BBC the decision had
been ‘…’.`)."""


_OWN_CLAUSE = _SUBORDINATORS - {"as"}
"""Words opening a clause of the writer's inside the sentence ("while",
"before", "because"): not "as", which brings marked words in ("described
as ‘…’")."""


def reported_in_marks(text: str, line_start: int, open_at: int, close: int) -> bool:
    """Do the marks close a short reported clause, a verb of saying a few
    words before them in their sentence (`Ruth Ames said it was ‘an
    insult’`)? Then a word or two in single marks are the speaker's, not an
    apostrophe's pair. Not when a verb follows the closing mark (`Tom Hale
    told the crew ‘Lark’ was sinking`): the marks open the clause as its
    subject, a name. Walks back over at most :data:`_SAID_REACH` + 1
    tokens of one sentence, and reads one token after the marks."""
    following = _TOKEN.match(text, close + 2) if text[close + 1 : close + 2] == " " else None
    if following is not None and verb_like(following.group()):
        # (the third review, stop 39: a boat's name was read as the words)
        return False
    begin = sentence_start(text, line_start, open_at)
    tokens = _TOKEN.findall(text, begin, open_at)
    # Marks that end the clause (a "." or "," after the closing mark) may
    # stand further from the verb when a verb of the clause's own comes
    # between (`told the BBC the decision had been ‘unavoidable’.`): the
    # marks close a reported clause, not a stray apostrophe's pair (UK
    # style, the second review of stop 40).
    # (Not a capitalised word, `had sailed on the ‘Lark’.`: a boat's or a
    # work's name ends a clause as often as anyone's words.)
    ends = text[close + 1 : close + 2] in (".", ",") and text[open_at + 1 : open_at + 2].islower()
    reach = _CLAUSE_REACH if ends else _SAID_REACH
    clause_verb = subordinate = False
    for n, token in enumerate(reversed(tokens[-reach - 1 :])):
        if token.endswith((".", ";", ":", "?", "!", ",")):
            return False
        if token.lower() in SPEECH_VERBS:
            # (Further than _SAID_REACH, not after "while", "before" ...:
            # `said nothing while the crew loaded the ‘ghost ferry’.` has
            # the marks in a clause of the writer's, not the one reported.)
            return n <= _SAID_REACH or (clause_verb and not subordinate)
        clause_verb = clause_verb or verb_like(token)
        subordinate = subordinate or token.lower() in _OWN_CLAUSE
    return False


def is_capitals_heading(content: str) -> bool:
    """A line that is only marked words in capitals, three words or more and
    no full stop, "?" or "!" at the end (`“DIVISIVE, STUPID AND WRONG”` between
    paragraphs): a subheading that quotes, not the quotation itself (which the
    article gives in its text)."""
    stripped = content.rstrip(" ,;:")
    if not stripped or stripped[-1] in ".!?" or any(ch.islower() for ch in stripped):
        return False
    return len(_WORD.findall(stripped)) >= 3 and any(ch.isupper() for ch in stripped)


def is_label(content: str) -> bool:
    """A line that is only a marked word or two ending in a colon (`"Related:"`
    between paragraphs, before the links it introduces): a label, not
    anyone's words (unless a marked line follows: :func:`_marked_line_after`)."""
    stripped = content.rstrip()
    return stripped.endswith(":") and 1 <= _count_words(stripped) <= 2


def is_cited_headline(text: str, line_start: int, open_at: int, close_at: int) -> bool:
    """Marked words that open their line (or follow a dash there, after a
    label such as "FAREWELL—") and are followed by a byline: a headline an
    article's digest cites, not anyone's speech. A byline after words inside
    a sentence (`a “candid memoir” by Marla Maples`) leaves them alone."""
    if _BYLINE.match(text, close_at + 1) is None:
        return False
    i = open_at - 1
    while i >= line_start and text[i] in _LEAD_IN:
        if text[i] in "\u2014\u2013-":
            return True
        i -= 1
    return i < line_start


# After a headline cited in parentheses: where and when it ran, then the
# closing parenthesis (`(“Ferry fares rise,” Harbour Post, Thursday)`).
_CITED_SOURCE = re.compile(
    r"['\u2019\"\u201d]?,?['\u2019\"\u201d]?[ \u00a0]+([A-Z][\w.&'\u2019-]*"
    r"(?:[ \u00a0]+[A-Z][\w.&'\u2019-]*){0,3}),[ \u00a0]+[A-Z0-9][\w.]*"
    r"(?:,?[ \u00a0]+[\w.]+){0,2}\)"
)


def is_cited_in_parentheses(text: str, line_start: int, open_at: int, close_at: int) -> bool:
    """Marked words opening a parenthesis that goes on with only a source and
    a date (`I agree with the mayor (“Ferry fares rise,” Harbour Post,
    Thursday).`): a headline cited, as a letters page cites the article it
    answers, not anyone's speech. A verb after the source (`(“…,” Berg
    wrote in the Post)`) is an attribution and leaves it alone, and so is a
    person's name in the source's place (`(“We are ready,” Ana Reyes,
    Monday)`): the source must read as a publication (:func:`_publication`)."""
    i = open_at - 1
    while i >= line_start and text[i] in _SPACES:
        i -= 1
    if i < line_start or text[i] != "(":
        return False
    cited = _CITED_SOURCE.match(text, close_at)
    return cited is not None and _publication(cited.group(1))


def _publication(source: str) -> bool:
    """Does ``source`` (capitalised words) name a publication: a news
    outlet's word (`Harbour Post`), a web address (`HarbourPost.com`), an
    agency, or letters in capitals (`AP`)? A person's name does not."""
    tokens = source.split()
    if source.lower() in SOURCES:
        return True
    return any(
        t.lower() in OUTLET_WORDS
        or (len(t) >= 2 and t.isupper())
        or re.search(r"\w\.[a-z]{2,}$", t) is not None
        for t in tokens
    )


def is_work_in_apposition(text: str, line_start: int, open_at: int, close_at: int) -> bool:
    """Marked words set off by commas after the noun for a work (`his
    column, “The ferry must stay,” is read`, `The film, “Low Tide,” opens`):
    the work's title, not its words. Only when the sentence goes on after
    the closing comma, and not with an attribution (`his book, “I was
    wrong,” he said`: the book's words)."""
    # The joining comma after the closing mark, or inside it (before it);
    # matched first, as it is anchored and the work's noun is searched for.
    after = _GOES_ON.match(text, close_at) or _GOES_ON.match(text, close_at - 1)
    if after is None:
        return False
    low = max(line_start, open_at - 60)
    # (A cheap pre-test before the case-blind search from every place of the
    # window: a match ends with the comma, perhaps spaces after it, at the
    # marks or before a "\n" there, where "$" matches too.)
    if not text[low:open_at].removesuffix("\n").rstrip(" \u00a0").endswith(","):
        return False
    if _WORK_BEFORE.search(text, low, open_at) is None:
        return False
    word, second = after.group(1), after.group(2).lower()
    return word not in PRONOUNS and word not in SPEECH_VERBS and second not in SPEECH_VERBS


# The noun for a work, then up to three words, right before a title that
# ends its sentence (`in his 2012 book, “Sea Lanes.”`, `a co-author of
# “Harbour Lights.”`).
_WORK_NAMED = re.compile(
    r"\b(?:book|film|movie|song|album|show|series|documentary|poem|novel|memoir|play"
    r"|musical|podcast|author[ \u00a0]+of|editor[ \u00a0]+of)"
    r"((?:[ \u00a0,]+[\w'\u2019-]+){0,3}),?[ \u00a0]*$",
    re.IGNORECASE,
)


def is_work_ending_sentence(text: str, line_start: int, open_at: int, content: str) -> bool:
    """A title ending its sentence with a full stop inside the marks, after
    the noun for a work: `Berg said in his 2012 book, “Sea Lanes.”` (the
    work's title, not words anyone said there)."""
    stripped = content.rstrip()
    if not stripped.endswith(".") or stripped.endswith(".."):
        return False
    # (Apostrophes inside their word: `“Here’s the Deal.”` is title-case.)
    core = stripped[:-1]
    if len(core.split()) < 2 or not _title_words(core):
        return False
    named = _WORK_NAMED.search(text, max(line_start, open_at - 50), open_at)
    if named is None:
        return False
    # `Asked about the film, Hale replied, “No Comment.”`: a verb of saying
    # after the noun makes the words someone's, not the work's title.
    return not any(w.lower() in SPEECH_VERBS for w in named.group(1).replace(",", " ").split())


# A programme after its broadcaster's possessive (`Harbour TV’s “Morning
# Tide.”`, `television’s “Crossings,”`, `Harbour News’ “…”`): the owner word,
# its "s" kept in `News’`.
_POSSESSIVE_BEFORE = re.compile(r"(\w+)(?:['\u2019]s|(?<=s)['\u2019])[ \u00a0]+$")
_POSSESSIVE_ENDS = frozenset("'\u2019s")


def _possessive_before(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_POSSESSIVE_BEFORE.search(text, lo, end)``, asked only where it can
    match: every match ends with an apostrophe or an "s" (``'s``, ``s'``)
    and then the spaces that run to the window's end (``$``: its very end,
    or before a line break ending it). Most marks stand after a verb or a
    comma, and the pattern, tried at each of the 40 places before them,
    cost more than the test of the one character (s38-speed2)."""
    last = end
    if last > lo and text[last - 1] == "\n":
        last -= 1
    at = last
    while at > lo and text[at - 1] in " \u00a0":
        at -= 1
    if at in (last, lo) or text[at - 1] not in _POSSESSIVE_ENDS:
        return None
    return _POSSESSIVE_BEFORE.search(text, lo, end)


# Owners that broadcast or schedule a programme: a news outlet's word, a
# network, a day (`on Sunday’s “…”`). A person's possessive (`the mayor’s
# “Yes.”`, `Berg’s “Never Again.”`, `her father’s “…”`) is someone's words.
_DAYS = frozenset(w for w in MONTHS_AND_DAYS if w.endswith("day"))
_BROADCASTERS = OUTLET_WORDS | words("network networks")
# Of those, the ones that name an outlet in lower case too (`television’s
# “…”`); `the reporter’s`, `her guardian’s`, `the observer’s` are people.
_MEDIA = words("television tv radio network networks")
# Initials in capitals own a programme only after a preposition (`said on
# HTV’s`, `a call to ABC’s`, `an interview with Sirius XM’s`); after a verb
# they are a person or a body whose words follow (`quoted TB’s “…”`).
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|[^\w])(?i:on|to|with|of|at|from|in|during)[ \u00a0]+(?:[A-Z][\w.&-]*[ \u00a0]+){0,3}$"
)
# A day owns a programme when it is when the programme ran (`on Sunday’s
# “…”`, `during Friday’s`); after a verb, the words were said that day
# (`read out Monday’s “Never Again.”`).
_ON_BEFORE = re.compile(r"(?:^|[^\w])(?i:on|during)[ \u00a0]+$")


def _broadcaster(text: str, owner: re.Match[str], line_start: int) -> bool:
    """Is the possessive ``owner`` a broadcaster or a day: a word of
    :data:`_BROADCASTERS` (capitalised, or one of :data:`_MEDIA`), letters
    in capitals (`CNN`) after a preposition, or a day after "on" or
    "during"?"""
    word = owner.group(1)
    lower = word.lower()
    if lower in _BROADCASTERS:
        return word[0].isupper() or lower in _MEDIA
    start = owner.start(1)
    window = max(line_start, start - 60)
    if lower in _DAYS:
        return _ON_BEFORE.search(text, window, start) is not None
    if len(word) < 2 or not word.isupper():
        return False
    return _PREPOSITION_BEFORE.search(text, window, start) is not None


# Personal pronouns whose contraction opens speech (`I’m`, `We’re`, `You’ll`);
# not "it" (`It’s a Long Way Home` is as often a title).
_SPEAKING_PRONOUNS = PRONOUNS - words("it one him her them")


def _pronoun_contraction(token: str) -> bool:
    """Is ``token`` a personal pronoun's contraction (`I’m`, `we’re`)?"""
    stem, mark, _rest = token.replace("\u2019", "'").partition("'")
    return bool(mark) and stem.lower() in _SPEAKING_PRONOUNS


def _title_words(core: str) -> bool:
    """Every word of ``core`` capitalised (or a digit, or a function word),
    the first capitalised, twelve words at most: one word is enough here, as
    the caller has read the words around it. Apostrophes stay inside their
    word (`Here’s the Deal`); a personal pronoun's contraction first (`We’re
    Not Leaving`) is someone speaking, as the word-by-word reading of
    :func:`is_title` had it."""
    tokens = core.split()
    if not tokens or len(tokens) > 12:
        return False
    if _pronoun_contraction(tokens[0]):
        return False  # (`“We’re Not Leaving.”`: someone speaking)
    for n, token in enumerate(tokens):
        first = next((ch for ch in token if ch.isalnum()), "")
        if not first:
            return False
        if first.isupper() or (first.isdigit() and n > 0):
            continue
        if n == 0 or token.lower().rstrip(",:;") not in MINOR_WORDS:
            return False
    return True


def is_programme(
    text: str, line_start: int, line_end: int, open_at: int, close_at: int, content: str
) -> bool:
    """Title-case words in marks after a broadcaster's or a day's possessive
    (:func:`_broadcaster`): a programme's title, not anyone's words; after a
    person's (`Lind repeated the mayor’s “Yes.”`) they are that person's
    words and stay. Either its final full stop is inside the marks and the
    paragraph ends there or goes on with a sentence out of marks (`Reyes
    said on Harbour TV’s “Morning Tide.”`), or a comma inside
    or right after the marks goes on with the sentence (`star of
    television’s “Crossings,” thanked`). A quotation right after the title
    (`she said on Harbour TV’s “Morning Tide.” “We sail.”`) leaves it alone,
    and so does a naming verb's name (`Berg called it the council’s “Grand
    Plan.”`: :func:`named_by_subject`)."""
    if len(content) > 120:
        return False  # (cheap first: twelve words at most)
    owner = _possessive_before(text, max(line_start, open_at - 40), open_at)
    if owner is None or not _broadcaster(text, owner, line_start):
        return False
    stripped = content.rstrip()
    point = stripped.endswith(".") and not stripped.endswith("..")
    core = stripped[:-1] if point else stripped
    if core[-1:] in ".!?;:" or not _title_words(core):
        return False
    i = close_at + 1
    if point:
        while i < line_end and text[i] in _SPACES:
            i += 1
        if i < line_end and not (text[i].isupper() or text[i] == "("):
            return False  # another quotation, or the sentence goes on
    else:
        # `television’s “Crossings,” thanked`: the comma inside or after the marks.
        if text[close_at - 1 : close_at] != ",":
            if text[i : i + 1] != ",":
                return False
            i += 1
        if text[i : i + 1] not in _SPACES or not text[i + 1 : i + 2].isalpha():
            return False
    return not named_by_subject(text, line_start, open_at)


# A work before the role of the person it names (`“Life on the Water” star
# Ana Reyes`): a role noun and a capitalised word after the closing mark.
_ROLE_AFTER = re.compile(
    r"[ \u00a0]+(?:co-)?(?:star|host|anchor|author|creator|actor|actress|director|producer"
    r"|writer|alum|contestant|winner)s?[ \u00a0]+[A-Z][\w.'\u2019-]*"
    r"(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){0,3}(?:[ \u00a0]+(\w+))?"
)


# Verbs of saying that attribute on their own right after a name: not those
# that need a particle or an object to say anything (`went on`, `pointed
# out`, `read`, `posted`), which after a role and a name are often deeds
# (`star Ana Reyes went to Paris`).
_SAYS_AFTER_NAME = SPEECH_VERBS - words(
    "go goes went point points pointed chime chimes chimed read reads post posts posted"
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def is_work_before_role(
    text: str, line_start: int, open_at: int, close_at: int, content: str
) -> bool:
    """Marked words opening their sentence, with no punctuation of their own
    at the end, followed by a role noun and a name (`“Life is a Long Swim”
    star Ana Reyes opened up`): the work the person is known for, not words
    anyone said. A verb of saying right after the name (`“No” host Ana Reyes
    replied`), or after an aside set off by a comma (`“Never” host Ana Reyes,
    asked about retiring, said`), attributes the words: they stay a
    quotation."""
    stripped = content.rstrip()
    if not stripped[:1].isupper() or not text[close_at - 1 : close_at].isalnum():
        return False  # (`“We sail,” host Ana Reyes said`: the comma joins an attribution)
    if _count_words(stripped) > 8:
        return False
    role = _ROLE_AFTER.match(text, close_at + 1)
    if role is None or (role.group(1) or "").lower() in _SAYS_AFTER_NAME:
        return False
    if role.group(1) is None and text[role.end() : role.end() + 1] == ",":
        # An aside after the name: a verb of saying before the sentence ends.
        rest = _SENTENCE_END.split(text[role.end() : role.end() + 120], maxsplit=1)[0]
        if any(w.lower() in _SAYS_AFTER_NAME for w in _WORD.findall(rest)):
            return False
    i = open_at - 1
    while i >= line_start and text[i] in _SPACES:
        i -= 1
    return i < line_start or text[i] in ".!?"


_CLOSERS = frozenset("\"\u201d\u2019'\u00bb")
"""Closing marks a sentence standing alone may follow (`“I asked twice.”
“Nobody answers.”`)."""


def is_own_sentence(text: str, line: Line, open_at: int, close_at: int) -> bool:
    """Do the marked words stand as a whole sentence of their own: a capital
    first letter, their own end point inside the closing mark, the line's
    start or a sentence's end before the opening mark, and the line's end or
    a new sentence after the closing one (`said Ruth Ames. “Nobody
    answers.”`)? Not a term or a title (`the “pier tax”`, `so-called
    “experts.”`, `the “Vote No” campaign`), which a phrase holds. Looks only
    at the characters next to the marks."""
    i = open_at + 1
    while i < close_at and text[i] in _SPACES:
        i += 1
    j = close_at - 1
    while j > i and text[j] in _SPACES:
        j -= 1
    if i >= j or not text[i].isupper() or text[j] not in ".!?":
        return False
    b = open_at - 1
    while b >= line.start and text[b] in _SPACES:
        b -= 1
    if b >= line.start:
        if text[b] in _CLOSERS and b > line.start:
            b -= 1  # a closing mark after its sentence's end point
        if text[b] not in ".!?":
            return False
    a = close_at + 1
    while a < line.end and text[a] in _SPACES:
        a += 1
    return a >= line.end or text[a].isupper() or text[a] in ALL_DOUBLE


def _line_index(lines: list[Line], offset: int, hint: int) -> int:
    i = hint
    while i + 1 < len(lines) and lines[i + 1].start <= offset:
        i += 1
    return i


def _edge(text: str, line: Line, index: int, cache: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """The line's first non-space character and its last letter or digit
    (computed once per line, so long lines stay linear)."""
    found = cache.get(index)
    if found is None:
        first = line.start
        while first < line.end and text[first].isspace():
            first += 1
        last = line.end - 1
        while last >= line.start and not text[last].isalnum():
            last -= 1
        found = cache[index] = (first, last)
    return found


def _marked_line_after(doc: Document, index: int) -> bool:
    """Does the line after ``doc.lines[index]`` open with a quotation mark?
    Then a marked word and a colon before it introduce more marked words
    (`“Three things:”` then `“Boats, money and time.”`): speech, not a
    label."""
    if index + 1 >= len(doc.lines):
        return False
    line = doc.lines[index + 1]
    i = line.start
    while i < line.end and doc.scan[i] in _SPACES:
        i += 1
    return i < line.end and doc.scan[i] in ALL_DOUBLE


def _fills(text: str, outer: RawQuote, inner: RawQuote) -> bool:
    """Does the pair ``inner`` hold all of ``outer``'s words, only spaces
    and a comma or a point between their marks (“«…»,”)?"""
    return not text[outer.open + 1 : inner.open].strip() and not text[
        inner.close + 1 : outer.close
    ].strip(" \t\u00a0\u202f,.")


def candidates(doc: Document, raw: list[RawQuote]) -> list[Candidate]:
    """Quotations among the paired marks, in text order, with nested quotes
    pointing at their parents. Linear in the number of pairs."""
    text = doc.scan
    lines = doc.lines
    order = sorted(range(len(raw)), key=lambda k: (raw[k].open, raw[k].level))
    kept: dict[int, int] = {}  # raw index -> candidate index
    out: list[Candidate] = []
    hint = 0
    edges: dict[int, tuple[int, int]] = {}
    doubles = sum(1 for q in raw if q.level == 0 and text[q.open] in ALL_DOUBLE)
    singles = sum(1 for q in raw if q.level == 0 and text[q.open] not in ALL_DOUBLE)
    works = reference_blocks(doc.blocks) if raw else frozenset()
    for k in order:
        q = raw[k]
        if (
            q.level == 0
            and doubles >= singles
            and text[q.open] not in ALL_DOUBLE
            # (Ada Lind called the timetable ‘a gamble’: a naming verb with
            # a person's or a pronoun's subject of its own gives the words
            # as that subject's, whichever marks the writer chose, outside a
            # headline, the text's first line, where single marks are the
            # style; s41-rev2)
            and not (
                q.open >= lines[0].end
                and named_by_subject(text, lines[_line_index(lines, q.open, hint)].start, q.open)
            )
        ):
            # Where speech is in double marks, single-marked text outside them
            # is a headline or a term ('Life-changing and heartbreaking').
            dropped(q.open, q.close, "single marks where speech is in double ones")
            continue
        start, end = q.open + 1, q.close
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in _TRAILING_JOIN:
            end -= 1
        content = text[start:end]
        words = _count_words(content)
        if words == 0 or (
            q.level == 0
            and text[q.open] not in ALL_DOUBLE
            and words < 3
            # ('Nobody answers.' after 'The pier must close,' said Tom Hale.:
            # a whole sentence of its own in single marks is speech, as in
            # double ones; stop 39)
            and not is_own_sentence(text, lines[_line_index(lines, q.open, hint)], q.open, q.close)
            # (Tom Hale called the timetable 'a shambles': a naming verb with
            # a subject of its own gives the marked words as that subject's,
            # in single marks as in double ones; the battery, stop 39)
            and not named_by_subject(
                text, lines[_line_index(lines, q.open, hint)].start, q.open, described=True
            )
            and not reported_in_marks(
                text, lines[_line_index(lines, q.open, hint)].start, q.open, q.close
            )
        ):
            dropped(q.open, q.close, "empty, or a word or two in single marks")
            continue  # single marks around a word or two: 'n', 'Tis ...

        hint = _line_index(lines, q.open, hint)
        end_line = _line_index(lines, max(q.close - 1, q.open), hint)
        first, last = lines[hint], lines[end_line]
        if first.block in works and not _attributed_after(text, q.close):
            # A cited work's title in a reference list's entry, whatever the
            # entry's style: no one's words (s44-refs). Not a quotation with
            # its attribution after it (`“…,” said Tom Hale` under a news
            # story's "Sources"): no entry writes a verb of saying there.
            dropped(q.open, q.close, "a title in a list of cited works")
            continue
        whole = _edge(text, first, hint, edges)[0] >= q.open and (
            _edge(text, last, end_line, edges)[1] <= q.close
        )
        if (
            q.level == 0
            and whole
            and q.paragraphs <= 1
            and (
                is_capitals_heading(content)
                or (is_label(content) and not _marked_line_after(doc, end_line))
            )
        ):
            dropped(q.open, q.close, "a heading or a label line")
            continue
        if (
            q.level == 0
            and not whole
            and (
                (
                    is_title(content)
                    and not said_after(text, first.start, q.open, q.close)
                    # ("„Naprawimy to” – obiecuje.": a bare verb of saying,
                    # the subject dropped; speech, no title; stop 43.)
                    and not bare_incise_after(text, q.close, SPEECH_VERBS)
                    and not named_by_subject(text, first.start, q.open)
                    and not capitals_speech(text, first.start, first.end, q.close)
                )
                or is_cited_headline(text, first.start, q.open, q.close)
                or is_cited_in_parentheses(text, first.start, q.open, q.close)
                or is_nickname(text, first.start, q.open, q.close, content)
                or is_work_in_apposition(text, first.start, q.open, q.close)
                or is_work_ending_sentence(text, first.start, q.open, content)
                or is_programme(text, first.start, first.end, q.open, q.close, content)
                or is_work_before_role(text, first.start, q.open, q.close, content)
                or is_firm_in_marks(text, first.start, q.open, content)
                or is_reference_entry(text, first.start, q.open, q.close)
            )
        ):
            if DROPPED is not None:
                dropped(q.open, q.close, _title_reason(text, first, q, content))
            continue
        parent = None
        if q.level == 1:
            if q.parent is None:
                kind = _top_kind(text, first, q.open, q.close, content, whole, q.paragraphs)
            elif q.parent in kept:
                parent = kept[q.parent]
                kind = QuoteKind.NESTED
                if words <= 2 or is_title(content):
                    dropped(q.open, q.close, "nested: a word or two, or a title")
                    continue
                if _fills(text, raw[q.parent], q):
                    # “«On n'est pas des pions»,” Arsenault said: the inner
                    # marks are the words' language's, one quotation, read
                    # once (review 4, stop 43).
                    dropped(q.open, q.close, "nested: the whole of its parent")
                    continue
            else:
                dropped(q.open, q.close, "nested: its parent dropped")
                continue
        else:
            kind = _top_kind(text, first, q.open, q.close, content, whole, q.paragraphs)
        if kind is QuoteKind.INLINE and not whole and how_named(text, q.close) is not None:
            # `“Reckless” was how Ruth Ames described the vote`: a fragment
            # of hers put first, not a sentence she said (the battery, stop 39).
            kind = QuoteKind.PARTIAL
        if (
            kind is QuoteKind.PARTIAL
            and text[q.open] in "「『"
            and said_in_japanese(text, q.close, last.end)
        ):
            kind = QuoteKind.INLINE  # 田中氏は「…」と述べた: the whole utterance
        kept[k] = len(out)
        out.append(
            Candidate(
                start, end, q.open, q.close, kind, hint, end_line, words, parent, whole, q.closed
            )
        )
    return out


def _title_reason(text: str, line: Line, q: RawQuote, content: str) -> str:
    """Which title test dropped ``q`` (for :data:`DROPPED` only: it asks them
    all again)."""
    lo, o, c = line.start, q.open, q.close
    tests = (
        ("title", is_title(content) and not said_after(text, lo, o, c)
         and not named_by_subject(text, lo, o)
         and not capitals_speech(text, lo, line.end, c)),
        ("cited headline", is_cited_headline(text, lo, o, c)),
        ("headline in parentheses", is_cited_in_parentheses(text, lo, o, c)),
        ("nickname", is_nickname(text, lo, o, c, content)),
        ("work in apposition", is_work_in_apposition(text, lo, o, c)),
        ("work ending its sentence", is_work_ending_sentence(text, lo, o, content)),
        ("programme", is_programme(text, lo, line.end, o, c, content)),
        ("work before a role", is_work_before_role(text, lo, o, c, content)),
        ("firm's name", is_firm_in_marks(text, lo, o, content)),
        ("reference entry", is_reference_entry(text, lo, o, c)),
    )  # fmt: skip
    return "title test: " + (next((name for name, hit in tests if hit), "?"))


_THING_VERBS = words("submit submits submitted")
"""Verbs of saying (:data:`.lexicon.SPEECH_VERBS`) whose object right after
them is a thing ("Tom Hale submitted “Form 27B” to the board": a form's
name); their words follow "that" ("Counsel submitted that “…”"), so marks
right after them hold no whole sentence of theirs."""


def _top_kind(
    text: str, line: Line, open_at: int, close_at: int, content: str, whole: bool, paragraphs: int
) -> QuoteKind:
    if whole or paragraphs > 1:
        return QuoteKind.BLOCK
    i = open_at - 1
    while i >= line.start and text[i] in " \t\u00a0\u202f":
        i -= 1
    prev = text[i] if i >= line.start else ""
    if prev.isalnum():
        j = i
        while j >= line.start and (text[j].isalnum() or text[j] in "\u2019'-"):
            j -= 1
        prev_word = text[j + 1 : i + 1].lower()
        first_alpha = next((c for c in content if c.isalpha()), "")
        if prev_word in SPEECH_VERBS and first_alpha.isupper() and prev_word not in _THING_VERBS:
            return QuoteKind.INLINE
        if (
            prev_word in SINGING
            and first_alpha.isupper()
            and crowd_singing(text, line.start, open_at) is not None
        ):
            # ("The crowd sang “Tommy Hale, he scores when he wants”": a
            # crowd's chant is whole words, as after "chanted".)
            return QuoteKind.INLINE
        if prev_word in RTL_THAT and rtl_letter(first_alpha):
            return QuoteKind.INLINE  # "بحسب X، فإن "…"": the clause said whole
        if korean_said_at(text, close_at + 1) and korean_whole(content):
            # 박 원장은 “…없다”고 말했다: a Korean sentence quoted whole inside
            # the reporting one, its quotative particle glued to the mark (stop 45).
            return QuoteKind.INLINE
        return QuoteKind.PARTIAL
    if (
        prev == ","
        # (Marked words after a comma that open in lower case: a sentence
        # said whole opens with a capital.)
        and next((c for c in content if c.isalpha()), "").islower()
        and (
            _interrupted_subject(text, line.start, i)
            or _aside_within_sentence(text, line.start, i)
            or _after_set_off_name(text, line.start, i)
        )
    ):
        return QuoteKind.PARTIAL
    return QuoteKind.INLINE


_INTERRUPTING = re.compile(
    r"(?:^|[.!?][ \u00a0]+)([A-Z][\w'\u2019-]*(?:[ \u00a0]+[\w'\u2019-]+){1,4}),[ \u00a0]+"
    r"(?:he|she|they|I|we)[ \u00a0]+([a-z]+),$"
)
"""A sentence's opening noun phrase (two to five words, no verb read), then
a comma-framed pronoun and verb ("The driver, he said,"); one word alone is
as often an adverb ("Later, he said, “…”")."""


def _interrupted_subject(text: str, start: int, comma: int) -> bool:
    """Do the marks go on a sentence a comma-framed "he said" interrupts
    ("The driver, he said, “waved at me and kept going.”")? The subject
    before the aside is the narrative's, the marked words its predicate:
    a partial quotation, not a whole one. Asked only of marked words after
    a comma that open in lower case (:func:`_top_kind`; s43-left3)."""
    m = _INTERRUPTING.search(text, max(start, comma - 80), comma + 1)
    return m is not None and m.group(2) in SPEECH_VERBS and not _VERB_IN.search(m.group(1))


_WORDS_ASIDE = re.compile(
    r"[\w,][ \u00a0]+(?:as[ \u00a0]+"
    r"(?:he|she|they|[A-Z][\w'\u2019-]*(?:[ \u00a0]+[A-Z][\w'\u2019-]*){0,2})"
    r"[ \u00a0]+put[ \u00a0]+it|in[ \u00a0]+(?:his|her|their|[A-Z][\w'\u2019-]*['\u2019]s)"
    r"[ \u00a0]+(?:own[ \u00a0]+)?words),$"
)
"""An aside naming whose words follow ("as Venn put it,", "in her words,"),
after a word or a comma of a sentence already under way."""


def _aside_within_sentence(text: str, start: int, comma: int) -> bool:
    """Do the marks finish a sentence the writer began before an aside that
    names whose words they are ("The door was left in because, as Venn put
    it, “it was in tune.”")? The words are a fragment of hers carrying the
    writer's sentence on, a partial quotation, not a sentence she said
    whole. Asked only of marked words after a comma that open in lower
    case (:func:`_top_kind`; s45-rev7)."""
    return _WORDS_ASIDE.search(text, max(start, comma - 60), comma + 1) is not None


_SET_OFF_NAME = re.compile(
    r"[a-z\u2019'],[ \u00a0]+(?:[A-Z][\w.'\u2019-]*[ \u00a0]+){1,3}[A-Z][\w'\u2019-]*,$"
)
"""A person's name (two to four capitalised words, initials allowed) set off
by a comma after a word in lower case, ending in the comma before the
marks ("called the trust's chair, Ada Lind, “…”")."""


_TO_HEARER = re.compile(
    r"\b(?:told|tell|tells|telling|asked|ask|asks|asking|warned|urged|reminded|assured)"
    r"[ \u00a0]+(?:[\w'\u2019-]+[ \u00a0]+){0,3}[\w'\u2019-]+$"
)
"""A verb whose object is the one spoken to, then that object's noun phrase,
ending right before the apposition's comma ("told the trust's chair")."""


def _after_set_off_name(text: str, start: int, comma: int) -> bool:
    """Do the marks go on after a name set off by commas in apposition
    ("Tom Hale called the trust's chair, Ada Lind, “a tireless worker” and
    left")? The comma closes the apposition, not an introduction: the marked
    words carry the sentence on (the object's description, a verb's
    complement), a partial quotation. Asked only of marked words after a
    comma that open in lower case (:func:`_top_kind`; stop 46)."""
    m = _SET_OFF_NAME.search(text, max(start, comma - 60), comma + 1)
    if m is None:
        return False
    # ("The mayor told the trust's chair, Ada Lind, “you will have it”": the
    # apposition is the hearer, the marks what was said to them; stop 46's
    # second reading.)
    return _TO_HEARER.search(text, max(start, m.start() - 60), m.start() + 1) is None


_VERB_IN = re.compile(r"[ \u00a0](?:is|was|are|were|has|had|have|said|says)\b")
