"""Stop 42's cuts of the analysis's whole-text scans (s42-speed3), each
against the form it replaced, on generated texts built to make the two part.

- ``sources._reported_verbs`` (``str.find`` of each verb) against the
  pattern it replaced, ``\\s(?:reported|said|...)\\b``: every kind of space
  before, word and non-word characters after, verbs inside longer words,
  the text's first and last characters.
- ``organisations._SPEECH_VERB_AFTER_WORD`` (its first character a set of
  ranges that holds every character above U+FFFF) through
  ``_speaking_subjects``, against the whole scan of the subject pattern:
  runs opening with an emoji, a digit above U+FFFF or a capital after one.
"""

from __future__ import annotations

import random
import re

from quotemark.library.analyze import organisations, quotes, sources
from quotemark.library.analyze.lexicon import PRONOUNS, SPEECH_VERBS
from quotemark.library.analyze.names import particles_before_capital

_VERB_PATTERN = re.compile(r"\s(?:" + "|".join(sources._REPORTED_VERBS) + r")\b")
"""The pattern ``_reported_verbs`` replaced (its verbs as one alternation)."""

_VERB_PIECES = [
    *sources._REPORTED_VERBS,
    "reportedly", "reporter", "unsaid", "said_", "says2", "Said", "SAID", "add", "noted\u00e9",
    "wrote\u2019", "tweet", "publish", "Tom", "Hale", "the", "harbour", "board", "x", "_",
]  # fmt: skip
_VERB_BREAKS = [
    " ", " ", " ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85", "", "", ",",
    ".", "-", "\u2019", "\u201d", "_", "\u00e9", "7", "\U0001f600",
]  # fmt: skip


def _pieces(chooser: random.Random, words: list[str], breaks: list[str]) -> str:
    parts = []
    for _ in range(chooser.randrange(1, 25)):
        parts.append(chooser.choice(breaks))
        parts.append(chooser.choice(words))
    if chooser.random() < 0.5:
        parts.append(chooser.choice(breaks))
    return "".join(parts)


def test_the_reported_verbs_are_the_patterns_matches() -> None:
    chooser = random.Random(42)
    found = 0
    for _ in range(6000):
        text = _pieces(chooser, _VERB_PIECES, _VERB_BREAKS)
        expected = [m.span() for m in _VERB_PATTERN.finditer(text)]
        assert sources._reported_verbs(text) == expected, text
        found += len(expected)
    assert found > 10000


def test_a_verb_after_any_space_and_before_no_word_character() -> None:
    text = (
        "said Tom Hale said\u00a0said\u2028said_ said\u00e9 unsaid \x1creported, reportedly\tsays"
    )
    # (Not the first word, with no space before it; not before "_", "\u00e9".)
    assert sources._reported_verbs(text) == [m.span() for m in _VERB_PATTERN.finditer(text)]
    assert [text[a + 1 : b] for a, b in sources._reported_verbs(text)] == [
        "said",
        "said",
        "reported",
        "says",
    ]


def test_the_harbour_board_reported_is_found_from_its_verb() -> None:
    # What a user sees: the board is a source that reported, wherever the
    # space before the verb is a tab or a no-break space.
    for space in (" ", "\t", "\u00a0"):
        text = f"The Harbour Board{space}reported a fall in traffic at the pier."
        found = [m.group(1) for m in sources._reported_runs(sources._REPORTED, text)]
        assert found == ["Harbour Board"], repr(space)
    assert list(sources._reported_runs(sources._REPORTED, "The Harbour Board reportedly")) == []


def test_the_first_character_set_is_a_capital_or_digit_below_u_ffff() -> None:
    first = organisations._SPEECH_VERB_AFTER_WORD.pattern
    first_set = re.compile(first[: first.index("]") + 1])
    for code in range(0x10000):
        character = chr(code)
        assert bool(first_set.match(character)) == bool(re.match(r"[A-Z\d]", character)), hex(code)
    assert first_set.match("\U0001f600")  # every character above U+FFFF


def _whole_scan(text: str) -> list[tuple[tuple[int, int], ...]]:
    pattern = organisations._subject_led("al" in particles_before_capital(text))
    return [
        (m.span(), m.span(1), m.span(2))
        for m in pattern.finditer(text)
        if m.group(2) in SPEECH_VERBS
    ]


_SUBJECT_WORDS = [
    "Harbour", "Board", "Pier", "Trust", "Tom", "Hale", "Ada", "Lind", "of", "the", "said",
    "says", "told", "added", "noted", "went", "\U0001f600", "\U0001f600Board", "x\U0001f600",
    "\U0001d7d0", "\U0001d7d012", "\U0001f600\U0001d7d0", "\U0001d400da", "\u0661\u0662",
    "\U0001f600Ada\U0001f600", "pier\U0001f600", "\u00c9cole", "2024",
]  # fmt: skip
_SUBJECT_BREAKS = [" ", " ", " ", "  ", "\t", "\u00a0", ", ", ". ", "\n", "\u201c", "", "-"]


def test_runs_opening_with_an_emoji_find_the_same_speakers() -> None:
    chooser = random.Random(4242)
    found = 0
    for _ in range(5000):
        text = _pieces(chooser, _SUBJECT_WORDS, _SUBJECT_BREAKS)
        got = [(m.span(), m.span(1), m.span(2)) for m in organisations._speaking_subjects(text)]
        expected = _whole_scan(text)
        assert got == expected, text
        found += len(expected)
    assert found > 1000


def test_an_emoji_before_the_board_and_an_emoji_alone() -> None:
    text = "\U0001f600Harbour Board said the pier was shut. \U0001f600 said nothing."
    assert [m.group(1) for m in organisations._speaking_subjects(text)] == ["Harbour Board"]


def test_the_known_word_letters_are_word_characters() -> None:
    known = re.compile(f"[{sources._WORD_LETTERS}]")
    word = re.compile(r"[\w-]")
    taken = 0
    for code in range(0x10000):
        character = chr(code)
        if known.match(character):
            assert word.match(character), hex(code)
            taken += 1
        elif code < 0x80:
            assert not word.match(character), hex(code)  # every ASCII one is known
    assert taken > 500


_LEXICON_PIECES = [
    "reuters", "the new york times", "new york times", "the times", "ap", "afp", "al jazeera",
    "al-jazeera", "bbc news", "the", "harbour", "board", "tom", "hale", "said", "x", "ap-",
    "\u00e9", "\u0434", "\u03b1", "\u0915", "\u4e00", "\u0661", "\U0001d400",
]  # fmt: skip
_LEXICON_BREAKS = [
    " ", " ", " ", "\n", "\t", "\u00a0", "", "", "", ",", "-", "_", "\u2019", "\u201c",
    "\u00e9", "\u0434", "\u0915", "\u4e00", "\U0001f600", "\U0001d400",
]  # fmt: skip


def test_the_lexicon_after_any_break_is_the_patterns_answer() -> None:
    # Letters of other alphabets (Devanagari, CJK, one above U+FFFF) right
    # before a name make the fast pattern take a break the old one does
    # not: the text is then read again, and the answer is the same.
    chooser = random.Random(4243)
    found = again = 0
    for _ in range(5000):
        lower = _pieces(chooser, _LEXICON_PIECES, _LEXICON_BREAKS)
        expected = [m.span() for m in sources._LEXICON_LOWER.finditer(lower)]
        assert list(sources._lower_lexicon_matches(lower)) == expected, lower
        found += len(expected)
        fast = [m.span(1) for m in sources._LEXICON_AFTER_KNOWN_BREAK.finditer(lower)]
        again += fast != [m.span(1) for m in sources._LEXICON_AFTER_BREAK.finditer(lower)]
    assert found > 5000
    assert again > 100


def test_a_name_after_a_letter_of_another_alphabet_is_no_name() -> None:
    # "\u0915the new york times": the break is inside "the new york times"
    # (the fast pattern took the Devanagari letter as one and would have
    # named the whole).
    lower = "the pier \u0915the new york times said"
    assert [lower[a:b] for a, b in sources._lower_lexicon_matches(lower)] == ["new york times"]


def _work_in_apposition_before(text: str, line_start: int, open_at: int, close_at: int) -> bool:
    # quotes.is_work_in_apposition before stop 42's pre-test (kept to compare).
    after = quotes._GOES_ON.match(text, close_at) or quotes._GOES_ON.match(text, close_at - 1)
    if after is None:
        return False
    if quotes._WORK_BEFORE.search(text, max(line_start, open_at - 60), open_at) is None:
        return False
    word, second = after.group(1), after.group(2).lower()
    return word not in PRONOUNS and word not in SPEECH_VERBS and second not in SPEECH_VERBS


_WORK_PIECES = [
    "his", "column", "Column", "film", "the", "film on Friday", "book in 2012", "of the pier",
    "Tom", "Hale", "said", "board", ",", ", ", ",\u00a0", ",\n", ", \n", ",\n\n", "\n", " \n",
    ";", "\u201c",
]  # fmt: skip
_WORK_AFTER = [", is read", ",\u201d opens today", "\u201d, he said", ", said Hale", ". The"]


def test_a_work_in_apposition_with_the_pre_test_is_the_old_answer() -> None:
    chooser = random.Random(4244)
    works = 0
    for _ in range(6000):
        before = _pieces(chooser, _WORK_PIECES, [" ", "", "\u00a0", "\n"]) + " "
        before += chooser.choice(["column", "film on Friday", "book", "the pier", ""])
        before += chooser.choice([",", ", ", ",\u00a0", ",\n", ", \n", ",\n\n", "", " ", "\n"])
        quoted = "\u201cThe ferry must stay"
        text = before + quoted + chooser.choice(_WORK_AFTER)
        open_at, close_at = len(before), len(before) + len(quoted)
        line_start = chooser.choice([0, max(0, open_at - 30)])
        old = _work_in_apposition_before(text, line_start, open_at, close_at)
        assert quotes.is_work_in_apposition(text, line_start, open_at, close_at) == old, text
        works += old
    assert works > 300


def test_the_harbour_film_in_apposition() -> None:
    text = "The harbour film, \u201cLow Tide,\u201d opens on the pier."
    open_at = text.index("\u201c")
    close_at = text.index("\u201d")
    assert quotes.is_work_in_apposition(text, 0, open_at, close_at)
    text = "The harbour film \u201cLow Tide,\u201d opens on the pier."  # no comma before
    assert not quotes.is_work_in_apposition(text, 0, text.index("\u201c"), text.index("\u201d"))


def test_normalise_is_remembered_and_still_the_key() -> None:
    sources.normalise.cache_clear()
    assert sources.normalise("The Harbour  Board,") == "harbour board"
    assert sources.normalise("the harbour board") == "harbour board"
    assert sources.normalise("The Harbour  Board,") == "harbour board"
    assert sources.normalise.cache_info().hits == 1
    assert sources.normalise.cache_info().maxsize == 4096  # bounded across a long import
