"""Would a second extractor's opinion help ours? Measured on the tune halves.

``python -m evaluation.second_opinion [--shared PATH]`` reads every tune
page of both extraction corpora with quotemark, trafilatura (the ``bench``
extra) and readability-lxml (when installed: ``pip install readability-lxml``;
not a dependency), and prints, over those pages: each extractor's mean page
F1 and pages below 0.5, the mean if the better of ours and another were
always taken (an oracle: the most a second opinion could give), what a few
rules for *when* to ask would give, and the pages where ours disagrees with
the others. Only the tune half is read: rules are written from it
(``evaluation/README.md``). The CPU time of each extractor is printed too.

The rules for when to ask use what the pages say, not the gold:

* **two against one**: trafilatura and readability agree (shingle F1 between
  them at least 0.8) and ours agrees with neither (below 0.5 with each):
  take trafilatura's text.
* **a short body**: ours is under 200 characters (the page is read a second
  time, whole, see ``html.py``) and another's text is longer and holds 80%
  of ours: take that text.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from evaluation.extraction import (
    article_text,
    defuddle_cases,
    extract_file,
    markdown_text,
    overlap,
    page_f1,
    recall,
    scrapinghub_pages,
)
from evaluation.split import TUNE, half

AGREE = 0.8
DISAGREE = 0.5
SHORT = 200
HOLDS = 0.8


@dataclass(slots=True)
class Page:
    """One tune page: the gold text and each extractor's text."""

    name: str
    gold: str
    texts: dict[str, str] = field(default_factory=dict)

    def f1(self, name: str) -> float:
        """``name``'s page F1 against the gold."""
        return page_f1(self.gold, self.texts[name])


def _optional(module: str) -> ModuleType | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _tune_pages(shared: Path) -> Iterator[tuple[str, str, str | None, str, bool]]:
    # (name, html, url, gold text, with image alt text)
    for case in defuddle_cases(shared):
        if half(case.name + ".html") == TUNE:
            yield case.name, case.html, case.url, markdown_text(case.body), True
    for key, html, url, gold in scrapinghub_pages(shared):
        if half(key + ".html.gz") == TUNE:
            yield key[:16], html, url or None, gold, False


def read_pages(shared: Path) -> tuple[list[Page], dict[str, float]]:
    """Every tune page read by each installed extractor, and each one's
    CPU seconds in all."""
    trafilatura = _optional("trafilatura")
    readability = _optional("readability")
    lxml_html = importlib.import_module("lxml.html")
    readers: dict[str, Callable[[str, str | None], str]] = {}
    if trafilatura is not None:
        readers["trafilatura"] = lambda html, url: trafilatura.extract(html, url=url) or ""
    if readability is not None:

        def _readability(html: str, _url: str | None) -> str:
            try:
                summary = readability.Document(html).summary(html_partial=True)
                return str(lxml_html.fromstring(summary).text_content())
            except Exception:  # (a refusal scores as an empty text)
                return ""

        readers["readability"] = _readability
    cpu = dict.fromkeys(["quotemark", *readers], 0.0)
    pages = []
    for name, html, url, gold, with_alt in _tune_pages(shared):
        page = Page(name, gold)
        started = time.process_time()
        article = extract_file(Path(name + ".html"), html, url)
        page.texts["quotemark"] = article_text(article, with_alt=with_alt)
        cpu["quotemark"] += time.process_time() - started
        for reader, read in readers.items():
            started = time.process_time()
            page.texts[reader] = read(html, url)
            cpu[reader] += time.process_time() - started
        pages.append(page)
    return pages, cpu


def _two_against_one(page: Page) -> str | None:
    texts = page.texts
    if "trafilatura" not in texts or "readability" not in texts:
        return None
    ours = texts["quotemark"]
    if (
        page_f1(texts["trafilatura"], texts["readability"]) >= AGREE
        and page_f1(ours, texts["trafilatura"]) < DISAGREE
        and page_f1(ours, texts["readability"]) < DISAGREE
    ):
        return "trafilatura"
    return None


def _short_body(page: Page) -> str | None:
    ours = page.texts["quotemark"]
    if len(ours) >= SHORT:
        return None
    for other in ("trafilatura", "readability"):
        text = page.texts.get(other)
        if text and len(text) > len(ours) and recall(*overlap(ours, text)) >= HOLDS:
            return other
    return None


def report(shared: Path) -> str:
    """The table (see the module doc)."""
    pages, cpu = read_pages(shared)
    names = list(cpu)
    lines = [f"Second opinions on the tune halves ({len(pages)} pages of defuddle and scrapinghub)"]
    lines.append(f"  {'extractor':<34}{'mean F1':>8}{'<0.5':>6}{'ms/page':>9}")
    for name in names:
        f1s = [page.f1(name) for page in pages]
        lines.append(
            f"  {name:<34}{statistics.fmean(f1s):>8.4f}{sum(f < 0.5 for f in f1s):>6}"
            f"{1000 * cpu[name] / len(pages):>9.1f}"
        )
    for other in names[1:]:
        best = [max(page.f1("quotemark"), page.f1(other)) for page in pages]
        lines.append(
            f"  {'oracle: better of ours, ' + other:<34}{statistics.fmean(best):>8.4f}"
            f"{sum(f < 0.5 for f in best):>6}"
        )
    rules: dict[str, Callable[[Page], str | None]] = {
        "rule: two against one": _two_against_one,
        "rule: a short body": _short_body,
    }
    for label, rule in rules.items():
        chosen = [rule(page) for page in pages]
        f1s = [page.f1(pick or "quotemark") for page, pick in zip(pages, chosen, strict=True)]
        used = sum(pick is not None for pick in chosen)
        lines.append(
            f"  {label:<34}{statistics.fmean(f1s):>8.4f}{sum(f < 0.5 for f in f1s):>6}"
            f"   (asked on {used} pages)"
        )
    lines.append("  pages where ours and another disagree (shingle F1 between them < 0.5):")
    for page in pages:
        ours = page.texts["quotemark"]
        others = [n for n in names[1:] if page_f1(ours, page.texts[n]) < DISAGREE]
        if others:
            scores = " ".join(f"{n} {page.f1(n):.3f}" for n in names)
            lines.append(f"    {page.name[:48]:<48} {scores}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m evaluation.second_opinion [--shared PATH]``."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.second_opinion")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    print(report(args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
