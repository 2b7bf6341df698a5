"""Extraction time of large pages in odd shapes, per megabyte of the page,
at 0.25, 0.5, 1 and 2 MB (stop 40, s40-table): the growth shows whether the
extraction is linear in the page's size (a flat row) or worse (a row that
doubles with each size).

Seven shapes, built here from the team's sentences: one large table (a data
page saved whole, a year in every row), a table of small tables, a long
list of posts each nested in the one before, paragraphs in one ``<div>``
(about 9,000 a megabyte), a forum thread of posts (about 4,000 a
megabyte, each dated) and the same thread written as tables (old forum
software), and a thread whose every post opens a hidden wrapper never
closed (s40-hidden). Each page is parsed and extracted with
:func:`~quotemark.library.extract.html.extract_html` (what an import
worker's extraction runs); the figure is its CPU time per MB. Before stop
40 the one large table took 11.8, 10.4, 13.2 and 23.0 s a MB (46 s at
2 MB): every cell with a year made the dateline search join the whole
table's text (up to 400 times, so linear with a 400-fold cost) and the
layout test was quadratic in libxml2. After, 0.4-0.5 s a MB at every size;
the other shapes were and are 0.1-0.6 s a MB, flat. The hidden wrappers
took 1.2-1.5 s a MB before s40-hidden (the cleaning measured each hidden
element's text, the rest of the page, again and again), 0.35-0.6 s after.

Run alone with ``python -m benchmarks odd_pages``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from quotemark.library.errors import QuotemarkError
from quotemark.library.extract.html import extract_html
from quotemark.library.model import RawDocument, SourceFormat

SIZES = (0.25, 0.5, 1.0, 2.0)
"""Megabytes of each page."""

_HEAD = (
    '<!doctype html><html><head><meta charset="utf-8"><title>The harbour board'
    "</title></head><body><article><h1>The harbour board</h1>"
    "<p>Minutes of the harbour board, by Ada Lind.</p>"
)
_TAIL = "</article></body></html>"
_ROW = (
    "<tr><td>Meeting {n}</td><td>1999</td><td>Ada Lind</td>"
    "<td>The pier will open in spring, said Tom Hale.</td></tr>\n"
)


def _fill(unit: Callable[[int], str], size: int) -> str:
    """``unit(0)``, ``unit(1)``, ... joined until ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(unit(len(parts)))
        total += len(parts[-1])
    return "".join(parts)


def large_table(size: int) -> str:
    """One table of four cells a row: "Meeting 12 | 1999 | Ada Lind | ..."."""
    return _HEAD + "<table>" + _fill(lambda n: _ROW.format(n=n), size) + "</table>" + _TAIL


def table_of_tables(size: int) -> str:
    """A table whose every row holds a table of five rows."""

    def unit(n: int) -> str:
        rows = "".join(_ROW.format(n=n * 5 + i) for i in range(5))
        return f"<tr><td><table>{rows}</table></td></tr>\n"

    return _HEAD + "<table>" + _fill(unit, size) + "</table>" + _TAIL


def nested_posts(size: int) -> str:
    """Posts each nested in the one before (``<div>`` never closed until
    the end)."""
    body = _fill(
        lambda n: (
            '<div class="post"><p>The pier will open in spring, said Ada Lind at '
            f"meeting {n} in 1999.</p>"
        ),
        size,
    )
    return _HEAD + body + "</div>" * body.count("<div") + _TAIL


def paragraphs(size: int) -> str:
    """Paragraphs in one ``<div>``."""
    return (
        _HEAD
        + "<div>"
        + _fill(
            lambda n: (
                "<p>The pier will open in spring, said Ada Lind, of the harbour board, "
                f"at meeting {n} in 1999. Tom Hale disagreed.</p>\n"
            ),
            size,
        )
        + "</div>"
        + _TAIL
    )


def forum_thread(size: int) -> str:
    """A thread of posts, each with its author and date."""
    posts = _fill(
        lambda n: (
            f'<div class="post" id="post{n}"><div class="postauthor">Tom Hale</div>'
            '<div class="postdate">March 4, 2021</div><div class="postbody">'
            f"<p>The pier will open in spring, said Ada Lind at meeting {n}.</p></div></div>\n"
        ),
        size,
    )
    return _HEAD.replace("<article>", '<div class="thread">') + posts + "</div></body></html>"


def forum_tables(size: int) -> str:
    """A thread written as tables in a layout table, each post quoting in a
    table of its own."""
    posts = _fill(
        lambda n: (
            '<table class="post"><tr><td class="author">Tom Hale</td>'
            '<td class="date">Posted: Sun Mar 04, 2021</td></tr><tr><td colspan="2">'
            '<div class="postbody">The pier will open in spring, said Ada Lind at '
            f"meeting {n}.<br><table><tr><td>Quote</td></tr><tr><td>The harbour board "
            "met in 1999.</td></tr></table></div></td></tr></table>\n"
        ),
        size,
    )
    head = _HEAD.replace("<article>", "<table><tr><td>")
    return head + posts + "</td></tr></table></body></html>"


def hidden_wrappers(size: int) -> str:
    """A thread whose every post ends by opening an ``aria-hidden`` wrapper
    (a reply button's box) that is never closed: each post and wrapper is
    nested in the one before, every wrapper hidden."""
    posts = _fill(
        lambda n: (
            f'<div class="post" id="post{n}"><div class="postauthor">Tom Hale</div>'
            f"<p>The pier will open in spring, said Ada Lind at meeting {n}.</p>"
            '<div aria-hidden="true"><span class="icon">Reply</span>\n'
        ),
        size,
    )
    return _HEAD.replace("<article>", '<div class="thread">') + posts + "</div></body></html>"


SHAPES: dict[str, Callable[[int], str]] = {
    "one large table": large_table,
    "table of tables": table_of_tables,
    "nested posts": nested_posts,
    "paragraphs in a div": paragraphs,
    "forum thread": forum_thread,
    "forum thread (tables)": forum_tables,
    "hidden wrappers": hidden_wrappers,
}


def seconds_to_extract(html: str) -> float:
    """CPU seconds of :func:`extract_html` on ``html``."""
    doc = RawDocument(path="page.html", format=SourceFormat.HTML, original=b"", html=html)
    started = time.process_time()
    # (A refusal is timed all the same: one that takes minutes is a hang too.)
    with contextlib.suppress(QuotemarkError):
        extract_html(doc)
    return time.process_time() - started


def run(shared: object) -> str:
    """Measure and return the table."""
    del shared  # everything is generated
    lines = [
        "Odd pages: extraction CPU seconds per MB of the page, by its size",
        f"{'page':<22}" + "".join(f"{size:>8g} MB" for size in SIZES) + f"{'growth':>9}",
    ]
    for label, build in SHAPES.items():
        per_mb = []
        for size in SIZES:
            html = build(int(size * 1024 * 1024))
            per_mb.append(seconds_to_extract(html) / (len(html) / 1024 / 1024))
        growth = per_mb[-1] / per_mb[0] if per_mb[0] else 0.0
        lines.append(
            f"{label:<22}" + "".join(f"{value:>9.2f}s" for value in per_mb) + f"{growth:>8.1f}x"
        )
    lines.append(
        "(growth: seconds per MB at the largest size over the smallest; 1x is linear, "
        f"{SIZES[-1] / SIZES[0]:g}x quadratic)"
    )
    return "\n".join(lines)
