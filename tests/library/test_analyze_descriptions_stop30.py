"""Description speakers, stop 30 (issue 16): "the official said" is the person
the text means by it, not whoever it named last."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken


def test_a_description_of_someone_brought_in_unnamed_is_not_the_last_name() -> None:
    # "A senior harbour official said ... the official said": the official is
    # someone the text never names, not Ada Lind, named in the paragraph before.
    analysis = run(
        "Ada Lind, who chairs the ferry users' group, said the night crossing "
        "had been cut without notice.",
        "A senior harbour official said on Friday that the timetable would be "
        "reviewed. \u201cNothing is final until the board meets,\u201d the "
        "official said.",
    )
    assert spoken(analysis) == [("Nothing is final until the board meets", None)]
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the official"


def test_a_description_of_the_person_named_after_the_unnamed_one_stays_theirs() -> None:
    # Guard (passes before the rule too): a lead that brings someone in
    # unnamed ("A harbour pilot is suing ...") and then names them; the
    # description after the name is that person.
    analysis = run(
        "A harbour pilot is suing the ferry company over the night crossing.",
        "Ada Lind filed the claim on Monday. The pilot, who has worked the "
        "sound for twenty years, said the cuts were \u201cabout money, not "
        "safety.\u201d",
        "\u201cThey never asked us,\u201d the pilot said.",
    )
    assert ("They never asked us", "Ada Lind") in spoken(analysis)


def test_a_description_of_someone_named_with_the_noun_stays_theirs() -> None:
    # Guard (passes before the rule too): "a spokesman" brought in, then named
    # with the noun ("spokesman Tomas Berg"): the spokesman is Berg.
    analysis = run(
        "The ferry company sent a spokesman to the meeting on Monday. "
        "Company spokesman Tomas Berg said the night crossing would not return.",
        "\u201cFuel costs too much,\u201d the spokesman said.",
    )
    assert spoken(analysis) == [("Fuel costs too much", "Tomas Berg")]


def test_a_description_goes_to_the_one_person_the_text_gave_its_noun() -> None:
    # "Judge Ada M. Lind ordered ... / ... / “…,” the judge said": no one is
    # named in these two paragraphs, and the description stayed unnamed.
    analysis = run(
        "Harbour Court Judge Ada M. Lind ordered the ferry company to restore "
        "the night crossing on Friday.",
        "The ruling follows a year of complaints from the island's commuters.",
        "\u201cA timetable is a promise,\u201d the judge said.",
    )
    assert spoken(analysis) == [("A timetable is a promise", "Ada M. Lind")]


def test_a_description_two_people_were_given_stays_unnamed() -> None:
    # Guard (passes before the rule too): two judges named, so "the judge"
    # is neither of them by the noun alone.
    analysis = run(
        "Judge Ada Lind and Judge Tomas Berg heard the ferry case on Friday.",
        "The ruling follows a year of complaints from the island's commuters.",
        "\u201cA timetable is a promise,\u201d the judge said.",
    )
    assert spoken(analysis) == [("A timetable is a promise", None)]


def test_a_headline_gives_no_one_a_noun() -> None:
    # Guard: the title-case headline's "Judge Just Gave Ferry Riders" is no
    # person the judge could be.
    analysis = run(
        "Harbour Judge Just Gave Ferry Riders Some Good News",
        "The ruling follows a year of complaints from the island's commuters.",
        "\u201cA timetable is a promise,\u201d the judge said.",
    )
    assert spoken(analysis) == [("A timetable is a promise", None)]


def test_a_month_abbreviated_before_a_day_ends_no_sentence() -> None:
    # "on Dec. 21 and expressed “…”": the month's point was read as a
    # sentence end, so the partial quotation had no subject and was dropped;
    # a description after "the Nov. 8 vote" lost its head the same way.
    analysis = run(
        "The Harbour Safety Board called for the pier's repair on Dec. 21 and "
        "expressed \u201cdeep regret\u201d over the closure.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Harbour Safety Board"]
    analysis = run(
        "Ada Lind won the harbour seat. The new member for the Nov. 8 seat "
        "later said she was \u201conly joking\u201d about the ferry.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]


def test_a_month_at_a_sentence_end_still_ends_it() -> None:
    # Guard (passes before the rule too): "in Dec." then a new sentence.
    analysis = run(
        "Ada Lind closed the pier in Dec. Tomas Berg said it was \u201ctoo costly to keep.\u201d",
    )
    assert [name for _text, name in spoken(analysis)] == ["Tomas Berg"]


def test_came_shouts_from_names_who_shouted() -> None:
    # "“…,” came shouts from the gallery": like "came the reply from X", the
    # speaker is after "from"; "came" was taken for the speaker.
    analysis = run(
        "The harbour board voted to close the pier on Friday.",
        "\u201cOpen the roll,\u201d came shouts from the gallery, as the board rose.",
    )
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the gallery"
