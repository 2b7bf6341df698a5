"""Do the language fixes carry? New held-out posts in twelve languages, stop 48 (branch s48-lang7).

Twelve posts written by the team after stop 47, one per language of the
issue and of stops 46-47 (French, German, Spanish, Italian, Portuguese,
Dutch, Russian, Japanese, Romanian, Finnish, Catalan, Indonesian), each a
new wire story (a ferry, a pool, a bus line, a ticket office, a pharmacy, a
shop, a ferry crossing, a school, a school, a library van, a cinema, a
market) with a byline, a dateline and seven to nine quotations in new
constructions ("Pour la présidente de …, Nadia Belkacem, il s'agit d'« … »",
"Laut Lindner prüft …", "En palabras de Herrera", "A detta della Fontana",
"De acordo com Nunes", "Volgens Dekker", "Как рассказал Громов",
"小林さんによると", "a explicat inspectorul …, Mihaela Stoica", "Lehdon
mukaan", "En Pere Vidal, de 82 anys", "ujar Kepala Dinas Perdagangan,
Bambang Setiawan,"), kept in ``tests/fixtures/lang7_s48_lang7``. The gold
(words, kind, speaker; bylines) was written before the first read.

First read, before any fix (evaluation/history/stop-48.md, "Languages, new
text held out"): 46 of 90 quotations misread, bylines 10 of 12. After this
branch: 24 of 90, bylines 12 of 12; each quotation left is a strict xfail
with its reason. Every sentence here is written by the team."""

# ruff: noqa: RUF001, RUF003, E501 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.names import split_speaker
from quotemark.library.analyze.own_words import declined, own_language
from quotemark.library.extract.text.head import _press_byline
from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    each_quotation_test,
    every_read_listed_test,
    given_to,
    review_case,
)

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "lang7_s48_lang7"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

# Why each misreading is left (evaluation/history/stop-48.md).
_FR_PRONOUN_T = "'Le maraîcher Paul Vigneau prend le bac … « … », soupire-t-il.': the inverted pronoun goes to the last quotation's speaker, not to the name opening the sentence before ('soupirer' is no verb of saying in the tables either)"
_FR_ASSURE = "'Le département l'assure : une navette … « dès l'été ».': a body's verb with its object pronoun and a colon before a reported clause holding the marks is not read"
_FR_AGE = "'Le passeur, Marcel Lebrun, 61 ans, … « … », confie-t-il': the pronoun is not tied to a name set off by commas with an age after a description"
_DE_EIN = "'räumte der Sprecher der Stadtwerke, Tobias Hahn, ein.': the separable verb's particle after the name set off by commas ('einräumen') is not read as a verb of saying"
_DE_COLON = "'Bademeister Kurt Wagner arbeitet … Er sagt: „…“': the pronoun before 'sagt:' goes to the last speaker, not to the sentence before's subject after an office"
_DE_SEI = "'Eine Wiedereröffnung sei „…“ realistisch, teilten die Stadtwerke mit.': a reported clause in the subjunctive before a separable verb and its body subject is not read"
_ES_OFFICE = "'replica el alcalde' after 'El alcalde, Tomás Herrera, lo resume así': the office is tied to the last named speaker, not to the holder set off by commas"
_IT_LIMITATO = "'«Valuteremo», si è limitato a rispondere l'assessore …, Davide Greco.': a verb of saying as the infinitive after 'limitarsi a' is not read"
_PT_DAS = "'A aposentada Maria das Graças Souza': the name's own 'das' ends the name read, so only 'Graças Souza' is kept"
_NL_ZE = "'Bewoner Truus Hendriks (81) heeft geen auto. ‘…’, zegt ze.': the pronoun goes to the last speaker, not to the subject with its age in brackets opening the sentence before"
_NL_NOEMT = "'Dorpsbelang noemt de sluiting ‘een zware klap’.': the Dutch 'noemen' (to call) with a body as subject is not read, as stop 45's bodies that call a thing so"
_NL_DE_BOER = "'Voorzitter Ria de Boer: ‘…’': the name's particle 'de' ends the name before the colon, so only 'Voorzitter Ria' is read"
_RU_NAMED = "'Областное управление дорог назвало решение «вынужденным»': a body that calls a thing so is given no quotation (stop 39's battery 'Комиссия назвала проект «рискованной ставкой»', stop 45's must-not); the two conventions are the team's, and this post's gold keeps stop 47's"
_RU_ON = "'Глава поселения Николай Орлов с этим не согласен. «…», — подчеркнул он.': the pronoun goes to the last quotation's speaker, not to the subject of the sentence before"
_RU_EGO = "'По его словам, …' after Orlov's quotation was misread: the pronoun follows the last speaker read"
_RU_ZHENSHCHINA = "'Пенсионерка Галина Петровна Зайцева … «…» — возмущается женщина.': 'женщина' (the woman) stands for the subject of the sentence before; no table ties the noun to the name"
_JA_KATA = (
    "'…さん（73）は「…」と肩を落とした': 肩を落とした (dropped his shoulders) is no verb of saying"
)
_CA_CONSIDERA = "'L'associació de veïns considera el tancament “…”': the Catalan 'considerar' with its object and a body subject is not read"
_ID_IA = "'Ia khawatir pendapatannya turun \"…\".': a pronoun subject with a verb of fearing before the marks is not read"

_QUOTATIONS = [
    # 01: French: « », explique X, vice-président …; Pour la présidente …, X, …; soupire-t-il; Pour le maire,; l'assure :; confie-t-il; a assuré X en fin de séance.
    _case("01-french", "Le bateau a soixante-dix ans", INL, "Antoine Garnier"),
    _case("01-french", "Le remplacer coûterait", INL, "Antoine Garnier"),
    _case("01-french", "erreur historique", PAR, "Nadia Belkacem"),
    _case("01-french", "Sans lui, je fais", INL, "Paul Vigneau", _FR_PRONOUN_T),
    _case("01-french", "l'âme du village", PAR, "Bernard Rousseau"),
    _case("01-french", "dès l'été", PAR, "Le département", _FR_ASSURE),
    _case("01-french", "On nous promet toujours", INL, "Nadia Belkacem"),
    _case("01-french", "J'ai vu passer", INL, "Marcel Lebrun", _FR_AGE),
    _case("01-french", "Nous étudierons toutes", INL, "Antoine Garnier"),
    # 02: German: „ “, sagt Bürgermeisterin …, Laut Lindner, räumte … ein, Er sagt:, sei … teilten … mit, kündigt … an.
    _case("02-german", "Das Geld haben wir", INL, "Petra Lindner"),
    _case("02-german", "alle Fördertöpfe", PAR, "Petra Lindner"),
    _case("02-german", "Wir haben das Bad", INL, "Tobias Hahn", _DE_EIN),
    _case("02-german", "Unsere Kinder lernen", INL, "Ute Brandt"),
    _case("02-german", "Das ist schlicht gefährlich", INL, "Ute Brandt"),
    _case("02-german", "Ich habe hier mehr Kindern", INL, "Kurt Wagner", _DE_COLON),
    _case("02-german", "frühestens 2026", PAR, "die Stadtwerke", _DE_SEI),
    _case("02-german", "Notfalls sammeln wir", INL, "Ute Brandt"),
    # 03: Spanish: “ ”, lamentó la portavoz de la empresa, X; lo resume así:; En palabras de; cuenta; admite:; aseguró su vicepresidente, X; replica el alcalde.
    _case("03-spanish", "Con tres viajeros", INL, "Elena Ruiz"),
    _case("03-spanish", "Nos dejan aislados", INL, "Tomás Herrera"),
    _case("03-spanish", "una condena para el pueblo", PAR, "Tomás Herrera"),
    _case("03-spanish", "Yo no conduzco", INL, "Carmen Soto"),
    _case("03-spanish", "¿Quién me va a llevar?", INL, "Carmen Soto"),
    _case("03-spanish", "Ya sabíamos que esto", INL, "Un conductor de la línea"),
    _case("03-spanish", "antes del verano", PAR, "Luis Prieto"),
    _case("03-spanish", "Lo del taxi", INL, "Tomás Herrera", _ES_OFFICE),
    # 04: Italian: « », spiega la responsabile …, X; considera; aggiunge; sorride; A detta della; dice la portavoce; si è limitato a rispondere.
    _case("04-italian", "I biglietti si comprano", INL, "Chiara Fontana"),
    _case("04-italian", "uno schiaffo alla montagna", PAR, "Paolo Ferri"),
    _case("04-italian", "Qui metà dei viaggiatori", INL, "Paolo Ferri"),
    _case("04-italian", "Le macchinette non le sanno", INL, "Paolo Ferri"),
    _case("04-italian", "Io il telefono", INL, "Giuseppe Marino"),
    _case("04-italian", "due, con assistenza telefonica", PAR, "Chiara Fontana"),
    _case("04-italian", "Chiediamo almeno", INL, "Lucia Romano"),
    _case("04-italian", "Valuteremo", INL, "Davide Greco", _IT_LIMITATO),
    # 05: Portuguese (Brazil): “ ”, disse à reportagem o dono, X; De acordo com; lamenta; Em nota, a prefeitura afirmou que; rebate a enfermeira; afirmou.
    _case("05-portuguese", "Não dá mais para competir", INL, "Geraldo Nunes"),
    _case("05-portuguese", "pela metade", PAR, "Geraldo Nunes"),
    _case("05-portuguese", "Agora vou ter que pegar", INL, "Maria das Graças Souza", _PT_DAS),
    _case("05-portuguese", "por meio do posto de saúde", PAR, "a prefeitura"),
    _case("05-portuguese", "O posto já não dá conta", INL, "Cláudia Ramos"),
    _case("05-portuguese", "Vamos cobrar", INL, "Antônio Braga"),
    _case("05-portuguese", "Ninguém pode ficar", INL, "Antônio Braga"),
    # 06: Dutch: ‘ ’, zegt eigenaar X (58); Volgens; zegt ze; aldus wethouder; noemt; Voorzitter X:.
    _case("06-dutch", "Met de huidige huurprijs", INL, "Jan Dekker"),
    _case("06-dutch", "Ik heb het twintig jaar", INL, "Jan Dekker"),
    _case("06-dutch", "online of in de stad", PAR, "Jan Dekker"),
    _case("06-dutch", "De bus gaat twee keer", INL, "Truus Hendriks", _NL_ZE),
    _case("06-dutch", "Hoe moet ik dan", INL, "Truus Hendriks", _NL_ZE),
    _case("06-dutch", "Misschien komt er", INL, "Kees Smit"),
    _case("06-dutch", "een zware klap", PAR, "Dorpsbelang", _NL_NOEMT),
    _case("06-dutch", "Zonder winkel loopt", INL, "Ria de Boer", _NL_DE_BOER),
    # 07: Russian: « » — рассказал начальник …; назвало; — подчеркнул он; По его словам; — возмущается женщина; Как рассказал.
    _case("07-russian", "Паром старый", INL, "Виктор Громов"),
    _case("07-russian", "вынужденным", PAR, "Областное управление дорог", _RU_NAMED),
    _case("07-russian", "Люди остаются отрезанными", INL, "Николай Орлов", _RU_ON),
    _case("07-russian", "нет ни аптеки, ни врача", PAR, "Николай Орлов", _RU_EGO),
    _case("07-russian", "Как я теперь доберусь?", INL, "Галина Петровна Зайцева", _RU_ZHENSHCHINA),
    _case("07-russian", "Мы обратимся в прокуратуру", INL, "Николай Орлов"),
    _case("07-russian", "не раньше 2026 года", PAR, "Виктор Громов"),
    # 08: Japanese: によると…だという, 会見した…教育長は, the office later, （41）は after a relative clause's が, と肩を落とした, 小林さんによると.
    _case("08-japanese", "2人になる見込み", PAR, "町教育委員会"),
    _case("08-japanese", "子どもたちにとって", INL, "田村和夫"),
    _case("08-japanese", "地域の皆さんには申し訳ない", INL, "田村和夫"),
    _case("08-japanese", "友だちがいない学校より", INL, "木村由美"),
    _case("08-japanese", "学校がなくなると", INL, "小林正夫", _JA_KATA),
    _case("08-japanese", "公民館として残してほしい", PAR, "小林正夫"),
    _case("08-japanese", "跡地の活用は", INL, "町の担当者"),
    # 09: Romanian: „ ”, a explicat inspectorul …, X; spune că; a adăugat; povestește ea; susține că; spune X, tatăl ….
    _case("09-romanian", "Avem doar unsprezece", INL, "Mihaela Stoica"),
    _case("09-romanian", "o condamnare la moarte", PAR, "Gheorghe Tudose"),
    _case("09-romanian", "Copiii vor face zilnic", INL, "Gheorghe Tudose"),
    _case("09-romanian", "Am învățat trei generații", INL, "Elena Munteanu"),
    _case("09-romanian", "Mi-e greu să plec.", INL, "Elena Munteanu"),
    _case("09-romanian", "gratuit, cu microbuzul școlar", PAR, "Inspectoratul"),
    _case("09-romanian", "Nimeni nu ne-a întrebat", INL, "Marin Popa"),
    # 10: Finnish: ” ”, sanoo sivistysjohtaja X; Lehdon mukaan (Lehto); hän sanoo; Aallon mukaan (Aalto); Virtanen sanoo; Lehto lupaa.
    _case("10-finnish", "Auto on kolmekymmentä", INL, "Petri Lehto"),
    _case("10-finnish", "vuosi vuodelta vähemmän", PAR, "Petri Lehto"),
    _case("10-finnish", "Tämä on minun ainoa", INL, "Sirkka Mäkelä"),
    _case("10-finnish", "Kirjastoauto tuo kirjat", INL, "Leena Aalto"),
    _case("10-finnish", "parikymmentä lasta viikossa", PAR, "Leena Aalto"),
    _case("10-finnish", "Emme anna periksi", INL, "Matti Virtanen"),
    _case("10-finnish", "Harkitsemme vielä", INL, "Petri Lehto"),
    # 11: Catalan: “ ”, explica el propietari, X; Segons; afirma; En X, de 82 anys; recorda; considera; promet.
    _case("11-catalan", "Els distribuïdors", INL, "Enric Soler"),
    _case("11-catalan", "uns mil euros cada mes", PAR, "Enric Soler"),
    _case("11-catalan", "Volem que continuï", INL, "Núria Ferrer"),
    _case("11-catalan", "Hi vaig conèixer", INL, "Pere Vidal"),
    _case("11-catalan", "Plorarem tots", INL, "Pere Vidal"),
    _case("11-catalan", "una pèrdua irreparable", PAR, "L'associació de veïns", _CA_CONSIDERA),
    _case("11-catalan", "Farem una festa", INL, "Enric Soler"),
    # 12: Indonesian: " ", ujar Kepala Dinas …, X, kepada wartawan; Menurut; kata X, …; Ia khawatir; Ketua …, X, mengatakan … tegasnya; ucap; jelas.
    _case("12-indonesian", "Bangunan pasar", INL, "Bambang Setiawan"),
    _case("12-indonesian", "lebih bersih dan lebih luas", PAR, "Bambang Setiawan"),
    _case("12-indonesian", "Pembeli kami", INL, "Siti Aminah"),
    _case("12-indonesian", "sampai separuh", PAR, "Siti Aminah", _ID_IA),
    _case("12-indonesian", "Kami minta dialog", INL, "Joko Susilo"),
    _case("12-indonesian", "Saya tidak mau pindah", INL, "Ahmad"),
    _case("12-indonesian", "Kami akan menyediakan", INL, "Bambang Setiawan"),
]

_NAMES = (
    "01-french",
    "02-german",
    "03-spanish",
    "04-italian",
    "05-portuguese",
    "06-dutch",
    "07-russian",
    "08-japanese",
    "09-romanian",
    "10-finnish",
    "11-catalan",
    "12-indonesian",
)
test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)
test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, list(_NAMES), _QUOTATIONS)


_BYLINES = [
    ("01-french", ("Claire Dumas",)),
    ("02-german", ("Sabine Krüger",)),
    ("03-spanish", ("Javier Ortega",)),
    ("04-italian", ("Marco Galli",)),
    ("05-portuguese", ("Beatriz Lima",)),
    ("06-dutch", ("Lotte Visser",)),
    ("07-russian", ("Мария Соколова",)),
    ("08-japanese", ("高橋亮",)),
    ("09-romanian", ("Ioana Radu",)),
    ("10-finnish", ("Anna Koskinen",)),
    ("11-catalan", ("Jordi Roca",)),
    ("12-indonesian", ("Dewi Lestari",)),
]


@pytest.mark.parametrize(("post", "authors"), _BYLINES)
def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
    assert _POSTS.authors(post) == authors


# Each construction fixed (stop 48), where it must fire and where it must not.

_CA = "L'únic cinema del poble tanca l'any vinent, i els veïns diuen que és una pèrdua, però també que ja ho esperaven perquè hi anava poca gent amb els fills."
_CA_SHORT = "L'únic cinema del poble tanca l'any vinent i no hi haurà cap altre a la comarca, segons l'Ajuntament, que vol comprar l'edifici d'una vegada."
_ES_NAMES = "Los Mossos d'Esquadra y la policía de L'Hospitalet vigilaron la protesta; los Mossos d'Esquadra detuvieron a dos personas y los Mossos d'Esquadra cerraron la calle."
_ID = "Pemerintah kota akan memindahkan pasar ke lokasi baru, tetapi para pedagang tidak setuju dan sudah mengirim surat kepada bupati."
_FI = "Kirjastoauto ei enää pysähdy kylässä, kertoi kaupunki. Päätös oli odotettu, mutta se on silti raskas, koska auto on myös kylän ainoa kirjasto, joka kulkee talvella."
_SK = "Obec zatvára škôlku a rodičia nevedia, kam budú deti chodiť, keď autobus ide len ráno. Starosta hovorí, že sa pokúsi nájsť riešenie aj pre tých, ktorí nemajú auto."
_RO = "Școala din sat se va închide în toamnă, iar părinții spun că nu au fost întrebați."
_DE = "Das Freibad in Lindenau öffnet in diesem Jahr nicht, weil die Becken undicht sind und die Stadt kein Geld für die Sanierung hat."
_FR = "Le bac qui relie le village à la rive sud depuis 1952 s'arrêtera le 30 juin, et les usagers ne savent pas comment ils traverseront le fleuve."
_RU = "Паромная переправа у села перестанет работать уже с 1 ноября, на месяц раньше обычного, и жители не знают, как будут добираться до райцентра."
_JA = "山北町教育委員会は10日、町立大沢小学校を来年3月末で閉校すると発表した。"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Catalan told by its elided article and "de" before a lower-case word, a short post.
        (_CA_SHORT, "ca"),
        (_CA, "ca"),
        # Must not: Spanish writing Catalan names ("Mossos d'Esquadra", "L'Hospitalet").
        (_ES_NAMES, None),
        # Indonesian told by its own small words when it counts too few of those it is counted by.
        (_ID, "id"),
        # Must not: the other five of the six keep their tells.
        (_FI, "fi"),
        (_SK, "sk"),
    ],
)
def test_the_language_told(text: str, language: str | None) -> None:
    assert own_language(text) == language


@pytest.mark.parametrize(
    ("surname", "lang", "form", "declines"),
    [
        # Finnish consonant gradation in the genitive.
        ("Aalto", "fi", "Aallon", True),
        ("Lehto", "fi", "Lehdon", True),
        ("Seppä", "fi", "Sepän", True),
        ("Koski", "fi", "Kosken", True),
        ("Kallio", "fi", "Kallion", True),
        # Must not: a genitive of another word ("Aallot" is no genitive; "Salonen" keeps its -sen).
        ("Aalto", "fi", "Aallot", False),
        ("Salonen", "fi", "Salosen", True),
        ("Salonen", "fi", "Salonenn", False),
        # A Slovak man's surname in -o: the -o is the ending.
        ("Šimko", "sk", "Šimka", True),
        ("Šimko", "sk", "Šimkovi", True),
        # Must not: "Šimkoa", as the consonant-final surnames take it.
        ("Šimko", "sk", "Šimkoa", False),
        ("Baláž", "sk", "Baláža", True),
    ],
)
def test_a_surname_declined(surname: str, lang: str, form: str, declines: bool) -> None:
    assert (form in declined(surname, lang)) is declines


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Finnish: "Aallon mukaan" is Aalto.
        (
            (
                _FI,
                "”Auto on vanha”, sanoo kirjastonhoitaja Leena Aalto. Aallon mukaan autossa käy talvella ”parikymmentä lasta viikossa”.",
            ),
            [
                ("Auto on vanha", "Leena Aalto"),
                ("autossa käy talvella ”parikymmentä lasta viikossa”", "Leena Aalto"),
            ],
        ),
        # Must not: a city's genitive ("Lahden mukaan", Lahti) where no Lahti is quoted.
        (
            (
                _FI,
                "”Auto on vanha”, sanoo kirjastonhoitaja Leena Aalto. Lahden mukaan autossa käy talvella ”parikymmentä lasta viikossa”.",
            ),
            [("Auto on vanha", "Leena Aalto")],
        ),
        # Slovak: "Podľa Šimka" is Šimko.
        (
            (
                _SK,
                "„Nemáme peniaze“, povedal starosta Peter Šimko. Podľa Šimka bude obec hľadať „iné riešenie“.",
            ),
            [("Nemáme peniaze", "Peter Šimko"), ("bude obec hľadať „iné riešenie“", "Peter Šimko")],
        ),
        # Must not: another -o surname's genitive is no one quoted.
        (
            (
                _SK,
                "„Nemáme peniaze“, povedal starosta Peter Šimko. Podľa Marka bude obec hľadať „iné riešenie“.",
            ),
            [("Nemáme peniaze", "Peter Šimko")],
        ),
        # A role after the verb, then its holder set off by commas.
        (
            (
                _ID,
                '"Bangunan pasar sudah tidak layak," ujar Kepala Dinas Perdagangan, Bambang Setiawan, kepada wartawan.',
            ),
            [("Bangunan pasar sudah tidak layak", "Bambang Setiawan")],
        ),
        (
            (
                _RO,
                "„Avem doar unsprezece elevi”, a explicat inspectorul școlar general, Mihaela Stoica.",
            ),
            [("Avem doar unsprezece elevi", "Mihaela Stoica")],
        ),
        # Must not: no name after the comma.
        (
            (_ID, '"Bangunan pasar sudah tidak layak," ujar Kepala Dinas Perdagangan, kemarin.'),
            [("Bangunan pasar sudah tidak layak", "Kepala Dinas Perdagangan")],
        ),
        (
            (_RO, "„Avem doar unsprezece elevi”, a explicat ea, luni."),
            [("Avem doar unsprezece elevi", None)],
        ),
        # The name set off after a description opening the sentence before.
        (
            (
                _ID,
                'Ketua paguyuban pedagang, Joko Susilo, mengatakan pihaknya akan mengirim surat. "Kami minta dialog dulu," tegasnya.',
            ),
            [("Kami minta dialog dulu", "Joko Susilo")],
        ),
        # Must not: a relative clause set off, no name.
        (
            (
                _ID,
                'Para pedagang pasar, yang marah, menolak pindah. "Kami minta dialog dulu," tegasnya.',
            ),
            [("Kami minta dialog dulu", None)],
        ),
        # The Catalan personal article opening the sentence is no part of the name.
        (
            (
                _CA,
                "En Pere Vidal, de 82 anys, hi va veure la primera pel·lícula. “Hi vaig conèixer la meva dona”, recorda.",
            ),
            [("Hi vaig conèixer la meva dona", "Pere Vidal")],
        ),
        # Must not: the article after the verb, as before.
        (
            (_CA, "“Hi vaig conèixer la meva dona”, diu en Josep Mas."),
            [("Hi vaig conèixer la meva dona", "Josep Mas")],
        ),
        # German "Laut" opening the sentence, with a name or an article.
        (
            (
                _DE,
                "„Das Geld haben wir nicht“, sagt Bürgermeisterin Petra Lindner. Laut Lindner prüft die Stadt nun „alle Fördertöpfe“.",
            ),
            [
                ("Das Geld haben wir nicht", "Petra Lindner"),
                ("prüft die Stadt nun „alle Fördertöpfe“", "Petra Lindner"),
            ],
        ),
        (
            (
                _DE,
                "Laut dem Verkehrsministerium des Landes ist die Sperrung „leider unvermeidbar“.",
            ),
            [("ist die Sperrung „leider unvermeidbar“", "Verkehrsministerium")],
        ),
        # Must not: "laut" (loud), opening the sentence or inside it.
        ((_DE, "Laut hupend fuhr der Bus vor, und die Kinder riefen „endlich“."), []),
        ((_DE, "Der Bademeister rief laut „Alle raus aus dem Wasser“, und niemand hörte ihn."), []),
        # French "Pour" with an office: its holder set off, or named before.
        (
            (
                _FR,
                "Pour la présidente de l'association des usagers, Nadia Belkacem, il s'agit d'une « erreur historique ».",
            ),
            [("il s'agit d'une « erreur historique »", "Nadia Belkacem")],
        ),
        (
            (
                _FR,
                "Le maire, Bernard Rousseau, a reçu les usagers vendredi. Pour le maire, la traversée reste « l'âme du village ».",
            ),
            [("la traversée reste « l'âme du village »", "Bernard Rousseau")],
        ),
        # Must not: "Pour" is "for".
        ((_FR, "Pour la première fois, les usagers parlent d'une « erreur historique »."), []),
        ((_FR, "Pour le moment, la traversée reste « l'âme du village »."), []),
        # French "en" after the name ends it.
        (
            (
                _FR,
                "« Nous étudierons toutes les pistes », a assuré Antoine Garnier en fin de séance.",
            ),
            [("Nous étudierons toutes les pistes", "Antoine Garnier")],
        ),
        # Russian "Как рассказал X," (as X told).
        (
            (
                _RU,
                "«Паром старый», — рассказал начальник переправы Виктор Громов. Как рассказал Громов, новый паром обещают «не раньше 2026 года».",
            ),
            [
                ("Паром старый", "Виктор Громов"),
                ("новый паром обещают «не раньше 2026 года»", "Виктор Громов"),
            ],
        ),
        # Must not: "Как" is no one.
        ((_RU, "Как сказал мне один рыбак, «здесь всё кончено»."), [("здесь всё кончено", None)]),
        # Japanese: 教育長 after a name; the topic past a relative clause's が; によると.
        (
            (_JA, "会見した田村和夫教育長は「より良い学びの環境を選んだ」と説明した。"),
            [("より良い学びの環境を選んだ", "田村和夫")],
        ),
        (
            (
                _JA,
                "6年生の娘がいる木村由美さん（41）は「友だちがいない学校より、町の学校の方がいい」と話す。",
            ),
            [("友だちがいない学校より、町の学校の方がいい", "木村由美")],
        ),
        (
            (_JA, "町教育委員会によると、全校児童は4人で、来年度は「2人になる見込み」だという。"),
            [("全校児童は4人で、来年度は「2人になる見込み」", "町教育委員会")],
        ),
        (
            (
                _JA,
                "卒業生の小林正夫さん（73）は地元に残った。小林さんによると、校舎は「公民館として残してほしい」との声が多い。",
            ),
            [("校舎は「公民館として残してほしい」", "小林正夫")],
        ),
        # Must not: an office with no name; a so-called term after によると.
        (
            (_JA, "町の教育長は「より良い学びの環境を選んだ」と説明した。"),
            [("より良い学びの環境を選んだ", "町の教育長")],
        ),
        ((_JA, "報道によると、今回販売されたのは、いわゆる「脱獄」した端末だという。"), []),
    ],
)
def test_a_construction(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert given_to(*paragraphs) == expected


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        # A Russian body or description opening the sentence: no name.
        ("Областное управление дорог", None, "Областное управление дорог"),
        ("Министерство здравоохранения области", None, "Министерство здравоохранения области"),
        # Must not: a name after a noun; a surname alone; a full name.
        ("Пенсионер Виктор Рябов", "Виктор Рябов", "Пенсионер"),
        ("Толстой", "Толстой", None),
        ("Николай Орлов", "Николай Орлов", None),
    ],
)
def test_a_russian_body(phrase: str, name: str | None, role: str | None) -> None:
    split = split_speaker(phrase)
    assert (split.name, split.role) == (name, role)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # The Japanese 文・ (text:) before the name.
        ("文・高橋亮", ("高橋亮",)),
        ("取材・文・高橋亮", ("高橋亮",)),
        # Must not: a line that opens with 文 and no byline.
        ("文化部の高橋亮", None),
        ("文・写真", None),
    ],
)
def test_a_japanese_byline(line: str, authors: tuple[str, ...] | None) -> None:
    assert _press_byline(line) == authors
