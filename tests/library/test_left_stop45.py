"""Stop 44's held-out English leftovers fixed by a general construction,
stop 45 (branch s45-left).

Each fix has the team's smallest sentence where it must fire and at least
one where it must not; the held-out posts' strict xfails it turned into
passes are in the stop 44 review files (test_review_desc_stop44.py and the
others), each with a "(s45-left: ...)" note. Every sentence here is written
by the team."""

from __future__ import annotations

from tests.library.paragraphs import shown

L, R = "\u201c", "\u201d"


# -- "“…,” her lawyer said": someone acting for her, a new person, not the
# woman "her" means; named by "Her lawyer, Peter Lang," before --


def test_her_lawyer_is_the_lawyer_not_the_woman_her_means() -> None:
    # (Was Ada Lind: "her" read as the pronoun, the noun after it dropped.)
    assert shown(f"Ada Lind lost the vote. {L}We will appeal,{R} her spokeswoman said.") == [
        (None, "her spokeswoman")
    ]


def test_her_lawyer_is_the_one_the_text_named_her_lawyer() -> None:
    # The agent set off by name after the same possessive and noun, as kin
    # is ("His father, Walter Hale, ... his father said"), over a woman
    # named between them.
    assert shown(
        "Ada Lind lost the vote. Her lawyer, Peter Lang, said she would appeal. "
        "Ruth Kegan, her sister, said nothing.",
        f"{L}We will appeal,{R} her lawyer said.",
    ) == [("Peter Lang", "her lawyer")]
    assert shown(
        "Tom Hale was charged. His lawyer, Peter Lang, said he would plead not guilty.",
        f"{L}He was not steering,{R} his lawyer said.",
    ) == [("Peter Lang", "his lawyer")]


def test_her_campaign_or_her_statement_is_still_hers() -> None:
    # Not a person: her own words through her campaign or her document.
    assert shown(f"Ada Lind lost the vote. {L}We will appeal,{R} her campaign said.") == [
        ("Ada Lind", None)
    ]
    assert shown(f"Ada Lind lost the vote. {L}We will appeal,{R} her statement said.") == [
        ("Ada Lind", None)
    ]


def test_her_aide_set_off_does_not_take_her_she() -> None:
    # A named agent does not become the woman a later "she said" means.
    assert shown(
        f"Ada Lind lost the vote. Her aide, Tom Reyes, disagreed. {L}We lost,{R} she said."
    ) == [("Ada Lind", None)]


# -- "As the Fund put it", "the Trust said": a body's short form, one
# capitalised word, shown as the text last wrote the body's name in full --


def test_a_body_s_short_form_is_shown_by_its_full_name() -> None:
    # (Both showed the short form alone: "Fund", "Trust".)
    assert shown(
        f"The Regional Development Fund warned that harbours {L}pose a growing risk{R}. "
        f"As the Fund put it, {L}deferred maintenance is not a saving.{R}"
    ) == [("Regional Development Fund", None), ("Regional Development Fund", None)]
    assert shown(
        "The Harbour Trust met on Monday.", f"{L}Repairs cannot wait,{R} the Trust said."
    ) == [("Harbour Trust", None)]


def test_a_short_form_the_text_never_wrote_in_full_stays_as_written() -> None:
    # No name ending in the word before it (a capitalised word opening a
    # sentence is no part of one), or a name other than a body's.
    assert shown(f"Tom Hale met them. {L}Repairs cannot wait,{R} the Trust said.") == [
        ("Trust", None)
    ]
    assert shown(
        "Ada Lind spoke in Kerrow. Trust staff were there. "
        f"{L}Repairs cannot wait,{R} the Trust said."
    ) == [("Trust", None)]
    assert shown(
        f"Ada Lind spoke. {L}Repairs cannot wait,{R} said Tom Hale. {L}Yes,{R} Hale said."
    ) == [
        ("Tom Hale", None),
        ("Tom Hale", None),
    ]


def test_a_short_form_takes_no_word_from_the_line_before() -> None:
    # (A month ending the line before a line-opening "The Times" was read
    # as "February.\nThe Times" on a PolNeAR tune article.)
    assert shown(
        "It ran in February.\nThe Times said nothing more. "
        f"{L}It is not a saving,{R} the Times said."
    ) == [("Times", None)]


# -- "A 2023 review by the National Audit Office ... It found that “…”": a
# document's findings in the past tense, the document brought in by "A" and
# named with its author --


def test_it_found_is_the_document_the_sentence_before_opened_with() -> None:
    # (Neither was read: "It finds" and "The report" alone were.)
    assert shown(
        "A 2023 review by the National Audit Office was blunt. "
        f"It found that grants were {L}badly targeted{R}."
    ) == [(None, "A 2023 review by the National Audit Office")]
    assert shown(
        "The report, published on Tuesday, is damning. "
        f"It concluded that the pier was {L}past saving{R}."
    ) == [(None, "The report")]


def test_it_found_after_no_document_or_with_another_verb_is_not_read() -> None:
    # A person opening the sentence before is no document; "It noted" is
    # no verb of finding.
    assert (
        shown(
            "A man from the National Audit Office was blunt. "
            f"It found that grants were {L}badly targeted{R}."
        )
        == []
    )
    assert (
        shown(
            "A 2023 review by the National Audit Office was blunt. "
            f"It noted that grants were {L}badly targeted{R}."
        )
        == []
    )
    # "the review said" stays the description (review is no speaking head).
    assert shown(f"Tom Hale read the review. {L}It is blunt,{R} the review said.") == [
        (None, "the review")
    ]
