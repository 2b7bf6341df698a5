"""Interviews and transcripts: the answers are the interviewee's words.

A post that saves an interview writes its answers with no quotation marks:
"Q:"/"A:" paragraphs after a standfirst that names the interviewee, or
turns opened by a speaker's label ("HALE:", "Tom Hale:"). Each answer is a
block quotation (:attr:`~quotemark.library.model.QuoteKind.BLOCK`, as a whole
paragraph of someone's words already is) given to the interviewee, or to
the person its label names, as the text names them in full elsewhere
("HALE:" is Tom Hale).

The questions are the interviewer's and are no quotation: a "Q:" names no
one, and a label whose every turn is a question ("Harbour Wire:", "AMES:")
is the one asking; the post's writer or outlet asks them, and the reader
does not show the post's own text as someone's quotation (the marked
quotations inside a question stay their speakers').

Only a clear transcript is read: at least :data:`_MIN_ANSWERS` answer
paragraphs; "Q:"/"A:" only after a standfirst that names a person (a FAQ
names no interviewee); a label only when it names a person (an "Update:",
"Note:" or "WATCH:" list names no one), so a single "Tom Hale: ..." line in
a story, or a headline "Hale: ...", is left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from quotemark.library.analyze.common import word_starts
from quotemark.library.analyze.document import Document, Line
from quotemark.library.analyze.gender import of_word
from quotemark.library.analyze.lexicon import HONORIFICS, words
from quotemark.library.analyze.names import strip_titles
from quotemark.library.model import BlockKind, Quote, QuoteKind, Span, Speaker

_MIN_ANSWERS = 3
"""Answer paragraphs a transcript needs: fewer is a story quoting a line."""

_LABEL_REACH = 40
"""How far into a paragraph its label's colon may stand (the pre-test)."""

_LABEL = re.compile(
    r"[ \t\u00a0]*((?:[A-Z][A-Za-z'\u2019.-]*)(?:[ \u00a0][A-Z][A-Za-z'\u2019.-]*){0,2})"
    r":[ \t\u00a0]+(?=\S)"
)
"""A paragraph's opening label: up to three capitalised words and a colon."""


_QUALIFIED_REACH = 90
"""How far a label's colon may stand when a bracket closes just before it
("Craig Dunmore (Skerra and the Isles) (SNP):")."""

_QUALIFIED_LABEL = re.compile(
    r"[ \t\u00a0]*([A-Z][\w'\u2019.-]*(?:[ \u00a0](?:[A-Z][\w'\u2019.-]*|for|of|the|and)){0,5})"
    r"(?:[ \u00a0]\(([A-Z][^()\n:]{1,60})\)(?:[ \u00a0]\([^()\n:]{1,30}\))?)?"
    r":[ \t\u00a0]+(?=\S)"
)
"""A debate record's label (stop 46): a name or an office, then up to two
brackets, then a colon. "Ada Lind (Lund North) (Ind):" is a member with her
seat and party; "The Minister for Ports (Sam Okoro):" and "Madam Deputy
Speaker (Rhona Quill):" an office with its holder in the first bracket, and
the office alone ("The Minister for Ports:") later the same holder. Group 1
is the name or office, group 2 the first bracket's words."""

_CONNECTIVE = re.compile(r"[ \u00a0](?:for|of|the|and)[ \u00a0]")
"""A lower-case word inside an office's name ("Minister for Ports"): with no
bracket, the office alone is a label only so (its holder named in another
turn's bracket)."""

_DASHED_LABEL = re.compile(
    r"([A-Z][\w'\u2019.-]*(?:[ \u00a0][A-Z][\w'\u2019.-]*){1,2})[ \u00a0]+(?:--|[-\u2013\u2014])"
    r"[ \u00a0]+[A-Z](?:(?!--)[^\n:.!?\u2013\u2014]){0,70}"
)
"""A call transcript's label on a line of its own (stop 46): a name, a dash
and the person's role, no colon ("Ada Lind -- Chief Executive Officer",
"Rhona Quill - Analyst"); the turn is the paragraphs under it."""

_DASHED_LABEL_LENGTH = 100
"""Longest line read as a dashed label (the pre-test)."""

_TIMED_LABEL = re.compile(
    r"([A-Z][\w'\u2019.-]*(?:[ \u00a0][A-Z][\w'\u2019.-]*){0,2})"
    r"(?:[ \u00a0]\([^()\n:]{1,40}\))?[ \u00a0]+\((?:\d{1,2}:)?\d{1,2}:\d{2}\):?"
)
"""A transcription service's label on a line of its own (stop 47): a name,
perhaps a bracket saying where the words come from, and the time the turn
starts in brackets ("Ada Lind (00:21):", "Rhona Quill (archive, 1987)
(02:04):"); the turn is the paragraphs under it, as under a dashed label."""


_STAMP = re.compile(r"\[(?:\d{1,2}:)?\d{1,2}:\d{2}\][ \t\u00a0]+(?=[A-Z])")
"""A time stamp in square brackets before a turn's label on the turn's own
line ("[00:12:03] NEIL HARTLEY: That's right."), as an automatic
transcript prints it (s48-rev15): the label stands after it."""


_TIMED_ENDS = ("):", ")")
"""How a timed label's line ends (the pre-test)."""


def _label_line(raw: str) -> re.Match[str] | None:
    """The label a block that is a label line alone holds: a call's dashed
    one (:data:`_DASHED_LABEL`) or a timed one (:data:`_TIMED_LABEL`);
    ``None`` for any other block (pre-tested on its length and marks)."""
    if len(raw) >= _DASHED_LABEL_LENGTH:
        return None
    if " -" in raw or " \u2013" in raw or " \u2014" in raw:
        m = _DASHED_LABEL.fullmatch(raw.strip())
        if m is not None:
            return m
    if raw.endswith(_TIMED_ENDS):
        return _TIMED_LABEL.fullmatch(raw.strip())
    return None


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_FIGURE_WORDS = 3
"""The most words beside a figure in a table's row ("4,512 votes (38.2 per
cent)"); a turn opening with a number says more ("50 per cent of them,
I would say.")."""

_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u2019\u201d)\]]*$")


def opens_with_label(text: str) -> bool:
    """Does ``text`` open with a speaker's label (:data:`_LABEL`: "HOST:
    Have you?", "Ada Lind: Every week."; :data:`_QUALIFIED_LABEL` with a
    bracket: "Tom Hale (Port Edda) (Con): Will she give way?")? The
    plain-text reader asks it of a short paragraph, to keep a transcript's
    turn from being a heading."""
    return bracketed_label(text) is not None or _LABEL.match(text) is not None


def bracketed_label(text: str) -> str | None:
    """The words after the label ``text`` opens with when that label is the
    bracketed one of a debate record (:data:`_QUALIFIED_LABEL`: "Tom Hale
    (Port Edda) (Con): Will she give way?" gives "Will she give way?"); else
    ``None`` (no label, or a plain one: "HOST: Have you?")."""
    if _LABEL.match(text) is not None:
        return None
    m = _QUALIFIED_LABEL.match(text)
    return text[m.end() :] if m is not None and m.group(2) is not None else None


_QUESTION, _ANSWER = "Q", "A"

_NOT_A_FIRST_NAME = words(
    "the a an and but or of in on at by for to from with mr mrs ms dr sir dame "
    "lord lady said says told asked when where while if as that this"
)
"""Capitalised words that open a sentence before a surname but are no first
name ("The Hale family", "Mr Hale"): a full name is a first name and the
surname."""

_TURN_BLOCKS = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE})


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer paragraph: ``text[start:end]`` (label left out) is the
    words of ``name``, named at ``named_at`` (its label, or the standfirst's
    mention of the interviewee)."""

    start: int
    end: int
    line: int
    name: str
    named_at: tuple[int, int]
    described: bool = False  # ``name`` a description ("Crowd"), no name
    role: str | None = None  # a study's participant's: "(P3, community nurse)"


@dataclass(frozen=True, slots=True)
class _Turn:
    line: int
    label: str
    label_at: int
    start: int
    end: int
    inside: tuple[str, int] | None = None  # a bracket's words and place: "(Sam Okoro)"
    qualified: bool = False  # the label says who the person is: a seat, a role


def _turns(doc: Document) -> list[_Turn]:
    """Every paragraph opened by a label, in text order.

    Found from the text's colons: a label's colon stands within
    :data:`_LABEL_REACH` of its line's start, and most lines hold none, so
    ``str.find`` skips from one line holding a colon to the next (each
    line's first colon is the one asked about) instead of a loop over every
    line (most open with a capital, which the old first test let through)."""
    text = doc.scan
    lines = doc.lines
    starts = doc.line_starts
    out: list[_Turn] = []
    colon = text.find(":")
    while colon >= 0:
        number = bisect.bisect_right(starts, colon) - 1
        line = lines[number] if number >= 0 else None
        if line is None or colon >= line.end:
            colon = text.find(":", colon + 1)  # (between lines: a code block)
            continue
        if colon < line.start + _LABEL_REACH or (
            colon < line.start + _QUALIFIED_REACH and text[colon - 1] == ")"
        ):
            turn = _turn(doc, text, number, line)
            if turn is not None:
                out.append(turn)
        colon = text.find(":", line.end)
    dashed = _dashed_turns(doc, text)
    if dashed:
        out = sorted([*out, *dashed], key=lambda t: t.line)
    return out


def _dashed_turns(doc: Document, text: str) -> list[_Turn]:
    """The turns under a call transcript's label lines (:data:`_DASHED_LABEL`,
    or a transcription service's :data:`_TIMED_LABEL`, a block of its own):
    each paragraph after the label up to the next one, while it ends a
    sentence ("Operator" or "Questions and Answers" ends the turn). A line
    holding only a name a label line gave before opens a turn too: a call's
    participants list names each speaker with the role, and the turns stand
    under the name alone (stop 47), unless the paragraph under it names that
    person itself (:func:`_names_itself`: a profile's name line over "Lind
    opened the day ..."). Read only as an exchange: two people's
    labels, one of them over two turns, so a byline "Ada Lind - Staff
    Writer" over a story opens none."""
    out: list[_Turn] = []
    label: tuple[str, int] | None = None
    openings: dict[str, int] = {}
    for index, block in enumerate(doc.blocks):
        raw = block.text
        if (
            len(raw) < _DASHED_LABEL_LENGTH
            and (" -" in raw or " \u2013" in raw or " \u2014" in raw or raw.endswith(_TIMED_ENDS))
            and (m := _label_line(raw)) is not None
        ):
            start = doc.starts[index]
            label = (m.group(1), start + raw.find(m.group(1)))
            openings[label[0]] = openings.get(label[0], 0) + 1
            continue
        if (
            openings
            and len(raw) < _DASHED_LABEL_LENGTH
            and raw.strip() in openings
            and not _names_itself(doc, index + 1, raw.strip())
        ):
            # The name alone over the turn, as a call's participants list
            # gave it with a dash and the role ("Ada Lind - Chief Executive
            # Officer" listed, then "Ada Lind" over each of her turns).
            name = raw.strip()
            label = (name, doc.starts[index] + raw.find(name))
            openings[name] += 1
            continue
        if label is None:
            continue
        start = doc.starts[index]
        end = start + len(raw)
        while end > start and text[end - 1].isspace():
            end -= 1
        if block.kind not in _TURN_BLOCKS or not _ENDS_SENTENCE.search(text, start, end):
            label = None
            continue
        line = bisect.bisect_right(doc.line_starts, start) - 1
        out.append(_Turn(line, label[0], label[1], start, end, qualified=True))
    if len(openings) < 2 or max(openings.values()) < 2:
        return []
    return out


def _names_itself(doc: Document, index: int, name: str) -> bool:
    """Does the paragraph at ``index`` write the last word of ``name`` (the
    name standing alone over it) as a word? Then the name heads a profile
    ("Ada Lind" over "Lind opened the day ..."), not a turn: no one says
    their own surname of themselves (s47-final-analyze)."""
    if index >= len(doc.blocks):
        return False
    return next(word_starts(doc.blocks[index].text, name.split()[-1]), -1) >= 0


def _turn(doc: Document, text: str, number: int, line: Line) -> _Turn | None:
    """The turn ``line`` opens, when a label opens it, or a time stamp in
    brackets and a label after it (:data:`_STAMP`); the line's first colon
    is within :data:`_LABEL_REACH` (the stamp's, when one stands first)."""
    opens = line.start
    first = text[opens]
    if first == "[" and (stamp := _STAMP.match(text, opens, line.end)) is not None:
        opens = stamp.end()  # ("[00:00:19] NEIL HARTLEY:": the label after the stamp)
    elif not (first.isupper() or first in " \u00a0\t"):
        return None
    if doc.blocks[line.block].kind not in _TURN_BLOCKS:
        return None
    m = _LABEL.match(text, opens, line.end)
    inside: tuple[str, int] | None = None
    if m is None:
        m = _QUALIFIED_LABEL.match(text, opens, line.end)
        if m is None:
            return None
        if m.group(2) is not None:
            inside = (m.group(2).strip(), m.start(2))
        elif _CONNECTIVE.search(m.group(1)) is None:
            return None  # (four capitalised words and no bracket: no label, as before)
    end = line.end
    while end > m.end() and text[end - 1].isspace():
        end -= 1
    if text[m.end()].isdigit() and len(_LETTER_WORD.findall(text, m.end(), end)) <= _FIGURE_WORDS:
        # "Ada Lind (Lab): 4,512", "Turnout: 41 per cent": a figure after
        # the label is a row of a table or a results list, no one's words
        # (a count read twice, a recount, named each candidate twice and
        # made their votes their quotations; s46-final-extract).
        return None
    qualified = inside is not None
    return _Turn(number, m.group(1), m.start(1), m.end(), end, inside, qualified)


def _is_question(text: str, turn: _Turn) -> bool:
    return text[turn.end - 1 : turn.end] == "?"


_FIRST_NAME = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]")
"""One first name of :func:`_full_name` and its space, at a word's start."""
_NEXT_FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]")
_SURNAME_END = re.compile(r"\b(?!:)")
"""After the surname: a word's end, and no label's colon."""
_FIRST_NAME_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")


def _full_name(prose: str, surname: str) -> str | None:
    """The first full name ending in ``surname`` (any case) the text writes
    outside a label ("Tom Hale" for "HALE"): one or two first names, plain
    capitalised words ("Editor's Note" is none)."""
    word = surname.capitalize() if surname.isupper() else surname
    if word not in prose:
        return None  # (the surname never written: no name)
    for start, end in _first_names_before(prose, word):
        firsts = prose[start:end].split()
        while firsts and firsts[0].lower() in _NOT_A_FIRST_NAME:
            firsts = firsts[1:]
        # ("Governor Mary Fallin": the person is Mary Fallin.)
        name = strip_titles([*firsts, word])[1]
        if len(name) > 1:
            return " ".join(name)
    return None


def _first_names_before(prose: str, word: str) -> Iterable[tuple[int, int]]:
    """Where the first names of each match of the pattern

        (?<![\\w'\\u2019])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \\u00a0]){1,2})WORD\\b(?!:)

    stand (group 1's start and end), as its ``finditer`` finds them, with no
    pattern compiled for the word (one compile a surname, ~0.2 ms, before
    stop 45). Each first name matches one way only (its letters cannot be
    a hyphen or a space), so a match at a place is two names before the
    word, else one; and every match starts at a capital at most two words
    before a place the word is written with its end after it. Those
    capitals are tried in order, as the engine tries every place, each
    search resuming at the last match's end."""
    starts: set[int] = set()
    at = prose.find(word)
    while at >= 0:
        if _SURNAME_END.match(prose, at + len(word)) and prose[at - 1 : at] in (" ", "\u00a0"):
            lo = at - 1
            for _ in range(2):  # (back over two words' letters and their space)
                while lo > 0 and prose[lo - 1] in _FIRST_NAME_LETTERS:
                    lo -= 1
                if lo == 0 or prose[lo - 1] not in (" ", "\u00a0"):
                    break
                lo -= 1
            starts.update(i for i in range(lo, at - 1) if "A" <= prose[i] <= "Z")
        at = prose.find(word, at + 1)
    resume = 0
    for start in sorted(starts):
        if start < resume:
            continue
        first = _FIRST_NAME.match(prose, start)
        if first is None:
            continue
        second = _NEXT_FIRST_NAME.match(prose, first.end())
        for end in (second.end() if second else -1, first.end()):
            after = end + len(word)
            if end >= 0 and prose.startswith(word, end) and _SURNAME_END.match(prose, after):
                yield start, end
                resume = after
                break


_OFFICES = words(
    "sen senator rep representative chairman chairwoman chair gov governor judge "
    "commissioner councillor councilman councilwoman minister mayor premier"
)
"""Offices that open a hearing's labels ("SEN. LIND:", "Chairman Hale:")."""


def _office_titled(parts: Sequence[str]) -> bool:
    """Does a label open with an office before one more word ("SEN. LIND",
    "Rep. Hale")? A committee hearing's member: the member's questions are
    on the record and cited as theirs, unlike an interviewer's, who is the
    post's writer or outlet and carries no office in the label (s42-rev2)."""
    return len(parts) >= 2 and parts[0].lower().rstrip(".") in _OFFICES


def _honorific_titled(parts: Sequence[str]) -> bool:
    """Does a label open with an honorific (:data:`.lexicon.HONORIFICS`)
    before a surname ("MR QUINN", "Dr. Hale")? The person is named by the
    surname, as "QUINN:" is (a label of the honorific alone, "Mr:", names
    no one)."""
    return len(parts) == 2 and parts[0].lower().rstrip(".") in HONORIFICS


_PRESENTER_LABELS = words("host presenter anchor moderator")
"""Labels a broadcast transcript gives its presenter's turns ("HOST:")."""

_PRESENTED_BY = re.compile(
    r"(?:\b(?:presented|hosted|anchored|moderated)[ \u00a0]+by"
    r"|\b(?:[Hh]ost|[Pp]resenter|[Aa]nchor|[Mm]oderator),?)[ \u00a0]+"
    r"([A-Z][a-z]+(?:[ \u00a0][A-Z][\w'\u2019-]+){1,2})"
)
"""Where the text names its presenter: "presented by Tom Hale", "host Tom
Hale", "The programme's presenter, Tom Hale"."""


def _presenter(prose: str) -> str | None:
    """The person the text names as presenting the programme
    (:data:`_PRESENTED_BY`), first; ``None`` when it names none."""
    return _first_named(_PRESENTED_BY, prose)


def _first_named(pattern: re.Pattern[str], prose: str) -> str | None:
    """The name (group 1) of ``pattern``'s first match in ``prose``, else
    ``None``: who the text names as presenting or as interviewing."""
    m = pattern.search(prose)
    return m.group(1) if m else None


_INTERVIEWED_BY = re.compile(
    r"(?:\b[Ii]nterviewer:|\b[Ii]nterview(?:ed)?[ \u00a0]+by"
    r"|\b[Ii]nterview\b(?:[^.,\n]{0,80}?,)?[ \u00a0]+conducted[ \u00a0]+by)[ \u00a0]+"
    r"([A-Z][a-z]+(?:[ \u00a0][A-Z][\w'\u2019-]+){1,2})"
)
"""Where the text names the one asking (stop 47): "Interviewer: Craig
Dunmore", "interviewed by Craig Dunmore", and (s48-rev15) an interview
"conducted by" someone, the participle right after the interview or set
off after it by a comma ("Interview with Dorothy Mensah, conducted by Ian
Whitfield at the centre"; not a survey or a review "conducted by" someone
in the interview's sentence: s48-final-analyze). Their turns are questions put for
the archive or the post, no one's quotation, even one that thanks the
narrator ("Thank you, Morag.") and so is no question."""


def _interviewer(prose: str) -> str | None:
    """The person the text names as the interviewer (:data:`_INTERVIEWED_BY`),
    first; ``None`` when it names none."""
    if "nterview" not in prose:
        return None  # (the pre-test: a search from every word's start is dear)
    return _first_named(_INTERVIEWED_BY, prose)


_INITIALS = re.compile(r"[A-Z]{2}")
"""A label of two capitals alone ("MI:", "CD:"): a transcript's initials."""

_CAPITALISED_PAIR = re.compile(
    r"(?<![\w'\u2019])([A-Z][a-z]+)[ \u00a0]([A-Z][a-z][\w'\u2019-]*)\b(?!:)"
)
"""Two capitalised words, a first name and a surname perhaps."""


def _by_initials(prose: str, label: str) -> str | None:
    """The one full name the text writes whose initials are the label's
    ("MI" is Morag Innes, "CD" Craig Dunmore); ``None`` when it writes none
    or more than one ("Mrs Innes" is no first name)."""
    found = {
        f"{m.group(1)} {m.group(2)}"
        for m in _CAPITALISED_PAIR.finditer(prose)
        if m.group(1)[0] == label[0]
        and m.group(2)[0] == label[1]
        and m.group(1).lower() not in _NOT_A_FIRST_NAME
    }
    return found.pop() if len(found) == 1 else None


def _person(doc: Document, label: str, at: int) -> tuple[str, tuple[int, int]] | None:
    """The person a label names, as the text names them in full ("HALE:"
    and "Tom Hale:" are Tom Hale), with the label's place; ``None`` when the
    text names no such person ("Update:", "WATCH:", "Harbour Wire:"). A
    broadcast's "HOST:" is the presenter the text names ("presented by Tom
    Hale"): their turns are on air and on the record, as a hearing's
    member's are; a host whose every turn is a question is still the one
    asking, left out before this is asked."""
    parts = label.split()
    if len(parts) == 1 and parts[0].lower() in _PRESENTER_LABELS:
        presenter = _presenter(doc.prose)
        return None if presenter is None else (presenter, (at, at + len(label)))
    if len(parts) == 1 and _INITIALS.fullmatch(parts[0]) and parts[0].capitalize() not in doc.prose:
        # ("MI:" is Morag Innes when the text writes no word "Mi" of its own.)
        initials = _by_initials(doc.prose, parts[0])
        return None if initials is None else (initials, (at, at + len(label)))
    if _office_titled(parts) or _honorific_titled(parts):
        parts = parts[1:]  # "SEN. LIND:" is Ada Lind (a hearing's member), "MR QUINN:" Peter Quinn
    if any(w.lower().rstrip(".") in _NOT_A_FIRST_NAME for w in parts):
        return None
    name = _full_name(doc.prose, parts[-1])
    if name is None:
        return None
    if len(parts) > 1:
        firsts = [w.capitalize() if w.isupper() else w for w in parts[:-1]]
        if name.split()[:-1] != firsts:
            return None  # "Harbour Wire:": the text names no Harbour Wire
    return name, (at, at + len(label))


def _interviewee(
    doc: Document, names: Iterable[str], before: int, writer: str
) -> tuple[str, tuple[int, int]] | None:
    """The person the standfirst (the text before the first "Q:") names
    first in full, the writer set aside, and where; ``None`` on a page that
    names no one there (a FAQ)."""
    standfirst = doc.prose[:before]
    first: tuple[int, str] | None = None
    for name in set(names):
        if name == writer or " " not in name:
            continue
        at = standfirst.find(name)
        if at >= 0 and (first is None or at < first[0]):
            first = (at, name)
    if first is None:
        return None
    at, name = first
    return name, (at, at + len(name))


def answers(doc: Document, names: Callable[[], Iterable[str]], writer: str) -> list[Answer] | None:
    """The answers of the transcript ``doc`` holds, in text order (``None``
    when it is no transcript). ``names`` gives the people the text names in
    full: asked only of a "Q:"/"A:" transcript, for its interviewee."""
    turns = _turns(doc)
    if not turns:
        turns = _asked_turns(doc)
    if len(turns) < _MIN_ANSWERS:
        return None
    text = doc.scan
    out: list[Answer] = []
    qa = [t for t in turns if t.label in (_QUESTION, _ANSWER)]
    if sum(t.label == _ANSWER for t in qa) >= _MIN_ANSWERS and qa[0].label == _QUESTION:
        who = _interviewee(doc, names(), qa[0].label_at, writer)
        if who is not None:
            name, named_at = who
            out.extend(_qa_answers(qa, name, named_at))
    by_label: dict[str, list[_Turn]] = {}
    callers: dict[str, tuple[str, tuple[int, int]]] = {}
    for t in turns:
        if t.label in (_QUESTION, _ANSWER):
            continue
        key = t.label
        if t.inside is not None and (caller := _caller(doc, t)) is not None:
            key = f"{t.label} ({t.inside[0]})"  # (each caller their own, under one role)
            callers[key] = caller
        by_label.setdefault(key, []).append(t)
    labelled: list[Answer] = []
    interviewer: str | None = None
    looked = False  # (the interviewer is looked for once, when a label names someone)
    for label, own in by_label.items():
        on_record = _office_titled(label.split()) or any(t.qualified for t in own)
        if not on_record and all(_is_question(text, t) for t in own):
            continue  # the interviewer's: questions are no quotation
        person = callers.get(label) or _person(doc, label, own[0].label_at) or _held_by(doc, own)
        if person is None:
            continue
        name = person[0]
        if not looked:
            interviewer, looked = _interviewer(doc.prose), True
        if name == interviewer and not on_record:
            continue  # the one asking, named as such: no quotation
        for t in own:
            labelled.append(
                Answer(t.start, t.end, t.line, name, (t.label_at, t.label_at + len(t.label)))
            )
    interrupted = _interrupted(turns, labelled)
    if (len(labelled) >= _MIN_ANSWERS and _takes_turns(labelled)) or interrupted:
        out.extend(labelled)
    if len(out) < _MIN_ANSWERS and not interrupted:
        return None
    return sorted(out, key=lambda a: a.start)


_ASKED_LENGTH = 200
"""Longest paragraph read as an interview's question on a line of its own."""

_ASKED_AFTER = 3
"""The most paragraphs before an unlabelled interview's first question: a
headline, a standfirst naming the interviewee, a byline or a date. An
interview opens with its questions; a story's box of questions stands
after the story's own paragraphs."""

_ADDRESSED = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
"""The second person a question to the interviewee holds ("Does that bother
you?", "Your last book ...")."""


def _asked_turns(doc: Document) -> list[_Turn]:
    """An interview printed with no labels (stop 47): each question a short
    paragraph of one line ending in "?", the answer the paragraphs under it
    up to the next question (after the last one, its first paragraph only:
    a note on the book or the film follows). Read as "Q:"/"A:" turns, so
    only after a standfirst naming the interviewee (:func:`answers`), and
    only in a text no label opens a turn of (a labelled transcript's "HOST:
    ... you?" paragraphs are its own turns, not unlabelled questions: read
    with them, a radio programme's answers went to its name; s47-fix1), and
    only with at least :data:`_MIN_ANSWERS` questions each answered, at
    least half of them put to "you": an explainer's own questions ("What
    happened? Why does it matter?") address no one; and only with the first
    question among the text's first paragraphs (:data:`_ASKED_AFTER`)."""
    text = doc.scan
    if (
        text.count("?") < _MIN_ANSWERS  # (one character: counted four times as fast)
        or text.count("?\n") + text.endswith("?") < _MIN_ANSWERS
    ):
        return []  # (the pre-test: three paragraphs ending in a question mark)
    rows: list[tuple[int, int, int, bool]] = []
    asked = 0
    for index, block in enumerate(doc.blocks):
        if block.kind not in _TURN_BLOCKS:
            continue
        start = doc.starts[index]
        end = start + len(block.text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        question = (
            end - start <= _ASKED_LENGTH
            and text[end - 1] == "?"
            and text.find("\u2028", start, end) < 0
        )
        asked += question
        rows.append((bisect.bisect_right(doc.line_starts, start) - 1, start, end, question))
    if asked < _MIN_ANSWERS:
        return []
    first = next(i for i, row in enumerate(rows) if row[3])
    if first > _ASKED_AFTER:
        # "Ada Lind, the harbour master, closed the pier ... / Can you still
        # park on the front? / Yes, ...": a box of readers' questions in a
        # story answered by no one the text names (s47-final-analyze).
        return []
    last = max(i for i, row in enumerate(rows) if row[3])
    out: list[_Turn] = []
    answered = addressed = 0
    for i in range(first, len(rows)):
        line, start, end, question = rows[i]
        if question:
            out.append(_Turn(line, _QUESTION, start, start, end))
            addressed += _ADDRESSED.search(text, start, end) is not None
        elif i < last or rows[i - 1][3]:
            if rows[i - 1][3]:
                answered += 1
            out.append(_Turn(line, _ANSWER, start, start, end))
    if answered < _MIN_ANSWERS or 2 * addressed < answered:
        return []
    return out


_NAME_AND_PLACE = re.compile(r"([A-Z][a-z]+),[ \u00a0]+[A-Z][^,()]*")
"""A bracket giving a first name and a town ("Sue, Gillingham")."""


def _caller(doc: Document, turn: _Turn) -> tuple[str, tuple[int, int]] | None:
    """The person a phone-in's label names in its bracket by a first name
    and a town ("CALLER (Sue, Gillingham):" is Sue), with the name's place,
    when the label is one word naming no one the text names in full (a
    role: "CALLER", "LISTENER"); ``None`` otherwise. Each caller is their
    own speaker, though every caller's label is the same role (s48-rev15);
    a member's seat and party ("Tom Hale (Lab, Stallbridge):") follow a
    name, not a role."""
    if turn.inside is None or " " in turn.label:
        return None
    words_, at = turn.inside
    m = _NAME_AND_PLACE.fullmatch(words_)
    if m is None or m.group(1).lower() in _NOT_A_FIRST_NAME:
        return None
    if _full_name(doc.prose, turn.label) is not None:
        return None
    return m.group(1), (at, at + len(m.group(1)))


def _held_by(doc: Document, own: Sequence[_Turn]) -> tuple[str, tuple[int, int]] | None:
    """The person an office's label names in its bracket ("The Minister for
    Ports (Sam Okoro):"), for every turn of that office: a debate record
    names the holder once and then prints the office alone. ``None`` when
    no turn of the label has a bracket naming a person (a seat, "(Lund
    North)", is asked of only when the label before it names no one)."""
    for t in own:
        if t.inside is not None:
            words_, at = t.inside
            return _person(doc, words_, at)
    return None


def _interrupted(turns: Sequence[_Turn], labelled: Sequence[Answer]) -> bool:
    """Is this a speech printed as delivered: one person's label in
    capitals with their office or honorific ("MINISTER LIND:") opening two
    turns, a turn under another label between them (a heckler's, "AUDIENCE
    MEMBER:")? Two answers are a transcript then: a story quoting a line
    writes no label twice, nor an interjection between (s43-left2)."""
    if len(labelled) != 2 or labelled[0].name != labelled[1].name:
        return False
    own = [t for t in turns if t.line in (labelled[0].line, labelled[1].line)]
    label = own[0].label
    parts = label.split()
    if not (label.isupper() and (_office_titled(parts) or _honorific_titled(parts))):
        return False
    return any(labelled[0].line < t.line < labelled[1].line and t.label != label for t in turns)


def _takes_turns(labelled: list[Answer]) -> bool:
    """Does someone speak twice among the labelled answers (labels that
    alternate, or one repeated)? A list of people each labelled once
    ("Tom Hale: the harbour master", "Ada Lind: a pilot") is no exchange."""
    seen: set[str] = set()
    for answer in labelled:
        if answer.name in seen:
            return True
        seen.add(answer.name)
    return False


def _qa_answers(qa: list[_Turn], name: str, named_at: tuple[int, int]) -> list[Answer]:
    """Each "A:" paragraph. (Not the unlabelled paragraphs after one: an
    interview written up as a profile puts the writer's narrative there,
    "She laughs at the memory. “…,” she says", s40-review's post 03.)"""
    return [Answer(t.start, t.end, t.line, name, named_at) for t in qa if t.label == _ANSWER]


_THIRD = {"he": "m", "He": "m", "she": "f", "She": "f"}
"""A pronoun speaker inside a turn, and the sex it states."""

_TURN_KIN = re.compile(
    r"\b[Mm]y[ \u00a0]+(dad|mum|mam|nan|gran|grandad|grandma|grandpa|husband|wife|son|daughter"
    r"|brother|sister|mother|father|grandmother|grandfather|granddaughter|grandson|aunt|uncle"
    r"|niece|nephew)\b(?:[ \u00a0]+([A-Z][a-z]+)\b)?+(?!['\u2019]s\b)"
)
"""The speaker's own kin ("My dad", "my daughter Amy"): group 1 the kin
noun, group 2 the first name after it, if any. Not the kin's possession
("My dad's lawyer": the lawyer is the one; s48-final-analyze)."""

_SPOKEN_KIN = {
    **dict.fromkeys(("dad", "grandad", "grandpa"), "m"),
    **dict.fromkeys(("mum", "mam", "nan", "gran", "grandma"), "f"),
}
"""The sex of kin nouns of speech the gender lexicon does not hold."""

_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)\]]*[ \u00a0]+")
"""Where a sentence ends inside a turn: its stop, its closing marks, the
space after."""

_KIN_REACH = 600
"""How far before a pronoun its two sentences are looked for first."""


def _kin_before(doc: Document, turn_start: int, pronoun: Span) -> Speaker | None:
    """The speaker's own kin a pronoun inside a turn stands for ("My dad
    milked till he was eighty. He used to say, “…”", "Then my daughter Amy
    wants to try goats. She says goats are “…”"; s48-rev15): the last "my"
    and a kin noun in the pronoun's sentence or the one before, of the
    pronoun's sex, with no full name between (then the name may be the
    one). The first name after the kin noun is the name ("Amy"); else the
    description as written ("My dad"). ``None`` when there is none: the
    reading made before stands (the turn's speaker, who says "I", is no
    "he")."""
    text = doc.scan
    at = doc.starts[pronoun.start.block] + pronoun.start.offset
    # The last two sentence ends, looked for close by first: a long turn
    # of many "he said"s is read once, not once a pronoun (s48-final-analyze).
    # (A match starting at or after ``near`` is the same match either way.)
    near = max(turn_start, at - _KIN_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, near, at)]
    if len(ends) < 2 and near > turn_start:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, turn_start, at)]
    window = ends[-2] if len(ends) >= 2 else turn_start
    found = None
    for m in _TURN_KIN.finditer(text, window, at):
        found = m
    if found is None and len(ends) >= 2:
        # "My son went to the rigs. He phones on a Sunday. Last week he told
        # me, “…”": a sentence the same pronoun opens goes on with the kin,
        # so the one before it is read too (s49-rev16).
        found = _kin_before_same(text, ends, pronoun.text, near, at)
    if found is None or _person_pair_between(text, found.end(), at):
        return None
    noun = found.group(1).lower()
    sex = _SPOKEN_KIN.get(noun) or of_word(noun)
    if sex is not None and sex != _THIRD[pronoun.text]:
        return None
    if found.group(2) is not None:
        return Speaker(found.group(2), None, 0.7, doc.span(found.start(2), found.end(2)))
    span = doc.span(found.start(), found.end())
    return Speaker(None, text[found.start() : found.end(1)], 0.7, span)


def _kin_before_same(
    text: str, ends: list[int], pronoun: str, floor: int, at: int
) -> re.Match[str] | None:
    """:func:`_kin_before`'s kin further back: while the sentence before the
    pronoun's opens with the same pronoun ("He phones on a Sunday."), the
    sentence before that one, down to ``floor``; the last kin there."""
    opening = pronoun[0].upper() + pronoun[1:] + " "
    k = len(ends) - 2
    if not text.startswith(opening, ends[k]):
        return None
    while k >= 0 and text.startswith(opening, ends[k]):
        k -= 1
    found = None
    for m in _TURN_KIN.finditer(text, ends[k] if k >= 0 else floor, ends[k + 1]):
        found = m
    return found


def _person_pair_between(text: str, lo: int, hi: int) -> bool:
    """Is there a full name perhaps between ``lo`` and ``hi`` (two
    capitalised words), other than a thing's name after "the" ("a drifter,
    the Morning Star": a boat; s49-rev16)? After "the", three capitalised
    words are a title and a name ("the Reverend John Knox";
    s49-final-analyze)."""
    return any(
        not text.endswith(("the ", "The ", "the\u00a0"), 0, m.start())
        or _CAPITALISED_NEXT.match(text, m.end()) is not None
        for m in _CAPITALISED_PAIR.finditer(text, lo, hi)
    )


_CAPITALISED_NEXT = re.compile(r"[ \u00a0][A-Z][a-z]")
"""A third capitalised word right after a pair."""


def with_answers(
    doc: Document, quotes: Sequence[Quote], found: list[Answer], writer: str | None = None
) -> tuple[Quote, ...]:
    """``quotes`` and the transcript's answers, in text order: each answer a
    block quotation of its person, the marked quotations inside it nested
    in it (the interviewee quoting someone: still that someone's words).
    A nested quotation given to ``writer`` (the post's "I", read from the
    turn's own "As I said to staff, “…”") is the turn's speaker's: inside a
    turn, "I" is the one speaking (stop 46)."""
    made = [
        Quote(
            doc.span(a.start, a.end),
            QuoteKind.BLOCK,
            Speaker(None, a.name, 0.85, doc.span(*a.named_at))
            if a.described
            else Speaker(a.name, a.role, 0.85, doc.span(*a.named_at)),
        )
        for a in found
    ]
    spans = [(a.start, a.end) for a in found]

    def _start(q: Quote) -> int:
        return doc.starts[q.span.start.block] + q.span.start.offset

    order = sorted(
        [(_start(q), 1, i) for i, q in enumerate(quotes)]
        + [(a.start, 0, i) for i, a in enumerate(found)]
    )
    new_index = {(src, i): n for n, (_at, src, i) in enumerate(order)}
    out: list[Quote] = []
    for at, src, i in order:
        if src == 0:
            out.append(made[i])
            continue
        q = quotes[i]
        if q.parent is not None:
            out.append(replace(q, parent=new_index[(1, q.parent)]))
            continue
        holder = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
        if holder is None:
            out.append(q)
            continue
        kind = q.kind if q.kind is QuoteKind.PARTIAL else QuoteKind.NESTED
        speaker = q.speaker
        if writer is not None and speaker is not None and writer in (speaker.name, speaker.role):
            speaker = made[holder].speaker
        elif speaker is not None and speaker.span is not None and speaker.span.text in _THIRD:
            speaker = _kin_before(doc, found[holder].start, speaker.span) or speaker
        out.append(replace(q, kind=kind, speaker=speaker, parent=new_index[(0, holder)]))
    return tuple(out)
