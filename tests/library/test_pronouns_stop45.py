"""Stop 45 (s45-spk): a "he said" / "she said" given to the person the text
last named as a source. Each rule has a sentence where it must fire and one
where it must not; every sentence here is the team's."""

from __future__ import annotations

from tests.library.paragraphs import said_by, shown

_HALE = "Ada Lind chairs the board. "


def test_a_bare_surname_opening_a_view_with_to_is_the_one_who_speaks_next() -> None:
    # "To consultant Ross, ..." gives the view of the man named in full
    # before; his "he said" follows (the full name there was read already).
    opening = (
        "Ben Ross, a harbour consultant, has watched the board for years. "
        "Tom Hale runs the ferry line. "
    )
    view = (
        "To consultant Ross, the board\u2019s plan is just plain silly. "
        "\u201cThis is whistling past the graveyard,\u201d he said."
    )
    assert said_by("graveyard", opening + view) == ["Ben Ross"]


def test_a_surname_after_to_inside_a_sentence_is_no_view() -> None:
    opening = (
        "Ben Ross, a harbour consultant, has watched the board for years. "
        "Tom Hale runs the ferry line. "
    )
    letter = (
        "He wrote to Ross, then left. \u201cThis is whistling past the graveyard,\u201d he said."
    )
    assert said_by("graveyard", opening + letter) == ["Tom Hale"]


def test_a_who_clause_with_its_own_subject_makes_the_name_its_object() -> None:
    # "the mayor, Tom Hale, who he called ...": Hale is called a bully, the
    # "he" who calls him is the man speaking in the sentence.
    text = (
        _HALE + "Ben Ross spoke at the quay on Monday and urged the town to defeat "
        "the mayor, Tom Hale, who he called a \u201cbully and a braggart\u201d at every stop."
    )
    assert said_by("bully", text) == ["Ben Ross"]
    hired = (
        _HALE + "Talk in the harbour is all about Tom Hale, who she hired in May. "
        "\u201cIt was hard work,\u201d she said."
    )
    assert said_by("hard work", hired) == ["Ada Lind"]


def test_a_who_clause_opening_with_a_verb_still_brings_the_name_into_focus() -> None:
    # "who helped": a verb beginning like "he", no subject of its own.
    text = (
        _HALE + "Talk in the harbour is all about Tom Hale, who helped build the pier. "
        "\u201cIt was hard work,\u201d he said."
    )
    assert said_by("hard work", text) == ["Tom Hale"]


def test_an_adverb_between_a_name_and_its_verb_of_saying_keeps_it_a_subject() -> None:
    text = (
        "Ada Lind opened the meeting. In the hall on Monday, Ben Ross again warned "
        "that the pier would close. \u201cNobody listens,\u201d he said."
    )
    assert said_by("Nobody listens", text) == ["Ben Ross"]


def test_an_adverb_before_another_verb_makes_no_subject() -> None:
    # Only a verb of saying: "later served as" reads no one into focus, and a
    # "she said" goes on with the woman who opened the meeting.
    text = (
        "Ada Lind opened the meeting. In the hall on Monday, Ben Ross later served "
        "as the board\u2019s pilot. \u201cNobody listens,\u201d she said."
    )
    assert said_by("Nobody listens", text) == ["Ada Lind"]


def test_a_bare_surname_finds_the_full_name_written_with_a_generational_suffix() -> None:
    text = (
        "Harry Hale III wrote a book about the pier. Tom Ross runs the ferry. "
        "Mr. Hale is eager to get the book out. \u201cTime is wasting,\u201d he said."
    )
    assert said_by("wasting", text) == ["Harry Hale III"]


def test_a_possessive_surname_after_a_suffixed_name_is_no_subject() -> None:
    text = (
        "Harry Hale III wrote a book about the pier. Tom Ross runs the ferry. "
        "Mr. Hale\u2019s publisher is eager to get the book out. "
        "\u201cTime is wasting,\u201d he said."
    )
    assert said_by("wasting", text) == ["Tom Ross"]


def test_the_subject_after_an_inverted_is_speaks_next() -> None:
    text = (
        "Eva Miller, 61, runs the bakery on Quay Street and backs the board.",
        "Across town, walking the quay for the ferry campaign, is Ben Ross, a "
        "33-year-old deckhand who left his job in November. Inspired by the campaign, "
        "he\u2019s committed to the cause. "
        "\u201cI\u2019m knocking on doors all over town,\u201d he said.",
    )
    assert said_by("knocking", *text) == ["Ben Ross"]


def test_a_name_after_is_with_no_comma_of_its_own_is_no_subject() -> None:
    text = (
        "Eva Miller runs the bakery. What matters most, she says, is Ben Ross and his "
        "ferry. \u201cWe will see,\u201d she said."
    )
    assert said_by("We will see", text) == ["Eva Miller"]


def test_a_description_set_off_after_a_surname_before_who_is_that_person() -> None:
    # "with Ross, now the harbour master, who in 2010 said": the phrase
    # before the quotation is the apposition of the man named before it.
    text = (
        "Ben Ross runs the harbour. \u201cIt was his vision,\u201d said Ada Lind, now a "
        "consultant. Tom Hale has had a frosty relationship with Ross, now the harbour "
        "master, who in 2010 said the board\u2019s goal was to make Hale a "
        "\u201cone-term mayor.\u201d"
    )
    assert said_by("one-term", text) == ["Ben Ross"]


def test_a_place_before_a_description_owns_no_words() -> None:
    # "In Port Kerrow, the harbour master, who said": a place, no one's
    # apposition; the harbour master stays unnamed.
    text = (
        "Tom Hale flew south on Monday. In Port Kerrow, the harbour master, who said the "
        "ferry had been good for \u201cthe town as well as the island,\u201d met him at the quay."
    )
    assert [name for name, _role in shown(text)] == [None]


def test_a_who_clause_after_an_inverted_attribution_speaks_for_its_subject() -> None:
    # "said one deckhand ..., who added that": the one who said the words
    # before adds the marked ones, not the man the text last made a subject.
    text = (
        "Tom Hale met the crews on Monday. \u201cIt was not a convincing argument,\u201d "
        "said one deckhand familiar with the talks, who added that the board seemed "
        "\u201crattled\u201d by the vote."
    )
    assert said_by("rattled", text) == ["one deckhand familiar with the talks"]


def test_a_who_clause_of_another_sentence_keeps_its_own_subject() -> None:
    text = (
        "Tom Hale met the crews on Monday. \u201cIt was not a convincing argument,\u201d "
        "said one deckhand familiar with the talks. Hale, who added that the board seemed "
        "\u201crattled\u201d by the vote, left."
    )
    assert said_by("rattled", text) == ["Tom Hale"]
