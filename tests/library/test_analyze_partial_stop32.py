"""Partial quotations and false positives, stop 32 (issue 16). Every
sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.model import Analysis, QuoteKind
from tests.library.paragraphs import run, spoken


def _drawn(analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each top-level quotation: kind, speaker's label, its marked words
    (a quotation on its own counts as its whole span)."""
    out = []
    for q in analysis.quotes:
        if q.parent is not None:
            continue
        label = q.speaker.label if q.speaker else ""
        words = tuple(m.text for m in q.marked) if q.marked else (q.span.text,)
        out.append((q.kind.value, label, words))
    return out


def _highlights(analysis: Analysis) -> list[str]:
    return [w for _kind, _label, words in _drawn(analysis) for w in words]


def test_words_a_reported_clause_runs_on_over_are_one_quotation() -> None:
    # The Quotes panel lists "We will not sign it." once, not as a fragment
    # of the clause and again as a quotation of its own.
    analysis = run(
        "Mayor Ada Lind said the ferry plan was “reckless,” adding, “We will not sign it.”"
    )
    assert _highlights(analysis).count("We will not sign it.") == 1, _drawn(analysis)
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == ["Ada Lind"]


def test_a_marked_list_item_is_drawn_once() -> None:
    # A list of fragments whose last opens with a reversed mark.
    analysis = run(
        "The chair warned that the “the cost of the dredging” and “the new berths,” "
        "”like the ferry ramps and the fuel depot” were behind schedule."
    )
    highlights = _highlights(analysis)
    assert highlights.count("like the ferry ramps and the fuel depot") == 1, _drawn(analysis)


def test_a_quotation_with_its_own_speaker_inside_a_clause_keeps_him() -> None:
    # The sister's clause runs on to Berg's reply; the reply stays his, once.
    analysis = run(
        'His sister asked Tomas Berg to stay "polite," but Berg said he replied: '
        '"Polite is what sank the last ferry."'
    )
    reply = "Polite is what sank the last ferry."
    assert _highlights(analysis).count(reply) == 1, _drawn(analysis)
    own = [q for q in analysis.quotes if q.span.text == reply]
    assert len(own) == 1, _drawn(analysis)
    assert own[0].kind is not QuoteKind.PARTIAL, _drawn(analysis)
    assert own[0].speaker is not None
    assert own[0].speaker.name == "Tomas Berg"


def test_a_state_in_parentheses_ends_no_sentence() -> None:
    # "Rep. Tomas Berg (D-Ore.) called ...": the point closes the state's
    # abbreviation; the sentence goes on, and Berg is the one who spoke.
    analysis = run(
        "Others on the committee were as blunt. Rep. Tomas Berg (D-Ore.) called "
        'the new timetable "a disgrace."'
    )
    # (From stop 32, s32-time: the span starts after the naming verb, as it
    # does with no tag: "called" is the attribution, not the reported words.)
    assert spoken(analysis) == [('the new timetable "a disgrace."', "Tomas Berg")]
    assert [m.text for m in analysis.quotes[0].marked] == ["a disgrace."]


def test_a_state_in_parentheses_before_has_said_keeps_the_quotation() -> None:
    analysis = run(
        "Others were as blunt. Sen. Ada Lind (Me.) has said that the ferries would "
        '"sink into the harbour before the spring."'
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]


def test_a_parenthesis_before_a_capital_still_ends_its_sentence() -> None:
    # Guard: "(at 5 p.m.) The ..." closes a sentence; the next one's speaker
    # is its own subject, not a name from the sentence before.
    analysis = run(
        "Tomas Berg waited at the pier (until 5 p.m.) The harbour master, Ada Lind, "
        'called the delay "a disgrace."'
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]


def test_a_quotation_nested_in_the_same_marks_keeps_the_outer_one() -> None:
    # `“… even when “our side” runs late. …”`: the writer nested with the
    # same curly marks; the whole quotation is Lind's, not only two words.
    analysis = run(
        "The council met late.",
        "Ada Lind, the harbour master, wrote: \u201cIf you want riders to trust the ferry, "
        "you have to show it even when \u201cour side\u201d runs late. Otherwise nothing "
        "else counts.\u201d",
    )
    said = spoken(analysis)
    assert said[0][0].startswith("If you want riders to trust the ferry"), said
    assert said[0][0].endswith("Otherwise nothing else counts."), said
    assert said[0][1] == "Ada Lind"


def test_a_partial_quotation_nested_in_the_same_marks_is_whole() -> None:
    analysis = run(
        "Ada Lind noted that \u201cmost of the boats on the [council\u2019s] \u201clist\u201d "
        "are too old to sail\u201d this winter."
    )
    marked = [m.text for q in analysis.quotes for m in q.marked]
    whole = "most of the boats on the [council\u2019s] \u201clist\u201d are too old to sail"
    assert marked == [whole]
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]


def test_a_stray_opening_mark_still_gives_way_to_the_next_quotation() -> None:
    # Guard (as before): `“Not now. “We sail …”` has one quotation, the
    # second; a third mark opening next says the first was stray.
    analysis = run(
        "The crew waited. \u201cNot now. \u201cWe sail at dawn.\u201d "
        "\u201cThen we wait,\u201d Berg said."
    )
    assert [text for text, _name in spoken(analysis)] == ["We sail at dawn.", "Then we wait"]


def test_a_longer_opening_phrase_set_off_by_a_comma_keeps_the_subject() -> None:
    # "In the worst of the storm, Ada Lind worried that ...": six words lead
    # in before the subject; the marked words are still hers.
    analysis = run(
        "The port was quiet.",
        "In the worst of the storm, Ada Lind worried that the harbour was becoming "
        "\u201ca graveyard for old boats.\u201d",
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]


def test_a_long_lead_with_commas_inside_is_no_opening_phrase() -> None:
    # Guard: a list before the name is not one phrase set off by a comma, so
    # the sentence is not plainly the named person's.
    analysis = run(
        "The port was quiet.",
        "The ferries, the tugs, the old dredger and the crews, Ada Lind worried, "
        "were becoming \u201ca burden on the town.\u201d",
    )
    assert [name for _text, name in spoken(analysis)] == []


def test_a_participle_after_before_has_the_attributions_subject() -> None:
    # "“…,” Lind told reporters, before insisting she had a “…”": the words
    # after the participle are Lind's too.
    analysis = run(
        "The port was quiet.",
        "\u201cThe ferry is safe,\u201d Ada Lind told reporters, before insisting she had "
        "a \u201cgreat relationship\u201d with the crews.",
    )
    said = spoken(analysis)
    assert [name for _text, name in said] == ["Ada Lind", "Ada Lind"], said
    assert [m.text for m in analysis.quotes[1].marked] == ["great relationship"]


def test_a_participle_after_another_named_verb_keeps_that_subject() -> None:
    # Guard: "before Tomas Berg insisted" names its own subject.
    analysis = run(
        "The port was quiet.",
        "\u201cThe ferry is safe,\u201d Ada Lind told reporters, before Tomas Berg "
        "insisted the crews had a \u201cbad relationship\u201d with the council.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind", "Tomas Berg"]


def test_a_quotation_nested_in_straight_marks_keeps_the_outer_one() -> None:
    # `"But … says, "I want …," you know, … that."`: the inner closer and the
    # outer one follow each other; the long answer is Lind's.
    analysis = run(
        "The port was quiet.",
        '"Should the ferry be sold?" Ada Lind asked. "But I do believe the council should '
        'listen when someone walks in and says, "I want the boats gone," you know, well, '
        'you might take note of that."',
    )
    texts = [text for text, _name in spoken(analysis)]
    assert any(t.startswith("But I do believe") and t.endswith("take note of that.") for t in texts)
    answer = next(q for q in analysis.quotes if q.span.text.startswith("But I do believe"))
    assert answer.speaker is not None
    assert answer.speaker.name == "Ada Lind"


def test_a_stray_straight_opening_mark_still_gives_way() -> None:
    # Guard (as before): `"Not now. "We sail …" "Then …"`.
    analysis = run('The crew waited. "Not now. "We sail at dawn." "Then we wait," Berg said.')
    assert [text for text, _name in spoken(analysis)] == ["We sail at dawn.", "Then we wait"]


def test_doubled_apostrophes_typed_two_spaces_after_a_nested_title_close() -> None:
    # NYT-style marks: `''… 'Harbour Lights,'  '' Ms. Lind noted`, the closing
    # pair typed apart from the words by two spaces, is a closer, not an opener.
    analysis = run(
        "The book sold well.",
        "''There was a backlash against 'Harbour Lights,'  '' Ms. Lind noted, "
        "referring to the novel.",
    )
    said = spoken(analysis)
    assert said[0] == ("There was a backlash against 'Harbour Lights,'", "Lind"), said
