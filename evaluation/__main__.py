"""Print every accuracy table: ``python -m evaluation --shared ../shared``."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

MODULES = ("evaluation.extraction", "evaluation.visible", "evaluation.quotes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("only", nargs="*", help="module names to run (default: all)")
    args = parser.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"{args.shared}/corpus is absent: nothing to evaluate on.", file=sys.stderr)
        return 1
    for name in MODULES:
        if args.only and name.rsplit(".", 1)[-1] not in args.only:
            continue
        module = importlib.import_module(name)
        started = time.perf_counter()
        print(module.run(args.shared))
        print(f"({name} took {time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
