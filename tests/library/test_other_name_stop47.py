"""Another name where the text names the speaker, stop 47 (branch s47-other).

ggt-dev's check half has five direct strict speaker misses where we give a
different person than the one the text names ("ours: another name";
``python -m evaluation.other_name`` counts their structure, never their
words). The team wrote six short wire-style posts in the shapes those counts
and PolNeAR's tune misses point to (a "he"/"she" after a name in a clause,
a possessive, a titled surname, "they" after a plural subject, "according
to X," before the words), 32 quotations, in
``tests/fixtures/other_stop47``, and listed the speaker a careful reader
writes for each before anything was run. The first read: 25 of 32 right
(evaluation/README.md, "Another name ..., stop 47"). One construction was
fixed (:mod:`library.analyze.concessive`); what is left stays a strict
xfail with the reason. Every sentence here is written by the team.
"""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library.paragraphs import Posts, every_read_listed_test, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "other_stop47")

_TITLED_AFTER_THAT = "'There is also the chance that Mrs. Dunn, the health minister, might ask Mr. Vance himself ... “…,” she said': a titled surname the text never gives in full, after 'that' and set off by an apposition, is recorded as no subject (speakers._titled_alone_subjects guards 'the claim that Mr. Harlow lied'), so 'she' goes to Joan Henry, quoted before"
_DATELINE_THEY = "'Local skippers led the march to the harbour office. They say the cut “…”': a lower-case plural subject is declined for 'they' (groups._plural_subject, stop 39's check loss), and the dateline 'PORT ELLIS' is given the words"
_THEY_ONE_MAN = "'The skippers disagree. They point to their own catches, which have “…,” they said': 'they' goes to Alan Pryce, one man quoted before, over the plural subject of the sentence before (declined as above)"
_ACCORDING = "'Museum curator Tom Hale had told the board that the wreck was picked clean, according to Okafor, “but she proved him wrong.”': the words after 'according to X,' go to the sentence's subject, not to X"
_POSSESSIVE = "'Hale’s boat, the Kittiwake, went down at her mooring on Sunday night. “…,” he said': a person whose possessive opens the sentence before is no antecedent; 'he' goes to Ben Ross, quoted before (a rule tried on this branch moved polnear-train check strict 3376 -> 3373 and no tune reading: not kept)"


def _case(post: str, words: str, speaker: str, left: str = "") -> object:
    marks = [pytest.mark.xfail(reason=left, strict=True)] if left else []
    return pytest.param(post, words, speaker, id=f"{post}:{words[:24]}", marks=marks)


_QUOTATIONS = [
    # 01: a pronoun after a name in a participle phrase and in a concessive clause.
    _case("01-pier", "We argued about it for a long time", "Tom Hale"),
    _case("01-pier", "They carried this town through two bad winters", "Ada Lind"),
    _case("01-pier", "Most of them asked about parking", "Ben Tully"),
    _case("01-pier", "We have heard promises like that before", "Ruth Marsh"),
    _case("01-pier", "Nobody here is against ferries", "Ruth Marsh"),
    # 02: a woman whose surname is a man's given name; a titled surname after "that".
    _case("02-clinic", "It is a fair settlement", "Paul Vance"),
    _case("02-clinic", "We gave ground on the night shifts", "Joan Henry"),
    _case("02-clinic", "Nobody wanted a strike", "Joan Henry"),
    _case("02-clinic", "Next year is another matter", "Paul Vance"),
    _case("02-clinic", "That would be a fine idea", "Dunn", _TITLED_AFTER_THAT),
    # 03: "they" after plural subjects.
    _case("03-quota", "will finish the small boats for good", "Local skippers", _DATELINE_THEY),
    _case("03-quota", "The stock is at its lowest level", "Alan Pryce"),
    _case("03-quota", "never been better", "The skippers", _THEY_ONE_MAN),
    _case("03-quota", "cannot sustain the present catch", "Scientists"),
    _case("03-quota", "Everyone here wants fish in the sea", "Ada Lind"),
    # 04: "according to X," before the words; a concessive clause naming a man before "she".
    _case("04-bell", "She came up shouting", "Ben Adeyemi"),
    _case("04-bell", "but she proved him wrong", "Ruth Okafor", _ACCORDING),
    _case("04-bell", "I still go down there every week", "Ruth Okafor"),
    _case("04-bell", "There is more of that ship to find", "Ruth Okafor"),
    _case("04-bell", "We are lucky to have it", "Sarah Kent"),
    _case("04-bell", "Without them the bell would still be", "Sarah Kent"),
    # 05: a name after a preposition before a pronoun; a continuation.
    _case("05-ferry", "The winter crossings lose money", "Mark Dyer"),
    _case("05-ferry", "We cannot keep running empty boats", "Mark Dyer"),
    _case("05-ferry", "The summer pays for the winter", "Mark Dyer"),
    _case("05-ferry", "a blow to the island", "Grace Hollis"),
    _case("05-ferry", "We will not let this go without a fight", "Grace Hollis"),
    _case("05-ferry", "They will lose their jobs if it goes", "Leo Brandt"),
    # 06: a possessive opening the sentence before; a wife named after a possessive.
    _case("06-storm", "We will find berths for everyone", "Ben Ross"),
    _case("06-storm", "I lost everything I had on board", "Tom Hale", _POSSESSIVE),
    _case("06-storm", "They have known about that wall", "Ada Lind"),
    _case("06-storm", "People came in all night", "Maria Hale"),
    _case("06-storm", "The wall comes first", "Ben Ross"),
]

_POST_NAMES = ["01-pier", "02-clinic", "03-quota", "04-bell", "05-ferry", "06-storm"]


@pytest.mark.parametrize(("post", "words", "speaker"), _QUOTATIONS)
def test_each_quotation_s_speaker(post: str, words: str, speaker: str) -> None:
    assert [who for _kind, who in _POSTS.reading_of(post, words)] == [speaker]


test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, _POST_NAMES, _QUOTATIONS)


# === The fix: a concessive clause's subject (library/analyze/concessive.py)

L, R = "\u201c", "\u201d"
_HALE = "Board chairman Tom Hale said the vote was close."
_TULLY = "Port spokesman Ben Tully said the board had received 3,000 letters."


def test_he_after_a_concessive_clause_with_its_own_main_subject_is_the_one_before() -> None:
    # Must fire: the "he" went to Tom Hale, the concessive clause's subject.
    assert shown(
        _HALE,
        f"{_TULLY} Although Hale has said the pier will pay for itself, the letters should "
        f"not be read as a vote for it. {L}Most of them asked about parking,{R} he said.",
    ) == [("Ben Tully", None)]


def test_a_concessive_clause_whose_main_clause_is_the_pronoun_keeps_its_subject() -> None:
    # Must not fire: "Although Hale lost, he was calm" is one man.
    assert shown(
        _HALE,
        f"{_TULLY} Although Hale lost the vote on parking, he was calm. "
        f"{L}We will get there,{R} he said.",
    ) == [("Tom Hale", None)]


def test_a_concessive_clause_with_no_subject_in_the_sentence_before_keeps_its_subject() -> None:
    # Must not fire: the main clause's description may be the same man
    # ("Though Trump was not willing ..., the front-runner did offer": tune).
    assert shown(
        _HALE,
        f"{_TULLY} The letters came from every street. Though Hale was not willing to name "
        f"a date, the chairman did offer a hint. {L}Next spring, perhaps,{R} he said.",
    ) == [("Tom Hale", None)]


def test_a_concessive_clause_followed_by_its_subject_s_pronoun_keeps_it() -> None:
    assert shown(
        _HALE,
        f"{_TULLY} Although Hale has said the pier will pay for itself, he has not said "
        f"when. {L}Most of them asked about parking,{R} he said.",
    ) == [("Tom Hale", None)]
