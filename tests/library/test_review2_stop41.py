"""A researcher reads five more team posts, stop 41 (branch s41-rev2).

First stop 40's leftovers (its second review's obituary and the reader's
screenshot post), then five posts of kinds no review had written (a Q&A
interview, a book review, a newsletter essay with a pull quote, a wire story
from a press conference, an opinion column) kept in
``tests/fixtures/review2_stop41``. Each post has a test of what it reads
right; each wrong reading the smallest team sentence that shows it, a strict
xfail beside a near twin read right. Every sentence here is written by the
team."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library.paragraphs import Posts, run, said_by

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review2_stop41")
L, R = "\u201c", "\u201d"
SL, SR = "\u2018", "\u2019"
_post = _POSTS.analysis
_who = _POSTS.who
_quoted = _POSTS.quoted

_SKIPPER = f"{L}We sail at dawn,{R} said Tom Hale, the skipper."


# === Stop 40's leftovers ======================================================

# -- a pronoun subject of a naming verb after an introduction (shot40) ---------


def test_she_called_after_an_introduction_is_the_one_introduced() -> None:
    assert said_by(
        "a gamble",
        "Tom Hale spoke first.",
        f"Ada Lind, a deckhand on the early boat, was less sure. She called the new "
        f"timetable {L}a gamble{R}.",
    ) == ["Ada Lind"]


def test_she_called_single_marked_where_speech_is_in_double_marks_is_read() -> None:
    # (s41-rev2: the single marks were dropped as a term, double marks
    # being the text's speech, and a pronoun naming verb named no one.)
    assert said_by(
        "a gamble",
        _SKIPPER,
        f"Ada Lind, 54, of Leith, a deckhand on the early boat, was less sure. She called "
        f"the new timetable {SL}a gamble{SR} and said the crews had not been asked.",
    ) == ["Ada Lind"]


def test_name_called_single_marked_where_speech_is_in_double_marks_is_read() -> None:
    assert said_by(
        "a gamble", _SKIPPER, f"Ada Lind called the new timetable {SL}a gamble{SR}."
    ) == ["Ada Lind"]


def test_she_called_an_object_named_is_no_quotation() -> None:
    # Must not fire: "he called Rubio “…”" went to the one named (stops 21, 29).
    assert (
        said_by(
            "gambler",
            "Tom Hale spoke first.",
            f"Ada Lind, a deckhand, was less sure. She called Ben Ross {L}a gambler{R}.",
        )
        == []
    )


def test_she_called_after_a_sentence_with_a_quotation_is_no_quotation() -> None:
    # Must not fire where the sentence before quoted someone: no introduction.
    assert (
        said_by(
            "a gamble",
            f"Ada Lind, a deckhand, said {L}no{R} to Tom Hale. She called the new timetable "
            f"{L}a gamble{R}.",
        )
        == []
    )


def test_a_thing_called_single_marked_in_a_double_marked_text_is_no_quotation() -> None:
    # Must not fire: a thing named, nobody's words.
    assert (
        run(_SKIPPER, f"The new boat, called {SL}Lind's Pride{SR}, sails on Monday.").quotes[1:]
        == ()
    )


def test_a_headline_calls_single_marked_is_no_quotation() -> None:
    # Must not fire in the first line: single marks are a headline's style.
    quotes = run(f"Board calls timetable {SL}a gamble{SR}", _SKIPPER).quotes
    assert [q.span.text for q in quotes] == ["We sail at dawn"]


# -- the obituary's subject after a colleague named twice (review2_stop40/03) --


@pytest.mark.xfail(
    strict=True,
    reason="a colleague whose words spoke of 'she', named twice, keeps a later 'she' "
    "(tried s41-rev2: the article's subject past such speakers, tune unchanged, "
    "polnear-train check reported 2441 -> 2440; not kept)",
)
def test_she_described_as_after_a_colleague_named_twice_is_the_subject() -> None:
    assert said_by(
        "beside the point",
        "Ada Lind was a harbour pilot for forty years.",
        f"{L}They told me I could sell tickets,{R} she once told the Gazette.",
        f"Tom Hale, who trained under her, said she was {L}fearless.{R}",
        f"{L}She never raised her voice,{R} Hale said.",
        f"{L}She was brave,{R} said Ben Ross. {L}I never saw her flinch,{R} he said.",
        f"In 2004 she was appointed MBE, an honour she described as {L}beside the point.{R}",
    ) == ["Ada Lind"]
