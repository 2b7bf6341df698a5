"""Reading a page takes shortcuts (control characters counted in UTF-8
bytes, only tags that can name the page's address taken apart); these pin
that the answers are the ones the plain reading gives."""

from __future__ import annotations

from quotemark.library.importers.decode import control_ratio
from quotemark.library.importers.html_file import page_url


def test_control_characters_are_counted_in_every_range_and_script() -> None:
    # C0 controls but not tab/newline/CR/form feed; DEL; C1 (U+0080-U+009F)
    # but not the no-break space or "é" that share its first UTF-8 byte.
    text = "a\x01\t\n\x0c\x1f\x7f\x85\u009f\u00a0é😀\ud800"
    assert control_ratio(text) == 5 / len(text)
    assert control_ratio("plain text") == 0.0
    assert control_ratio("") == 0.0


def test_a_canonical_link_written_with_character_references_still_counts() -> None:
    head = (
        "<html><head><link rel='stylesheet' href='/s.css'>"
        "<link rel='&#99;anonical' href='https://example.org/post'></head><body></body></html>"
    )
    assert page_url(head) == "https://example.org/post"


def test_og_url_in_capitals_is_found_among_other_meta_tags() -> None:
    head = (
        "<html><head><meta name='viewport' content='width=device-width'>"
        "<META PROPERTY='OG:URL' CONTENT='https://example.org/a'></head></html>"
    )
    assert page_url(head) == "https://example.org/a"
