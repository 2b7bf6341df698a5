"""The check-half figures the ratchet guards, and their floors.

``figures(shared)`` measures only the check half of every corpus (about 7 s);
``evaluation/floors.json`` holds the floor of each figure (the ceiling of
each count of catastrophic pages or of visible-page fields read wrong).
``python -m evaluation.ratchet`` prints the figures next to their floors;
``--raise`` writes every floor the figures now beat (rounded down to 0.001)
back to the file, for the commit that earns it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from evaluation import extraction, quotes, reported, visible
from evaluation.split import CHECK, half

FLOORS = Path(__file__).with_name("floors.json")


def figures(shared: Path) -> dict[str, float]:
    """Every guarded check-half figure by name."""
    out: dict[str, float] = {}
    for name, docs in quotes.corpora(shared).items():
        ours, _base = quotes.evaluate(docs, only=CHECK)[CHECK]
        out[f"{name} quote F1"] = ours.f1
        out[f"{name} speaker strict"] = ours.strict
        if name == "ggt-dev":
            out["ggt-dev reported strict"] = reported.figure(shared / "corpus" / "quotes" / name)
        else:
            split = shared / "corpus" / "quotes" / "polnear" / name.removeprefix("polnear-")
            out[f"{name} reported strict"] = reported.polnear_figure(split)
    results = [
        extraction.score_defuddle(
            case, extraction.extract_file(Path(case.name + ".html"), case.html, case.url)
        )
        for case in extraction.defuddle_cases(shared)
        if half(case.name + ".html") == CHECK
    ]
    for label, value in extraction.defuddle_figures(results).items():
        if label != "site":
            out[f"defuddle {label}"] = value
    pages = []
    for key, html, url, gold in extraction.scrapinghub_pages(shared):
        if half(key + ".html.gz") != CHECK:
            continue
        article = extraction.extract_file(Path(key + ".html"), html, url or None)
        predicted = extraction.article_text(article, with_alt=False)
        pages.append((key, extraction.page_f1(gold, predicted), gold, predicted))
    score, bad, _count = extraction.scrapinghub_figures(pages)[CHECK]
    out["scrapinghub body F1"] = score.f1
    out["scrapinghub catastrophic"] = bad
    out.update(visible.figures(shared, CHECK))
    return out


def is_ceiling(name: str) -> bool:
    """A count that may not rise (pages below 0.5, visible fields read
    wrong), where every other figure may not fall."""
    return name.endswith(("catastrophic", "wrong"))


def floors() -> dict[str, float]:
    """The recorded floors (a count :func:`is_ceiling` names is a ceiling)."""
    data: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))["check"]
    return data


def failures(measured: dict[str, float], recorded: dict[str, float]) -> list[str]:
    """Each figure that fell past its floor (or rose past its ceiling)."""
    out = []
    for name, floor in recorded.items():
        value = measured.get(name)
        if value is None:
            out.append(f"{name}: not measured")
        elif is_ceiling(name) and value > floor:
            unit = "pages" if name.endswith("catastrophic") else "fields"
            out.append(f"{name}: {value:g} {unit}, ceiling {floor:g}")
        elif not is_ceiling(name) and value < floor - 1e-9:
            out.append(f"{name}: {value:.4f}, floor {floor:.4f}")
    return out


def raised(measured: dict[str, float], recorded: dict[str, float]) -> dict[str, float]:
    """The floors after ``measured``: each one the figures now beat moves up
    (a ceiling down); none ever moves the other way."""
    out = dict(recorded)
    for name, value in measured.items():
        if is_ceiling(name):
            out[name] = min(recorded.get(name, value), value)
        else:
            out[name] = max(recorded.get(name, 0.0), math.floor(value * 1000) / 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the check-half figures beside their floors (``--raise``: and
    raise the floors they beat). Exit 1, naming each, when a figure fell past
    its floor; nothing is raised then."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.ratchet", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise earned floors")
    args = parser.parse_args(argv)
    recorded = floors()
    measured = figures(args.shared)
    for name, value in measured.items():
        print(f"{name:<32} {value:8.4f}   floor {recorded.get(name, float('nan')):.4f}")
    fallen = failures(measured, recorded)
    for line in fallen:
        print(f"BELOW THE FLOOR: {line}", file=sys.stderr)
    if fallen:
        return 1
    if args.raise_:
        data = json.loads(FLOORS.read_text(encoding="utf-8"))
        data["check"] = raised(measured, recorded)
        FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
