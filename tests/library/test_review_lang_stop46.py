"""Do the language fixes carry? Five new team posts in stop 45's languages, stop 46 (branch s46-lang3).

Stop 45's five languages (Greek, Ukrainian, Korean, Danish, Hungarian) were
read 75 of 79 wrong at first read, and s45-lang, s45-lang2 and
s45-final-lang fixed most. Whether those fixes carry to new text was not
measured: five new posts, written by the team as journalists of those
presses write them (invented people and places, a new story each, other
verbs of saying and other constructions), kept in
``tests/fixtures/review_lang_stop46``: a Greek island left without its ferry
(« », "ανέφερε ο λιμενάρχης …", "εξηγεί η ίδια", "υπογράμμισε ο κ.
Βρεττός", a colon before the marks, "μίλησε για «…»", a quotation split by
its verb, the byline "Του Δημήτρη Καραγιάννη" in a man's genitive); a
Ukrainian village school merged ("– зазначив директор школи …", "Вона
каже: «…»", "Депутатка обласної ради Людмила Гнатюк", "– сказала вона
журналістам", "Автор: …"); a Korean bus line cut (”라며, ”이라고 after a
sentence whose copula is dropped, “…”며 “…”이라고, 할머니, "군의회 배경수 의원",
the byline "글·사진 송하은 기자"); a Danish island's bridge closed ("forklarer
afdelingschef … fra Vejdirektoratet", "Viceborgmester", "lyder det fra",
"Af Rasmus Bech og Ida Friis"); and a Hungarian village's post office closed
("– jelentette ki.", "– fűzte hozzá", "– jegyezte meg.", "X polgármester
szerint a döntés „…”", "Szerző: …"). The gold (words, kind, speaker;
bylines) was written before the first read.

First read, before any fix (evaluation/README.md, "Do stop 45's language
fixes carry", stop 46): 33 of 65 quotations misread (51 %, against 95 % at
stop 45's first read), bylines 1 of 5. After this branch: 4 of 65, bylines
5 of 5; each quotation left is a strict xfail with its reason. Every
sentence here is written by the team."""

# ruff: noqa: RUF001, RUF002, RUF003, E501 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.names import split_speaker
from quotemark.library.analyze.press_languages import counted_language
from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process
from tests.library.paragraphs import Posts, given_to, review_case, run

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "review_lang_stop46"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

# Why each misreading is left (evaluation/README.md, "Do stop 45's language
# fixes carry", stop 46).
_NO_SAYING = "a partial quotation after a verb of no saying ('Η εταιρεία … αποδίδει τη διακοπή στο «…»': attributes it to): not read, as stop 45's 'έκανε λόγο για «…»' and '„…” figyelmeztetett'"
_THAT = "a partial quotation inside a 'that' clause after a body's verb ('запевнило, що всі вчителі отримають «…»', 'skriver …, at den vil sætte »…« ind'): not read, as stop 45's 'повідомило, що розглядає «…»'; the English rule for 'said that … \"…\"' is not asked in these languages"
_KO_AND = "'군청 교통과 관계자는': 과 ends 교통과 (the traffic division) as the particle 과 ('and') ends a word; the subject's noun phrase stops before it and only 관계자 (the official) is kept"

_QUOTATIONS = [
    # 01: Greek: « », ανέφερε / συμπλήρωσε / εξηγεί η ίδια / ο κ. / αναρωτιέται: / μίλησε για, a quotation split by its verb.
    _case("01-greek", "Το νησί μένει", INL, "Κώστας Ραφαηλίδης"),
    _case("01-greek", "Κάθε χειμώνα λέμε", INL, "Κώστας Ραφαηλίδης"),
    _case("01-greek", "Το αλεύρι έρχεται", INL, "Ευαγγελία Σταυροπούλου"),
    _case("01-greek", "Ποιος θα πάει", INL, "Ευαγγελία Σταυροπούλου"),
    _case("01-greek", "εγκατάλειψη ενός ολόκληρου νησιού", PAR, "Μανώλης Βρεττός"),
    _case("01-greek", "Ζητάμε μόνο", INL, "Μανώλης Βρεττός"),
    _case("01-greek", "υψηλό κόστος των καυσίμων", PAR, "Η εταιρεία", _NO_SAYING),
    _case("01-greek", "Το ελικόπτερο", INL, "Αθηνά Λαμπράκη"),
    _case("01-greek", "Τον Ιανουάριο αυτό", INL, "Αθηνά Λαμπράκη"),
    _case("01-greek", "Δεν είναι πολυτέλεια", INL, "Παύλος Ζερβός"),
    _case("01-greek", "εξετάζεται η προκήρυξη", PAR, "Το υπουργείο Ναυτιλίας"),
    _case("01-greek", "Εμείς έχουμε βάρκα", INL, "Ένας νεαρός ψαράς"),
    _case("01-greek", "Μέχρι τα Χριστούγεννα", INL, "Κώστας Ραφαηλίδης"),
    _case("01-greek", "αλλά δεν μπορώ", INL, "Κώστας Ραφαηλίδης"),
    # 02: Ukrainian: « » then "– зазначив …", каже: «…», an office and its genitive before the name, "сказала вона журналістам".
    _case("02-ukrainian", "Ми роками просили", INL, "Василь Гуменюк"),
    _case("02-ukrainian", "Я не знаю", INL, "Василь Гуменюк"),
    _case("02-ukrainian", "Дорога до райцентру", INL, "Оксана Дячук"),
    _case("02-ukrainian", "Сорок сім дітей", INL, "Петро Сидоренко"),
    _case("02-ukrainian", "новий і теплий", PAR, "Петро Сидоренко"),
    _case("02-ukrainian", "Тут кожна дитина", INL, "Галина Олійник"),
    _case("02-ukrainian", "Мені шістдесят два", INL, "Галина Олійник"),
    _case(
        "02-ukrainian", "рівноцінні посади", PAR, "Управління освіти районної адміністрації", _THAT
    ),
    _case("02-ukrainian", "Там у мене немає", INL, "Дванадцятирічний Тарас"),
    _case("02-ukrainian", "поспішним", PAR, "Людмила Гнатюк"),
    _case("02-ukrainian", "Спочатку будують", INL, "Людмила Гнатюк"),
    _case("02-ukrainian", "Якщо треба", INL, "Оксана Дячук"),
    # 03: Korean: ”고 / ”라며 / ”이라고 with the copula dropped, ”며 “…”, 할머니, 군의회 배경수 의원.
    _case("03-korean", "하루 승객이", INL, "윤재민"),
    _case("03-korean", "군 지원금이", INL, "윤재민"),
    _case("03-korean", "버스가 없으면", INL, "강순례"),
    _case("03-korean", "그 돈이면", INL, "강순례"),
    _case("03-korean", "주민을 버린 행정", PAR, "오상철"),
    _case("03-korean", "면사무소 앞에서", INL, "오상철"),
    _case("03-korean", "대체 교통수단을", INL, "군청 교통과 관계자", _KO_AND),
    _case("03-korean", "전화로 택시를", INL, "임다솜"),
    _case("03-korean", "결국 아무도", INL, "임다솜"),
    _case("03-korean", "자식들은 모두", INL, "서만식"),
    _case("03-korean", "군수가 직접", INL, "서만식"),
    _case("03-korean", "적자 노선을", INL, "배경수"),
    _case("03-korean", "다른 군에서는", INL, "배경수"),
    _case("03-korean", "50년을 이 버스로", INL, "한 할아버지"),
    _case("03-korean", "군이 지원만", INL, "윤재민"),
    # 04: Danish: » « with the comma inside, forklarer / spørger / lyder det fra, compound offices, the dash of speech.
    _case("04-danish", "Vi kan ikke tage", INL, "Søren Dahl"),
    _case("04-danish", "Vi ville hellere", INL, "Søren Dahl"),
    _case("04-danish", "Varerne kommer", INL, "Karen Holt"),
    _case("04-danish", "et mareridt for en lille butik", PAR, "Karen Holt"),
    _case("04-danish", "Vi har skrevet", INL, "Niels Brandt"),
    _case("04-danish", "Ingen lyttede", INL, "Niels Brandt"),
    _case("04-danish", "ekstra afgange", PAR, "Kommunen", _THAT),
    _case("04-danish", "Det er ikke en løsning", INL, "Anne Kirkegaard"),
    _case("04-danish", "Jeg skal stå op", INL, "Thomas Winther"),
    _case("04-danish", "Og hvis den bliver", INL, "Thomas Winther"),
    _case("04-danish", "Hvad nu hvis", INL, "En ung mor"),
    _case("04-danish", "Broen er åben igen", INL, "Søren Dahl"),
    # 05: Hungarian: the dash of dialogue, „ ”, jelentette ki / fűzte hozzá / jegyezte meg, "X polgármester szerint".
    _case("05-hungarian", "A hivatal forgalma", INL, "Fekete Gábor"),
    _case("05-hungarian", "Mobilpostát viszont", INL, "Fekete Gábor"),
    _case("05-hungarian", "Hét kilométer", INL, "Molnár Erzsébet"),
    _case("05-hungarian", "Majd a szomszéd", INL, "Molnár Erzsébet"),
    _case("05-hungarian", "újabb szög a falu koporsójában", PAR, "Szűcs Attila"),
    _case("05-hungarian", "Előbb az iskola", INL, "Szűcs Attila"),
    _case("05-hungarian", "megvizsgálják", PAR, "A posta"),
    _case("05-hungarian", "Itt mindenkit ismerek", INL, "Papp Zoltánné"),
    _case("05-hungarian", "Kétszáz aláírásunk", INL, "Lakatos Bence"),
    _case("05-hungarian", "Úgysem kérdeznek", INL, "Egy idős férfi"),
    _case("05-hungarian", "Nem zárjuk ki", INL, "Fekete Gábor"),
    _case("05-hungarian", "Ezt mondták", INL, "Szűcs Attila"),
]


_LISTED = {
    post: [p.values[1] for p in _QUOTATIONS if p.values[0] == post]
    for post in ("01-greek", "02-ukrainian", "03-korean", "04-danish", "05-hungarian")
}


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    # The quotation that is the words alone (or the one holding them) has
    # that kind and speaker, and holds no other listed quotation's words.
    assert _POSTS.misread(post, words, kind, speaker, _LISTED[post]) == []


@pytest.mark.parametrize("post", sorted(_LISTED))
def test_every_quotation_read_is_listed(post: str) -> None:
    # No false quotation: the Korean term in marks (‘수요응답형 택시’) none.
    assert _POSTS.unlisted(post, _LISTED[post]) == []


_BYLINES = [
    ("01-greek", ("Δημήτρης Καραγιάννης",)),
    ("02-ukrainian", ("Наталія Романюк",)),
    ("03-korean", ("송하은",)),
    ("04-danish", ("Rasmus Bech", "Ida Friis")),
    ("05-hungarian", ("Balogh Réka",)),
]


@pytest.mark.parametrize(("post", "authors"), _BYLINES)
def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
    assert _POSTS.authors(post) == authors


@pytest.mark.parametrize(
    ("post", "language"), [("01-greek", "el"), ("04-danish", "da"), ("05-hungarian", "hu")]
)
def test_each_post_is_told_its_language(post: str, language: str) -> None:
    assert counted_language((_FOLDER / f"{post}.txt").read_text(encoding="utf-8")) == language


# Each construction fixed (stop 46), in sentences the team writes after an
# opening of no one's words, where it must fire and where it must not.

_EL = (
    "Το λιμάνι της πόλης θα κλείσει για δύο μήνες και οι ψαράδες δεν ξέρουν πού θα δένουν τις βάρκες τους. "
    "Η απόφαση πάρθηκε χωρίς συζήτηση με τους κατοίκους και το δημοτικό συμβούλιο δεν έχει ακόμη ενημερωθεί για τις εργασίες."
)
_DA = (
    "Havnen lukker i to måneder, og fiskerne ved ikke, hvor de skal lægge bådene, når vinteren kommer. "
    "Det er ikke første gang, at byen mister noget, den ikke kan undvære, og der er ingen, der har spurgt dem."
)
_HU = (
    "A kikötő két hónapra bezár, és a halászok nem tudják, hogy hol kötnek ki a hajóikkal, amikor jön a tél. "
    "A városban már nem ez az első veszteség, mert tavaly a posta is bezárt, és a lakók csak az újságból értesültek róla."
)
_UK = (
    "Порт закриють на два місяці, і рибалки не знають, де ставитимуть човни, коли прийде зима. "
    "Це вже не перша втрата для міста, і ніхто не питав людей, що вони про це думають."
)
_ENGLISH = (
    "The harbour will close for two months, and the fishermen do not know where they will moor "
    "their boats when the winter comes. The council has not said what it will do about it."
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The Hungarian verb's particle after it: the verb's speaker.
        (
            (
                _HU,
                "Tóth Ádám kikötőmester elmondta, mi lesz. – Nem tudjuk, mi lesz a halászokkal – jelentette ki.",
            ),
            [("Nem tudjuk, mi lesz a halászokkal", "Tóth Ádám")],
        ),
        ((_HU, "„Nem zárhat be” – fűzte hozzá Kiss Béla."), [("Nem zárhat be", "Kiss Béla")]),
        # Must not: the French article after the verb stays the office's ("le maire").
        (
            (
                "« Nous rouvrirons le quai en mars », a déclaré le maire Paul Girard, qui a visité le port lundi avec les pêcheurs de la ville.",
            ),
            [("Nous rouvrirons le quai en mars", "Paul Girard")],
        ),
        # The Greek "κ." is no sentence's end.
        ((_EL, "«Δεν έχουμε λεφτά», είπε ο κ. Ζαχαρίου."), [("Δεν έχουμε λεφτά", "Ζαχαρίου")]),
        # Must not: an English initial stays an initial.
        (
            (_ENGLISH, "“We have no money,” said K. Lind, the harbour master."),
            [("We have no money", "K. Lind")],
        ),
        # The name set off after a description opening the sentence before a bare verb.
        (
            (
                _EL,
                "Η πρόεδρος του συλλόγου, Ελένη Μάρκου, μιλά με τους ψαράδες. «Δεν έχουμε λεφτά», είπε.",
            ),
            [("Δεν έχουμε λεφτά", "Ελένη Μάρκου")],
        ),
        # The Greek office after its article, a phrase in lower case after it.
        (
            (
                _EL,
                "Ο λιμενάρχης Πέτρος Νικολάου μιλά με τους ψαράδες. «Δεν έχουμε λεφτά», είπε ο λιμενάρχης στο τέλος της συνάντησης.",
            ),
            [("Δεν έχουμε λεφτά", "Πέτρος Νικολάου")],
        ),
        # The neuter article opens a body; the masculine one a person.
        (
            (_EL, "Το λιμεναρχείο Πειραιά ανέφερε ότι «εξετάζει λύσεις»."),
            [("ότι «εξετάζει λύσεις»", "Το λιμεναρχείο Πειραιά")],
        ),
        (
            (_EL, "Ο Γιώργος Παππάς ανέφερε ότι «εξετάζει λύσεις»."),
            [("ότι «εξετάζει λύσεις»", "Γιώργος Παππάς")],
        ),
        # A description's noun after an adjective ending as a person's noun does.
        (
            (_EL, "Ένας νεαρός ψαράς που δένει τη βάρκα του χαμογελά. «Δεν έχουμε λεφτά», λέει."),
            [("Δεν έχουμε λεφτά", "Ένας νεαρός ψαράς")],
        ),
        # The Greek "μίλησε για" brings a person's partial in.
        (
            (_EL, "Ο δήμαρχος Πέτρος Νικολάου μίλησε για «καταστροφή»."),
            [("για «καταστροφή»", "Πέτρος Νικολάου")],
        ),
        # Danish: a mother described; a compound office; a body's compound before the name.
        (
            (_DA, "En ung mor med en barnevogn kigger på havnen. »Hvad gør vi nu?« siger hun."),
            [("Hvad gør vi nu?", "En ung mor")],
        ),
        (
            (_DA, "Skolelærer Ole Lund kigger på havnen. »Hvad gør vi nu?« spørger han."),
            [("Hvad gør vi nu?", "Ole Lund")],
        ),
        (
            (_DA, "»Vi har ingen penge,« siger havnefoged Ole Lund fra Havnerådet."),
            [("Vi har ingen penge", "Ole Lund")],
        ),
        (
            (
                _DA,
                "Formand for Havbjerg Fiskeriforening Ole Lund kigger ud over havnen. »Det er slut,« siger han.",
            ),
            [("Det er slut", "Ole Lund")],
        ),
        # Ukrainian: an office and its genitive before the name; the pronoun, then whom it was said to.
        (
            (
                _UK,
                "Депутатка міської ради Ольга Кравчук приїхала в порт. «Грошей немає», – сказала вона рибалкам.",
            ),
            [("Грошей немає", "Ольга Кравчук")],
        ),
        # Hungarian: "azt" announcing the hogy clause; "szerint" after its source; the name then the office.
        (
            (_HU, "A hajózási hatóság azt közölte, hogy a kikötőt „felújítják”."),
            [("hogy a kikötőt „felújítják”", "A hajózási hatóság")],
        ),
        (
            (_HU, "Kiss Béla polgármester szerint a kikötő „nem zárhat be”."),
            [("a kikötő „nem zárhat be”", "Kiss Béla")],
        ),
        # Must not: "Szerinte" after a sentence a body opens is no person named before.
        (
            (
                _HU,
                "Tóth Ádám kikötőmester szerint a döntés „végleges”. A hatóság azt közölte, hogy a kikötő bezár. "
                "Szerinte a halászok „kárpótlást kapnak”.",
            ),
            [("a döntés „végleges”", "Tóth Ádám"), ("a halászok „kárpótlást kapnak”", "szerinte")],
        ),
    ],
)
def test_a_construction_fixed(paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert given_to(*paragraphs) == expected


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Депутатка обласної ради Людмила Гнатюк", "Людмила Гнатюк", "Депутатка обласної ради"),
        ("Viceborgmester Anne Kirkegaard", "Anne Kirkegaard", "Viceborgmester"),
        ("Szűcs Attila polgármester", "Szűcs Attila", "polgármester"),
        # Must not: a Russian name with its patronymic, an English name of three words.
        ("Иван Петрович Сидоров", "Иван Петрович Сидоров", None),
        ("Sylvester Tom Hale", "Sylvester Tom Hale", None),
        ("Tom Hale spokesman", None, "Tom Hale spokesman"),
    ],
)
def test_a_name_and_its_office(phrase: str, name: str | None, role: str | None) -> None:
    split = split_speaker(phrase)
    assert (split.name, split.role) == (name, role)


def test_korean_marked_words_with_their_own_subject_are_a_whole_quotation() -> None:
    opening = "달빛면 노인회장 서만식 씨는 “버스가 없으면 병원에 갈 수 없다”고 말했다."
    kinds = [
        q.kind
        for q in run(opening, "서 회장은 “군 지원금이 3년째 그대로”라며 한숨을 쉬었다.").quotes
    ]
    assert kinds == [INL, INL]
    # Must not: a phrase with no subject of its own, what someone called it,
    # is no whole quotation.
    kinds = [
        q.kind
        for q in run(opening, "서 회장은 이번 결정을 “주민을 버린 행정”이라고 비판했다.").quotes
    ]
    assert INL not in kinds[1:]


def test_the_words_of_a_korean_quotation_before_are_no_subject() -> None:
    assert [
        who
        for _w, who in given_to(
            "간호사 임다솜 씨는 “전화로 택시를 부르는 일 자체가 어르신들께는 어렵다”며 “결국 아무도 이용하지 못할 것”이라고 지적했다."
        )
    ] == ["임다솜", "임다솜"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Του Δημήτρη Καραγιάννη", ("Δημήτρης Καραγιάννης",)),
        ("Του Νίκου Αλεξίου", ("Νίκος Αλεξίου",)),
        ("Szerző: Balogh Réka", ("Balogh Réka",)),
        ("글·사진 송하은 기자", ("송하은",)),
        ("Af Rasmus Bech og Ida Friis", ("Rasmus Bech", "Ida Friis")),
        # Must not: words in lower case after "and".
        ("Af Rasmus Bech og andre", ()),
    ],
)
def test_a_byline_under_the_headline(tmp_path: Path, byline: str, authors: tuple[str, ...]) -> None:
    post = tmp_path / "post.txt"
    body = (
        "Broen til øen lukker fra 1. marts, efter at en inspektion har fundet rust i de "
        "bærende dele, og der er ingen, der ved, hvornår den åbner igen, meddelte direktoratet."
    )
    post.write_text(f"Broen til Lindø lukker\n\n{byline}\n\n{body}\n", encoding="utf-8")
    assert process(post).article.metadata.authors == authors


def test_english_is_told_no_language_of_these() -> None:
    # Guard: English text with the constructions' words is read as English.
    english = _ENGLISH + " “We will fight,” said Anne Kirkegaard, a council member, on Monday."
    assert counted_language(english) is None
    assert given_to(english) == [("We will fight", "Anne Kirkegaard")]
