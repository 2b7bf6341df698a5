"""Review of the stop-33 recall rules (issue 16): readings the four rules
made wrongly, each refused now. Every sentence here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import run

_LEAD = "Tomas Berg spoke at the pier on Monday. "


def _labels(marked: str, sentence: str) -> list[str | None]:
    """The speaker labels of the quotations holding ``marked`` in the
    article of the team's opening sentence and ``sentence``."""
    return [
        q.speaker.label if q.speaker else None
        for q in run(_LEAD + sentence).quotes
        if marked in q.span.text
    ]


def test_a_name_a_band_gives_its_album_is_a_title_not_berg_s_words() -> None:
    # "The band called the album “Blue Harbour Nights”": the album's name,
    # nobody's words, and surely not Berg's (the reader showed them as his).
    assert (
        _labels(
            "Blue Harbour Nights",
            "The band called the album “Blue Harbour Nights” after the ferry.",
        )
        == []
    )
    assert (
        _labels("Lind’s Pride", "The harbour board called its new boat “Lind’s Pride” on Monday.")
        == []
    )
    assert (
        _labels("Gull Walk", "The club dubbed the new pier “the Gull Walk” at its opening.") == []
    )


def test_a_described_naming_subject_still_speaks_words_in_lower_case() -> None:
    # Guard: what the rule gained stays.
    assert _labels(
        "a clear waste of money",
        "The harbour board called the new pier “a clear waste of money” in its yearly report.",
    ) == ["The harbour board"]


def test_a_statement_quoting_residents_gives_the_issuer_no_words() -> None:
    # The report quotes the residents: the words are theirs, not the council's.
    found = _labels(
        "a clear waste of money",
        "The council issued a report quoting residents calling the pier “a clear waste of money”.",
    )
    assert "The council" not in found, found
    found = _labels(
        "a clear waste of money",
        "The council released a statement citing "
        "fishermen calling the pier “a clear waste of money”.",
    )
    assert "The council" not in found, found


def test_a_statement_calling_the_pier_still_speaks_for_its_issuer() -> None:
    assert _labels(
        "a clear waste of money",
        "The council issued a statement calling the pier “a clear waste of money”.",
    ) == ["The council"]


def test_a_report_that_quotes_or_shows_someone_does_not_say_their_words() -> None:
    # "The report quotes Ada Lind calling ...": Lind's words, not the report's.
    for sentence in (
        "The report quotes Ada Lind calling the pier “a clear waste of money”.",
        "The ad shows Ada Lind calling the pier “a clear waste of money”.",
    ):
        found = _labels("a clear waste of money", sentence)
        assert not any(label and label.startswith(("The report", "The ad")) for label in found), (
            sentence,
            found,
        )


def test_a_document_s_own_title_is_not_where_its_words_begin() -> None:
    # "The ad “Harbour Lies” hits Berg ...": the marks after "The ad" are its
    # title; the reader showed a quotation starting inside that title.
    analysis = run(
        _LEAD + "The ad “Harbour Lies” hits Berg for taking “too much money from the port”."
    )
    assert not any(
        q.span.text.startswith("Lies") and q.speaker and q.speaker.label == "The ad"
        for q in analysis.quotes
    ), [(q.span.text, q.speaker) for q in analysis.quotes]


def test_an_ad_that_hits_the_mayor_still_says_its_own_words() -> None:
    assert _labels(
        "too much money from the port",
        "The Lind ad hits Berg for taking “too much money from the port” and asks for his vote.",
    ) == ["The Lind ad"]


def test_a_piece_that_slams_a_phrase_and_goes_on_keeps_both_fragments_as_its_own() -> None:
    # A document's earlier marked words in the same sentence are no title:
    # both fragments stay the piece's. And "The piece" is a document, not
    # Berg, the person the paragraph named (the reader showed Berg).
    analysis = run(
        _LEAD + "The piece goes on to slam Berg’s “harbour folly” for implying “a plan "
        "nobody in town wants or needs”."
    )
    shown = [(q.span.text, q.speaker.label if q.speaker else None) for q in analysis.quotes]
    assert [label for _text, label in shown] == ["The piece"], shown
    assert "harbour folly" in shown[0][0], shown
    assert "a plan nobody" in shown[0][0], shown
    found = _labels(
        "for the port",
        "The op-ed hits the board for taking “too much money for the port” last year.",
    )
    assert found == ["The op-ed"], found


def test_a_band_leader_calling_people_to_the_stage_names_no_song() -> None:
    # Guard: "called the crowd to the stage, singing “…”" gives no name; the
    # words sung stay with the band leader's phrase.
    analysis = run(
        _LEAD + "At the picnic, the band leader called the crowd to the stage, singing "
        "“Our Harbour Now.”"
    )
    phrases = [
        q.speaker.span.text if q.speaker and q.speaker.span else None
        for q in analysis.quotes
        if "Our Harbour Now" in q.span.text
    ]
    assert phrases == ["the band leader"], phrases


def test_a_clause_in_which_another_person_acts_keeps_the_words_from_the_subject() -> None:
    # "a video in which Berg “mocks ...”": the clause is about Berg, and the
    # marked words are no more Lind's than before the stop-33 rule.
    found = _labels(
        "mocks the fishermen",
        "Ada Lind shared a video in which Berg “mocks the fishermen” openly.",
    )
    assert "Ada Lind" not in found, found


def test_words_in_the_mood_in_which_neighbours_live_stay_the_subjects() -> None:
    # Guard: a clause about a thing, its people unnamed, stays Lind's.
    found = _labels(
        "barely speak to each other",
        "Ada Lind bemoaned the mood in the town in which neighbours “barely speak to "
        "each other” now.",
    )
    assert found == ["Ada Lind"], found


def test_a_board_that_calls_a_meeting_or_a_path_that_calls_into_question_names_nothing() -> None:
    # "called a meeting about the “ferry lag” problem": a term, nobody's words.
    for marked, sentence in (
        ("ferry lag", "The harbour board called a meeting about the “ferry lag” problem."),
        (
            "a night of chaos",
            "The harbour board called in police after “a night of chaos” at the pier.",
        ),
        ("safe harbour", "The storm’s path called into question the “safe harbour” plan."),
    ):
        found = _labels(marked, sentence)
        assert not any(label and label.startswith("The") for label in found), (sentence, found)


def test_a_board_calling_for_or_on_someone_still_asks_in_its_own_words() -> None:
    # Guard: "called for “…”", "is calling on Berg to “…”" are the board's.
    assert _labels(
        "an end to the waste", "The harbour board called for “an end to the waste” on Monday."
    ) == ["The harbour board"]
    assert _labels(
        "stop the waste", "The harbour board is calling on Berg to “stop the waste” at once."
    ) == ["The harbour board"]


def test_a_document_published_by_someone_else_is_not_its_publishers_words() -> None:
    # "published a letter from residents calling the pier “…”": the residents'.
    for sentence in (
        "The council published a letter from residents calling the pier “a clear waste of money”.",
        "The council released a report by Ada Lind calling the pier “a clear waste of money”.",
        "The paper published a statement from the board calling the pier “a clear waste of money”.",
    ):
        found = _labels("a clear waste of money", sentence)
        assert not any(label in {"The council", "Tomas Berg"} for label in found), (
            sentence,
            found,
        )


def test_marks_in_a_documents_own_phrase_name_its_topic() -> None:
    # "The report on “ferry lag” runs ...": the report's topic, not its words.
    for marked, sentence in (
        ("ferry lag", "The report on “ferry lag” runs to 300 pages."),
        ("Pier problems", "The email with the subject “Pier problems” went out on Monday."),
    ):
        found = _labels(marked, sentence)
        assert not any(label and label.startswith("The") for label in found), (sentence, found)


def test_a_band_or_a_paper_speaking_is_not_the_person_named_before() -> None:
    # The four rules give described subjects words; "The band" is a body of
    # people, and the reader showed its words as Berg's.
    for sentence in (
        "The band issued a statement calling the pier “a clear waste of money”.",
        "The paper called the new pier “a clear waste of money” on Monday.",
        "The campaign issued a statement calling the pier “a clear waste of money”.",
    ):
        found = _labels("a clear waste of money", sentence)
        assert found, sentence
        assert "Tomas Berg" not in found, (sentence, found)
