"""Pages a researcher might save, written by the team for three readings
the review of stop 32 (branch s32-rev) found wrong before that stop
(branch s32-pages2); each test failed before its fix.

- **An article in a ``<dialog open>``** (``cleaning.py``): every
  ``<dialog>`` was removed with the controls, so a page that shows its
  story in an open dialog (a reader view, a "modal article") gave no
  article at all. An open dialog is what the reader sees; a closed one (a
  search panel, a sign-in form) is still removed, unless it holds the
  page's headline and most of its text (a reader view saved from the
  page's source, before its script opened it).
- **Two short posts in ``<main>``** (``articles.py``): the scoring took the
  longer, the second, even when the page's title headed the first (a post
  under the title needed the prose of a whole article to be chosen by it).
  The post the title heads is the article when it holds at least half the
  other's prose (a headline's card beside a whole story is not); under a
  title that heads neither, the first leads (the page is then read as its
  posts, as a feed of longer posts is), never the second alone.
- **A short post above a thread of six replies in ``<main>``**
  (``content.py``: ``_post_above_thread``). The replies held more prose
  and were chosen as one block; the post, headed by the title, was lost.
  When the chosen block is a thread (three or more boxes built alike, not
  a story's paragraphs), the nearest block of prose before it, if it holds
  the page's ``<h1>`` or a heading that is the title and less prose than
  the thread, leads (guard: a gallery holding the ``<h1>`` above a story).
"""

from __future__ import annotations

import pytest

from quotemark.library.errors import NoArticle
from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import body, html_doc

_LIGHTHOUSE = (
    "The keeper of the south light climbs the tower twice every night, once at dusk to "
    "start the lamp and once at two to trim the wick and wind the clock.",
    "In the old days the oil came by boat each spring, forty barrels at a time, and was "
    "rolled up the cliff path by the keeper and his two sons.",
    "The light was automated in the last year of the century, and the cottage below it "
    "is now let to walkers in the summer months.",
)
_FEED = (
    '<header><a href="/">Coast Notes</a></header><div class="feed">'
    '<div class="teaser"><a href="/p/7">Seals on the north beach</a></div>'
    '<div class="teaser"><a href="/p/8">A walk to the old quarry</a></div></div>'
)


def _extract(page: str) -> Article:
    return extract_html(html_doc(page, url="https://coast.example/p/south-light"))


def _dialog_page(attributes: str, heading: str = "<h1>The south light</h1>") -> str:
    story = "".join(f"<p>{paragraph}</p>" for paragraph in _LIGHTHOUSE)
    return (
        "<html><head><title>The south light | Coast Notes</title></head>"
        f"<body>{_FEED}<dialog {attributes}>{heading}{story}</dialog></body></html>"
    )


@pytest.mark.parametrize("attributes", ["open", 'open class="reader"', 'open=""'])
def test_a_story_in_an_open_dialog_is_the_article(attributes: str) -> None:
    text = body(_extract(_dialog_page(attributes)))
    for paragraph in _LIGHTHOUSE:
        assert paragraph in text


def test_a_story_in_an_open_dialog_headed_by_the_title_is_the_article() -> None:
    text = body(_extract(_dialog_page("open", "<h2>The south light</h2>")))
    for paragraph in _LIGHTHOUSE:
        assert paragraph in text


def test_a_closed_dialog_beside_the_story_is_still_left_out() -> None:
    # Guard: a sign-in form in a <dialog> without "open" is no text.
    story = "".join(f"<p>{paragraph}</p>" for paragraph in _LIGHTHOUSE)
    page = (
        "<html><head><title>The south light | Coast Notes</title></head><body>"
        f"<article><h1>The south light</h1>{story}</article>"
        "<dialog><h2>Sign in</h2><p>Sign in with your email address to save walks, "
        "follow writers and get the weekly letter of new posts from the coast.</p></dialog>"
        "</body></html>"
    )
    text = body(_extract(page))
    assert _LIGHTHOUSE[0] in text
    assert "Sign in" not in text


def test_a_page_whose_only_text_is_a_closed_dialog_still_has_no_article() -> None:
    # Guard: a dialog the page never opened is not what the reader saw.
    page = (
        "<html><head><title>Coast Notes</title></head><body>"
        '<header><a href="/">Coast Notes</a></header>'
        "<dialog><h2>Newsletter</h2><p>Every Sunday we send the week's walks, the tide "
        "tables and the new posts from the coast to your inbox; you can leave the list "
        "at any time with one click from any letter.</p></dialog></body></html>"
    )
    with pytest.raises(NoArticle):
        _extract(page)


def test_a_dialog_holding_the_headline_and_most_of_the_text_is_the_article() -> None:
    # A reader view saved from the page's source, before its script set
    # "open": the dialog holds the <h1> and nearly all the page's prose.
    text = body(_extract(_dialog_page('class="reader"')))
    for paragraph in _LIGHTHOUSE:
        assert paragraph in text


# Two short posts in <main> (a notice board, a status page): the scoring
# took the longer, the second, even when the page's title heads the first.
_NOTICE = "The reading room closes at noon on Friday: the boiler is being replaced again."
_OTHER = (
    "The map collection moves to the east wing next month, and the old catalogue cards go with it."
)


def _two_posts(title: str, heading: str = "h2") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<header><a href="/">Coast Archive</a></header><main>'
        f'<article class="post"><{heading}>Reading room closes early</{heading}>'
        f"<p>{_NOTICE}</p></article>"
        f'<article class="post"><h2>Maps move east</h2><p>{_OTHER}</p></article>'
        "</main></body></html>"
    )


@pytest.mark.parametrize("heading", ["h1", "h2", "h3"])
def test_of_two_short_posts_the_one_the_title_heads_is_the_article(heading: str) -> None:
    text = body(_extract(_two_posts("Reading room closes early | Coast Archive", heading)))
    assert _NOTICE in text
    assert "map collection" not in text


def test_of_two_short_posts_under_the_sites_name_the_first_is_read_first() -> None:
    # No title to choose by: the page is read as its posts, the first
    # first, never the second alone for being longer.
    texts = body(_extract(_two_posts("Coast Archive"))).split("\n")
    assert _NOTICE in texts
    assert texts.index(_NOTICE) < texts.index(_OTHER) if _OTHER in texts else True


def test_a_short_headline_card_beside_the_story_under_the_title_is_not_the_article() -> None:
    # Guard: an <article> card headed by the title holding one line
    # beside the whole story in another <article> stays the story.
    story = "".join(f"<p>{paragraph}</p>" for paragraph in _LIGHTHOUSE)
    page = (
        "<html><head><title>The south light | Coast Notes</title></head><body><main>"
        '<article class="card"><h2>The south light</h2><p>A night with the keeper.</p>'
        f'</article><article class="story"><h2>Keeping the lamp</h2>{story}</article>'
        "</main></body></html>"
    )
    text = body(_extract(page))
    for paragraph in _LIGHTHOUSE:
        assert paragraph in text


# A short post above a thread of six replies in <main>: the thread held
# more prose, was chosen, and the post was lost.
_POST = "The night bus to the lighthouse stops running after Sunday until the road is mended."
_REPLIES = (
    "Thanks for the warning, I was going to take it out there on Tuesday evening.",
    "The same happened two winters ago, and the road was closed for most of a month.",
    "Is the morning bus still running, or is the whole route off until it is fixed?",
    "The council says the repair starts next week if the weather stays dry enough.",
    "My neighbour drives out most evenings and can take two people, just ask her.",
    "Good to know, we will walk along the beach path instead while it is closed.",
)


def _post_and_thread(heading: str, thread: str) -> str:
    replies = "".join(
        f'<div class="reply"><span class="who">reader{n}</span><p>{reply}</p></div>'
        for n, reply in enumerate(_REPLIES)
    )
    return (
        "<html><head><title>Night bus stops after Sunday | Coast Notes</title></head><body>"
        '<header><a href="/">Coast Notes</a></header><main>'
        f'<article class="post"><{heading}>Night bus stops after Sunday</{heading}>'
        f"<p>{_POST}</p></article>{thread.format(replies)}</main></body></html>"
    )


@pytest.mark.parametrize("heading", ["h1", "h2"])
@pytest.mark.parametrize(
    "thread", ['<section class="thread">{}</section>', '<div class="responses">{}</div>']
)
def test_a_short_post_above_a_thread_of_replies_is_kept_first(heading: str, thread: str) -> None:
    # (The post is what was saved; the replies may follow it.)
    texts = body(_extract(_post_and_thread(heading, thread))).split("\n")
    assert _POST in texts
    if _REPLIES[0] in texts:
        assert texts.index(_POST) < texts.index(_REPLIES[0])


def test_a_photo_block_with_the_headline_above_a_story_is_not_a_post() -> None:
    # Guard: a story's paragraphs are no thread, and the captions of a
    # gallery holding the <h1> above them are not prepended as a post.
    story = "".join(f"<p>{paragraph}</p>" for paragraph in _LIGHTHOUSE * 2)
    page = (
        "<html><head><title>The south light | Coast Notes</title></head><body><main>"
        '<div class="gallery"><h1>The south light</h1><figure><img src="a.jpg">'
        "<figcaption>The keeper on the gallery rail at dusk, before the lamp is lit."
        f'</figcaption></figure></div><div class="story">{story}</div></main></body></html>'
    )
    text = body(_extract(page))
    assert _LIGHTHOUSE[0] in text
    assert "gallery rail" not in text
