"""Review of the stop-36 reported-speech rules (our own harbour sentences;
see evaluation/README.md, "Review of the stop-36 reported-speech rules"):
openings and descriptions the new rules must not read as a person."""

from __future__ import annotations

from tests.library.paragraphs import run

_BEFORE = "Ada Lind runs the harbour board."
_AFTER = "Lind did not answer."
_SALE = "\u201cthe board agreed to sell the pier in November\u201d"


def _speaker(line: str) -> tuple[str | None, str | None] | None:
    """The name and label of the one quotation in ``line``, set between two
    sentences about Ada Lind."""
    quotes = [q for q in run(_BEFORE, line, _AFTER).quotes if "November" in q.span.text]
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    return None if speaker is None else (speaker.name, speaker.role)


def test_people_whose_view_it_is_are_no_one_person() -> None:
    """ "To the fishermen, “…”", "For the women, “…”": the view of several
    people, shown as them; not Ada Lind, the person the text is about."""
    assert _speaker(f"To the fishermen, {_SALE}.") == (None, "the fishermen")
    assert _speaker(f"For the women, {_SALE}.") == (None, "the women")


def test_for_things_or_an_idiom_is_no_view() -> None:
    """ "For starters,", "For the records,", "For all its flaws,": no people
    whose view the words are (only a plural of people, or a plural after
    "many", "most"); the quotation stays with whoever it was before."""
    for opening in ("For starters", "For the records", "For all its flaws", "To the markets"):
        assert _speaker(f"{opening}, {_SALE}.") == ("Ada Lind", None), opening
    assert _speaker(f"For many harbour enthusiasts, {_SALE}.") == (
        None,
        "many harbour enthusiasts",
    )
    assert _speaker(f"To voters, {_SALE}.") == (None, "voters")


def test_polls_without_a_determiner_are_no_person() -> None:
    """ "In exit polls, “…”", "In surveys, “…”": the polls' finding, shown
    as them; not Ada Lind, the person named last."""
    assert _speaker(f"In exit polls, {_SALE}.") == (None, "exit polls")
    assert _speaker(f"In surveys, {_SALE}.") == (None, "surveys")
    assert _speaker(f"In a poll of voters, {_SALE}.") == (None, "a poll of voters")


def test_one_in_five_is_a_share_not_the_pronoun() -> None:
    """ "One in five residents said": a share of people counted, as "Six in
    10 residents" is; not "one" read as the person in focus (Ada Lind)."""
    said = "One in five residents said, \u201cThe board sold the pier in November.\u201d"
    assert _speaker(said) == (None, "One in five residents")
    after = "\u201cThe board sold the pier in November,\u201d one in 10 residents said."
    assert _speaker(after) == (None, "one in 10 residents")


def test_a_count_of_people_is_no_one_called_by_the_number() -> None:
    """ "Six of the fishermen said": six people, shown as such; no person
    called "Six" (as "Half of the fishermen" already is)."""
    six = "Six of the fishermen said, \u201cThe board sold the pier in November.\u201d"
    assert _speaker(six) == (None, "Six of the fishermen")
    twenty = "Twenty-two of the pilots said, \u201cThe board sold the pier in November.\u201d"
    assert _speaker(twenty) == (None, "Twenty-two of the pilots")


def test_as_reported_by_a_paper_the_subject_still_speaks() -> None:
    """ "As reported by the Gazette, the mayor said “…”": the mayor says the
    words (the paper only reported it), shown as "the mayor" as after
    "Reported by the Gazette,"; not the stray words "reported by the
    Gazette, the mayor"."""
    for opening in ("As reported by the Gazette", "As first reported by the Gazette"):
        line = f"{opening}, the mayor said, \u201cThe board sold the pier in November.\u201d"
        speaker = _speaker(line)
        assert speaker is not None, opening
        assert speaker[1] == "the mayor", opening
    hale = "As reported by the Gazette, Tom Hale said, \u201cThe board sold the pier.\u201d"
    assert _speaker(hale.replace("pier", "pier in November")) == ("Tom Hale", None)


def test_who_after_two_people_is_not_the_second_one() -> None:
    """ "Tom Hale and Ben Ross, two pilots, who said": both said it, so not
    Ben Ross alone (the description of the two is shown, as before the
    stop-36 who-clause rule); one person is still found past his role."""
    pair = (
        "Ada Lind thanked Tom Hale and Ben Ross, two pilots, who said, "
        "\u201cThe board sold the pier in November.\u201d"
    )
    assert _speaker(pair) == (None, "two pilots")
    one = (
        "The plan was backed by Tom Hale of Ashton, the ranking member on the "
        "Harbour Board, who said, \u201cThe board sold the pier in November.\u201d"
    )
    assert _speaker(one) == ("Tom Hale", None)


def test_a_party_tag_ending_an_aside_is_no_speaker() -> None:
    """ "Ada Lind, speaking after Sen. Tom Hale, R-Maine, said": the tag is
    the senator's party, the aside hangs from Ada Lind, who speaks; no one
    called R-Maine."""
    for aside in ("speaking after", "a friend of", "who sat beside"):
        line = (
            f"Ada Lind, {aside} Sen. Tom Hale, R-Maine, said, "
            "\u201cThe board sold the pier in November.\u201d"
        )
        speaker = _speaker(line)
        assert speaker is not None, aside
        assert speaker[0] == "Ada Lind", aside
    tagged = "Sen. Tom Hale, R-Maine, said, \u201cThe board sold the pier in November.\u201d"
    speaker = _speaker(tagged)
    assert speaker is not None
    assert speaker[0] == "Tom Hale"


def test_a_documents_author_ends_before_what_it_is_about() -> None:
    """ "In a report by the Gazette on Tom Hale, “…”": the Gazette's report,
    not someone called "Gazette on Tom Hale"; "In a memo sent by Tom Hale to
    Ada Lind," is Tom Hale's, with no role "to Ada Lind"."""
    assert _speaker(f"In a report by the Gazette on Tom Hale, {_SALE}.") == ("Gazette", None)
    assert _speaker(f"In a memo sent by Tom Hale to Ben Ross, {_SALE}.") == ("Tom Hale", None)
    assert _speaker(f"In a survey by the University of Ashton, {_SALE}.") == (
        "University of Ashton",
        None,
    )


def test_who_paid_for_a_report_did_not_write_it() -> None:
    """ "In a report commissioned by Tom Hale, “…”": the report's finding,
    not Tom Hale's words (he paid for it); "released by" is still his."""
    assert _speaker(f"In a report commissioned by Tom Hale, {_SALE}.") == (
        None,
        "a report commissioned by Tom Hale",
    )
    assert _speaker(f"In a study funded by Tom Hale, {_SALE}.") == (
        None,
        "a study funded by Tom Hale",
    )
    assert _speaker(f"In a report released by Tom Hale, {_SALE}.") == ("Tom Hale", None)


def test_written_by_names_the_author_not_a_verb_of_saying() -> None:
    """ "In a report written by Tom Hale, “…”": his report's words, not a
    speaker "In a report" (the subject of "written") resolved to Ada Lind."""
    assert _speaker(f"In a report written by Tom Hale, {_SALE}.") == ("Tom Hale", None)
    assert _speaker(f"In a letter signed by Tom Hale, {_SALE}.") == ("Tom Hale", None)
