"""A researcher reads five team posts in languages the team had not written, stop 45 (branch s45-lang).

Five news stories written by the team as journalists of those presses write
them (invented people and places, not translated from any article), one
story told five ways (a small town's maternity ward closes for want of
doctors), kept in ``tests/fixtures/review_lang_stop45``: a Greek story (« »,
"δήλωσε ο διοικητής … Γιώργος Παππάς", "είπε η Αντωνίου", "τόνισε ο
δήμαρχος, που …", the byline "Της Ελένης Κωνσταντίνου" in the genitive); a
Ukrainian one (« » with "– заявив …" after the comma, „ “ for a report's
words, "каже вона", "За його словами", "Текст: Олена Шевчук"); a Korean
one (“ ” and ‘ ’, the quotative particle glued to the closing mark,
“…”고 말했다, names written surname first and then by surname and office,
박 원장, the byline "김지현 기자"); a Danish one (» « with the comma inside,
"siger hun", "sagde Madsen", "Ifølge ham", a dash of speech closed by
", siger hun.", "Af Mette Lund"); and a Hungarian one („ ” and the dash of
dialogue "– … – mondta Kovács Péter", names surname first, "Írta: Szabó
Anna"). Every quotation of every post is listed with its kind and the
speaker a careful reader writes (the name, else the description when no
name is given); each one read wrong is a strict xfail with the reason, so a
fix shows as a pass to take off the list. evaluation/README.md ("Five posts
in languages the team had not written, stop 45") gives the first read.
Every sentence here is written by the team."""

# ruff: noqa: RUF001, RUF002, RUF003, E501 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.press_languages import counted_language
from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process
from tests.library.paragraphs import Posts, review_case, run, said_by, shown

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "review_lang_stop45"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Five posts in languages the team had not written, stop 45").
_PARTIAL = "a partial quotation after a verb of no saying, a document or a 'that' ('έκανε λόγο για «…»', 'повідомило, що розглядає «…»' (the Ukrainian 'that' after a verb of saying), 'ішлося про „…“', '‘…’이라고 표현했다', '“…” 수준이다', '“…”을 검토하고', '‘…’을 지적했다', 'advarede om »…«' (read since s45-lang2, its source 'Allerede en rapport … fra 2021' with the adverb and the year), '„…” nevezte', '„…” figyelmeztetett') is not read; the verbs of calling and 'according to him' are since s45-lang2 ('Han kalder', 'Він назвав', 'Ο ίδιος χαρακτήρισε', 'Ifølge ham', 'За його словами', 'Σύμφωνα με τον ίδιο', 'Szerinte')"
_SURNAME_BEFORE = "a pronoun after a sentence whose subject is the person's surname with no verb of saying ('최 군수는 목요일 장관을 만난다. 그는 “…”'): the last speaker goes on (the Greek 'Ο Παππάς πάντως δεν χάνει την ελπίδα του. «…», είπε.', the Hungarian 'Kovács azért bizakodó. – … – mondta.' and the Ukrainian are read since s45-lang2)"
_UK_INCISO = "'«Ми знайдемо лікаря, – сказав він. – Але це займе час».': the narrator's words between dashes inside one pair of guillemets stay in the span, one quotation read for two (as stop 39's Russian battery case ru-95)"

_QUOTATIONS = [
    # 01: Greek: « », δήλωσε / είπε / λέει / τόνισε, "Σύμφωνα με τον ίδιο".
    _case("01-greek", "Δεν έχουμε άλλη επιλογή", INL, "Γιώργος Παππάς"),
    _case("01-greek", "την πιο δύσκολη της καριέρας μου", PAR, "Γιώργος Παππάς"),
    _case("01-greek", "Ψάχνουμε γιατρούς", INL, "Γιώργος Παππάς"),
    _case("01-greek", "Δύο ώρες με το αυτοκίνητο", INL, "Μαρία Αντωνίου"),
    _case("01-greek", "Αν δεν αλλάξει κάτι", INL, "Μαρία Αντωνίου"),
    _case("01-greek", "Το κράτος οφείλει", INL, "Νίκος Αλεξίου"),
    _case("01-greek", "σχεδόν ανύπαρκτα", PAR, "Νίκος Αλεξίου"),
    _case("01-greek", "όλες τις δυνατές λύσεις", PAR, "Το υπουργείο Υγείας"),
    _case("01-greek", "Πέρσι γεννήθηκαν", INL, "Σοφία Δημητρίου"),
    _case("01-greek", "Δέκα χρόνια μάς", INL, "Σοφία Δημητρίου"),
    _case(
        "01-greek", "επικίνδυνη υποστελέχωση", PAR, "έκθεση της υγειονομικής περιφέρειας", _PARTIAL
    ),
    _case("01-greek", "Η προκήρυξη βγήκε", INL, "Άννα Μαυρίδου"),
    _case("01-greek", "Εκεί γεννήθηκαν", INL, "Ένας ηλικιωμένος ψαράς"),
    _case("01-greek", "Θα βρούμε γιατρό", INL, "Γιώργος Παππάς"),
    _case("01-greek", "Αλλά θα πάρει χρόνο", INL, "Γιώργος Παππάς"),
    _case("01-greek", "Θα φέρω ημερομηνίες", INL, "Νίκος Αλεξίου"),
    # 02: Ukrainian: « » then "– заявив", „ “, каже / сказала / за його словами.
    _case("02-ukrainian", "Іншого виходу", INL, "Олег Бондаренко"),
    _case("02-ukrainian", "найважчим за всю кар'єру", PAR, "Олег Бондаренко"),
    _case("02-ukrainian", "Ми шукаємо лікарів", INL, "Олег Бондаренко"),
    _case("02-ukrainian", "Дві години машиною", INL, "Марія Ткаченко"),
    _case("02-ukrainian", "Якщо нічого не зміниться", INL, "Марія Ткаченко"),
    _case("02-ukrainian", "Рішення має знайти", INL, "Андрій Мельник"),
    _case("02-ukrainian", "майже ніякі", PAR, "Андрій Мельник"),
    _case("02-ukrainian", "усі можливі варіанти", PAR, "Міністерство", _PARTIAL),
    _case("02-ukrainian", "Торік тут народилося", INL, "Світлана Коваль"),
    _case("02-ukrainian", "Десять років нам", INL, "Світлана Коваль"),
    _case(
        "02-ukrainian",
        "небезпечну нестачу кадрів",
        PAR,
        "звіт обласного управління охорони здоров'я",
        _PARTIAL,
    ),
    _case("02-ukrainian", "Конкурс оголошували", INL, "Ірина Лисенко"),
    _case("02-ukrainian", "Тут народилися всі", INL, "Літній рибалка"),
    _case("02-ukrainian", "Ми знайдемо лікаря", INL, "Олег Бондаренко", _UK_INCISO),
    _case("02-ukrainian", "Але це займе час", INL, "Олег Бондаренко", _UK_INCISO),
    _case("02-ukrainian", "Привезу дати", INL, "Андрій Мельник"),
    # 03: Korean: “…”고 말했다, ‘…’, 박 원장은, 그는, 이 씨는.
    _case("03-korean", "다른 방법이 없다", INL, "박성호"),
    _case("03-korean", "30년 의사 생활에서", PAR, "박성호", _PARTIAL),
    _case("03-korean", "2년째 의사를", INL, "박성호"),
    _case("03-korean", "한겨울에 눈 덮인", INL, "이수진"),
    _case("03-korean", "이대로라면", INL, "이수진"),
    _case("03-korean", "해법은 주민", INL, "최동욱"),
    _case("03-korean", "사실상 없는", PAR, "최동욱", _PARTIAL),
    _case("03-korean", "가능한 모든 방안", PAR, "보건복지부", _PARTIAL),
    _case("03-korean", "지난해 이곳에서", INL, "한미경"),
    _case("03-korean", "10년째 충원을", INL, "한미경"),
    _case("03-korean", "위험한 인력 부족", PAR, "도 보건당국의 보고서", _PARTIAL),
    _case("03-korean", "채용 공고를", INL, "정은주"),
    _case("03-korean", "세 아이 모두", INL, "한 노인 어부"),
    _case("03-korean", "의사를 꼭 찾겠다", INL, "박성호"),
    _case("03-korean", "약속이 아니라", INL, "최동욱", _SURNAME_BEFORE),
    # 04: Danish: » « with the comma inside, siger / sagde / fortæller, the dash of speech.
    _case("04-danish", "Vi har ikke noget valg", INL, "Jens Kjær"),
    _case("04-danish", "den sværeste i min karriere", PAR, "Jens Kjær"),
    _case("04-danish", "Vi har ledt efter", INL, "Jens Kjær"),
    _case("04-danish", "To timer i bil", INL, "Sofie Madsen"),
    _case("04-danish", "Hvis intet ændrer sig", INL, "Sofie Madsen"),
    _case("04-danish", "Det er staten", INL, "Lars Vestergaard"),
    _case("04-danish", "næsten ikke-eksisterende", PAR, "Lars Vestergaard"),
    _case("04-danish", "alle muligheder", PAR, "Regionen"),
    _case("04-danish", "Sidste år blev der", INL, "Hanne Poulsen"),
    _case("04-danish", "Man har lovet os", INL, "Hanne Poulsen"),
    _case(
        "04-danish",
        "farlig underbemanding",
        PAR,
        "en rapport fra regionens sundhedsafdeling",
        _PARTIAL,
    ),
    _case("04-danish", "Stillingen har været", INL, "Pia Nygaard"),
    _case("04-danish", "Alle mine tre børn", INL, "En ældre fisker"),
    _case("04-danish", "Vi finder en læge", INL, "Jens Kjær"),
    _case("04-danish", "Men det tager tid", INL, "Jens Kjær"),
    _case("04-danish", "Jeg kommer hjem", INL, "Lars Vestergaard"),
    # 05: Hungarian: the dash of dialogue, „ ”, mondta / fogalmazott, names surname first.
    _case("05-hungarian", "Nincs más választásunk", INL, "Kovács Péter"),
    _case("05-hungarian", "pályája legnehezebb döntésének", PAR, "Kovács Péter", _PARTIAL),
    _case("05-hungarian", "Két éve keresünk", INL, "Kovács Péter"),
    _case("05-hungarian", "Két óra autóval", INL, "Nagy Eszter"),
    _case("05-hungarian", "Ha semmi sem változik", INL, "Nagy Eszter"),
    _case("05-hungarian", "A megoldást az államnak", INL, "Tóth László"),
    _case("05-hungarian", "gyakorlatilag nem léteznek", PAR, "Tóth László"),
    _case("05-hungarian", "minden lehetőséget", PAR, "A minisztérium"),
    _case("05-hungarian", "Tavaly kilencven gyerek", INL, "Varga Judit"),
    _case("05-hungarian", "Tíz éve ígérnek", INL, "Varga Judit"),
    _case(
        "05-hungarian",
        "veszélyes létszámhiányra",
        PAR,
        "a megyei egészségügyi hivatal 2021-es jelentése",
        _PARTIAL,
    ),
    _case("05-hungarian", "Kétszer írtuk ki", INL, "Horváth Ildikó"),
    _case("05-hungarian", "Mindhárom gyerekem", INL, "Egy idős halász"),
    _case("05-hungarian", "Találunk orvost", INL, "Kovács Péter"),
    _case("05-hungarian", "De ez időbe telik", INL, "Kovács Péter"),
    _case("05-hungarian", "Dátumokat hozok", INL, "Tóth László"),
]


def _listed(post: str) -> list[str]:
    return [p.values[1] for p in _QUOTATIONS if p.values[0] == post]


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    # A quotation that is the words alone is that one, not a longer one
    # holding them; and none holds another listed quotation's words too
    # (the narrator's words between two of them read as one).
    assert _POSTS.reading_of(post, words) == [(kind, speaker)]
    assert _POSTS.others_held(post, words, _listed(post)) == []


_POST_NAMES = ["01-greek", "02-ukrainian", "03-korean", "04-danish", "05-hungarian"]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # No false quotation: everything read is one the table lists.
    listed = _listed(post)
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


_BYLINES = [
    ("01-greek", ("Ελένη Κωνσταντίνου",)),
    ("02-ukrainian", ("Олена Шевчук",)),
    ("03-korean", ("김지현",)),
    ("04-danish", ("Mette Lund",)),
    ("05-hungarian", ("Szabó Anna",)),
]


@pytest.mark.parametrize(("post", "authors"), _BYLINES)
def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
    assert process(_FOLDER / f"{post}.txt").article.metadata.authors == authors


# The constructions fixed (stop 45), each in a sentence the team writes, and
# where each must not fire.

_EL_OPEN = (
    "Η κλινική του νοσοκομείου θα κλείσει στο τέλος του μήνα, και οι γιατροί της "
    "πόλης δεν ξέρουν τι θα γίνει με τις έγκυες που δεν έχουν αυτοκίνητο. "
    "«Δεν έχουμε γιατρούς», δήλωσε ο διοικητής Γιώργος Παππάς."
)
_DA_OPEN = (
    "Afdelingen lukker ved årets udgang, og det er ikke første gang, at byen mister "
    "noget, den ikke kan undvære, og ingen ved, hvad der sker. "
    "»Vi har ikke noget valg,« siger direktør Jens Kjær."
)
_UK_OPEN = "«Без лікарів ми не можемо тримати відділення відкритим», – заявив головний лікар Олег Бондаренко."
_UK_TEXT = (
    "Відділення закриють у грудні, і ніхто не знає, що буде з жінками, які не мають машини, "
    "бо це єдина лікарня в районі. Лікарі кажуть, що це погано, та міністерство мовчить."
)
_HU_OPEN = (
    "Az év végén bezár a kórház szülészeti osztálya, és a város lakói nem tudják, "
    "hogy mi lesz a várandós nőkkel, akiknek nincs autójuk."
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A verb of saying after the marks, then the speaker: Greek, Ukrainian,
        # Danish (with the office before the name).
        ((_EL_OPEN,), "Γιώργος Παππάς"),
        ((_UK_OPEN,), "Олег Бондаренко"),
        ((_DA_OPEN,), "Jens Kjær"),
    ],
)
def test_a_verb_of_saying_after_the_marks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [who for who, _role in shown(*paragraphs)] == [speaker]


def test_the_pronoun_after_the_verb() -> None:
    # "siger hun": the woman the sentence before named.
    assert said_by(
        "To timer", _DA_OPEN, "Sofie Madsen venter sit første barn. »To timer i bil,« siger hun."
    ) == ["Sofie Madsen"]


def test_a_ukrainian_office_of_two_words_is_its_holder() -> None:
    # "– наголосив міський голова, який …": the office named before with
    # its holder ("Міський голова Андрій Мельник").
    assert said_by(
        "Рішення",
        _UK_TEXT,
        "Міський голова Андрій Мельник обіцяє, що це не так. «Рішення має знайти держава», – "
        "наголосив міський голова, який написав листа до міністерства.",
    ) == ["Андрій Мельник"]


def test_the_relative_clause_after_the_office_is_no_part_of_it() -> None:
    # "τόνισε ο δήμαρχος, που …", "siger borgmesteren, der …": the office
    # named before with its holder ("Ο δήμαρχος Νίκος Αλεξίου", "Borgmester
    # Lars Vestergaard"; the Danish article the noun's ending).
    assert said_by(
        "Το κράτος",
        _EL_OPEN,
        "Ο δήμαρχος Νίκος Αλεξίου υπόσχεται λύση. «Το κράτος οφείλει να βρει λύση», "
        "τόνισε ο δήμαρχος, που έστειλε επιστολή στο υπουργείο.",
    ) == ["Νίκος Αλεξίου"]
    assert said_by(
        "Det er staten",
        _DA_OPEN,
        "Borgmester Lars Vestergaard lover at kæmpe. »Det er staten, der skal betale,« "
        "siger borgmesteren, der søndag skrev til ministeren.",
    ) == ["Lars Vestergaard"]


def test_a_lower_case_greek_word_ends_the_name() -> None:
    # "δήλωσε η Μαυρίδου στη συνεδρίαση της Τρίτης": her, not Tuesday.
    assert said_by(
        "Η προκήρυξη",
        _EL_OPEN,
        "Η αντιπεριφερειάρχης Άννα Μαυρίδου το παραδέχεται. «Η προκήρυξη βγήκε δύο φορές», "
        "δήλωσε η Μαυρίδου στη συνεδρίαση της Τρίτης.",
    ) == ["Άννα Μαυρίδου"]


def test_a_description_as_the_subject_in_danish_and_greek() -> None:
    assert said_by(
        "Alle mine",
        _DA_OPEN,
        "En ældre fisker, der står ved havnen, kigger mod sygehuset. »Alle mine børn er født der,« siger han.",
    ) == ["En ældre fisker"]
    assert said_by(
        "Εκεί γεννήθηκαν",
        _EL_OPEN,
        "Ένας ηλικιωμένος ψαράς, ακουμπισμένος στο κάγκελο, κοιτάζει το νοσοκομείο. "
        "«Εκεί γεννήθηκαν τα παιδιά μου», λέει.",
    ) == ["Ένας ηλικιωμένος ψαράς"]


def test_danish_speech_opened_by_a_dash_and_closed_by_a_comma() -> None:
    assert said_by(
        "Man har lovet",
        _DA_OPEN,
        "Jordemoder Hanne Poulsen har arbejdet her i tyve år.",
        "– Man har lovet os flere hænder i ti år, siger hun.",
    ) == ["Hanne Poulsen"]
    # A Danish list item: no verb of saying after its last comma.
    assert [
        q
        for q in run(_DA_OPEN, "– Sygehuset, skolen og havnen.").quotes
        if "Sygehuset" in q.span.text
    ] == []


def test_hungarian_speech_opened_by_a_dash_inside_the_paragraph() -> None:
    # "… nem új. – Tíz éve … – fogalmazott.": the dash after a sentence's
    # end opens the speech, the inciso's verb of saying closes it.
    assert said_by(
        "Tíz éve",
        _HU_OPEN,
        "– Nincs más választásunk – mondta Kovács Péter.",
        "A gond nem új. – Tíz éve ígérnek nekünk új kollégákat – mondta Kovács Péter.",
    ) == ["Kovács Péter"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # No verb of saying after the dash's words: no speech.
        (_HU_OPEN, "A kórház bezár. – Két hét múlva – a lap szerint."),
        # English text: a dash inside a paragraph opens no speech there.
        (
            "The ward will close at the end of the year, and the town does not know what "
            "the women will do without a car. The board met on Monday.",
            "The vote was close. – Two weeks later – said the chairman, the ward shut.",
        ),
    ],
)
def test_a_dash_inside_a_paragraph_with_no_speech(paragraphs: tuple[str, ...]) -> None:
    assert [
        q for q in run(*paragraphs).quotes if "Two weeks" in q.span.text or "Két hét" in q.span.text
    ] == []


_KO_OPEN = (
    "박성호 하늘군 의료원장은 “다른 방법이 없다. 의사 없이는 분만실을 열어 둘 수 없다”고 말했다."
)


def test_a_korean_quotation_and_its_subject_before_the_marks() -> None:
    assert shown(_KO_OPEN) == [("박성호", "하늘군 의료원장")]
    # The surname and the office after it, later, and 그 (he).
    assert said_by(
        "2년째", _KO_OPEN, "박 원장은 사정을 설명했다. 그는 “2년째 의사를 찾고 있다”고 덧붙였다."
    ) == ["박성호"]
    assert said_by(
        "이대로라면", _KO_OPEN, "이수진 씨는 “이대로라면 고향을 떠날 것”이라고 말했다."
    ) == ["이수진"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Marked words with no quotative particle after them: no one's words.
        "보건복지부는 “가능한 모든 방안”을 검토하고 있다.",
        # A phrase, not a sentence, before 이라고: no whole quotation.
        "박 원장은 이번 결정을 ‘가장 어려운 결정’이라고 표현했다.",
    ],
)
def test_korean_marks_that_quote_no_sentence(sentence: str) -> None:
    assert [q for q in run(_KO_OPEN, sentence).quotes if q.kind is INL][1:] == []


def test_an_adverb_before_a_korean_subject_is_no_name() -> None:
    # 하지만 (but) opens with a surname's syllable (하) and ends as no name
    # does: the phrase before the topic word is no name.
    assert [who for who, _role in shown("하지만 주민 대표는 “의사를 꼭 찾겠다”고 말했다.")] == [
        None
    ]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Af Mette Lund", ("Mette Lund",)),
        ("Írta: Szabó Anna", ("Szabó Anna",)),
        ("Текст: Олена Шевчук", ("Олена Шевчук",)),
        ("Της Ελένης Κωνσταντίνου", ("Ελένη Κωνσταντίνου",)),
        ("김지현 기자", ("김지현",)),
        # Words in lower case after the prefix: no name.
        ("Af og til", ()),
    ],
)
def test_a_byline_under_the_headline(tmp_path: Path, byline: str, authors: tuple[str, ...]) -> None:
    post = tmp_path / "post.txt"
    body = (
        "Fødeafdelingen på sygehuset lukker ved årets udgang, fordi det ikke er lykkedes at "
        "finde afløsere for de to læger, der går på pension, oplyste ledelsen mandag."
    )
    post.write_text(f"Fødeafdelingen lukker til nytår\n\n{byline}\n\n{body}\n", encoding="utf-8")
    assert process(post).article.metadata.authors == authors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_DA_OPEN, "da"),
        (_EL_OPEN, "el"),
        (_UK_TEXT, "uk"),
        # Russian is not taken for Ukrainian (its own words are counted apart).
        (
            "Отделение закроют в декабре, и никто не знает, что будет с женщинами, у которых "
            "нет машины, потому что это единственная больница в районе.",
            None,
        ),
        # English is never taken for them (" the " first), nor Polish for
        # Danish though both write " i ".
        (
            "The ward will close at the end of the year, and the town does not know what the "
            "women will do: i think the board has not said, and the doctors i asked agree.",
            None,
        ),
        (
            "Oddział zamknie się w grudniu i nie wiadomo, co będzie z kobietami, które nie "
            "mają samochodu, bo w mieście nie ma innego szpitala i nikt nie chce o tym mówić.",
            "pl",
        ),
    ],
)
def test_the_language_told_by_its_small_words(text: str, language: str | None) -> None:
    assert counted_language(text) == language
