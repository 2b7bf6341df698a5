"""Another person's name given for the speaker, stop 41 (issue 16): the
team's own sentences.

A legislator's side and place set off after the name ("Ada Lind, Democrat
of Leith, said"): the side is her role, not a person called "Democrat".
An aside that opens with a participle or "who" and ends with a place
("Tom Hale, speaking at a rally in Leith, Fife, warned", "Ada Lind, who
lost her boat in Leith, Scotland, said"): the place is where, the name
before the aside speaks."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by

_CLOSE = "\u201cthat the pier must close before winter\u201d."


def test_a_side_of_a_place_after_the_name_is_her_role() -> None:
    # Before stop 41: "Democrat", a person of that name.
    assert said_by("pier", f"Senator Ada Lind, Democrat of Leith, said {_CLOSE}") == ["Ada Lind"]


def test_a_side_of_a_place_of_two_words_is_a_role_too() -> None:
    assert said_by("pier", f"Ada Lind, Republican of North Fife, told reporters {_CLOSE}") == [
        "Ada Lind"
    ]


def test_the_side_is_shown_as_her_role() -> None:
    speaker = run(f"Senator Ada Lind, Democrat of Leith, said {_CLOSE}").quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Ada Lind"
    assert speaker.role is not None
    assert "Democrat of Leith" in speaker.role


def test_a_side_with_an_article_stays_a_description() -> None:
    # Must not fire: "The Democrat of Leith" names no one before it; it is
    # a description, as it was.
    assert said_by("pier", f"The Democrat of Leith said {_CLOSE}") == ["The Democrat of Leith"]


def test_a_participle_aside_ending_in_a_region_leaves_the_name_speaking() -> None:
    # Before stop 41: "Fife", the place the aside ends with.
    assert said_by("pier", f"Tom Hale, speaking at a rally in Leith, Fife, warned {_CLOSE}") == [
        "Tom Hale"
    ]


def test_a_participle_aside_ending_in_a_state_abbreviation() -> None:
    # Before stop 41: "Md", the state's abbreviation.
    assert said_by("pier", f"Tom Hale, speaking at a rally in Leith, Md., warned {_CLOSE}") == [
        "Tom Hale"
    ]


def test_a_who_aside_ending_in_a_region_and_a_time() -> None:
    # Before stop 41: "Scotland" for both.
    assert said_by("pier", f"Ada Lind, who lost her boat in Leith, Scotland, said {_CLOSE}") == [
        "Ada Lind"
    ]
    assert said_by(
        "pier", f"Ada Lind, who lost her boat in Leith, Scotland, in May, said {_CLOSE}"
    ) == ["Ada Lind"]


def test_an_aside_naming_someone_else_is_not_the_speaker() -> None:
    # Must not fire on the person the aside names: Ada Lind speaks, not
    # Tom Hale, and not the region after him.
    assert said_by("pier", f"Ada Lind, who met Tom Hale in Leith, Fife, said {_CLOSE}") == [
        "Ada Lind"
    ]


def test_an_opening_phrase_is_no_aside_after_a_name() -> None:
    # Must not fire: the participle opens the sentence; no name stands
    # before it, and the subject after it speaks, as before.
    assert said_by("pier", f"Speaking at a rally in Leith, Fife, Tom Hale warned {_CLOSE}") == [
        "Tom Hale"
    ]


# A question put "by" someone right before the marks is the asker's.

_WHETHER = "\u201cwhether the pier would close before winter\u201d."


def test_a_question_asked_by_a_named_host_is_the_hosts() -> None:
    # Before stop 41: Ada Lind, the one asked.
    assert said_by("pier", f"Ada Lind was asked by host Tom Hale {_WHETHER}") == ["Tom Hale"]


def test_a_question_asked_by_reporters_is_theirs() -> None:
    assert said_by("pier", f"Ada Lind was asked by reporters {_WHETHER}") == ["reporters"]


def test_asked_by_someone_to_say_leaves_the_words_to_the_one_asked() -> None:
    # Must not fire: "to say" makes the words Ada Lind's, not Tom Hale's.
    assert said_by(
        "pier", "Ada Lind was asked by Tom Hale to say \u201cwhether the pier would close\u201d."
    ) == ["Ada Lind"]


def test_asked_about_marked_words_is_no_question_of_anothers() -> None:
    # Must not fire: the marks are a comment she was asked about.
    assert said_by(
        "pier", "Ada Lind was asked by Tom Hale about the \u201cpier plan\u201d comment."
    ) != ["Tom Hale"]


# A verb that makes its object speak ("led", "prompted") before "to" and a
# verb of saying: the object speaks.

_WINTER = "\u201cthe pier closed for the winter\u201d."
_LIND_SPOKE = "Ada Lind spoke on Monday."


def test_led_a_named_chairman_to_declare() -> None:
    # Before stop 41: Ada Lind, the speaker carried from before.
    assert said_by(
        "winter", _LIND_SPOKE, f"The vote led harbour chairman Tom Hale to declare {_WINTER}"
    ) == ["Tom Hale"]


def test_prompted_a_name_to_declare_before_a_colon() -> None:
    assert said_by(
        "closed",
        _LIND_SPOKE,
        "The vote prompted Tom Hale to declare: \u201cThe pier is closed.\u201d",
    ) == ["Tom Hale"]


def test_led_an_unnamed_body_to_declare_names_no_one_new() -> None:
    # Must not fire: "the board" is no name; the rule gives no one.
    assert said_by("winter", _LIND_SPOKE, f"The vote led the board to declare {_WINTER}") != [
        "Tom Hale"
    ]


def test_left_a_name_to_declare_is_no_cause() -> None:
    # Must not fire: "left" makes no one speak; the rule stays out.
    assert said_by("winter", _LIND_SPOKE, f"The vote left Tom Hale to declare {_WINTER}") == [
        "Ada Lind"
    ]


_WILL = "\u201cWill the pier close before winter?\u201d"


def test_a_full_question_asked_by_a_named_host_is_the_hosts() -> None:
    # Before stop 41: Ada Lind, the subject of "was asked".
    assert said_by("Will", f"Ada Lind was asked by host Tom Hale, {_WILL}") == ["Tom Hale"]


def test_the_asker_set_off_by_a_who_aside() -> None:
    assert said_by("Will", f"Ada Lind was asked by Tom Hale, who chairs the board, {_WILL}") == [
        "Tom Hale"
    ]


def test_her_answer_after_the_asker_is_hers() -> None:
    # Must not fire: a clause of her own after the asker ("and she said").
    assert said_by(
        "close.",
        "Ada Lind was asked by Tom Hale, and she said, \u201cThe pier will close.\u201d",
    ) == ["Ada Lind"]
