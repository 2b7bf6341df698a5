"""A saved Blogger page: the writer in the post's footer ("Posted by ...
at ..."), the day in the date header above the day's posts, and on a
front page the newest post's title (``extract.blogger``). The pages are
the team's, built the way Blogger writes them."""

from __future__ import annotations

from lxml import html as lxml_html

from quotemark.library.extract.blogger import blog_facts, is_blogger
from quotemark.library.extract.html import extract_html
from quotemark.library.model import Metadata
from quotemark.library.store.corrections import REVIEW_BELOW
from tests.library.test_extract_html import html_doc

_BODY = (
    "The harbour board voted on Tuesday to close the old pier to cars from the spring, "
    "after a report on its planks. Tom Hale, the harbour master, said the planks could not "
    "take the weight any more and that the repairs would start in March."
)


def _post(title: str, stamp: str, body: str = _BODY) -> str:
    stamp_html = f"<abbr class='published' title='{stamp}'>19:42</abbr>" if stamp else "19:42"
    return (
        "<div class='post-outer'><div class='post hentry' itemprop='blogPost'>"
        f"<h3 class='post-title entry-title'><a href='/p'>{title}</a></h3>"
        f"<div class='post-body entry-content'>{body}</div>"
        "<div class='post-footer'><span class='post-author vcard'>Posted by "
        "<span class='fn'><a class='g-profile' href='/profile/1' rel='author'>"
        "<span itemprop='name'>Peter Quinn</span></a></span></span> "
        f"<span class='post-timestamp'>at {stamp_html}</span></div></div></div>"
    )


def _page(posts: str, *, generator: str = "blogger", title: str = "Quay Street Notebook") -> str:
    return (
        f"<html><head><meta content='{generator}' name='generator'/><title>{title}</title></head>"
        "<body><div id='header'><h1 class='title'><a href='/'>Quay Street Notebook</a></h1></div>"
        "<div class='blog-posts hfeed'><div class='date-outer'>"
        "<h2 class='date-header'><span>Tuesday, 17 November 2026</span></h2>"
        f"<div class='date-posts'>{posts}</div></div></div></body></html>"
    )


def _read(html: str) -> Metadata:
    url = "https://quaystreetnotebook.blogspot.com/"
    return extract_html(html_doc(html, url=url)).metadata


def test_a_post_s_page_reads_its_footer_and_its_date_header() -> None:
    page = _page(
        _post("The old pier closes", ""), title="Quay Street Notebook: The old pier closes"
    )
    metadata = _read(page)
    assert metadata.title == "The old pier closes"
    assert metadata.authors == ("Peter Quinn",)
    assert (metadata.published or "")[:10] == "2026-11-17"  # the date header's day
    assert metadata.site == "Quay Street Notebook"


def test_a_front_page_is_cited_by_its_newest_post() -> None:
    bins = "The council has moved the street's bin day to Thursday from next week, it said."
    posts = _post("The old pier closes", "2026-11-17T19:42:00Z") + _post(
        "Bins on Thursday", "2026-11-17T08:05:00Z", bins
    )
    metadata = _read(_page(posts))
    assert metadata.title == "The old pier closes"
    assert metadata.authors == ("Peter Quinn",)
    assert (metadata.published or "")[:16] == "2026-11-17T19:42"


def test_other_software_or_a_blogger_page_without_a_post_is_left_to_the_general_path() -> None:
    assert not is_blogger("WordPress 6.7")
    about = _page("<div class='widget Profile'><h2>About Me</h2><p>Retired pilot.</p></div>")
    assert blog_facts(lxml_html.fromstring(about)) is None


def test_blogger_s_placeholder_for_a_hidden_profile_is_no_writer() -> None:
    # "Posted by Unknown": Blogger's word for a profile it cannot show.
    post = _post("The old pier closes", "").replace("Peter Quinn", "Unknown")
    metadata = _read(_page(post, title="Quay Street Notebook: The old pier closes"))
    assert metadata.authors == ()
    assert metadata.title == "The old pier closes"


def test_the_date_header_s_day_is_no_field_to_review() -> None:
    # The post's footer gives no instant: its day, in the header above the
    # day's posts, is the page's own statement, not a guess queued for review.
    page = _page(
        _post("The old pier closes", ""), title="Quay Street Notebook: The old pier closes"
    )
    metadata = _read(page)
    assert (metadata.published or "")[:10] == "2026-11-17"
    assert metadata.sureness("published") >= REVIEW_BELOW
