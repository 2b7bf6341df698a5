"""Do the language fixes carry? New held-out posts in ten languages, stop 49 (branch s49-lang8).

Ten posts written by the team after stop 48, one per language (French,
German, Spanish, Italian, Portuguese, Dutch, Russian, Polish, Swedish,
Turkish), of three kinds: wire stories (French, Portuguese, Russian,
Turkish), interviews written up (German, Polish, Swedish) and opinion pieces
quoting others (Spanish, Italian, Dutch), each with a byline and seven to
nine quotations in constructions the earlier posts did not write, many of
them "according to" as a preposition and a noun of saying before the name
("D'après", "Aux dires de", "Selon les mots de", "Nach ihren Worten", "Nach
Angaben der", "En palabras de", "A juicio de", "De acuerdo con", "A detta
dell'", "Secondo quanto riferito da", "Per dirla con", "De acordo com",
"Nas palavras de", "Conforme", "Volgens" with no comma, "In de woorden van",
"Naar eigen zeggen", "По мнению", "По данным", "Как отметила", "Zdaniem",
"Według", "Enligt" with no comma, "X'a göre", "X'ün açıklamasına göre"),
kept in ``tests/fixtures/lang8_s49_lang8``. The gold (words, kind,
speaker; bylines) was written before the first read.

First read, before any fix (evaluation/history/stop-49.md, "Languages, new
text held out"): see there. Each quotation left misread is a strict xfail
with its reason. Every sentence here is written by the team."""

# ruff: noqa: RUF001, RUF002, RUF003, E501 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    byline_test,
    construction_test,
    each_quotation_test,
    every_read_listed_test,
    review_case,
)

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "lang8_s49_lang8"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

# Why each misreading is left (evaluation/history/stop-49.md).
_FR_DES = "'Aux dires des élus locaux, …': the French 'des' (of the) before a plural description is left out of said_nouns (it was given to the last speaker when read), so the partial is not read"
_DE_IHREN = "'Nach ihren Worten kommen … „…“': a possessive pronoun as the source of 'nach … Worten' is not read"
_DE_ZEITUNG = "'„…“, sagte er unserer Zeitung.': the dative object 'unserer Zeitung' after the pronoun is taken for the speaker"
_DE_ANGABEN = "'Nach Angaben der Gemeinde ist …, „…“': the German genitive's article after the noun of saying is left out of said_nouns (read, the body was shown as 'Nach Angaben der Gemeinde' or given to a body named before), and the gold's nominative is never written"
_DE_SELBST = "'Keller selbst bleibt skeptisch: „…“': the subject with 'selbst' before a colon is not read; the speaker before is carried"
_DE_AGE_NOUN = "'…, sagt die 35-Jährige.': an age noun stands for the subject of the sentence before (Ihre Tochter Anna); no rule ties it"
_DE_UND = (
    "'sagt Margit Keller und lacht.': 'und' and a second verb after the name are kept in the name"
)
_ES_ME = "'me dijo hace unos días Ramón Gil, alcalde …': the object pronoun 'me' before the verb is read as the speaker"
_ES_COMO = "'Como dijo Crespo en el Senado, “…”': 'Como' (as) opening the sentence is read as a name; the Spanish 'as X said' is not in the tables (the Russian 'Как рассказал' is)"
_IT_ASSESSORE = "'L'assessore Gatti, interpellato, ha ribadito: «…»': the office with the elided article and a surname is shown as written, not tied to the full name"
_IT_ORDINE = "'«…», avverte il presidente dell'Ordine dei medici, Luca Ferretti.': the office's portfolio after an elided article, the name set off, is not read; the speaker before is carried"
_PT_APLICATIVO = "'reclamou o motorista de aplicativo Tiago Rocha': an office with a lower-case 'de' complement before the name is not read; the speaker before is carried"
_NL_TWO_WORDS = "'Volgens wethouder Bram Willems is de sluiting ‘helaas onvermijdelijk’.': two words in single marks are dropped before any attribution (said_nouns reads the sentence: the same words in double marks are Willems's)"
_NL_ZEI_ZE = "'Ik sprak deze week met bibliothecaris Els Mulder, … ‘…’, zei ze.': the pronoun goes to the last speaker, not to the person the narrator spoke with in the sentence before"
_NL_LIET = "'‘…’, liet Willems weten in een reactie.': 'liet … weten' (let know) is no verb of saying in the tables; the speaker before is carried"
_NL_EIGEN = "'Naar eigen zeggen doet hij ‘…’': 'by his own account' is read as a name 'Naar eigen'; its source is the pronoun after the verb"
_RU_DANNYM = "'По данным районного управления образования, …': 'по данным' is left out of the table (a body in the genitive, given to the last speaker when read)"
_PL_PANI = "'– … – mówi pani Danuta, gdy …': a dash inciso whose speaker is 'pani' and a first name is not read (with a full name it is)"
_PL_MID = "a dash turn after the narrator's sentence in the same paragraph ('…? – … – odpowiada.', '…. – … – dodaje z uśmiechem.'), its verb with no subject, is not read"
_PL_COMPANY = "'Rzecznik PKP Intercity Michał Nowicki tłumaczy, że …': the company's capitalised name between the office and the person is kept in the name"
_PL_GENITIVE = "'Według burmistrza Zagórza Ernesta Nowaka gmina …. „…” – zapowiada.': the name in the genitive, the town's genitive before it, is shown as written (Polish names are not put back in the nominative)"
_SV_MEN = "'Postnords presschef Karin Ek beklagar beskedet men säger att …': the subject of two verbs joined by 'men' (but) is not cut before the first verb and its object (the next quotation carries it)"
_SV_MID = "'… med Postnord. – En by utan butik …, säger han.': a dash turn after the narrator's sentence in the same paragraph, set off by a comma alone, is not read (read, the pronoun went to the last speaker, so that change was taken out)"
_TR_OFFICE = "'Gestaş Genel Müdürü Mehmet Yıldız, \"…\" dedi.', 'Balıkçı Kemal Aydın …': the capitalised Turkish office before the name is kept in the name"
_TR_IFADE = "'Öztürk, \"…\" ifadelerini kullandı.': 'ifadelerini kullandı' (used the words) is not read; the speaker before is carried"
_TR_GORE = "'Yıldız'a göre …', 'Öztürk'ün açıklamasına göre …': the Turkish postposition 'göre' after a name with its case ending is not read (added to the Hungarian 'szerint' table it did not fire)"
_DE_BYLINE = "'Von Jonas Reuter' after a subtitle line (the interview's standfirst) is not read as the byline"

_QUOTATIONS = [
    # 01: French wire: a déclaré l'office …, X,; D'après X; Aux dires des …; a-t-elle réagi; Selon les mots de X; promet son porte-parole, X; a répondu que; a assuré X en ….
    _case("01-french", "Nous n'avons pas d'autre choix", INL, "Olivier Texier"),
    _case("01-french", "un car de substitution jusqu'à Grenoble", PAR, "Olivier Texier"),
    _case("01-french", "sans la moindre concertation", PAR, "les élus locaux", _FR_DES),
    _case("01-french", "C'est la saison qui fait vivre", INL, "Sophie Garcin"),
    _case("01-french", "par un communiqué", PAR, "Sophie Garcin"),
    _case("01-french", "Nous serons des centaines", INL, "Julien Faure"),
    _case("01-french", "au printemps, si tout va bien", PAR, "Olivier Texier"),
    _case("01-french", "Les travaux sont indispensables", INL, "Olivier Texier"),
    # 02: German interview: erzählt Keller, während …; Nach ihren Worten; a turn after "Keller überlegt lange."; sagte er; Nach Angaben der Gemeinde; skeptisch:; sagt die 35-Jährige; sagt X und lacht.
    _case("02-german", "Einen Nachfolger habe ich", INL, "Margit Keller"),
    _case("02-german", "Die jungen Leute wollen", INL, "Margit Keller"),
    _case("02-german", "etwa achtzig Kunden", PAR, "Margit Keller", _DE_IHREN),
    _case("02-german", "Die Gespräche an der Theke", INL, "Margit Keller"),
    _case("02-german", "Mit der Bäckerei verliert", INL, "Stefan Ruf", _DE_ZEITUNG),
    _case("02-german", "zweimal pro Woche", PAR, "die Gemeinde", _DE_ANGABEN),
    _case("02-german", "Ein Lieferwagen ersetzt", INL, "Margit Keller", _DE_SELBST),
    _case("02-german", "Ich habe als Kind", INL, "Anna", _DE_AGE_NOUN),
    _case("02-german", "Erst einmal ausschlafen", INL, "Margit Keller", _DE_UND),
    # 03: Spanish opinion: En palabras de la secretaria …, X,; me dijo hace unos días X, alcalde …; A juicio de la plataforma X; lo explica …:; De acuerdo con X; Como dijo X en …; resume X, que ….
    _case("03-spanish", "menos viajeros que un autobús escolar", PAR, "Isabel Crespo"),
    _case("03-spanish", "Cuando se va el tren", INL, "Ramón Gil", _ES_ME),
    _case("03-spanish", "una sentencia de muerte para la provincia", PAR, "Soria Ya"),
    _case("03-spanish", "Cada euro que se ahorra", INL, "Daniel Ortiz"),
    _case("03-spanish", "unos nueve millones al año", PAR, "Daniel Ortiz"),
    _case("03-spanish", "no se puede mantener un tren vacío", INL, "Isabel Crespo", _ES_COMO),
    _case("03-spanish", "Nos quitaron los horarios buenos", INL, "Pilar Sanz"),
    # 04: Italian opinion: A detta dell'assessore …, X,; ricorda l'ostetrica X, che …; dice X, 70 anni,; Secondo quanto riferito da X; ha ribadito:; Per dirla con X,; avverte il presidente …, X.
    _case("04-italian", "una scelta dettata dalla sicurezza", PAR, "Roberto Gatti"),
    _case("04-italian", "Da qui a Piacenza", INL, "Marta Conti"),
    _case("04-italian", "Un parto non aspetta.", INL, "Marta Conti"),
    _case("04-italian", "Qui sono nati mio padre", INL, "Giovanna Bassi"),
    _case("04-italian", "almeno una deroga di due anni", PAR, "Alberto Rossi"),
    _case("04-italian", "Nessuna marcia indietro", INL, "Roberto Gatti", _IT_ASSESSORE),
    _case("04-italian", "si chiude un reparto", INL, "Marta Conti"),
    _case("04-italian", "Le famiglie giovani", INL, "Luca Ferretti", _IT_ORDINE),
    # 05: Portuguese wire: De acordo com a …; disse o diretor …, X; Nas palavras de X; afirmou X, dona …; Conforme a …; declarou; reclamou o motorista … X.
    _case("05-portuguese", "manutenção obrigatória", PAR, "Travessia Bahia"),
    _case("05-portuguese", "Não é uma decisão", INL, "Fernando Lopes"),
    _case("05-portuguese", "quatro ou cinco horas", PAR, "Fernando Lopes"),
    _case("05-portuguese", "Quem vem passar o dia", INL, "Joana Pires"),
    _case(
        "05-portuguese", "transporte alternativo por lancha", PAR, "a Agência Estadual de Regulação"
    ),
    _case("05-portuguese", "O baiano não pode ser refém", INL, "Marcos Vieira"),
    _case("05-portuguese", "A gente entende a manutenção", INL, "Tiago Rocha", _PT_APLICATIVO),
    # 06: Dutch opinion: Volgens wethouder X is …; zei ze; In de woorden van X is …; Volgens directeur X verdwenen …; aldus X; liet X weten; Naar eigen zeggen.
    _case("06-dutch", "helaas onvermijdelijk", PAR, "Bram Willems", _NL_TWO_WORDS),
    _case("06-dutch", "Hier leren kinderen lezen", INL, "Els Mulder", _NL_ZEI_ZE),
    _case("06-dutch", "Dat doet geen app.", INL, "Els Mulder", _NL_ZEI_ZE),
    _case("06-dutch", "de huiskamer van het dorp", PAR, "Els Mulder"),
    _case("06-dutch", "ruim driehonderd vestigingen", PAR, "Hanneke Bos"),
    _case("06-dutch", "Wie nu bezuinigt", INL, "Hanneke Bos"),
    _case("06-dutch", "We zoeken naar alternatieven", INL, "Bram Willems", _NL_LIET),
    _case("06-dutch", "wat binnen het budget past", PAR, "Bram Willems", _NL_EIGEN),
    # 07: Russian wire: — заявил глава района X; По мнению X; — говорит мать … X; По данным …; X назвал … «…»; — сказал X; Как отметила уполномоченный … X,.
    _case("07-russian", "В школе осталось девять", INL, "Алексей Корнилов"),
    _case("07-russian", "лучше в большой школе", PAR, "Алексей Корнилов"),
    _case("07-russian", "Автобус будет идти", INL, "Татьяна Ершова"),
    _case("07-russian", "два раза в день", PAR, "районное управление образования", _RU_DANNYM),
    _case("07-russian", "ошибкой, за которую заплатят дети", PAR, "Сергей Лукин"),
    _case("07-russian", "Когда закрывается школа", INL, "Сергей Лукин"),
    _case("07-russian", "внимательно изучит ситуацию", PAR, "Ирина Белова"),
    # 08: Polish interview: – … – mówi pani X,; Zdaniem X; – … – odpowiada; tłumaczy, że; – … – dodaje X; Według burmistrza … X (genitive); – dodaje z uśmiechem.
    _case("08-polish", "Ludzie przychodzili tu", INL, "Danuta Kowal", _PL_PANI),
    _case("08-polish", "nie zastąpi człowieka", PAR, "Danuta Kowal"),
    _case("08-polish", "Od dwóch lat mówiło się", INL, "Danuta Kowal", _PL_MID),
    _case("08-polish", "kilkanaście osób dziennie", PAR, "Michał Nowicki", _PL_COMPANY),
    _case("08-polish", "Utrzymanie kasy", INL, "Michał Nowicki"),
    _case("08-polish", "Chcemy tu urządzić", INL, "Ernest Nowak", _PL_GENITIVE),
    _case("08-polish", "Niektórych znam od dziecka", INL, "Danuta Kowal", _PL_MID),
    # 09: Swedish interview: – …, säger X när …; Enligt X kommer …; säger att … ”…”; skriver X i …; – …, säger han; X, 79, … ”…”, säger han; – …, säger hon.
    _case("09-swedish", "Paketen är en tredjedel", INL, "Ingrid Holm"),
    _case("09-swedish", "kämpa in i det sista", PAR, "Ingrid Holm"),
    _case("09-swedish", "för få paket för att vara lönsamt", PAR, "Karin Ek", _SV_MEN),
    _case("09-swedish", "Vi ser över hela nätet", INL, "Karin Ek", _SV_MEN),
    _case("09-swedish", "En by utan butik", INL, "Anders Berg", _SV_MID),
    _case("09-swedish", "Jag har ingen bil.", INL, "Sven Dahl"),
    _case("09-swedish", "Det är här folk träffas", INL, "Ingrid Holm", _SV_MID),
    # 10: Turkish wire: X, "…" dedi; X'a göre; X, "…" diye konuştu; X'ün açıklamasına göre; … "…" duyurdu; "…" dedi after a sentence naming X; X, "…" ifadelerini kullandı.
    _case("10-turkish", "Rüzgar 8 kuvvetinde esiyor", INL, "Mehmet Yıldız", _TR_OFFICE),
    _case("10-turkish", "en erken cuma günü", PAR, "Mehmet Yıldız", _TR_GORE),
    _case("10-turkish", "Otel bir gece daha", INL, "Elif Kaya"),
    _case("10-turkish", "gıda ve yakıt sıkıntısı yok", PAR, "Hakan Öztürk", _TR_GORE),
    _case("10-turkish", "perşembe gecesinden itibaren", PAR, "Meteoroloji Genel Müdürlüğü"),
    _case("10-turkish", "Kırk yıldır böyle fırtına görmedim", INL, "Kemal Aydın", _TR_OFFICE),
    _case("10-turkish", "Ada halkı dayanışma içinde", INL, "Hakan Öztürk", _TR_IFADE),
]

_NAMES = (
    "01-french",
    "02-german",
    "03-spanish",
    "04-italian",
    "05-portuguese",
    "06-dutch",
    "07-russian",
    "08-polish",
    "09-swedish",
    "10-turkish",
)
test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)
test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, list(_NAMES), _QUOTATIONS)


_BYLINES = [
    ("01-french", ("Hélène Marchand",)),
    pytest.param(
        "02-german", ("Jonas Reuter",), marks=pytest.mark.xfail(reason=_DE_BYLINE, strict=True)
    ),
    ("03-spanish", ("Lucía Navarro",)),
    ("04-italian", ("Francesca Moretti",)),
    ("05-portuguese", ("Rafael Cardoso",)),
    ("06-dutch", ("Femke Jansen",)),
    ("07-russian", ("Ольга Смирнова",)),
    ("08-polish", ("Katarzyna Wrona",)),
    ("09-swedish", ("Erik Lindqvist",)),
    ("10-turkish", ("Ayşe Demir",)),
]

test_the_byline = byline_test(_POSTS, _BYLINES)


# Each construction fixed (stop 49), where it must fire and where it must not.

_ES = "El ayuntamiento cerrará el puente en mayo y los vecinos no saben por dónde pasarán."
_IT = "Il comune chiuderà la piazza a maggio e i negozianti non sanno cosa fare."
_PT = "A prefeitura vai fechar a ponte em maio, e os moradores não sabem por onde vão passar."
_FR = "Le pont fermera en mai et les habitants ne savent pas par où ils passeront."
_DE = "Die Brücke in Lindenau wird im Mai gesperrt, und die Anwohner wissen nicht, wie sie in die Stadt kommen."
_NL = "De brug in het dorp gaat in mei dicht en de bewoners weten niet hoe ze in de stad moeten komen."
_PL = "Przez 32 lata Danuta Kowal sprzedawała bilety w kasie na stacji w Zagórzu. Od poniedziałku kasa jest zamknięta, a bilety można kupić tylko w automacie lub przez internet."
_SV = "Ingrid Holm har drivit lanthandeln i Ramsele i 27 år. Nu hotas butiken av att Postnord flyttar sitt paketombud till Sollefteå, och det är inte första gången som byn förlorar något."
_RU = "Мост в селе закроют в мае, и жители не знают, как будут добираться до райцентра."
_UK = "Міст у селі закриють у травні, і жителі не знають, як добиратимуться до райцентру."


test_a_construction = construction_test(
    [
        # A preposition, a noun of saying and "of", then the source
        # (said_nouns): Spanish, Italian, Portuguese, French, German, Dutch.
        (
            (
                _ES,
                "En palabras de la consejera de Cultura, Ana Ruiz, el puente es “una joya olvidada”.",
            ),
            [("el puente es “una joya olvidada”", "Ana Ruiz")],
        ),
        (
            (_ES, "A juicio de Luis Mora, la obra es “un desastre”."),
            [("la obra es “un desastre”", "Luis Mora")],
        ),
        (
            (_ES, "De acuerdo con Marta Gil, el puente costará “el doble de lo previsto”."),
            [("el puente costará “el doble de lo previsto”", "Marta Gil")],
        ),
        (
            (_IT, "A detta del sindaco, Marco Neri, la piazza resterà «chiusa fino a maggio»."),
            [("la piazza resterà «chiusa fino a maggio»", "Marco Neri")],
        ),
        (
            (_IT, "Secondo quanto riferito da Neri, la piazza resterà «chiusa fino a maggio»."),
            [("la piazza resterà «chiusa fino a maggio»", "Neri")],
        ),
        (
            (_IT, "Per dirla con Neri, la piazza è «un parcheggio»."),
            [("la piazza è «un parcheggio»", "Neri")],
        ),
        (
            (_PT, 'Nas palavras de Rui Lopes, a ponte está "por um fio".'),
            [('a ponte está "por um fio"', "Rui Lopes")],
        ),
        (
            (_FR, "Selon les mots de Paul Martin, le pont est « à bout de souffle »."),
            [("le pont est « à bout de souffle »", "Paul Martin")],
        ),
        (
            (_FR, "Aux dires de Paul Martin, le pont est « à bout de souffle »."),
            [("le pont est « à bout de souffle »", "Paul Martin")],
        ),
        (
            (
                _DE,
                "Nach Angaben von Bürgermeister Jens Albrecht ist die Brücke „nicht mehr sicher“.",
            ),
            [("ist die Brücke „nicht mehr sicher“", "Jens Albrecht")],
        ),
        (
            (_NL, "In de woorden van Kok is de brug ‘niet meer veilig’."),
            [("is de brug ‘niet meer veilig’", "Kok")],
        ),
        # Must not: no "of" after the noun; one lower-case word or no body's
        # article as the source; the German genitive's article and the
        # French "des" (read as before).
        ((_ES, "En palabras sencillas, la obra es “un desastre”."), []),
        ((_ES, "De acuerdo con todos, la obra es “un desastre”."), []),
        ((_IT, "A detta di tutti, la piazza resterà «chiusa fino a maggio»."), []),
        ((_IT, "Per dirla tutta, la piazza è «un parcheggio»."), []),
        ((_PT, 'Nas palavras do hino, a pátria é "mãe gentil".'), []),
        ((_DE, "Nach langen Worten kam die Rede auf „die Brücke“."), []),
        ((_FR, "Aux dires des habitants, le pont est « à bout de souffle »."), []),
        # The French "D'après" and the Portuguese "Conforme" in the tables of
        # one-word "according to" (with a name; "Conforme" with an article too).
        (
            (_FR, "D'après Paul Martin, le pont est « à bout de souffle »."),
            [("le pont est « à bout de souffle »", "Paul Martin")],
        ),
        (
            (_PT, 'Conforme a Defesa Civil, a ponte está "por um fio".'),
            [('a ponte está "por um fio"', "a Defesa Civil")],
        ),
        # Must not: "D'après" with an article (no source named).
        ((_FR, "D'après la météo, il fera « un temps de chien »."), []),
        # "According to" in one word with no comma after its source: Dutch,
        # Polish, Swedish (an office in lower case before the name).
        (
            (_NL, "Volgens burgemeester Piet Kok is de brug ‘niet meer veilig’."),
            [("is de brug ‘niet meer veilig’", "Piet Kok")],
        ),
        (
            (_PL, "Zdaniem Kowal automat „nie zastąpi człowieka, zwłaszcza starszym osobom”."),
            [("automat „nie zastąpi człowieka, zwłaszcza starszym osobom”", "Danuta Kowal")],
        ),
        (
            (_SV, "Enligt Holm är bron ”inte säker längre”."),
            [("är bron ”inte säker längre”", "Ingrid Holm")],
        ),
        # Must not: a thing, not a name, after it.
        ((_NL, "Volgens de planning is de brug ‘in mei weer klaar’."), []),
        ((_PL, "Według planu kasa będzie „zamknięta do odwołania”."), []),
        ((_SV, "Enligt planen är bron ”klar i maj igen”."), []),
        # Russian "По мнению X" (in X's opinion), the Ukrainian "На думку X";
        # "Как отметил" with an office before the name set off by a comma.
        (
            (
                _RU,
                "«Мост старый», — сказал глава поселения Николай Орлов.",
                "По мнению Орлова, мост «в аварийном состоянии».",
            ),
            [("Мост старый", "Николай Орлов"), ("мост «в аварийном состоянии»", "Николай Орлов")],
        ),
        (
            (
                _UK,
                "«Міст старий», — сказав голова громади Петро Мельник.",
                "На думку Мельника, міст «в аварійному стані».",
            ),
            [("Міст старий", "Петро Мельник"), ("міст «в аварійному стані»", "Петро Мельник")],
        ),
        (
            (_RU, "Как отметил глава района Иван Петров, мост «в аварийном состоянии»."),
            [("мост «в аварийном состоянии»", "Иван Петров")],
        ),
        # Must not: no name in the opinion's genitive; "Как" with no name.
        ((_RU, "По мнению многих, мост «в аварийном состоянии»."), []),
        ((_RU, "Как сказал мне один старый рыбак, мост «в аварийном состоянии»."), []),
        # Russian "назвал" (a man's "called"), as the Ukrainian "назвав".
        (
            (
                _RU,
                "Директор школы Сергей Лукин назвал решение «ошибкой, за которую заплатят дети».",
            ),
            [("решение «ошибкой, за которую заплатят дети»", "Сергей Лукин")],
        ),
        # Must not: a body's neuter "назвало" (stop 39's battery, stop 45).
        ((_RU, "Управление дорог назвало решение «вынужденным»."), []),
        # Swedish: the speech's tail after the comma holds a clause opened by
        # "när" or "medan" after the name.
        (
            (
                _SV,
                "– Paketen är en tredjedel av min försäljning, säger Ingrid Holm när vi träffas bakom disken.",
            ),
            [("Paketen är en tredjedel av min försäljning", "Ingrid Holm")],
        ),
        (
            (
                _SV,
                "– Paketen är en tredjedel av min försäljning, säger Ingrid Holm medan hon packar.",
            ),
            [("Paketen är en tredjedel av min försäljning", "Ingrid Holm")],
        ),
        # Must not: "och" after the name (it may name a second speaker).
        (
            (
                _SV,
                "– Paketen är en tredjedel av min försäljning, säger Ingrid Holm och ler mot kunderna.",
            ),
            [],
        ),
    ]
)
