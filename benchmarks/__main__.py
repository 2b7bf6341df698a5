"""Print every benchmark: ``python -m benchmarks --shared ../shared``."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

from benchmarks.extraction import FLOOR_NOT_MET

MODULES = (
    "benchmarks.extraction",
    "benchmarks.analysis",
    "benchmarks.hostile",
    "benchmarks.store",
    "benchmarks.export",
    "benchmarks.verify",
    "benchmarks.gui",
    "benchmarks.reader_runs",
    "benchmarks.reader_open",
    "benchmarks.import_memory",
    "benchmarks.odd_pages",
    "benchmarks.scale",
    "benchmarks.panels",
    "benchmarks.shared",
    "benchmarks.scale_shared",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("only", nargs="*", help="module names to run (default: all)")
    args = parser.parse_args(argv)
    missed: list[str] = []
    for name in MODULES:
        if args.only and name.rsplit(".", 1)[-1] not in args.only:
            continue
        module = importlib.import_module(name)
        started = time.perf_counter()
        table = module.run(args.shared)
        print(table)
        print(f"({name} took {time.perf_counter() - started:.1f} s)\n")
        missed += [line for line in table.splitlines() if line.startswith(FLOOR_NOT_MET)]
    if missed:
        # Goals are reported; a floor that is missed fails the run, so
        # `make bench` stops with an error instead of scrolling past it.
        print("\n".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
