"""Readings that carry to a language nobody wrote rules for (stop 46, s46-lang4).

Each language the team read got its own verbs and tables, and each new
language's first read was almost all wrong. These readings use no word of
any language, only the shapes the press of every Latin-script language
writes around a quotation, its marks, commas, dashes and capitals:

- after the closing mark, a comma (or the quotation's own ? or !, or a
  dash), one to four words in lower case, then a capitalised name of one to
  three words and the clause's end: "„…”, a declarat Mihai Dobrescu,
  inginer …", "«…», ha explicat Joan Ferrer.", "„…“ – upozorava ljekarnica
  Marija Kovač."; a dash then the name alone: "„…” – Elena Vasilescu, …";
- the same with no name, the words in lower case ending the sentence (a bare
  verb, a pronoun: "„…”, a adăugat el.", "«…», afegeix."): the person the
  sentence before opens with, named by a surname the text gave with its
  first name earlier ("Stanciu nu este convins …"), else the quotation's
  before it in the paragraph;
- a surname alone is the name the text gave in full earlier ("„…”, kaže
  Matić." after "Ante Matić");
- a name set off by commas after a description, before the verb and the
  colon: "Primarul comunei, Gheorghe Stanciu, a spus: „…”";
- a quotation with no reading of its own after one read so in the same
  paragraph ("«…», diu Albert Serra. «…»") is the same person's.

They were written from three languages (Romanian, Croatian, Catalan) and
kept because three others (Finnish, Slovak, Indonesian) did not get worse
(``tests/library/test_review_lang4_stop46.py``). They misfire on English
("“…,” the mayor of Boston said Monday."), so they run only on text that is
not English: :func:`~.scripts.writes_english` is asked first (one search),
and a text no language is counted for must write few of English's commonest
words. English text pays that one search."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.marks import RawQuote
from quotemark.library.analyze.press_languages import counted_language
from quotemark.library.model import Block, Position, Quote, QuoteKind, Span, Speaker
from quotemark.library.scripts import writes_english

_CLOSERS = frozenset('\u201d\u201c\u00bb\u00ab"\u2019')
"""The closing marks of the Latin-script presses (” “ » « " ’)."""
_DASHES = frozenset("\u2013\u2014")
_TOKEN = re.compile(r"[^\W\d_](?:[\w\u2019'\-]*[^\W_])?|\S")
"""A word (letters, then letters, digits, apostrophes and hyphens, ending in
a letter or digit) or one other character."""
_CLAUSE_ENDS = frozenset(".,;:()")
_TAIL = 220
"""How far after a closing mark its attribution is looked for."""
_LATIN_LETTER = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
"""A Latin letter with a mark (ă, ć, è, ä, ž, ệ): what a text no language is
counted for must write to be read as another language's (an English
sentence alone counts too few of English's words to tell)."""
_ENGLISH_WORDS = (" the ", " and ", " of ", " to ", " is ")
_SAMPLE = 20000


def _unruled(text: str) -> bool:
    """Is ``text`` not English: not " the " four times at its start, not
    counted as English, and, when no language is counted, writing fewer
    than one of English's commonest words in forty words?"""
    if writes_english(text):
        return False
    lang = counted_language(text)
    if lang is not None:
        return lang != "en"
    sample = text[:_SAMPLE]
    return _LATIN_LETTER.search(sample) is not None and 40 * sum(
        map(sample.count, _ENGLISH_WORDS)
    ) < sample.count(" ")


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, not all capitals ("MD", "TD", an
    initial)."""
    return word[:1].isupper() and not word.isupper()


def _lower(word: str) -> bool:
    return word[:1].islower()


def _full_name(text: str, surname: str) -> str | None:
    """The first "First Surname" the text writes (the word before it
    capitalised, after a space), else ``None``."""
    at = text.find(" " + surname)
    while at != -1:
        after = at + 1 + len(surname)
        if after >= len(text) or not text[after].isalpha():
            start = text.rfind(" ", 0, at) + 1
            nl = text.rfind("\n", 0, at) + 1
            first = text[max(start, nl) : at]
            if first[:1].isupper() and first.isalpha():
                return f"{first} {surname}"
        at = text.find(" " + surname, at + 1)
    return None


def _abbreviated(para: str, point: int, word: str) -> bool:
    """Is the point at ``point`` after ``word`` an abbreviation's ("Sen.
    Tom Hale", "Dr. Lefèvre", "M. Hale"): a word of four letters at most
    right before it, a capitalised word after it?"""
    return (
        len(word) <= 4
        and para[point + 1 : point + 2] == " "
        and para[point + 2 : point + 3].isupper()
    )


def _after_mark(para: str, end: int) -> tuple[int, int] | bool | None:
    """What the words after a quotation ending at ``end`` in ``para`` say:
    the name's (start, end) in ``para``; ``True`` for words in lower case
    alone (a bare verb, a pronoun) ending the sentence; ``None`` for no
    reading."""
    i, n = end, min(len(para), end + _TAIL)
    closed = dashed = False
    joined = end > 0 and para[end - 1] in "?!"  # (the quotation's own ? or !)
    while i < n and (para[i] in _CLOSERS or para[i] in ",?! \u00a0" or para[i] in _DASHES):
        ch = para[i]
        if ch in _CLOSERS:
            closed = True
        elif ch in _DASHES:
            dashed = True
        elif ch != " " and ch != "\u00a0":
            joined = True
        i += 1
    if not closed or not (joined or dashed):
        return None
    lower = 0
    comma = False
    name: list[re.Match[str]] = []
    for m in _TOKEN.finditer(para, i, n):
        word = m.group()
        if name:
            if _name_word(word):
                name.append(m)
                if len(name) > 3:
                    return None
                continue
            if word == "." and len(name) == 1 and _abbreviated(para, m.start(), name[0].group()):
                return None
            if word in _CLAUSE_ENDS:
                break
            return None
        if _capital(word):
            if (lower == 0 and not dashed) or not _name_word(word):
                return None
            name.append(m)
        elif _lower(word) and not comma and lower < 4:
            lower += 1
        elif word == "," and lower and not comma:
            comma = True
        elif word == "." and 0 < lower <= 3 and not comma:
            return True
        else:
            return None
    else:
        if not name:
            return None
    return (name[0].start(), name[-1].end())


def _named_before_colon(para: str, start: int) -> tuple[int, int] | None:
    """The name set off by commas before one to three words in lower case
    and the colon that open a quotation starting at ``start``:
    "Primarul comunei, Gheorghe Stanciu, a spus: „…”"."""
    head = para[:start].rstrip("".join(_CLOSERS) + "\u201e \u00a0")
    if not head.endswith(":"):
        return None
    cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    tokens = list(_TOKEN.finditer(head, cut + 1, len(head) - 1))
    j = len(tokens) - 1
    lower = 0
    while j >= 0 and _lower(tokens[j].group()) and lower < 3:
        j, lower = j - 1, lower + 1
    if not lower or j < 0 or tokens[j].group() != ",":
        return None
    last = j - 1
    while j - 1 >= 0 and _name_word(tokens[j - 1].group()) and last - j < 3:
        j -= 1
    if j > last or j == 0 or tokens[j - 1].group() != "," or last - j >= 3:
        return None
    return (tokens[j].start(), tokens[last].end())


def _opening_subject(para: str, start: int, text: str) -> str | None:
    """The full name of the person the sentence just before a quotation
    starting at ``start`` opens with, by a surname alone that the text gave
    with its first name earlier ("Stanciu nu este convins. „…”, a adăugat
    el.")."""
    head = para[:start].rstrip("".join(_CLOSERS) + "\u201e\u00ab \u00a0")
    if not head.endswith((".", "?", "!")):
        return None
    cut = max(head.rfind(". ", 0, len(head) - 1), head.rfind("? "), head.rfind("! "))
    tokens = _TOKEN.finditer(head, cut + 1)
    first = next(tokens, None)
    second = next(tokens, None)
    if first is None or second is None or not _capital(first.group()) or not _lower(second.group()):
        return None
    return _full_name(text, first.group())


def _one_sentence_between(para: str, end: int, start: int) -> bool:
    """Is the text between two quotations of a paragraph the first one's
    attribution alone: one sentence, or none ("«…», diu Albert Serra, un
    veí del poble. «…»")?"""
    between = para[end:start].strip("".join(_CLOSERS) + "\u201e \u00a0")
    return not any(f"{ch} " in between for ch in ".?!")


def _speaker(para: str, block: int, at: tuple[int, int], text: str) -> Speaker:
    words = para[at[0] : at[1]]
    name = _full_name(text, words) if " " not in words else words
    span = Span(Position(block, at[0]), Position(block, at[1]), words)
    return Speaker(name or words, None, 0.6, span)


def _same_person(old: str, new: str) -> bool:
    """Does one of the names hold every word of the other ("Nagy Eszter" and
    "Nagy", the name a surname stands for in either order; "Tom Hale" and
    "Hafenmeister Tom Hale", the office the rules split off)? The name read
    before is kept."""
    olds, news = old.split(), new.split()
    return all(w in olds for w in news) or all(w in news for w in olds)


def unruled_speakers(
    blocks: Sequence[Block], text: str, quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` with the speakers the readings of this module's doc give,
    in text that is not English (``text`` the analysis's text; English text
    pays one search)."""
    if not quotes or not _unruled(text):
        return quotes
    out = list(quotes)
    carried: tuple[int, int, Speaker] | None = None  # (block, end, speaker)
    for i, quote in enumerate(quotes):
        if quote.parent is not None or quote.kind is QuoteKind.PARTIAL:
            continue
        start, end = quote.span.start, quote.span.end
        if start.block != end.block:
            carried = None
            continue
        para = blocks[start.block].text
        found = _after_mark(para, end.offset)
        new: Speaker | None = None
        if isinstance(found, tuple):
            new = _speaker(para, start.block, found, text)
        elif found is True:
            subject = _opening_subject(para, start.offset, text)
            if subject is not None:
                new = Speaker(subject, None, 0.5, None)
        else:
            before = _named_before_colon(para, start.offset)
            if before is not None:
                new = _speaker(para, start.block, before, text)
        if (
            new is None
            and carried is not None
            and carried[0] == start.block
            and _one_sentence_between(para, carried[1], start.offset)
        ):
            new = carried[2]  # (no reading of its own: the one before's, in its paragraph)
        if new is None:
            carried = None
            continue
        old = quote.speaker
        if old is not None and _label_noun(old.role, new.name):
            # ("„…“, erzählt ein Fischer.": the language's own reading gave
            # the description; its capitalised noun is no name. "“…”, explicó
            # la consejera de Sanidad, Marta Ibáñez.": nor is the portfolio
            # of the office it gave beside the name; s47-lang6.)
            new = old
        elif old is None or old.name is None or not _same_person(old.name, new.name or ""):
            out[i] = replace(quote, speaker=new)
        carried = (start.block, end.offset, out[i].speaker or new)
    return tuple(out)


def _label_noun(label: str | None, name: str | None) -> bool:
    """Is the one-word ``name`` a word of the description ``label`` the
    language's own readings gave ("Hafenmeister" of "der Hafenmeister": a
    German noun is capitalised, as a name is)?"""
    if not label or not name or " " in name:
        return False
    return name.lower() in label.lower().split()


def _named_as(speakers: Sequence[str], word: str) -> str | None:
    """The name of ``speakers`` (two words or more) whose surname ``word``
    is, or is with an ending of one or two letters ("Jurića" for "Tomislav
    Jurić": the name declined)."""
    for name in speakers:
        surname = name.rsplit(" ", 1)[-1]
        if (
            " " in name
            and len(surname) >= 3
            and word.startswith(surname)
            and len(word) - len(surname) <= 2
        ):
            return name
    return None


def according_partials(
    doc: Document, paired: Sequence[RawQuote], quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` with a partial quotation in a sentence that opens "according
    to X," by its shape alone, in text that is not English: a capitalised
    word, perhaps one in lower case, a surname of someone the text's
    quotations are given to (declined or not) and a comma, then marked words
    the rules dropped ("Potrivit lui Dobrescu, lucrările ar putea dura „cel
    puțin un an”", "Prema riječima Jurića, tvrtka … „…“", "Segons Ferrer,
    … «…»"): that person's."""
    if not quotes or not _unruled(doc.scan):
        return quotes
    speakers = [q.speaker.name for q in quotes if q.speaker is not None and q.speaker.name]
    if not speakers:
        return quotes
    covered = [(q.span.start.block, q.span.start.offset, q.span.end.offset) for q in quotes]
    added: list[Quote] = []
    for raw in paired:
        if raw.parent is not None or not raw.closed or raw.paragraphs != 1:
            continue
        opened, closed = doc.position(raw.open), doc.position(raw.close)
        block = opened.block
        if closed.block != block or any(
            b == block and s <= closed.offset and opened.offset <= e for b, s, e in covered
        ):
            continue
        para = doc.blocks[block].text
        cut = max(para.rfind(". ", 0, opened.offset), para.rfind("? ", 0, opened.offset))
        start = cut + 2 if cut >= 0 else 0
        tokens = [
            m for _, m in zip(range(5), _TOKEN.finditer(para, start, opened.offset), strict=False)
        ]
        words = [m.group() for m in tokens]
        at = 2 if len(words) > 3 and _lower(words[1]) else 1
        if len(words) <= at + 1 or not _capital(words[0]) or not _capital(words[at]):
            continue
        if words[at + 1] != ",":
            continue
        name = _named_as(speakers, words[at])
        if name is None or words[0] in name.split():
            continue  # (none, or the name itself opening: "Giovanni Russo, comandante …")
        clause = tokens[at + 1].end() + 1
        marked = Span(
            Position(block, opened.offset + 1),
            Position(block, closed.offset),
            para[opened.offset + 1 : closed.offset],
        )
        span = Span(
            Position(block, clause),
            Position(block, closed.offset + 1),
            para[clause : closed.offset + 1],
        )
        mention = Span(
            Position(block, tokens[at].start()), Position(block, tokens[at].end()), words[at]
        )
        added.append(
            Quote(
                span,
                QuoteKind.PARTIAL,
                Speaker(name, None, 0.5, mention),
                marked=(marked,),
                extent_confidence=0.6,
            )
        )
    if not added:
        return quotes
    order = sorted(
        range(len(quotes) + len(added)),
        key=lambda i: _at(quotes[i] if i < len(quotes) else added[i - len(quotes)]),
    )
    new_index = {old: new for new, old in enumerate(order)}
    out: list[Quote] = []
    for i in order:
        q = quotes[i] if i < len(quotes) else added[i - len(quotes)]
        if q.parent is not None:
            q = replace(q, parent=new_index[q.parent])
        out.append(q)
    return tuple(out)


def _at(quote: Quote) -> tuple[int, int]:
    return (quote.span.start.block, quote.span.start.offset)
