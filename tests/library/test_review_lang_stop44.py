"""A researcher reads five team posts in languages the team had not written, stop 44 (branch s44-lang).

Five news stories written by the team as journalists of those presses write
them (invented people and places, not translated from any article), kept in
``tests/fixtures/review_lang_stop44``: a Dutch story („…” and “…”, "zei
havenmeester Tom Hale", "zegt ze", "aldus Lind", "volgens", "Hij vertelde:
„…”", the byline "Door"); a Swedish story (”…” with the same mark at both
ends, speech opened by a dash "– …, säger hon.", "sa Holm", "enligt", the
byline "Av"); a Chinese story in simplified characters (“…” and 「…」, 说 /
表示 / 称 / 回忆说：, names with no spaces, the byline "本报记者"); a
Turkish story (“…” then "dedi" / "diye konuştu" / "diye ekledi", the
speaker's name and a comma before the marks, suffixed names "Lind'in",
"Hale'e"); and a Czech story („…“ with the comma inside, "řekl", "dodal",
"uvedla Lind", "podle něj"). Every quotation of every post is listed with
its kind and the speaker a careful reader would write (the name, else the
description when no name is given); each one read wrong is a strict xfail
with the reason, so a fix shows as a pass to take off the list.
evaluation/README.md ("Five posts in languages the team had not written,
stop 44") gives the first-read count. Every sentence here is written by the
team."""

# ruff: noqa: RUF001, RUF002, RUF003, E501 (the marks and the scripts are the subject here)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process
from tests.library.paragraphs import Posts, each_quotation_test, review_case, run, said_by, shown

_FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "review_lang_stop44"
_POSTS = Posts(_FOLDER)

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL

_case = review_case

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Five posts in languages the team had not written, stop 44").
_PARTIAL = "a partial quotation after a verb of no saying or a document ('schat de kosten op „…”', 'laat weten dat zij “…”', 'Uit een rapport … bleek al dat … „…”', 'uppskattar kostnaden till ”…”', 'besiktning … visade att … ”…”', 'posudek … upozorňoval na „…“', 'Hale'e göre … “…”', 'maliyetin “…” olacağını', '张建国估计，工程费用“…”', '他说，…，“…”') is not read, or read as a whole quotation"

_QUOTATIONS = [
    # 01: Dutch: „…” and “…”, zei / zegt / aldus / volgens / Hij vertelde:.
    _case("01-dutch", "In dertig jaar heb ik", INL, "Tom Hale"),
    _case("01-dutch", "alsof het luciferdoosjes waren", PAR, "Tom Hale"),
    _case("01-dutch", "Zolang de duikers", INL, "Tom Hale"),
    _case("01-dutch", "Twee bootjes per week", INL, "Ada Lind"),
    _case("01-dutch", "Als er niets verandert", INL, "Ada Lind"),
    _case("01-dutch", "Het geld moet uit Den Haag", INL, "Pieter Brouwer"),
    _case("01-dutch", "minstens dertig miljoen euro", PAR, "Pieter Brouwer"),
    _case("01-dutch", "alle mogelijkheden", PAR, "De provincie", _PARTIAL),
    _case("01-dutch", "Rond twee uur hoorden", INL, "Kees Visser"),
    _case("01-dutch", "Al tien jaar beloven", INL, "Kees Visser"),
    _case("01-dutch", "zorgwekkend verzwakt", PAR, "een rapport van het waterschap", _PARTIAL),
    _case("01-dutch", "We hadden de werkzaamheden", INL, "Sanne de Groot"),
    _case("01-dutch", "De kinderen mogen", INL, "Fenna Bakker"),
    _case("01-dutch", "Mijn vader heeft die steiger", INL, "Een oude visser"),
    _case("01-dutch", "We repareren hem", INL, "Tom Hale"),
    _case("01-dutch", "Maar het gaat tijd kosten", INL, "Tom Hale"),
    _case("01-dutch", "Ik kom met data", INL, "Pieter Brouwer"),
    # 02: Swedish: ”…”, the dash of speech, säger / sa / berättar / enligt.
    _case("02-swedish", "På trettio år", INL, "Tom Hale"),
    _case("02-swedish", "som tändsticksaskar", PAR, "Tom Hale"),
    _case("02-swedish", "Tills dykarna", INL, "Tom Hale"),
    _case("02-swedish", "Två båtturer i veckan", INL, "Ada Lind"),
    _case("02-swedish", "Om ingenting händer", INL, "Ada Lind"),
    _case("02-swedish", "Pengarna måste komma", INL, "Lars Holm"),
    _case("02-swedish", "minst trettio miljoner kronor", PAR, "Lars Holm", _PARTIAL),
    _case("02-swedish", "alla möjligheter", PAR, "Länsstyrelsen"),
    _case("02-swedish", "Vid tvåtiden hörde vi", INL, "Erik Sandberg"),
    _case("02-swedish", "I tio år har de lovat", INL, "Erik Sandberg"),
    _case("02-swedish", "oroväckande försvagad", PAR, "hamnbolagets besiktning", _PARTIAL),
    _case("02-swedish", "Arbetet fanns med", INL, "Maria Lund"),
    _case("02-swedish", "Barnen får inte", INL, "Sara Berg"),
    _case("02-swedish", "Min far var med", INL, "En äldre fiskare"),
    _case("02-swedish", "Vi lagar den", INL, "Tom Hale"),
    _case("02-swedish", "Men det kommer att ta tid", INL, "Tom Hale"),
    # (Read since stop 46, s46-lang4: the sentence before opens with a
    # surname the text gave in full, a construction of no language's words.)
    _case("02-swedish", "Jag kommer med datum", INL, "Lars Holm"),
    # 03: Chinese: “…” and 「…」, 说 / 表示 / 称 / 回忆说：, no spaces.
    _case("03-chinese", "我在这个港口干了三十年", INL, "王海涛"),
    _case("03-chinese", "就像掀火柴盒一样", PAR, "王海涛", _PARTIAL),
    _case("03-chinese", "一个岛一周只有两班船", INL, "李静"),
    _case("03-chinese", "如果情况没有变化", INL, "李静"),
    _case("03-chinese", "这笔钱应该由国家来出", INL, "张建国"),
    _case("03-chinese", "至少三千万元", PAR, "张建国"),
    _case("03-chinese", "一切可行方案", PAR, "省交通厅"),
    _case("03-chinese", "两点左右", INL, "刘大海"),
    _case("03-chinese", "十年来他们一直答应", INL, "刘大海"),
    _case("03-chinese", "令人担忧的老化", PAR, "港务公司的一份检测报告"),
    _case("03-chinese", "这项工程去年就列入了预算", INL, "赵红"),
    _case("03-chinese", "孩子们不能因为", INL, "孙丽"),
    _case("03-chinese", "我父亲当年帮着", INL, "一位老渔民"),
    _case("03-chinese", "我们一定会修好它", INL, "王海涛"),
    _case("03-chinese", "不过需要时间", INL, "王海涛"),
    _case("03-chinese", "我带着时间表来", INL, "张建国"),
    # 04: Turkish: “…” dedi / diye konuştu / diye ekledi, "Kaya, “…” dedi".
    _case("04-turkish", "Otuz yıldır bu limandayım", INL, "Tom Hale"),
    _case("04-turkish", "kibrit kutusu gibi", PAR, "Tom Hale", _PARTIAL),
    _case("04-turkish", "Dalgıçlar kazıkları", INL, "Tom Hale"),
    _case("04-turkish", "Koca bir ada için", INL, "Ada Lind"),
    _case("04-turkish", "Hiçbir şey değişmezse", INL, "Ada Lind"),
    _case("04-turkish", "Bu para adalıların", INL, "Murat Kaya"),
    _case("04-turkish", "en az otuz milyon lira", PAR, "Murat Kaya", _PARTIAL),
    _case("04-turkish", "tüm seçeneklerin", PAR, "Valilik", _PARTIAL),
    _case("04-turkish", "Saat ikiye doğru", INL, "Hasan Yılmaz"),
    _case("04-turkish", "On yıldır bize etüt", INL, "Hasan Yılmaz"),
    _case(
        "04-turkish",
        "endişe verici bir zayıflama",
        PAR,
        "Liman işletmesinin 2019 tarihli raporu",
        _PARTIAL,
    ),
    _case("04-turkish", "İşler geçen yılın", INL, "Zeynep Aydın"),
    _case("04-turkish", "Çocuklar kırık bir iskele", INL, "Ayşe Çelik"),
    _case("04-turkish", "Babam o iskeleyi", INL, "yaşlı bir balıkçı"),
    _case("04-turkish", "Onaracağız", INL, "Tom Hale"),
    _case("04-turkish", "Ama zaman alacak", INL, "Tom Hale"),
    _case("04-turkish", "Söz değil, tarih getireceğim", INL, "Murat Kaya"),
    # 05: Czech: „…“ with the comma inside, řekl / dodal / uvedla / podle.
    _case("05-czech", "Za třicet let", INL, "Tom Hale"),
    _case("05-czech", "jako krabičky od sirek", PAR, "Tom Hale"),
    _case("05-czech", "Dokud potápěči", INL, "Tom Hale"),
    _case("05-czech", "Dvě lodě týdně", INL, "Ada Lind"),
    _case("05-czech", "Když se nic nezmění", INL, "Ada Lind"),
    _case("05-czech", "Peníze musí najít stát", INL, "Petr Novák"),
    _case("05-czech", "nejméně třicet milionů korun", PAR, "Petr Novák"),
    _case("05-czech", "všechny možnosti", PAR, "Krajský úřad"),
    _case("05-czech", "Kolem druhé jsme", INL, "Karel Svoboda"),
    _case("05-czech", "Deset let nám slibují", INL, "Karel Svoboda"),
    _case("05-czech", "znepokojivé oslabení", PAR, "posudek přístavní správy", _PARTIAL),
    _case("05-czech", "Opravy jsme měli", INL, "Lucie Marková"),
    _case("05-czech", "Děti nesmějí", INL, "Eva Horáková"),
    _case("05-czech", "Můj otec to molo", INL, "Starý rybář"),
    _case("05-czech", "Opravíme ho", INL, "Tom Hale"),
    _case("05-czech", "Ale bude to trvat", INL, "Tom Hale"),
    _case("05-czech", "Přivezu termíny", INL, "Petr Novák"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


# The partial quotations, whole: the words a user sees marked in the reported
# clause (``Quote.marked``) are the words between the marks, all of them.
_NOT_MARKED = {
    ("01-dutch", "alle mogelijkheden"),
    ("01-dutch", "zorgwekkend verzwakt"),
    ("02-swedish", "minst trettio miljoner kronor"),
    ("02-swedish", "oroväckande försvagad"),
    ("03-chinese", "就像掀火柴盒一样"),
    ("04-turkish", "kibrit kutusu gibi"),
    ("04-turkish", "en az otuz milyon lira"),
    ("04-turkish", "tüm seçeneklerin"),
    ("04-turkish", "endişe verici bir zayıflama"),
    ("05-czech", "znepokojivé oslabení"),
}
"""The partials whose marked words are not shown (not read, or read whole)."""
_PARTIALS = [
    pytest.param(
        p.values[0],
        p.values[1],
        id=p.id,
        marks=[pytest.mark.xfail(reason=_PARTIAL, strict=True)]
        if (p.values[0], p.values[1]) in _NOT_MARKED
        else [],
    )
    for p in _QUOTATIONS
    if p.values[2] is PAR
]


@pytest.mark.parametrize(("post", "words"), _PARTIALS)
def test_each_partial_marks_the_quoted_words(post: str, words: str) -> None:
    marked = [m.text for q in _POSTS.analysis(post).quotes for m in q.marked]
    assert words in marked, marked


# Names in marks that are no quotation (a ferry): never read as one.
_SHIP_NAMES = [
    ("01-dutch", "Wierumer Hoek"),
    ("02-swedish", "Ängsöborg"),
    ("03-chinese", "白沙号"),
    ("04-turkish", "Yıldız"),
    ("05-czech", "Racek"),
]


@pytest.mark.parametrize(("post", "name"), _SHIP_NAMES)
def test_a_ship_name_in_marks_is_no_quotation(post: str, name: str) -> None:
    assert not _POSTS.quoted(post, name)


_POST_NAMES = ["01-dutch", "02-swedish", "03-chinese", "04-turkish", "05-czech"]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The table above lists every quotation a careful reader finds, so a new
    # reading (a scare quote, a boat's name in marks) shows here, not silently.
    listed = [p.values[1] for p in _QUOTATIONS if p.values[0] == post]
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


_BYLINES = [
    ("01-dutch", ("Mirjam Kool",)),
    ("02-swedish", ("Karin Ek",)),
    ("03-chinese", ("陈晓梅",)),
    ("04-turkish", ("Elif Demir",)),
    ("05-czech", ("Jana Dvořáková",)),
]


@pytest.mark.parametrize(
    ("post", "authors"),
    _BYLINES,
)
def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
    assert process(_FOLDER / f"{post}.txt").article.metadata.authors == authors


# The constructions fixed (stop 44), each in a sentence the team writes, and
# where each must not fire.


@pytest.mark.parametrize(
    "text",
    [
        # Dutch, Swedish, Czech: the verb, then the speaker, after the marks.
        "„De steiger blijft dicht”, zei havenmeester Tom Hale bij de steiger.",
        "”Bryggan är stängd”, säger hamnkaptenen Tom Hale vid bryggan.",
        "„Molo je zavřené,“ řekl kapitán přístavu Tom Hale u mola.",
    ],
)
def test_a_verb_of_saying_then_the_speaker_after_the_marks(text: str) -> None:
    assert [who for who, _role in shown(text)] == ["Tom Hale"]


_NL_OPEN = (
    "Het eiland is een van de kleinste van het land, en de boot is niet voor iedereen. "
    "„De boot komt niet”, zei Tom Hale."
)
_SV_OPEN = (
    "Det är inte första gången som färjan står still, och det är öborna som får betala för det. "
    "”Båten kommer inte”, sa Tom Hale."
)


def test_the_pronoun_after_the_verb_is_the_person_the_sentence_before_named() -> None:
    # "zegt ze", "säger hon": the person a sentence before brought in with a
    # verb of her own ("Ada Lind runt de winkel", "Ada Lind driver affären").
    # (The language is told by its small words: a sentence of them first.)
    dutch = _NL_OPEN + " Ada Lind runt al twintig jaar de winkel. „Dat is een grap”, zegt ze."
    assert said_by("Dat is een grap", dutch) == ["Ada Lind"]
    swedish = _SV_OPEN + " Ada Lind driver affären. ”Det är ett skämt”, säger hon."
    assert said_by("Det är ett skämt", swedish) == ["Ada Lind"]


def test_a_dutch_office_named_before_is_its_holder() -> None:
    assert said_by(
        "Het geld",
        _NL_OPEN,
        "Burgemeester Pieter Brouwer belooft een nieuwe steiger. "
        "„Het geld moet uit Den Haag komen”, zei de burgemeester, die zondag een brief schreef.",
    ) == ["Pieter Brouwer"]


def test_the_same_words_in_english_text_say_nothing_new() -> None:
    # "Han" and "Hon" are names in English; "zei" is no English word.
    assert shown("“The pier is shut,” Han said.") == [("Han", None)]
    assert shown("“The pier is shut,” said Tom Hale at the pier, who wrote to the board.") == [
        ("Tom Hale", "at the pier")
    ]


def test_an_office_before_the_name_is_no_part_of_it() -> None:
    # "Schipper Kees Visser", "Wethouder Sanne de Groot", "rektorn Sara Berg":
    # the office is the role; the name is shown alone.
    assert said_by(
        "Het hout kraakte",
        _NL_OPEN,
        "Schipper Kees Visser lag die nacht aan de steiger. „Het hout kraakte”, zegt hij.",
    ) == ["Kees Visser"]


_CS_OPEN = (
    "Je to už podruhé, co se molo v přístavu rozpadlo, a ostrované se ptají, kdo to zaplatí, "
    "ale v obci se o tom mluví jen málo a lidé jsou unavení. "
    "„Molo je zavřené,“ řekl kapitán přístavu Tom Hale."
)


def test_a_czech_place_between_the_office_and_the_name() -> None:
    # "Starosta Rybné Petr Novák": the place in the genitive, capitalised,
    # stands between the office and the name, as in Polish.
    assert said_by(
        "Peníze musí",
        _CS_OPEN,
        "Starosta Rybné Petr Novák slibuje opravu. „Peníze musí najít stát,“ prohlásil starosta.",
    ) == ["Petr Novák"]


def test_three_capitalised_words_after_an_office_in_english_stay_the_name() -> None:
    assert shown("“The pier is shut,” said harbour master Mary Ann Lind.") == [
        ("Mary Ann Lind", "harbour master")
    ]


def test_a_turkish_subject_before_the_marks_and_its_verb_after() -> None:
    # "Kaya, “…” dedi.": the name set off before the marks, the verb after.
    assert shown("Liman başkanı Tom Hale, “Suyun bu kadar hızlı girdiğini görmedim” dedi.") == [
        ("Tom Hale", "Liman başkanı")
    ]
    assert said_by(
        "Koca bir ada",
        "Ada Lind yirmi yıldır köyün tek bakkalını işletiyor.",
        "Lind, “Koca bir ada için haftada iki tekne mi?” dedi.",
    ) == ["Ada Lind"]


def test_a_turkish_verb_with_no_subject_keeps_the_speaker_before() -> None:
    # "“…” diye konuştu.": the subject dropped, the sentence before's speaker.
    assert said_by(
        "Kimse iskeleye",
        "Liman başkanı Tom Hale, “Suyun bu kadar hızlı girdiğini görmedim” dedi.",
        "“Kimse iskeleye çıkmayacak” diye konuştu.",
    ) == ["Tom Hale"]


def test_a_word_after_english_marks_is_no_turkish_verb() -> None:
    # "said", "declared" open with the letters the Turkish verbs do; read as
    # before. The phrase before the marks is no subject in English.
    assert shown("Ada Lind, the grocer, “will close in December,” said Tom Hale.") == [
        ("Tom Hale", None)
    ]


_ZH_OPEN = "县长张建国承诺将重建码头。“这笔钱应该由国家来出。”张建国说。"


def test_a_chinese_name_and_its_verb_after_the_marks() -> None:
    # ”张建国说。, ”赵红周二在县人大会议上说。: the subject, a day and a
    # place at most, then 说 / 表示 / 称.
    assert said_by("这笔钱", _ZH_OPEN) == ["张建国"]
    assert shown("“预算里有这项工程。”副县长赵红周二在县人大会议上说。") == [("赵红", "副县长")]


def test_a_chinese_pronoun_is_the_person_the_sentence_before_named() -> None:
    # 她说 after 李静在岛上经营…: the name opening that sentence.
    assert said_by(
        "一个岛",
        _ZH_OPEN,
        "李静在岛上经营唯一的小卖部。“一个岛一周只有两班船？”她说。",
    ) == ["李静"]


def test_a_han_character_after_the_marks_with_no_verb_names_no_one() -> None:
    # 渡轮“白沙号”在内港: a name in marks, then the sentence goes on.
    assert shown("渡轮“白沙号”在内港躲过了风暴。") == []


def test_swedish_speech_opened_by_a_dash_and_closed_by_a_comma() -> None:
    # "– …, säger hon.": no second dash, the comma sets the narrator off.
    assert said_by(
        "Det är ett skämt",
        _SV_OPEN,
        "Ada Lind har drivit öns enda affär i tjugo år.",
        "– Två båtturer i veckan? Det är ett skämt, säger hon.",
    ) == ["Ada Lind"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A Swedish list item: no verb of saying after its last comma.
        (_SV_OPEN, "– Bryggan, färjan och hamnen."),
        # The same shape in English text: no Swedish there.
        (
            "The island is small, and the ferry is the only way to the mainland for most.",
            "– Two boats a week for a whole island, says Ada Lind.",
        ),
    ],
)
def test_a_paragraph_opened_by_a_dash_with_no_swedish_verb_is_no_speech(
    paragraphs: tuple[str, ...],
) -> None:
    assert [
        q for q in run(*paragraphs).quotes if "Bryggan" in q.span.text or "Two" in q.span.text
    ] == []


@pytest.mark.parametrize(
    ("paragraphs", "marked"),
    [
        (
            (_NL_OPEN, "Volgens hem tilden de golven de blokken op „alsof het doosjes waren”."),
            "alsof het doosjes waren",
        ),
        (
            (_SV_OPEN, "Enligt honom lyfte vågorna blocken ”som tändsticksaskar”."),
            "som tändsticksaskar",
        ),
        (
            (_CS_OPEN, "Podle něj vlny zvedaly bloky „jako krabičky od sirek“."),
            "jako krabičky od sirek",
        ),
    ],
)
def test_according_to_him_in_one_word(paragraphs: tuple[str, ...], marked: str) -> None:
    # "Volgens hem", "Enligt honom", "Podle něj": the pronoun is the source
    # of the partial, as "Według niego" is.
    assert said_by(marked, *paragraphs) == ["Tom Hale"]


def test_two_czech_words_before_a_bare_verb_of_saying_are_speech() -> None:
    # „Opravíme ho,“ řekl.: Czech drops the subject as Polish does.
    assert said_by("Opravíme ho", _CS_OPEN, "Hale je přesto klidný. „Opravíme ho,“ řekl.") == [
        "Tom Hale"
    ]
    # A boat's name in marks with a verb of no saying after it: no one's words.
    assert said_by("Racek", _CS_OPEN, "Trajekt „Racek“ stojí v přístavu.") == []


# A description as the subject (s44-lang2): "Een oude visser … kijkt naar het
# water. „…”, vertelt hij." is the old fisherman's, in each language, not the
# person named last; where the sentence before brings in no person (a storm),
# the pronoun or bare verb goes on with that person. Per language: a text of
# that language naming Tom Hale first, the description's paragraph, the
# storm's paragraph.
_DESCRIBED: dict[str, tuple[str, str, str]] = {
    "nl": (
        "Het eiland is een van de kleinste van het land, en de boot is niet voor iedereen. Het is niet de eerste keer dat de steiger van het eiland dicht is. „De boot komt niet”, zei Tom Hale.",
        "Een jonge duiker, nat van het water, kijkt naar de palen. „Het hout is rot”, zegt hij.",
        "Een storm raakte het eiland in de nacht. „Het hout is rot”, zegt hij.",
    ),
    "sv": (
        "Det är inte första gången som färjan står still, och det är öborna som får betala för det. Det är inte lätt att bo på en ö som inte har en brygga. ”Båten kommer inte”, sa Tom Hale.",
        "En ung dykare står vid kajen och ser på pålarna. ”Träet är ruttet”, säger han.",
        "En storm slog mot ön under natten. ”Träet är ruttet”, säger han.",
    ),
    "de": (
        "Die Brücke ist seit Montag gesperrt, und die Fähre fährt nicht mehr, weil der Sturm die Pfähle und die Planken der Brücke zerstört hat und das Holz nicht mehr trägt. „Die Brücke bleibt zu“, sagte Tom Hale.",
        "Ein junger Taucher, nass vom Wasser, blickt auf die Pfähle. „Das Holz ist morsch“, sagt er.",
        "Ein Sturm traf die Insel in der Nacht. „Das Holz ist morsch“, sagt er.",
    ),
    "it": (
        "Il molo dell'isola è chiuso da lunedì, e il traghetto non arriva: è la seconda volta che il molo delle isole si rompe, e gli abitanti sono stanchi di aspettare. «Il traghetto non viene», ha detto Tom Hale.",
        "Un giovane sommozzatore, bagnato fradicio, guarda i pali. «Il legno è marcio», racconta.",
        "Un temporale ha colpito l'isola nella notte. «Il legno è marcio», racconta.",
    ),
    "fr": (
        "Le quai de l'île est fermé depuis lundi, et le bac ne vient plus : c'est la deuxième fois que le quai du port se rompt, et les habitants de l'île sont las. « Le bac ne viendra pas », a dit Tom Hale.",
        "Un jeune plongeur, trempé, regarde les pieux. « Le bois est pourri », dit-il.",
        "Un orage a frappé l'île dans la nuit. « Le bois est pourri », dit-il.",
    ),
    "pl": (
        "Pomost na wyspie jest zamknięty od poniedziałku i prom nie przypływa, a mieszkańcy nie wiedzą, kiedy to się zmieni, bo nikt w gminie nie chce o tym mówić i nie ma pieniędzy. „Prom nie przypłynie” – powiedział Tom Hale.",
        "Młody strażnik, mokry od deszczu, patrzy na pale. „Drewno jest zgniłe” – mówi.",
        "Nocna burza uderzyła w wyspę. „Drewno jest zgniłe” – mówi.",
    ),
    "cs": (
        "Je to už podruhé, co se molo v přístavu rozpadlo, a ostrované se ptají, kdo to zaplatí, ale v obci se o tom mluví jen málo a lidé jsou unavení. „Molo je zavřené,“ řekl kapitán přístavu Tom Hale.",
        "Mladý strážník stojí u mola a hledí na kůly. „Dřevo je shnilé,“ vypráví.",
        "Noční bouře zasáhla ostrov. „Dřevo je shnilé,“ vypráví.",
    ),
    "tr": (
        "Liman başkanı Tom Hale, “Suyun bu kadar hızlı girdiğini görmedim” dedi.",
        "İskelenin başında bıyıklı bir gazeteci notlar alıyor. “Bu iskele çok eski” diyor.",
        "Gece limanda bir fırtına çıktı. “Bu iskele çok eski” diyor.",
    ),
    "zh": (
        "县长张建国承诺将重建码头。“这笔钱应该由国家来出。”张建国说。",
        "一名年轻的船员站在码头边望着木桩。“木头已经烂了。”",
        "一艘渡轮停在码头边。“木头已经烂了。”",
    ),
}
_DESCRIBED_WORDS = {
    "nl": "Het hout",
    "sv": "Träet",
    "de": "Das Holz",
    "it": "Il legno",
    "fr": "Le bois",
    "pl": "Drewno",
    "cs": "Dřevo",
    "tr": "Bu iskele",
    "zh": "木头",
}
_DESCRIPTIONS = {
    "nl": "Een jonge duiker",
    "sv": "En ung dykare",
    "de": "Ein junger Taucher",
    "it": "Un giovane sommozzatore",
    "fr": "Un jeune plongeur",
    "pl": "Młody strażnik",
    "cs": "Mladý strážník",
    "tr": "bıyıklı bir gazeteci",
    "zh": "一名年轻的船员",
}


@pytest.mark.parametrize("lang", list(_DESCRIBED))
def test_a_description_as_the_subject_brings_the_speaker_in(lang: str) -> None:
    opening, described, _storm = _DESCRIBED[lang]
    assert said_by(_DESCRIBED_WORDS[lang], opening, described) == [_DESCRIPTIONS[lang]]


@pytest.mark.parametrize("lang", list(_DESCRIBED))
def test_a_sentence_opened_by_no_person_brings_no_one_in(lang: str) -> None:
    opening, _described, storm = _DESCRIBED[lang]
    named = "张建国" if lang == "zh" else "Tom Hale"
    assert said_by(_DESCRIBED_WORDS[lang], opening, storm) == [named]


def test_a_description_before_a_quotation_that_names_its_speaker() -> None:
    # "„…”, zegt Tom Hale": the quotation's own words name him.
    opening, _described, _storm = _DESCRIBED["nl"]
    assert said_by(
        "Het hout",
        opening,
        "Een jonge duiker kijkt naar de palen. „Het hout is rot”, zegt Tom Hale.",
    ) == ["Tom Hale"]


def test_a_description_in_english_text_is_read_as_before() -> None:
    # English text stops at the " the " count: the English rules alone.
    assert shown(
        "Harbour master Tom Hale said the pier was shut. “The pier is shut,” he said.",
        "An old fisherman, leaning on the rail, looks at the water. “My father built it,” he says.",
    ) == [("Tom Hale", None), ("Tom Hale", None)]


# A Dutch or Swedish subject after its verb (s44-lang2): a sentence opened by
# a phrase of place or time puts the verb second, the subject after it.
def test_a_subject_after_its_verb_is_who_the_pronoun_means() -> None:
    dutch = (
        "In het dorp maakt lerares Mia Kok zich zorgen om de kinderen. "
        "„De school gaat dicht”, zei ze."
    )
    assert said_by("De school", _NL_OPEN, "Ada Lind runt de winkel.", dutch) == ["Mia Kok"]
    swedish = "I byn oroar sig läraren Mia Kok för barnen. ”Skolan stänger”, säger hon."
    assert said_by("Skolan", _SV_OPEN, "Ada Lind driver affären.", swedish) == ["Mia Kok"]


def test_a_name_after_a_pronoun_subject_is_the_object() -> None:
    # "kent iedereen Mia Kok", "känner alla Mia Kok": everyone knows her;
    # the "ze" / "hon" goes on with the woman before.
    dutch = "Op het eiland kent iedereen Mia Kok. „De school gaat dicht”, zegt ze."
    assert said_by(
        "De school", _NL_OPEN, "Ada Lind runt de winkel. „Dat is een grap”, zegt ze.", dutch
    ) == ["Ada Lind"]
    swedish = "På ön känner alla Mia Kok. ”Skolan stänger”, säger hon."
    assert said_by(
        "Skolan", _SV_OPEN, "Ada Lind driver affären. ”Det är ett skämt”, säger hon.", swedish
    ) == ["Ada Lind"]


# Turkish (s44-lang2): a name carries its case after an apostrophe
# ("Toprak'ın"), and the verb ends the sentence: a bare name opening it is
# its subject, who a quotation with its subject dropped goes on with.
_TR_OPEN = "Liman başkanı Tom Hale, “Suyun bu kadar hızlı girdiğini görmedim” dedi. Bu bir felaket."


def test_a_turkish_name_with_a_case_ending_is_the_person() -> None:
    assert said_by(
        "Dükkân kapanacak",
        _TR_OPEN,
        "Köyün bakkalı Ayla Toprak'ın kaygısı büyük. Toprak, “Dükkân kapanacak” dedi.",
    ) == ["Ayla Toprak"]


def test_a_turkish_subject_before_a_quotation_with_its_subject_dropped() -> None:
    assert said_by(
        "Dükkânı açık",
        _TR_OPEN,
        "Köyün tek bakkalını Ayla Toprak işletiyor.",
        "Toprak yine de kararlı. “Dükkânı açık tutacağım” diye konuştu.",
    ) == ["Ayla Toprak"]


@pytest.mark.parametrize(
    "before",
    [
        # A name with a case ending is no subject: the speaker before goes on.
        "Toprak'ın anlattığına göre bazı aileler adadan gidiyor.",
        # A noun in the dative opening the sentence is no name the text gave.
        "Limana gelen tekne boştu.",
    ],
)
def test_a_turkish_sentence_opened_by_no_subject_keeps_the_speaker(before: str) -> None:
    assert said_by("Dükkânı açık", _TR_OPEN, f"{before} “Dükkânı açık tutacağım” diye ekledi.") == [
        "Tom Hale"
    ]


# Chinese (s44-lang2): an occupation before the name and a time after it
# (船员王小明那天夜里…) name the sentence's subject, and a verb of saying
# before the marks, a colon between (他回忆说：「…」), says who speaks.
def test_a_chinese_occupation_before_the_name_then_he_recalled() -> None:
    assert said_by(
        "木头", _ZH_OPEN, "船员王小明那天夜里在码头上。他回忆说：「木头一直在响。」"
    ) == ["王小明"]


def test_a_chinese_name_and_its_verb_before_the_colon() -> None:
    assert said_by("木头", _ZH_OPEN, "王小明说：“木头一直在响。”") == ["王小明"]


@pytest.mark.parametrize(
    "sentence",
    [
        "一艘渡轮停在码头边。",  # (a ferry: no one)
        "渡轮白沙号那天夜里停在码头边。",  # (a ship's name: no occupation before it)
    ],
)
def test_a_chinese_sentence_naming_no_one_keeps_the_man_before(sentence: str) -> None:
    assert said_by("木头", _ZH_OPEN, sentence + "他回忆说：「木头一直在响。」") == ["张建国"]


# Bylines in other languages under a plain text's headline (s44-lang2).
_BODY = (
    "De steiger van het eiland is sinds maandag dicht, en de veerboot vaart niet meer "
    "tot het voorjaar, zei havenmeester Tom Hale dinsdag tegen de bewoners van het eiland."
)


def _authors_of(tmp_path: Path, *lines: str) -> tuple[str, ...]:
    post = tmp_path / "post.txt"
    post.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return process(post).article.metadata.authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Door Ada Lind", ("Ada Lind",)),
        ("Av Ada Lind", ("Ada Lind",)),
        ("Autor: Ada Lind", ("Ada Lind",)),
        ("本报记者 林小雨", ("林小雨",)),
        # A name alone under the headline, the body right after it.
        ("Ada Lind", ("Ada Lind",)),
    ],
)
def test_a_byline_under_the_headline(tmp_path: Path, byline: str, authors: tuple[str, ...]) -> None:
    assert _authors_of(tmp_path, "Storm slaat steiger kapot", byline, _BODY) == authors


@pytest.mark.parametrize(
    "line",
    [
        "Door de storm",  # (words in lower case: the subtitle, no name)
        "Av och till",
    ],
)
def test_a_line_like_a_byline_names_no_author(tmp_path: Path, line: str) -> None:
    assert _authors_of(tmp_path, "Storm slaat steiger kapot", line, _BODY) == ()


_ENGLISH_BODY = (
    "The harbour board voted on Tuesday to close the old pier to cars from the spring, after "
    "a report on the planks found rot in a third of them. Tom Hale, the harbour master, said "
    "the repairs would start in March and the ferry would still call at the pier."
)


@pytest.mark.parametrize(
    "line",
    [
        "Door Frames Replaced First",
        "Von Braun Rocket Hall",
        "Di Maio Visits Port Elm",
        "Harbour Board Statement",
        "Port Elm",
    ],
)
def test_an_english_title_case_subtitle_is_no_byline(tmp_path: Path, line: str) -> None:
    # Must not fire (s44-final-extract found it): under an English headline
    # a title-case line is a subtitle, kept in the body, however much it
    # looks like "Door NAME" or a bare name; an English byline still needs a
    # "By" or a date after it, as before stop 44.
    post = tmp_path / "post.txt"
    post.write_text(f"Old Pier Closes to Cars\n\n{line}\n\n{_ENGLISH_BODY}\n", encoding="utf-8")
    article = process(post).article
    assert article.metadata.authors == ()
    assert article.blocks[0].text == line


# Chinese partials (s44-lang2): the subject and a verb of saying or
# estimating before a comma open the clause the marks stand in (张建国估计，
# 工程费用“…”); the clause ends at 。.
def test_a_chinese_partial_after_its_subject_and_verb() -> None:
    quotes = run(_ZH_OPEN, "船员王小明估计，修理费用“至少一千万元”。此后没有动工。").quotes[1:]
    assert [(q.span.text, q.kind, q.speaker and q.speaker.name) for q in quotes] == [
        ("修理费用“至少一千万元”", PAR, "王小明")
    ]
    assert [m.text for m in quotes[0].marked] == ["至少一千万元"]


def test_chinese_marks_with_no_verb_before_them_are_no_quotation() -> None:
    # 码头上的木头已经“很旧”了: words in marks no one says (a scare quote).
    assert run(_ZH_OPEN, "码头上的木头已经“很旧”了。此后没有动工。").quotes[1:] == ()
