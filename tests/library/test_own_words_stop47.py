"""Six languages read by their own words (stop 47, branch s47-lang5).

Each language's table (library/analyze/own_words.py) in sentences the
team writes, after an opening paragraph of the language (no one's words),
where a reading must fire and where it must not. The posts are in
test_review_lang4_stop46.py (whose strict xfails these tables read) and
test_review_lang5_stop47.py (new held-out posts)."""

# ruff: noqa: E501 (the team's sentences are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.own_words import declined, own_language
from quotemark.library.pipeline import process
from tests.library.paragraphs import given_to

_RO = "Satul a rămas fără apă de trei zile, iar oamenii cară găleți de la fântâna din comuna vecină. Primăria spune că țeava spartă va fi reparată până la sfârșitul săptămânii, dar nimeni nu mai crede că se va întâmpla și că oamenii vor avea apă în case."
_HR = "Luka je zatvorena za ribare već tri tjedna, a nitko ne zna kada će se ponovno otvoriti. Ribari su u ponedjeljak prosvjedovali ispred zgrade općine, ali nitko nije izašao razgovarati s njima, kao ni prošli put, što je samo pojačalo ljutnju."
_CA = "El pont del poble està tancat des de fa tres setmanes i ningú no sap quan tornarà a obrir. Els veïns han de fer una volta de vint quilòmetres per anar a treballar cada dia, i també els nens que van a l'escola, perquè aquest és l'únic pas sobre el riu."
_FI = "Kylän ainoa kauppa suljetaan kesäkuussa, eikä uutta yrittäjää ole löytynyt. Asukkaat ovat huolissaan, koska lähin kauppa on kolmenkymmenen kilometrin päässä, ja myös bussi kulkee vain kerran päivässä, kun koulut ovat auki."
_SK = "Cesta do obce je už tretí týždeň zatvorená a nikto nevie, kedy ju opravia. Ľudia, ktorí pracujú v meste, musia chodiť obchádzkou, ktorá je dlhá dvadsať kilometrov, a aj autobus jazdí len dvakrát denne, keď sú cesty suché."
_ID = "Jalan desa yang rusak akibat banjir belum diperbaiki sampai sekarang dan warga harus memutar sejauh sepuluh kilometer untuk ke pasar. Anak-anak yang bersekolah di kota juga terlambat setiap hari karena angkutan umum tidak bisa lewat dengan aman."
_EN = "The harbour will close for two months, and the fishermen do not know where they will moor their boats when the winter comes. The council has not said what it will do about it."


@pytest.mark.parametrize(
    ("opening", "lang"),
    [(_RO, "ro"), (_HR, "hr"), (_CA, "ca"), (_FI, "fi"), (_SK, "sk"), (_ID, "id")],
)
def test_each_language_is_told_by_its_own_small_words(opening: str, lang: str) -> None:
    assert own_language(opening) == lang


@pytest.mark.parametrize(
    "text",
    [
        # Must not: Swedish writes "sa" as Slovak does; it is counted Swedish.
        "Färjan till ön går inte i vinter, sa hon, och ingen vet när den kommer tillbaka. Det är inte första gången, sa han, och det blir inte den sista heller för oss som bor här.",
        # Must not: Spanish (Catalan is counted as Spanish by the older tell).
        "El puente del pueblo está cerrado desde hace tres semanas y nadie sabe cuándo volverá a abrir. Los vecinos tienen que dar una vuelta de veinte kilómetros para ir a trabajar cada día.",
        # Must not: Czech (Slovak and Croatian are counted as Czech).
        "Silnice do obce je už třetí týden zavřená a nikdo neví, kdy ji opraví. Lidé, kteří pracují ve městě, musí jezdit objížďkou, která je dlouhá dvacet kilometrů, a autobus jezdí jen dvakrát denně.",
    ],
)
def test_a_language_counted_otherwise_is_none_of_the_six(text: str) -> None:
    assert own_language(text) is None


@pytest.mark.parametrize(
    ("surname", "lang", "form"),
    [
        ("Salonen", "fi", "Salosen"),
        ("Laine", "fi", "Laineen"),
        ("Kallio", "fi", "Kallion"),
        ("Baláž", "sk", "Baláža"),
        ("Kollárová", "sk", "Kollárovej"),
        ("Novotný", "sk", "Novotného"),
        ("Hudec", "sk", "Hudca"),
        ("Jurić", "hr", "Jurića"),
        ("Babić", "hr", "Babiću"),
    ],
)
def test_a_surname_declined_after_according_to(surname: str, lang: str, form: str) -> None:
    assert form in declined(surname, lang)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Romanian: a role opening the sentence before a given name and a
        # surname; the bare verb and pronoun after the quotation.
        (
            (
                _RO,
                "Profesoara Ileana Marin predă în sat de treizeci de ani. „Copiii nu mai vin”, spune ea.",
            ),
            [("Copiii nu mai vin", "Ileana Marin")],
        ),
        # Romanian: a body's words after its verb and "că".
        (
            (_RO, "Primăria a transmis că lucrările sunt „aproape gata”."),
            [("lucrările sunt „aproape gata”", "Primăria")],
        ),
        # Romanian: "conform lui X," of someone quoted.
        (
            (
                _RO,
                "„Nu avem bani”, a declarat primarul Vasile Pop.",
                "Conform lui Pop, reparația va costa „cel puțin un milion”.",
            ),
            [
                ("Nu avem bani", "Vasile Pop"),
                ("reparația va costa „cel puțin un milion”", "Vasile Pop"),
            ],
        ),
        # Must not: a place after the verb and its preposition is no name.
        ((_RO, "„Nu avem bani”, a spus ieri în Cluj."), [("Nu avem bani", None)]),
        # Croatian: "prema" and the surname in the dative, no comma.
        (
            (
                _HR,
                "„Nemamo novca ni za gorivo“, rekao je Luka Babić.",
                "Prema Babiću luka bi se mogla otvoriti „tek u proljeće“.",
            ),
            [
                ("Nemamo novca ni za gorivo", "Luka Babić"),
                ("luka bi se mogla otvoriti „tek u proljeće“", "Luka Babić"),
            ],
        ),
        # Croatian: the subject ends at the clitic "je" before the verb.
        (
            (_HR, "Župan je u priopćenju naveo da je luka „sigurna“."),
            [("je luka „sigurna“", "Župan")],
        ),
        # Must not: "prema" and a noun in lower case.
        (
            (
                _HR,
                "„Nemamo novca ni za gorivo“, rekao je Luka Babić.",
                "Prema prognozi, luka bi se mogla otvoriti „tek u proljeće“.",
            ),
            [("Nemamo novca ni za gorivo", "Luka Babić")],
        ),
        # Catalan: the name set off by commas before the verb and "que".
        (
            (_CA, "L'alcalde, Pere Roig, ha dit que el pont és «perillós»."),
            [("que el pont és «perillós»", "Pere Roig")],
        ),
        # Catalan: the personal article "en" before the name is no place's.
        ((_CA, "«No tenim diners», diu en Pere Roig."), [("No tenim diners", "Pere Roig")]),
        # Must not: "segons" inside the sentence, a group in lower case.
        ((_CA, "El pont, segons els veïns, és «perillós»."), []),
        # Finnish: the surname before the verb, then its genitive before "mukaan".
        (
            (
                _FI,
                "Kunnanjohtaja Matti Virtanen ei ole tyytyväinen. ”Teemme kaikkemme”, Virtanen sanoi.",
                "Virtasen mukaan kauppa voisi jatkaa ”kesään asti”.",
            ),
            [
                ("Teemme kaikkemme", "Matti Virtanen"),
                ("kauppa voisi jatkaa ”kesään asti”", "Matti Virtanen"),
            ],
        ),
        # Finnish: a pronoun and the verb after two words in marks.
        (
            (
                _FI,
                "Kauppias Liisa Laine on pitänyt kauppaa kolmekymmentä vuotta. ”Olen väsynyt”, hän sanoo.",
            ),
            [("Olen väsynyt", "Liisa Laine")],
        ),
        # Must not: a place's genitive before "mukaan" (no one quoted).
        (
            (
                _FI,
                "”Teemme kaikkemme”, Virtanen sanoi.",
                "Helsingin mukaan kauppa voisi jatkaa ”kesään asti”.",
            ),
            [("Teemme kaikkemme", "Virtanen")],
        ),
        # Slovak: a woman's surname after "podľa" ("-ovej").
        (
            (
                _SK,
                "Starostka Jana Kollárová zvolala zhromaždenie. „Nevzdáme sa“, povedala.",
                "Podľa Kollárovej obec zaplatí „aspoň polovicu opravy“.",
            ),
            [
                ("Nevzdáme sa", "Jana Kollárová"),
                ("obec zaplatí „aspoň polovicu opravy“", "Jana Kollárová"),
            ],
        ),
        # Slovak: an organisation inside the role; the last two words the name.
        (
            (_SK, "„Oprava potrvá do leta“, povedal hovorca Slovenskej správy ciest Martin Baláž."),
            [("Oprava potrvá do leta", "Martin Baláž")],
        ),
        # Must not: a place after "v".
        (
            (_SK, "„Oprava potrvá do leta“, povedal v Dolnej Lúke."),
            [("Oprava potrvá do leta", None)],
        ),
        # Indonesian: a first name alone names the person again.
        (
            (
                _ID,
                "“Kami sudah lelah,” kata Agus Salim, warga desa.",
                "“Tidak ada yang datang,” kata Agus.",
            ),
            [("Kami sudah lelah", "Agus Salim"), ("Tidak ada yang datang", "Agus Salim")],
        ),
        # Indonesian: "menurut", a role and a name not quoted before.
        (
            (
                _ID,
                "Menurut Kepala Desa Sukamaju Budi Santoso, perbaikan butuh “sekitar satu miliar”.",
            ),
            [("perbaikan butuh “sekitar satu miliar”", "Budi Santoso")],
        ),
        # Indonesian: a body's words after its verb and "bahwa".
        (
            (_ID, "Dinas Pekerjaan Umum menyatakan bahwa jalan akan diperbaiki “tahun ini”."),
            [("jalan akan diperbaiki “tahun ini”", "Dinas Pekerjaan Umum")],
        ),
        # Must not: "menurut" and words in lower case.
        ((_ID, "Menurut data desa, perbaikan butuh “sekitar satu miliar”."), []),
        # Must not: English text is told none of the six.
        (
            (_EN, "“We will fight,” said the mayor in Boston."),
            [("We will fight", "the mayor in Boston")],
        ),
    ],
)
def test_a_language_read_by_its_own_words(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert given_to(*paragraphs) == expected


@pytest.mark.parametrize(
    ("byline", "body", "authors"),
    [
        # Catalan "Per", Indonesian "Oleh": a language's "by", a first name elsewhere.
        ("Per Pere Roig", _CA, ("Pere Roig",)),
        ("Oleh Budi Hartono", _ID, ("Budi Hartono",)),
        # Must not: "Per" in a text of no such language stays a name's.
        ("Per Anders Holm", _EN + " The mayor was not at the meeting on the quay.", ()),
    ],
)
def test_a_byline_in_the_language(
    tmp_path: Path, byline: str, body: str, authors: tuple[str, ...]
) -> None:
    post = tmp_path / "post.txt"
    post.write_text(f"Un titlu\n\n{byline}\n\n{body}\n", encoding="utf-8")
    assert process(post).article.metadata.authors == authors
