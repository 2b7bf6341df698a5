"""A page saved while a dialog or a menu was open keeps its article, and so
does a page that gives its article only in ``<noscript>`` or in a frame.

Sites mark everything behind an open cookie banner or a slid-out menu
``aria-hidden="true"``: hidden from a screen reader, still on the screen.
A page drawn by a script may leave a skeleton and give its text to readers
without scripts in ``<noscript>``; an ``<iframe srcdoc>`` (a newsletter's
web view, any frame of a page saved by SingleFile) holds a whole document.
The pages are written here in those shapes; decorative copies marked hidden
(a carousel's cloned slides), a "please enable JavaScript" notice, a
noscript copy of the story and a framed embed beside it still go.
"""

from __future__ import annotations

from html import escape

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import html_doc, texts

_STORY = (
    "<p>The harbour board agreed on Tuesday to raise ferry fares by eight per cent from April, "
    "the first rise in three years, citing the cost of fuel and of the new pier.</p>"
    "<p>Season tickets for islanders will rise by less, four per cent, after residents asked "
    "the board to spare those who cross every day for work or school.</p>"
    "<p>The board said the extra money would pay for a second night crossing in summer, which "
    "travellers have asked for since the route began.</p>"
)
_CONSENT = (
    '<div class="consent-modal" role="dialog" aria-modal="true"><h2>We value your privacy</h2>'
    "<p>We and our partners store and access information on a device, such as cookies, and "
    "process personal data, such as unique identifiers and standard information sent by a "
    "device, for personalised ads and content, ad and content measurement, and audience "
    "insights, as well as to develop and improve products.</p><p>With your permission we and "
    "our partners may use precise geolocation data and identification through device "
    "scanning. You may click to consent to our and our partners' processing as described "
    "above, or refuse, or choose which purposes to allow.</p>"
    "<button>Accept</button><button>Manage options</button></div>"
)
_NAV = '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'


def _page(body: str) -> Article:
    return extract_html(
        html_doc(
            "<html><head><title>Ferry fares rise in spring</title></head>"
            f"<body>{body}</body></html>"
        )
    )


def test_a_story_behind_an_open_cookie_banner_is_the_body() -> None:
    article = _page(
        f'<div id="page" aria-hidden="true">{_NAV}<main><article>'
        f"<h1>Ferry fares rise in spring</h1>{_STORY}</article></main>"
        "<footer><p>Island News</p></footer></div>" + _CONSENT
    )
    body = texts(article)
    assert any(text.startswith("The harbour board agreed on Tuesday") for text in body)
    assert any("second night crossing" in text for text in body)
    assert not any("partners" in text for text in body)


def test_a_story_without_main_behind_an_open_dialog_is_the_body() -> None:
    # No <main>: the page's headline says where the page is.
    article = _page(
        f'<div class="site" aria-hidden="true">{_NAV}<div class="story">'
        f"<h1>Ferry fares rise in spring</h1>{_STORY}</div></div>" + _CONSENT
    )
    body = texts(article)
    assert any("Season tickets for islanders" in text for text in body)
    assert not any("partners" in text for text in body)


def test_cloned_slides_marked_hidden_still_go() -> None:
    def slide(n: int, cloned: bool) -> str:
        hidden = ' aria-hidden="true"' if cloned else ""
        return (
            f'<div class="slide"{hidden}><article><h3><a href="/s{n}">Pier {n} reopens</a></h3>'
            f"<p>Pier {n} reopened after the winter repairs, the board said.</p></article></div>"
        )

    carousel = "".join(slide(n, cloned) for cloned in (False, True) for n in range(3))
    article = _page(
        f"<main><article><h1>Ferry fares rise in spring</h1>{_STORY}</article>"
        f'<div class="carousel">{carousel}</div></main>'
    )
    text = "\n".join(texts(article))
    assert text.count("Pier 1 reopened") <= 1


def test_a_story_given_only_in_noscript_is_the_body() -> None:
    # A page drawn by a script leaves a skeleton, and gives its article to
    # readers without scripts in <noscript>.
    article = _page(
        f'{_NAV}<div id="app"><div class="skeleton"></div></div><noscript><article>'
        f"<h1>Ferry fares rise in spring</h1>{_STORY}</article></noscript>"
        "<footer><p>Island News, 2026. All rights reserved. Write to the harbour office.</p>"
        "</footer>"
    )
    body = texts(article)
    assert any(text.startswith("The harbour board agreed on Tuesday") for text in body)
    assert not any("All rights reserved" in text for text in body)


def test_a_noscript_notice_or_copy_beside_the_story_stays_out() -> None:
    notice = (
        "<noscript><p>Please enable JavaScript in your browser to read the comments and to "
        "see the interactive ferry map, which needs scripts to draw the routes.</p></noscript>"
    )
    copy = f"<noscript><div>{_STORY}</div></noscript>"
    article = _page(
        f"<main><article><h1>Ferry fares rise in spring</h1>{_STORY}</article>{notice}{copy}</main>"
    )
    text = "\n".join(texts(article))
    assert "enable JavaScript" not in text
    assert text.count("Season tickets for islanders") == 1


def _framed(document: str) -> str:
    return '<iframe srcdoc="' + escape(document, quote=True) + '"></iframe>'


def test_a_story_in_an_inline_frame_is_the_body() -> None:
    # A newsletter's web view, or any frame of a page saved by SingleFile.
    frame = _framed(
        "<html><head><title>Issue 12</title></head><body><article>"
        f"<h1>Ferry fares rise in spring</h1>{_STORY}</article></body></html>"
    )
    article = _page(
        f"{_NAV}{frame}<footer><p>Island News, 2026. All rights reserved. Write to the "
        "harbour office.</p></footer>"
    )
    body = texts(article)
    assert any(text.startswith("The harbour board agreed on Tuesday") for text in body)
    assert not any("All rights reserved" in text for text in body)


def test_a_framed_embed_beside_the_story_stays_out() -> None:
    embed = _framed(
        "<body><blockquote><p>Ferry fares up again! Who decided this, and when will the "
        "second boat finally run? Asking for every islander who crosses each morning "
        "at six, in all weathers, to get to work.</p>— Island commuter (@commuter)"
        "</blockquote></body>"
    )
    article = _page(
        f"<main><article><h1>Ferry fares rise in spring</h1>{_STORY}{embed}</article></main>"
    )
    text = "\n".join(texts(article))
    assert "second night crossing" in text
    assert "Asking for every islander" not in text
