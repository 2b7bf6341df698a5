"""A file name that falls in a given half (``evaluation/split.py``), for the
tests that prove a tune listing never shows a check article."""

from __future__ import annotations

from evaluation.split import half


def named_in(wanted: str) -> str:
    """The first ``article-N.txt`` whose half is ``wanted``."""
    n = 0
    while half(f"article-{n}.txt") != wanted:
        n += 1
    return f"article-{n}.txt"
