"""French (and German, Spanish, Russian) as the second stop 40 review found
them (s40-french): the inverted pronoun of a French incise ("a-t-il
insisté", "affirme-t-elle"), "Pour / Selon NAME, role," before the words,
verbs the press sets before their subject right after a quotation in the
present of narration ("lance un gréviste", "zanja Ada Lind", "kritisiert
Tom Hale", "— отмечает Ада Линд"), and partial quotations after "s'est
dit(e)", "a appelé ... à", "a jugé". Every sentence is the team's; the
must-not-fire cases are titles and terms in marks (evaluation/README.md,
"Other languages as the review found them, stop 40")."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, said_by

FL, FR = "\u00ab ", " \u00bb"

ALL = ""
"""Marked words every quotation holds: :func:`said_by` lists them all."""


# -- French: the inverted pronoun of an incise ----------------------------------


@pytest.mark.parametrize(
    ("opening", "incise", "speaker"),
    [
        ("Ada Lind est arrivée au port.", "affirme-t-elle", "Ada Lind"),
        ("Ada Lind est arrivée au port.", "dit-elle", "Ada Lind"),
        ("Ada Lind est arrivée au port.", "glisse-t-elle", "Ada Lind"),
        ("Ada Lind est arrivée au port.", "sourit-elle", "Ada Lind"),
        ("Tom Hale est arrivé au port.", "a-t-il insisté", "Tom Hale"),
        ("Tom Hale est arrivé au port.", "avait-il déclaré", "Tom Hale"),
        ("Tom Hale est arrivé au port.", "tranche-t-il", "Tom Hale"),
        ("Tom Hale est arrivé au port.", "s'est-il réjoui", "Tom Hale"),
    ],
)
def test_french_inverted_pronoun_is_the_person_it_means(
    opening: str, incise: str, speaker: str
) -> None:
    # (Before s40-french: no speaker, or "a-t-il" shown as a name.)
    assert said_by("fermé", opening, f"{FL}Le port est fermé{FR}, {incise}.") == [speaker]


def test_french_inverted_pronoun_passes_over_the_other_gender() -> None:
    assert said_by(
        "fermé",
        "Mme Lind et M. Hale sont arrivés au port. M. Hale a parlé le premier.",
        f"{FL}Le port est fermé{FR}, confie-t-elle.",
    ) == ["Lind"]


def test_french_il_a_dit_is_the_pronoun_not_a_name() -> None:
    # The same pronoun before the verb: resolved, never a speaker "Il".
    assert said_by(
        "fermé", "Tom Hale est arrivé au port.", f"Il a dit : {FL}Le port est fermé.{FR}"
    ) == ["Tom Hale"]


def test_french_ils_unresolved_stays_as_written() -> None:
    assert said_by("fermé", f"{FL}Le port est fermé{FR}, ont-ils affirmé.") == ["ils"]


def test_french_dit_on_names_no_one() -> None:
    assert said_by("fermé", f"{FL}Le port est fermé{FR}, dit-on au port.") == [None]


# -- French: verbs of narration set before their subject -------------------------


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("lance un gréviste", "un gréviste"),
        ("lance Ada Lind", "Ada Lind"),
        ("tranche Ada Lind", "Ada Lind"),
        ("résume la directrice du port", "la directrice du port"),
        ("glisse un docker", "un docker"),
        ("regrette Tom Hale", "Tom Hale"),
        ("rétorque Tom Hale", "Tom Hale"),
        ("a tranché Ada Lind", "Ada Lind"),
        ("s'est réjoui Tom Hale", "Tom Hale"),
        ("s'est exclamée Ada Lind", "Ada Lind"),
        # (held before: in the lexicon already)
        ("poursuit Ada Lind", "Ada Lind"),
        ("martèle Ada Lind", "Ada Lind"),
    ],
)
def test_french_verb_before_its_subject_after_the_words(incise: str, speaker: str) -> None:
    assert said_by("fermé", f"{FL}Le port est fermé{FR}, {incise}.") == [speaker]


def test_french_role_after_an_inverted_verb_is_the_role() -> None:
    [quote] = run(f"{FL}Le port est fermé{FR}, résume Ada Lind, directrice du port.").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ada Lind", "directrice du port")


# -- French: "Pour / Selon NAME, role," --------------------------------------------


def test_pour_name_without_role_is_read() -> None:
    # (Before: no quotation at all.)
    assert said_by(
        "la moitié", f"Pour Ben Ross, la grève a coûté {FL}près de la moitié{FR} de son chiffre."
    ) == ["Ben Ross"]


def test_selon_name_role_keeps_the_role_and_the_clause_starts_after_it() -> None:
    [quote] = run(
        f"Selon Ben Ross, patron d'un café, la grève a coûté {FL}près de la moitié{FR} "
        "de son chiffre."
    ).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ben Ross", "patron d'un café")
    assert quote.span.text.startswith("la grève")


def test_selon_name_role_before_a_full_quotation_keeps_the_role() -> None:
    [quote] = run(f"Selon Ada Lind, directrice du port, {FL}le port est fermé{FR}.").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ada Lind", "directrice du port")


def test_segun_name_role_keeps_the_role() -> None:
    [quote] = run(
        "Según Ada Lind, directora del puerto, la huelga ha costado «la mitad» de las ventas."
    ).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ada Lind", "directora del puerto")
    assert quote.span.text.startswith("la huelga")


def test_selon_name_then_a_clause_is_no_role() -> None:
    [quote] = run(
        f"Selon Ada Lind, la grève, qui dure, a coûté {FL}près de la moitié{FR} du chiffre."
    ).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ada Lind", None)


def test_pour_inside_a_sentence_is_for() -> None:
    # "pour" opens no source but where it opens its sentence.
    assert said_by(
        "fermé", f"La grève a coûté cher pour Ben Ross, et {FL}le port est fermé{FR}."
    ) != ["Ben Ross"]


# -- French: partial quotations after other verbs ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (f"Mme Voss s'est dite {FL}prête à rencontrer un médiateur{FR}.", "prête", "Voss"),
        (f"Tom Hale s'est dit {FL}très inquiet{FR}.", "inquiet", "Tom Hale"),
        (
            f"Le maire, Peter Quinn, a appelé les deux parties à {FL}revenir à la table{FR}.",
            "revenir",
            "Peter Quinn",
        ),
        (f"Tom Hale a jugé les revendications {FL}irréalistes{FR}.", "irréalistes", "Tom Hale"),
        (f"M. Hale a jugé les revendications {FL}irréalistes{FR}.", "irréalistes", "Hale"),
    ],
)
def test_french_partial_after_a_perfect(sentence: str, words: str, speaker: str) -> None:
    assert said_by(words, sentence) == [speaker]


def test_french_partial_after_a_perfect_the_subject_leaves_the_auxiliary() -> None:
    # (Before: "Ada Lind s'est" was shown.)
    assert said_by("prête", f"Ada Lind s'est dit {FL}prête{FR}.") == ["Ada Lind"]


def test_a_body_judging_brings_no_words_in() -> None:
    # As in English ("The commission judged the project “risky”": none).
    assert not run(f"La commission a jugé le projet {FL}risqué{FR}.").quotes


def test_a_description_after_an_opening_phrase_is_not_the_speaker_before() -> None:
    # "le syndicat" is a description, as "the union" is: not words the
    # subject search stopped in, given to the woman quoted before.
    assert said_by(
        "a les moyens",
        f"Mme Voss s'est dite {FL}prête{FR}.",
        f"Dans un courrier, le syndicat affirme que l'autorité {FL}a les moyens{FR} de payer.",
    ) == ["le syndicat"]


# -- French: must not fire ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"Tom Hale a vu le film {FL}Le Port{FR} hier soir.",
        f"Le film {FL}Le Port{FR} sort mercredi.",
        f"La réforme, la loi dite {FL}travail{FR}, a été votée.",
        f"La commission a qualifié le projet de {FL}pari risqué{FR}.",
        f"Le ferry {FL}Belle-Île{FR} a quitté le port.",
    ],
)
def test_french_titles_and_terms_are_no_quotations(sentence: str) -> None:
    assert not run(sentence).quotes


# -- German, Spanish, Russian: the same construction -------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (held before: in the lexicon)
        ("„Der Hafen bleibt offen“, sagt Tom Hale.", "Tom Hale"),
        ("„Der Hafen bleibt offen“, meint Ada Lind.", "Ada Lind"),
        ("„Der Hafen bleibt offen“, erklärt Tom Hale.", "Tom Hale"),
        # (s40-french)
        ("„Der Hafen bleibt offen“, kritisiert Ada Lind.", "Ada Lind"),
        ("„Der Hafen bleibt offen“, bestätigt Tom Hale.", "Tom Hale"),
        ("„Der Hafen bleibt offen“, lacht Ada Lind.", "Ada Lind"),
        ("„Der Hafen bleibt offen“, erklärt der Hafenmeister.", "der Hafenmeister"),
        ("„Der Hafen bleibt offen“, erzählt ein Fischer.", "ein Fischer"),
        # (held before)
        ("«El puerto sigue abierto», dice Tom Hale.", "Tom Hale"),
        ("«El puerto sigue abierto», afirma Ada Lind.", "Ada Lind"),
        ("«El puerto sigue abierto», añade el capitán.", "el capitán"),
        # (s40-french)
        ("«El puerto sigue abierto», zanja Ada Lind.", "Ada Lind"),
        ("«El puerto sigue abierto», lamenta Tom Hale.", "Tom Hale"),
        ("«El puerto sigue abierto», reconoce un pescador.", "un pescador"),
        ("«El puerto sigue abierto», cuenta Ada Lind.", "Ada Lind"),
        # (held before)
        ("«Порт открыт», — говорит Том Хейл.", "Том Хейл"),
        ("«Порт открыт», — заявил Том Хейл.", "Том Хейл"),
        ("«Порт открыт», — добавил капитан порта.", "капитан порта"),
        # (s40-french)
        ("«Порт открыт», — отмечает Ада Линд.", "Ада Линд"),
        ("«Порт открыт», — признаётся рыбак.", "рыбак"),
        ("«Порт открыт», — улыбается Ада Линд.", "Ада Линд"),
    ],
)
def test_other_languages_verb_before_its_subject(sentence: str, speaker: str) -> None:
    assert said_by(ALL, sentence) == [speaker]


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        ("Tom Hale ist im Hafen angekommen.", "„Der Hafen bleibt offen“, sagte er.", "Tom Hale"),
        ("Ada Lind llegó al puerto.", "«El puerto sigue abierto», dijo ella.", "Ada Lind"),
    ],
)
def test_other_languages_pronoun_is_resolved(opening: str, sentence: str, speaker: str) -> None:
    # (Before: "er", "ella" shown as the speaker.)
    assert said_by(ALL, opening, sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Begriff „Fährkrise“ machte schnell die Runde.",
        "Der Film „Der Hafen“ läuft ab Mittwoch.",
        "La película «El puerto» se estrena el miércoles.",
        "Фильм «Порт» выходит в среду.",
    ],
)
def test_other_languages_titles_and_terms_are_no_quotations(sentence: str) -> None:
    assert not run(sentence).quotes


# -- English twins: unchanged -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The pier is closed,” Lance Hale said.", "Lance Hale"),
        ("“The pier is closed,” said Lance Hale.", "Lance Hale"),
        ("“The pier is closed,” Elle said.", "Elle"),
    ],
)
def test_english_names_like_the_other_languages_words_stay_names(
    sentence: str, speaker: str
) -> None:
    assert said_by(ALL, sentence) == [speaker]
