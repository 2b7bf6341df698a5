"""One reading of a nickname inside a name, stop 40 (s40-split): the speaker's
phrase and name (:func:`names.nickname_end`) read it as the quotation filter
does (:func:`names.is_nickname`). Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.analyze.names import nickname_end, split_speaker
from tests.library.paragraphs import run, spoken


def test_a_nickname_after_initials_is_no_part_of_the_speakers_name() -> None:
    # (Before, initials were no first name for the phrase's reading: "T.J" or
    # no one at all.)
    assert spoken(
        run("\u201cThe pier stays open,\u201d said Capt. T.J. \u201cSkip\u201d Hale.")
    ) == [("The pier stays open", "T.J. Hale")]
    assert spoken(
        run("\u201cThe pier stays open,\u201d Capt. T.J. \u201cSkip\u201d Hale said.")
    ) == [("The pier stays open", "T.J. Hale")]
    assert split_speaker("Capt. T.J. \u201cSkip\u201d Hale").name == "T.J. Hale"


def test_a_nickname_between_first_name_and_surname_still_leaves_the_name() -> None:
    assert split_speaker("Tom \u201cSkip\u201d Hale").name == "Tom Hale"
    assert split_speaker("Tom \u201cthe Skipper\u201d Hale").name == "Tom Hale"


def test_marks_after_a_function_word_are_no_nickname() -> None:
    text = "In \u201cNight Crossings\u201d Hale says the pier stays open."
    assert nickname_end(text, 0, text.index("\u201c")) is None
