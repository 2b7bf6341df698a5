"""Partial quotations, stop 29 (issue 16): names given by a naming verb and
the short quoted words a sentence attributes. Every sentence here is
written by the team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [
        (
            q.span.text,
            q.speaker.name if q.speaker else None,
            tuple(m.text for m in q.marked),
        )
        for q in analysis.quotes
        if q.parent is None
    ]


def _speakers_of_marked(
    found: list[tuple[str, str | None, tuple[str, ...]]],
) -> dict[str, str | None]:
    """Each marked fragment's speaker."""
    return {m: speaker for _span, speaker, words in found for m in words}


def test_a_name_given_by_a_naming_verb_is_its_subjects_partial_quotation() -> None:
    found = _quotes(
        "Mayor Tomas Berg spoke to the harbour board on Monday. The ferry operator "
        "Ana Reyes has called the new timetable “Operation Low Tide” and the pier "
        "“Fog Central”, and she wants both changed."
    )
    marked = _speakers_of_marked(found)
    assert "Operation Low Tide" in marked, found
    assert "Fog Central" in marked, found
    assert marked["Operation Low Tide"] == "Ana Reyes", found


def test_a_title_after_a_verb_naming_a_thing_stays_out() -> None:
    found = _quotes(
        "Ana Reyes said the crossing would reopen. A film called “Low Tide Harbour” "
        "will be shown at the pier, and the ferry was dubbed “The Grey Lady” years ago."
    )
    marked = [m for _span, _speaker, words in found for m in words]
    texts = [span for span, _speaker, _words in found]
    assert not any("Low Tide Harbour" in t for t in texts + marked), found
    assert not any("The Grey Lady" in t for t in texts + marked), found


def test_a_partial_quotation_attributed_after_its_comma_keeps_its_marked_words() -> None:
    # The reported clause stops before the comma inside the marks; the
    # reader still highlights the words the speaker said.
    found = _quotes(
        "The new timetable was “a step backwards for the island,” said harbour "
        "master Tomas Berg on Monday."
    )
    partial = [(span, speaker, words) for span, speaker, words in found if words]
    assert partial, found
    _span, speaker, words = partial[0]
    assert words == ("a step backwards for the island",), found
    assert speaker == "Tomas Berg", found


def test_a_name_set_off_by_commas_is_the_subject_of_a_naming_verb() -> None:
    found = _quotes(
        "The ferry will stop at dusk. The harbour master, Tomas Berg, called the new "
        "timetable a “shambles” on Monday."
    )
    marked = _speakers_of_marked(found)
    assert marked.get("shambles") == "Tomas Berg", found


def test_a_thing_set_off_by_commas_still_names_no_one() -> None:
    found = _quotes(
        "Ana Reyes runs the ferry. Her new boat, the Grey Lady, called at the pier "
        "on its “maiden” run."
    )
    marked = [m for _span, _speaker, words in found for m in words]
    assert "maiden" not in marked, found


def test_a_name_before_a_role_set_off_by_commas_is_the_subject_of_a_naming_verb() -> None:
    found = _quotes(
        "The ferry trust met on Monday. The season ended in what Bay Lund, treasurer "
        "of the trust, called “a slow collapse” for the island."
    )
    marked = _speakers_of_marked(found)
    assert marked.get("a slow collapse") == "Bay Lund", found


def test_a_long_role_between_the_name_and_the_naming_verb() -> None:
    found = _quotes(
        "The ferry trust met on Monday. The season ended in what Bay Lund, the "
        "long-serving treasurer of the island ferry trust and of its harbour board "
        "since the war, called “a slow collapse” for the island."
    )
    marked = _speakers_of_marked(found)
    assert marked.get("a slow collapse") == "Bay Lund", found


def test_addressing_someone_as_and_nicknaming_are_naming_verbs() -> None:
    found = _quotes(
        "On Friday the mayor got a letter. Ana Reyes emailed her thanks to him, "
        "addressing him simply as “Tomas” throughout.",
        "After the launch, the new ferry was late again, and Tomas Berg nicknamed it "
        "“the floating brick” on the spot.",
    )
    marked = _speakers_of_marked(found)
    assert marked.get("Tomas") == "Ana Reyes", found
    assert marked.get("the floating brick") == "Tomas Berg", found


def test_an_adverb_between_the_subject_and_the_naming_verb() -> None:
    found = _quotes(
        "The ferry was late again on Monday. Tomas Berg further summed up the new "
        "timetable as “hopeless,” and left the pier.",
        "The ferry was late again on Monday. Ana Reyes still calls the new timetable a "
        "“shambles” for the island.",
    )
    speakers = {m.rstrip(","): speaker for _span, speaker, words in found for m in words}
    assert speakers.get("hopeless") == "Tomas Berg", found
    assert speakers.get("shambles") == "Ana Reyes", found


def test_a_title_case_name_given_with_hailed_as_is_its_subjects_words() -> None:
    analysis = analyze(
        [
            Block(
                BlockKind.PARAGRAPH,
                "Tomas Berg ran the ferry for years. In 1998, a council report hailed Berg "
                "as “The Harbour King” for keeping the crossings open.",
            )
        ]
    )
    named = [q for q in analysis.quotes if any(m.text == "The Harbour King" for m in q.marked)]
    assert len(named) == 1, analysis.quotes
    speaker = named[0].speaker
    assert speaker is not None, named
    assert speaker.role == "a council report", speaker


def test_a_later_fragment_does_not_repeat_the_quotation_before_it() -> None:
    # The clause of “dark” would run from the sentence start over the first
    # quotation; the reader must not show the same words as two quotations.
    found = _quotes(
        "The ferry returns in May. But “it will not be the old crossing,” said Tomas "
        "Berg, the harbour master, referring to the “dark” years on the island."
    )
    holding = [span for span, _speaker, _words in found if "the old crossing" in span]
    assert len(holding) == 1, found
    marked = {m.rstrip(","): speaker for _span, speaker, words in found for m in words}
    assert marked.get("it will not be the old crossing") == "Tomas Berg", found
