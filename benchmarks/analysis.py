"""Speed of quotation and source analysis.

Goal: a 1,500-word news article in under 20 ms, and time that grows linearly
with the text (1x, 10x, 100x the article; and the same text as one huge
paragraph, where a quadratic scan would show first). The article is made of
whole paragraphs of the ggt-dev news texts in ``shared/corpus/quotes``, cut at
1,500 words.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from quotemark.library.analyze import analyze
from quotemark.library.model import LINE_BREAK, Block, BlockKind

GOAL_MS = 20.0
WORDS = 1500
_TRANSCRIPT_OPENING = "Tom Hale met the harbour board on Monday. "
_TRANSCRIPT_UNIT = (
    "\u201cThe pier will open in May,\u201d the pilot said. \u201cWe are ready,\u201d he said. "
)


def _article(shared: Path) -> list[str]:
    """About 1,500 words of real news paragraphs."""
    folder = shared / "corpus" / "quotes" / "ggt-dev" / "rawtext"
    paragraphs: list[str] = []
    words = 0
    for path in sorted(folder.glob("*.txt")):
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            paragraph = paragraph.strip().replace("\n", LINE_BREAK)
            if not paragraph:
                continue
            paragraphs.append(paragraph)
            words += len(paragraph.split())
            if words >= WORDS:
                return paragraphs
    return paragraphs


def _best_ms(blocks: list[Block], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        analyze(blocks)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def run(shared: Path) -> str:
    """The timing table."""
    paragraphs = _article(shared)
    if not paragraphs:
        return "analysis: ggt-dev texts absent, nothing to time"
    words = sum(len(p.split()) for p in paragraphs)
    analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])  # warm the regex caches
    lines = [
        f"Analysis speed (best of several runs; goal: {WORDS:,}-word article < {GOAL_MS:.0f} ms)",
        f"{'input':<34}{'words':>10}{'blocks':>8}{'ms':>10}{'ms/1k words':>13}",
    ]
    base = 0.0
    for scale, repeat in ((1, 30), (10, 5), (100, 2)):
        blocks = [Block(BlockKind.PARAGRAPH, p) for p in paragraphs * scale]
        ms = _best_ms(blocks, repeat)
        base = base or ms
        n = words * scale
        lines.append(
            f"{f'article x{scale}':<34}{n:>10,}{len(blocks):>8,}{ms:>10.1f}{ms / n * 1000:>13.2f}"
        )
    for scale, repeat in ((1, 30), (10, 5), (100, 2)):
        block = Block(BlockKind.PARAGRAPH, " ".join(paragraphs * scale).replace(LINE_BREAK, " "))
        ms = _best_ms([block], repeat)
        n = words * scale
        lines.append(
            f"{f'article x{scale} as one paragraph':<34}{n:>10,}{1:>8}{ms:>10.1f}"
            f"{ms / n * 1000:>13.2f}"
        )
    # A pasted transcript or a live blog: one paragraph of short quotations,
    # each looking back over its paragraph for a speaker (quadratic before
    # s42-quad: 2,000 quotations took 5.3 s).
    for units, repeat in ((250, 3), (500, 2), (1000, 1)):
        block = Block(BlockKind.PARAGRAPH, _TRANSCRIPT_OPENING + _TRANSCRIPT_UNIT * units)
        ms = _best_ms([block], repeat)
        n = len(block.text.split())
        lines.append(
            f"{f'{2 * units:,} quotations as one paragraph':<34}{n:>10,}{1:>8}{ms:>10.1f}"
            f"{ms / n * 1000:>13.2f}"
        )
    verdict = "meets" if base < GOAL_MS else "MISSES"
    lines.append(f"{WORDS:,}-word article: {base:.1f} ms ({verdict} the {GOAL_MS:.0f} ms goal)")
    return "\n".join(lines)
