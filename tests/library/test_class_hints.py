"""Class and id names judged as chrome or content whatever their case."""

from __future__ import annotations

from quotemark.library.extract.hints import is_chrome_class, is_chrome_name, is_content_name


def test_names_in_capitals_and_camel_case_are_read_like_lower_case() -> None:
    assert is_chrome_name("SIDEBAR")
    assert is_chrome_name("ShareButtons")
    assert is_content_name("PostBody")
    assert is_content_name("ARTICLE-TEXT")
    assert not is_chrome_name("Has-Sidebar")  # a wrapper saying it holds a sidebar
    assert is_chrome_class("Related-Posts", None)
    assert not is_chrome_class("Related-Posts", "Entry-Content")


def test_names_with_letters_beyond_ascii_are_matched_case_blind() -> None:
    # Case-blind matching folds the long s to "s" (lower-casing does not):
    # these tokens take the case-blind patterns, not the lower-cased fast path.
    assert is_chrome_name("\u017fhare-bar")
    assert is_chrome_name("\u017focial-links")
    assert is_content_name("Artículo-Post")
    assert not is_chrome_name("publicité")
