"""biblatex (biber) export, the default: posts as ``@online`` with their
clips' keys as aliases, each clip's passage in a data-only entry.

The field mapping is documented in ``docs/export.md``. Values are UTF-8
(biber reads Unicode) unless ``ascii_only`` is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibtexparser.model import Entry

from quotemark.library.errors import ExportError
from quotemark.library.export import (
    bibfile,
    clipcite,
    dates,
    kinds,
    languages,
    latex,
    names,
    passages,
)
from quotemark.library.export.groups import PostGroup, group
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, register
from quotemark.library.model import Citation, Clip, Reading

HEADER = """\
biblatex database written by Quotemark. Compile with biber:
  \\usepackage[backend=biber]{biblatex}  \\addbibresource{this-file.bib}
A clip's key is an alias (ids) of its post: \\cite{clip} prints the post's
citation with the clip's paragraph (the preamble adds it), and the post is
listed once. The passage is in the data-only entry <clip key>:clip.
With pdfLaTeX and letters beyond Latin-1, load inputenc and biblatex's
safeinputenc option, or compile with LuaLaTeX."""


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """The biblatex ``.bib`` text for ``citations``: the locator
    ``@preamble``, then each post (its clips' keys as aliases) followed by
    its clips' data-only entries. See :mod:`quotemark.library.export.clipcite`."""
    ascii_only = bool(options.ascii_only)
    groups = group(citations, posts_only=options.posts_only)
    _check_data_keys(groups)
    entries: list[Entry] = []
    locators: list[tuple[str, str, str]] = []
    for post_group in groups:
        clips = [c.clip for c in post_group.clips if c.clip is not None]
        post = post_group.post
        entries.append(post_entry(post, ascii_only, aliases=[c.key for c in clips]))
        entry_type = kinds.biblatex(post.metadata).entry_type
        reading = post.metadata.reading  # "part 1 of 3" leads each locator
        for clip in clips:
            entries.append(clip_entry(post.post_key, clip, ascii_only, entry_type, reading=reading))
            locators.append((clip.key, post.post_key, passages.latex_locator(clip, reading)))
    return bibfile.write(entries, HEADER, clipcite.biblatex_preamble(locators))


def _check_data_keys(groups: Sequence[PostGroup]) -> None:
    # A clip's data entry is "<clip key>:clip": it must not be a key in use.
    taken = {g.post.post_key.casefold() for g in groups}
    taken |= {c.clip.key.casefold() for g in groups for c in g.clips if c.clip}
    for post_group in groups:
        for citation in post_group.clips:
            assert citation.clip is not None
            key = clipcite.data_key(citation.clip.key)
            if key.casefold() in taken:
                raise ExportError(
                    f"The clip key {citation.clip.key!r} cannot be exported to biblatex: "
                    f"its passage entry {key!r} would reuse a key already in use. "
                    "Edit one of the keys and export again."
                )


def post_entry(citation: Citation, ascii_only: bool, aliases: Sequence[str] = ()) -> Entry:
    """A post as ``@online`` (``@article`` for a news or journal article,
    ``@report`` for a technical report; a preprint's ``eprint``: see
    :mod:`quotemark.library.export.kinds`); ``aliases`` (its clips' keys) go
    in ``ids``."""
    meta = citation.metadata
    published = dates.parse(meta.published)
    accessed = dates.parse(citation.accessed)
    journal = kinds.journal(meta)
    eprint, eprint_type, eprint_class = kinds.eprint(meta, ascii_only)
    # A preprint is cited on its server (its eprint names it already: no
    # site then); a report by the institution that issued it.
    preprint = kinds.preprint(meta)
    held = "" if preprint and eprint else journal or kinds.report(meta) or preprint or meta.site
    site = latex.escape(held or "", ascii_only=ascii_only)
    kind = kinds.biblatex(meta)
    if site and kind.site_field in ("organization", "institution"):
        site = bibfile.braced_list_item(site)  # a list field: "and" would split it
    report = kind.entry_type == "report"
    # A DOI (or an arXiv identifier) is the work's lasting address:
    # biblatex's styles print it (as a link) and the landing page's URL
    # beside it would be a second.
    doi = kinds.bib_doi(meta)
    link = None if doi or eprint else latex.url(meta.url)
    return bibfile.entry(
        kind.entry_type,
        citation.post_key,
        [
            ("ids", ", ".join(aliases)),
            ("entrysubtype", kind.subtype),
            ("author", names.bibtex_names(meta.authors, ascii_only=ascii_only, biber=True)),
            ("title", latex.title(meta.title, ascii_only=ascii_only)),
            ("date", published.iso if published else None),
            (kind.site_field, site or None),
            ("volume", kinds.bib_text(meta, "volume", ascii_only) if journal else None),
            ("number", kinds.bib_text(meta, "issue", ascii_only) if journal else None),
            ("pages", kinds.latex_pages(meta) if journal else None),
            ("type", "techreport" if report else None),
            ("number", kinds.report_number(meta, ascii_only)),
            ("eprint", eprint),
            ("eprinttype", eprint_type),
            ("eprintclass", eprint_class),
            ("doi", doi),
            ("url", link),
            ("urldate", accessed.iso if accessed and link else None),
            ("langid", languages.langid(meta.language)),
            ("abstract", latex.escape(meta.description or "", ascii_only=ascii_only)),
        ],
    )


def clip_entry(
    post_key: str,
    clip: Clip,
    ascii_only: bool,
    entry_type: str = "online",
    *,
    reading: Reading | None = None,
) -> Entry:
    """A clip's passage as a data-only entry (key ``<clip key>:clip``, of
    its post's type) that crossrefs its post: tools that read the ``.bib``
    find the quotation, speaker and note; biblatex never prints it."""

    def esc(text: str) -> str:
        return latex.escape(text, ascii_only=ascii_only)

    return bibfile.entry(
        entry_type,
        clipcite.data_key(clip.key),
        [
            ("crossref", post_key),
            ("options", "dataonly"),
            ("titleaddon", passages.latex_locator(clip, reading)),
            ("addendum", _addendum(clip, ascii_only)),
            ("annotation", esc(clip.note)),
            ("keywords", ", ".join(esc(tag.replace(",", " ")) for tag in passages.tags(clip))),
        ],
    )


def _addendum(clip: Clip, ascii_only: bool) -> str:
    text = passages.latex_passage(clip, ascii_only=ascii_only)
    # biblatex adds a period after the field; after “ours.” that would be a
    # second one. \nopunct (biblatex's own) suppresses it.
    return text + "\\nopunct" if passages.ends_sentence(clip) else text


register(Exporter("biblatex", "biblatex (biber)", ".bib", render))
