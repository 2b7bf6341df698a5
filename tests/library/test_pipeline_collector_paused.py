"""The cyclic garbage collector is held off while a document is processed
(it found nothing there and cost ~2 % of ``quotemark extract``), and given
back as it was: after a page, after a page that fails, when the caller had
it off already, and when import workers process pages at the same time.
A page's reference cycles are still collected once the page is done.
Every page here is the team's own."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotemark.library.pipeline as pipeline
from quotemark.library.errors import QuotemarkError
from quotemark.library.extract import extract
from quotemark.library.model import Article, RawDocument
from quotemark.library.pipeline import _collector_paused, process

PAGE = """<!doctype html><html><head><title>Harbour notes</title></head><body>
<article><h1>The ferry timetable changes</h1>
<p>“We will run the first boat at six from next week,” said Ilse Vandermeer,
who manages the harbour office, in a short note to the islanders.</p>
<p>The last crossing of the evening moves to half past ten, and the Sunday
boats keep their old times through the winter, the office wrote.</p>
</article></body></html>
"""


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_page_is_processed_with_the_collector_held_off(
    tmp_path: Path, collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def spying(raw: RawDocument) -> Article:
        seen.append(gc.isenabled())
        return extract(raw)

    monkeypatch.setattr(pipeline, "extract", spying)
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    done = process(page)
    assert seen == [False]
    assert gc.isenabled()
    assert "Vandermeer" in " ".join(block.text for block in done.article.blocks)


def test_the_collector_runs_again_after_a_page_that_fails(
    tmp_path: Path, collector_on: None
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(QuotemarkError):
        process(empty)
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    was = gc.isenabled()
    gc.disable()
    try:
        process(page)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_nested_and_concurrent_pauses_give_it_back_once(collector_on: None) -> None:
    inside = threading.Barrier(3)
    leave = threading.Event()

    def worker() -> None:
        with _collector_paused():
            inside.wait()
            leave.wait()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    with _collector_paused():
        with _collector_paused():
            pass
        inside.wait()
        assert not gc.isenabled()  # the workers are still at work
    assert not gc.isenabled()
    leave.set()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_a_cycle_made_during_a_page_is_collected_after_it(collector_on: None) -> None:
    class Node:
        other: object = None

    with _collector_paused():
        first, second = Node(), Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
        assert gone() is not None  # held off: the cycle waits
    gc.collect()
    assert gone() is None
