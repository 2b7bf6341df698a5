"""Sources given by a preposition and a noun of saying ("according to" in
several words), and by a one-word "according to" with no comma after its
source (stop 49, branch s49-lang8).

Stop 48's held-out posts left "En palabras de Herrera", "A detta della
Fontana", "De acordo com Nunes" and "Volgens Dekker doen …" unread: the
tables (:mod:`.attribution`'s one-word "Selon", "Según", the Russian "По
словам") knew no phrase of several words, and the source's end was looked
for at a comma the Dutch, Polish and Swedish do not write. One construction
covers each family rather than a phrase each:

- a sentence that opens with a **preposition, at most two small words, a
  noun (or participle) of saying and "of"** ("En palabras de", "A juicio
  de", "De acuerdo con", "Nas palavras de", "A detta dell'", "Secondo
  quanto riferito da", "Aux dires de", "Selon les mots de", "Nach Angaben
  von", "In de woorden van") has its source after the "of" (not after the
  German "der" nor the French "des": :data:`_OF`);
- "according to" in one word where the language sets **no comma** after the
  source ("Volgens wethouder Bram Willems is …", "Zdaniem Kowal automat …",
  "Enligt Holm kommer …"): the source is at most two lower-case words (an
  office, an article) and a run of capitalised words, the reported clause
  starting at the lower-case word after them.

The source runs to a comma where one follows it; an office there whose
holder is set off by commas after it gives the holder ("En palabras de la
secretaria de Estado de Transportes, Isabel Crespo, la línea …"). With no
comma the source is capitalised words after at most two lower-case ones
(German nouns are capitalised: "Nach Angaben von Bürgermeister Jan Ott
ist …"), and "and" with a second run of them ("Volgens Dekker en Willems
is …"). Information given *to* someone is not theirs ("Enligt uppgifter
till Sveriges Radio": :data:`_GIVEN_TO`; s49-final-analyze).

Asked by :func:`.attribution._before` once a sentence, and only when its
first word is one of :data:`SAID_OPENERS` (a set lookup): an English page
pays that lookup a sentence before a quotation.
"""

from __future__ import annotations

from quotemark.library.analyze.lexicon import ROMANCE_ARTICLES, SPEECH_VERBS, words

SAID_OPENERS: frozenset[str] = words(
    "En A De Nas Na Secondo Per Aux Selon Nach In Volgens Zdaniem Według Enligt \u041a\u0430\u043a"
)
"""The capitalised first words of the sentences :func:`said_source` reads:
the prepositions opening a phrase of a noun of saying, and the one-word
"according to" of the languages that set no comma after its source."""

_NO_COMMA = words("volgens zdaniem według enligt")
""""According to" in one word (Dutch, Polish, Swedish; the Polish "zdaniem",
"in the opinion of", is a noun itself) where no comma follows the source."""

_SAYING = words(
    """
    palabras juicio decir acuerdo palavras acordo detta dire parole riferito dirla
    dires mots propos angaben worten aussage aussagen woorden
    """
)
"""Nouns (and Italian participles) of saying, judging or agreeing in a
phrase that gives a source: Spanish "palabras", "juicio", "acuerdo";
Portuguese "palavras", "acordo"; Italian "detta", "dire", "parole",
"riferito" (reported), "dirla" (to put it); French "dires", "mots",
"propos"; German "Angaben", "Worten", "Aussage"; Dutch "woorden"."""

_OF = words("de del di da do dos das della dello delle degli dei du von van con com")
"""The "of" (or "with": "De acuerdo con", "De acordo com", "Per dirla con")
after the noun of saying; the source follows it. Not the German genitive's
article ("Nach Angaben der Gemeinde": "der Gemeinde" was given to a body
named before, "Gemeinde" read as "Nach Angaben der Gemeinde") nor the
French "des" (of the: "Aux dires des élus locaux" was given to the last
speaker): read as before."""

_ELIDED_OF = ("dell'", "dell\u2019", "dall'", "dall\u2019", "d'", "d\u2019")
"""The Italian and French "of the" elided into the source's first word
("A detta dell'assessore …")."""

_SMALL_WORDS = 2
"""The most words between the preposition and the noun of saying ("Selon
les mots de", "Secondo quanto riferito da")."""

_ROLE_WORDS = 2
"""The most lower-case words before the capitalised run of a source with no
comma ("wethouder Bram Willems", "Bürgermeister Jan Ott", "burmistrza
Zagórza")."""

_NAME_WORDS = 4
"""The most capitalised words of such a source."""


def _bare(token: str) -> str:
    return token.rstrip(",;:").lower()


def said_source(text: str, tokens: list[tuple[str, int, int]]) -> tuple[int, int, int] | None:
    """The source of a sentence whose first words ``tokens`` (word, start,
    end) open "according to" as the module's doc says: where its words
    start and end in ``text`` and where the reported clause starts; else
    ``None`` (read as before)."""
    first = _bare(tokens[0][0])
    if first == _KAK:
        return _as_said(tokens)
    if first in _NO_COMMA:
        at = 1
    else:
        at = _after_noun(tokens)
        if at == 0:
            return None
    if at >= len(tokens):
        return None
    return _source(text, tokens, at, comma_free=first in _NO_COMMA)


_KAK = "\u043a\u0430\u043a"
"""The Russian "as" ("Как отметила …, Ирина Белова, …": as … noted)."""

_OFFICE_WORDS = 8
"""The most words of an office before its holder's name in "Как отметила
уполномоченный по правам ребёнка в Карелии Ирина Белова, …"."""


def _as_said(tokens: list[tuple[str, int, int]]) -> tuple[int, int, int] | None:
    """The Russian "Как" (as), a verb of saying, an office in lower-case words and its
    holder's name, then a comma: the office and the name are the source, the
    clause after the comma is what was said. A capitalised name right after
    the verb ("Как рассказал Громов, …") is :mod:`.attribution`'s, as
    before (s48-lang7); ``None`` too when no capitalised name ends the
    source ("Как сказал мне один рыбак, …")."""
    if len(tokens) < 5 or tokens[1][0].lower() not in SPEECH_VERBS or tokens[2][0][:1].isupper():
        return None
    for k in range(3, min(len(tokens) - 1, 2 + _OFFICE_WORDS)):
        word = tokens[k][0]
        if word.endswith(","):
            if not word[:1].isupper() or not tokens[k - 1][0][:1].isupper():
                return None  # (a name of two words at least ends the office)
            return tokens[2][1], tokens[k][2], tokens[k][2]
    return None


def _after_noun(tokens: list[tuple[str, int, int]]) -> int:
    """Where the source starts after a preposition, small words, a noun of
    saying and "of"; 0 when the sentence opens no such phrase."""
    for k in range(1, min(len(tokens) - 1, _SMALL_WORDS + 2)):
        word = tokens[k][0]
        if word.endswith(","):
            return 0
        if word.lower() not in _SAYING:
            continue
        of = tokens[k + 1][0]
        if _bare(of) in _OF and k + 2 < len(tokens):
            return k + 2
        if of.lower().startswith(_ELIDED_OF):
            return k + 1  # ("A detta dell'assessore …": the source's own word)
        return 0
    return 0


def _source(
    text: str, tokens: list[tuple[str, int, int]], at: int, comma_free: bool
) -> tuple[int, int, int] | None:
    """The source opening at ``tokens[at]``: at most two lower-case words
    and a capitalised run, to a comma or to the lower-case word after it;
    else, with no such run, to a comma within reach (its holder set off
    after an office)."""
    lead = at
    while lead < len(tokens) and lead - at < _ROLE_WORDS and not tokens[lead][0][:1].isupper():
        if tokens[lead][0].endswith(","):
            break
        lead += 1
    if any(_bare(t[0]) in _GIVEN_TO for t in tokens[at:lead]):
        return None  # ("Enligt uppgifter till Sveriges Radio": told to it)
    run = lead
    while run < len(tokens) and run - lead < _NAME_WORDS and tokens[run][0][:1].isupper():
        run += 1
        if tokens[run - 1][0].endswith(","):
            if comma_free:
                return None  # ("Volgens Dekker, …": read as before)
            return tokens[at][1], tokens[run - 1][2], tokens[run - 1][2]
    if lead < run < len(tokens) and _bare(tokens[run][0]) in _AND:
        run = _second_name(tokens, run)  # ("Volgens Dekker en Willems is …")
    if lead < run < len(tokens) and tokens[run][0][:1].islower():
        return tokens[at][1], tokens[run - 1][2], tokens[run][1]
    if comma_free:
        return None
    for k in range(at, min(len(tokens), at + _ROLE_WORDS + _NAME_WORDS + 4)):
        if tokens[k][0].endswith(","):
            holder = _holder_set_off(tokens, at, k)
            if holder is not None:
                return tokens[holder[0]][1], tokens[holder[1]][2], tokens[holder[1]][2]
            if not (
                tokens[at][0] in ROMANCE_ARTICLES
                or any(t[0][:1].isupper() for t in tokens[at : k + 1])
            ):
                return None  # (no name, no body's article: "A detta di tutti, …")
            return tokens[at][1], tokens[k][2], tokens[k][2]
    return None


_GIVEN_TO = words("till hos aan bij dla")
"""Prepositions of the one told or where ("to", "at": Swedish, Dutch,
Polish) among the lower-case words before a capitalised run: "Enligt
uppgifter till Sveriges Radio" is information given *to* the broadcaster,
not its word; read as before (s49-final-analyze)."""

_AND = words("en och i und et e y")
""""And" between two sources' names ("Volgens Dekker en Willems is …"):
both are the source, and the reported clause starts after the second."""


def _second_name(tokens: list[tuple[str, int, int]], at: int) -> int:
    """Past "and" at ``tokens[at]`` and the capitalised run after it; ``at``
    when no capitalised word follows or a comma ends the run."""
    run = at + 1
    while run < len(tokens) and run - at <= _NAME_WORDS and tokens[run][0][:1].isupper():
        run += 1
        if tokens[run - 1][0].endswith(","):
            return at
    return run if run > at + 1 else at


def _holder_set_off(
    tokens: list[tuple[str, int, int]], at: int, comma: int
) -> tuple[int, int] | None:
    """The first and last tokens of a capitalised name set off by commas
    right after ``tokens[comma]``, when the source before that comma opens
    with a lower-case word (an office: "la secretaria de …, Isabel
    Crespo,"); else ``None``."""
    if tokens[at][0][:1].isupper():
        return None
    k = comma + 1
    while k < len(tokens) and k - comma <= 3 and tokens[k][0][:1].isupper():
        if tokens[k][0].endswith(","):
            return comma + 1, k
        k += 1
    return None
