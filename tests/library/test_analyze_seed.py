"""The seed post, exactly: its 8 quotations, their speakers and its sources,
through the real pipeline (read, extract as plain text, analyse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from quotemark.library.pipeline import process

pytestmark = pytest.mark.corpus

APOSTROPHE = "\u2019"


def test_seed_quotes_and_speakers(seed_post: Path) -> None:
    analysis = process(seed_post).analysis
    quotes = analysis.quotes
    assert len(quotes) == 8, [q.span.text[:40] for q in quotes]
    labels = [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes]

    mayhoub, officer1, officer2, resistance, agency1, nested, agency2, inline = quotes
    assert labels[0] == ("Ali Mayhoub", "General, Syrian Army spokesman")
    assert mayhoub.span.text.startswith("The liberation of Boukamal")
    assert labels[1] == labels[2] == (None, "Syrian military officer, in Badia")
    assert officer1.span.text.startswith("After the second station")
    assert officer2.span.text.startswith("We did not care much")
    assert labels[3] == ("Iraqi Popular Resistance", None)
    assert resistance.span.text.startswith("The focus of the resistance")
    assert labels[4] == labels[6] == ("Syria 360 / Internationalist News Agency", None)
    assert agency1.span.text.startswith("Ten days ago")
    assert agency2.span.text.startswith("There is no doubt")

    assert nested.kind is QuoteKind.NESTED
    assert nested.parent == 4
    assert nested.speaker is not None
    assert nested.speaker.name == "Jaafar al-Husseini"
    assert nested.span.text.startswith("If al-Qaim was an American red line")
    assert nested.span.text.endswith(f"al-Qa{APOSTROPHE}im")

    assert inline.kind is QuoteKind.INLINE
    assert inline.span.text == "Daish is finished. Live"
    assert labels[7] == (None, "a television journalist with the pro-Syrian Al-Ikhbariya")

    block_quotes = [mayhoub, officer1, officer2, resistance, agency1, agency2]
    assert all(q.kind is QuoteKind.BLOCK for q in block_quotes)
    for quote in quotes:
        for attribution in ("Army spokesman", "in Badia", "Internationalist", "Popular Resistance"):
            assert attribution not in quote.span.text
        assert quote.speaker is not None
        assert 0.0 < quote.speaker.confidence <= 1.0


def test_seed_sources(seed_post: Path) -> None:
    analysis = process(seed_post).analysis
    names = {s.name for s in analysis.sources}
    assert {
        "Syrian Central Military Media",
        "Associated Press",
        "Syrian Observatory for Human Rights",
        "Syria 360 / Internationalist News Agency",
        "Al-Ikhbariya",
    } <= names
    assert len(names) == len(analysis.sources)  # one source per name
    kinds: dict[str, set[str]] = {}
    for m in analysis.mentions:
        kinds.setdefault(analysis.sources[m.source].name, set()).add(m.kind.value)
    assert kinds["Associated Press"] == {"credit"}
    # Credited under the quotes, and its masthead heading in capitals
    # ("° |" styling) is the same source, not a stranger.
    assert kinds["Syria 360 / Internationalist News Agency"] == {"quote_credit", "mention"}
