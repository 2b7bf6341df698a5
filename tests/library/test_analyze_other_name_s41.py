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
    assert said_by(
        "pier", f"Ada Lind, Republican of North Fife, told reporters {_CLOSE}"
    ) == ["Ada Lind"]


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
