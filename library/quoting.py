"""Words quoted in a sentence the app says: a post's title in a status
message, an undo step's name, an export's quoted clip.

Kept apart from the operations and the export formats, which load late,
so the window can quote a title in its first messages without loading them.
"""

from __future__ import annotations


def short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def inner_quotes(text: str, outer: str = "\u201c\u201d", inner: str = "\u2018\u2019") -> str:
    """``text``'s quotation marks of the ``outer`` kind (and straight double
    quotes, paired in order) as ``inner`` ones, for quoting ``text``."""
    text = text.replace(outer[0], inner[0]).replace(outer[1], inner[1])
    if outer[0] == "\u201c":
        text = text.replace("\u201e", "\u201a")  # German „…“ -> ‚…‘
    pieces = text.split('"')
    out = [pieces[0]]
    for index, piece in enumerate(pieces[1:]):
        out.append(inner[0] if index % 2 == 0 else inner[1])
        out.append(piece)
    return "".join(out)


def _right_to_left(char: str) -> bool:
    # Hebrew, Arabic, Syriac, Thaana, NKo... and their presentation forms.
    return (
        "\u0590" <= char <= "\u08ff" or "\ufb1d" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefc"
    )


def isolated(text: str) -> str:
    """``text`` set apart in its own direction (between U+2068 FIRST STRONG
    ISOLATE and U+2069 POP DIRECTIONAL ISOLATE) when it holds Hebrew or
    Arabic letters; else as it is. A right-to-left title in an English
    message otherwise takes the punctuation and number after it into its
    run: "Opened “<title>”: 3 quotes" showed as "Opened “3 :”<title>
    quotes". Left-to-right text gains nothing from the marks, so it is kept
    byte for byte (what is copied or compared stays the same)."""
    if not any(_right_to_left(char) for char in text):
        return text
    return f"\u2068{text}\u2069"


def unisolated(text: str) -> str:
    """``text`` without the marks :func:`isolated` adds: what is copied from
    a line that set its names apart only to draw them in order."""
    return text.replace("\u2068", "").replace("\u2069", "")


def titled(title: str | None, limit: int | None = None) -> str:
    """A post's title as a message quotes it: “…”, on one line, its own
    quotation marks made single ones (a title that begins with a straight
    quote read “"We will…” with the marks unpaired), cut to ``limit``
    characters inside the marks, a right-to-left one :func:`isolated`;
    "(untitled)" for none."""
    text = " ".join((title or "").split())
    if not text:
        return "(untitled)"
    if limit is not None:
        text = short(text, limit)
    return f"\u201c{isolated(inner_quotes(text))}\u201d"
