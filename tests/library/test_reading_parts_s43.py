"""The researcher is told what the page did not give: a page that says it
is part N of M of a longer article, and a page whose text is its stated
data (JSON-LD ``articleBody``) because it built its text with scripts. The
extraction says so in ``Metadata.reading``; the library keeps it with the
post on both engines, through re-opening and re-extraction. Every page here
is the team's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotemark.library.model import Reading, TextSource
from quotemark.library.pipeline import process
from quotemark.library.service import ImportStatus, Library

_STORY = (
    "<p>The harbour board met on Tuesday to hear the case for a new pier at the north end "
    "of the quay, where the old timber one was pulled down in the spring.</p>"
    "<p>\u201cThe pier will open in May,\u201d said Tom Hale, who chairs the board.</p>"
    "<p>Ada Lind, who runs the ferry, said the crossing would be shorter by a third once "
    "the boats could berth at the north end.</p>"
)


def paged_page(pager: str = "Page 1 of 3", next_link: bool = True) -> str:
    """Part one of a feature: a ``rel=next`` link and a pager line."""
    link = '<link rel="next" href="https://harbour.example/pier?page=2">' if next_link else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>The new pier, a history</title>{link}</head><body>"
        "<article><h1>The new pier, a history</h1>"
        f"<div class='byline'>By Ada Lind \u00b7 <span class='count'>{pager}</span></div>"
        f"{_STORY}<nav class='pages'><a href='?page=2'>2</a> <a href='?page=3'>3</a></nav>"
        "</article></body></html>"
    )


def stated_page() -> str:
    """A page built by its scripts, saved before they ran: its <body> is a
    spinner and its article is in JSON-LD."""
    body = "\n".join(
        [
            "The harbour board met on Tuesday to hear the case for a new pier at the "
            "north end of the quay.",
            "\u201cThe pier will open in May,\u201d said Tom Hale, who chairs the board.",
            "Ada Lind, who runs the ferry, said the crossing would be shorter by a third "
            "once the boats could berth there.",
        ]
    )
    data = {"@type": "NewsArticle", "headline": "The new pier", "articleBody": body}
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>The new pier</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head>"
        "<body><div id='root'><div class='spinner'>Loading\u2026</div></div></body></html>"
    )


def _reading(tmp_path: Path, html: str) -> Reading | None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return process(path).article.metadata.reading


def test_a_page_that_says_it_is_part_one_of_three_says_so(tmp_path: Path) -> None:
    reading = _reading(tmp_path, paged_page())
    assert reading == Reading(1, 3, TextSource.PAGE)
    assert _reading(tmp_path, paged_page("Part 2 of 4")) == Reading(2, 4)


@pytest.mark.parametrize(
    ("pager", "next_link"),
    [
        ("Page 1 of 3", False),  # a comments pager: no link to a next page of the article
        ("Tom Hale", True),  # a next link alone: some blogs name the next post so
        ("Page 4 of 3", True),  # not a part of anything
        ("Page 1 of 1", True),  # the whole article
    ],
)
def test_a_next_link_or_a_pager_line_alone_says_nothing(
    tmp_path: Path, pager: str, next_link: bool
) -> None:
    assert _reading(tmp_path, paged_page(pager, next_link)) is None


def test_part_one_of_three_in_prose_is_not_the_page_s_part(tmp_path: Path) -> None:
    html = paged_page("By Ada Lind").replace(
        "<p>Ada Lind,", "<p>This is part 1 of 3 in our series on the harbour. Ada Lind,"
    )
    assert _reading(tmp_path, html) is None


def test_a_page_read_from_its_stated_data_says_so(tmp_path: Path) -> None:
    assert _reading(tmp_path, stated_page()) == Reading(source=TextSource.DATA)


def test_a_plain_page_has_nothing_to_tell(tmp_path: Path) -> None:
    html = paged_page("", next_link=False)
    assert _reading(tmp_path, html) is None


def test_the_reading_is_kept_with_the_post_through_reextraction(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "paged.html").write_text(paged_page(), encoding="utf-8")
    (folder / "stated.html").write_text(stated_page(), encoding="utf-8")
    plain_page = paged_page("", next_link=False).replace("a history", "the vote")
    plain_page = plain_page.replace("on Tuesday", "on Wednesday")
    (folder / "plain.html").write_text(plain_page, encoding="utf-8")
    report = library.import_paths([folder])
    assert {r.status for r in report.results} == {ImportStatus.IMPORTED}
    ids = {Path(r.path).name: r.post_id for r in report.results}
    paged, stated, plain = ids["paged.html"], ids["stated.html"], ids["plain.html"]
    assert paged is not None
    assert stated is not None
    assert plain is not None
    assert library.reading(paged) == Reading(1, 3)
    assert library.reading(stated) == Reading(source=TextSource.DATA)
    assert library.reading(plain) is None
    library.reextract([paged, stated, plain])
    assert library.reading(paged) == Reading(1, 3)
    assert library.reading(stated) == Reading(source=TextSource.DATA)
    assert library.reading(plain) is None


def test_the_reading_survives_reopening_the_library(tmp_path: Path) -> None:
    page = tmp_path / "paged.html"
    page.write_text(paged_page(), encoding="utf-8")
    database = tmp_path / "library.sqlite"
    with Library.open(database) as library:
        post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    with Library.open(database) as library:
        assert library.reading(post_id) == Reading(1, 3)


@pytest.mark.parametrize(
    "stored",
    [None, "part 1", {"part": "one"}, {"part": [1]}, {"source": "rumour"}, {}, [1, 3]],
)
def test_a_damaged_or_missing_reading_reads_as_nothing(stored: object) -> None:
    assert Reading.from_json(stored) is None


def test_a_reading_reads_back_as_written() -> None:
    for reading in (Reading(1, 3), Reading(2, None), Reading(source=TextSource.DATA)):
        assert Reading.from_json(json.loads(json.dumps(reading.to_json()))) == reading


_HTML2 = Path(__file__).parents[1] / "fixtures" / "review_html2_stop43"


@pytest.mark.parametrize(
    ("name", "told"),
    [
        ("04-paged.html", Reading(1, 3)),
        ("02-script-rendered.html", Reading(source=TextSource.DATA)),
        ("03-amp.html", None),
        ("07-print.html", None),
    ],
)
def test_the_harder_saved_pages_say_what_they_are(name: str, told: Reading | None) -> None:
    # s43-html2's hand-written saves: the paged feature and the page built
    # by scripts say so; an AMP page and a print view have nothing to tell.
    assert process(_HTML2 / name).article.metadata.reading == told


def test_a_newer_save_brings_its_own_reading(library: Library, tmp_path: Path) -> None:
    # The first save had no pager; the newer one says part 1 of 3 (and a
    # newer plain save says nothing again): the stored reading follows the
    # text shown, or the Info tab told the old file's facts.
    plain = tmp_path / "pier.html"
    plain.write_text(paged_page("", next_link=False), encoding="utf-8")
    report = library.import_paths([plain])
    post_id = report.results[0].post_id
    assert post_id is not None
    assert library.reading(post_id) is None
    paged = tmp_path / "pier-again.html"
    paged.write_text(paged_page(), encoding="utf-8")
    library.reimport(post_id, paged)
    assert library.reading(post_id) == Reading(1, 3)
    library.reimport(post_id, plain)
    assert library.reading(post_id) is None
