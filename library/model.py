"""Domain values shared by every layer of Quotemark.

Everything here is a frozen, slotted dataclass or a string enum: plain data
that crosses threads, processes and the Qt boundary without surprises.

Text positions
--------------
A post's canonical text is the text of its blocks. Block text never contains
``"\\n"``; a line break inside a block (``<br>``, a code line, a table row) is
``"\\u2028"`` (LINE SEPARATOR), which QTextDocument also treats as a line break
inside one block. That keeps "one Block = one QTextBlock" exact, so a cursor
position in the reader is a :class:`Span` position without translation.

Offsets are Python ``str`` indices (code points). Qt counts UTF-16 code units;
the GUI converts in exactly one place (``quotemark.app.reader.positions``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

LINE_BREAK = "\u2028"
"""The in-block line break (see the module docstring)."""


class BlockKind(StrEnum):
    """What a block of an article is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BLOCKQUOTE = "blockquote"
    CAPTION = "caption"
    LIST_ITEM = "list_item"
    IMAGE = "image"
    CODE = "code"
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink inside a block: ``text[start:end]`` links to ``url``."""

    start: int
    end: int
    url: str


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of an article's body, in reading order.

    ``level`` is the heading level (1-6) for headings and the nesting depth
    for list items and block quotes, 0 otherwise. An image block's ``text``
    is its alt text (may be empty) and ``resource`` names the
    :class:`Resource` that holds its bytes (``None`` for a remote image,
    which is never fetched).
    """

    kind: BlockKind
    text: str
    links: tuple[Link, ...] = ()
    level: int = 0
    resource: str | None = None


@dataclass(frozen=True, slots=True)
class Resource:
    """A file that belongs to a post (an image from a ``_files/`` folder or an
    MHTML part). ``name`` is unique within the post and is what
    :attr:`Block.resource` refers to; ``location`` is where it came from."""

    name: str
    media_type: str
    data: bytes
    location: str = ""


@dataclass(frozen=True, slots=True)
class TextRepair:
    """Where the text read differs from the saved file's bytes: text garbled
    by a wrong encoding ("PeÃ±a", "â€œ") that the import restored
    (:mod:`quotemark.library.importers.mojibake`). ``places`` is how many
    garbled pieces were restored, ``samples`` the first few different ones
    as (garbled, restored) words."""

    places: int
    samples: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """As stored with the post and shown by ``extract --json``."""
        return {"places": self.places, "samples": [list(pair) for pair in self.samples]}

    @classmethod
    def from_json(cls, data: object) -> TextRepair | None:
        """Read back what :meth:`to_json` wrote (``None`` for anything else:
        a post stored before repairs were recorded, or a damaged value)."""
        if not isinstance(data, dict):
            return None
        try:
            places = int(data["places"])
            samples = tuple((str(a), str(b)) for a, b in data.get("samples") or ())
        except (KeyError, TypeError, ValueError, OverflowError):  # (1e999: int(inf))
            return None
        return cls(places, samples) if places > 0 else None


class SourceFormat(StrEnum):
    """The on-disk format an input was recognised as (by content)."""

    HTML = "html"
    WEB_PAGE_COMPLETE = "web_page_complete"
    MHTML = "mhtml"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """An input file read and decoded, before extraction.

    Exactly one of ``html`` and ``text`` is set. ``resources`` holds the
    local files the document refers to, keyed by every reference under which
    the HTML may name them (relative path, absolute URL, ``cid:``), all
    mapping to the same :class:`Resource`. ``original`` is the bytes read from
    disk (for MHTML and single files) so the post can be re-extracted later;
    for a "Web page, complete" it is the HTML file's bytes. ``html_utf8``,
    when set, is exactly ``html.encode("utf-8")`` (the bytes read, when they
    were UTF-8 or ASCII as they stand): the parser takes it instead of
    encoding the page again. ``repaired``, when set, says the text differs
    from the bytes read: mojibake was restored (:class:`TextRepair`).
    ``images_left_out``: the files of a "Web page, complete" the page shows
    that were not kept for their size (the reader has a hole there).
    """

    path: str
    format: SourceFormat
    original: bytes
    html: str | None = None
    text: str | None = None
    url: str | None = None
    saved_at: str | None = None
    encoding: str | None = None
    resources: dict[str, Resource] = field(default_factory=dict)
    html_utf8: bytes | None = field(default=None, compare=False, repr=False)
    repaired: TextRepair | None = None
    images_left_out: tuple[str, ...] = ()


class TextSource(StrEnum):
    """Where a post's body text was read from on its page."""

    PAGE = "page"
    """What the page shows (its markup's text): the usual case."""
    DATA = "data"
    """The page's stated data (its JSON-LD ``articleBody``): the page built
    its text with scripts and was saved before they ran, so the text is what
    the page says its article is, not what a reader saw (its paragraphing
    may be lost)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What a researcher should know about where a post's text came from
    before quoting or citing it. ``part`` and ``parts``: the page says it is
    part ``part`` of ``parts`` of a longer article (a "Page 1 of 3" beside a
    link to the next page), so the text is that part only. ``source``: the
    page's shown text or its stated data (:class:`TextSource`)."""

    part: int | None = None
    parts: int | None = None
    source: TextSource = TextSource.PAGE

    def __bool__(self) -> bool:
        return self.part is not None or self.source is not TextSource.PAGE

    def part_words(self) -> str:
        """ "part 1 of 3" (or "part 2" when the page did not say how many)
        for a page that is one part of a longer article, "" otherwise: what
        leads a clip's locator, whose paragraphs are counted within that
        part (a bare "¶ 4" would point into the whole article's first page)."""
        if self.part is None:
            return ""
        return f"part {self.part} of {self.parts}" if self.parts else f"part {self.part}"

    def told(self) -> str:
        """What the researcher is told (the Info tab and ``show`` alike):
        calm, a fact to weigh before quoting, not a fault."""
        said: list[str] = []
        if self.part is not None:
            of = f" of {self.parts}" if self.parts else ""
            said.append(
                f"This page says it is part {self.part}{of} of a longer article; only this "
                "part was saved, so a quotation or citation from it may be incomplete."
            )
        if self.source is TextSource.DATA:
            said.append(
                "The text is the article as the page's data states it: the page built its "
                "text with scripts, and was saved before they ran. Its paragraphs may differ "
                "from what the page showed."
            )
        return " ".join(said)

    def to_json(self) -> dict[str, Any]:
        """As stored with the post (only what differs from the usual)."""
        data: dict[str, Any] = {}
        if self.part is not None:
            data["part"] = [self.part, self.parts]
        if self.source is not TextSource.PAGE:
            data["source"] = str(self.source)
        return data

    @classmethod
    def from_json(cls, data: object) -> Reading | None:
        """Read back what :meth:`to_json` wrote (``None`` for nothing to
        tell: a post stored before readings were recorded, or a damaged
        value)."""
        if not isinstance(data, dict):
            return None
        part: int | None = None
        parts: int | None = None
        try:
            if data.get("part") is not None:
                first, total = data["part"]
                part = int(first)
                parts = int(total) if total is not None else None
            source = TextSource(data.get("source", TextSource.PAGE))
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        reading = cls(part, parts, source)
        return reading if reading else None


@dataclass(frozen=True, slots=True)
class Scholarly:
    """A journal article's facts beside its web page's: the DOI (normalised,
    ``10.1234/abc``: its prefix lower-cased, no ``https://doi.org/`` or
    ``doi:``), the journal it appeared in, its volume, issue and pages
    (``"101–118"``, an en dash between the first and the last; or one page
    or article number, ``"e1234"``). A preprint's or a report's facts: the
    ``archive`` that holds it (``"arXiv"``, ``"bioRxiv"``, ``"SSRN"``, or the
    institution that issued a technical report), its ``eprint`` there (the
    arXiv identifier ``2103.01234``, the SSRN abstract number, the report's
    number) and the arXiv primary class (``eprint_class``, ``cs.CL``). A
    published article keeps its preprint's archive and identifier beside its
    journal and DOI. The ``publisher`` the page names (``Elsevier``, a
    report's publishing house, ``Cold Spring Harbor Laboratory``; never a
    person, and not when it is the preprint server the ``archive`` already
    names). Each ``None`` when the page does not state it."""

    doi: str | None = None
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    archive: str | None = None
    eprint: str | None = None
    eprint_class: str | None = None
    publisher: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in SCHOLARLY_FIELDS)

    def preprint_archive(self) -> str | None:
        """The preprint server holding it (``arXiv``, ``bioRxiv``, ...), or
        ``None`` (no archive, or a report's institution)."""
        return self.archive if self.archive in PREPRINT_ARCHIVES else None

    def page_range(self) -> tuple[str, str | None] | None:
        """The first and last page (``None`` for a single page or article
        number); ``None`` without pages."""
        if not self.pages:
            return None
        first, dash, last = self.pages.partition("\u2013")
        return (first, last) if dash and last else (first, None)

    def doi_url(self) -> str | None:
        """The DOI as the link it resolves by (``https://doi.org/10...``)."""
        return f"https://doi.org/{self.doi}" if self.doi else None


SCHOLARLY_FIELDS: tuple[str, ...] = (
    "doi",
    "journal",
    "volume",
    "issue",
    "pages",
    "archive",
    "eprint",
    "eprint_class",
    "publisher",
)
""":class:`Scholarly`'s fields, in order (the ``posts`` columns that hold
them have the same names)."""

PREPRINT_ARCHIVES: frozenset[str] = frozenset(
    ("arXiv", "bioRxiv", "medRxiv", "SSRN", "ChemRxiv", "PsyArXiv", "SocArXiv", "OSF Preprints",
     "Research Square", "Preprints.org", "EarthArXiv", "TechRxiv", "HAL")
)  # fmt: skip
"""Preprint servers by the names their citations use: an ``archive`` of
:class:`Scholarly` among them is a preprint's; any other, a report's
issuing institution."""

PREPRINT_ARCHIVE_NAMES: dict[str, str] = {name.casefold(): name for name in PREPRINT_ARCHIVES} | {
    "social science research network": "SSRN",
    "arxiv.org": "arXiv",
    "biorxiv.org": "bioRxiv",
    "medrxiv.org": "medRxiv",
    "ssrn.com": "SSRN",
    "preprints": "Preprints.org",
}
"""A preprint server's name as pages write it or a researcher types it,
case folded ("arxiv", "biorxiv.org", "Social Science Research Network"),
and the name of :data:`PREPRINT_ARCHIVES` its citations use: the one table
of the servers' names that extraction (a journal title naming the server)
and a correction of ``archive`` read (stop 47; two tables before)."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """Bibliographic facts about a post.

    ``published`` is ISO 8601: ``YYYY-MM-DD`` or a full timestamp with its
    offset, as precise as the page states it; ``None`` when unknown.
    ``language`` is a BCP 47 tag such as ``en`` or ``pt-BR``.
    ``entry_type`` is what the researcher says the post is (``blog``,
    ``news``, ``web`` or ``journal``, a journal article; ``None``: not said,
    exported as a web page, or as a journal article when ``scholarly``
    names its journal).
    ``scholarly``: a journal article's DOI, journal, volume, issue and
    pages, as its landing page states them (``None`` for any other page).
    ``confidence`` is how sure the extractor is of ``title``, ``authors``
    and ``published`` (pairs of field name and 0..1, from where on the page
    it found them); it is no bibliographic fact, so equality ignores it.
    ``reading``: what the page said about its text (part N of M of a longer
    article; text read from the page's data): ``None`` for nothing to tell.
    Stored beside the post's document, not its columns, so equality
    ignores it too.
    """

    title: str = ""
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    entry_type: str | None = None
    scholarly: Scholarly | None = None
    confidence: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    reading: Reading | None = field(default=None, compare=False)

    def sureness(self, name: str) -> float:
        """The extractor's confidence in field ``name`` (1.0 when it gave none)."""
        return next((sure for field_name, sure in self.confidence if field_name == name), 1.0)


@dataclass(frozen=True, slots=True)
class Article:
    """The result of extraction: metadata and the body as ordered blocks."""

    metadata: Metadata
    blocks: tuple[Block, ...]
    resources: tuple[Resource, ...] = ()


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in a post's canonical text: block index and offset in it."""

    block: int
    offset: int


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a post's text, possibly across blocks.

    ``start`` is inclusive and ``end`` exclusive. ``text`` is the exact text
    covered (blocks joined with ``"\\n"``) so the span can be found again if a
    better extractor moves the offsets.
    """

    start: Position
    end: Position
    text: str

    @property
    def block(self) -> int:
        """The block the span starts in."""
        return self.start.block


class QuoteKind(StrEnum):
    """How a quotation appears in the text."""

    BLOCK = "block"  # a paragraph (or several) that is all quotation
    INLINE = "inline"  # a quotation inside running text
    PARTIAL = "partial"  # a fragment quoted inside reported speech
    NESTED = "nested"  # a quotation inside another quotation


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quotation.

    ``name`` is a person's or an outlet's name (``None`` when the text only
    describes the speaker); ``role`` is the description ("Syrian Army
    spokesman"). ``span`` is where the attribution stands in the text.
    ``confidence`` is in [0, 1].
    """

    name: str | None
    role: str | None = None
    confidence: float = 0.0
    span: Span | None = None

    @property
    def label(self) -> str:
        """What to show for the speaker: the name, else the role."""
        return self.name or self.role or ""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation. ``span`` covers the quoted words without their
    marks; for a ``PARTIAL`` quotation it covers the reported clause the marked
    words stand in (``the plan was “a disaster” on Monday``). ``parent`` is the
    index (in the same analysis) of the quotation this one is nested in.
    ``marked`` holds, for a ``PARTIAL`` quotation, the words inside its
    quotation marks (the only verbatim ones), as the core paired them.
    ``extent_confidence`` is how sure the analysis is of where the quotation
    starts and ends (1.0: a researcher's, or marks that pair cleanly; lower
    for a quotation that ran on without its closing mark, spans paragraphs,
    or is a reported clause whose end was guessed)."""

    span: Span
    kind: QuoteKind
    speaker: Speaker | None = None
    parent: int | None = None
    marked: tuple[Span, ...] = ()
    extent_confidence: float = 1.0


class SourceKind(StrEnum):
    """What kind of thing a post cites."""

    AGENCY = "agency"  # AP, Reuters, AFP
    OUTLET = "outlet"  # newspapers, broadcasters, sites
    ORGANISATION = "organisation"  # NGOs, ministries, militaries, observatories
    PERSON = "person"
    LINK = "link"  # a hyperlink


@dataclass(frozen=True, slots=True)
class Source:
    """Something cited. ``name`` is the canonical name ("Associated Press"
    for "AP"); the same (kind, name) is one Source across the library."""

    name: str
    kind: SourceKind
    url: str | None = None


class MentionKind(StrEnum):
    """How a source is cited at a mention."""

    CREDIT = "credit"  # "(..., via AP)", "Photo: ...", "h/t ..."
    ATTRIBUTION = "attribution"  # "X said", "according to X"
    QUOTE_CREDIT = "quote_credit"  # an outlet credited for a quote block
    LINK = "link"  # a hyperlink
    MENTION = "mention"  # named otherwise


@dataclass(frozen=True, slots=True)
class Mention:
    """A place where a post cites a source: ``source`` indexes the analysis'
    sources."""

    source: int
    span: Span
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class Analysis:
    """What analysis found in an article."""

    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class PostSummary:
    """A row of the library list."""

    id: int
    key: str
    title: str
    authors: tuple[str, ...]
    published: str | None
    site: str | None
    url: str | None
    imported: str
    quote_count: int
    clip_count: int
    damaged: bool = False
    """Part of the post's row cannot be read (``quotemark check`` says
    which); re-extract or delete it."""
    imported_by: str | None = None
    """Who imported it (None: before Quotemark recorded it)."""


@dataclass(frozen=True, slots=True)
class Post:
    """A stored post with everything the reader shows."""

    id: int
    key: str
    metadata: Metadata
    blocks: tuple[Block, ...]
    analysis: Analysis
    resources: tuple[Resource, ...]
    imported: str
    file_name: str
    content_hash: str
    imported_by: str | None = None
    """Who imported it (None: before Quotemark recorded it)."""


@dataclass(frozen=True, slots=True)
class Processed:
    """A file read, extracted and analysed (:func:`quotemark.library.pipeline.process`):
    what an import stores and re-extraction recomputes."""

    raw: RawDocument
    article: Article
    analysis: Analysis
    content_hash: str


@dataclass(frozen=True, slots=True)
class Clip:
    """A passage the researcher kept.

    ``paragraph`` is the 1-based number of the block the clip starts in: the
    locator shown in the reader's margin and used in exports. ``key`` is the
    citation key, assigned once and never changed by Quotemark.
    """

    id: int
    post_id: int
    key: str
    span: Span
    speaker: str | None
    role: str | None
    quote_index: int | None
    paragraph: int
    note: str
    tags: tuple[str, ...]
    created: str
    # Who made it (a database role, an OS user or a display name); None for
    # clips made before Quotemark recorded it.
    made_by: str | None = None
    # The post was re-extracted or replaced and this clip's passage is no
    # longer in its text: it keeps its old place and text, never deleted.
    lost: bool = False
    # For a quotation inside a quotation (“My father told me, ‘Never trust
    # the tide’”): the outer quotation's speaker, who quoted these words (a
    # name, or a role when the analysis has no name). None for any other
    # clip, and for nested clips made before Quotemark recorded it.
    quoted_by: str | None = None

    @property
    def text(self) -> str:
        """The exact clipped text."""
        return self.span.text


def quoted_by_words(speaker: str, quoted_by: str | None) -> str:
    """Who said a clip's words as one phrase: ``speaker`` alone, or with who
    quoted them as citation styles put it for a quotation found inside
    another ("Ada Lind’s father, quoted by Ada Lind"; "quoted by Ada
    Lind" when the inner speaker is unknown)."""
    if not quoted_by:
        return speaker
    return f"{speaker}, quoted by {quoted_by}" if speaker else f"quoted by {quoted_by}"


@dataclass(frozen=True, slots=True)
class Citation:
    """What exporters consume: a post, and optionally one clip of it."""

    post_key: str
    metadata: Metadata
    accessed: str  # ISO date the post was imported (the web "urldate")
    clip: Clip | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """What a mutation changed, so views update just that.

    Posts and clips by id (added, changed, removed); ``quotes_changed`` names
    the posts whose quotations were computed again; ``sources_changed`` the
    sources that gained or lost mentions; ``tags_changed`` the tags that
    gained or lost clips or posts; ``collections_changed`` the collections
    made, renamed, moved, removed or whose posts changed; ``search_changed``
    that the search index reads differently.
    """

    posts_added: tuple[int, ...] = ()
    posts_changed: tuple[int, ...] = ()
    posts_removed: tuple[int, ...] = ()
    clips_added: tuple[int, ...] = ()
    clips_changed: tuple[int, ...] = ()
    clips_removed: tuple[int, ...] = ()
    quotes_changed: tuple[int, ...] = ()
    sources_changed: tuple[int, ...] = ()
    tags_changed: tuple[str, ...] = ()
    collections_changed: tuple[int, ...] = ()
    search_changed: tuple[str, ...] = ()
    """Why a search may list other posts for the same words though no post
    changed (``"derived"``: the fill of schema 18's derived search text
    ended, so a word inside a Japanese run is found from then on)."""

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in CHANGE_FIELDS)

    def posts_touched(self) -> frozenset[int]:
        """Every post this change names (added, changed or removed)."""
        return frozenset(self.posts_added + self.posts_changed + self.posts_removed)


CHANGE_FIELDS: tuple[str, ...] = (
    "posts_added",
    "posts_changed",
    "posts_removed",
    "clips_added",
    "clips_changed",
    "clips_removed",
    "quotes_changed",
    "sources_changed",
    "tags_changed",
    "collections_changed",
    "search_changed",
)
"""The fields of :class:`Change`, in order (the change log stores them by name)."""


_UNNUMBERED = frozenset({BlockKind.HEADING, BlockKind.IMAGE})


def paragraph_numbers(blocks: tuple[Block, ...] | list[Block]) -> list[int | None]:
    """The paragraph number shown in the reader's margin for each block.

    Paragraphs, quotes, captions, list items, code and tables are numbered
    from 1 in reading order; headings and images are not (``None``). These
    numbers are the locators that clips and exports use.
    """
    numbers: list[int | None] = []
    count = 0
    for block in blocks:
        if block.kind in _UNNUMBERED:
            numbers.append(None)
        else:
            count += 1
            numbers.append(count)
    return numbers


def paragraph_locator(blocks: tuple[Block, ...] | list[Block], index: int) -> int:
    """The paragraph number a passage starting in block ``index`` is cited by:
    its own number, or for a heading or image the next numbered block's (the
    passage introduces it), or the last one's at the end of the post."""
    numbers = paragraph_numbers(blocks)
    for number in numbers[index:]:
        if number is not None:
            return number
    for number in reversed(numbers[:index]):
        if number is not None:
            return number
    return 1
