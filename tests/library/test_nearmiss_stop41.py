"""Stop 41 review (branch s41-rev3): near misses of the rules the branches
s41-desc and s41-name added, in the team's own sentences (the bylines':
test_review_bylines_stop41.py). The ones marked "Mended" failed on main
with the three branches merged; the others are near misses that held, kept
as guards (evaluation/README.md, "Near misses of stop 41's rules")."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by

_CLOSE = "\u201cthat the pier must close before winter\u201d."
_ROUTE = "\u201cthe new ferry route is safe and will carry more cars\u201d at the meeting."
_BEFORE = "Ben Ross runs the ferry."
_WILL = "\u201cWill the pier close before winter?\u201d"


# -- a clause of time after the marks (s41-desc) ---------------------------


def test_a_time_phrase_after_the_inverted_verb_is_the_attributions_own() -> None:
    assert said_by(
        "pier",
        "Tom Hale ran the board.",
        "\u201cThe pier must close before winter,\u201d said Ada Lind after the vote.",
    ) == ["Ada Lind"]


def test_a_time_clause_after_the_attribution_set_off_by_a_comma() -> None:
    assert said_by(
        "pier",
        "Tom Hale ran the board.",
        "\u201cThe pier must close before winter,\u201d Ada Lind said, after the harbour "
        "board voted.",
    ) == ["Ada Lind"]


def test_a_time_phrase_after_the_marks_of_a_named_subject() -> None:
    assert said_by(
        "pier", "Tom Hale ran the board.", f"Ada Lind said {_CLOSE[:-1]} after the vote."
    ) == ["Ada Lind"]


# -- a description closing on a name after its preposition (s41-desc) ------


def test_mended_an_office_written_with_for_still_names_its_holder() -> None:
    # Mended: "Minister for Transport" is an office before the name, as
    # "Secretary of State" is; on main the quotation was lost (no speaker).
    analysis = run(_BEFORE, f"Minister for Transport Ada Lind defended {_ROUTE}")
    speakers = [q.speaker for q in analysis.quotes if "ferry" in q.span.text]
    assert len(speakers) == 1
    assert speakers[0] is not None
    assert speakers[0].name == "Ada Lind"
    assert speakers[0].role == "Minister for Transport"


def test_mended_another_office_with_for() -> None:
    assert said_by("ferry", _BEFORE, f"Secretary for Harbours Ada Lind defended {_ROUTE}") == [
        "Ada Lind"
    ]


def test_the_office_with_for_after_an_article_names_its_holder() -> None:
    assert said_by("ferry", _BEFORE, f"The Minister for Transport Ada Lind defended {_ROUTE}") == [
        "Ada Lind"
    ]


def test_attorneys_for_a_name_are_no_office() -> None:
    # Must not fire: a plural is no title; the name is the object of "for".
    assert "Ada Lind" not in said_by("ferry", _BEFORE, f"Attorneys for Ada Lind defended {_ROUTE}")


# -- a side and a place, an aside ending in a place (s41-name) -------------


def test_democrat_as_a_name_word_stays_a_name() -> None:
    assert said_by("pier", f"Tom Democrat of Leith said {_CLOSE}") == ["Tom Democrat"]


def test_a_side_with_an_article_after_the_name_is_her_role_too() -> None:
    assert said_by("pier", f"Ada Lind, a Democrat of Leith, said {_CLOSE}") == ["Ada Lind"]


def test_a_who_aside_ending_in_a_name_leaves_the_name_before_it() -> None:
    assert said_by("pier", f"Ada Lind, who met Tom Hale, said {_CLOSE}") == ["Ada Lind"]


def test_a_who_aside_with_another_name_and_a_region() -> None:
    assert said_by("pier", f"Ada Lind, who met Tom Hale in Leith, Fife, said {_CLOSE}") == [
        "Ada Lind"
    ]


def test_a_participle_aside_quoting_another_of_a_region() -> None:
    assert said_by("pier", f"Ada Lind, quoting Tom Hale of Leith, Fife, said {_CLOSE}") == [
        "Ada Lind"
    ]


# -- "was asked by" (s41-name) -----------------------------------------------


def test_mended_an_indirect_question_after_the_asker_joins_no_word_to_the_name() -> None:
    # Mended: on main the speaker shown was "Tom Hale whether".
    assert said_by(
        "pier",
        "Ada Lind was asked by Tom Hale whether \u201cthe pier would close before winter.\u201d",
    ) == ["Ada Lind"]


def test_mended_a_phrase_of_time_after_the_asker_is_no_part_of_the_name() -> None:
    # Mended: on main the speakers shown were "Tom Hale during the debate"
    # and "Tom Hale after the vote". The asker's rule now leaves these be.
    assert said_by("pier", f"Ada Lind was asked by Tom Hale during the debate, {_WILL}") == [
        "Ada Lind"
    ]
    assert said_by("pier", f"Ada Lind was asked by Tom Hale after the vote: {_WILL}") == [
        "Ada Lind"
    ]


def test_the_answer_after_the_asker_is_hers() -> None:
    assert said_by(
        "pier",
        "Ada Lind was asked by Tom Hale. \u201cThe pier will close before winter,\u201d she said.",
    ) == ["Ada Lind"]


def test_questioned_by_police_and_her_own_attribution_after() -> None:
    assert said_by(
        "pier",
        "Ada Lind was questioned by police, \u201cThe pier will close before winter,\u201d "
        "she told them.",
    ) == ["Ada Lind"]


def test_asked_by_an_asker_in_an_opening_clause_leaves_her_speaking() -> None:
    assert said_by(
        "pier",
        "Asked by Tom Hale whether the board would act, Ada Lind said, \u201cThe pier will "
        "close before winter.\u201d",
    ) == ["Ada Lind"]


# -- "led / prompted / forced ... NAME to declare" (s41-name) ----------------


def test_mended_pushed_past_a_name_to_declare_is_the_subjects() -> None:
    # Mended: on main "past" was read as an office before the name.
    assert said_by("pier", f"Ada Lind pushed past Tom Hale to declare {_CLOSE}") == ["Ada Lind"]


def test_mended_moved_beside_or_through_to_declare_is_the_subjects() -> None:
    # Mended: on main "Tom Hale" and "Leith Harbour" (a preposition read as
    # an office before the name).
    assert said_by("pier", f"Ada Lind moved beside Tom Hale to declare {_CLOSE}") == ["Ada Lind"]
    assert said_by("pier", f"Ada Lind pushed through Leith Harbour to declare {_CLOSE}") == [
        "Ada Lind"
    ]


def test_led_the_protest_to_declare_is_the_leaders() -> None:
    assert said_by("pier", f"Ada Lind led the protest to declare {_CLOSE}") == ["Ada Lind"]


def test_moved_to_a_place_to_declare_is_the_movers() -> None:
    assert said_by("pier", f"Ada Lind moved to Leith to declare {_CLOSE}") == ["Ada Lind"]


def test_moved_away_from_a_name_to_declare_is_the_movers() -> None:
    assert said_by("pier", f"Ada Lind moved away from Tom Hale to declare {_CLOSE}") == ["Ada Lind"]


def test_mended_a_who_aside_ending_in_a_place_after_to() -> None:
    # Mended: on main "Fife", the region of the place the aside moved to.
    assert said_by("pier", f"Ada Lind, who moved to Leith, Fife, said {_CLOSE}") == ["Ada Lind"]
    assert said_by("pier", f"Ada Lind, who moved to Leith, Fife, in May, said {_CLOSE}") == [
        "Ada Lind"
    ]


def test_a_who_aside_ending_in_a_place_then_another_name_speaking() -> None:
    # Must not fire: "and Tom Hale" opens the subject's second name.
    assert said_by("pier", f"Ada Lind, who moved to Leith, Fife, and Tom Hale said {_CLOSE}") == [
        "Tom Hale"
    ]


def test_mended_friends_of_a_name_are_no_office() -> None:
    # Mended: on main "Ada Lind" (a plural before "of" read as an office).
    assert "Ada Lind" not in said_by("ferry", _BEFORE, f"Friends of Ada Lind defended {_ROUTE}")
    assert said_by("ferry", _BEFORE, f"Friends of Ada Lind said {_ROUTE}") == [
        "Friends of Ada Lind"
    ]


def test_mended_an_office_with_of_is_taken_off_the_name() -> None:
    # Mended: on main the name shown was "State Ada Lind".
    analysis = run(_BEFORE, f"Secretary of State Ada Lind defended {_ROUTE}")
    speakers = [q.speaker for q in analysis.quotes if "ferry" in q.span.text]
    assert len(speakers) == 1
    assert speakers[0] is not None
    assert speakers[0].name == "Ada Lind"
    assert speakers[0].role == "Secretary of State"
