"""Speech set off by dashes: the narrator's inciso and dialogue opened by a dash.

Spanish (and Russian, and plain text typed with "--") sets the narrator's
words inside speech between dashes, a verb of saying first:

- inside quotation marks, ``“No vamos a cerrar la línea —aseguró Lucía
  Gómez—, el ferry seguirá.”``: the marked words hold the narrator's inciso,
  which is not the speaker's. The quotation becomes two, before and after the
  inciso (the second one :attr:`~.quotes.Candidate.follows` the first, whose
  speaker it takes), so what the reader highlights and what a clip takes are
  the speaker's words only. (``Quote.marked`` would not do: the reader draws
  it for partial quotations only, and a clip takes the whole span.)
- with no marks at all, a paragraph opened by a dash (the raya of
  dialogue): ``—El ferry sale esta noche —dijo Ana López—. Vuelve mañana.``
  The speech runs from the opening dash to the next dash followed by a verb
  of saying, and resumes after the inciso's closing dash (or ends there when
  the inciso has none: ``—Sale esta noche —explicó la capitana.``). A
  paragraph opened by a dash with no such inciso (a list item, an aside, a
  byline) is no quotation. Such a paragraph is a turn of the dialogue: a
  turn whose inciso names no one (``—Pues me voy —contestó.``) is the other
  person's when exactly two people have spoken in turn in the paragraphs
  just before (:func:`other_of_two`), else no one's (not the last speaker's
  words going on); a dash after the inciso's sentence opens another turn in
  the same paragraph (``—Vamos —dijo Ana—. —No puedo —respondió Luis.``).

A dash is an inciso's opening one only when a lowercase verb of saying
follows it (a space between them allowed, for the spaced style: ``--
dijo``, Russian ``— сказала Анна. — …``, where a dash after the narrator's
sentence opens the speech again), not an English base form (``— say, the
captain —``), and then the speaker, an article, a pronoun or the inciso's
end (not ``— reported missing —``, ``— said to be the last —``). The
English aside ``The ferry — the last one — left`` has no verb at all.
Inside quotation marks the inciso must close with a dash (or run to the
closing mark). Both passes cost a substring test on text without a dash,
and stay linear (an inciso is read at most :data:`_REACH` characters on).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import (
    SPANISH_ADVERBS,
    SPANISH_TIME_CLAUSES,
    SPEECH_VERBS,
    words,
)
from quotemark.library.analyze.press_languages import (
    HUNGARIAN_PREVERBS,
    press_language,
    swedish_speech_end,
)
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.model import QuoteKind
from quotemark.library.scripts import writes_english

_DASH_CHARS = "\u2014\u2013\u2015"
_SPACES = " \t\u00a0\u202f"
_WORD = re.compile(r"\w+")
# A dash (or "--") after a space, then (perhaps after a space) a lowercase
# word and the word after it: an inciso's opening when that word says.
_AFTER_SPACE = r"[\s\u00a0\u202f]"
_OPENING = re.compile(
    rf"(?:\u2014(?<={_AFTER_SPACE}.)|\u2013(?<={_AFTER_SPACE}.)|\u2015(?<={_AFTER_SPACE}.)"
    rf"|-(?<={_AFTER_SPACE}-)-)"
    r"[ \u00a0\u202f]?([^\W\d_][\w\u2019'-]*)"
    r"(?:[ \u00a0\u202f]+([\w\u2019'-]+))?"
)
"""(Each alternative opens with its dash and looks behind at the space
before it: the engine skips to the next dash character instead of trying
the look-behind at every one; the same matches. s49-attr.)"""
# A sentence's end inside the inciso: it ran on with no closing dash.
_STOP = re.compile(r"[.!?…][ \u00a0\u202f]")
# English base forms (`— say, Costco`: an aside's "say", not a verb of
# saying with its speaker): a word the lexicon also has with an "s".
_BASE_FORMS = frozenset(
    v for v in SPEECH_VERBS if v + "s" in SPEECH_VERBS or v + "es" in SPEECH_VERBS
)
# After the verb, the inciso names its speaker (a capitalised name, or an
# article, possessive or pronoun opening a description), puts a time or
# manner word first (`—añadió luego la capitana—`), or ends (`—respondió—.`).
# A lowercase word of any other kind makes the dash an aside (`— reported
# missing —`, `— said to be the last —`).
_TIME_OPENERS = SPANISH_ADVERBS | SPANISH_TIME_CLAUSES
"""The words of :data:`_SPEAKER_OPENERS` that put a time or manner first,
naming no one (`—añadió luego—`, `—contestó despacio—`, `—dijo mientras
soltaba amarras—`)."""
_SPEAKER_OPENERS = _TIME_OPENERS | words(
    "la el los las un una unos unas su sus ella él ellos ellas usted ustedes "
    "the a an his her their its our my he she they we "
    "он она они его её их"  # noqa: RUF001 (Russian pronouns)
)
_LINE_OPENERS = frozenset(_DASH_CHARS + _SPACES + "-")
"""What a line opened by a dash can start with."""
_REACH = 300
"""The longest inciso read (characters after its verb)."""
_TRIM_BEFORE = _SPACES + ","
_SKIP_AFTER = _SPACES + ",.;:"


def _names_speaker(word: str) -> bool:
    """Can ``word``, right after an inciso's verb, open who says it?"""
    lower = word.lower()
    return word[:1].isupper() or lower in _SPEAKER_OPENERS or lower.endswith("mente")


def _has_dash(text: str) -> bool:
    return "\u2014" in text or "\u2013" in text or "\u2015" in text or "--" in text


def _inciso(text: str, lo: int, hi: int, marked: bool) -> tuple[int, int, int, bool] | None:
    """The first inciso in ``text[lo:hi]``: (its opening dash, the end of
    its closing dash or -1 when it has none, where the narrator's words end:
    the closing dash's end or the sentence's end, whether it names its
    speaker after the verb: not `—respondió—.`, `—añadió luego—`). Inside quotation marks
    (``marked``) the inciso closes with a dash or runs to the marks: one
    whose sentence ends before them is no inciso (`“… — assure the board.
    …”`: an English aside)."""
    for m in _OPENING.finditer(text, lo, hi):
        verb = m.group(1)
        word = verb.lower()
        if not verb[:1].islower() or word not in SPEECH_VERBS or word in _BASE_FORMS:
            continue
        nxt = m.group(2)
        if nxt in HUNGARIAN_PREVERBS and press_language(text) == "hu":
            nxt = None  # "– tette hozzá.": the verb's particle after it names no one
        if nxt is not None and not _names_speaker(nxt):
            continue  # "— said to be the last": not saying
        named = nxt is not None and nxt.lower() not in _TIME_OPENERS and not nxt.endswith("mente")
        at = m.start()
        # (Read up to :data:`_REACH` characters on, so a paragraph of many
        # dashes stays linear.)
        limit = min(hi, m.end(1) + _REACH)
        closing = _closing_dash(text, m.end(1), limit)
        if closing is not None:
            return at, closing, closing, named
        stop = _STOP.search(text, m.end(1), limit)
        if stop is None:
            if marked and limit < hi:
                continue
            return at, -1, hi, named
        if marked:
            continue
        j = stop.end()
        while j < hi and text[j] in _SPACES:
            j += 1
        if j < hi and (text[j] in _DASH_CHARS or text.startswith("--", j)):
            # `— Паром будет ходить, — сказала Анна. — Приходите.`: a new
            # dash after the narrator's sentence opens the speech again.
            end = j + (2 if text.startswith("--", j) else 1)
            return at, end, end, named
        return at, -1, stop.end(), named
    return None


def _closing_dash(text: str, lo: int, hi: int) -> int | None:
    """The end of the inciso's closing dash: the first dash before the
    sentence ends, unless it opens an aside of its own (a space before it,
    a word right after it)."""
    i = lo
    while i < hi:
        ch = text[i]
        if ch in ".!?" and (i + 1 >= hi or text[i + 1] in _SPACES):
            return None
        dash = 1 if ch in _DASH_CHARS else 2 if text.startswith("--", i) else 0
        if dash:
            end = i + dash
            if text[i - 1] in _SPACES and end < hi and text[end].isalnum():
                return None
            return end
        i += 1
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SKIP_AFTER:
        start += 1
    while end > start and text[end - 1] in _TRIM_BEFORE:
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _has_words(text: str, start: int, end: int) -> bool:
    """``bool(_words(text, start, end))``, the first word found, not a list
    of them all: asked of each stretch of a line opened by a dash, most of
    them the whole line (s49-attr)."""
    return _WORD.search(text, start, end) is not None


def _pieces(text: str, start: int, end: int, marked: bool) -> list[tuple[int, int, int, int, bool]]:
    """The speaker's stretches of ``text[start:end]`` around its incisos, as
    (first character, end, dash before it or -1, dash after it or -1,
    whether the inciso after it names its speaker); one stretch and no
    inciso: nothing to split. The speech stops at an inciso with no closing
    dash. A dash opening a stretch after the inciso's sentence (`—dijo
    Ana—. —No puedo`) opens another turn, and is no part of it."""
    out: list[tuple[int, int, int, int, bool]] = []
    lo, before = start, -1
    while lo < end:
        if before >= 0:
            j = lo
            while j < end and text[j] in _SKIP_AFTER:
                j += 1
            width = 1 if j < end and text[j] in _DASH_CHARS else 0
            if width and j > lo and text[j - 1] in _SPACES:
                lo, before = j + width, j
        found = _inciso(text, lo, end, marked)
        if found is None:
            a, b = _trim(text, lo, end)
            if _has_words(text, a, b):
                out.append((a, b, before, -1, False))
            break
        dash, closing, resume, named = found
        a, b = _trim(text, lo, dash)
        if _has_words(text, a, b):
            out.append((a, b, before, dash, named))
        if closing < 0:
            break
        lo, before = resume, closing - 1
    return out


def split_incisos(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """Marked quotations holding the narrator's inciso, split around it
    (nested quotations go with the part that holds them; one inside the
    inciso is dropped)."""
    text = doc.scan
    if not _has_dash(text):
        return found
    out: list[Candidate] = []
    parts_of: dict[int, list[int]] = {}  # index in ``found`` -> indices in ``out``
    changed = False
    for index, c in enumerate(found):
        if c.parent is not None:
            holder = next(
                (p for p in parts_of.get(c.parent, ()) if out[p].start <= c.start < out[p].end),
                None,
            )
            if holder is None:
                changed = True
                continue  # inside the inciso: the narrator's, not a nested quotation
            parts_of[index] = [len(out)]
            out.append(c if c.parent == holder else replace(c, parent=holder))
            continue
        pieces = _pieces(text, c.start, c.end, True) if _has_dash(text[c.start : c.end]) else []
        if not any(before >= 0 or after >= 0 for _a, _b, before, after, _named in pieces):
            parts_of[index] = [len(out)]
            out.append(c)
            continue
        changed = True
        kind = QuoteKind.INLINE if c.kind is QuoteKind.BLOCK and c.line == c.end_line else c.kind
        first = len(out)
        parts_of[index] = list(range(first, first + len(pieces)))
        owner = first
        for n, (a, b, before, after, named) in enumerate(pieces):
            follows = None if n == 0 or named else owner
            if follows is None:
                owner = len(out)
            line = _line(doc, a, c.line)
            out.append(
                replace(
                    c,
                    start=a,
                    end=b,
                    open=c.open if n == 0 else before,
                    close=after if after >= 0 else c.close,
                    kind=kind,
                    line=line,
                    end_line=_line(doc, max(a, b - 1), line),
                    words=_words(text, a, b),
                    whole_line=False,
                    follows=follows,
                )
            )
    return out if changed else found


def _line(doc: Document, offset: int, hint: int) -> int:
    i = hint
    while i + 1 < len(doc.lines) and doc.lines[i + 1].start <= offset:
        i += 1
    return i


def dash_dialogue(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the speech of paragraphs opened by a dash (dialogue
    with no quotation marks), in text order. In English text a line that
    holds a marked quotation already is left to it. In text of another
    language (stop 45) a dash after a sentence's end opens speech inside the
    paragraph too (Hungarian: "Varga szerint a gond nem új. – Tíz éve …
    – fogalmazott."), only where an inciso with a verb of saying follows,
    and a line's marked quotations keep their words, the dash's speech taking
    the rest ("– … – mondta Kovács Péter. A döntést „…” nevezte.")."""
    text = doc.scan
    if not _has_dash(text):
        return found
    taken: set[int] | None = None
    spans: list[tuple[int, int]] | None = None
    english: bool | None = None
    extra: list[Candidate] = []
    openers = _LINE_OPENERS
    for number, line in enumerate(doc.lines):
        if line.start >= line.end:
            continue
        opened = text[line.start] in openers
        if not opened:
            # (Most lines: one character looked at, and in English text no more.)
            if english is None:
                english = writes_english(text)
            if english or not _has_dash(text[line.start : line.end]):
                continue
        if taken is None:
            taken = {n for c in found if c.parent is None for n in range(c.line, c.end_line + 1)}
            spans = [(c.open, c.close) for c in found if c.parent is None]
        if english is None and number in taken:
            english = writes_english(text)
        if number in taken and english:
            continue
        starts = [line.start] if opened else []
        if english is False:
            starts += [m.end() - 1 for m in _MID_OPENING.finditer(text, line.start, line.end)]
        for at in starts:
            _line_speech(doc, number, at, at != line.start, extra, len(found), spans or [])
    if not extra:
        return found
    return _merged(found, extra)


_MID_OPENING = re.compile(r"[.!?\u2026][\"\u201d\u00bb]?[ \u00a0]+[\u2014\u2013]")
"""A sentence's end, then a dash: speech opened inside a paragraph."""


def _line_speech(
    doc: Document,
    number: int,
    at: int,
    inside: bool,
    extra: list[Candidate],
    base: int,
    spans: list[tuple[int, int]],
) -> None:
    """The speech a dash at or after ``at`` opens on line ``number``, added
    to ``extra`` (``base`` candidates counted before them): a stretch that
    overlaps a marked quotation (``spans``) or speech read already is left
    out. A dash ``inside`` a paragraph opens speech only before an inciso
    with a verb of saying."""
    text = doc.scan
    line = doc.lines[number]
    i = at
    while i < line.end and text[i] in _SPACES:
        i += 1
    width = 1 if i < line.end and text[i] in _DASH_CHARS else 2 if text.startswith("--", i) else 0
    if not width or doc.prose[i] != text[i]:
        return  # not opened by a dash, or a heading or a table
    if any(c.open <= i < c.close for c in extra):
        return  # (a dash inside speech read already)
    pieces = _pieces(text, i + width, line.end, False)
    if not any(after >= 0 for _a, _b, _before, after, _named in pieces):
        if inside:
            return
        # "– Det är ett skämt, säger hon.": Swedish sets the narrator's
        # words off with a comma alone, at the paragraph's end (stop 44).
        comma = swedish_speech_end(text, i + width, line.end, SPEECH_VERBS)
        if comma is None:
            return  # no inciso with a verb of saying: a list item, an aside
        a, b = _trim(text, i + width, comma)
        pieces = [(a, b, -1, comma, True)]
    owner = base + len(extra)
    for n, (a, b, before, after, named) in enumerate(pieces):
        if any(lo < b and a < hi for lo, hi in spans):
            break  # (a marked quotation's words: the speech stops before them)
        # A later stretch whose own inciso names its speaker (`—dijo
        # Ana—. —No puedo —respondió Luis.`) is that speaker's; else the
        # speech goes on as the last named stretch's.
        follows = None if n == 0 or named else owner
        if follows is None:
            owner = base + len(extra)
        extra.append(
            Candidate(
                a,
                b,
                i if n == 0 else before,
                after if after >= 0 else line.end,
                QuoteKind.INLINE,
                number,
                number,
                _words(text, a, b),
                follows=follows,
            )
        )


def _merged(found: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """``found`` and ``extra`` (whose ``follows`` count ``found`` first) in
    text order, with parent and follows indices renumbered."""
    everything = found + extra
    order = sorted(range(len(everything)), key=lambda k: (everything[k].open, k))
    new = {old: n for n, old in enumerate(order)}
    out: list[Candidate] = []
    for old in order:
        c = everything[old]
        parent = None if c.parent is None else new[c.parent]
        follows = None if c.follows is None else new[c.follows]
        if parent != c.parent or follows != c.follows:
            c = replace(c, parent=parent, follows=follows)
        out.append(c)
    return out


def opens_turn(doc: Document, c: Candidate) -> bool:
    """Is ``c`` the speech of a paragraph opened by a dash (a turn of
    dialogue, :func:`dash_dialogue`), or in text of another language than
    English opened by a dash after a sentence's end, not a later stretch
    of it?"""
    if c.follows is not None or c.parent is not None or c.kind is not QuoteKind.INLINE:
        return False
    text = doc.scan
    if c.open >= c.start or not (text[c.open] in _DASH_CHARS or text.startswith("--", c.open)):
        return False
    lead = text[doc.lines[c.line].start : c.open]
    if all(ch in _SPACES for ch in lead):
        return True
    # (A dash after a sentence's end inside the paragraph, in text of another
    # language than English: :func:`dash_dialogue`'s speech there, stop 45.)
    return _MID_OPENING.search(text, c.open - 4, c.open + 1) is not None and not writes_english(
        text
    )


Turns = tuple[tuple[int, str | None], ...]
"""The turns of the dialogue going on: (line, speaker's name or ``None``)."""


def in_turn(doc: Document, turns: Turns, line: int) -> Turns:
    """The dialogue ``turns`` that go on to a turn on ``line``: all of them
    when only empty lines stand between the last and it, else none (the
    narrator's paragraph ends an exchange)."""
    if not turns:
        return turns
    last = turns[-1][0]
    if line <= last or line - last > _TURN_GAP:
        return ()
    for k in range(last + 1, line):
        between = doc.lines[k]
        if doc.scan[between.start : between.end].strip():
            return ()
    return turns


_TURN_GAP = 4
"""The most lines (empty ones) between two turns of one exchange."""


_GOING_ON = words(
    "añadió agregó añade agrega insistió prosiguió continuó siguió "
    "ajouté ajoute poursuivi poursuit insisté insiste ergänzte ergänzt "
    "добавил добавила продолжил продолжила "
    "added adds continued continues insisted"
)
"""Verbs of saying more: a turn whose inciso has one and names no one
(`—Y mañana también —añadió.`) is the last speaker's going on."""


def unnamed_turn(doc: Document, c: Candidate, turns: Turns) -> str | None:
    """Who says turn ``c``, whose inciso names no one, after the dialogue
    ``turns``: the last speaker when its verb says more (:data:`_GOING_ON`),
    else :func:`other_of_two`."""
    m = _WORD.match(doc.scan, _after_dash(doc.scan, c.close))
    if m is not None and m.group().lower() in _GOING_ON:
        return turns[-1][1] if turns else None
    return other_of_two(turns)


def _after_dash(text: str, at: int) -> int:
    """Where the word after the dash (or "--") at ``at`` starts."""
    at += 2 if text.startswith("--", at) else 1
    while at < len(text) and text[at] in _SPACES:
        at += 1
    return at


def other_of_two(turns: Turns) -> str | None:
    """Who says an unnamed turn after ``turns``: when exactly two people
    have spoken, each named and in turn (`—… —dijo Ana.` / `—… —respondió
    Luis.` / `—… —contestó.`), the one who did not speak last; else ``None``
    (one person named so far, or three: who answers is not said)."""
    if len(turns) < 2:
        return None
    names = [name for _line, name in turns]
    if any(name is None for name in names) or len(set(names)) != 2:
        return None
    if any(a == b for a, b in pairwise(names)):
        return None
    return names[-2]
