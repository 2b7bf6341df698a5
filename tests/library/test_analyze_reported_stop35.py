"""Speakers found from PolNeAR's reported speech, stop 35 (our own harbour
sentences; see evaluation/README.md, "PolNeAR's reported speech as speaker
data, stop 35")."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by, spoken

_BEFORE = "Tom Hale runs the ferry to the island."
_AFTER = "Hale did not answer."


def _speakers_of(paragraph: str) -> list[str | None]:
    return [name for _quote, name in spoken(run(_BEFORE, paragraph, _AFTER))]


def test_a_participle_after_the_quotation_names_no_one() -> None:
    """ "…”, drawing a sharp reply from Hale": the clause hangs from the
    sentence's subject, who said it; it is no "X said" after the quote."""
    said = (
        "Ada Lind welcomed \u201cthe new timetable\u201d and said \u201cshe would ride "
        "the first ferry herself\u201d, drawing a sharp reply from the union."
    )
    assert _speakers_of(said)[-1] == "Ada Lind"
    praised = (
        "Ada Lind praised \u201cthe night crews\u201d on Friday, calling them "
        "the best on the coast."
    )
    assert _speakers_of(praised) == ["Ada Lind"]


def test_a_noun_ending_like_a_participle_still_opens_a_speaker() -> None:
    """ "morning host Ada Lind said", "during the debate, Lind said": not a
    participle's clause."""
    host = "\u201cThe pier will close in May,\u201d morning host Ada Lind said."
    assert _speakers_of(host) == ["Ada Lind"]
    anchor = "\u201cThe fares will stay,\u201d evening anchor Tom Hale told viewers."
    assert _speakers_of(anchor) == ["Tom Hale"]


def test_an_opening_adverb_is_no_name() -> None:
    """ "Overall, the harbour board predicted": the word before the comma
    opens the sentence; the board speaks, not someone called Overall."""
    board = "Overall, the harbour board predicted \u201cthat the fares would rise by a third\u201d."
    assert said_by("fares", _BEFORE, board, _AFTER) == ["the harbour board"]
    port = "Regardless, the port authority said \u201cthe pier would close in May\u201d."
    assert said_by("pier", _BEFORE, port, _AFTER) == ["the port authority"]


def test_a_name_before_its_role_stays_the_speaker() -> None:
    """ "Hale, the ferry's owner said": a name the text writes inside a
    sentence elsewhere is a name, even with one comma; "Lind, the harbour
    master, said" sets the role off on both sides."""
    owner = "Hale, the ferry's owner said \u201cthe fares would stay as they are\u201d."
    assert said_by("fares", _BEFORE, owner) == ["Tom Hale"]
    master = "Lind, the harbour master, said \u201cthe pier would close in May\u201d."
    assert said_by("pier", master, _AFTER) == ["Lind"]


def test_an_aside_after_a_name_leaves_the_name_the_speaker() -> None:
    """ "Hale, after the vote, wrote": an aside opening with a preposition or
    a conjunction, set off by commas, is no speaker; the name before it is
    (as "Fiorina, speaking to Iowans, said" was)."""
    vote = "Hale, after the vote, wrote \u201cthat he would not give in to the council\u201d."
    assert said_by("give in", vote) == ["Hale"]
    storm = "Lind, despite the storm, insisted \u201cthat the ferry would sail on time\u201d."
    assert said_by("sail", storm) == ["Lind"]


def test_an_opening_word_before_an_aside_is_no_name() -> None:
    """ "Yesterday, after the vote, the council said": the subject follows
    the aside; a day opening the sentence is no one."""
    council = "Yesterday, after the vote, the council said \u201cthe pier would close in May\u201d."
    assert said_by("pier", council) == ["the council"]
