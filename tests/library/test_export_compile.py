"""Exports compile: biblatex with biber and classic BibTeX with ``plain``.

Documents cite every entry, TeX runs with shell escape ON (so a surviving
``\\write18`` would really run) next to a ``canary.tex`` that a surviving
``\\input{canary}`` would really read, and the PDF text must show the
hostile strings as text and the URL intact.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest

from quotemark.library.export import export
from quotemark.library.model import Analysis, Citation
from quotemark.library.service import Library
from tests.library.test_export_samples import (
    HOSTILE_URL,
    clip,
    hostile_library,
    metadata,
    post_with_clips,
)
from tests.library.test_store_pages import processed, write_post

pytestmark = pytest.mark.compile

_TOOLS = ("pdflatex", "lualatex", "bibtex", "biber", "pdftotext", "kpsewhich")
_PACKAGES = ("biblatex.sty", "etoolbox.sty", "url.sty", "plain.bst")


def _missing() -> list[str]:
    missing = [tool for tool in _TOOLS if shutil.which(tool) is None]
    if "kpsewhich" not in missing:
        for name in _PACKAGES:
            found = subprocess.run(
                ["kpsewhich", name], capture_output=True, text=True, check=False
            ).stdout.strip()
            if not found:
                missing.append(name)
    return missing


_MISSING = _missing()
needs_tex = pytest.mark.skipif(
    bool(_MISSING),
    reason=f"not installed: {', '.join(_MISSING)} (Debian: texlive-latex-base "
    "texlive-latex-recommended texlive-bibtex-extra biber poppler-utils)",
)

CANARY = r"\typeout{CANARY-READ}\immediate\write18{touch canary-ran}"
PRINTED = (
    r"\input{canary}",
    r"\write18{touch pwned}",
    r"\def\x{y}",
    "^^5c",
    "}{",
    "100%",
    "#hashtags_with_underscores",
    "$math$",
    "Bits & Pieces_{Daily} #1 100%",
)


def latin_library() -> list[Citation]:
    """Hostile citations in scripts pdfLaTeX can set (Latin, with Yoruba
    diacritics), including commands aimed at this test's canary."""
    citations: list[Citation] = []
    titles = [
        r"Leaked memo: \input{canary} and \write18{touch pwned}",
        r"100% of #hashtags_with_underscores ~ and ^^5c tricks \def\x{y} $math$ & co",
        "Unbalanced }{ braces } and { more: NATO, the US and Syria's SDF",
        "Ọlábísí Adébáyọ̀ on Yorùbá elections — “quoted” «guillemets» Łódź Straße",
    ]
    authors = ("Zoë Smith", "Ọlábísí Adébáyọ̀", "Associated Press", "Ludwig van Beethoven")
    for number, title in enumerate(titles, start=1):
        meta = metadata(
            title,
            authors=authors[:number],
            site="Bits & Pieces_{Daily} #1 100%",
            url=HOSTILE_URL,
        )
        passage = clip(
            f"latin{number}-p{number}",
            text=rf"He said \input{{canary}} {title}",
            paragraph=number,
            speaker="Ọlábísí Adébáyọ̀",
            role="spokes_person {of} 50% ~ group",
            note=r"\write18{touch pwned}",
            tags=("war_crimes", "100%"),
        )
        citations += post_with_clips(f"latin{number}", meta, passage)
    return citations


def run(command: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=folder,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=240,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def compile_document(
    folder: Path,
    engine: str,
    backend: str,
    preamble: str,
    keys: list[str],
    *,
    body: str | None = None,
    bst: str = "plain",
) -> str:
    """Run engine / backend / engine / engine; return the PDF's text. The
    document cites ``keys`` in one \\cite, or holds ``body``."""
    (folder / "canary.tex").write_text(CANARY + "\n", encoding="utf-8")
    text = body if body is not None else f"\\cite{{{','.join(keys)}}}\n"
    if backend == "biber":
        bib = (
            preamble
            + "\\addbibresource{refs.bib}\n\\begin{document}\n"
            + text
            + "\\printbibliography\n\\end{document}\n"
        )
    else:
        bib = (
            preamble
            + "\\begin{document}\n"
            + text
            + f"\\bibliographystyle{{{bst}}}\n\\bibliography{{refs}}\n\\end{{document}}\n"
        )
    (folder / "doc.tex").write_text("\\documentclass{article}\n" + bib, encoding="utf-8")
    latex = [engine, "-interaction=nonstopmode", "-halt-on-error", "-shell-escape", "doc.tex"]
    first = run(latex, folder)
    assert first.returncode == 0, (folder / "doc.log").read_text(errors="replace")[-3000:]
    # biber also checks every entry against biblatex's data model.
    tool = run(
        [backend, "--validate-datamodel", "doc"] if backend == "biber" else [backend, "doc"], folder
    )
    log_name = "doc.blg"
    assert tool.returncode == 0, tool.stdout + (folder / log_name).read_text(errors="replace")
    for _ in range(2):
        again = run(latex, folder)
        assert again.returncode == 0, (folder / "doc.log").read_text(errors="replace")[-3000:]
    log = (folder / "doc.log").read_text(errors="replace")
    blg = (folder / log_name).read_text(errors="replace")
    assert "CANARY-READ" not in log
    assert "canary.tex" not in log
    assert not (folder / "canary-ran").exists()
    assert not (folder / "pwned").exists()
    assert not [line for line in log.splitlines() if line.startswith("!")]
    assert "undefined references" not in log, "a citation did not resolve"
    assert not re.search(r"Citation `[^']*' .*undefined", log), "a citation did not resolve"
    if backend == "biber":
        assert " ERROR " not in blg, blg
        assert "WARN" not in blg, blg
    else:
        assert "Warning--" not in blg, blg
        assert "error message" not in blg, blg
    pdf_text = run(["pdftotext", "-enc", "UTF-8", "doc.pdf", "-"], folder)
    assert pdf_text.returncode == 0
    return pdf_text.stdout


def squeeze(text: str) -> str:
    return "".join(text.split())


def every_key(citations: list[Citation]) -> list[str]:
    return [c.clip.key if c.clip else c.post_key for c in citations]


PDFLATEX_BIBLATEX = (
    "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
    "\\usepackage[backend=biber,safeinputenc]{biblatex}\n"
)
PDFLATEX_BIBTEX = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"


@needs_tex
def test_biblatex_compiles_with_biber_and_prints_hostile_text(tmp_path: Path) -> None:
    citations = latin_library()
    (tmp_path / "refs.bib").write_text(export("biblatex", citations), encoding="utf-8")
    text = compile_document(tmp_path, "pdflatex", "biber", PDFLATEX_BIBLATEX, every_key(citations))
    flat = squeeze(text)
    for printed in PRINTED:
        assert squeeze(printed) in flat, printed
    assert squeeze(HOSTILE_URL) in flat
    # Clips cite their post: the passage is data, not printed.
    assert "He said" not in text


@needs_tex
def test_bibtex_plain_compiles_and_prints_hostile_text(tmp_path: Path) -> None:
    citations = latin_library()
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    text = compile_document(tmp_path, "pdflatex", "bibtex", PDFLATEX_BIBTEX, every_key(citations))
    flat = squeeze(text)
    for printed in PRINTED:
        assert squeeze(printed) in flat, printed
    assert squeeze(HOSTILE_URL) in flat
    assert "Accessed 2024-02-03" in text


@needs_tex
@pytest.mark.parametrize("backend", ["biber", "bibtex"])
def test_every_script_compiles_with_lualatex(tmp_path: Path, backend: str) -> None:
    # Arabic and emoji have no LaTeX form: a Unicode engine sets them (with
    # the right fonts; here missing glyphs are only warnings, and the text
    # font may fall back to one without "_", so the URL is checked in the
    # .bbl, where it must arrive verbatim).
    citations = hostile_library()
    fmt = "biblatex" if backend == "biber" else "bibtex"
    (tmp_path / "refs.bib").write_text(export(fmt, citations), encoding="utf-8")
    preamble = "\\usepackage{url}\n" + (
        "\\usepackage[backend=biber]{biblatex}\n" if backend == "biber" else ""
    )
    text = compile_document(tmp_path, "lualatex", backend, preamble, every_key(citations))
    assert squeeze(r"\input{/etc/passwd}") in squeeze(text)
    assert squeeze(r"\write18{rm -rf /}") in squeeze(text)
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    expected = f"\\verb {HOSTILE_URL}\n" if backend == "biber" else f"\\url{{{HOSTILE_URL}}}"
    assert expected in bbl


def _two_posts_same_author_year() -> list[Citation]:
    """Two posts by one author in one year (so authoryear styles must label
    them 2024a/2024b), the first with two clips."""
    army = metadata("The Army Retakes the Bridge", authors=("Zoë Smith",))
    ferry = metadata(
        "Ferry Service Resumes", authors=("Zoë Smith",), url="https://example.org/ferry"
    )
    return [
        *post_with_clips(
            "smith2024army",
            army,
            clip("smith2024army-p4", paragraph=4, clip_id=1),
            clip("smith2024army-p12", "The bridge is ours.", paragraph=12, clip_id=2),
            clip("smith2024army-p2", "We hold.\nWe stay.", paragraph=2, through=3, clip_id=3),
        ),
        *post_with_clips("smith2024ferry", ferry),
    ]


BIBLATEX_STYLES = {
    "authoryear": "\\usepackage[backend=biber,style=authoryear]{biblatex}\n",
    "numeric": "\\usepackage[backend=biber,style=numeric]{biblatex}\n",
    "apa": "\\usepackage[american]{babel}\n\\usepackage[backend=biber,style=apa]{biblatex}\n",
}


def _locator_text(text: str) -> str:
    # pdfLaTeX's Type 3 fonts give pdftotext U+0099 for the pilcrow and
    # U+0015 for the en dash.
    text = text.replace("\u0099", "\u00b6").replace("\u0015", "\u2013")
    return re.sub(r"\s+", " ", text)


@needs_tex
@pytest.mark.parametrize("style", list(BIBLATEX_STYLES))
def test_biblatex_lists_a_post_once_and_cites_its_clips_with_their_paragraph(
    tmp_path: Path, style: str
) -> None:
    citations = _two_posts_same_author_year()
    (tmp_path / "refs.bib").write_text(export("biblatex", citations), encoding="utf-8")
    preamble = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n" + BIBLATEX_STYLES[style]
    body = (
        "First \\cite{smith2024army-p4}. Second \\cite{smith2024army-p12}. "
        "Post \\cite{smith2024army}. Other \\cite{smith2024ferry}. "
        "Own note \\cite[p.~9]{smith2024army-p4}. "
        "Both \\cites{smith2024army-p4}{smith2024army-p12}. "
        "Range \\cite{smith2024army-p2}.\n"
    )
    text = compile_document(tmp_path, "pdflatex", "biber", preamble, [], body=body)
    cites, _, bibliography = _locator_text(text).partition("References")
    # One entry per post, however many of its clips are cited.
    assert bibliography.count("Army Retakes the Bridge") == 1
    assert bibliography.count("Ferry Service Resumes") == 1
    assert "We will not withdraw" not in bibliography  # the passage is data only
    label = {"authoryear": r"Smith 2024[ab]", "numeric": r"\[[12]", "apa": r"Smith, 2024[ab]"}[
        style
    ]
    first = re.search(rf"First \(?({label}), ¶? ?4\b", cites)
    second = re.search(rf"Second \(?({label}), ¶? ?12\b", cites)
    post = re.search(rf"Post \(?({label})[\])]?\.", cites)
    assert first, cites
    assert second, cites
    assert post, cites
    # The clips are cited with the post's own label (2024a, [1]: not a label of their own).
    assert first.group(1) == second.group(1) == post.group(1)
    other = re.search(rf"Other \(?({label})", cites)
    assert other, cites
    assert other.group(1) != post.group(1)
    # An explicit postnote wins over the clip's paragraph.
    assert re.search(rf"Own note \(?{label}, p\. 9", cites), cites
    # \cites: each clip with its own paragraph.
    assert re.search(r"Both [^.]*, ¶? ?4\b[^.]*, ¶? ?12\b", cites), cites
    # A clip across paragraphs: "¶¶ 2–3".
    assert re.search(rf"Range \(?{label}, (¶ ?)*2–3\b", cites), cites


SEVERAL_KEYS_STYLES = {
    **BIBLATEX_STYLES,
    # Styles that sort and compress a citation print the post once.
    "authoryear-comp": "\\usepackage[backend=biber,style=authoryear-comp]{biblatex}\n",
    "numeric-comp": "\\usepackage[backend=biber,style=numeric-comp]{biblatex}\n",
}


@needs_tex
@pytest.mark.parametrize("style", list(SEVERAL_KEYS_STYLES))
def test_biblatex_one_cite_of_several_clips_gives_each_its_paragraph(
    tmp_path: Path, style: str
) -> None:
    """``\\cite{a,b,c}`` with two clips of one post and another post: each
    clip keeps its paragraph (it printed "[1, 1, 2]" with none), a
    citation's explicit postnote still stands alone, and a post cited with
    its own clip is not given the clip's paragraph."""
    citations = _two_posts_same_author_year()
    (tmp_path / "refs.bib").write_text(export("biblatex", citations), encoding="utf-8")
    preamble = (
        "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n" + SEVERAL_KEYS_STYLES[style]
    )
    body = (
        "Told \\textcite{smith2024army-p4,smith2024army-p12}. "
        "Round \\parencite{smith2024army-p12,smith2024army-p4}. "
        "Three \\cite{smith2024army-p4,smith2024army-p12,smith2024ferry}. "
        "Mixed \\cite{smith2024army,smith2024army-p2}. "
        "Noted \\cite[p.~9]{smith2024army-p4,smith2024ferry}.\n"
    )
    text = compile_document(tmp_path, "pdflatex", "biber", preamble, [], body=body)
    cites = _locator_text(text).partition("References")[0]
    # \textcite prints its labels after the names: no paragraph is put
    # before them (it keeps printing none, as before).
    assert re.search(r"Told Smith[^¶]*\. Round", cites), cites
    assert re.search(r"Round [^.]*¶ ?12\b[^.]*¶ ?4\b", cites), cites
    three = re.search(r"Three (.*?)\. Mixed", cites)
    assert three, cites
    # Each clip's paragraph, in the order cited, the other post after them.
    assert re.search(r"¶ ?4\b.*¶ ?12\b", three.group(1)), cites
    assert three.group(1).count("¶") == 2, cites
    mixed = re.search(r"Mixed (.*?)\. Noted", cites)
    assert mixed, cites
    # The post cited on its own keys no paragraph; its clip gives 2–3.
    assert re.fullmatch(r"[^¶]*, ¶¶ ?2–3[\])]?", mixed.group(1)), cites
    noted = re.search(r"Noted (.*?)\.\s*$", cites.strip())
    assert noted, cites
    # An explicit postnote belongs to the whole citation: no paragraphs added.
    assert "¶" not in noted.group(1), cites
    assert "p. 9" in noted.group(1), cites


@needs_tex
def test_bibtex_plain_one_cite_of_several_clips_gives_each_its_paragraph(
    tmp_path: Path,
) -> None:
    """The same citation through BibTeX and ``plain``."""
    citations = _two_posts_same_author_year()
    (tmp_path / "refs.bib").write_text(export("bibtex", citations), encoding="utf-8")
    body = "Three \\cite{smith2024army-p4,smith2024army-p12,smith2024ferry}.\n"
    text = compile_document(tmp_path, "pdflatex", "bibtex", PDFLATEX_BIBTEX, [], body=body)
    cites = _locator_text(text).partition("References")[0]
    assert re.search(r"Three \[(\d), ¶ ?4; \1, ¶ ?12; \d\]", cites), cites


@needs_tex
@pytest.mark.parametrize("backend", ["biber", "bibtex"])
def test_a_librarys_export_cites_three_passages_of_a_post_in_one_cite(
    library: Library, tmp_path: Path, backend: str
) -> None:
    """A library on a real SQLite file: three passages of one post clipped,
    exported to a file, read back by bibtexparser (each clip its own key),
    and cited in one \\cite: each passage's paragraph, in the order cited."""
    path = write_post(
        tmp_path / "in", "ferry.html", "The Night Ferry Returns", url="https://x.example/ferry"
    )
    result = library.store_processed(str(path), processed(path, Analysis()))
    assert result.post_id is not None
    keys = [
        library.clip(result.post_id, library.find_span(result.post_id, paragraph=p))[0].key
        for p in (3, 1, 2)
    ]
    fmt = "biblatex" if backend == "biber" else "bibtex"
    target = tmp_path / "out" / "refs.bib"
    target.parent.mkdir()
    library.export_to_file(target, fmt)
    parsed = {e.key for e in bibtexparser.parse_string(target.read_text(encoding="utf-8")).entries}
    # biblatex: the clip keys are the post's aliases (their passage in "<key>:clip").
    assert {f"{k}:clip" for k in keys} <= parsed if fmt == "biblatex" else set(keys) <= parsed
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "refs.bib").write_bytes(target.read_bytes())
    preamble = PDFLATEX_BIBLATEX if backend == "biber" else PDFLATEX_BIBTEX
    body = f"Three \\cite{{{','.join(keys)}}}.\n"
    text = _locator_text(compile_document(folder, "pdflatex", backend, preamble, [], body=body))
    assert re.search(r"Three \[1, ¶ 3; 1, ¶ 1; 1, ¶ 2\]", text), text


@needs_tex
def test_polish_low_quotation_marks_are_ascii_in_classic_bibtex(tmp_path: Path) -> None:
    # „…” and ‚…’ in a title and a passage (stop 43, s43-app): classic
    # BibTeX's ASCII form left them as UTF-8; they are LaTeX's commands now.
    # (biber's safeinputenc recodes „ as "{$\quotedblbase$}", math mode,
    # whatever the .bib holds: docs/architecture.md, stop 43, s43-app.)
    meta = metadata(
        "Prom nie popłynie „do wiosny”",
        authors=("Ada Lind",),
        site="Gazeta",
        url="https://x.example/a",
    )
    passage = clip("lind-c1", text="fale podnosiły bloki ‚jak pudełka’", paragraph=3)
    citations = post_with_clips("lind", meta, passage)
    bib = export("bibtex", citations)
    assert bib.isascii()
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    compile_document(tmp_path, "pdflatex", "bibtex", PDFLATEX_BIBTEX, every_key(citations))
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    assert "{\\quotedblbase}do wiosny" in bbl
