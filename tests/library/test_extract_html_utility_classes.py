"""A utility class with an arbitrary value names a style, not the element
(``hints.py``: ``_token_kind``; found by the extra tune set of stop 32).

Tailwind writes values into class names: a heading that must clear a
sticky breadcrumb bar when scrolled to is ``scroll-mt-[var(--…-breadcrumb-
height)]``, a wrapper hiding its sidebars ``[&_.sidebar]:hidden``. The
words inside the brackets named the element chrome, and the section's
heading was dropped from the article. A token is read up to its bracket.
The page is written by the team.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import body, html_doc

_PARAGRAPHS = (
    "The harbour board keeps two ledgers, one for the ferry and one for the moorings, "
    "and closes both at the end of every month.",
    "The ferry ledger records each crossing with its passengers and freight, and the "
    "ticket office checks it against the takings before it is closed.",
    "The moorings ledger lists each berth with its holder, its length and the fee paid, "
    "and it is read aloud at the annual meeting.",
)


def _page() -> str:
    first, second, third = _PARAGRAPHS
    return (
        "<html><head><title>Two ledgers</title></head><body><article>"
        f"<p>{first}</p>"
        '<h2 class="scroll-mt-[calc(var(--site-header-height)+var(--page-breadcrumb-height))]'
        ' font-serif">Ledger of crossings</h2>'
        f"<p>{second}</p>"
        '<h3 class="md:scroll-mt-[var(--page-breadcrumb-height)]">Ledger of berths</h3>'
        f'<div class="[&_.sidebar]:hidden"><p>{third}</p></div>'
        '<div class="breadcrumb scroll-mt-[var(--page-breadcrumb-height)]">'
        '<a href="/">Home</a> / <a href="/board">Board</a> / Ledgers</div>'
        "</article></body></html>"
    )


def test_headings_named_by_a_breadcrumb_variable_stay() -> None:
    text = body(extract_html(html_doc(_page(), url="https://harbour.example/ledgers")))
    assert "Ledger of crossings" in text
    assert "Ledger of berths" in text
    for paragraph in _PARAGRAPHS:
        assert paragraph in text


def test_a_breadcrumb_with_a_utility_class_still_goes() -> None:
    # Guard: a token outside brackets still names the element.
    text = body(extract_html(html_doc(_page(), url="https://harbour.example/ledgers")))
    assert "Home" not in text
