"""Corrections of a post's body on a real library file: a passage the
extractor dropped comes back from the stored original page, page chrome it
kept goes; both survive re-extraction, keep the clips, reach the exports
and undo as one step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotemark.library.errors import InvalidCorrection, NotFound
from quotemark.library.extract.original import original_page, place
from quotemark.library.model import (
    Block,
    BlockKind,
    Position,
    RawDocument,
    Resource,
    SourceFormat,
)
from quotemark.library.operations import (
    AddPassage,
    ClipSpan,
    ReextractPosts,
    Reimport,
    RemoveParagraph,
    RemovePassage,
)
from quotemark.library.service import Library
from quotemark.library.store import body as store_body
from tests.library.test_corrections import dump
from tests.library.undo import check_round_trip, span_of

PAGE = """<!doctype html>
<html><head><title>Harbour dredging starts in May</title>
<meta name="author" content="Mari Tamm">
<link rel="stylesheet" href="http://127.0.0.1:9/remote.css">
<script src="http://127.0.0.1:9/track.js"></script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour dredging starts in May</h1>
<p>The port authority said on Monday that dredging of the old harbour will begin in May and
last for most of the summer, closing two of the four berths used by the ferries.</p>
<p>Share this article on social media</p>
<p>“We have waited ten years for this,” said Jonas Pärn, the harbour master. “The ships are
bigger now and the channel is not.”</p>
<aside class="pullout"><p>Residents worry about the noise: “It will be loud every night,”
said Liis Kask, who lives by the quay.</p></aside>
<p>The council will hold a public meeting about the works on 3 April in the town hall, where
residents can ask the engineers about noise and traffic.</p>
<img src="http://127.0.0.1:9/pixel.gif" alt="">
<p>Work is expected to finish by the end of September, the authority said in its statement.</p>
</article>
<footer>Copyright 2026 Harbour News</footer>
</body></html>
"""

DROPPED = (
    "Residents worry about the noise: “It will be loud every night,” said Liis Kask, "
    "who lives by the quay."
)
CHROME = "Share this article on social media"


@pytest.fixture
def post_id(library: Library, tmp_path: Path) -> int:
    """A post whose extraction dropped a pull-out paragraph with a quote and
    kept a "Share" line."""
    path = tmp_path / "harbour.html"
    path.write_text(PAGE, encoding="utf-8")
    report = library.import_paths([path])
    ident = report.results[0].post_id
    assert ident is not None
    texts = [b.text for b in library.post(ident).blocks]
    assert CHROME in texts
    assert not any("Liis Kask" in t for t in texts)
    return ident


def _texts(library: Library, post_id: int) -> list[str]:
    return [b.text for b in library.post(post_id).blocks]


def _speakers(library: Library, post_id: int) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in library.post(post_id).analysis.quotes]


def round_trip(library: Library, operation: Any) -> Any:
    return check_round_trip(library, operation, dump)


def test_a_dropped_passage_comes_back_in_its_place_with_its_quote(
    library: Library, post_id: int
) -> None:
    # As a selection in the rendered page arrives: other line breaks, nbsp.
    selected = DROPPED.replace(" the noise", "\u00a0the\nnoise")
    result = round_trip(library, AddPassage(post_id, selected.replace("\n", " ")))
    texts = _texts(library, post_id)
    assert texts.index(DROPPED) == texts.index(CHROME) + 2  # after Jonas Pärn's paragraph
    assert "Liis Kask" in _speakers(library, post_id)
    assert result.value.ids
    assert library.post(post_id).analysis.quotes  # the machine's quotes are still found


def test_removing_chrome_moves_clips_and_locators_in_every_export(
    library: Library, post_id: int
) -> None:
    blocks = library.post(post_id).blocks
    last = len(blocks) - 1
    clip = library.run(ClipSpan(post_id, span_of(last, blocks[last].text, "end of September")))
    assert clip.value.paragraph == 5
    chrome = blocks.index(next(b for b in blocks if b.text == CHROME))
    round_trip(library, RemovePassage(post_id, Position(chrome, 0), Position(chrome, len(CHROME))))
    assert CHROME not in _texts(library, post_id)
    moved = library.get_clip(clip.value.id)
    assert moved.span.text == "end of September"
    assert moved.span.start.block == last - 1
    for fmt in ("biblatex", "bibtex", "csl-json", "ris", "markdown"):
        text = library.export(fmt)
        assert "end of September" in text, fmt
    cited = library.citations()[-1].clip
    assert cited is not None
    assert cited.paragraph == moved.paragraph == 4


def test_overrides_survive_re_extraction_and_one_that_no_longer_fits_is_listed(
    library: Library, post_id: int, tmp_path: Path
) -> None:
    library.run(AddPassage(post_id, DROPPED))
    library.run(RemoveParagraph(post_id, _texts(library, post_id).index(CHROME) + 1))
    corrected = _texts(library, post_id)
    library.run(ReextractPosts((post_id,)))
    assert _texts(library, post_id) == corrected
    # A later save of the page, rewritten: Jonas Pärn's paragraph (where
    # the added passage went) and the pull-out are gone.
    newer = tmp_path / "harbour-newer.html"
    jonas = PAGE.index("<p>“We have waited")
    newer.write_text(PAGE[:jonas] + PAGE[PAGE.index("<p>The council") :], encoding="utf-8")
    library.run(Reimport(post_id, newer))
    assert DROPPED not in _texts(library, post_id)
    gold = [g for g in library.corrections() if g["kind"] == store_body.ADD]
    assert len(gold) == 1
    assert gold[0]["fits"] is False
    assert gold[0]["researcher"]["after"].startswith("“We have waited")
    assert CHROME not in _texts(library, post_id)  # the removal still fits


def test_bad_body_corrections_are_refused_by_name(library: Library, post_id: int) -> None:
    with pytest.raises(InvalidCorrection, match="not in its stored original page"):
        library.run(AddPassage(post_id, "A sentence that was never on the page."))
    with pytest.raises(InvalidCorrection, match="already in the body"):
        library.run(AddPassage(post_id, CHROME))
    with pytest.raises(InvalidCorrection, match="no paragraph 40"):
        library.run(RemoveParagraph(post_id, 40))
    with pytest.raises(NotFound):
        library.run(AddPassage(post_id + 99, DROPPED))


def test_the_original_page_loads_nothing_remote_and_keeps_its_text() -> None:
    raw = RawDocument("page.html", SourceFormat.HTML, PAGE.encode(), html=PAGE)
    page = original_page(raw)
    assert "127.0.0.1" not in page.html
    assert "<script" not in page.html
    assert "Liis Kask" in page.text
    assert page.text.index("Jonas Pärn") < page.text.index("Liis Kask")


def test_a_passage_goes_after_the_last_block_before_it_in_the_page() -> None:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t) for t in ("one two", "five six"))
    text = "menu\none two\nthree four\nfive six"
    assert place(text, blocks, "three four") == 1
    assert place(text, blocks, "menu") == 0
    assert place(text, blocks, "not there") is None


def test_the_original_page_shows_stored_images_under_plain_names() -> None:
    photo = Resource("harbour photo.png", "image/png", b"\x89PNG", "harbour_files/photo.png")
    html = '<p>Quay <img src="harbour_files/photo.png" alt="The quay"> and <img src="x.gif"></p>'
    raw = RawDocument(
        "page.html",
        SourceFormat.HTML,
        html.encode(),
        html=html,
        resources={"harbour_files/photo.png": photo},
    )
    page = original_page(raw)
    assert page.images == (("quotemark-resource:i0", "harbour photo.png"),)
    assert 'src="quotemark-resource:i0"' in page.html
    assert "x.gif" not in page.html
