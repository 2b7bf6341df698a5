"""A post typed in capitals, stop 43 (branch s43-rtl).

A wire alert or a forum post written all in capitals capitalises every word,
so a quotation in it read as a title and was dropped: "“THE PIER WILL OPEN
IN MAY,” SAID TOM HALE." had no quotation. In a line with no lower-case
letter, marked words that end in a sentence's comma or stop are speech; a
headline in capitals quoting a title ("“JAWS” RETURNS") is still no
quotation. Every sentence here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import run


def _read(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.span.text, q.speaker.label if q.speaker else None) for q in run(*paragraphs).quotes]


def test_a_quotation_in_a_post_in_capitals_is_read_with_its_speaker() -> None:
    assert _read("“THE PIER WILL OPEN IN MAY,” SAID TOM HALE.") == [
        ("THE PIER WILL OPEN IN MAY", "TOM HALE")
    ]


def test_a_wire_alert_in_capitals_keeps_both_quotations() -> None:
    found = _read(
        "HARBOUR BOARD VOTES TO CLOSE PIER. “WE HAVE NO CHOICE,” SAID ADA LIND, THE CHAIR. "
        "“THE PLANKS ARE ROTTEN.”"
    )
    assert [text for text, _who in found] == ["WE HAVE NO CHOICE", "THE PLANKS ARE ROTTEN."]
    assert found[0][1] == "ADA LIND"


def test_a_headline_in_capitals_quoting_a_title_has_no_quotation() -> None:
    # Must not fire: a title in marks, no sentence's comma or stop inside them.
    assert _read("“THE OLD MAN AND THE SEA” RETURNS TO THE PIER CINEMA") == []
    assert _read("TONIGHT: “THE OLD MAN AND THE SEA” AT THE PIER CINEMA.") == []


def test_a_two_word_headline_quoting_a_title_has_no_quotation() -> None:
    # Must not fire: no stop after the marks and none inside them, so the
    # word after them is no pull quote's signature (in capitals or not).
    assert _read("“JAWS” RETURNS") == []
    assert _read("“Jaws” Returns") == []


def test_a_pull_quote_signed_after_its_stop_or_a_dash_keeps_its_signer() -> None:
    assert _read("“The pier has been neglected for years.” Ada Lind, harbour councillor") == [
        ("The pier has been neglected for years.", "Ada Lind")
    ]
    assert _read("“The pier has been neglected for years” — Ada Lind") == [
        ("The pier has been neglected for years", "Ada Lind")
    ]


def test_a_title_ending_in_a_comma_in_mixed_case_is_still_a_title() -> None:
    # Must not fire: a line with lower-case letters takes the old title test.
    assert _read("In his book, “Sea Lanes,” Tom Hale argued for a longer pier.") == []


def test_a_surname_after_a_verb_of_saying_in_capitals_is_the_speaker() -> None:
    # (s43-final-analyze2: "SAYS HALE", two words in capitals, was read as
    # a person's whole name and shown so.)
    assert _read("THE BOARD MET ON MONDAY.", "“THE PIER WILL OPEN IN MAY,” SAYS HALE.") == [
        ("THE PIER WILL OPEN IN MAY", "HALE")
    ]
    assert _read(
        "“WE ARE NOT DONE,” SAYS HALE",
        "Tom Hale said the board would meet again on Monday, and Ada Lind agreed.",
    ) == [("WE ARE NOT DONE", "Tom Hale")]


def test_a_given_name_that_is_a_verb_of_saying_stays_in_mixed_case() -> None:
    # Must not fire: only a run in capitals loses its first word.
    assert _read("Said Jalili spoke on Monday. “The pier is safe,” Jalili said.") == [
        ("The pier is safe", "Said Jalili")
    ]
