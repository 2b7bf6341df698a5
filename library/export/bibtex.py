"""Classic BibTeX export: ``@misc`` entries for any ``.bst`` style.

Non-ASCII letters are written in LaTeX's forms (BibTeX counts bytes), the
URL is given both as ``howpublished = {\\url{...}}`` (which ``plain`` prints)
and as ``url`` (for styles that know it), and clip entries come before the
post they cross-reference, as BibTeX requires. See ``docs/export.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibtexparser.model import Entry

from quotemark.library.export import bibfile, clipcite, dates, latex, names, passages
from quotemark.library.export.groups import group
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, register
from quotemark.library.model import Citation, Clip

HEADER = """\
BibTeX database written by Quotemark, for any classic style (plain, alpha...).
Load the url (or hyperref) package: howpublished holds \\url{...}.
Clip entries crossref their post, which follows them as BibTeX requires."""


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """The BibTeX ``.bib`` text: for each post its clips, then the post."""
    ascii_only = options.ascii_only is not False
    entries: list[Entry] = []
    clips: list[tuple[str, str, str]] = []
    for post_group in group(citations, posts_only=options.posts_only):
        post = post_group.post
        for citation in post_group.clips:
            assert citation.clip is not None
            entries.append(clip_entry(post.post_key, citation.clip, ascii_only))
            clips.append((citation.clip.key, post.post_key, passages.latex_locator(citation.clip)))
        entries.append(post_entry(post, ascii_only))
    return bibfile.write(entries, HEADER, clipcite.bibtex_preamble(clips))


def _accessed_note(citation: Citation) -> str | None:
    accessed = dates.parse(citation.accessed)
    if accessed is None or not latex.url(citation.metadata.url):
        return None
    return f"Accessed {accessed.iso}"


def post_entry(citation: Citation, ascii_only: bool) -> Entry:
    """A post as ``@misc``."""
    meta = citation.metadata
    published = dates.parse(meta.published)
    accessed = dates.parse(citation.accessed)
    link = latex.url(meta.url)
    site = latex.escape(meta.site or "", ascii_only=ascii_only)
    how = ", ".join(part for part in (site, f"\\url{{{link}}}" if link else "") if part)
    month = published.month if published else None
    note = _accessed_note(citation)
    return bibfile.entry(
        "misc",
        citation.post_key,
        [
            ("author", names.bibtex_names(meta.authors, ascii_only=ascii_only)),
            ("title", latex.title(meta.title, ascii_only=ascii_only)),
            ("howpublished", how),
            ("year", str(published.year) if published else None),
            ("month", dates.MONTH_MACROS[month - 1] if month else None),
            ("url", link),
            ("urldate", accessed.iso if accessed and link else None),
            ("note", latex.escape(note, ascii_only=ascii_only) if note else None),
            ("abstract", latex.escape(meta.description or "", ascii_only=ascii_only)),
        ],
    )


def clip_entry(post_key: str, clip: Clip, ascii_only: bool) -> Entry:
    """A clip as ``@misc`` that crossrefs its post and prints exactly like
    it: the locator, passage and note are in fields the classic styles do
    not print (``titleaddon``, ``addendum``, ``annote``), kept for tools that
    read the ``.bib``. The ``@preamble`` prints a post once (see
    :mod:`quotemark.library.export.clipcite`)."""

    def esc(text: str) -> str:
        return latex.escape(text, ascii_only=ascii_only)

    return bibfile.entry(
        "misc",
        clip.key,
        [
            ("crossref", post_key),
            ("titleaddon", passages.latex_locator(clip)),
            ("addendum", passages.latex_passage(clip, ascii_only=ascii_only)),
            ("annote", esc(clip.note)),
            ("keywords", ", ".join(esc(tag.replace(",", " ")) for tag in passages.tags(clip))),
        ],
    )


register(Exporter("bibtex", "BibTeX (classic styles)", ".bib", render))
