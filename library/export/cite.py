"""Formatted citations ("Copy as citation", "Copy as Pandoc", the Markdown
export) in a chosen CSL style.

citeproc-py renders CSL-JSON items (built as the CSL-JSON export builds
them) with a style from :mod:`quotemark.library.export.stylebook`. Each post is
formatted once per style: its reference and its in-text citation (with a
placeholder locator, filled in per clip), rendered as HTML and turned into
plain text, so 10,000 clips of 1,000 posts cost 1,000 renderings.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from quotemark.library.errors import ExportError
from quotemark.library.export import csl_json, passages, speedups, stylebook, substitute
from quotemark.library.export.stylebook import DEFAULT_STYLE, LoadedStyle
from quotemark.library.model import Citation
from quotemark.library.quoting import inner_quotes

__all__ = [
    "DEFAULT_STYLE",
    "CitationFormatter",
    "Formatted",
    "format_citation",
    "format_clips",
    "format_in_text",
    "styles",
]

_PLACEHOLDER = "7777777"
_CSL = "{http://purl.org/net/xbiblio/csl}"
# Paragraph locators as Quotemark writes them: "4" or "2–4".
_NUMBERS = re.compile(r"[0-9]+(?:\u2013[0-9]+)?")
_TAG = re.compile(r"<[^>]+>")
# A title that ends in its own mark needs no second full stop.
_DOUBLED_STOP = re.compile(r"([.?!])\.(\u201d|\u2019)")
# American punctuation: a full stop or comma goes inside the closing mark.
_OUTSIDE = re.compile(r"(\u201d|\u2019)([.,])")

speedups.install()
substitute.install()


@dataclass(frozen=True, slots=True)
class Formatted:
    """Formatted text in two forms: rich text (HTML, for word processors)
    and plain text."""

    text: str
    html: str


def styles(user_dir: Path | None = None) -> list[str]:
    """The style names the formatting functions accept, the default first."""
    return [info.name for info in stylebook.available(user_dir)]


def _item(citation: Citation, key: str, style: LoadedStyle) -> dict[str, Any]:
    data = csl_json.item(citation)
    data["id"] = key
    if "title" in data:
        # Quotation marks inside a quoted title become inner ones.
        data["title"] = inner_quotes(data["title"], style.outer, style.inner)
    # citeproc-py's HTML output does not escape the values it prints, so a
    # title reading "<i>x</i>" would become markup: escape them first (the
    # plain text is the HTML unescaped).
    return {k: v if k == "id" else _escaped(v) for k, v in data.items()}


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


class CitationFormatter:
    """Formats one post's reference and in-text citations in a style."""

    def __init__(
        self,
        citation: Citation,
        style: str | LoadedStyle = DEFAULT_STYLE,
        user_dir: Path | None = None,
    ) -> None:
        """``style`` is a style name, or a style already loaded (to format
        many posts without looking the name up for each)."""
        if isinstance(style, str):
            style = stylebook.load(style, user_dir)
        self.style = style
        self._key = "post"
        self._source = CiteProcJSON([_item(citation, self._key, self.style)])
        self._bibliography = self._new_bibliography()
        self._bibliography.register(CslCitation([CitationItem(self._key)]))
        self._with_locator: dict[bool, Formatted | None] = {}
        self._reference: Formatted | None = None

    def reference(self) -> str:
        """The reference-list entry as plain text."""
        return self.formatted_reference().text

    def formatted_reference(self) -> Formatted:
        """The reference-list entry, rich and plain."""
        if self._reference is None:
            entries = self._bibliography.bibliography()
            self._reference = self._tidy(str(entries[0]) if entries else "")
        return self._reference

    def in_text(self, paragraph: int | str | None = None) -> str:
        """The in-text citation as plain text, with a paragraph locator if
        given: "(Smith 2024, para. 4)", for a range ("2-4" or with an en
        dash) "(Smith 2024, paras. 2–4)". For a notes style, the note."""
        return self.formatted_in_text(paragraph).text

    def formatted_in_text(
        self, paragraph: int | str | None = None, part: int | None = None
    ) -> Formatted:
        """:meth:`in_text`, rich and plain. ``part``: the post is that part
        of a longer article (:class:`~quotemark.library.model.Reading`), so
        its paragraphs are counted within it: "(Smith 2024, pt. 1, para. 2)"."""
        if paragraph is None:
            return self._cite(CitationItem(self._key))
        locator = str(paragraph).replace("-", "\u2013")
        numbers = tuple(locator.split("\u2013"))
        plural = len(numbers) == 2
        if part is not None:
            # A cite item has one locator: the part is it (the style writes
            # its label, "pt. 1" or "Part 1"), the paragraph follows in the
            # style's own words for a paragraph. Rare: no template.
            term = self.style.style.root.get_term("paragraph", "short")
            label = (term.multiple if plural else term.single) if term is not None else ""
            label = str(label) or ("paras." if plural else "para.")
            item = CitationItem(
                self._key, locator=Locator("part", str(part)), suffix=f", {label} {locator}"
            )
            return self._cite(item)
        template = self._template(plural) if _NUMBERS.fullmatch(locator) else None
        if template is None:
            return self._cite(CitationItem(self._key, locator=Locator("paragraph", locator)))
        return Formatted(_fill(template.text, numbers), _fill(template.html, numbers))

    def _template(self, plural: bool) -> Formatted | None:
        # A paragraph number is opaque text to a style (citeproc-py prints
        # it as given, and asks only whether it is a number and whether it
        # is a range), so the citation is formatted once per post (singular
        # and plural) with a placeholder that every clip's numbers replace.
        # Not when the style formats the locator as a number of its own
        # ("4th"), nor when the placeholder is printed elsewhere too (a
        # title holding it): then each clip is formatted as it is.
        if plural not in self._with_locator:
            template: Formatted | None = None
            if _opaque_locator(self.style):
                placeholder = f"{_PLACEHOLDER}\u2013{_PLACEHOLDER}" if plural else _PLACEHOLDER
                item = CitationItem(self._key, locator=Locator("paragraph", placeholder))
                formatted = self._cite(item)
                count = 2 if plural else 1
                if (
                    formatted.text.count(_PLACEHOLDER) == count
                    and formatted.html.count(_PLACEHOLDER) == count
                ):
                    template = formatted
            self._with_locator[plural] = template
        return self._with_locator[plural]

    def _new_bibliography(self) -> Any:
        return CitationStylesBibliography(self.style.style, self._source, formatter.html)

    def _cite(self, item: CitationItem) -> Formatted:
        # Each citation is formatted as the first one of the post: a notes
        # style would otherwise shorten the second ("Smith, “Title,” 4.").
        bibliography = self._new_bibliography()
        cite = CslCitation([item])
        bibliography.register(cite)
        return self._tidy(str(bibliography.cite(cite, _ignore)))

    def _tidy(self, rich: str) -> Formatted:
        rich = " ".join(rich.split())
        if self.style.american:
            rich = _OUTSIDE.sub("\\2\\1", rich)
        rich = _DOUBLED_STOP.sub("\\1\\2", rich)
        return Formatted(_DOUBLED_STOP.sub("\\1\\2", html.unescape(_TAG.sub("", rich))), rich)


def _fill(template: str, numbers: Sequence[str]) -> str:
    for number in numbers:
        template = template.replace(_PLACEHOLDER, number, 1)
    return template


@functools.lru_cache(maxsize=32)
def _opaque_locator(style: LoadedStyle) -> bool:
    """Whether ``style`` prints a locator only as its text (``cs:text``),
    never through ``cs:number``, which could write "12" as "12th"."""
    root = style.style.xml.getroot()
    return not any(element.get("variable") == "locator" for element in root.iter(f"{_CSL}number"))


def _part(citation: Citation) -> int | None:
    # The part of a longer article the post is (its clips' paragraphs are
    # counted within it), or None.
    reading = citation.metadata.reading
    return reading.part if reading is not None else None


def _ignore(_: object) -> None:
    """citeproc-py reports unknown keys through a callback; ours all exist."""


def format_citation(citation: Citation, style: str = DEFAULT_STYLE) -> str:
    """The reference-list entry for ``citation``'s post as plain text, e.g.
    ``Smith, Zoë. 2024. “Title.” Syria Direct. January 2, 2024. https://...``.
    A clip is cited by its post: pair this with :func:`format_in_text` for
    the paragraph."""
    try:
        return CitationFormatter(citation, style).reference()
    except ExportError:
        raise
    except Exception as error:  # citeproc-py raises bare exceptions on odd data
        raise _failed(citation, error) from error


def format_in_text(citation: Citation, style: str = DEFAULT_STYLE) -> str:
    """The in-text citation, with the clip's paragraph (or range) as
    locator when ``citation`` is a clip: ``(Smith 2024, para. 4)``."""
    paragraph = passages.paragraph_range(citation.clip) if citation.clip else None
    try:
        formatter = CitationFormatter(citation, style)
        return formatter.formatted_in_text(paragraph, _part(citation)).text
    except ExportError:
        raise
    except Exception as error:  # as above
        raise _failed(citation, error) from error


def format_clips(
    citations: Sequence[Citation], style: str = DEFAULT_STYLE, user_dir: Path | None = None
) -> Formatted:
    """ "Copy as citation": each clip as its quoted passage, speaker and
    in-text citation (``“passage” — Speaker (Smith 2024, para. 4)``; for a
    notes style the note follows the passage), then the reference of each
    post, once. Post citations without a clip give just the reference.
    Each post is formatted once however many of its clips are given."""
    loaded = stylebook.load(style, user_dir)
    formatters: dict[str, CitationFormatter] = {}
    quoted_text: list[str] = []
    quoted_html: list[str] = []
    for citation in citations:
        try:
            post = formatters.get(citation.post_key)
            if post is None:
                post = formatters[citation.post_key] = CitationFormatter(citation, loaded)
            clip = citation.clip
            if clip is None:
                continue
            cite = post.formatted_in_text(passages.paragraph_range(clip), _part(citation))
        except ExportError:
            raise
        except Exception as error:  # as above
            raise _failed(citation, error) from error
        passage = passages.quoted(clip.text, post.style.outer, post.style.inner)
        who = passages.speaker(clip)
        said = f"{passage} \u2014 {who}" if who else passage
        gap = "\n" if post.style.notes else " "
        quoted_text.append(f"{said}{gap}{cite.text}")
        rich_gap = "<br>" if post.style.notes else " "
        quoted_html.append(f"<p>{html.escape(said, quote=False)}{rich_gap}{cite.html}</p>")
    references = [f.formatted_reference() for f in formatters.values()]
    text = "\n\n".join([*quoted_text, *(r.text for r in references)])
    rich = "".join([*quoted_html, *(f"<p>{r.html}</p>" for r in references)])
    return Formatted(text, rich)


def _failed(citation: Citation, error: Exception) -> ExportError:
    return ExportError(f"Could not format a citation for {citation.post_key!r}: {error}")
