"""Stop 50's extraction work on branch s50-body: a commenter given in a
``<meta itemprop>`` is not the page's author (library/extract/comment_metas),
and pages that kept too little of their article.

Every page here is written by the team, with invented people and places
(``tests/fixtures/commenter_s50_body`` and ``tests/fixtures/body_s50_body``).
The first read of each page, before its fix, is recorded in
evaluation/history/stop-50.md ("Pages that keep too little")."""

# ruff: noqa: E501 (the reasons are read whole in the xfail report)

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from quotemark.library.extract.comment_metas import a_comment_s
from quotemark.library.extract.html import extract_html
from quotemark.library.model import Article
from tests.library.test_extract_html import html_doc

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _page(folder: str, name: str) -> Article:
    html = (_FIXTURES / folder / name).read_text(encoding="utf-8")
    return extract_html(html_doc(html, url=f"https://example.org/2026/{name[:-5]}"))


# -- a commenter in a <meta itemprop> (comment_metas) ---------------------------


def test_a_comment_s_meta_author_and_its_person_s_meta_name_are_no_authors() -> None:
    # Must fire: <meta itemprop="author"> in a Comment kept as itemprop="comment",
    # and <meta itemprop="name"> in a Person inside a Comment.
    got = _page("commenter_s50_body", "01-comment-meta-author.html")
    assert got.metadata.authors == ("Mara Quill",)


def test_the_article_s_own_meta_author_in_its_header_still_counts() -> None:
    # Must not fire: the BlogPosting's <meta itemprop="author"> in its header
    # (the comment's beside it does fire).
    got = _page("commenter_s50_body", "02-header-meta-author.html")
    assert got.metadata.authors == ("Isla Venn",)
    assert got.metadata.published == "2026-10-14"


def _meta_in(html: str) -> etree._Element:
    root = etree.fromstring(html)
    return next(root.iter("meta"))


def test_a_meta_two_items_deep_in_a_comment_is_the_comment_s() -> None:
    meta = _meta_in(
        "<div itemscope='' itemtype='https://schema.org/Comment'><div itemprop='author'"
        " itemscope='' itemtype='https://schema.org/Person'><meta itemprop='name' content='A B'/>"
        "</div></div>"
    )
    assert a_comment_s(meta)


def test_a_meta_of_an_article_item_or_of_no_item_is_no_comment_s() -> None:
    article = _meta_in(
        "<div itemscope='' itemtype='https://schema.org/Article'>"
        "<meta itemprop='author' content='A B'/></div>"
    )
    plain = _meta_in("<div><span><meta name='author' content='A B'/></span></div>")
    assert not a_comment_s(article)
    assert not a_comment_s(plain)


# -- a footnote folded into its marker ------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="footnotes hidden by style inside their markers are dropped with hidden text; a rule"
    " for them (folded_notes) was written from the check half's structure, not the tune half's,"
    " and taken out at merge (stop 50): it waits for a tune page or new data that shows it",
)
def test_footnotes_hidden_in_their_markers_are_kept_after_the_text() -> None:
    # Must fire: each note a span hidden by its style inside a "fn" wrapper
    # that holds its number. First read: all three notes lost, "beck1".
    blocks = [block.text for block in _page("body_s50_body", "01-hidden-inline-notes.html").blocks]
    assert blocks[0].startswith("The mill pond at Tarn Foot")
    assert "beck, and" in blocks[0]
    assert blocks[3:] == [
        "1 The mill's lease of that year names the pond and its sluice, but not who dug it.",
        "2 A letter of 1849 from the churchwardens complains of grey water in the beck after"
        " every storm.",
        "3 His account book lists both dredgings, with the cost of the men and the carts.",
    ]


def test_a_hidden_tooltip_and_a_hidden_note_with_no_marker_stay_hidden() -> None:
    # Must not fire: a tooltip named otherwise ("tip", marker "?"), and a
    # span named "note" hidden inside the sentence with no marker around it.
    text = "\n".join(
        block.text for block in _page("body_s50_body", "02-hidden-tooltip-not-a-note.html").blocks
    )
    assert "plan of works" not in text
    assert "urn is mended" not in text
    assert "Tea will be provided in the church hall." in text


# -- an issue tracker's thread (left: a rule tried and not kept) ----------------
#
# s50-body tried a rule (every block built as the chosen post's, same tag and
# class, is a post of the thread) that read both pages below right; on the
# defuddle check half it lifted one page and dropped another (body F1 0.905
# -> 0.904), so it was not kept (evaluation/history/stop-50.md).

_ISSUE_POSTS = (
    "When I import a month of tide tables",
    "I can reproduce this with the May file",
    "It looks like the end date is compared",
    "A fix for the range check is up for review",
)


@pytest.mark.xfail(
    strict=True,
    reason="an issue whose posts are all comments by their names (chrome) reads its header line, the title and 'opened this issue ... 3 comments', as the body: the posts, the page's text, are lost (first read: 0 of 6 paragraphs). Reading the posts by their template lifted one defuddle check page and dropped another; not kept.",
)
def test_an_issue_s_posts_are_read_when_its_header_line_is_chosen() -> None:
    text = "\n".join(block.text for block in _page("body_s50_body", "03-issue-thread.html").blocks)
    assert all(post in text for post in _ISSUE_POSTS)


@pytest.mark.xfail(
    strict=True,
    reason="the issue's opening post is chosen, in wrappers one fewer than its replies', so the replies are no siblings built alike (replies.whole_thread) and are left out (first read: the opening post alone, 3 of 6 paragraphs). Not kept, as above.",
)
def test_an_issue_s_replies_follow_its_opening_post() -> None:
    # The page of the test above without its header line ("opened this
    # issue ... 3 comments"): the opening post is then chosen.
    html = (_FIXTURES / "body_s50_body" / "03-issue-thread.html").read_text(encoding="utf-8")
    start = html.index('<div class="gh-header-meta">')
    html = html[:start] + html[html.index("</div>", start) + len("</div>") :]
    got = extract_html(html_doc(html, url="https://example.org/2026/issue-219"))
    text = "\n".join(block.text for block in got.blocks)
    assert all(post in text for post in _ISSUE_POSTS)


def test_a_story_keeps_its_comment_thread_out() -> None:
    # Must not fire (for any thread rule): a story not inside a comment, with
    # four comments built alike under it.
    got = _page("body_s50_body", "05-story-with-comment-thread.html")
    text = "\n".join(block.text for block in got.blocks)
    assert text.startswith("Fares on the island ferry will rise")
    assert "half-price card is the only thing" not in text
