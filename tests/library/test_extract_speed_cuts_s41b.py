"""Stop 41's second speed branch (s41-speed2): the byline blocks walked for
once a page, and prune's tag asked before an inline element's attributes.
Output identical (evaluation.same); these tests hold what a reader sees and
that the work is not done twice."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

from quotemark.library.extract import page_clues, pruning
from quotemark.library.extract.content import choose
from quotemark.library.extract.jsonld import PLACEHOLDER, filled
from quotemark.library.extract.landmarks import _TEX_IMAGE, _tex_image, survey
from quotemark.library.extract.page_clues import BylineBlocks, byline_date, page_authors
from quotemark.library.extract.pruning import prune
from tests.library.test_bylines_stop41 import _HEADLINE, _metadata
from tests.library.test_visible_stop38 import STORY

_AUTHOR_BOX = "<div><p>By Ada Lind</p><p>March 4, 2026</p></div>"


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    inner: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return inner(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_byline_and_its_date_from_one_walk_of_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No author or date in the metadata, none in the header: the byline box
    # after the story gives both, and the page is walked for it once (the
    # authors' reading and the date's each walked it).
    walks = _counted(monkeypatch, page_clues, "_by_texts")
    meta = _metadata(f"<main><article>{_HEADLINE}{STORY}{_AUTHOR_BOX}</article></main>")
    assert meta.authors == ("Ada Lind",)
    assert meta.published == "2026-03-04"
    assert walks[0] == 1


def test_a_page_stating_its_author_and_date_is_not_walked_for_a_byline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walks = _counted(monkeypatch, page_clues, "_by_texts")
    head = (
        "<script type='application/ld+json'>"
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Tom Hale"},'
        ' "datePublished": "2026-03-02"}</script>'
    )
    meta = _metadata(f"{head}<main><article>{_HEADLINE}{STORY}{_AUTHOR_BOX}</article></main>")
    assert meta.authors == ("Tom Hale",)
    assert meta.published == "2026-03-02"
    assert walks[0] == 0


def test_shared_byline_blocks_read_as_each_alone() -> None:
    page = (
        "<html><body><main><article>"
        f"{_HEADLINE}{STORY}<aside><p>By Tom Hale</p></aside>{_AUTHOR_BOX}"
        "</article></main></body></html>"
    )
    root = etree.fromstring(page, etree.HTMLParser())
    shared = BylineBlocks(root)
    assert page_authors(root, survey(root), shared) == page_authors(root, survey(root))
    assert page_authors(root, survey(root), shared) == ("Ada Lind",)
    assert byline_date(root, shared) == byline_date(root) == "2026-03-04"
    assert shared.blocks() is shared.blocks()  # (kept, not walked again)


def _pruned(body_html: str) -> str:
    root = etree.fromstring(f"<html><body>{body_html}</body></html>", etree.HTMLParser())
    body = root.find("body")
    assert body is not None
    page = choose(body)
    prune(page)
    return " ".join("".join(body.itertext()).split())


def test_a_share_link_inline_in_the_story_still_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counted(monkeypatch, pruning, "_is_inline_chrome")
    text = _pruned(
        "<article><p>The harbour board voted on Tuesday to close the old pier to cars, "
        "Tom Hale said. <span class='share-links'>Share this</span></p>"
        "<p>The ferry from the pier's end will keep sailing, and foot passengers may "
        "still walk the length of it, <em class='share-quote'>the board said</em>.</p>"
        "</article>"
    )
    assert "Share this" not in text
    # An <em> is never inline chrome, whatever its class: its words stay,
    # and it is not asked about (only the <span> is).
    assert "the board said" in text
    assert asked[0] == 1


def _filled_before(value: str) -> bool:
    # jsonld.filled as it was before stop 41's second speed branch.
    return any(char.isalnum() for char in value) and PLACEHOLDER.fullmatch(value) is None


def test_filled_same_as_before() -> None:
    rng = random.Random(41)
    pieces = [
        "{{",
        "}}",
        "{%",
        "%}",
        "<%",
        "%>",
        "${",
        "}",
        "$",
        "<",
        "{",
        " ",
        ".",
        "-",
        "\n",
        "a",
        "Z",
        "7",
        "é",
        "٣",
        "Ada Lind",
        "site.name",
        "\u00a0",
        "·",
    ]
    values = [
        "",
        " ",
        ". .",
        "{{site.name}}",
        "{% date %}",
        "<%= title %>",
        "${author}",
        "{{a}} b",
        "Tom Hale",
        "$5 fares",
        "<b>",
        "{ }",
        "٣",
    ]
    values += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(6000)]
    # Templates and near templates: a form around random pieces, sometimes
    # with a character before or after it.
    for _ in range(2000):
        opening, closing = rng.choice([("{{", "}}"), ("{%", "%}"), ("<%", "%>"), ("${", "}")])
        inner = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        lead, trail = rng.choice(["", "", "", " ", "a"]), rng.choice(["", "", "", " ", "."])
        values.append(f"{lead}{opening}{inner}{closing}{trail}")
    templates = 0
    for value in values:
        assert filled(value) == _filled_before(value), value
        templates += PLACEHOLDER.fullmatch(value) is not None
    assert templates > 600


def test_an_unfilled_template_gives_way_and_a_fare_in_dollars_does_not() -> None:
    assert not filled("{{site.name}}")
    assert not filled("${author}")
    assert not filled(". .")
    assert filled("$5 fares on the harbour ferry")
    assert filled("Ada Lind")


def test_tex_image_same_as_the_pattern() -> None:
    # landmarks._tex_image asks its three words one by one (it asked them
    # through a generator): the same answer as the pattern on every address.
    rng = random.Random(4141)
    pieces = [
        "LaTeX",
        "latex",
        "LATEX",
        "cht=tx",
        "CHT=TX",
        "upmath.",
        "UpMath.",
        "upmath",
        "/img/",
        "pier",
        ".png",
        "?",
        "=",
        "%5C",
        "\u017f",
        "K",
        "\u0131",
        "é",
        "-",
        "chart",
    ]
    addresses = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    formulas = 0
    for address in addresses:
        expected = _TEX_IMAGE.search(address) is not None
        assert _tex_image(address) == expected, address
        formulas += expected
    assert formulas > 1000


def test_a_formula_image_is_noted_and_a_photo_is_not() -> None:
    page = (
        "<html><body><p>The pier's load, <img src='https://latex.codecogs.com/svg.image?F'>"
        " as the board wrote it.</p><img src='/photos/pier.jpg' alt='The old pier'></body></html>"
    )
    marks = survey(etree.fromstring(page, etree.HTMLParser()))
    assert [image.get("src") for image in marks.formulas] == [
        "https://latex.codecogs.com/svg.image?F"
    ]
