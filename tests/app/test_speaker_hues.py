"""Two speakers of one post get colours a reader tells apart (stop 39:
"Ben Ross" and "Ada Lind" were a green and a yellow green, 45 degrees of
hue apart, in the margin and the Quotes tab)."""

from __future__ import annotations

import itertools

from quotemark.app.reader.highlight import APART, HUES, speaker_slots
from quotemark.library.model import Position, Quote, QuoteKind, Span, Speaker

_NAMES = [
    "Ben Ross", "Ada Lind", "Tom Hale", "Ruth Ames", "Mia Ross", "Nora Vance",
    "the harbour board", "Ferry Workers' Union", "Sam Ross", "Kadri Laane",
    "Marta Ilves", "the mayor",
]  # fmt: skip


def _quote(name: str) -> Quote:
    at = Position(0, 0)
    return Quote(
        span=Span(at, at, "words"),
        kind=QuoteKind.INLINE,
        speaker=Speaker(name=name, role=None, confidence=0.9, span=None),
    )


def _gap(a: int, b: int) -> int:
    gap = abs(HUES[a] - HUES[b]) % 360
    return min(gap, 360 - gap)


def test_any_two_speakers_of_a_post_are_far_apart_in_hue() -> None:
    for first, second in itertools.permutations(_NAMES, 2):
        slots = speaker_slots([_quote(first), _quote(second)])
        a, b = slots[first.casefold()], slots[second.casefold()]
        assert _gap(a, b) >= APART, (first, second, HUES[a], HUES[b])


def test_the_first_speaker_keeps_the_colour_of_their_name() -> None:
    # Stable across posts: whoever speaks first has their name's own hue.
    alone = speaker_slots([_quote("Ada Lind")])["ada lind"]
    assert speaker_slots([_quote("Ada Lind"), _quote("Ben Ross")])["ada lind"] == alone


def test_ten_speakers_still_get_ten_slots() -> None:
    many = [_quote(name) for name in _NAMES[:10]]
    slots = speaker_slots(many)
    assert len({slots[name.casefold()] for name in _NAMES[:10]}) == 10
