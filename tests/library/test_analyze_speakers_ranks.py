"""Speaker names read through abbreviated military and civil ranks, and
other name parts the speaker search used to cut short (issue 16, round
five of the strict speaker work)."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_an_abbreviated_rank_does_not_end_the_speaker_phrase() -> None:
    # "Capt." and "Cmdr." once read as a sentence end, so the speaker was the
    # service branch before them ("Army", "Navy").
    analysis = run(
        "\u201cThe harbour patrol needs two more boats,\u201d said Army Capt. Ingrid"
        " Solberg, who commands the base.",
        "\u201cWe have asked for them twice,\u201d said fleet spokesman Navy Cmdr. Petter Lunde.",
        "\u201cThe budget is closed until spring,\u201d said Maj. Hanna Ek.",
    )
    assert names(analysis) == ["Ingrid Solberg", "Petter Lunde", "Hanna Ek"]


def test_a_surname_that_is_also_a_title_stays_in_the_name() -> None:
    # "Pope", "King", "Bishop" ending a name were stripped as titles, leaving
    # the given name alone ("Amy") or a name ending in an initial ("Peter T.").
    analysis = run(
        "\u201cThe ferry timetable is not the problem,\u201d Runa Bishop, a deputy"
        " harbour master, said.",
        "\u201cWe will publish the figures in May,\u201d Representative Olav T. King,"
        " Labour of Bergen, said.",
    )
    assert names(analysis) == ["Runa Bishop", "Olav T. King"]


def test_a_title_after_a_place_is_still_a_title() -> None:
    # An acronym or an abbreviated office after a run is no surname.
    analysis = run(
        "\u201cThe pier stays shut,\u201d said Jim Eglinski, Yellowhead MP, on Monday.",
    )
    assert names(analysis) == ["Jim Eglinski"]


def test_a_capitalised_word_in_a_firm_name_is_not_a_second_speech_verb() -> None:
    # "Point" is a speech verb ("point out"), but capitalised inside the
    # firm's name it opened no new clause: the speaker was "Research & Trading".
    analysis = run(
        "\u201cThe ferry levy will pass by summer,\u201d Ivar Dahl, an analyst at Compass"
        " Point Research & Trading, wrote in a note.",
    )
    assert names(analysis) == ["Ivar Dahl"]


def test_a_dotted_abbreviation_keeps_an_organisation_speaking() -> None:
    # "U.S." once ended the sentence after the quotation (no speaker at all),
    # and an organisation's run began after it ("S. Met Office").
    analysis = run(
        "\u201cThe grid can carry the winter load,\u201d the U.S. Department of Energy"
        " said on Tuesday.",
        "The U.K. Met Office said the storm would pass by noon. \u201cWinds will ease after"
        " dark,\u201d it said.",
    )
    assert names(analysis) == ["U.S. Department of Energy", "U.K. Met Office"]
    assert {"U.S. Department of Energy", "U.K. Met Office"} <= {s.name for s in analysis.sources}
