"""The other languages' constructions the English rules do not read, stop 43
(branch s43-lang): each rule with a team sentence where it fires and one
where it must not. Every sentence here is written by the team."""

# ruff: noqa: RUF001, RUF003 (the Russian words are the subject here)

from __future__ import annotations

from tests.library.paragraphs import shown

_FR_HALE = (
    "Tom Hale, le capitaine du port, a fermé la digue et les quais de la ville. "
    "« Personne ne monte à bord des bateaux avant lundi », a déclaré Tom Hale."
)
_IT_HALE = (
    "«Nessuno sale a bordo delle barche fino a lunedì», ha detto il capitano del porto, "
    "Tom Hale, davanti alle transenne della città."
)
_PT_HALE = (
    "“Ninguém sobe nos barcos até segunda-feira”, disse o capitão do porto, Tom Hale, "
    "em frente aos portões do cais."
)
_PL_HALE = (
    "„Nikt nie wejdzie na pokład do poniedziałku” – powiedział kapitan portu Tom Hale, "
    "stojąc przy bramie w porcie."
)


def _speakers(*paragraphs: str) -> list[str | None]:
    return [name for name, _role in shown(*paragraphs)]


def test_a_french_name_before_its_verb_is_the_subject() -> None:
    # "Ben Ross regarde": the name before a French verb brings him in, so
    # "explique-t-il" is his, not the captain's quoted before.
    assert _speakers(
        _FR_HALE,
        "Sur la jetée, Ben Ross regarde les vagues et les débris de la rampe. "
        "« Le chantier attendra le printemps », explique-t-il.",
    ) == ["Tom Hale", "Ben Ross"]


def test_a_french_name_before_a_conjunction_is_no_subject() -> None:
    # "Ben Ross et les pêcheurs": "et" is no verb; the captain goes on.
    assert _speakers(
        _FR_HALE,
        "Ben Ross et les pêcheurs de la coopérative sont restés sur la jetée. "
        "« Le chantier attendra le printemps », explique-t-il.",
    ) == ["Tom Hale", "Tom Hale"]


def test_a_name_set_off_before_a_french_auxiliary() -> None:
    # "La directrice, Ada Lind, a prévu": the auxiliary after the set-off name.
    assert _speakers(
        _FR_HALE,
        "À l'école, la directrice, Ada Lind, a prévu des cours le mercredi pour les élèves "
        "de l'île. « Les élèves ne perdront pas une année », assure-t-elle.",
    ) == ["Tom Hale", "Ada Lind"]


def test_an_italian_name_before_its_verb_then_a_bare_verb() -> None:
    assert _speakers(
        _IT_HALE,
        "Sul pontile, Ada Lind guarda le barche e i resti della rampa. "
        "«Il cantiere aspetterà la primavera», spiega.",
    ) == ["Tom Hale", "Ada Lind"]
    # Must not: "di Ada Lind e quella": after a preposition, before "e".
    assert _speakers(
        _IT_HALE,
        "La barca di Ada Lind e quella della cooperativa sono rimaste nel porto. "
        "«Il cantiere aspetterà la primavera», spiega.",
    ) == ["Tom Hale", "Tom Hale"]


def test_a_portuguese_name_before_its_verb_then_disse_ele() -> None:
    assert _speakers(
        _PT_HALE,
        "O pescador Ben Ross conserta a rede no cais desde domingo, ao lado dos barcos "
        "da cooperativa e dos outros pescadores do porto. “A obra vai esperar a primavera”, "
        "disse ele.",
    ) == ["Tom Hale", "Ben Ross"]
    # Must not: "Ben Ross e os barcos": "e" is no verb.
    assert _speakers(
        _PT_HALE,
        "A rede do pescador Ben Ross e os barcos da cooperativa ficaram no cais desde "
        "domingo, ao lado dos outros pescadores do porto. “A obra vai esperar a primavera”, "
        "disse ele.",
    ) == ["Tom Hale", "Tom Hale"]


def test_a_polish_name_before_its_verb_then_a_bare_verb() -> None:
    assert _speakers(
        _PL_HALE,
        "Ben Ross ogląda łodzie w porcie i resztki pomostu. "
        "„Budowa poczeka do wiosny w tym roku” – mówi.",
    ) == ["Tom Hale", "Ben Ross"]
    # Must not: "Bena Rossa i sieci": no verb after the name.
    assert _speakers(
        _PL_HALE,
        "Łódź Bena Rossa i sieci spółdzielni zostały w porcie na zimę. "
        "„Budowa poczeka do wiosny w tym roku” – mówi.",
    ) == ["Tom Hale", "Tom Hale"]


def test_an_english_name_before_a_word_in_e_is_no_subject() -> None:
    # English text is never read for the other languages' verbs: "Ben Ross
    # alone" is no French verb, and the captain goes on.
    assert _speakers(
        "“The pier is shut until Monday,” said the harbour master, Tom Hale, at the gate.",
        "On the jetty stood the boats of the cooperative and of Ben Ross alone. "
        "“The work will wait for spring,” he said.",
    ) == ["Tom Hale", "Tom Hale"]


def test_an_office_after_the_verb_is_the_person_given_it_by_name() -> None:
    # "», estime le capitaine": the captain the paragraph named.
    assert shown(
        "Le capitaine du port de Brénac, Tom Hale, a fermé la digue et les quais, et les "
        "bateaux des pêcheurs sont restés au port. "
        "« Personne ne monte à bord avant lundi », estime le capitaine."
    ) == [("Tom Hale", "le capitaine")]
    assert shown(
        "A capitã do porto Ada Lind fechou o cais e os portões no domingo, e os barcos dos "
        "pescadores ficaram em terra com as redes. "
        "“Ninguém sobe nos barcos até segunda-feira”, disse a capitã."
    ) == [("Ada Lind", "a capitã")]
    assert shown(
        "Kapitan portu Tom Hale zamknął w niedzielę nabrzeże i bramę, a łodzie rybaków "
        "zostały w porcie z sieciami. "
        "„Nikt nie wejdzie na pokład do poniedziałku” – powiedział kapitan."
    ) == [("Tom Hale", "kapitan")]


def test_an_office_no_one_was_given_by_name_stays_the_office() -> None:
    # Must not: the office was never written before a name ("le capitaine"
    # only after "Tom Hale, pêcheur,"): the office as written.
    assert shown(
        "Tom Hale, pêcheur de la ville, a vu la digue et les quais, et les bateaux des "
        "pêcheurs sont restés au port. "
        "« Personne ne monte à bord avant lundi », estime le capitaine."
    ) == [(None, "le capitaine")]
    # Nor in English, where "a" opens no office of these languages.
    assert shown(
        "The harbour board met on Monday. A friend of Tom Hale was there.",
        "“Nobody boards until Monday,” said a friend.",
    ) == [(None, "a friend")]


def test_a_partial_after_a_verb_of_promising_or_describing() -> None:
    # "Il évoque un chantier « … »": the verb brings the partial in, as
    # "described" does in English; its pronoun is the mayor quoted before.
    assert _speakers(
        "Le maire de Brénac, Tom Hale, se veut rassurant devant les habitants et les élus "
        "du port. « La digue sera reconstruite avant l'été », estime le maire. "
        "Il évoque un chantier « d'au moins huit millions d'euros » et réclame une aide."
    ) == ["Tom Hale", "Tom Hale"]


def test_a_clause_joined_by_and_before_the_verb_is_cut_at_its_own_verb() -> None:
    # "Ada Lind esteve no local … e prometeu “…”": the subject of the clause
    # before "e" is the name before its verb ("esteve"), not the clause.
    assert shown(
        "O prefeito Tom Hale fechou o cais e os portões no domingo, e os barcos dos "
        "pescadores ficaram em terra com as redes. Ada Lind (PSD) esteve no local na "
        "segunda-feira e prometeu uma ponte provisória “em no máximo 30 dias”."
    ) == [("Ada Lind", None)]
    # Must not cut at a noun in "-e" after the article: "Le maire Tom Hale est
    # venu … et promet": the name after "Le maire", not "Le".
    assert shown(
        "Le maire de Brénac, Tom Hale, se veut rassurant devant les habitants et les élus "
        "du port. Le maire Tom Hale est venu lundi sur la digue et promet une passerelle "
        "« d'ici trente jours »."
    ) == [("Tom Hale", "Le maire")]


def test_a_polish_phrase_of_time_between_the_name_and_its_verb() -> None:
    # "Ben Ross od dziesięciu lat prowadzi": the verb past "od … lat".
    assert _speakers(
        _PL_HALE,
        "Ben Ross od dziesięciu lat prowadzi bar w porcie i zna wszystkich rybaków. "
        "„Budowa poczeka do wiosny w tym roku” – mówi.",
    ) == ["Tom Hale", "Ben Ross"]
    # Must not: "od Bena Rossa" … no verb within two words after the phrase.
    assert _speakers(
        _PL_HALE,
        "List od Bena Rossa z portu w Rewinie do spółdzielni leży na stole w biurze. "
        "„Budowa poczeka do wiosny w tym roku” – mówi.",
    ) == ["Tom Hale", "Tom Hale"]


def test_russian_in_her_words_names_her_by_the_pronoun() -> None:
    # "По ее словам," ("in her words"): the pronoun is the source, as
    # "Selon elle" is; she is the woman named before.
    assert _speakers(
        "Директор порта Ада Линд закрыла причал в воскресенье.",
        "По ее словам, ремонт займет «не меньше трех месяцев».",
    ) == ["Ада Линд"]
    # Must not: "По словам" with no pronoun and no name opens no source.
    assert (
        _speakers(
            "Директор порта Ада Линд закрыла причал в воскресенье.",
            "По старым словам, ремонт займет «не меньше трех месяцев».",
        )
        == []
    )


def test_a_polish_place_in_the_genitive_between_office_and_name() -> None:
    # "Kapitan Portu Rewin Tom Hale": the port's name in the genitive is no
    # part of his; the office after the verb is his too.
    assert shown(
        "Kapitan Portu Rewin Tom Hale zamknął w niedzielę nabrzeże i bramę, a łodzie "
        "rybaków zostały w porcie z sieciami. „Nikt nie wejdzie na pokład do "
        "poniedziałku” – powiedział kapitan. „Przyjdę z datami” – zapewnił Hale."
    ) == [("Tom Hale", "kapitan"), ("Tom Hale", "Kapitan")]
    # Must not: in English text a run after an office keeps all its words.
    assert _speakers(
        "Harbour Master Ada Mae Lind closed the pier on Sunday.",
        "“Nobody boards until Monday,” said Ada Mae Lind.",
    ) == ["Ada Mae Lind"]


def test_a_portuguese_verb_of_saying_brings_a_partial_in() -> None:
    # "informou, em nota, que “…”": the body that informed says the words.
    assert shown(
        "A Capitania dos Portos informou, em nota, que “o cais fica fechado até segunda-feira”."
    ) == [(None, "A Capitania dos Portos")]
    # Must not: the marks after a verb that says nothing ("pintou", painted)
    # are a name, no one's words.
    assert shown("A Capitania dos Portos pintou, em maio, o barco “Gaivota Azul”.") == []
