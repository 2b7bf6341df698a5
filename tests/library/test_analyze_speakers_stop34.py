"""Speakers found from ggt-dev's reported speech, stop 34 (our own harbour
sentences; see evaluation/README.md, "Reported speech as speaker data,
stop 34")."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

_BEFORE = "Tom Hale runs the ferry to the island."
_AFTER = "Hale did not answer."


def _speaker_of(paragraph: str) -> str | None:
    found = spoken(run(_BEFORE, paragraph, _AFTER))
    assert len(found) == 1
    return found[0][1]


def test_a_pull_quote_signed_after_its_stop_is_the_signers() -> None:
    said = "\u201cThe pier has been left to rot for years\u201d. Ada Lind, harbour councillor"
    assert _speaker_of(said) == "Ada Lind"


def test_a_pull_quote_signed_with_no_dash_is_the_signers() -> None:
    assert _speaker_of("\u201cNobody listens to the island.\u201d Ada Lind") == "Ada Lind"


def test_an_embedded_post_is_signed_after_its_link() -> None:
    post = (
        "\u201cCrews are out on every road and the pier is closed\u201d "
        "#Storm pic.twitter.com/x1y2z3 \u2014 Ashton Power (@ashtonpower) December 22, 2026"
    )
    assert _speaker_of(post) == "Ashton Power"
    link = (
        "\u201cThe letter is out, with every name on it\u201d https://t.co/x1y2z3 "
        "\u2014 Ada Lind (@adalind) December 22, 2026"
    )
    assert _speaker_of(link) == "Ada Lind"


def test_a_dashed_signature_leaves_out_the_handle_and_date() -> None:
    said = "\u201cThe pier is closed.\u201d \u2014 Ada Lind (@adalind) December 22, 2026"
    assert _speaker_of(said) == "Ada Lind"


def test_a_sentence_after_the_quotation_signs_nothing() -> None:
    # Guards: a name that goes on to do something, a link with no dash.
    assert _speaker_of("\u201cThe pier is closed.\u201d Ada Lind left the pier.") != "Ada Lind"
    linked = "\u201cThe pier is closed until Friday\u201d https://t.co/x1y2z3 Ada Lind"
    assert _speaker_of(linked) != "Ada Lind"


def _said(*paragraphs: str) -> tuple[str | None, str | None]:
    analysis = run(*paragraphs)
    assert len(analysis.quotes) == 1
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    return speaker.name, speaker.label


_DIRECTOR = "The harbour director, Tom Hale, urged a review of the night crossings."


def test_police_said_is_the_police_not_the_person_named_nearest() -> None:
    said = _said(_DIRECTOR, "On Friday, police said \u201cthe pier is closed to everyone\u201d.")
    assert said == (None, "police")


def test_the_military_and_the_army_are_bodies() -> None:
    for body in ("The military", "The army", "The navy"):
        said = _said(_DIRECTOR, f"{body} said \u201cit is sending boats to the island\u201d.")
        assert said == (None, body)
    # Guard: a person's description still goes to the person named.
    said = _said(_DIRECTOR, "The director said \u201cit is sending boats to the island\u201d.")
    assert said[0] == "Tom Hale"


def test_a_body_known_by_its_capitals_is_named_as_the_text_wrote_it_out() -> None:
    opening = "A letter from Harbour Ferries Canada reached the island on Monday."
    said = _said(opening, "HFC said \u201cthe crossing will stay closed until spring\u201d.")
    assert said[0] == "Harbour Ferries Canada (HFC)"
    said = _said(opening, "The HFC said \u201cthe crossing will stay closed until spring\u201d.")
    assert said[0] == "Harbour Ferries Canada (HFC)"
    # Guard: capitals the text never wrote out stay as they are.
    said = _said(_DIRECTOR, "The RCMP said \u201cthe crossing will stay closed until spring\u201d.")
    assert said[0] == "RCMP"


def test_what_follows_saying_after_the_marks_is_said_not_the_speaker() -> None:
    said = _said(
        _DIRECTOR,
        "Ashton Power reminded customers \u201cto keep away from fallen lines\u201d, "
        "saying a downed wire can kill in seconds.",
    )
    assert said[0] == "Ashton Power"


def test_a_nickname_in_marks_after_the_quotation_is_part_of_the_name() -> None:
    said = _said(
        _DIRECTOR,
        "\u201cThree of the crew were hurt on the crossing\u201d, lead singer "
        "Ada \u201cDusty\u201d Lind told fans on Instagram.",
    )
    assert said[0] is not None
    assert said[0].split()[-1] == "Lind"


def test_a_compound_office_ending_in_s_is_one_person() -> None:
    lead = (
        "Ada Lind, who became the island's envoy to Norway after the 2014 rescue, "
        "is considering a move into politics."
    )
    for office in ("sergeant-at-arms of the harbour court", "commander-in-chief"):
        said = _said(lead, f"The former {office} said \u201cshe is weighing a run\u201d.")
        assert said[0] == "Ada Lind"


def test_a_bodys_name_before_a_plural_noun_is_no_person() -> None:
    for subject in ("Out of the Rain shelter users", "Many Friends of the Harbour volunteers"):
        said = _said(_DIRECTOR, f"{subject} report \u201cthey prefer the church halls\u201d.")
        assert said == (None, subject)
    # Guard: a person "of" a place or a body keeps the name.
    said = _said(_DIRECTOR, "Ada Lind of Harbour Watch said \u201cthe church halls are full\u201d.")
    assert said[0] == "Ada Lind"


def test_a_role_in_parentheses_after_the_name_leaves_the_name() -> None:
    said = _said(_DIRECTOR, "Ada Lind (the harbour master) said \u201cthe pier reopens soon\u201d.")
    assert said[0] == "Ada Lind"


def test_many_people_said_is_a_subject_and_its_verb() -> None:
    for subject in ("Many residents", "Several pilots"):
        said = _said(_DIRECTOR, f"{subject} said \u201cthe crossing is too rough in winter\u201d.")
        assert said == (None, subject)
    # Guard: a quantifier before a document noun still makes it a noun.
    found = run(_DIRECTOR, "Two critical reports called the pier \u201ca relic\u201d.")
    assert all(q.speaker is None or q.speaker.name != "Tom Hale" for q in found.quotes)
