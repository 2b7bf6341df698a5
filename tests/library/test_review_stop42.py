"""A researcher reads five team posts of new kinds, stop 42 (branch s42-rev).

Five posts of kinds stops 40-41 did not write, each as a journalist of that
language or press would write it: a German news report („…“ and »…«,
"sagte/erklärte/betonte", "so Lind", "Hale zufolge", reported speech in the
Konjunktiv); a Spanish report (« », “ ”, the dialogue dash, "dijo/afirmó/
señaló", "según Careaga"); a Russian report (« » with „ “ inside, "заявил/
сказал/отметила", "по словам"); an Australian report (single marks, "Mr Hale
said", "told the ABC", "Ms Lind, 48,", "Cr Quinn", "the minister" far on);
and an investigative piece with anonymous sources ("a person familiar with
...", "two officials who spoke on condition of anonymity", "according to
documents reviewed by", the same official quoted twice far apart). They are
kept in ``tests/fixtures/review_stop42``. Every quotation of every post is
listed below with its kind and the speaker a careful reader would write (the
name, else the description when no name is given); each one read wrong is a
strict xfail with the reason, so a fix shows as a pass to take off the list.
evaluation/README.md ("A researcher reads five posts of new kinds, stop 42")
groups them by construction. Every sentence here is written by the team."""

# ruff: noqa: RUF001, E501 (the marks and Cyrillic letters are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, each_quotation_test, review_case, said_by, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review_stop42")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction; evaluation/README.md,
# "A researcher reads five posts of new kinds, stop 42").
_OFFICE_IN_NAME = "an office before the name is shown in the name ('Hafenmeister Tom Hale', 'Dessen Vorsitzende Clara Voss', 'Cr Quinn')"
_ES_NOT_READ = "a second Spanish partial in a sentence ('Afirmó que … son «…» y que la merluza está «…»') is not read"
_ES_DEL = "'El informe del Instituto Oceanográfico' (read as the subject of 'recomienda' past its relative clause since s43-lang2) is split into the name 'Instituto Oceanográfico' and the role 'El informe del': the Spanish 'del' is no preposition to the name splitter"
_RU_TAM = "'Там сообщили' makes 'Там' the speaker (the body the sentence before names, 'В областном министерстве транспорта', in the prepositional case)"
_NESTED = "a nested quotation from a document ('В нашем заключении прямо написано: „…“') is given no speaker"
_HEADLINE_APOS = "a headline's single marks closing before a word ('… guts' for …') are not read"
_APPOSITION_BODY = "'A spokesperson for the ferry operator, Bayline, said' gives the body's name, not the spokesperson"
_DEF_DESCRIPTION = "'the former official said' after 'One of the two officials, ..., said' shows the description as written, not the partitive that brought the source in (a description, no longer the man named last: s42-anon)"


_case = review_case


_QUOTATIONS = [
    # 01: German: „…“ and »…«, sagte/betonte/erklärte, "so Lind", Konjunktiv.
    _case("01-german", "Wir haben so etwas", INL, "Tom Hale"),
    _case("01-german", "die Planken wie", PAR, "Tom Hale"),
    _case("01-german", "Vorher lassen wir niemanden", INL, "Tom Hale"),
    _case("01-german", "Die Seebrücke ist das Wahrzeichen", INL, "Ada Lind"),
    _case("01-german", "alle Möglichkeiten einer", PAR, "ein Sprecher des Ministeriums"),
    _case("01-german", "Das ist eine Summe", INL, "Ada Lind"),
    _case("01-german", "Wir legen seit Generationen", INL, "Ben Ross"),
    _case("01-german", "Jetzt müssen wir nach", INL, "Ben Ross"),
    _case("01-german", "eine Lösung noch in diesem", PAR, "Ben Ross"),
    _case("01-german", "schweren Schlag für die", PAR, "Clara Voss"),
    _case("01-german", "der Ort, an dem die Leute", PAR, "Clara Voss"),
    _case("01-german", "Ohne sie fehlt uns etwas", INL, "Clara Voss"),
    _case("01-german", "Ein Gutachten hat schon", INL, "Peter Quinn"),
    _case("01-german", "Passiert ist seitdem", INL, "Peter Quinn"),
    _case("01-german", "erheblichen Mängeln", PAR, "Das Gutachten"),
    _case("01-german", "Wer jetzt so tut", INL, "Ada Lind"),
    _case("01-german", "Die Leute sollen sehen", INL, "Tom Hale"),
    _case("01-german", "Mein Vater hat beim Bau", INL, "Ein älterer Anwohner"),
    _case("01-german", "Die Brücke kriegen sie", INL, "Ein älterer Anwohner"),
    # 02: Spanish: « », “ ”, the dialogue dash, según, a report, unnamed sources.
    _case("02-spanish", "No nos dejan otra salida", INL, "Julián Careaga"),
    _case("02-spanish", "Con estas cuotas", INL, "Julián Careaga"),
    _case("02-spanish", "todos los días que haga", PAR, "Julián Careaga"),
    _case("02-spanish", "inequívocos", PAR, "Rosa Elizondo"),
    _case("02-spanish", "al borde del colapso", PAR, "Rosa Elizondo", _ES_NOT_READ),
    _case("02-spanish", "Si no actuamos ahora", INL, "Rosa Elizondo"),
    _case("02-spanish", "una limosna", PAR, "Marta Ibarra"),
    _case("02-spanish", "Doce mil euros", INL, "Marta Ibarra"),
    _case("02-spanish", "Aquí nadie quiere", INL, "Marta Ibarra"),
    _case("02-spanish", "al menos un 40", PAR, "El informe del Instituto Oceanográfico", _ES_DEL),
    _case("02-spanish", "El problema no es solo", INL, "Andrés Soler"),
    _case("02-spanish", "Castigar igual", INL, "Andrés Soler"),
    _case("02-spanish", "aún no está cerrado", PAR, "Fuentes de la Consejería"),
    _case("02-spanish", "diálogo y calma", PAR, "Lucía Berrocal"),
    _case("02-spanish", "Puerto Llano vive del mar", INL, "Lucía Berrocal"),
    _case("02-spanish", "Nosotros hemos dado", INL, "Julián Careaga"),
    _case("02-spanish", "Ahora le toca a ella", INL, "Julián Careaga"),
    # 03: Russian: « » with „ “ inside, the dash after the quotation, по словам.
    _case("03-russian", "Мост в аварийном", INL, "Игорь Сомов"),
    _case("03-russian", "Своими силами", INL, "Игорь Сомов"),
    _case("03-russian", "не вчера и не позавчера", PAR, "Ольга Белова"),
    _case("03-russian", "держатся на честном", PAR, "Ольга Белова"),
    _case("03-russian", "Мы предупреждали", INL, "Ольга Белова"),
    _case("03-russian", "требуется капитальный ремонт", NES, "Мостстрой", _NESTED),
    _case("03-russian", "Раньше я до работы", INL, "Наталья Орлова"),
    _case("03-russian", "А если скорая", INL, "Наталья Орлова"),
    _case("03-russian", "еще при Брежневе", PAR, "Виктор Рябов"),
    _case("03-russian", "Красили, да", INL, "Виктор Рябов"),
    _case("03-russian", "будет рассмотрена", PAR, "областное министерство транспорта", _RU_TAM),
    _case("03-russian", "Все знали, что мост", INL, "Павел Гречко"),
    _case("03-russian", "Мы действовали по", INL, "Игорь Сомов"),
    _case("03-russian", "в два раза", PAR, "Марина Котова"),
    _case("03-russian", "Мы понимаем, что людям", INL, "Марина Котова"),
    _case("03-russian", "Раньше мимо меня", INL, "Арсений Лыков"),
    _case("03-russian", "Понтон", INL, "Наталья Орлова"),
    # 04: Australian: single marks, "Mr Hale said", "Ms Lind, 48,", the minister far on.
    _case("04-australian", "a kick in the guts' for", PAR, "Ada Lind", _HEADLINE_APOS),
    _case("04-australian", "run at a loss", PAR, "Tom Hale"),
    _case("04-australian", "no choice", PAR, "Tom Hale"),
    _case("04-australian", "We have held fares flat", INL, "Tom Hale"),
    _case("04-australian", "Something had to give", BLK, "Tom Hale"),
    _case("04-australian", "It's a kick in the guts", INL, "Ada Lind"),
    _case("04-australian", "We chose to live here", BLK, "Ada Lind"),
    _case("04-australian", "The minister has never", INL, "Ben Ross"),
    _case("04-australian", "If he did, he'd see", BLK, "Ben Ross"),
    _case("04-australian", "a broken promise", PAR, "Clara Voss"),
    _case("04-australian", "Before the election", INL, "Clara Voss"),
    _case(
        "04-australian",
        "working closely with",
        PAR,
        "A spokesperson for the ferry operator",
        _APPOSITION_BODY,
    ),
    _case("04-australian", "the rise will be difficult", PAR, "Bayline"),
    _case("04-australian", "bitterly disappointed", PAR, "Peter Quinn"),
    _case("04-australian", "I've had more calls", INL, "Peter Quinn"),
    _case("04-australian", "I'll just have to go", INL, "Maria Holt"),
    _case("04-australian", "They're not going to come", BLK, "Maria Holt"),
    _case("04-australian", "within six months", PAR, "Tom Hale"),
    _case("04-australian", "Nobody likes paying more", INL, "Tom Hale"),
    _case("04-australian", "But the alternative is", BLK, "Tom Hale"),
    # 05: investigative: anonymous pilots and officials, documents, a regulator.
    _case("05-anonymous", "We were flying blind", INL, "one pilot"),
    # (s43-left: "An email from A, to B, described": the sender.)
    _case("05-anonymous", "well past anything", PAR, "Nora Vale"),
    _case("05-anonymous", "If a laden vessel", INL, "Nora Vale"),
    _case("05-anonymous", "has always put safety", PAR, "a board spokesman"),
    _case("05-anonymous", "scheduled in line with", PAR, "a board spokesman"),
    _case("05-anonymous", "Everyone in the room", INL, "Two officials"),
    _case(
        "05-anonymous",
        "a very small group",
        PAR,
        "A person familiar with the board's finances",
    ),
    _case("05-anonymous", "I raised the channel", INL, "Ada Lind"),
    _case("05-anonymous", "I was told, more or less", INL, "Ada Lind"),
    _case("05-anonymous", "one storm away", PAR, "Nora Vale"),
    _case("05-anonymous", "resolved to escalate", PAR, "The minutes"),
    _case("05-anonymous", "If these documents say", INL, "Tom Hale"),
    _case("05-anonymous", "We would expect", INL, "Tom Hale"),
    _case("05-anonymous", "We had our own chart", INL, "one pilot"),
    _case("05-anonymous", "Pencil marks where", INL, "one pilot"),
    _case("05-anonymous", "furious", PAR, "One of the two officials"),
    _case(
        "05-anonymous",
        "He didn't want it written",
        INL,
        "One of the two officials",
        _DEF_DESCRIPTION,
    ),
    _case("05-anonymous", "I put it in writing", INL, "Nora Vale"),
    _case("05-anonymous", "The work will be completed", INL, "a board spokesman"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


_POST_NAMES = [
    "01-german",
    "02-spanish",
    "03-russian",
    "04-australian",
    "05-anonymous",
]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The table above lists every quotation a careful reader finds, so a new
    # reading (a scare quote, a firm's name in marks) shows here, not silently.
    listed = [p.values[1] for p in _QUOTATIONS if p.values[0] == post]
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


# === The fixes: each the smallest team sentence, and one where it must not fire


_shown = shown


L, R = "\u201c", "\u201d"


# -- "Cr Quinn said": the Australian councillor's title (post 04) ------------------


def test_cr_before_a_surname_is_the_councillor_named_before() -> None:
    assert _shown(
        "Local councillor Peter Quinn lives on the island.",
        "'I have had more calls than ever,' Cr Quinn said.",
    ) == [("Peter Quinn", "Councillor")]


def test_cr_as_a_word_in_a_sentence_is_no_title() -> None:
    # Must not fire: "Cr" with no name after it stays a word of the text.
    assert _shown(f"The Cr content of the pier's steel rose. {L}It is rust,{R} said Tom Hale.") == [
        ("Tom Hale", None)
    ]


# -- "Hafenmeister Tom Hale", "Dessen Vorsitzende Clara Voss": a German office
# as one compound word before the name (post 01) --------------------------------

_DE_L, _DE_R = "\u201e", "\u201c"


def test_a_german_compound_office_before_the_name_is_the_role() -> None:
    assert _shown(f"{_DE_L}Wir haben so etwas nie erlebt{_DE_R}, sagte Hafenmeister Tom Hale.") == [
        ("Tom Hale", "Hafenmeister")
    ]


def test_a_german_office_after_a_possessive_is_the_role() -> None:
    assert _shown(
        "Auch der Tourismusverband zeigt sich besorgt.",
        f"Dessen Vorsitzende Clara Voss sagte: {_DE_L}Ohne die Brücke fehlt uns etwas.{_DE_R}",
    ) == [("Clara Voss", "Vorsitzende")]  # ("its chair": s42-lang2 leaves "Dessen" out)


def test_a_surname_ending_like_an_office_stays_the_name() -> None:
    # Must not fire: the office's ending on the last word is a surname.
    assert _shown(f"{_DE_L}Wir haben so etwas nie erlebt{_DE_R}, sagte Tom Meister.") == [
        ("Tom Meister", None)
    ]


# -- "The minutes record Ms. Vale as saying “…”" (post 05) -----------------------


def test_minutes_record_a_name_as_saying_is_the_name_s() -> None:
    assert _shown(
        "Nora Vale is the board's chief engineer.",
        f"The minutes record Ms. Vale as saying the channel was {L}one storm from closing.{R}",
    ) == [("Nora Vale", None)]


def test_a_camera_recorded_the_mayor_saying_is_still_the_mayor_s() -> None:
    # Must not fire: with no "as", the recording shows its object saying it.
    assert _shown(
        f"The camera recorded the mayor saying the channel was {L}one storm from closing.{R}"
    ) == [(None, "the mayor")]


# -- "—…—dijo—. …" after a paragraph that names one person, no dialogue going on
# (post 02) --------------------------------------------------------------------


def test_an_unnamed_dash_turn_after_a_narrated_person_is_hers() -> None:
    assert _shown(
        "Ada Lind, who has sold fish on the quay for twenty years, thinks the aid is too small.",
        "—¿Doce mil euros? Eso cuesta un motor —dijo—. Aquí nadie quiere subvenciones.",
    ) == [("Ada Lind", None), ("Ada Lind", None)]


def test_an_unnamed_dash_turn_after_an_exchange_of_two_stays_the_other_s() -> None:
    # Must not fire differently: inside an exchange of two, the one who did
    # not speak last answers (as before).
    assert [
        who
        for who, _role in _shown(
            "—El ferry sale esta noche —dijo Ana López.",
            "—No puedo —respondió Luis Vega.",
            "—Pues me voy —contestó.",
        )
    ] == ["Ana López", "Luis Vega", "Ana López"]


def test_dijo_mientras_opens_no_speaker_and_the_turn_is_read() -> None:
    # A clause of time after the inciso's verb names no one (it was taken
    # for the speaker, before that the turn was not read at all).
    assert _shown(
        "Ada Lind, who has sold fish on the quay for twenty years, thinks the aid is too small.",
        "—Hemos dado el primer paso —dijo mientras soltaba amarras—. Ahora le toca a ella.",
    ) == [("Ada Lind", None), ("Ada Lind", None)]


def test_a_dash_turn_with_no_one_in_the_paragraph_before_has_no_speaker() -> None:
    # Must not fire: the narrator's paragraph before names no subject.
    assert _shown(
        "The boats left the quay at noon.",
        "—¿Doce mil euros? Eso cuesta un motor —dijo—.",
    ) == [(None, None)]


# -- "Voss sprach von einem »…«", "Das Gutachten spricht von „…“" (post 01) ---------


def test_sprach_von_a_german_quotation_is_the_subject_s() -> None:
    # "sprach/spricht von" is "spoke/speaks of": the marked words are the
    # subject's (were not read).
    assert _shown(
        "Die Vorsitzende Clara Voss sprach von einem \u00bbschweren Schlag für die Saison\u00ab."
    ) == [("Clara Voss", "Die Vorsitzende")]


def test_spricht_von_after_a_document_is_the_document_s() -> None:
    # (What the Quotes panel shows: German capitals make the document's noun
    # look like a name, as elsewhere.)
    assert [
        name or role
        for name, role in _shown(
            f"Das Gutachten spricht von {_DE_L}erheblichen Mängeln an der Brücke{_DE_R}."
        )
    ] == ["Das Gutachten"]


def test_sprach_mit_a_word_in_marks_is_no_quotation() -> None:
    # Must not fire: "sprach mit" is a meeting, as "spoke with" is.
    assert _shown(f"Ada Lind sprach mit dem {_DE_L}Hafenmeister{_DE_R} am Kai.") == []


# -- "pidió «…»": the Spanish "asked for", as "asked for “…”" (post 02) --------------


def test_pidio_a_quotation_is_the_subject_s() -> None:
    # (Was not read; and the "afirmó" after it went to the one quoted before.)
    assert _shown(
        "Marta Ibarra vende pescado en la lonja.",
        "La alcaldesa, Lucía Berrocal, pidió «diálogo y calma» a ambas partes. «No podemos "
        "permitir un enfrentamiento», afirmó.",
    ) == [("Lucía Berrocal", "La alcaldesa"), ("Lucía Berrocal", "La alcaldesa")]


def test_pidio_after_an_unnamed_office_is_the_office_s() -> None:
    # Must not fire differently: a description is shown as one.
    assert _shown(
        "Marta Ibarra vende pescado en la lonja.",
        "La alcaldesa pidió «diálogo y calma» a ambas partes.",
    ) == [(None, "La alcaldesa")]


# -- "„…“, teilte ein Sprecher des Ministeriums mit." (post 01) ---------------------


def test_teilte_mit_after_a_german_quotation_is_its_subject_s() -> None:
    # The inverted verb and its particle at the clause's end: the speaker is
    # the subject between them (was not read).
    assert _shown(
        "Das Ministerium in Kiel bestätigte den Kontakt.",
        f"Man prüfe {_DE_L}alle Möglichkeiten einer Förderung{_DE_R}, teilte ein Sprecher des "
        "Ministeriums mit.",
    ) == [(None, "ein Sprecher des Ministeriums")]


def test_a_speaker_after_said_keeps_the_last_word_of_the_name() -> None:
    # Must not fire: only the lower-case German particle is cut.
    assert _shown(f"{L}We are done with the pier,{R} said Ada Mitt.") == [("Ada Mitt", None)]


# -- "Die Wellen hätten „…“ angehoben": a partial in the Konjunktiv of reported
# speech, after the speaker's quotation (post 01) -----------------------------------


def test_a_partial_in_the_konjunktiv_goes_on_reporting_the_last_speaker() -> None:
    assert _shown(
        f"{_DE_L}Wir haben so etwas nie erlebt{_DE_R}, sagte Hafenmeister Tom Hale. Die Wellen "
        f"hätten {_DE_L}die Planken wie Streichhölzer{_DE_R} angehoben."
    ) == [("Tom Hale", "Hafenmeister"), ("Tom Hale", "Hafenmeister")]


def test_a_partial_in_the_indicative_is_no_report() -> None:
    # Must not fire: "haben" states what happened; the words in marks are
    # the writer's (dropped, as before).
    assert _shown(
        f"{_DE_L}Wir haben so etwas nie erlebt{_DE_R}, sagte Hafenmeister Tom Hale. Die Wellen "
        f"haben {_DE_L}die Planken{_DE_R} angehoben."
    ) == [("Tom Hale", "Hafenmeister")]


def test_a_konjunktiv_partial_in_another_paragraph_is_no_report() -> None:
    # Must not fire: the report goes on in the speaker's paragraph only.
    assert _shown(
        f"{_DE_L}Wir haben so etwas nie erlebt{_DE_R}, sagte Hafenmeister Tom Hale.",
        f"Die Wellen hätten {_DE_L}die Planken wie Streichhölzer{_DE_R} angehoben.",
    ) == [("Tom Hale", "Hafenmeister")]


# -- "„…“, so Lind.": the German "so" and the name closing the sentence
# (stop 43, branch s43-lang2) ---------------------------------------------------------


def test_the_german_so_and_a_name_give_the_speaker() -> None:
    assert _shown(
        "Tom Hale und Ada Lind sind nicht der gleichen "
        "Meinung, und die Stadt ist es auch nicht. "
        f"{_DE_L}Die Mole wird im Winter nicht halten{_DE_R}, so Lind."
    ) == [("Ada Lind", None)]


def test_an_english_so_after_a_quotation_names_no_one() -> None:
    # Must not fire: in English text "so" after a quotation is no attribution;
    # the quotation goes on the one who spoke before, as it did.
    assert _shown(
        "Ada Lind runs the shop on the pier. \u201cThe pier will hold,\u201d said Tom Hale. "
        "\u201cIt held last winter and the one before\u201d, so Lind. "
    ) == [("Tom Hale", None), ("Tom Hale", None)]


# -- "El informe ..., al que ha tenido acceso este periódico, recomienda «…»":
# the noun phrase before a relative clause set off by commas (stop 43) ----------

_ES_OPEN = (
    "El capitán del puerto, Tom Hale, habló el lunes con los pescadores de la isla y con los "
    "vecinos del muelle. «Vamos a reconstruir el muelle antes del invierno», dijo Hale."
)


def test_a_spanish_report_past_its_relative_clause_says_the_partial() -> None:
    assert said_by(
        "un tercio",
        _ES_OPEN,
        "El estudio de la junta del puerto, al que ha tenido acceso este periódico, recomienda "
        "cerrar el muelle «al menos un tercio del año». Nadie ha respondido todavía.",
    ) == ["El estudio de la junta del puerto"]


def test_a_relative_clause_after_a_name_is_no_subject_of_its_own() -> None:
    # Must not fire: a name before the clause ("Ada Lind, que ...") is read
    # as before, the name.
    assert said_by(
        "al menos un tercio",
        _ES_OPEN,
        "Ada Lind, que lleva veinte años en la lonja, recomienda cerrar el muelle «al menos un "
        "tercio del año». Nadie ha respondido todavía.",
    ) == ["Ada Lind"]
