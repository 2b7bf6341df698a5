"""Review of the stop-33 title rules (issue 16): each rule drops marked words
as a title, a label or a cited headline; here, real quotations of the same
shape that a reader must still see highlighted. Every sentence here is
written by the team."""

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


# is_programme: a person's possessive (`the mayor's`, `Berg's`, `her
# father's`, a lower-case `reporter's`, initials after a verb) is no
# broadcaster's.


def test_a_one_word_answer_after_a_persons_possessive_stays_a_quotation() -> None:
    # "the mayor's “Yes.”": the mayor's word, not a show called "Yes".
    found = run("Asked about the winter timetable, Ada Lind repeated the mayor’s “Yes.”")
    assert _marked_words(found) == ["Yes."]


def test_title_case_words_after_a_named_persons_possessive_stay_a_quotation() -> None:
    found = run(
        "Ada Lind said she agreed with Tomas Berg’s “Never Again.” The council voted on Monday."
    )
    assert _marked_words(found) == ["Never Again."]


def test_a_motto_after_a_relatives_possessive_closing_a_sentence_stays() -> None:
    found = run("Ada Lind read out her father’s “Never Give Up.” Then she sat down.")
    assert _marked_words(found) == ["Never Give Up."]


def test_title_case_words_after_a_reporters_possessive_stay_a_quotation() -> None:
    found = run("Ada Lind laughed off the reporter’s “Good Luck.”")
    assert _marked_words(found) == ["Good Luck."]


def test_title_case_words_after_initials_after_a_verb_stay_a_quotation() -> None:
    found = run("Ada Lind read out TB’s “Keep the Boats Running.” The crowd cheered.")
    assert _marked_words(found) == ["Keep the Boats Running."]


def test_title_case_words_after_a_days_possessive_after_a_verb_stay_a_quotation() -> None:
    # "read out Monday’s “…”": words said on Monday; a day owns a programme
    # only after "on" or "during" (`on Sunday’s “Harbour Hour.”`).
    found = run("Ada Lind read out Monday’s “Never Again.” The crowd cheered.")
    assert _marked_words(found) == ["Never Again."]


def test_a_show_after_a_networks_plural_possessive_is_still_no_quotation() -> None:
    # Guard: "s’" is a possessive too, and "News" names a channel.
    found = run("“The ferry will run,” Ana Reyes said on Harbour News’ “Morning Tide.”")
    assert spoken(found) == [("The ferry will run", "Ana Reyes")]


def test_a_show_after_a_days_possessive_is_still_no_quotation() -> None:
    found = run("“The ferry will run,” Ana Reyes said on Sunday’s “Harbour Hour.”")
    assert spoken(found) == [("The ferry will run", "Ana Reyes")]


def test_a_show_after_a_channels_initials_after_on_is_still_no_quotation() -> None:
    found = run("“The ferry will run,” Ana Reyes said on HTV’s “Morning Tide.”")
    assert spoken(found) == [("The ferry will run", "Ana Reyes")]


# is_work_before_role: a verb of saying after the name attributes the words
# (not "went", as in "went on").


def test_a_one_word_reply_before_a_role_a_name_and_a_verb_of_saying_stays() -> None:
    found = run("Tomas Berg asked the host to leave the studio. “No” host Ada Lind replied.")
    assert spoken(found) == [("No", "Ada Lind")]


def test_a_word_before_author_a_name_and_told_stays() -> None:
    found = run("“Absolutely” author Ada Lind told the crowd at the harbour.")
    assert spoken(found) == [("Absolutely", "Ada Lind")]


def test_a_work_before_star_a_name_and_went_is_still_no_quotation() -> None:
    found = run("Tomas Berg spoke first.", "“Driftwood” star Ada Lind went to the harbour.")
    assert spoken(found) == []


def test_a_reply_before_a_role_a_name_an_aside_and_said_stays() -> None:
    found = run(
        "Tomas Berg asked whether she would retire.",
        "“Never” host Ada Lind, asked about retiring, said.",
    )
    assert spoken(found) == [("Never", "Ada Lind")]


def test_a_work_before_a_role_a_name_and_an_aside_with_no_saying_is_still_no_quotation() -> None:
    found = run(
        "Tomas Berg spoke first.",
        "“Driftwood” star Ada Lind, who grew up at the harbour, opened a sailing school.",
    )
    assert spoken(found) == []


# is_cited_in_parentheses: a person after the words is a speaker, not a paper.


def test_words_in_parentheses_with_a_persons_name_and_a_day_stay_a_quotation() -> None:
    found = run(
        "The council closed the ferry debate (“We are ready for winter,” Ada Lind, Monday)."
    )
    assert [text for text, _who in spoken(found)] == ["We are ready for winter"]


def test_words_in_parentheses_with_a_name_a_role_and_a_day_stay_a_quotation() -> None:
    found = run(
        "The ferry will run all winter (“We are ready,” Ada Lind, Harbour mayor, Thursday)."
    )
    assert [text for text, _who in spoken(found)] == ["We are ready"]


def test_a_headline_cited_with_a_web_address_and_a_day_is_still_no_quotation() -> None:
    # Guard: a site's address is a source, as a paper's name is.
    found = run(
        "LETTERS.",
        "I stand with the mayor (“Ferry fares will rise in spring,” HarbourPost.com, "
        "Thursday). The council must listen.",
    )
    assert spoken(found) == []


# is_label: a marked word and a colon that the next paragraph's quotation
# goes on from is speech introducing its own words.


def test_a_marked_word_and_colon_before_a_marked_paragraph_stays_a_quotation() -> None:
    found = run(
        "Ada Lind was asked what the ferry needs this winter.",
        "“Three things:”",
        "“Boats, money and time.”",
    )
    assert [text for text, _who in spoken(found)] == [
        "Three things:",
        "Boats, money and time.",
    ]


def test_a_label_before_an_unmarked_headline_is_still_no_quotation() -> None:
    # Guard: the stop-33 shape, a label before the linked headline it introduces.
    found = run(
        "“We sail at dawn,” Tomas Berg said.",
        "“See also:”",
        "Harbour Council Votes On Winter Ferry.",
    )
    assert spoken(found) == [("We sail at dawn", "Tomas Berg")]


# is_work_ending_sentence (stop 27, read with apostrophes inside their word at
# stop 33): a personal pronoun's contraction opening the words is speech.


def test_a_pronouns_contraction_after_said_on_the_show_stays_a_quotation() -> None:
    found = run("Ada Lind said on the show, “We’re Not Leaving.”")
    assert spoken(found) == [("We’re Not Leaving.", "Ada Lind")]


def test_a_contraction_of_here_after_the_podcast_is_still_no_quotation() -> None:
    # Guard: "Here’s" is no person; the stop-33 reading stays.
    found = run(
        "“The water is my job,” Ana Reyes said on the podcast “Here’s the Ferry.”",
    )
    assert spoken(found) == [("The water is my job", "Ana Reyes")]
