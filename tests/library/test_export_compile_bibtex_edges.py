"""BibTeX clip citations in the cases a researcher meets after the first one.

Real compiles (pdfLaTeX, bibtex, pdfLaTeX, pdfLaTeX) with the standard
``.bst`` files; the PDF text is read back with pdftotext.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from quotemark.library.export import export
from tests.library.test_export_compile import (
    _locator_text,
    _two_posts_same_author_year,
    compile_document,
    needs_tex,
    run,
)
from tests.library.test_export_samples import metadata, post_with_clips

pytestmark = pytest.mark.compile

BASE = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
ARMY_P4 = "smith2024army-p4"
ARMY_P12 = "smith2024army-p12"


def _compile(tmp_path: Path, style: str, preamble: str, body: str) -> tuple[str, str]:
    citations = _two_posts_same_author_year()
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    text = compile_document(
        tmp_path, "pdflatex", "bibtex", BASE + preamble, [], body=body, bst=style
    )
    cites, _, bibliography = _locator_text(text).partition("References")
    blg = (tmp_path / "doc.blg").read_text(errors="replace")
    assert "error message" not in blg, blg
    return cites, bibliography


@needs_tex
def test_natbib_cites_two_clips_of_a_post_as_one_citation_with_both_paragraphs(
    tmp_path: Path,
) -> None:
    # Before: natbib merged the two as two years of one author,
    # "(Smith, 2024a, ¶ 4, a, ¶ 12)".
    body = (
        f"Both \\citep{{{ARMY_P4},{ARMY_P12}}}. "
        f"Told \\citet{{{ARMY_P4},{ARMY_P12}}}. "
        f"Mixed \\citep{{{ARMY_P4},smith2024ferry}}. "
        f"Again \\citep{{{ARMY_P12}}}.\n"
    )
    cites, bibliography = _compile(tmp_path, "plainnat", "\\usepackage[round]{natbib}\n", body)
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert "Both (Smith, 2024a, ¶ 4, ¶ 12)." in cites, cites
    assert "Told Smith (2024a, ¶ 4, ¶ 12)." in cites, cites
    # Two posts of one year still print natbib's way: the second only its letter.
    assert "Mixed (Smith, 2024a, ¶ 4,b)." in cites, cites
    # A later citation of one clip is whole again.
    assert "Again (Smith, 2024a, ¶ 12)." in cites, cites


@needs_tex
@pytest.mark.parametrize("options", ["numbers", "numbers,sort&compress"])
def test_natbib_numbers_keeps_the_paragraph(tmp_path: Path, options: str) -> None:
    body = (
        f"First \\citep{{{ARMY_P4}}}. Second \\citep{{{ARMY_P12}}}. "
        "Post \\citep{smith2024army}. Other \\citep{smith2024ferry}.\n"
    )
    cites, bibliography = _compile(
        tmp_path, "plainnat", f"\\usepackage[{options}]{{natbib}}\n", body
    )
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    first = re.search(r"First \[(\d), ¶ 4\]", cites)
    second = re.search(r"Second \[(\d), ¶ 12\]", cites)
    post = re.search(r"Post \[(\d)\]", cites)
    other = re.search(r"Other \[(\d)\]", cites)
    assert first, cites
    assert second, cites
    assert post, cites
    assert other, cites
    assert first.group(1) == second.group(1) == post.group(1) != other.group(1)


@needs_tex
def test_plain_cites_two_clips_of_a_post_with_a_semicolon_between_them(tmp_path: Path) -> None:
    # Before: "[2, ¶ 4, 2, ¶ 12]", read as four things.
    body = (
        f"Both \\cite{{{ARMY_P4},{ARMY_P12}}}. "
        f"Then \\cite{{{ARMY_P4},smith2024ferry}}. "
        f"Reversed \\cite{{smith2024ferry,{ARMY_P4}}}.\n"
    )
    cites, bibliography = _compile(tmp_path, "plain", "", body)
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert "Both [2, ¶ 4; 2, ¶ 12]." in cites, cites
    assert "Then [2, ¶ 4; 1]." in cites, cites
    assert "Reversed [1, 2, ¶ 4]." in cites, cites


@needs_tex
@pytest.mark.parametrize(
    ("style", "preamble", "cite", "expected"),
    [
        ("plain", "", "\\cite", "[2, p. 3]"),
        ("plainnat", "\\usepackage[round]{natbib}\n", "\\citep", "(Smith, 2024a, p. 3)"),
        ("plainnat", "\\usepackage[numbers]{natbib}\n", "\\citep", "[1, p. 3]"),
    ],
)
def test_an_explicit_postnote_replaces_the_clips_paragraph(
    tmp_path: Path, style: str, preamble: str, cite: str, expected: str
) -> None:
    # As biblatex does: the author's own locator wins (before: "[2, ¶ 4, p. 3]").
    body = (
        f"Noted {cite}[p.~3]{{{ARMY_P4}}}. Plain {cite}{{{ARMY_P4}}}. "
        f"Other {cite}{{smith2024ferry}}.\n"
    )
    cites, _ = _compile(tmp_path, style, preamble, body)
    assert f"Noted {expected}." in cites, cites
    assert "Plain " + expected.replace("p. 3", "¶ 4") + "." in cites, cites


@needs_tex
def test_a_natbib_prenote_alone_keeps_the_clips_paragraph(tmp_path: Path) -> None:
    body = f"See \\citep[see][]{{{ARMY_P4}}}. Other \\citep{{smith2024ferry}}.\n"
    cites, _ = _compile(tmp_path, "plainnat", "\\usepackage[round]{natbib}\n", body)
    assert "See (see Smith, 2024a, ¶ 4)." in cites, cites


# babel's French makes ":", ";", "!" and "?" active (a thin space before
# them). texlive-lang-french is not among the TeX packages CI installs, so
# the same shorthands are declared with babel's own commands (babel and its
# English are in texlive-latex-base).
FRENCH_LIKE = "\\usepackage[english]{babel}\n" + "".join(
    f"\\useshorthands*{{{c}}}\\defineshorthand{{{c}}}{{\\,\\string{c}}}\n" for c in ":;!?"
)


@needs_tex
@pytest.mark.parametrize(
    ("style", "preamble", "cite", "both", "noted"),
    [
        ("plain", "", "\\cite", "[2, ¶ 4 ; 2, ¶ 12]", "[2, p. 3]"),
        (
            "plainnat",
            "\\usepackage[round]{natbib}\n",
            "\\citep",
            "(Smith, 2024a, ¶ 4, ¶ 12)",
            "(Smith, 2024a, p. 3)",
        ),
    ],
)
def test_clip_citations_work_with_babel_shorthands_like_french(
    tmp_path: Path, style: str, preamble: str, cite: str, both: str, noted: str
) -> None:
    body = (
        f"Both {cite}{{{ARMY_P4},{ARMY_P12}}}. Noted {cite}[p.~3]{{{ARMY_P4}}}. "
        f"Other {cite}{{smith2024ferry}}.\n"
    )
    cites, bibliography = _compile(tmp_path, style, preamble + FRENCH_LIKE, body)
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert bibliography.count("Ferry Service Resumes") == 1, bibliography
    # pdftotext may or may not show the thin space before ";".
    squeezed = cites.replace(" ;", ";")
    assert f"Both {both.replace(' ;', ';')}." in squeezed, cites
    assert f"Noted {noted}." in cites, cites


@needs_tex
def test_a_run_stopped_by_an_error_in_the_bibliography_leaves_a_usable_aux(
    tmp_path: Path,
) -> None:
    # A post titled in Arabic, listed after the clipped one, stops pdfLaTeX
    # in the bibliography. Once the researcher fixes the document, the next
    # runs must not stop at the first clip citation on what the stopped run
    # wrote to the .aux.
    title = "مرحبا بالعالم"
    citations = _two_posts_same_author_year() + post_with_clips(
        "doe2023", metadata(title, authors=("Jane Zimmer",), published="2023-05-01")
    )
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    document = (
        "\\documentclass{article}\n" + BASE + "FIX\\begin{document}\n"
        f"First \\cite{{{ARMY_P4},{ARMY_P12}}}. Other \\cite{{doe2023}}.\n"
        "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n"
    )
    latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
    doc = tmp_path / "doc.tex"
    doc.write_text(document.replace("FIX", ""), encoding="utf-8")
    assert run(latex, tmp_path).returncode == 0
    assert run(["bibtex", "doc"], tmp_path).returncode == 0
    assert run(latex, tmp_path).returncode != 0  # the Arabic title
    fix = "".join(
        f"\\DeclareUnicodeCharacter{{{ord(c):04X}}}{{?}}\n"
        for c in sorted(set(title))
        if ord(c) > 127
    )
    doc.write_text(document.replace("FIX", fix), encoding="utf-8")
    for _ in range(2):
        again = run(latex, tmp_path)
        assert again.returncode == 0, (tmp_path / "doc.log").read_text(errors="replace")[-2000:]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "doc.pdf", "-"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"First \[\d, ¶ 4; \d, ¶ 12\]", _locator_text(text)), text
