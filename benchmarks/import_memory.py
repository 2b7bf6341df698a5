"""Memory of importing one large file: an import worker's peak resident
size per megabyte of the file (stop 40, s40-harden).

Three 5 MB inputs built here from the team's sentences: a long article of
paragraphs (HTML), the same as plain text, and a page whose article is half
that with a 10 MB inline base64 image. Each is run through
:func:`~quotemark.library.pipeline.prepare` (what an import worker runs) in
a fresh process; the figure is the growth of its peak resident size
(``VmHWM``) over the process's own after the imports, divided by the
file's size. Before stop 40: 25.1, 25.3 and 10.8 times the file; after, 21.3,
21.9 and 6.6 (s40-harden), then 13.8, 13.6 and 6.6 (s40-memory2).

Run alone with ``python -m benchmarks import_memory``.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import tempfile
from pathlib import Path

MEGABYTES = 5
_PARAGRAPH = (
    "“The pier will open in spring,” said Ada Lind, of the harbour board, at "
    "meeting {}. Tom Hale disagreed."
)
_HEAD = (
    '<!doctype html><html><head><meta charset="utf-8"><title>The harbour board'
    "</title></head><body><article><h1>The harbour board</h1>"
)
_TAIL = "</article></body></html>"
_MEASURE = """
import sys
from pathlib import Path
from quotemark.library.pipeline import prepare
def peak():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
base = peak()
prepare(Path(sys.argv[1]))
print(peak() - base)
"""
"""(``VmHWM``, not ``ru_maxrss``: Linux carries the latter over ``exec``
from the forked parent, which here holds the inputs it wrote.)"""


def _paragraphs(size: int) -> list[str]:
    found: list[str] = []
    total = 0
    while total < size:
        found.append(_PARAGRAPH.format(len(found)))
        total += len(found[-1]) + 8
    return found


def write_inputs(folder: Path) -> dict[str, Path]:
    """The three inputs, written into ``folder``."""
    size = MEGABYTES * 1024 * 1024
    paragraphs = _paragraphs(size)
    article = folder / "article.html"
    article.write_text(_HEAD + "".join(f"<p>{p}</p>\n" for p in paragraphs) + _TAIL)
    text = folder / "article.txt"
    text.write_text("".join(f"{p}\n\n" for p in paragraphs))
    picture = base64.b64encode(os.urandom(7_500_000)).decode()
    image = folder / "image.html"
    image.write_text(
        _HEAD
        + f'<img src="data:image/png;base64,{picture}">'
        + "".join(f"<p>{p}</p>\n" for p in paragraphs[: len(paragraphs) // 2])
        + _TAIL
    )
    return {"article (HTML)": article, "article (text)": text, "10 MB inline image": image}


def peak_per_megabyte(path: Path) -> float:
    """The growth of a fresh process's peak resident size while it prepares
    ``path``, per megabyte of the file."""
    grown_kb = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    ).stdout.split()[-1]
    return int(grown_kb) / 1024 / (path.stat().st_size / 1024 / 1024)


def run(shared: Path) -> str:
    """Measure and return the table."""
    del shared  # everything is generated
    lines = [
        "Import memory: an import worker's peak resident growth per MB of the file",
        f"{'input':<20} {'size':>8} {'peak / MB':>10}",
    ]
    with tempfile.TemporaryDirectory() as folder:
        for label, path in write_inputs(Path(folder)).items():
            size = path.stat().st_size / 1024 / 1024
            lines.append(f"{label:<20} {size:>6.1f}MB {peak_per_megabyte(path):>9.1f}x")
    return "\n".join(lines)
