"""The learned second look at dropped marked spans (``library/analyze/partial_gate.py``):
the committed model loads and the training command fits one on a tiny fixture;
with the committed model in use, partial quotations the rules keep stay and
titles, terms and scare quotes stay out; without a model the rules alone decide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation import train_partial
from evaluation.quotes import Doc, Gold
from quotemark.library.analyze import analyze, partial_gate
from quotemark.library.model import Block, BlockKind, QuoteKind

COMMITTED = Path(train_partial.__file__).with_name(partial_gate.RESOURCE)


def _committed() -> partial_gate.Model:
    return partial_gate.load(COMMITTED.read_text(encoding="utf-8"))


def _quoted(text: str, model: partial_gate.Model | None) -> list[tuple[str, str | None]]:
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in text.split("\n\n")]
    with partial_gate.using(model):
        analysis = analyze(blocks)
    return [
        (q.span.text, q.speaker.name if q.speaker else None)
        for q in analysis.quotes
        if q.kind is QuoteKind.PARTIAL
    ]


def test_the_committed_model_loads_with_the_gates_features() -> None:
    data = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert data["features"] == list(partial_gate.FEATURES)
    model = _committed()
    assert 0 < model.quotation_threshold <= 1
    assert 0 < model.speaker_threshold <= 1
    manifest = json.loads(COMMITTED.with_name("partial_gate_manifest.json").read_text("utf-8"))
    assert manifest["half"] == "tune"
    assert manifest["corpus"] == "polnear/train"
    assert manifest["files"]


@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize(
    ("text", "marked", "speaker"),
    [
        (
            "Mayor Tomas Berg called the new levy “a tax on every islander who needs a boat.”",
            "a tax on every islander",
            "Tomas Berg",
        ),
        (
            "Councillor Ruth Okafor described the timetable as “a schedule written for nobody.”",
            "a schedule written for nobody",
            "Ruth Okafor",
        ),
    ],
)
def test_called_and_described_as_stay_partial_quotations(
    text: str, marked: str, speaker: str, use_model: bool
) -> None:
    found = _quoted(text, _committed() if use_model else None)
    assert len(found) == 1, found
    assert marked in found[0][0]
    assert found[0][1] == speaker


_OUT = [
    # A show's title, full stop inside its marks, after a person spoke.
    "“We will run the early crossing all winter,” said Ada Lind, the harbour master.\n\n"
    "Lind later appeared on the morning show “Harbour Lights Today.”",
    # A term after "the", and a scare quote of one word.
    "“The schedule is final,” Tom Hale said on Monday.\n\n"
    "The debate over the “island levy” and the board's “reform” of the fares went on.",
]
_FILM = (
    "“It was a long night,” said Ines Barros.\n\n"
    "Barros then went to see the film “Sharks of the Northern Sound.”"
)


# The committed model kept the film's title after its speaker (one reason it
# is not shipped; evaluation/README.md, stop 24); since stop 30 the rules drop
# a title ending its sentence after the noun for a work before the model is
# asked, so the film stays out with the model too.
@pytest.mark.parametrize(
    ("text", "use_model"),
    [*[(text, False) for text in [*_OUT, _FILM]], *[(text, True) for text in [*_OUT, _FILM]]],
)
def test_titles_terms_and_scare_quotes_stay_out(text: str, use_model: bool) -> None:
    assert _quoted(text, _committed() if use_model else None) == []


def _doc(name: str, text: str, gold: list[str], speaker: str) -> Doc:
    spans = []
    for words in gold:
        at = text.index(words)
        spans.append(
            Gold(at, at + len(words), "direct", speaker, None, None, words, frozenset({speaker}))
        )
    return Doc(name, text, spans, marked=True)


def test_the_training_command_fits_a_model_on_a_tiny_fixture() -> None:
    long_partial = (
        "“We will keep every crossing running,” said Tomas Berg, the mayor.\n\n"
        "Berg spoke for an hour. The council heard of “a ferry for every island by the "
        "spring” and of the “costly” repairs."
    )
    title = (
        "“The line stays open,” said Ada Lind.\n\n"
        "Lind was later a guest on the programme “Harbour Lights Tonight.” and the "
        "“Sound Report.”"
    )
    docs = [
        _doc(f"fixture-{k}.txt", long_partial, ["a ferry for every island by the spring"], "berg")
        for k in range(4)
    ] + [_doc(f"fixture-title-{k}.txt", title, [], "lind") for k in range(4)]
    model, summary = train_partial.train(docs)
    loaded = partial_gate.load(json.dumps(model))
    assert len(loaded.quotation) == len(partial_gate.FEATURES)
    assert "dropped spans" in summary
    # The fitted model finds the long partial more like a quotation than the
    # titles and the one-word term.
    rows, _base = train_partial.rows_of(docs)
    gold = [partial_gate.probability(loaded.quotation, r.values) for r in rows if r.quotation]
    other = [partial_gate.probability(loaded.quotation, r.values) for r in rows if not r.quotation]
    assert gold
    assert other
    assert min(gold) > max(other)
