"""The exact cuts of stop 38's second speed round (branch s38-speed2): a
paragraph's doubled single marks are looked for with substring tests of the
pairs of marks it holds, not a class test at every character; a
broadcaster's possessive before the marks is looked for only where an
apostrophe or an "s" stands before the spaces that end the window; an
ASCII quotation's words are counted without the CJK scan; a title holding
no separator mark is one part without the separator pattern; the words
before and after the marks are cut by ``str.split``, not a match object
each; the reading-time pattern is asked only of a short line. Each new
form is held to the old one's answers on generated inputs; the readings
stay the same. Every sentence here is written by the team."""

from __future__ import annotations

import random
import re

import pytest

from quotemark.library.analyze import document, names, quotes
from quotemark.library.analyze.attribution import tokens_between
from quotemark.library.analyze.document import _scan_text
from quotemark.library.analyze.quotes import (
    _POSSESSIVE_BEFORE,
    _count_words,
    _possessive_before,
    is_programme,
)
from quotemark.library.extract import titles
from quotemark.library.extract.boilerplate import _drop_header_lines
from quotemark.library.model import Block, BlockKind
from tests.library.paragraphs import said_by

_OLD_TWO_SINGLES = re.compile("[\u2018\u2019']{2}")


def _old_scan_text(text: str) -> str:
    # _scan_text as it was before the cut (the class test of the pairs).
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = text.translate(document._INVISIBLE)
    if "`" in text:
        text = document._INLINE_CODE.sub(lambda m: " " * len(m.group()), text)
    if ("'" not in text and "\u2019" not in text and "\u2018" not in text) or (
        _OLD_TWO_SINGLES.search(text) is None
    ):
        return text
    if "'''" in text:
        text = document._TRIPLE_CLOSE.sub("\u2019\u201d ", text)
    return document._DOUBLED_SINGLE.sub(document._doubled, text)


_PIECES = [
    "'",
    "\u2019",
    "\u2018",
    "''",
    "\u2019\u2019",
    "\u2018'",
    "'''",
    " ",
    "Tom",
    " said",
    "Hale",
    ",",
    ".",
    "`",
    "\u200b",
    "\u201c",
    "\u00e9",
    "\u4e00",
    "s",
]


def test_doubled_single_marks_are_read_as_before() -> None:
    rng = random.Random(3802)
    for _ in range(30_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert _scan_text(text) == _old_scan_text(text), repr(text)


def test_every_pair_of_the_marks_present_is_tested() -> None:
    # Each of the nine two-mark strings alone in a text, and the marks apart.
    marks = ("'", "\u2019", "\u2018")
    for a in marks:
        for b in marks:
            for text in (f"Ada{a}{b} said", f"{a}Ada{b}", f"x {a} {b} y"):
                assert _scan_text(text) == _old_scan_text(text), repr(text)
    assert _scan_text("''The pier,'' said Tom Hale.") != "''The pier,'' said Tom Hale."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("''The ferry kept the island alive,'' said Ada Lind, the harbour master.", "Ada Lind"),
        ("\u2018\u2018The pier is closed,\u2019\u2019 said Tom Hale.", "Tom Hale"),
    ],
)
def test_a_quotation_in_doubled_singles_reads_as_before(paragraph: str, speaker: str) -> None:
    assert said_by("island" if "island" in paragraph else "pier", paragraph) == [speaker]


def test_a_lone_apostrophe_is_no_quotation() -> None:
    # Tom Hale's own apostrophe, the harbour's curly one: no marks doubled.
    paragraph = "Tom Hale\u2019s boat and the harbour's pier stayed shut all winter."
    assert _scan_text(paragraph) == paragraph
    assert said_by("pier", paragraph) == []


_WINDOW_PIECES = [
    "Harbour",
    " ",
    "\u00a0",
    "TV",
    "'s",
    "\u2019s",
    "s'",
    "News\u2019",
    "'",
    "\u2019",
    "s",
    "\n",
    ",",
    "said",
    "\u201c",
    "Lind",
    "\u00e9",
]


def test_the_possessive_before_the_marks_is_found_as_before() -> None:
    rng = random.Random(3803)
    for _ in range(30_000):
        text = "".join(rng.choice(_WINDOW_PIECES) for _ in range(rng.randint(0, 12)))
        end = rng.randint(0, len(text))
        lo = rng.randint(0, end)
        new = _possessive_before(text, lo, end)
        old = _POSSESSIVE_BEFORE.search(text, lo, end)
        assert (new and new.span()) == (old and old.span()), (text, lo, end)


@pytest.mark.parametrize(
    ("paragraph", "programme"),
    [
        # A programme after its broadcaster's possessive: no one's words.
        ("Ada Lind spoke on Harbour TV\u2019s \u201cMorning Tide.\u201d", True),
        ("Ada Lind spoke on Harbour News\u2019 \u201cMorning Tide.\u201d", True),
        ("Ada Lind spoke on Harbour TV\u2019s\u00a0 \u201cMorning Tide.\u201d", True),
        # After a person's possessive, or no possessive, no programme.
        ("Ada Lind repeated Tom Hale\u2019s \u201cMorning Tide.\u201d", False),
        ("Ada Lind said \u201cMorning Tide.\u201d", False),
        ("Ada Lind spoke on Harbour TV\u2019s\u201cMorning Tide.\u201d", False),
    ],
)
def test_a_programme_title_is_found_as_before(paragraph: str, programme: bool) -> None:
    open_at = paragraph.index("\u201c")
    close_at = paragraph.index("\u201d")
    content = paragraph[open_at + 1 : close_at]
    assert is_programme(paragraph, 0, len(paragraph), open_at, close_at, content) is programme


def _old_count_words(content: str) -> int:
    return len(quotes._WORD.findall(content)) + len(quotes._CJK.findall(content)) // 2


def test_words_are_counted_as_before() -> None:
    pieces = [
        "Ada",
        " ",
        "Lind",
        "\u2019s",
        "pier",
        ",",
        "\u6e2f",
        "\u53e3",
        "\uac00",
        "\u00e9",
        "_",
        "7",
    ]
    rng = random.Random(3804)
    for _ in range(20_000):
        content = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _count_words(content) == _old_count_words(content), repr(content)
    # One run of word characters, two CJK pairs, a word.
    assert _count_words("\u6e2f\u53e3\u6e2f\u53e3 pier") == 4


def _old_parts(title: str) -> tuple[str, list[str]]:
    title = " ".join(title.split())
    return title, titles._SEPARATOR.split(title)


def test_a_title_is_split_as_before() -> None:
    pieces = ["Harbour", " ", "board", "|", "-", "\u2013", "\u2014", ":", "::", "\u00b7"]
    pieces += ["\u2022", "\u00bb", "\u00ab", "/", "\t", "\u00a0", "Pier", "News"]
    rng = random.Random(3805)
    for _ in range(20_000):
        title = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert titles._parts(title) == _old_parts(title), repr(title)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Harbour board closes the old pier | Harbour News", "Harbour board closes the old pier"),
        ("Harbour board closes the old pier", "Harbour board closes the old pier"),
    ],
)
def test_a_headline_is_read_from_the_title_as_before(title: str, headline: str) -> None:
    assert titles.clean_title(title, site="Harbour News", url=None, heading="") == headline


_OLD_TOKEN = re.compile(r"[^\s]+")
_TOKEN_PIECES = ["Ada", "Lind", ",", "\u201c", "\u2019s", "\u6e2f", "\u00e9", "\u200b", "said"]
_TOKEN_PIECES += [" ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85", "\u202f"]


def test_the_tokens_before_and_after_the_marks_are_as_before() -> None:
    rng = random.Random(3806)
    for _ in range(30_000):
        text = "".join(rng.choice(_TOKEN_PIECES) for _ in range(rng.randint(0, 14)))
        end = rng.randint(0, len(text) + 2)
        start = rng.randint(0, max(0, end))
        old = [(m.group(), m.start(), m.end()) for m in _OLD_TOKEN.finditer(text, start, end)]
        assert tokens_between(text, start, end) == old, (text, start, end)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ada Lind, the harbour master, said: \u201cThe pier stays shut all winter.\u201d",
            "Ada Lind",
        ),
        ("\u201cThe pier stays shut all winter,\u201d said\u00a0Tom Hale on Friday.", "Tom Hale"),
        ("It was called \u201ca relic of the old harbour\u201d by Ada Lind.", "Ada Lind"),
    ],
)
def test_speakers_before_and_after_the_marks_read_as_before(paragraph: str, speaker: str) -> None:
    marked = "relic" if "relic" in paragraph else "pier"
    assert said_by(marked, paragraph) == [speaker]


def _old_cleaned(phrase: str) -> str:
    # split_speaker's cleaning before the cut: three substitutions always
    # (and, from s47-lang6, a one-word bracket ending the phrase, "(SPD)").
    phrase = " ".join(names._DECORATION.sub("", phrase).split())
    phrase = names._PARTY_TAG.sub("", phrase)
    phrase = names._BRACKET_WORD.sub("", phrase)
    return names._PAREN_ROLE.sub(r", \1", phrase)


def test_a_speaker_phrase_is_split_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = ["Ada", " ", "Lind", "(", ")", "(D)", "(R-Tex.)", "(the harbour master)", ","]
    pieces += ["\u00a0", "\U0001f3f3", "\ufe0f", "\u200d", "\u2600", "Sen.", "she", "\u00e9"]
    seen: list[str] = []
    real_clean = names.clean

    def noting(word: str) -> str:
        seen.append(word)
        return real_clean(word)

    # The words split_speaker reads are those of the old cleaning.
    monkeypatch.setattr(names, "clean", noting)
    rng = random.Random(3807)
    for _ in range(6_000):
        phrase = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        seen.clear()
        names.split_speaker(phrase)
        words = names._TOKEN.findall(
            _old_cleaned(phrase).strip().strip(",;:\u2014\u2013- ").strip()
        )
        assert seen[: len(words)] == words, repr(phrase)


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Sen. Ada Lind (D-R.I.)", "Ada Lind", "Sen."),
        ("Tom Hale (the harbour master)", "Tom Hale", "the harbour master"),
        ("Ada Lind \U0001f3f3\ufe0f", "Ada Lind", None),
    ],
)
def test_a_speaker_is_named_as_before(phrase: str, name: str, role: str | None) -> None:
    found = names.split_speaker(phrase)
    assert (found.name, found.role) == (name, role)


_PARAGRAPH = "The harbour board voted on Tuesday to close the old pier to cars for the winter."


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("5 min read", True),
        ("Ada Lind \u00b7 5 min read", True),
        # Sixty characters or more: a sentence of the post, kept as before.
        ("Tom Hale walked the pier for 5 min. Read on for what he found there.", False),
    ],
)
def test_a_reading_time_line_at_the_top_is_dropped_as_before(line: str, dropped: bool) -> None:
    blocks = [Block(BlockKind.PARAGRAPH, line), Block(BlockKind.PARAGRAPH, _PARAGRAPH)]
    kept = [block.text for block in _drop_header_lines(blocks, "", ())]
    assert kept == ([_PARAGRAPH] if dropped else [line, _PARAGRAPH])
