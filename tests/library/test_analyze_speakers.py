"""Speakers on the shapes our own sample post uses: unnamed speakers kept as
descriptions, coordinated subjects, indirect objects of "told"."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.analyze.names import split_speaker
from quotemark.library.model import Analysis, Block, BlockKind, Quote, Speaker
from tests.library.paragraphs import run


def only(analysis: Analysis) -> Quote:
    assert len(analysis.quotes) == 1, [q.span.text for q in analysis.quotes]
    return analysis.quotes[0]


def who(quote: Quote) -> tuple[str | None, str | None]:
    speaker = quote.speaker
    assert isinstance(speaker, Speaker)
    return speaker.name, speaker.role


def test_definite_description_is_not_resolved_to_a_named_ship() -> None:
    quote = only(
        run(
            "The Polar Star left the pier at noon with forty cars on board.",
            "The winter route closed in 2009, when the former owner said the late trips"
            " were \u201ca steady loss.\u201d",
        )
    )
    assert who(quote) == (None, "the former owner")


def test_definite_description_is_not_resolved_to_a_person_named_long_before() -> None:
    quote = only(
        run(
            "Hanna Lepp opened the new pier in spring.",
            "Repairs took most of the summer.",
            "Traffic doubled by August.",
            "Back then, the former owner said the crossing was \u201cnever going to pay.\u201d",
        )
    )
    assert who(quote) == (None, "the former owner")


def test_description_still_resolves_to_the_person_just_named() -> None:
    quote = only(
        run(
            "Hanna Lepp runs the ferry company.",
            "\u201cWe will keep the night boat,\u201d the cheerful owner said.",
        )
    )
    assert who(quote) == ("Hanna Lepp", "the cheerful owner")


def test_common_noun_attribution_line_is_a_description_kept_whole() -> None:
    analysis = run(
        "\u201cThe hold was full of bicycles and nobody complained.\u201d",
        "Ferryman on the Polar Dawn, at first light",
        "Later that week the timetable changed again.",
    )
    assert who(only(analysis)) == (None, "Ferryman on the Polar Dawn, at first light")


def test_named_attribution_line_still_gives_the_name() -> None:
    analysis = run(
        "\u201cThe hold was full of bicycles and nobody complained.\u201d",
        "Toomas Rand, ferryman on the Polar Dawn",
    )
    assert who(only(analysis)) == ("Toomas Rand", "ferryman on the Polar Dawn")


def test_subject_of_a_coordinated_clause_is_the_speaker() -> None:
    analysis = run(
        "The Harbour Safety Board inspected the cranes in May and concluded that loading"
        " could restart \u201cwith no extra danger to the crews.\u201d"
    )
    quote = only(analysis)
    assert who(quote) == ("Harbour Safety Board", None)
    assert quote.span.text.startswith("that loading could restart")
    assert "Harbour Safety Board" in [s.name for s in analysis.sources]


def test_common_noun_subject_of_a_coordinated_clause_is_kept_as_a_description() -> None:
    quote = only(
        run(
            "Marek Sild chairs the council.",
            "The ministry studied the figures for a month and said the subsidy was"
            " \u201cout of the question.\u201d",
        )
    )
    assert who(quote) == (None, "The ministry")


def test_coordinated_clause_with_its_subject_out_of_reach_names_no_one() -> None:
    analysis = run(
        "Last winter the council released a \u201croad map\u201d for families who live on the"
        " outer islands and suggests the fares \u201cshould fall by a third before winter.\u201d"
    )
    quote = analysis.quotes[-1]
    assert quote.span.text.startswith("the fares")
    assert quote.speaker is None or "islands" not in (quote.speaker.role or "")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "A spokesman told Baltic Radio the bridge would stay shut \u201cuntil the ice"
            " has gone,\u201d with checks every week.",
            "the bridge would stay shut",
        ),
        (
            "The mayor told reporters on Monday the ferry was"
            " \u201cthe island\u2019s lifeline.\u201d",
            "the ferry was",
        ),
        (
            "The captain told the inspectors the radar had \u201cfailed twice in fog.\u201d",
            "the radar had",
        ),
    ],
)
def test_reported_clause_starts_after_the_one_told(sentence: str, clause: str) -> None:
    quote = only(run(sentence))
    assert quote.span.text.startswith(clause)


def test_subject_of_an_infinitive_speech_verb_is_the_speaker() -> None:
    quote = only(
        run(
            "Harbour master Eva Kask went on local radio last night to describe the storm"
            " as \u201cthe worst in forty years.\u201d"
        )
    )
    assert who(quote) == ("Eva Kask", "Harbour master")


def test_a_counted_noun_is_not_a_speech_verb() -> None:
    analysis = run(
        "The Audit Office published two highly critical reports that found"
        " \u201cdelays, overruns and missing paperwork\u201d. The ministry declined to comment."
    )
    for quote in analysis.quotes:
        assert quote.speaker is None or "published" not in (quote.speaker.role or "")
        assert quote.speaker is None or (quote.speaker.role or "").strip(". ") != "The"


def test_participle_speech_verb_belongs_to_the_main_clause_subject() -> None:
    analysis = run(
        "Toomas Rand chaired the meeting.",
        "\u201cWe all owe the crew a great deal,\u201d Rand stepped in, telling Lepp,"
        " \u201cand you most of all.\u201d",
    )
    assert [who(q)[0] for q in analysis.quotes] == ["Toomas Rand", "Toomas Rand"]


def test_possessive_description_is_someone_other_than_the_person_in_focus() -> None:
    quote = only(
        run(
            "Kalev Mets was convicted of the theft on Friday.",
            "The shopkeeper\u2019s brother testified, describing the thief as"
            " \u201cfast, calm and very polite\u201d in court.",
        )
    )
    assert who(quote) == (None, "The shopkeeper\u2019s brother")


def test_attorney_is_a_title_not_part_of_the_name() -> None:
    quote = only(run("\u201cThe sentence fits the crime,\u201d said U.S. Attorney Liina Org Tamm."))
    assert who(quote) == ("Liina Org Tamm", "U.S. Attorney")


def test_second_verb_after_a_dated_clause_names_the_speaker() -> None:
    quote = only(
        run(
            "\u201cThe fleet needs a bigger plan than the small one\u201d announced in May,"
            " said Piret Laan, a shipping analyst in Tallinn."
        )
    )
    assert who(quote) == ("Piret Laan", "a shipping analyst in Tallinn")


@pytest.mark.parametrize(
    "text",
    [
        # "States" in a country's name is no speech verb.
        "A \u201cfirst step\u201d fare deal between the United States and Finland was meant"
        " to be small.",
        # "went" in "went from ... to" is no speech verb.
        "The whole plan went from a sketch to \u201ca working timetable for every island\u201d"
        " in a week.",
        # The relative "who" is the subject: nobody named says it.
        "That was when Mets and Org found out who had written \u201cthe ferry song of the"
        " whole coast.\u201d",
        # "the ministry's claim" is a noun.
        "A clerk, who asked not to be named, said that the ministry\u2019s claim is"
        " \u201centirely false.\u201d",
    ],
)
def test_no_clause_or_fragment_becomes_a_speaker(text: str) -> None:
    for quote in run("Hanna Lepp runs the ferry company.", text).quotes:
        if quote.speaker is None:
            continue
        role = quote.speaker.role or ""
        assert quote.speaker.name in {None, "Hanna Lepp"}
        assert len(role.split()) <= 4, role


def test_description_of_someone_else_is_not_the_person_in_focus() -> None:
    quote = only(
        run(
            "Hanna Lepp runs the ferry company.",
            "Before her, the previous owner said the route was \u201cnever going to pay.\u201d",
        )
    )
    assert who(quote) == (None, "the previous owner")


def test_organisation_with_its_seat_is_the_speaker_and_a_source() -> None:
    analysis = run(
        "The Finnish Embassy in Tallinn keeps its own records and reported on Monday that"
        " crossings were \u201cat a ten-year high.\u201d"
    )
    quote = only(analysis)
    assert who(quote) == ("Finnish Embassy", "in Tallinn")
    assert "Finnish Embassy" in [s.name for s in analysis.sources]


def test_a_name_followed_by_a_plural_noun_is_not_a_subject() -> None:
    quote = only(
        run(
            "The ferry will run all winter, Harbour House planners say.",
            "The mayor said the timetable was \u201cfinally fair to the islands.\u201d",
        )
    )
    assert who(quote) == (None, "The mayor")


def test_speaker_quoting_themself_is_the_nested_speaker() -> None:
    analysis = run(
        "\u201cI rang a friend on Saaremaa Island and I said: \u2018Teach me the old"
        " songs before they are gone,\u2019\u201d Eva Kask said."
    )
    outer, nested = analysis.quotes
    assert who(outer)[0] == "Eva Kask"
    assert nested.parent == 0
    assert who(nested)[0] == "Eva Kask"


def test_sentence_opener_and_pronoun_are_no_nested_speaker() -> None:
    analysis = run(
        "\u201cSo I went back and, in the end, we kept one line: \u2018The sea remembers every"
        " name,\u2019 and nothing else,\u201d Eva Kask said."
    )
    nested = analysis.quotes[1]
    assert nested.speaker is None or nested.speaker.name in {None, "Eva Kask"}


def test_relative_who_gives_the_noun_before_it() -> None:
    quote = only(
        run(
            "Three crew members testified on Tuesday, including a senior deck officer who"
            " described the repair as \u201crushed and unsafe.\u201d"
        )
    )
    assert who(quote) == (None, "a senior deck officer")


def test_reported_clause_subject_after_said_that() -> None:
    quote = only(
        run(
            "Rand said that after a long review Tallinn had concluded the old pier was"
            " \u201cbeyond any sensible repair.\u201d"
        )
    )
    speaker = quote.speaker
    assert speaker is not None
    assert speaker.name == "Tallinn"
    assert "said" not in (speaker.role or "")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("said Island Council Speaker Mari Tamm.", "Mari Tamm", "Island Council Speaker"),
        ("said Crew Team Leader Jaan Org.", "Jaan Org", "Crew Team Leader"),
    ],
)
def test_speaker_and_leader_are_titles(sentence: str, name: str, role: str) -> None:
    quote = only(run(f"\u201cThe pier stays open all night,\u201d {sentence}"))
    assert who(quote) == (name, role)


def test_sentence_openers_are_not_part_of_a_name() -> None:
    analysis = run(
        "Here\u2019s Anton Hansen Tammsaare on the long winters of the island.",
        "\u201cThe sea takes what the land forgets.\u201d",
    )
    assert who(only(analysis))[0] == "Anton Hansen Tammsaare"


def test_contraction_is_no_name() -> None:
    assert split_speaker("I\u2019ll").name is None
    assert split_speaker("Here\u2019s Marek Sild").name == "Marek Sild"


def test_a_new_sentence_after_a_finished_quote_is_not_its_long_attribution() -> None:
    analysis = run(
        "Rand spoke at the harbour meeting on Monday.",
        "\u201cWe want more boats. It is very simple.\u201d The harbour staff standing around"
        " Mr. Rand laughed.",
    )
    quote = only(analysis)
    assert quote.speaker is None or "staff" not in (quote.speaker.role or "")


def test_a_name_ending_one_paragraph_does_not_run_into_the_next() -> None:
    # "Hanna Lepp" closes a paragraph and "Ferry Lines" opens the next: read
    # as one run they made a person "Hanna Lepp Ferry Lines", and the later
    # "Lepp said" could not find her full name.
    quote = only(
        run(
            "The night crossing was saved by the harbour master, Hanna Lepp",
            "Ferry Lines will add a second boat in June.",
            "\u201cThe island needs both crossings,\u201d Lepp said.",
        )
    )
    assert who(quote)[0] == "Hanna Lepp"


QUOTE = "\u201cThe night boat will run through the winter.\u201d"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        pytest.param(
            f"Timetable trouble was on display in May when Lepp again wrote to the council"
            f" with this: {QUOTE}",
            ("Lepp", None),
            id="a capital opening a noun phrase before a colon is no speaker; the clause's is",
        ),
        pytest.param(
            f"Moving forward, the island has a new timetable, and Harbour Lines will be left"
            f" to wonder: {QUOTE}",
            ("Harbour Lines", None),
            id="an opening phrase before a colon is no speaker",
        ),
        pytest.param(
            f"Harbour traffic doubled in June: {QUOTE}",
            None,
            id="a sentence naming no one before a colon names no speaker",
        ),
        pytest.param(
            f"Lepp is more blunt: {QUOTE}", ("Lepp", None), id="a name opening the sentence"
        ),
        pytest.param(
            f"{QUOTE[:-2]},\u201d is the answer to every question about the boat.",
            None,
            id="the answer to a question names no speaker",
        ),
        pytest.param(
            f"Mart Kask, Senior Vice President of Operations for Harbour Lines, says: {QUOTE}",
            ("Mart Kask", "Senior Vice President of Operations for Harbour Lines"),
            id="the name before a description that names no one",
        ),
        pytest.param(
            f"Mart Kask, head of operations at Harbour Lines, Inc., said: {QUOTE}",
            ("Mart Kask", "head of operations at Harbour Lines, Inc"),
            id="', Inc.,' ends no clause",
        ),
        pytest.param(
            f"In Tallinn, harbour master Eva Kask said: {QUOTE}",
            ("Eva Kask", "harbour master"),
            id="a description with its own name keeps it",
        ),
        pytest.param(
            f"Back then, the owner said: {QUOTE}",
            (None, "the owner"),
            id="an opening phrase is no name before a description",
        ),
        pytest.param(
            f"Mart Kask, a lecturer at Tartu, told Harbour Notes: {QUOTE}",
            ("Mart Kask", "a lecturer at Tartu"),
            id="the outlet someone told is not the speaker",
        ),
        pytest.param(
            f"Hanna Lepp even touched upon the idea and noted that {QUOTE}",
            ("Hanna Lepp", None),
            id="an adverb after the subject is not part of the name",
        ),
        pytest.param(
            f"Hanna Kelly even touched upon the idea and noted that {QUOTE}",
            ("Hanna Kelly", None),
            id="a surname ending in -ly is no adverb",
        ),
        pytest.param(
            f"Prosecutors alleged that the owner {QUOTE}",
            (None, "Prosecutors"),
            id="a plural noun opening the sentence is no name",
        ),
        pytest.param(
            f"Minister of Regional Affairs Anna Kask said {QUOTE}",
            ("Anna Kask", "Minister of Regional Affairs"),
            id="an office with its 'of' before the name",
        ),
        pytest.param(
            f"The island voted, but General Mart Kask, head of the coast guard, told reporters"
            f" that {QUOTE}",
            ("Mart Kask", "General, head of the coast guard"),
            id="'but' before a name and its description",
        ),
        pytest.param(
            f"Mayor Anna Kask said in a statement, {QUOTE[:-2]}\u201d at the opening, adding"
            " that the council had asked for a second boat.",
            ("Anna Kask", "Mayor"),
            id="a sentence going on after the quotation names no one of its own",
        ),
        pytest.param(
            f"{QUOTE[:-2]},\u201d said Hanna Lepp \u2728, a ferry captain.",
            ("Hanna Lepp", "a ferry captain"),
            id="emoji in a display name are no part of it",
        ),
    ],
)
def test_speaker_of_one_paragraph(
    paragraph: str, speaker: tuple[str | None, str | None] | None
) -> None:
    quote = only(run(paragraph))
    if speaker is None:
        assert quote.speaker is None
    else:
        assert who(quote) == speaker


def test_whose_clause_between_subject_and_verb_leaves_the_subject_speaking() -> None:
    quote = only(
        run(
            "Hanna Lepp spoke first.",
            "Another islander, whose name the council withheld, wrote: \u201cThe night boat"
            " is the only doctor we have.\u201d",
        )
    )
    assert who(quote) == (None, "Another islander")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\u201cThe best crossing of the year!\u201d was the response of one cheerful"
            " passenger.",
            (None, "one cheerful passenger"),
        ),
        ("\u201cNot this winter,\u201d came the reply from Hanna Lepp.", ("Hanna Lepp", None)),
    ],
)
def test_response_of_someone_after_the_quotation_names_the_speaker(
    text: str, speaker: tuple[str | None, str | None]
) -> None:
    quote = only(run("The ferry company posted a video of the crossing.", text))
    assert who(quote) == speaker


def test_a_clause_opening_with_although_after_a_quotation_does_not_attribute_it() -> None:
    analysis = run(
        "\u201cHe looked a little surprised,\u201d she wrote. \u201cSort of mildly quizzical,"
        " and not in pain.\u201d Although he had written a will, it was never witnessed."
    )
    assert [who(quote)[1] for quote in analysis.quotes] == ["she", "she"]


def test_a_surname_with_a_plural_ending_seen_in_full_is_still_a_name() -> None:
    quote = only(
        run(
            "Rod Peters runs the island council.",
            "Peters said the plan was \u201cfar too late for the island.\u201d",
        )
    )
    assert who(quote) == ("Rod Peters", None)


def test_pronoun_goes_to_a_subject_named_before_its_apposition() -> None:
    # The second person is the subject only through "Name, who ..., says":
    # the pronoun after their quote is theirs, not the first speaker's.
    analysis = analyze(
        [
            Block(BlockKind.PARAGRAPH, "The harbour will stay open all winter, Erin Kim says."),
            Block(
                BlockKind.PARAGRAPH,
                "Ferry pilot Tomas Lind, who has crossed the strait for twenty years, says "
                "the route is safe. “The water is calm in June,” he says.",
            ),
        ]
    )
    (quote,) = analysis.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Tomas Lind"


def test_pronoun_can_mean_the_person_according_to_whom() -> None:
    analysis = analyze(
        [
            Block(BlockKind.PARAGRAPH, "Mara Holt said the pier would reopen in May."),
            Block(
                BlockKind.PARAGRAPH,
                "The repairs cost more than planned, according to harbour engineer Felix Brandt.",
            ),
            Block(BlockKind.PARAGRAPH, "“The piles were older than anyone knew,” he said."),
        ]
    )
    (quote,) = analysis.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Felix Brandt"


@pytest.mark.parametrize(
    "between",
    [
        "WATCH: Coast guard chief Anton Berg warns of thin ice on the bay",
        "On Christmas Day, he plans to take the first ferry out.",
    ],
)
def test_pronoun_skips_promo_lines_and_holidays(between: str) -> None:
    # None of these names a person who could be "he".
    analysis = analyze(
        [
            Block(BlockKind.PARAGRAPH, "Union organiser Ravi Mehta said the vote was close."),
            Block(BlockKind.PARAGRAPH, between),
            Block(BlockKind.PARAGRAPH, "“We will sign up every server in town,” he said."),
        ]
    )
    (quote,) = analysis.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ravi Mehta"


def test_it_and_the_utility_name_the_organisation_last_heard_from() -> None:
    analysis = run(
        "Harbour Power has restored the grid on the east side of the island.",
        "NB Ferries said in a statement that two crossings were cancelled.",
        "\u201cThe swell is too high for the night boats,\u201d it said.",
        "Crews worked through the night, the company said.",
        "\u201cWe expect to sail again on Sunday,\u201d the company said.",
    )
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "NB Ferries",
        "NB Ferries",
    ]


def test_it_with_no_organisation_named_stays_unnamed() -> None:
    quote = only(
        run(
            "Tomas Berg has run the night ferry for twelve years.",
            "\u201cThe swell is too high for the night boats,\u201d it said.",
        )
    )
    assert who(quote) == (None, "it")


def test_a_name_and_a_past_tense_verb_after_the_quote_is_the_speaker() -> None:
    quote = only(run("\u201cGo back to the pier,\u201d Berg barked, and the crew obeyed."))
    assert who(quote)[0] == "Berg"


def test_an_organisation_goes_on_speaking_in_the_next_paragraph() -> None:
    analysis = run(
        "NB Ferries said in a statement that two crossings were cancelled.",
        "\u201cThe east pier is closed,\u201d said harbour master Tomas Berg.",
        "\u201cThe swell is too high for the night boats,\u201d it said.",
        "\u201cWe expect to sail again on Sunday.\u201d",
    )
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "Tomas Berg",
        "NB Ferries",
        "NB Ferries",
    ]
