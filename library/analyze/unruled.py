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
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import words as word_set
from quotemark.library.analyze.marks import RawQuote
from quotemark.library.analyze.own_words import OWN, OwnWords, declined, own_language
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


_unruled_seen: tuple[str, bool] = ("", False)


def _unruled(text: str) -> bool:
    """Is ``text`` not English: not " the " four times at its start, not
    counted as English, and, when no language is counted, writing fewer
    than one of English's commonest words in forty words? Kept for the
    last text: :func:`unruled_speakers` and :func:`according_partials` ask
    of the same one."""
    global _unruled_seen
    seen = _unruled_seen  # (read once: another thread may set it in between)
    if seen[0] is text:
        return seen[1]
    found = _reads_unruled(text)
    _unruled_seen = (text, found)
    return found


def _reads_unruled(text: str) -> bool:
    if writes_english(text):
        return False
    lang = counted_language(text)
    if lang is not None:
        return lang != "en"
    sample = text[:_SAMPLE]
    if 40 * sum(map(sample.count, _ENGLISH_WORDS)) >= sample.count(" "):
        return False
    # Indonesian writes no letter with a mark: its own tell says it
    # (:func:`.own_words.own_language`; a short post counts too few of the
    # words :func:`.counted_language` counts it by; s48-lang7).
    return _LATIN_LETTER.search(sample) is not None or own_language(text) == "id"


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, not all capitals ("MD", "TD", an
    initial)."""
    return word[:1].isupper() and not word.isupper()


def _lower(word: str) -> bool:
    return word[:1].islower()


_names_seen: tuple[str, dict[tuple[bool, str], str | None]] = ("", {})


def _named_again(text: str, word: str, first: bool) -> str | None:
    """:func:`_full_first` (``first``) or :func:`_full_name` of ``word``,
    kept for the last text only: every quotation a name alone is read for
    asks again, and each search runs from the text's start (3,000
    quotations of 50 surnames in a 450 KB text: 2.4 s of searching before
    stop 47's second reading). Only the last text is held, as
    :func:`_unruled` holds it, so a long-running window keeps no old post
    alive (an ``lru_cache`` on the text kept up to 64)."""
    global _names_seen
    seen = _names_seen  # (read once: another thread may set it in between)
    if seen[0] is not text:
        seen = (text, {})
        _names_seen = seen
    key = (first, word)
    answers = seen[1]
    if key not in answers:
        answers[key] = _full_first(text, word) if first else _full_name(text, word)
    return answers[key]


def _full_name(text: str, surname: str) -> str | None:
    """The first "First Surname" the text writes (the word before it
    capitalised, after a space), else ``None`` (asked through
    :func:`_named_again`)."""
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


def _past_mark(para: str, end: int) -> tuple[int, int, bool] | None:
    """Where the words after a quotation ending at ``end`` start, where
    their reading stops, and whether a dash stands between: past the closing
    mark and a comma (or the quotation's own ? or !, or a dash); ``None``
    when no closing mark or none of those stands there."""
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
    return i, n, dashed


def _after_mark(para: str, end: int) -> tuple[int, int] | bool | None:
    """What the words after a quotation ending at ``end`` in ``para`` say:
    the name's (start, end) in ``para``; ``True`` for words in lower case
    alone (a bare verb, a pronoun) ending the sentence; ``None`` for no
    reading."""
    past = _past_mark(para, end)
    if past is None:
        return None
    i, n, dashed = past
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


_PLACE_WORDS = word_set(
    """
    la în din de pe u na iz za kod v vo z zo do pre pri k a al del en di ke
    dari pada dalam
    """
)
"""Prepositions of place of the six languages (:mod:`.own_words`): a
capitalised run after one is a place ("povedal v Dolnej Lúke"), no name."""
_OWN_REACH = 12
"""How many words after the mark the language's verb and name are read."""


def _own_after_mark(para: str, end: int, table: OwnWords) -> tuple[int, int] | bool | None:
    """What the words after a quotation ending at ``end`` say, read by the
    language's table (:mod:`.own_words`): a name before the verb of saying
    ("”…”, Salonen sanoi tiistaina."); a verb of saying (with its
    auxiliary), any words, and a name ending the clause ("„…“, uviedol
    hovorca Slovenskej pošty Martin Baláž.", "“…,” kata Kepala Desa
    Sukamaju Budi Santoso."): the name's (start, end); a verb and a pronoun
    or nothing ("hän vastaa.", "ujarnya."): ``True``; a place after its
    preposition ("povedal v Dolnej Lúke."): ``False``, no name; else
    ``None`` (the shapes alone, :func:`_after_mark`, are read then)."""
    past = _past_mark(para, end)
    if past is None:
        return None
    i, n, _dashed = past
    tokens: list[re.Match[str]] = []
    for m in _TOKEN.finditer(para, i, n):
        if m.group() in _CLAUSE_ENDS or len(tokens) >= _OWN_REACH:
            break
        tokens.append(m)
    if len(tokens) >= _OWN_REACH:
        return None
    said = [k for k, m in enumerate(tokens) if m.group() in table.saying]
    if not said or not all(t.group()[:1].isalpha() for t in tokens):
        return None
    k = said[0]
    if 0 < k <= 2 and all(_name_word(t.group()) for t in tokens[:k]):
        return (tokens[0].start(), tokens[k - 1].end())  # ("Salonen sanoi")
    if k > 0 and not (
        all(t.group() in table.pronouns for t in tokens[:k])
        or (k <= 2 and all(_lower(t.group()) for t in tokens[:k]))
    ):
        return None  # (a pronoun, or an auxiliary and an adverb: "a mai spus el")
    rest = [t for t in tokens[k + 1 :] if t.group() not in table.auxiliaries]
    if all(t.group() in table.pronouns for t in rest):
        return True  # ("hän vastaa.", "dodal.", "ujarnya.")
    run = len(tokens)
    while run > 0 and _name_word(tokens[run - 1].group()):
        run -= 1
    length = len(tokens) - run
    if length == 0:
        if rest and len(rest) <= _ROLE_WORDS + 1 and all(_lower(t.group()) for t in rest):
            # ("a explicat inspectorul școlar general, Mihaela Stoica.":
            # the description's holder set off after it; s48-lang7)
            return _name_set_off(para, tokens[-1].end())
        return None
    before = tokens[run - 1].group() if run > 0 else ""
    if before.lower() in _PLACE_WORDS and before not in table.name_articles:
        return False  # (a place: "povedal v Dolnej Lúke."; no name by the shapes either)
    first = len(tokens) - length
    if run == k + 1 and length > 1:
        set_off = _name_set_off(para, tokens[-1].end())
        if set_off is not None:
            return set_off  # ("ujar Kepala Dinas Perdagangan, Bambang Setiawan, kepada …")
    if length > 2 and (
        table.two_word_names or (length > 3 and tokens[first].group().lower() in table.role_heads)
    ):
        first = len(tokens) - 2
    elif length > 3:
        return None
    return (tokens[first].start(), tokens[-1].end())


def _name_set_off(para: str, at: int) -> tuple[int, int] | None:
    """The name of two or three capitalised words set off by a comma at
    ``at`` and a comma or a point after it: the holder of the role a verb
    of saying has just given ("ujar Kepala Dinas Perdagangan, Bambang
    Setiawan, kepada wartawan"; s48-lang7)."""
    if not para.startswith(", ", at):
        return None
    name: list[re.Match[str]] = []
    for m in _TOKEN.finditer(para, at + 2):
        if _name_word(m.group()) and len(name) < 3:
            name.append(m)
            continue
        if m.group() in ",." and len(name) >= 2:
            return (name[0].start(), name[-1].end())
        return None
    return None


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


def _opening_subject(para: str, start: int, text: str, table: OwnWords | None = None) -> str | None:
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
    if first is None or second is None or not _capital(first.group()):
        return None
    found = _named_again(text, first.group(), False) if _lower(second.group()) else None
    if found is None and table is not None and table.two_word_names:
        return _role_then_name(first.group(), second.group(), tokens)
    if found is None and table is not None and _lower(second.group()):
        return _description_then_name(tokens)
    return found


def _description_then_name(tokens: Iterator[re.Match[str]]) -> str | None:
    """The name set off by commas after a description that opens a
    sentence, its first two words read already ("Ketua paguyuban pedagang,
    Joko Susilo, mengatakan …"): the description's other words in lower
    case, at most :data:`_ROLE_WORDS`, a name of two or three capitalised
    words, a comma (s48-lang7)."""
    lower = 0
    for m in tokens:
        if _lower(m.group()) and lower < _ROLE_WORDS:
            lower += 1
            continue
        if m.group() != ",":
            return None
        break
    else:
        return None
    name: list[str] = []
    for m in tokens:
        if _name_word(m.group()) and len(name) < 3:
            name.append(m.group())
            continue
        return " ".join(name) if m.group() == "," and len(name) >= 2 else None
    return None


_ROLE_WORDS = 3
"""Words of a role before a name opening a sentence ("Kunnanvaltuuston
puheenjohtaja Jari Laaksonen")."""


def _role_then_name(first: str, second: str, tokens: Iterator[re.Match[str]]) -> str | None:
    """The name of two capitalised words after a role that opens a
    sentence, a word in lower case after it ("Moașa Viorica Lungu lucrează",
    "Riaditeľka škôlky Eva Šimková pracuje", "Kunnanvaltuuston
    puheenjohtaja Jari Laaksonen ei"): in a language whose names are a
    given name and a surname (:attr:`.OwnWords.two_word_names`)."""
    words = [first, second] + [
        m.group() for _, m in zip(range(_ROLE_WORDS + 1), tokens, strict=False)
    ]
    for at in range(1, _ROLE_WORDS + 1):
        if at + 2 >= len(words):
            return None
        if not all(_lower(w) for w in words[1:at]):
            return None
        name, after = words[at : at + 2], words[at + 2]
        if all(_name_word(w) for w in name) and _lower(after):
            return " ".join(name)
    return None


def _one_sentence_between(para: str, end: int, start: int) -> bool:
    """Is the text between two quotations of a paragraph the first one's
    attribution alone: one sentence, or none ("«…», diu Albert Serra, un
    veí del poble. «…»")?"""
    between = para[end:start].strip("".join(_CLOSERS) + "\u201e \u00a0")
    return not any(f"{ch} " in between for ch in ".?!")


def _full_first(text: str, first: str) -> str | None:
    """The first "First Surname" the text writes for a first name written
    alone ("Agus" after "Agus Salim": :attr:`.OwnWords.first_name_again`;
    asked through :func:`_named_again`)."""
    at = text.find(" " + first + " ")
    while at != -1:
        after = at + len(first) + 2
        end = after
        while end < len(text) and text[end].isalpha():
            end += 1
        if end > after and text[after].isupper() and text[after + 1 : end].islower():
            return text[at + 1 : end]
        at = text.find(" " + first + " ", at + 1)
    return None


def _speaker(
    para: str, block: int, at: tuple[int, int], text: str, table: OwnWords | None = None
) -> Speaker:
    words = para[at[0] : at[1]]
    name: str | None = words
    if " " not in words:
        first = table is not None and table.first_name_again
        name = (_named_again(text, words, True) if first else None) or _named_again(
            text, words, False
        )
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
    table = OWN.get(own_language(text) or "")
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
        found = _own_after_mark(para, end.offset, table) if table is not None else None
        if found is None:
            found = _after_mark(para, end.offset)
        elif found is False:
            found = None
        new: Speaker | None = None
        if isinstance(found, tuple):
            new = _speaker(para, start.block, found, text, table)
        elif found is True:
            subject = _opening_subject(para, start.offset, text, table)
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
    if table is not None:
        if table.two_word_names:
            out = [_without_role(q, text) for q in out]
        if table.name_articles:
            out = [_without_article(q, table) for q in out]
        out = _known_ends(out)
    return tuple(out)


def _without_article(quote: Quote, table: OwnWords) -> Quote:
    """``quote`` with a speaker's name that opens with the language's
    personal article, capitalised as a sentence's first word is, cut after
    it ("En Pere Vidal, de 82 anys, …" is Pere Vidal; s48-lang7)."""
    speaker = quote.speaker
    if speaker is None or speaker.name is None:
        return quote
    parts = speaker.name.split()
    if len(parts) < 3 or parts[0].lower() not in table.name_articles or not parts[0][:1].isupper():
        return quote
    if not all(_name_word(w) for w in parts[1:]):
        return quote
    return replace(quote, speaker=replace(speaker, name=" ".join(parts[1:])))


def _known_ends(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with a speaker's name of three words or more that ends
    with another quotation's speaker's name of two words given that name
    ("Bahari Rudi Hartono", the last word of a body's name kept before
    "Rudi Hartono"), in the six languages of :mod:`.own_words`."""
    known = {
        q.speaker.name
        for q in quotes
        if q.speaker and q.speaker.name and q.speaker.name.count(" ") == 1
    }
    out = []
    for q in quotes:
        name = q.speaker.name if q.speaker is not None else None
        if q.speaker is not None and name is not None and name.count(" ") >= 2:
            end = " ".join(name.split()[-2:])
            if end in known:
                q = replace(q, speaker=replace(q.speaker, name=end))
        out.append(q)
    return out


def _without_role(quote: Quote, text: str) -> Quote:
    """``quote`` with a speaker's name of three capitalised words that opens
    a sentence or a line ("Kirjastonhoitaja Aino Lehtinen on …",
    "Podnikateľ Tomáš Horák: „…“") cut to its last two, in a language whose
    names are a given name and a surname: the first is a role."""
    speaker = quote.speaker
    if speaker is None or speaker.name is None:
        return quote
    parts = speaker.name.split()
    if len(parts) != 3 or not all(_name_word(w) for w in parts):
        return quote
    at = text.find(speaker.name)
    while at != -1:
        head = text[max(0, at - 2) : at]
        if at == 0 or head[-1:] == "\n" or head in (". ", "? ", "! "):
            role = parts[0].lower()
            return replace(quote, speaker=replace(speaker, name=" ".join(parts[1:]), role=role))
        at = text.find(speaker.name, at + 1)
    return quote


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


def _own_named(speakers: Sequence[str], word: str, lang: str, table: OwnWords) -> str | None:
    """The name of ``speakers`` (two words or more) whose surname, declined
    as the language declines it after "according to" (:func:`.declined`),
    is ``word``; or, where the language names a person again by the first
    word of the name, whose first word it is ("Menurut Budi,")."""
    for name in speakers:
        parts = name.split()
        if len(parts) < 2:
            continue
        if word in declined(parts[-1], lang) or (table.first_name_again and word == parts[0]):
            return name
    return None


_OWN_OPENING = 10
"""Words of a sentence's opening read for the language's "according to X"."""
_OWN_LOWER_BETWEEN = 2
"""Words in lower case between "according to" and the name ("potrivit lui",
"prema riječima")."""


def _own_according(
    words: list[str], speakers: Sequence[str], lang: str, table: OwnWords
) -> tuple[str, int, int] | None:
    """A sentence opening with the language's "according to X" (its first
    words ``words``): the name, the index of the word naming it and the
    index of the clause's first word. "Podľa Baláža bude …", "Prema riječima
    Jurića, …" (a preposition, words in lower case, the name declined, a
    comma or none); "Salosen mukaan …" (the name in the genitive, the
    postposition)."""
    if not words:
        return None
    if words[0].lower() in table.according:
        j = 1
        while j < len(words) and _lower(words[j]) and j <= _OWN_LOWER_BETWEEN:
            j += 1
        k = j
        while k < len(words) and _name_word(words[k]) and k - j < _OWN_RUN:
            k += 1
        if k == j or k >= len(words) or (words[k] != "," and not _lower(words[k])):
            return None
        name = _own_named(speakers, words[k - 1], lang, table) if k - j <= 2 else None
        if name is None and words[k] == ",":
            name = _run_name(words[j:k], table)  # (someone not quoted before)
        clause = k + 1 if words[k] == "," else k
        return (name, k - 1, clause) if name is not None else None
    k = 0
    while k < len(words) and _name_word(words[k]) and k < 2:
        k += 1
    if 0 < k < len(words) and words[k] in table.according_after:
        name = _own_named(speakers, words[k - 1], lang, table)
        clause = k + 2 if k + 1 < len(words) and words[k + 1] == "," else k + 1
        return (name, k - 1, clause) if name is not None else None
    return None


_OWN_RUN = 6
"""Capitalised words after "according to" (a role, a body, a name)."""


def _run_name(run: list[str], table: OwnWords) -> str | None:
    """The name a run of capitalised words set off by a comma gives after
    "according to" ("Menurut Kepala Dinas Kelautan Hendra Wijaya,"): a name
    of two or three words; of a longer run the last two where the language
    writes a name so or the run opens with a role (:func:`_own_after_mark`
    reads a run the same way). A word alone is no one's new name."""
    if len(run) < 2:
        return None
    if len(run) > 2 and (
        table.two_word_names or (len(run) > 3 and run[0].lower() in table.role_heads)
    ):
        return " ".join(run[-2:])
    return " ".join(run) if len(run) <= 3 else None


_THAT_REACH = 24
"""How many words before a mark a body's verb of saying and "that" are read."""
_SUBJECT_WORDS = 8
"""Words of the subject before a body's verb of saying ("El Consell
Comarcal de la Noguera", "L'alcalde, Ramon Casanovas,")."""


def _own_reported(para: str, start: int, open_at: int, table: OwnWords) -> tuple[int, int] | None:
    """The subject's (start, end) of a sentence opening at ``start`` with a
    subject, a verb of saying of the language and its "that" before the
    mark at ``open_at``: "Ministerstvo dopravy uviedlo, že situáciu „…“",
    "Consiliul Județean a transmis … că reparația este „…”" (a body's words
    reported, a few of them marked). The subject opens capitalised, holds
    no comma and is five words at most."""
    tokens = [
        m for _, m in zip(range(_THAT_REACH), _TOKEN.finditer(para, start, open_at), strict=False)
    ]
    said = next((k for k, m in enumerate(tokens) if m.group() in table.saying), None)
    if said is None or said == 0:
        return None
    if not any(m.group() in table.that for m in tokens[said + 1 :]):
        return None
    subject = tokens[:said]
    aux = next((k for k, m in enumerate(subject) if m.group() in table.auxiliaries), None)
    if aux is not None:
        subject = subject[:aux]  # ("Župan je u priopćenju naveo": the clitic after the subject)
    if len(subject) > _SUBJECT_WORDS or not subject or not _name_word(subject[0].group()):
        return None
    commas = [k for k, m in enumerate(subject) if m.group() == ","]
    if not commas:
        return (subject[0].start(), subject[-1].end())
    # ("L'alcalde, Ramon Casanovas, ha anunciat que …": the name set off by
    # commas after a description.)
    if len(commas) != 2 or commas[1] != len(subject) - 1:
        return None
    name = subject[commas[0] + 1 : commas[1]]
    if not 2 <= len(name) <= 3 or not all(_name_word(m.group()) for m in name):
        return None
    return (name[0].start(), name[-1].end())


def uncovered(
    doc: Document, paired: Sequence[RawQuote], quotes: tuple[Quote, ...]
) -> Iterator[tuple[int, Position, Position, str]]:
    """Each pair of marks in one paragraph no quotation of ``quotes``
    covers: its block, the opening and closing marks' positions, and the
    paragraph's text."""
    covered = [(q.span.start.block, q.span.start.offset, q.span.end.offset) for q in quotes]
    for raw in paired:
        if raw.parent is not None or not raw.closed or raw.paragraphs != 1:
            continue
        opened, closed = doc.position(raw.open), doc.position(raw.close)
        block = opened.block
        if closed.block != block or any(
            b == block and s <= closed.offset and opened.offset <= e for b, s, e in covered
        ):
            continue
        yield block, opened, closed, doc.blocks[block].text


def own_inline(
    doc: Document, paired: Sequence[RawQuote], quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` with the marked words the rules left that the language's
    verb of saying follows (:func:`_own_after_mark`: "„Budeme bojovať“,
    hovorí Kollárová."; a few words in marks are read as a term's
    otherwise), in the six languages of :mod:`.own_words`; their speakers
    are read after (:func:`unruled_speakers`)."""
    if not paired or not _unruled(doc.scan):
        return quotes
    table = OWN.get(own_language(doc.scan) or "")
    if table is None:
        return quotes
    added: list[Quote] = []
    for block, opened, closed, para in uncovered(doc, paired, quotes):
        content = para[opened.offset + 1 : closed.offset]
        if not content[:1].isupper() or not _own_after_mark(para, closed.offset, table):
            continue
        span = Span(Position(block, opened.offset + 1), Position(block, closed.offset), content)
        added.append(Quote(span, QuoteKind.INLINE, None, extent_confidence=0.6))
    return merged(quotes, added)


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
    if not paired or not _unruled(doc.scan):
        return quotes
    speakers = [q.speaker.name for q in quotes if q.speaker is not None and q.speaker.name]
    lang = own_language(doc.scan)
    table = OWN.get(lang or "")
    if not speakers and table is None:
        return quotes  # (the language's own readings want no one quoted before)
    quotes = _own_according_spoken(doc, quotes, speakers, lang or "", table)
    added: list[Quote] = []
    for block, opened, closed, para in uncovered(doc, paired, quotes):
        start = _sentence_start(para, opened.offset)
        reach = _OWN_OPENING if table is not None else 5
        tokens = [
            m
            for _, m in zip(range(reach), _TOKEN.finditer(para, start, opened.offset), strict=False)
        ]
        own = (
            _own_according([m.group() for m in tokens], speakers, lang or "", table)
            if table is not None
            else None
        )
        tokens = tokens if own is not None else tokens[:5]
        words = [m.group() for m in tokens]
        if own is not None:
            name, at, first = own
            clause = tokens[first].start() if first < len(tokens) else opened.offset
        else:
            if table is not None and (subject := _own_reported(para, start, opened.offset, table)):
                added.append(
                    _reported(para, block, subject, opened.offset, closed.offset, table, doc.scan)
                )
                continue
            at = 2 if len(words) > 3 and _lower(words[1]) else 1
            if len(words) <= at + 1 or not _capital(words[0]) or not _capital(words[at]):
                continue
            if words[at + 1] != ",":
                continue
            found = _named_as(speakers, words[at])
            if found is None or words[0] in found.split():
                continue  # (none, or the name itself opening: "Giovanni Russo, comandante …")
            name = found
            clause = tokens[at + 1].end() + 1
        mention = Span(
            Position(block, tokens[at].start()), Position(block, tokens[at].end()), words[at]
        )
        speaker = Speaker(name, None, 0.5, mention)
        added.append(marked_partial(para, block, clause, opened.offset, closed.offset, speaker))
    return merged(quotes, added)


def marked_partial(
    para: str, block: int, clause: int, open_at: int, close_at: int, speaker: Speaker
) -> Quote:
    """The partial quotation of ``speaker`` whose clause runs from
    ``clause`` to the mark closing at ``close_at`` in paragraph ``block``,
    its marked words those between the marks."""
    marked = Span(
        Position(block, open_at + 1), Position(block, close_at), para[open_at + 1 : close_at]
    )
    span = Span(Position(block, clause), Position(block, close_at + 1), para[clause : close_at + 1])
    return Quote(span, QuoteKind.PARTIAL, speaker, marked=(marked,), extent_confidence=0.6)


def _sentence_start(para: str, at: int) -> int:
    cut = max(para.rfind(". ", 0, at), para.rfind("? ", 0, at))
    return cut + 2 if cut >= 0 else 0


def _reported(
    para: str,
    block: int,
    subject: tuple[int, int],
    open_at: int,
    close_at: int,
    table: OwnWords,
    text: str,
) -> Quote:
    """The partial quotation of a body's words reported after its verb and
    "that" (:func:`_own_reported`): the clause after "that" to the mark."""
    that = max(para.rfind(f" {w} ", subject[1], open_at) for w in table.that) + 1
    clause = para.find(" ", that) + 1
    marked = Span(
        Position(block, open_at + 1), Position(block, close_at), para[open_at + 1 : close_at]
    )
    span = Span(Position(block, clause), Position(block, close_at + 1), para[clause : close_at + 1])
    said = _speaker(para, block, subject, text, table)
    return Quote(
        span,
        QuoteKind.PARTIAL,
        replace(said, confidence=0.5),
        marked=(marked,),
        extent_confidence=0.6,
    )


def _own_according_spoken(
    doc: Document,
    quotes: tuple[Quote, ...],
    speakers: Sequence[str],
    lang: str,
    table: OwnWords | None,
) -> tuple[Quote, ...]:
    """``quotes`` with a partial quotation the rules read in a sentence
    opening with the language's "according to X" given to X ("Podľa
    Baláža bude obec obsluhovať „…“": the rules showed "Podľa Baláža")."""
    if table is None:
        return quotes
    out = list(quotes)
    for i, quote in enumerate(quotes):
        if quote.kind is not QuoteKind.PARTIAL or quote.span.start.block != quote.span.end.block:
            continue
        para = doc.blocks[quote.span.start.block].text
        start = _sentence_start(para, quote.span.start.offset)
        words = [
            m.group()
            for _, m in zip(
                range(_OWN_OPENING),
                _TOKEN.finditer(para, start, quote.span.start.offset + 1),
                strict=False,
            )
        ]
        own = _own_according(words, speakers, lang, table)
        if own is not None and (quote.speaker is None or quote.speaker.name != own[0]):
            out[i] = replace(quote, speaker=Speaker(own[0], None, 0.5, None))
    return tuple(out)


def merged(quotes: tuple[Quote, ...], added: list[Quote]) -> tuple[Quote, ...]:
    """``quotes`` and ``added`` in the text's order, parents renumbered."""
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
