"""The exact cut of stop 38's speed round (branch s38-speed): the mojibake
repair's patterns are each compiled when a repair first uses one, not all
nine the first time any text needs repairing. Each is the pattern it was;
the repairs stay the same. Every sentence here is written by the team."""

from __future__ import annotations

import re

from quotemark.library.importers import mojibake
from quotemark.library.importers.mojibake import _C, _LOWER, _REFERENCE, _SEQUENCE, repair


def _old_patterns() -> dict[str, re.Pattern[str]]:
    # The patterns as the old constructor compiled them, all at once.
    return {
        "sequences": re.compile(f"{_SEQUENCE}+"),
        "composed": re.compile(
            f"(?:[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}})+"
        ),
        "pair": re.compile(f"[\u00c2-\u00f4]{_C}"),
        "one": re.compile(_SEQUENCE),
        "damaged": re.compile(f"(?<=[{_LOWER}])\u00c3 ([\u0301\u0304\u0308\u0327])?"),
        "lost_third": re.compile(f"\u00e2\u20ac(?!{_C})"),
        "code": re.compile(r"<(pre|code|kbd|samp|tt|xmp)\b[^>]*>.*?</\1\s*>", re.I | re.S),
        "entity_runs": re.compile(f"(?:{_REFERENCE}|{_C}|[\u00c2-\u00f4])+"),
        "reference": re.compile(_REFERENCE),
    }


def test_each_pattern_is_the_one_compiled_before() -> None:
    patterns = mojibake._Patterns()
    for name, old in _old_patterns().items():
        new = getattr(patterns, name)
        assert (new.pattern, new.flags) == (old.pattern, old.flags), name
        assert getattr(patterns, name) is new  # compiled once


def test_a_pattern_is_compiled_only_when_a_repair_uses_it() -> None:
    patterns = mojibake._Patterns()
    assert "one" not in vars(patterns)
    assert patterns.one.fullmatch("\u00c3\u00a9")
    assert "one" in vars(patterns)
    assert "damaged" not in vars(patterns)


def test_the_repairs_read_as_before() -> None:
    # A café's name garbled, an "à" whose no-break space became a space, a
    # curly apostrophe garbled, and the same written as references.
    assert repair("Ada Lind ran the pier caf\u00c3\u00a9.").text == "Ada Lind ran the pier café."
    assert repair("Tom Hale said voil\u00c3  the pier.").text == "Tom Hale said voilà the pier."
    assert repair("Ada Lind\u00e2\u20ac\u2122s pier").text == "Ada Lind\u2019s pier"
    written = repair("<p>caf&Atilde;&copy; on the pier</p>", html=True, references=True)
    assert written.text == "<p>café on the pier</p>"
