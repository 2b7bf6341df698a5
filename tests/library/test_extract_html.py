"""HTML extraction as a researcher notices it: the right title, authors and
date; the article's paragraphs, quotes, captions and links; and none of the
page's chrome (share buttons, "Labels:", comments, cookie banners, related
posts, newsletter boxes).

The pages are the team's own fixtures in ``tests/fixtures/html`` (see also
the golden-file test, which pins every detail).
"""

from __future__ import annotations

import pytest

from quotemark.library.errors import NoArticle
from quotemark.library.extract.html import extract_html
from quotemark.library.importers import read
from quotemark.library.model import (
    LINE_BREAK,
    Article,
    BlockKind,
    RawDocument,
    Resource,
    SourceFormat,
)
from tests.library.test_extract_html_golden import FIXTURES


def extract_fixture(name: str) -> Article:
    return extract_html(read(FIXTURES / name))


HARBOUR_STORY = (
    "The council approved a new harbour wall on Tuesday after a winter of storms that "
    "flooded the lower town three times, damaging forty homes and the lifeboat station.",
    "The wall, which will cost 2.4 million pounds, will be built in two stages, starting next "
    "spring, and is paid for by a government grant and the harbour trust.",
    "Residents who lost their ground floors in January said the decision had come late, but "
    "welcomed it; several asked for the work to start before the autumn tides.",
)
"""A three-paragraph news story the page-shape tests set beside other text."""


def html_doc(html: str, *, path: str = "page.html", url: str | None = None) -> RawDocument:
    return RawDocument(
        path=path,
        format=SourceFormat.HTML,
        original=html.encode("utf-8", "surrogatepass"),
        html=html,
        url=url,
    )


def texts(article: Article, kind: BlockKind | None = None) -> list[str]:
    return [block.text for block in article.blocks if kind is None or block.kind is kind]


def body(article: Article) -> str:
    return "\n".join(texts(article))


# -- the fixtures, as a reader sees them ---------------------------------------


def test_blogger_post_keeps_the_post_and_drops_blogger_chrome() -> None:
    article = extract_fixture("blogger-post.html")
    meta = article.metadata
    assert meta.title == "The Ferry Runs Again!"
    assert meta.authors == ("harbourwatch",)
    assert meta.published == "2019-03-16T09:12:00+00:00"
    assert meta.site == "Rivermouth Notes"
    assert meta.url == "https://rivermouth-notes.blogspot.com/2019/03/the-ferry-runs.html"
    text = body(article)
    assert "one very patient dog" in text
    for chrome in (
        "Labels:",
        "Follow @harbourwatch",
        "Tweet",
        "Share to Twitter",
        "BlogThis",
        "Posted by",
        "Newer Post",
        "Blog Archive",
        "No comments",
        "Retired pilot",
    ):
        assert chrome not in text


def test_blogger_caption_repeated_with_its_credit_appears_once_with_the_credit() -> None:
    article = extract_fixture("blogger-post.html")
    captions = texts(article, BlockKind.CAPTION)
    assert captions == [
        "The first crossing leaves the north slipway at dawn on Saturday."
        " (Photo: Ines Harrow, Rivermouth Gazette)"
    ]
    assert sum("leaves the north slipway at dawn" in text for text in texts(article)) == 1


def test_blogger_br_runs_become_paragraphs_and_single_br_a_line_break() -> None:
    article = extract_fixture("blogger-post.html")
    paragraphs = texts(article, BlockKind.PARAGRAPH)
    quote = paragraphs[0]
    assert quote.startswith('"We waited eleven weeks')
    assert quote.endswith(LINE_BREAK + "Marta Quell, harbour master, Rivermouth")
    assert any(p.startswith("Repairs took longer") for p in paragraphs)
    assert all("\n" not in block.text for block in article.blocks)


def test_inline_link_offsets_cover_the_link_text() -> None:
    article = extract_fixture("blogger-post.html")
    block = next(b for b in article.blocks if b.links)
    link = block.links[0]
    assert block.text[link.start : link.end] == "when the weather allowed"
    assert link.url == "https://rivermouth-gazette.example.org/water-taxi"


def test_wordpress_post_without_comments_share_buttons_or_related_posts() -> None:
    article = extract_fixture("wordpress-post.html")
    meta = article.metadata
    assert meta.title == "Why the Lock Keepers Are Striking"
    assert meta.authors == ("Priya Okonjo", "Daniel Ferreira-Lund")
    assert meta.published == "2021-06-04T07:30:00+01:00"
    assert meta.site == "The Canal Ledger"
    assert meta.language == "en-GB"
    # The canonical link wins over og:url with its tracking parameter.
    assert meta.url == "https://canalledger.example.net/2021/06/04/lock-keepers-strike/"
    text = body(article)
    assert "Forty-three lock keepers" in text
    for chrome in (
        "Share this",
        "Related",
        "Staircase lock repairs",
        "Geoff Tanner",
        "Leave a Reply",
        "We use cookies",
        "Recent Posts",
        "Tagged",
        "Skip to content",
    ):
        assert chrome not in text


def test_wordpress_structure_headings_quotes_lists_figures() -> None:
    article = extract_fixture("wordpress-post.html")
    kinds = [(block.kind, block.level) for block in article.blocks]
    assert (BlockKind.HEADING, 2) in kinds
    quotes = texts(article, BlockKind.BLOCKQUOTE)
    assert quotes[0].startswith("\u201cWe are not asking for a pay rise.")
    assert quotes[1] == "Aileen Moss, branch secretary"
    items = [b for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [item.level for item in items] == [1, 1, 1]
    image = next(b for b in article.blocks if b.kind is BlockKind.IMAGE)
    assert image.text == "Narrowboats waiting in a line above Halden Lock"
    assert image.resource is None  # remote, never fetched
    assert texts(article, BlockKind.CAPTION) == [
        "Boats waiting above Halden Lock on Thursday evening. Photo: Sam Whitcombe"
    ]


def test_news_page_with_figure_credit_and_no_banners() -> None:
    article = extract_fixture("news-figure.html")
    meta = article.metadata
    assert meta.authors == ("Hanne Solberg", "Ravi Menon")  # "By " stripped
    assert meta.published == "2023-08-22T05:48:00+00:00"
    assert meta.site == "Northern Courier"
    assert texts(article, BlockKind.CAPTION) == [
        "The valley road below Skarvik on Tuesday morning, hours after the lake emptied."
        " Photograph: Jon Eikrem/NTB"
    ]
    text = body(article)
    assert "\u201cThe sound woke us before the alarm did,\u201d said Gunnhild Aasen" in text
    for chrome in (
        "cookies",
        "morning briefing",
        "Advertisement",
        "More from the north",
        "Share on Twitter",
        "Topics:",
        "All rights reserved",
        "Home",
    ):
        assert chrome not in text


def test_substack_post_keeps_footnote_and_drops_subscribe_widgets() -> None:
    article = extract_fixture("substack-post.html")
    meta = article.metadata
    assert meta.title == "What the tide tables don't tell you"
    assert meta.authors == ("Lena Marsh",)
    assert meta.site == "Low Water"
    text = body(article)
    assert "1 Measured on 63 days between April and November" in text
    assert (BlockKind.HEADING, "Why the tables are wrong") in [
        (b.kind, b.text) for b in article.blocks
    ]
    for chrome in (
        "Subscribe",
        "Share",
        "reader-supported",
        "Discussion about this post",
        "Kite Hallam",
        "Sign in",
        "Start writing",
    ):
        assert chrome not in text


def test_windows_1252_page_keeps_accented_names_and_typography() -> None:
    article = extract_fixture("latin-windows-1252.html")
    meta = article.metadata
    assert meta.title == "Les écluses de Saint-Étienne \u2014 un été sans bateaux"
    assert meta.authors == ("Françoise Lefèvre", "José Núñez")
    assert meta.published == "2015-07-14"
    text = body(article)
    assert "2,4 M\u20ac" in text
    assert "Hélène Dœuvre" in text
    assert "Søren Åberg" in text
    assert "\u201cCette fois, je n\u2019y crois plus.\u201d" in text
    assert "Accueil" not in text  # the layout table's menu column


def test_page_without_article_raises_no_article_naming_the_file() -> None:
    with pytest.raises(NoArticle) as caught:
        extract_fixture("no-article.html")
    assert "no-article.html" in str(caught.value)
    assert str(caught.value.path).endswith("no-article.html")


def test_hostile_page_yields_only_its_text() -> None:
    article = extract_fixture("hostile.html")
    text = body(article)
    assert "The harbour board met on Tuesday to discuss the dredging contract" in text
    assert "Nested emphasis survives the nesting." in text
    assert "a stray <script> written as text" in text
    for poison in (
        "alert",
        "steal",
        "SCRIPT",
        "WRITTEN BY",
        "IFRAME",
        "SVG TEXT",
        "OBJECT",
        "TEMPLATE",
        "INPUT VALUE",
        "TEXTAREA",
        "OPTION",
        "BUTTON",
        "COMMENT",
        "CDATA",
    ):
        assert poison not in text
    urls = [link.url for block in article.blocks for link in block.links]
    assert urls == ["https://harbourboard.example.org/reports/2022-11.pdf"]


# -- behaviour on small pages ------------------------------------------------------


def test_canonical_then_og_url_then_saved_url() -> None:
    page = "<html><head>{}</head><body><p>{}</p></body></html>"
    text = "A paragraph long enough to count as the article's own text."
    canonical = '<link rel="canonical" href="/story/1">'
    og = '<meta property="og:url" content="https://og.example.com/story/1">'
    saved = "https://saved.example.com/story/1?ref=home"
    assert (
        extract_html(html_doc(page.format(canonical + og, text), url=saved)).metadata.url
        == "https://saved.example.com/story/1"
    )
    assert (
        extract_html(html_doc(page.format(og, text), url=saved)).metadata.url
        == "https://og.example.com/story/1"
    )
    assert extract_html(html_doc(page.format("", text), url=saved)).metadata.url == saved
    assert extract_html(html_doc(page.format("", text))).metadata.url is None


def test_relative_links_resolve_against_the_page_url() -> None:
    html = (
        "<html><body><article><p>The report is <a href='../files/report.pdf'>here</a>, "
        "and the <a href='#notes'>notes</a> are below, with more than enough words.</p>"
        "</article></body></html>"
    )
    article = extract_html(html_doc(html, url="https://example.org/news/2020/story.html"))
    (block,) = article.blocks
    assert [(block.text[link.start : link.end], link.url) for link in block.links] == [
        ("here", "https://example.org/news/files/report.pdf")
    ]


def test_local_images_become_resources_once() -> None:
    resource = Resource("harbour.jpg", "image/jpeg", b"\xff\xd8\xff", "Post_files/harbour.jpg")
    html = (
        "<html><body><article>"
        "<p>The harbour at dawn, photographed from the breakwater before the ferry left.</p>"
        "<figure><img src='Post_files/harbour.jpg' alt='The harbour at dawn'>"
        "<figcaption>The harbour at dawn. Photo: the author</figcaption></figure>"
        "<p>The same harbour in the evening, when the boats come back in from the bay.</p>"
        "<p><img src='./Post_files/harbour.jpg' width='600' height='400'></p>"
        "</article></body></html>"
    )
    doc = RawDocument(
        path="Post.html",
        format=SourceFormat.WEB_PAGE_COMPLETE,
        original=html.encode(),
        html=html,
        resources={"Post_files/harbour.jpg": resource, "./Post_files/harbour.jpg": resource},
    )
    article = extract_html(doc)
    images = [b for b in article.blocks if b.kind is BlockKind.IMAGE]
    assert [(image.text, image.resource) for image in images] == [
        ("The harbour at dawn", "harbour.jpg"),
        ("", "harbour.jpg"),
    ]
    assert article.resources == (resource,)


def test_remote_image_without_alt_or_caption_is_not_kept() -> None:
    html = (
        "<html><body><article><p>Text before the pictures, long enough to be an article.</p>"
        "<p><img src='https://cdn.example.com/a.jpg' width='600'></p>"
        "<p><img src='https://cdn.example.com/b.jpg' alt='IMG_2041.jpg'></p>"
        "<p><img src='https://cdn.example.com/c.jpg' alt='Gulls over the harbour wall'></p>"
        "<p><img src='https://cdn.example.com/pixel.gif' width='1' height='1'></p>"
        "</article></body></html>"
    )
    article = extract_html(html_doc(html))
    assert [b.text for b in article.blocks if b.kind is BlockKind.IMAGE] == [
        "Gulls over the harbour wall"
    ]


def test_data_table_becomes_one_table_block() -> None:
    html = (
        "<html><body><article><p>Crossings per month since the ferry returned to service.</p>"
        "<table><tr><th>Month</th><th>Crossings</th></tr><tr><td>April</td><td>412</td></tr>"
        "<tr><td>May</td><td>455</td></tr></table></article></body></html>"
    )
    article = extract_html(html_doc(html))
    (table,) = [b for b in article.blocks if b.kind is BlockKind.TABLE]
    assert table.text == LINE_BREAK.join(["Month | Crossings", "April | 412", "May | 455"])


def test_code_keeps_its_lines() -> None:
    html = (
        "<html><body><article><p>Run this to count the crossings in the log file:</p>"
        "<pre><code>grep ferry log.txt\n  | wc -l\n</code></pre></article></body></html>"
    )
    article = extract_html(html_doc(html))
    (code,) = [b for b in article.blocks if b.kind is BlockKind.CODE]
    assert code.text == "grep ferry log.txt" + LINE_BREAK + "  | wc -l"


@pytest.mark.parametrize(
    "numbered",
    [
        # Pygments: numbers in spans of class "lineno".
        '<pre><code><span class="lineno">1 </span>grep ferry log.txt\n'
        '<span class="lineno">2 </span>  | wc -l\n</code></pre>',
        # Chroma: numbers in spans of class "lnt".
        '<pre><code><span class="lnt">1 </span>grep ferry log.txt\n'
        '<span class="lnt">2 </span>  | wc -l\n</code></pre>',
        # Numbers the page makes unselectable, so a copy leaves them out.
        '<pre><code><span style="user-select:none;margin-right:.4em">1</span>grep ferry log.txt\n'
        '<span style="user-select: none">2</span>  | wc -l\n</code></pre>',
    ],
)
def test_line_numbers_are_not_part_of_the_code(numbered: str) -> None:
    html = (
        "<html><body><article><p>Run this to count the crossings in the log file:</p>"
        f"{numbered}</article></body></html>"
    )
    article = extract_html(html_doc(html))
    (code,) = [b for b in article.blocks if b.kind is BlockKind.CODE]
    assert code.text == "grep ferry log.txt" + LINE_BREAK + "  | wc -l"


def test_a_formula_drawn_by_a_tex_image_service_reads_as_its_tex() -> None:
    html = (
        "<html><body><article><p>The ferry's load factor is "
        '<img src="https://latex.codecogs.com/svg.image?%5Cfrac%7Bp%7D%7Bc%7D"> '
        "where p counts passengers and c the seats; summed over the week it is "
        '<img src="https://chart.apis.google.com/chart?cht=tx&amp;chl=%5Csum_%7Bd%3D1%7D%5E7">.'
        "</p></article></body></html>"
    )
    (paragraph,) = extract_html(html_doc(html)).blocks
    assert "is \\frac{p}{c} where" in paragraph.text
    assert "it is \\sum_{d=1}^7." in paragraph.text


def test_nested_lists_and_quotes_carry_their_depth() -> None:
    html = (
        "<html><body><article><p>The agenda of the harbour board, as circulated on Monday:</p>"
        "<ul><li>Dredging<ul><li>Contract terms</li></ul></li><li>Pilot boat</li></ul>"
        "<blockquote><p>Outer quote from the chair of the board.</p>"
        "<blockquote><p>Inner quote she read out from a letter.</p></blockquote></blockquote>"
        "</article></body></html>"
    )
    blocks = extract_html(html_doc(html)).blocks
    assert [(b.text, b.level) for b in blocks if b.kind is BlockKind.LIST_ITEM] == [
        ("Dredging", 1),
        ("Contract terms", 2),
        ("Pilot boat", 1),
    ]
    assert [(b.text, b.level) for b in blocks if b.kind is BlockKind.BLOCKQUOTE] == [
        ("Outer quote from the chair of the board.", 1),
        ("Inner quote she read out from a letter.", 2),
    ]


def test_inline_quotation_element_gets_quotation_marks() -> None:
    html = (
        "<html><body><p>The chair said <q>we will vote in January</q> and closed the "
        "meeting early.</p></body></html>"
    )
    (block,) = extract_html(html_doc(html)).blocks
    assert block.text == (
        "The chair said \u201cwe will vote in January\u201d and closed the meeting early."
    )


def test_whitespace_is_normalised_and_invisible_characters_dropped() -> None:
    html = (
        "<html><body><p>  Spaces\u00a0and\ttabs\n\n and   new\u200blines "
        "<b>fold</b> into one\u00ad space each, as a browser shows them.  </p></body></html>"
    )
    (block,) = extract_html(html_doc(html)).blocks
    assert (
        block.text
        == "Spaces and tabs and newlines fold into one space each, as a browser shows them."
    )


def test_footnotes_outside_the_body_container_are_kept() -> None:
    html = (
        "<html><body><article><h1>Policy note</h1>"
        "<p>We set out our position in an earlier essay<sup>1</sup>, and have held it since.</p>"
        "<p>The second paragraph of the note restates it for readers who missed the first.</p>"
        "</article><div class='sidebar'><p>Popular this week: nothing you need to read.</p></div>"
        "<div class='post-footnotes'><h4>Footnotes</h4><ol>"
        "<li id='fn1'>See sections 2 and 3 of that essay for the full argument.</li></ol></div>"
        "</body></html>"
    )
    blocks = extract_html(html_doc(html)).blocks
    assert [(b.kind, b.text) for b in blocks[-2:]] == [
        (BlockKind.HEADING, "Footnotes"),
        (BlockKind.LIST_ITEM, "See sections 2 and 3 of that essay for the full argument."),
    ]
    assert "Popular this week" not in "\n".join(b.text for b in blocks)


def test_inline_read_more_teaser_inside_the_text_is_dropped() -> None:
    html = (
        "<html><body><article><p>Three people died in the clashes on Tuesday, officials said."
        "<span class='read-more-big'><span>Also on example.com</span><span>An unrelated "
        "headline about something else</span></span></p>"
        "<p>The government called for calm and promised an inquiry into the shootings.</p>"
        "</article></body></html>"
    )
    text = "\n".join(b.text for b in extract_html(html_doc(html)).blocks)
    assert "Three people died in the clashes on Tuesday, officials said." in text
    assert "unrelated headline" not in text


def test_lead_summary_div_beside_the_body_joins_it() -> None:
    html = (
        "<html><body><div class='article'><div class='article__summary'>Three people have "
        "died during protests against the interim government, after clashes between the "
        "leader's supporters and security forces.</div><div class='article__text'>"
        "<p>In addition to the three deaths at a fuel plant, the public defender said another "
        "thirty people had been injured, several of them seriously, in the clashes.</p>"
        "<p>The interim government blamed the violence on armed groups, which the protesters "
        "denied, saying the security forces had opened fire first.</p></div></div>"
        "</body></html>"
    )
    blocks = extract_html(html_doc(html)).blocks
    assert blocks[0].text.startswith("Three people have died during protests")


def test_rendered_formulas_read_as_their_tex_source() -> None:
    html = (
        "<html><body><article><p>The roots are "
        '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>x</mi></mrow>'
        '<annotation encoding="application/x-tex">x = \\frac{-b}{2a}</annotation></semantics>'
        '</math></span><span class="katex-html" aria-hidden="true"><span>x</span>'
        "<span>=</span></span></span> when the discriminant vanishes, and "
        '<span class="math-inline" data-math="\\forall x">∀x</span> is universal; also '
        '<script type="math/tex">E_u</script> and <math alttext="a^2+b^2"><mi>a</mi></math>.</p>'
        "</article></body></html>"
    )
    (block,) = extract_html(html_doc(html)).blocks
    assert block.text == (
        "The roots are x = \\frac{-b}{2a} when the discriminant vanishes, and \\forall x is "
        "universal; also E_u and a^2+b^2."
    )


def test_a_hover_card_inside_a_sentence_is_not_read_into_it() -> None:
    # The card (a biography and related headlines) shows only while the
    # pointer rests on the name; the name itself and a tooltip's trigger stay.
    html = (
        "<html><body><article><p>Harbour master "
        '<span class="rollover-people"><a href="/people/lepp">Hanna Lepp</a>'
        '<span class="rollover-people-block"><a href="/people/lepp">Hanna Maria Lepp</a>'
        '<a href="/news/1">Ferry company buys a second boat</a> MORE</span></span>'
        ' said the <span class="tooltip-trigger">night boat<span class="tooltip-content">'
        "The 23:40 crossing to Kihnu</span></span> will keep running through the winter."
        "</p><p>The crossing takes ninety minutes in calm weather and longer in a storm.</p>"
        "</article></body></html>"
    )
    first = extract_html(html_doc(html)).blocks[0].text
    assert first == (
        "Harbour master Hanna Lepp said the night boat will keep running through the winter."
    )


def test_text_the_page_hides_by_an_attribute_is_not_article_text() -> None:
    # Each hiding attribute alone on a plain element (no class to judge).
    hidden = {
        "style": '<div style="display: none">Subscribe for ferry alerts by text message.</div>',
        "aria": '<div aria-hidden="true">Share this on the harbour forum today.</div>',
        "attribute": "<div hidden>Sign in to read the timetable archive.</div>",
        "type": '<p type="hidden">Advertisement for quay parking permits.</p>',
    }
    paragraphs = [
        f"<p>The harbour ferry ran {n} crossings on Monday, each one full by the time the "
        "gangway rose, and the crew said the new engines had held up in the swell.</p>"
        for n in range(1, 5)
    ]
    html = (
        "<html><head><title>The ferry</title></head><body><article><h1>The ferry</h1>"
        f"{''.join(paragraphs[:2])}{''.join(hidden.values())}{''.join(paragraphs[2:])}"
        "</article></body></html>"
    )
    text = body(extract_html(html_doc(html)))
    assert "crossings on Monday" in text
    for shown in ("ferry alerts", "harbour forum", "timetable archive", "quay parking"):
        assert shown not in text
