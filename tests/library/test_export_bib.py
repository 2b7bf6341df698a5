"""biblatex and BibTeX exports parse back, with bibtexparser v2 and with
pybtex, to entries that say what the researcher's library says."""

from __future__ import annotations

import pybtex.database
import pytest
from bibtexparser.entrypoint import parse_string as parse_bibtex
from bibtexparser.library import Library
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotemark.library.errors import ExportError
from quotemark.library.export import ExportOptions, export
from quotemark.library.export.names import marked_organisation
from quotemark.library.export.passages import quoted
from quotemark.library.model import Citation
from tests.library.test_export_samples import (
    HOSTILE_URL,
    clip,
    hostile_library,
    metadata,
    plain,
    post_with_clips,
    visible,
)

DIALECTS = ("biblatex", "bibtex")


def parse(text: str) -> Library:
    """Parse with bibtexparser v2 and insist that every block parsed."""
    library = parse_bibtex(text)
    assert library.failed_blocks == [], [b.error for b in library.failed_blocks]
    return library


def fields(library: Library, key: str) -> dict[str, str]:
    return {f.key: f.value for f in library.entries_dict[key].fields}


def clip_entry_key(dialect: str, key: str) -> str:
    """The key of a clip's entry: biblatex keeps the clip key as an alias of
    its post and the passage in ``<key>:clip``."""
    return f"{key}:clip" if dialect == "biblatex" else key


def person_text(person: pybtex.database.Person) -> str:
    parts = [*person.first_names, *person.middle_names, *person.prelast_names, *person.last_names]
    parts += person.lineage_names
    return visible(" ".join(parts))


def sample() -> list[Citation]:
    meta = metadata(
        authors=("Zoë Smith", "Ọlábísí Adébáyọ̀", "Associated Press"),
        description="How the town changed hands.",
    )
    return post_with_clips(
        "smith2024syrian",
        meta,
        clip("smith2024syrian-p4", note="Compare with AP", tags=("deir-ez-zor", "army")),
        clip("smith2024syrian-p7", "The bridge is ours.", paragraph=7, speaker=None, role=None),
    )


def test_biblatex_posts_are_online_entries_with_every_field() -> None:
    library = parse(export("biblatex", sample()))
    post = fields(library, "smith2024syrian")
    assert library.entries_dict["smith2024syrian"].entry_type == "online"
    assert post["author"] == "Smith, Zoë and Adébáyọ̀, Ọlábísí and {Associated Press}"
    assert visible(post["title"]) == "The Syrian Army Retakes the Town"
    assert post["title"] == "{The Syrian Army Retakes} the {Town}"
    assert post["date"] == "2024-01-02"  # the publisher's calendar date, not UTC
    assert post["url"] == "https://example.org/2024/01/02/retake"
    assert post["urldate"] == "2024-02-03"
    assert post["organization"] == "Deir ez-Zor Monitor"
    assert post["langid"] == "english"
    assert post["abstract"] == "How the town changed hands."


def test_biblatex_clip_keys_are_aliases_of_the_post_and_data_entries_keep_the_passage() -> None:
    library = parse(export("biblatex", sample()))
    keys = [e.key for e in library.entries]
    assert keys == ["smith2024syrian", "smith2024syrian-p4:clip", "smith2024syrian-p7:clip"]
    assert fields(library, "smith2024syrian")["ids"] == "smith2024syrian-p4, smith2024syrian-p7"
    # biblatex learns each clip key's paragraph from the preamble.
    preamble = "".join(block.value for block in library.preambles)
    assert r"\csdef{QuotemarkLocator@smith2024syrian-p4}{{\textpilcrow}~4}" in preamble
    first = fields(library, "smith2024syrian-p4:clip")
    assert first["crossref"] == "smith2024syrian"
    assert first["options"] == "dataonly"
    assert visible(first["titleaddon"]) == "¶ 4"
    assert visible(first["addendum"]) == (
        "“We will not withdraw from the town.” — Col. Ahmad Hamdan, army spokesman"
    )
    assert first["annotation"] == "Compare with AP"
    assert first["keywords"] == "deir-ez-zor, army"
    second = fields(library, "smith2024syrian-p7:clip")
    assert visible(second["addendum"]) == "“The bridge is ours.”"
    # The quote's own full stop ends the entry: biblatex must not add one.
    assert second["addendum"].endswith(r"\nopunct")
    assert not first["addendum"].endswith(r"\nopunct")
    assert "title" not in second
    assert "author" not in second


def test_bibtex_is_misc_with_url_twice_and_crossrefs_after_citing_entries() -> None:
    library = parse(export("bibtex", sample()))
    keys = [e.key for e in library.entries]
    assert keys == ["smith2024syrian-p4", "smith2024syrian-p7", "smith2024syrian"]
    post = fields(library, "smith2024syrian")
    assert library.entries_dict["smith2024syrian"].entry_type == "misc"
    assert post["howpublished"] == (
        r"Deir ez-Zor Monitor, \url{https://example.org/2024/01/02/retake}"
    )
    assert post["url"] == "https://example.org/2024/01/02/retake"
    assert (post["year"], post["month"]) == ("2024", "jan")
    assert post["note"] == "Accessed 2024-02-03"
    assert post["author"] == (
        r"Smith, Zo{\"{e}} and Ad{\'{e}}b{\'{a}}y{\`{\d{o}}}, {\d{O}}l{\'{a}}b{\'{\i}}s{\'{\i}}"
        " and {Associated Press}"
    )
    clip_fields = fields(library, "smith2024syrian-p4")
    assert clip_fields["crossref"] == "smith2024syrian"
    # The clip prints exactly like its post (it inherits the post's note):
    # its passage is in fields the classic styles do not print.
    assert "note" not in clip_fields
    assert visible(clip_fields["titleaddon"]) == "¶ 4"
    assert visible(clip_fields["addendum"]) == (
        "“We will not withdraw from the town.” — Col. Ahmad Hamdan, army spokesman"
    )
    assert clip_fields["annote"] == "Compare with AP"
    stop_inside = fields(library, "smith2024syrian-p7")
    assert visible(stop_inside["addendum"]) == "“The bridge is ours.”"
    assert visible(stop_inside["titleaddon"]) == "¶ 7"


def test_bibtex_month_is_a_macro_that_pybtex_expands() -> None:
    text = export("bibtex", sample())
    assert "month = jan," in text
    data = pybtex.database.parse_string(text, "bibtex")
    assert data.entries["smith2024syrian"].fields["month"] == "January"


@pytest.mark.parametrize("dialect", DIALECTS)
def test_posts_only_leaves_clips_out(dialect: str) -> None:
    library = parse(export(dialect, sample(), ExportOptions(posts_only=True)))
    assert [e.key for e in library.entries] == ["smith2024syrian"]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_clip_without_its_post_citation_still_gets_its_post(dialect: str) -> None:
    only_clip = sample()[1:2]
    library = parse(export(dialect, only_clip))
    clip_key = clip_entry_key(dialect, "smith2024syrian-p4")
    assert set(library.entries_dict) == {"smith2024syrian", clip_key}


@pytest.mark.parametrize("dialect", DIALECTS)
def test_ascii_option_overrides_the_dialect_default(dialect: str) -> None:
    ascii_text = export(dialect, sample(), ExportOptions(ascii_only=True))
    utf8_text = export(dialect, sample(), ExportOptions(ascii_only=False))
    assert ascii_text.isascii()
    assert "Zoë" in utf8_text
    assert visible(fields(parse(ascii_text), "smith2024syrian")["author"]) == visible(
        fields(parse(utf8_text), "smith2024syrian")["author"]
    )


@pytest.mark.parametrize("dialect", DIALECTS)
def test_missing_and_malformed_dates_are_left_out(dialect: str) -> None:
    citations = [
        Citation("nodate", metadata(published=None), "2024-02-03"),
        Citation("baddate", metadata(published="2024-02-30"), "yesterday"),
        Citation("monthonly", metadata(published="2023-11"), "2024-02-03T08:00:00Z"),
    ]
    library = parse(export(dialect, citations))
    for key in ("nodate", "baddate"):
        assert not {"date", "year", "month"} & set(fields(library, key))
    assert "urldate" not in fields(library, "baddate")
    month_only = fields(library, "monthonly")
    if dialect == "biblatex":
        assert month_only["date"] == "2023-11"
    else:
        assert (month_only["year"], month_only["month"]) == ("2023", "nov")
    assert month_only["urldate"] == "2024-02-03"


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    "bad_key", ["has space", "comma,key", "brace{", "percent%", "", "back\\slash", "é-key"]
)
def test_an_unsafe_key_fails_the_export_naming_it(dialect: str, bad_key: str) -> None:
    with pytest.raises(ExportError, match="citation key") as caught:
        export(dialect, [Citation(bad_key, metadata(), "2024-02-03")])
    assert repr(bad_key) in str(caught.value)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_keys_that_differ_only_in_case_are_refused(dialect: str) -> None:
    citations = [
        *post_with_clips("smith2024", metadata(), clip("Smith2024")),
    ]
    with pytest.raises(ExportError, match="also used"):
        export(dialect, citations)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_hostile_library_parses_in_both_parsers_and_prints_its_text(dialect: str) -> None:
    citations = hostile_library()
    text = export(dialect, citations)
    library = parse(text)
    data = pybtex.database.parse_string(text, "bibtex")
    posts = {c.post_key: c for c in citations if c.clip is None}
    clips = {clip_entry_key(dialect, c.clip.key): c.clip for c in citations if c.clip is not None}
    assert set(library.entries_dict) == set(posts) | set(clips)
    assert set(data.entries) == set(posts) | set(clips)
    for key, citation in posts.items():
        entry = fields(library, key)
        assert visible(entry["title"]) == plain(citation.metadata.title)
        assert visible(data.entries[key].fields["title"]) == plain(citation.metadata.title)
        assert entry["url"] == HOSTILE_URL
        persons = data.entries[key].persons["author"]
        assert [person_text(p) for p in persons] == [plain(a) for a in citation.metadata.authors]
    for key, hostile_clip in clips.items():
        entry = fields(library, key)
        passage = visible(entry["addendum"])
        assert visible(entry["titleaddon"]) == f"¶ {hostile_clip.paragraph}"
        # Quoted, the passage's own double quotation marks become single ones.
        assert quoted(plain(hostile_clip.text)) in passage
        assert plain(hostile_clip.role or "") in passage


names_strategy = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=25),
    max_size=3,
)
text_strategy = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


def words(name: str) -> list[str]:
    return sorted(plain(name).replace(",", " ").split())


def _no_name_inside(byline: str) -> bool:
    # "{}" or "{ }": the organisation mark around no name, which names.parse
    # reads as no author at all (hypothesis found "{}" at stop 19).
    text = plain(byline)
    return len(text) >= 2 and text[0] == "{" and text[-1] == "}" and not text[1:-1].strip()


def _inside_mark(byline: str) -> str:
    # An organisation's byline "{Acme News}": the name printed is what the
    # braces hold (hypothesis found "{0}" at stop 20).
    inner = marked_organisation(plain(byline))
    return byline if inner is None else inner


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(
    title="",
    authors=["{0}", "{Acme News}", "Smith, Zoë"],
    site="",
    passage="",
    speaker=None,
    note="",
    tags=[],
    dialect="bibtex",
).via("organisations marked by braces")
@example(
    title="x",
    authors=["Smith, Zoë", "van der Berg, Jan", "Martin Luther King Jr.", "A, B, C", "and"],
    site="",
    passage="",
    speaker=None,
    note="",
    tags=[],
    dialect="bibtex",
).via("names BibTeX could misread")
@example(
    title="",
    authors=["{}", "{ }", "Smith, Zoë"],
    site="",
    passage="",
    speaker=None,
    note="",
    tags=[],
    dialect="biblatex",
).via("an organisation mark around no name")
@given(
    title=text_strategy,
    authors=names_strategy,
    site=text_strategy,
    passage=text_strategy,
    speaker=st.none() | text_strategy,
    note=text_strategy,
    tags=st.lists(text_strategy, max_size=3),
    dialect=st.sampled_from(DIALECTS),
)
def test_any_metadata_round_trips_through_both_parsers(
    title: str,
    authors: list[str],
    site: str,
    passage: str,
    speaker: str | None,
    note: str,
    tags: list[str],
    dialect: str,
) -> None:
    meta = metadata(title, authors=tuple(authors), site=site, url=HOSTILE_URL)
    the_clip = clip("k-p1", passage, speaker=speaker, role=None, note=note, tags=tuple(tags))
    text = export(dialect, post_with_clips("k", meta, the_clip))
    library = parse(text)
    data = pybtex.database.parse_string(text, "bibtex")
    post = fields(library, "k")
    assert visible(post.get("title", "")) == plain(title)
    assert visible(data.entries["k"].fields.get("title", "")) == plain(title)
    assert post["url"] == HOSTILE_URL
    # Every word of every name survives (a "Family, Given" byline may be
    # reordered), and no name is split in two or merged with another.
    expected_people = [
        words(_inside_mark(a)) for a in authors if plain(a) and not _no_name_inside(a)
    ]
    people = data.entries["k"].persons.get("author", [])
    assert [words(person_text(p)) for p in people] == expected_people
    clip_entry = fields(library, clip_entry_key(dialect, "k-p1"))
    if plain(note):
        assert visible(clip_entry["annotation" if dialect == "biblatex" else "annote"]) == plain(
            note
        )
    passage_field = visible(clip_entry["addendum"])
    assert quoted(plain(passage)) in passage_field
