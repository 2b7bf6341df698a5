"""Lines, blank-line groups and hard wraps of a plain-text post.

Paragraphs are separated by blank lines. Inside a paragraph, single line
breaks are judged: text hard-wrapped at a fixed width is joined back into one
paragraph; lines that are items of their own stay apart.
"""

from __future__ import annotations

import re
import statistics

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b]")
SPACES = re.compile(r"\s+")
BULLET = re.compile(r"^\s*[-*\u2022\u00b7\u2023\u25e6\u25aa]\s+(?=\S)")
NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
QUOTED = re.compile(r"^\s*((?:>\s?)+)")
ATX = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*#*\s*$")
RULE = re.compile(r"^\s*(?:[-*_=~]\s*){3,}$")
SETEXT = re.compile(r"^\s*(?:=+|-+)\s*$")
_TERMINAL = ".!?:;\u2026"
CLOSING_QUOTES = "\"'\u201d\u2019\u00bb"


OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e"


def split_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\t", "    ")
    return [_CONTROL.sub("", line).rstrip() for line in text.split("\n")]


def paragraph_groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def wrap_width(groups: list[list[str]]) -> int:
    """The width the text was hard-wrapped at, or 0 when its lines are whole
    paragraphs (the common case for text copied from a web page)."""
    inner = [len(line.strip()) for group in groups for line in group[:-1]]
    if len(inner) < 3:
        return 0
    median = statistics.median(inner)
    short = [length for length in inner if length <= 100]
    if not 35 <= median <= 100 or len(short) < 0.8 * len(inner):
        return 0
    return max(short)


def joins(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` ends."""
    if BULLET.match(line) or NUMBERED.match(line) or QUOTED.match(line):
        return False
    head = previous.rstrip()
    following = line.strip()
    ends = head[-1:] if head else ""
    if ends not in _TERMINAL and ends not in CLOSING_QUOTES and following[:1].islower():
        return True
    if not width or len(head) < 30 or len(head) > width + 2:
        return False
    if (ends in _TERMINAL or ends in CLOSING_QUOTES) and _standalone(following):
        # An attribution or a heading under a finished sentence.
        return False
    first_word = following.split(" ", 1)[0]
    return len(head) + 1 + len(first_word) > width - 3


def _standalone(line: str) -> bool:
    """A short line without a sentence's end: an attribution, a name, a
    heading."""
    return len(line) <= 60 and line[-1:] not in ".!?\u2026" + CLOSING_QUOTES
