"""Citations for the export tests, and an independent LaTeX reader.

The reader (pylatexenc, which bibtexparser v2 itself depends on) turns a
field value back into the text a PDF would show; the export tests compare
that with the metadata they started from. The few text commands Quotemark
writes that pylatexenc does not know are taught to it here, and the tests
in this module check the reader itself, so a round-trip test can only pass
when the export really prints the original text.
"""

from __future__ import annotations

import unicodedata

import pytest
from pylatexenc.latex2text import (  # type: ignore[import-untyped]
    LatexNodes2Text,
    MacroTextSpec,
    get_default_latex_context_db,
)

from quotemark.library.model import Citation, Clip, Metadata, Position, Span

_EXTRA_MACROS = {
    "textbraceleft": "{",
    "textbraceright": "}",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textasciicircum": "^",
    "textasciitilde": "~",
    "textbackslash": "\\",
    "textquotedblleft": "\u201c",
    "textquotedblright": "\u201d",
    "textquoteleft": "\u2018",
    "textquoteright": "\u2019",
    "textendash": "\u2013",
    "textemdash": "\u2014",
    "textellipsis": "\u2026",
    "textexclamdown": "\u00a1",
    "textquestiondown": "\u00bf",
    "textcopyright": "\u00a9",
    "textregistered": "\u00ae",
    "textdagger": "\u2020",
    "textdaggerdbl": "\u2021",
    "textbullet": "\u2022",
    "textdegree": "\u00b0",
    "texteuro": "\u20ac",
    "quotedblbase": "\u201e",
    "quotesinglbase": "\u201a",
    "guillemotleft": "\u00ab",
    "guillemotright": "\u00bb",
    "pounds": "\u00a3",
    "P": "\u00b6",
    "textpilcrow": "\u00b6",
    "nopunct": "",
    "S": "\u00a7",
    "dj": "\u0111",
    "DJ": "\u0110",
    "dh": "\u00f0",
    "DH": "\u00d0",
    "th": "\u00fe",
    "TH": "\u00de",
    "ng": "\u014b",
    "NG": "\u014a",
}


def _decoder() -> LatexNodes2Text:
    db = get_default_latex_context_db()
    db.add_context_category(
        "quotemark-test",
        prepend=True,
        macros=[MacroTextSpec(name, text) for name, text in _EXTRA_MACROS.items()],
    )
    return LatexNodes2Text(latex_context=db, math_mode="verbatim")


DECODER = _decoder()


def visible(latex: str) -> str:
    """What a LaTeX field value prints as: NFC text, whitespace collapsed."""
    text = DECODER.latex_to_text(latex).replace("\u00a0", " ")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def plain(text: str) -> str:
    """The text an export should print for ``text``: NFC, whitespace
    collapsed, control characters gone (as :func:`quotemark.library.export.latex.clean`
    promises)."""
    kept = "".join(c for c in text if unicodedata.category(c) not in {"Cc", "Cs"} or c.isspace())
    bidi = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    kept = "".join(c for c in kept if ord(c) not in bidi)
    kept = kept.replace("\ufeff", "").replace("\ufffe", "").replace("\uffff", "")
    return unicodedata.normalize("NFC", " ".join(kept.split()))


def bibtex_braces_balanced(value: str) -> bool:
    """Whether BibTeX (which ignores backslashes when counting) sees the
    braces of ``value`` balanced."""
    depth = 0
    for char in value:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


HOSTILE_TITLES = (
    r"Leaked memo says \input{/etc/passwd} is fine",
    r"Army denies \write18{rm -rf /} claims",
    "Unbalanced }{ braces } and { more",
    r"100% of #hashtags_with_underscores ~ and ^^5c tricks \def\x{y} $math$ & co",
    "\u201cWe will not leave\u201d: NATO, the US and Syria's SDF",
    "Ọlábísí Adébáyọ̀ on Yorùbá elections \U0001f5f3\ufe0f and \U0001f600",
    "\u0645\u062d\u0645\u062f \u0627\u0644\u0623\u062d\u0645\u062f: \u062a\u0642\u0631\u064a\u0631",
)
HOSTILE_AUTHORS = (
    "Zoë Smith",
    "Ọlábísí Adébáyọ̀",
    "\u0645\u062d\u0645\u062f \u0627\u0644\u0623\u062d\u0645\u062f",
    "Associated Press",
    "Smith and Wesson",
    "Ludwig van Beethoven",
)
HOSTILE_URL = "https://example.org/news/2024/01/report_final%20v2.html?id=7_a%2Fb#sec_2"


def metadata(title: str = "The Syrian Army Retakes the Town", **changes: object) -> Metadata:
    """Post metadata with sensible defaults; keyword arguments override."""
    values: dict[str, object] = {
        "title": title,
        "authors": ("Zoë Smith",),
        "published": "2024-01-02T10:30:00+03:00",
        "site": "Deir ez-Zor Monitor",
        "url": "https://example.org/2024/01/02/retake",
        "language": "en",
        "description": None,
    }
    values.update(changes)
    return Metadata(**values)  # type: ignore[arg-type]


def clip(
    key: str,
    text: str = "We will not withdraw from the town.",
    *,
    paragraph: int = 4,
    speaker: str | None = "Col. Ahmad Hamdan",
    role: str | None = "army spokesman",
    note: str = "",
    tags: tuple[str, ...] = (),
    clip_id: int = 1,
    post_id: int = 1,
    through: int | None = None,
) -> Clip:
    """A clip with the given key and passage, in block ``paragraph`` (the
    samples have no headings, so block and paragraph numbers agree) or
    across blocks up to ``through``."""
    last = through if through is not None else paragraph
    span = Span(Position(paragraph, 0), Position(last, len(text.split("\n")[-1])), text)
    return Clip(
        clip_id, post_id, key, span, speaker, role, 0, paragraph, note, tags, "2024-02-03T09:00:00Z"
    )


def post_with_clips(
    post_key: str, meta: Metadata, *clips: Clip, accessed: str = "2024-02-03"
) -> list[Citation]:
    """A post's citation followed by its clips' citations, as the service
    hands them to exporters."""
    return [
        Citation(post_key, meta, accessed),
        *(Citation(post_key, meta, accessed, c) for c in clips),
    ]


def army_and_ferry(said: str, through: int) -> list[Citation]:
    """Two posts: Smith's army post with a one-paragraph clip saying ``said``
    and a clip of paragraphs 7 to ``through``; Doe's ferry post with one
    clip of paragraph 1."""
    army = post_with_clips(
        "smith2024",
        metadata(),
        clip("smith2024-p4", said, clip_id=1),
        clip("smith2024-p7", "We cross.\nWe stay.", paragraph=7, through=through, clip_id=2),
    )
    ferry = metadata("Ferry Resumes", authors=("Jane Doe",), published="2023-05-01")
    return army + post_with_clips("doe2023", ferry, clip("doe2023-p1", paragraph=1, post_id=2))


def hostile_library() -> list[Citation]:
    """Posts with hostile titles, names, site, URL and clips."""
    citations: list[Citation] = []
    for number, title in enumerate(HOSTILE_TITLES, start=1):
        meta = metadata(
            title,
            authors=HOSTILE_AUTHORS[: 1 + number % len(HOSTILE_AUTHORS)],
            site="Bits & Pieces_{Daily} #1 100%",
            url=HOSTILE_URL,
            description=f"About {title}",
        )
        hostile_clip = clip(
            f"post{number}-p{number}",
            text=f"{title} \u2014 said twice: {title}",
            paragraph=number,
            speaker="Ọlábísí Adébáyọ̀" if number % 2 else "\u0645\u062d\u0645\u062f",
            role=r"spokes\person {of} the 50% ~ group",
            note=r"Check \input{notes} later & compare",
            tags=("war_crimes", "100%", "a,b"),
            clip_id=number,
            post_id=number,
        )
        citations += post_with_clips(f"post{number}", meta, hostile_clip)
    return citations


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"{\textbraceleft}x{\textbraceright}", "{x}"),
        (r"{\textbackslash}input", "\\input"),
        (r"{\%}{\#}{\_}{\&}{\$}", "%#_&$"),
        (r"{\textasciitilde}{\textasciicircum}{\textless}{\textgreater}{\textbar}", "~^<>|"),
        (r"Ad{\'{e}}b{\'{a}}y{\`{\d{o}}}", "Adébáyọ̀"),
        (r"{\"{e}} {\ss} {\o} {\'{\i}}", "ë ß ø í"),
        (r"{The Syrian Army} -{}- x", "The Syrian Army -- x"),
    ],
)
def test_reader_decodes_what_exports_write(latex: str, text: str) -> None:
    assert visible(latex) == unicodedata.normalize("NFC", text)


def test_reader_does_not_hide_a_live_command() -> None:
    # The oracle must not make an unescaped command look like text.
    assert visible(r"\textbf{x}") == "x"
    assert visible(r"\input{/etc/passwd}") != r"\input{/etc/passwd}"


def test_brace_counter_follows_bibtex_not_latex() -> None:
    assert bibtex_braces_balanced(r"{\textbraceleft}")
    assert not bibtex_braces_balanced(r"\{")
    assert not bibtex_braces_balanced("}{")
