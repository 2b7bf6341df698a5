"""The exact cuts of stop 38's third speed round (branch s38-speed3): the
regex scans of the round replaced by cheaper exact forms. Each new form is
held to the old one's answers on generated inputs. Every sentence here is
written by the team."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract import content

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
