"""Character formats for quotes, clips and source mentions.

Each speaker gets a hue; the light theme uses a pale tint of it behind dark
text and the dark theme a deep shade behind light text, so both keep a
contrast ratio above 7:1 (checked in the tests). A speaker's hue is chosen
from their name (stable across posts); when two speakers of one post would
share a hue, or hues too near to tell apart, the second takes the next free
one far enough from the others (:data:`APART`).

A partial quote spans the reported clause its marked words stand in; the
clause gets only a dotted underline in the speaker's colour and the words
inside the marks the speaker's background, so the highlight never claims
the writer's paraphrase as the speaker's words.

A quote's format carries its index in :data:`QUOTE_PROPERTY` (nested quotes
are applied after their parent, so a character carries its innermost quote),
and a mention's carries the source index in :data:`SOURCE_PROPERTY`.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat

from quotemark.app.reader.theme import DARK, LIGHT, Theme
from quotemark.app.rich_text import escape
from quotemark.library.model import Quote, QuoteKind, Speaker

QUOTE_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
"""Char-format property: the index of the (innermost) quote at a character."""
NESTED_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
"""Char-format property: True inside a nested quotation."""
PARTIAL_PROPERTY = int(QTextFormat.Property.UserProperty) + 4
"""Char-format property: True in a partial quote's clause; True with
:data:`VERBATIM_PROPERTY` on the words inside its quotation marks."""
VERBATIM_PROPERTY = int(QTextFormat.Property.UserProperty) + 5
"""Char-format property: True on the marked (verbatim) words of a partial quote."""
SOURCE_PROPERTY = int(QTextFormat.Property.UserProperty) + 3
"""Char-format property: the index of the source a mention cites."""

SOURCE_SCHEME = "quotemark-source"
"""Links to the Sources view: ``quotemark-source:<percent-encoded name>``."""
RESOURCE_SCHEME = "quotemark-resource"
"""Images of the post: ``quotemark-resource:<percent-encoded name>``."""

# Hues (degrees) spread so neighbours differ; 10 speakers before a repeat.
HUES = (212, 28, 140, 330, 48, 265, 180, 0, 95, 300)
NO_SPEAKER = -1


def _hsl(hue: int, saturation: float, lightness: float) -> QColor:
    return QColor.fromHslF(hue / 360, saturation, lightness)


def _readable_tone(
    hue: int,
    saturation: float,
    lightness: float,
    *,
    dark: bool,
    minimum: float,
    ink: bool = False,
) -> QColor:
    """The HSL tone nearest ``lightness`` that keeps a contrast of at least
    ``minimum`` with the theme's text (a background) or, for ``ink``, with
    the theme's background (yellows and greens are bright at the same HSL
    lightness, so they move further)."""
    theme = DARK if dark else LIGHT
    against = theme.background if ink else theme.text
    colour = _hsl(hue, saturation, lightness)
    step = -0.01 if dark != ink else 0.01
    while contrast_ratio(against, colour) < minimum and 0.02 < lightness < 0.98:
        lightness += step
        colour = _hsl(hue, saturation, lightness)
    return colour


def quote_background(slot: int, *, dark: bool, nested: bool = False) -> QColor:
    """The background of a quote by the speaker in ``slot`` (or
    :data:`NO_SPEAKER`); nested quotes take a stronger tone."""
    return QColor(_quote_background(slot, dark, nested))


@lru_cache(maxsize=64)
def _quote_background(slot: int, dark: bool, nested: bool) -> str:
    return _tone(slot, dark=dark, nested=nested).name()


def _tone(slot: int, *, dark: bool, nested: bool) -> QColor:
    if slot == NO_SPEAKER:
        if dark:
            return QColor("#3a3b40") if not nested else QColor("#44454c")
        return QColor("#e9e6df") if not nested else QColor("#d9d4ca")
    hue = HUES[slot % len(HUES)]
    if dark:
        if nested:
            return _readable_tone(hue, 0.42, 0.35, dark=True, minimum=7.0)
        return _readable_tone(hue, 0.42, 0.27, dark=True, minimum=9.0)
    if nested:
        return _readable_tone(hue, 0.85, 0.80, dark=False, minimum=7.0)
    return _readable_tone(hue, 0.85, 0.89, dark=False, minimum=9.0)


def speaker_swatch(slot: int, *, dark: bool) -> QColor:
    """A solid colour naming the speaker in legends, margin labels and
    nested underlines, readable as text on the reader's background."""
    return QColor(_speaker_swatch(slot, dark))


@lru_cache(maxsize=32)
def _speaker_swatch(slot: int, dark: bool) -> str:
    if slot == NO_SPEAKER:
        return "#8a857c"
    hue = HUES[slot % len(HUES)]
    return _readable_tone(
        hue, 0.65, 0.62 if dark else 0.42, dark=dark, minimum=4.5, ink=True
    ).name()


def speaker_key(speaker: Speaker | None) -> str | None:
    """What identifies a speaker for colouring: the label, case-folded."""
    if speaker is None or not speaker.label:
        return None
    return speaker.label.casefold()


def speaker_slots(quotes: Sequence[Quote]) -> dict[str | None, int]:
    """A palette slot for each speaker of a post (key from :func:`speaker_key`)."""
    slots: dict[str | None, int] = {None: NO_SPEAKER}
    used: set[int] = set()
    for quote in quotes:
        key = speaker_key(quote.speaker)
        if key in slots or key is None:
            continue
        slot = _free_slot(zlib.crc32(key.encode("utf-8")) % len(HUES), used)
        used.add(slot)
        slots[key] = slot
    return slots


APART = 50
"""Degrees of hue two speakers of one post stay apart while the palette
allows: 95 and 140 (a yellow green and a green) read as one colour in the
margin's names, as 28 and 48 (orange and amber) do."""


def _hue_gap(a: int, b: int) -> int:
    gap = abs(HUES[a] - HUES[b]) % 360
    return min(gap, 360 - gap)


def _free_slot(slot: int, used: set[int]) -> int:
    """``slot`` (the name's own) unless a speaker of the post has it or a
    hue near it: then the next slot, in palette order, at least
    :data:`APART` degrees from every used one; failing that, the next free
    one; with the palette full, the name's own."""
    if len(used) >= len(HUES):
        return slot
    order = [(slot + step) % len(HUES) for step in range(len(HUES))]
    for candidate in order:
        if candidate not in used and all(_hue_gap(candidate, u) >= APART for u in used):
            return candidate
    return next(c for c in order if c not in used)


def quote_tooltip(quote: Quote) -> str:
    """Who said it: name, role and how sure the analysis is."""
    speaker = quote.speaker
    if speaker is None or not speaker.label:
        return "Quotation — speaker unknown"
    lines = [speaker.name or speaker.role or ""]
    if speaker.name and speaker.role:
        lines.append(speaker.role)
    lines.append(f"confidence {round(speaker.confidence * 100)}%")
    return "\n".join(lines)


def quote_card(quote: Quote, colour: QColor, parent: Quote | None = None) -> str:
    """The hover card over a quotation (rich text): a chip in the speaker's
    colour, the name in bold, the role, and how sure the analysis is."""
    speaker = quote.speaker
    chip = f'<span style="color:{colour.name()}">&#9632;</span>&nbsp;'
    if speaker is None or not speaker.label:
        lines = [f"{chip}<b>Speaker unknown</b>"]
    else:
        lines = [f"{chip}<b>{escape(speaker.name or speaker.role or '')}</b>"]
        if speaker.name and speaker.role:
            lines.append(escape(speaker.role))
        lines.append(f"<small>confidence {round(speaker.confidence * 100)}%</small>")
    if quote.kind is QuoteKind.PARTIAL:
        lines.append(
            "<small><i>partial quotation: only the words in quotation marks are theirs</i></small>"
        )
    if parent is not None:
        by = (
            parent.speaker.label
            if parent.speaker and parent.speaker.label
            else "an unknown speaker"
        )
        lines.append(f"<small>quoted inside a quotation by {escape(by)}</small>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def quote_format(
    index: int, quote: Quote, slot: int, theme: Theme, *, nested: bool, card: str = ""
) -> QTextCharFormat:
    """The format merged over a quotation's text."""
    fmt = QTextCharFormat()
    fmt.setBackground(quote_background(slot, dark=theme.dark, nested=nested))
    fmt.setProperty(QUOTE_PROPERTY, index)
    fmt.setProperty(NESTED_PROPERTY, nested)
    fmt.setToolTip(card or quote_tooltip(quote))
    if nested:
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(speaker_swatch(slot, dark=theme.dark))
    return fmt


def partial_clause_format(
    index: int, quote: Quote, slot: int, theme: Theme, *, card: str = ""
) -> QTextCharFormat:
    """The format merged over a partial quote's whole reported clause: a
    faint dotted underline in the speaker's colour (the clause is the
    writer's words; only the marked words get the speaker's background, see
    :func:`partial_words_format`). It carries the quote index, so hovering,
    J/K and clipping treat the clause as the quote."""
    fmt = QTextCharFormat()
    fmt.setProperty(QUOTE_PROPERTY, index)
    fmt.setProperty(NESTED_PROPERTY, False)
    fmt.setProperty(PARTIAL_PROPERTY, True)
    fmt.setToolTip(card or quote_tooltip(quote))
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(speaker_swatch(slot, dark=theme.dark))
    return fmt


def partial_words_format(slot: int, theme: Theme) -> QTextCharFormat:
    """The format merged over the words inside a partial quote's marks: the
    speaker's background, as a full quotation has."""
    fmt = QTextCharFormat()
    fmt.setBackground(quote_background(slot, dark=theme.dark))
    fmt.setProperty(VERBATIM_PROPERTY, True)
    return fmt


def link_format(url: str, theme: Theme) -> QTextCharFormat:
    """A web link (opened in the system browser)."""
    fmt = QTextCharFormat()
    fmt.setAnchor(True)
    fmt.setAnchorHref(url)
    fmt.setForeground(theme.link)
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(theme.link)
    fmt.setToolTip(url)
    return fmt


def source_format(index: int, href: str, name: str, theme: Theme) -> QTextCharFormat:
    """A mention of a cited source: a link to the Sources view."""
    fmt = QTextCharFormat()
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setForeground(theme.source)
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(theme.source)
    fmt.setProperty(SOURCE_PROPERTY, index)
    fmt.setToolTip(f"Cited source: {name} — click to list where it is cited")
    return fmt


def clip_format(theme: Theme) -> QTextCharFormat:
    """The mark over clipped passages (an extra selection, not in the
    document, so re-marking is cheap)."""
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(theme.clip)
    return fmt


def doubt_format(theme: Theme) -> QTextCharFormat:
    """The mark under a quotation whose speaker is uncertain (an extra
    selection): a wavy underline, unlike a clip's dots, in a colour kept
    readable on each theme's background."""
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(theme.doubt)
    fmt.setToolTip("Uncertain speaker: review it (Review tab)")
    return fmt


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
