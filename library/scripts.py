"""Which writing system a character belongs to, where the app and the search
index must treat scripts differently.

Japanese and Chinese are written without spaces between words, so a label may
break between any two of their letters (:mod:`quotemark.app.rich_text`) and a
word index must cut their runs into something a typed word can match
(:func:`bigrams`); Arabic and Hebrew write the article and one-letter
prefixes onto the word (:func:`unprefixed`). Plain functions of text, below
every other part of the core.
"""

from __future__ import annotations

import re


def unspaced_script(char: str) -> bool:
    """Whether ``char`` is of a script written without spaces between words
    (CJK ideographs, kana, Thai, Lao, Myanmar, Khmer; Korean spaces its
    words), where a line may break between any two letters."""
    code = ord(char)
    return (
        kana_or_cjk(char)
        or 0x0E00 <= code <= 0x0EFF
        or 0x1000 <= code <= 0x109F
        or 0x1780 <= code <= 0x17FF
    )


def kana_or_cjk(char: str) -> bool:
    """Whether ``char`` is kana or a CJK ideograph: the unspaced scripts a
    word index can cut into character pairs. Thai, Lao, Khmer and Myanmar
    are left out: their combining vowels make pairs noisy, and they want a
    dictionary segmenter."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


# A run of kana and ideographs, without the katakana middle dot and double
# hyphen (U+30FB, U+30A0): punctuation inside the kana block, where the
# index's tokenizers split a name ("トム・ヘイル").
KANA_CJK_RUN = re.compile(
    "[\u3040-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+"
)


def bigrams(run: str) -> list[str]:
    """The overlapping character pairs of a kana/CJK ``run`` ("港湾組合" ->
    港湾 湾組 組合); a one-character run is itself. A word found inside a
    run is then a phrase of its pairs."""
    if len(run) < 2:
        return [run] if run else []
    return [run[i : i + 2] for i in range(len(run) - 1)]


# The Arabic article with the conjunctions and prepositions written onto it.
_ARABIC_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
# The Hebrew letters written onto a word: the article and one-letter
# prepositions and conjunctions (two may stack: ש+ה "that the").
_HEBREW_PREFIXES = frozenset("הובכלמש")


def unprefixed(word: str) -> list[str]:
    """The shorter forms of an Arabic or Hebrew ``word`` without the article
    or prefix letters written onto it ("الميناء" -> ميناء; "שהמזח" -> המזח,
    מזח), longest first; ``[]`` for any other word. An Arabic stem keeps
    three letters or more, a Hebrew one two or more: shorter ones are
    mostly a word that merely begins with those letters."""
    if not word:
        return []
    first = ord(word[0])
    if 0x0600 <= first <= 0x06FF:
        for article in _ARABIC_ARTICLES:
            if word.startswith(article) and len(word) - len(article) >= 3:
                return [word[len(article) :]]
        return []
    if 0x05D0 <= first <= 0x05EA:
        forms = []
        for cut in (1, 2):
            if len(word) - cut < 2 or word[cut - 1] not in _HEBREW_PREFIXES:
                break
            forms.append(word[cut:])
        return forms
    return []


ENGLISH_SAMPLE = 3000
ENGLISH_AT_LEAST = 4
"""An English text writes " the " a few times in its first 3,000 characters
(about 500 words); no other language the core reads writes it so."""


def writes_english(text: str) -> bool:
    """Does ``text`` write " the " four times in its first 3,000 characters?
    One search: the analysis asks it before counting other languages'
    words, the plain-text reader before reading another language's byline."""
    return text.count(" the ", 0, ENGLISH_SAMPLE) >= ENGLISH_AT_LEAST
