"""Speakers, stop 31 (issue 16): constructions that hid a sentence's subject,
so a later "he said" went to someone named earlier."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken


def test_a_reflexive_after_a_name_keeps_the_name_the_subject() -> None:
    # "Tom Hale himself seemed to agree": Hale is the subject ("himself" only
    # stresses it), so his "he said" is his, not Ada Lind's from before.
    analysis = run(
        "Ada Lind said the east pier was safe for the summer crossings.",
        "Tom Hale himself seemed to agree with the harbour board's plan.",
        "\u201cIt is a fine plan,\u201d he said.",
    )
    assert spoken(analysis) == [("It is a fine plan", "Tom Hale")]


def test_a_reflexive_before_a_second_adverb_keeps_the_name_the_subject() -> None:
    # "Mia Berg herself also warned": the reflexive, then an adverb, then
    # the verb.
    analysis = run(
        "Tomas Ruiz said the ferry would run late all week.",
        "Mia Berg herself also warned riders about the night crossing.",
        "\u201cBring a coat,\u201d she said.",
    )
    assert spoken(analysis) == [("Bring a coat", "Mia Berg")]


def test_a_reflexive_object_is_no_subject() -> None:
    # Guard (passes before the rule too): "asked Tom Hale himself" names
    # Hale as an object; Ada Lind, the subject, still speaks.
    analysis = run(
        "Ada Lind asked Tom Hale himself about the pier.",
        "\u201cHe had no answer,\u201d she said.",
    )
    assert spoken(analysis) == [("He had no answer", "Ada Lind")]


def test_a_name_with_has_contracted_is_the_subject() -> None:
    # "Tom Hale's been making the case": "'s" is "has", so Hale is the
    # subject and his "he said" is his, not Ada Lind's.
    analysis = run(
        "Ada Lind said the east pier was safe for the summer crossings.",
        "Tom Hale's been making the case for weeks that the pier is unsafe. "
        "\u201cIt will fall,\u201d he said.",
    )
    assert spoken(analysis) == [("It will fall", "Tom Hale")]


def test_a_surname_with_has_contracted_is_the_person_named_in_full() -> None:
    # "Hale\u2019s been": the surname alone, once Tom Hale was named.
    analysis = run(
        "Tom Hale, a pilot, wrote to the harbour board in May.",
        "Ada Lind said the east pier was safe for the summer crossings.",
        "Hale\u2019s been saying for weeks that it is not. \u201cIt will fall,\u201d he said.",
    )
    assert spoken(analysis) == [("It will fall", "Tom Hale")]


def test_a_possessive_and_a_body_are_no_contracted_subject() -> None:
    # Guards (pass before the rule too): "Hale's brother" is a possessive;
    # "The Harbour Board's been silent" names no person.
    analysis = run(
        "Ada Lind said the pier was safe. She asked Tom Hale's brother. "
        "The Harbour Board's been silent. \u201cNo one answered,\u201d she said.",
    )
    assert spoken(analysis) == [("No one answered", "Ada Lind")]


def test_a_name_in_a_clause_set_off_before_he_said_is_not_the_speaker() -> None:
    # "Also, Tom Hale isn't a pilot, she said.": Hale is talked about; the
    # quotation after it is Ada Lind's, not his.
    analysis = run(
        "Ada Lind, a pilot on the sound, said she will not vote for the plan. "
        "Also, Tom Hale isn't a pilot, she said. \u201cHe is a banker!\u201d",
    )
    assert spoken(analysis) == [("He is a banker!", "Ada Lind")]


def test_a_name_before_the_mayor_said_that_is_not_the_mayor() -> None:
    # "Tom Hale is so reckless, the mayor said, that ...": the mayor is Ada
    # Lind, who spoke just before, not Hale.
    analysis = run(
        "\u201cThe pier is old,\u201d Mayor Ada Lind said at one point.",
        "Tom Hale is so reckless, the mayor said, that \u201che would sell the "
        "pier for a song.\u201d",
    )
    assert spoken(analysis)[-1][1] == "Ada Lind"


def test_a_name_in_a_when_clause_before_he_said_and_his_words_is_the_speaker() -> None:
    # Guard (passes before the rule too): "When Tomas Ruiz arrived, he said,
    # “…”": the words after the attribution are Ruiz's own.
    analysis = run(
        "Mia Berg spoke first. When Tomas Ruiz arrived, he said, \u201cWe are late.\u201d",
    )
    assert spoken(analysis) == [("We are late.", "Tomas Ruiz")]


def test_a_name_after_by_or_to_before_a_verb_is_no_subject() -> None:
    # "the plan put forward by Tom Hale is weak": Hale is the agent of
    # "put forward", not the subject of "is"; "a former aide to Sen. Tom
    # Hale was one of the first": the aide is. The "she said" after each is
    # the woman named first, not Hale.
    analysis = run(
        "Mia Berg, who ran the harbour police for thirty years, said the plan "
        "put forward by Tom Hale is weak.",
        "\u201cIt will not work,\u201d she told reporters.",
        "Ada Lind, a former aide to Sen. Tom Hale was one of the first to "
        "cheer when she heard the news.",
        "\u201cAt last,\u201d she said.",
    )
    assert spoken(analysis) == [("It will not work", "Mia Berg"), ("At last", "Ada Lind")]


def test_an_object_with_a_who_clause_is_not_the_next_speaker() -> None:
    # "Hale said the storm helped Lind, who ...": Lind is the object of
    # "helped", talked about; the "he said" after it is Hale's.
    analysis = run(
        "Ada Lind won the harbour vote by a wide margin in the spring.",
        "Tom Hale said the storm this time helped Lind, who does not need to "
        "prove her record on the pier.",
        "\u201cShe has nothing to prove,\u201d he said.",
    )
    assert spoken(analysis) == [("She has nothing to prove", "Tom Hale")]


def test_a_speaker_with_a_who_clause_after_said_is_still_in_focus() -> None:
    # Guard (passes before the rule too): "said Ada Lind, who chairs the
    # board": the who-clause describes the speaker, and her "she added"
    # stays hers.
    analysis = run(
        "\u201cThe pier is safe,\u201d said Ada Lind, who chairs the harbour board.",
        "\u201cWe checked it twice,\u201d she added.",
    )
    assert spoken(analysis) == [
        ("The pier is safe", "Ada Lind"),
        ("We checked it twice", "Ada Lind"),
    ]


def test_a_name_at_its_workplace_then_a_verb_of_saying_has_spoken() -> None:
    # "Dan Holm at the Harbour Review agreed": Holm has spoken in the text's
    # own words, so the "he wrote" after the next quotation is his, not that
    # of Mr. Hale (a man, by the text), quoted just before.
    analysis = run(
        "Tom Hale, a harbour spokesman, toured the pier on Monday. \u201cThe pier "
        "is solid,\u201d Mr. Hale said.",
        "Dan Holm at the Harbour Review agreed with Hale about the pier.",
        "\u201cIt will stand for years,\u201d he wrote.",
    )
    assert spoken(analysis) == [
        ("The pier is solid", "Tom Hale"),
        ("It will stand for years", "Dan Holm"),
    ]


def test_an_epithet_far_from_any_name_is_the_person_the_article_is_about() -> None:
    # Ada Lind is the subject again and again, then two paragraphs name no
    # one: "the harbour veteran replied" is Lind.
    analysis = run(
        "Ada Lind has run the harbour ferry for thirty years. Ada Lind said the "
        "boats are old. Lind said the pier is older. Lind told the board it "
        "needed money.",
        "The board met on Monday and voted on the budget.",
        "The town council had asked for a report on the pier in the spring.",
        "A reporter asked about the money. \u201cWe will find it,\u201d the harbour "
        "veteran replied.",
    )
    assert spoken(analysis) == [("We will find it", "Ada Lind")]


def test_a_generic_noun_far_from_any_name_stays_unnamed() -> None:
    # Guard: "the boy" after "a young child asked" is someone new, not the
    # person the article is about.
    analysis = run(
        "Ada Lind has run the harbour ferry for thirty years. Ada Lind said the "
        "boats are old. Lind said the pier is older. Lind told the board it "
        "needed money.",
        "The board met on Monday and voted on the budget.",
        "The last question came from a young child in the crowd.",
        "\u201cHow big is the boat?\u201d the boy asked.",
    )
    assert spoken(analysis) == [("How big is the boat?", None)]


def test_an_epithet_brought_in_unnamed_is_not_the_person_the_article_is_about() -> None:
    # Ada Lind is the subject again and again; then the text brings in "a
    # pilot" without a name, and "the pilot replied" is that pilot: no
    # name, not Lind (whose name a reader would see on words she never said).
    analysis = run(
        "Ada Lind has run the harbour ferry for thirty years. Ada Lind said the "
        "boats are old. Lind said the pier is older. Lind told the board it "
        "needed money.",
        "A pilot on the night ferry, who asked not to be named, disagreed with the plan.",
        "\u201cWe wait for nothing,\u201d the pilot replied.",
    )
    assert spoken(analysis) == [("We wait for nothing", None)]


def test_an_object_whose_who_clause_says_something_is_the_next_speaker() -> None:
    # "The council named Tom Hale, who said he would serve": Hale is the
    # object of "named", but the who-clause has him speak, so the "he said"
    # just after is his, not Tom Ruiz's from the sentence before.
    analysis = run(
        "Tom Ruiz chaired the harbour meeting on Monday.",
        "The council named Tom Hale, who said he would serve two years. "
        "\u201cIt is an honour,\u201d he said.",
    )
    assert spoken(analysis) == [("It is an honour", "Tom Hale")]


def test_a_name_set_off_before_he_said_with_no_one_speaking_before_is_the_speaker() -> None:
    # "Tom Hale has worked at the pier for twenty years, he said.": with no
    # one speaking before it, the "he" is Hale telling his own story (the
    # way news introduces a person), so his next "he said" is his, not Tom
    # Ruiz's from the narrative before.
    analysis = run(
        "Tom Ruiz opened the meeting on the pier on Monday.",
        "Tom Hale has worked at the pier for twenty years, he said.",
        "\u201cI love the work,\u201d he said.",
    )
    assert spoken(analysis) == [("I love the work", "Tom Hale")]
