"""Stop 47's cuts (branch s47-speed), each giving what the code gave before.

- :data:`.names.WIDE_CAPITALS` spells its capitals as the letters
  themselves, not ``\\uXXXX`` escapes: the regex compiler reads a letter a
  step and an escape a call, and the wide person run holds the class five
  times (its first-need compile ~24 % fewer instructions). The class must
  match the same characters as the escaped spelling, kept here.
- ``unruled._unruled`` keeps its answer for the last text: the two readings
  of a text that is not English ask it of the same one.
- ``cleaning.clean_page`` measures each hidden element's text once: a drop
  changes no later hidden element's text (they are in page order).
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.analyze import names, unruled
from quotemark.library.extract.cleaning import clean_page
from quotemark.library.extract.landmarks import survey

_ESCAPED = re.sub("[^-]", lambda m: f"\\u{ord(m.group()):04x}", names.WIDE_CAPITALS)
"""The class as spelled up to stop 46: every letter a ``\\uXXXX`` escape."""


def _wide_capital(code: int) -> bool:
    # What the class was made to hold: the capitals of Latin-1 and Latin
    # Extended-A past A-Z, of Greek, and Cyrillic's first 48 letters.
    upper = chr(code).isupper()
    return (
        (0xC0 <= code <= 0x17F and upper)
        or (0x386 <= code <= 0x3AB and upper)
        or 0x400 <= code <= 0x42F
    )


def test_the_wide_capitals_are_the_same_class_spelled_as_letters() -> None:
    assert "\\" not in names.WIDE_CAPITALS
    new = re.compile(f"[{names.WIDE_CAPITALS}]")
    old = re.compile(f"[{_ESCAPED}]")
    assert _ESCAPED.startswith("\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100\\u0102")
    for code in range(0x10000):
        ch = chr(code)
        assert (new.fullmatch(ch) is not None) == _wide_capital(code), hex(code)
        assert (old.fullmatch(ch) is not None) == _wide_capital(code), hex(code)


def test_the_wide_person_runs_are_the_same_matches() -> None:
    text = (
        "Émile Durand met Łukasz Nowak and Dr. Žofie Černá at the pier; Νίκος Παππάς and "
        "Игорь Петров said Örs Kovács, al-Hassan Ögüt and ÅSA Lind were late. Ádám Ó Briain."
    )
    particles = names.particles_before_capital(text)
    assert particles == ("al",)
    assert names.wide_capitals(text)
    spelled = names.person_run_firsts(particles, True) + names.WORD_OPENS
    spelled += names.person_run_after_first(particles, True)
    reference = re.compile(spelled.replace(names.WIDE_CAPITALS, _ESCAPED))
    assert reference.pattern != spelled
    got = [(m.span(), m.groups()) for m in names.person_runs(text)]
    want = [(m.span(), m.groups()) for m in reference.finditer(text)]
    assert got
    assert got == want


_ENGLISH = "The harbour board met on Monday. " * 6
_GERMAN = "Der Hafen ist nicht mehr das, was er war, und die Fischer sagen es auch. " * 6
_ROMANIAN = "Potrivit lui Dobrescu, lucrările ar putea dura cel puțin un an la port. " * 6


def test_the_unruled_answer_kept_for_the_last_text_is_that_texts() -> None:
    texts = [_ENGLISH, _GERMAN, _GERMAN, _ROMANIAN, _ENGLISH, _ENGLISH, _ROMANIAN, ""]
    for text in texts:
        assert unruled._unruled(text) == unruled._reads_unruled(text)
    assert not unruled._unruled(_ENGLISH)
    assert unruled._unruled(_GERMAN)
    assert unruled._unruled(_ROMANIAN)


def _cleaned(body: str) -> str:
    root = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
    clean_page(root, survey(root))
    return " ".join("".join(root.itertext()).split())


def test_hidden_parts_are_judged_by_the_text_they_held() -> None:
    story = "The pier opened on Monday after two years of repairs. " * 8
    # A hidden menu before a hidden wrapper holding most of the page, with a
    # hidden note inside it: the menu and the note go, the wrapper stays.
    page = (
        "<ul hidden><li>Home</li><li>News</li></ul>"
        f"<div hidden><p>{story}</p><span hidden>Share this</span></div>"
        "<p>Menu</p>"
    )
    assert _cleaned(page) == f"{story.strip()} Menu"
    # The same hidden parts one after another, none of them most of the page.
    page = f"<p>{story}</p><div hidden>Sign in</div><div hidden>Subscribe</div> Tail."
    assert _cleaned(page) == f"{story.strip()} Tail."
