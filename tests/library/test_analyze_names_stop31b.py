"""Speaker names, stop 31, round 2: the name the Quotes panel shows (and a
clip's citation carries) after a sentence-opening preposition, for a name
before an office set off by commas, for a Spanish turn whose inciso puts an
adverb after its verb, and for someone brought in as "one" and a noun."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, Quote


def quotes(*paragraphs: str) -> list[Quote]:
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs]).quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes(*paragraphs)]


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name() -> None:
    # "Under Tom Hale, the port grew": the name is Tom Hale's, and "he
    # said" and "Hale said" give his name without the preposition.
    assert speakers(
        "Under Tom Hale, the port grew for ten years.",
        "\u201cWe built three new piers in a single year,\u201d he said.",
    ) == ["Tom Hale"]
    assert speakers(
        "Through Ada Lind, the council heard the pilots.",
        "\u201cThe channel must be dredged before the winter,\u201d Lind said.",
    ) == ["Ada Lind"]


def test_under_before_an_office_stays_the_office() -> None:
    # Guard: "Under Secretary" is an office; the name is what follows it.
    assert speakers(
        "Under Secretary Ada Lind visited the pier on Monday.",
        "\u201cWe built three new piers in a single year,\u201d she said.",
    ) == ["Ada Lind"]
    # After the verb too: "Under" opens the office, not a phrase ("said in").
    assert speakers(
        "\u201cWe built three new piers in a single year,\u201d said Under Secretary Ada Lind."
    ) == ["Ada Lind"]


def test_the_name_before_an_office_set_off_by_commas_speaks() -> None:
    # "Ada Lind, Harbour Council Chair, told reporters:": the office between
    # the commas is hers; the words under the lead-in are Lind's, not the
    # council's.
    found = quotes(
        "Tom Ruiz opened the meeting on the pier.",
        "Ada Lind, Harbour Council Chair, told reporters:",
        "\u201cThe pier is safe and the boats will sail on time this summer.\u201d",
    )
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in found] == [
        ("Ada Lind", "Harbour Council Chair")
    ]
    analysis = analyze(
        [
            Block(BlockKind.PARAGRAPH, "Tom Ruiz opened the meeting on the pier."),
            Block(BlockKind.PARAGRAPH, "Ada Lind, Ferry Board Chair, said:"),
            Block(BlockKind.BLOCKQUOTE, "The pier is safe and the boats will sail on time."),
        ]
    )
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == ["Ada Lind"]


def test_an_adverb_after_the_inciso_verb_is_no_speaker() -> None:
    # "—contestó luego—": "luego" says when, not who; the turn is the other
    # person's of the exchange of two, as with "—contestó—".
    assert speakers(
        "\u2014Vamos ya al muelle \u2014dijo Ana\u2014.",
        "\u2014No puedo ir hoy \u2014respondi\u00f3 Luis\u2014.",
        "\u2014Pues me voy sola \u2014contest\u00f3 luego\u2014.",
    ) == ["Ana", "Luis", "Ana"]
    # An adverb of manner is read the same way, and is a turn (not an aside).
    assert speakers(
        "\u2014Vamos ya al muelle \u2014dijo Ana\u2014.",
        "\u2014No puedo ir hoy \u2014respondi\u00f3 Luis\u2014.",
        "\u2014Pues me voy sola \u2014contest\u00f3 despacio\u2014.",
    ) == ["Ana", "Luis", "Ana"]
    # An adverb then a name: the name speaks, and the adverb is no role.
    found = quotes("\u2014Pues me voy sola \u2014contest\u00f3 luego Ana\u2014.")
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in found] == [
        ("Ana", None)
    ]


def test_one_and_a_noun_brings_in_someone_unnamed() -> None:
    # Ada Lind is the subject again and again; "One veteran pilot" is
    # someone else, not named, and "the pilot said" is that pilot, as after
    # "A veteran pilot".
    assert speakers(
        "Ada Lind has run the harbour ferry for thirty years. Ada Lind said the "
        "boats are old. Lind said the pier is older. Lind told the board it "
        "needed money.",
        "One veteran pilot on the night ferry disagreed with the plan.",
        "\u201cThe channel is too shallow for the new ferries,\u201d the pilot said.",
    ) == [None]
    assert speakers(
        "Ada Lind, the harbour master, said on Friday that the ferry would sail.",
        "One senior official said on Monday that the ferry would not sail.",
        "\u201cThe channel is too shallow for the new ferries,\u201d the official said.",
    ) == [None]
