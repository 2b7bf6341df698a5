"""The faster whole-text scans of the analysis find exactly what the plain
patterns they stand for find (they exist only for speed: see
benchmarks/README.md, "Stop 20: extract speed")."""

from __future__ import annotations

import random
import re

import pytest

from quotemark.library.analyze import gender, introduced, organisations, sources, speakers
from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.lexicon import SPEECH_VERBS
from quotemark.library.analyze.names import (
    PERSON_RUN,
    WIDE_CAPITALS,
    before_capital,
    person_run_spelled,
    person_runs,
    wide_capitals,
)
from quotemark.library.extract import content, landmarks

# Sentences the team wrote, with the shapes the patterns care about: titles,
# initials, particles with and without their hyphen, possessives, capitals
# inside words, names at the start of the text and across line breaks.
TEXTS = [
    "Mara Quist said the harbour would close. Mrs. Lena Ortiz disagreed.",
    "Dr. Anna Keller and Prof. Jan de la Cruz spoke; Sen. Bob Lee left.",
    "Donald J. Trump met Vladimir V. Putin. U.S. officials said little.",
    "Jaafar al-Husseini, a spokesman, said Abu Bakr al-Baghdadi was gone.",
    "Ahmed bin-Salman met Yusuf ibn-Rashid and Omar abu-Hassan in Doha.",
    "The real-time feed of the global-minded Al Jazeera showed Ali el-Sayed.",
    "McDonald's chief Jane O'Neill told CBC News that Jean-Luc Picard wasn't.",
    "Linda Lamoureux\nSinclair Harbour residents met St. John Smith at St. Mary's.",
    "Kevin Haley, director at Symantec, agreed. WATCH: Burnaby RCMP warns.",
    "Obama passionately rebuked Mr. Hemming; Ms. Lepp (D-Ore.) said no.",
    "Mr.Smith and Dr.  Who met MR. BIG, Gen. Mark A. Milley and Lt. Col. Ann Roe.",
    "Peter T. King, Amy Pope and Pope Francis came in 2019 with Covid19 News.",
    "\u201cWe will,\u201d said Tom Hanks. \u2018Yes,\u2019 Meryl Streep added\u2028Next Line Here.",
    "Älvsjö Mässan and Zoë Ball met Łukasz Nowak; Фёдор Иванов said nothing.",
    "al-Assad Regime forces; el-Sisi Government; bin Laden Family; ibn Saud House.",
    "BC Hydro said it would. The Bank of Canada said 2.5 percent; 40°C Heat Wave ends.",
    "The U.S. Embassy said so. U.K. Border Force reported it; the E.U. Council said no.",
    "In 2019 the Board said no. A B C D E F G H I J K said so; the U.N. Security Council voted.",
    "The Office of the Auditor General / Treasury Board says the al-Ikhbariya Channel reported.",
    "the Commission on Presidential Debates, the Ministry of the Interior, a Council for\nArts,"
    " the COMMITTEE ON Ways, the union OF\tThe Workers and the board for the  Harbour Trust",
    "Photo: Lena Ortiz/Reuters. Image courtesy of NASA (Photo by Jan Roe, via AP). Photographs:"
    " Kyodo; Sources: the Harbour Trust. Courtesy: BBC. Resource: none; Photo: Image: Kyodo.",
    "She told the Valley Post; he tells CBC News, speaking to Der Spiegel; in an interview with"
    " the BBC he retold the Post, foretells The Times and told told the Star. Telling Times.",
    "A spokeswoman for the Harbour Trust and a reporter with the Daily Star, a spokesman of"
    " Kyodo News; according to the Board, According to Reuters; accordingly The Times.",
    "Released by the state-run Xinhua; released by the Ministry, published by The Times and"
    " distributed by AFP, provided by provided by the Associated Press.",
    "Reuters reported it; the Valley Post has said so, (AP said) and The Times wrote. 3M says no.",
    "the al-Jazeera network reported; al-Arabiya said. TheBoard said, The said. Agence France-"
    "Presse said; according to Der Spiegel. H/T Jan Roe. Hat tip: the Wall Street Journal.",
    "Provided by the Associated Press. Photo released by Kyodo; h/t @mara.",
    "HAT TIP Jan Roe; Hat T\u0130p: Mara Quist; hat t\u0131p to Lena Ortiz; that time, H/T Al.",
]


def _text_with(words: str) -> str:
    return next(text for text in TEXTS if words in text)


@pytest.mark.parametrize("text", TEXTS)
def test_person_runs_are_person_run_matches(text: str) -> None:
    # (A text that writes a capital past A-Z, "Łukasz", "Фёдор", has them
    # open names too: stop 42.)
    run = (
        re.compile(person_run_spelled(f"[A-Z{WIDE_CAPITALS}]"))
        if wide_capitals(text)
        else PERSON_RUN
    )
    expected = [(m.start(), m.group()) for m in run.finditer(text)]
    assert [(m.start(), m.group()) for m in person_runs(text)] == expected


def test_person_runs_finds_names_after_particles_and_titles() -> None:
    text = TEXTS[3] + " " + TEXTS[1]
    assert [m.group() for m in person_runs(text)] == [
        "Jaafar al-Husseini",
        "Abu Bakr al-Baghdadi",
        "Dr. Anna Keller",
        "Prof. Jan de la Cruz",
        "Sen. Bob Lee",
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_organisation_subjects_are_subject_matches(text: str) -> None:
    expected = [(m.span(), m.groups()) for m in organisations._SUBJECT.finditer(text)]
    for with_al in {before_capital(text, "al-"), True}:  # the pattern used, and with "al-"
        found = organisations._subject_led(with_al).finditer(text)
        assert [(m.span(), m.groups()) for m in found] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_organisation_before_a_name_is_the_pattern_answer(text: str) -> None:
    for start in range(len(text) + 1):
        expected = speakers._ORGANISATION_OF.search(text, max(0, start - 40), start) is not None
        assert speakers._organisation_of(text, start) == expected, text[:start]


def test_organisation_before_a_name_found() -> None:
    text = _text_with("the Commission")
    names = [
        m for m in re.finditer(r"[A-Z]\w+", text) if speakers._organisation_of(text, m.start())
    ]
    assert [m.group() for m in names] == [
        "Presidential",
        "Interior",
        "Arts",
        "Ways",
        "The",
        "Workers",
        "Harbour",
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_reported_runs_are_reported_plain_matches(text: str) -> None:
    expected = [(m.span(1), m.group(1)) for m in sources._REPORTED_PLAIN.finditer(text)]
    for with_al in {before_capital(text, "al-"), True}:
        found = sources._reported_led(with_al).finditer(text)
        runs = [(m.span(sources._run_group(m)), m.group(sources._run_group(m))) for m in found]
        assert runs == expected


def test_reported_runs_after_the() -> None:
    found = sources._reported_led(False).finditer(_text_with("Reuters reported"))
    assert [m.group(sources._run_group(m)) for m in found] == [
        "Reuters",
        "Valley Post",
        "AP",
        "Times",
    ]


# "X reported" written with the shapes the search from the verbs cares
# about: a verb opening a "said-run" qualifier, verbs after quote marks and
# brackets, runs across sentence ends, "has said", a verb at the very end.
REPORTED_TEXTS = [
    *TEXTS,
    "The said-run Board reported it. The said-run thing. Acme said so",
    "Foo said-based Bar said, (Acme Corp reports) The Board has said",
    "\u201cAP said\u201d; the Kyiv-based Harbour Trust had stated. U.N. said\u2028The Times said",
    "Mara Quist of the Valley Post wrote. 3M reports: the state-run Kyodo News tweeted",
]


@pytest.mark.parametrize("text", REPORTED_TEXTS)
def test_reported_runs_found_from_their_verbs_are_the_pattern_answer(text: str) -> None:
    patterns = [sources._REPORTED, sources._REPORTED_PLAIN, sources._reported_led(True)]
    for pattern in [*patterns, sources._reported_led(False)]:
        expected = [(m.span(), m.span(1)) for m in pattern.finditer(text)]
        assert [(m.span(), m.span(1)) for m in sources._reported_runs(pattern, text)] == expected


def test_reported_runs_from_the_verbs_keep_a_qualifier_opened_by_a_verb() -> None:
    found = sources._reported_runs(sources._REPORTED, REPORTED_TEXTS[-4])
    assert [m.group() for m in found] == ["The said-run Board reported", "The said", "Acme said"]


@pytest.mark.parametrize("text", TEXTS)
def test_lexicon_in_lower_case_is_the_pattern_answer(text: str) -> None:
    for written in (text, text.lower(), "reuters " + text.lower(), "x" + text.lower()):
        expected = [m.span() for m in sources._LEXICON_LOWER.finditer(written)]
        assert list(sources._lower_lexicon_matches(written)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_words_looked_for_before_a_pattern(text: str) -> None:
    lower = text.lower()
    if sources._HAT_TIP.search(text):
        assert sources._holds(lower, sources._HAT_TIP_WORDS)
    if sources._ACCORDING.search(text):
        assert sources._holds(text, sources._ACCORDING_WORDS)
    if sources._PROVIDED.search(text):
        assert sources._holds(text, sources._PROVIDED_WORDS)


@pytest.mark.parametrize("text", TEXTS)
def test_patterns_tried_where_their_words_are_written_are_the_pattern_answer(text: str) -> None:
    for pattern, words in (
        (sources._CREDIT_LABEL, sources._CREDIT_WORDS),
        (sources._TOLD, sources._TOLD_WORDS),
        (sources._ACCORDING, sources._ACCORDING_WORDS),
        (sources._PROVIDED, sources._PROVIDED_WORDS),
        (sources._AFFILIATION, sources._AFFILIATION_WORDS),
    ):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in sources._led_by(pattern, text, words)] == expected


def test_sources_found_through_the_faster_scans() -> None:
    from quotemark.library.analyze import analyze
    from quotemark.library.model import Block, BlockKind

    analysis = analyze([Block(BlockKind.PARAGRAPH, text) for text in TEXTS[-4:-1]])
    names = {source.name for source in analysis.sources}
    assert names >= {
        "Reuters",
        "Valley Post",
        "Times",
        "Agence France-Presse",
        "Der Spiegel",
        "Jan Roe",
        "The Wall Street Journal",
        "Associated Press",
        "Kyodo News",
    }


@pytest.mark.parametrize("text", TEXTS)
def test_surnames_are_surname_matches(text: str) -> None:
    expected = [(m.span(), m.span(1)) for m in speakers._SURNAME.finditer(text)]
    assert [(m.span(), m.span(1)) for m in speakers._surnames(text)] == expected


# Full names by the keys find_people files them under, with surnames that
# are honorifics, that open other names, or that carry an apostrophe.
BY_SURNAME = {
    "smith": "Jane Smith",
    "lee": "Bob Lee",
    "leeds": "Ann Leeds",
    "o'neill": "Jane O'Neill",
    "hemming": "Tom Hemming",
    "mr": "Al Mr",
    "dr": "Jo Dr",
    "who": "Doctor Who",
    "roe": "Ann Roe",
    "lepp": "Mrs. Lepp",
    "ortiz": "Lena ortiz",
}
SURNAME_TEXTS = [
    *TEXTS,
    "Mr. Mr. Smith said; Dr. Mrs. Smith and Mr.  Smith met Mrs.\nSmith and x-Mr. Smith.",
    "Lee, Leeds, Leeson and Lee's aide; .Mr. Lee, Mr.Lee, Mr. lee; Prof. Dr. Lee and Dr Lee.",
    "Mr. Hemming said. Smith\u2019s Smith-Jones O'Neill O\u2019Neill Smith_ Smith",
]


@pytest.mark.parametrize("text", SURNAME_TEXTS)
def test_surnames_of_known_people_are_those_surname_matches(text: str) -> None:
    expected = [
        (m.span(), m.span(1))
        for m in speakers._surnames(text)
        if BY_SURNAME.get(m.group(1).lower(), "").endswith(" " + m.group(1))
    ]
    found = speakers._surnames_of(text, BY_SURNAME)
    assert [(m.span(), m.span(1)) for m in found] == expected


# Sentences opened by one name and a description, and one name speaking:
# at the text's start, after spaces there, after a sentence's end with and
# without spaces (a no-break space too), after a line break, inside a word.
ONE_NAME_TEXTS = [
    *TEXTS,
    "Yuni, a resident of Lampung, was watching. Budi, who fled, said so.",
    "  Yuni, a resident, spoke.\nMara, an aide, said no!\u00a0 Lena, 34, laughed.",
    "McYuni, a rival, left? Tomas, a baker, said it;\u2028Ines, who knew, said so.",
    "Melanie said yes. Melanie says no; O'Hara said. al-Amin said. Budi said\u2019s.",
    "Mara\u00a0said it; -Lena said; Tom-Jan said; .Ines said; &Bo said; Zoë says.",
    "Bo, a fan. Ann, who knew,, an aide. ANN, a. Ann,\u00a0an aide; Ann,  12, 7. McAnn, 3,",
]


@pytest.mark.parametrize("text", ONE_NAME_TEXTS)
def test_one_names_are_one_name_matches(text: str) -> None:
    expected = [(m.span(1), m.group(1)) for m in re.finditer(speakers.ONE_NAME_PLAIN, text)]
    assert [(m.span(), m.group()) for m in speakers._one_names(text)] == expected


def test_one_names_found_after_a_sentence_end_or_at_the_start() -> None:
    text = next(text for text in ONE_NAME_TEXTS if text.startswith("  Yuni"))
    assert [m.group() for m in speakers._one_names(text)] == ["Mara", "Lena"]


@pytest.mark.parametrize("text", ONE_NAME_TEXTS)
def test_one_name_said_led_by_its_capital_is_the_pattern_answer(text: str) -> None:
    expected = [(m.span(), m.span(1)) for m in re.finditer(speakers.ONE_NAME_SAID_PLAIN, text)]
    expected_starts = [(start, end1) for (start, _end), (_start1, end1) in expected]
    assert speakers._capital_scan(text)[1] == expected_starts


def test_a_word_choice_is_a_letter_tree_longest_first() -> None:
    choice = word_choice(["say", "said", "saying", "tell", "told", "add"])
    assert choice == "s(?:a(?:y(?:ing|)|id))|t(?:ell|old)|add"
    assert re.fullmatch(rf"(?:{choice})", "saying") is not None
    assert re.match(rf"(?:{choice})", "sayings").group() == "saying"
    escaped = word_choice(["a+b", ".ab", "ab"])
    assert [w for w in ("a+b", ".ab", "ab", "aab") if re.fullmatch(rf"(?:{escaped})", w)] == [
        "a+b",
        ".ab",
        "ab",
    ]


def test_a_word_choice_tree_matches_what_the_flat_choice_matches() -> None:
    # Random runs of the verbs of saying, cut short and run on ("sai",
    # "saidx", "told on"): the tree's matches are the flat choice's, with a
    # word boundary after and without one.
    rng = random.Random(43)
    verbs = sorted(SPEECH_VERBS)
    pieces = [*verbs, *(v[: rng.randint(1, len(v))] for v in verbs), " ", ", ", "x", "ing"]
    flat = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    tree = word_choice(SPEECH_VERBS)
    for after in ("", r"\b", r"\b(?![\u2019'-])"):
        flat_re = re.compile(rf"(?:{flat}){after}")
        tree_re = re.compile(rf"(?:{tree}){after}")
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(12))
            assert [m.span() for m in tree_re.finditer(text)] == [
                m.span() for m in flat_re.finditer(text)
            ]


PRONOUN_TEXTS = [
    *ONE_NAME_TEXTS,
    "\u201cNo,\u201d she said. He quietly added more; said he. She\u2019s said; he says.",
    "Told she? said, she replied he; He admitted. she explainedly said; answered, he",
]


@pytest.mark.parametrize("text", PRONOUN_TEXTS)
def test_speech_pronoun_with_grouped_verbs_is_the_flat_pattern_answer(text: str) -> None:
    flat = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    grouped = word_choice(SPEECH_VERBS)
    assert grouped in gender.SPEECH_PRONOUN.pattern
    plain = re.compile(gender.SPEECH_PRONOUN.pattern.replace(grouped, flat))
    expected = [(m.span(), m.span(1), m.span(2)) for m in plain.finditer(text)]
    found = [(m.span(), m.span(1), m.span(2)) for m in gender.SPEECH_PRONOUN.finditer(text)]
    assert found == expected


def test_speech_pronouns_found() -> None:
    found = [m.group() for m in gender.SPEECH_PRONOUN.finditer(PRONOUN_TEXTS[-2])]
    assert found == ["she said", "He quietly added", "said he", "he says"]


@pytest.mark.parametrize(
    "src",
    [
        "https://latex.codecogs.com/png.latex?x^2",
        "https://chart.apis.google.com/chart?CHT=TX&chl=x",
        "https://i.UPMATH.me/svg/x",
        "https://example.org/LaTeX/\u0130mage.png",
        "https://example.org/photo.jpg",
        "",
    ],
)
def test_tex_image_addresses_are_the_pattern_answer(src: str) -> None:
    assert landmarks._tex_image(src) == (landmarks._TEX_IMAGE.search(src) is not None)


@pytest.mark.parametrize(
    "text",
    ["caf\u00e9 \u201cquoted\u201d", "\u6771\u4eac and \ud55c\uad6d", "\ufeff\u30a2", "\u00e9" * 9],
)
def test_weighted_length_counts_cjk_characters_three_times(text: str) -> None:
    cjk = sum(1 for c in text if content._CJK.fullmatch(c))
    assert content.weighted_length(text) == len(text) + 2 * cjk


def test_a_particle_counts_only_before_a_capital() -> None:
    assert before_capital("said Jaafar al-Husseini", "al-")
    assert not before_capital("a real-time feed, al-\nSayed, al-", "al-")
    assert before_capital("real-time al-Assad", "al-")


def _one_introduction_pattern(noun: str) -> re.Pattern[str]:
    # The per-noun pattern `introduced._last_introduction` stands for.
    capital = introduced._CAPITAL
    return re.compile(
        r"(?<![\w-])[Aa]n?[ \t\u00a0]+((?:[a-z][\w-]*[ \t\u00a0]+){0,2}?)"
        rf"{noun}\b"
        r"((?:[ \t\u00a0]+(?:of|for|from|at|with)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
        rf"{capital}(?:[ \t\u00a0]+(?:(?:of|and|for|the)[ \t\u00a0]+)*{capital})*)?)"
    )


@pytest.mark.parametrize("noun", ["official", "keeper", "an", "a", "trust", "of"])
def test_the_last_introduction_is_the_per_noun_pattern_answer(noun: str) -> None:
    # Random runs of articles, adjectives, nouns (the noun itself, longer
    # words it starts, hyphened ones) and bodies' capitals, searched from and
    # up to random places: the last match's article, noun end and end are
    # the per-noun pattern's last match, and absent where it finds none.
    rng = random.Random(44)
    words = [
        *("a", "an", "A", "An", "the", "of", "for", "and", "with", "-", "\u00e9"),
        *("senior", "harbour", "Harbour", "Board", "Pier", "Trust", "Tom", "Hale"),
        *(noun, noun + "s", noun + "-level", noun + "\u00e9", "x" + noun),
    ]
    spaces = [" ", " ", "  ", "\t", "\u00a0", ", ", ""]
    pattern = _one_introduction_pattern(noun)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, 12)))
        lo = rng.randint(0, len(text) // 2)
        pos = rng.choice([len(text), rng.randint(lo, len(text))])
        last = None
        for m in pattern.finditer(text, lo, pos):
            last = (m.start(), m.start(2), m.end())
        assert introduced._last_introduction(text, noun, lo, pos) == last
