"""Description speakers, stop 32 (issue 16): "the minister said" is the one
person the text gave that office by name, not a nearer person it never gave
it; "the company said" is the company that spoke."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

Q = "\u201c{}\u201d"


def test_the_minister_is_the_person_named_minister_over_a_nearer_name() -> None:
    # Tom Hale is named after the minister and never given the office; the
    # description went to him, the nearest person named.
    analysis = run(
        "Transport Minister Ada Lind said the night crossing would return in May.",
        "Tom Hale, who runs the pier cafe, said he had heard that promise before.",
        Q.format("We have the crews and the fuel,") + " the minister said.",
    )
    assert spoken(analysis) == [("We have the crews and the fuel", "Ada Lind")]


def test_the_spokesperson_is_the_person_named_spokesperson() -> None:
    analysis = run(
        "Ada Lind, a spokesperson for the ministry, said the ferry would run on Sunday.",
        "Tom Hale, who runs the pier cafe, said he had heard that before.",
        Q.format("The new boat is nearly ready,") + " the spokesperson said.",
    )
    assert spoken(analysis) == [("The new boat is nearly ready", "Ada Lind")]


def test_a_former_holder_of_the_office_is_not_the_one_meant() -> None:
    # Guard: "former governor Ada Lind" does not hold the office "the
    # governor" names; the nearer person stays.
    analysis = run(
        "Former governor Ada Lind campaigned for the ferry levy last year.",
        "Tom Hale spoke to the harbour board on Monday about the levy.",
        Q.format("The levy stays,") + " the governor said.",
    )
    assert spoken(analysis) == [("The levy stays", "Tom Hale")]


def test_two_holders_of_the_office_leave_the_nearer_person() -> None:
    # Guard: "Sen. Ada Lind" and "Tom Ruiz, the senator from the north
    # shore," both hold the office, so neither is more the one meant.
    analysis = run(
        "Sen. Ada Lind and Tom Ruiz, the senator from the north shore, met the pilots.",
        "Tom Hale spoke to the harbour board on Monday about the levy.",
        Q.format("The levy stays,") + " the senator said.",
    )
    assert spoken(analysis) == [("The levy stays", "Tom Hale")]


def test_a_modifier_the_holder_lacks_leaves_the_nearer_person() -> None:
    # Guard: "the harbour minister" is not "Transport Minister Ada Lind".
    analysis = run(
        "Transport Minister Ada Lind said the night crossing would return in May.",
        "Tom Hale spoke to the harbour board on Monday about the levy.",
        Q.format("The levy stays,") + " the harbour minister said.",
    )
    assert spoken(analysis) == [("The levy stays", "Tom Hale")]


def test_the_committee_is_not_the_newspaper_that_reported_it() -> None:
    # "the committee" went to the organisation heard from last, the paper
    # that reported the story; an outlet answers to no committee's noun.
    analysis = run(
        "The Harbour Herald reported on Monday that the ferry plan was dropped.",
        "In a statement, the harbour committee said the plan "
        + Q.format("goes further than any plan before it")
        + ".",
    )
    assert [name for _text, name in spoken(analysis)] == [None]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "the harbour committee"


def test_the_newspaper_is_the_newspaper_that_spoke() -> None:
    # Guard: an outlet's own noun still means the outlet heard from last.
    analysis = run(
        "The Harbour Herald reported on Monday that the ferry plan was dropped.",
        Q.format("The islanders were never asked,") + " the newspaper said in an editorial.",
    )
    assert spoken(analysis) == [("The islanders were never asked", "Harbour Herald")]


def test_a_document_noun_before_said_is_no_verb() -> None:
    # "report" is also a verb of saying, so "the harbour report said" gave
    # the speaker "the harbour", a harbour that said nothing.
    analysis = run(
        "The board published its review of the east pier on Monday.",
        Q.format("The pier had been neglected for a decade,")
        + " the harbour report said, referring to the east pier.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "the harbour report"


def test_a_possessive_after_by_did_not_issue_the_document() -> None:
    # "a memo by the Harbour Board's chief engineer": the board owns the
    # engineer, who wrote the memo; the board's possessive is no speaker.
    analysis = run(
        "A memo by the Harbour Board's chief engineer warned of cracks in the pier.",
        Q.format("The pier had been neglected for a decade,") + " the memo said.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.name is None
    assert speaker.role == "the memo"


def test_a_state_abbreviation_after_an_opening_phrase_is_no_speaker() -> None:
    # "Calif.," after the opening phrase's place ended the clause there, so
    # the subject after it was never read and the quotation had no speaker.
    analysis = run(
        "Vandals hit the island again this week.",
        "In the hours after the storm hit Harbourton, Calif., a familiar voice "
        "celebrated the damage online: "
        + Q.format("The pier is ours now, and it will never open again."),
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "a familiar voice"


def test_a_state_abbreviation_before_a_description_is_no_name() -> None:
    # "Md.," was read as a one-word name with "a pilot" its description.
    analysis = run(
        "The pier closed on Friday.",
        "Ada Lind of Ashton, Md., a pilot, said " + Q.format("the pier is not safe in this wind."),
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]
    analysis = run(
        "The pier closed on Friday.",
        "In Ashton, Md., the mayor said " + Q.format("the pier is not safe in this wind."),
    )
    assert [name for _text, name in spoken(analysis)] == [None]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "the mayor"


def test_what_someone_said_is_no_speaker() -> None:
    # "Nothing the mayor said" is what was said: the verb sits in a relative
    # with no "that", and the attribution after the quotation names who
    # speaks. The speaker was "Nothing the mayor".
    analysis = run(
        "Tom Hale, on the radio after the speech, said the mayor had ignored the islanders.",
        "Nothing the mayor said "
        + Q.format("will calm the islanders' fears,")
        + " the harbour pilot said.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "the harbour pilot"
    analysis = run(
        "Tom Hale spoke after the vote.",
        "Everything Ada Lind says " + Q.format("is a promise she cannot keep,") + " Hale said.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Tom Hale"]


def test_a_plural_noun_after_a_number_is_no_verb() -> None:
    # "reports" after "the two lengthy investigative" is the noun: the verb
    # of saying was taken to be it, and the words before it ("Ada Lind,
    # calling the two lengthy investigative") to be its speaker.
    analysis = run(
        "The ferry ran late all summer.",
        "Late last month, the company wrote a detailed, six-page letter to the board's "
        "chair, Ada Lind, calling the two lengthy investigative reports "
        + Q.format("inaccurate and deliberately misleading."),
    )
    assert [name for _text, name in spoken(analysis)] == [None]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "the company"
