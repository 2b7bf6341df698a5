"""How sure the analysis is of a quotation's extent: marks that pair in one
paragraph are sure, a reported clause less so, a quotation that runs from
mid-paragraph into the next is listed for review until the researcher
settles it; the value is stored and an older stored analysis reads as sure."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind
from quotemark.library.operations import SetExtent, SetSpeaker
from quotemark.library.service import Library
from quotemark.library.store import codec
from quotemark.library.store.corrections import REVIEW_BELOW

RUNS_ON = (
    "Jonas Pärn, the harbour master, said the winter was hard. “The harbour was empty all "
    "winter and the crews left for the city.",
    "“Nobody came back in spring, and the ferries stopped.”",
    "The council met on Monday.",
)


def _quotes(*texts: str) -> list[tuple[float, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t) for t in texts)
    return [(q.extent_confidence, str(q.kind)) for q in analyze(blocks).quotes]


def test_paired_marks_are_sure_a_clause_less_and_a_run_on_is_flagged() -> None:
    [(paired, _)] = _quotes(
        "“The harbour was empty all winter,” said Jonas Pärn, the harbour master."
    )
    [(clause, kind)] = _quotes("The mayor said the plan was “a disaster for the town” on Monday.")
    [(run_on, _)] = _quotes(*RUNS_ON)
    assert kind == "partial"
    assert paired > clause >= REVIEW_BELOW > run_on


def test_a_flagged_extent_is_listed_until_settled(library: Library, tmp_path: Path) -> None:
    page = tmp_path / "winter.html"
    body = "".join(f"<p>{t}</p>" for t in RUNS_ON)
    page.write_text(f"<html><head><title>Winter</title></head><body>{body}</body></html>")
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    stored = library.post(post_id).analysis.quotes[0]
    assert stored.extent_confidence < REVIEW_BELOW  # kept by the store
    assert library.uncertain(post_id) == [0]
    first = "The harbour was empty all winter and the crews left for the city."
    library.run(SetExtent(post_id, 1, first))
    assert library.post(post_id).analysis.quotes[0].span.text == first
    assert library.uncertain(post_id) == []


def test_accepting_the_reading_settles_the_extent_too(library: Library, tmp_path: Path) -> None:
    page = tmp_path / "winter.html"
    body = "".join(f"<p>{t}</p>" for t in RUNS_ON)
    page.write_text(f"<html><head><title>Winter</title></head><body>{body}</body></html>")
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    speaker = library.post(post_id).analysis.quotes[0].speaker
    assert speaker is not None
    library.run(SetSpeaker(post_id, 1, speaker.name, speaker.role))
    assert library.uncertain(post_id) == []


def test_an_analysis_stored_before_extent_confidence_reads_as_sure() -> None:
    span = [0, 0, 0, 5, "Hello"]
    old = {"quotes": [[span, "inline", None, None]], "sources": [], "mentions": []}
    [quote] = codec.analysis_from_json(old).quotes
    assert quote.extent_confidence == 1.0
    assert codec.analysis_to_json(codec.analysis_from_json(old)) == old
