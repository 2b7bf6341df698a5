"""Reports and fact-checks, stop 44 (branch s44-left5): constructions an NGO's
report uses to bring in witnesses it does not name. Every sentence here is
written by the team."""

from __future__ import annotations

from tests.library.paragraphs import shown


def test_unnamed_witness_told_us_then_her_words_in_a_paragraph_of_their_own() -> None:
    # The words go on with the unnamed woman who told us, not the place she
    # comes from (named in the heading), nor someone named further back.
    assert shown(
        "Testimony from Upper Selby",
        "Tom Hale chairs the harbour board. A 61-year-old nurse from Selby, "
        "whose name we withheld, told us that the pier was closed at night.",
        "“We walked the long way round. Nobody told us why.”",
    ) == [(None, "A 61-year-old nurse from Selby")]


def test_unnamed_subject_with_a_relative_clause_then_his_words() -> None:
    # (The description as a reader writes it: the relative clause says
    # more of him, the label is its head.)
    assert shown(
        "Ada Lind spoke first. A deckhand who worked the ferry in May said he "
        "was sent home. “There was no work and no letter.”"
    ) == [(None, "A deckhand")]


def test_a_person_named_as_a_subject_after_the_witness_speaks_next() -> None:
    # The witness's words, then a named man's: the bare quotation after the
    # man goes to him.
    assert shown(
        "A nurse from Selby told us that the ward was shut.",
        "“We moved the beds in one night.”",
        "Tom Hale, a porter, said he had helped. He said the lifts were broken. "
        "“We carried them down the stairs.”",
    ) == [(None, "A nurse from Selby"), ("Tom Hale", "a porter")]


def test_no_witness_when_the_sentence_before_names_its_subject() -> None:
    # A named subject's sentence before the quotation: his words, as before.
    assert shown(
        "A nurse from Selby told us that the ward was shut. Tom Hale said the lifts were broken.",
        "“We carried the beds down the stairs.”",
    ) == [("Tom Hale", None)]


def test_no_witness_when_a_quotation_stands_between() -> None:
    # The sentence that brings the witness in is not the one before the
    # bare quotation: the quoted man goes on speaking.
    assert shown(
        "A nurse from Selby said the ward was shut. “It was cold,” Tom Hale "
        "said. “We carried the beds down the stairs.”"
    ) == [("Tom Hale", None), ("Tom Hale", None)]


def test_a_thing_brought_in_indefinitely_does_not_speak() -> None:
    # "A letter from the board" is no person: the words are not its.
    assert shown(
        "Ada Lind chairs the trust. A letter from the harbour board said the pier would close.",
        "“We were not asked,” she said.",
    ) == [("Ada Lind", None)]


def test_a_place_an_unnamed_subject_comes_from_is_no_one_in_focus() -> None:
    # "whose ..." after the place describes the woman, not the place: a
    # later "she said" is not the place's words.
    said = shown(
        "Testimony from Upper Selby",
        "A nurse from Selby, whose name we withheld, described the night the ward shut.",
        "“We moved the beds in one night,” she said.",
    )
    assert len(said) == 1
    assert said[0][0] != "Upper Selby"


def test_a_name_described_after_another_preposition_stays_in_focus() -> None:
    # Not a place an unnamed subject comes from ("I spoke to Tom Hale, who
    # ..."): the man described is the one the "he" means.
    assert shown(
        "I spoke to Tom Hale, whose boat was taken in May.",
        "“They never gave it back,” he said.",
    ) == [("Tom Hale", None)]


def test_an_unnamed_subject_set_off_by_her_apposition_then_she_said() -> None:
    # "Another witness, a woman of ..., described ...": the apposition says
    # who she is, and "described" brings her words in as a verb of saying.
    assert shown(
        "Tom Hale spoke for the board.",
        "Another resident, a woman of 70 who mends nets on the quay, described the "
        "night the pier flooded. “The water came in under the door,” she said.",
    ) == [(None, "a woman of 70")]


def test_an_apposition_of_the_other_sex_is_not_the_she() -> None:
    # The apposition names a man: the "she" is not him.
    said = shown(
        "Ada Lind spoke for the board.",
        "Another resident, a man of 70, described the night the pier flooded. "
        "“The water came in under the door,” she said.",
    )
    assert said[0][1] != "a man of 70"


def test_a_body_quoted_then_it_said_that_in_marks() -> None:
    # "It" is the body just quoted: its written reply, quoted in parts.
    said = shown(
        "In its reply, the Harbour Trust said that the closure “was lawful in every respect”. "
        "It said that “notice was posted on the pier”.",
        "The letter gave no dates. It said the ferries had been “taken for repair”.",
    )
    assert said == [("Harbour Trust", None)] * 3


def test_it_said_after_a_person_quoted_is_no_one() -> None:
    # After a person's words "it" is a thing (a sign, a letter of hers):
    # the marked words stay a scare quote, as before.
    assert shown(
        "Ada Lind said that the closure “was lawful in every respect”. It said that "
        "“notice was posted on the pier”."
    ) == [("Ada Lind", None)]


def test_it_said_after_a_person_named_since_the_body_is_no_one() -> None:
    # A person named as a subject since the body spoke may be the one
    # whose letter "it" is.
    assert shown(
        "In its reply, the Harbour Trust said that the closure “was lawful in every respect”. "
        "Tom Hale read the letter aloud. It said that “notice was posted on the pier”."
    ) == [("Harbour Trust", None)]


def test_a_post_quoted_goes_to_the_page_that_posted_it() -> None:
    # A fact-check's post and the page that put it up: the page's words,
    # there and where the post "claims" again further on.
    said = shown(
        "A post shared 300 times claims the ferry will stop. “Last sailing on "
        "Sunday, tell everyone!” the post says. It was posted on Monday by an "
        "account called Selby Tides, which has 2,000 followers.",
        "Tom Hale said no date had been set.",
        "The post claims the board “cut the ferry” without a vote.",
    )
    assert said == [("Selby Tides", "the post")] * 2


def test_a_post_with_no_page_named_stays_the_post() -> None:
    # No page "called" anything: the post itself, as before; nor a report,
    # whose issuer other rules read.
    assert shown(
        "A post claims the ferry will stop. “Last sailing on Sunday!” the post "
        "says. It was shared by many people in Selby."
    ) == [(None, "the post")]


def test_words_a_body_gives_itself_in_a_which_clause() -> None:
    said = shown(
        "Tom Hale spoke first. The ferry is run by Selby Tides, which has 4,000 "
        "riders and describes itself as “the friendly way across”."
    )
    assert said == [("Selby Tides", None)]


def test_a_which_clause_with_no_reflexive_naming_verb_is_no_ones() -> None:
    # "which carries the words" names nothing itself: a scare quote, as before.
    assert (
        shown(
            "Tom Hale spoke first. The ferry is run by Selby Tides, which has a "
            "sign that reads “the friendly way across”."
        )
        == []
    )


def test_the_name_an_unnamed_speaker_gave() -> None:
    # "who gave his name only as Bram": the name he gave, the description
    # his role; his later "he said" goes on with him.
    said = shown(
        "We wrote to the ferry company. The man who answered, who gave his name "
        "only as Bram, said the timetable was “a draft, not a promise”. "
        "“We change it every spring,” he said."
    )
    assert [name for name, _role in said] == ["Bram", "Bram"]
    assert said[0][1] == "the man who answered"


def test_a_who_clause_giving_something_else_names_no_one() -> None:
    # "who gave his reasons as ...": no name given, the description stays.
    said = shown(
        "We wrote to the ferry company. The man who answered, who gave his "
        "reasons as Monday's storm, said the timetable was “a draft, not a promise”."
    )
    assert said == [(None, "The man who answered")]


def test_the_account_by_the_name_the_text_gave_it() -> None:
    # "an account called Selby Tides ... the account added": its name, over
    # a man named since.
    said = shown(
        "A post was shared by an account called Selby Tides. We spoke to Tom Hale about it.",
        "On Monday the account added a line to the post: “Update: no date yet.”",
    )
    assert said == [("Selby Tides", "the account")]


def test_an_account_never_called_anything_stays_the_account() -> None:
    said = shown(
        "A post was shared by an account in Selby. We spoke to Tom Hale about it.",
        "On Monday the account added a line to the post: “Update: no date yet.”",
    )
    assert said[0][0] != "Selby Tides"
    assert said[0][1] == "the account"


def test_a_definition_in_marks_is_its_agents() -> None:
    # "defined by the Harbour Trust as “…”": the trust's words.
    said = shown(
        "The law bans closures of the pier, defined by the Harbour Trust as "
        "“any shutting of the walkway for more than one day”."
    )
    assert said == [("Harbour Trust", None)]


def test_a_passive_with_no_agent_is_no_ones() -> None:
    # "defined as “…”" names no one who defines: a scare quote, as before.
    assert (
        shown(
            "The law bans closures of the pier, defined as “any shutting of the "
            "walkway for more than one day”."
        )
        == []
    )
