"""The analysis' patterns built from a text's own words, read with no compile
(stop 45, s45-speed): a surname, a name, a cited surname or an acronym found
as a string finds what the pattern compiled for it found, place for place.
Each compile cost ~0.2-0.7 ms for every new word a process met."""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest

from quotemark.library.analyze import citations, organisations, transcripts
from quotemark.library.analyze.citations import _alone_at, cited_mentions
from quotemark.library.analyze.organisations import spelled_out
from quotemark.library.analyze.speakers import _name_written_at, _written_inside_sentence
from quotemark.library.analyze.transcripts import _first_names_before, _full_name

_PIECES = (
    *("Tom", "Hale", "HALE", "Ada", "Lind", "Mary-Jo", "Jo", "Ann-Marie", "McHale", "O'Hale"),
    *("Hales", "Hale-Lind", "Haleford", "hale", "the", "said", "Governor", "Editor's", "Note"),
    *("Mr.", "Dr", "\u2019", "'", "-", ":", ".", ",", "(", ")", "\u201c", "2019", "é", "Émile"),
)
_GAPS = (" ", " ", " ", "  ", "\u00a0", "", ", ", ": ", "\n", "-")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 18)))
        for _ in range(count)
    ]


def _old_full_name_pattern(word: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'\u2019])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,2})"
        + re.escape(word)
        + r"\b(?!:)"
    )


@pytest.mark.parametrize("word", ["Hale", "Lind", "Jo", "Tom", "Hale-Lind", "Mr.", "O'Hale", "é"])
def test_a_surnames_first_names_are_the_compiled_patterns(word: str) -> None:
    # Random runs of first names (hyphenated, in capitals, after an
    # apostrophe or a letter), the surname inside longer words, before a
    # colon, twice in a row: every match's group is where the pattern
    # compiled for the surname put it, in its order.
    for text in _texts(45, 3000):
        old = [m.span(1) for m in _old_full_name_pattern(word).finditer(text)]
        assert list(_first_names_before(text, word)) == old, text


def test_the_full_name_of_a_label_is_read_as_before() -> None:
    prose = "Governor Mary Fallin spoke. Later Tom  Hale and Ann-Marie Lind Hale: met."
    assert _full_name(prose, "FALLIN") == "Mary Fallin"
    # (two spaces before "Hale": no first name; "Lind Hale:" a label's colon.)
    assert _full_name(prose, "HALE") is None
    assert _full_name("Lind. Tom Hale Lind spoke, Ada Lind too", "Lind") == "Tom Hale Lind"


def _old_written_at(text: str, name: str) -> list[int]:
    pattern = r"(?<![\w-])" + r"[ \u00a0]+".join(re.escape(t) for t in name.split())
    return [m.start() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    "name", ["Tom Hale", "Hale", "Ada  Lind Hale", "Mr. Hale", "( Hale", "Jo Jo"]
)
def test_a_name_is_found_where_its_pattern_found_it(name: str) -> None:
    for text in _texts(46, 3000):
        assert list(_name_written_at(text, name.split())) == _old_written_at(text, name), text
    assert list(_name_written_at("a-b c", [])) == _old_written_at("a-b c", "")


def test_a_name_inside_a_sentence_is_still_told_from_one_opening_it() -> None:
    assert not _written_inside_sentence("Tom Hale spoke. \u201cTom Hale\u201d went.", "Tom Hale")
    assert _written_inside_sentence("Tom Hale spoke. Then Tom\u00a0 Hale went.", "Tom Hale")


@pytest.mark.parametrize("name", ["Ross", "Hale", "Smith-Ross", "Jo"])
def test_a_cited_surname_is_found_where_its_pattern_found_it(name: str) -> None:
    for text in _texts(47, 3000):
        old = [m.start() for m in re.finditer(rf"{name}\b(?![\u2019']s)", text)]
        assert list(_alone_at(text, name)) == old, text


def test_a_cited_surname_alone_is_told_from_a_longer_name() -> None:
    text = "Ross (2019) argues this. Ross\u2019s study and Tom Ross differ; Ross Street too."
    assert [name for _start, name, _end in cited_mentions(text, frozenset({"Ross"}))] == ["Ross"]


def test_an_acronym_given_in_brackets_picks_its_name() -> None:
    # Two names with the same initials: the one the text gave the acronym
    # in brackets (after spaces of either kind) is its name; with none
    # given, neither.
    text = (
        "Harbour Ferries Canada met the Hale Fishing Cooperative\u00a0 (HFC) on "
        "Monday. Then HFC said"
    )
    assert spelled_out(text, text.index("HFC said"), "HFC") == "Hale Fishing Cooperative"
    bare = text.replace("\u00a0 (HFC)", "")
    assert spelled_out(bare, bare.index("HFC said"), "HFC") is None


def test_no_pattern_is_compiled_for_a_new_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # A surname, a name and a cited surname no process has met compile
    # nothing; an acronym compiles its spelling pattern only (two before).
    compiled: list[object] = []
    real = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern: object, flags: int = 0) -> object:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)  # type: ignore[attr-defined]
    text = "Zebulon Quaxley spoke; Quaxley (2031) argues it. Then Zebulon Quaxley left."
    assert transcripts._full_name(text, "QUAXLEY") == "Zebulon Quaxley"
    assert _written_inside_sentence(text, "Zebulon Quaxley")
    assert list(citations._alone_at(text, "Quaxley")) == [8, 23, 62]
    assert compiled == []
    assert organisations.spelled_out(text, len(text), "ZQ") == "Zebulon Quaxley"
    assert len(compiled) == 1


_LAZY_CHECK = """
import sys
from quotemark.library.analyze import analyze, attribution, names, press_languages, speakers
from quotemark.library.model import Block, BlockKind

lazy = {
    "wide": speakers._wide_run_scan,
    "ja_named": names.ja_named,
    "ja_name": names._ja_name,
    "ja_described": names._ja_described,
    "ja_said": attribution._ja_said,
    "ja_quotative": attribution._ja_quotative,
    "chinese_said": press_languages._chinese_said,
}


def compiled():
    return sorted(name for name, get in lazy.items() if get.cache_info().currsize)


def read(text):
    return analyze([Block(BlockKind.PARAGRAPH, text)])


print(compiled())
english = read("\\u201cThe pier will open in May,\\u201d said Tom Hale, the harbour master.")
print(compiled(), [q.speaker.name for q in english.quotes])
polish = read("\\u201eMolo otworzymy w maju\\u201d \\u2013 powiedzia\\u0142 \\u0141ukasz Nowak.")
print(compiled())
japanese = read("田中太郎氏は「港は五月に開く」と述べた。")
print(compiled(), [q.speaker.name for q in japanese.quotes])
"""


def test_the_other_languages_patterns_are_compiled_when_a_text_needs_them() -> None:
    # A fresh process: importing the analysis and reading an English post
    # compiles none of the Japanese, Chinese or wide-capital patterns; a
    # post in Polish compiles the wide capitals' scan, one in Japanese the
    # Japanese patterns it reads with, and the speakers are read as before.
    done = subprocess.run(
        [sys.executable, "-c", _LAZY_CHECK], capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "[]"
    assert lines[1] == "[] ['Tom Hale']"
    assert lines[2] == "['wide']"
    japanese = "['ja_described', 'ja_name', 'ja_named', 'ja_quotative', 'ja_said', 'wide']"
    assert lines[3] == f"{japanese} ['田中太郎']"
