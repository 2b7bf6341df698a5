"""Review of the stop-34 speaker rules from reported speech (issue 16):
readings those rules made wrongly, each refused now. Every sentence here is
written by the team."""

from __future__ import annotations

from quotemark.library.model import Speaker
from tests.library.paragraphs import run

_QUIET = "The island lies north of the bay, an hour from the mainland."


def _speaker(*paragraphs: str) -> Speaker | None:
    analysis = run(*paragraphs)
    assert len(analysis.quotes) == 1
    return analysis.quotes[0].speaker


def _name(*paragraphs: str) -> str | None:
    speaker = _speaker(*paragraphs)
    return None if speaker is None else speaker.name


def _shown(*paragraphs: str) -> str | None:
    """The speaker as the reader shows it: the name, else the label."""
    speaker = _speaker(*paragraphs)
    return None if speaker is None else speaker.name or speaker.label


def test_a_credit_line_after_a_quotation_signs_nothing() -> None:
    # A caption's credit, not the person or agency who said the words.
    for credit in (
        "Getty Images",
        "Courtesy Ada Lind",
        "Copyright Ada Lind",
        "Ada Lind Photography",
    ):
        shown = _shown(_QUIET, f"\u201cThe pier is closed until spring.\u201d {credit}")
        assert shown is None or ("Lind" not in shown and "Getty" not in shown), credit


def test_a_greeting_after_a_quotation_signs_nothing() -> None:
    for greeting in ("Happy New Year", "Congratulations Team Ashton", "Thanks Everyone"):
        shown = _shown(_QUIET, f"\u201cWe finished the crossing at last.\u201d {greeting}")
        assert shown is None or shown.split()[0] != greeting.split()[0], greeting


def test_a_list_of_names_after_a_quotation_signs_nothing() -> None:
    for names in ("Ada Lind, Tom Hale, Mia Roe", "Ada Lind, Tom Hale and Mia Roe"):
        shown = _shown(_QUIET, f"\u201cThe pier is closed until spring.\u201d {names}")
        assert shown is None or "Lind" not in shown, names
    # Guards: a name, its role and its place still sign.
    signed = "\u201cThe pier is closed until spring.\u201d Ada Lind, Harbour Councillor, Ashton"
    assert _name(_QUIET, signed) == "Ada Lind"
    signed = "\u201cThe pier is closed until spring.\u201d Ada Lind, Tom Hale's deputy"
    assert _name(_QUIET, signed) == "Ada Lind"


_SAID = "HFC said \u201cthe crossing will stay closed until spring\u201d."


def test_capitals_two_bodies_share_name_neither() -> None:
    # Two bodies written out with the same initials: the reader cannot tell
    # which one the capitals mean, and must not pick the nearer.
    for opening in (
        "Harbour Ferries Canada and the Hale Fishing Cooperative met on Monday.",
        "Harbour Ferries Canada met the Hale Fishing Cooperative on Monday.",
    ):
        assert _name(opening, _SAID) == "HFC"
    # Guards: the one the text gives the capitals to in parentheses, and
    # one body written out twice.
    defined = "Harbour Ferries Canada met the Hale Fishing Cooperative (HFC) on Monday."
    assert _name(defined, _SAID) == "Hale Fishing Cooperative (HFC)"
    defined = "The Hale Fishing Cooperative (HFC) met Harbour Ferries Canada on Monday."
    assert _name(defined, _SAID) == "Hale Fishing Cooperative (HFC)"
    twice = "Harbour Ferries Canada met on Monday, and Harbour Ferries Canada wrote on Friday."
    assert _name(twice, _SAID) == "Harbour Ferries Canada (HFC)"


def test_a_surname_of_a_group_is_still_the_person() -> None:
    # "Lind of the Ashton volunteers": Ada Lind, one of them; not a body's
    # members (as "Friends of the Harbour volunteers" are).
    opening = "Ada Lind has run the harbour shelter since 2019."
    for said in (
        "Lind of the Ashton volunteers said \u201cthe church halls are full\u201d.",
        "\u201cThe church halls are full,\u201d said Lind of the Ashton volunteers.",
    ):
        assert _name(opening, said) == "Ada Lind"
    # Guard: the body's members stay unnamed.
    said = "Friends of the Harbour volunteers said \u201cthe church halls are full\u201d."
    assert _name(opening, said) is None


def test_many_people_told_after_a_verb_of_saying_are_the_subject() -> None:
    # "Lind said many residents told her": the residents told her; the
    # label is theirs, not "Lind said many residents".
    opening = "Ada Lind has run the harbour shelter since 2019."
    for counted in ("many residents", "several skippers"):
        said = f"Lind said {counted} told her the crossing was \u201ctoo rough\u201d in winter."
        speaker = _speaker(opening, said)
        assert speaker is not None
        assert speaker.name is None
        assert speaker.label == counted
    # Guard: the counted subject of a sentence's own verb keeps its label.
    said = "Many residents said \u201cthe crossing is too rough in winter\u201d."
    speaker = _speaker(opening, said)
    assert speaker is not None
    assert speaker.label == "Many residents"


def test_page_furniture_after_a_quotation_signs_nothing() -> None:
    for furniture in ("Next Story", "Share This", "Listen Now", "Sign Up"):
        shown = _shown(_QUIET, f"\u201cWe will rebuild the pier.\u201d {furniture}")
        assert shown != furniture, furniture
    # Guard: a newspaper signs a review's pull quote.
    assert _name(_QUIET, "\u201cA triumph of a crossing.\u201d The Ashton Times") is not None


def test_a_name_that_goes_on_to_act_after_its_apposition_signs_nothing() -> None:
    # "Ada Lind, the mayor, left for the mainland": the next sentence's
    # subject (its stop lost), not a sign-off.
    for rest in ("left for the mainland", "then left for the mainland"):
        said = f"\u201cWe will rebuild the pier.\u201d Ada Lind, the mayor, {rest}"
        assert _name(_QUIET, said) != "Ada Lind", rest
    # Guards: a name with its age and role, and with its role alone.
    for signed in ("Ada Lind, 54, retired skipper", "Ada Lind, the mayor"):
        said = f"\u201cWe will rebuild the pier.\u201d {signed}"
        assert _name(_QUIET, said) == "Ada Lind", signed


def test_a_compound_ending_in_a_particle_is_plural_by_its_first_noun() -> None:
    # The hyphenated-office reading takes a compound's head from its first
    # noun when a preposition stands inside ("sergeant-at-arms"); one ending
    # in a particle ("the runners-up") is read the same way: several people,
    # not the person in focus.
    lead = "Ada Lind, who won the island's rowing race in 2014, is training again."
    for plural in ("runners-up", "hangers-on"):
        said = f"The {plural} said \u201cthey will row again next year\u201d."
        assert _name(lead, said) is None, plural
    # Guard: a singular one stays the person in focus.
    said = "The runner-up said \u201cshe will row again next year\u201d."
    assert _name(lead, said) == "Ada Lind"
