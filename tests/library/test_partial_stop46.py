"""Partial quotations, stop 46 (issue 16): short attributed fragments that
were dropped. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, QuoteKind

Found = list[tuple[str, QuoteKind, str | None, tuple[str, ...]]]


def _quotes(*paragraphs: str) -> Found:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [
        (
            q.span.text,
            q.kind,
            q.speaker.name if q.speaker else None,
            tuple(m.text for m in q.marked),
        )
        for q in analysis.quotes
        if q.parent is None
    ]


def _marked(found: Found) -> dict[str, str | None]:
    return {m: speaker for _span, _kind, speaker, words in found for m in words}


# A fragment after a name set off by commas in apposition.


def test_a_fragment_after_a_name_in_apposition_is_the_namer_s() -> None:
    # The comma before the marks closes "Ada Lind," set off after the
    # object: the marked words carry Hale's sentence on.
    found = _quotes(
        "On Monday, Tom Hale called the ferry trust's chair, Ada Lind, “a tireless "
        "worker” and praised her team."
    )
    assert _marked(found).get("a tireless worker") == "Tom Hale", found
    assert all(kind is QuoteKind.PARTIAL for _s, kind, _sp, _m in found), found


def test_a_fragment_after_an_appositive_with_initials_is_kept() -> None:
    found = _quotes(
        "Speaking to the island paper, Mr. Hale called the yard's owner, J. Ada "
        "Lind, “incredibly stubborn” and left it there."
    )
    assert _marked(found).get("incredibly stubborn") == "Hale", found


def test_a_capitalised_sentence_after_an_appositive_stays_whole() -> None:
    # Words opening with a capital are a sentence said whole, not a fragment.
    found = _quotes("Tom Hale greeted his rival, Ada Lind, “Good morning, Ada.”")
    assert [(kind, speaker) for _s, kind, speaker, _m in found] == [
        (QuoteKind.INLINE, "Tom Hale")
    ], found


def test_a_scare_quote_after_a_named_thing_in_apposition_is_not_a_quotation() -> None:
    # A thing's name in apposition ("the Blue Gull"), opened by "the": no
    # person is set off, and nobody says the marked word.
    found = _quotes("The harbour's new ferry, the Blue Gull, “runs” on sunlight.")
    assert found == [], found


# What must not fire (scare quotes, titles, terms, nicknames): the marked words
# stay out of every quotation.


def test_a_scare_quote_term_is_not_a_quotation() -> None:
    found = _quotes("The council met again about the so-called “ferry lag” on Tuesday.")
    assert found == [], found


def test_a_programme_title_is_not_a_quotation() -> None:
    found = _quotes("Ada Lind spoke about the pier on Harbour TV’s “Morning Tide.”")
    assert "Morning Tide" not in " ".join(m for _s, _k, _sp, ms in found for m in ms), found
    assert all("Morning Tide" not in span for span, _k, _sp, _m in found), found


def test_a_nickname_is_not_a_quotation() -> None:
    found = _quotes("Fell, a deckhand nicknamed “Bambi”, said he had seen the storm coming.")
    assert all("Bambi" not in span for span, _k, _sp, _m in found), found
