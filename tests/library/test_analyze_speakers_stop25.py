"""Speakers, stop 25 (issue 16): kinds of speaker resolved by what the text
says about them, each rule with the sentences it was written for."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_party_after_an_organisation_word_leaves_the_person() -> None:
    # "Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last
    # week said ...": the whole run was taken for an organisation (it holds
    # "Senate"), so she was never a subject and "she said" found nobody.
    analysis = run(
        "Harbour Council Ranking Democrat Ada Lind said on Monday that the "
        "ferry would keep its winter crossings.",
        "\u201cWe will not close the crossing in March,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_party_before_a_full_name_is_not_part_of_the_name() -> None:
    analysis = run(
        "Republican Tom Hale spent the morning at the ferry terminal.",
        "\u201cThe fares are too high for the islanders,\u201d Hale said.",
    )
    assert names(analysis) == ["Tom Hale"]
    assert analysis.quotes[0].speaker is not None


def test_a_party_before_one_word_stays_as_written() -> None:
    # Only a party before two or more words is stripped: "Republican Hale"
    # keeps its surname, and "the Democrat Party" is no person.
    analysis = run(
        "The Democrat Party opened its harbour office on Monday.",
        "\u201cThe fares are too high for the islanders,\u201d Republican Hale said.",
    )
    assert names(analysis) == ["Republican Hale"]


def test_a_name_with_its_workplace_then_a_verb_is_the_subject() -> None:
    # "“…,” Jeffrey Lewis of the James Martin Center for Nonproliferation
    # Studies wrote in December. But, he noted, “…”": the name was never a
    # subject (its next word is "of"), so "he" went to a run inside the
    # centre's name.
    analysis = run(
        "Mayor Tom Hale wants a second ferry for the island.",
        "\u201cA second ferry would be a stretch for a town this size,\u201d Ada Lind of "
        "the Harbour Institute for Coastal Studies wrote in May.",
        "But, she noted, \u201cthe crossing will need one by the end of the decade.\u201d",
    )
    assert names(analysis)[-1] == "Ada Lind"


def test_a_name_after_a_verb_of_thinking_is_talked_about() -> None:
    # "... he does believe McConnell is correct about being able to override
    # the president. / “I do think the votes are there,” he said": the
    # reported clause's subject took the "he".
    analysis = run(
        "Harbour master Tom Hale wants the crossing to stay open, and he believes "
        "Ada Lind is right about the spring fares.",
        "\u201cI do think the votes are there for the ferry,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_so_called_name_is_a_term() -> None:
    # "If the so-called Ferguson Effect existed, ... “They sue,” he said":
    # the term was taken for the last person named as a subject.
    analysis = run(
        "Harbour master Tom Hale spoke about the ferry crossing.",
        "If the so-called Kihnu Effect existed, there would be fewer crossings. "
        "\u201cThe ferry runs every hour,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_according_to_before_a_colon_names_the_source() -> None:
    # "According to HuffPo: “Senator Tim Kaine (D-Va.) has had ...”": the
    # colon's branch took "According" for a lead and gave up, so the
    # quotation went on from the person quoted before.
    analysis = run(
        "\u201cThe crossing stays open,\u201d said Mayor Tom Hale.",
        "According to Harbour Weekly: \u201cThe mayor has had a mixed record on the ferry "
        "throughout his career.\u201d",
    )
    assert names(analysis) == ["Tom Hale", "Harbour Weekly"]


def test_the_subject_after_an_opening_phrase_speaks_before_a_colon() -> None:
    # "As if addressing the magnate directly, the Illinois Board of
    # Elections was conclusive in its findings: “…”".
    analysis = run(
        "\u201cThe crossing stays open,\u201d said Mayor Tom Hale.",
        "As if answering him directly, the Harbour Board was blunt in its findings: "
        "\u201cFurther discussion of the ferry is unnecessary.\u201d",
    )
    assert names(analysis) == ["Tom Hale", "Harbour Board"]


def test_a_name_before_an_aside_ending_in_a_region_speaks() -> None:
    # "Clinton, during a town hall meeting in Columbus, Ohio, said she was
    # “…”": the speaker was "Ohio". (An opening phrase with no name before
    # it, "At a rally in Modesto, California, Sanders promised", is no aside.)
    analysis = run(
        "Ada Lind, during a town hall meeting in Kuressaare, Saaremaa, said she was "
        "\u201cgoing to keep the ferry running all winter.\u201d",
        "At a rally in Rohuküla, Estonia, Tom Hale promised \u201ca fight to the end.\u201d",
    )
    assert names(analysis) == ["Ada Lind", "Tom Hale"]


def test_a_place_naming_the_end_of_a_who_clause_is_not_the_speaker() -> None:
    # "Michael Seaman, who lives ... outside of the state capital,
    # Sacramento, said he still “prays ...”": the speaker was "Sacramento",
    # and the next "he" followed it.
    analysis = run(
        "Ole Berg, who lives on a farm outside the island\u2019s capital, Kuressaare, said "
        "he still \u201chopes the ferry runs all winter.\u201d",
        "\u201cI have taken it every week for thirty years,\u201d he said.",
    )
    assert names(analysis) == ["Ole Berg", "Ole Berg"]


def test_a_speech_noun_after_a_preposition_and_its_adjective_is_no_verb() -> None:
    # "In somber comments, Trump called the assault ... “an attack on our
    # country,”": "comments" was read as the verb, and "In somber" as its
    # subject.
    analysis = run(
        "Kim Lund, a pilot, spoke first.",
        "In somber remarks, Mayor Tom Hale called the closing of the crossing "
        "\u201can attack on the island,\u201d but he also noted the storm damage.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_known_as_keeps_the_name_after_it() -> None:
    # "“There never was a stand-down order,” said the base chief known as
    # Bob, speaking publicly for the first time": the phrase stopped at "as".
    analysis = run(
        "\u201cThe ferry never stopped,\u201d said the harbour pilot known as Bob, "
        "speaking publicly for the first time.",
    )
    assert names(analysis) == ["Bob"]


def test_a_name_keeps_its_long_description_before_the_verb() -> None:
    # "James Zogby, a Sanders superdelegate from the District and the
    # president of the D.C.-based Arab American Institute, said ...": the
    # phrase was cut to its last fourteen words, which name no one.
    analysis = run(
        "Ole Berg, a ferry pilot from the island of Kihnu and the chairman of the "
        "Baltic coast pilots\u2019 association for the last twenty years, said the crossing "
        "was \u201cthe roughest in a decade.\u201d",
    )
    assert names(analysis) == ["Ole Berg"]


def test_the_subject_of_a_verb_before_by_saying_speaks() -> None:
    # "... the former secretary of State responded by saying “…”": the
    # phrase was the clause up to "by", naming no one.
    analysis = run(
        "Kim Lund, a pilot, spoke first.",
        "Mayor Tom Hale responded by saying the crossing was \u201cas safe as it has "
        "ever been.\u201d",
    )
    assert names(analysis) == ["Tom Hale"]
