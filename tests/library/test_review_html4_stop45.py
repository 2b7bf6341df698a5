"""A researcher saves eight team-written pages of kinds the team had not
saved, stop 45 (branch s45-html4): held-out extraction.

Stops 43 and 44 wrote saved pages of the common platforms. These are the
kinds that came next in researchers' folders, written by hand with
invented people and text in ``tests/fixtures/review_html4_stop45`` (no real
page copied): a WordPress blog whose Yoast schema graph and meta author
give the writer's login ("marion"), the byline her name; an academic news
article in The Conversation's shape (two authors with their universities,
a disclosure statement, "Republish this article"); a think tank's report
landing page (the authors in a list, the PDF behind a download button, no
stated publication date but the printed one); a podcast episode page (the
host in JSON-LD, show notes, a transcript with speaker labels and
timestamps); a Japanese news page (the date printed only as
``2026年3月5日 18時30分``, the company as meta author, a 「」 quotation);
a Korean news page (``입력 2026년 3월 5일``, the byline "김민지 기자" above
and below the text); a regional newspaper's AMP page (amp-ad, amp-sidebar,
"READ MORE" lines, a councillor's "Cllr"); and a GOV.UK speech, whose
speaker is its author (not the department) and whose date is the day it
was delivered. Each is read through the importer the app uses
(``pipeline.process``); each field, body sentence, quotation and cited
link a careful researcher would write down is one case, and each one read
wrong is a strict xfail with its reason. evaluation/README.md ("Saved
pages of kinds not yet saved, stop 45") counts them. Every sentence here
is written by the team."""

# ruff: noqa: E501 (the reasons are read whole in the xfail report)

from __future__ import annotations

from pathlib import Path

from quotemark.library.extract.dates import parse_date
from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from tests.library.saved_pages import SavedPages, saved_page_test
from tests.library.test_extract_html import html_doc
from tests.library.test_review_html3_stop44 import Saved, saved_cases
from tests.library.test_review_html_stop43 import INL, PAR

_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review_html4_stop45"

PAGES = [
    Saved(
        "01-wordpress-yoast.html",
        title="What the tide gauge told us about the winter storms",
        authors=("Marion Okafor",),  # the byline; Yoast and the meta author give her login
        date="2026-02-10",
        site="Port Elm Tide Log",
        first="The tide gauge on the north pier has logged",
        last="I will post the spring figures here",
        absent=(
            "Share this:",
            "Related",
            "Replacing the sensor",
            "Categorised as",
            "Marion has read the Port Elm gauge",  # the author box
            "3 comments",
            "the quay floods once a lifetime",  # a comment's own quotation
            "Leave a comment",
            "Previous post",
            "Recent Posts",
            "Proudly powered",
            "We use cookies",
        ),
        quotes=(
            ("The gauge does not care about forecasts", INL, "Tom Hale"),
            ("It writes down what the sea did", INL, "Tom Hale"),
            ("a once-in-fifty-years surge", PAR, "Ada Lind"),
        ),
    ),
    Saved(
        "02-conversation.html",
        title="Small harbours are silting up faster than their dredging budgets can keep pace",
        authors=("Ada Lind", "Ben Ross"),
        date="2026-03-05",
        site="The Conversation",
        first="Every winter, the basins of small tidal harbours",
        last="Without that, the harbours that gave these towns",
        absent=(
            "Academic rigour",
            "University of Port Elm",  # an author's affiliation under the headline
            "Published: March 5",
            "Read more:",
            "The hidden cost of a closed harbour",
            "Get the news",
            "Topics",
            "Disclosure statement",
            "receives funding",
            "Partners",
            "founding partner",
            "Republish",
            "Senior Lecturer in Coastal Geography",
            "You might also like",
            "Events",
            "We believe in the free flow",
        ),
        quotes=(
            ("We dredge what we can afford", INL, "Sam Wren"),
            ("If the channel closes, the boats go", INL, "Peter Quinn"),
        ),
    ),
    Saved(
        "03-thinktank-report.html",
        title="Tidal power for small ports: a costed plan",
        authors=("Nadia Stroud", "Owen Pryce"),
        date="2026-01-20",  # printed; the page states only its WebPage's own instants
        site="Coastal Futures Institute",
        first="Small ports could meet most of their own power needs",
        last="The full report sets out the costings",
        absent=(
            "Download the full report",
            "PDF, 2.1 MB",
            "About the authors",
            "is a senior fellow",
            "Media enquiries",
            "press@coastalfutures",
            "Related research",
            "Who owns the harbour",
            "Sign up to our newsletter",
            "registered charity",
            "Cookie settings",
        ),
        quotes=(
            ("The tide is the one power source", INL, "Nadia Stroud"),
            ("What it lacks is a lender", INL, "Nadia Stroud"),
        ),
        links=(
            "https://www.coastalfutures.example/wp-content/uploads/2026/01/tidal-power-small-ports.pdf",
        ),
    ),
    Saved(
        "04-podcast.html",
        title="Episode 42: The last ferryman of Carrick",
        authors=("Ben Ross",),  # the host
        date="2026-02-27",
        site="The Harbour Hour",
        first="This week Ben talks to Peter Quinn",
        last="Ben Ross: [00:47:58] Peter Quinn, thank you",  # the transcript's last line as shown
        absent=(
            "Subscribe on Apple Podcasts",
            "Download MP3",
            "48:12",
            "Hosted by",
            "More episodes",
            "The lighthouse keeper",
            "buy us a coffee",
            "Music by the Quay Street Band",
        ),
        quotes=(("We had forty people on a boat built for thirty", INL, "Peter Quinn"),),
        links=("https://thetideline.substack.com/p/the-ferry-that-forgot-carrick",),
    ),
    Saved(
        "05-japanese-news.html",
        title="港町の渡し船、今春で運航終了へ　利用者減で",
        authors=(),  # a staff story: the company in the meta author is no writer
        date="2026-03-05",  # printed only as 2026年3月5日 18時30分
        site="港北新聞デジタル",
        first="港町の渡し船が今春で運航を終える",
        last="島に住む人の多くは",
        absent=(
            "Cookie",
            "有料会員",
            "この記事をシェア",
            "関連記事",
            "島の橋、開通から15年",
            "ランキング",
            "無断転載",
        ),
        quotes=(("寂しいが、仕方がない", INL, "田中一郎"),),
    ),
    Saved(
        "06-korean-news.html",
        title="항구 마을 여객선, 올봄 운항 종료",
        authors=("김민지",),  # "김민지 기자": 기자 (reporter) is her title, not her name
        date="2026-03-05",  # printed only as 입력 2026년 3월 5일 18:30
        site="항구일보",
        first="항구 마을을 오가던 여객선이",
        last="시는 대체 버스 노선을 검토하고 있다.",
        absent=(
            "minji@",
            "저작권자",
            "무단 전재",
            "다른기사 보기",
            "기자 구독",
            "많이 본 뉴스",
            "시장 선거",
            "등록번호",
        ),
        quotes=(("아쉽지만 어쩔 수 없다", INL, "박준호"),),
    ),
    Saved(
        "07-regional-amp.html",
        title="Bypass plan for Port Elm returns after ten years",
        authors=("Owen Pryce",),
        date="2026-02-18",
        site="Bay Courier",
        first="Plans for a road to take lorries around Port Elm",
        last="A public meeting is planned for 12 March",
        absent=(
            "We and our partners use cookies",
            "Local Democracy Reporter",
            "READ MORE",
            "Harbour car park charges",
            "Advertisement",
            "Sign up to our daily newsletter",
            "Comments",
            "Most Read",
            "Pier reopens to walkers",
            "View full site",
            "Obituaries",
        ),
        quotes=(
            ("Every lorry to the quay goes past the school gates", INL, "Marion Okafor"),
            ("We will look at it again", INL, "Sam Wren"),
        ),
    ),
    Saved(
        "08-govuk-speech.html",
        title="Coastal Communities Minister\u2019s speech to the Small Harbours Conference",
        authors=("Ada Lind",),  # the speaker ("The Rt Hon Ada Lind MP"), not the department
        date="2026-03-03",  # delivered on; published the day after
        site="Department for Coastal Communities",
        first="Thank you for having me here in Port Elm",
        last="None of this replaces the work",
        absent=(
            "Cookies on GOV.UK",
            "From:",
            "Delivered on",
            "Original script",
            "Seamen\u2019s Institute",
            "The Rt Hon Ada Lind MP",  # the photograph's caption
            "Get emails about this page",
            "Print this page",
            "Related content",
            "Is this page useful",
            "Open Government Licence",
        ),
        quotes=(("Give us the tools and we will keep the lights on", INL, "Tom Hale"),),
    ),
]

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Saved pages of kinds not yet saved, stop 45").
_REPORT_DATE = "a page stating only its WebPage node's datePublished (Yoast's graph without an Article: when the page was made) gets that instant, not the day printed under the headline; stop 43 keeps a stated date another day than the printed one, and a WebPage's date is the post's on most sites"
_DOWNLOAD = "the report's PDF is linked from a download button above the summary, outside the text kept: a researcher has to open the page for it"
_IDEOGRAPHIC_SPACE = "the ideographic space (U+3000) between a Japanese headline's two parts is collapsed to a space, as all white space in a title is"
_KOREAN_QUOTE = 'a Korean quotation in straight marks closed by "...고 말했다" is not read (the analysis knows no Korean verbs of saying)'

_LEFT: dict[tuple[str, str], str] = {
    ("03-thinktank-report.html", "date"): _REPORT_DATE,
    (
        "03-thinktank-report.html",
        "link:https://www.coastalfutures.example/wp-content/uploads/2026/01/tidal-power-small-ports.pdf",
    ): _DOWNLOAD,
    ("05-japanese-news.html", "title"): _IDEOGRAPHIC_SPACE,
    (
        "06-korean-news.html",
        "quote:\uc544\uc27d\uc9c0\ub9cc \uc5b4\uca54 \uc218 \uc5c6\ub2e4",
    ): _KOREAN_QUOTE,
}


_SAVED = SavedPages(_PAGES, PAGES, _LEFT)
_FIELDS, _ABSENT, _QUOTES, _LINKS = saved_cases(PAGES, _SAVED.case)

test_a_saved_page_reads_as_a_researcher_writes_it_down = saved_page_test(
    _SAVED, _FIELDS + _ABSENT + _QUOTES + _LINKS
)


# -- the rules the first read asked for: each fires on a sentence the team
# wrote and keeps still on one beside it --------------------------------------

_STORY = (
    "<p>The harbour board voted on Tuesday to close the old pier to cars from the spring, "
    "after a report on its planks.</p><p>Tom Hale, the harbour master, said the planks "
    "could not take the weight any more and that repairs would start in March.</p>"
)


def _metadata(head: str, top: str = "", url: str = "https://harbour.example.org/pier") -> Metadata:
    html = (
        f"<html><head><title>The old pier closes to cars</title>{head}</head><body><article>"
        f"<h1>The old pier closes to cars</h1>{top}{_STORY}</article></body></html>"
    )
    return extract_html(html_doc(html, url=url)).metadata


def test_a_date_in_the_cjk_form_is_read() -> None:
    assert parse_date("2026\u5e743\u67085\u65e5 18\u664230\u5206") == "2026-03-05"
    assert parse_date("\uc785\ub825 2026\ub144 3\uc6d4 5\uc77c 18:30") == "2026-03-05"
    assert parse_date("2026 \u5e74 12 \u6708 31 \u65e5") == "2026-12-31"
    shown = "<p class='date'>2026\u5e743\u67085\u65e5 18\u664230\u5206</p>"
    assert (_metadata("", shown).published or "")[:10] == "2026-03-05"


def test_a_cjk_date_with_no_year_or_no_such_day_is_none() -> None:
    assert parse_date("3\u67085\u65e5") is None  # the year not written
    assert parse_date("2026\u5e7413\u67085\u65e5") is None
    # An era's year is read (s45-final-extract), but not a month that is none.
    assert parse_date("\u4ee4\u548c8\u5e743\u67085\u65e5") == "2026-03-05"
    assert parse_date("\u4ee4\u548c8\u5e7413\u67085\u65e5") is None
    assert parse_date("2026\u5e74\u306e\u6625") is None  # "the spring of 2026"


def _stated(author: str, byline: str) -> tuple[str, ...]:
    head = f"<meta name='author' content='{author}'>"
    return _metadata(head, byline).authors


def test_a_login_stated_as_the_author_gives_way_to_the_name_the_byline_shows() -> None:
    byline = "<p class='byline'>By <a rel='author' href='/author/marion/'>Marion Okafor</a></p>"
    assert _stated("marion", byline) == ("Marion Okafor",)
    assert _stated("mokafor", byline) == ("Marion Okafor",)
    assert _stated("marion.okafor", byline) == ("Marion Okafor",)


def test_a_login_the_byline_s_name_is_not_made_from_stays() -> None:
    byline = "<p class='byline'>By <a rel='author' href='/author/pq/'>Marion Okafor</a></p>"
    assert _stated("pquinn", byline) == ("pquinn",)
    assert _stated("marion", "") == ("marion",)
    # A name stated in full is read as stated, whatever the byline shows.
    assert _stated("Ada Lind", byline) == ("Ada Lind",)


def test_a_japanese_or_korean_publisher_named_as_the_author_is_none() -> None:
    assert _stated("\u6e2f\u5317\u65b0\u805e\u793e", "") == ()  # "...新聞社"
    assert _stated("\ud56d\uad6c\uc77c\ubcf4", "") == ()  # "...일보"


def test_a_japanese_or_korean_person_named_as_the_author_stays() -> None:
    assert _stated("\u5c71\u7530\u82b1\u5b50", "") == ("\u5c71\u7530\u82b1\u5b50",)
    assert _stated("\uae40\ubbfc\uc9c0", "") == ("\uae40\ubbfc\uc9c0",)


def test_a_reporter_s_title_after_a_korean_or_japanese_name_is_not_the_name() -> None:
    korean = "<p class='byline'>\uae40\ubbfc\uc9c0 \uae30\uc790 minji@harbour.example.org</p>"
    assert _metadata("", korean).authors == ("\uae40\ubbfc\uc9c0",)
    japanese = "<p class='byline'>\u5c71\u7530\u82b1\u5b50\u8a18\u8005</p>"
    assert _metadata("", japanese).authors == ("\u5c71\u7530\u82b1\u5b50",)


def test_a_name_that_only_opens_with_the_word_for_reporter_stays() -> None:
    # "기자협회" (a reporters' association) opens with 기자 and is a name whole.
    line = "<p class='byline'>\uae30\uc790\ud611\ud68c</p>"
    assert _metadata("", line).authors == ("\uae30\uc790\ud611\ud68c",)


def test_an_authors_list_gives_one_name_an_item() -> None:
    listed = (
        "<div class='report-authors'><span>Authors</span><ul><li><a href='/people/ns'>"
        "Nadia Stroud</a></li><li><a href='/people/op'>Owen Pryce</a></li></ul></div>"
    )
    assert _metadata("", listed).authors == ("Nadia Stroud", "Owen Pryce")


def test_an_author_box_s_list_of_links_that_are_no_names_is_no_byline() -> None:
    listed = (
        "<div class='author-links'><ul><li><a href='/feed'>Follow this writer</a></li>"
        "<li><a href='/all'>See all of the posts</a></li></ul></div>"
    )
    assert _metadata("", listed).authors == ()


def _after_the_text(links: str, url: str = "https://harbour.example.org/pier") -> list[str]:
    html = (
        "<html><head><title>The old pier closes to cars</title></head><body><article>"
        f"<h1>The old pier closes to cars</h1>{_STORY}<h2>Further reading</h2>{links}"
        "</article></body></html>"
    )
    return [block.text for block in extract_html(html_doc(html, url=url)).blocks]


_READING = (
    "<ul><li><a href='https://www.baycourier.example/news/pier-closed'>Pier closed to cars "
    "after survey</a> (Bay Courier)</li><li><a href='https://www.portelmmuseum.example/pier'>"
    "The pier in a hundred photographs</a></li></ul>"
)


def test_a_reading_list_of_titled_works_on_other_sites_stays() -> None:
    blocks = _after_the_text(_READING)
    assert "Pier closed to cars after survey (Bay Courier)" in blocks
    assert "The pier in a hundred photographs" in blocks


def test_a_list_of_the_site_s_own_pages_or_of_buttons_is_no_reading_list() -> None:
    # The same outlet on another of its hosts (harbour.example.co.uk) is no other site.
    own = (
        "<ul><li><a href='https://www.harbour.example.co.uk/news/pier-closed'>Pier closed to "
        "cars after survey</a></li><li><a href='https://harbour.example.org/photos'>The pier in "
        "a hundred photographs</a></li></ul>"
    )
    assert not any("Pier closed to cars" in text for text in _after_the_text(own))
    buttons = (
        "<ul><li><a href='https://www.facebook.example/share'>Facebook</a></li>"
        "<li><a href='https://x.example/share'>Share on X</a></li></ul>"
    )
    assert not any("Facebook" in text for text in _after_the_text(buttons))


def _episode(node: str) -> tuple[str, ...]:
    head = f"<script type='application/ld+json'>{node}</script>"
    return _metadata(head).authors


def test_a_podcast_episode_s_stated_author_is_read() -> None:
    node = '{"@type":"PodcastEpisode","name":"The old pier","author":{"@type":"Person","name":"Ben Ross"}}'
    assert _episode(node) == ("Ben Ross",)


def test_a_podcast_series_author_is_not_the_page_s() -> None:
    # The series node alone says who makes the show, not who wrote this page.
    node = '{"@type":"PodcastSeries","name":"The Harbour Hour","author":{"@type":"Person","name":"Ben Ross"}}'
    assert _episode(node) == ()


# -- GOV.UK: a speech is its speaker's (library/extract/govuk.py) ---------------------


def _gov(schema: str, from_line: str, terms: str = "") -> Metadata:
    head = (
        f"<meta name='govuk:schema-name' content='{schema}'>"
        "<meta name='govuk:primary-publishing-organisation' content='Department for Coastal Communities'>"
        "<meta name='govuk:first-published-at' content='2026-03-04T09:15:00+00:00'>"
        "<meta property='og:site_name' content='GOV.UK'>"
    )
    top = (
        f"<dl><dt>From:</dt><dd>{from_line}</dd><dt>Published</dt><dd>4 March 2026</dd>{terms}</dl>"
    )
    return _metadata(head, top, url="https://www.gov.uk/government/speeches/pier")


_FROM = (
    "<a href='/government/organisations/department-for-coastal-communities'>Department for "
    "Coastal Communities</a> and <a href='/government/people/ada-lind'>The Rt Hon Ada Lind MP</a>"
)
_DELIVERED = "<dt>Delivered on:</dt><dd>3 March 2026 (Original script, may differ from delivered version)</dd>"


def test_a_govuk_speech_is_cited_to_its_speaker_on_the_day_delivered() -> None:
    metadata = _gov("speech", _FROM, _DELIVERED)
    assert metadata.authors == ("Ada Lind",)
    assert metadata.published == "2026-03-03"
    assert metadata.site == "Department for Coastal Communities"


def test_a_govuk_release_naming_its_minister_has_no_author() -> None:
    # The same "From:" line on a press release: the minister is quoted, not its writer.
    metadata = _gov("news_article", _FROM, _DELIVERED)
    assert metadata.authors == ()
    assert (metadata.published or "")[:10] == "2026-03-04"


def test_a_govuk_speech_naming_no_person_is_the_department_s_published_day() -> None:
    metadata = _gov(
        "speech", "<a href='/government/organisations/dcc'>Department for Coastal Communities</a>"
    )
    assert metadata.authors == ()
    assert (metadata.published or "")[:10] == "2026-03-04"
