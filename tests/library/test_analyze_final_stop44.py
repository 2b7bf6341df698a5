"""Stop 44's English speaker rules read again (branch s44-final-analyze):
sentences on which a rule must not fire. Every sentence here is written by
the team."""

from __future__ import annotations

from tests.library.paragraphs import shown


def test_another_said_brings_in_no_one_named_by_the_words_after_it() -> None:
    # "Another said the man told them": "another" is the pronoun (another
    # resident) saying something, not "another said the man" brought in.
    said = shown(
        "Tom Hale spoke for the board. One resident said the pier was shut. Another "
        "said the man told them to leave. “We left at nine,” he said."
    )
    assert len(said) == 1
    assert "said" not in (said[0][1] or "")


def test_one_said_then_a_bare_quotation_is_not_the_words_of_one_said_the_skipper() -> None:
    # The teller of a bare quotation after "One said the skipper ...": not
    # a description that runs over the verb.
    said = shown(
        "Ada Lind ran the ferry. One said the skipper told them to leave.",
        "“We left at nine.”",
    )
    assert all("said" not in (role or "") for _name, role in said)


def test_one_of_the_residents_is_still_brought_in() -> None:
    # The count with "of": the one of them who spoke, as before.
    assert shown(
        "Tom Hale spoke for the board. One of the residents said the pier was shut. "
        "“We left at nine,” she said."
    ) == [(None, "One of the residents")]


def test_nobody_verbed_after_a_question_is_no_speaker() -> None:
    # "Nobody answered" after a question with no attribution of its own:
    # no one spoke the words, so "Nobody" is never shown as the speaker.
    said = shown("Tom Hale walked to the gate. “Is the pier shut?” Nobody answered him.")
    assert said == [("Tom Hale", None)]


def test_someone_verbed_after_a_question_still_asks() -> None:
    # Must not fire: a name with its past verb after the question is still
    # the one who asked.
    assert shown("Tom Hale walked to the gate. “Is the pier shut?” Ada Lind asked.") == [
        ("Ada Lind", None)
    ]


def test_a_tweet_is_not_given_to_the_page_that_posted_an_earlier_post() -> None:
    # The page put up the post at the top; the tweet further on is another
    # document, and no page is said to have posted it.
    said = shown(
        "A post shared 300 times claims the ferry will stop. It was posted on Monday by "
        "a page called Harbour Watch.",
        "Ada Lind, the harbour master, denied it.",
        "A second claim came from Tom Hale himself. “The pier is sold,” the tweet reads.",
    )
    assert len(said) == 1
    assert said[0][0] != "Harbour Watch"


def test_a_book_published_by_a_group_called_so_posts_no_message() -> None:
    # "published ... by a group called Harbour Press" speaks of a story, not
    # of the message quoted later.
    said = shown(
        "The story was published in 1990 by a group called Harbour Press.",
        "Years later a claim went round. “The pier is sold,” the message reads.",
    )
    assert said == [(None, "the message")]


def test_a_person_who_asks_may_go_on_speaking() -> None:
    # Must not fire: a named person asks (no reporter's question), and the
    # "he" after may be the one who asked as well as the one asked: the
    # pronoun is read as before, not given to the one asked.
    assert shown(
        "Tom Hale spoke first. Ben Reid asked Ada Lind why the pier was shut. "
        "“Is it the money?” he said."
    ) == [("Ben Reid", None)]


def test_the_name_given_wins_over_a_person_named_before() -> None:
    # The description was taken for the woman named just before; the
    # who-clause gives the man's own name, which a reader writes.
    assert shown(
        "Ada Lind spoke. The man who answered, who gave his name only as Gil, said: "
        "“We are closed.”"
    ) == [("Gil", "the man who answered")]


def test_a_name_written_in_the_phrase_keeps_it() -> None:
    # Must not fire: the phrase names him; the name he gave is not shown
    # over the one the text writes.
    assert shown(
        "Ada Lind spoke. Tom Hale, who gave his name only as Tom, said: “We are closed.”"
    ) == [("Tom Hale", None)]
