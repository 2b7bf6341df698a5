"""Titles and terms, stop 33 (issue 16): a programme's or a work's title in
marks is no one's words, so the reader does not highlight it as a quotation
nor list it in the Quotes panel. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run, spoken


def _marked_words(analysis: Analysis) -> list[str]:
    """Every quotation's marked words (a partial's fragments, else its span)."""
    out: list[str] = []
    for q in analysis.quotes:
        if q.marked:
            out.extend(m.text for m in q.marked)
        else:
            out.append(q.span.text)
    return out


def test_a_programme_after_its_channels_possessive_is_no_quotation() -> None:
    # The interview's words are quoted; the show they were said on is not.
    found = run("“The ferry will run all winter,” Ana Reyes said on Harbour TV’s “Morning Tide.”")
    assert spoken(found) == [("The ferry will run all winter", "Ana Reyes")]


def test_a_programme_closing_a_paragraph_before_a_new_sentence_is_no_quotation() -> None:
    found = run(
        "“The ferry will run all winter,” Ana Reyes said in a call to Coast Radio’s "
        "“Harbour Hour.” The council meets on Monday.",
        "Tomas Berg disagreed.",
    )
    assert spoken(found) == [("The ferry will run all winter", "Ana Reyes")]


def test_a_show_set_off_by_a_comma_after_a_possessive_is_no_marked_fragment() -> None:
    # The sentence goes on after the title: the thanks are a quotation, the
    # show the actress is known for is not among its marked words.
    found = run(
        "Ana Reyes, star of television’s “Crossings,” thanked the crew for "
        "“keeping the boats running.”"
    )
    words = _marked_words(found)
    assert not any("Crossings" in w for w in words), words
    assert any("keeping the boats running" in w for w in words), words


def test_a_show_opening_the_sentence_before_its_guest_is_no_quotation() -> None:
    found = run(
        "On Sunday on Harbour TV’s “Tidewatch,” Ana Reyes said the ferry would run all winter."
    )
    assert not any("Tidewatch" in w for w in _marked_words(found)), spoken(found)


def test_a_name_given_by_a_naming_verb_after_a_possessive_stays_a_quotation() -> None:
    # Guard: "called it the council's “…”" gives the name; Berg's words.
    found = run("Tomas Berg called it the council’s “Grand Plan.”")
    assert [
        (w, q.speaker.name if q.speaker else None)
        for q in found.quotes
        for w in (m.text for m in q.marked)
    ] == [("Grand Plan.", "Tomas Berg")]


def test_a_contraction_is_no_possessive() -> None:
    # Guard: "it’s" before the marks is "it is", not a channel's show.
    found = run("Tomas Berg said it’s “Morning Again.”")
    assert _marked_words(found) == ["Morning Again."]


def test_a_sentence_in_lower_case_after_a_possessive_stays_a_quotation() -> None:
    # Guard: the rule reads title-case words only.
    found = run("Ana Reyes repeated the mayor’s “we will sail at dawn.”")
    assert _marked_words(found) == ["we will sail at dawn."]


def test_a_work_opening_the_sentence_before_a_role_and_a_name_is_no_quotation() -> None:
    # "“…” star Ana Reyes": the series she is known for, not words she said;
    # before, it was a quotation given to the last speaker.
    found = run(
        "Tomas Berg spoke first. “I love the sea,” he said.",
        "Getty.",
        "“Life is a Long Swim” star Ana Reyes opened up about her years at sea.",
    )
    assert spoken(found) == [("I love the sea", "Tomas Berg")]


def test_a_quotation_closed_by_its_comma_before_a_role_and_a_name_stays() -> None:
    # Guard: "“…,” host Ana Reyes told" is an attribution; the comma says so.
    found = run("“We sail at dawn,” host Ana Reyes told her listeners.")
    assert spoken(found) == [("We sail at dawn", "Ana Reyes")]


def test_a_marked_label_line_before_links_is_no_quotation() -> None:
    # A "Related:" line between paragraphs introduces headlines; no one said it.
    found = run(
        "Tomas Berg spoke about the ferry. “We sail at dawn,” he said.",
        "“Related:”",
        "Ferry Fares Rise Again.",
    )
    assert spoken(found) == [("We sail at dawn", "Tomas Berg")]


def test_a_marked_line_that_ends_with_a_colon_but_says_more_stays() -> None:
    # Guard: three words or more before the colon are speech opening a list.
    found = run(
        "Ana Reyes read out the council's answer.",
        "“We have three demands:”",
        "More boats, lower fares and a winter timetable.",
    )
    assert [text for text, _who in spoken(found)] == ["We have three demands:"]


def test_a_headline_cited_in_parentheses_with_its_paper_and_day_is_no_quotation() -> None:
    # A letter cites the article it answers: the headline is no one's words.
    found = run(
        "LETTERS.",
        "I stand with the mayor (“Ferry fares will rise in the spring,” Harbour Post, "
        "Thursday). The council must listen.",
    )
    assert spoken(found) == []


def test_a_quotation_in_parentheses_with_its_writer_stays() -> None:
    # Guard: a verb after the name attributes the words.
    found = run(
        "The debate went on (“This is not a ferry crisis,” Tomas Berg wrote in the Post "
        "last week) for months."
    )
    assert spoken(found) == [("This is not a ferry crisis", "Tomas Berg")]


def test_a_podcast_title_with_an_apostrophe_ending_the_sentence_is_no_quotation() -> None:
    # "Here’s the Harbour" is title-case: the apostrophe is inside its word.
    found = run(
        "“Being on the water is my job,” Ana Reyes said in May on the podcast "
        "“Here’s the Harbour.”",
        "Tomas Berg disagreed.",
    )
    assert spoken(found) == [("Being on the water is my job", "Ana Reyes")]


def test_a_work_after_editor_of_with_a_possessive_inside_is_no_quotation() -> None:
    found = run(
        "“Nobody reads ferry timetables,” said Ana Reyes, a co-editor of "
        "“Sea Lanes: The Sailor’s Almanac.”"
    )
    assert spoken(found) == [("Nobody reads ferry timetables", "Ana Reyes")]
