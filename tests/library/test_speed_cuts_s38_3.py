"""The exact cuts of stop 38's third speed round (branch s38-speed3): the
regex scans of the round replaced by cheaper exact forms. Each new form is
held to the old one's answers on generated inputs. Every sentence here is
written by the team."""

from __future__ import annotations

import random
import re

from lxml import etree

from quotemark.library.extract import boilerplate, content
from quotemark.library.model import Block, BlockKind

_COMMA_PIECES = [
    "\u060c",
    "\u3001",
    "\uff0c",
    ",",
    " ",
    "a",
    "\u00e9",
    "\u2014",
    "\u201c",
    "\u4e00",
    "\U0001f600",
    "\u060b",
    "\u3002",
    "\uff0d",
    "\n",
    "",
]


def _old_commas(text: str) -> int:
    # _own's count as it was before the cut (the class test).
    if "," in text:
        return text.count(",")
    if not text.isascii():
        return len(content._COMMAS.findall(text))
    return 0


def test_own_counts_the_commas_of_other_scripts_as_the_pattern_did() -> None:
    rng = random.Random(383)
    element = etree.Element("p")
    for _ in range(20000):
        text = "".join(rng.choice(_COMMA_PIECES) for _ in range(rng.randint(0, 30)))
        stats = content.Stats(element, None)
        content._own(stats, text, False)
        assert stats.commas == _old_commas(text), repr(text)


def test_own_counts_ideographic_commas() -> None:
    stats = content.Stats(etree.Element("p"), None)
    content._own(stats, "\u6e2f\u53e3\u3001\u7801\u5934\uff0c\u8239\u3002", False)
    assert stats.commas == 2


_OLD_CHROME_LINE = re.compile(
    boilerplate._CHROME_LINE.pattern.removesuffix(")$")
    + "|"
    + boilerplate._CHROME_SENTENCE.pattern.removeprefix("^(?:"),
    re.IGNORECASE,
)
"""The one pattern of before the cut: the same alternatives, in one."""

_LINE_PIECES = [
    "Our app",
    " requires JavaScript",
    " REQUIRES JAVASCRIPT.",
    " requ\u0130res javascript",
    " requ\u0131res java\u017fcript",
    "Thanks for reading. ",
    "Thanks! ",
    "Follow us on X",
    "FOLLOW HER ON Instagram",
    "follow them on facebook for more",
    "Subscribe",
    "\u017fubscribe",
    "sign up",
    "\u017f\u0131gn up",
    "S\u0130GN UP",
    " to our newsletter",
    " for the harbour newsletters",
    " to get it in your inbox",
    " at the pier",
    "Tom Hale",
    ".",
    "!",
    "?",
    " ",
    "\u2014",
    "Advertisement",
    "Share this",
    "Posted by Ada Lind",
    "\n",
]


def test_the_fold_list_holds_every_letter_the_pattern_folds_apart() -> None:
    every = "".join(map(chr, range(0x110000)))
    letters = set("".join(boilerplate._CHROME_SENTENCE_WORDS))
    folded_apart = set()
    for letter in letters:
        for found in re.findall(re.escape(letter), every, re.IGNORECASE):
            if found.lower() != letter:
                folded_apart.add(found)
    assert folded_apart <= set(boilerplate._FOLDED_TO_ASCII)


def _line(text: str) -> bool:
    return boilerplate._is_chrome_line(Block(BlockKind.PARAGRAPH, text))


def test_chrome_lines_are_what_the_one_pattern_found() -> None:
    rng = random.Random(3838)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(1, 6)))
        old = len(text) < boilerplate.SHORT and bool(
            _OLD_CHROME_LINE.match(text.strip(" \u2028|\u2022\u00b7-\u2013\u2014:"))
        )
        assert _line(text) is old, repr(text)
        found += old
    assert found > 1000


def test_a_sign_up_line_is_chrome_and_a_sentence_of_the_pier_is_not() -> None:
    assert _line("Thanks for reading. Sign up for the Harbour Board newsletter!")
    assert _line("The harbour map requires JavaScript.")
    assert not _line("Tom Hale said the pier would open in June.")


def _old_key(text: str) -> str:
    # boilerplate.key as it was before the cut.
    return boilerplate._NON_WORD.sub(" ", text.casefold()).strip()


def test_key_is_what_the_substitution_gave() -> None:
    rng = random.Random(38383)
    every_ascii = [chr(c) for c in range(128)]
    pieces = [*every_ascii, "Harbour", "PIER", "Ada_Lind", "42", "\u00e9", "\u2014", "\u0130"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert boilerplate.key.__wrapped__(text) == _old_key(text), repr(text)


def test_a_title_repeated_with_other_marks_is_the_same_key() -> None:
    assert boilerplate.key("The Pier Opens -- Harbour News!") == "the pier opens harbour news"
