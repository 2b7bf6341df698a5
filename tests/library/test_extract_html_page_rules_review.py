"""Pages a researcher might save, written by the team to review the page
rules of stop 32 (branch s32-rev); each test failed on the merge of
s32-pages.

- **An article in a closed dialog headed by the page's title**
  (``cleaning.py``: ``_closed_dialog``). A reader that opens a story in an
  overlay over the site's feed (a lightbox reader, a "modal article") is
  saved with the overlay still hidden when its script never ran. The
  closed-dialog rule dropped it as a search panel, in both readings, and
  the page gave no article at all; a dialog headed by the page's title is
  the article, as one holding its ``<h1>`` was.
- **A chrome-named block of plain short lines** (``pruning.py``:
  ``_is_chrome``). A recipe theme sets the ingredients in a column named
  ``recipe-sidebar`` between the introduction and the method: the list
  held most of the text but no prose (each line is shorter than a
  paragraph), so the rule for a Related section inside the core pruned it.
  A Related section is titles that link elsewhere; a block with few links
  is the page's own. Nor is a reading list of works on other sites (a
  section named ``related-reading`` of DOI links with their authors, years
  and pages, between two paragraphs): a Related section links to other
  pages of the same site, as ``related.py`` already reads one.
- **A short post beside an ``<aside>`` or a ``<footer>`` in ``<main>``**
  (``html.py``: ``_side_length``). The short body read again within the
  page's ``<main>`` was taken when it held twice the post's text outside
  links, without the 50-character margin: a post of one sentence beside
  one paragraph of other news in an ``<aside>``, or of the writer's
  biography in a ``<footer>``, came out as both. Their text does not count
  toward that reading (with the margin, a longer one is taken, as at the
  start). (A box named as chrome, a sign-up or an author's box, is still
  taken: counting it too lost the check page the rule was kept for.)
"""

from __future__ import annotations

import pytest

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_FERRY = (
    "The ferry to the northern islands runs twice a week in winter, and the crossing "
    "takes most of a day when the wind is from the east.",
    "Passengers bring their own food, because the galley closes in November and does "
    "not open again until the first week of April.",
    "On the return trip the boat carries mail, fuel and sometimes a cow, tied to the rail "
    "with a rope and fed from a bucket of oats.",
)
_FEED = (
    '<header><a href="/">Harbour Weekly</a><nav><a href="/news">News</a> '
    '<a href="/sport">Sport</a></nav></header><div class="feed">'
    '<div class="teaser"><a href="/a/2">Council votes on the new pier</a></div>'
    '<div class="teaser"><a href="/a/3">Ten photos of the storm</a></div></div>'
)


def _extract(page: str) -> Article:
    return extract_html(html_doc(page, url="https://harbour.example/a/winter-ferry"))


def _overlay(attributes: str, heading: str = "Winter on the northern ferry") -> str:
    story = "".join(f"<p>{paragraph}</p>" for paragraph in _FERRY)
    return (
        "<html><head><title>Winter on the northern ferry | Harbour Weekly</title></head>"
        f"<body>{_FEED}<div {attributes}><h2>{heading}</h2>{story}</div></body></html>"
    )


@pytest.mark.parametrize(
    "attributes",
    [
        'class="reader" role="dialog" aria-modal="true" aria-hidden="true"',
        'role="dialog" hidden',
        'role="dialog" style="display: none"',
    ],
)
def test_a_story_in_a_closed_overlay_headed_by_the_title_is_the_article(attributes: str) -> None:
    text = body(_extract(_overlay(attributes)))
    for paragraph in _FERRY:
        assert paragraph in text


_INGREDIENTS = (
    "500 g of plain flour",
    "2 teaspoons of salt",
    "1 sachet of dry yeast",
    "350 ml of warm water",
    "3 spoons of olive oil",
    "a handful of sea salt",
    "4 sprigs of rosemary",
    "12 black olives",
    "1 red onion, sliced",
    "6 cherry tomatoes",
    "a pinch of sugar",
    "coarse semolina",
    "1 clove of garlic",
    "fresh thyme leaves",
    "a little black pepper",
    "2 spoons of capers",
    "8 anchovy fillets",
    "a dozen basil leaves",
    "grated lemon zest",
    "a trickle of honey",
)
_INTRO = (
    "This is the flat bread the harbour bakery sells on Saturdays, baked in a tray and eaten warm."
)
_METHOD = (
    "Mix everything but the toppings, knead for ten minutes, leave to rise for an hour, "
    "press into the tray, top and bake hot for twenty minutes."
)


def test_the_ingredients_in_a_recipe_sidebar_between_intro_and_method_stay() -> None:
    items = "".join(f"<li>{item}</li>" for item in _INGREDIENTS)
    page = (
        "<html><head><title>Harbour flat bread</title></head><body><main>"
        f"<article><h1>Harbour flat bread</h1><p>{_INTRO}</p>"
        f'<div class="recipe-sidebar"><h2>Ingredients</h2><ul>{items}</ul></div>'
        f"<h2>Method</h2><p>{_METHOD}</p></article></main></body></html>"
    )
    text = body(_extract(page))
    assert _INTRO in text
    assert "1 sachet of dry yeast" in text
    assert "4 sprigs of rosemary" in text
    assert _METHOD in text


_NOTICE = (
    "Closed the harbour office early today: the east wind pushed the tide over the slipway again."
)
_ALSO = (
    "The lifeboat crew will test the new engine on Thursday morning, weather "
    "permitting, from the north pier."
)


def test_a_short_post_beside_an_aside_of_other_news_in_main_stays_the_post() -> None:
    page = (
        "<html><head><title>Harbour office closed early</title></head><body>"
        '<header><a href="/">Harbour Board</a></header><main>'
        f'<article class="post"><h1>Harbour office closed early</h1><p>{_NOTICE}</p>'
        f'</article><aside class="sidebar"><h2>Also today</h2><p>{_ALSO}</p></aside>'
        "</main></body></html>"
    )
    text = body(_extract(page))
    assert _NOTICE in text
    assert "lifeboat" not in text


_WORKS = "".join(
    f'<li><a href="https://doi.org/10.5555/ferry.{n}">Winter routes, part {n}</a> '
    f"(Berg, {1990 + n}), pp. {n}0-{n}9</li>"
    for n in range(1, 16)
)
_OPENING = (
    "These are the studies of the winter ferry routes we relied on for the exhibition, "
    "most of them by the harbour's own historians."
)
_CLOSING = (
    "Copies of every study are kept in the reading room of the harbour museum and may "
    "be consulted on weekdays."
)


def test_a_reading_list_of_works_elsewhere_named_related_stays() -> None:
    page = (
        "<html><head><title>Sources for the ferry exhibition</title></head><body><main>"
        f"<article><h1>Sources for the ferry exhibition</h1><p>{_OPENING}</p>"
        f'<section class="related-reading"><h2>Reading list</h2><ul>{_WORKS}</ul></section>'
        f"<p>{_CLOSING}</p></article></main></body></html>"
    )
    text = body(_extract(page))
    assert _OPENING in text
    assert "Winter routes, part 7 (Berg, 1997), pp. 70-79" in text
    assert _CLOSING in text


_BIO = (
    "Anna Berg keeps the harbour office and writes these notes when the weather "
    "changes the timetable."
)


def test_a_short_post_beside_its_footer_in_main_stays_the_post() -> None:
    page = (
        "<html><head><title>Harbour office closed early</title></head><body>"
        '<header><a href="/">Harbour Board</a></header><main>'
        f'<article class="post"><h1>Harbour office closed early</h1><p>{_NOTICE}</p>'
        f"</article><footer><p>{_BIO}</p></footer></main></body></html>"
    )
    text = body(_extract(page))
    assert _NOTICE in text
    assert "Anna Berg" not in text
