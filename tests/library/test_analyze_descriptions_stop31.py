"""Descriptions with a body word, stop 31 (issue 16): "the press secretary
said" is the person the text gave that office by name, not the press."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken


def test_the_press_secretary_is_the_person_named_press_secretary() -> None:
    # "press" made the description an outlet, so it was never resolved; the
    # text gave the office to Ada Lind, and a later name (Tom Hale) is not her.
    analysis = run(
        "Ada Lind, the port's press secretary, said the ferry would run on Sunday.",
        "Tom Hale, who runs the pier cafe, said he had heard that before.",
        "\u201cWe have the crews and the fuel,\u201d the press secretary said.",
    )
    assert spoken(analysis) == [("We have the crews and the fuel", "Ada Lind")]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.role == "the press secretary"


def test_the_police_chief_is_the_person_named_police_chief() -> None:
    # "Harbour Police Chief Ada Lind ... / ... / “…,” the police chief said":
    # "police" made the description an organisation.
    analysis = run(
        "Harbour Police Chief Ada Lind closed the east pier on Friday night.",
        "The closure follows a year of complaints from the island's commuters.",
        "\u201cThe pier is not safe in this wind,\u201d the police chief said.",
    )
    assert spoken(analysis) == [("The pier is not safe in this wind", "Ada Lind")]


def test_the_company_spokeswoman_is_the_person_named_company_spokeswoman() -> None:
    analysis = run(
        "Ada Lind, a company spokeswoman, said the night crossing would return in May.",
        "The ferry has not run after dark since the winter storms.",
        "\u201cThe new boat is nearly ready,\u201d the company spokeswoman said.",
    )
    assert spoken(analysis) == [("The new boat is nearly ready", "Ada Lind")]


def test_an_adjective_that_names_an_outlet_modifies_a_person() -> None:
    # "independent" (as in The Independent) made "the independent senator"
    # an outlet.
    analysis = run(
        "Tom Hale, an independent senator, voted against the harbour bill.",
        "The bill passed the upper house by two votes on Thursday.",
        "\u201cThe island was never asked,\u201d the independent senator said.",
    )
    assert spoken(analysis) == [("The island was never asked", "Tom Hale")]


def test_the_office_given_before_the_name_is_that_person() -> None:
    # "the party chairwoman, Representative Ada Lind," names her after the
    # noun, as news style introduces an office holder; "In January," before
    # it is no name.
    analysis = run(
        "In January, the party chairwoman, Representative Ada Lind of the "
        "north ward, appointed a new harbour panel.",
        "The panel meets on the first Monday of each month.",
        "\u201cThe island deserves a hearing,\u201d the party chairwoman said.",
    )
    assert spoken(analysis) == [("The island deserves a hearing", "Ada Lind")]


def test_a_body_word_description_does_not_go_to_the_nearest_name() -> None:
    # Guard (passes before the rule too): no one is given "press secretary"
    # by name, so the press secretary is not Tom Hale, named just before.
    analysis = run(
        "Tom Hale, who runs the pier cafe, said the ferry had been late all week.",
        "\u201cWe have the crews and the fuel,\u201d the press secretary said.",
    )
    assert spoken(analysis) == [("We have the crews and the fuel", None)]


def test_the_same_noun_after_another_body_is_someone_else() -> None:
    # Guard (passes before the rule too): a fire chief is not the police
    # chief, though both are chiefs.
    analysis = run(
        "Fire Chief Tom Hale closed the east pier on Friday night.",
        "The closure follows a year of complaints from the island's commuters.",
        "\u201cThe pier is not safe in this wind,\u201d the police chief said.",
    )
    assert spoken(analysis) == [("The pier is not safe in this wind", None)]


def test_two_people_given_the_office_leave_it_unnamed() -> None:
    # Guard (passes before the rule too): two press secretaries named.
    analysis = run(
        "Press secretary Ada Lind and press secretary Tom Hale met the crews.",
        "The meeting follows a year of complaints from the island's commuters.",
        "\u201cWe have the crews and the fuel,\u201d the press secretary said.",
    )
    assert spoken(analysis) == [("We have the crews and the fuel", None)]


def test_another_body_s_office_named_after_the_noun_is_someone_else() -> None:
    # Guard (passes before the rule too): "The fire chief, Tom Hale," is not
    # the police chief.
    analysis = run(
        "The fire chief, Tom Hale, closed the east pier on Friday night.",
        "The closure follows a year of complaints from the island's commuters.",
        "\u201cThe pier is not safe in this wind,\u201d the police chief said.",
    )
    assert spoken(analysis) == [("The pier is not safe in this wind", None)]


def test_the_press_itself_is_no_person() -> None:
    # Guard (passes before the rule too): "the press" ends in no person noun.
    analysis = run(
        "Ada Lind, the port's press secretary, spoke to the Harbour Press on Friday.",
        "\u201cThe pier is closed,\u201d the press reported.",
    )
    assert [name for _text, name in spoken(analysis)] != ["Ada Lind"]
