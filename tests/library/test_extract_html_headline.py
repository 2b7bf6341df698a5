"""A short story under the page's headline beats a longer text about
something else beside it (headline.py: ``headline_block``).

A note of a sentence or two under its ``<h1>`` lost to a site's "about
us" block of two paragraphs after it, and a brief in one unnamed ``div``
to a longer promise to readers, under its own ``<h2>``, in the next: the
longer text scores higher and no name marks it as chrome. The headline's
block is now the body when it repeats a word of the headline and the
chosen text repeats none. Guards: a headline and deck above the article
body keep the body, whether the headline is plain or figurative, and so
does a short body under a headline block that repeats no word of it.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_TITLE = "Two libraries to close in county cuts"
_NAV = '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
_FOOTER = "<footer><p>Copyright 2026 The Gazette</p></footer>"
_SITE_INFO = (
    "<p>The Gazette has reported on Millbury and the villages around it since 1884. We are "
    "owned by a trust and answer to our readers, not to shareholders, and every penny of "
    "profit goes back into reporting.</p><p>Our newsroom of twelve covers the council, the "
    "courts, schools and sport, and we publish corrections on this page within a day of "
    "learning of an error.</p>"
)
_BRIEF = (
    "<p>The county council voted on Wednesday night to close two of its five libraries by "
    "the summer, saving about 400,000 pounds a year, after residents queued to speak against "
    "the plan.</p><p>The branches at Eastgate and Mill Lane will shut in June, and a mobile "
    "van will visit both neighbourhoods once a week.</p>"
)
_BODY = (
    "<p>The branches at Eastgate and Mill Lane will shut in June; their books will move to "
    "the central library, and a mobile van will visit both neighbourhoods once a week.</p>"
    "<p>Councillor Ruth Adeyemi, who leads on culture, said the choice had been painful, but "
    "the budget left no room for five buildings, and promised they would stay in public "
    "hands.</p><p>Residents who spoke at the meeting said the central library was two buses "
    "away for many pensioners, and asked for the van to call twice a week; the council said "
    "it would look at the timetable in the autumn.</p>"
)


def _page(body_html: str, title: str = _TITLE) -> Article:
    return extract_html(
        html_doc(f"<html><head><title>{title}</title></head><body>{body_html}</body></html>")
    )


def test_a_note_under_its_headline_leaves_the_site_info_below_out() -> None:
    note = (
        f"<div class='a'><h1>{_TITLE}</h1><p>The county council voted on Wednesday to close "
        "two of its five libraries by the summer; both will shut in June.</p></div>"
    )
    text = body(_page(_NAV + note + f"<div class='x'>{_SITE_INFO}</div>" + _FOOTER))
    assert text == (
        "The county council voted on Wednesday to close two of its five libraries by the "
        "summer; both will shut in June."
    )


def test_a_brief_beside_a_longer_text_under_its_own_heading_is_the_body() -> None:
    other = (
        f"<div class='b'><h2>Our promise to readers</h2>{_SITE_INFO}<p>We also run a weekly "
        "podcast about local history, and an archive of every issue since the first, free to "
        "search for members.</p></div>"
    )
    text = body(_page(_NAV + f"<div class='a'><h1>{_TITLE}</h1>{_BRIEF}</div>" + other))
    assert "Eastgate and Mill Lane" in text
    assert "Our promise to readers" not in text
    assert "penny of profit" not in text


def test_a_headline_and_deck_above_the_body_keep_the_body() -> None:
    hero = (
        f"<div class='hero'><h1>{_TITLE}</h1><p>Eastgate and Mill Lane libraries will shut in "
        "June as the council looks for 400,000 pounds of savings.</p></div>"
    )
    text = body(_page(_NAV + hero + f"<div class='text'>{_BODY}</div>" + _FOOTER))
    assert "Councillor Ruth Adeyemi" in text
    assert "two buses away" in text


def test_a_figurative_headline_and_its_deck_keep_the_body() -> None:
    # The deck repeats the headline's word, the body never does: the body
    # is longer than any side text.
    title = "The quiet revolution"
    hero = (
        f"<div class='hero'><h1>{title}</h1><p>How a quiet street learned to run its own "
        "services when the council could no longer pay for them.</p></div>"
    )
    more = (
        "<p>Volunteers now open the reading room on Mill Lane four mornings a week, and a "
        "retired teacher runs a homework club there on Tuesdays and Thursdays after school.</p>"
        "<p>The council lends the building for a peppercorn rent, and the neighbours pay for "
        "the heating from a summer fair that raised 3,000 pounds last year.</p>"
    )
    text = body(
        _page(_NAV + hero + f"<div class='text'>{_BODY}{more * 4}</div>" + _FOOTER, title=title)
    )
    assert "Councillor Ruth Adeyemi" in text
    assert "two buses away" in text


def test_a_short_body_under_a_headline_block_of_other_words_stays() -> None:
    # The headline's block holds the writer's note, which repeats no word of
    # a figurative headline: it is no story of its own.
    title = "The quiet revolution"
    hero = (
        f"<div class='hero'><h1>{title}</h1><p>Mara Quist writes about towns and the people "
        "who run them for the Gazette.</p></div>"
    )
    text = body(_page(_NAV + hero + f"<div class='text'>{_BODY}</div>" + _FOOTER, title=title))
    assert "Councillor Ruth Adeyemi" in text
    assert "Mara Quist writes" not in text


def test_a_brief_after_its_headline_s_header_beats_a_longer_appeal() -> None:
    # The headline stands in a header with the byline; the brief follows in
    # a block of its own, and a readers' appeal after it is longer.
    appeal = (
        "<div class='e'><h2>Before you go</h2><p>We have a small favour to ask. Millions of "
        "readers turn to us every month for independent, fact-checked reporting, and unlike "
        "many others we have no paywall, because we believe everyone deserves news that is "
        "accurate, whatever they can afford to pay.</p><p>Our work is funded by readers like "
        "you. Every contribution, however big or small, keeps our reporters in the council "
        "chamber and the courts.</p><p>Support us today from just 1 pound, or set up a "
        "monthly gift. It only takes a minute. Thank you.</p></div>"
    )
    header = f"<div class='hd'><h1>{_TITLE}</h1><span>By Tom Hale</span></div>"
    text = body(_page(_NAV + header + f"<div class='s'>{_BRIEF}</div>" + appeal + _FOOTER))
    assert "Eastgate and Mill Lane" in text
    assert "small favour" not in text
