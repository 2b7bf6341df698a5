"""Stop 43's late extraction merges read again (branch s43-final-extract2):
pages where s43-title's logo h1 and s43-parts' pager line must not fire.

A blog that links its own post title home by mistake is no logo over the
post: its title is not traded for another h1 on the page. A comment thread's
"Page 2 of 3" beside a blog's ``rel=next`` to the next post says nothing of
the post's own parts. A headline h1 in a hero above the <article> is no
masthead either. Every sentence here is written by the team."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.extract.text.blocks import heading_like
from quotemark.library.model import Metadata
from quotemark.library.pipeline import process

_STORY = (
    "<p>The harbour board voted on Monday to close the old pier to cars from the new "
    "year, after a survey found the deck could no longer carry them safely.</p>"
    "<p>Tom Hale, who chairs the board, said the pier would stay open to walkers. "
    "\u201cWe want people on the pier, just not their cars,\u201d he said.</p>"
    "<p>Repairs to the deck are planned for the spring, and the board will meet again in "
    "March to hear the engineers' report on the cost of the work.</p>"
)
_HEADLINE = "Harbour board closes the old pier to cars"


def _metadata(tmp_path: Path, html: str) -> Metadata:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return process(path).article.metadata


def _linked_home(title: str, h1: str) -> str:
    """A page with no <article> or <main> whose h1 reading ``title`` links
    home, and a second h1 in a side rail."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body>"
        f"<div class='post'><h1><a href='/'>{h1}</a></h1>"
        f"<p class='byline'>By Ada Lind, 1 December 2026</p>{_STORY}</div>"
        "<div class='rail'><h1>Quiz night at the Anchor returns on Friday</h1></div>"
        "</body></html>"
    )


def test_a_post_title_linked_home_by_mistake_stays_the_title(tmp_path: Path) -> None:
    metadata = _metadata(tmp_path, _linked_home(_HEADLINE, _HEADLINE))
    assert metadata.title == _HEADLINE


def test_a_logo_h1_over_a_post_still_gives_way_to_the_headline(tmp_path: Path) -> None:
    # The rail's h1 here is the page's one other h1: as s43-title reads it.
    metadata = _metadata(tmp_path, _linked_home("Bay Weekly", "Bay Weekly"))
    assert metadata.title == "Quiz night at the Anchor returns on Friday"


def _hero(og_title: bool) -> str:
    """A headline h1 in a hero above the <article> (the <title> and maybe
    og:title read it), and a box inside the article marking another story's
    headline."""
    og = f"<meta property='og:title' content='{_HEADLINE}'>" if og_title else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_HEADLINE}</title>{og}</head><body>"
        f"<div class='hero'><h1>{_HEADLINE}</h1></div><article>{_STORY}"
        "<div class='box'><h3 class='headline'>Quiz night at the Anchor returns on Friday</h3>"
        "</div></article></body></html>"
    )


@pytest.mark.parametrize("og_title", [True, False])
def test_a_headline_h1_above_the_article_is_no_masthead(tmp_path: Path, og_title: bool) -> None:
    # A <title> of headline length names no publication: the box's marked
    # headline inside the article does not replace it.
    assert _metadata(tmp_path, _hero(og_title)).title == _HEADLINE


def _commented(pager: str, where: str) -> str:
    """A blog post with ``rel=next``/``prev`` links to the next and previous
    posts and a pager line in ``where`` (a comment thread or the post)."""
    line = f"<nav class='pages'><span>{pager}</span></nav>"
    thread = "<section id='comments'><h2>12 comments</h2><ol><li>Good news.</li></ol>"
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_HEADLINE}</title>"
        "<link rel='next' href='/2026/12/ferry-timetable-cut'>"
        "<link rel='prev' href='/2026/11/lido-reopens'></head><body>"
        f"<article><h1>{_HEADLINE}</h1>{_STORY}{line if where == 'post' else ''}</article>"
        f"{thread}{line if where == 'comments' else ''}</section></body></html>"
    )


def test_a_comment_pager_beside_links_to_other_posts_says_nothing(tmp_path: Path) -> None:
    assert _metadata(tmp_path, _commented("Page 2 of 3", "comments")).reading is None


def test_the_post_s_own_pager_line_still_says_its_part(tmp_path: Path) -> None:
    reading = _metadata(tmp_path, _commented("Page 2 of 3", "post")).reading
    assert reading is not None
    assert (reading.part, reading.parts) == (2, 3)


# s43-app's heading_like: no test failed when either half of its change was
# undone (found by planting each fault), so the two are pinned here.


def test_a_line_in_a_script_without_capitals_is_no_heading() -> None:
    # Upper-cased all through, as a caseless line is: no heading by its letters.
    assert not heading_like("\u6e2f\u306e\u685f\u6a4b\u306f\u6765\u5e74\u9589\u9396")
    assert heading_like("HARBOUR BOARD AGENDA")


def test_a_line_ending_in_a_full_width_stop_or_colon_is_no_heading() -> None:
    assert not heading_like("Harbour Board Agenda\uff1a")
    assert not heading_like("Harbour Board Agenda\u3002")
    assert heading_like("Harbour Board Agenda")
