"""Stop 49 (branch s49-walk): a class token judged with the stems grouped by
their first letter and tried only after a separator, the same judgement as
the case-blind sources it is built from."""

from __future__ import annotations

import re

import pytest

from quotemark.library.extract import hints
from quotemark.library.extract.hints import is_chrome_name, is_content_name

_SOURCES = {
    "chrome": hints._CHROME_SOURCE,
    "wrapper": hints._WRAPPER_SOURCE,
    "content": hints._CONTENT_SOURCE,
}
_LED = {"chrome": hints._CHROME, "wrapper": hints._WRAPPER, "content": hints._CONTENT}

# Team-written class tokens: stems at the start, after "-" and "_", inside a
# word (no match), cut short, with endings the stems test ("ads" / "adsx",
# "comment" / "commentx"), and plain utility names.
_TOKENS = (
    "share",
    "sharebar",
    "post-share",
    "post_share",
    "postshare",
    "related-posts",
    "jp-relatedposts",
    "site-footer",
    "sidebar-left",
    "has-sidebar",
    "no-sidebar",
    "hidden-md",
    "hidden",
    "comments-open",
    "comment",
    "commentx",
    "comments",
    "ads",
    "ad-slot",
    "adsx",
    "shadow",
    "entry-content",
    "entrycontent",
    "e-content",
    "h-entry",
    "article-body",
    "story",
    "clearfix",
    "col-md-6",
    "css-1x2y3z",
    "wrapper",
    "page",
    "main-wrap",
    "-",
    "_",
    "",
)


def _stems(source: str) -> list[str]:
    tail = ")$" if source.endswith(")$") else ")"
    return hints._alternatives(source[len(hints._LEAD) : -len(tail)])


def _written(kind: str) -> list[str]:
    # Each stem as a word (its optional letters kept), alone and beside others.
    words = [re.sub(r"[^a-z-]", "", stem) for stem in _stems(_SOURCES[kind])]
    return [
        form
        for word in words
        for form in (word, "x" + word, "x-" + word, "x_" + word, word + "-x", word[:-1])
    ]


@pytest.mark.parametrize("kind", ["chrome", "wrapper", "content"])
def test_the_led_pattern_matches_where_its_source_does(kind: str) -> None:
    source = re.compile(_SOURCES[kind])
    led = _LED[kind]
    tokens = [*_TOKENS, *_written(kind)]
    assert len(tokens) > 60
    for token in tokens:
        assert (led.search("-" + token) is None) == (source.search(token) is None), token


def test_the_stems_are_grouped_by_their_first_letter() -> None:
    # One alternative for each first letter (and the stems that begin
    # otherwise): far fewer than the stems, each tried one by one before.
    stems = _stems(hints._CHROME_SOURCE)
    grouped = hints._alternatives(hints._CHROME.pattern[len("[_-](?:") : -1])
    assert len(stems) > 100
    assert len(grouped) < 30
    assert hints._CHROME.pattern.startswith("[_-](?:")


def test_alternatives_do_not_split_inside_groups_or_classes() -> None:
    assert hints._alternatives(r"a|b(?:c|d)|[|x]|e\|f") == ["a", "b(?:c|d)", "[|x]", r"e\|f"]


def test_tokens_are_judged_as_before() -> None:
    # Capitals split as camel case only where lower case changes the token;
    # the page builder's prefix taken off only where the token begins so.
    assert is_chrome_name("shareBar")
    assert is_chrome_name("myRelatedPosts")
    assert not is_chrome_name("myrelatedposts")
    assert is_chrome_name("elementor-widget-nav-menu")
    assert not is_chrome_name("elementor-widget-text-editor")
    assert is_chrome_name("x-widget")
    assert is_content_name("post_body")
    assert not is_content_name("postbody-share")
    assert not is_chrome_name("has-sidebar")
    assert is_chrome_name("sidebar")
    assert not is_chrome_name("shadow")
    assert is_chrome_name("top-ads")
    assert not is_chrome_name("top-adsx")
