"""HTML extraction on bad input: empty pages, hostile nesting, bytes that
are not text, huge pages and arbitrary tag soup. Nothing may crash; the
answer is an article of well-formed blocks or a :class:`NoArticle` naming
the file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotemark.library.errors import NoArticle
from quotemark.library.extract.html import extract_html
from quotemark.library.model import LINE_BREAK, BlockKind
from tests.library.test_extract_html import body, html_doc


@pytest.mark.parametrize("html", ["", "   \n\t", "<!-- only a comment -->", "<html></html>"])
def test_empty_pages_raise_no_article(html: str) -> None:
    with pytest.raises(NoArticle, match=r"empty\.html"):
        extract_html(html_doc(html, path="empty.html"))


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    depth = 50_000
    html = (
        "<div>" * depth
        + "<p>Deep in the nesting there is still a sentence or two.</p>"
        + ("</div>" * depth)
    )
    html = "<html><body><p>The visible article text comes first, before the nesting.</p>" + html
    article = extract_html(html_doc(html + "</body></html>"))
    assert "The visible article text comes first" in body(article)


def test_nul_bytes_and_lone_surrogates_do_not_stop_the_parser() -> None:
    html = "<html><body><p>Before the bad bytes \x00 and \ud800 the text goes on to the end.</p>"
    html += "<p>A second paragraph after them is still found by the extractor.</p></body></html>"
    text = body(extract_html(html_doc(html)))
    assert "the text goes on to the end" in text
    assert "A second paragraph after them" in text


def test_xml_declaration_with_an_encoding_is_accepted() -> None:
    html = (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        "<html><body><p>An XHTML page saved with its declaration, still readable.</p></body></html>"
    )
    assert "still readable" in body(extract_html(html_doc(html)))


def test_binary_garbage_gives_clean_text_never_a_crash() -> None:
    # Refusing binary files is the importer's job; extraction must still
    # survive them and never pass control characters on to the reader.
    garbage = bytes(range(256)).decode("latin-1") * 200
    article = extract_html(html_doc(garbage, path="garbage.bin"))
    for block in article.blocks:
        assert "\n" not in block.text
        assert not any(ord(char) < 32 and char != LINE_BREAK for char in block.text)


def test_large_page_is_extracted() -> None:
    sentence = "The tide came in and went out again, as it does every day. " * 6
    paragraphs = "".join(f"<p>Day {day}. {sentence}</p>" for day in range(5_000))
    html = "<html><body><article>" + paragraphs + "</article></body></html>"
    assert len(html) > 1_500_000
    article = extract_html(html_doc(html))
    assert len(article.blocks) == 5_000
    assert article.blocks[-1].text.startswith("Day 4999.")


_TAGS = [
    "p",
    "div",
    "span",
    "a",
    "b",
    "br",
    "ul",
    "li",
    "blockquote",
    "h2",
    "table",
    "tr",
    "td",
    "figure",
    "figcaption",
    "img",
    "pre",
    "script",
    "nav",
    "article",
    "q",
    "sup",
]


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        choice = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if choice == 0:
            parts.append(draw(st.text(max_size=80)).replace("<", "&lt;"))
        elif choice == 1:
            href = draw(st.sampled_from(["https://x.example/a", "javascript:x()", "#top", "/rel"]))
            names = draw(st.sampled_from(["", "share", "post-body", "caption"]))
            parts.append(f'<{tag} href="{href}" class="{names}">')
        else:
            parts.append(f"</{tag}>")
    return "<html><body>" + "".join(parts) + "</body></html>"


@given(html_soup())
def test_any_tag_soup_gives_well_formed_blocks_or_no_article(html: str) -> None:
    try:
        article = extract_html(html_doc(html))
    except NoArticle:
        return
    for block in article.blocks:
        assert "\n" not in block.text
        assert block.text == block.text.strip(" " + LINE_BREAK) or block.kind is BlockKind.CODE
        for link in block.links:
            assert 0 <= link.start < link.end <= len(block.text)
            assert link.url.startswith(("http://", "https://", "mailto:", "ftp://"))
        assert block.level >= 0


@pytest.mark.parametrize("noncharacter", ["\ufffe", "\uffff"])
def test_a_noncharacter_after_a_dropped_element_is_no_crash(noncharacter: str) -> None:
    # lxml stores no U+FFFE or U+FFFF: dropping the footer moved the text
    # after it onto the element before, and setting it raised ValueError
    # (found by test_fuzz's damaged MHTML archives).
    html = (
        "<html><body>"
        "<p>The harbour board voted to open the pier in May after a long repair.</p>"
        "<p>Residents gathered at the gate to watch the first boats come in.</p>"
        f"<footer></footer>{noncharacter} after the footer</body></html>"
    )
    text = body(extract_html(html_doc(html)))
    assert "Residents gathered at the gate" in text
    assert noncharacter not in text
