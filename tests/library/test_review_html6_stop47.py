"""A researcher saves eight team-written pages of shapes the team had not
written before, stop 47 (branch s47-html6): held-out saved pages.

Every page is written by hand with invented people and text in
``tests/fixtures/review_html6_stop47`` (no real page copied), each with the
chrome a saved page carries (cookie banners, menus, share bars, related
rails, comments, newsletter boxes): a news site whose JSON-LD ``@graph``
holds three Person nodes (a person in the story first, the editor, the
author last, the article naming its author by ``@id``) and an "Edited by"
line under the text; a company newsroom's press release saved as MHTML
(the JSON-LD goes with the scripts), ended by "###" before the "About" text
and the "Media contact:"; a long read in chapters, with a table of
chapters, pull quotes worded apart from the text and "Back to top" links;
a Hebrew (rtl) news page saved as "Web page, complete"; a book review whose
headline and book box name the book's author ("The Salt Road by Clara
Voss review") and whose JSON-LD names her as the reviewed book's author; a
wire story on a local paper ("By SAM WREN Associated Press", a dateline,
"... contributed to this report", the agency's copyright line); a Q&A
interview ("Interview by", "Portrait by", a fact box, bold questions); and
a guest essay with the writer's note in italics at its end and the
paper's disclaimer under it. Each is read through the importer the app uses
(``pipeline.process``): as saved, every field, its body's first and last
sentence and the chrome left out; and with its metadata removed the way
``evaluation.visible`` removes it, its title, authors and date. Each
reading wrong is a strict xfail with its reason. evaluation/README.md
("Saved pages of kinds not yet saved, stop 47") counts the first read.
Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are read whole in the xfail report)

from __future__ import annotations

from pathlib import Path

from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article, BlockKind, SourceFormat
from tests.library.saved_pages import SavedPages, saved_tests
from tests.library.test_extract_html import html_doc
from tests.library.test_review_html3_stop44 import Saved, saved_cases
from tests.library.test_review_html_stop43 import INL

_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review_html6_stop47"

PAGES = [
    Saved(
        "01-jsonld-graph-people.html",
        title="Carrick lifeboat crew rescue three from the Gull Point sandbar",
        authors=(
            "Ada Lind",
        ),  # the @graph's last Person; the first is a person in the story, the second the editor
        date="2026-04-19",
        site="The Carrick Post",
        first="Three people were brought off the Gull Point sandbar",
        last="The harbour office posts the tide times",
        absent=(
            "This website uses cookies",
            "Contact us",
            "Advertisement",
            "Edited by",
            "Tagged",
            "Share this:",
            "Lifeboat station gets its new boathouse",
            "One thought on",
            "Well done to the crew",
            "Leave a Reply",
            "Most read",
            "Get the Post by email",
            "Proudly powered by WordPress",
        ),
    ),
    Saved(
        "02-newsroom-release.mhtml",
        title="Harbourline orders two electric ferries for the Port Elm crossing",
        authors=(),  # a company's release: the media contact is no author
        date="2026-05-12",
        site="Harbourline Newsroom",
        first="PORT ELM, 12 May 2026",
        last="The two diesel ferries now on the route",  # "###" ends the release
        absent=(
            "We use essential cookies",
            "Media library",
            "Facts and figures",
            "Two battery-electric vessels will replace",  # the lead under the headline
            "###",
            "About Harbourline",
            "Harbourline Ferries plc runs passenger",
            "Media contact",
            "press@harbourline.example",
            "Download the images",
            "Share this release",
            "Related releases",
            "Subscribe to news alerts",
        ),
        quotes=(("This is the biggest change to the crossing", INL, "Owen Pryce"),),
    ),
    Saved(
        "03-long-read-chapters.html",
        title="The last lease on Carrick Sound",
        authors=(
            "Marion Okafor",
        ),  # "Illustrations by Ben Ross"; "Additional reporting by Sam Wren"
        date="2026-03-30",
        site="The Longshore Review",
        first="The oyster beds on Carrick Sound lie under four feet",
        last="Pryce still goes down to the harbour most mornings",
        absent=(
            "We use cookies to understand",
            "The Long Read",
            "Then the bank called",  # the standfirst
            "Listen to this story",
            "24 min read",
            "In this story",
            "The sea does not care who holds the lease. The bank does.",  # a pull quote
            "I borrowed against the only thing my father left me",  # a pull quote
            "Back to top",
            "Additional reporting by",
            "Support our journalism",
            "More long reads",
        ),
        quotes=(("but the bank does, and the bank has always cared", INL, "Owen Pryce"),),
    ),
    Saved(
        "04-hebrew-complete.html",
        title="\u05e0\u05de\u05dc \u05e4\u05d5\u05e8\u05d8 \u05d0\u05dc\u05dd \u05d9\u05d9\u05e1\u05d2\u05e8 \u05dc\u05e1\u05d9\u05e8\u05d5\u05ea \u05d4\u05d3\u05d9\u05d2 \u05d1\u05d7\u05d5\u05d3\u05e9 \u05de\u05d0\u05d9",
        authors=(
            "\u05e0\u05d5\u05e2\u05d4 \u05dc\u05d5\u05d9",
        ),  # "מאת נועה לוי | כתבת לענייני ים"
        date="2026-04-07",
        site="\u05d7\u05d3\u05e9\u05d5\u05ea \u05d4\u05de\u05e4\u05e8\u05e5",
        first="\u05e0\u05de\u05dc \u05e4\u05d5\u05e8\u05d8 \u05d0\u05dc\u05dd \u05d9\u05d9\u05e1\u05d2\u05e8 \u05dc\u05e1\u05d9\u05e8\u05d5\u05ea \u05d4\u05d3\u05d9\u05d2 \u05dc\u05de\u05e9\u05da",
        last="\u05d4\u05e8\u05e9\u05d5\u05ea \u05de\u05e1\u05e8\u05d4 \u05db\u05d9 \u05d4\u05d7\u05dc\u05d8\u05d4 \u05e1\u05d5\u05e4\u05d9\u05ea",
        absent=(
            "\u05d0\u05ea\u05e8 \u05d6\u05d4 \u05de\u05e9\u05ea\u05de\u05e9 \u05d1\u05e2\u05d5\u05d2\u05d9\u05d5\u05ea",  # the cookie bar
            "\u05d4\u05ea\u05d7\u05d1\u05e8\u05d5\u05ea",  # "log in"
            "\u05de\u05d0\u05ea",  # "by"
            "\u05db\u05ea\u05d1\u05ea \u05dc\u05e2\u05e0\u05d9\u05d9\u05e0\u05d9 \u05d9\u05dd",  # the writer's role
            "\u05e4\u05e8\u05e1\u05d5\u05de\u05ea",  # "advertisement"
            "\u05e7\u05e8\u05d0\u05d5 \u05e2\u05d5\u05d3",  # "read more"
            "\u05ea\u05d2\u05d9\u05d5\u05ea",  # "tags"
            "\u05ea\u05d2\u05d5\u05d1\u05d5\u05ea",  # "comments"
            "\u05db\u05ea\u05d1\u05d5\u05ea \u05e0\u05d5\u05e1\u05e4\u05d5\u05ea",  # "more articles"
            "\u05d4\u05d9\u05e8\u05e9\u05de\u05d5 \u05dc\u05e0\u05d9\u05d5\u05d6\u05dc\u05d8\u05e8",  # the newsletter
            "\u05db\u05dc \u05d4\u05d6\u05db\u05d5\u05d9\u05d5\u05ea \u05e9\u05de\u05d5\u05e8\u05d5\u05ea",  # "all rights reserved"
            "\u05d4\u05e2\u05d1\u05d5\u05d3\u05d5\u05ea \u05dc\u05ea\u05d9\u05e7\u05d5\u05df \u05d4\u05de\u05d6\u05d7 \u05d4\u05d9\u05e9\u05df \u05d9\u05d9\u05de\u05e9\u05db\u05d5",  # the subtitle
        ),
        quotes=(
            (
                "\u05d0\u05e0\u05d7\u05e0\u05d5 \u05de\u05d1\u05d9\u05e0\u05d9\u05dd \u05e9\u05e6\u05e8\u05d9\u05da \u05dc\u05ea\u05e7\u05df",
                INL,
                "\u05d0\u05d1\u05d9 \u05de\u05d6\u05e8\u05d7\u05d9",
            ),
        ),
    ),
    Saved(
        "05-book-review.html",
        title="The Salt Road by Clara Voss review \u2013 a coast walked mile by mile",
        authors=("Tom Hale",),  # the reviewer; Clara Voss wrote the book
        date="2026-04-25",
        site="The Quayside Review",
        first="Clara Voss set out from Carrick in the first week of March",
        last="But the last fifty pages, in the boiling house",
        absent=(
            "Your privacy matters",
            "Support us",
            "Travel writing",
            "A patient walk along the salt coast",  # the standfirst
            "\u2605",
            "Related: The best nature writing",
            "is published by Harbour Press",
            "order your copy from our bookshop",
            "More on this story",
            "Most viewed",
            "Quayside Media Limited",
        ),
    ),
    Saved(
        "06-wire-story.html",
        title="Lobster boat sinks off Maine coast; crew of three rescued",
        authors=("Sam Wren",),  # "By SAM WREN Associated Press"; Owen Pryce only contributed
        date="2026-05-07",
        site="Carrick Times",
        first="PORT ELM, Maine (AP)",
        last="Associated Press writer Owen Pryce in Boston contributed",
        absent=(
            "This site uses cookies",
            "free articles remaining",
            "e-Edition",
            "Obituaries",
            "By SAM WREN",
            "Advertisement",
            "Copyright 2026 The Associated Press",
            "may not be published, broadcast",
            "Trending Now",
            "purchase a subscription",
            "Powered by BLOX",
        ),
    ),
    Saved(
        "07-interview-qa.html",
        title="\u201cThe tide tables are the only thing I trust\u201d: a harbour pilot on forty years at sea",
        authors=(
            "Nadia Stroud",
        ),  # "Interview by"; "Portrait by Ben Ross"; the interviewee is no author
        date="2026-04-03",
        site="Harbour Life",
        first="Owen Pryce has brought ships into Port Elm for forty years",
        last="The ladder, believe it or not",
        absent=(
            "Harbour Life uses cookies",
            "Working lives",
            "Interview by",
            "Portrait by",
            "harbour pilot at Port Elm since 1986",  # the fact box
            "The pilot station on the north quay",
            "Share this interview",
            "More interviews",
            "You don't get used to the cold",
            "Most read",
            "Six issues a year",
        ),
    ),
    Saved(
        "08-oped-bio.html",
        title="We are counting the seals wrong, and it matters",  # <title>: "Opinion | ... - The Estuary Gazette"
        authors=("Ada Lind",),
        date="2026-04-22",
        site="The Estuary Gazette",
        first="Every August, a team of volunteers walks out",
        last="If the county wants to know whether its new speed limits",
        absent=(
            "We value your privacy",
            "Guest essay",
            "Have an opinion on this?",
            "Write a letter to the editor",
            "Ada Lind is a marine biologist",  # the writer's note under the essay
            "The views expressed in this article",
            "Share this article",
            "More Opinion",
            "The ferry fare rise is a tax",
            "Readers respond to our coverage",
            "Estuary Media Ltd",
        ),
    ),
]

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Saved pages of kinds not yet saved, stop 47").

_LEFT: dict[tuple[str, str], str] = {}


_SAVED = SavedPages(_PAGES, PAGES, _LEFT)
_FIELDS, _ABSENT, _QUOTES, _LINKS = saved_cases(PAGES, _SAVED.case)

(
    test_a_saved_page_reads_as_a_researcher_writes_it_down,
    test_with_its_metadata_removed_a_page_shows_its_title_byline_and_date,
) = saved_tests(_SAVED, _FIELDS + _ABSENT + _QUOTES)


def test_the_saves_are_read_as_the_browser_wrote_them() -> None:
    assert _SAVED.read("02-newsroom-release.mhtml").raw.format is SourceFormat.MHTML
    complete = _SAVED.read("04-hebrew-complete.html")
    assert complete.raw.format is SourceFormat.WEB_PAGE_COMPLETE
    images = [b for b in complete.article.blocks if b.kind is BlockKind.IMAGE]
    assert [b.resource for b in images] == ["./04-hebrew-complete_files/pier.png"]
    assert complete.article.metadata.language == "he"


# -- the rules the first read asked for: each fires on a page the team wrote
# and keeps still on one beside it ------------------------------------------

_STORY = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from the spring, "
    "after a report on the state of its planks.</p><p>Tom Hale, the harbour master, said the "
    "planks could not take the weight any more and that repairs would start in March.</p>"
    "<p>Repairs will take the summer, and the pier will open to walkers again in the autumn.</p>"
)


def _article(body: str, head: str = "", lang: str = "en") -> Article:
    return extract_html(
        html_doc(
            f"<html lang='{lang}'><head><title>Old pier to close to cars</title>{head}</head><body>"
            f"<main><article><h1>Old pier to close to cars</h1>{body}</article></main></body></html>",
            url="https://pier.example.org/2026/old-pier",
        )
    )


def _body(article: Article) -> str:
    return "\n".join(block.text for block in article.blocks)


_ABOUT = (
    "<h2>About the harbour board</h2><p>The Port Elm harbour board looks after the harbour, "
    "its piers and its moorings on behalf of the town.</p>"
)


def test_a_release_s_end_mark_ends_its_text() -> None:
    for mark in ("###", "# # #", "-30-"):
        got = _body(_article(f"{_STORY}<p>{mark}</p>{_ABOUT}"))
        assert got.endswith("open to walkers again in the autumn.")
        assert "About the harbour board" not in got


def test_a_mark_before_the_most_of_the_text_is_a_divider() -> None:
    # The mark stands after one short paragraph and before the story: the
    # text after it is the post's, not a note for the press.
    got = _body(_article(f"<p>A note from the board.</p><p>###</p>{_STORY}{_ABOUT}"))
    assert "open to walkers again in the autumn." in got
    assert "About the harbour board" in got


_BYLINE = "<p class='byline'>By <a href='/by/ada-lind'>Ada Lind</a></p>"


def test_a_note_on_the_writer_under_the_text_is_no_text_of_it() -> None:
    note = "<p><em>Ada Lind is a marine biologist at the University of Carrick.</em></p>"
    got = _article(_BYLINE + _STORY + note)
    assert got.metadata.authors == ("Ada Lind",)
    assert "marine biologist" not in _body(got)
    got = _article(_BYLINE + _STORY + "<p>Ada Lind, a marine biologist, leads the seal survey.</p>")
    assert "leads the seal survey" not in _body(got)


def test_a_last_paragraph_on_someone_else_or_of_two_sentences_stays() -> None:
    # Another person than the writer, or the writer named in a paragraph
    # that goes on past its first sentence: the story's own.
    other = "<p>Clara Voss is the coxswain of the Carrick lifeboat.</p>"
    assert "coxswain" in _body(_article(_BYLINE + _STORY + other))
    two = "<p>Ada Lind is the board's newest member. She voted against the plan.</p>"
    assert "She voted against the plan." in _body(_article(_BYLINE + _STORY + two))


def test_a_name_in_capitals_ends_where_the_capitals_end() -> None:
    # A wire byline: the agency on the name's line, in another case.
    assert author_names(["By SAM WREN Associated Press"], written=True) == ("Sam Wren",)
    assert author_names(["SAM WREN Associated Press"]) == ("Sam Wren",)


def test_a_name_not_set_in_capitals_or_all_in_capitals_stays_whole() -> None:
    assert author_names(["By TOM HALE AND ADA LIND"], written=True) == ("Tom Hale", "Ada Lind")
    assert author_names(["By Ada de Lind"], written=True) == ("Ada de Lind",)
    assert author_names(["BBC News Online"]) == ("BBC News Online",)


def test_a_later_credit_of_other_work_names_no_writer() -> None:
    line = "Interview by Nadia Stroud \u00b7 Portrait by Ben Ross \u00b7 3 April 2026"
    assert author_names([line], written=True) == ("Nadia Stroud",)
    line = "By Marion Okafor \u00b7 Illustrations by Ben Ross"
    assert author_names([line], written=True) == ("Marion Okafor",)
    # (Before, "Photos by" was cut off as a byline word and its name kept.)
    assert author_names(["By Ada Lind | Photos by Ben Ross"], written=True) == ("Ada Lind",)
    credit = "<p class='credit'>Interview by <a href='/people/ns'>Nadia Stroud</a> \u00b7 Portrait by Ben Ross</p>"
    assert _article(credit + _STORY).metadata.authors == ("Nadia Stroud",)


def test_writers_named_together_are_all_read() -> None:
    assert author_names(["By Ada Lind and Ben Ross"], written=True) == ("Ada Lind", "Ben Ross")
    assert author_names(["By Ada Lind \u00b7 Ben Ross"], written=True) == ("Ada Lind", "Ben Ross")


_HEBREW_STORY = (
    "<p>\u05d4\u05e0\u05de\u05dc \u05d9\u05d9\u05e1\u05d2\u05e8 \u05dc\u05e1\u05d9\u05e8\u05d5\u05ea "
    "\u05d4\u05d3\u05d9\u05d2 \u05d1\u05d7\u05d5\u05d3\u05e9 \u05de\u05d0\u05d9, \u05db\u05da "
    "\u05d4\u05d5\u05d3\u05d9\u05e2\u05d4 \u05d0\u05ea\u05de\u05d5\u05dc \u05e8\u05e9\u05d5\u05ea "
    "\u05d4\u05e0\u05de\u05dc.</p>" * 3
)
_NOA = "\u05e0\u05d5\u05e2\u05d4 \u05dc\u05d5\u05d9"


def test_a_hebrew_or_arabic_page_s_own_word_opens_its_byline() -> None:
    byline = f"<p class='writer'>\u05de\u05d0\u05ea <a href='/w/noa'>{_NOA}</a></p>"
    assert _article(byline + _HEBREW_STORY, lang="he").metadata.authors == (_NOA,)
    sami = "\u0633\u0627\u0645\u064a \u0627\u0644\u0648\u0631\u062f"
    byline = f"<p class='writer'>\u0628\u0642\u0644\u0645 {sami}</p>"
    assert _article(byline + _HEBREW_STORY, lang="ar").metadata.authors == (sami,)


def test_the_word_on_another_page_or_opening_a_sentence_names_no_one() -> None:
    byline = f"<p class='writer'>\u05de\u05d0\u05ea {_NOA}</p>"
    assert _article(byline + _STORY, lang="en").metadata.authors == ()
    # "From the harbour three fishing boats left this morning, and one of
    # them came back by noon.": the word as the story's "from".
    sentence = (
        "<p>\u05de\u05d0\u05ea \u05d4\u05e0\u05de\u05dc \u05d9\u05e6\u05d0\u05d5 \u05d4\u05d1\u05d5\u05e7\u05e8 "
        "\u05e9\u05dc\u05d5\u05e9 \u05e1\u05e4\u05d9\u05e0\u05d5\u05ea \u05d3\u05d9\u05d2, \u05d5\u05d0\u05d7\u05ea "
        "\u05de\u05d4\u05df \u05d7\u05d6\u05e8\u05d4 \u05db\u05d1\u05e8 \u05d1\u05e6\u05d4\u05e8\u05d9\u05d9\u05dd.</p>"
    )
    assert _article(sentence + _HEBREW_STORY, lang="he").metadata.authors == ()
