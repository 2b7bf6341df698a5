"""Partial quotations: short marked words that a sentence attributes to
someone without a verb of saying ("accused the council of “…”", "vowing to
“…”") are quotations of kind ``partial`` with that speaker; marked terms and
titles nobody is said to have uttered are not quotations."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, QuoteKind


def _partials(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    return [
        (q.span.text, q.speaker.label if q.speaker else None)
        for q in analysis.quotes
        if q.kind is QuoteKind.PARTIAL
    ]


@pytest.mark.parametrize(
    ("text", "marked", "speaker"),
    [
        (
            "Councillor Ruth Okafor accused the harbour board of “gambling with the ferry” "
            "at the Tuesday meeting.",
            "gambling with the ferry",
            "Ruth Okafor",
        ),
        (
            "The union leader, Pavel Marek, criticized the timetable as “a schedule for nobody.”",
            "a schedule for nobody.",
            "Pavel Marek",
        ),
        (
            "Standing on the pier, Ines Barros thanked the crew for “keeping the lights on.”",
            "keeping the lights on.",
            "Ines Barros",
        ),
        (
            "The skipper left the meeting early, vowing to “fight this in every court.”",
            "fight this in every court.",
            "The skipper",
        ),
    ],
)
def test_fragment_attributed_by_the_sentence_is_a_partial_quotation(
    text: str, marked: str, speaker: str
) -> None:
    found = _partials(text)
    assert len(found) == 1, found
    span, label = found[0]
    assert marked in span
    assert label == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The ferry crossed in “record time” on Sunday.",
        "She read “The Tides of March” on the crossing.",
        "The so-called “fast lane” opened last spring.",
    ],
)
def test_terms_and_titles_are_not_quotations(text: str) -> None:
    assert analyze([Block(BlockKind.PARAGRAPH, text)]).quotes == ()


def test_a_fragment_with_its_own_speaker_ends_the_clause_before_it() -> None:
    found = _partials(
        "Councillor Ruth Okafor said the ferry was “a lifeline,” while Mayor Tomas Berg "
        "said the timetable was “a relic” of another decade."
    )
    assert found == [
        ("the ferry was “a lifeline,”", "Ruth Okafor"),
        ("the timetable was “a relic” of another decade", "Tomas Berg"),
    ]


def test_fragments_in_one_clause_stay_one_quotation() -> None:
    found = _partials("Councillor Ruth Okafor said the plan was “costly,” “late” and “unfair.”")
    assert [speaker for _clause, speaker in found] == ["Ruth Okafor"]


def test_a_stray_phrase_before_the_verb_gives_way_to_the_person_in_focus() -> None:
    # The subject search stops at the aside "for example": that is no
    # speaker; the person the paragraph is about is.
    found = _partials(
        "Mayor Tomas Berg has run the ferry board since 2019. His office, for example, "
        "said the timetable was “a relic of another decade.”"
    )
    assert [speaker for _clause, speaker in found] == ["Tomas Berg"]


@pytest.mark.parametrize(
    ("text", "marked", "speaker"),
    [
        (
            "Councillor Ruth Okafor called the new ferry timetable “a shambles” on Tuesday.",
            "a shambles",
            "Ruth Okafor",
        ),
        (
            "Mayor Tomas Berg went after the operator, calling its winter service “frankly "
            "unacceptable.”",
            "frankly unacceptable.",
            "Tomas Berg",
        ),
        (
            "The strike ended in what harbour master Lena Sousa termed “a fragile truce” "
            "with the unions.",
            "a fragile truce",
            "Lena Sousa",
        ),
        (
            "Deckhands have dubbed the night crossing “the graveyard run.”",
            "the graveyard run.",
            "Deckhands",
        ),
        (
            "Councillor Ruth Okafor earlier this week called the ferry board “spineless” "
            "on the radio.",
            "spineless",
            "Ruth Okafor",
        ),
        (
            "Councillor Ruth Okafor referred to the winter timetable as “a relic” twice.",
            "a relic",
            "Ruth Okafor",
        ),
        (
            "Mayor Tomas Berg introduced the new skipper as “the steadiest hand on the coast.”",
            "the steadiest hand on the coast.",
            "Tomas Berg",
        ),
        (
            # a verb of regard with "as" (stop 21; two people named as subjects,
            # so the sentence subject alone would not do)
            "As Tomas Berg spoke, Councillor Ruth Okafor openly admired him as “a true islander.”",
            "a true islander.",
            "Ruth Okafor",
        ),
        (
            "After Tomas Berg left, Mayor Ines Barros saw the old ferry as “a floating museum.”",
            "a floating museum.",
            "Ines Barros",
        ),
    ],
)
def test_marked_words_after_a_naming_verb_are_its_subjects_partial_quotation(
    text: str, marked: str, speaker: str
) -> None:
    """ "X called the plan “a shambles”": the marked words are X's, though no
    verb of saying stands in the sentence."""
    found = _partials(text)
    assert len(found) == 1, found
    span, label = found[0]
    assert marked in span
    assert label == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The port runs a small blog, called the “tideline,” for its passengers.",
        # (with an agent, "... by commuters", the words are the agent's:
        # test_analyze_partial_passive.py)
        "Last winter the crossing was dubbed the “slow boat” on the island.",
        "Commuters packed the so-called “quiet carriage” every morning.",
        "The harbour has a bar called the “anchor” near the slipway.",
        "Councillor Ruth Okafor rejected the “harbour deal” on Monday.",
        "The pier is known as the “long finger” to islanders.",
        "Mayor Tomas Berg was seen as “a safe pair of hands” by the council.",
    ],
)
def test_a_thing_named_or_a_passive_naming_is_no_quotation(text: str) -> None:
    """Nobody is said to speak: a name given to a thing, a passive, a term."""
    assert analyze([Block(BlockKind.PARAGRAPH, text)]).quotes == ()


def test_a_speech_verb_in_the_sentence_still_names_the_speaker() -> None:
    """The naming verb is asked only when no verb of saying attributes the
    words: the reported clause stays the speaker's."""
    found = _partials(
        "Mayor Tomas Berg said what the unions call “an overtime trap” had cost the port dearly."
    )
    assert [speaker for _clause, speaker in found] == ["Tomas Berg"]


def test_a_speech_verb_whose_subject_is_out_of_reach_gives_the_person_in_focus() -> None:
    """The sentence says someone said the words but its subject cannot be
    read: the person the paragraph before is about, at low confidence (so
    the quotation is listed for review), not "speaker unknown"."""
    blocks = [
        Block(BlockKind.PARAGRAPH, "Mayor Tomas Berg toured the pier on Monday."),
        Block(
            BlockKind.PARAGRAPH,
            "It was a short visit that ended at the slipway and turned into a chance to say "
            "the timetable was “a relic of another decade.”",
        ),
    ]
    (quote,) = analyze(blocks).quotes
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker is not None
    assert quote.speaker.name == "Tomas Berg"
    assert quote.speaker.confidence < 0.7


def test_a_trailing_attribution_with_an_apposition_after_the_name() -> None:
    """ "..., said Ruth Okafor, chair of the users' group.": the speech verb
    opens the part before the apposition's comma."""
    found = _partials(
        "The new timetable is “a step backwards” for the islands, said Ruth Okafor, "
        "chair of the ferry users' group."
    )
    assert [speaker for _clause, speaker in found] == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "tail",
    [
        "Ruth Okafor said on Sunday.",
        "Ruth Okafor said in a statement.",
        "Ruth Okafor told reporters.",
    ],
)
def test_a_trailing_attribution_with_when_where_or_to_whom(tail: str) -> None:
    """ "..., Okafor said on Sunday.": the verb, then only when, where or to
    whom the words were said."""
    found = _partials(f"The new timetable is “a step backwards” for the islands, {tail}")
    assert [speaker for _clause, speaker in found] == ["Ruth Okafor"]


def test_a_trailing_attribution_after_a_comma_inside_the_marks() -> None:
    """ "The crossing “will run all winter,” ... Lena Sousa told reporters.":
    the joining comma stands inside the closing mark (American style)."""
    found = _partials(
        "The night crossing “will run every day this winter,” Harbour Board deputy chair "
        "Lena Sousa told reporters."
    )
    assert [speaker for _clause, speaker in found] == ["Lena Sousa"]
