"""Text put into Qt's rich text is escaped exactly as html.escape does it."""

from __future__ import annotations

import html

import pytest

from quotemark.app.rich_text import escape


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain words",
        "Tom & Jerry <b>bold</b>",
        "\"quoted\" and 'single' & &amp; already",
        'https://example.org/a?b=1&c=<2>#"x"',
        "Ünïcödé — “curly” ‘marks’ stay",
        "&&<<>>''\"\"",
    ],
)
def test_escape_gives_what_html_escape_gives(text: str) -> None:
    assert escape(text) == html.escape(text)
    assert escape(text, quote=True) == html.escape(text, quote=True)
    assert escape(text, quote=False) == html.escape(text, quote=False)
