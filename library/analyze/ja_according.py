"""The Japanese "according to", によると (s48-lang7).

"町教育委員会によると、全校児童は4人で、来年度は「2人になる見込み」だという。":
the source stands before によると at the sentence's opening, and the words
marked 「…」 later in the sentence are its, a partial quotation; no verb of
saying follows them (だという, との声が多い), so the rules that read
「…」と述べた (:mod:`.attribution`) leave them as a term's. The source is a
name with its honorific (小林さんによると: 小林, the full name when the text
gave it, 小林正夫) or a body or a description (町教育委員会, 県の担当者), shown
as written.

Asked only of text with a pair of 「」 or 『』 and によると (an English page
pays one character's test a pair of marks).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.marks import RawQuote
from quotemark.library.analyze.names import japanese_full_name, split_speaker
from quotemark.library.analyze.unruled import marked_partial, merged, uncovered
from quotemark.library.model import Position, Quote, Span, Speaker

_YORU = "によると"
_SOURCE_MOST = 20
"""The most characters of a source before によると."""
_OPENERS = "「『"
_SO_CALLED = "いわゆる"
""""So-called": the marked words after it are a term's."""


def japanese_according(
    doc: Document, paired: Sequence[RawQuote], quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` with a partial quotation for each pair of 「」 no quotation
    covers in a sentence that opens "Xによると、" (the module's doc): X's."""
    scan = doc.scan
    if not any(scan[r.open] in _OPENERS for r in paired) or _YORU not in scan:
        return quotes  # (a 「 first: one character a pair of marks)
    names = [q.speaker.name for q in quotes if q.speaker is not None and q.speaker.name]
    added: list[Quote] = []
    for block, opened, closed, para in uncovered(doc, paired, quotes):
        if para[opened.offset : opened.offset + 1] not in _OPENERS:
            continue
        if para.endswith(_SO_CALLED, 0, opened.offset):
            continue  # ("いわゆる「脱獄」": a so-called term, no one's words)
        start = para.rfind("。", 0, opened.offset) + 1
        at = para.find(_YORU, start, opened.offset)
        if at <= start or at - start > _SOURCE_MOST:
            continue
        source = para[start:at]
        if "、" in source or "「" in source:
            continue
        clause = at + len(_YORU)
        if para.startswith("、", clause):
            clause += 1
        split = split_speaker(source)
        name = None
        if split.name is not None:
            name = (
                japanese_full_name(split.name, names)
                or japanese_full_name(split.name, _written_full(doc.scan, split.name))
                or split.name
            )
        speaker = Speaker(
            name,
            None if name is not None else source,
            0.5,
            Span(Position(block, start), Position(block, at), source),
        )
        added.append(marked_partial(para, block, clause, opened.offset, closed.offset, speaker))
    return merged(quotes, added)


_GIVEN_MOST = 3


def _written_full(text: str, surname: str) -> list[str]:
    """The names ``text`` writes in full with ``surname`` first and an
    honorific after (小林正夫さん, 小林正夫氏): a given name of one to three
    kanji (no one quoted yet was given that name: 小林さんによると before
    小林正夫さん's words are read)."""
    found: list[str] = []
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        k = end
        while k < len(text) and k - end < _GIVEN_MOST and "\u4e00" <= text[k] <= "\u9fff":
            k += 1
        if k > end and text.startswith(("さん", "氏"), k):
            found.append(text[at:k])
        at = text.find(surname, end)
    return found
