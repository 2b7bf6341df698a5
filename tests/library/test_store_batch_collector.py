"""A process reading file after file (the command line's ``extract`` and
``import``, an import worker) runs the collector's young pass less often,
and still collects the cyclic garbage its files leave."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from quotemark.library.store.batch import BATCH_YOUNG, freeze_loaded


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


class _Node:
    """One half of a reference cycle, counting its own collection."""

    collected = 0

    def __init__(self) -> None:
        self.other: _Node | None = None

    def __del__(self) -> None:
        _Node.collected += 1


def _cycles(count: int) -> None:
    for _ in range(count):
        first, second = _Node(), _Node()
        first.other, second.other = second, first


def test_a_batch_waits_longer_between_young_passes() -> None:
    gc.set_threshold(700, 10, 10)
    freeze_loaded()
    assert gc.get_threshold() == (BATCH_YOUNG, 10, 10)
    assert gc.get_freeze_count() > 0


def test_a_higher_threshold_already_set_is_kept() -> None:
    gc.set_threshold(BATCH_YOUNG * 3, 5, 5)
    freeze_loaded()
    assert gc.get_threshold() == (BATCH_YOUNG * 3, 5, 5)


def test_the_cycles_a_long_batch_leaves_are_still_collected() -> None:
    # Pages whose objects form cycles that nothing breaks: the collector
    # still runs on its own, so what piles up stays below a few passes'
    # worth, however many pages are read.
    freeze_loaded()
    gc.collect()
    _Node.collected = 0
    made = 0
    for _page in range(40):
        _cycles(2_000)
        made += 4_000
        assert made - _Node.collected < 4 * BATCH_YOUNG
    assert _Node.collected > made // 2
