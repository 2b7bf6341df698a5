"""Author names that start with a TeX special character (``\\Ann``,
``~Ann``, ``{Ann``) compile with biber: biber takes a name's initials from
the decoded text, and wrote the initial of ``{\\textbackslash}Ann`` as a
lone ``}`` in the ``.bbl`` (an unbalanced brace that stops LaTeX)."""

from __future__ import annotations

import re
from pathlib import Path

from quotemark.library.export import ExportOptions, export
from quotemark.library.model import Citation, Metadata
from tests.library.test_export_compile import compile_document, needs_tex

# & # $ % _ are left out: biber still gives them the initial "\\" (balanced,
# but printed as "bibinitperiod" where initials show); see library/export/names.py.
SPECIALS = "\\{}~^<>|"
GIVEN_INITIALS = (
    "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
    "\\usepackage[backend=biber,safeinputenc,giveninits=true,style=authoryear]{biblatex}\n"
)


def _citations() -> list[Citation]:
    forms = ("{}Ann Smith", "Ann {}Smith", "{}ann of the smiths")
    authors = [form.format(char) for char in SPECIALS for form in forms]
    return [
        Citation(
            f"name{number}",
            Metadata(
                title=f"Post {number}",
                authors=(author,),
                published="2024-03-09",
                url=f"https://example.org/{number}",
            ),
            "2024-03-10",
        )
        for number, author in enumerate(authors)
    ]


def _balanced(text: str) -> bool:
    depth = 0
    for match in re.finditer(r"\\.|[{}]", text):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


@needs_tex
def test_names_starting_with_a_tex_special_keep_bibers_output_balanced(tmp_path: Path) -> None:
    citations = _citations()
    (tmp_path / "refs.bib").write_text(
        export("biblatex", citations, ExportOptions(posts_only=True)), encoding="utf-8"
    )
    text = compile_document(
        tmp_path, "pdflatex", "biber", GIVEN_INITIALS, [c.post_key for c in citations]
    )
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    initials = re.findall(r"^\s*(?:family|given|prefix|suffix)i=\{(.*?)\}(?:,|\}\}%)$", bbl, re.M)
    assert len(initials) >= len(citations)
    for value in initials:
        assert _balanced(value), value
        assert "\\\\" not in value, value
    assert "bibinitperiod" not in text
    assert "Smith, A. (Mar. 9, 2024" in text  # "\\Ann Smith": the initial is A
