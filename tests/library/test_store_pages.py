"""Saved blog posts written by the tests (shared by the store, service and
CLI tests), and a check that they read as the articles they are."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Analysis, RawDocument, SourceFormat
from quotemark.library.pipeline import Processed, content_hash

PARAGRAPHS = (
    "The ferry left the mainland pier at nine with forty passengers aboard, most of them "
    "going home after a long week of work in the city.",
    "“We waited eleven years for this crossing,” said Marta Ilves, the harbour master, "
    "who had campaigned for the route since it was cut.",
    "Nobody expected the first sailing to be full, but the ticket office sold its last "
    "seat before noon and the queue reached the car park.",
    "The transport board says the night route will run every day until the end of "
    "October, when the winter timetable is reviewed.",
)


def page(
    title: str,
    *,
    author: str = "Kadri Laane",
    date: str = "2024-03-09",
    url: str | None = None,
    paragraphs: Sequence[str] = PARAGRAPHS,
    heading: str | None = None,
) -> str:
    """A small saved blog post: navigation and footer chrome around an
    article with a title, a byline in the metadata and some paragraphs."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    if heading:
        body = f"<h2>{html.escape(heading)}</h2>\n{body}"
    canonical = f'<link rel="canonical" href="{html.escape(url)}">' if url else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Harbour Notes</title>
<meta name="author" content="{html.escape(author)}">
<meta property="og:site_name" content="Harbour Notes">
<meta property="article:published_time" content="{date}">
{canonical}
</head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>{html.escape(title)}</h1>
{body}
</article>
<footer>Harbour Notes, a blog about islands.</footer>
</body></html>
"""


def write_post(folder: Path, name: str, title: str, **fields: object) -> Path:
    """Write :func:`page` to ``folder/name`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(page(title, **fields), encoding="utf-8")  # type: ignore[arg-type]
    return path


def processed(path: Path, analysis: Analysis | None = None) -> Processed:
    """``path`` read and extracted, with the given analysis instead of the
    detector's (tests that need exact quotes and sources write them)."""
    data = path.read_bytes()
    raw = RawDocument(str(path), SourceFormat.HTML, data, html=data.decode("utf-8"))
    article = extract_html(raw)
    return Processed(raw, article, analysis or Analysis(), content_hash(article))


def test_written_post_reads_as_its_article(tmp_path: Path) -> None:
    path = write_post(tmp_path, "a.html", "The Night Ferry Returns", url="https://x.example/a")
    result = processed(path)
    assert result.article.metadata.title == "The Night Ferry Returns"
    assert result.article.metadata.authors == ("Kadri Laane",)
    assert [b.text for b in result.article.blocks] == list(PARAGRAPHS)
