"""Plain text to an :class:`~quotemark.library.model.Article`.

A post saved as text (copied from a blog, "Save as text") keeps the page's
chrome as lines of its own: "Labels: ...", "Follow @x Tweet", share buttons,
"Newer Post Older Post Home". Those lines are dropped (:mod:`.chrome`), and
what they say about the post (its author, its date) is kept. A date line and
a title may lead (:mod:`.head`).

Paragraphs are separated by blank lines. Inside a paragraph, single line
breaks are judged (:mod:`.lines`): text hard-wrapped at a fixed width is
joined back into one paragraph; lines that are items of their own (a
quotation, then its attribution, then a photo caption, as blogs paste them)
stay separate blocks (:mod:`.blocks`).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from quotemark.library.analyze.signatures import signature_owner
from quotemark.library.errors import NoArticle
from quotemark.library.extract.text.blocks import (
    Item,
    block_items,
    caption_pairs,
    heading_candidate,
    section_heading,
    transcript_turn,
)
from quotemark.library.extract.text.chrome import Facts, is_chrome
from quotemark.library.extract.text.dates import find_date, parse_date
from quotemark.library.extract.text.head import take_lead
from quotemark.library.extract.text.language import guess_language
from quotemark.library.extract.text.lines import (
    CLOSING_QUOTES,
    SPACES,
    paragraph_groups,
    split_lines,
    wrap_width,
)
from quotemark.library.extract.text.links import linked
from quotemark.library.model import Article, Block, BlockKind, Metadata, RawDocument

__all__ = ["extract_text", "find_date", "guess_language", "parse_date"]


def extract_text(doc: RawDocument) -> Article:
    """Extract the article from a plain-text document.

    Raises :class:`~quotemark.library.errors.NoArticle` (naming the file) when nothing
    but chrome is left.
    """
    facts = Facts()
    lines = split_lines(doc.text or "")
    chrome = [
        bool(line.strip()) and is_chrome(SPACES.sub(" ", line).strip(), facts) for line in lines
    ]
    _keep_signature_marks(lines, chrome)
    lines = take_lead(lines, chrome, facts)
    groups = paragraph_groups(
        ["" if flag else line for line, flag in zip(lines, chrome, strict=True)]
    )
    width = wrap_width(groups)
    made = [(len(group), block_items(group, width)) for group in groups]
    items: list[Item] = []
    after_candidate = False
    firsts: list[Item | None] = [None] * (len(made) + 1)
    for index in range(len(made) - 1, -1, -1):
        firsts[index] = made[index][1][0] if made[index][1] else firsts[index + 1]
    for index, (size, group_items) in enumerate(made):
        following = firsts[index + 1]
        candidate = (
            size == 1
            and len(group_items) == 1
            and heading_candidate(group_items[0])
            # ("HOST: Have you?" between "LIND: ..." turns: a transcript's
            # short turn, no heading; s44-refs)
            and not transcript_turn(group_items[0], items[-1] if items else None, following)
        )
        title_case = (
            candidate
            and not after_candidate
            and not (items and items[-1].last.rstrip()[-1:] in CLOSING_QUOTES)
            and following is not None
            and not heading_candidate(following)
        )
        # A sentence-case heading ("Lost and found") between two paragraphs.
        sentence_case = (
            size == 1
            and len(group_items) == 1
            and not candidate
            and section_heading(group_items[0], items[-1] if items else None, following)
        )
        if title_case or sentence_case:
            group_items = [Item(BlockKind.HEADING, group_items[0].text, 2)]
        after_candidate = candidate
        items.extend(group_items)
    blocks: list[Block] = []
    for item in caption_pairs(items):
        text, links = linked(SPACES.sub(" ", item.text).strip())
        if text:
            blocks.append(Block(item.kind, text, links, item.level))
    name = doc.path
    if not any(block.kind is not BlockKind.HEADING for block in blocks):
        raise NoArticle(
            f"{name}: no article text was found in this file (only blank lines or blog "
            "chrome such as labels and share buttons).",
            path=doc.path,
        )
    authors = facts.authors or facts.handles
    title = facts.title or _title_from_name(doc.path)
    sample = _sample(blocks)
    metadata = Metadata(
        title=SPACES.sub(" ", title).strip(),
        authors=tuple(authors),
        description=facts.description,
        published=facts.published,
        url=doc.url or facts.url,
        language=guess_language(sample),
        confidence=_confidence(doc, facts, len(sample)),
    )
    return Article(metadata, tuple(blocks))


def _keep_signature_marks(lines: list[str], chrome: list[bool]) -> None:
    """Keep a mail signature's "-- " line (a separator, dropped as chrome)
    where the line right under it names someone: what follows is that
    person's signature, and a motto in marks in it is theirs, not a
    quotation of whoever the message named last (the analysis reads it)."""
    for index, flag in enumerate(chrome[:-1]):
        if flag and lines[index].rstrip() == "--" and signature_owner(lines[index + 1]):
            chrome[index] = False


# How sure each field of a text post is. Text states nothing for machines:
# what its lines say ("Posted by …", a date line, a title line) is read off
# the page, as a byline is in HTML (0.6, listed for review); the file's name
# as the title and a bare @handle as the author are guesses (0.5); the URL
# the importer knows (the saved-from line) is sure; nothing found is
# usually right (0.75, not listed), as for HTML.
_SURE_KNOWN = 0.85
_SURE_READ = 0.6
_SURE_GUESSED = 0.5
_SURE_NONE = 0.75
_SURE_LANGUAGE_TEXT = 400
"""Characters of body below which the language guess is listed for review."""


def _confidence(doc: RawDocument, facts: Facts, sample: int) -> tuple[tuple[str, float], ...]:
    """The extractor's confidence in each field of a text post."""
    authors = _SURE_READ if facts.authors else _SURE_GUESSED if facts.handles else _SURE_NONE
    url = _SURE_KNOWN if doc.url else _SURE_READ if facts.url else _SURE_NONE
    return (
        ("title", _SURE_READ if facts.title else _SURE_GUESSED),
        ("authors", authors),
        ("published", _SURE_READ if facts.published else _SURE_NONE),
        ("url", url),
        ("language", _SURE_KNOWN if sample >= _SURE_LANGUAGE_TEXT else _SURE_READ),
    )


def _sample(blocks: list[Block], size: int = 20000) -> str:
    """The first ``size`` characters or so of the body: enough to tell its
    language without joining a whole book."""
    parts: list[str] = []
    length = 0
    for block in blocks:
        parts.append(block.text)
        length += len(block.text) + 1
        if length >= size:
            break
    return " ".join(parts)


def _title_from_name(path: str) -> str:
    """A title when the text states none: the file's name, readable."""
    stem = PurePath(path).stem
    return re.sub(r"[_-]+", " ", stem).strip() or stem
