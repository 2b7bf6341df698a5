"""Second review of stop 39's rules (branch s39-rev2): near misses written
against s39-battery2's readings and the gaps the first review left, where
each must not fire, and the misfires this review mended. Every sentence here
is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, said_by


def _third(first: str, second: str, quotation: str) -> list[str | None]:
    """Who “We cannot wait” is given to in the third paragraph."""
    return said_by("cannot wait", first, second, quotation)


# --- s39-battery2: a body's possessive office --------------------------------


def test_another_union_s_leader_is_not_the_one_named() -> None:
    # Was Ruth Ames: "dock union's" and "ferry union's" were both "union".
    assert _third(
        "Ruth Ames, the ferry union's leader, spoke first.",
        "Tom Hale spoke.",
        "“We cannot wait,” the dock union's leader said.",
    ) == ["the dock union's leader"]


def test_another_union_leader_without_the_possessive_is_not_the_one_named() -> None:
    assert _third(
        "Ruth Ames, the ferry union leader, spoke first.",
        "Tom Hale spoke.",
        "“We cannot wait,” the dock union leader said.",
    ) == ["the dock union leader"]


@pytest.mark.parametrize(
    ("introduction", "description", "name"),
    [
        ("Ruth Ames, the union's leader, spoke first.", "the union's leader", "Ruth Ames"),
        ("Ruth Ames, the union's leader, spoke first.", "the union leader", "Ruth Ames"),
        ("Ruth Ames, the ferry union's leader, spoke first.", "the union's leader", "Ruth Ames"),
        (
            "Ruth Ames, the ferry union's leader, spoke first.",
            "the ferry union's leader",
            "Ruth Ames",
        ),
        (
            "Ruth Ames, the union's former leader, spoke first.",
            "the union's former leader",
            "Ruth Ames",
        ),
        ("Ruth Ames, the leader of the union, spoke first.", "the union's leader", "Ruth Ames"),
        # A word before the body word that the other has further back.
        (
            "Ruth Ames, the port's chief press secretary, spoke first.",
            "the port's press secretary",
            "Ruth Ames",
        ),
        (
            "Ruth Ames, the port's press secretary, spoke first.",
            "the port's chief press secretary",
            "Ruth Ames",
        ),
    ],
)
def test_a_body_s_office_still_goes_to_its_one_holder(
    introduction: str, description: str, name: str
) -> None:
    assert _third(introduction, "Tom Hale spoke.", f"“We cannot wait,” {description} said.") == [
        name
    ]


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        ("Ruth Ames, the union's leader, spoke first.", "the union's leaders"),
        ("Ruth Ames, the board's leader, spoke first.", "the board's former leader"),
        ("Ruth Ames, the board's former leader, spoke first.", "the board's leader"),
        ("Ruth Ames, the union's leader, spoke first.", "the union's deputy leader"),
        ("Ruth Ames, the union's leader, spoke first.", "the party's leader"),
        (
            "Ruth Ames, the ferry union's leader, spoke first. Tom Hale, the dock union's leader,"
            " spoke next.",
            "the union's leader",
        ),
    ],
)
def test_no_one_is_given_another_office_or_a_shared_one(
    introduction: str, description: str
) -> None:
    assert _third(introduction, "Ada Lind spoke.", f"“We cannot wait,” {description} said.") == [
        description
    ]


# --- s39-battery2: the one person given the noun -----------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Sam Ross, another deckhand on the Osprey, spoke next.",
        "Tom Hale and Sam Ross, both deckhands, spoke next.",
        "Sam Ross, also a deckhand, spoke next.",
        "Deckhands Tom Hale and Sam Ross spoke next.",
    ],
)
def test_one_more_of_the_kind_is_not_passed_over(second: str) -> None:
    # Was Ben Ross: the one holder _role_holder finds was not the only one.
    assert _third(
        "Ben Ross, a deckhand, spoke first.", second, "“We cannot wait,” the deckhand said."
    ) == ["Sam Ross"]


@pytest.mark.parametrize(
    "second",
    [
        "Tom Hale, the harbour master, spoke next.",
        "Tom Hale spoke to the deckhands.",
        "Tom Hale, another skipper, spoke next.",
        "Tom Hale and Ada Lind, both skippers, spoke next.",
        "Skippers Tom Hale and Ada Lind spoke next.",
    ],
)
def test_the_one_deckhand_is_still_given_it(second: str) -> None:
    assert _third(
        "Ben Ross, a deckhand, spoke first.", second, "“We cannot wait,” the deckhand said."
    ) == ["Ben Ross"]


def test_a_former_skipper_is_not_the_skipper_of_a_list() -> None:
    assert _third(
        "Ben Ross, a former skipper, spoke first.",
        "Tom Hale, Ada Lind and Sam Ross, a skipper, spoke next.",
        "“We cannot wait,” the skipper said.",
    ) == ["Sam Ross"]


# --- s39-battery2: "the mother of two said" ----------------------------------


@pytest.mark.parametrize(
    ("introduction", "quotation", "name"),
    [
        (
            "Ada Lind, a mother of two, runs the kiosk.",
            "“We cannot wait,” the mother of two said.",
            "Ada Lind",
        ),
        (
            "Ada Lind, a mother of two, runs the kiosk.",
            "“We cannot wait,” the mother of two told the board.",
            "Ada Lind",
        ),
        (
            "Ada Lind, a mother of two, runs the kiosk.",
            "“We cannot wait,” says the mother of two.",
            "Ada Lind",
        ),
        (
            "Ada Lind, a mother of three, runs the kiosk.",
            "“We cannot wait,” the mother of three said.",
            "Ada Lind",
        ),
        (
            "Ada Lind, a mother of two, runs the kiosk.",
            "“We cannot wait,” the mother of two children said.",
            "Ada Lind",
        ),
        (
            "Tom Hale, a father of two, runs the kiosk.",
            "“We cannot wait,” the father of two said.",
            "Tom Hale",
        ),
    ],
)
def test_the_children_counted_then_the_verb(introduction: str, quotation: str, name: str) -> None:
    assert _third(introduction, "Ruth Ames spoke.", quotation) == [name]


def test_a_count_of_things_is_no_one() -> None:
    assert _third(
        "Ada Lind spoke.", "Tom Hale spoke.", "“We cannot wait,” a group of two said."
    ) == ["a group of two"]


# --- the first review's gaps: a first name that is also a word ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We cannot wait for the board,” Will Lind said.",
        "Will Lind said: “We cannot wait for the board.”",
        "Will Lind spoke first at the meeting. “We cannot wait for the board,” he said.",
        "Will Lind will speak. “We cannot wait for the board,” he said.",
        "“We cannot wait for the board,” said Will Lind.",
        "“We cannot wait for the board,” May Lind said.",
    ],
)
def test_will_opens_a_name_however_the_attribution_runs(paragraph: str) -> None:
    # Was Ruth Ames (the one named before) in the first four.
    assert said_by("cannot wait", "Ruth Ames spoke first.", paragraph) == [
        "May Lind" if "May" in paragraph else "Will Lind"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Will the board sign the deal? “We cannot wait for the board,” he said.",
        "In May Lind said nothing. “We cannot wait for the board,” he said.",
        "“We cannot wait for the board,” Tom Hale will say.",
    ],
)
def test_a_modal_or_a_month_is_still_no_first_name(paragraph: str) -> None:
    assert said_by("cannot wait", "Tom Hale spoke first.", paragraph) == ["Tom Hale"]


# --- the first review's gaps: an office of "Master" before a surname ----------


def _read(paragraph: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker name and role after "Ruth Ames spoke first."."""
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in run("Ruth Ames spoke first.", paragraph).quotes
    ]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("“We cannot wait for the board,” said Harbour Master Hale.", "Harbour Master"),
        ("“We cannot wait for the board,” Harbour Master Hale said.", "Harbour Master"),
        ("“We cannot wait for the board,” said Station Master Hale.", "Station Master"),
    ],
)
def test_an_office_of_master_before_a_surname_is_the_role(paragraph: str, role: str) -> None:
    # Was the name "Harbour Master Hale" with no role.
    assert _read(paragraph) == [("Hale", role)]


@pytest.mark.parametrize("name", ["Ada Master Lind", "Tom Master", "Ada Lind Master"])
def test_master_in_a_name_stays_a_name(name: str) -> None:
    assert _read(f"“We cannot wait for the board,” said {name}.") == [(name, None)]


def test_the_office_before_a_full_name_still_gives_the_full_name() -> None:
    assert _read("“We cannot wait for the board,” said Harbour Master Tom Hale.") == [
        ("Tom Hale", "Harbour Master")
    ]


# --- the first review's gaps: a passive of judging with its agent -------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Was no quotation: the passive gave no speaker.
        ("The plan was praised as “a steady hand at the helm” by Ada Lind.", "Ada Lind"),
        ("Tom Hale was praised as “a steady hand at the helm” by Ada Lind on Monday.", "Ada Lind"),
        (
            "Tom Hale was hailed as “a steady hand at the helm” by the harbour board.",
            "the harbour board",
        ),
        ("Tom Hale was dismissed as “a steady hand at the helm” by critics.", "critics"),
        ("The plan was praised by Ada Lind as “a steady hand at the helm.”", "Ada Lind"),
        # Was Tom Hale (described) or none (praised): the agent is never the
        # one the passive is about.
        ("Tom Hale was praised as “a steady hand at the helm” by the crew.", "the crew"),
        ("Tom Hale was described as “a steady hand at the helm” by the skipper.", "the skipper"),
    ],
)
def test_a_passive_of_judging_gives_the_words_to_its_agent(sentence: str, speaker: str) -> None:
    assert said_by("steady hand", "Ruth Ames spoke first.", sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale was praised as “a steady hand at the helm.”",
        "Tom Hale was praised for “a steady hand at the helm” by Ada Lind.",
    ],
)
def test_a_passive_with_no_agent_or_no_as_gives_no_one(sentence: str) -> None:
    # Tom Hale is praised; he does not say the words.
    assert said_by("steady hand", "Ruth Ames spoke first.", sentence) == []


@pytest.mark.parametrize(
    ("first", "sentence", "speaker"),
    [
        (
            "Ruth Ames spoke first.",
            "Ada Lind praised Tom Hale as “a steady hand at the helm.”",
            "Ada Lind",
        ),
        (
            "Ben Ross, a skipper, spoke first.",
            "Tom Hale was described as “a steady hand at the helm” by the skipper.",
            "Ben Ross",
        ),
        (
            "Ruth Ames spoke first.",
            "Tom Hale was praised as “a steady hand at the helm,” Ada Lind said.",
            "Ada Lind",
        ),
    ],
)
def test_the_active_and_a_named_agent_still_read(first: str, sentence: str, speaker: str) -> None:
    assert said_by("steady hand", first, sentence) == [speaker]


# --- s39-battery2's leftovers: a body's statement stops the carried speaker ---

_HALE = "“We will not sail,” Tom Hale said on Sunday."
_BARE = "“Safety comes first for every crew.”"


@pytest.mark.parametrize(
    ("between", "body"),
    [
        # Was Tom Hale: the carried-on speaker passed over the body.
        (
            "The harbour board said in a statement on Monday that the pier would stay shut.",
            "the harbour board",
        ),
        ("The harbour board said in a statement on Monday.", "the harbour board"),
        ("The union later announced that the pier was unsafe.", "the union"),
        ("The strike went on. The board said on Monday that it would wait.", "the board"),
    ],
)
def test_a_body_that_spoke_since_takes_the_bare_quotation(between: str, body: str) -> None:
    assert said_by("Safety comes", _HALE, between, _BARE) == [body]


@pytest.mark.parametrize(
    "between",
    [
        "The harbour board met on Monday.",
        "The strike entered its tenth day.",
        "He said the board had not called him.",
        # A body's statement, not a question or an order; not silence.
        "The board said nothing.",
        "The union asked him to wait.",
        "The board told him to leave.",
    ],
)
def test_no_body_speaking_and_the_speaker_goes_on(between: str) -> None:
    assert said_by("Safety comes", _HALE, between, _BARE) == ["Tom Hale"]


def test_the_body_that_spoke_last_goes_on_speaking() -> None:
    assert said_by(
        "Safety comes",
        "“We will not sail,” the union said on Sunday.",
        "The union said in a statement that the strike would go on.",
        _BARE,
    ) == ["the union"]


# --- s39-battery2's leftovers: "Members of the harbour board ... they said" --

_OFFER = "“We will make a new offer on Friday,” they said in a statement afterwards."


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        # Was "Members": a lower-case body after the plural noun was left off.
        (
            "Members of the harbour board met for four hours on Tuesday.",
            "Members of the harbour board",
        ),
        ("Members of the harbour board, angry at the delay, met.", "Members of the harbour board"),
        ("Members of the union voted on Monday.", "Members of the union"),
    ],
)
def test_a_group_of_a_body_keeps_the_body(opening: str, group: str) -> None:
    assert said_by("new offer", "Tom Hale spoke first.", opening, _OFFER) == [group]


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        ("Critics of the plan met on Monday.", "Critics"),
        ("Members of the board game club met.", "Members"),
        ("Members of the harbour board staff met.", "Members"),
    ],
)
def test_a_group_of_no_body_stays_the_plural_noun(opening: str, group: str) -> None:
    assert said_by("new offer", "Tom Hale spoke first.", opening, _OFFER) == [group]
