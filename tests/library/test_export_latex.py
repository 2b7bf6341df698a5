"""LaTeX-safe text: nothing from a page survives as a command, braces stay
balanced for BibTeX, letters convert for classic BibTeX, titles keep their
capitals under a case-changing style, URLs stay readable."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pybtex.richtext import Text

from quotemark.library.export import latex
from tests.library.test_export_samples import (
    HOSTILE_TITLES,
    bibtex_braces_balanced,
    plain,
    visible,
)

# The only commands an escaped value may contain: Quotemark's own text
# commands and accents.
_ALLOWED_COMMAND = re.compile(
    r"\\(?:text[a-z]+|guillemot(?:left|right)|quote(?:dbl|single)base|pounds|[PS]|ss|ae|AE|oe|OE|o|O|aa|AA|l|L|i|j"
    r"|dj|DJ|dh|DH|th|TH|ng|NG|[#$%&_]|[`'^~=.\"]|[uvHrdckb])"
)
_ANY_COMMAND = re.compile(r"\\(?:[A-Za-z]+|.)")

web_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("\\{}%#_~^$&<>|-`',"),
    max_size=80,
)


def commands(value: str) -> list[str]:
    """Every control sequence TeX would read in ``value``."""
    return _ANY_COMMAND.findall(value)


@pytest.mark.parametrize("text", HOSTILE_TITLES)
@pytest.mark.parametrize("ascii_only", [False, True])
def test_hostile_text_prints_as_itself(text: str, ascii_only: bool) -> None:
    value = latex.escape(text, ascii_only=ascii_only)
    assert visible(value) == plain(text)
    assert bibtex_braces_balanced(value)
    assert all(_ALLOWED_COMMAND.fullmatch(c) for c in commands(value))
    for live in (r"\input", r"\write", r"\def", "^^"):
        assert live not in value


@given(web_text, st.booleans())
def test_any_text_round_trips_with_only_safe_commands(text: str, ascii_only: bool) -> None:
    value = latex.escape(text, ascii_only=ascii_only)
    assert bibtex_braces_balanced(value)
    assert "\n" not in value
    assert "%" not in value.replace(r"\%", "")  # a bare % would comment out the rest
    for command in commands(value):
        assert _ALLOWED_COMMAND.fullmatch(command), command
    assert visible(value) == plain(text)


@given(web_text, st.booleans())
def test_any_title_round_trips(text: str, ascii_only: bool) -> None:
    value = latex.title(text, ascii_only=ascii_only)
    assert bibtex_braces_balanced(value)
    assert visible(value) == plain(text)


def test_classic_bibtex_gets_latex_letters_and_biblatex_keeps_utf8() -> None:
    expected = r"Zo{\"{e}} Ad{\'{e}}b{\'{a}}y{\`{\d{o}}}"
    assert latex.escape("Zoë Adébáyọ̀", ascii_only=True) == expected
    assert latex.escape("Zoë Adébáyọ̀") == "Zoë Adébáyọ̀"
    dotless_i = "\u0131"
    assert latex.escape(f"naïve {dotless_i} í", ascii_only=True) == r"na{\"{\i}}ve {\i} {\'{\i}}"
    # No LaTeX form: kept as UTF-8 for a Unicode engine.
    assert latex.escape("محمد 😀", ascii_only=True) == "محمد 😀"


def test_ascii_output_is_ascii_for_latin_text() -> None:
    text = "Œuvres complètes — São Paulo, Łódź, Ærø, Straße «quoted» “curly” …"
    value = latex.escape(text, ascii_only=True)
    assert value.isascii()
    assert visible(value) == unicodedata.normalize("NFC", text)


def test_tex_ligatures_are_broken() -> None:
    value = latex.escape("rm --force ``x'' ,,y !`")
    assert "--" not in value
    assert "``" not in value
    assert "''" not in value
    assert ",," not in value
    assert visible(value) == "rm --force ``x'' ,,y !`"


@pytest.mark.parametrize(
    ("title", "protected"),
    [
        ("The Syrian Army says NATO lied", ["The Syrian Army", "NATO"]),
        ("talks in al-Bukamal and iPhone sales", ["iPhone"]),
        ("Élysée responds", ["{\\'{E}}lys{\\'{e}}e"]),
    ],
)
def test_capitalised_words_are_protected(title: str, protected: list[str]) -> None:
    value = latex.title(title, ascii_only=True)
    for words in protected:
        assert "{" + words + "}" in value


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=60))
def test_protected_capitals_survive_a_style_that_lowercases(text: str) -> None:
    # pybtex's rich text applies BibTeX's case rules (protected groups and
    # special characters), as plain.bst's "change.case$" does.
    value = latex.title(text, ascii_only=False)
    lowered = Text.from_latex(value).lower().render_as("text")
    upper_in = [c for c in plain(text) if c.isupper()]
    upper_out = [c for c in unicodedata.normalize("NFC", lowered) if c.isupper()]
    assert upper_out == upper_in


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        (
            "https://example.org/a_b%20c?q=1_2#frag~x",
            "https://example.org/a_b%20c?q=1_2#frag~x",
        ),
        ('https://example.org/a b/{x}\\y"z', "https://example.org/a%20b/%7Bx%7D%5Cy%22z"),
        ("https://ar.example.org/تقرير", "https://ar.example.org/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("/relative/path", None),
        ("", None),
        (None, None),
    ],
)
def test_urls_stay_verbatim_but_safe(raw: str | None, safe: str | None) -> None:
    assert latex.url(raw) == safe


@given(st.text(max_size=60))
def test_any_url_is_safe_inside_braces_and_url_macro(path: str) -> None:
    value = latex.url("https://example.org/" + path)
    assert value is not None
    assert value.isascii()
    assert not set(value) & set('{}\\ "<>\n')
