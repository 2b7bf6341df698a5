"""Stop 44 (branch s44-left): constructions from stop 43's English review
posts, each with new team sentences where the rule reads them and where it
must not. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import run, shown

# -- a job noun or a ruler's title before a full name -----------------------


def test_a_job_noun_opening_the_sentence_goes_to_the_role() -> None:
    # "Skipper" is no office, but it says what Tom Hale does, not his name.
    assert shown(
        "The ferry was cancelled again on Monday.",
        "Skipper Tom Hale said the swell was too high. “We could not land at the pier,” he said.",
    ) == [("Tom Hale", "Skipper")]


def test_a_job_noun_after_said_goes_to_the_role() -> None:
    assert shown(
        "“The steps are worn through,” said Lifeguard Ada Lind, who swims from the pier.",
    ) == [("Ada Lind", "Lifeguard")]


def test_a_ruler_s_title_after_a_royal_style_goes_to_the_role() -> None:
    name, _ = shown(
        "The chief of the harbour villages, HRH Oba Tunde Hale, visited the pier."
        " “We will rebuild it together,” he said.",
    )[0]
    assert name == "Tunde Hale"


def test_a_job_noun_that_is_a_surname_stays_in_the_name() -> None:
    # "Driver" at the end of a name is the surname, and a job noun before a
    # single name opens no name of two words: both stay as written.
    assert shown("“The pier is safe,” said Ada Driver, the harbour engineer.") == [
        ("Ada Driver", "the harbour engineer")
    ]
    assert shown("“The pier is safe,” Farmer Hale said.") == [("Farmer Hale", None)]


def test_a_surname_after_a_royal_style_stays_a_surname() -> None:
    # "Eze" is a ruler's title only after "HRH" and before a full name.
    assert (
        shown(
            "A passenger, Mrs. Ada Eze, was rescued from the water."
            " “I thank God I am alive,” she said.",
        )[0][0]
        == "Ada Eze"
    )


# -- a person's statement speaking later -------------------------------------


def test_a_titled_person_s_statement_speaks_with_the_name_alone() -> None:
    # She is named with her office once; her statement speaks as her.
    said = shown(
        "Harbour Board Chair Ada Lind said in a statement that the pier would reopen.",
        "“The repairs are going well,” the statement said.",
    )
    assert [name for name, _ in said] == ["Ada Lind"]


def test_a_body_s_statement_keeps_the_body_s_name() -> None:
    # "Harbour Board" names no person: its statement speaks as the board.
    said = shown(
        "The Harbour Board said in a statement that the pier would reopen.",
        "“The repairs are going well,” the statement said.",
    )
    assert [name for name, _ in said] == ["Harbour Board"]


# -- single marks holding double ones ----------------------------------------

_SINGLE_STYLE = (
    "Harbour master Tom Hale says the pier will not open this year. 'The piles are rotten,'"
    " he says. 'Nobody will land a boat there before the spring.'"
)


def test_single_marks_holding_double_ones_are_the_outer_quotation() -> None:
    said = [
        (q.span.text, q.kind, q.speaker.name if q.speaker else None)
        for q in run(
            _SINGLE_STYLE,
            'Ada Lind says she wrote to the board. \'I told them, "Mend it by May."'
            " They said they would try. I am still waiting,' she says.",
        ).quotes
    ]
    assert said[-2:] == [
        (
            'I told them, "Mend it by May." They said they would try. I am still waiting',
            QuoteKind.INLINE,
            "Ada Lind",
        ),
        ("Mend it by May.", QuoteKind.NESTED, "Ada Lind"),
    ]


def test_a_single_mark_that_opens_no_speech_holds_nothing() -> None:
    # "'90s" opens no sentence: the double marks stay the quotation.
    texts = [
        q.span.text
        for q in run(
            _SINGLE_STYLE,
            "In the '90s Ada Lind said, \"The pier will outlive us all.\" The boys' boats"
            " are gone now.",
        ).quotes
    ]
    assert texts[-1] == "The pier will outlive us all."


def test_where_speech_is_in_double_marks_the_inner_pair_stays_the_quotation() -> None:
    # A text whose speech is in double marks drops single pairs as terms:
    # the double pair inside one must stay a quotation of its own.
    said = [
        (q.span.text, q.kind)
        for q in run(
            "“The piles are rotten,” Tom Hale said. “Nobody will land there.”",
            'Ada Lind wrote to the board. \'I told them, "Mend it by May." They said they'
            " would try,' she said.",
        ).quotes
    ]
    assert ("Mend it by May.", QuoteKind.INLINE) in said


# -- the description that brought in someone never named ---------------------


def test_an_unnamed_source_is_shown_as_the_text_brought_them_in() -> None:
    assert shown(
        "A pilot with the Harbour Board, who asked not to be named, said the channel was"
        " silting up. “We touch bottom at low water,” the pilot said.",
    ) == [(None, "A pilot with the Harbour Board")]


def test_an_introduction_by_its_noun_alone_changes_nothing() -> None:
    # "a pilot" says nothing "the pilot" does not; a document is no one.
    assert shown(
        "A pilot said the channel was silting up. “We touch bottom at low water,” the pilot said.",
    ) == [(None, "the pilot")]
    said = shown(
        "The Harbour Board issued a short statement on Friday.",
        "“The channel will be dredged,” the statement said.",
    )
    assert [role for _, role in said] != ["a short statement"]


def test_a_named_holder_of_the_noun_is_still_the_speaker() -> None:
    assert (
        shown(
            "A pilot with the Harbour Board, Ada Lind, said the channel was silting up."
            " “We touch bottom at low water,” the pilot said.",
        )[0][0]
        == "Ada Lind"
    )


# -- an opening participle's phrase before a description and a name ---------


def test_a_name_after_an_opening_participle_and_a_description_is_the_speaker() -> None:
    assert shown(
        "Writing in the Harbour Gazette, the critic Ada Lind called the ferry book"
        " “slow but honest about the sea”.",
    ) == [("Ada Lind", "the critic")]


def test_a_description_alone_after_an_opening_participle_stays_whole() -> None:
    # No name after the comma: the phrase is left as it was read.
    said = shown(
        "Speaking on Harbour Radio, the harbour master called the delay “a scandal for the"
        " whole island”.",
    )
    assert said[0][0] is None


# -- a quotation's whole words in another language's marks -------------------


def test_marks_of_another_language_filling_a_quotation_read_once() -> None:
    said = [
        (q.span.text, q.kind, q.speaker.name if q.speaker else None)
        for q in run("“«Le quai est à nous»,” Ada Lind told the minister at the pier.").quotes
    ]
    assert said == [("«Le quai est à nous»", QuoteKind.INLINE, "Ada Lind")]


def test_marks_inside_part_of_a_quotation_stay_a_nested_quotation() -> None:
    kinds = [
        q.kind
        for q in run(
            "“The sign on the pier said «Défense de stationner la nuit» and nobody read it,”"
            " Tom Hale said.",
        ).quotes
    ]
    assert kinds == [QuoteKind.INLINE, QuoteKind.NESTED]


# -- "said she had ...": a clause after the verb, no inverted speaker --------


def test_said_and_a_pronoun_s_clause_names_no_speaker() -> None:
    # The word in marks is the name of a thing she sells, and "said she had
    # reported" opens what she said, not who said it.
    assert (
        shown('Ada Lind, who sells "dulse" near the pier, said she had reported the cracks.') == []
    )
    assert shown(
        'Ada Lind, who calls the pier "a death trap", said she had reported the cracks.'
    ) == [("Ada Lind", None)]


def test_said_and_a_pronoun_alone_is_still_an_inverted_speaker() -> None:
    said = shown(
        "Ada Lind walked the length of the pier on Monday.",
        '"The boards are rotten through and the rail is loose," said she.',
    )
    assert said == [("Ada Lind", None)]


# -- the rest of an office's portfolio after "and" ---------------------------


def test_the_rest_of_a_portfolio_after_and_is_no_person() -> None:
    assert shown(
        "The Minister for Harbour and Island Affairs, Ada Lind, visited the pier in March."
        " She told residents the repairs were “a priority for the whole department”.",
    ) == [("Ada Lind", None)]


def test_a_name_after_and_outside_an_office_is_still_a_person() -> None:
    assert shown(
        "The harbour master and Tom Hale, the skipper, walked the pier in March."
        " He told residents the repairs were “a priority for the whole island”.",
    ) == [("Tom Hale", None)]


# -- a paper's title set off after its noun ----------------------------------


def test_a_paper_s_title_in_apposition_is_no_quotation() -> None:
    assert shown(
        "“The meadows hold more carbon than we thought,” Ada Lind said.",
        "The paper, “Carbon stores of the harbour meadows”, is published in Harbour Science.",
    ) == [("Ada Lind", None)]


def test_a_paper_s_words_with_a_verb_of_saying_are_still_read() -> None:
    said = shown(
        "Ada Lind wrote up the survey for the board.",
        "Her paper, “The meadows are dying faster than anyone feared,” she said, is out now.",
    )
    assert len(said) == 1


# -- "confirmed the closure in a statement": the statement is theirs ---------


def test_a_statement_a_verb_and_its_object_came_in_is_its_maker_s() -> None:
    said = shown(
        "The harbour board's press officer, Inspector Ada Lind, confirmed the closure in a"
        " statement to reporters. She said the pier was unsafe.",
        "“The pier will stay shut until the spring,” the statement read.",
    )
    assert [name for name, _ in said] == ["Ada Lind"]


def test_a_statement_confirmed_by_no_one_named_stays_the_statement() -> None:
    said = shown(
        "The closure was confirmed in a statement to reporters.",
        "“The pier will stay shut until the spring,” the statement read.",
    )
    assert [name for name, _ in said] != ["Ada Lind"]
    assert said[0][1] == "the statement"


# -- "the authors' use of the word “…”": the word is theirs ------------------


def test_a_word_whose_use_the_sentence_gives_to_others_is_theirs() -> None:
    said = [
        (q.span.text, q.speaker.label if q.speaker else None)
        for q in run(
            "Ada Lind read the harbour survey on Friday. She questioned the surveyors' use of the"
            " word “sound” to describe the piles.",
        ).quotes
    ]
    assert said == [("“sound”", "the surveyors")]


def test_a_use_of_the_word_owned_by_no_one_is_left_as_it_was() -> None:
    # No owner of the use before it: the rule has nothing to say.
    before = "Ada Lind read the harbour survey on Friday. She questioned"
    said = [
        q.speaker.label if q.speaker else None
        for q in run(f"{before} the use of the word “sound” to describe the rotten piles.").quotes
    ]
    assert "the surveyors" not in said
