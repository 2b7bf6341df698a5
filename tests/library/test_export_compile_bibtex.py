"""Classic BibTeX prints a post once, with the clip's paragraph in the citation.

Real compiles (pdfLaTeX, bibtex, pdfLaTeX, pdfLaTeX) with the standard
``plain`` style and natbib's ``plainnat``; the PDF text is read back with
pdftotext and the entries counted.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quotemark.library.export import export
from quotemark.library.model import Citation
from tests.library.test_export_compile import (
    _locator_text,
    _two_posts_same_author_year,
    compile_document,
    needs_tex,
)
from tests.library.test_export_samples import clip, metadata, post_with_clips

pytestmark = pytest.mark.compile

PREAMBLES = {
    "plain": "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n",
    "plainnat": "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
    "\\usepackage{url}\n\\usepackage[round]{natbib}\n",
}
# How each style prints the army post's label: "[2" (plain's number) or
# "(Smith, 2024a" (natbib's \citep).
LABEL = {"plain": r"\[([12])", "plainnat": r"\(Smith, (2024[ab]?)"}


def _compile(tmp_path: Path, style: str, citations: list[Citation], body: str) -> tuple[str, str]:
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    if style == "plainnat":
        body = body.replace("\\cite{", "\\citep{")
    text = compile_document(
        tmp_path, "pdflatex", "bibtex", PREAMBLES[style], [], body=body, bst=style
    )
    cites, _, bibliography = _locator_text(text).partition("References")
    return cites, bibliography


@needs_tex
@pytest.mark.parametrize("style", ["plain", "plainnat"])
def test_bibtex_lists_a_post_once_and_cites_its_clips_with_their_paragraph(
    tmp_path: Path, style: str
) -> None:
    body = (
        "First \\cite{smith2024army-p4}. Second \\cite{smith2024army-p12}. "
        "Post \\cite{smith2024army}. Other \\cite{smith2024ferry}. "
        "Range \\cite{smith2024army-p2}.\n"
    )
    cites, bibliography = _compile(tmp_path, style, _two_posts_same_author_year(), body)
    # One entry per post, however many of its clips are cited (before: the
    # army post three times, each clip with its passage, plus the post).
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert bibliography.count("Ferry Service Resumes") == 1, bibliography
    assert "We will not withdraw" not in bibliography
    label = LABEL[style]
    first = re.search(rf"First {label}, ¶ 4[\])]", cites)
    second = re.search(rf"Second {label}, ¶ 12[\])]", cites)
    post = re.search(rf"Post {label}[\])]", cites)
    other = re.search(rf"Other {label}[\])]", cites)
    assert first, cites
    assert second, cites
    assert post, cites
    assert other, cites
    # The clips are cited with their post's own label, the other post with its own.
    assert first.group(1) == second.group(1) == post.group(1) != other.group(1)
    assert re.search(rf"Range {label}, ¶¶ 2–3[\])]", cites), cites
    if style == "plainnat":
        # Letters count posts, not the hidden clip entries: a and b.
        assert {post.group(1), other.group(1)} == {"2024a", "2024b"}
        assert bibliography.count("2024a") == 1
        assert bibliography.count("2024b") == 1


@needs_tex
@pytest.mark.parametrize("style", ["plain", "plainnat"])
def test_a_post_cited_through_one_clip_is_listed_once(tmp_path: Path, style: str) -> None:
    # One clip alone: BibTeX leaves the post out (min-crossrefs), and the
    # clip entry, which prints like its post, stands for it.
    cites, bibliography = _compile(
        tmp_path,
        style,
        _two_posts_same_author_year(),
        "Only \\cite{smith2024army-p12}. Other \\cite{smith2024ferry}.\n",
    )
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert bibliography.count("Ferry Service Resumes") == 1, bibliography
    only = re.search(rf"Only {LABEL[style]}, ¶ 12[\])]", cites)
    other = re.search(rf"Other {LABEL[style]}[\])]", cites)
    assert only, cites
    assert other, cites
    assert only.group(1) != other.group(1)


@needs_tex
def test_natbib_gives_no_letter_to_a_post_alone_in_its_year(tmp_path: Path) -> None:
    # The post and two of its clips are three entries with one label in the
    # .bbl (BibTeX letters them a, b, c); printed, the post is "2024".
    army = metadata("The Army Retakes the Bridge", authors=("Zoë Smith",))
    citations = post_with_clips(
        "smith2024army",
        army,
        clip("smith2024army-p4", paragraph=4, clip_id=1),
        clip("smith2024army-p12", "The bridge is ours.", paragraph=12, clip_id=2),
    )
    cites, bibliography = _compile(
        tmp_path,
        "plainnat",
        citations,
        "A \\cite{smith2024army-p4}. B \\cite{smith2024army-p12}. C \\cite{smith2024army}.\n",
    )
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert "2024a" not in cites + bibliography
    assert re.search(r"A \(Smith, 2024, ¶ 4\)", cites), cites
    assert re.search(r"B \(Smith, 2024, ¶ 12\)", cites), cites
    assert re.search(r"C \(Smith, 2024\)", cites), cites
    # The clip's passage is still in the .bib for tools that read it.
    bib = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert "The bridge is ours." in bib


@needs_tex
@pytest.mark.skipif(shutil.which("latexmk") is None, reason="latexmk not installed")
def test_latexmk_reruns_until_the_letters_are_right(tmp_path: Path) -> None:
    # latexmk reruns while LaTeX says labels may have changed; the end
    # result is the same as latex, bibtex, latex, latex.
    (tmp_path / "refs.bib").write_text(
        export("bibtex", _two_posts_same_author_year()), encoding="utf-8"
    )
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\n"
        + PREAMBLES["plainnat"]
        + "\\begin{document}\nFirst \\citep{smith2024army-p4}. Second \\citep{smith2024army-p12}."
        " Other \\citep{smith2024ferry}.\n\\bibliographystyle{plainnat}\n"
        "\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "doc"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "doc.pdf", "-"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cites, _, bibliography = _locator_text(text).partition("References")
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert "First (Smith, 2024a, ¶ 4). Second (Smith, 2024a, ¶ 12). Other (Smith, 2024b)." in cites


@needs_tex
@pytest.mark.parametrize("style", ["plain", "plainnat"])
def test_with_hyperref_every_clip_citation_links_to_its_post(tmp_path: Path, style: str) -> None:
    citations = _two_posts_same_author_year()
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    cite = "\\citep" if style == "plainnat" else "\\cite"
    body = (
        f"First {cite}{{smith2024army-p4}}. Second {cite}{{smith2024army-p12}}. "
        f"Post {cite}{{smith2024army}}. Other {cite}{{smith2024ferry}}.\n"
    )
    preamble = PREAMBLES[style] + "\\usepackage{hyperref}\n"
    text = compile_document(tmp_path, "pdflatex", "bibtex", preamble, [], body=body, bst=style)
    bibliography = _locator_text(text).partition("References")[2]
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    log = (tmp_path / "doc.log").read_text(errors="replace")
    # Each key's link target exists (the clips' at their post's entry), once.
    assert "has been referenced but does not exist" not in log
    assert "same identifier" not in log


@needs_tex
@pytest.mark.parametrize(
    ("style", "label"),
    [("unsrt", r"\[1"), ("alpha", r"\[Smi24b"), ("apalike", r"\[Smith, 2024b"), ("abbrv", r"\[2")],
)
def test_other_standard_styles_list_a_post_once(tmp_path: Path, style: str, label: str) -> None:
    # unsrt lists in citing order, so a clip (cited first) stands for its
    # post; alpha and apalike label entries themselves ("Smi24b").
    citations = _two_posts_same_author_year()
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    body = (
        "First \\cite{smith2024army-p4}. Second \\cite{smith2024army-p12}. "
        "Post \\cite{smith2024army}. Other \\cite{smith2024ferry}.\n"
    )
    text = compile_document(
        tmp_path, "pdflatex", "bibtex", PREAMBLES["plain"], [], body=body, bst=style
    )
    cites, _, bibliography = _locator_text(text).partition("References")
    assert bibliography.count("Army Retakes the Bridge") == 1, bibliography
    assert bibliography.count("Ferry Service Resumes") == 1, bibliography
    assert re.search(rf"First {label}, ¶ 4\]", cites), cites
    assert re.search(rf"Second {label}, ¶ 12\]", cites), cites
    assert re.search(rf"Post {label}\]", cites), cites
