"""Markdown export: for each post its reference, then each clip as a block
quote with its speaker and a Pandoc citation that names the paragraph,
``[@smith2024, para. 4]``: ``pandoc --citeproc`` with the CSL-JSON export
as bibliography turns it into the citation in any CSL style, and lists the
post once. :func:`pandoc_clips` is "Copy as Pandoc".

Text from pages is escaped so that it cannot become Markdown (or HTML)
structure: a clip reading ``# Breaking`` or ``<script>`` stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotemark.library.export import kinds, latex, passages, stylebook
from quotemark.library.export.cite import CitationFormatter
from quotemark.library.export.groups import PostGroup, group
from quotemark.library.export.latex import clean
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, register
from quotemark.library.model import LINE_BREAK, Citation, Clip, Metadata, Reading

_INLINE = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_LINE_START = re.compile(r"^([-+=#]|\d+[.)])")


def escape(text: str) -> str:
    """``text`` (whitespace collapsed) as literal Markdown text."""
    text = _INLINE.sub(lambda m: "\\" + m.group(), clean(text))
    # A list marker, heading or setext underline at the start of a line.
    return _LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], text)


def _reference(formatter: CitationFormatter, meta: Metadata) -> str:
    # The link the style printed (a journal article's DOI as its
    # https://doi.org/ link, else the page's URL) becomes an autolink:
    # escaping its "_" would corrupt it.
    text = formatter.reference()
    for url in (kinds.doi_link(meta), latex.url(meta.url)):
        if url and url in text:
            before, _, after = text.partition(url)
            gap = " " if before.endswith(" ") else ""
            return f"{escape(before)}{gap}<{url}>{escape(after)}"
    return escape(text)


def _quote_lines(text: str) -> list[str]:
    # A clip across paragraphs keeps them; a line break inside a block
    # (U+2028) is a hard break.
    paragraphs = [p for p in (_hard_breaks(part) for part in text.split("\n")) if p]
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append(">")
        lines.append(f"> {paragraph}")
    return lines


def _hard_breaks(paragraph: str) -> str:
    return "\\\n> ".join(e for e in (escape(line) for line in paragraph.split(LINE_BREAK)) if e)


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """The Markdown document."""
    groups = group(citations, posts_only=options.posts_only)
    style = stylebook.load(options.citation_style)
    if options.posts_only:
        lines = ["# References", ""]
        lines += [
            f"- {_reference(CitationFormatter(g.post, style), g.post.metadata)}" for g in groups
        ]
        return "\n".join(lines) + "\n"
    out = [f"# {_heading(groups)}"]
    for post_group in groups:
        formatter = CitationFormatter(post_group.post, style)
        title = clean(post_group.post.metadata.title) or post_group.post.post_key
        out += ["", f"## {escape(title)}", "", _reference(formatter, post_group.post.metadata)]
        for citation in post_group.clips:
            clip = citation.clip
            assert clip is not None
            who = passages.speaker(clip)
            cite = pandoc_cite(citation.post_key, clip, citation.metadata.reading)
            attribution = f"\u2014 {escape(who)} {cite}" if who else cite
            out += ["", *_quote_lines(clip.text), ">", f"> {attribution}"]
            if clean(clip.note):
                out += ["", f"Note: {escape(clip.note)}"]
            tags = passages.tags(clip)
            if tags:
                out += ["", "Tags: " + ", ".join(escape(tag) for tag in tags)]
    return "\n".join(out) + "\n"


def _heading(groups: Sequence[PostGroup]) -> str:
    # Headed by what the document lists: posts chosen without clips are
    # listed by their reference alone.
    with_clips = sum(1 for g in groups if g.clips)
    if with_clips == len(groups) and groups:
        return "Clips"
    if with_clips == 0:
        return "Posts"
    return "Posts and clips"


_PANDOC_KEY = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_:.#$%&+?<>~/-]*[A-Za-z0-9_])?")


def pandoc_cite(post_key: str, clip: Clip | None = None, reading: Reading | None = None) -> str:
    """A Pandoc citation of the post, with the clip's paragraph locator:
    ``[@smith2024, para. 4]``, ``[@smith2024, paras. 2–4]``; led by the part
    when the post (``reading``) is one part of a longer article,
    ``[@smith2024, part 1, para. 4]`` (Pandoc's locator is the part, the
    paragraph its suffix). A key Pandoc would cut short (ending in
    punctuation) is written ``@{key}``."""
    key = f"@{post_key}" if _PANDOC_KEY.fullmatch(post_key) else f"@{{{post_key}}}"
    if clip is None:
        return f"[{key}]"
    first, last = passages.paragraphs(clip)
    label = "para." if first == last else "paras."
    part = reading.part if reading is not None else None
    lead = f"part {part}, " if part is not None else ""
    return f"[{key}, {lead}{label} {passages.paragraph_range(clip)}]"


def pandoc_clips(citations: Sequence[Citation]) -> str:
    """ "Copy as Pandoc": each clip as its quoted passage, speaker and Pandoc
    citation, ``“passage” — Speaker [@smith2024, para. 4]``, one a paragraph;
    a post citation without a clip as ``[@key]``."""
    lines: list[str] = []
    for citation in citations:
        clip = citation.clip
        if clip is None:
            lines.append(pandoc_cite(citation.post_key))
            continue
        who = passages.speaker(clip)
        said = escape(passages.quoted(clip.text))
        said = f"{said} \u2014 {escape(who)}" if who else said
        lines.append(f"{said} {pandoc_cite(citation.post_key, clip, citation.metadata.reading)}")
    return "\n\n".join(lines)


register(Exporter("markdown", "Markdown", ".md", render))
