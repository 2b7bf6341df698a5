"""Do the language tables carry? New team posts in the issue's languages, stop 47 (branch s47-lang6).

Issue 16 asks for French, German, Spanish and Russian quotation marks with
their verbs of saying; Japanese, Italian, Portuguese and Dutch tables came
later. None had been measured on new text for several stops. Eight new
posts, one per language, written by the team as those presses write them
(invented people and places, a rural service closing in each), kept in
``tests/fixtures/review_lang_stop47``: inverted verbs ("a-t-elle ajouté",
"déclare-t-il"), "sagte Bahnsprecherin …", "explicó la consejera de
Sanidad, Marta Ibáñez", "— заявил глава …", 「…」と述べた, dash dialogue,
partial quotations in each language's marks, "according to" forms ("Selon
l'Agence …", "Laut dem …", "Según la Junta", "По словам …", "によると",
"Secondo l'azienda", "Segundo a autarquia"), a titled person named later by
the title alone ("advirtió el alcalde", "Депутат пообещал", 村上社長),
pronoun speakers, and a byline and dateline each. The gold (words, kind,
speaker; bylines) was written before the first read.

First read, before any fix (evaluation/README.md, "Do the language tables
carry", stop 47): 36 of 64 quotations misread (56 %), bylines 6 of 8. One
reading the gold did not list was right: the Spanish dash dialogue's second
part after "—dice Molina—." read as its own quotation, his; it is listed
here ("Si el médico no viene"), so the table has 65 rows. After this
branch: 19 of 65 misread, bylines 8 of 8; each quotation left is a strict
xfail with its reason. Since s48-lang7 "Pour le maire de …, X, …" and
"…によると、…「…」" are read (17 left). Every sentence here is written by the
team."""

# ruff: noqa: RUF001, E501 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.names import split_speaker
from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process
from tests.library.paragraphs import Posts, given_to, review_case, run

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "review_lang_stop47"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

# Why each misreading is left (evaluation/README.md, "Do the language
# tables carry", stop 47).
_FR_DASH = "French dash dialogue with a question inside and the inverted verb after it, no closing dash ('— Et si … ? Qui va m'aider ? demande-t-elle.'): the paragraph is not read as a quotation"
_FR_ELIDED = "'a promis d'« étudier … »': the marked words after the elided 'de' are the verb's infinitive object, a fragment; read as a whole quotation"
_FR_SYNONYM = "'a lancé l'élu': 'l'élu' (the elected one) stands for 'le maire' named before; no table ties the two words"
_LAUT = "'Laut dem Verkehrsministerium des Landes ist die Sperrung „…“': read since s48-lang7 (the German 'Laut' opening its sentence), its source cut before the genitive ('Verkehrsministerium': every German noun is capitalised, so the genitive's would read as a name); the gold keeps the genitive"
_DE_PRONOUN = "'Die Schülerin Lena Vogt, 17, fährt … „…“, erzählt sie.': the pronoun is not resolved to the name set between the article's noun and the age"
_RENTNER = "'meint Rentner Horst Kübler': 'Rentner' (a pensioner) is no German office by its head, so it is read as a first name"
_DE_ANKUENDIGEN = "'Der Landrat kündigte an, er werde „…“': a reported clause in the subjunctive after a separable verb of announcing is not read"
_CALIFICAR = "'calificó la medida de “abandono”': the Spanish 'calificar de' (to call) with its object is not a verb of calling in the tables"
_RU_GENITIVE = "'По словам главного врача больницы Ирины Смирновой': the name in the genitive, never written in the nominative in the post, is shown as written"
_RU_PRONOUN = "'Местная жительница Анна Белова ждёт … «…», — говорит она.': the pronoun goes to the last quotation's speaker (the doctor, in the genitive), not to the subject of the sentence before"
_RU_DASH = "a Russian dash-dialogue paragraph with two questions before the dash and the verb ('— А если …? Кто …? — спрашивает Белова.') is not read"
_RU_NAMED = "'Министерство … назвало закрытие «временной мерой»': a body's verb of calling with its object before the marks is not read"
_RU_OFFICE = "'Депутат пообещал «…»': the office alone opening the sentence, capitalised, is read as a surname; no Russian office table"
_JA_OBJECT = "'会社の対応を「説明不足」と批判した': marked words after an object's を are what it was called, a partial; read as a whole quotation, and the topic before the comma (中村浩二さんは、) is not reached"
_IT_SECONDO = "'Secondo l'azienda, …': a lower-case noun after the elided article is read as an office with no holder, and the company it stands for (Poste Italiane) is named before"
_PARLA_DI = "'Il parroco, don Luigi Sala, parla di una decisione «…»': 'parlare di' with a noun before the marks is not read"
_CONSIDERA = "'considera a decisão \"um erro histórico\"': the Portuguese 'considerar' (to deem) with its object is not a verb of calling in the tables"

_QUOTATIONS = [
    # 01: French: « », a expliqué la directrice …, a-t-elle ajouté, Pour …, déclare-t-il, Selon l'…, dash dialogue, the title later.
    _case("01-french", "Nous n'avons plus assez", INL, "Claire Mathieu"),
    _case("01-french", "La décision est prise", INL, "Claire Mathieu"),
    _case("01-french", "une faute grave", PAR, "Jean-Luc Perrot"),
    _case("01-french", "Une femme qui accouche", INL, "Jean-Luc Perrot"),
    _case("01-french", "temporaire", PAR, "l'Agence régionale de santé"),
    _case("01-french", "On nous a dit en mars", INL, "Sophie Lemaire"),
    _case("01-french", "Et si le bébé arrive", INL, "Amandine Roux", _FR_DASH),
    _case("01-french", "étudier chaque situation", PAR, "Hugo Ferrand", _FR_ELIDED),
    _case("01-french", "Nous ne lâcherons rien", INL, "Jean-Luc Perrot", _FR_SYNONYM),
    # 02: German: „ “ and » «, sagte Bahnsprecherin …, fügte sie hinzu, spricht von, the party in brackets, Laut, der Landrat.
    _case("02-german", "Wir haben keine andere Wahl", INL, "Miriam Albrecht"),
    _case("02-german", "Die Brücke muss komplett", INL, "Miriam Albrecht"),
    _case("02-german", "Schlag ins Gesicht", PAR, "Klaus Wendler"),
    _case("02-german", "Wer kein Auto hat", INL, "Klaus Wendler"),
    _case("02-german", "leider unvermeidbar", PAR, "Verkehrsministerium des Landes", _LAUT),
    _case("02-german", "Mit dem Ersatzbus", INL, "Lena Vogt", _DE_PRONOUN),
    _case("02-german", "Das ist doch kein Zustand", INL, "Horst Kübler", _RENTNER),
    _case("02-german", "noch diese Woche mit der Bahn reden", PAR, "Peter Imhof", _DE_ANKUENDIGEN),
    _case("02-german", "Wir lassen die Leute", INL, "Peter Imhof"),
    # 03: Spanish: “ ” and « », the office's portfolio before the name, dash dialogue, Según la Junta, the title later.
    _case("03-spanish", "No hay médicos", INL, "Marta Ibáñez"),
    _case("03-spanish", "Lo hemos intentado todo", INL, "Marta Ibáñez"),
    _case("03-spanish", "abandono", PAR, "Andrés Molina", _CALIFICAR),
    _case("03-spanish", "Aquí la gente mayor no conduce", INL, "Andrés Molina"),
    _case("03-spanish", "Si el médico no viene", INL, "Andrés Molina"),
    _case("03-spanish", "temporal", PAR, "la Junta"),
    _case("03-spanish", "Llevo cuarenta años", INL, "Rosario Gil"),
    _case("03-spanish", "los vecinos están asustados", PAR, "Pilar Cano"),
    _case("03-spanish", "Y quién nos va a atender", INL, "una vecina"),
    _case("03-spanish", "Volveremos a protestar", INL, "Andrés Molina"),
    # 04: Russian: « » — заявил …, По словам …, — говорит она, dash dialogue, назвало, the title later.
    _case("04-russian", "Мы не можем содержать", INL, "Сергей Ковалёв"),
    _case("04-russian", "Решение окончательное", INL, "Сергей Ковалёв"),
    _case("04-russian", "работало на пределе", PAR, "Ирина Смирнова", _RU_GENITIVE),
    _case("04-russian", "До областного центра", INL, "Анна Белова", _RU_PRONOUN),
    _case("04-russian", "А если роды начнутся", INL, "Анна Белова", _RU_DASH),
    _case("04-russian", "временной мерой", PAR, "Министерство здравоохранения области", _RU_NAMED),
    _case("04-russian", "добиться пересмотра решения", PAR, "Олег Зуев", _RU_OFFICE),
    _case("04-russian", "Мы соберём подписи", INL, "Олег Зуев"),
    # 05: Japanese: 「」と述べた, の before the name and 社長, the surname and office later, と反発している, によると, を「…」と批判した.
    _case("05-japanese", "利用者が一日二十人を切り", INL, "村上誠"),
    _case("05-japanese", "苦渋の決断だ", INL, "村上誠"),
    _case("05-japanese", "町民の足を奪うものだ", INL, "山本健一"),
    _case("05-japanese", "来年春までに", PAR, "県の担当者"),
    _case("05-japanese", "駅がなくなれば", INL, "佐藤美和子"),
    _case("05-japanese", "バスだと通学に", INL, "田中翔太"),
    _case("05-japanese", "説明不足", PAR, "中村浩二", _JA_OBJECT),
    _case("05-japanese", "署名を集めて", INL, "中村浩二"),
    # 06: Italian: « », ha dichiarato il sindaco …, Secondo l'azienda, chiede, parla di, the prefect later.
    _case("06-italian", "Un paese senza ufficio postale", INL, "Roberto Bianchi"),
    _case("06-italian", "Faremo ricorso al Tar", INL, "Roberto Bianchi"),
    _case("06-italian", "calo costante delle operazioni", PAR, "Poste Italiane", _IT_SECONDO),
    _case("06-italian", "Io non ho la macchina", INL, "Maria Conti"),
    _case("06-italian", "presa senza ascoltare nessuno", PAR, "Luigi Sala", _PARLA_DI),
    _case("06-italian", "Abbiamo raccolto trecento firme", INL, "Franca Gatti"),
    _case("06-italian", "esaminata con attenzione", PAR, "Alessandro Neri"),
    # 07: Portuguese: " ", o secretário de Estado da Educação, …, considera, the dash, Segundo a autarquia.
    _case("07-portuguese", "Não é possível manter", INL, "Rui Almeida"),
    _case("07-portuguese", "As crianças terão transporte", INL, "Rui Almeida"),
    _case("07-portuguese", "um erro histórico", PAR, "Manuel Sousa", _CONSIDERA),
    _case("07-portuguese", "Sem escola, as famílias", INL, "Manuel Sousa"),
    _case("07-portuguese", "cerca de quarenta minutos", PAR, "a autarquia"),
    _case("07-portuguese", "Aqui conheço cada criança", INL, "Ana Ribeiro"),
    _case("07-portuguese", "O meu filho enjoa", INL, "Joana Pires"),
    # 08: Dutch: ' ', zegt woordvoerder … van de bank, noemt … "…", (84), de wethouder later, laat weten dat.
    _case("08-dutch", "We zien dat klanten", INL, "Sanne Bakker"),
    _case("08-dutch", "Een kantoor met tien bezoekers", INL, "Sanne Bakker"),
    _case("08-dutch", "een klap voor de ouderen", PAR, "Henk Mulder"),
    _case("08-dutch", "Ik heb geen computer", INL, "Gerda Jansen"),
    _case("08-dutch", "Wat moet ik nu?", INL, "Gerda Jansen"),
    _case("08-dutch", "We gaan kijken", INL, "Henk Mulder"),
    _case("08-dutch", "servicepunt", PAR, "Sanne Bakker"),
]

_NAMES = (
    "01-french",
    "02-german",
    "03-spanish",
    "04-russian",
    "05-japanese",
    "06-italian",
    "07-portuguese",
    "08-dutch",
)
_LISTED = {post: [p.values[1] for p in _QUOTATIONS if p.values[0] == post] for post in _NAMES}


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    # The quotation that is the words alone (or the one holding them) has
    # that kind and speaker, and holds no other listed quotation's words.
    assert _POSTS.misread(post, words, kind, speaker, _LISTED[post]) == []


@pytest.mark.parametrize("post", _NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    assert _POSTS.unlisted(post, _LISTED[post]) == []


_BYLINES = [
    ("01-french", ("Élise Garnier",)),
    ("02-german", ("Jonas Berger",)),
    ("03-spanish", ("Lucía Herrero",)),
    ("04-russian", ("Дмитрий Лебедев",)),
    ("05-japanese", ("鈴木花子",)),
    ("06-italian", ("Giulia Ferraro",)),
    ("07-portuguese", ("Inês Carvalho",)),
    ("08-dutch", ("Pieter de Vries",)),
]


@pytest.mark.parametrize(("post", "authors"), _BYLINES)
def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
    assert _POSTS.authors(post) == authors


# Each construction fixed (stop 47), where it must fire and where it must not.


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        # A Romance office's portfolio after "de" is no name; the name set off after it is.
        ("la consejera de Sanidad, Marta Ibáñez", "Marta Ibáñez", "la consejera de Sanidad"),
        (
            "o secretário de Estado da Educação, Rui Almeida",
            "Rui Almeida",
            "o secretário de Estado da Educação",
        ),
        ("le ministre de la Santé, Hugo Ferrand", "Hugo Ferrand", "le ministre de la Santé"),
        # Must not: a name's own particle; the English office as before.
        ("Juan de la Cruz, concejal de Transportes", "Juan de la Cruz", "concejal de Transportes"),
        ("the head of Transport, Ada Lind", "Ada Lind", "the head of Transport"),
        # A Romance article before a capitalised run: a body, as "the Fed".
        ("la Junta", None, "la Junta"),
        ("el Gobierno", None, "el Gobierno"),
        # Must not: the article before the office, then the name; the English
        # "As"; the article before a title and a surname.
        ("la alcaldesa Carmen López", "Carmen López", "la alcaldesa"),
        ("As Andrew J. Tabler", "Andrew J. Tabler", "As"),
        ("le Dr Lefèvre", "Lefèvre", "le Dr"),
        ("el Sr. Hale", "Hale", "el Sr."),
        # The Dutch "van de" and a lower-case word: where one works.
        ("woordvoerder Sanne Bakker van de bank", "Sanne Bakker", "woordvoerder, van de bank"),
        # Must not: a Dutch name's own "van de".
        ("woordvoerder Pieter van de Vries", "Pieter van de Vries", "woordvoerder"),
        # One word in brackets after the name: a German party or none.
        ("Bürgermeister Klaus Wendler (parteilos)", "Klaus Wendler", "Bürgermeister"),
        ("Ada Lind (SPD)", "Ada Lind", None),
        # Must not: a role in brackets stays the role.
        ("Ada Lind (the harbour master)", "Ada Lind", "the harbour master"),
        # A description without the place a Romance preposition adds.
        ("una vecina desde la puerta", None, "una vecina"),
        ("l'élu devant une centaine d'habitants", None, "l'élu"),
        # Must not: an English description's "for" and "at" phrases stay.
        ("a spokesman for the port", None, "a spokesman for the port"),
        ("the mayor at the meeting", None, "the mayor at the meeting"),
        # A Japanese company's president after の with a full name between.
        ("記者会見した北辺鉄道の村上誠社長", "村上誠", "社長"),
        # Must not: a company's president with no name.
        ("北辺鉄道の社長", None, "北辺鉄道の社長"),
        ("トヨタ社長", None, "トヨタ社長"),
    ],
)
def test_a_name_and_its_office(phrase: str, name: str | None, role: str | None) -> None:
    split = split_speaker(phrase)
    assert (split.name, split.role) == (name, role)


_ES = (
    "El puerto de la villa cerrará dos meses y los pescadores no saben dónde dejarán las "
    "barcas cuando llegue el invierno, y nadie les ha preguntado nada."
)
_FR = (
    "Le port de la ville fermera pendant deux mois et les pêcheurs ne savent pas où ils "
    "amarreront leurs bateaux quand l'hiver viendra."
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The Romance "according to" with an article: a body or a description.
        (
            (_ES, "Según la Junta, el recorte será “temporal”."),
            [("el recorte será “temporal”", "la Junta")],
        ),
        (
            (_FR, "Selon l'Agence régionale de santé, la mesure n'est que « temporaire »."),
            [("la mesure n'est que « temporaire »", "l'Agence régionale de santé")],
        ),
        # Must not: the French "Pour" with an article is "for".
        ((_FR, "Pour la plupart des habitants, la fermeture est « une catastrophe »."), []),
        # The portfolio after the office is no name, for the readings of no language's words either.
        (
            (_ES, "“No hay médicos en el pueblo”, explicó la consejera de Sanidad, Marta Ibáñez."),
            [("No hay médicos en el pueblo", "Marta Ibáñez")],
        ),
        # Must not: the name after the office with no portfolio, as before.
        (
            (_ES, "“No hay médicos en el pueblo”, explicó la consejera Marta Ibáñez."),
            [("No hay médicos en el pueblo", "Marta Ibáñez")],
        ),
        # The Spanish office alone later: the person the text gave it by name.
        (
            (
                _ES + " El alcalde de Villarejo, Andrés Molina, visitó el muelle con los vecinos.",
                "“Volveremos a protestar el lunes”, advirtió el alcalde.",
            ),
            [("Volveremos a protestar el lunes", "Andrés Molina")],
        ),
        # Must not: an office the text gave no one.
        (
            (_ES, "“Volveremos a protestar el lunes”, advirtió el alcalde."),
            [("Volveremos a protestar el lunes", "el alcalde")],
        ),
        # The Japanese verbs of objecting and voicing.
        (
            ("町の山本健一町長は「町民の足を奪うものだ」と反発している。",),
            [("町民の足を奪うものだ", "山本健一")],
        ),
        (
            ("高校2年の田中翔太さん（17）は「バスだと通学に一時間以上かかる」と不安を口にした。",),
            [("バスだと通学に一時間以上かかる", "田中翔太")],
        ),
        # Must not: the noun 批判 ("criticism") is no verb of saying.
        (("町の山本健一町長は「町民の足」という言葉を批判の的にした。",), []),
    ],
)
def test_a_construction_fixed(paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert given_to(*paragraphs) == expected


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Door Pieter de Vries", ("Pieter de Vries",)),
        ("Door Anne van der Berg en Pieter de Vries", ("Anne van der Berg", "Pieter de Vries")),
        ("鈴木花子記者", ("鈴木花子",)),
        # Must not: a particle opening or ending the line's name, a place.
        ("Door de regen gesloten", ()),
        ("Door Utrecht en Den Bosch", ()),
    ],
)
def test_a_byline_under_the_headline(tmp_path: Path, byline: str, authors: tuple[str, ...]) -> None:
    post = tmp_path / "post.txt"
    body = (
        "Het laatste bankkantoor van het dorp gaat op 1 maart dicht, heeft de bank donderdag "
        "bekendgemaakt, en veel inwoners moeten straks twintig kilometer reizen."
    )
    if byline.startswith("鈴木"):
        body = "北辺鉄道は5日、北辺線の山里―川口間を来年3月末で廃止すると発表した。沿線の住民には不安が広がっている。"
    post.write_text(f"Laatste bank sluit\n\n{byline}\n\n{body}\n", encoding="utf-8")
    assert process(post).article.metadata.authors == authors


def test_english_keeps_its_reading() -> None:
    # Guard: English text with "as", "de" and brackets reads as before.
    english = (
        "The harbour will close for two months, and the fishermen do not know where they will "
        "moor their boats. As Andrew Tabler, the harbour master, put it: “We have no money.” "
        "“We will fight,” said Anne de Vries (pictured), a council member."
    )
    assert [who for _w, who in given_to(english)] == ["Andrew Tabler", "Anne de Vries"]
    assert run(english).quotes[0].kind is INL
