"""German, Spanish and Russian press constructions, stop 42 (branch s42-lang2):
what the researcher saw wrong beside the names in the review posts
(tests/library/test_review_stop42.py), each on the team's own sentences,
with a case where the rule must not fire."""

# ruff: noqa: RUF001 (the marks and Cyrillic letters are the subject here)

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


def test_a_german_firm_in_marks_after_firma_is_no_quotation() -> None:
    assert shown("Die Firma „Nordlicht“ baut den neuen Steg am Hafen.") == []


def test_a_spanish_firm_in_marks_after_empresa_is_no_quotation() -> None:
    assert shown("La empresa «Navalsur» repara el muelle desde marzo.") == []


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
        "Пенсионер Том Хейл, который живет у причала, вспоминает старые времена.",
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
