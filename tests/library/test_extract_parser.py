"""The one configured HTML parser: no text is lost to libxml2's limits
(nesting depth, size of one text node), and what still fails is an error
naming the file, never a quiet loss."""

from __future__ import annotations

import pytest

from quotemark.library.extract.bbcode import bbcode_elements
from quotemark.library.extract.html import extract_html
from quotemark.library.extract.parser import flatten
from tests.library.test_extract_html import body, html_doc

_PROSE = "A sentence of the article that a reader came here to read, and then some more."


def _nested(depth: int, inner: str) -> str:
    return (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + inner
        + "</div>" * depth
        + "</body></html>"
    )


@pytest.mark.parametrize("depth", [300, 2_000, 3_000, 20_000])
def test_text_nested_deeper_than_libxml2s_default_limit_is_kept(depth: int) -> None:
    html = _nested(depth, f"<p>{_PROSE}</p><p>The deepest words are still here: DEEPEND.</p>")
    blocks = [block.text for block in extract_html(html_doc(html, path="deep.html")).blocks]
    assert "The deepest words are still here: DEEPEND." in blocks
    assert _PROSE in blocks  # deep paragraphs stay paragraphs, not one run of text


def test_a_text_node_over_ten_megabytes_is_kept() -> None:
    huge = "word " * 2_200_000  # 11 MB in one paragraph
    html = f"<html><body><article><p>{_PROSE}</p><p>{huge}END</p></article></body></html>"
    assert body(extract_html(html_doc(html, path="big.html"))).rstrip().endswith("END")


def test_flatten_keeps_all_text_and_bounds_the_depth() -> None:
    html = "<div>" * 50 + "<p>inner<br>text</p>" + "</div>" * 50 + "<p>after</p>"
    flat = flatten(html, limit=10)
    assert flat.count("<div>") == 10
    assert flat.count("</div>") == 10
    assert "<p>inner<br>text</p>" in flat
    assert flat.endswith("<p>after</p>")


def test_bbcode_goes_through_the_same_parser() -> None:
    elements = bbcode_elements("[b]bold[/b] " + "[quote]" * 400 + "deep" + "[/quote]" * 400)
    text = "".join("".join(element.itertext()) for element in elements)
    assert "bold" in text
    assert "deep" in text
