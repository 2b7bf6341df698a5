"""biblatex (biber) export, the default: posts as ``@online``, clips as
``@online`` entries that ``crossref`` their post.

The field mapping is documented in ``docs/export.md``. Values are UTF-8
(biber reads Unicode) unless ``ascii_only`` is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibtexparser.model import Entry

from library.export import bibfile, dates, languages, latex, names, passages
from library.export.groups import group
from library.export.options import ExportOptions
from library.export.registry import Exporter, register
from library.model import Citation, Clip

HEADER = """\
biblatex database written by Quotemark. Compile with biber:
  \\usepackage[backend=biber]{biblatex}  \\addbibresource{this-file.bib}
Clip entries crossref their post (they inherit author, title, date, url).
With pdfLaTeX and letters beyond Latin-1, load inputenc and biblatex's
safeinputenc option, or compile with LuaLaTeX."""


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """The biblatex ``.bib`` text for ``citations``: each post, then its
    clips (biber does not need cross-referenced entries last)."""
    ascii_only = bool(options.ascii_only)
    entries: list[Entry] = []
    for post_group in group(citations, posts_only=options.posts_only):
        entries.append(post_entry(post_group.post, ascii_only))
        for citation in post_group.clips:
            assert citation.clip is not None
            entries.append(clip_entry(citation.post_key, citation.clip, ascii_only))
    return bibfile.write(entries, HEADER)


def post_entry(citation: Citation, ascii_only: bool) -> Entry:
    """A post as ``@online``."""
    meta = citation.metadata
    published = dates.parse(meta.published)
    accessed = dates.parse(citation.accessed)
    site = latex.escape(meta.site or "", ascii_only=ascii_only)
    return bibfile.entry(
        "online",
        citation.post_key,
        [
            ("author", names.bibtex_names(meta.authors, ascii_only=ascii_only, biber=True)),
            ("title", latex.title(meta.title, ascii_only=ascii_only)),
            ("date", published.iso if published else None),
            ("organization", bibfile.braced_list_item(site) if site else None),
            ("url", latex.url(meta.url)),
            ("urldate", accessed.iso if accessed and meta.url else None),
            ("langid", languages.langid(meta.language)),
            ("abstract", latex.escape(meta.description or "", ascii_only=ascii_only)),
        ],
    )


def clip_entry(post_key: str, clip: Clip, ascii_only: bool) -> Entry:
    """A clip as ``@online`` that crossrefs its post and adds the passage."""

    def esc(text: str) -> str:
        return latex.escape(text, ascii_only=ascii_only)

    return bibfile.entry(
        "online",
        clip.key,
        [
            ("crossref", post_key),
            ("titleaddon", passages.latex_locator(clip)),
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
