"""A clip across paragraphs is cited as a range (¶¶ 2–4) in every format,
and a quotation's own quotation marks become inner ones when it is quoted."""

from __future__ import annotations

import dataclasses
import json

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.export import export, format_in_text
from quotemark.library.export.passages import quoted
from quotemark.library.model import Citation, Position, Span
from tests.library.test_export_samples import clip, metadata, post_with_clips, visible

ACROSS = "The ferry left at nine.\nIt was full.\nNobody spoke."


def _across() -> list[Citation]:
    passage = clip("smith2024-p2", ACROSS, paragraph=2, through=4)
    return post_with_clips("smith2024", metadata(), passage)


def _entries(text: str) -> dict[str, dict[str, str]]:
    library = parse_string(text)
    return {e.key: {f.key: f.value for f in e.fields} for e in library.entries}


def test_biblatex_locator_is_a_range() -> None:
    text = export("biblatex", _across())
    assert visible(_entries(text)["smith2024-p2:clip"]["titleaddon"]) == "¶¶ 2–4"
    assert r"\csdef{QuotemarkLocator@smith2024-p2}{{\textpilcrow\textpilcrow}~2--4}" in text


def test_bibtex_clip_gives_the_range() -> None:
    text = export("bibtex", _across())
    entry = _entries(text)["smith2024-p2"]
    assert visible(entry["titleaddon"]) == "¶¶ 2–4"
    assert visible(entry["addendum"]).startswith("“The ferry left at nine.")
    # The preamble's locator, printed after the post's label.
    assert r"\QuotemarkBibtexClip{smith2024-p2}{smith2024}{{\textpilcrow\textpilcrow}~2--4}" in text


def test_csl_json_note_and_custom_fields_give_the_range() -> None:
    items = {i["id"]: i for i in json.loads(export("csl-json", _across()))}
    the_clip = items["smith2024-p2"]
    assert the_clip["note"].startswith("¶¶ 2–4: ")
    assert the_clip["custom"]["quotemark"]["paragraph"] == 2
    assert the_clip["custom"]["quotemark"]["paragraph_end"] == 4


def test_ris_note_gives_the_range() -> None:
    assert "N1  - ¶¶ 2–4: " in export("ris", _across())


def test_markdown_and_in_text_citation_say_paras() -> None:
    assert "[@smith2024, paras. 2–4]" in export("markdown", _across())
    assert format_in_text(_across()[1]) == "(Smith 2024, paras. 2–4)"
    one = post_with_clips("smith2024", metadata(), clip("smith2024-p7", paragraph=7))
    assert format_in_text(one[1]) == "(Smith 2024, para. 7)"


def test_a_span_ending_at_the_start_of_a_block_ends_in_the_block_before() -> None:
    text = "The ferry left at nine.\n"
    span = Span(Position(2, 0), Position(3, 0), text)
    passage = clip("k-p2", text, paragraph=2)
    passage = dataclasses.replace(passage, span=span)
    assert format_in_text(post_with_clips("k", metadata(), passage)[1]) == ("(Smith 2024, para. 2)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “no” twice.", "“He said ‘no’ twice.”"),
        ('He said "no" and "yes".', "“He said ‘no’ and ‘yes’.”"),
        ("Sie sagte „nein“.", "“Sie sagte ‚nein‘.”"),
        ("It's “fine”", "“It's ‘fine’”"),
    ],
)
def test_a_quotation_inside_a_quotation_gets_single_marks(text: str, expected: str) -> None:
    assert quoted(text) == expected


def test_british_quoting_swaps_the_marks() -> None:
    assert quoted("He said ‘no’.", outer="‘’", inner="“”") == "‘He said “no”.’"


@pytest.mark.parametrize("fmt", ["bibtex", "csl-json", "ris"])
def test_exports_quote_the_passage_with_inner_single_marks(fmt: str) -> None:
    passage = clip("k-p1", "The officer said “we stay” and left.", paragraph=1)
    text = export(fmt, post_with_clips("k", metadata(), passage))
    if fmt == "bibtex":
        text = visible(_entries(text)["k-p1"]["addendum"])
    assert "“The officer said ‘we stay’ and left.”" in text
