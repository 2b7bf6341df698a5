"""Speaker rules read the app's blocks as they are: a paragraph's first line
is a line's start, with no empty line above it (stop 25, the split). Each
text is given as the blocks the app's readers make."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import LINE_BREAK, Analysis, Block, BlockKind


def paragraphs(*texts: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, text) for text in texts])


def speakers(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


QUOTE = "\u201cNow we can live by the clock, not by the tide table.\u201d"
LEAD = "Morag Lennie keeps the shop by the pier and has waited three years for the boat."


def test_a_subheading_after_a_quotation_is_not_its_speaker() -> None:
    headings = ("What comes next", "BOATS TO WATCH IN 2027", "With files from Rona Radio", "X.")
    for heading in headings:
        found = paragraphs(LEAD, QUOTE, heading, "The ferry runs twice a day from June.")
        assert speakers(found) == ["Morag Lennie"], heading


def test_a_signature_paragraph_under_a_quotation_still_names_its_speaker() -> None:
    found = paragraphs(LEAD, QUOTE, "Ann Vole, skipper of the Rona ferry")
    assert speakers(found) == ["Ann Vole"]


def test_a_dash_signs_a_quotation_from_the_paragraph_under_it() -> None:
    found = paragraphs(LEAD, QUOTE, "\u2014 Ann Vole, skipper of the Rona ferry")
    assert speakers(found) == ["Ann Vole"]
    found = paragraphs(LEAD, QUOTE, "- Ann Vole.")
    assert speakers(found) == ["Ann Vole"]


def test_a_dashed_subheading_does_not_sign_it() -> None:
    found = paragraphs(LEAD, QUOTE, "\u2013 A harbour at last \u2013.", "The boat is late.")
    assert speakers(found) == ["Morag Lennie"]


def test_an_attribution_line_inside_the_paragraph_still_needs_no_dash() -> None:
    found = paragraphs(LEAD, QUOTE + LINE_BREAK + "Ann Vole, skipper of the Rona ferry")
    assert speakers(found) == ["Ann Vole"]
