"""The gaps the stop-39 reviews left, the general ones (branch s39-left).

Each test reads a paragraph the team wrote and asserts what the Quotes
panel shows: the quotations found and who said them. Each failed before
its fix; the must-not-fire cases hold the rule to its construction.
"""

from __future__ import annotations

import pytest

from quotemark.library.analyze.names import split_speaker
from tests.library.paragraphs import run, said_by, spoken


def _speakers(*paragraphs: str) -> list[str | None]:
    return [name for _words, name in spoken(run(*paragraphs))]


# A nickname opened by an article inside a name after (or before) the verb.


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We sail at dawn,” said Tom “the Skipper” Hale.",
        "“We sail at dawn,” Tom “the Skipper” Hale said.",
        "“We sail at dawn,” said Tom “the Skipper” Hale, the harbour master.",
    ],
)
def test_a_nickname_with_its_article_stays_inside_the_name(paragraph: str) -> None:
    # One quotation (no false one running to the nickname's opening mark),
    # given to the name without its nickname.
    assert _speakers(paragraph) == ["Tom Hale"]


def test_words_in_marks_after_a_colon_are_no_nickname() -> None:
    # "the" and capitals in marks after a name, but the name ends its
    # clause with a colon: the words are said, not a nickname.
    texts = [
        words
        for words, _name in spoken(run("Tom Hale told Ada Lind: “the Board Pays.” Nobody agreed."))
    ]
    assert texts == ["the Board Pays."]


def test_the_nickname_still_reads_without_an_article() -> None:
    assert _speakers("“We sail at dawn,” said Tom “Skip” Hale.") == ["Tom Hale"]


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Tom “Skip” Hale", "Tom Hale", None),
        ('Tom "Skip" Hale', "Tom Hale", None),
        ("Tom “the Skipper” Hale", "Tom Hale", None),
        ("Harbour Master Ada “Captain Ada” Lind", "Ada Lind", "Harbour Master"),
        # Must not fire: marks that close no nickname between two name words.
        ("the “Sea Lark” skipper Hale", "Hale", "the Sea Lark skipper"),
        ("Tom Hale", "Tom Hale", None),
    ],
)
def test_a_nickname_in_marks_is_no_part_of_the_cited_name(
    phrase: str, name: str, role: str | None
) -> None:
    # A citation gives "Tom Hale": "Tom Skip Hale" read the nickname as a
    # middle name the person does not have.
    said = split_speaker(phrase)
    assert (said.name, said.role) == (name, role)


# "a" before a noun that is also a verb of saying ("a report", "a
# statement") after the quotation: the English article, not the French
# auxiliary of "a déclaré".


@pytest.mark.parametrize(
    ("paragraph", "shown"),
    [
        (
            "“The pier is unsafe,” a report by the harbour board said.",
            "a report by the harbour board",
        ),
        (
            "“The pier is unsafe,” a report from the harbour board said.",
            "a report from the harbour board",
        ),
        ("“The pier is unsafe,” a statement by Ada Lind said.", "a statement by Ada Lind"),
    ],
)
def test_a_document_with_its_article_after_the_quotation_is_its_source(
    paragraph: str, shown: str
) -> None:
    assert said_by("pier", paragraph) == [shown]


@pytest.mark.parametrize(
    "paragraph",
    [
        "« Nous partons », a dit Claire Dubois.",
        "« Nous partons », a déclaré Claire Dubois.",
    ],
)
def test_the_french_auxiliary_still_opens_an_inverted_verb(paragraph: str) -> None:
    assert _speakers(paragraph) == ["Claire Dubois"]


# A group of people ("the crew") after a person is named: the group, not him.


@pytest.mark.parametrize(
    ("paragraphs", "shown"),
    [
        (("Tom Hale runs the ferry.", "“We will not sail,” the crew said."), "the crew"),
        (("Ada Lind chaired the inquiry.", "“The pier is unsafe,” the panel said."), "the panel"),
        (("Tom Hale ran the trial.", "“Not guilty,” the jury said."), "the jury"),
    ],
)
def test_a_group_noun_is_not_the_person_named_before(
    paragraphs: tuple[str, str], shown: str
) -> None:
    assert said_by("", *paragraphs) == [shown]


def test_one_person_described_after_the_name_is_still_that_person() -> None:
    paragraphs = ("Tom Hale runs the ferry.", "“We will not sail,” the skipper said.")
    assert said_by("", *paragraphs) == ["Tom Hale"]


# A name in marks between an article and a noun inside the speaker's phrase
# ("the “Sea Lark” skipper"): the phrase goes on past it.


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("“We sail at dawn,” said the “Sea Lark” skipper Hale.", "Hale"),
        ("“We sail at dawn,” said the “Sea Lark” skipper, Tom Hale.", "Tom Hale"),
        ("“We sail at dawn,” the “Sea Lark” skipper Tom Hale said.", "Tom Hale"),
    ],
)
def test_a_boat_named_in_marks_inside_the_phrase_keeps_the_speaker(
    paragraph: str, name: str
) -> None:
    assert said_by("dawn", paragraph) == [name]


def test_the_phrase_with_a_named_boat_and_no_name_is_the_description() -> None:
    shown = said_by("dawn", "“We sail at dawn,” said the “Sea Lark” skipper.")
    assert shown == ["the “Sea Lark” skipper"]


def test_a_boat_named_after_the_verb_is_still_no_quotation() -> None:
    assert spoken(run("Tom Hale said the “Sea Lark” would be sold.")) == []


# A colon introduced the words; the next sentence's verb quotes nothing.


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hale said: “We sail at dawn.” Ames said nothing.",
        "Hale told reporters: “We sail at dawn.” Ames said little.",
    ],
)
def test_a_verb_that_quotes_nothing_leaves_the_words_to_the_colon(paragraph: str) -> None:
    assert said_by("dawn", paragraph) == ["Hale"]


def test_the_next_sentence_still_says_the_words_when_it_quotes_them() -> None:
    assert said_by("dawn", "Hale said: “We sail at dawn.” Ames said on Monday.") == ["Ames"]


# "found" ending the sentence after a document as its subject.


@pytest.mark.parametrize(
    ("paragraph", "shown"),
    [
        (
            "“The pier is unsafe,” a report by the harbour board found.",
            "a report by the harbour board",
        ),
        ("“The pier is unsafe,” the study found.", "the study"),
    ],
)
def test_what_a_document_found_is_its_words(paragraph: str, shown: str) -> None:
    assert said_by("pier", paragraph) == [shown]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A person "found" (no document): no verb of saying.
        "“The pier is unsafe,” Tom Hale found.",
        # "found" with words after it is another clause.
        "“The pier is unsafe,” a report found last year.",
    ],
)
def test_found_gives_no_speaker_without_a_document_ending_the_sentence(paragraph: str) -> None:
    assert said_by("pier", paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Reckless” was how Ben Ross, the union's leader, described the renaming.", "Ben Ross"),
        ("“A disgrace” is what Ada Lind, the deckhand, called it.", "Ada Lind"),
        ("“Reckless” was how Ben Ross described the renaming.", "Ben Ross"),
    ],
)
def test_how_a_named_person_with_an_apposition_described_it(paragraph: str, speaker: str) -> None:
    # "was how <Name>, <apposition>, described": the apposition set off by
    # commas no longer hides the name (it gave only "the union's leader").
    assert _speakers(paragraph) == [speaker]


def test_how_a_day_went_names_no_one() -> None:
    # Must not fire: "went" names nothing, apposition or not.
    assert "Monday" not in " ".join(
        n or "" for n in _speakers("“Reckless” was how Monday, the day of the vote, went.")
    )
