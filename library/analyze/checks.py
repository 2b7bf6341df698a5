"""Quotation-level checks the attribution pass asks of each candidate:
whether a word or two in marks carries on the previous speaker or is a
scare quote (and a second look at one dropped as such), how sure a
quotation's extent is, whether a phrase is credible as the speaker of a
partial quote, whether a later fragment has a speaker of its own, and what
the previous quotation's speaker is when a quotation has no attribution of
its own (carried over unless a body spoke, someone refused, or the
description speaks for someone else).

It answers yes/no and carry-over questions about one quotation; it does not
find the attribution phrase (:mod:`.phrases`, :mod:`.attribution`) nor
resolve it to a person (the package's ``__init__``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from quotemark.library.analyze import partial_gate
from quotemark.library.analyze.attribution import Phrase, sentence_end, sentence_start
from quotemark.library.analyze.common import _previous_line_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.groups import _DESCRIBING, _speech_verb_after
from quotemark.library.analyze.holders import unnamed_teller_before
from quotemark.library.analyze.inversions import foreign_pronoun
from quotemark.library.analyze.issuers import _NEWS_KINDS, _NEWS_NOUNS
from quotemark.library.analyze.lexicon import (
    ARTICLES,
    MONTHS_AND_DAYS,
    ORGANISATION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    words,
)
from quotemark.library.analyze.names import surname
from quotemark.library.analyze.organisations import description_head
from quotemark.library.analyze.quotes import Candidate, is_own_sentence
from quotemark.library.analyze.sources import classify
from quotemark.library.analyze.speakers import People
from quotemark.library.model import Quote, QuoteKind, Speaker

_INHERIT_LINES = 2


def _carries_on(
    doc: Document,
    c: Candidate,
    found: list[Candidate],
    index: int,
    final: dict[int, int],
    quotes: list[Quote],
    last: tuple[int, Speaker] | None,
    people: People,
) -> bool:
    """Does a word or two in marks with no speaker phrase carry on the
    quotation right before it: a whole sentence of its own
    (:func:`.quotes.is_own_sentence`), in that quotation's paragraph or the
    next, no sentence between them, the quotation kept with a speaker its
    text attributes (a name or a description), and nobody else named as a
    subject since (`“I have asked the board twice,” said Ruth Ames.
    “Nobody answers.”`)? Not after a quotation with no speaker or only the
    person in focus guessed, nor for a term or a title (`the “pier tax”`),
    which stands inside a sentence. Asked only of the short quotations the
    rules would drop, and cheap: the characters next to the marks, one
    sentence's start, :func:`_continuing`."""
    if last is None or last[1].span is None or c.line - last[0] > 1 or not c.closed:
        return False  # (a speaker with no span is a guess: the person in focus)
    before = index - 1
    while before >= 0 and found[before].parent is not None:
        before -= 1  # (a quotation nested in the one before is part of it)
    kept = final.get(before) if before >= 0 else None
    if kept is None or quotes[kept].speaker is not last[1]:
        return False  # the quotation right before was dropped, or has no speaker
    text, line = doc.scan, doc.lines[c.line]
    if not is_own_sentence(text, line, c.open, c.close):
        return False
    a = c.close + 1
    while a < line.end and text[a] in " \u00a0":
        a += 1
    opener = _NAME_OPENS.match(text, a, line.end)
    if opener is not None:
        named = people.by_surname.get(opener.group(1).split()[-1].lower())
        if named is not None and named != last[1].name:
            # `“No.” Ada Lind shook her head.`: the sentence right after
            # the marks opens with someone else the text names, whose words
            # they are (s38-revlate).
            return False
    # The sentence right before holds the quotation before (or is its
    # attribution's): no sentence between them, which could name another
    # speaker (`said Ruth Ames. Tom Hale shook his head. “Nobody answers.”`).
    b = c.open - 1
    while b >= 0 and text[b].isspace():
        b -= 1
    previous = found[before]
    if b != previous.close:
        lo = doc.lines[bisect.bisect_right(doc.line_starts, b) - 1].start
        begin = sentence_start(text, max(lo, doc.lines[previous.end_line].start), b)
        if begin > previous.close and text[previous.close + 1 : begin].strip():
            return False  # (`“…?” Ada Lind asked.`: a sentence of its own, hers)
    # `“…,” Tom Hale told Ada Lind. “Why?”`, `Tom Hale asked Ada Lind: “…?”
    # “No.”`: the person the words before were told may answer (s38-revlate).
    opens = sentence_start(text, doc.lines[previous.line].start, previous.open)
    for segment in (text[opens : previous.open], text[previous.close + 1 : c.open]):
        for told in _TOLD.finditer(segment):
            named = people.by_surname.get(told.group(1).split()[-1].lower())
            if named is not None and named != last[1].name:
                return False
    carried = _continuing(doc, c, last, people)
    return carried is not None and carried.span is last[1].span and carried.name == last[1].name


_TOLD = re.compile(
    r"\b(?:told|tells|telling|asked|asks|asking)[ \u00a0]+((?:[A-Z][\w\u2019'-]+[ \u00a0]*){1,3})"
)
"""A name after a verb of telling or asking: the person told, who may
answer ("Tom Hale told Ada Lind")."""

_NAME_OPENS = re.compile(r"((?:[A-Z][a-z][\w\u2019'-]*[ \u00a0]+){1,3})[a-z]")
"""One to three capitalised words and a word in lower case: a name opening
a sentence as its subject ("Ada Lind shook her head")."""


def _scare_reason(phrase: Phrase | None) -> str:
    """Why a partial quotation was dropped as a scare quote (for
    :data:`~quotemark.library.analyze.quotes.DROPPED`)."""
    if phrase is None:
        return "partial: no speaker phrase"
    if phrase.how == "line":
        return "partial: only a line's attribution"
    return "partial: its phrase names no one"


_SO_CALLED = re.compile(r"(?:^|[^\w-])so[-\u2010\u2011 ]called[ \u00a0]*$", re.IGNORECASE)


def _so_called(text: str, open_at: int) -> bool:
    """Do the marks opening at ``open_at`` follow "so-called" (`the
    so-called “save now, fix later” approach`)? The writer names a term
    with them, whoever's clause they stand in: nobody is quoted. Reads the
    dozen characters before the mark."""
    return _SO_CALLED.search(text, max(0, open_at - 13), open_at) is not None


_NICKNAMED = re.compile(
    r"(?:\bnick-?named|,[ \u00a0](?:[\w'\u2019-]+[ \u00a0]){0,2}?known"
    r"(?:[ \u00a0]+[\w'\u2019-]+){0,5}?[ \u00a0]+as)[ \u00a0]+$",
    re.IGNORECASE,
)

_KNOWN_TO_DO = re.compile(
    r"\bknown[ \u00a0]+to[ \u00a0]+[a-z]+[ \u00a0]+"
    r"(?:the|a|an|his|her|its|their|this|that|him|it|them|himself|herself|itself|themselves)\b",
    re.IGNORECASE,
)
""""known to" with a verb and its object after it ("known to describe the
pier as", "known to call it"): what the person does, not what others call
them ("known to the fans as": "to" before its noun, no verb)."""


def nickname_marks(text: str, open_at: int) -> bool:
    """Do the marks opening at ``open_at`` follow "nicknamed", or "known (to
    the fans) as" in a phrase set off after a name (`Jonny Marsh, known to
    the faithful as “the Postman”`, `Fell, a 19-year-old nicknamed
    “Bambi”`)? The marks hold a name a person goes by, nobody's words.
    (Not `a lab that was known as the “…”`: a thing's name in a clause,
    which a report may be quoting.) A test of the characters right before
    the mark first; the pattern reads the 80 before it only when "named" or
    "as" ends them."""
    before = text[max(0, open_at - 8) : open_at].rstrip(" \u00a0")
    if not before.endswith(("named", " as")):
        return False
    m = _NICKNAMED.search(text, max(0, open_at - 80), open_at)
    # (Not "Tom Hale, long known to describe the pier as “…”": an infinitive
    # with its object, his own words for a thing, a partial quotation.)
    return m is not None and _KNOWN_TO_DO.search(text, m.start(), m.end()) is None


def _second_look(
    doc: Document,
    c: Candidate,
    no_phrase: bool,
    people: People,
    last: tuple[int, Speaker] | None,
    per_line: Counter[int],
) -> Quote | None:
    """A span the rules drop as a scare quote, kept after all when the
    learned gate (:mod:`.partial_gate`) finds it a quotation whose speaker
    (carried over, or the person in focus) is likely right; else ``None``.
    Its span is the marked words; it changes no later quotation's speaker."""
    if partial_gate.RECORD is None and partial_gate.active() is None:
        return None
    speaker = _continuing(doc, c, last, people)
    text = doc.scan
    line = doc.lines[c.line]
    s_lo = sentence_start(text, line.start, c.open)
    s_hi = sentence_end(text, max(c.start, c.close - 1), doc.lines[c.end_line].end)
    carried = (
        speaker is not None
        and last is not None
        and speaker.span is last[1].span
        and speaker.name == last[1].name
    )
    ctx = partial_gate.Context(
        text=text,
        start=c.start,
        end=c.end,
        open=c.open,
        words=c.words,
        partial=c.kind is QuoteKind.PARTIAL,
        no_phrase=no_phrase,
        sentence=(s_lo, s_hi),
        previous_sentence_start=sentence_start(text, line.start, max(line.start, s_lo - 1)),
        line=(line.start, line.end),
        subjects_in_sentence=(
            bisect.bisect_left(people.positions, c.open)
            - bisect.bisect_left(people.positions, s_lo)
        ),
        other_quote_in_line=per_line[c.line] > 1,
        speaker=speaker.name if speaker is not None else None,
        carried=carried,
        speaker_confidence=last[1].confidence if carried and last is not None else 0.0,
        previous_quote_same_line=last is not None and last[0] == c.line,
    )
    if not partial_gate.keeps(ctx):
        return None
    return Quote(doc.span(c.start, c.end), c.kind, speaker, extent_confidence=_EXTENT_CLAUSE)


_KONJUNKTIV = words(
    """
    sei seien habe hätte hätten werde würde würden könne könnte könnten müsse müsste
    müssten solle sollte wolle wollte dürfe bräuchte bräuchten gebe gäbe
    """
)
"""German auxiliaries and modals in the Konjunktiv, the mood of reported
speech: a sentence holding one goes on reporting what was said."""


def _konjunktiv_report(
    doc: Document, c: Candidate, last: tuple[int, Speaker] | None
) -> Quote | None:
    """A partial with no speaker phrase in a German sentence of reported
    speech (a verb in the Konjunktiv, :data:`_KONJUNKTIV`), in the
    paragraph of the last quotation: that speaker's words going on ("„…“,
    sagte Tom Hale. Die Wellen hätten „die Planken wie Streichhölzer“
    angehoben."; stop 42). Else ``None``. English has none of the words."""
    if last is None or last[0] != c.line or c.kind is not QuoteKind.PARTIAL:
        return None
    text = doc.scan
    line = doc.lines[c.line]
    lo = sentence_start(text, line.start, c.open)
    hi = sentence_end(text, max(c.start, c.close - 1), doc.lines[c.end_line].end)
    if not any(word.lower() in _KONJUNKTIV for word in text[lo:hi].split()):
        return None
    speaker = replace(last[1], confidence=round(last[1].confidence * 0.8, 2))
    return Quote(doc.span(c.start, c.end), c.kind, speaker, extent_confidence=_EXTENT_CLAUSE)


# How sure the analysis is of a quotation's extent (what a clip or a
# citation quotes): marks that pair in one paragraph settle it; a
# quotation that ran on to a paragraph's end without its closing mark, one
# running on into later paragraphs, and a reported clause whose ends are
# guessed are what the researcher should look at. Below
# ``store.corrections.REVIEW_BELOW`` (0.7) a quotation is listed for review.
_EXTENT_PAIRED = 0.95
_EXTENT_CLAUSE = 0.75
_EXTENT_PARAGRAPHS = 0.65
_EXTENT_CLAUSE_CUT = 0.6  # a later fragment with its own speaker ended it
_EXTENT_UNCLOSED = 0.5


def _extent_confidence(c: Candidate) -> float:
    """How sure the extent of candidate ``c`` is (see above)."""
    if not c.closed:
        return _EXTENT_UNCLOSED
    if c.kind is QuoteKind.PARTIAL:
        return _EXTENT_CLAUSE
    if c.end_line > c.line and not c.whole_line:
        return _EXTENT_PARAGRAPHS
    return _EXTENT_PAIRED


def _own_attribution(phrase: Phrase | None, last_fragment_end: int) -> bool:
    """Does a later fragment inside a reported clause have a speaker of its
    own, named with a speech verb after the clause's previous fragment?"""
    return (
        phrase is not None
        and phrase.how == "before"
        and phrase.start > last_fragment_end
        and bool(phrase.text.strip())
        and _credible(phrase.text)
    )


_WHO_CLAUSE = re.compile(
    r"(?:[\w\u2019'-]+[ \u00a0]+){0,3}?((?:[A-Z][\w.\u2019'-]*[ \u00a0]+){0,3}[A-Z][\w\u2019'-]+)"
    r",[ \u00a0]+who[ \u00a0][^,;:\u201c\u201d\"]*"
)


_QUOTING_NAME = re.compile(
    r",?[ \u00a0]+(?:quoting|citing)[ \u00a0]+((?:[a-z]+[ \u00a0]+){0,2}"
    r"[A-Z][\w.\u2019'-]*(?:[ \u00a0]+[A-Z][\w.\u2019'-]*){0,4})(?=[ \u00a0]*(?:[.,;]|$))"
)
"""A participle of quoting or citing set off by a comma, and the name it
quotes, ending its clause (", quoting Ada Lind.", ", citing harbour master
Ada Lind,"); the name (with the office before it) is group 1."""


def _quoting_participle(doc: Document, c: Candidate, phrase: Phrase) -> Phrase | None:
    """The person a speaker phrase's clause goes on to quote by name: after
    the quotation, the phrase and its speech verb, then ", quoting NAME" to
    the sentence's end (`“…,” the Gazette reported, quoting Ada Lind.`);
    before it, the speech verb, then ", quoting NAME," and "that" or nothing
    up to the marks (`The Gazette reported, quoting Ada Lind, that “…”`);
    or the phrase itself ending in ", quoting NAME" set off in the subject
    (`The Gazette, quoting Ada Lind, reported`). Only when the phrase is
    a news outlet or an agency ("the paper"); not a day ("citing
    Tuesday"). Whoever reports the words quotes them from that person: the person
    speaks. ``None`` when the clause has no such participle."""
    text = doc.scan
    m: re.Match[str] | None
    inside = _QUOTING_NAME.search(text, phrase.start, phrase.end)
    if inside is not None and inside.end() == phrase.end and text[inside.start()] == ",":
        # "The Gazette, quoting Ada Lind, reported": the participle set off
        # inside the subject (review of stop 36).
        m = inside
    elif phrase.how == "after":
        line_end = doc.lines[c.end_line].end
        at = phrase.end
        verb = _speech_verb_after(text, at) if text[at : at + 1] == " " else None
        if verb is not None:
            at = verb.end()  # "the Gazette reported, quoting"
        m = _QUOTING_NAME.match(text, at, line_end)
        if m is None or text[at : at + 1] != ",":
            return None
    elif 0 < phrase.verb_end < c.open and text[phrase.verb_end - 1] == ",":
        # (the verb's end holds its comma: "reported, quoting")
        m = _QUOTING_NAME.match(text, phrase.verb_end, c.open)
        if m is None or text[m.end() : c.open].strip(" \u00a0,") not in ("", "that"):
            return None
    else:
        return None
    reporter = text[phrase.start : m.start()] if m is inside else phrase.text
    if classify(reporter) not in _NEWS_KINDS and (description_head(reporter) not in _NEWS_NOUNS):
        # "Tom Hale said, quoting Scripture", "…, citing Ada Lind": a person
        # speaks and names a source; only a paper or an agency reports the
        # words of the person it quotes (review of stop 36).
        return None
    name = m.group(1)
    words_of = name.split()
    if any(w in PREPOSITIONS or w in ARTICLES for w in words_of if w.islower()):
        return None  # "quoting aides to Ada Lind": the aides, not she
    if name.endswith(("\u2019s", "'s")):
        return None  # "quoting Ada Lind's letter"
    if all(w.rstrip(".").lower() in MONTHS_AND_DAYS for w in words_of if w[:1].isupper()):
        return None  # "citing Tuesday": when, not whom (review of stop 36)
    end = m.end(1)
    if name.endswith(".") and len(words_of[-1]) > 3:
        end -= 1  # the sentence's stop, not an initial's ("Emmet G.")
    return Phrase(m.start(1), end, text[m.start(1) : end], phrase.how, phrase.verb_end)


def _held_in_who_clause(doc: Document, c: Candidate, phrase: Phrase) -> Phrase | None:
    """The name a sentence opens with when marked words sit in its who-clause
    and the words after them, up to the verb of saying, open with a
    lower-case word that is no pronoun or determiner ("between May and
    October, says"); else ``None``."""
    words = phrase.text.split()
    if not words or not words[0][:1].islower() or words[0].lower() in PRONOUNS | _DESCRIBING:
        return None  # ("the 39-year-old founder of ..., said": a speaker of its own)
    text = doc.scan
    line = doc.lines[c.line].start
    begin = sentence_start(text, line, c.open)
    m = _WHO_CLAUSE.fullmatch(text, begin, c.open)
    if m is None and begin > line and doc.scan[c.start : c.start + 1].islower():
        # A point before words that go on in lower case ("who lost 16 lbs.
        # “and two belt loops”") is an abbreviation's, and ends no sentence.
        m = _WHO_CLAUSE.fullmatch(text, sentence_start(text, line, begin - 1), c.open)
    if m is None:
        return None
    return Phrase(m.start(1), m.end(1), m.group(1), "before")


def _credible(phrase: str) -> bool:
    """Can this phrase say a partial quote? A name, a person pronoun (another
    language's too: "lui", "ela"), or a noun phrase; not "it", "which" or a
    lone adjective ("generative")."""
    words = phrase.split()
    if not words:
        return True  # a speech verb whose subject is out of reach
    first = words[0].lower()
    if first in {"it", "which", "that", "this", "who", "what", "there"}:
        return False
    if len(words) > 1 or first in {"he", "she", "they", "i", "we", "police", "people"}:
        return True
    if foreign_pronoun(words[0]) is not None:
        return True  # "Selon lui", "Segundo ela", "Według niego" (stop 43)
    if "\u4e00" <= words[0][:1] <= "\u9fff":
        return True  # (a Chinese subject, 张建国, 省交通厅: Han has no capitals)
    return words[0][:1].isupper() or first.endswith("s")


def _turn_speaker(name: str | None, people: People, at: int) -> Speaker | None:
    """The speaker the exchange gives a dialogue turn (``name``): told by
    the turns around it, not by words of its own (low confidence)."""
    if name is None:
        return None
    return Speaker(name, people.role_at(name, at), _TURN_CONFIDENCE)


_TURN_CONFIDENCE = 0.6


def _narrated_turn(doc: Document, at: int, people: People) -> str | None:
    """Who says a turn at ``at`` that opens no exchange (no dialogue just
    before it) and whose inciso names no one (`—… —dijo—. …`): the person
    the paragraph just before names as a subject ("Marta Ibarra, que lleva
    veinte años en la lonja, considera …" / "—¿Doce mil euros? … —dijo—.";
    stop 42), else no one. Only that paragraph: further back the narrator
    may have moved on."""
    return people.resolve(at, _previous_line_start(doc, at))


def _continuing(
    doc: Document, c: Candidate, last: tuple[int, Speaker] | None, people: People
) -> Speaker | None:
    """A quotation with no attribution of its own: the previous quotation's
    speaker when it is close and nobody else was named since, else the last
    person named as a subject (low confidence); an unnamed person the
    sentence just before brings in saying something goes on speaking
    (:func:`.holders.unnamed_teller_before`) over both."""
    teller = unnamed_teller_before(doc, c.open)
    if teller is not None:
        # "A teacher from Kerrow, whose name we withheld, told us that ...
        # / “…”": her words, not those of a person or place named before.
        # (Its place lets one named as a subject after it speak next.)
        return Speaker(None, teller[0], 0.4, doc.span(teller[1], teller[2]))
    named = people.resolve(c.open)
    if last is not None and c.line - last[0] <= _INHERIT_LINES:
        prev = last[1]
        if prev.name in people.organisations.names and prev.span is not None:
            # An organisation is no person the text names: it goes on
            # speaking unless a person is named as a subject after it.
            since = doc.starts[prev.span.end.block] + prev.span.end.offset
            named = people.resolve(c.open, since)
            if named is not None and _refused(doc.scan, since, c.open, named):
                named = None  # "Tom Hale declined to comment." (as below)
        elif prev.span is not None and named != prev.name:
            # "“…,” said Mr. Gunnels, who works on Mr. Sanders's campaign.
            # “…”": a person named in the rest of the attribution's own
            # sentence is part of its description, not a new speaker; one
            # named as a subject after that sentence speaks next, after an
            # unnamed speaker as after a named one ("“…,” the company
            # tweeted. Tom Hale tweeted a warning. “…”", stop 37).
            said_at = doc.starts[prev.span.end.block] + prev.span.end.offset
            end = 0
            if said_at <= c.open:
                end = sentence_end(doc.scan, said_at, c.open)
                named = people.resolve(c.open, end)
            elif prev.name is None:
                named = None
            if prev.name is None and named is not None and _speaks_for(prev.role, named):
                # "“…,” a spokeswoman for Tom Hale said. Hale has denied the
                # claims. “…”": the one she speaks for is named again, and she
                # goes on speaking for him (review of stop 37).
                named = None
            if named is not None and _refused(doc.scan, end, c.open, named):
                # "“…,” the company said. Tom Hale declined to comment. “…”":
                # the one who would not speak says nothing next (review of
                # stop 37).
                named = None
        if named is None or prev.name == named or (prev.name is None and prev.span is None):
            body = None
            if prev.span is not None and (named is None or prev.name == named):
                said_at = doc.starts[prev.span.end.block] + prev.span.end.offset
                if said_at < c.open:
                    body = _body_speaking(doc.scan, sentence_end(doc.scan, said_at, c.open), c.open)
            if body is not None and body != prev.role:
                # "“…,” Ben Ross said. The harbour board said in a statement
                # on Friday that ... / “…”": the body spoke since; the bare
                # quotation is its statement's (review 2, stop 39).
                return Speaker(None, body, 0.4)
            return Speaker(prev.name, prev.role, round(min(prev.confidence, 0.6), 2), prev.span)
    if named is None:
        return None
    return Speaker(named, people.role_at(named, c.open), 0.4)


_BODY_SAYS = re.compile(
    r"(?:(?<![^\n\u2028])|(?<=[.!?][ \u00a0])|(?<=[.!?][\u201d\u2019\"][ \u00a0]))"
    r"The((?:[ \u00a0]+[a-z][\w'\u2019-]*){2,5})"
)
"""A sentence opening with "The" and lower-case words ("The harbour board
said in"): read by :func:`_body_speaking`."""
_BODY_SAYS_BETWEEN = words("also later then")
_BODY_STATES = words(
    "said says announced added stated wrote warned confirmed insisted argued explained declared"
)
"""Verbs of a body's statement: not "asked" or "told" ("The union asked him
to wait": his answer may follow)."""
_SAID_NOTHING = words("nothing little no")


def _body_speaking(text: str, lo: int, pos: int) -> str | None:
    """The last body (``ORGANISATION_WORDS``: "the harbour board", "the
    union") the text between ``lo`` and ``pos`` has speak as a sentence's
    subject ("The harbour board said in a statement ...", "The union later
    announced"), else ``None``."""
    if pos - lo < 12 or text.find("The ", lo, pos) < 0:
        return None  # (a pre-test: most gaps between quotations hold none)
    found = None
    for m in _BODY_SAYS.finditer(text, lo, pos):
        said = m.group(1).split()
        for k, word in enumerate(said[:3]):
            if word not in ORGANISATION_WORDS:
                continue
            verb = k + 1
            if verb < len(said) and said[verb] in _BODY_SAYS_BETWEEN:
                verb += 1
            if (
                verb < len(said)
                and said[verb] in _BODY_STATES
                and (verb + 1 == len(said) or said[verb + 1] not in _SAID_NOTHING)
            ):
                found = " ".join(["the", *said[: k + 1]])
            break
    return found


_REFUSED = re.compile(
    r"\b(?:(?:(?:has|had|have)[ \u00a0]+)?(?:declined|refused)[ \u00a0]+"
    r"(?:to[ \u00a0]+(?:comment|be[ \u00a0]+interviewed)|comment)"
    r"|(?:did|has|have|had)[ \u00a0]+not[ \u00a0]+(?:immediately[ \u00a0]+)?"
    r"(?:respond|return|reply)"
    r"|could[ \u00a0]+not[ \u00a0]+be[ \u00a0]+reached"
    r"|(?:was|is)[ \u00a0]+not[ \u00a0]+available[ \u00a0]+for[ \u00a0]+comment)\b"
)
"""A refusal to speak ("declined to comment", "did not respond to a
request", "could not be reached")."""


def _refused(text: str, lo: int, pos: int, name: str) -> bool:
    """Does the last sentence before ``pos`` (not before ``lo``) say the
    person ``name`` declined to speak, the name its subject right before the
    refusal ("Tom Hale declined to comment.", "Hale did not respond to a
    request for comment.")? Not a refusal in a clause about the person
    ("Hale, who declined to comment, proposes …: “…”": the words are still
    Hale's)."""
    start = sentence_start(text, lo, max(lo, pos - 1))
    m = _REFUSED.search(text, start, pos)
    if m is None:
        return False
    before, key = text[start : m.start()].rstrip().lower(), surname(name)
    return before.endswith(key) and not before[: len(before) - len(key)][-1:].isalpha()


def _speaks_for(role: str | None, name: str) -> bool:
    """Does the description of an unnamed speaker name the person ``name``
    ("a spokeswoman for Tom Hale", "Hale\u2019s lawyer", "an aide to Mr.
    Hale"): the person's surname is one of its words?"""
    if not role:
        return False
    key = surname(name)
    for token in role.split():
        word = surname(token)  # the word cleaned and lower-cased
        if word == key or (word.endswith(("\u2019s", "'s")) and word[:-2] == key):
            return True
    return False
