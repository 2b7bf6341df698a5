"""An interview's answers are the interviewee's words, stop 41 (branch s41-qa).

A "Q:"/"A:" interview after a standfirst naming the interviewee, or turns
opened by a speaker's label ("HALE:", "Tom Hale:"): each answer is a block
quotation of its person; the questions are the interviewer's and no
quotation. A FAQ, an "Update:" list and a single "Tom Hale:" line in a story
are no transcript. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, Metadata, QuoteKind
from tests.library.paragraphs import run, said_by

L, R = "\u201c", "\u201d"

_STANDFIRST = "Ada Lind has inspected the pier since 1986. She spoke to Ruth Ames."
_QA = (
    _STANDFIRST,
    "Q: What do you look for?",
    "A: Rot, mostly. It is never a crack you could put your fist in.",
    "Q: Is the pier worth the money?",
    "A: A library costs more than it earns, and nobody asks for its margin.",
    "Q: When will the report be out?",
    "A: I hand it in on the first of June.",
)


def _answers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [
        (q.span.text, q.speaker.name if q.speaker else None)
        for q in run(*paragraphs).quotes
        if q.kind is QuoteKind.BLOCK
    ]


def test_qanda_each_answer_is_the_interviewees_block_quotation() -> None:
    assert _answers(*_QA) == [
        ("Rot, mostly. It is never a crack you could put your fist in.", "Ada Lind"),
        ("A library costs more than it earns, and nobody asks for its margin.", "Ada Lind"),
        ("I hand it in on the first of June.", "Ada Lind"),
    ]


def test_qanda_the_questions_are_no_quotation() -> None:
    assert not said_by("What do you look for", *_QA)
    assert not said_by("worth the money", *_QA)


def test_qanda_the_interviewee_is_named_where_the_standfirst_names_her() -> None:
    quote = run(*_QA).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.span is not None
    assert quote.speaker.span.text == "Ada Lind"


def test_qanda_the_bylines_author_is_not_the_interviewee() -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, p)
        for p in ("Ruth Ames went to see Ada Lind at the boatshed.", *_QA[1:])
    ]
    analysis = analyze(blocks, Metadata(authors=("Ruth Ames",)))
    assert {q.speaker.name for q in analysis.quotes if q.speaker} == {"Ada Lind"}


def test_qanda_a_narrative_paragraph_between_turns_is_no_answer() -> None:
    # Must not fire: an interview written up as a profile puts the writer's
    # narrative between the turns (s40-review's post 03).
    paragraphs = (*_QA[:3], "She laughs at the memory and pours the coffee.", *_QA[3:])
    assert not said_by("She laughs", *paragraphs)
    assert len(_answers(*paragraphs)) == 3


def test_qanda_a_quotation_inside_an_answer_stays_its_speakers_and_nests() -> None:
    analysis = run(
        *_QA[:5],
        f"A: Tom Hale told the board the money was {L}simply not there.{R} I disagree.",
    )
    [inner] = [q for q in analysis.quotes if "simply not there" in q.span.text and q.parent]
    assert inner.speaker is not None
    assert inner.speaker.name == "Tom Hale"
    parent = analysis.quotes[inner.parent]
    assert parent.kind is QuoteKind.BLOCK
    assert parent.speaker is not None
    assert parent.speaker.name == "Ada Lind"


def test_labelled_turns_go_to_the_person_the_label_names() -> None:
    paragraphs = (
        "Tom Hale, the harbour master, sat down with the Harbour Wire on Monday.",
        "Harbour Wire: Why close the pier now?",
        "HALE: Because the piles are rotten. We cannot wait another winter.",
        "Harbour Wire: Who decided?",
        "HALE: The board did, on my advice.",
        "Harbour Wire: And the fishermen?",
        "HALE: They will have the new quay by June.",
    )
    assert _answers(*paragraphs) == [
        ("Because the piles are rotten. We cannot wait another winter.", "Tom Hale"),
        ("The board did, on my advice.", "Tom Hale"),
        ("They will have the new quay by June.", "Tom Hale"),
    ]
    assert not said_by("Who decided", *paragraphs)


def test_full_name_labels_alternating_each_to_their_person() -> None:
    paragraphs = (
        "Tom Hale and Ada Lind met at the pier to argue about its future.",
        "Tom Hale: The pier costs more than it earns.",
        "Ada Lind: So does the library.",
        "Tom Hale: The library does not fall into the sea.",
        "Ada Lind: Nor will the pier, if we mend it.",
    )
    assert [who for _words, who in _answers(*paragraphs)] == [
        "Tom Hale",
        "Ada Lind",
        "Tom Hale",
        "Ada Lind",
    ]


def test_one_label_repeated_after_unlabelled_questions() -> None:
    paragraphs = (
        "Ada Lind has kept the pier standing for forty years.",
        "What do you look for?",
        "LIND: Rot, mostly.",
        "Is it fair to close it?",
        "LIND: It is true, and beside the point.",
        "When is the report due?",
        "LIND: The first of June.",
    )
    assert [who for _words, who in _answers(*paragraphs)] == ["Ada Lind"] * 3
    assert not said_by("What do you look for", *paragraphs)


def test_a_faq_is_no_transcript() -> None:
    # Must not fire: questions and answers with no interviewee.
    assert not run(
        "Frequently asked questions about the ferry timetable.",
        "Q: How do I buy a ticket?",
        "A: At the harbour office or on the pier.",
        "Q: Can I take a bicycle?",
        "A: Yes, on every sailing but the first.",
        "Q: What if the ferry is cancelled?",
        "A: Your ticket is good for the next sailing.",
    ).quotes


def test_an_update_list_is_no_transcript() -> None:
    # Must not fire: "Update:", "Note:", "Correction:" name no one.
    assert not run(
        "Tom Hale said the ferry would sail at noon.",
        "Update: The ferry sailed at half past twelve.",
        "Update: The harbour board has apologised for the delay.",
        "Note: The pier stays closed to the public.",
        "Update: The evening sailing is cancelled.",
        "Correction: An earlier version gave the wrong pier.",
    ).quotes


def test_one_labelled_line_in_a_story_is_no_quotation() -> None:
    # Must not fire: one "Tom Hale:" line is no transcript.
    assert not run(
        "The harbour board met on Monday to decide the pier's future.",
        "Tom Hale: the harbour master who has run the port since 2010.",
        "The board voted to keep the pier open for another year.",
        "Ada Lind, who inspects it, will report in June.",
    ).quotes


def test_headline_labels_across_a_page_are_no_transcript() -> None:
    # Must not fire: "WATCH:"/"READ MORE:" links and a headline's "Hale:".
    assert not run(
        "Hale: The pier must close this winter",
        "Tom Hale, the harbour master, said the piles were rotten.",
        "WATCH: The pier at low tide",
        "READ MORE: Ferry fares to rise in spring",
        "WATCH: Divers inspect the piles",
    ).quotes


def test_a_list_of_people_each_labelled_once_is_no_transcript() -> None:
    # Must not fire: no one speaks twice, so no one takes turns.
    assert not run(
        "Tom Hale, Ada Lind and Ben Ross stand for the harbour board.",
        "Tom Hale: The harbour master since 2010, he wants the pier rebuilt.",
        "Ada Lind: A pilot for forty years, she wants it mended.",
        "Ben Ross: He runs the chandlery and wants a new walkway.",
    ).quotes
