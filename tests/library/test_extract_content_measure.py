"""The measuring pass of body choice (library.extract.content.measure):
what it decides about one element must not depend on its shortcuts (a
class/id pair's verdict remembered, blank text between tags skipped)."""

from __future__ import annotations

from quotemark.library.extract.content import measure
from quotemark.library.extract.html import parse_page


def test_a_remembered_class_verdict_still_lets_a_role_make_chrome() -> None:
    root = parse_page(
        "<body><div class='box'><p>First paragraph of the story, long enough.</p></div>"
        "<div class='box' role='navigation'><p>Home, News, Sport, Weather</p></div>"
        "<div class='share-tools' id='x'><p>Share this</p></div></body>",
        "page",
    )
    body = root.find("body")
    assert body is not None
    _stats, order = measure(body)
    chrome = [st.element.get("role") or st.element.get("class") for st in order if st.chrome]
    assert chrome == ["navigation", "share-tools"]


def test_blank_text_between_tags_is_not_counted_but_a_no_break_space_word_is() -> None:
    root = parse_page(
        "<body><div>\n   <p>\n\tWords\u00a0here </p>\n \u2028 <p> x </p></div></body>", "page"
    )
    body = root.find("body")
    assert body is not None
    _stats, order = measure(body)
    owned = [(st.element.tag, st.own) for st in order]
    assert owned == [("body", 0), ("div", 0), ("p", len("Words\u00a0here")), ("p", 1)]


def test_a_block_asked_late_is_judged_as_it_would_have_been_at_once() -> None:
    # (Stop 27: a block's names are read when first asked, not by the walk.)
    # A sidebar's paragraph is inside chrome; a paragraph after the sidebar
    # is not, and an empty sidebar adds nothing to its parent's prose.
    root = parse_page(
        "<body><div id='main'><aside><p>In the sidebar, a long enough paragraph here.</p>"
        "</aside><div class='related-posts'><div class='item'><p>A related story's summary,"
        " long enough to be prose.</p></div></div><div class='comments'></div>"
        "<p>The story itself, a paragraph of plain text long enough.</p></div></body>",
        "page",
    )
    body = root.find("body")
    assert body is not None
    _stats, order = measure(body)
    paragraphs = [st for st in order if st.element.tag == "p"]
    assert [st.in_chrome for st in paragraphs] == [True, True, False]
    related = next(st for st in order if st.element.get("class") == "related-posts")
    assert related.chrome
    assert not related.in_chrome
    main = next(st for st in order if st.element.get("id") == "main")
    # Only the story's own paragraph counts as the wrapper's prose.
    assert main.prose == len("The story itself, a paragraph of plain text long enough.")


def test_a_block_nested_deeper_than_pythons_stack_is_still_placed_in_chrome() -> None:
    depth = 1_400  # past Python's recursion limit, within the parser's
    root = parse_page(
        "<body><div class='sidebar'>" + "<div>" * depth + "<p>Deep inside a sidebar, a long"
        " paragraph of words.</p>" + "</div>" * depth + "</div></body>",
        "page",
    )
    body = root.find("body")
    assert body is not None
    _stats, order = measure(body)
    deepest = next(st for st in order if st.element.tag == "p")
    assert deepest.in_chrome
    assert not deepest.chrome
