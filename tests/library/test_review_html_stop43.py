"""A researcher saves eight team-written web pages of common shapes, stop 43
(branch s43-html): held-out extraction.

The held-out reviews of stops 40-42 were plain text; these pages test what
a researcher gets from a saved HTML page: the title, byline, date and body
(and then the quotations read in that body). The pages are kept in
``tests/fixtures/review_html_stop43``, written by hand the way sites
template them, with invented people and outlets: a WordPress-style blog
post with comments and sidebar widgets; a newsletter post (the
newsletter's name in <title>, an author card, a subscribe box, footnotes);
a news article with a rail, a caption that quotes, a pull quote and a
correction; a live blog; a university news release (a department byline,
a "Media contact", the date printed only in the text); a page whose
metadata lies (og:title the site's name, a meta author the publisher, a
published time a year off); a Q&A page; and a "Web page, complete" save
with its ``_files`` folder and ``<base>``, also saved as MHTML
(``make_mhtml.py`` writes it). Each page is read through the importer the
app uses (``pipeline.process``). Every field, body sentence and quotation
a careful researcher would write down is one case; each one read wrong is
a strict xfail with the reason, so a fix shows as a pass to take off the
list. evaluation/README.md ("Eight saved web pages, stop 43") counts them.
Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are read whole in the xfail report)

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from quotemark.library.extract.html import extract_html
from quotemark.library.model import BlockKind, QuoteKind, SourceFormat
from quotemark.library.pipeline import Processed, process
from tests.library.test_extract_html import html_doc

_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review_html_stop43"

INL, PAR = QuoteKind.INLINE, QuoteKind.PARTIAL


@dataclass(frozen=True)
class Page:
    """What a careful researcher writes down from one saved page."""

    file: str
    title: str
    authors: tuple[str, ...]
    date: str  # the printed date, ISO (the day is all a citation needs)
    first: str  # the body's first sentence (its opening words)
    last: str  # the body's last sentence of prose (its opening words)
    absent: tuple[str, ...] = ()  # words of the page that are not the post's
    quotes: tuple[tuple[str, QuoteKind, str], ...] = field(default=())


@cache
def _read(file: str) -> Processed:
    return process(_PAGES / file)


def _body(file: str) -> str:
    return body_text(_read(file))


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?: [A-Z]{2,4})?")


_COMPLETE = dict(
    title="The old quay crane comes home",
    authors=("Sam Wren",),
    date="2026-11-30",
    first="The steam crane that unloaded coal",
    last="The first steaming is planned",
    absent=("Claim offer", "1p a day", "Harbour dues to rise", "About us", "Subscribe"),
    quotes=(
        ("It left on a lorry", INL, "Peter Quinn"),
        ("A crane that never moves", INL, "Ada Lind"),
    ),
)

PAGES = [
    Page(
        "01-wordpress.html",
        title="Why the pier deserves a second century",
        authors=("Marion Okafor",),
        date="2026-11-14",
        first="I walked to the end of the pier",
        last="If you want to help, the Pier Friends meet",
        absent=(
            "Posted on",
            "pays for itself in summers",  # a comment's own quotation
            "piles are sound",
            "Recent Posts",
            "Leave a Reply",
            "Previous Post",
            "Posted in",
            "Proudly powered",
        ),
        quotes=(
            ("People think the pier is finished", INL, "Tom Hale"),
            ("It is not finished", INL, "Tom Hale"),
            ("We raised the money", INL, "Ada Lind"),
            ("This is the same town", INL, "Ada Lind"),
        ),
    ),
    Page(
        "02-newsletter.html",
        title="The ferry timetable nobody asked for",
        authors=("Ben Ross",),
        date="2026-11-28",
        first="The first anyone on Carrick Island heard",
        last="The community council meets Bayline",
        absent=(
            "Subscribe for free",
            "Type your email",
            "from a kitchen table",  # the author card's biography
            "Sign in",
            "12 Comments",
        ),
        quotes=(
            ("Nobody consulted us", INL, "Ada Lind"),
            ("a difficult one, taken on the numbers", PAR, "A spokesperson for the operator"),
            ("keep it under review", PAR, "A spokesperson for the operator"),
            ("You can't run a lifeline on averages", INL, "Tom Hale"),
            ("The boat exists for the worst morning", INL, "Tom Hale"),
        ),
    ),
    Page(
        "03-news.html",
        title="Lifeboat crew pulls two from the water off Gull Point",
        authors=("Clara Voss",),
        date="2026-11-21",
        first="Two kayakers were pulled from the sea",
        last="The lifeboat was back on its mooring",
        absent=(
            "Most read",
            "Quay Street to close",
            "Related articles",
            "The town has done it again",
            "Read more",
            "Share on Facebook",
        ),
        quotes=(
            ("They did everything right", INL, "Sam Wren"),  # the caption's and the body's
            ("Staying with the boat", INL, "Sam Wren"),
            ("The bay looks calm from the beach", INL, "Tom Hale"),
        ),
    ),
    Page(
        "04-liveblog.html",
        title="Storm Idris: live updates as gales hit the coast",
        authors=("Peter Quinn", "Clara Voss"),
        date="2026-12-02",
        first="Bayline has cancelled every remaining sailing",
        last="Good morning. Storm Idris is expected",
        absent=("Most read", "Quay Street to close for six weeks"),
        quotes=(
            ("only if the swell has dropped", PAR, "A spokesperson"),
            ("Nobody was hurt", INL, "Tom Hale"),
            ("We would rather have every child home", INL, "Ada Lind"),
        ),
    ),
    Page(
        "05-university.html",
        title="Seagrass meadows in the bay are spreading again, survey finds",
        authors=(),  # a department's byline: no person wrote it (not the media contact)
        date="2026-12-06",
        first="Seagrass meadows in Port Elm Bay have grown",
        last="The survey will be repeated next summer.",
        absent=(
            "Media contact",
            "01632 960 123",
            "press@portelm",
            "Find an expert",
            "Accessibility",
        ),
        quotes=(
            ("We expected the meadows to hold", INL, "Ada Lind"),
            ("Something in the bay has changed", INL, "Ada Lind"),
            ("This is a case where a practical change", INL, "Tom Hale"),
        ),
    ),
    Page(
        "06-lying-meta.html",
        title="The net loft that became a school",
        authors=("Clara Voss",),
        date="2026-10-03",
        first="For sixty years the net loft",
        last="The school will take its second intake",
        absent=("Coastal Weekly Media", "Words by"),
        quotes=(
            ("You learn a net with your hands", INL, "Peter Quinn"),
            ("I wanted to make something", INL, "Sam Wren"),
        ),
    ),
    Page(
        "07-forum.html",
        title="How do I read a tide table for a harbour with a sill?",
        authors=("Ben Ross",),  # who asked; the answers are others' posts on the page
        date="2026-10-08",
        first="Our club is taking boats into Port Elm",
        last="Ring the marina on channel 80",
        absent=(
            "Member since",
            "answered Oct",
            "Accepted",
            "Up vote",
            "1,204",
            "Hot Network Questions",
            "Log in",
        ),
        quotes=(
            ("two hours either side of high water", PAR, "The pilot book"),
            ("Depth over the sill", INL, "Tom Hale"),
        ),
    ),
    Page("08-complete.html", **_COMPLETE),  # type: ignore[arg-type]
    Page("08-complete.mhtml", **_COMPLETE),  # type: ignore[arg-type]
]

_BY_FILE = {page.file: page for page in PAGES}

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Eight saved web pages, stop 43").
_NEWSLETTER_CARD = "the writer's name shown only as a profile link by the date and again in the author card after the post (no 'By', no rel=author, no meta author) is not read as the byline"
_QA_BODY = (
    "on a Q&A page the user cards under each post ('answered ...', 'Member since ...') are kept"
)
_QA_AUTHOR = "a Q&A page's asker (a user card's link under the question) is not read as the author"
_QA_QUOTE = "the answer's 'put it to me like this ...: \u201c\u2026\u201d' gives 'the author' (a construction the analysis owns)"

_LEFT: dict[tuple[str, str], str] = {
    ("02-newsletter.html", "authors"): _NEWSLETTER_CARD,
    ("07-forum.html", "authors"): _QA_AUTHOR,
    ("07-forum.html", "last"): _QA_BODY,
    ("07-forum.html", "absent:Member since"): _QA_BODY,
    ("07-forum.html", "absent:answered Oct"): _QA_BODY,
    ("07-forum.html", "quote:Depth over the sill"): _QA_QUOTE,
}


def _case(file: str, what: str) -> Any:
    reason = _LEFT.get((file, what))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(
        file, what, id=f"{file[:-5] if file.endswith('.html') else file}:{what[:40]}", marks=marks
    )


_FIELDS = [_case(p.file, f) for p in PAGES for f in ("title", "authors", "date", "first", "last")]
_ABSENT = [_case(p.file, f"absent:{words}") for p in PAGES for words in p.absent]
_QUOTES = [_case(p.file, f"quote:{q[0]}") for p in PAGES for q in p.quotes]


def prose(processed: Processed) -> list[str]:
    """The body's paragraphs (captions, headings and images aside, and a
    live blog's entry times: a reader keeps them with their entries)."""
    return [
        b.text
        for b in processed.article.blocks
        if b.kind is BlockKind.PARAGRAPH and not _CLOCK.fullmatch(b.text)
    ]


def body_text(processed: Processed) -> str:
    """The body as a reader shows it, one block a line."""
    return "\n".join(block.text for block in processed.article.blocks)


def check_field(processed: Processed, page: Page, what: str) -> None:
    """Assert one field of ``page`` (title, authors, date, first, last) reads as written down."""
    metadata = processed.article.metadata
    if what == "title":
        assert metadata.title == page.title
    elif what == "authors":
        assert metadata.authors == page.authors
    elif what == "date":
        assert (metadata.published or "")[:10] == page.date
    elif what == "first":
        assert prose(processed)[0].startswith(page.first)
    else:
        assert prose(processed)[-1].startswith(page.last) or any(
            # The post's own notes may follow its last sentence (footnotes, a correction).
            text.startswith(page.last)
            for text in prose(processed)[-2:]
        )


def check_quote(processed: Processed, page: Page, words: str) -> None:
    """Assert the quotation holding ``words`` is read with its kind and speaker."""
    _, kind, speaker = next(q for q in page.quotes if q[0] == words)
    found = [
        (q.kind, (q.speaker.name or q.speaker.label) if q.speaker else None)
        for q in processed.analysis.quotes
        if words in q.span.text
    ]
    assert found
    assert all(who == speaker for _kind, who in found)
    assert kind in {k for k, _who in found}


@pytest.mark.parametrize(("file", "what"), _FIELDS)
def test_a_field_reads_as_the_page_shows_it(file: str, what: str) -> None:
    check_field(_read(file), _BY_FILE[file], what)


@pytest.mark.parametrize(("file", "what"), _ABSENT)
def test_the_page_around_the_post_is_not_in_its_body(file: str, what: str) -> None:
    assert what.removeprefix("absent:") not in _body(file)


@pytest.mark.parametrize(("file", "what"), _QUOTES)
def test_a_quotation_is_read_with_its_speaker(file: str, what: str) -> None:
    check_quote(_read(file), _BY_FILE[file], what.removeprefix("quote:"))


def test_a_pull_quote_is_not_a_second_copy_in_the_body() -> None:
    # The pull quote repeats a sentence of the body: the body holds it once.
    assert _body("03-news.html").count("Staying with the boat") == 1


def test_a_live_blog_keeps_each_entry_heading_newest_first() -> None:
    headings = [
        b.text for b in _read("04-liveblog.html").article.blocks if b.kind is BlockKind.HEADING
    ]
    assert headings[0] == "Ferries stay in port until tomorrow"
    assert headings[-1] == "Welcome to our live coverage"


def test_the_complete_save_shows_its_own_image_from_its_folder() -> None:
    processed = _read("08-complete.html")
    assert processed.raw.format is SourceFormat.WEB_PAGE_COMPLETE
    images = [b for b in processed.article.blocks if b.kind is BlockKind.IMAGE]
    assert [b.resource for b in images] == ["./08-complete_files/quay-crane.png"]
    png = (_PAGES / "08-complete_files" / "quay-crane.png").read_bytes()
    assert png in {r.data for r in processed.article.resources}


def test_the_mhtml_save_reads_as_the_complete_save_does() -> None:
    html, mhtml = _read("08-complete.html"), _read("08-complete.mhtml")
    assert mhtml.raw.format is SourceFormat.MHTML
    assert mhtml.article.metadata.title == html.article.metadata.title
    assert [b.text for b in mhtml.article.blocks] == [b.text for b in html.article.blocks]
    png = (_PAGES / "08-complete_files" / "quay-crane.png").read_bytes()
    assert png in {r.data for r in mhtml.article.resources}


# -- a <title> naming a section and the site, beside the page's one h1 --------

_STORY = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from the spring.</p>"
    "<p>Tom Hale, the harbour master, said the planks could not take the weight any more.</p>"
)


def _title(title: str, h1s: str) -> str:
    html = (
        f"<html><head><title>{title}</title></head><body>"
        f"<div class='top'><a href='/'>Port Elm Harbour Board</a></div>"
        f"<div class='content'>{h1s}{_STORY}</div></body></html>"
    )
    return extract_html(
        html_doc(html, url="https://harbour.example.org/notices/pier")
    ).metadata.title


def test_a_section_and_site_title_gives_way_to_the_one_h1() -> None:
    h1 = "<h1>Board closes the old pier to cars</h1>"
    assert _title("Notices | Port Elm Harbour Board", h1) == "Board closes the old pier to cars"
    assert _title("Press releases | Port Elm Harbour Board", h1) == (
        "Board closes the old pier to cars"
    )


def test_a_short_headline_in_the_title_is_kept() -> None:
    # Three words may be a headline ("Pier closes again"); a short h1 may be
    # a section's heading; two h1s do not say which is the post's.
    assert (
        _title(
            "Pier closes again | Port Elm Harbour Board",
            "<h1>Board closes the old pier to cars</h1>",
        )
        == "Pier closes again"
    )
    assert _title("Notices | Port Elm Harbour Board", "<h1>Latest notices</h1>") == "Notices"
    two = "<h1>Board closes the old pier to cars</h1><h1>Ferry times for the winter</h1>"
    assert _title("Notices | Port Elm Harbour Board", two) == "Notices"


# -- a stated date a year off the one printed by the byline --------------------


def _published(stated: str, printed: str, meta_author: str = "Port Elm Harbour Board") -> str:
    html = (
        "<html><head><title>Board closes the old pier to cars</title>"
        f"<meta name='author' content='{meta_author}'>"
        f"<meta property='article:published_time' content='{stated}'>"
        "<meta property='og:site_name' content='Port Elm Harbour Board'></head><body><article>"
        "<h1>Board closes the old pier to cars</h1>"
        f"<p class='byline'>By Ada Lind</p><p class='date'>{printed}</p>{_STORY}"
        "</article></body></html>"
    )
    published = extract_html(html_doc(html, url="https://harbour.example.org/notices/pier"))
    return published.metadata.published or ""


def test_the_printed_date_wins_over_a_stated_one_a_year_off() -> None:
    assert _published("2025-03-04T09:00:00Z", "4 March 2026")[:10] == "2026-03-04"


def test_a_stated_date_another_day_than_the_printed_one_is_kept() -> None:
    # A day apart is a time zone or an update, not a template's wrong year.
    assert _published("2025-03-04T09:00:00Z", "5 March 2025")[:10] == "2025-03-04"
    assert _published("2025-03-04T09:00:00Z", "5 March 2026")[:10] == "2025-03-04"


# -- a release's media contact box --------------------------------------------


def _release(box: str) -> list[str]:
    html = (
        "<html><head><title>Board closes the old pier to cars</title></head><body><main>"
        f"<h1>Board closes the old pier to cars</h1>{_STORY}{box}</main></body></html>"
    )
    article = extract_html(html_doc(html, url="https://harbour.example.org/notices/pier"))
    return [block.text for block in article.blocks]


def test_a_box_named_for_the_press_contact_is_not_the_post() -> None:
    box = (
        "<div class='press-contacts'><h3>For journalists</h3>"
        "<p>Sam Wren, communications officer, 01632 960 456, press@harbour.example.org</p></div>"
    )
    assert not any("Sam Wren" in text for text in _release(box))


def test_a_paragraph_that_names_a_contact_stays() -> None:
    # Only the box the page names for the press contact goes; the post's
    # own words about whom to ask stay.
    box = "<p class='contact-note'>Residents with questions can write to Sam Wren at the harbour office.</p>"
    assert any("Sam Wren" in text for text in _release(box))


# -- a question under a header that holds its title ----------------------------


def test_a_question_headed_from_above_is_kept_before_its_answers() -> None:
    body = _body("07-forum.html")
    assert "Our club is taking boats" in body
    assert body.index("Our club is taking boats") < body.index("You need three numbers")


def test_a_block_far_below_the_headline_is_not_taken_for_the_question(tmp_path: Path) -> None:
    # A long notice between the question's header and its column: the
    # block before the answers is no question that header titles.
    page = (_PAGES / "07-forum.html").read_text(encoding="utf-8")
    notice = (
        "<div class='notice'>" + "The harbour board publishes its tide tables each spring. " * 5
    )
    page = page.replace('<div id="mainbar">', notice + '</div><div id="mainbar">')
    saved = tmp_path / "forum.html"
    saved.write_text(page, encoding="utf-8")
    body = "\n".join(block.text for block in process(saved).article.blocks)
    assert "You need three numbers" in body
    assert "Our club is taking boats" not in body


# -- a vote cell beside a post -------------------------------------------------


def test_a_results_table_named_for_a_vote_stays() -> None:
    # Only a post's vote cell or count goes; a story's table of a vote's
    # results is the story's.
    box = (
        "<div class='vote-results'><p>The harbour board voted by seven votes to two "
        "to close the old pier to cars from the spring.</p></div>"
    )
    assert any("seven votes to two" in text for text in _release(box))
    cell = "<div class='vote-count'>14</div>"
    assert "14" not in _release(cell)
