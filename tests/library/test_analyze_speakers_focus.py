"""Who a pronoun or a description means: the person the narrative last put in
focus, including people named in ways the subject search used to miss."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_name_after_said_is_the_person_a_later_he_means() -> None:
    # "said Nils Aberg" names the speaker after the verb: the reported
    # statement has no marks, so only the narrative knows he spoke.
    analysis = run(
        "Harbour master Tomas Berg closed the east pier on Monday.",
        "The ferry fleet is too old for the winter swell, said Nils Aberg, an engineer"
        " at the shipyard. \u201cHalf the hulls need new plates,\u201d he said.",
    )
    assert names(analysis) == ["Nils Aberg"]


def test_an_age_and_a_home_town_before_said_do_not_become_the_speaker() -> None:
    analysis = run(
        "Greta Holm, 59, of Lund, Md., who rode the first ferry, said it was"
        " \u201cthe best crossing of my life.\u201d",
        "Pia Lind, of Springfield, Va., said \u201cthe crew was wonderful to us.\u201d",
    )
    assert names(analysis) == ["Greta Holm", "Pia Lind"]


def test_a_nationality_or_faith_group_is_nobody_a_pronoun_can_mean() -> None:
    analysis = run(
        "Mayor Lena Sørby opened the new ferry terminal on Monday.",
        "Many Lithuanian Americans voted for the harbour plan in the spring.",
        "\u201cWe built this for everyone who waits in the cold,\u201d she said.",
    )
    assert names(analysis) == ["Lena Sørby"]


def test_a_dash_and_a_name_after_the_quotation_sign_it() -> None:
    # Readers' comments collected in a list: each signed on its own line
    # with a dash (here U+2015, the horizontal bar, and an em dash).
    analysis = run(
        "\u201cThe night ferry is the only way home for us.\u201d \u2015 Jorge Falcon",
        "\u201cWe waited two hours in the rain last week.\u201d\u2014 Carla Sanchez, Lund.",
    )
    assert names(analysis) == ["Jorge Falcon", "Carla Sanchez"]


def test_the_report_said_is_the_report_not_the_person_in_focus() -> None:
    analysis = run(
        "Harbour master Tomas Berg asked the council for two new ferries.",
        "\u201cThe fleet cannot carry the summer traffic much longer,\u201d the report said.",
    )
    (quote,) = analysis.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (None, "the report")


def test_a_middle_initial_stays_inside_the_name() -> None:
    analysis = run(
        "Harbour master Tomas J. Berg held forth on the new timetable for an hour.",
        "Mr. Berg drew applause. \u201cWe will sail every night,\u201d he said.",
    )
    assert names(analysis) == ["Tomas J. Berg"]


def test_a_party_tag_or_an_adverb_between_name_and_verb_keeps_the_subject() -> None:
    analysis = run(
        "Harbour master Tomas Berg asked the council for two new ferries.",
        "Sen. Anna Kask (D-Wis.) apologized for the delay on Saturday.",
        "\u201cThe vote should have come in the spring,\u201d she said.",
        "Councillor Lars Ek said the vote was long overdue.",
        "Mayor Nils Aberg passionately rebuked the council on Monday.",
        "\u201cWe waited far too long for this,\u201d he said.",
    )
    assert names(analysis) == ["Anna Kask", "Nils Aberg"]


def test_a_name_in_a_reported_that_clause_is_talked_about_not_talking() -> None:
    analysis = run(
        "Councillor Lars Ek spoke at the harbour meeting on Monday.",
        "He mocked the suggestion that Mayor Nils Aberg was the founder of the ferry line.",
        "\u201cHe has never sailed in his life,\u201d he said.",
    )
    assert names(analysis) == ["Lars Ek"]


def test_a_party_tag_clause_before_told_does_not_become_the_speaker() -> None:
    analysis = run(
        "Sen. Anna Kask, D-Wis., told reporters that the ferry budget was"
        " \u201cfar too small.\u201d"
    )
    assert names(analysis) == ["Anna Kask"]


def test_a_name_right_before_a_colon_introduces_the_quotation() -> None:
    analysis = run(
        "Harbour master Tomas Berg asked the council for two new ferries.",
        "The delay does not surprise shipping analyst Greta Holm: \u201cEvery town on"
        " the coast is waiting for the same yard.\u201d",
        "Berg then turned to Councillor Lars Ek: \u201cWill you vote for it this time?\u201d",
    )
    assert names(analysis) == ["Greta Holm", "Tomas Berg"]


def test_a_plural_description_is_not_the_person_in_focus() -> None:
    analysis = run(
        "Harbour master Tomas Berg asked the council for two new ferries.",
        "These and other records, the lawyers said, \u201call point the same way\u201d"
        " on the harbour's debts.",
    )
    (quote,) = analysis.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (None, "the lawyers")


def test_a_name_after_said_with_its_own_verb_is_talked_about() -> None:
    # "said Nils Aberg will" reports a clause about Aberg; the speaker is Ek.
    analysis = run(
        "Councillor Lars Ek spoke at the harbour meeting on Monday.",
        "Ek said Mayor Nils Aberg will have to explain the delay.",
        "\u201cThe town deserves an answer,\u201d he said.",
    )
    assert names(analysis) == ["Lars Ek"]


def test_like_opening_a_sentence_is_no_first_name() -> None:
    analysis = run(
        "Harbour master Greta Holm asked the council for two new ferries.",
        "Like Berg, the captains want a winter timetable.",
        "\u201cWe cannot sail on the old one,\u201d she said.",
    )
    assert names(analysis) == ["Greta Holm"]


def test_a_name_in_a_because_clause_is_talked_about_not_talking() -> None:
    analysis = run(
        "Councillor Lars Ek spoke at the harbour meeting on Monday.",
        "Ek backed the plan only because Mayor Nils Aberg agreed to pay for it.",
        "\u201cThe town deserves a night ferry,\u201d he said.",
    )
    assert names(analysis) == ["Lars Ek"]


def test_an_unlisted_past_tense_verb_then_a_name_after_the_quote() -> None:
    analysis = run(
        "Harbour master Tomas Berg opened the new terminal on Monday.",
        "\u201cThis is wonderful!\u201d beamed Greta Holm of Lund, who rode the first ferry.",
    )
    assert names(analysis) == ["Greta Holm"]


def test_a_name_and_its_apposition_after_a_finished_quotation() -> None:
    analysis = run(
        "Harbour master Tomas Berg opened the new terminal on Monday.",
        "\u201cHow are you today?\u201d Holm, a retired deckhand from the old ferry,"
        " said cheerfully to every passenger.",
    )
    assert names(analysis) == ["Holm"]


def test_a_name_after_said_and_its_description_is_the_person_a_later_description_means() -> None:
    # "insists 12-year-old Ada Brandt" puts Ada in focus, though her age
    # stands between the verb and her name; "the young sailor" is her, not
    # the harbour master named as a subject before.
    analysis = run(
        "Harbour master Tomas Berg runs the sailing club on the north pier."
        " Sailing is for everyone, insists 12-year-old Ada Brandt, who won the"
        " junior race. \u201cI was scared of the water last year,\u201d says the young"
        " sailor.",
    )
    assert names(analysis) == ["Ada Brandt"]


def test_a_role_between_says_and_the_name_keeps_the_speaker_for_the_next_quotation() -> None:
    analysis = run(
        "The club doubled its members this year, says club director Ada Brandt."
        " \u201cWe had to buy four new dinghies.\u201d",
    )
    assert names(analysis) == ["Ada Brandt"]


def test_a_sentence_opening_with_while_after_a_quotation_does_not_attribute_it() -> None:
    # "While some critics say ..." starts a new sentence about other people;
    # the quotation before it goes on from the speaker named before.
    analysis = run(
        "\u201cThe pilot worked,\u201d says club director Ada Brandt. \u201cWe will run it"
        " again next summer.\u201d While some critics say the club should not pay for"
        " it, members voted for the plan.",
    )
    assert names(analysis) == ["Ada Brandt", "Ada Brandt"]


def test_she_goes_on_from_the_speaker_known_to_be_a_woman_over_a_nearer_unknown_name() -> None:
    # Tom Hale is named as a subject after Ms. Lind's quotation, but nothing
    # says he is a woman; the speaker before him is known to be one.
    analysis = run(
        "\u201cThe ferry will run all winter,\u201d said Ms. Ada Lind, the harbour master.",
        "Tom Hale reviewed the timetable on Monday.",
        "\u201cWe have two crews ready for the night crossings,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind", "Ada Lind"]


def test_a_name_inside_the_attribution_sentence_does_not_take_the_next_quotation() -> None:
    # Tom Hale is the subject of a clause describing Ada Lind; the quotation
    # after the attribution sentence goes on in her words.
    analysis = run(
        "\u201cThe ferry is late again,\u201d said Ada Lind, whose brother Tom Hale runs"
        " the pier. \u201cWe wait in the rain every morning.\u201d",
    )
    assert names(analysis) == ["Ada Lind", "Ada Lind"]


def test_a_person_named_in_a_later_sentence_still_takes_an_unattributed_quotation() -> None:
    analysis = run(
        "\u201cThe ferry is late again,\u201d said Ada Lind.",
        "Tom Hale runs the pier. He keeps a log of every crossing.",
        "\u201cThe engine failed twice this week.\u201d",
    )
    assert names(analysis) == ["Ada Lind", "Tom Hale"]


def test_the_rest_of_an_organisations_name_is_nobody_a_pronoun_can_mean() -> None:
    # "Harbour Traffic" ends "the Commission on Harbour Traffic": not a
    # person who announced something, so "he" goes back to the captain.
    analysis = run(
        "Tom Hale, a ferry captain, spoke after the hearing.",
        "The Commission on Harbour Traffic announced new limits on Monday.",
        "\u201cWe will carry fewer cars this winter,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_title_after_of_still_names_a_person() -> None:
    analysis = run(
        "The University of Lund President Tom Hale spoke after the hearing.",
        "\u201cWe will study the new limits,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_name_set_off_by_commas_before_agreed_is_the_person_a_later_he_means() -> None:
    analysis = run(
        "Sam Berg, a researcher at the port, wrote in a blog post that the ferries were late.",
        "Head of safety at the ferry line, Tom Hale, agreed with the finding.",
        "\u201cWe believe it is the same fault,\u201d he confirmed.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_name_with_two_particles_is_one_person() -> None:
    # "van der" stands between the given name and the surname.
    analysis = run(
        "The tide was high, Tom Hale said.",
        "Ben van der Berg, a geologist at the university, said the slope may have failed.",
        "\u201cA rock slide can move a great deal of water very fast.\u201d",
    )
    assert names(analysis) == ["Ben van der Berg"]


def test_a_person_described_by_a_who_clause_is_the_person_a_description_means() -> None:
    analysis = run(
        "On the pier I met Ada Lind, who has run the ferry caf\u00e9 for twenty years."
        " \u201cThe boats bring me everyone I know,\u201d says the cheerful owner.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_surname_described_by_a_who_clause_puts_that_person_in_focus() -> None:
    analysis = run(
        "Ada Lind opened the ferry caf\u00e9 in 2004. Tom Hale, a fisherman, comes in every"
        " morning.",
        "For Lind, who has run the caf\u00e9 for twenty years, the boats are everything."
        " \u201cThey bring me everyone I know,\u201d says the owner.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_name_with_an_age_after_it_is_in_focus() -> None:
    analysis = run(
        "Sam Berg runs the programme at the harbour gym. It also worked for retired"
        " accountant Tom Hale, 71. \u201cI never liked gyms,\u201d he says.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_name_with_a_whose_clause_is_in_focus() -> None:
    analysis = run(
        "Sam Berg runs the harbour gym. The classes changed everything for Tom Hale,"
        " whose doctor had warned him. \u201cI never liked gyms,\u201d he says.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_description_opening_with_an_age_and_naming_an_outlet_is_the_person_in_focus() -> None:
    # "the 39-year-old founder of Harbour Press" is a person (its head is
    # "founder"), though the outlet it names would make it a source.
    analysis = run(
        "Tom Hale prints comic books in a shop on the pier."
        " \u201cWe publish anyone who walks in,\u201d says the 39-year-old founder of"
        " Harbour Press.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_name_after_like_is_a_comparison_not_a_subject() -> None:
    analysis = run(
        "I am talking about Tom Hale, who like Sam Berg was born on the island."
        " \u201cWe all learned to sail before we could walk,\u201d says the harbour master.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_name_opening_a_relative_clause_after_a_noun_is_in_focus() -> None:
    analysis = run(
        "Sam Berg closed the pier on Monday. It was a decision that Tom Hale found hard"
        " to accept. \u201cWe lose a day of fishing,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_name_after_the_claim_that_is_still_only_talked_about() -> None:
    analysis = run(
        "Sam Berg closed the pier on Monday. He rejected the claim that Tom Hale had"
        " warned him. \u201cNobody told me a thing,\u201d he said.",
    )
    assert names(analysis) == ["Sam Berg"]


def test_a_name_the_narrative_describes_after_a_dash_is_in_focus() -> None:
    # "for Marta Ruiz — whose shop ...": the dash sets off the description
    # as a comma would, so "the shop owner" later means her.
    analysis = run(
        "Heroes sell well, but for Marta Ruiz \u2014 whose shop carries books by 200"
        " artists \u2014 they are only a start. \u201cYou are talking about one genre"
        " only,\u201d points out the laid-back Guelph resident, who moved here in 2004.",
    )
    assert names(analysis) == ["Marta Ruiz"]


def test_an_age_between_a_name_and_its_description_keeps_the_name() -> None:
    analysis = run(
        "Tova Lind, 31, a freelance photographer from the harbour district, said the"
        " crossing was \u201cthe roughest I have had in ten years of taking this ferry.\u201d",
    )
    assert names(analysis) == ["Tova Lind"]


def test_a_verb_ending_like_a_plural_noun_still_makes_its_name_a_subject() -> None:
    # "wants" ends like "advisers", "servants": it is still the verb here.
    analysis = run(
        "Greta Holm wants the night ferry back. \u201cIt was the only way home for"
        " all of us,\u201d she said.",
    )
    assert names(analysis) == ["Greta Holm"]


def test_a_modal_or_a_negated_auxiliary_after_a_name_makes_it_a_subject() -> None:
    analysis = run(
        "Harbour master Tomas Berg closed the east pier on Monday.",
        "Greta Holm should have been on the night ferry. \u201cI missed it by a minute,\u201d"
        " she said.",
        "Nils Aberg doesn\u2019t take the ferry any more. \u201cThe bridge is quicker,\u201d"
        " he said.",
    )
    assert names(analysis) == ["Greta Holm", "Nils Aberg"]


def test_an_owner_before_a_name_is_not_part_of_the_name() -> None:
    analysis = run(
        "Radio Lund\u2019s Lina Varga asked about the pier. \u201cWho pays for"
        " the repairs?\u201d she said.",
        "\u201cThe port does,\u201d said Lund Ferries\u2019 Tomas Berg.",
    )
    assert names(analysis) == ["Lina Varga", "Tomas Berg"]


def test_one_name_opening_a_sentence_with_its_description_is_a_person() -> None:
    # Many people are named by one name; the description set off by commas
    # and the verb after it show this one is a person and the subject.
    analysis = run(
        "Harbour master Tomas Berg closed the east pier on Monday.",
        "Marta, a nurse from the harbour district, was asleep when the water came.",
        "\u201cI heard a roar and then the door gave way,\u201d she said.",
    )
    assert names(analysis) == ["Marta"]


def test_a_headline_in_title_case_is_no_name_for_its_subject() -> None:
    # "Berg Says Night Ferry Will Return": the run ends at the speech verb,
    # so "Mr. Berg" later is not expanded to the whole headline.
    analysis = run(
        "Berg Says Night Ferry Will Return.",
        "\u201cWe will run it again in May,\u201d Mr. Berg said on Monday.",
    )
    assert names(analysis) == ["Berg"]


def test_one_name_with_a_who_clause_or_an_age_is_a_person_too() -> None:
    analysis = run(
        "Harbour master Tomas Berg closed the east pier on Monday.",
        "Ines, who sells fish on the quay, has seen three storms this year.",
        "\u201cThis one took the roof off the market hall,\u201d she said.",
    )
    assert names(analysis) == ["Ines"]


def test_one_name_that_speaks_twice_is_a_person_a_pronoun_may_mean() -> None:
    # People named by one name only (a voter, a neighbour) are still people
    # once the narrative has them speak more than once.
    analysis = run(
        "Harbour master Tomas Berg closed the east pier on Monday, and the night ferry stopped.",
        "Ines said the ferry was the only way home for her street. Ines said she had"
        " taken it for twenty years.",
        "\u201cNow I drive for two hours,\u201d she said.",
    )
    assert names(analysis) == ["Ines"]


def test_one_name_that_speaks_once_is_not_taken_for_a_person() -> None:
    # "Lund said" once may be the town council speaking, not a person.
    analysis = run(
        "Harbour master Tomas Berg closed the east pier on Monday. Lund said the"
        " ferry would return in May.",
        "\u201cWe will not wait that long,\u201d he said.",
    )
    assert names(analysis) == ["Tomas Berg"]


def test_a_place_someone_owns_is_no_person_a_pronoun_may_mean() -> None:
    analysis = run(
        "Greta Holm has sold coffee on the quay for thirty years.",
        "Across the square, Berg's Kiosk reopened on Monday after the storm.",
        "\u201cWe lost a whole summer of trade,\u201d she said.",
    )
    assert names(analysis) == ["Greta Holm"]


def test_a_digest_line_is_signed_by_the_name_before_its_colon() -> None:
    # "Headline - Author: “…”": the author quoted, also with a middle
    # initial, and not the subject of a verb in the headline.
    analysis = run(
        "FERRY TRAFFIC DOUBLES IN MAY - Greta M. Holm: \u201cThe night crossings"
        " carried twice as many cars as a year ago.\u201d",
        "Harbour pilots agree - Tomas Berg: \u201cWe have never had so many"
        " requests for the narrow channel.\u201d",
    )
    assert names(analysis) == ["Greta M. Holm", "Tomas Berg"]


def test_weak_gender_evidence_goes_by_the_majority() -> None:
    # Twice "he" after Berg's speech, once "she" (someone else): Berg is a
    # man, so the last "she said" is not his.
    analysis = run(
        "Greta Holm runs the kiosk on the quay and has done so for thirty years.",
        "Tomas Berg said the pier would close in June. He added that the night ferry would stop.",
        "Berg said the boats cost too much to run. He said they would return in May.",
        "Berg said the council agreed. She said nothing about it at the meeting.",
        "Berg left the meeting early. \u201cIt was a bad year for all of us on the"
        " quay,\u201d she said.",
    )
    assert names(analysis) == ["Greta Holm"]


def test_a_name_after_its_office_ends_a_phrase_with_a_preposition() -> None:
    # "Fight for $15 organizing director Kendall Fells told": the name is
    # after the office, not the word before the first preposition.
    analysis = run(
        "\u201cWe cannot live on these wages,\u201d Ferries for All organizing director"
        " Tova Lind told reporters on the quay.",
    )
    assert names(analysis) == ["Tova Lind"]


def test_an_attribution_line_says_who_spoke_not_when() -> None:
    # A signed line under the quotation ends with when it was said: the
    # speaker a citation names is the role, without the time.
    analysis = run(
        "\u201cThe pier lights came on before the first car rolled aboard.\u201d",
        "Night porter at the Lund ferry terminal, in the first week of the new timetable",
        "\u201cWe counted four hundred passengers by midnight.\u201d",
        "Ticket clerk at the harbour office, on Friday evening",
    )
    assert [q.speaker.role if q.speaker else None for q in analysis.quotes] == [
        "Night porter at the Lund ferry terminal",
        "Ticket clerk at the harbour office",
    ]
