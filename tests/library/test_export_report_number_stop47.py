"""One clip, every format, the same facts (stop 47).

Stop 46's re-read found a report with a number and no issuing institution
(the researcher said "report" and typed its number; the page named no
institution, publisher or site) numbered in BibTeX and biblatex but not in
CSL-JSON or RIS. Each output here is read back as a reference manager would:
bibtexparser v2 on the ``.bib``, pandoc --citeproc on the CSL-JSON, the RIS
parsed line by line. And every export names a post's kind from one place
(``kinds.cited_as``).
"""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from quotemark.library.export import csl_json, export, kinds, ris
from quotemark.library.model import Citation, Metadata, Scholarly
from tests.library.test_export_formats import parse_ris
from tests.library.test_export_pandoc import pandoc_plain
from tests.library.test_export_samples import clip, metadata, post_with_clips

NUMBER = "ICE-TR-2020-07"


def _report(scholarly: Scholarly | None, site: str | None = None) -> list[Citation]:
    meta = metadata(
        "Dredging the Outer Harbour",
        authors=("Aino Aalto",),
        published="2020-11-02",
        site=site,
        entry_type="report",
        scholarly=scholarly,
    )
    return post_with_clips("aalto2020", meta, clip("aalto2020-p3", "Silt returns.", paragraph=3))


def _bib(dialect: str, citations: list[Citation]) -> dict[str, tuple[str, dict[str, str]]]:
    library = parse_string(export(dialect, citations))
    assert not library.failed_blocks
    return {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}


def _csl(citations: list[Citation]) -> dict[str, dict[str, object]]:
    return {item["id"]: item for item in json.loads(export("csl-json", citations))}


def _ris(citations: list[Citation]) -> dict[str, list[tuple[str, str]]]:
    return {dict(record)["ID"]: record for record in parse_ris(export("ris", citations))}


def test_a_report_without_an_institution_keeps_its_number_in_every_format() -> None:
    citations = _report(Scholarly(eprint=NUMBER))
    assert kinds.report(citations[0].metadata) is None  # nothing names who issued it
    for dialect, kind in (("bibtex", "techreport"), ("biblatex", "report")):
        entry_type, post = _bib(dialect, citations)["aalto2020"]
        assert (entry_type, post["number"]) == (kind, NUMBER), dialect
        assert "institution" not in post
    items = _csl(citations)
    for key in ("aalto2020", "aalto2020-p3"):  # a clip repeats its post's facts
        assert (items[key]["type"], items[key]["number"]) == ("report", NUMBER)
        assert "publisher" not in items[key]
    records = _ris(citations)
    for key in ("aalto2020", "aalto2020-p3"):
        assert ("TY", "RPRT") in records[key]
        assert ("SN", NUMBER) in records[key]  # Zotero: a report's reportNumber
        assert not [tag for tag, _ in records[key] if tag in ("PB", "AN")]


def test_a_report_with_an_institution_is_numbered_as_before() -> None:
    citations = _report(Scholarly(archive="Harbour University", eprint=NUMBER))
    _, post = _bib("biblatex", citations)["aalto2020"]
    assert (post["institution"], post["number"]) == ("Harbour University", NUMBER)
    item = _csl(citations)["aalto2020"]
    assert (item["publisher"], item["number"]) == ("Harbour University", NUMBER)
    record = _ris(citations)["aalto2020"]
    assert ("PB", "Harbour University") in record
    assert ("SN", NUMBER) in record


def test_an_arxiv_identifier_on_a_report_is_no_report_number_anywhere() -> None:
    # The researcher calls an arXiv paper a report: the .bib formats carry
    # its identifier as eprint, CSL-JSON as an arXiv number, RIS as the
    # accession number there; none calls it the report's number.
    citations = _report(Scholarly(archive="arXiv", eprint="2103.04417"), site="arXiv.org")
    _, post = _bib("biblatex", citations)["aalto2020"]
    assert (post["eprint"], post["eprinttype"]) == ("2103.04417", "arxiv")
    assert "number" not in post
    assert _csl(citations)["aalto2020"]["number"] == "arXiv:2103.04417"
    record = _ris(citations)["aalto2020"]
    assert ("AN", "2103.04417") in record
    assert "SN" not in dict(record)


SCHOLARLY = (
    None,
    Scholarly("10.3030/RME.2021.5.41", "Review of Maritime Economics", "5", "2", "41–63"),
    Scholarly(archive="arXiv", eprint="2103.04417", eprint_class="cs.CL"),
    Scholarly(doi="10.2139/ssrn.4012345", archive="SSRN", eprint="4012345"),
    Scholarly(archive="Harbour University", eprint=NUMBER),
    Scholarly(eprint=NUMBER),
    Scholarly(publisher="Harbour Press", eprint=NUMBER),
)
ENTRY_TYPES = (None, "blog", "news", "web", "journal", "preprint", "report")


def _every_kind() -> list[Metadata]:
    return [
        metadata(entry_type=entry_type, scholarly=found, site=site)
        for entry_type, found, site in itertools.product(
            ENTRY_TYPES, SCHOLARLY, ("Harbour Monitor", None)
        )
    ]


@pytest.mark.parametrize("meta", _every_kind())
def test_every_format_carries_a_number_when_the_bib_formats_do(meta: Metadata) -> None:
    citations = [Citation("post", meta, "2024-02-03")]
    _, post = _bib("bibtex", citations)["post"]
    item = _csl(citations)["post"]
    record = dict(_ris(citations)["post"])
    bib_number = post.get("number") if kinds.is_report(meta) else None
    if bib_number:
        assert item["number"] == bib_number
        assert record["SN"] == bib_number
    else:
        assert "SN" not in record
    # A preprint's or report's identifier at a server (a journal article's
    # or web page's arXiv identifier stays the .bib formats' alone).
    if "eprint" in post and (kinds.is_preprint(meta) or kinds.is_report(meta)):
        assert str(item["number"]).endswith(post["eprint"])
        assert record["AN"] == post["eprint"]


@pytest.mark.parametrize("meta", _every_kind())
def test_csl_json_and_ris_name_the_kind_every_export_cites(meta: Metadata) -> None:
    citations = [Citation("post", meta, "2024-02-03")]
    said = kinds.cited_as(meta)
    item = _csl(citations)["post"]
    record = dict(_ris(citations)["post"])
    assert (item["type"], record["TY"]) == (csl_json._TYPES[said], ris._TYPES[said])
    entry_type, _ = _bib("biblatex", citations)["post"]
    if said in ("journal", "report"):
        assert entry_type == {"journal": "article", "report": "report"}[said]
    else:
        assert entry_type in ("online", "article")


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="not installed: pandoc")
def test_pandoc_prints_the_number_of_a_report_without_an_institution(tmp_path: Path) -> None:
    citations = _report(Scholarly(eprint=NUMBER))
    printed = pandoc_plain(tmp_path, "See [@aalto2020].\n", library=citations)
    assert "(Aalto 2020)" in printed
    assert "“Dredging the Outer Harbour.” ICE-TR-2020-07." in printed, printed
