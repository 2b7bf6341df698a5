"""The other languages' ways of naming a speaker after a quotation that the
English rules do not read (stop 40, s40-french).

French sets a pronoun subject after its verb in an incise, joined by hyphens
("« … », affirme-t-elle", "dit-il", "a-t-il insisté", "ont-ils répondu"): the
pronoun is the speaker, resolved as "elle a dit" is. The inversion itself is
the incise, so the verb before the pronoun needs no lexicon: "sourit-elle",
"glisse-t-il", "s'amuse-t-elle" introduce the words as "dit-elle" does.

The pronouns of the languages read map to the English ones the resolution
knows ("il" -> "he", "она" -> "she"), as the Japanese 彼 does.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotemark.library.analyze.lexicon import words

_INVERTED = re.compile(
    r"[a-zàâäçéèêëîïôöûùüÿœ][\w'\u2019]*-(?:t-)?(il|elle|ils|elles)(?:[.,;:!?\u2026]*)\Z"
)
"""A French verb with its pronoun subject after it ("affirme-t-elle.",
"dit-il,", "a-t-il", "s'amuse-t-elle"); group 1 the pronoun. Not "-on"
("dit-on": the generic "one", no speaker to give, and English writes
"head-on", "add-on"). In lower case only: the incise never opens a
sentence."""

FOREIGN_PRONOUNS: dict[str, str] = {
    "il": "he",
    "elle": "she",
    "ils": "they",
    "elles": "they",
    "er": "he",
    "\u00e9l": "he",
    "ella": "she",
    "ellos": "they",
    "ellas": "they",
    "\u043e\u043d": "he",
    "\u043e\u043d\u0430": "she",
    "\u043e\u043d\u0438": "they",
    "ele": "he",
    "ela": "she",
    "eles": "they",
    "elas": "they",
    "lui": "he",
    "lei": "she",
    "niego": "he",
    "niej": "she",
    "\u0435\u0433\u043e": "he",
    "\u0435\u0435": "she",
    "\u0435\u0451": "she",
    "\u0438\u0445": "they",
    "hij": "he",
    "ze": "she",
    "zij": "she",
    "han": "he",
    "hon": "she",
    "hem": "he",
    "haar": "she",
    "honom": "he",
    "henne": "she",
    "n\u011bj": "he",
    "n\u00ed": "she",
    "hun": "she",
    "ham": "he",
    "hende": "she",
    "\u0432\u0456\u043d": "he",
    "\u0439\u043e\u0433\u043e": "he",
    "\u0457\u0457": "she",
    "\u0457\u0445": "they",
    "szerinte": "\u0151",
    "szerint\u00fck": "they",
    "\u03bf \u03af\u03b4\u03b9\u03bf\u03c2": "he",
    "\u03b7 \u03af\u03b4\u03b9\u03b1": "she",
    "\u03af\u03b4\u03b9\u03bf": "he",
    "\u03af\u03b4\u03b9\u03b1": "she",
    "\u0432\u043e\u043d\u0430": "she",
    "\u0432\u043e\u043d\u0438": "they",
}
"""The subject pronouns of French, German, Spanish, Russian (он, она,
они spelled with escapes), Portuguese and Italian (stop 43: "”, disse ele",
"», ha detto lei") and the Polish "him"/"her" after "według" ("Według
niego"), and the Russian "his"/"her"/"their" of "in her words" (stop 43,
escaped) as the English pronoun the resolution reads. Not
the German "sie": "she" or "they" by the verb's ending only ("sagte sie",
"sagten sie"); it stays the phrase the text wrote. The Dutch "hij", "ze",
"zij" and Swedish "han", "hon" after their verb ("zegt ze", "säger han";
stop 44: "ze" and "zij" as "she", the plural's verb would be "zeggen").
The Danish "hun" and the Ukrainian він, вона, вони (escaped) after their
verb from stop 45 ("siger hun", "каже вона")."""
_NAMES_TOO = frozenset(("Elle", "Ella", "Ela", "Lei", "Lui", "Han", "Hon", "Ze", "Ham"))
"""Capitalised, these are given names or surnames in English ("“…,” Elle
said", "Lei said"): a pronoun only in lower case ("dit-elle", "dijo ella",
"disse ela"); the Danish "ham" ("Ifølge ham") too, an English surname
capitalised (stop 45)."""


CAPITAL_PRONOUN_LANGUAGES: dict[str, tuple[str, ...]] = {"Han": ("da", "sv"), "Hon": ("sv",)}
"""Of :data:`_NAMES_TOO`, the Danish and Swedish "he" and "she" that open a
sentence ("Han kalder beslutningen »…«", "Hon kallar …"): a pronoun in a
text of that language (:func:`.press_languages.counted_language`), a name
in an English one (stop 45)."""


def foreign_pronoun(word: str) -> str | None:
    """The English pronoun for another language's subject pronoun ``word``
    ("il" -> "he", "Она" -> "she"), else ``None``."""
    if word in _NAMES_TOO:
        return None
    return FOREIGN_PRONOUNS.get(word.lower())


GREEK_ARTICLES = frozenset(("\u039f", "\u03bf", "\u0397", "\u03b7"))
"""The Greek articles (escaped, capital or not) of "o idios", "i idia" ("he
himself", "she herself"), a pronoun in two words (stop 45)."""


def foreign_pronoun_of(words: list[str]) -> str | None:
    """:func:`foreign_pronoun` of a phrase's one word ``words``, or of the
    Greek two ("o idios" before a verb: "he"), else ``None``."""
    if not words:
        return None  # (a phrase of marks alone: "‘ told", found by the fuzz test)
    if len(words) == 1:
        return foreign_pronoun(words[0])
    if len(words) == 2 and words[0] in GREEK_ARTICLES:
        return FOREIGN_PRONOUNS.get(f"{words[0].lower()} {words[1]}")
    if "\u0430" <= words[0][:1] <= "\u044f" and all(w.islower() for w in words[1:]):
        # "– сказала вона журналістам": the Cyrillic pronoun, then whom
        # or where it was said to, in lower case (stop 46).
        return foreign_pronoun(words[0])
    return None


def inverted_pronoun(token: str) -> tuple[int, int] | None:
    """Where the pronoun of a French inverted incise ``token`` stands in it
    ("a-t-il" -> (4, 6), "affirme-t-elle." -> (10, 14)), else ``None``. A
    token with no hyphen is answered by one membership test."""
    if "-" not in token:
        return None
    m = _INVERTED.match(token)
    if m is None:
        return None
    return m.start(1), m.end(1)


_NOT_ROLE = words(
    """
    le la les l un une des du de d ce cet cette ces c son sa ses leur leurs mon ma mes notre
    il elle ils elles on nous vous je j y et mais ou donc car que qu qui ne n en
    toutefois cependant pourtant néanmoins aussi déjà encore désormais
    el lo los las unos unas su sus este esta estos estas él ella ellos ellas se pero o
    sin además también ya no
    gli uno il lei loro ma e non anche però
    """
)
"""Words that open a clause after "Selon NAME," (an article, a pronoun, a
conjunction, an adverb; French, Spanish, Italian), never the role set off
after the name ("directrice du port", "patron d'un café")."""
_ROLE_WORDS = 6
"""The most words a role set off after a name has here."""


def role_after_source(text: str, start: int, end: int) -> int:
    """Where a role set off by commas right after the source of "Selon /
    Según / Secondo / Pour NAME," ends (its closing comma), when ``start``
    (just past the name's comma) opens one: "Selon Ada Lind, directrice du
    port, « … »", "Selon Ben Ross, patron d'un café, la grève a coûté « … »".
    Else -1: "Selon Ada Lind, la grève ...", "Selon Ada Lind, « … »". A
    lower-case first word that opens no clause, a few words, no marks."""
    comma = text.find(",", start, end)
    if comma < 0:
        return -1
    parts = text[start:comma].split()
    if not parts or len(parts) > _ROLE_WORDS or not parts[0][:1].islower():
        return -1
    first = re.split(r"['\u2019]", parts[0])[0]
    if first in _NOT_ROLE or not first.isalpha():
        return -1
    if any(not ch.isalnum() and ch not in "'\u2019-" for part in parts for ch in part):
        return -1  # marks, a colon, a point: no role
    return comma


_DETERMINERS = words(
    "le la les l un une des du ce cet cette ces son sa ses leur leurs el los las una unos unas"
    " este esta su sus"
)
"""French and Spanish articles and determiners that open a description
("le syndicat", "l'autorité portuaire", "un gréviste", "los vecinos")."""


def opens_description(word: str) -> bool:
    """Does ``word`` (lower case) open a French or Spanish description, as
    "the" does in English ("le syndicat", "l'autorité")? A phrase so opened
    is a description of someone, not words the subject search stopped in."""
    return word.split("'", 1)[0].split("\u2019", 1)[0] in _DETERMINERS


_GERMAN_ARTICLES = words("der die das ein eine einer")
"""German articles (in lower case) that open a description."""


def german_description(words: list[str]) -> bool:
    """Do ``words`` (a speaker phrase's cleaned words) read as a German
    description, an article and capitalised nouns with no two capitalised
    words in a row ("der Hafenmeister", "ein Fischer", "die Sprecherin der
    Gewerkschaft")? German writes every noun with a capital; a name needs
    two in a row ("der Kapitän Markus Weber")."""
    if len(words) < 2 or words[0] not in _GERMAN_ARTICLES:
        return False
    capital = [w[:1].isupper() for w in words[1:]]
    return capital[0] and not any(a and b for a, b in pairwise(capital))
