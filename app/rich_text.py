"""Plain text made safe inside the rich text Qt's labels, tooltips and
documents show, and kept on one line where it must be.

:func:`escape` gives what :func:`html.escape` gives; importing :mod:`html`
for it loaded the HTML entity tables too (``html.entities``, for
``unescape``, which the window never calls): ~3 ms of the window's start
(stop 20).
"""

from __future__ import annotations

from quotemark.library.scripts import unspaced_script

_QUOTES = (('"', "&quot;"), ("'", "&#x27;"))


def escape(text: str, quote: bool = True) -> str:
    """``text`` with ``&``, ``<`` and ``>`` (and, with ``quote``, both
    quotation marks) written as character references."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        for mark, reference in _QUOTES:
            text = text.replace(mark, reference)
    return text


def unbroken(text: str) -> str:
    """``text`` that a label wraps only around, never inside: its spaces
    made non-breaking and, where it holds a script without spaces, a WORD
    JOINER (U+2060, invisible) between its characters. Without it a
    speaker chip "トム・ヘイル" broke as "トム・ヘイ" / "ル". Plain text in,
    plain text out (escape it after)."""
    if any(unspaced_script(char) for char in text):
        text = "\u2060".join(text)
    return text.replace(" ", "\u00a0")
