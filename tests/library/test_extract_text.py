"""Plain-text posts: lead date and title, blog chrome removed (its author and
date kept), paragraphs judged line by line, captions, lists, quotes, links."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotemark.library.errors import NoArticle
from quotemark.library.extract import extract
from quotemark.library.extract.text import extract_text, guess_language, parse_date
from quotemark.library.importers import read
from quotemark.library.model import LINE_BREAK, Article, BlockKind, RawDocument, SourceFormat

TEXT = Path(__file__).resolve().parent.parent / "fixtures" / "text"


def text_doc(text: str, path: str = "post.txt") -> RawDocument:
    return RawDocument(
        path=path, format=SourceFormat.TEXT, original=text.encode(), text=text, encoding="utf-8"
    )


def kinds(article: Article) -> list[tuple[str, str]]:
    return [(str(block.kind), block.text) for block in article.blocks]


@pytest.fixture(scope="module")
def harbour() -> Article:
    return extract(read(TEXT / "harbour-post.txt"))


def test_leading_date_and_title(harbour: Article) -> None:
    assert harbour.metadata.title == "Lights Back On at the Old Harbour ....!"
    assert harbour.metadata.published == "2024-03-05"
    assert harbour.metadata.language == "en"
    assert harbour.blocks[0].text.startswith('"The reopening of the harbour')


def test_follow_line_gives_the_author_and_chrome_is_gone(harbour: Article) -> None:
    assert harbour.metadata.authors == ("verranwatch",)
    for block in harbour.blocks:
        assert not block.text.startswith("Labels:")
        assert "Follow" not in block.text
        assert "Tweet" not in block.text


def test_caption_repeated_with_its_credit_is_one_caption(harbour: Article) -> None:
    captions = [block for block in harbour.blocks if "A crane lifts" in block.text]
    assert len(captions) == 1
    assert captions[0].kind is BlockKind.CAPTION
    assert captions[0].text.endswith("(Verran Coast Gazette, via Northern Wire)")


def test_quotes_and_their_attribution_lines_stay_separate(harbour: Article) -> None:
    texts = [block.text for block in harbour.blocks]
    index = texts.index("Marta Lindqvist, Port Verran harbour master")
    assert texts[index - 1].startswith('"The reopening')
    assert texts[index - 1].endswith('first."')
    assert harbour.blocks[index].kind is BlockKind.PARAGRAPH
    assert "Fish market stallholder, in Port Verran" in texts
    assert "Verran Chamber of Commerce" in texts


def test_bare_addresses_are_links(harbour: Article) -> None:
    block = next(b for b in harbour.blocks if "minutes published" in b.text)
    (link,) = block.links
    assert link.url == "https://council.example.org/minutes/2023-04"
    assert block.text[link.start : link.end] == link.url


def test_outlet_banner_line_is_a_heading(harbour: Article) -> None:
    banner = next(b for b in harbour.blocks if b.text == "PORT VERRAN | COASTAL DISPATCH")
    assert banner.kind is BlockKind.HEADING


@pytest.fixture(scope="module")
def wrapped() -> Article:
    return extract(read(TEXT / "wrapped-post.txt"))


def test_markdown_title_posted_on_and_byline(wrapped: Article) -> None:
    assert wrapped.metadata.title == "Notes From the Allotment Committee"
    assert wrapped.metadata.published == "2021-11-03"
    assert wrapped.metadata.authors == ("Jane Okafor",)


def test_hard_wrapped_paragraphs_are_joined(wrapped: Article) -> None:
    first = wrapped.blocks[0]
    assert first.kind is BlockKind.PARAGRAPH
    assert first.text.startswith("The committee met on Thursday evening")
    assert first.text.endswith("three sent apologies.")
    quote = next(b for b in wrapped.blocks if b.text.startswith('"We cannot'))
    assert quote.text.endswith("she said.")
    assert "Helen Park, treasurer" in [b.text for b in wrapped.blocks]


def test_lists_quotes_headings_and_markdown_links(wrapped: Article) -> None:
    found = kinds(wrapped)
    assert ("heading", "Decisions") in found
    assert ("list_item", "Fit water butts to the four largest sheds before June.") in found
    assert ("list_item", "Ask the council to resurface the footpath.") in found
    assert ("list_item", "2. The secretary writes to the council.") in found
    assert (
        "blockquote",
        "Plots left uncultivated for a full season will be offered to the next person on the list.",
    ) in found
    block = next(b for b in wrapped.blocks if "committee page" in b.text)
    assert block.text == (
        "The full minutes are on the committee page and questions can go to the secretary."
    )
    (link,) = block.links
    assert block.text[link.start : link.end] == "committee page"
    assert link.url == "https://allotments.example.org/minutes"


def test_blogger_footer_is_gone(wrapped: Article) -> None:
    for block in wrapped.blocks:
        assert "Older Post" not in block.text
        assert "Subscribe to" not in block.text


def test_only_chrome_raises_no_article_naming_the_file() -> None:
    path = TEXT / "chrome-only.txt"
    with pytest.raises(NoArticle, match=f"^{re.escape(str(path))}: "):
        extract(read(path))


@pytest.mark.parametrize("text", ["", "\n\n  \n", "Labels: a, b\n\nTweet\n"])
def test_nothing_left_raises_no_article(text: str) -> None:
    with pytest.raises(NoArticle):
        extract_text(text_doc(text))


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Saturday, November 11, 2017", "2017-11-11"),
        ("November 11, 2017", "2017-11-11"),
        ("Nov. 11, 2017", "2017-11-11"),
        ("11 November 2017", "2017-11-11"),
        ("Sat, 11th Nov 2017 10:42", "2017-11-11"),
        ("2017-11-11", "2017-11-11"),
        ("2017-11-11T09:30:00+01:00", "2017-11-11"),
        ("11/11/2017", "2017-11-11"),
        ("3/4/2019", "2019-03-04"),
        ("25/12/2019", "2019-12-25"),
        ("04.03.2019", "2019-03-04"),
        ("December 3, 2020 at 4:15 PM", "2020-12-03"),
        ("The meeting of November 11, 2017", None),
        ("13/13/2017", None),
        ("Chapter 11", None),
    ],
)
def test_date_lines(line: str, date: str | None) -> None:
    assert parse_date(line) == date


@pytest.mark.parametrize(
    "lead",
    [
        "Posted on November 11, 2017\n\nHarbour Notes\n\n",
        "Harbour Notes\nPublished: 11/11/2017\n\n",
        "Harbour Notes\n\n11 November 2017\n\n",
    ],
)
def test_lead_forms(lead: str) -> None:
    article = extract_text(text_doc(lead + "The pier opened on Monday after two years of work.\n"))
    assert article.metadata.title == "Harbour Notes"
    assert article.metadata.published == "2017-11-11"
    assert kinds(article) == [("paragraph", "The pier opened on Monday after two years of work.")]


def test_posted_by_footer_gives_author_and_date() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\n"
            "Posted by Ruth Abara at 10:42 AM\n"
            "Email ThisBlogThis!Share to TwitterShare to Facebook\n"
            "2 comments:\n"
        )
    )
    assert article.metadata.authors == ("Ruth Abara",)
    assert kinds(article) == [("paragraph", "The pier opened on Monday after two years of work.")]


def test_no_title_falls_back_to_the_file_name() -> None:
    article = extract_text(
        text_doc(
            "The pier opened on Monday after two years of work. It was windy and grey.\n",
            path="/tmp/harbour-notes_2024.txt",
        )
    )
    assert article.metadata.title == "harbour notes 2024"


def test_photo_credit_line_is_a_caption() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\n"
            "Photo: the new pier at dawn (Ruth Abara)\n\nMore text follows here about it.\n"
        )
    )
    assert ("caption", "Photo: the new pier at dawn (Ruth Abara)") in kinds(article)


def test_windows_line_endings_tabs_and_controls() -> None:
    article = extract_text(
        text_doc("Harbour Notes\r\n\r\nThe pier\topened\x07 on Monday\u00a0after work.\r\n")
    )
    assert kinds(article) == [("paragraph", "The pier opened on Monday after work.")]


def test_language_guess() -> None:
    french = "Le port a rouvert lundi et les commer\u00e7ants sont contents de la reprise. " * 3
    german = "Der Hafen ist wieder offen und die H\u00e4ndler sind mit dem Ergebnis zufrieden. " * 3
    assert guess_language(french) == "fr"
    assert guess_language(german) == "de"
    assert guess_language("Too short to tell.") is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_gives_clean_blocks_or_no_article(text: str) -> None:
    try:
        article = extract_text(text_doc(text))
    except NoArticle:
        return
    assert article.blocks
    for block in article.blocks:
        assert block.text == block.text.strip()
        assert block.text
        assert "\n" not in block.text
        assert "\r" not in block.text
        assert all(ord(char) >= 32 or char == LINE_BREAK for char in block.text)
        for link in block.links:
            assert 0 <= link.start < link.end <= len(block.text)


def test_news_text_byline_with_outlet_and_inline_ad_markers() -> None:
    article = extract_text(
        text_doc(
            "\n\nRuth Abara, The Coastal Press\n\n\n"
            "PORT VERRAN \u2014 The pier opened on Monday after two years of work.\n\n"
            "Story continues below advertisement\n\n"
            "Article Continued Below\n\n"
            "Shopkeepers said the closure had cut their takings by half.\n",
            path="a1b2c3.txt",
        )
    )
    assert article.metadata.authors == ("Ruth Abara",)
    assert article.metadata.title == "a1b2c3"  # a dateline lede is not a title
    assert [b.text for b in article.blocks] == [
        "PORT VERRAN \u2014 The pier opened on Monday after two years of work.",
        "Shopkeepers said the closure had cut their takings by half.",
    ]


def test_a_run_of_short_lines_is_not_a_run_of_headings() -> None:
    article = extract_text(
        text_doc(
            "Harbour Awards\n\nThe winners were announced on Friday night at the town hall.\n\n"
            "Best Boat\n\nSea Lark\n\nMorning Star\n\nBest Skipper\n\nRuth Abara\n\n"
            "The Morning Star crew took the prize for the second year running, and said so.\n"
        )
    )
    found = kinds(article)
    assert ("paragraph", "Sea Lark") in found
    assert ("paragraph", "Best Boat") in found
    assert ("paragraph", "Best Skipper") in found
    assert ("heading", "Ruth Abara") not in found


def test_heading_over_body_text() -> None:
    article = extract_text(
        text_doc(
            "Harbour Awards\n\nThe winners were announced on Friday night at the town hall.\n\n"
            "The Road Ahead\n\nNext year the awards move to the new pier, the council said.\n"
        )
    )
    assert ("heading", "The Road Ahead") in kinds(article)


def test_photographer_and_outlet_credit_makes_a_caption() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\n"
            "Divers inspect the new piles under the north pier. (Ruth Abara/Coastal Press)\n\n"
            "More text follows here about it.\n"
        )
    )
    assert kinds(article)[1][0] == "caption"


def test_wordpress_footer_and_comment_form_are_chrome() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\n"
            "Posted in News | Tagged harbour, pier | Leave a comment\n"
            "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n\n"
            "Leave a Reply Cancel reply\n"
            "Your email address will not be published. Required fields are marked *\n"
            "Comment *\nName *\nEmail *\nWebsite\n"
            "Posted by Ruth Abara on November 11, 2017 in News\n"
        )
    )
    assert kinds(article) == [("paragraph", "The pier opened on Monday after two years of work.")]
    assert article.metadata.authors == ("Ruth Abara",)
    assert article.metadata.published == "2017-11-11"


def test_a_short_last_line_is_kept_as_text() -> None:
    article = extract_text(
        text_doc("Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\nThe End\n")
    )
    assert ("paragraph", "The End") in kinds(article)


def test_wrapped_paragraph_whose_lines_end_sentences_stays_one_paragraph() -> None:
    sentences = [
        "The pier opened on Monday after two years of repairs to the north arm.",
        "Crowds gathered on the quay long before the first ferry was due in.",
        "Shopkeepers said the closure had cut their takings by half or more.",
        "The council promised to publish the final cost of the work by June.",
    ] * 3
    wrapped = textwrap.fill(" ".join(sentences), 72)
    assert any(line.endswith(".") for line in wrapped.splitlines()[:-1])
    article = extract_text(text_doc(f"Harbour Notes\n\n{wrapped}\n\nA second paragraph.\n"))
    assert kinds(article) == [
        ("paragraph", " ".join(sentences)),
        ("paragraph", "A second paragraph."),
    ]


def test_dash_attribution_under_a_quote_is_not_a_list_item() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\n"
            '"We waited two winters for this pier, and it was worth every day."\n'
            "- Ruth Abara, harbour master\n\n"
            "\u201cNobody thought it would be done before the storms.\u201d\n"
            "\u2013 a stallholder\n"
        )
    )
    assert kinds(article) == [
        ("paragraph", '"We waited two winters for this pier, and it was worth every day."'),
        ("paragraph", "- Ruth Abara, harbour master"),
        ("paragraph", "\u201cNobody thought it would be done before the storms.\u201d"),
        ("paragraph", "\u2013 a stallholder"),
    ]


def test_indented_lists_start_at_level_one() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe council agreed three things.\n\n"
            "    * Fit water butts.\n      * On the largest sheds first.\n    * Open the list.\n"
        )
    )
    items = [(b.text, b.level) for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        ("Fit water butts.", 1),
        ("On the largest sheds first.", 2),
        ("Open the list.", 1),
    ]


def test_platform_head_title_subtitle_byline_and_counts() -> None:
    article = extract_text(
        text_doc(
            "Why Harbours Matter\nThe quiet economics of a small pier\n\n"
            "Ruth Abara\nFollow\n5 min read\n\u00b7\nNov 11, 2017\n\nListen\n\nShare\n\n"
            "The pier opened on Monday after two years of repairs to the north arm.\n\n"
            "Shopkeepers said the closure had cut their takings by half.\n\n--\n\n12\n\n"
            "More from Ruth Abara\n"
        )
    )
    assert article.metadata.title == "Why Harbours Matter"
    assert article.metadata.description == "The quiet economics of a small pier"
    assert article.metadata.authors == ("Ruth Abara",)
    assert article.metadata.published == "2017-11-11"
    assert [b.text for b in article.blocks] == [
        "The pier opened on Monday after two years of repairs to the north arm.",
        "Shopkeepers said the closure had cut their takings by half.",
    ]


def test_newsletter_footer_is_chrome() -> None:
    article = extract_text(
        text_doc(
            "Harbour Letters\n\nThe pier opened on Monday after two years of repairs.\n\n"
            "Subscribe to Harbour Letters\nBy Ruth Abara\nLaunched 3 years ago\n\n"
            "12 Likes\n\u00b7\n2 Restacks\n\n1,204\n"
        )
    )
    assert [b.text for b in article.blocks] == [
        "The pier opened on Monday after two years of repairs."
    ]
    assert article.metadata.authors == ("Ruth Abara",)


def test_a_year_alone_is_kept() -> None:
    article = extract_text(
        text_doc(
            "Harbour Timeline\n\nThe pier has a long history of storms.\n\n2017\n\n"
            "The north arm was lost in the November surge, and the ferry moved south.\n"
        )
    )
    assert "2017" in [b.text for b in article.blocks]


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("https://coast.example.org/2024/pier\n\n", ""),
        ("", "\nOriginally published at https://coast.example.org/2024/pier.\n"),
        ("URL: https://coast.example.org/2024/pier\n", ""),
    ],
)
def test_the_posts_own_address(head: str, tail: str) -> None:
    article = extract_text(
        text_doc(
            f"{head}Harbour Notes\n\nThe pier opened on Monday after two years of work.\n{tail}"
        )
    )
    assert article.metadata.url == "https://coast.example.org/2024/pier"
    assert article.metadata.title == "Harbour Notes"
    assert [b.text for b in article.blocks] == [
        "The pier opened on Monday after two years of work."
    ]


def test_a_source_link_at_the_end_is_content_not_the_posts_address() -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\n"
            "Source: https://news.example.net/pier-opens\n"
        )
    )
    assert article.metadata.url is None
    assert article.blocks[-1].links[0].url == "https://news.example.net/pier-opens"


def test_a_sentence_starting_posted_by_is_text() -> None:
    sentence = "Posted by the ministry on its website late on Monday, the notice closed the pier."
    article = extract_text(text_doc(f"Harbour Notes\n\n{sentence}\n"))
    assert [b.text for b in article.blocks] == [sentence]
    assert article.metadata.authors == ()


@pytest.mark.parametrize(
    "credit", ["Photo: Ruth Abara/Coastal Press", "(Photo by Ruth Abara)", "Image credit: R. Abara"]
)
def test_a_credit_line_joins_the_caption_above_it(credit: str) -> None:
    article = extract_text(
        text_doc(
            "Harbour Notes\n\nThe pier opened on Monday after two years of work.\n\n"
            f"A crane lifts the last block onto the north pier.\n{credit}\n\n"
            "Shopkeepers said the closure had cut their takings by half.\n"
        )
    )
    assert kinds(article)[1] == (
        "caption",
        f"A crane lifts the last block onto the north pier. {credit}",
    )


# A headline opened by its subject's words (stop 41, lead) ------------------


def test_a_headline_opened_by_quoted_words_and_a_colon_is_the_title() -> None:
    text = (
        "\u201cThe pier was never just wood\u201d: Ada Lind on forty years of keeping it up\n\n"
        "Ada Lind has inspected the old pier at Port Edda every spring since 1986, "
        "and this year the harbour board asked her to write its report.\n"
    )
    article = extract_text(text_doc(text, "qanda.txt"))
    assert article.metadata.title == (
        "\u201cThe pier was never just wood\u201d: Ada Lind on forty years of keeping it up"
    )


@pytest.mark.parametrize(
    "first",
    [
        "\u201cWe will close the pier,\u201d Tom Hale said on Monday.",
        "\u201cClose it now\u201d: that was the harbour board\u2019s answer to the petition.",
        "\u201cClose it now,\u201d said the board: the petition failed",
    ],
)
def test_a_first_line_that_quotes_someone_is_still_no_title(first: str) -> None:
    text = f"{first}\n\nThe harbour board met on Monday and voted to keep the old pier open.\n"
    article = extract_text(text_doc(text, "pier-news.txt"))
    assert article.metadata.title != first


_TURNS = """\
The pier at Port Elm

Tom Hale talks to Ada Lind about the ferry timetable.

LIND: The boat has not run since Tuesday. Nobody on the board has said when it will.

HOST: Have you?

LIND: Every week for nine years, and the ramp is worse than it was.
"""


def test_a_short_turn_between_transcript_turns_is_no_heading() -> None:
    # "HOST: Have you?" looks like a title (two capitalised words), but the
    # turns around it open with a speaker's label: it is a turn (s44-refs).
    article = extract_text(text_doc(_TURNS))
    assert ("paragraph", "HOST: Have you?") in kinds(article)


def test_a_labelled_title_between_prose_paragraphs_stays_a_heading() -> None:
    text = (
        "The pier at Port Elm\n\n"
        "The harbour board closed the pier to cars in March after engineers found "
        "corrosion in eleven of its piles.\n\n"
        "Update: The Pier Reopens\n\n"
        "The board reopened the pier to walkers on Friday, and the cafe at its end "
        "opened the same morning.\n"
    )
    assert ("heading", "Update: The Pier Reopens") in kinds(extract_text(text_doc(text)))


@pytest.mark.parametrize(
    "byline",
    [
        "By Priya Lal, science correspondent",
        "By Priya Lal, Science Correspondent",
        "Priya Lal, science correspondent",
        "By Priya Lal",
    ],
)
def test_a_byline_with_a_role_names_the_writer_without_by(byline: str) -> None:
    # "By Priya Lal, science correspondent" under the headline of a saved
    # text: the writer is Priya Lal (it was "By Priya Lal", seen in the
    # reader's header as "By By Priya Lal", stop 47); the line stays out of
    # the body either way.
    article = extract_text(
        text_doc(
            f"Bumblebees keep count of the flowers\n\n{byline}\n\n"
            "Bumblebees keep track of how many flowers they have emptied, a study says.\n"
        )
    )
    assert article.metadata.authors == ("Priya Lal",)
    assert byline not in [block.text for block in article.blocks]
