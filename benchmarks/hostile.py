"""The analysis on hostile-but-plausible posts (stop 43, s43-harden).

Each family of :mod:`tests.library.hostile_texts` (marks nested 200 deep,
200,000 characters with no full stop, thousands of short quotations in one
paragraph, Japanese with no spaces, Arabic and Hebrew, zero-width and
combining characters inside names, a post in capitals, a dash dialogue of
5,000 turns, names of 40 capitalised words, "said" 10,000 times) is written
at a quarter, a half and the whole of its size and analysed; the table gives
the CPU microseconds per character at each size and the growth, the last
size's figure over the first's: about 1 is linear, 4 would be the square.
A family that raises, or reads a span outside its text, is named instead.
"""

from __future__ import annotations

import time
from pathlib import Path

from quotemark.library.analyze import analyze
from tests.library.hostile_texts import FAMILIES, hostile
from tests.library.test_analyze_bad_input import assert_valid

SIZES = (0.25, 0.5, 1.0)
GROWTH_AT_MOST = 1.6
"""The growth (per-character time at the whole size over a quarter's) above
which a family is flagged: timing on the shared machine wanders by a third."""


def _cpu_ms(name: str, size: float) -> tuple[int, float]:
    blocks = hostile(name, size)
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        analysis = analyze(blocks)
        best = min(best, time.process_time() - started)
    assert_valid(blocks, analysis)
    return sum(len(b.text) for b in blocks), best * 1000


def run(shared: Path) -> str:
    """The table (``shared`` is not read: the posts are generated)."""
    del shared
    analyze(hostile("said_many", 0.01))  # warm the regex caches
    header = "".join(f"{f'us/char @{size:g}':>14}" for size in SIZES)
    lines = [
        "Analysis of hostile posts (CPU, best of 2; growth = last us/char / first; 1 is linear)",
        f"{'family':<18}{'chars @1':>10}{'ms @1':>9}{header}{'growth':>8}",
    ]
    for name in FAMILIES:
        try:
            figures = [_cpu_ms(name, size) for size in SIZES]
        except Exception as error:  # named in the table (and the run goes on), never hidden
            lines.append(f"{name:<18}RAISED {type(error).__name__}: {error}")
            continue
        per_char = [ms * 1000 / chars for chars, ms in figures]
        growth = per_char[-1] / per_char[0]
        flag = "" if growth <= GROWTH_AT_MOST else "  (grows)"
        cells = "".join(f"{value:>14.2f}" for value in per_char)
        chars, ms = figures[-1]
        lines.append(f"{name:<18}{chars:>10,}{ms:>9.0f}{cells}{growth:>8.2f}{flag}")
    return "\n".join(lines)
