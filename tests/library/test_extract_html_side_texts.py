"""A side text beside the story is left out when it joined it as a part
(headline.py: ``beside_headline``; stop 26).

A block of prose next to the story that no name marks as chrome (a
writer's bio, the paper's "about us", a column on something else) scores
a fifth of the story, so it was taken as a part of a split article and
read with it; when it was the longer, it was the core and the story the
part. Now, among sibling parts under the page's one title ``<h1>``, a
named ``div``/``section``/``aside`` that repeats no word of the headline,
while the story does, is left out. Guards: a story in two chunks whose
second repeats no headline word keeps both (fails without the class-word
test), as does one whose second chunk has no class (fails without the
name test), and a body beside a header whose long deck alone repeats a
figurative headline stays (fails without the two-paragraph test).
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import HARBOUR_STORY as _STORY
from tests.library.test_extract_html import body, html_doc

_TITLE = "Council approves new harbour wall"
_NAV = (
    "<div id='nav'><a href='/'>Home</a> | <a href='/news'>News</a> | "
    "<a href='/sport'>Sport</a></div>"
)
_AFTER = (
    "Engineers found cracks along half its length in a survey last year, and said no single "
    "repair could hold for long against the spring tides, however often it was patched."
)
_TAIL = (
    "<p>They expect the stone to come from the quarry at Penrose, by sea, in the summer, "
    "when the weather is calm, the boats are free, and the crane can work from the quay.</p>"
    "<p>The first stage, on the seaward side, should be finished by Christmas; the second, "
    "along the slipway, the year after, if the grant arrives on time.</p>"
)
_ABOUT = (
    "<p>The Coast Times is the town's paper since 1902, owned by its readers through a "
    "cooperative, and every penny goes into local reporting.</p><p>Our newsroom covers the "
    "courts, the schools and the lifeboat, and we print corrections within a day.</p><p>"
    "Subscribers get the paper on Thursday mornings, delivered by hand in the old town and by "
    "post everywhere else in the county.</p>"
)


def _text(page: str) -> str:
    return body(
        extract_html(
            html_doc(f"<html><head><title>{_TITLE}</title></head><body>{page}</body></html>")
        )
    )


def _paragraphs(texts: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _assert_story_alone(text: str, paragraphs: tuple[str, ...] = _STORY) -> None:
    for paragraph in paragraphs:
        assert paragraph in text
    assert "The Coast Times" not in text
    assert "Thursday mornings" not in text


def test_a_bio_beside_the_story_is_left_out() -> None:
    story = f"<div class='post'><h1>{_TITLE}</h1>{_paragraphs(_STORY[:2])}</div>"
    text = _text(f"{_NAV}{story}<div class='bio'><h3>About the writer</h3>{_ABOUT}</div>")
    _assert_story_alone(text, _STORY[:2])
    assert "About the writer" not in text


def test_an_unnamed_column_beside_the_story_is_left_out() -> None:
    lines = "".join(f"<div>{paragraph}</div>" for paragraph in _STORY)
    text = _text(
        f"{_NAV}<div class='c'><h1>{_TITLE}</h1>{lines}</div><div class='r'>{_ABOUT}</div>"
    )
    _assert_story_alone(text)


def test_a_longer_text_beside_the_story_under_the_headline_is_left_out() -> None:
    text = _text(
        f"{_NAV}<h1>{_TITLE}</h1><div class='a'>{_paragraphs(_STORY[:2])}</div>"
        f"<div class='b'>{_ABOUT}</div>"
    )
    _assert_story_alone(text, _STORY[:2])


def test_a_story_in_two_chunks_keeps_the_second() -> None:
    text = _text(
        f"{_NAV}<div class='chunk first'><h1>{_TITLE}</h1>{_paragraphs(_STORY)}</div>"
        f"<div class='ad'></div><div class='chunk second'><p>{_AFTER}</p>{_TAIL}</div>"
    )
    assert _STORY[0] in text
    assert _AFTER in text


def test_a_story_whose_second_part_has_no_class_keeps_it() -> None:
    text = _text(
        f"{_NAV}<div class='lead'><h1>{_TITLE}</h1>{_paragraphs(_STORY)}</div>"
        f"<div><p>{_AFTER}</p>{_TAIL}</div>"
    )
    assert _STORY[0] in text
    assert _AFTER in text


def test_a_body_beside_a_deck_that_alone_repeats_the_headline_stays() -> None:
    # A figurative headline; the header's long deck repeats "harbour", the
    # body none of its words: the body is still the story.
    headline = "The quiet revolution in the harbour"
    deck = (
        "<p>How a harbour trust, over five years and with a great deal of cash, rebuilt the "
        "waterfront of a small town, its warehouses, cottages and boatyard, without a single "
        "public meeting, a planning notice, or a word to the council.</p>"
    )
    story = (
        "It began, as these things do, with a leaking roof: the lifeboat station had been "
        "patched for a decade, and one wet winter the trustees decided enough was enough.",
        "Over the next five years they bought three warehouses, two cottages and a boatyard, "
        "each time in silence, each time through a different company, and each time for cash.",
        "By the time anyone noticed, the waterfront had changed hands, and the people who had "
        "sold were the last to learn who had bought.",
    )
    page = (
        f"{_NAV}<div class='article-header'><h1>{headline}</h1>{deck}</div>"
        f"<div class='article-body'>{_paragraphs(story)}</div>"
    )
    text = body(
        extract_html(
            html_doc(f"<html><head><title>{headline}</title></head><body>{page}</body></html>")
        )
    )
    for paragraph in story:
        assert paragraph in text
