"""Stop 45's new languages read again (branch s45-final-lang).

s45-lang and s45-lang2 taught the core Greek, Ukrainian, Korean, Danish and
Hungarian. The team writes short news paragraphs in the languages read
before (English, Russian, Polish, Portuguese, Italian, Spanish, Swedish,
Norwegian, Dutch, Czech, Turkish) and asserts none is taken for one of the
new ones; English keeps its readings of words the new languages write
("Ham", "Han", "Hogy" as surnames, a dash after a sentence's end, Korean
particles after a mark, a foreign byline's word inside a post); and each
new language's near misses: a body that calls a thing so, "Szerinte" after
a body, a Greek article before a name inside a sentence, a Korean reporter
(기자) named in running text. Fixed here: Norwegian was counted as Danish; a
body's name of three capitalised words calling a thing was read as a
person; a Korean subject described by a verb form in 한 or marked by the
subject particle 가/이 was lost. Left (strict xfails): a body's name of two
capitalised words calling a thing.
"""

# ruff: noqa: RUF001 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.press_languages import counted_language
from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process
from quotemark.library.scripts import writes_english
from tests.library.paragraphs import given_to, run

_NEW = ("el", "uk", "da", "hu")

_OLDER: dict[str, str] = {
    "en": (
        "The city council voted on Tuesday to close the harbour clinic at the end of the year. "
        "Mayor Jens Kjær said the decision was painful but necessary. “We have no doctors "
        "left,” he told reporters. Residents, including fisherman László Tóth, said they would "
        "appeal. The vote was six to three."
    ),
    "ru": (
        "Городской совет во вторник проголосовал за закрытие больницы в конце года. Мэр Иван "
        "Петров сказал, что решение было трудным, но необходимым. «У нас не осталось врачей», "
        "– заявил он журналистам. Жители, в том числе рыбак Андрей Смирнов, сказали, что будут "
        "обжаловать решение. Голосование прошло со счётом шесть к трём."
    ),
    "pl": (
        "Rada miasta zagłosowała we wtorek za zamknięciem przychodni w porcie z końcem roku. "
        "Burmistrz Jan Kowalski powiedział, że decyzja była bolesna, ale konieczna. „Nie mamy "
        "już lekarzy” – powiedział dziennikarzom. Mieszkańcy, w tym rybak Adam Nowak, "
        "zapowiedzieli, że się odwołają. Głosowanie zakończyło się wynikiem sześć do trzech."
    ),
    "pt": (
        "A câmara municipal votou na terça-feira o encerramento da clínica do porto no fim do "
        "ano. O presidente da câmara, João Silva, disse que a decisão foi dolorosa, mas "
        'necessária. "Já não temos médicos", afirmou aos jornalistas. Os moradores, entre eles '
        "o pescador António Costa, disseram que vão recorrer. A votação terminou seis a três."
    ),
    "it": (
        "Il consiglio comunale ha votato martedì la chiusura dell'ambulatorio del porto alla "
        "fine dell'anno. Il sindaco Marco Rossi ha detto che la decisione è stata dolorosa ma "
        "necessaria. «Non abbiamo più medici», ha dichiarato ai giornalisti. I residenti, tra "
        "cui il pescatore Luca Bianchi, hanno detto che faranno ricorso."
    ),
    "es": (
        "El ayuntamiento votó el martes el cierre de la clínica del puerto a final de año. El "
        "alcalde Juan García dijo que la decisión fue dolorosa pero necesaria. «Ya no tenemos "
        "médicos», declaró a los periodistas. Los vecinos, entre ellos el pescador Pedro López, "
        "dijeron que recurrirán. La votación terminó seis a tres."
    ),
    "sv": (
        "Kommunfullmäktige röstade på tisdagen för att stänga hamnens vårdcentral vid årets "
        "slut. Kommunalrådet Anna Berg sa att beslutet var smärtsamt men nödvändigt. – Vi har "
        "inga läkare kvar, säger hon. Invånarna, bland dem fiskaren Erik Ek, säger att de inte "
        "tänker ge upp och att de ska överklaga. Det är inte första gången som ön förlorar något."
    ),
    "no": (
        "Kommunestyret stemte tirsdag for å legge ned legekontoret ved havna ved årsskiftet. "
        "Ordfører Kari Nordmann sa at beslutningen var smertefull, men nødvendig. – Vi har ikke "
        "flere leger igjen, sier hun. Innbyggerne, blant dem fisker Ola Hansen, sier at de ikke "
        "vil gi seg og at de vil klage på vedtaket. Det er ikke første gang øya mister noe den "
        "trenger, og det blir også vanskelig for de eldre i kommunen."
    ),
    "no-2": (
        "Sykehuset ble lagt ned i fjor, og nå er det også slutt for fødeavdelingen. – Jeg vet "
        "ikke hva vi skal gjøre, sier jordmor Ingrid Dahl. Hun har jobbet i avdelingen i tjue "
        "år. Ifølge henne er det ingen som har spurt de ansatte. Helseforetaket avviser "
        "kritikken og sier at det ikke er mulig å rekruttere leger, og at det har vært forsøkt."
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag gestemd voor de sluiting van de havenkliniek aan het "
        "eind van het jaar. Burgemeester Jan de Vries zei dat het besluit pijnlijk maar "
        "noodzakelijk was. 'We hebben geen artsen meer', zei hij tegen verslaggevers. Bewoners, "
        "onder wie visser Piet Bakker, zeggen dat ze in beroep gaan."
    ),
    "cs": (
        "Zastupitelstvo města v úterý odhlasovalo uzavření ordinace v přístavu ke konci roku. "
        "Starosta Jan Novák řekl, že rozhodnutí bylo bolestné, ale nutné. „Už nemáme lékaře,“ "
        "uvedl pro novináře. Obyvatelé, mezi nimi rybář Petr Svoboda, řekli, že se odvolají. Je "
        "to už podruhé, co ostrov přichází o službu, a lidé se bojí, že ne naposledy."
    ),
    "tr": (
        "Belediye meclisi salı günü liman kliniğinin yıl sonunda kapatılması için oy kullandı. "
        "Belediye Başkanı Ahmet Yılmaz, kararın acı verici ama gerekli olduğunu söyledi. "
        '"Artık doktorumuz yok" dedi. Aralarında balıkçı Mehmet Demir\'in de bulunduğu sakinler '
        "itiraz edeceklerini söyledi. Oylama altıya üç sonuçlandı."
    ),
}


@pytest.mark.parametrize("language", sorted(_OLDER))
def test_a_language_read_before_is_not_taken_for_a_new_one(language: str) -> None:
    assert counted_language(_OLDER[language]) not in _NEW


@pytest.mark.parametrize("language", ["no", "no-2"])
def test_norwegian_is_told_from_danish(language: str) -> None:
    # Norwegian writes Danish's counted words ("og", "ikke", "også", "jeg",
    # "hun", "i"); its own spellings ("av", "ble", "sier", "noe") tell it.
    assert counted_language(_OLDER[language]) == "no"


def test_danish_stays_danish() -> None:
    danish = (
        "Fødeafdelingen på sygehuset lukker ved årets udgang, og det er ikke første gang, at "
        "byen mister noget, den ikke kan undvære. – Vi ved ikke, hvad vi skal gøre, siger "
        "jordemoder Hanne Vestergaard. Hun har arbejdet i afdelingen i tyve år, og hun blev "
        "ikke spurgt af regionen, før beslutningen blev truffet."
    )
    assert counted_language(danish) == "da"


@pytest.mark.parametrize(
    "text",
    [
        # A Danish and a Hungarian name, a quoted Danish phrase.
        "Residents gathered outside the town hall on Monday, and the mood was grim. A Danish "
        "visitor, Mette Lund, called the closure “en skam for øen, og ikke kun for os” and left. "
        "Hungarian writer Szabó Anna said the vote was the end of the island as she knew it. "
        "Officials declined to comment on the plan, which has been debated for months in the "
        "council and in the press.",
        # A quoted Hungarian sentence.
        "Residents gathered outside the town hall on Monday, and the mood was grim. One of them "
        "held a sign that read “Nem volt más választás, és az egy nagy hiba” in red letters. "
        "Hungarian writer Szabó Anna said the vote was the end of the island as she knew it. "
        "Officials declined to comment on the plan, which has been debated for months.",
    ],
)
def test_english_with_a_foreign_name_or_phrase_stays_english(text: str) -> None:
    assert writes_english(text)
    assert counted_language(text) is None


# English must not change.

_INQUIRY = "The inquiry heard from three witnesses on the second day of the hearing at the hall."


@pytest.mark.parametrize("surname", ["Ham", "Han", "Hogy"])
def test_a_surname_the_new_languages_write_as_a_word_stays_a_name(surname: str) -> None:
    analysis = run(
        _INQUIRY,
        f"{surname}, a retired engineer, told the panel that the pumps had failed twice. "
        f"“Nobody listened to the crew,” {surname} said. {surname} calls the report "
        "“a whitewash from the first page.” The chairman adjourned the session.",
    )
    names = [q.speaker.name if q.speaker else None for q in analysis.quotes]
    assert names == [surname, surname]


def test_an_english_dash_after_a_sentence_opens_no_speech() -> None:
    analysis = run(
        "The captain steered the ship into the harbour just before the storm. He left. — The "
        "rest is history, the town says. The crew remembered the night for years.",
        "The minister resigned on Friday after the report. She said nothing. – The party will "
        "decide the rest, a spokesman said. The opposition called for an election.",
    )
    assert analysis.quotes == ()


def test_korean_particles_after_a_mark_in_english_leave_the_english_reading() -> None:
    analysis = run(
        "The exhibition in Seoul drew large crowds on the opening weekend at the museum. "
        "“We did not expect this,” the curator said. The fans wrote “사랑해”라고 on the banner "
        "at the airport before the flight."
    )
    first = analysis.quotes[0]
    assert first.span.text == "We did not expect this"
    assert first.speaker is not None
    assert first.speaker.label == "the curator"
    assert all(q.speaker is None or q.speaker.name is None for q in analysis.quotes)


_STRIKE = (
    "The workers said the talks had failed and that the strike would go on at the plant. "
    "“We are not going back,” said union leader Dan Cole. The company did not reply to the "
    "letter sent on Monday by the union."
)


@pytest.mark.parametrize(
    "byline", ["Af Mette Lund", "Írta: Szabó Anna", "Автор: Олена Шевчук", "김지현 기자"]
)
@pytest.mark.parametrize("where", ["under the headline", "inside the body"])
def test_a_foreign_byline_line_in_an_english_post_is_no_byline(
    tmp_path: Path, byline: str, where: str
) -> None:
    post = tmp_path / "post.txt"
    if where == "under the headline":
        parts = [byline, _STRIKE]
    else:
        parts = [_STRIKE, byline, "A second paragraph follows the line in the post."]
    post.write_text("Strike at the harbour goes on\n\n" + "\n\n".join(parts) + "\n", "utf-8")
    assert process(post).article.metadata.authors == ()


# The new languages' near misses.

_DA = (
    "Fødeafdelingen på sygehuset lukker ved årets udgang, og det er ikke første gang, at byen "
    "mister noget, den ikke kan undvære. Jordemoder Hanne Vestergaard har arbejdet i "
    "afdelingen i tyve år, og hun er ikke i tvivl om, at det bliver svært for de gravide."
)
_UK = (
    "Пологове відділення лікарні закриють наприкінці року, і це вже не перша втрата для міста. "
    "Акушерка Марія Коваль працює у відділенні двадцять років, і вона каже, що від цього "
    "рішення постраждають жінки з сіл."
)
_EL = (
    "Η μαιευτική κλινική του νοσοκομείου θα κλείσει στο τέλος του χρόνου και οι κάτοικοι δεν "
    "ξέρουν τι θα γίνει. Η μαία Μαρία Ιωάννου δουλεύει στην κλινική είκοσι χρόνια και λέει ότι "
    "δεν έχει ξαναδεί κάτι τέτοιο."
)
_HU = (
    "A szülészeti osztály az év végén bezár, és a városban már nem ez az első veszteség, mert "
    "tavaly a posta is bezárt. Varga Judit szülésznő húsz éve dolgozik az osztályon, és azt "
    "mondja, hogy a döntés nem volt meglepetés."
)
_KO = (
    "하늘군 의료원 분만실이 올해 말 문을 닫는다. "
    "조산사 한미경 씨는 20년 동안 이곳에서 일했다고 말했다."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_DA, "Regionen kalder beslutningen »nødvendig og ansvarlig«, og den peger på lægerne."),
        (
            _UK,
            "Обласна рада назвала це рішення «вимушеним кроком», "
            "і вона посилається на брак лікарів.",
        ),
        (
            _EL,
            "Η Περιφέρεια χαρακτήρισε την απόφαση «αναγκαία και υπεύθυνη» και μίλησε για γιατρούς.",
        ),
        # A body's name of three capitalised words (fixed here).
        (
            _EL,
            "Η Διοίκηση Υγειονομικής Περιφέρειας χαρακτήρισε την απόφαση «αναγκαία και "
            "υπεύθυνη» και μίλησε για έλλειψη γιατρών.",
        ),
        (
            _DA,
            "I går kalder Dansk Sygeplejeråd Syd beslutningen »nødvendig og ansvarlig«, og "
            "rådet peger på lægerne.",
        ),
        # Korean: the body "calls" the decision so: a partial of no one.
        (_KO, "의료원은 이번 결정을 ‘가장 어려운 결정’이라고 표현했다."),
    ],
)
def test_a_body_that_calls_a_thing_so_is_given_no_quotation(paragraphs: tuple[str, ...]) -> None:
    assert given_to(*paragraphs) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _DA,
            "Region Syddanmark kalder beslutningen »nødvendig og ansvarlig«, "
            "og den peger på lægerne.",
        ),
        (
            _EL,
            "Η Περιφέρεια Κρήτης χαρακτήρισε την απόφαση «αναγκαία και υπεύθυνη» "
            "και μίλησε για γιατρούς.",
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="a body's name of two capitalised words ('Region Syddanmark', 'Η Περιφέρεια Κρήτης') "
    "is shaped as a person's ('Jens Kjær', 'Ο Γιώργος Παππάς'); with no table of Danish or Greek "
    "given names nothing tells them apart, and the body is given the partial",
)
def test_a_body_of_two_capitalised_words_that_calls_a_thing_so(paragraphs: tuple[str, ...]) -> None:
    assert given_to(*paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (_DA, "Hanne Vestergaard kalder beslutningen »en skam for byen«, og hun vil blive."),
            "Hanne Vestergaard",
        ),
        (
            (
                _EL,
                "Χθες ο Γιώργος Παππάς χαρακτήρισε την απόφαση «ντροπή για το νησί» και έφυγε.",
            ),
            "Γιώργος Παππάς",
        ),
    ],
)
def test_a_person_who_calls_a_thing_so_is_still_its_speaker(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [s for _w, s in given_to(*paragraphs)] == [speaker]


def test_szerinte_after_a_body_is_not_the_person_named_before() -> None:
    found = given_to(
        _HU,
        "„Nem volt más választás” – mondta Tóth László polgármester. A kórház vezetése "
        "közölte, hogy nem talált orvost. Szerinte a feltételek „nem teszik lehetővé” a "
        "működést.",
    )
    assert found[-1][0].endswith("„nem teszik lehetővé” a működést")
    assert "Tóth" not in (found[-1][1] or "")


def test_a_greek_article_before_a_name_inside_a_sentence() -> None:
    found = given_to(
        _EL,
        "Στη συνάντηση της Δευτέρας ο Γιώργος Παππάς, διοικητής του νοσοκομείου, δεν απάντησε "
        "στις ερωτήσεις των γονιών. «Δεν υπάρχουν γιατροί», είπε η Μαρία Ιωάννου.",
    )
    assert found == [("Δεν υπάρχουν γιατροί", "Μαρία Ιωάννου")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A verb's form in 한 describes the reporter: no part of the subject (fixed).
        ("이 소식을 처음 전한 김지현 기자는 “주민들이 크게 반발하고 있다”고 말했다.", "김지현"),
        # The subject particle 가 right before the marks (fixed).
        ("현장에 있던 박민수 기자가 “분위기가 무거웠다”고 전했다.", "박민수"),
        # 한 alone is "a": the description keeps it.
        ("한 노인 어부는 “떠날 수밖에 없다”고 말했다.", "한 노인 어부"),
    ],
)
def test_a_korean_reporter_named_in_running_text(sentence: str, speaker: str) -> None:
    assert [s for _w, s in given_to(_KO, sentence)] == [speaker]


def test_a_korean_subject_particle_away_from_the_marks_names_no_speaker() -> None:
    # 주민들이 is the subject of "gathered", not of the quotation: the
    # speaker before goes on.
    found = given_to(_KO, "주민들이 모인 자리에서 “대책이 필요하다”고 말했다.")
    assert found[-1][1] != "주민들"


def test_a_korean_reporter_line_in_the_body_is_no_byline(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    body = "하늘군 의료원 분만실이 올해 말 문을 닫는다. 주민들은 “대책이 필요하다”고 말했다."
    post.write_text(f"분만실 문 닫는다\n\n{body}\n\n김지현 기자는 현장을 찾았다.\n", "utf-8")
    assert process(post).article.metadata.authors == ()


def test_the_korean_whole_sentence_quotation_is_inline() -> None:
    quotes = run(_KO, "현장에 있던 박민수 기자가 “분위기가 무거웠다”고 전했다.").quotes
    assert [q.kind for q in quotes] == [QuoteKind.INLINE]
