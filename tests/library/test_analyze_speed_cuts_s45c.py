"""A text that writes a capital past A-Z has its person runs found by a
pattern of its own and its names before a verb of saying by the English
scan (stop 45, s45-speed3): the one pattern for both, spelled wide, cost
90.8 M instructions to compile, nearly all of it the verbs of saying. Both
lists are the ones that pattern found, place for place. And a speaker
phrase ending past U+3040 but with none of the Japanese suffixes (a display
name ending in an emoji) compiles no Japanese described-name pattern."""

from __future__ import annotations

import random
import re

import pytest

from quotemark.library.analyze import names, speakers
from quotemark.library.analyze.names import (
    WORD_OPENS,
    person_run_after_first,
    person_run_firsts,
    split_speaker,
    wide_capitals,
)

_ONE_WIDE_SCAN = re.compile(
    person_run_firsts((), wide=True)
    + WORD_OPENS
    + rf"(?:(?={person_run_after_first((), wide=True)}())|{speakers._ONE_NAME_SAID_AFTER_FIRST})"
)

_PIECES = (
    *("Émile", "Zola", "Łukasz", "Nowak", "Игорь", "Νίκος", "Ada", "Lind", "Hale", "McHale"),
    *("said", "says", "told", "added", "wrote", "Mr.", "Dr.", "É.", "J.", "Ö", "é", "the"),
    *("O'Hale", "Mary-Jo", "al-Assad", "\u2019", "'", "-", ".", ",", "&", "\u201c", "2019"),
)
_GAPS = (" ", " ", " ", "  ", "\u00a0", "", ", ", "\n", "-")


def _old(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return speakers.runs_and_said(_ONE_WIDE_SCAN.finditer(text))


@pytest.mark.parametrize("seed", [45, 46, 47])
def test_a_wide_texts_runs_and_speaking_names_are_the_one_scans(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 16)))
        if "al-" in text or not wide_capitals(text):
            # (A particle's runs are read by person_runs; an ASCII text by
            # the English scan alone.)
            continue
        speakers.forget_scan()
        assert speakers._capital_scan(text) == _old(text), text
        checked += 1
    assert checked > 1000


def test_a_name_before_its_verb_next_to_a_wide_name_is_read() -> None:
    # "Zola said" is a name and its verb; "Émile Zola" a run, so at "Zola"
    # (inside it) a run of one word is none, and the verb is read there.
    text = "Then Émile Zola said it, and Nowak told Łukasz Nowak so."
    speakers.forget_scan()
    runs, said = speakers._capital_scan(text)
    assert [text[a:b] for a, b in runs] == ["Then Émile Zola", "Łukasz Nowak"]
    assert (runs, said) == _old(text)
    assert [text[a:b] for a, b in said] == ["Zola", "Nowak"]


def test_a_display_name_ending_in_an_emoji_compiles_no_japanese_pattern() -> None:
    # A phrase ending past U+3040 is tried as Japanese; the described-name
    # pattern (~26 M instructions to compile) only when it ends with one of
    # its suffixes. The emoji's name is read as before, and a Japanese
    # description's name still is.
    names._ja_described.cache_clear()
    flag = "\U0001f3f3\ufe0f\u200d\U0001f308"
    assert split_speaker(f"Dianna E. Anderson {flag}").name == "Dianna E. Anderson"
    assert names._ja_described.cache_info().currsize == 0
    assert split_speaker("校長の高田由美さん").name == "高田由美"
    assert split_speaker("商店を営むリンド・エイダさん").name == "リンド・エイダ"
    assert split_speaker("青浜町の北村正雄市長").name == "北村正雄"
