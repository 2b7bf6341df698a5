"""A researcher saves eight team-written pages whose metadata is missing,
stale or wrong while the page shows the headline and the byline, stop 46
(branch s46-html5): held-out titles and bylines.

The visible-page metadata (``evaluation.visible``) is the weakest figure of
the extraction tables, and the tune half has little left to learn from, so
these pages are written by hand with invented people and text in
``tests/fixtures/review_html5_stop46`` (no real page copied), each with the
chrome a saved page carries (cookie banners, menus, newsletter boxes,
related rails, comments): a newsletter post whose <title> and og:title are
the newsletter's name; a publishing platform's post with the author card
(avatar, name, "Follow", reading time, date) before the headline and the
publication's name as <title>; a regional paper whose <title> is "Section |
Paper" and whose byline gives a role ("By Ada Lind, Health Reporter"); a
magazine feature with a kicker over the headline, a dek under it, "Words
by" and "Photographs by", and a stale og:title; a news page whose og:title
and <title> are a search engine's headline and whose meta author is the
"Digital Desk"; a blog whose h1 is its name, the post's title an h2 and the
byline "Posted on 3 March 2026 by Peter Quinn" under the text; a translation
whose meta author is its translator ("Translated from the French by"); and
a US paper's "By OWEN PRYCE and NADIA STROUD | Staff Writers". Each is read
through the importer the app uses (``pipeline.process``): as saved, every
field, its body's first and last sentence and the chrome left out; and with
its metadata removed the way ``evaluation.visible`` removes it, its title,
authors and date. Each reading wrong is a strict xfail with its reason.
evaluation/README.md ("Titles and bylines the page shows, stop 46") counts
the first read. Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are read whole in the xfail report)

from __future__ import annotations

from pathlib import Path

from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.saved_pages import SavedPages, saved_tests
from tests.library.test_extract_html import html_doc
from tests.library.test_review_html3_stop44 import Saved, saved_cases

_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review_html5_stop46"

PAGES = [
    Saved(
        "01-newsletter-post.html",
        title="The geese came back three weeks late this winter",  # <title> and og:title: the newsletter
        authors=("Nadia Stroud",),
        date="2026-04-02",
        site="The Saltmarsh Letter",
        first="The first skein of brent geese",
        last="I will be on the wall for the spring count",
        absent=(
            "This site uses cookies",
            "Enjoying the letter?",
            "Get the next one in your inbox",
            "Share on X",
            "Reply to this email",
            "Comments (4)",
            "We saw the first lot",
            "Keep reading",
            "A winter on the wall",
            "Powered by Letterpost",
            "And the counters on the sea wall think",  # the subtitle
        ),
    ),
    Saved(
        "02-author-card-first.html",
        title="What a harbour master actually does all day",  # <title>: the publication
        authors=("Ben Ross",),  # the author card above the headline; no metadata names him
        date="2026-04-08",
        site="Harbour Notes",
        first="People who ask me what I do",
        last="So if you see me on the quay",
        absent=(
            "member-only stories",
            "Follow publication",
            "6 min read",
            "Published in",
            "Written by Ben Ross",
            "1.2K Followers",
            "Responses (7)",
            "The bit about the fees",
            "More from Ben Ross",
            "The crack in the fuel berth",
            "Recommended from Stories",
            "Less shouting at yachts",  # the subtitle
        ),
    ),
    Saved(
        "03-section-paper-title.html",
        title="Port Elm surgery to take new patients again after two years",  # <title>: "Health | The Estuary Gazette"
        authors=("Ada Lind",),  # "By Ada Lind, Health Reporter"
        date="2026-04-09",
        site="The Estuary Gazette",
        first="The only GP surgery in Port Elm",
        last="The county's health board said",
        absent=(
            "We value your privacy",
            "Advertisement",
            "Breaking:",
            "Weather:",
            "Health Reporter",
            "READ MORE",
            "Carrick pharmacy cuts",
            "Get the Gazette in your inbox",
            "Comments are closed",
            "Most Read",
            "Estuary Media Ltd",
            "The practice closed its list in 2024 when",  # the intro under the headline
        ),
    ),
    Saved(
        "04-magazine-kicker-dek.html",
        title="The oystermen who would not sell",  # og:title and <title>: an earlier headline
        authors=("Marion Okafor",),  # "Words by"; "Photographs by" Tom Hale
        date="2026-04-14",  # "From the May 2026 issue · Published April 14, 2026"
        site="Tidewater",
        first="At low water on a grey morning",
        last="In the end, the lease cannot be sold",
        absent=(
            "We use cookies",
            "10 issues for",
            "The Long Read",
            "Photographs by",
            "From the May 2026 issue",
            "For a century three families",  # the dek
            "Filed under",
            "About the contributors",
            "You might also like",
            "The last ferryman of Carrick",
            "The Tidewater letter",
            "It was more than the beds had earned in my whole life",  # the pull quote
        ),
    ),
    Saved(
        "05-seo-og-title.html",
        title="Ferry fares to rise by a fifth in May",  # og:title and <title>: the search engines'
        authors=("Sam Wren",),  # meta author: "Bay Courier Digital Desk"
        date="2026-03-21",
        site="Bay Courier",
        first="A return crossing on the Port Elm ferry",
        last="A public meeting on the fares",
        absent=(
            "We and our partners use cookies",
            "Transport Correspondent",
            "Advertisement",
            "Read also",
            "Ferry timetable cut",
            "Topics:",
            "Join the conversation",
            "More from Transport",
            "Sign up to the Bay Courier daily",
        ),
    ),
    Saved(
        "06-blog-site-h1.html",
        title="Painting the lock gates, week three",  # an h2 under the blog's h1
        authors=("Peter Quinn",),  # "Posted on 3 March 2026 by Peter Quinn"
        date="2026-03-03",
        site="The Lock-keeper's Cottage",  # the <title> and the h1; no og:site_name
        first="The bottom gates of lock 14",
        last="If you pass the lock this month",
        absent=(
            "counter cookie",
            "Notes from lock 14",
            "Posted on",
            "Painting the lock gates, week two",
            "2 comments",
            "They look grand",
            "Leave a comment",
            "About me",
            "Archives",
            "Blogroll",
            "Built with Hugo",
        ),
    ),
    Saved(
        "07-translated.html",
        title="The last salt works on the Breton coast",
        authors=("\u00c9lodie Marchand",),  # meta author: the translator
        date="2026-03-18",  # the translation's; the original's is 15 March
        site="Estuaries in Translation",
        first="The salt pans at Kerho\u00ebl",
        last="Whether the pans will still be worked",
        absent=(
            "We use cookies",
            "Translated from the French",
            "first appeared in French",
            "Read the original",
            "A note on the translation",
            "Support our translators",
            "More translations",
            "The weekly translation",
        ),
    ),
    Saved(
        "08-two-caps-bylines.html",
        title="County approves $4 million seawall repair after winter storms",
        authors=("Owen Pryce", "Nadia Stroud"),  # "By OWEN PRYCE and NADIA STROUD | Staff Writers"
        date="2026-03-28",  # PUBLISHED; UPDATED the day after
        site="The Harbor Ledger",
        first="The county board voted 4-1",
        last="The county will hold a meeting",
        absent=(
            "This website uses cookies",
            "free articles remaining",
            "e-Edition",
            "Trending:",
            "Staff Writers",
            "PUBLISHED:",
            "ADVERTISEMENT",
            "RELATED:",
            "covers county government",
            "Get the morning headlines",
            "Most Popular",
        ),
    ),
]

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Titles and bylines the page shows, stop 46").
_SIGNUP = "a signup box inside the post's text whose class joins a subscription word to 'embed' is read as a wrapper of embedded content (an embedded post is kept so), and the form alone goes: its heading and offer stay"
_CARD = "the author card above the headline is named a 'card', as the teasers of other posts are: its name and its date are read as another post's, and nothing else on the page names the writer or the day"
_AFTER = "the writer's card and the responses after the <article>, in the same <main>, under names that say neither ('written-by', 'responses'), are kept with the text"
_PUBLICATION = "with no metadata the <title> is the publication's name, whose link (to its folder of the site, not '/') stands inside the <article>: nothing says the <title> is a name rather than a headline"
_OTHER_HEADLINE = "the og:title and <title> word another headline than the page's marked h1 (an earlier one, or the search engines'): the stated title is kept, and with no metadata the <title>. The rule tried (the marked h1 over a <title> of another wording naming its site) read one scrapinghub title more right on the check half, one less on the tune half, and turned one check page's <title> stated as its og:title to the h1: left (stop 46)"
_TRANSLATOR = "the meta author is the translator ('Translated from the French by Ben Ross'); telling which name the page credits as its translator would walk the page's text on every page that states an author"

_LEFT: dict[tuple[str, str], str] = {
    ("01-newsletter-post.html", "absent:Enjoying the letter?"): _SIGNUP,
    ("01-newsletter-post.html", "absent:Get the next one in your inbox"): _SIGNUP,
    ("02-author-card-first.html", "authors"): _CARD,
    ("02-author-card-first.html", "date"): _CARD,
    ("02-author-card-first.html", "visible:authors"): _CARD,
    ("02-author-card-first.html", "visible:date"): _CARD,
    ("02-author-card-first.html", "visible:title"): _PUBLICATION,
    ("02-author-card-first.html", "last"): _AFTER,
    ("02-author-card-first.html", "absent:Written by Ben Ross"): _AFTER,
    ("02-author-card-first.html", "absent:1.2K Followers"): _AFTER,
    ("02-author-card-first.html", "absent:Responses (7)"): _AFTER,
    ("02-author-card-first.html", "absent:The bit about the fees"): _AFTER,
    ("04-magazine-kicker-dek.html", "title"): _OTHER_HEADLINE,
    ("04-magazine-kicker-dek.html", "visible:title"): _OTHER_HEADLINE,
    ("05-seo-og-title.html", "title"): _OTHER_HEADLINE,
    ("05-seo-og-title.html", "visible:title"): _OTHER_HEADLINE,
    ("07-translated.html", "authors"): _TRANSLATOR,
}


_SAVED = SavedPages(_PAGES, PAGES, _LEFT)
_FIELDS, _ABSENT, _QUOTES, _LINKS = saved_cases(PAGES, _SAVED.case)

(
    test_a_saved_page_reads_as_a_researcher_writes_it_down,
    test_with_its_metadata_removed_a_page_shows_its_title_byline_and_date,
) = saved_tests(_SAVED, _FIELDS + _ABSENT)


# -- the rules the first read asked for: each fires on a page the team wrote
# and keeps still on one beside it ------------------------------------------

_STORY = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from the spring, "
    "after a report on its planks.</p><p>Tom Hale, the harbour master, said the planks "
    "could not take the weight any more and that repairs would start in March.</p>"
    "<p>Repairs will take the summer, and the pier will open to walkers again in the autumn.</p>"
)


def _metadata(html: str, url: str = "https://pier.example.org/2026/railings") -> Metadata:
    return extract_html(html_doc(html, url=url)).metadata


def _masthead(link_text: str, heading: str) -> Metadata:
    return _metadata(
        "<html><head><title>Pier Notes</title></head><body>"
        f"<header><a class='name' href='/'>{link_text}</a><nav><a href='/about'>About</a></nav></header>"
        f"<main><div class='post'>{heading}{_STORY}</div></main></body></html>"
    )


def test_a_title_the_link_home_reads_over_a_post_s_own_h1_is_the_site_s_name() -> None:
    # The <title> is the newsletter's name, read by its link home in the
    # header; the post's h1, marked as its title, reads other words.
    got = _masthead(
        "Pier Notes", "<h1 class='post-title'>Railings to be painted by the summer</h1>"
    )
    assert (got.title, got.site) == ("Railings to be painted by the summer", "Pier Notes")


def test_a_title_the_post_s_own_h1_reads_or_no_link_home_reads_stays() -> None:
    # The post's h1 reads the <title> itself: the post is called so.
    got = _masthead("Pier Notes", "<h1 class='post-title'>Pier Notes</h1>")
    assert got.title == "Pier Notes"
    # The link home reads another name: nothing says the <title> is one.
    got = _masthead("Home", "<h1 class='post-title'>Railings to be painted by the summer</h1>")
    assert got.title == "Pier Notes"


def _meta_line(line: str) -> Metadata:
    return _metadata(
        "<html><head><title>Railings to be painted by the summer</title></head><body>"
        f"<main><h1>Railings to be painted by the summer</h1>{_STORY}<p class='meta'>{line}</p>"
        "</main></body></html>"
    )


def test_a_meta_line_dating_the_post_before_its_writer_is_its_byline() -> None:
    line = "Posted on 3 March 2026 by Peter Quinn \u00b7 <a href='/tags/pier/'>pier</a>"
    got = _meta_line(line)
    assert (got.authors, (got.published or "")[:10]) == (("Peter Quinn",), "2026-03-03")
    assert _meta_line("Published on March 3, 2026 by Ada Lind").authors == ("Ada Lind",)


def test_a_line_posted_on_something_else_than_a_day_names_no_writer() -> None:
    assert _meta_line("Posted on the harbour wall by the Gull Point gate").authors == ()
    assert _meta_line("Posted on the pier by Tom Hale's boat").authors == ()


def _header(above: str, under: str) -> Metadata:
    return _metadata(
        f"<html><head><title>The oystermen of Carrick</title></head><body>{above}"
        f"<main><article><h1>The oystermen of Carrick</h1>{under}{_STORY}</article></main></body></html>"
    )


_BANNERS = (
    "<div class='notice'><p>We use cookies to give you the best experience on this site.</p></div>"
    "<div class='offer'><p>Print and digital: ten issues for twenty pounds, delivered.</p></div>"
)


def test_a_date_line_under_the_headline_is_read_past_banners_above_it() -> None:
    # Two paragraphs above the headline (a cookie notice, an offer), a dek
    # and the date line in a paragraph of its own under it.
    under = (
        "<p>For a century three families have worked the beds off Carrick, and they still do.</p>"
        "<p>From the May 2026 issue \u00b7 Published April 14, 2026</p>"
    )
    assert (_header(_BANNERS, under).published or "")[:10] == "2026-04-14"


def test_a_date_in_the_story_s_third_paragraph_is_no_date_line() -> None:
    # The header is over after two of the story's paragraphs under the
    # headline: a day in the third is the story's, not the post's.
    under = (
        "<p>For a century three families have worked the beds off Carrick, and they still do.</p>"
        "<p>Last autumn a company wrote to all three families with an offer for the lease.</p>"
        "<p>The lease was signed on April 14, 2026.</p>"
    )
    assert _header(_BANNERS, under).published is None
