"""Would a well-kept library's reading of the visible page help ours?

``python -m evaluation.visible_second [--shared PATH]`` reads every page of
:mod:`evaluation.visible` (metadata removed) with htmldate (fast mode and
extensive search) and trafilatura's metadata reader
(``trafilatura.metadata.extract_metadata``), and prints right/wrong/empty
per half and field, both corpora together, counts only (no page of either
half is listed): each library alone; each as a **fallback** where ours is
empty; each as a **tie-breaker** where ours is unsure (sureness below 0.7,
where review begins), taken over ours (``over unsure``) or, where it
disagrees with ours, leaving the field empty (``veto unsure``). Then the
CPU milliseconds a page each costs, over all pages and over those where a
fallback would run. htmldate and trafilatura come with the ``bench``
extra; neither is a dependency (stop 42: none was adopted, see the README).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from evaluation.extraction import extract_file
from evaluation.split import HALVES, half
from evaluation.visible import (
    _CONFIDENCE_NAME,
    _FROM_METADATA,
    FIELDS,
    Page,
    Seen,
    _right,
    _title_given,
    _traced,
    _values,
    pages,
    strip_metadata,
)

UNSURE = 0.7
"""Below this sureness a field is listed for review (store.corrections)."""


@dataclass(slots=True)
class Scored:
    """One field of one page that the page shows: what was wanted, ours
    (and whether ours is unsure), each library's value."""

    half: str
    field: str
    want: str
    ours: str
    unsure: bool
    theirs: dict[str, str] = field(default_factory=dict)
    costs: dict[str, float] = field(default_factory=dict)


def _readers(
    htmldate: ModuleType, metadata: ModuleType
) -> dict[str, Callable[[Page, str], dict[str, str]]]:
    def fast(page: Page, html: str) -> dict[str, str]:
        return {"date": htmldate.find_date(html, extensive_search=False, url=page.url) or ""}

    def extensive(page: Page, html: str) -> dict[str, str]:
        return {"date": htmldate.find_date(html, extensive_search=True, url=page.url) or ""}

    def trafilatura(page: Page, html: str) -> dict[str, str]:
        try:
            doc = metadata.extract_metadata(html, default_url=page.url)
        except (ValueError, TypeError, AttributeError):
            return {}
        authors = [name.strip() for name in (doc.author or "").split(";") if name.strip()]
        return {
            "title": " ".join((doc.title or "").split()),
            "author": ", ".join(authors),
            "date": doc.date or "",
        }

    return {"htmldate fast": fast, "htmldate extensive": extensive, "trafilatura": trafilatura}


def score(shared: Path) -> list[Scored]:
    """Every field the original page's metadata gave and the page shows."""
    try:
        htmldate = importlib.import_module("htmldate")
        metadata = importlib.import_module("trafilatura.metadata")
    except ImportError:
        return []
    logging.disable(logging.CRITICAL)  # (htmldate warns on odd markup)
    readers = _readers(htmldate, metadata)
    out: list[Scored] = []
    for page in pages(shared):
        original = extract_file(Path(page.name), page.html, page.url)
        if original is None:
            continue
        stripped_html = strip_metadata(page.html)
        stripped = extract_file(Path(page.name), stripped_html, page.url)
        before, after = _values(original.metadata), _values(stripped.metadata if stripped else None)
        seen = Seen.of(stripped_html)
        given_title = not page.expected.get("title") and _title_given(page.html, seen.title)
        theirs: dict[str, dict[str, str]] = {}
        costs: dict[str, float] = {}
        for name, read in readers.items():
            start = time.process_time()
            try:
                theirs[name] = read(page, stripped_html)
            except Exception:
                # Counted as no value: a library's message may quote the
                # page (a date parser's "Unknown string format: ..."), and
                # this tool prints counts only, a check page's never.
                theirs[name] = {}
            costs[name] = time.process_time() - start
        for which in FIELDS:
            if original.metadata.sureness(_CONFIDENCE_NAME[which]) not in _FROM_METADATA:
                continue
            want = page.expected.get(which, before[which]) if page.expected else before[which]
            if not want or not _traced(which, want, seen) or (which == "title" and given_title):
                continue
            sure = stripped.metadata.sureness(_CONFIDENCE_NAME[which]) if stripped else 0.0
            out.append(
                Scored(
                    half(page.name),
                    which,
                    want,
                    after[which],
                    bool(after[which]) and sure < UNSURE,
                    {name: value[which] for name, value in theirs.items() if which in value},
                    costs,
                )
            )
    return out


def _counts(items: list[Scored], pick: Callable[[Scored], str]) -> str:
    right = wrong = 0
    for item in items:
        value = pick(item)
        if value:
            if _right(item.field, item.want, value):
                right += 1
            else:
                wrong += 1
    return f"{right}/{wrong}/{len(items) - right - wrong}"


def _ways(name: str) -> dict[str, Callable[[Scored], str]]:
    def alone(item: Scored) -> str:
        return item.theirs.get(name, "")

    def fallback(item: Scored) -> str:
        return item.ours or item.theirs.get(name, "")

    def over_unsure(item: Scored) -> str:
        theirs = item.theirs.get(name, "")
        return theirs if item.unsure and theirs else fallback(item)

    def veto_unsure(item: Scored) -> str:
        theirs = item.theirs.get(name, "")
        if item.unsure and theirs and not _right(item.field, item.ours, theirs):
            return ""
        return fallback(item)

    return {
        f"{name} alone": alone,
        f"ours, {name} where empty": fallback,
        f"ours, {name} over unsure": over_unsure,
        f"ours, {name} veto unsure": veto_unsure,
    }


def report(shared: Path) -> str:
    """The table (see the module doc)."""
    items = score(shared)
    if not items:
        return "htmldate or trafilatura is not installed (the bench extra)"
    names = list(items[0].costs)
    lines = [
        "Second opinions on the visible page (metadata removed; right/wrong/empty, both corpora)"
    ]
    for which in FIELDS:
        for part in HALVES:
            mine = [item for item in items if item.half == part and item.field == which]
            lines.append(
                f"  {part:<6}{which:<7}{len(mine):>4} fields, ours empty "
                f"{sum(not item.ours for item in mine)}, unsure {sum(item.unsure for item in mine)}"
            )
            lines.append(f"      {'ours':<40}{_counts(mine, lambda item: item.ours)}")
            for name in names:
                if not any(name in item.theirs for item in mine):
                    continue
                for label, pick in _ways(name).items():
                    lines.append(f"      {label:<40}{_counts(mine, pick)}")
    dates = [item for item in items if item.field == "date"]
    lines.append("  CPU ms a page (pages with a date field; where ours is empty)")
    for name in names:
        every = [item.costs[name] * 1000 for item in dates]
        empty = [item.costs[name] * 1000 for item in dates if not item.ours]
        lines.append(
            f"      {name:<22}{statistics.mean(every):>7.2f}"
            f"{statistics.mean(empty) if empty else 0.0:>8.2f} ({len(empty)} pages)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m evaluation.visible_second [--shared PATH]``."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.visible_second")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    print(report(args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
