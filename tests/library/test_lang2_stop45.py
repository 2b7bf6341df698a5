"""What stop 45's new languages left, read (branch s45-lang2).

Sentences written by the team (invented people and places), each where a
rule must fire and where it must not: the Danish, Ukrainian and Greek verbs
of calling and "according to him" ("Han kalder …", "Він назвав …", "Ο
ίδιος χαρακτήρισε …", "Ifølge ham", "За його словами", "Σύμφωνα με τον
ίδιο"); Hungarian told by the small words only it writes, its
"Szerinte", its office after the holder's name ("Tóth László
polgármester"), its dash of dialogue closed by a bare verb after a sentence
that names or describes the one who speaks. English, Portuguese, Italian
and Spanish are never taken for Hungarian, and an English "Han" or "Ham"
stays a name."""

# ruff: noqa: RUF001, RUF002, RUF003 (the marks and the scripts are the subject here)

from __future__ import annotations

import pytest

from quotemark.library.analyze.press_languages import counted_language
from quotemark.library.model import QuoteKind
from tests.library.paragraphs import given_to, run, said_by

_HU_INTRO = (
    "A kikötő bezár az év végén, mert nem találtak új kapitányt, és a halászok azt mondják, "
    "hogy már csak egy komp jár a szigetre, és az nem elég."
)
_DA_INTRO = (
    "»Vi har ikke noget valg, og vi har ledt efter læger i et år,« siger havnefoged Ole Brandt "
    "om den lukkede færge, og han er ikke alene om at være bekymret i byen."
)


def _partials(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each partial quotation's words and who it is given to (the name, else
    the description)."""
    return given_to(*paragraphs, kind=QuoteKind.PARTIAL)


@pytest.mark.parametrize(
    ("paragraphs", "marked", "speaker"),
    [
        # A pronoun calls: the person named before.
        (
            (_DA_INTRO, "Han kalder beslutningen »en skam for øen«."),
            "en skam for øen",
            "Ole Brandt",
        ),
        (
            (
                "«Іншого виходу немає, і ми шукаємо капітана вже рік», – заявив начальник порту "
                "Тарас Гнатюк. Він назвав це рішення «ганьбою для острова».",
            ),
            "ганьбою для острова",
            "Тарас Гнатюк",
        ),
        (
            (
                "«Δεν έχουμε άλλη επιλογή και ψάχνουμε καπετάνιο εδώ και έναν χρόνο», δήλωσε ο "
                "λιμενάρχης Στέλιος Καραλής. Ο ίδιος χαρακτήρισε την απόφαση «ντροπή για το νησί».",
            ),
            "ντροπή για το νησί",
            "Στέλιος Καραλής",
        ),
        # "According to him": the person who spoke before.
        (
            (_DA_INTRO, "Ifølge ham er færgens tilstand »helt uacceptabel«."),
            "helt uacceptabel",
            "Ole Brandt",
        ),
        (
            (
                "«Іншого виходу немає, і ми шукаємо капітана вже рік», – заявив начальник порту "
                "Тарас Гнатюк. За його словами, стан порому «зовсім неприйнятний».",
            ),
            "зовсім неприйнятний",
            "Тарас Гнатюк",
        ),
        (
            (
                "«Δεν έχουμε άλλη επιλογή και ψάχνουμε καπετάνιο εδώ και έναν χρόνο», δήλωσε ο "
                "λιμενάρχης Στέλιος Καραλής. Σύμφωνα με τον ίδιο, η κατάσταση του πλοίου είναι "
                "«εντελώς απαράδεκτη».",
            ),
            "εντελώς απαράδεκτη",
            "Στέλιος Καραλής",
        ),
        (
            (
                _HU_INTRO,
                "Szűcs Gábor kikötőkapitány megígérte, hogy a kompot nem hagyják el. „A hajót az "
                "államnak kell megjavítania, nem a halászoknak” – hangsúlyozta a kikötőkapitány, "
                "aki hétfőn levelet írt a miniszternek. Szerinte a komp állapota „teljesen "
                "elfogadhatatlan”.",
            ),
            "teljesen elfogadhatatlan",
            "Szűcs Gábor",
        ),
    ],
)
def test_a_partial_after_calling_or_according_to_him(
    paragraphs: tuple[str, ...], marked: str, speaker: str
) -> None:
    found = [who for text, who in _partials(*paragraphs) if marked in text]
    assert found == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A body that calls a thing so names it (as stop 39's Russian battery
        # case: "Комиссия назвала проект «…»").
        "Regionen kalder projektet »Den Blå Havn«, og arbejdet begynder til foråret, siger man.",
        "Комісія назвала проєкт «Синя гавань», і роботи почнуться навесні, як і планувалося.",
    ],
)
def test_a_body_that_calls_a_thing_so_gives_no_quotation(paragraph: str) -> None:
    assert run(paragraph).quotes == ()


def test_an_english_han_or_ham_stays_a_name() -> None:
    # The Danish "Han" and "ham" are pronouns only in a Danish text.
    assert said_by(
        "a disgrace",
        "Han Li, the harbour master, spoke on Monday. Han called the closure “a disgrace” "
        "and said that the ferry would return.",
    ) == ["Han Li"]
    assert said_by(
        "a mistake",
        "General Norman Ham spoke to the board. According to Ham, the cuts were “a mistake” "
        "and the staff were tired.",
    ) == ["Norman Ham"]


_HU = (
    "A kikötő bezár az év végén, mert nem találtak új kapitányt, és a halászok azt mondják, "
    "hogy már csak egy komp jár a szigetre. "
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_HU + "Ez nem volt jó döntés, és az emberek már csak várnak.", "hu"),
        (
            "The harbour will close at the end of the year, and the fishermen say that a ferry "
            "is all there is: a boat, a pier and a hope.",
            None,  # (English, told by " the " before any counting)
        ),
        (
            "O porto fecha no fim do ano e os pescadores dizem que não há nem barco nem "
            "capitão: a ilha fica sem ligação, e a câmara não diz nada aos moradores.",
            "pt",
        ),
        (
            "Il porto chiuderà alla fine dell'anno e i pescatori dicono che non c'è più un "
            "capitano: a giugno la nave delle isole non partirà, e il comune non sa nulla.",
            "it",
        ),
        (
            "El puerto cerrará a fin de año y los pescadores dicen que no hay capitán: a la isla "
            "solo llega un barco por semana, y el ayuntamiento no dice nada a las familias.",
            "es",
        ),
    ],
)
def test_hungarian_told_by_the_words_only_it_writes(text: str, language: str | None) -> None:
    # (Three times: a language is told by five of its words at least.)
    assert counted_language(" ".join([text] * 3)) == language


def test_a_hungarian_office_after_its_holders_name() -> None:
    assert said_by(
        "A hajót",
        _HU,
        "Szűcs Gábor kikötőkapitány megígérte, hogy harcolni fog. „A hajót az államnak kell "
        "megjavítania” – hangsúlyozta a kikötőkapitány, aki hétfőn levelet írt.",
    ) == ["Szűcs Gábor"]


def test_a_hungarian_bare_verb_after_a_sentence_that_names_or_describes_the_speaker() -> None:
    paragraphs = (
        _HU,
        "„Nincs más választásunk” – mondta Balogh Ferenc, a kikötő vezetője.",
        "Fekete Zsuzsa halász húsz éve dolgozik a kikötőben. – Tavaly száz hajó járt itt – meséli.",
        "Egy idős révész a korlátnak dőlve nézi a vizet. – Itt nőttem fel – mondja.",
        "Balogh azért bizakodó. – Találunk kapitányt – mondta.",
    )
    assert said_by("Tavaly száz", *paragraphs) == ["Fekete Zsuzsa"]
    assert said_by("Itt nőttem", *paragraphs) == ["Egy idős révész"]
    assert said_by("Találunk kapitányt", *paragraphs) == ["Balogh Ferenc"]


def test_a_hungarian_bare_verb_after_a_sentence_with_no_name_is_left() -> None:
    # One capitalised word unknown ("Kővárott") is no one: no speaker made up.
    assert said_by(
        "Itt nőttem",
        _HU,
        "Kővárott mindenki a kompot várja. – Itt nőttem fel – mondja.",
    ) in ([None], [])


def test_a_hungarian_article_after_the_surname_ends_the_name() -> None:
    # "mondta Horváth a keddi ülésen": the occasion after "a" is no part of
    # the name; the surname is the person named in full before.
    assert said_by(
        "Kétszer írtuk",
        _HU_INTRO,
        "Horváth Ildikó alpolgármester elismeri a problémát. – Kétszer írtuk ki a pályázatot – "
        "mondta Horváth a keddi testületi ülésen.",
    ) == ["Horváth Ildikó"]


_EL = (
    "«Δεν έχουμε άλλη επιλογή και ψάχνουμε καπετάνιο εδώ και έναν χρόνο», δήλωσε ο "
    "λιμενάρχης Στέλιος Καραλής. «Το πλοίο δεν θα έρθει», είπε η ψαράς Ελένη Ρήγα."
)


def test_a_greek_bare_verb_after_a_sentence_whose_subject_is_a_surname() -> None:
    # "Ο Καραλής …. «…», είπε.": the man the sentence names, not the woman
    # quoted last; a place opening the sentence names no one.
    assert said_by(
        "Θα βρούμε",
        _EL,
        "Ο Καραλής πάντως δεν χάνει την ελπίδα του. «Θα βρούμε καπετάνιο», είπε.",
    ) == ["Στέλιος Καραλής"]
    assert said_by(
        "Θα βρούμε",
        _EL,
        "Η Αθήνα πάντως δεν έχει απαντήσει ακόμη. «Θα βρούμε καπετάνιο», είπε.",
    ) == ["Ελένη Ρήγα"]
