"""Stop 46's cuts of the analysis's compiles, each finding what it found
before.

The Korean subjects of a text (:func:`.press_languages.korean_subject_spans`)
were one pattern's matches; that pattern held seven Hangul classes, 25-28 M
instructions to compile on a process's first Korean page. They are read now
after a small pattern gives the places, and must be the same matches, place
for place, on any text: the old pattern is kept here as the reference.
"""

from __future__ import annotations

import random
import re

import pytest

from quotemark.library.analyze import press_languages
from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.lexicon import SPEECH_VERBS
from quotemark.library.analyze.press_languages import (
    KOREAN_SURNAMES,
    korean_subject_spans,
    korean_subjects,
)

_PARTICLES = press_languages._KOREAN_PARTICLES
_REFERENCE = re.compile(
    rf"(?<![\uac00-\ud7a3])(?:([{KOREAN_SURNAMES}][\uac00-\ud7a3][^\W{_PARTICLES}])"
    r"(?= (?:[\uac00-\ud7a3]+ )?[\uac00-\ud7a3]+[\uc740\ub294\ub3c4](?![\uac00-\ud7a3]))"
    rf"|([{KOREAN_SURNAMES}])(?= [\uac00-\ud7a3]+[\uc740\ub294](?![\uac00-\ud7a3])))"
)
"""The pattern the Korean subjects were found by up to stop 45."""


def _old(text: str) -> list[tuple[int, str | None, str | None]]:
    return [(m.start(), m.group(1), m.group(2)) for m in _REFERENCE.finditer(text)]


_SYLLABLES = (
    *"김이박최정한성호수진동욱은주",  # surnames and a name's syllables
    *"은는도를을에가고로와과의만게히",  # particles and endings
    *"하늘군의료원장씨기자다말했",  # other syllables
)
_OTHERS = (
    *(" ", " ", " ", "  ", "\n", "a", "Z", "7", "_", ".", ","),
    *("\u201c", "\u201d", "\u3131", "漢"),
)


def _random_text(rng: random.Random) -> str:
    return "".join(
        rng.choice(_SYLLABLES) if rng.random() < 0.7 else rng.choice(_OTHERS)
        for _ in range(rng.randrange(1, 60))
    )


@pytest.mark.parametrize("seed", range(4))
def test_the_korean_subjects_are_the_old_patterns_matches_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4000):
        text = _random_text(rng)
        assert list(korean_subject_spans(text)) == _old(text), text


_NEWS = (
    "박성호 하늘군 의료원장은 \u201c병원을 지키겠다\u201d고 말했다. "
    "이수진 씨는 \u201c무섭다\u201d고 했다. 최동욱 하늘군수는 답했다. "
    "정은주 도의원도 말했다. 박 원장은 웃었다. 한 노인 어부는 말했다. 한 씨는 말했다. "
    "그래도 사실상 의사를 만났다. 김a1 기자는 썼다.김성호 씨는"
)


def test_a_korean_news_text_gives_its_subjects_as_before() -> None:
    assert list(korean_subject_spans(_NEWS)) == _old(_NEWS)
    names = [name for _at, name in korean_subjects(_NEWS)]
    assert {"박성호", "이수진", "최동욱", "정은주"} <= set(names)
    # 박 원장은: the 박 named in full before; 김a1 is no name of three syllables.
    assert names.count("박성호") == 2
    assert "김성호" in names
    assert not any(name.startswith("김a") for name in names)


def test_the_same_words_give_the_same_choice_once() -> None:
    made = word_choice(SPEECH_VERBS)
    assert word_choice(set(SPEECH_VERBS)) is made
    pattern = re.compile(rf"(?:{made})\b")
    assert pattern.match("said so") is not None
    assert pattern.match("saidx") is None
