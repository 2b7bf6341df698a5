"""CSL-JSON, RIS and Markdown exports, and the registry that names them."""

from __future__ import annotations

import json
import re

import pytest
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from quotemark.library.errors import ExportError
from quotemark.library.export import (
    ExportOptions,
    entry_count,
    export,
    exporter,
    formats,
    stylebook,
)
from quotemark.library.model import LINE_BREAK, Citation
from tests.library.test_export_samples import (
    HOSTILE_URL,
    clip,
    hostile_library,
    metadata,
    plain,
    post_with_clips,
)


def sample() -> list[Citation]:
    meta = metadata(
        authors=("Zoë Smith", "Ludwig van Beethoven", "Associated Press"),
        language="pt-br",
        description="How the town changed hands.",
    )
    return post_with_clips(
        "smith2024syrian",
        meta,
        clip("smith2024syrian-p4", note="Compare with AP", tags=("army", "deir-ez-zor")),
    )


def test_registry_lists_biblatex_first_and_refuses_unknown_names() -> None:
    names = formats()
    assert names[0] == "biblatex"
    assert set(names) == {"biblatex", "bibtex", "csl-json", "ris", "markdown"}
    assert exporter("ris").extension == ".ris"
    with pytest.raises(ExportError, match="Unknown export format 'endnote'"):
        export("endnote", sample())


def test_entry_count_matches_what_is_written() -> None:
    citations = [*sample(), *sample()[1:]]  # a post repeated through its clip
    items = json.loads(export("csl-json", sample()))
    assert entry_count(citations) == len(items) == 2
    assert entry_count(citations, ExportOptions(posts_only=True)) == 1
    assert entry_count(sample()[1:]) == 2  # a lone clip brings its post


@pytest.mark.parametrize("fmt", ["biblatex", "bibtex", "csl-json", "ris", "markdown"])
def test_an_empty_library_exports_a_valid_empty_file(fmt: str) -> None:
    text = export(fmt, [])
    if fmt == "csl-json":
        assert json.loads(text) == []
    else:
        assert "@" not in text
        assert "TY  -" not in text


def test_csl_json_items_carry_every_field() -> None:
    items = json.loads(export("csl-json", sample()))
    post, passage = items
    assert post == {
        "id": "smith2024syrian",
        "type": "webpage",
        "title": "The Syrian Army Retakes the Town",
        "author": [
            {"family": "Smith", "given": "Zoë"},
            {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
            {"literal": "Associated Press"},
        ],
        "issued": {"date-parts": [[2024, 1, 2]]},
        "container-title": "Deir ez-Zor Monitor",
        "URL": "https://example.org/2024/01/02/retake",
        "accessed": {"date-parts": [[2024, 2, 3]]},
        "language": "pt-BR",
        "abstract": "How the town changed hands.",
    }
    assert passage["id"] == "smith2024syrian-p4"
    assert passage["title"] == post["title"]
    assert passage["note"] == (
        "¶ 4: “We will not withdraw from the town.” — Col. Ahmad Hamdan, army spokesman"
    )
    assert passage["annote"] == "Compare with AP"
    assert passage["keyword"] == "army, deir-ez-zor"
    assert passage["custom"]["quotemark"] == {
        "post": "smith2024syrian",
        "paragraph": 4,
        "paragraph_end": 4,
        "text": "We will not withdraw from the town.",
        "speaker": "Col. Ahmad Hamdan",
        "role": "army spokesman",
        "quoted_by": None,
        "tags": ["army", "deir-ez-zor"],
    }


def test_csl_json_is_read_by_a_citation_processor() -> None:
    items = json.loads(export("csl-json", hostile_library()))
    # citeproc-py implements CSL 1.0.1, which predates the "custom" object.
    source = CiteProcJSON([{k: v for k, v in item.items() if k != "custom"} for item in items])
    bibliography = CitationStylesBibliography(
        stylebook.load("chicago-author-date").style, source, formatter.plain
    )
    for item in items:
        bibliography.register(CslCitation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    assert any(r"\input{/etc/passwd}" in entry for entry in rendered)


def test_csl_json_keeps_hostile_text_as_text() -> None:
    citations = hostile_library()
    items = {item["id"]: item for item in json.loads(export("csl-json", citations))}
    for citation in citations:
        if citation.clip is None:
            item = items[citation.post_key]
            assert item["title"] == plain(citation.metadata.title)
            assert item["URL"] == HOSTILE_URL
        else:
            quoted = items[citation.clip.key]["custom"]["quotemark"]["text"]
            assert quoted == plain(citation.clip.text)


def parse_ris(text: str) -> list[list[tuple[str, str]]]:
    """RIS records as (tag, value) lists; fails on any malformed line."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in text.split("\r\n"):
        if not line:
            continue
        tag, sep, value = line[:2], line[2:6], line[6:]
        assert sep == "  - ", line
        assert re.fullmatch("[A-Z][A-Z0-9]", tag), line
        current.append((tag, value))
        if tag == "ER":
            records.append(current)
            current = []
    assert current == []
    return records


def test_ris_records_have_crlf_lines_and_every_field() -> None:
    text = export("ris", sample())
    assert "\n" not in text.replace("\r\n", "")
    post, passage = parse_ris(text)
    assert post == [
        ("TY", "ELEC"),
        ("ID", "smith2024syrian"),
        ("AU", "Smith, Zoë"),
        ("AU", "van Beethoven, Ludwig"),
        ("AU", "Associated Press"),
        ("TI", "The Syrian Army Retakes the Town"),
        ("T2", "Deir ez-Zor Monitor"),
        ("PY", "2024"),
        ("DA", "2024/01/02/"),
        ("UR", "https://example.org/2024/01/02/retake"),
        ("Y2", "2024/02/03/"),
        ("LA", "pt-BR"),
        ("AB", "How the town changed hands."),
        ("ER", ""),
    ]
    assert ("ID", "smith2024syrian-p4") in passage
    assert ("N1", "Compare with AP") in passage
    assert [v for t, v in passage if t == "KW"] == ["army", "deir-ez-zor"]
    assert any(t == "N1" and v.startswith("¶ 4: “We will not withdraw") for t, v in passage)


def test_ris_values_never_break_a_record() -> None:
    citations = hostile_library()
    evil = metadata("Title\r\nER  - \r\nTY  - JOUR", url=HOSTILE_URL)
    citations += post_with_clips("evil", evil, clip("evil-p1", "line one\nER  - \nline two"))
    records = parse_ris(export("ris", citations))
    assert len(records) == len(citations)
    titles = [v for record in records for t, v in record if t == "TI"]
    assert "Title ER - TY - JOUR" in titles


def test_markdown_quotes_each_clip_with_speaker_and_citation() -> None:
    citations = sample()
    citations += post_with_clips(
        "doe2023",
        metadata("Second Post", authors=("Jane Doe",), published="2023-05-01"),
        clip("doe2023-p2", f"First line{LINE_BREAK}second line\nNext paragraph", paragraph=2),
        clip("doe2023-p9", "Unattributed words", paragraph=9, speaker=None, role=None),
    )
    text = export("markdown", citations)
    tokens = MarkdownIt().parse(text)
    quotes = [t for t in tokens if t.type == "blockquote_open"]
    assert len(quotes) == 3
    html = MarkdownIt().render(text)
    assert "<h2>The Syrian Army Retakes the Town</h2>" in html
    assert (
        "Smith, Zoë, Ludwig van Beethoven, and Associated Press. 2024. "
        "“The Syrian Army Retakes the Town.” Deir ez-Zor Monitor. January 2, 2024. "
        '<a href="https://example.org/2024/01/02/retake">' in html
    )
    # Each clip cites its post for Pandoc, with the paragraph.
    assert "— Col. Ahmad Hamdan, army spokesman [@smith2024syrian, para. 4]" in html
    assert "First line<br />\nsecond line</p>\n<p>Next paragraph</p>" in html
    assert "<p>[@doe2023, para. 9]</p>" in html
    assert "Note: Compare with AP" in html


def test_markdown_escapes_page_text() -> None:
    hostile = "# Breaking\n- not a list\n1. nor this <script>alert(1)</script> *bold* [x](y) &amp;"
    citations = post_with_clips(
        "evil", metadata("<b>Bold</b> _title_ # x", url=HOSTILE_URL), clip("evil-p1", hostile)
    )
    html = MarkdownIt().render(export("markdown", citations))
    assert "<script>" not in html
    assert "<b>" not in html
    assert "<em>" not in html
    assert "<strong>" not in html
    assert "<h1>Breaking" not in html
    assert "<li>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *bold* [x](y) &amp;amp;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; _title_ # x" in html
    assert f'<a href="{HOSTILE_URL}">' in html


def test_markdown_posts_only_is_a_reference_list() -> None:
    text = export("markdown", sample(), ExportOptions(posts_only=True))
    html = MarkdownIt().render(text)
    assert html.count("<li>") == 1
    assert "<blockquote>" not in html


def test_markdown_export_is_headed_by_what_it_lists() -> None:
    bare = Citation("bare", metadata("A Post Without Clips"), "2024-02-03")
    clipped = post_with_clips("smith2024", metadata(), clip("smith2024-p4"))
    assert export("markdown", clipped).startswith("# Clips\n")
    assert export("markdown", [bare]).startswith("# Posts\n")
    assert export("markdown", [bare, *clipped]).startswith("# Posts and clips\n")
    posts_only = export("markdown", clipped, ExportOptions(posts_only=True))
    assert posts_only.startswith("# References\n")


page_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=50)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=page_text, author=page_text, site=page_text, passage=page_text, note=page_text)
def test_any_metadata_survives_csl_json_ris_and_markdown(
    title: str, author: str, site: str, passage: str, note: str
) -> None:
    meta = metadata(title, authors=(author,), site=site, url=HOSTILE_URL)
    citations = post_with_clips("k", meta, clip("k-p1", passage, speaker=author, note=note))
    items = json.loads(export("csl-json", citations))
    assert items[0].get("title", "") == plain(title)
    assert items[1]["custom"]["quotemark"]["text"] == plain(passage)
    records = parse_ris(export("ris", citations))
    assert len(records) == 2
    assert dict(records[0]).get("TI", "") == plain(title)
    html = MarkdownIt().render(export("markdown", citations))
    tags = set(re.findall(r"</?([a-z0-9]+)", html))
    assert tags <= {"h1", "h2", "p", "a", "blockquote", "br"}, tags
