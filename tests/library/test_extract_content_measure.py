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
