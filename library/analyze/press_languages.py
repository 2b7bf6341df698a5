"""Constructions of the German, Spanish and Russian press the English rules
do not read (stop 42, branch s42-lang2).

Each test here is asked only where the text already shows the language (a
word of its lexicon at a fixed place, or a Cyrillic letter), so English text
pays one set lookup or one ``str.isascii`` at most. The word lists are the
languages' function words, time words and nouns, kept here as
:mod:`.lexicon` keeps the English ones.
"""

# ruff: noqa: RUF001 (the word lists hold Cyrillic words, look-alike letters on purpose)

from __future__ import annotations

from quotemark.library.analyze.lexicon import words

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
    stripped = content.strip()
    if not stripped[:1].isupper() or stripped[-1] in ".!?,;:…":
        return False
    if len(stripped.split()) > _NAME_MARKS_CONTENT_WORDS:
        return False
    i = open_at - 1
    while i >= line_start and text[i] in " \t\u00a0\u202f":
        i -= 1
    j = i
    while j >= line_start and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1].lower() in FIRM_NOUNS


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
    while start < len(tokens) - 1 and len(tokens[start]) > 1 and tokens[start].isupper():
        start += 1  # an acronym: "ЖКХ", "МЧС"
    if len(tokens) - start > 2:
        middle = tokens[-2].lower()
        start = len(tokens) - (3 if middle.endswith(_PATRONYMIC_ENDS) else 2)
    return start
