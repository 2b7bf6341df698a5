"""Names and verbs past ASCII, stop 42 (branch s42-unicode).

The scan for people read Latin capitals A-Z only, and the word after a name
ASCII letters only: a name opening with "Ł", "Ž", "Ö", "É", a Greek or a
Cyrillic capital was no one, so "he said" went to whoever was named before,
and "Hale kündigte an" read the verb "k". A name past ASCII is a name where
a Latin one is; in a German text a German verb after a name makes it the
subject, but German capitalises every noun, so a capitalised run holding an
article ("Die Stadt", "Der Hafen") stays no one. Every sentence is the
team's (evaluation/README.md, "Names and verbs past ASCII, stop 42")."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import said_by

# -- names opening with a capital past A-Z, in an English text ---------------------


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [
        ("Łukasz Żak", "he"),  # Polish
        ("Žofie Čermáková", "she"),  # Czech
        ("Örs Kovács", "he"),  # Hungarian
        ("Émile Roux", "he"),  # French
        ("Νίκος Παππάς", "he"),  # Greek
        ("Игорь Сомов", "he"),  # Russian
    ],
)
def test_a_name_past_ascii_is_the_subject_a_pronoun_goes_to(name: str, pronoun: str) -> None:
    # (Before s42-unicode: the pronoun went to the person named before.)
    before = "Tom Hale" if pronoun == "he" else "Ada Lind"
    assert said_by(
        "stays shut",
        f"{before} opened the meeting at the harbour.",
        f"{name} closed the pier on Monday.",
        f"\u201cThe pier stays shut until the divers are done,\u201d {pronoun} said.",
    ) == [name]


def test_a_surname_past_ascii_alone_is_the_person_named_in_full() -> None:
    # "Żak said": the bare surname after the full name, as "Hale said" is.
    assert said_by(
        "stays shut",
        "\u0141ukasz \u017bak runs the ferry. Tom Hale opened the meeting.",
        "\u017bak closed the pier on Monday.",
        "\u201cThe pier stays shut until the divers are done,\u201d he said.",
    ) == ["\u0141ukasz \u017bak"]


def test_a_russian_name_before_its_verb_is_the_subject_of_the_pronoun() -> None:
    assert said_by(
        "\u0440\u0438\u0441\u043a\u043e\u0432\u0430\u0442\u044c",
        "Павел Гречко заявил, что мэрия опоздала.",
        "Игорь Сомов рассказал, что мост закрыт на год.",
        "«Мы не будем рисковать жизнями людей», — сказал он.",
    ) == ["Игорь Сомов"]


# -- German: a German verb after a name; capitalised nouns are no one ------------------

_DE_OPENING = (
    "Die Seebrücke ist seit der Sturmflut gesperrt, und die Stadt prüft die Schäden. "
    "Der Hafen bleibt offen, aber die Fähre fährt nicht."
)


@pytest.mark.parametrize("verb", ["kündigte an", "bestätigte", "plante", "versuchte"])
def test_a_german_verb_after_a_name_makes_it_the_subject(verb: str) -> None:
    # (Before s42-unicode: "er" went to Ben Ross; "kündigte" was read "k".)
    assert said_by(
        "Steg",
        "Tom Hale ist seit zwanzig Jahren im Hafen.",
        _DE_OPENING,
        "Ben Ross sagte, die Fischer seien besorgt.",
        f"Hafenmeister Hale {verb}, die Schäden zu zeigen. "
        "\u201eDer Steg bleibt zu\u201c, sagte er.",
    ) == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt bleibt bei ihrer Linie.",
        "Der Hafen meldet keine Schäden.",
        "Die Fischer warteten am Kai.",
        "Teil der Brücke bleibt gesperrt.",
    ],
)
def test_a_capitalised_german_noun_before_a_verb_is_no_one(sentence: str) -> None:
    # German capitalises every noun: a run holding an article is no person,
    # so "er" stays with the man who spoke before.
    assert said_by(
        "Steg",
        _DE_OPENING,
        "Ben Ross sagte, die Fischer seien besorgt.",
        f"{sentence} \u201eDer Steg bleibt zu\u201c, sagte er.",
    ) == ["Ben Ross"]


def test_an_english_word_in_t_after_a_name_is_no_verb() -> None:
    # The German verb test is for a German text only: "Tom Hale last" in
    # an English one is no subject.
    assert said_by(
        "stays shut",
        "Ben Ross spoke first at the harbour meeting.",
        "The vote left Tom Hale last in line for the contract.",
        "\u201cThe pier stays shut until the divers are done,\u201d he said.",
    ) == ["Ben Ross"]


# -- Spanish: a name set off after a description, then its verb in the preterite -------


def test_a_spanish_preterite_after_a_set_off_name_makes_it_the_subject() -> None:
    # "La alcaldesa ..., Ada Lind, presentó": she is the subject, so the
    # subjectless "Afirmó que" after it is hers. (Before s42-unicode: the
    # comma's next word was read A-Z only, and "presentó" was no verb.)
    assert said_by(
        "seguirá",
        "Tom Hale dijo que esperaría al lunes.",
        "La alcaldesa de Puerto Llano, Ada Lind, presentó el plan en el puerto. "
        "Afirmó que el muelle «seguirá cerrado hasta el verano».",
    ) == ["Ada Lind"]


def test_a_set_off_name_is_no_subject_when_no_description_opens_the_sentence() -> None:
    # "Tras la reunión con el capitán, Tom Hale, llegó la lancha": Tom Hale
    # is the captain's name; the boat arrived.
    assert said_by(
        "seguirá",
        "Ada Lind dijo que esperaría al lunes.",
        "Tras la reunión con el capitán, Tom Hale, llegó la lancha. "
        "Afirmó que el muelle «seguirá cerrado hasta el verano».",
    ) == ["Ada Lind"]
