"""Review of stop 35's speaker rules for reported speech (s35-polrep): our
own harbour sentences (see evaluation/README.md, "Review of s35-polrep's
rules")."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

_BEFORE = "Ada Lind runs the harbour board. Tom Hale owns the ferry."


def _speaker_of(paragraph: str, *before: str) -> tuple[str | None, str | None]:
    """The name and the role of the one quotation's speaker."""
    quotes = run(*before, paragraph).quotes
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None
    return speaker.name, speaker.role


def test_a_day_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    """ "Monday, the board said", "Yesterday, the mayor said": the day opens
    the sentence as "Overall" does; the board speaks (not the person named
    last), and the label is the board, not "Monday, the board"."""
    board = "Monday, the board said \u201cthe pier will close in May\u201d."
    assert _speaker_of(board) == (None, "the board")
    assert _speaker_of(board, _BEFORE) == (None, "the board")
    mayor = "Yesterday, the mayor said \u201cthe pier will close in May\u201d."
    assert _speaker_of(mayor) == (None, "the mayor")


def test_an_aside_of_time_is_no_role() -> None:
    """ "Lind, after the vote, wrote": Lind speaks, and "after the vote" says
    when, not who she is; the Quotes panel shows no such role. An aside
    that says who she is stays her role ("Lind, of the harbour board")."""
    vote = "Lind, after the vote, wrote \u201cthat the pier would close in May\u201d."
    assert _speaker_of(vote) == ("Lind", None)
    asked = "Lind, when asked, said \u201cthe pier will close in May\u201d."
    assert _speaker_of(asked, _BEFORE) == ("Ada Lind", None)
    board = "Lind, of the harbour board, said \u201cthe pier will close in May\u201d."
    assert _speaker_of(board) == ("Lind", "of the harbour board")
    full = "Ada Lind, during the storm, said \u201cthe pier will close in May\u201d."
    assert _speaker_of(full) == ("Ada Lind", None)


def test_a_participle_prompting_someone_to_speak() -> None:
    """ "“…”, prompting Hale to say “…”": the second quotation is Hale's;
    the first is not (the participle hangs from the sentence before, as
    "…”, drawing a sharp reply from Hale" does), so it is not shown as his
    for sure, nor described as "prompting, to"."""
    inline = (
        "\u201cThe pier will close in May\u201d, prompting Hale to say "
        "\u201cthe board has lost its mind\u201d."
    )
    first, second = run(inline).quotes
    assert first.speaker is None
    assert second.speaker is not None
    assert (second.speaker.name, second.speaker.role) == ("Hale", None)
    after_lind = (
        "\u201cThe pier will close in May,\u201d Lind said, prompting Hale to say "
        "\u201cthe board has lost its mind\u201d."
    )
    assert [name for _q, name in spoken(run(_BEFORE, after_lind))] == ["Ada Lind", "Tom Hale"]
