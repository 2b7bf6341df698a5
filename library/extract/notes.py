"""Note reference markers taken out of the running text.

A footnote or citation reference is a superscript number ("notable.¹",
"research [2]"). Blocks are plain text, so the superscript becomes a digit
glued to the word before it ("notable.1", "The main2 benefits"): a quoted
passage then carries a wrong number, and the sentence misreads. The notes
themselves stay, each with its own number, so nothing the reader needs is
lost.

A marker is taken out only when the page shows it is a reference: it links
to a place on the page (``href="#fn1"``, ``#cite_note-3``), or it is a bare
superscript whose number also labels a note elsewhere on the page (a note's
own leading number, or its place in a numbered list of notes in an
``<aside>``). An
exponent ("mc<sup>2</sup>", "km<sup>2</sup>") is neither, and stays.

A side note set inside the sentence it annotates (Tufte CSS's ``sidenote``
and ``marginnote``, org-mode's export) is shown in the margin, but in the
HTML its text sits in the middle of the paragraph ("a reference.1 This is
the note. More text continues"): it becomes a paragraph of its own after
the text around it (at the end of the container of its paragraph, as
footnotes follow an article), so the sentence reads whole, and the note
keeps its number. The marker it leaves (a ``<label>`` org-mode numbers) goes
like any other.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.cleaning import drop_element, is_attached

_MARKER = re.compile(r"^[\[(]?(?:\d{1,3}|[*\u2020\u2021\u00a7])[\])]?$")
_NOTE_NAME = re.compile(r"fn|foot|note|cite|ref|sidenote", re.IGNORECASE)
_INLINE = frozenset({"span", "a", "em", "i", "b", "strong", "sup", "small", "u", "mark"})


def move_sidenotes(sidenotes: list[etree._Element], root: etree._Element) -> None:
    """Move each inline side note among ``sidenotes`` (noted by the survey)
    under ``root`` out of its sentence, to a paragraph of its own at the end
    of the container of the paragraph it sits in (see the module doc). A
    note that is a block of its own (a ``<div>`` beside the text) is left
    where it is."""
    for note in sidenotes:
        if note.tag not in _INLINE or not is_attached(note, root):
            continue
        block = _paragraph_of(note)
        container = block.getparent() if block is not None else None
        if container is None:
            continue
        drop_element(note)  # out of the sentence; the text after it stays
        note.tail = None
        note.tag = "p"
        note.attrib.clear()
        # After the paragraphs around it, as footnotes follow the text.
        container.append(note)


def _paragraph_of(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        # Only a <p>: in a list item, a table cell or a definition the note
        # stays, as a paragraph added beside it would break the list or row.
        if ancestor.tag == "p":
            return ancestor
        if ancestor.tag not in _INLINE:
            return None
    return None


def drop_note_markers(candidates: list[etree._Element], root: etree._Element) -> None:
    """Remove, in place, the note reference markers among ``candidates``
    (the page's ``<sup>`` elements and in-page links, noted by the survey)
    under ``root`` (see the module doc)."""
    labels: set[str] = set()
    markers: list[tuple[etree._Element, str, bool]] = []
    for element in candidates:
        if not is_attached(element, root):
            continue
        text = "".join(str(part) for part in element.itertext()).strip()
        if not _MARKER.match(text):
            continue
        number = text.strip("[]()")
        if not _follows_text(element):
            if element.tag == "sup":
                labels.add(number)  # "<sup>1</sup> The note ..." labels a note
            continue
        markers.append((element, number, _links_to_note(element)))
    listed: dict[str, etree._Element] = {}
    if any(
        not linked and element.tag in ("sup", "label") and number not in labels
        for element, number, linked in markers
    ):
        # Only then look for notes kept as a numbered list beside the text.
        listed = _listed_notes(root)
    for element, number, linked in markers:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag == "a" and parent.tag == "sup":
            continue  # the <sup> around it is the marker
        if linked or (element.tag in ("sup", "label") and number in labels):
            drop_element(element)
        elif element.tag in ("sup", "label") and number in listed:
            drop_element(element)
            # A list item's number is not part of its text: the note says
            # it, as a note with its own label does ("1 The note").
            item = listed.pop(number)
            item.text = f"{number} {item.text or ''}"


def _listed_notes(root: etree._Element) -> dict[str, etree._Element]:
    """The numbers of notes kept as an ordered list in an ``<aside>`` beside
    the text (``<aside><ol start="2"><li>The note</li></ol></aside>``), each
    with its item: each item is a note, numbered from the list's start. A
    list of links there (most read, related stories) numbers no notes."""
    numbers: dict[str, etree._Element] = {}
    for listing in root.iter("ol"):
        if next(listing.iterancestors("aside"), None) is None:
            continue
        start = listing.get("start") or "1"
        first = int(start) if start.isdigit() else 1
        items = [item for item in listing if item.tag == "li"]
        for offset, item in enumerate(items):
            text = "".join(str(part) for part in item.itertext()).strip()
            linked = sum(len("".join(str(p) for p in a.itertext())) for a in item.iter("a"))
            if text and linked * 2 < len(text):
                numbers.setdefault(str(first + offset), item)
    return numbers


def _links_to_note(element: etree._Element) -> bool:
    links = [element] if element.tag == "a" else list(element.iter("a"))
    for link in links:
        href = (link.get("href") or "").strip()
        if not href.startswith("#"):
            continue
        if element.tag == "sup":
            return True  # a superscript linking into the page
        names = f"{href} {link.get('class') or ''} {link.get('id') or ''}"
        if _NOTE_NAME.search(names):
            return True
    return False


def _follows_text(element: etree._Element) -> bool:
    # A reference follows the words it annotates; a note's own label opens
    # its block.
    current = element
    while True:
        previous = current.getprevious()
        if previous is not None:
            if (previous.tail or "").strip():
                return True
            if "".join(str(part) for part in previous.itertext()).strip():
                return True
            current = previous
            continue
        parent = current.getparent()
        if parent is None:
            return False
        if (parent.text or "").strip():
            return True
        if parent.tag not in _INLINE:
            return False
        current = parent
