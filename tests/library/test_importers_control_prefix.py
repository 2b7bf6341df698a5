"""The binary-file test counts control characters in a page's first
characters. When the page's UTF-8 bytes are known, the count is read from
them: the prefix's end is found there instead of encoding the prefix again.
These hold that reading to the plain one (the prefix encoded) on made-up
texts of ASCII, two-, three- and four-byte characters, a BOM, Latin-1 and
control characters, at prefix lengths that cut characters of every size."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quotemark.library.errors import UnsupportedFormat
from quotemark.library.importers import read
from quotemark.library.importers.decode import (
    Decoded,
    _utf8_end,
    control_ratio,
    decode,
    prefix_control_ratio,
)

_PIECES = (
    "a",
    "<p>",
    " ",
    "\t",
    "\n",
    "\r",
    "\x0c",
    "\x00",
    "\x01",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\u00a0",
    "\u00e9",
    "\u00bf",
    "\u07ff",  # the last two-byte character
    "\u0800",  # the first three-byte one
    "\u2019",
    "\u201c",
    "\ufeff",  # a BOM inside the text
    "\U0001f600",
    "\U00010000",
    "x" * 37,
)


def _text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, size)))


def test_the_bytes_reading_is_the_encoded_prefix_reading() -> None:
    rng = random.Random(1633)
    for _ in range(4000):
        text = _text(rng, 120)
        utf8 = text.encode("utf-8")
        decoded = Decoded(text, "utf-8", utf8)
        for chars in (1, 2, 3, rng.randrange(1, 400), len(text), len(text) + 1):
            prefix = text[:chars]
            assert prefix_control_ratio(decoded, chars) == control_ratio(prefix), ascii(text)
            if len(text) > chars:
                assert _utf8_end(utf8, chars) == len(prefix.encode("utf-8")), ascii(text)


def test_pages_longer_than_the_prefix_read_as_before() -> None:
    rng = random.Random(16)
    for _ in range(30):
        # ASCII, mostly ASCII with some accents, or every character long.
        kind = rng.randrange(3)
        pieces = ("abc <p> ", "\u00e9", "\u2019", "\U0001f600", "\x01", "\u0090")
        weights = ((1, 0, 0, 0, 0, 0), (60, 3, 3, 1, 1, 1), (0, 2, 3, 2, 1, 1))[kind]
        text = "".join(rng.choices(pieces, weights, k=rng.randrange(15_000, 40_000)))
        decoded = Decoded(text, "utf-8", text.encode("utf-8"))
        assert prefix_control_ratio(decoded, 65536) == control_ratio(text[:65536])


def test_text_read_without_its_bytes_is_still_counted() -> None:
    # windows-1252 and a BOM give no UTF-8 bytes to count in.
    for data in (b"caf\xe9 \x81 text", b"\xef\xbb\xbfcaf\xc3\xa9 \x01"):
        decoded = decode(data, "cp1252")
        assert decoded is not None
        assert decoded.utf8 is None
        assert prefix_control_ratio(decoded, 65536) == control_ratio(decoded.text)


def _page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "odd.html"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_controls_among_the_first_characters_refuse_a_file_past_its_first_bytes(
    tmp_path: Path,
) -> None:
    # 40,000 two-byte letters, then controls: past the first 65,536 bytes,
    # yet among the first 65,536 characters.
    head = "<html><body><p>" + "\u00e9" * 40_000
    path = _page(tmp_path, head + "\x01\x02 " * 9000)
    with pytest.raises(UnsupportedFormat, match=r"odd\.html: this is a binary file"):
        read(path)


def test_controls_after_the_first_characters_do_not_refuse_a_page(tmp_path: Path) -> None:
    text = "<html><body><p>" + "\u2019" * 65_521 + "\x01\x02" * 2000 + "</p></body></html>"
    assert len(text) - len("\x01\x02" * 2000 + "</p></body></html>") == 65_536
    raw = read(_page(tmp_path, text))
    assert raw.html == text
