"""German, Spanish and Russian press constructions, stop 42 (branch s42-lang2):
what the researcher saw wrong beside the names in the review posts
(tests/library/test_review_stop42.py), each on the team's own sentences,
with a case where the rule must not fire."""

# ruff: noqa: RUF001, RUF003 (the marks and Cyrillic letters are the subject here)

from __future__ import annotations

from tests.library.paragraphs import run, shown

L, R = "\u201c", "\u201d"


# -- a firm's name in marks after a noun for a firm is no quotation --------------


def test_a_russian_firm_in_marks_after_organisation_is_no_quotation() -> None:
    assert [
        q.span.text
        for q in run(
            "Инженер подрядной организации «Причал» Ада Линд рассказала, что сваи "
            "«не выдержат еще одной зимы»."
        ).quotes
    ] == ["что сваи «не выдержат еще одной зимы»"]


def test_a_spanish_firm_in_marks_after_empresa_is_no_quotation() -> None:
    # (The marked name and the words before it were read as a partial.)
    assert [
        q.span.text
        for q in run(
            "El jefe de la empresa «Navalsur» Tom Hale explicó que el muelle estará "
            "«abierto pronto»."
        ).quotes
    ] == ["que el muelle estará «abierto pronto»"]


def test_a_quotation_after_a_firm_noun_with_its_own_point_stays() -> None:
    # Must not fire: words with their own sentence point are someone's.
    assert [
        who
        for who, _role in shown(
            "Ада Линд, глава компании, сказала: «Мы закончим ремонт причала к маю.»"
        )
    ] == ["Ада Линд"]


# -- a Russian name is two words, three with a patronymic ------------------------


def test_a_russian_occupation_before_the_name_is_no_part_of_it() -> None:
    assert shown(
        "Пенсионер Том Хейл живет у причала больше сорока лет.",
        "«Причал чинили при мне дважды», — говорит он.",
    ) == [("Том Хейл", None)]


def test_a_body_s_acronym_before_a_russian_name_is_no_part_of_it() -> None:
    assert shown(
        "Глава управления ЖКХ Ада Линд уточнила, что автобусы пустят в понедельник.",
        "«Мы понимаем, что людям тяжело», — сказала она.",
    ) == [("Ада Линд", None)]


def test_a_russian_name_with_a_patronymic_stays_whole() -> None:
    # Must not fire: the middle word is a patronymic, the name three words.
    assert shown(
        "Ада Петровна Линд уточнила, что автобусы пустят в понедельник.",
        "«Мы понимаем, что людям тяжело», — сказала она.",
    ) == [("Ада Петровна Линд", None)]


# -- what a sentence writes beside the name is no part of the role ----------------

_DE_L, _DE_R = "\u201e", "\u201c"


def test_a_german_time_and_occasion_after_the_name_is_no_role() -> None:
    assert shown(
        f"{_DE_L}Der Steg bleibt gesperrt{_DE_R}, sagte Hafenmeister Tom Hale am Montag bei "
        "einem Ortstermin."
    ) == [("Tom Hale", "Hafenmeister")]


def test_a_german_place_that_is_a_role_stays() -> None:
    # Must not fire: "bei der Werft" says where she works, not when.
    assert shown(
        f"{_DE_L}Der Steg bleibt gesperrt{_DE_R}, sagte Ada Lind, bei der Werft angestellt."
    ) == [("Ada Lind", "bei der Werft angestellt")]


def test_dessen_before_a_german_office_is_no_part_of_the_role() -> None:
    assert shown(
        "Auch der Hafenverein ist besorgt.",
        f"Dessen Vorsitzende Ada Lind sagte: {_DE_L}Ohne den Steg fehlt uns etwas.{_DE_R}",
    ) == [("Ada Lind", "Vorsitzende")]


def test_a_german_relative_clause_of_a_document_is_no_role() -> None:
    assert [
        role
        for _name, role in shown(
            f"Der Bericht, das dieser Zeitung vorliegt, spricht von {_DE_L}morschen Planken am "
            f"Steg{_DE_R}."
        )
    ] == [None]


def test_a_german_apposition_with_das_stays_the_role() -> None:
    # Must not fire: "das Gesicht der Kampagne" ends in a noun, no verb.
    assert shown(f"{_DE_L}Der Steg bleibt{_DE_R}, sagte Ada Lind, das Gesicht der Kampagne.") == [
        ("Ada Lind", "das Gesicht der Kampagne")
    ]


def test_a_spanish_outlet_the_words_were_said_to_is_no_role() -> None:
    assert shown("«El muelle sigue cerrado», dijo a este diario Tom Hale, capitán del puerto.") == [
        ("Tom Hale", "capitán del puerto")
    ]


def test_a_russian_place_before_the_office_is_no_role() -> None:
    assert shown("«Причал закрыт», — заявил на брифинге мэр города Том Хейл.") == [
        ("Том Хейл", "мэр города")
    ]


def test_a_russian_office_alone_stays_the_role() -> None:
    # Must not fire: no preposition before the office.
    assert shown("«Причал закрыт», — заявил мэр города Том Хейл.") == [("Том Хейл", "мэр города")]


# -- "По словам Беловой": in her words, the surname declined ---------------------


def test_po_slovam_a_declined_feminine_surname_is_the_woman_named() -> None:
    assert shown(
        "Инженер Ада Линдова рассказала о трещинах в опорах.",
        "По словам Линдовой, сваи «держатся на честном слове».",
    ) == [("Ада Линдова", None)]


def test_po_slovam_a_declined_masculine_surname_is_the_man_named() -> None:
    assert shown(
        "Мэр Том Хейлов выступил на брифинге.",
        "По словам Хейлова, ремонт причала займет «не меньше года».",
    ) == [("Том Хейлов", None)]


def test_po_with_no_slovam_names_no_source() -> None:
    # Must not fire: "по" is "by/along" elsewhere; the marked words are a term.
    assert shown("Мэр Том Хейлов выступил на брифинге. Мост закрыли по «плану Б».") == []


# -- "Andrés Soler, de la Universidad …, cree": a Spanish belief after an apposition


def test_a_spanish_belief_after_an_apposition_makes_the_name_the_subject() -> None:
    # (The "explicó" after it went to the one quoted before.)
    assert shown(
        "«El muelle está cerrado», dijo Ada Lind.",
        "Sin embargo, el capitán Tom Hale, del puerto de Llano, cree que el cierre llega "
        "tarde. «No hay dinero para todos», explicó.",
    ) == [("Ada Lind", None), ("Tom Hale", None)]


def test_a_spanish_belief_right_after_a_preposition_s_name_is_not_the_name_s() -> None:
    # Must not fire: "Un amigo de Tom Hale cree": the friend believes.
    assert [
        who
        for who, _role in shown(
            "«El muelle está cerrado», dijo Ada Lind.",
            "Un amigo de Tom Hale cree que el cierre llega tarde. «No hay dinero para todos», "
            "explicó.",
        )
    ] == ["Ada Lind", "Ada Lind"]


# -- "Сомов с критикой не согласен. «…», — сказал он": a Russian surname opening
# its sentence is its subject ---------------------------------------------------


def test_a_russian_surname_opening_a_sentence_is_its_subject() -> None:
    assert [
        who
        for who, _role in shown(
            "Мэр Том Хейлов закрыл причал. Депутат Ада Линдова считает, что решение опоздало.",
            "Хейлов с критикой не согласен. «Мы действовали по заключению экспертов», — сказал он.",
        )
    ] == ["Том Хейлов"]


def test_a_russian_surname_inside_a_sentence_is_not_its_subject() -> None:
    # Must not fire: "а не Хейлов" inside the sentence; the one
    # who speaks is the woman named as its subject.
    assert [
        who
        for who, _role in shown(
            "Мэр Том Хейлов закрыл причал.",
            "Депутат Ада Линдова спорит с мэром, а не Хейлов. «Мы это знали», — сказала она.",
        )
    ] == ["Ада Линдова"]


# -- "вспоминает, что … «…»": the Russian "recalls" as a verb of saying ------------


def test_vspominaet_chto_a_partial_is_the_subject_s() -> None:
    # (Was not read; the occupation before the name is the role.)
    assert shown(
        "Пенсионер Том Хейлов, который живет у причала, вспоминает, что причал последний "
        "раз чинили «еще при царе Горохе»."
    ) == [("Том Хейлов", "Пенсионер, который живет у причала")]


def test_a_russian_name_with_a_patronymic_keeps_it_in_the_phrase() -> None:
    # Must not fire: three words with a patronymic are the name whole.
    assert shown(
        "Том Петрович Хейлов вспоминает, что причал последний раз чинили «еще при царе Горохе»."
    ) == [("Том Петрович Хейлов", None)]
