"""Classic BibTeX export: ``@misc`` entries for any ``.bst`` style.

Non-ASCII letters are written in LaTeX's forms (BibTeX counts bytes), the
URL is given both as ``howpublished = {\\url{...}}`` (which ``plain`` prints)
and as ``url`` (for styles that know it), and clip entries come before the
post they cross-reference, as BibTeX requires. See ``docs/export.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibtexparser.model import Entry, Field

from quotemark.library.export import bibfile, clipcite, dates, kinds, latex, names, passages
from quotemark.library.export.groups import group
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, register
from quotemark.library.model import Citation, Clip, Reading

HEADER = """\
BibTeX database written by Quotemark, for any classic style (plain, alpha...).
Load the url (or hyperref) package: howpublished holds \\url{...}.
Clip entries crossref their post, which follows them as BibTeX requires.
\\cite{clip} prints the post's label with the clip's paragraph and the post is
listed once: the preamble (copied to the .bbl) does it."""


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """The BibTeX ``.bib`` text: for each post its clips, then the post."""
    ascii_only = options.ascii_only is not False
    entries: list[Entry] = []
    clips: list[tuple[str, str, str]] = []
    for post_group in group(citations, posts_only=options.posts_only):
        post = post_group.post
        printed = post_entry(post, ascii_only)
        for citation in post_group.clips:
            assert citation.clip is not None
            reading = post.metadata.reading  # "part 1 of 3" leads each locator
            if printed.entry_type == "misc":
                entries.append(clip_entry(post.post_key, citation.clip, ascii_only, reading))
            else:
                entries.append(_standalone_clip_entry(printed, citation.clip, ascii_only, reading))
            locator = passages.latex_locator(citation.clip, reading)
            clips.append((citation.clip.key, post.post_key, locator))
        entries.append(printed)
    return bibfile.write(entries, HEADER, clipcite.bibtex_preamble(clips))


def _accessed_note(citation: Citation) -> str | None:
    accessed = dates.parse(citation.accessed)
    if accessed is None or not latex.url(citation.metadata.url):
        return None
    return f"Accessed {accessed.iso}"


def post_entry(citation: Citation, ascii_only: bool) -> Entry:
    """A post as ``@misc``, or a news article with a site and a year as
    ``@article`` in that newspaper (``journal``; the URL goes in the printed
    ``note``, as ``@article`` prints no ``howpublished``), or a journal
    article with a year as ``@article`` in its journal (with ``volume``,
    ``number``, ``pages`` and ``doi``; the DOI's link in the printed
    ``note``)."""
    meta = citation.metadata
    published = dates.parse(meta.published)
    accessed = dates.parse(citation.accessed)
    journal = kinds.journal(meta)
    doi = kinds.bib_doi(meta)
    eprint, eprint_type, eprint_class = kinds.eprint(meta, ascii_only)
    archive = kinds.preprint(meta)
    report = kinds.is_report(meta)
    institution = kinds.report(meta)
    # A journal article with a DOI is found by its DOI: the printed note
    # links it (the classic styles print no ``doi``), not the landing page.
    link = kinds.doi_link(meta) if doi else latex.url(meta.url)
    site = latex.escape(journal or institution or meta.site or "", ascii_only=ascii_only)
    if archive:
        # The classic styles print no eprint: "arXiv:2103.01234 [cs.CL]"
        # (or the server's name) is what they print of a preprint.
        held = f"{archive}:{meta.scholarly.eprint}" if eprint and meta.scholarly else archive
        held += f" [{meta.scholarly.eprint_class}]" if eprint_class and meta.scholarly else ""
        site = latex.escape(held, ascii_only=ascii_only)
    url_text = f"\\url{{{link}}}" if link else ""
    month = published.month if published else None
    note = None if doi else _accessed_note(citation)  # a DOI is no page seen on a day
    note = latex.escape(note, ascii_only=ascii_only) if note else None
    article = kinds.bibtex_is_article(meta, published is not None)
    if article or report:
        how = None
        note = ". ".join(part for part in (url_text, note) if part) or None
    else:
        how = ", ".join(part for part in (site, url_text) if part)
    return bibfile.entry(
        "article" if article else "techreport" if report else "misc",
        citation.post_key,
        [
            ("author", names.bibtex_names(meta.authors, ascii_only=ascii_only)),
            ("title", latex.title(meta.title, ascii_only=ascii_only)),
            ("journal", site if article else None),
            ("volume", kinds.bib_text(meta, "volume", ascii_only) if article else None),
            ("number", kinds.bib_text(meta, "issue", ascii_only) if article else None),
            ("pages", kinds.latex_pages(meta) if article else None),
            ("institution", site if report else None),
            ("number", kinds.report_number(meta, ascii_only)),
            ("eprint", eprint),
            ("archivePrefix", "arXiv" if eprint_type == "arxiv" else None),
            ("primaryClass", eprint_class),
            ("howpublished", how),
            ("year", str(published.year) if published else None),
            ("month", dates.MONTH_MACROS[month - 1] if month else None),
            ("doi", doi),
            ("url", None if doi else link),
            ("urldate", accessed.iso if accessed and link and not doi else None),
            ("note", note),
            ("abstract", latex.escape(meta.description or "", ascii_only=ascii_only)),
        ],
    )


def clip_entry(
    post_key: str, clip: Clip, ascii_only: bool, reading: Reading | None = None
) -> Entry:
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
            ("titleaddon", passages.latex_locator(clip, reading)),
            ("addendum", passages.latex_passage(clip, ascii_only=ascii_only)),
            ("annote", esc(clip.note)),
            ("keywords", ", ".join(esc(tag.replace(",", " ")) for tag in passages.tags(clip))),
        ],
    )


def _standalone_clip_entry(
    post: Entry, clip: Clip, ascii_only: bool, reading: Reading | None = None
) -> Entry:
    # An @article that crossrefs another prints "In [post]" in the classic
    # styles: a clip of an article repeats its post's fields instead (it
    # still prints exactly like the post), and names it in ``related``.
    extra = clip_entry(post.key, clip, ascii_only, reading)
    fields = [f for f in post.fields if f.key not in {"abstract"}]
    fields.append(Field("related", "{" + post.key + "}"))
    fields += [f for f in extra.fields if f.key != "crossref"]
    return Entry(post.entry_type, clip.key, fields)


register(Exporter("bibtex", "BibTeX (classic styles)", ".bib", render))
