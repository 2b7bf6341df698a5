"""The share of control characters in a page's first characters (the test
that refuses a binary file) is found by looking for each control byte and
each 0xC2 byte in turn, not by a pass over every byte; these hold it to the
plain count on texts of every kind of character."""

from __future__ import annotations

import random
import re

from quotemark.library.importers.decode import control_ratio

_C0 = "".join(chr(code) for code in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1 = "".join(chr(code) for code in range(0x80, 0xA0))
_PIECES = (
    "a",
    "Z",
    " ",
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\u00a0",  # a no-break space: 0xC2 0xA0
    "\u00a9",
    "\u00bf",  # the last 0xC2 character
    "\u00c0",  # the first 0xC3 one
    "é",
    "\u2019",
    "\u0085",  # NEL, a C1 control beside the spaces
    "😀",
    "\ud800",  # a lone surrogate, as a mis-decoded page may hold
    "\udc85",
    "x" * 40,
)


def _plain(text: str) -> float:
    # The reading the shortcut replaces: every character asked.
    if not text:
        return 0.0
    controls = re.findall(f"[{re.escape(_C0 + _C1)}]", text)
    return len(controls) / len(text)


def _text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randrange(0, 90)):
        roll = rng.random()
        if roll < 0.04:
            parts.append(rng.choice(_C0))
        elif roll < 0.10:
            parts.append(rng.choice(_C1))
        elif roll < 0.12:
            # Runs of 0xC2 characters, past the number read one by one.
            parts.append(
                "".join(rng.choice(_C1 + "\u00a0\u00ab") for _ in range(rng.randrange(60, 140)))
            )
        else:
            parts.append(rng.choice(_PIECES))
    return "".join(parts)


def test_the_share_is_the_plain_count_on_made_up_texts() -> None:
    rng = random.Random(33)
    for _ in range(6000):
        text = _text(rng)
        assert control_ratio(text) == _plain(text), ascii(text)


def test_a_page_of_text_has_no_controls_and_a_binary_file_has_many() -> None:
    page = "<p>Caf\u00e9 \u00a9 2026\u00a0\u2014 \u201cquoted\u201d</p>\n" * 500
    assert control_ratio(page) == 0.0
    binary = "".join(chr(code % 0xA0) for code in range(4000))
    assert control_ratio(binary) == _plain(binary) > 0.2
    # A C1 control after more no-break spaces than are read one by one.
    late = "\u00a0" * 300 + "\u0090" + "x"
    assert control_ratio(late) == 1 / len(late)
