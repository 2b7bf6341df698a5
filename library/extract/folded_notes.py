"""A footnote folded into its marker until the reader hovers or clicks it
(s50-body).

A page that shows its notes as pop-ups writes each one inside the sentence
it annotates: an inline wrapper holding the note's number (or ``*``, ``†``)
and the note itself, an inline element hidden by its style until the
marker is hovered or clicked (``<span class="fn">1<span class="fn-body"
style="display:none">The note.</span></span>``). Dropped as hidden, every
note of such a page was lost: the page's notes are part of what it says,
and a reader who hovers sees each one. The construction is the wrapper's:
a hidden inline element whose parent is inline, holds nothing else but a
marker, and is named as a note (``fn``, ``foot``, ``note``, ``cite``,
``ref``, in its class or its parent's) is kept, and moved out of its
sentence, its number with it, to a paragraph after the text like a side note
(:func:`~quotemark.library.extract.notes.move_sidenotes`). A hidden tooltip
named otherwise, a hidden note with no marker around it, or a hidden panel
that is a block stays hidden."""

from __future__ import annotations

import re

from lxml import etree

_INLINE = frozenset({"span", "a", "em", "i", "b", "strong", "sup", "small", "u", "mark"})
_MARKER = re.compile(r"[\[(]?(?:\d{1,3}|[*\u2020\u2021\u00a7])[\])]?")
_NOTE_NAME = re.compile(r"fn|foot|note|cite|ref", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


def shown_notes(
    hidden: list[etree._Element], sidenotes: list[etree._Element]
) -> list[etree._Element]:
    """``hidden`` without the folded notes among them (see the module
    doc); each folded note is added to ``sidenotes``, to be moved out of
    its sentence."""
    kept: list[etree._Element] = []
    for element in hidden:
        if element.tag in _INLINE and _folded_note(element):
            sidenotes.append(element)
            parent = element.getparent()
            marker = (parent.text or "").strip() if parent is not None else ""
            if parent is not None and marker:
                # The note keeps its number; the sentence loses it.
                element.text = f"{marker} {element.text or ''}"
                parent.text = None
        else:
            kept.append(element)
    return kept


def _folded_note(element: etree._Element) -> bool:
    parent = element.getparent()
    if parent is None or parent.tag not in _INLINE:
        return False
    if not _NOTE_NAME.search(element.get("class") or "") and not _NOTE_NAME.search(
        parent.get("class") or ""
    ):
        return False
    # The wrapper's own text, outside the note: its marker only.
    outside = [parent.text or "", element.tail or ""]
    for child in parent:
        if child is not element:
            outside.append("".join(str(part) for part in child.itertext()))
            outside.append(child.tail or "")
    if not _MARKER.fullmatch("".join(outside).strip()):
        return False
    return bool(_LETTER.search("".join(str(part) for part in element.itertext())))
