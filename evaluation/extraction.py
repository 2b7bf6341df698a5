"""Extraction accuracy on ``shared/corpus/extraction``.

Two corpora (see ``shared/corpus/README.md``):

* **defuddle**: 208 saved pages with expected metadata and Markdown body.
  Title, author and site are exact after trimming whitespace (authors as a
  set of names), the date counts when it is the same calendar day; a field the
  page does not have must come out empty. Body: 4-token shingle F1 against
  the Markdown with its syntax stripped (escapes read, a callout's
  ``[!type]`` dropped), each Chinese or Japanese character a token.
* **scrapinghub**: 181 news pages with gold body text. The benchmark's own
  metric (tokens ``\\w+``, 4-token shingles as multisets, precision and recall
  per page, averaged, then F1), printed next to the published baselines
  computed from ``baseline-outputs/`` with the same code.

Both are reported on their tune and check halves (``evaluation/split.py``;
the split key is the file name: ``<name>.html``, ``<id>.html.gz``), with the
count of **catastrophic pages** (body F1 below 0.5: the wrong container, a
related article, a whole forum page) for every extractor, and trafilatura as
the comparison: run on the defuddle pages when it is installed (the
``bench`` extra), and from the benchmark's recorded outputs on scrapinghub.

``python -m evaluation.extraction --misses`` also prints every miss (of the
tune half: rules are written from it, the check half stays unseen).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from evaluation.split import HALVES, TUNE, half, without_check_rows
from quotemark.library.errors import QuotemarkError
from quotemark.library.extract.dates import date_part, parse_date
from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article, BlockKind, RawDocument, SourceFormat

_TOKEN = re.compile(r"\w+")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DEFUDDLE_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
"""The defuddle pages' tokens: words, and each Chinese or Japanese character
one (that text has no spaces: read as ``\\w+`` a clause is one token, and a
space the expected Markdown puts around a link changes every shingle)."""
_CALLOUT = re.compile(r"^((?:[ \t]*>)+[ \t]*)\[![\w-]+\][+-]?", re.M)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE = re.compile(r"^```.*?^```|`[^`\n]+`", re.S | re.M)
# The corpus states each page's address in a leading comment (after the
# doctype on some pages), as a browser's "saved from url" comment would.
_URL_COMMENT = re.compile(r"^\s*(?:<!DOCTYPE[^>]*>\s*)?<!--\s*(\{.*?\})\s*-->", re.S | re.I)
_EXPECTED = re.compile(r"```json\n(.*?)\n```\n?\n?(.*)", re.S)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")

TARGETS = {"title": 0.95, "author": 0.90, "date": 0.95, "scrapinghub": 0.96}
CATASTROPHIC = 0.5
Counts = tuple[float, float, float]
SCRAPINGHUB_BASELINES = (
    "trafilatura",
    "readability_js",
    "readability",
    "goose3",
    "justext",
    "html-text",
)

# -- the shingle metric ----------------------------------------------------


def shingles(text: str, size: int = 4, token: re.Pattern[str] = _TOKEN) -> Counter[tuple[str, ...]]:
    """4-token shingles of ``text`` as a multiset (short texts: one shingle
    of all their tokens, as the benchmark does)."""
    tokens = token.findall(text or "")
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count) if tokens[i : i + size])


def overlap(
    gold: str, predicted: str, token: re.Pattern[str] = _TOKEN
) -> tuple[float, float, float]:
    """True positives, false positives and false negatives over shingles,
    normalised by their sum so long texts weigh no more than short ones."""
    true, pred = shingles(gold, token=token), shingles(predicted, token=token)
    tp = float(sum((true & pred).values()))
    fp = float(sum((pred - true).values()))
    fn = float(sum((true - pred).values()))
    total = tp + fp + fn
    if total:
        return tp / total, fp / total, fn / total
    return 0.0, 0.0, 0.0


def precision(tp: float, fp: float, fn: float) -> float:
    """Per-page precision as the benchmark defines it."""
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp: float, fp: float, fn: float) -> float:
    """Per-page recall as the benchmark defines it."""
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


@dataclass(frozen=True, slots=True)
class BodyScore:
    """Averaged precision and recall, and their F1."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of the averaged precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def body_score(pairs: list[tuple[str, str]]) -> BodyScore:
    """The benchmark's score over ``(gold, predicted)`` pairs: precision
    averaged over pages with a prediction, recall over pages with gold."""
    return score_counts([overlap(gold, predicted) for gold, predicted in pairs])


def score_counts(counts: list[Counts]) -> BodyScore:
    """:func:`body_score` from each page's :func:`overlap`."""
    precisions = [precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall(*c) for c in counts if c[0] + c[2] > 0]
    return BodyScore(
        statistics.mean(precisions) if precisions else 0.0,
        statistics.mean(recalls) if recalls else 0.0,
    )


def page_f1(gold: str, predicted: str) -> float:
    """One page's shingle F1 (for listing misses)."""
    return counts_f1(overlap(gold, predicted))


def counts_f1(counts: Counts) -> float:
    """One page's shingle F1 from its :func:`overlap`."""
    p, r = precision(*counts), recall(*counts)
    return 2 * p * r / (p + r) if p + r else 0.0


# -- running the extractor ---------------------------------------------------


def article_text(article: Article | None, *, with_alt: bool) -> str:
    """The body as plain text, one block per line (image alt text only when
    ``with_alt``)."""
    if article is None:
        return ""
    return "\n".join(
        block.text for block in article.blocks if with_alt or block.kind is not BlockKind.IMAGE
    )


def extract_file(path: Path, html: str, url: str | None) -> Article | None:
    """Extract one page as an import would; ``None`` when extraction
    refused it (a refusal scores as an empty result)."""
    doc = RawDocument(
        path=str(path),
        format=SourceFormat.HTML,
        original=b"",
        html=html,
        url=url,
    )
    try:
        return extract_html(doc)
    except QuotemarkError:
        return None


# -- defuddle ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DefuddleCase:
    """One defuddle page and what it should give."""

    name: str
    html: str
    url: str | None
    expected: dict[str, str]
    body: str


def defuddle_cases(shared: Path) -> Iterator[DefuddleCase]:
    """The defuddle pages with their expectations, in name order."""
    root = shared / "corpus" / "extraction" / "defuddle"
    for page in sorted((root / "fixtures").glob("*.html")):
        expected_path = root / "expected" / (page.stem + ".md")
        if not expected_path.is_file():
            continue
        match = _EXPECTED.match(expected_path.read_text(encoding="utf-8"))
        if not match:
            continue
        html = page.read_text(encoding="utf-8", errors="replace")
        comment = _URL_COMMENT.match(html)
        url = None
        if comment:
            try:
                url = json.loads(comment.group(1)).get("url")
            except ValueError:
                url = None
        yield DefuddleCase(page.stem, html, url, json.loads(match.group(1)), match.group(2))


def markdown_text(markdown: str) -> str:
    """Markdown reduced to its words: link targets, image addresses, HTML
    tags, footnote markers and a callout's type (``> [!info] Note``)
    removed, and a backslash escape outside code read as its character
    (``dev\\_user`` is the word ``dev_user``, not ``dev`` and ``_user``)."""
    markdown = _CALLOUT.sub(r"\1", markdown)
    markdown = _unescaped(markdown)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)", r"\1", text)
    text = re.sub(r"\[\^[^\]]+\]:?", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return text


def _unescaped(markdown: str) -> str:
    # Backslash escapes read as their characters, code spans and fenced
    # blocks left as written (a backslash there is the code's own).
    out: list[str] = []
    end = 0
    for code in _CODE.finditer(markdown):
        out.append(_ESCAPE.sub(r"\1", markdown[end : code.start()]))
        out.append(code.group(0))
        end = code.end()
    out.append(_ESCAPE.sub(r"\1", markdown[end:]))
    return "".join(out)


def _authors_key(value: str | tuple[str, ...]) -> frozenset[str]:
    if isinstance(value, str):
        value = tuple(_AUTHOR_SPLIT.split(value))
    return frozenset(" ".join(name.split()) for name in value if name.strip())


@dataclass(frozen=True, slots=True)
class FieldResult:
    """One page's metadata verdicts and body F1."""

    name: str
    title: bool
    author: bool
    site: bool
    date: bool
    f1: float
    got: dict[str, str]
    expected: dict[str, str]
    counts: Counts = (0.0, 0.0, 0.0)

    @property
    def half(self) -> str:
        """``tune`` or ``check``."""
        return half(self.name + ".html")


def score_defuddle(case: DefuddleCase, article: Article | None) -> FieldResult:
    """Compare one extraction with the page's expectations."""
    meta = article.metadata if article else None
    got = {
        "title": meta.title if meta else "",
        "author": ", ".join(meta.authors) if meta else "",
        "site": (meta.site or "") if meta else "",
        "published": (meta.published or "") if meta else "",
    }
    return score_fields(
        case, got, meta.authors if meta else (), article_text(article, with_alt=True)
    )


def score_fields(
    case: DefuddleCase, got: dict[str, str], authors: tuple[str, ...] | str, body: str
) -> FieldResult:
    """Compare any extractor's fields and body text with the page's
    expectations."""
    want = {key: str(case.expected.get(key) or "").strip() for key in got}
    want_date = date_part(parse_date(want["published"])) if want["published"] else None
    got_date = parse_date(got["published"]) if got["published"] else None
    counts = overlap(markdown_text(case.body), body, _DEFUDDLE_TOKEN)
    return FieldResult(
        case.name,
        title=" ".join(got["title"].split()) == " ".join(want["title"].split()),
        author=_authors_key(authors) == _authors_key(want["author"]),
        site=got["site"].strip() == want["site"],
        date=(date_part(got_date) if got_date else None) == want_date,
        f1=counts_f1(counts),
        got=got,
        expected=want,
        counts=counts,
    )


def evaluate_defuddle(shared: Path) -> tuple[list[FieldResult], BodyScore]:
    """Every defuddle page scored, and the body score over all of them."""
    results: list[FieldResult] = []
    for case in defuddle_cases(shared):
        article = extract_file(Path(case.name + ".html"), case.html, case.url)
        results.append(score_defuddle(case, article))
    return results, score_counts([r.counts for r in results])


def trafilatura_defuddle(shared: Path) -> tuple[str, list[FieldResult]] | None:
    """trafilatura's version and its results on the defuddle pages, scored
    the same way; ``None`` when it is not installed."""
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        return None
    results = []
    for case in defuddle_cases(shared):
        doc = trafilatura.bare_extraction(case.html, url=case.url, with_metadata=True)
        data = (doc.as_dict() if hasattr(doc, "as_dict") else doc) or {}
        got = {
            "title": str(data.get("title") or ""),
            "author": str(data.get("author") or "").replace("; ", ", "),
            "site": str(data.get("sitename") or ""),
            "published": str(data.get("date") or ""),
        }
        authors = tuple(a for a in str(data.get("author") or "").split("; ") if a)
        results.append(score_fields(case, got, authors, str(data.get("text") or "")))
    return str(getattr(trafilatura, "__version__", "?")), results


# -- scrapinghub -------------------------------------------------------------


def scrapinghub_pages(shared: Path) -> Iterator[tuple[str, str, str, str]]:
    """``(id, html, url, gold body)`` for every scrapinghub page."""
    root = shared / "corpus" / "extraction" / "scrapinghub"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        yield key, html, truth[key].get("url", ""), truth[key].get("articleBody", "")


def evaluate_scrapinghub(
    shared: Path,
) -> tuple[BodyScore, dict[str, BodyScore], list[tuple[str, float, str, str]]]:
    """Our score, the baselines' scores, and per-page ``(id, F1, gold,
    predicted)``."""
    root = shared / "corpus" / "extraction" / "scrapinghub"
    ours: list[tuple[str, str]] = []
    pages: list[tuple[str, float, str, str]] = []
    gold_by_key: dict[str, str] = {}
    for key, html, url, gold in scrapinghub_pages(shared):
        article = extract_file(Path(key + ".html"), html, url or None)
        predicted = article_text(article, with_alt=False)
        ours.append((gold, predicted))
        pages.append((key, page_f1(gold, predicted), gold, predicted))
        gold_by_key[key] = gold
    baselines: dict[str, BodyScore] = {}
    for name in SCRAPINGHUB_BASELINES:
        path = root / "baseline-outputs" / f"{name}.json"
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        output = data.get("output", data)
        baselines[name] = body_score(
            [
                (gold, (output.get(key) or {}).get("articleBody") or "")
                for key, gold in gold_by_key.items()
            ]
        )
    return body_score(ours), baselines, pages


# -- report ------------------------------------------------------------------


def _accuracy(results: list[FieldResult], pick: Callable[[FieldResult], bool]) -> float:
    return sum(pick(r) for r in results) / len(results) if results else 0.0


_FIELDS: list[tuple[str, str, Callable[[FieldResult], bool]]] = [
    ("title", "title", lambda r: r.title),
    ("author", "author", lambda r: r.author),
    ("date", "published", lambda r: r.date),
    ("site", "site", lambda r: r.site),
]


def catastrophic(f1s: list[float]) -> int:
    """How many pages have a body F1 below 0.5."""
    return sum(1 for f1 in f1s if f1 < CATASTROPHIC)


def defuddle_figures(results: list[FieldResult]) -> dict[str, float]:
    """Title, author, date and site accuracy, body F1 and the catastrophic
    count over ``results``."""
    figures = {label: _accuracy(results, pick) for label, _field, pick in _FIELDS}
    figures["body F1"] = score_counts([r.counts for r in results]).f1
    figures["catastrophic"] = catastrophic([r.f1 for r in results])
    return figures


def _defuddle_table(systems: dict[str, list[FieldResult]]) -> list[str]:
    lines = [
        f"  {'half':<6}{'extractor':<20}"
        + "".join(f"{label:>8}" for label in ("title", "author", "date", "site", "body F1", "<0.5"))
    ]
    for which in HALVES:
        for system, results in systems.items():
            mine = [r for r in results if r.half == which]
            f = defuddle_figures(mine)
            lines.append(
                f"  {which:<6}{system:<20}{f['title']:>8.3f}{f['author']:>8.3f}{f['date']:>8.3f}"
                f"{f['site']:>8.3f}{f['body F1']:>8.3f}{int(f['catastrophic']):>5}/{len(mine)}"
            )
    return lines


def scrapinghub_figures(
    pages: list[tuple[str, float, str, str]],
) -> dict[str, tuple[BodyScore, int, int]]:
    """Per half: body score, catastrophic count and page count."""
    out = {}
    for which in HALVES:
        mine = [p for p in pages if half(p[0] + ".html.gz") == which]
        score = body_score([(gold, predicted) for _key, _f1, gold, predicted in mine])
        out[which] = (score, catastrophic([p[1] for p in mine]), len(mine))
    return out


def baseline_pages(
    shared: Path, name: str, golds: dict[str, str]
) -> list[tuple[str, float, str, str]]:
    """A recorded scrapinghub baseline's pages as ``(id, F1, gold, predicted)``."""
    path = shared / "corpus" / "extraction" / "scrapinghub" / "baseline-outputs" / f"{name}.json"
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    output = data.get("output", data)
    out = []
    for key, gold in golds.items():
        predicted = (output.get(key) or {}).get("articleBody") or ""
        out.append((key, page_f1(gold, predicted), gold, predicted))
    return out


def report(shared: Path, *, misses: bool = False) -> str:
    """The evaluation tables (and, with ``misses``, every tune-half miss)."""
    lines: list[str] = []
    results, _body = evaluate_defuddle(shared)
    systems = {"quotemark": results}
    theirs = trafilatura_defuddle(shared)
    if theirs is not None:
        systems[f"trafilatura {theirs[0]}"] = theirs[1]
    lines.append(
        f"Extraction: defuddle ({len(results)} pages; accuracy over all pages, a field the page"
        " lacks must come out empty; <0.5 = catastrophic pages)"
    )
    lines.extend(_defuddle_table(systems))
    if theirs is None:
        lines.append("  (trafilatura is not installed: pip install -e '.[bench]' to compare)")
    lines.append(
        f"  targets (check half): title {TARGETS['title']}, author {TARGETS['author']},"
        f" date {TARGETS['date']}; body F1 >= trafilatura; at most 1 page in 30 below 0.5"
    )
    _ours, _baselines, pages = evaluate_scrapinghub(shared)
    golds = {key: gold for key, _f1, gold, _predicted in pages}
    rows = {"quotemark": pages}
    for name in SCRAPINGHUB_BASELINES:
        if recorded := baseline_pages(shared, name, golds):
            rows[name] = recorded
    lines.append("")
    lines.append(f"Extraction: scrapinghub body ({len(pages)} pages, the benchmark's metric)")
    lines.append(f"  {'half':<6}{'extractor':<20}{'F1':>7}{'P':>7}{'R':>7}{'<0.5':>9}")
    for which in HALVES:
        for name, system_pages in rows.items():
            score, bad, count = scrapinghub_figures(system_pages)[which]
            lines.append(
                f"  {which:<6}{name:<20}{score.f1:>7.3f}{score.precision:>7.3f}"
                f"{score.recall:>7.3f}{bad:>5}/{count}"
            )
    lines.append("  (baselines other than quotemark: the benchmark's recorded outputs)")
    if misses:
        lines = without_check_rows(lines)
        tune = [r for r in results if r.half == TUNE]
        lines.append("")
        lines.append("defuddle misses (tune half):")
        for result in tune:
            for label, field, pick in _FIELDS:
                if not pick(result):
                    lines.append(
                        f"  {result.name[:60]:<60} {label:<6} got {result.got[field]!r}"
                        f" want {result.expected[field]!r}"
                    )
        lines.append("defuddle body F1 < 0.8 (tune half):")
        for result in sorted(tune, key=lambda item: item.f1):
            if result.f1 < 0.8:
                lines.append(f"  {result.f1:.3f} {result.name}")
        lines.append("scrapinghub pages with F1 < 0.9 (tune half):")
        for key, f1, gold, predicted in sorted(pages, key=lambda page: page[1]):
            if f1 < 0.9 and half(key + ".html.gz") == TUNE:
                page_p, _, page_r = _pr(gold, predicted)
                lines.append(f"  {f1:.3f} P {page_p:.2f} R {page_r:.2f} {key[:16]}")
    return "\n".join(lines)


def _pr(gold: str, predicted: str) -> tuple[float, float, float]:
    counts = overlap(gold, predicted)
    return precision(*counts), 0.0, recall(*counts)


def run(shared: Path) -> str:
    """The tables ``make eval`` prints."""
    return report(shared)


def main(argv: list[str] | None = None) -> int:
    """``python -m evaluation.extraction [--misses] [--shared PATH]``."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.extraction")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    print(report(args.shared, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
