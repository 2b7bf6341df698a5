"""Readings that carry to a language nobody wrote rules for, stop 46 (branch s46-lang4).

Every stop the team wrote posts in languages it had not written, and each
first read was almost all wrong (stop 44: 82 of 84, stop 45: 75 of 79):
each language got its own verbs and tables, which do not carry to the next
language. This review tries constructions that do not depend on a
language's words, tuned on three languages and checked on three others.

Six posts written by the team as journalists of those presses write them
(invented people and places), in ``tests/fixtures/review_lang4_stop46``,
each with the language's own marks and dashes and its usual shapes: a
quotation, a comma, a verb, a name; a name, a verb, a colon, a quotation;
"Name Name: „…”"; a quotation then a dash and a name; "according to X";
a byline. The gold (words, kind, speaker; bylines) was written before the
first read.

- **Tune** languages (rules were written from these only): Romanian,
  Croatian, Catalan.
- **Check** languages (read by counts only while rules were written, to
  keep a rule only when they did not get worse): Finnish, Slovak,
  Indonesian.

First read, before any fix: tune 25 of 30 quotations misread, check 24 of
29; bylines right tune 0 of 3, check 1 of 3. After this branch's readings
(library/analyze/unruled.py, and the byline by its shape in
extract/text/head.py): tune 3 of 30, check 20 of 29; bylines tune 2 of 3,
check 3 of 3. Each left was a strict xfail with its reason
(evaluation/README.md, "Readings that carry to a language nobody wrote rules
for", stop 46). Stop 47 (s47-lang5) gave the six languages tables of their
own words (library/analyze/own_words.py): all 23 of those and the Catalan
byline are read, 0 of 59 misread. Every sentence here is written by the
team."""

# ruff: noqa: E501 (the marks are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process
from tests.library.paragraphs import Posts, given_to, review_case

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "review_lang4_stop46"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

TUNE = ("01-romanian", "02-croatian", "03-catalan")
CHECK = ("04-finnish", "05-slovak", "06-indonesian")

# Every misreading stop 46 left (its reasons in evaluation/README.md, "Readings
# that carry to a language nobody wrote rules for") is read since stop 47's
# tables of the six languages (library/analyze/own_words.py, s47-lang5).

_QUOTATIONS = [
    # 01 Romanian (tune): „ ”, a declarat / a spus: / potrivit lui / spune / a adăugat el / – Name.
    _case("01-romanian", "Nu putem risca", INL, "Mihai Dobrescu"),
    _case("01-romanian", "Am cerut bani", INL, "Gheorghe Stanciu"),
    _case("01-romanian", "cel puțin un an", PAR, "Mihai Dobrescu"),
    _case("01-romanian", "Fiecare minut contează", INL, "Radu Ionescu"),
    _case("01-romanian", "Noi am plătit taxe", INL, "Ion Marin"),
    _case("01-romanian", "Și acum nu avem", INL, "Ion Marin"),
    _case("01-romanian", "o prioritate", PAR, "Consiliul Județean"),
    _case("01-romanian", "Am mai auzit asta", INL, "Gheorghe Stanciu"),
    _case("01-romanian", "Vom organiza două curse", INL, "Gheorghe Stanciu"),
    _case("01-romanian", "Dacă vine iarna", INL, "Elena Vasilescu"),
    # 02 Croatian (tune): „ “, rekao je / dodao je / kaže: / prema riječima / Name Name: / – upozorava.
    _case("02-croatian", "Linija je prošle zime", INL, "Tomislav Jurić"),
    _case("02-croatian", "Ne možemo voziti", INL, "Tomislav Jurić"),
    _case("02-croatian", "Ovo je smrtna presuda", INL, "Ante Matić"),
    _case("02-croatian", "jednu brzobrodsku liniju", PAR, "Tomislav Jurić"),
    _case("02-croatian", "Mi ćemo se nekako", INL, "Josip Perić"),
    _case("02-croatian", "pažljivo razmotriti", PAR, "Ministarstvo mora"),
    _case("02-croatian", "Zvali smo sve", INL, "Ante Matić"),
    _case("02-croatian", "Nitko se ne javlja", INL, "Ante Matić"),
    _case("02-croatian", "Ako ode trajekt", INL, "Ana Šarić"),
    _case("02-croatian", "Bez broda nema", INL, "Marija Kovač"),
    # 03 Catalan (tune): « », ha explicat / ha respost: / diu / segons / afegeix / — Name.
    _case("03-catalan", "Amb quatre passatgers", INL, "Joan Ferrer"),
    _case("03-catalan", "Si ens treuen", INL, "Núria Camps"),
    _case("03-catalan", "La meva mare", INL, "Albert Serra"),
    _case("03-catalan", "Com anirà al metge", INL, "Albert Serra"),
    _case("03-catalan", "més eficient i més barat", PAR, "Joan Ferrer"),
    _case("03-catalan", "Ja ens van prometre", INL, "Núria Camps"),
    _case("03-catalan", "injusta i precipitada", PAR, "El Consell Comarcal"),
    _case("03-catalan", "Ens sentim abandonats", INL, "Miquel Font"),
    _case("03-catalan", "Haurem de llogar", INL, "Laia Roca"),
    _case("03-catalan", "Som pocs", INL, "Rosa Vila"),
    # 04 Finnish (check): ” ”, sanoo / X:n mukaan / hän kertoo / Name Name: / Salonen sanoi / – Name.
    _case("04-finnish", "Meillä ei ole varaa", INL, "Pekka Salonen"),
    _case("04-finnish", "koulun tiloissa", PAR, "Pekka Salonen"),
    _case("04-finnish", "Tänne tulevat vanhukset", INL, "Aino Lehtinen"),
    _case("04-finnish", "Ei koulu ole", INL, "Aino Lehtinen"),
    _case("04-finnish", "Kirjasto on ainoa paikka", INL, "Veikko Mäkinen"),
    _case("04-finnish", "velvollisuus järjestää", PAR, "Opetus- ja kulttuuriministeriö"),
    _case("04-finnish", "Viemme adressin", INL, "Sari Koskinen"),
    _case("04-finnish", "Päätös on lopullinen", INL, "Pekka Salonen"),
    _case("04-finnish", "Katsotaan", INL, "Aino Lehtinen"),
    _case("04-finnish", "Jos kirjasto lähtee", INL, "Veikko Mäkinen"),
    # 05 Slovak (check): „ “, uviedol / dodal / povedala: / pýta sa / podľa / Name Name: / – Name.
    _case("05-slovak", "Pošta mala v priemere", INL, "Martin Baláž"),
    _case("05-slovak", "Prevádzka sa nedala", INL, "Martin Baláž"),
    _case("05-slovak", "Dozvedeli sme sa", INL, "Jana Kollárová"),
    _case("05-slovak", "Dôchodok mi nosila", INL, "Anna Mikulová"),
    _case("05-slovak", "pojazdná pošta", PAR, "Martin Baláž"),
    _case("05-slovak", "Balíky pre zákazníkov", INL, "Tomáš Horák"),
    _case("05-slovak", "pozorne sleduje", PAR, "Ministerstvo dopravy"),
    _case("05-slovak", "Budeme bojovať", INL, "Jana Kollárová"),
    _case("05-slovak", "Podpisy už zbierame", INL, "Jana Kollárová"),
    _case("05-slovak", "Najprv zavreli školu", INL, "Anna Mikulová"),
    # 06 Indonesian (check): “ ”, kata / ujarnya / menurut / mengatakan: / tutur / – Name.
    _case("06-indonesian", "Jembatan itu satu-satunya", INL, "Budi Santoso"),
    _case("06-indonesian", "Kami sudah melapor", INL, "Budi Santoso"),
    _case("06-indonesian", "sekitar dua miliar", PAR, "Budi Santoso"),
    _case("06-indonesian", "Separuh murid saya", INL, "Siti Aminah"),
    _case("06-indonesian", "Kalau hujan", INL, "Agus Salim"),
    _case("06-indonesian", "secepatnya", PAR, "Dinas Pekerjaan Umum"),
    _case("06-indonesian", "Kami tidak bisa menunggu", INL, "Agus Salim"),
    _case("06-indonesian", "Anak-anak harus sekolah", INL, "Agus Salim"),
    _case("06-indonesian", "Saya takut anak saya", INL, "Dewi Lestari"),
]

_LISTED = {post: [p.values[1] for p in _QUOTATIONS if p.values[0] == post] for post in TUNE + CHECK}


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    assert _POSTS.misread(post, words, kind, speaker, _LISTED[post]) == []


@pytest.mark.parametrize("post", TUNE + CHECK)
def test_every_quotation_read_is_listed(post: str) -> None:
    assert _POSTS.unlisted(post, _LISTED[post]) == []


_BYLINES = [
    ("01-romanian", ("Ioana Marinescu",)),
    ("02-croatian", ("Ivana Babić",)),
    ("03-catalan", ("Marta Soler",)),
    ("04-finnish", ("Laura Nieminen",)),
    ("05-slovak", ("Zuzana Hudecová",)),
    ("06-indonesian", ("Rina Wulandari",)),
]


@pytest.mark.parametrize(("post", "authors"), _BYLINES)
def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
    assert _POSTS.authors(post) == authors


# Each construction (library/analyze/unruled.py), in sentences the team
# writes after an opening of no one's words, where it must fire and where
# it must not.

_RO = "Satul a rămas fără apă de trei zile, iar oamenii cară găleți de la fântâna din comuna vecină. Primăria spune că țeava spartă va fi reparată până la sfârșitul săptămânii, dar nimeni nu mai crede asta."
_HR = "Luka je zatvorena za ribare već tri tjedna, a nitko ne zna kada će se ponovno otvoriti. Ribari su u ponedjeljak prosvjedovali ispred zgrade općine, ali nitko nije izašao razgovarati s njima."
_CA = "El pont del poble està tancat des de fa tres setmanes i ningú no sap quan tornarà a obrir. Els veïns han de fer una volta de vint quilòmetres per anar a treballar cada dia."
_EN = "The harbour will close for two months, and the fishermen do not know where they will moor their boats when the winter comes. The council has not said what it will do about it."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A comma, words in lower case, a name and the clause's end.
        (
            (_RO, "„Nu avem bani”, a declarat Vasile Pop, primarul satului."),
            [("Nu avem bani", "Vasile Pop")],
        ),
        # A dash, a verb and a role in lower case, the name.
        (
            (_HR, "„Nemamo novca ni za gorivo“ – upozorava ribar Luka Babić."),
            [("Nemamo novca ni za gorivo", "Luka Babić")],
        ),
        # A surname alone: the name the text gave in full.
        (
            (
                _HR,
                "Načelnik općine Luka Babić stigao je u luku. „Nemamo novca ni za gorivo“, kaže Babić.",
            ),
            [("Nemamo novca ni za gorivo", "Luka Babić")],
        ),
        # A bare verb: the person the sentence before opens with, by surname.
        (
            (
                _HR,
                "„Nemamo novca ni za gorivo“, rekao je Luka Babić.",
                "Babić nije zadovoljan. „Nitko nas ne sluša“, dodao je.",
            ),
            [("Nemamo novca ni za gorivo", "Luka Babić"), ("Nitko nas ne sluša", "Luka Babić")],
        ),
        # The name set off by commas before the verb and the colon.
        (
            (_RO, "Primarul orașului, Vasile Pop, a spus: „Nu avem bani.”"),
            [("Nu avem bani.", "Vasile Pop")],
        ),
        # A quotation after the attribution sentence alone: the same person's.
        (
            (_CA, "«No tenim diners», diu Pere Roig, un veí del poble. «Ningú no ens escolta.»"),
            [("No tenim diners", "Pere Roig"), ("Ningú no ens escolta.", "Pere Roig")],
        ),
        # "According to X,": a capitalised word, perhaps one in lower case,
        # the surname of someone quoted (declined or not), a comma, marked words.
        (
            (
                _HR,
                "„Nemamo novca ni za gorivo“, rekao je Luka Babić.",
                "Prema riječima Babića, luka bi se mogla otvoriti „tek u proljeće“.",
            ),
            [
                ("Nemamo novca ni za gorivo", "Luka Babić"),
                ("luka bi se mogla otvoriti „tek u proljeće“", "Luka Babić"),
            ],
        ),
        # Must not: a place, no one quoted, before the comma.
        (
            (
                _HR,
                "„Nemamo novca ni za gorivo“, rekao je Luka Babić.",
                "Prema Splitu, luka bi se mogla otvoriti „tek u proljeće“.",
            ),
            [("Nemamo novca ni za gorivo", "Luka Babić")],
        ),
        # Must not: the name itself opening the sentence, a ship's name in marks.
        (
            (
                _HR,
                "„Nemamo novca ni za gorivo“, rekao je Luka Babić.",
                "Luka Babić, vlasnik broda „Galeb“, ostao je u luci.",
            ),
            [("Nemamo novca ni za gorivo", "Luka Babić")],
        ),
        # Must not: a place inside the words after the mark, words in lower
        # case after it, is no speaker.
        (
            (_RO, "„Nu avem bani”, a declarat ieri la Cluj prefectul."),
            [("Nu avem bani", None)],
        ),
        # Must not: another sentence between, naming someone else.
        (
            (
                _CA,
                "«No tenim diners», diu Pere Roig. La Núria Camps hi està d'acord. «Ningú no ens escolta.»",
            ),
            [("No tenim diners", "Pere Roig"), ("Ningú no ens escolta.", None)],
        ),
        # Must not: English text. Read so, "Boston" would be the speaker.
        (
            (_EN, "“We will fight,” said the mayor in Boston."),
            [("We will fight", "the mayor in Boston")],
        ),
        (
            ("“We will fight,” said the mayor in Boston.",),
            [("We will fight", "the mayor in Boston")],
        ),
    ],
)
def test_a_construction_of_no_language(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert given_to(*paragraphs) == expected


@pytest.mark.parametrize(
    ("byline", "body", "authors"),
    [
        ("Piše: Luka Babić", _HR, ("Luka Babić",)),
        ("de Vasile Pop", _RO, ("Vasile Pop",)),
        (
            "Oleh Budi Hartono",
            "Jalan desa itu rusak oleh banjir pada hari Senin dan belum diperbaiki sampai sekarang, kata warga.",
            ("Budi Hartono",),
        ),
        # Must not: a first word the text never writes in lower case is a name's.
        ("Ana Maria Pop", _RO, ("Ana Maria Pop",)),
        # Must not: English text ("Editor:" and "by" have their own readings there).
        ("Photos: Tom Hale", _EN + " The mayor was not at the meeting on the quay.", ()),
    ],
)
def test_a_byline_by_its_shape(
    tmp_path: Path, byline: str, body: str, authors: tuple[str, ...]
) -> None:
    post = tmp_path / "post.txt"
    post.write_text(f"Ziua în care s-a oprit apa\n\n{byline}\n\n{body}\n", encoding="utf-8")
    assert process(post).article.metadata.authors == authors
