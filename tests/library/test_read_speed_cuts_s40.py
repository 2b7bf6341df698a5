"""s40-speed2: exact speed cuts in the read step, each checked against the
form it replaced (kept here) on generated pages."""

from __future__ import annotations

import random
import re

from quotemark.library.importers import _INLINE_DATA_KEPT, _without_inline_data

_RUN = re.compile(rb"[A-Za-z0-9+/=]*")
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


def _old_without_inline_data(data: bytes) -> bytes:
    """s40-harden's form: every run's length read by the pattern."""
    start = data.find(b";base64,")
    if start < 0:
        return data
    pieces: list[bytes] = []
    kept = 0
    while start >= 0:
        start += len(b";base64,")
        run = _RUN.match(data, start)
        end = run.end() if run is not None else start
        if end - start > _INLINE_DATA_KEPT:
            pieces.append(data[kept:start])
            kept = end
        start = data.find(b";base64,", end)
    if not pieces:
        return data
    pieces.append(data[kept:])
    return b"".join(pieces)


def _page(rng: random.Random) -> bytes:
    parts = [b"<html><body><p>Tom Hale walked the pier.</p>"]
    for _ in range(rng.randint(0, 4)):
        sizes = (0, 1, 300, _INLINE_DATA_KEPT - 1, _INLINE_DATA_KEPT, _INLINE_DATA_KEPT + 1)
        size = rng.choice(sizes) if rng.random() < 0.7 else rng.randint(0, 3 * _INLINE_DATA_KEPT)
        run = bytes(rng.choice(_B64) for _ in range(min(size, 64))) * (size // 64 + 1)
        parts.append(b'<img src="data:image/png;base64,' + run[:size])
        # What follows a run: a quote, nothing (the page's end), or letters
        # after a break that are base64 bytes again (at the probe or not).
        tail = rng.choice([b'">', b"", b"\n" + b"A" * rng.randint(0, 2 * _INLINE_DATA_KEPT)])
        parts.append(tail)
        if rng.random() < 0.3:
            parts.append(b"<p>Ada Lind; base64, the harbour board</p>")
    return b"".join(parts)


def test_without_inline_data_same_as_before() -> None:
    rng = random.Random(40)
    cut = 0
    for _ in range(400):
        page = _page(rng)
        new = _without_inline_data(page)
        assert new == _old_without_inline_data(page)
        cut += new != page
    assert cut > 50


def test_run_at_the_limit_kept_and_past_it_cut() -> None:
    at = b'<img src="data:image/png;base64,' + b"A" * _INLINE_DATA_KEPT + b'">' + b"B" * 10
    assert _without_inline_data(at) == at
    past = b'<img src="data:image/png;base64,' + b"A" * (_INLINE_DATA_KEPT + 1) + b'">'
    assert _without_inline_data(past) == b'<img src="data:image/png;base64,">'
