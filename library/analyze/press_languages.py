"""Constructions of the German, Spanish and Russian press the English rules
do not read (stop 42, branch s42-lang2).

Each test here is asked only where the text already shows the language (a
word of its lexicon at a fixed place, or a Cyrillic letter), so English text
pays one set lookup or one ``str.isascii`` at most. The word lists are the
languages' function words, time words and nouns, kept here as
:mod:`.lexicon` keeps the English ones.
"""

# ruff: noqa: RUF001, RUF002, RUF003 (the word lists and docstrings hold Cyrillic words, look-alike letters on purpose)

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import compress
from operator import eq

from quotemark.library.analyze.inversions import FOREIGN_PRONOUNS, GREEK_ARTICLES
from quotemark.library.analyze.lexicon import words
from quotemark.library.model import Block, BlockKind, Quote, QuoteKind, Speaker
from quotemark.library.scripts import writes_english

FIRM_NOUNS: frozenset[str] = words(
    """
    организации организация компании компания фирмы фирма предприятия
    предприятие завода завод банка банк холдинга холдинг корпорации
    корпорация концерна концерн агентства агентство ооо оао зао пао ао
    firma baufirma unternehmen konzern reederei gesellschaft
    empresa compañía constructora naviera sociedad
    société entreprise
    """
)
"""Nouns a firm's name stands after in marks, in the other languages'
declensions ("подрядной организации «Мостстрой»", "die Reederei „Nordlicht“",
"la empresa «Navalsur»"): the marks set off a name, no one's words. (No
English noun: the English corpora write none of these.)"""

_NAME_MARKS_CONTENT_WORDS = 3
"""A firm's name in marks is a word or a few ("«Мостстрой»", "„Nord Bau“")."""


def is_firm_in_marks(text: str, line_start: int, open_at: int, content: str) -> bool:
    """Are the marked words a firm's name after a noun for a firm
    (:data:`FIRM_NOUNS`: "подрядной организации «Мостстрой»")? A
    capitalised word or a few with no sentence punctuation, the word right
    before the opening mark one of those nouns."""
    # (The word before the mark first: a few characters read, where the
    # content may be a long quotation.)
    i = open_at - 1
    while i >= line_start and text[i] in " \t\u00a0\u202f":
        i -= 1
    j = i
    while j >= line_start and text[j].isalpha():
        j -= 1
    if text[j + 1 : i + 1].lower() not in FIRM_NOUNS:
        return False
    stripped = content.strip()
    return (
        stripped[:1].isupper()
        and stripped[-1] not in ".!?,;:…"
        and len(stripped.split()) <= _NAME_MARKS_CONTENT_WORDS
    )


def cyrillic(word: str) -> bool:
    """Does ``word`` open with a Cyrillic letter (one comparison)?"""
    return "\u0400" <= word[:1] <= "\u04ff"


_PATRONYMIC_ENDS = ("вич", "вна", "ична", "инична", "ьич")
"""Endings of a Russian patronymic ("Петрович", "Петровна", "Ильинична")."""


def russian_name_start(tokens: list[str]) -> int:
    """Where the person's name opens in a capitalised Russian run: a Russian
    writes a name as given name and surname, a patronymic between them at
    most, so a capitalised word before those opens the sentence as a noun
    ("Пенсионер Виктор Рябов": a pensioner) and an acronym is a body's
    ("ЖКХ Марина Котова": the housing office's); both are no part of the
    name. 0 when the run is a name whole."""
    start = 0
    # (A run written all in capitals, a headline's "ВИКТОР РЯБОВ", holds no
    # acronym to tell apart: only its length is read.)
    if not all(token.isupper() for token in tokens):
        while start < len(tokens) - 1 and len(tokens[start]) > 1 and tokens[start].isupper():
            start += 1  # an acronym: "ЖКХ", "МЧС"
    if len(tokens) - start > 2:
        middle = tokens[-2].lower()
        start = len(tokens) - (3 if middle.endswith(_PATRONYMIC_ENDS) else 2)
    return start


_DE_OCCASION_OPENERS = words("am im bei beim auf nach vor während zum zur")
_DE_OCCASION_SECOND = words(
    """
    montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende
    morgen vormittag mittag nachmittag abend rande sonntagabend montagabend
    januar februar märz april mai juni juli august september oktober november dezember
    """
) | words("einem einer")
"""A German part of a role that says when or where something was said ("am
Montag bei einem Ortstermin", "bei einer Versammlung"): a preposition, then a
time word or an indefinite article (an occasion; "bei der Werft", where one
works, stays a role)."""
_DE_RELATIVE_THING = words("das welches")
"""German relative pronouns for a thing: "Das Gutachten, das dieser Zeitung
vorliegt," says where the document is, not who said it (a person's "der"/
"die" clause is shown as the English "who" clause is)."""
_DE_POSSESSIVE = words("dessen deren")
""""Dessen Vorsitzende": "its chair", the body named before; the office is
the role."""
_ES_OUTLET_ADDRESSEE = words("este esta ese esa")
""""dijo a este diario Julián Careaga": "a" and a demonstrative, the outlet
the words were said to, no part of the role."""
_RU_PLACE_PREPOSITIONS = words("на в во")
""""заявил на брифинге мэр города Игорь Сомов": where it was said, before the
office, no part of the role."""


def _occasion_part(part: str) -> bool:
    split = part.split(None, 2)
    if len(split) < 2:
        return False
    first, second = split[0], split[1].lower()
    if first == "a" and second in _ES_OUTLET_ADDRESSEE:
        return True
    if first in _DE_OCCASION_OPENERS and second in _DE_OCCASION_SECOND:
        return True
    # (A German relative clause ends in its verb, lower case; "das Gesicht
    # der Kampagne", an apposition, ends in a noun, capitalised.)
    return first in _DE_RELATIVE_THING and part.rsplit(None, 1)[-1][:1].islower()


def press_role(role: str) -> str | None:
    """``role`` without what a German, Spanish or Russian sentence writes
    beside the name that says when, where or to whom it was said, or which
    document it is ("Hafenmeister, am Montag bei einem Ortstermin" →
    "Hafenmeister"; "a este diario, patrón mayor de la cofradía" → "patrón
    mayor de la cofradía"; "на брифинге мэр города" → "мэр города";
    "Dessen Vorsitzende" → "Vorsitzende"; "das dieser Zeitung vorliegt" →
    none). Each test is a set lookup on a part's first words."""
    parts = [p for p in role.split(", ") if not _occasion_part(p)]
    if parts:
        first = parts[0].split(None, 2)
        if len(first) > 1 and first[0].lower() in _DE_POSSESSIVE:
            parts[0] = parts[0].split(None, 1)[1]
        elif len(first) > 2 and first[0] in _RU_PLACE_PREPOSITIONS:
            parts[0] = first[2]
    return ", ".join(parts) or None


_RU_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ской", ("ская",)),
    ("ского", ("ский",)),
    ("ого", ("ой", "ий", "ый")),
    ("ому", ("ой", "ий", "ый")),
    ("ым", ("",)),
    ("ой", ("а", "ая")),
    ("ую", ("ая", "а")),
    ("у", ("а", "")),
    ("а", ("",)),
    ("е", ("а", "")),
)
"""The oblique endings of a Russian surname and the nominative ones they
stand for, longest first ("Беловой", "Белову" → "Белова"; "Сомова",
"Сомову", "Сомовым" → "Сомов"; "Ковальской" → "Ковальская")."""


def russian_nominatives(surname: str) -> list[str]:
    """The nominatives a declined Russian surname (lower case) may stand for,
    to look up among the people named ("беловой" → ["белова"]); empty when
    no ending is a case's."""
    for ending, nominatives in _RU_CASE_ENDINGS:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            stem = surname[: -len(ending)]
            return [stem + n for n in nominatives]
    return []


_RU_POSSESSIVES = words("его ее её их його її їх")
"""The Russian "his", "her", "their" (the same words as the pronouns'
genitive): "По ее словам" names its source by one of them; the Ukrainian
"його", "її", "їх" from stop 45 ("За його словами")."""

IN_WORDS_OF: dict[str, frozenset[str]] = {
    "по": words("словам мнению"),
    "за": words("словами"),
    "на": words("думку"),
}
"""The Russian and Ukrainian "in the words of": the preposition and the
noun that must follow it or the possessive after it ("По словам Беловой",
"За його словами"; Ukrainian from stop 45); from s49-lang8 "in the opinion
of" too ("По мнению Корнилова", the Ukrainian "На думку Мельника"). Not
"По данным" (by the figures of): its source is a body or a description in
the genitive, which the text names nowhere else as written ("По данным
районного управления образования" was given to the last speaker)."""


def russian_in_words_of(word: str, after: list[str], n: int) -> int:
    """Where the source starts after the token ``n`` ``word`` ("по", "за")
    given the two tokens ``after`` it (lower case): "по словам Беловой"
    ("in Белова's words") names her after "словам", "По ее словам" by the
    pronoun (read as "Selon elle" is: :data:`ACCORDING_PRONOUNS`); "За його
    словами" so in Ukrainian (stop 45); 0 when ``word`` opens no such
    phrase."""
    nouns = IN_WORDS_OF[word]
    if after[:1] and after[0] in nouns:
        return n + 2
    if len(after) == 2 and after[0] in _RU_POSSESSIVES and after[1].rstrip(",") in nouns:
        return n + 1  # ("in her words": the pronoun is the source, stop 43)
    return 0


SPANISH_BELIEF_VERBS: frozenset[str] = words("cree creen opinan piensa piensan considera")
"""Spanish verbs of belief in the present after a name ("Andrés Soler, de la
Universidad de Puerto Llano, cree que …"): the name is the sentence's
subject, as "believes" makes an English one ("explicó" after it is his).
No English word is one of them. Only those :data:`.lexicon.SPEECH_VERBS`
does not hold ("opina" is there, and read before this list)."""


RELATIVE_OPENERS: tuple[str, ...] = (
    "qui",
    "che",
    "que",
    "który",
    "która",
    "które",
    "die",
    "som",
    "který",
    "která",
    "které",
    "\u03c0\u03bf\u03c5",
    "\u044f\u043a\u0438\u0439",
    "\u044f\u043a\u0430",
    "\u044f\u043a\u0456",
    "der",
    "aki",
    "amely",
)
"""French, Italian, Spanish and Portuguese, and Polish relative pronouns
that open a clause after the speaker set behind the verb ("», estime le
maire, qui a écrit au préfet", "ha spiegato il sindaco, che …", "”, powiedział
burmistrz, który …"): the clause tells what the speaker did, it is no part
of who speaks (stop 43); the Dutch "die", Swedish "som" and Czech "který"
from stop 44 (German's relative "die" is cut there too, rightly). Lower
case after a comma: English text holds one only as the verb "die" (", die
hard"), which ends a speaker's phrase there as well. From stop 45 the Greek
"που", the Ukrainian "який", "яка", "які" (escaped), the Danish "der" (the
German relative "der" too) and the Hungarian "aki", "amely" ("τόνισε ο
δήμαρχος, που …", "– наголосив міський голова, який …", "siger
borgmesteren, der …", "hangsúlyozta a polgármester, aki …")."""


PRESS_WITHOUT: tuple[str, ...] = ("sans", "senza", "sem", "bez")
""""Without" in French, Italian, Portuguese and Polish: after a comma it opens
a clause of what the speaker did not do ("», a indiqué la préfecture, sans
avancer de date"), no part of who speaks (stop 43)."""

PRESS_IN_A_DOCUMENT: tuple[str, ...] = (
    "dans un",
    "dans une",
    "in un",
    "in una",
    "em nota",
    "em comunicado",
    "w komunikacie",
)
"""Where the words were said, a document the speaker issued, in French,
Italian, Portuguese and Polish ("a indiqué la préfecture dans un
communiqué", "ha fatto sapere l'assessorato in una nota"): it ends the
speaker's phrase, as "in a statement" is cut in English (stop 43). Lower
case: the English "in" before an Italian article never meets English text."""


PRESS_LET_KNOW: dict[str, str] = {
    "fatto": "sapere",
    "fa": "sapere",
    "fanno": "sapere",
    "fait": "savoir",
}
""""Let it be known", the Italian and French press's verb of saying in two
words ("», ha fatto sapere l'assessorato", "», a fait savoir la
préfecture"): the first word and the infinitive that must follow it (stop
43). No English word is a key."""


_BARE_INCISE_GAP = " ,\u00a0\u202f\u2013\u2014-"
"""What stands between a closing mark and a bare verb after it: the comma, the
Polish dash, spaces."""


def bare_incise_after(text: str, close: int, verbs: frozenset[str]) -> bool:
    """Is a closing mark at ``close`` followed by a verb of saying alone, with
    no subject, ending the sentence ("«Lo ripareremo», promette.",
    "„Naprawimy to” – obiecuje.")? Italian, Portuguese and Polish drop the
    subject the sentence before gave: a quotation so set off is speech,
    however short (stop 43); Czech too ("„Opravíme ho,“ řekl.", stop 44).
    ``verbs`` are the verbs of saying; asked only of
    a quotation of a word or two, and English text stops at the first test
    of the text's language (kept per text)."""
    i = close + 1
    stop = min(len(text), i + 4)
    while i < stop and text[i] in _BARE_INCISE_GAP:
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    if j == i or text[j : j + 1] != "." or not text[i].islower():
        return False
    return text[i:j] in verbs and press_language(text) in ("it", "pt", "pl", "cs")


ACCORDING_PRONOUNS: frozenset[str] = words(
    """
    lui elle eux elles él ella ellos ellas lei loro ele ela eles elas niego niej nich
    его ее её их його її їх
    \u03af\u03b4\u03b9\u03bf \u03af\u03b4\u03b9\u03b1
    hem haar honom henne něj ní
    ham hende
    """
)
"""The pronouns "according to" takes in one word in French, Spanish,
Italian, Portuguese and Polish ("Selon lui", "Según ella", "Secondo lei",
"Segundo ela", "Według niego"): the source, as a name there is (stop 43);
Dutch, Swedish and Czech from stop 44 ("Volgens hem", "Enligt honom",
"Podle něj")."""


ACCORDING_AFTER: frozenset[str] = words("szerint")
"""The Hungarian "according to", a postposition after its source ("Szűcs
Attila polgármester szerint a döntés „…”"; stop 46)."""

ACCORDING_ITSELF: frozenset[str] = words("szerinte szerintük")
""""According to him (her)", "according to them" in one word, Hungarian's
"szerinte", "szerintük" ("Szerinte a … feltételek „…”"): the source a
pronoun within it (:data:`.inversions.FOREIGN_PRONOUNS`: "ő", of no gender,
and "they"; stop 45)."""

ACCORDING_TWO_WORDS: dict[str, str] = {"\u03c3\u03cd\u03bc\u03c6\u03c9\u03bd\u03b1": "\u03bc\u03b5"}
""""According to" in two words, the first and the second: the Greek
"σύμφωνα με" ("Σύμφωνα με τον ίδιο, …"; stop 45), its article after it
(:data:`ACCORDING_ARTICLES`) no part of the source."""

ACCORDING_ARTICLES: frozenset[str] = words("\u03c4\u03bf\u03bd \u03c4\u03b7\u03bd \u03c4\u03bf")
"""The Greek accusative articles "τον", "την", "το" after "σύμφωνα με"."""


PRESS_REPORTING_VERBS: frozenset[str] = words(
    """
    relevait relève soulignait signalait signale constatait constate préconisait
    préconise recommandait recommande mentionnait évoquait qualifiait
    segnalava segnala evidenziava evidenzia rilevava rileva raccomandava
    raccomanda sottolineava definiva descriveva
    apontava aponta apontou recomendava recomenda recomendou alertava alertou
    destacava ressaltava classificava descrevia
    wykazywała wykazywał wykazała wykazał wykazuje wskazywała wskazywał
    wskazuje zalecała zalecał zaleca ostrzegała ostrzegał
    recomienda recomendaba advertía señalaba
    advarede advarer
    """
)
"""Verbs by which a report or a finding puts words on record, in French,
Italian, Portuguese and Polish, the imperfect and the present a text uses of
a document ("Le dernier rapport relevait « … »", "La relazione segnalava
“…”", "Um laudo apontava “…” e recomendava “…”", "Ekspertyza wykazywała
„…”"): like :data:`.lexicon.ATTRIBUTING_VERBS` they bring in a partial
quotation only, never open a full one (stop 43). No English word is one of
them."""


PRESS_NAMING_VERBS: frozenset[str] = words(
    """
    kalder kaldte kaldt
    назвав назвала назвали назвал
    χαρακτήρισε χαρακτήρισαν μίλησε
    """
)
"""Verbs of calling in Danish, Ukrainian and Greek ("Han kalder beslutningen
»…«", "Він назвав це рішення «…»", "Ο ίδιος χαρακτήρισε την απόφαση «…»"),
and Russian ("назвала", "назвали" are Ukrainian's too; "Директор школы
Сергей Лукин назвал решение «…»", s49-lang8; a body's neuter "назвало" is
never a person's):
as the English "called" (:data:`.lexicon.NAMING_VERBS`), they bring in a
partial quotation, and only when a person calls (:func:`person_calls`): a
body that calls a thing so names it ("Комиссия назвала проект «…»", stop
39's battery; stop 45). The Greek "μίλησε για «…»" (spoke of) as the
English "spoke of" (stop 46)."""


def person_calls(before: list[str], mid_sentence: bool = False) -> bool:
    """Is the subject right before a verb of :data:`PRESS_NAMING_VERBS`, one
    token or two (``before``, as written; a third before them asked too), a
    person: a subject pronoun ("Він", "Han", "Ο ίδιος") or a name of two
    capitalised words ("Jens Kjær")? One capitalised word is as often a body
    ("Regionen", "Комиссия"), and so are two that end a longer run of
    capitalised words ("Η Διοίκηση Υγειονομικής Περιφέρειας χαρακτήρισε":
    a body's name of three; s45-final-lang): the third counts unless it is
    an article or, capitalised as every sentence's first word is, opens the
    sentence ("Direktør Jens Kjær kalder"; ``mid_sentence``: it does not)."""
    if not before:
        return False
    two = " ".join(before[-2:]).lower()
    if before[-1].lower() in FOREIGN_PRONOUNS or two in FOREIGN_PRONOUNS:
        return True
    if len(before) < 2:
        return False
    if (
        len(before) > 2
        and mid_sentence
        and before[-3][:1].isupper()
        and before[-3] not in GREEK_ARTICLES
    ):
        return False  # (the tail of a longer name: a body's)
    return (
        before[-2][:1].isupper() and before[-1][:1].isupper() and before[-2] not in GREEK_ARTICLES
    )


_PRESS_ARTICLES_ALL = words("le la les un une il lo gli i una uno o os as um uma")
"""The articles a French, Italian or Portuguese noun phrase opens with (the
elided "l'" is asked apart: "L'ultima relazione")."""
_PRESS_ASIDE_PREPOSITIONS = words("de du del della dal en da di")
"""Prepositions of an aside that dates a document ("de 2021", "del 2019",
"en 2019")."""
_PRESS_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "ato", "ata", "ado", "ada", "ido", "ida")
"""How a French, Italian or Portuguese past participle ends ("commandé",
"commissionata", "encomendado")."""
_PRESS_NOUN_WORDS = 6
"""The most words the noun phrase before the aside holds ("Um laudo da
própria prefeitura")."""
_PRESS_ASIDE_WORDS = 4


def press_noun_before_aside(tokens: list[str], first: int, k: int, text: str) -> int | None:
    """Where the subject opens when ``tokens[first:k + 1]`` (the words before
    a verb) are an aside set off by commas that dates or qualifies a
    document, after a lower-case noun phrase opened by an article, in a
    French, Italian or Portuguese text ("Le dernier rapport, commandé en
    2019, relevait « … »", "L'ultima relazione tecnica, del 2019, segnalava
    “…”", "Um laudo da própria prefeitura, de 2021, apontava “…”"): the
    aside says which document, the phrase before it says the words, as
    "The survey, completed in October, recommended" does in English (stop
    43). ``None`` otherwise, and at once for any other language (the test
    of the text's language is kept per text)."""
    if first < 2 or first > k or not tokens[k].endswith(",") or k - first >= _PRESS_ASIDE_WORDS:
        return None
    if not tokens[first - 1].endswith(","):
        return None
    lead = tokens[first]
    if not lead.islower() or not (
        lead.endswith(_PRESS_PARTICIPLE_ENDS)
        or (lead in _PRESS_ASIDE_PREPOSITIONS and tokens[k].rstrip(",").isdigit())
    ):
        return None
    if press_language(text) not in ("fr", "it", "pt"):
        return None
    prev = first - 1
    while (
        prev > 0
        and first - prev < _PRESS_NOUN_WORDS
        and not tokens[prev - 1].endswith((",", ".", ":", ";"))
    ):
        prev -= 1
    opener = tokens[prev]
    elided = opener[:2].lower() in ("l'", "l’") and opener[2:3].isalpha()
    if not (elided or opener.lower() in _PRESS_ARTICLES_ALL):
        return None
    if any(
        not t.rstrip(",").replace("'", "").isalpha() or t[:1].isupper()
        for t in tokens[prev + 1 : first]
    ):
        return None  # (a lower-case noun phrase: no name, no number)
    return prev


_RELATIVE_WORDS = words("que cual cuales qui che quale quali")
"""Spanish, French, Italian and Portuguese relative pronouns."""
_RELATIVE_LEADS = words("a al la el los las en del de con por lo le il")
"""The prepositions and articles a relative pronoun may stand after ("al
que", "en el que", "con la cual")."""
_PRESS_ARTICLES_ES = words("el la los las un una")
_RELATIVE_LEAD_WORDS = 3


def _relative_at(tokens: list[str], at: int, end: int) -> bool:
    """Do ``tokens[at:end]`` open with a relative pronoun, after up to two
    prepositions or articles ("que", "al que", "en el que")?"""
    for j in range(at, min(end, at + _RELATIVE_LEAD_WORDS)):
        word = tokens[j].lower().rstrip(",")
        if word in _RELATIVE_WORDS:
            return True
        if word not in _RELATIVE_LEADS:
            return False
    return False


def press_subject_before_relative(
    tokens: list[str], first: int, text: str
) -> tuple[int, int] | None:
    """The subject's tokens (start, end) when the words before a verb,
    ``tokens[first:]``, are a relative clause set off by commas after a
    noun phrase opened by a capitalised article, in a Spanish, French,
    Italian or Portuguese text ("El informe del Instituto Oceanográfico en
    el que se basa la decisión, al que ha tenido acceso este periódico,
    recomienda «…»"): the noun phrase up to its own relative clause, as
    "The report, which this newspaper has seen, recommends" reads in
    English (stop 43). ``None`` otherwise."""
    if first < 2 or not tokens[first - 1].endswith(",") or not tokens[first][:1].islower():
        return None
    if not _relative_at(tokens, first, len(tokens)):
        return None
    prev = first - 1
    while prev > 0 and not tokens[prev - 1].endswith((",", ".", ":", ";")):
        prev -= 1
    opener = tokens[prev]
    if not opener[:1].isupper() or opener.lower() not in _PRESS_ARTICLES_ES | _PRESS_ARTICLES_ALL:
        return None
    if counted_language(text) not in ("es", "fr", "it", "pt"):
        return None
    end = first
    for j in range(prev + 2, first):
        if (
            _relative_at(tokens, j, first)
            and tokens[j].lower() in _RELATIVE_LEADS | _RELATIVE_WORDS
        ):
            end = j  # (its own relative clause, unset: "en el que se basa la decisión")
            break
    return prev, end


_PRESS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("en", (" the ", " and ", " of ", " to ", " in ", " is ")),
    ("fr", (" le ", " les ", " des ", " une ", " et ", " du ", " au ", " est ")),
    ("it", (" il ", " della ", " che ", " di ", " gli ", " delle ", " alle ", " nel ", " sono ")),
    ("pt", (" não ", " uma ", " do ", " em ", " os ", " ao ", " dos ", " pela ", " com ")),
    ("pl", (" się ", " nie ", " że ", " w ", " z ", " i ", " od ", " przy ", " jest ")),
    ("es", (" el ", " los ", " las ", " y ", " por ", " al ")),
    ("de", (" und ", " der ", " die ", " nicht ", " das ", " ist ")),
    ("id", (" yang ", " dan ", " di ", " dengan ", " untuk ", " ini ")),
    ("nl", (" het ", " een ", " van ", " niet ", " zijn ", " voor ", " werd ")),
    ("sv", (" och ", " att ", " det ", " som ", " inte ", " är ", " för ")),
    ("cs", (" je ", " se ", " v ", " ve ", " jsou ", " jsme ", " ale ")),
    ("da", (" og ", " ikke ", " af ", " blev ", " hvis ", " også ", " jeg ", " hun ", " i ")),
    (
        "el",
        (
            " \u03ba\u03b1\u03b9 ",
            " \u03c4\u03bf ",
            " \u03bd\u03b1 ",
            " \u03c4\u03b7\u03c2 ",
            " \u03c4\u03bf\u03c5 ",
            " \u03c4\u03b7\u03bd ",
            " \u03b4\u03b5\u03bd ",
        ),
    ),
    ("hu", (" hogy ", " és ", " az ", " egy ", " nem ", " volt ", " már ", " csak ")),
    (
        "uk",
        (
            " \u0456 ",
            " \u0449\u043e ",
            " \u0442\u0430 ",
            " \u0446\u0435 ",
            " \u0432\u0456\u0434 ",
            " \u0457\u0457 ",
            " \u0432\u0456\u043d ",
        ),
    ),
)
"""Each language's commonest small words, to tell which one a text is
written in (four to nine words each; English, Spanish and German are
counted so that their texts are not taken for the others, and Indonesian,
which writes " di " as often as Italian does; " w " and " i "
are Polish, " do " and " em " Portuguese, English writes them rarely;
Dutch, Swedish and Czech from stop 44, by words the other languages do not
write: not the Dutch " de ", which Spanish and Portuguese write as often,
nor the Czech " že " and " na ", which Polish does). Danish and Greek from
stop 45 (Ukrainian by і, що, та, це, від, її, він, escaped: words Russian
does not write; Danish by " og ", " ikke ", " af ": not " er ", German's "he", nor
" har ", " med ", " til ", Swedish's too; and " i ", which Polish counts
too, so that a Danish text is not taken for Polish by it; Greek by και, το, να, της, του,
την, δεν, escaped). Hungarian from stop 45 (s45-lang2) by words only it
writes: "hogy", "és", "az", "egy", "nem", "volt", "már", "csak"; not its
article " a ", which Portuguese, Italian and Spanish write too."""
_PRESS_AT_LEAST = 5
_SAMPLE = 20000
"""The other languages are counted in the first 20,000 characters at most."""

_press_seen: tuple[str, str | None] = ("", None)


def press_language(text: str) -> str | None:
    """ "fr", "it", "pt", "pl", "nl", "sv" or "cs" when ``text`` is French,
    Italian, Portuguese, Polish, Dutch, Swedish or Czech (the last three
    from stop 44): that language's commonest small words outnumber every other
    language's counted (five at least); else ``None``. A text that writes
    " the " four times in its first 3,000 characters is English: one search
    (about 3 µs), the counting done only past it (about 0.5 ms on 12,000
    characters). The answer for the last text is kept, as
    :func:`.speakers.german_text` keeps its (stop 43)."""
    found = counted_language(text)
    return found if found in _PRESS_VERB_ENDS else None


def counted_language(text: str) -> str | None:
    """The language whose commonest small words :func:`press_language`
    counts most in ``text`` (five at least; "es" and "de" too, "en" for
    English), else ``None``; kept for the last text (stop 43)."""
    global _press_seen
    seen = _press_seen  # (read once: another thread may set it in between)
    if seen[0] is text:
        return seen[1]
    found: str | None = None
    if not writes_english(text):
        counts = _press_word_counts(text[:_SAMPLE])
        best, lang = max(counts)
        if best >= _PRESS_AT_LEAST:
            found = "no" if lang == "da" and _norwegian(text[:_SAMPLE]) else lang
    _press_seen = (text, found)
    return found


_DANISH_ONLY = (" af ", " blev ", " efter ", " noget ", " hvad ", " meget ", " siger ")
_NORWEGIAN_ONLY = (" av ", " ble ", " etter ", " noe ", " hva ", " mye ", " sier ")
"""The small words Danish and Norwegian (Bokmål) spell apart ("af"/"av",
"blev"/"ble", "efter"/"etter", "noget"/"noe", "hvad"/"hva", "meget"/"mye",
"siger"/"sier"); the words Danish is counted by ("og", "ikke", "også", "jeg",
"hun", "i") Norwegian writes too (s45-final-lang)."""


def _norwegian(sample: str) -> bool:
    """Is ``sample``, counted as Danish, Norwegian: does it write more of
    :data:`_NORWEGIAN_ONLY` than of :data:`_DANISH_ONLY`? Asked only of a
    text counted as Danish. Norwegian is read with no language's rules, as
    before stop 45 (the Danish ones were written from Danish text)."""
    return sum(map(sample.count, _NORWEGIAN_ONLY)) > sum(map(sample.count, _DANISH_ONLY))


def _press_word_counts(sample: str) -> list[tuple[int, str]]:
    """Each language's ``sum(sample.count(w) for w in words)`` for
    :data:`_PRESS_WORDS`, from one split at the spaces: a word " x " written
    there is a piece between two spaces, so the pieces are counted once
    (sixty scans of up to 20,000 characters took ~1 ms a text, the needle's
    leading space matching at every word). ``str.count`` does not count
    overlapping matches: for a word written twice in a row (" w w ") its
    own count is asked (stop 43)."""
    inner = sample.split(" ")[1:-1]
    tally = Counter(inner)
    doubled = set(compress(inner, map(eq, inner, inner[1:])))
    return [
        (
            sum(sample.count(w) if w[1:-1] in doubled else tally[w[1:-1]] for w in ws),
            lang,
        )
        for lang, ws in _PRESS_WORDS
    ]


_PRESS_VERB_ENDS: dict[str, tuple[str, ...]] = {
    "fr": ("e", "t", "a"),
    "it": ("a", "e", "\u00f2"),
    "pt": ("a", "e", "z", "ou", "eu", "iu"),
    "pl": ("a", "e", "i", "y", "\u0142", "\u0142a", "\u0142o"),
    "nl": ("t", "de", "te"),
    "sv": ("r", "de", "te"),
    "cs": ("\u00e1", "\u00ed", "e", "l", "la"),
    "da": ("r", "de", "te"),
    "el": ("\u03b5\u03b9", "\u03b5\u03af", "\u03b5", "\u03c4\u03b1\u03b9"),
    "uk": ("\u0454", "\u0438\u0442\u044c", "\u0432", "\u043b\u0430"),
    "hu": ("ta", "te", "tt", "ik", "ja", "je"),
}
"""How a verb in the third person singular ends in each language, present
or past ("regarde", "reconnaît", "a"; "osserva", "ammette"; "olha", "faz",
"reconheceu"; "ogląda", "prowadzi", "patrzy", "zdecydowała"; Dutch "runt",
"belooft", "erkende"; Swedish "lovar", "påpekar", "medger"; Czech
"provozuje", "přiznává", "bojí", "napsal", stop 44; Danish "venter",
"lover", "erkender", Greek "περιμένει", "εξηγεί", "δήλωσε", "υπόσχεται", Ukrainian
"працює", "говорить", "написав", "сказала", stop 45; Hungarian "mondta",
"nevezte", "született", "dolgozik", "várja", "meséli" not: its "-i" is as
often an adjective's, "keddi", s45-lang2)."""

_PRESS_VERB_WORDS: dict[str, frozenset[str]] = {
    "fr": words("a est ne se fait dit"),
    "it": words("ha è non si"),
    "pt": words("é tem não se foi vai"),
    "pl": words("ma jest nie się"),
    "nl": words("is heeft lag zei was had kwam gaat kan moet wil"),
    "sv": words("har är var låg sa kom ska kan vill"),
    "cs": words("je má byl byla měl měla se"),
    "da": words("har er var kan skal vil"),
    "el": words(
        "\u03b5\u03af\u03bd\u03b1\u03b9 \u03ad\u03c7\u03b5\u03b9 \u03b4\u03b5\u03bd \u03b8\u03b1"
    ),
    "uk": words("\u043d\u0435 \u0454 \u043c\u0430\u0454"),
    "hu": words("volt nem"),
}
"""Auxiliaries and the words that stand before a verb (negation, the
reflexive pronoun) that may follow a subject directly ("Tom Hale a prévu",
"Ada Lind ha deciso", "Ada Lind não sabe", "Tom Hale nie kryje")."""

_PRESS_NOT_VERBS: dict[str, frozenset[str]] = {
    "fr": words(
        """
        le la de une que ce cette et comme entre contre avant pendant dont tout
        toute quant sa ta ma notre votre leur elle
        """
    ),
    "it": words(
        """
        la le e a da di che della delle dalla dalle alla alle nella nelle sulla
        sulle una come anche ora mentre dopo contro senza tra fra sopra sotto
        presso verso insieme prima
        """
    ),
    "pt": words(
        """
        a e da de na que uma como para sobre entre desde ela ele contra sempre
        ante perante nesta nessa desta dessa sua essa esta
        """
    ),
    "pl": words(
        """
        i a w z na za do ze we że przy dla oraz która które który jako albo lub
        ani przez przed pod nad spod po by czy gdy kiedy jej mi
        """
    ),
    "nl": words("het met niet dat wat tot uit dit net want omdat toen sinds zelfs"),
    "sv": words("eller efter för under över där här när mer fler hur inför"),
    "cs": words(
        """
        že ale podle které která kde když také ještě přece při kteří její jeho
        jediné celé nové své naše vaše
        """
    ),
    "da": words("eller efter for under over der her når mere hvor fordi"),
    "el": words("\u03ba\u03b1\u03b9 \u03c0\u03bf\u03c5 \u03c3\u03c4\u03b5"),
    "uk": words(
        "\u0446\u0435 \u0432\u0441\u0435 \u0432\u0456\u0434 \u0434\u043e"
        " \u0437\u0430 \u043f\u0440\u043e \u044f\u043a\u0430"
    ),
    "hu": words("egyik másik melyik alatt között mellett helyett előtt felett mögött miatt"),
}
"""Each language's small words that end like a verb (articles, prepositions,
conjunctions, relative pronouns): after a name they open no predicate."""


_ANY_VERB_END: tuple[str, ...] = tuple(
    sorted({e for ends in _PRESS_VERB_ENDS.values() for e in ends})
)
_ANY_VERB_WORD: frozenset[str] = frozenset().union(*_PRESS_VERB_WORDS.values())


def press_finite(follower: str, text: str) -> bool:
    """Is ``follower`` (the word right after a name, lower case) a verb of
    the text's language (:func:`press_language`): French, Italian,
    Portuguese or Polish, in the third person singular ("Sur le quai, Tom
    Hale regarde", "Ada Lind ha deciso", "Benedito Rocha faz", "Tom Hale
    ogląda")? These languages put the verb right after the subject, as
    English does; the shape is read first (a few ``endswith``), the text's
    language only past it, once a text (stop 43)."""
    if not follower[-1:].isalpha() or not follower.islower():
        return False
    if follower not in _ANY_VERB_WORD and not (
        len(follower) > 2 and follower.endswith(_ANY_VERB_END)
    ):
        return False
    # (The kept answer read here, not through press_language: most words
    # after a name pass the shape test, in English text, asked ~10 times a
    # text; two calls fewer each.)
    seen = _press_seen
    lang = seen[1] if seen[0] is text else counted_language(text)
    if lang is None or lang not in _PRESS_VERB_ENDS:
        return False
    if follower in _PRESS_VERB_WORDS[lang]:
        return True
    return (
        len(follower) > 2
        and follower.endswith(_PRESS_VERB_ENDS[lang])
        and follower not in _PRESS_NOT_VERBS[lang]
    )


_PRESS_ARTICLES = words("le la il lo o a el de het \u03bf \u03b7")
"""The French, Italian and Portuguese definite articles before an office
("le maire", "il sindaco", "a prefeita", "o secretário"; "l'" is read apart),
and the Dutch ones ("de burgemeester", "het hoofd"; stop 44), the Greek
ο and η ("ο δήμαρχος"; stop 45: the Danish article is the noun's ending,
"borgmesteren", read as the Swedish "rektorn" is).
Polish and Russian write the office bare ("burmistrz", "мэр"). The Spanish
"el" from s47-lang6 ("advirtió el alcalde" after "El alcalde de Villarejo,
Andrés Molina"), asked of text counted Spanish."""
_HOLDER_REACH = 3000
"""How far back the office is looked for (as the English holders read)."""
_HOLDER_GAP = 40
"""How far after the office its holder's name may start ("Le maire de
Port-Envel, Bernard Quéré", "мэр города Игорь Сомов")."""
_HOLDER_GAP_STOPS = ".!?;:«»“”„\n"


def press_office(role: str, text: str) -> str | None:
    """The office noun of ``role`` when it is a French, Italian, Portuguese,
    Polish or Russian office with no name ("le maire", "l'assessora", "a
    prefeita", "burmistrz", "мэр"), lower case; else ``None``. A single word
    in Cyrillic, or in one of those languages' texts (:func:`press_language`,
    kept for the text) an article of theirs and a noun or a bare noun;
    an English role ("the mayor", "a friend") costs a split and that
    language test."""
    parts = role.split()
    if len(parts) > 2 and parts[0] in GREEK_ARTICLES and role.islower():
        # "είπε ο βουλευτής μετά τη συνάντηση": the article's noun is the
        # office, what follows it in lower case (a preposition's phrase, a
        # genitive) no part of the person (stop 46). (The role all in lower
        # case, the article is "ο" or "η", never the capital.)
        parts = parts[:2] if press_language(text) == "el" else parts
    if len(parts) > 2 or not parts:
        return None
    if len(parts) == 1 and cyrillic(role):
        noun = role
    elif len(parts) == 2 and cyrillic(role) and press_language(text) == "uk":
        noun = role  # ("міський голова": a Ukrainian office of two words, stop 45)
    elif press_language(text) is None and counted_language(text) != "es":
        return None  # ("a friend": English, where "a" is no article of these)
    elif len(parts) == 2 and parts[0].lower() in _PRESS_ARTICLES:
        noun = parts[1]
    elif len(parts) == 1 and role[:2].lower() in ("l'", "l\u2019"):
        noun = role[2:]
    elif len(parts) == 1:
        noun = role
    else:
        return None
    if not (noun.replace(" ", "").isalpha() and noun.islower()):
        return None
    if noun.endswith("en") and len(noun) > 5 and press_language(text) == "da":
        return noun[:-2]  # ("borgmesteren": the Danish article is the ending, stop 45)
    return noun


HUNGARIAN_PREVERBS: frozenset[str] = words("hozzá ki meg el be fel le vissza rá össze")
"""The Hungarian verb's particle, set after it when the verb is stressed
("– … – tette hozzá.", "jelentette ki", "jegyezte meg"): no speaker's
word. Asked only after a verb of saying, of text told Hungarian
(:func:`press_language`, kept per text), so English text ("— said be")
keeps its reading."""

HUNGARIAN_PRONOUN = "\u0151"
"""The Hungarian "ő" (he, she, it: of no gender), the pronoun within
"szerinte"."""

_HU_BODY_REACH = 400
"""How far back the sentence before a Hungarian pronoun is looked for."""


def hungarian_body_before(text: str, pos: int) -> bool:
    """Does the sentence before ``pos`` open with the Hungarian article and
    a lower-case noun ("A kórház vezetése közölte, hogy …"): a body or a
    description as its subject, named by no one (stop 46)?"""
    lo = max(0, pos - _HU_BODY_REACH)
    end = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    if end < 0:
        return False
    start = max(text.rfind(". ", lo, end), text.rfind("\n", lo, end))
    sentence = text[start + 1 : end].lstrip(" \n")
    first, _, rest = sentence.partition(" ")
    return first in ("A", "Az") and rest[:1].islower()


_HU_ARTICLES = (" a ", " az ")
_HU_ANNOUNCING = (" azt", " ezt")


def before_hungarian_article(phrase: str, text: str) -> str:
    """``phrase`` cut before the Hungarian article that follows a name in a
    Hungarian ``text`` ("mondta Horváth a keddi testületi ülésen": the
    occasion after the article is no part of the name, as "at the meeting"
    is none in English; stop 45); else ``phrase``. Asked only of a phrase
    that writes one of the articles between words and opens with a capital.
    The demonstrative object that announces the "hogy" clause ("A posta azt
    válaszolta, hogy …") is cut too: no part of the subject (stop 46)."""
    if not phrase[:1].isupper():
        return phrase
    if phrase.endswith(_HU_ANNOUNCING) and press_language(text) == "hu":
        phrase = phrase[: phrase.rfind(" ")]
    if " a " not in phrase and " az " not in phrase:
        return phrase
    if press_language(text) != "hu":
        return phrase
    cut = min(at for at in (phrase.find(a) for a in _HU_ARTICLES) if at >= 0)
    return phrase[:cut]


_NAME_BEFORE_OFFICE = ("hu",)
"""The languages that write the holder's name before the office noun
("Tóth László polgármester", stop 45)."""


def press_office_holder(
    text: str, pos: int, noun: str, mentioned_at: list[int], mentioned: list[str]
) -> str | None:
    """The person the text before ``pos`` gave the office ``noun`` by name:
    the last time the office is written as a word ("Le maire de Port-Envel,
    Bernard Quéré, se veut rassurant", "A prefeita Helena Duarte", "мэр
    города Игорь Сомов") a mention (``mentioned_at`` sorted, ``mentioned``
    the names) starts within a few words after it, in the same clause. The
    English articles' holders are :mod:`.holders`' (stop 43)."""
    lo = max(0, pos - _HOLDER_REACH)
    window = text[lo:pos].lower()
    at = window.rfind(noun)
    while at >= 0:
        start = lo + at
        end = start + len(noun)
        bounded = (start == 0 or not text[start - 1].isalpha()) and not text[
            end : end + 1
        ].isalpha()
        if bounded:
            # (A mention from the office's own start too: "Burmistrz Zatoki
            # Lisiej Janusz Wrona" is one run of capitals, read from its first.)
            k = bisect.bisect_left(mentioned_at, start)
            if k < len(mentioned_at) and mentioned_at[k] - end <= _HOLDER_GAP:
                gap = text[end : mentioned_at[k]]
                if not any(c in _HOLDER_GAP_STOPS for c in gap):
                    return mentioned[k]
            if k > 0 and press_language(text) in _NAME_BEFORE_OFFICE:
                # "Tóth László polgármester megígérte": the name, then the
                # office (stop 45).
                name = mentioned[k - 1]
                if text[mentioned_at[k - 1] : start].rstrip() == name:
                    return name
        at = window.rfind(noun, 0, at)
    return None


PRESS_AND: frozenset[str] = words("e et i oraz")
""""And" in Italian and Portuguese, French, and Polish: a subject phrase
ending in it ("Tom Hale è venuto sul molo e | promette «…»") is a whole
clause joined to the verb of saying (stop 43)."""


def press_clause_subject(tokens: list[str], text: str) -> int | None:
    """How many of ``tokens`` (a verb of saying's subject words, the last one
    :data:`PRESS_AND`) are the clause's subject: those before its first
    verb of the text's language (:func:`press_finite`) right after a
    capitalised word ("Tom Hale | è venuto sul molo e", "A prefeita Ada Lind
    | esteve no local e"); ``None`` when there is none."""
    first = 2 if tokens[0].lower() in _PRESS_ARTICLES else 1  # ("Le maire", "A prefeita")
    for n in range(first, len(tokens) - 1):
        # (Right after a capitalised word, a name's or a party's "(PSD)":
        # "Le maire Tom Hale est", not "Le maire", a noun in "-e".)
        if tokens[n - 1].strip("()")[:1].isupper() and press_finite(tokens[n], text):
            # (A party in brackets after the name is no part of it.)
            return n - 1 if tokens[n - 1].startswith("(") else n
    return None


POLISH_PREPOSITIONS: frozenset[str] = words("od z ze w we przy po przez")
"""Polish prepositions that open a phrase of time or place between a
subject and its verb ("Ada Lind od dwudziestu lat prowadzi", "Tom Hale w
porcie ogląda"): Polish puts such a phrase there freely (stop 43)."""
_POLISH_PHRASE_WORDS = 2


def polish_verb_past_phrase(words_after: list[str], text: str) -> str | None:
    """The verb after a short Polish phrase of time or place that follows a
    name (``words_after``: the lower-case words after the name, the first a
    :data:`POLISH_PREPOSITIONS` word): "od dwudziestu lat prowadzi" →
    "prowadzi"; ``None`` when the text is not Polish or no verb follows
    within two words. Asked only at such a preposition (a set lookup)."""
    if press_language(text) != "pl":
        return None
    for k in range(1, _POLISH_PHRASE_WORDS + 1):
        if k + 1 >= len(words_after):
            break
        word = words_after[k + 1]
        # (Not "-ie": the locative of a place, "w Rewinie", ends so.)
        if not word.endswith("ie") and press_finite(word, text):
            return word
    return None


def polish_name_after_office(tokens: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The name in a run of capitals after an office in Polish text: its
    last two words ("Burmistrz Zatoki Lisiej Janusz Wrona" → "Janusz
    Wrona"). Polish sets the place in the genitive between the office and
    the name, capitalised as a place is; a Polish name is a given name and a
    surname (a double surname is one hyphenated word). Asked only for a run
    of three words or more after an office; ``tokens`` as they were in any
    other text (stop 43). Czech writes the place so too ("Starosta Rybné
    Petr Novák"; stop 44)."""
    if len(tokens) > 2 and press_language(text) in ("pl", "cs"):
        return tokens[-2:]
    return tokens


TURKISH_SAYING: frozenset[str] = words("dedi diye diyor söyledi ekledi ifadesini")
"""What a Turkish sentence sets right after the closing mark, its verb of
saying last ("“…” dedi.", "“…” diye konuştu.", "“…” diye ekledi.", "“…"
ifadesini kullandı."): the subject, when the sentence names one, stands
before the opening mark ("Kaya, “…” dedi."). No English word is one (stop 44)."""
_TURKISH_OPENING = frozenset(w[:3] for w in TURKISH_SAYING)
"""The verbs' first three letters ("ded", "söy"): no English word after a
closing mark opens so ("said", "says", "did" and "explained" passed the
first letter alone; stop 44, s44-speed2). Every verb is longer."""
_TURKISH_SUBJECT_WORDS = 5
"""A Turkish subject set off before the marks is a name with its office at
most ("Liman başkanı Tom Hale,"): a few words."""
_TURKISH_OPENERS = "\u201c\u00ab\u201e"
_TURKISH_SUBJECT_REACH = 400
"""How far before the opening mark the sentence holding a Turkish subject
may start (its subject, a few words, and what stands between it and the
marks): a paragraph with no full stop is not read back to its start at
every closing mark (100,000 such characters took 6.4 s, against 0.3 s in
English; s44-final-analyze2)."""


def turkish_saying_at(text: str, at: int) -> bool:
    """Does a Turkish verb of saying (:data:`TURKISH_SAYING`) start at ``at``,
    the first letter after a closing mark? Their first three letters tested
    first (:data:`_TURKISH_OPENING`): English words after a closing mark
    open with none of them; then one word read and a set lookup. Asked only
    at closing marks."""
    if text[at : at + 3] not in _TURKISH_OPENING:
        return False
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[at:end] in TURKISH_SAYING


def turkish_subject(text: str, close: int) -> tuple[int, int] | None:
    """Where the subject of the Turkish sentence holding the quotation that
    closes at ``close`` stands: the words from the sentence's start to the
    first comma before the opening mark, a few, the last capitalised (a
    name: "Kaya, “…” dedi.", "Liman başkanı Tom Hale, iskelenin önünde, “…”
    dedi."). ``None`` when the quotation opens the sentence ("“…” diye
    konuştu.": the subject is dropped, the speaker the one before), unless
    the sentence before in the paragraph opens with a name and no case
    ending, its subject (:func:`_turkish_subject_before`)."""
    line_start = text.rfind("\n", 0, close) + 1
    near = max(line_start, close - _TURKISH_SUBJECT_REACH)
    # (the nearest opening mark, sought near first: a mark the text never
    # writes is then not sought back to the line's start at every close)
    open_at = max(text.rfind(mark, near, close) for mark in _TURKISH_OPENERS)
    if open_at < 0 < near - line_start:
        open_at = max(text.rfind(mark, line_start, near) for mark in _TURKISH_OPENERS)
    if open_at < 0:
        return None
    start = open_at
    reach = max(line_start, open_at - _TURKISH_SUBJECT_REACH)
    while start > reach and text[start - 1] not in ".!?":
        start -= 1
    if start == reach > line_start:
        return None  # (no sentence's start near: not read back to the line's at every mark)
    while start < open_at and text[start].isspace():
        start += 1
    if start == open_at:
        return _turkish_subject_before(text, line_start, start)
    comma = text.find(",", start, open_at)
    if comma < 0:
        return None
    words_before = text[start:comma].split()
    if (
        not words_before
        or len(words_before) > _TURKISH_SUBJECT_WORDS
        or not words_before[-1][:1].isupper()
    ):
        return None
    return start, comma


def _turkish_subject_before(text: str, line_start: int, start: int) -> tuple[int, int] | None:
    """Where the name opening the sentence before ``start`` in its paragraph
    stands when it carries no case ending and a word in lower case follows
    it: that sentence's subject, who a quotation opening the next sentence
    with its subject dropped goes on with ("Kaya perşembe günü adaya
    gidecek. “…” diye konuştu."; not "Lind'in anlattığına göre …", where
    the speaker before goes on). The name's last word is one the text
    wrote before ("Murat Kaya"), so a noun in the dative opening the
    sentence is none. ``None`` otherwise."""
    end = start
    while end > line_start and text[end - 1].isspace():
        end -= 1
    if end <= line_start or text[end - 1] not in ".!?":
        return None
    begin = end - 1
    while begin > line_start and text[begin - 1] not in ".!?\u201d":
        begin -= 1
    while begin < end and text[begin].isspace():
        begin += 1
    tokens = text[begin:end].split()
    n = 0
    while n < len(tokens) - 1 and tokens[n][:1].isupper() and tokens[n].isalpha():
        n += 1
    if n == 0 or not tokens[n][:1].islower():
        return None
    if text.rfind(" " + tokens[n - 1], 0, begin) < 0:
        return None  # (no name the text gave before: "Korkuluğa yaslanmış …")
    return begin, begin + len(" ".join(tokens[:n]))


_HAN = "\u4e00-\u9fff"


@functools.cache
def _chinese_said() -> re.Pattern[str]:
    """A Chinese speaker after the closing mark: the subject, then at most the
    day and where it was said, then 说 / 表示 / 称 and the sentence's point or
    comma ("”张建国说。", "”赵红周二在县人大会议上说。", "”她表示。",
    "”港务长王海涛站在码头旁说。"); group 1 the subject (stop 44). Chinese
    writes no space: the verb is what ends the subject. (Compiled the first
    time a Chinese quotation is read: stop 45.)"""
    return re.compile(
        rf"([{_HAN}]{{1,10}}?)(?:周[一二三四五六日]|昨天|今天)?(?:站?在[^，。“”「」]{{1,15}}?)?"
        r"(?:回忆)?(?:说|表示|称)(?=[。，：,])"
    )


_CHINESE_OFFICE_END = "长"
"""The last character of a Chinese office set before the name (县长,
港务长, 副县长, 校长): 县长张建国 is the county head, Zhang Jianguo."""
_CHINESE_OCCUPATION_ENDS = "民员师工手"
"""The last character of a Chinese occupation set before the name (渔民,
船员, 教师, 水手): 渔民刘大海 is the fisherman Liu Dahai (s44-lang2)."""
CHINESE_PRONOUNS: dict[str, str] = {"他": "he", "她": "she"}
"""The Chinese "he" and "she" as a speaker (”他说。): read as the English
pronoun, never a speaker called 他."""


def chinese_said_after(text: str, at: int, line_end: int) -> tuple[int, int] | None:
    """Where the subject of a Chinese verb of saying right after a closing
    mark stands (:func:`_chinese_said`), the closing mark's next character at
    ``at`` (a Han character: asked only then), else ``None``."""
    m = _chinese_said().match(text, at, min(line_end, at + 40))
    return None if m is None else (m.start(1), m.end(1))


_CHINESE_SAID_BEFORE_MARKS = "\uff1a"
"""The Chinese colon between a verb of saying and the opening mark
(他回忆说：「…」). Not the comma: "”他说，“…”" is one speech broken by its
verb, read after the first part (the comma too gave the last 他称 of the
post to the man before)."""
_CHINESE_SAYING_ENDS = ("说", "表示", "称", "指出")
_CHINESE_SUBJECT_AT_MOST = 10


def chinese_said_before(text: str, open_at: int, line_start: int) -> tuple[int, int] | None:
    """Where the subject of a Chinese verb of saying right before the opening
    mark at ``open_at`` stands, the Chinese colon between (他回忆说：「…」,
    刘大海说：“…”): from the first character that is no Han one to the
    verb, 回忆 before it left out; ``None`` when no such verb ends there or
    the subject is no Han characters of ten at most.
    Asked only at an opening mark after ：, which English never writes
    (s44-lang2)."""
    verb_end = open_at - 1
    if verb_end <= line_start or text[verb_end] not in _CHINESE_SAID_BEFORE_MARKS:
        return None
    head = text[max(line_start, verb_end - 20) : verb_end]
    verb = next((v for v in _CHINESE_SAYING_ENDS if head.endswith(v)), None)
    if verb is None:
        return None
    end = verb_end - len(verb)
    if text.endswith("回忆", line_start, end):
        end -= 2
    start = end
    while start > line_start and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    if not 0 < end - start <= _CHINESE_SUBJECT_AT_MOST:
        return None
    return start, end


_CHINESE_CLAUSE_VERBS = ("说", "表示", "称", "指出", "估计", "认为")
_CHINESE_ADVERBS = "就也还已"
_CHINESE_REACH = 60


def chinese_clause_before(text: str, open_at: int, line_start: int) -> tuple[int, int] | None:
    """Where the subject of a Chinese verb of saying or estimating stands
    when the verb and a comma open the clause a partial quotation at
    ``open_at`` stands in (张建国估计，工程费用“…”, 省交通厅表示，正在研究“…”,
    港务公司的一份检测报告就指出，…“…”): from the comma or the sentence's
    start before it to the verb, an adverb 就 / 也 left out. ``None``
    otherwise. Asked only at an opening mark after a Han character
    (s44-lang2)."""
    lo = max(line_start, open_at - _CHINESE_REACH)
    start = max(text.rfind(ch, lo, open_at) for ch in "\u3002\uff01\uff1f") + 1 or lo
    start = max(start, lo)
    comma = text.rfind("\uff0c", start, open_at)
    while comma > start:
        head = text[start:comma]
        verb = next((v for v in _CHINESE_CLAUSE_VERBS if head.endswith(v)), None)
        if verb is not None:
            end = comma - len(verb)
            while end > start and text[end - 1] in _CHINESE_ADVERBS:
                end -= 1
            begin = max(text.rfind("\uff0c", start, end) + 1, start)
            if 0 < end - begin <= _CHINESE_SUBJECT_AT_MOST * 2 and all(
                "\u4e00" <= ch <= "\u9fff" for ch in text[begin:end]
            ):
                return begin, end
            return None
        comma = text.rfind("\uff0c", start, comma)
    return None


def chinese_name_role(phrase: str) -> tuple[str | None, str | None, str | None] | None:
    """A Chinese speaker phrase as (name, role, pronoun): 她 → the pronoun
    "she"; 县长张建国 → 张建国, the role 县长 (an office ending in 长, then a
    name of two or three characters); 张建国 → the name. ``None`` when the
    phrase is not Han characters alone."""
    if not phrase or not all("\u4e00" <= ch <= "\u9fff" for ch in phrase):
        return None
    pronoun = CHINESE_PRONOUNS.get(phrase)
    if pronoun is not None:
        return None, None, pronoun
    office = phrase.rfind(_CHINESE_OFFICE_END, 0, len(phrase) - 2)
    if office > 0 and len(phrase) - office - 1 in (2, 3):
        return phrase[office + 1 :], phrase[: office + 1], None
    if 4 <= len(phrase) <= 5 and phrase[1] in _CHINESE_OCCUPATION_ENDS:
        # 船员王小明: an occupation of two characters, then the name (s44-lang2).
        return phrase[2:], phrase[:2], None
    return None


@functools.cache
def _chinese_subject() -> re.Pattern[str]:
    """A Chinese name opening its sentence, after its office or occupation
    at most (县长张建国, 校长孙丽, 渔民刘大海), right before a verb of saying,
    a word that follows a subject, or a time (李静称，, 刘大海指出，,
    李静在岛上经营, 孙丽最担心, 王海涛仍然, 刘大海那天夜里; stop 44).
    Compiled when a Chinese text first comes, not at import."""
    return re.compile(
        rf"(?:^|(?<=[。！？\n]))(?:[{_HAN}]{{0,8}}?长|[{_HAN}]{{1,2}}?[{_CHINESE_OCCUPATION_ENDS}])?"
        rf"([{_HAN}]{{2,3}}?)"
        r"(?=称|指出|表示|说|在|估计|承诺|回忆|认为|最|仍然|将|那天|当天|当时)"
    )


def chinese_subjects(text: str) -> list[tuple[int, str]]:
    """The people a Chinese text names as a sentence's subject
    (:func:`_chinese_subject`), where and who: the ones a later 她说 or a
    quotation with no verb may mean. Asked only for a text that writes the
    Chinese full stop 。 and no Japanese kana は."""
    # (他回忆说, 他总说: the pronoun and the verb are no name.)
    return [
        (m.start(1), m.group(1))
        for m in _chinese_subject().finditer(text)
        if m.group(1)[0] not in CHINESE_PRONOUNS
    ]


_SPEECH_TAIL_WORDS = 4
"""The Swedish speech's tail after its comma: the verb and its subject, a
name with its office at most ("säger hon", "berättar fiskaren Erik Sandberg")."""


def swedish_speech_end(text: str, start: int, end: int, verbs: frozenset[str]) -> int | None:
    """Where the speech of a Swedish paragraph opened by a dash ends, when no
    second dash sets the narrator's words off: the comma before a verb of
    saying (``verbs``) and its subject closing the paragraph ("– Två båtturer
    i veckan? Det är ett skämt, säger hon."); ``None`` when the paragraph
    ends otherwise or the text is not Swedish. Asked only for a paragraph
    opened by a dash with no inciso (stop 44)."""
    comma = text.rfind(", ", start, end)
    if comma < 0:
        return None
    tail = text[comma + 2 : end].split()
    cut = next((k for k, w in enumerate(tail) if k > 1 and w in _SWEDISH_WHEN), len(tail))
    if cut < len(tail):
        # ("säger Ingrid Holm när vi träffas bakom disken.": the clause a
        # conjunction opens after the subject is the narrator's; s49-lang8)
        tail = [*tail[: cut - 1], tail[cut - 1] + "."]
    if (
        not tail
        or len(tail) > _SPEECH_TAIL_WORDS
        or tail[0] not in verbs
        or not tail[-1].endswith(".")
        or counted_language(text) not in _DASH_COMMA_LANGUAGES
    ):
        return None
    return comma


_SWEDISH_WHEN = words("när medan")
"""Conjunctions (when, while) that open a clause after the verb of saying
and its subject in a Swedish speech's tail ("säger Ingrid Holm när vi
träffas bakom disken."); the phrase after the marks stops there too
(:data:`.attribution._CLAUSE_CUT`). Not "och" (and): "säger Anna och Erik"
names two."""

_DASH_COMMA_LANGUAGES = ("sv", "da")
"""The languages whose speech opened by a dash ends at a comma before the
verb ("– …, säger hon.", "– …, siger hun."; Danish from stop 45)."""


_DESCRIPTION_ARTICLES: dict[str, frozenset[str]] = {
    "nl": words("Een"),
    "sv": words("En Ett"),
    "de": words("Ein Eine"),
    "it": words("Un Una Uno"),
    "fr": words("Un Une"),
    "es": words("Un Una"),
    "pt": words("Um Uma"),
    "pl": frozenset(),
    "cs": frozenset(),
    "uk": frozenset(),
    "da": words("En Et"),
    "el": words("\u0388\u03bd\u03b1\u03c2 \u039c\u03b9\u03b1 \u039c\u03af\u03b1"),
    "hu": words("Egy"),
}
"""The indefinite articles opening a description of someone unnamed ("Een
oude visser", "En äldre fiskare", "Ein älterer Anwohner", "Un anziano
pescatore"); Polish and Czech write none ("Starszy rybak", "Starý rybář").
Danish and Greek from stop 45 ("En ældre fisker", "Ένας ηλικιωμένος ψαράς",
escaped); Ukrainian, with none, as Polish ("Літній рибалка")."""

_PERSON_ENDS: dict[str, tuple[str, ...]] = {
    "nl": ("er", "ster", "aar", "oer", "ist", "man", "vrouw"),
    "sv": ("are", "ande", "ende", "ist", "man", "kvinna"),
    "de": ("er", "erin", "ist", "mann", "frau"),
    "it": ("ore", "ora", "ista", "iere", "iera", "aio", "aia", "uomo", "donna"),
    "fr": ("eur", "euse", "ier", "ière", "iste", "homme", "femme"),
    "es": ("or", "ora", "ero", "era", "ista", "hombre", "mujer"),
    "pt": ("or", "ora", "eiro", "eira", "ista", "homem", "mulher"),
    "pl": ("ak", "arz", "nik", "ista", "kobieta", "mężczyzna"),
    "cs": ("ář", "ař", "ník", "tel", "ista", "žena", "muž"),
    "tr": ("çı", "çi", "çu", "çü", "cı", "ci", "cu", "cü", "adam", "kadın"),
    "da": ("er", "mand", "kvinde", "mor", "far"),
    "el": ("άς", "ής", "έας", "ός", "ίνα", "ισσα", "άνδρας", "γυναίκα"),
    "uk": ("ар", "ник", "ач", "ист", "ка", "чоловік", "жінка"),
    "hu": ("ász", "ész", "ó", "ő", "férfi", "asszony"),
}
"""How a noun of one person by what they do ends in each language (the
agent suffixes: "visser", "fiskare", "Anwohner", "pescatore", "pêcheur",
"rybak", "rybář", "balıkçı"; Danish "fisker", Greek "ψαράς", "γιατρός", the
ending accented: "ηλικιωμένος", an adjective, is not one), or the words for
a man and a woman: the head of a description that brings someone in unnamed."""

_ADJECTIVE_ENDS: dict[str, tuple[str, ...]] = {
    "pl": ("y", "i", "a"),
    "cs": ("ý", "á", "í", "é"),
    "uk": ("\u0438\u0439", "\u0456\u0439", "\u0430", "\u044f"),
}
"""How an adjective opening a Polish or Czech description ends ("Starszy",
"Stará", "Starý"): the languages with no article."""

_TR_ADJECTIVE_ENDS = ("lı", "li", "lu", "lü")
"""The Turkish adjective suffix "-li" ("yaşlı", "bıyıklı"): an adjective
before "bir" belongs to the description ("yaşlı bir balıkçı")."""

_CHINESE_PERSON_ENDS = "民人员者师工手翁妇"
"""The characters a Chinese noun of one person ends in (渔民, 老人, 船员,
记者, 教师, 水手, 老翁)."""

_DESCRIPTION_NOUN_AT = 3
"""The head noun stands within the three words after the article (two
adjectives at most)."""


def _description_of(sentence: str, lang: str) -> str | None:
    """The description of someone unnamed that opens ``sentence`` as its
    subject in ``lang``, as written ("Een oude visser", "Starý rybář",
    "yaşlı bir balıkçı", "一位老渔民"), else ``None``. The sentence names no
    one (no capital after its first word; German capitalises every noun, so
    its head noun is the capitalised word)."""
    if lang == "zh":
        if not sentence.startswith(("一位", "一名")):
            return None
        for k in range(2, min(len(sentence), 8)):
            if sentence[k] in _CHINESE_PERSON_ENDS:
                return sentence[: k + 1]
        return None
    tokens = sentence.split()
    if lang != "de" and any(t[:1].isupper() for t in tokens[1:]):
        return None  # (a name in the sentence: that person is nearer)
    ends = _PERSON_ENDS[lang]
    if lang == "tr":
        # (A participle's phrase before the subject, "bir" before its
        # noun, an adjective in "-li" before "bir": "yaşlı bir balıkçı".)
        for i, token in enumerate(tokens[: _DESCRIPTION_NOUN_AT + 3]):
            if token == "bir" and i + 1 < len(tokens):
                noun = tokens[i + 1].rstrip(",")
                if not noun.endswith(ends):
                    return None
                lead = i - 1 if i and tokens[i - 1].endswith(_TR_ADJECTIVE_ENDS) else i
                return " ".join([*tokens[lead : i + 1], noun])
        return None
    if not tokens:
        return None
    first = tokens[0]
    if first not in _DESCRIPTION_ARTICLES[lang] and (
        lang not in _ADJECTIVE_ENDS or not first.endswith(_ADJECTIVE_ENDS[lang])
    ):
        return None
    for i, token in enumerate(tokens[1 : _DESCRIPTION_NOUN_AT + 1], 1):
        word = token.rstrip(",")
        if lang == "de" and not word[:1].isupper():
            if word != token:
                return None
            continue
        if word.endswith(ends) and word.isalpha():
            after = tokens[i + 1].rstrip(",") if i + 1 < len(tokens) and word == token else ""
            if i < _DESCRIPTION_NOUN_AT and after.endswith(ends) and after.isalpha():
                # "Ένας νεαρός ψαράς": the adjective before the noun ends as
                # a person's noun may ("νεαρός"); the noun is the last one.
                return " ".join([*tokens[: i + 1], after])
            return " ".join([*tokens[:i], word])
        if word != token or lang == "de":
            return None  # (a comma before a person's noun: no one brought in)
    return None


def _description_language(text: str) -> str | None:
    """The language :func:`described_speakers` reads ``text`` in: one of
    :data:`_PERSON_ENDS`, or "zh"; ``None`` for English text (" the " four
    times in its first 3,000 characters: one search) and any other."""
    if writes_english(text):
        return None
    lang = counted_language(text)
    if lang in _DESCRIPTION_ARTICLES:
        return lang
    sample = text[:_SAMPLE]
    if "\u0131" in sample and " bir " in sample:
        return "tr"  # (the dotless i: Turkish alone writes it)
    if "\u3002" in sample and "\u306f" not in sample and "\u304c" not in sample:
        return "zh"  # (the full stop 。 and no kana は or が)
    return None


_SENTENCE_ENDS = ".!?\u3002"
_LEAD_MARKS = " \u00a0\u201c\u201d\u201e\u00ab\u00bb\u300c\u2013\u2014-\"'"


def _one_sentence(text: str) -> bool:
    """Is ``text`` (stripped) one sentence: a sentence's end only at its end?"""
    body = text.rstrip()[:-1]
    return not any(ch in body for ch in "\u3002!?") and ". " not in body


def _last_sentence(text: str) -> str:
    """The last sentence of ``text`` (stripped, ending in a full stop)."""
    body = text[:-1]
    cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
    return text[cut + 2 :] if cut >= 0 else text


def _subject_named(sentence: str, before: tuple[Quote, ...]) -> str | None:
    """The person a quotation given no speaker at all is left to ("Varga
    Judit szülésznő húsz éve dolgozik az osztályon. – … – meséli.",
    "Kovács azért bizakodó. – … – mondta."): the name of two capitalised
    words that opens ``sentence``, or the name of a speaker of the
    quotations ``before`` one of whose words opens it, as its surname. A
    language that drops the subject after the verb of saying gives it the
    sentence before (stop 45); the first word alone, unknown, may be
    anything capitalised."""
    tokens = sentence.split()
    if tokens[:1] and tokens[0] in GREEK_ARTICLES:
        tokens = tokens[1:]  # ("Ο Παππάς": the article before the name)
    if tokens[:1] and tokens[0].islower():
        return _named_in_apposition(tokens)
    if not tokens or not tokens[0].isalpha() or not tokens[0][:1].isupper():
        return None
    first = tokens[0]
    for quote in reversed(before):
        name = quote.speaker.name if quote.speaker is not None else None
        if name is not None and first in name.split():
            return name
    if len(tokens) > 2 and tokens[1].isalpha() and tokens[1][:1].isupper():
        return f"{first} {tokens[1]}"
    return None


_APPOSITION_REACH = 6
"""The most words of a description before the name set off after it."""


def _named_in_apposition(tokens: list[str]) -> str | None:
    """The name of two capitalised words set off by commas after the
    description that opens a sentence ("Η γιατρός του κέντρου υγείας,
    Αθηνά Λαμπράκη, ανησυχεί …", the article skipped; stop 46), else
    ``None``."""
    for i, token in enumerate(tokens[:_APPOSITION_REACH]):
        if token.endswith(","):
            name = tokens[i + 1 : i + 3]
            if (
                len(name) == 2
                and name[1].endswith(",")
                and all(w.rstrip(",").isalpha() and w[:1].isupper() for w in name)
            ):
                return f"{name[0]} {name[1].rstrip(',')}"
            return None
    return None


_SUBJECT_BEFORE_LANGUAGES = ("hu", "el")
"""The languages whose quotation with no speaker of its own (none, or the
last one carried) goes to the name opening the sentence before it, in its
paragraph or the one before (:func:`_subject_named`): Hungarian, whose
dash of dialogue ends in a bare verb ("– mondta."), and Greek, whose
bare verb follows the marks ("«…», είπε.") and whose name the article
opens ("Ο Παππάς πάντως …"). The Italian,
Portuguese, Polish and Czech bare verbs carry the last speaker already
(stop 43), and German capitalises every noun ("Die Regierung")."""

_UNSPOKEN_CONFIDENCE = 0.5
"""The confidence a quotation given no speaker takes before the description
is weighed (as a bare verb's is)."""


def described_speakers(
    blocks: Sequence[Block], text: str, quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` with a quotation whose own words name no one (a pronoun,
    a bare verb, no verb: "„…”, vertelt hij", "„…,“ vypráví", "«…»,
    racconta", "“…”" after 。) given to the someone unnamed that the one
    sentence before it brings in as its subject, opening the paragraph
    (or the paragraph before, of that sentence alone): "Een oude visser,
    leunend op de reling, kijkt naar het water. „…”, vertelt hij." is the
    old fisherman's, not the last person named. The quotations after it in
    that paragraph given to the same person go with it ("«…», racconta.
    «…»"). Only in the languages of :func:`_description_language`: English
    text pays one search (stop 44)."""
    lang = _description_language(text)
    if lang is None:
        return quotes
    out: list[Quote] | None = None
    carried: tuple[int, str | None, Speaker] | None = None
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if quote.parent is not None or quote.kind is QuoteKind.PARTIAL:
            continue
        block = quote.span.start.block
        # (No speaker at all: "– …  – mondja.", the Hungarian bare verb after
        # the dash, the subject dropped; stop 45.)
        own = speaker.span if speaker is not None else None
        name = speaker.name if speaker is not None else None
        if own is not None and own.start.block != block:
            own = None  # (the speaker carried from a paragraph before)
        if own is not None and own.text[:1].isupper():
            carried = None  # (its own words name someone)
            continue
        if carried is not None and carried[0] == block and carried[1] == name:
            new = replace(carried[2], span=own)
        else:
            carried = None
            para = blocks[block].text
            before = para[: quote.span.start.offset].rstrip(_LEAD_MARKS)
            if not before and block > 0 and blocks[block - 1].kind is BlockKind.PARAGRAPH:
                before = blocks[block - 1].text  # (the sentence a paragraph)
            before = before.strip()
            if not before or before[-1] not in _SENTENCE_ENDS:
                continue
            by_subject = own is None and lang in _SUBJECT_BEFORE_LANGUAGES
            if not _one_sentence(before):
                if not by_subject:
                    continue
                before = _last_sentence(before)
            described = _description_of(before, lang)
            if described is None:
                named = _subject_named(before, quotes[:i]) if by_subject else None
                if named is None:
                    continue
                new = Speaker(named, None, _UNSPOKEN_CONFIDENCE * 0.8, own)
            else:
                confidence = speaker.confidence if speaker is not None else _UNSPOKEN_CONFIDENCE
                new = Speaker(None, described, round(confidence * 0.8, 2), own)
            carried = (block, name, new)
        if out is None:
            out = list(quotes)
        out[i] = replace(quote, speaker=new)
    return quotes if out is None else tuple(out)


_V2_OPENERS: dict[str, frozenset[str]] = {
    "nl": words("Op In Aan Bij Na Tijdens Voor Sinds Na Ook Nu Daarom Intussen"),
    "sv": words("På I Vid Efter Under Sedan Hos Också Nu Därför Samtidigt"),
}
"""Words opening a Dutch or Swedish sentence with a phrase of place or time,
or an adverb, before its verb: the subject then stands after the verb
("Op het eiland maakt schooldirecteur Fenna Bakker zich zorgen", "På ön
oroar sig rektorn Sara Berg")."""
_V2_REFLEXIVES = words("zich sig")
_V2_SUBJECT_PRONOUNS = words(
    "iedereen niemand men hij zij ze we wij je ik het alla ingen man han hon vi jag de den det"
)
"""Pronouns that are the subject after the verb themselves ("Op het eiland
kent iedereen Mia Kok"): the name after them is the object."""
_V2_REACH = 60
"""The fronted phrase, the verb and an office before the name: 60
characters at most."""


def v2_subject(text: str, start: int) -> bool:
    """Is the name at ``start`` the subject of a Dutch or Swedish sentence
    that opens with a phrase of place or time (:data:`_V2_OPENERS`), set
    after its verb, an office and a reflexive pronoun at most between them
    ("Op het eiland maakt schooldirecteur Fenna Bakker zich vooral zorgen",
    "På ön oroar sig rektorn Sara Berg mest för barnen")? Dutch and Swedish
    put the verb second. The text's kept language is read first: English
    text pays one comparison (stop 44)."""
    seen = _press_seen
    lang = seen[1] if seen[0] is text else counted_language(text)
    if lang not in _V2_OPENERS:
        return False
    lo = max(0, start - _V2_REACH)
    opened = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    if opened < 0 and lo > 0:
        return False
    tokens = text[opened + 1 : start].split()
    if len(tokens) < 3 or tokens[0] not in _V2_OPENERS[lang]:
        return False
    if any(not t.isalpha() or t[:1].isupper() for t in tokens[1:]):
        return False  # (a comma, a name between: no verb second)
    rest = tokens[1:]
    for cut in range(min(3, len(rest) - 1)):
        # (the verb right before the name, or before an office, or before
        # a reflexive pronoun and an office)
        between = rest[len(rest) - cut :]
        if len(between) > 1 and between[0] not in _V2_REFLEXIVES:
            continue
        if between and between[-1] in _V2_SUBJECT_PRONOUNS:
            return False
        if press_finite(rest[-cut - 1], text):
            return True
    return False


def turkish_text(text: str) -> bool:
    """Is ``text`` Turkish: no English " the " count, the dotless ı and the
    word " bir " in its first 20,000 characters? English text pays one
    search (stop 44)."""
    if writes_english(text):
        return False
    sample = text[:_SAMPLE]
    return "\u0131" in sample and " bir " in sample


_TURKISH_CASE_SUFFIXES = words(
    """
    in ın un ün nin nın nun nün i ı u ü yi yı yu yü e a ye ya de da te ta
    den dan ten tan le la yle yla dir dır
    """
)
"""The case endings Turkish writes after an apostrophe on a name ("Çelik'in",
"Yılmaz'ın", "Hale'e", "Lind'in", "Kaya'ya", "Hale'den")."""


def turkish_suffix_at(run: str) -> int | None:
    """Where the case ending a Turkish name carries after an apostrophe
    begins in the run of capitalised words ``run`` (the apostrophe's index:
    "Ayşe Çelik'in" -> 10), else ``None``. Asked only in Turkish text."""
    cut = max(run.rfind("'"), run.rfind("\u2019"))
    if cut < 1 or run[cut + 1 :] not in _TURKISH_CASE_SUFFIXES:
        return None
    return cut


# Korean (stop 45): the quotation sits inside its sentence, the subject
# before it with its topic particle, the quotative particle glued to the
# closing mark, the verb of saying last: 박성호 원장은 “…”고 말했다.
_HANGUL_FIRST = "\uac00"
_HANGUL_LAST = "\ud7a3"
KOREAN_QUOTATIVES: frozenset[str] = words("고 라고 이라고 며 라며 이라며")
"""The particles glued to a closing mark that make the marked words a
quotation of the sentence's subject ("”고 말했다", "”라고 설명했다", "”이라고
말했다", "”며 …": said that, explained that, saying)."""
_KOREAN_SENTENCE_ENDS = frozenset("\ub2e4\uc694\uae4c\ub0d0\uac83.?!")
"""How a whole sentence quoted ends (다, 요, 까, 냐, and 것, "that it will",
or a point): the marked words a sentence, not a phrase ("‘가장 어려운
결정’이라고 표현했다" calls the decision so: a partial)."""
_KOREAN_TOPIC = frozenset("\uc740\ub294")
"""The topic particles 은 and 는 that end the subject's last word."""
_KOREAN_NOT_NOUN_ENDS = frozenset(
    "\uc744\ub97c\uc5d0\uc11c\uc758\ub85c\uc640\uacfc\ub454\uc628\ub304\ub41c\ub358\uc6b4"
    "\ub294\uc740"
)
"""Last syllables of a word that is no part of the subject's noun phrase:
the object, place and possessive particles (을 를 에 서 의 로 와 과) and the
verb forms that describe it (앞둔, 온, 기댄, 된, 던, 운), and 는 and 은
before the topic word, there a verb's form too (병원에 다니는 강순례
할머니는; stop 46)."""
_KOREAN_SUBJECT_WORDS = 2
"""How many words before the topic word the subject's noun phrase holds at
most ("박성호 하늘군 의료원장은", "조산사 한미경 씨는", "한 노인 어부는")."""
KOREAN_PRONOUNS: dict[str, str] = {"\uadf8": "he", "\uadf8\ub140": "she"}
"""The Korean "he" (그) and "she" (그녀) as a speaker (그는 “…”고 말했다)."""
_KOREAN_ONE = "\ud55c"
"""한, "a" or "one" before a noun (한 노인 어부, an old fisherman), though
a surname too: before anything but 씨 it is read as the article. Closing a
longer word it is a verb's form that describes the noun after it ("이
소식을 처음 전한 김지현 기자는", who first reported it): no part of the
subject's noun phrase (s45-final-lang)."""
_KOREAN_ADDRESS = "\uc528"
"""씨, the polite address after a name (이수진 씨): the name is before it."""


@functools.cache
def _words_of() -> re.Pattern[str]:
    """A word between spaces: compiled when a Korean text first asks."""
    return re.compile(r"\S+")


@functools.cache
def _korean_quoted() -> re.Pattern[str]:
    """A quotation in double marks: compiled when a Korean text first asks."""
    return re.compile("\u201c[^\u201c\u201d]*\u201d")


def hangul(ch: str) -> bool:
    """Is ``ch`` a Hangul syllable?"""
    return _HANGUL_FIRST <= ch <= _HANGUL_LAST


def korean_name(word: str) -> bool:
    """Is ``word`` shaped as a Korean name: three syllables, the first a
    common surname (:data:`KOREAN_SURNAMES`), the last no particle or
    ending (:data:`_KOREAN_PARTICLES`)?"""
    return (
        len(word) == 3
        and word[0] in KOREAN_SURNAMES
        and all(map(hangul, word))
        and word[2] not in _KOREAN_PARTICLES
    )


def korean_said_at(text: str, at: int) -> bool:
    """Does a Korean quotative particle (:data:`KOREAN_QUOTATIVES`) stand at
    ``at``, right after a closing mark? One comparison when no Hangul
    syllable stands there."""
    if at >= len(text) or not hangul(text[at]):
        return False
    end = at
    while end < len(text) and hangul(text[end]):
        end += 1
    return text[at:end] in KOREAN_QUOTATIVES


def korean_whole(content: str) -> bool:
    """Do the marked words ``content`` end as a Korean sentence does
    (:data:`_KOREAN_SENTENCE_ENDS`), or hold a clause's own subject or
    condition before their last word, the copula dropped before the
    particle ("“군 지원금이 3년째 그대로”라며", "“그 돈이면 한 달
    반찬값”이라고"; a phrase, "‘가장 어려운 결정’이라고", holds none;
    stop 46)?"""
    stripped = content.rstrip()
    if stripped[-1:] in _KOREAN_SENTENCE_ENDS:
        return True
    return any(_korean_clause_word(word) for word in stripped.split()[:-1])


_KOREAN_CLAUSE_ENDS = frozenset("은는면")
"""The topic particles 은 and 는 and the conditional 면 (없으면, 돈이면):
a word so ending makes the marked words a clause."""


def _korean_clause_word(word: str) -> bool:
    """Does ``word`` end in :data:`_KOREAN_CLAUSE_ENDS`, or, of three
    syllables at least, in a subject particle (:data:`_KOREAN_NOMINATIVE`:
    지원금이, 버스가; 작가, 아이 are nouns whole)?"""
    if len(word) < 2 or not all(map(hangul, word)):
        return False
    return word[-1] in _KOREAN_CLAUSE_ENDS or (
        len(word) >= _KOREAN_NOMINATIVE_LENGTH and word[-1] in _KOREAN_NOMINATIVE
    )


def korean_subject(text: str, open_at: int, line_start: int) -> tuple[int, int] | None:
    """Where the subject of the Korean sentence holding the quotation that
    opens at ``open_at`` stands: the last word before the marks ending in a
    topic particle, without it, and the nouns before it
    (:data:`_KOREAN_SUBJECT_WORDS` at most); with no topic word, the word
    right before the marks if it ends in a subject particle
    (:data:`_KOREAN_NOMINATIVE`: 박민수 기자가 “…”고 전했다;
    s45-final-lang); ``None`` when the sentence writes neither (the speaker
    before goes on)."""
    start = open_at
    reach = max(line_start, open_at - 300)
    while start > reach and text[start - 1] not in ".!?":
        start -= 1
    region = text[start:open_at]
    if "\u201d" in region:
        # (“…”며 “…”이라고: the words of a quotation before are no subject.)
        region = _korean_quoted().sub(lambda m: " " * len(m.group()), region)
    spans = [(m.start(), m.end()) for m in _words_of().finditer(region)]
    for k in range(len(spans) - 1, -1, -1):
        a, b = spans[k]
        word = text[start + a : start + b]
        if len(word) < 2 or word[-1] not in _KOREAN_TOPIC or not all(map(hangul, word)):
            continue
        return _korean_noun_phrase(text, start, spans, k)
    if spans:
        a, b = spans[-1]
        word = text[start + a : start + b]
        if (
            len(word) >= _KOREAN_NOMINATIVE_LENGTH
            and word[-1] in _KOREAN_NOMINATIVE
            and all(map(hangul, word))
            and b == open_at - start - 1
        ):
            return _korean_noun_phrase(text, start, spans, len(spans) - 1)
    return None


_KOREAN_NOMINATIVE = frozenset("\uac00\uc774")
"""The subject particles 가 and 이, read on the word right before the marks
only, when the sentence writes no topic word (박민수 기자가 “…”)."""
_KOREAN_NOMINATIVE_LENGTH = 3
"""A word of two syllables ending in 가 or 이 is as often a noun whole
(작가, writer; 아이, child; 국가, nation): three at least, a noun and its
particle."""


def _korean_noun_phrase(
    text: str, start: int, spans: list[tuple[int, int]], k: int
) -> tuple[int, int]:
    """The subject whose particle ends the ``k``-th word of ``spans`` (from
    ``start``), without the particle, and the nouns before it
    (:data:`_KOREAN_SUBJECT_WORDS` at most)."""
    first = k
    while (
        first > 0
        and k - first < _KOREAN_SUBJECT_WORDS
        and all(
            map(
                hangul,
                (prev := text[start + spans[first - 1][0] : start + spans[first - 1][1]]),
            )
        )
        and prev[-1] not in _KOREAN_NOT_NOUN_ENDS
        and not (len(prev) > 1 and prev[-1] == _KOREAN_ONE)
    ):
        first -= 1
    return start + spans[first][0], start + spans[k][1] - 1


def korean_name_role(phrase: str) -> tuple[str | None, str | None, str | None] | None:
    """A Korean speaker phrase as (name, role, pronoun): 그 → the pronoun
    "he"; 조산사 한미경 씨 → 한미경, the role 조산사; 박성호 하늘군
    의료원장 → 박성호, the role 하늘군 의료원장 (a name of three syllables
    first); 박 원장 → the surname 박 and the office; 한 노인 어부 → no name,
    the description. ``None`` when the phrase is not Hangul alone."""
    tokens = phrase.split()
    if not tokens or not all(hangul(ch) for t in tokens for ch in t):
        return None
    if len(tokens) == 1 and tokens[0] in KOREAN_PRONOUNS:
        return None, None, KOREAN_PRONOUNS[tokens[0]]
    if _KOREAN_ADDRESS in tokens[1:]:
        at = tokens.index(_KOREAN_ADDRESS, 1)
        return tokens[at - 1], " ".join(tokens[: at - 1]) or None, None
    if len(tokens) > 1 and (
        korean_name(tokens[0]) or (len(tokens[0]) == 1 and tokens[0] != _KOREAN_ONE)
    ):
        # (A surname alone before an office, 박 원장, is the person the text
        # named in full before: :meth:`.speakers.People.full`.)
        return tokens[0], " ".join(tokens[1:]), None
    if len(tokens) == _KOREAN_BODY_NAME_OFFICE and korean_name(tokens[1]):
        # 군의회 배경수 의원: the body, the name, the office (stop 46).
        return tokens[1], f"{tokens[0]} {tokens[2]}", None
    return None, phrase, None


_KOREAN_BODY_NAME_OFFICE = 3
"""A Korean phrase of a body, a name and an office (군의회 배경수 의원)."""


def korean_full(name: str, known: Sequence[str]) -> str | None:
    """The last of the ``known`` names a Korean surname of one syllable
    (``name``) opens (박 → 박성호), else ``None``."""
    if len(name) != 1 or not hangul(name):
        return None
    return next((k for k in reversed(known) if len(k) in (2, 3, 4) and k[0] == name), None)


@functools.cache
def _korean_subject_at() -> re.Pattern[str]:
    """Where a Korean subject (:func:`korean_subject_spans`) may open: one of
    :data:`KOREAN_SURNAMES` before a space, or before two word characters
    and a space. Compiled when a Korean text first comes, not at import."""
    return re.compile(rf"[{KOREAN_SURNAMES}](?= |\w\w )")


def _hangul_run_end(text: str, at: int) -> int:
    """Where the Hangul syllables from ``at`` on end."""
    end = at
    while end < len(text) and hangul(text[end]):
        end += 1
    return end


def _ends_with(text: str, at: int, particles: str) -> bool:
    """Is the word of Hangul syllables at ``at`` two syllables or more,
    the last one of ``particles``?"""
    end = _hangul_run_end(text, at)
    return end - at >= 2 and text[end - 1] in particles


def korean_subject_spans(text: str) -> Iterator[tuple[int, str | None, str | None]]:
    """A Korean name of three syllables, then at most one word (an office, a
    place), then a word ending in a topic particle or 도 ("also"): 박성호
    하늘군 의료원장은, 이수진 씨는, 최동욱 하늘군수는, 정은주 도의원도; or a
    surname alone before a word ending in a topic particle (박 원장은). As
    (where, the name, None) or (where, None, the surname), in text order,
    none inside another, no Hangul syllable before.

    What one pattern found before (tests/library/test_analyze_speed_cuts_s46.py
    holds the two together), without its Hangul classes: each
    ``[\uac00-\ud7a3]`` costs the compiler a loop over 11,172 characters, and
    it had seven (25-28 M instructions on a process's first Korean page,
    stop 45). The places come from a small pattern; this reads the rest."""
    resume = 0
    for m in _korean_subject_at().finditer(text):
        at = m.start()
        if at < resume or (at and hangul(text[at - 1])):
            continue
        if text[at + 1] == " ":
            if _ends_with(text, at + 2, _TOPIC_PARTICLES):
                resume = at + 1
                yield at, None, text[at]
            continue
        # (The pattern took two word characters and a space: the name's
        # second syllable, its third, then the space.)
        if not hangul(text[at + 1]) or text[at + 2] in _KOREAN_PARTICLES:
            continue
        word = at + 4
        if _ends_with(text, word, _TOPIC_OR_ALSO) or (
            (after := _hangul_run_end(text, word)) > word
            and text[after : after + 1] == " "
            and _ends_with(text, after + 1, _TOPIC_OR_ALSO)
        ):
            resume = at + 3
            yield at, text[at : at + 3], None


_TOPIC_PARTICLES = "\uc740\ub294"
"""은 and 는, the topic particles."""
_TOPIC_OR_ALSO = "\uc740\ub294\ub3c4"
"""The same and 도 ("also")."""


KOREAN_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남노하곽성차주우구민류나진지엄채원천방"
)
"""The commonest Korean surnames (one syllable each), the first of a name
of three (박성호): a word of three syllables opening with none of them is
no name (그래도, 사실상, 의사를)."""
_KOREAN_PARTICLES = (
    "\ub97c\uc744\uc5d0\uac00\uace0\ub294\uc740\ub3c4\ub85c\uc640\uacfc\uc758"
    "\ub9cc\uac8c\ud55c\ud788"
)
"""Particles and endings that close a word of three syllables that is no
name (를 을 에 가 고 는 은 도 로 와 과 의: 정년을, 군수에; and the endings of
adverbs and describing words, 만 게 한 히: 그래도 하지만, 강하게, 정당한)."""


KOREAN_TEXT = "\ub2e4"
"""다, which ends nearly every Korean sentence: a text without it is read
with no Korean pass (one substring test)."""


def korean_subjects(text: str) -> list[tuple[int, str]]:
    """The people a Korean text names as a sentence's subject
    (:func:`korean_subject_spans`), where and who: the ones a later surname
    alone (박 원장) or 그 may mean. A surname alone before an office (박
    원장은) is the person of that surname named in full before it, if any
    (한, "a", only before 씨: 한 노인 어부는 is an old fisherman)."""
    found: list[tuple[int, str]] = []
    for at, name, surname in korean_subject_spans(text):
        if name is not None:
            found.append((at, name))
            continue
        assert surname is not None
        if surname == _KOREAN_ONE and not text.startswith(_KOREAN_ADDRESS, at + 2):
            continue
        full = korean_full(surname, [name for _at, name in found])
        if full is not None:
            found.append((at, full))
    return found
