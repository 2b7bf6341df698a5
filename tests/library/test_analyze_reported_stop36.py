"""Speakers found from PolNeAR's reported speech mined again, stop 36 (our
own harbour sentences; see evaluation/README.md, "Reported speech mined,
stop 36")."""

from __future__ import annotations

from tests.library.paragraphs import said_by

_BEFORE = "Ada Lind runs the harbour board."
_AFTER = "Lind did not answer."


def test_for_a_person_the_view_is_theirs() -> None:
    """ "For Tom Hale, “…”": no verb of saying, but the opening phrase says
    whose view the words are; not the person the text named last."""
    hale = "For Tom Hale, \u201cthe pier is a relic of another age\u201d."
    assert said_by("relic", _BEFORE, hale, _AFTER) == ["Tom Hale"]
    later = (
        "Tom Hale fishes off the pier. Ada Lind wants it rebuilt. "
        "For Hale, \u201cthe pier is a relic of another age\u201d."
    )
    assert said_by("relic", later, _AFTER) == ["Tom Hale"]


def test_for_people_the_view_is_theirs() -> None:
    """ "To most fishermen,", "For Lind's supporters,": people unnamed, shown
    as the description, not Ada Lind."""
    fishermen = "To most fishermen, \u201cthe pier is a relic of another age\u201d."
    assert said_by("relic", _BEFORE, fishermen, _AFTER) == ["most fishermen"]
    supporters = "For Lind's supporters, \u201cthe closure was a betrayal of the town\u201d."
    assert said_by("betrayal", _BEFORE, supporters, _AFTER) == ["Lind's supporters"]


def test_a_survey_speaks_for_itself() -> None:
    """ "In a survey released Monday, “…”": the survey's finding; "In a
    statement released by Tom Hale," the author the "by" names."""
    survey = "In a survey released Monday, \u201cmost residents wanted the pier closed\u201d."
    assert said_by("residents", _BEFORE, survey, _AFTER) == ["a survey released Monday"]
    statement = "In a statement released by Tom Hale, \u201cthe pier was declared unsafe\u201d."
    assert said_by("unsafe", _BEFORE, statement, _AFTER) == ["Tom Hale"]


def test_openings_that_give_no_view_change_nothing() -> None:
    """ "For years,", "For Christmas,", "To be sure,", "In the morning,",
    "In a statement," (whose, the sentence does not say): no source from
    the opening phrase; and a verb of saying after the words still wins."""
    for opening in ("For years", "For Christmas", "To be sure", "In the morning", "In a statement"):
        line = f"{opening}, \u201cthe pier was a relic of another age\u201d."
        assert said_by("relic", _BEFORE, line, _AFTER) == ["Ada Lind"], opening
    told = "For Lind, \u201cthe pier is a relic,\u201d Tom Hale said."
    assert said_by("relic", _BEFORE, told, _AFTER) == ["Tom Hale"]


def test_a_share_of_people_is_no_person() -> None:
    """ "Six in 10 residents say", "Half of the fishermen said": a share of
    people counted, shown as such; no person called "Six" or "Half"."""
    six = "Six in 10 residents say \u201cthe pier should close before the winter\u201d."
    assert said_by("winter", _BEFORE, six, _AFTER) == ["Six in 10 residents"]
    half = "Half of the fishermen said \u201cthe pier should stay open all year\u201d."
    assert said_by("all year", _BEFORE, half, _AFTER) == ["Half of the fishermen"]
    after = "\u201cThe pier should close,\u201d Four in 10 residents told the survey."
    assert said_by("close", _BEFORE, after, _AFTER) == ["Four in 10 residents"]


def test_a_party_tag_between_a_name_and_an_aside_is_no_name() -> None:
    """ "Sen. Ada Lind, R-Maine, speaking on the radio, said": the tag is
    her party and state, the aside hangs from her; no one called R-Maine."""
    tagged = (
        "Sen. Tom Hale, R-Maine, speaking on the radio after the vote, said "
        "\u201cthe pier failed the town\u201d."
    )
    assert said_by("failed", _BEFORE, tagged, _AFTER) == ["Tom Hale"]
    aged = "Tom Hale, 59, a retired ferry captain, said \u201cthe pier failed the town\u201d."
    assert said_by("failed", _BEFORE, aged, _AFTER) == ["Tom Hale"]


def test_who_said_after_a_description_is_the_name_before_it() -> None:
    """ "Ada Lind of Ashton, the ranking member on the Harbour Board, who
    said": "who" is Ada Lind, past her role; not "the ranking member" shown
    as someone unnamed."""
    ranked = (
        "The plan was backed by Tom Hale of Ashton, the ranking member on the "
        "Harbour Board, who said \u201cthe pier must close before the winter\u201d."
    )
    assert said_by("winter", _BEFORE, ranked, _AFTER) == ["Tom Hale"]
    unnamed = (
        "Tom Hale met the Harbour Board's chair, a retired captain, who said "
        "\u201cthe pier must close before the winter\u201d."
    )
    assert said_by("winter", _BEFORE, unnamed, _AFTER) == ["a retired captain"]


def test_as_a_paper_revealed_the_words_are_its_report() -> None:
    """ "As the Gazette revealed, “…”", "As reported by the Gazette, “…”":
    the paper reports them; not Tom Hale, named before. "As expected," and
    "As the storm passed," name no one."""
    ferry = "Tom Hale runs the ferry."
    sale = "\u201cthe board agreed to sell the pier in November\u201d."
    assert said_by("November", ferry, f"As the Gazette revealed, {sale}") == ["Gazette"]
    assert said_by("November", ferry, f"As reported by the Gazette, {sale}") == ["Gazette"]
    assert said_by("November", ferry, f"As expected, {sale}") == ["Tom Hale"]
    assert said_by("November", ferry, f"As the storm passed, {sale}") == ["Tom Hale"]


def test_according_to_a_report_holds_no_verb() -> None:
    """ "According to a new report by the Gazette, “…”": "report" is the
    source's noun, not a verb whose subject is "According to a new"."""
    ferry = "Tom Hale runs the ferry."
    line = (
        "According to a new report by the Gazette, "
        "\u201cthe board agreed to sell the pier in November\u201d."
    )
    assert said_by("November", ferry, line) == ["a new report by the Gazette"]
