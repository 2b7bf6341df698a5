"""Pronoun speakers, stop 32 (issue 16): a titled name whose apposition
stands between it and its verb is still the sentence's subject, so the
"he said" after it is that person's."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken


def test_a_titled_name_then_a_who_clause_then_a_negated_verb_is_the_subject() -> None:
    # "Councillor Hale, who chairs ..., doesn't mince words": Hale is the
    # subject (the verb comes after the who-clause), so the quotation after
    # it is his, not Tomas Ruiz's from the paragraph before.
    analysis = run(
        "\u201cThe pier is fine,\u201d Mr. Ruiz said.",
        "But Councillor Hale, who chairs the harbour board, doesn\u2019t mince words "
        "about where he stands.",
        "\u201cThe pier must close,\u201d he said.",
    )
    assert spoken(analysis)[-1] == ("The pier must close", "Hale")


def test_a_titled_surname_then_an_aside_then_its_verb_is_the_subject() -> None:
    # "Mr. Hale, like most pilots, is wary": the surname with its title, set
    # off by an aside, is the subject of "is"; his "he said" is his.
    analysis = run(
        "Tom Hale, a pilot, has crossed the bay for thirty years.",
        "\u201cThe pier is fine,\u201d Mr. Ruiz said.",
        "Mr. Hale, like most pilots, is wary of the new pier. But he sees why the board built it.",
        "\u201cIt had to be done,\u201d he said.",
    )
    assert spoken(analysis)[-1] == ("It had to be done", "Tom Hale")


def test_a_titled_name_after_a_preposition_stays_an_object() -> None:
    # Guard: "a deal with shipbuilder Harbourline, which ..., sparked": the
    # name is the object of "with", so it takes no "they" or "he" after it.
    analysis = run(
        "\u201cThe pier is fine,\u201d Tomas Ruiz said.",
        "The board's deal with Councillor Hale, who chairs the port, sparked protests on the quay.",
        "\u201cWe will keep talking,\u201d he said.",
    )
    assert spoken(analysis)[-1] == ("We will keep talking", "Tomas Ruiz")


def test_a_surname_inside_a_longer_name_is_no_subject() -> None:
    # "Harbour Business Jet" read as a person makes "Jet" a surname; in
    # "Pier Jet Services, a charter broker, said" the word "Jet" is part of
    # the firm's name, so Tom Hale, who said it, keeps his "he said".
    analysis = run(
        "A new Harbour Business Jet would sell for $80 million, Ada Lind said.",
        "Tom Hale, chief executive of Pier Jet Services, a charter broker for the islands, "
        "said the plane was unusual for the port.",
        "\u201cIt is a lot of plane for the price,\u201d he said.",
    )
    assert spoken(analysis)[-1] == ("It is a lot of plane for the price", "Tom Hale")


def test_a_person_whose_who_clause_says_they_spoke_takes_the_next_she() -> None:
    # "backed by Sen. Ada Lind of Maine, the ranking member, who said ...":
    # the object of "by" is described as speaking, so the "she said" after
    # it is hers, not Mrs. Berg's, quoted before.
    analysis = run(
        "\u201cWe will see,\u201d Mrs. Berg said of the harbour budget.",
        "The budget was backed on Friday by Sen. Ada Lind of Maine, the board's ranking "
        "member, who said none of the money had been lost.",
        "\u201cIt was spent well,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("It was spent well", "Ada Lind")


def test_a_person_whose_who_clause_does_not_speak_stays_an_object() -> None:
    # Guard: "by Sen. Ada Lind of Maine, who chairs the board": nothing says
    # she spoke, so Mrs. Berg, just quoted, keeps the "she said".
    analysis = run(
        "\u201cWe will see,\u201d Mrs. Berg said of the harbour budget.",
        "The budget was backed on Friday by Sen. Ada Lind of Maine, who chairs the board.",
        "\u201cIt was spent well,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("It was spent well", "Berg")


def test_a_possessive_after_a_surname_is_no_verb() -> None:
    # "The Hale family's boat": "family's" is a possessive noun, not a verb,
    # so Hale is no subject and Ada Lind keeps the "she said".
    analysis = run(
        "Tom Hale, a pilot, wrote to the harbour board in May.",
        "Ada Lind said the east pier was safe for the summer crossings.",
        "The Hale family\u2019s boat sank at the pier on Monday.",
        "\u201cIt is a shame,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("It is a shame", "Ada Lind")


def test_a_name_after_of_with_a_who_clause_that_says_nothing_stays_an_object() -> None:
    # "a supporter of Councillor Tom Hale who lives across the bay": Hale is
    # the object of "of", described; Mia Berg is the subject, and her
    # "she said" is hers.
    analysis = run(
        "\u201cThe pier is fine,\u201d Mr. Ruiz said.",
        "Mia Berg, 33, a supporter of Councillor Tom Hale who lives across the bay, "
        "finds herself in a similar job.",
        "\u201cI have two jobs now,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("I have two jobs now", "Mia Berg")


def test_a_name_after_from_with_a_who_clause_that_speaks_keeps_the_focus() -> None:
    # Guard (stop 27): "this note from Tom Hale who wrote, “…”" — the who-clause
    # says he spoke, so the quotation is his.
    analysis = run(
        "Among the letters was this note from Tom Hale who wrote, "
        "\u201cThe pier must close before winter.\u201d",
    )
    assert spoken(analysis) == [("The pier must close before winter.", "Tom Hale")]


def test_a_person_introduced_with_a_description_takes_the_next_pronoun() -> None:
    # "Ada Lind, the harbour's chief engineer, invoked the same argument":
    # the text introduces and describes her before her verb, so the "she
    # said" after it is hers, not Mia Berg's, quoted before.
    analysis = run(
        "Mia Berg, the port\u2019s spokeswoman, said the east pier was sound. "
        "\u201cIt will hold,\u201d she said.",
        "Ada Lind, the harbour\u2019s chief engineer, invoked the same argument last year.",
        "\u201cWe dredge or we close,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("We dredge or we close", "Ada Lind")


def test_a_description_between_dashes_then_skeptical_introduces_the_person() -> None:
    # "pollster Tom Hale -- author of a survey of the port -- is skeptical
    # Mayor Lind can win": Hale is the subject (the apposition is set off by
    # dashes), Lind only the subject of what he doubts.
    analysis = run(
        "\u201cThe pier is fine,\u201d Mr. Ruiz said.",
        "Harbour pollster Tom Hale -- author of a survey of the port, which the board "
        "asked for in May -- is skeptical Mayor Lind can win the vote.",
        "\u201cShe has a hard sell,\u201d he said.",
    )
    assert spoken(analysis)[-1] == ("She has a hard sell", "Tom Hale")


def test_a_name_after_a_place_possessive_then_an_apposition_then_said_has_spoken() -> None:
    # "And Harbour County's Ada Lind, one of the board's members, said Hale
    # will win ..., too": Lind spoke in the text's own words (the run opens
    # with the place, and the apposition's comma pair ends before "said"),
    # so the "she said" after it is hers, not Mia Berg's, quoted before.
    analysis = run(
        "Mia Berg, the port\u2019s spokeswoman, said the east pier was sound. "
        "\u201cIt will hold,\u201d she said.",
        "And Harbour County\u2019s Ada Lind, one of the board\u2019s few members from the "
        "islands, said Tom Hale will win the vote with the fishermen, too. "
        "\u201cHe knows the boats,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("He knows the boats", "Ada Lind")


def test_a_name_an_apposition_and_said_with_a_later_comma_is_the_subject() -> None:
    # "Dean Holm, Harbourline's owner, said the port has yet to follow up,
    # though he contended ...": Holm is the subject of "said" (the longer
    # apposition pattern ran on to the comma before "though"), so the "he"
    # is Holm, not Tomas Ruiz from the sentence before.
    analysis = run(
        "In May, Tomas Ruiz reached out to Harbourline, writing: "
        "\u201cWe want the cranes now.\u201d "
        "Dean Holm, Harbourline\u2019s owner, said the port has yet to follow up, though he "
        "contended the cranes \u201care ready to ship.\u201d",
    )
    assert spoken(analysis)[-1][1] == "Dean Holm"


def test_a_plural_noun_after_a_surname_then_a_past_verb_is_no_verb() -> None:
    # "as some wearing Ruiz shirts booed": "shirts" is a noun ("booed" is the
    # verb), so Ruiz is no subject and Hale keeps his later "he said".
    analysis = run(
        "Tomas Ruiz, his rival, stayed away from the quay.",
        "Tom Hale, the mayor, spoke for an hour at the pier.",
        "\u201cThe pier stays open,\u201d he said as some wearing Ruiz shirts booed. "
        "Later he said: \u201cWe will rebuild it.\u201d",
    )
    assert spoken(analysis)[-1] == ("We will rebuild it.", "Tom Hale")


def test_a_person_introduced_with_an_apposition_who_acts_is_a_new_source() -> None:
    # "Robin Hale, a harbour pilot, checked the ropes": introduced and
    # described, then made the sentence's subject, Hale is the one the next
    # "she said" means (stop 27's guard kept Ada Lind here; it now reads
    # the bare name, which still leaves the pronoun to her).
    analysis = run(
        "Harbour master Ada Lind, who gave up her weekend for the count, spoke first. "
        "\u201cThe ferry will run again in May,\u201d she said.",
        "Robin Hale, a harbour pilot, checked the ropes on the east pier. "
        "\u201cI have sailed here for twenty years,\u201d she said.",
    )
    assert spoken(analysis)[-1] == ("I have sailed here for twenty years", "Robin Hale")
