"""What s40-phrase noticed and left (branch s40-asked): a document whose
aside names who ordered it, a report's noun read as a verb before a colon,
a participle's aside before "found:". Every sentence is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import said_by

L, R = "\u201c", "\u201d"
_FIRST = "Ada Lind spoke first."


# -- "The survey, commissioned by NAME, found" --------------------------------


def test_a_survey_commissioned_by_a_name_is_the_survey_s() -> None:
    # Was "commissioned by Tom Hale" alone, or the woman named before (0.40).
    assert said_by(
        "unsafe", _FIRST, f"The survey, commissioned by Tom Hale, said the pier was {L}unsafe.{R}"
    ) == ["The survey"]


def test_a_survey_commissioned_by_a_name_recommended_is_the_survey_s() -> None:
    assert said_by(
        "second boat", f"The survey, commissioned by Tom Hale, recommended {L}a second boat.{R}"
    ) == ["The survey"]


def test_people_led_by_a_name_are_not_a_document() -> None:
    # Must not fire: "led by" after people, not a document ordered by someone.
    assert said_by(
        "unsafe", _FIRST, f"The aides, led by Tom Hale, said the pier was {L}unsafe.{R}"
    ) != ["The aides"]


def test_a_report_written_by_a_name_is_left_to_its_author() -> None:
    # Must not fire: a report "written by" someone is no document ordered by
    # them; the rule leaves it as it was.
    assert said_by(
        "unsafe", _FIRST, f"The report, written by Tom Hale, said the pier was {L}unsafe.{R}"
    ) != ["The report"]


# -- "The report (by X) was short: “…”" ---------------------------------------


def test_the_report_by_a_board_was_short_is_the_report() -> None:
    # Was "The": "report" read as the verb after the article.
    assert said_by(
        "unsafe", _FIRST, f"The report by the harbour board was short: {L}The pier is unsafe.{R}"
    ) == ["The report by the harbour board"]


def test_the_report_was_short_is_the_report() -> None:
    # Was the woman named before (0.40).
    assert said_by("unsafe", _FIRST, f"The report was short: {L}The pier is unsafe.{R}") == [
        "The report"
    ]


def test_the_harbour_master_said_at_a_colon_is_unchanged() -> None:
    # Must not fire on a subject whose second word is its noun.
    assert said_by("unsafe", f"The harbour master said: {L}The pier is unsafe.{R}") == [
        "The harbour master"
    ]


def test_that_said_is_no_noun_phrase() -> None:
    # Must not fire on "That" (no article): "That said, ..." opens no subject.
    assert said_by("unsafe", f"That said, Tom Hale was blunt: {L}The pier is unsafe.{R}") == [
        "Tom Hale"
    ]


# -- "A report ..., published Monday, found: “…”" -----------------------------


def test_a_report_published_monday_found_is_the_report() -> None:
    # Was "A".
    assert said_by(
        "unsafe",
        _FIRST,
        f"A report by the harbour board, published Monday, found: {L}The pier is unsafe.{R}",
    ) == ["A report by the harbour board"]


def test_a_report_with_a_named_aside_at_a_colon_is_left() -> None:
    # Must not fire on an aside that is no participle's (a name set off).
    assert said_by(
        "unsafe",
        _FIRST,
        f"The harbour master, Tom Hale, said: {L}The pier is unsafe.{R}",
    ) == ["Tom Hale"]


# -- a sign's words in marks of their own ---------------------------------------


def test_banners_that_said_are_their_carriers_words() -> None:
    # Was the woman named before (0.40).
    assert said_by(
        "Save our ferry",
        _FIRST,
        f"Protesters carried banners that said {L}Save our ferry{R} outside the hall.",
    ) == ["Protesters"]


def test_signs_reading_after_an_opening_word_are_their_carriers_words() -> None:
    # Was "Outside", the opening word taken for a name.
    assert said_by(
        "Save Our Ferry",
        f"{L}We will fight,{R} said Ada Lind.",
        f"Outside, protesters held signs reading: {L}Save Our Ferry.{R}",
    ) == ["protesters"]


def test_banners_someone_points_to_are_left_as_they_were() -> None:
    # Must not fire: he points at the banners, he carries none; the rule
    # leaves the sentence to the search it had before (whether the words are
    # his is left open).
    assert said_by(
        "Save our ferry",
        _FIRST,
        f"Tom Hale pointed to banners that said {L}Save our ferry.{R}",
    ) == ["Tom Hale"]


def test_a_partial_sign_s_words_are_still_no_quotation() -> None:
    # Must not fire on a partial quotation: s40-phrase's rule keeps it none.
    assert (
        said_by(
            "save our ferry",
            f"Our reporter says protesters held placards reading {L}save our ferry{R}.",
        )
        == []
    )


# -- an adverb set off before a colon's subject ---------------------------------


def test_outside_comma_before_a_colon_s_subject_is_no_name() -> None:
    # Was "Outside", read as a name.
    assert said_by(
        "Save our ferry", _FIRST, f"Outside, protesters were blunt: {L}Save our ferry.{R}"
    ) == ["protesters"]


def test_a_name_with_a_comma_before_a_colon_is_still_the_name() -> None:
    # Must not fire on a name set off by its comma: "Hale, the harbour master,".
    assert said_by(
        "Save our ferry",
        _FIRST,
        f"Hale, the harbour master, was blunt: {L}Save our ferry.{R}",
    ) == ["Hale"]
