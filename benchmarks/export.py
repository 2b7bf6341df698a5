"""Export speed: 10,000 clips (of 1,000 posts) in each format.

Goals: under 1 s for either BibTeX dialect (issue 5); under 2 s for the
Markdown export and "Copy as citation" through citeproc (issue 11: each
post's reference is formatted once, not per clip). The library is built
in memory with varied, partly non-ASCII and hostile metadata, so escaping,
name splitting and accent conversion all do real work.
"""

from __future__ import annotations

import time
from pathlib import Path

from quotemark.library.export import ExportOptions, export, format_clips
from quotemark.library.model import Citation, Clip, Metadata, Position, Span

POSTS = 1_000
CLIPS_PER_POST = 10
GOAL_SECONDS = 1.0

_TITLES = (
    "The Syrian Army Retakes Bou Kamal After {} Days of Fighting",
    "Zoë Adébáyọ̀ on NATO's 100% claim #{} and the _real_ story",
    "Leaked memo: \\input{{/etc/passwd}} and \\write18{{rm -rf /}} number {}",
    "\u0645\u062d\u0645\u062f: \u062a\u0642\u0631\u064a\u0631 {} \U0001f600",
)
_AUTHORS = (
    ("Zoë Smith",),
    ("Ọlábísí Adébáyọ̀", "Ludwig van Beethoven"),
    ("Associated Press",),
    ("\u0645\u062d\u0645\u062f \u0627\u0644\u0623\u062d\u0645\u062f", "Jane Doe"),
)


def library() -> list[Citation]:
    """1,000 posts, each followed by its 10 clips."""
    citations: list[Citation] = []
    for post in range(POSTS):
        meta = Metadata(
            title=_TITLES[post % len(_TITLES)].format(post),
            authors=_AUTHORS[post % len(_AUTHORS)],
            published=f"20{10 + post % 15}-{1 + post % 12:02d}-{1 + post % 28:02d}T08:00:00Z",
            site="Deir ez-Zor Monitor & Co",
            url=f"https://example.org/news/{post}/report_{post}%20final#sec_{post}",
            language=("en", "ar", "fr", "yo")[post % 4],
        )
        key = f"post{post}"
        citations.append(Citation(key, meta, "2024-02-03"))
        for number in range(CLIPS_PER_POST):
            text = f"“We will not withdraw,” said the colonel — {number}% of {post} {{sic}}."
            span = Span(Position(number, 0), Position(number, len(text)), text)
            clip = Clip(
                post * CLIPS_PER_POST + number,
                post,
                f"{key}-p{number}",
                span,
                "Col. Ahmad Hamdan" if number % 2 else None,
                "army spokesman",
                None,
                number + 1,
                "check against AP" if number % 3 == 0 else "",
                ("deir-ez-zor", "army") if number % 2 else (),
                "2024-02-03T09:00:00Z",
            )
            citations.append(Citation(key, meta, "2024-02-03", clip))
    return citations


CITEPROC_GOAL_SECONDS = 2.0


# Every style Quotemark ships (the CSL styles of "Copy as citation").
SHIPPED_STYLES = (
    "chicago-author-date",
    "apa",
    "chicago-notes-bibliography",
    "modern-language-association",
    "harvard-cite-them-right",
)
_last_cpu = 0.0


def _best_of(
    fmt: str, citations: list[Citation], runs: int = 3, style: str = "chicago-author-date"
) -> tuple[float, int]:
    global _last_cpu
    best = float("inf")
    size = 0
    for _ in range(runs):
        started = time.perf_counter()
        cpu = time.process_time()
        if fmt == "copy":
            text = format_clips(citations, style).html
        else:
            text = export(fmt, citations, ExportOptions(citation_style=style))
        elapsed = time.perf_counter() - started
        if elapsed < best:
            best, _last_cpu = elapsed, time.process_time() - cpu
        size = len(text.encode("utf-8"))
    return best, size


def run(shared: Path) -> str:
    """Time every format on the same 10,000 clips; returns a report."""
    citations = library()
    lines = [f"Export of {POSTS * CLIPS_PER_POST:,} clips + {POSTS:,} posts (best of 3)"]
    for fmt in ("biblatex", "bibtex", "csl-json", "ris"):
        seconds, size = _best_of(fmt, citations, 3)
        verdict = ""
        if fmt in ("biblatex", "bibtex"):
            verdict = (
                "  OK" if seconds < GOAL_SECONDS else f"  SLOWER than {GOAL_SECONDS:.0f} s goal"
            )
        lines.append(f"  {fmt:<9} {seconds:6.3f} s  {size / 1e6:5.1f} MB{verdict}")
    # Markdown and "Copy as citation" (HTML + text) in every shipped style;
    # wall time and the CPU time of that run. The goal is judged on CPU
    # time: it is the work done, which the load of a shared machine (other
    # processes on the same cores) does not inflate as it does wall time.
    for style in SHIPPED_STYLES:
        for fmt, label in (("markdown", "Markdown"), ("copy", "Copy as citation")):
            seconds, _ = _best_of(fmt, citations, 1, style)
            lines.append(
                f"  {label} in {style}: {seconds:6.3f} s (CPU {_last_cpu:5.2f} s)"
                f"{_verdict(_last_cpu)}"
            )
    return "\n".join(lines)


def _verdict(cpu_seconds: float) -> str:
    if cpu_seconds < CITEPROC_GOAL_SECONDS:
        return "  OK"
    return f"  SLOWER than {CITEPROC_GOAL_SECONDS:.0f} s CPU goal"


if __name__ == "__main__":
    print(run(Path("../shared")))
