"""Corrections on a real library file: the researcher's reading is what the
post, its clips and every export show; it survives re-extraction; each
correction is undone and redone as one step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotemark.library import operations
from quotemark.library.errors import InvalidCorrection
from quotemark.library.export import ExportOptions, export
from quotemark.library.operations import (
    AddQuote,
    ClipSpan,
    EditMetadata,
    JoinQuotes,
    MergeSources,
    Operation,
    OpResult,
    PutCorrections,
    ReextractPosts,
    RemoveQuote,
    RemoveSource,
    RenameSource,
    SetExtent,
    SetSpeaker,
    SplitQuote,
)
from quotemark.library.service import Library
from quotemark.library.store import corrections as store
from tests.library.engines import second_connection
from tests.library.test_operations import dump as dump_library
from tests.library.undo import check_round_trip


def dump(path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """The library's tables, the corrections among them."""
    tables = dump_library(path)
    conn = second_connection(path)
    try:
        tables["corrections"] = conn.execute("SELECT * FROM corrections ORDER BY id").fetchall()
        tables["source_corrections"] = conn.execute(
            "SELECT * FROM source_corrections ORDER BY kind, norm"
        ).fetchall()
    finally:
        conn.close()
    return tables


def round_trip(library: Library, operation: Operation[Any]) -> OpResult[Any]:
    """Apply, undo, redo, comparing this module's tables."""
    return check_round_trip(library, operation, dump)


@pytest.fixture
def post_id(library: Library) -> int:
    """The sample post: quotation 2 is a deckhand's (no name), 5-7 Jonas Pärn's."""
    result = library.import_sample()
    assert result.post_id is not None
    return result.post_id


def _speakers(library: Library, post_id: int) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in library.post(post_id).analysis.quotes]


def test_a_speaker_correction_is_what_the_post_and_its_clips_show_and_undoes(
    library: Library, post_id: int
) -> None:
    quote = library.post(post_id).analysis.quotes[1]
    clip = library.run(ClipSpan(post_id, quote.span)).value
    assert clip.speaker is None
    result = round_trip(library, SetSpeaker(post_id, 2, "Andres Kask", "deckhand"))
    speaker = library.post(post_id).analysis.quotes[1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Andres Kask", "deckhand")
    assert library.get_clip(clip.id).speaker == "Andres Kask"
    assert result.change.clips_changed == (clip.id,)
    # A clip made after the correction takes it too.
    again = library.run(ClipSpan(post_id, quote.span, note="second")).value
    assert again.speaker == "Andres Kask"


def test_all_quotes_given_to_one_speaker_change_in_one_step(library: Library, post_id: int) -> None:
    before = _speakers(library, post_id)
    assert before.count("Jonas Pärn") == 3
    result = library.run(SetSpeaker(post_id, 5, "Jonas Parn", every=True))
    after = _speakers(library, post_id)
    assert after.count("Jonas Parn") == 3
    assert "Jonas Pärn" not in after
    library.run(result.undo)  # type: ignore[arg-type]
    assert _speakers(library, post_id) == before


def test_unknown_speaker_and_bad_numbers(library: Library, post_id: int) -> None:
    library.run(SetSpeaker(post_id, 1, ""))
    assert library.post(post_id).analysis.quotes[0].speaker is None
    with pytest.raises(InvalidCorrection, match="has 14 quotation"):
        library.run(SetSpeaker(post_id, 99, "X"))


def test_quotations_are_added_and_removed_and_keep_reading_order(
    library: Library, post_id: int
) -> None:
    post = library.post(post_id)
    count = len(post.analysis.quotes)
    text = "For eleven winters this harbour went dark at nine o\u2019clock."
    round_trip(library, RemoveQuote(post_id, 1))
    quotes = library.post(post_id).analysis.quotes
    assert len(quotes) == count - 1
    assert not quotes[0].span.text.startswith("For eleven winters")
    assert library.post_summary(post_id).quote_count == count - 1
    # The first sentence of the removed block quote becomes one of its own.
    round_trip(library, AddQuote(post_id, text, name="Marta Ilves"))
    quotes = library.post(post_id).analysis.quotes
    assert quotes[0].span.text == text
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Marta Ilves"
    with pytest.raises(InvalidCorrection, match="not in post"):
        library.run(AddQuote(post_id, "words this post never had"))
    with pytest.raises(InvalidCorrection, match="quotation already"):
        library.run(AddQuote(post_id, text))


def test_corrections_survive_re_extraction(library: Library, post_id: int) -> None:
    library.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand"))
    library.run(RemoveQuote(post_id, 4))
    library.run(EditMetadata(post_id, (("published", "2024-03-10"), ("authors", ["Laane, K."]))))
    library.run(
        MergeSources(("Nordic Wire Service", "Coastal Courier / Nordic Wire Service"), "NWS")
    )
    expected = library.post(post_id)
    report = library.run(ReextractPosts((post_id,))).value
    assert report.failed == ()
    post = library.post(post_id)
    assert post.analysis.quotes == expected.analysis.quotes
    assert post.metadata.published == "2024-03-10"
    assert post.metadata.authors == ("Laane, K.",)
    names = [s.name for s in library.sources(post_id=post_id)]
    assert "NWS" in names
    assert "Nordic Wire Service" not in names
    gold = library.corrections()
    assert all(item["fits"] for item in gold)
    published = next(g for g in gold if g.get("target") == "published")
    assert published["machine"] == "2024-03-09T18:40:00+02:00"
    assert published["researcher"] == "2024-03-10"


def test_a_correction_that_no_longer_fits_is_kept_and_listed(
    library: Library, post_id: int
) -> None:
    stale = store.Row(
        0, post_id, store.SPEAKER, "words a new extractor dropped", 0, None, {"name": "X"}, "now"
    )
    library.run(PutCorrections(post_id, add=(stale,)))
    before = library.post(post_id).analysis
    library.run(ReextractPosts((post_id,)))
    assert library.post(post_id).analysis == before
    gold = library.corrections()
    assert [g["fits"] for g in gold] == [False]
    assert gold[0]["target"] == "words a new extractor dropped"


def test_metadata_edits_check_their_values_and_undo_to_the_machine_reading(
    library: Library, post_id: int
) -> None:
    machine = library.post(post_id).metadata
    result = round_trip(
        library, EditMetadata(post_id, (("title", "Night ferry returns"), ("site", "HL")))
    )
    assert library.post_summary(post_id).title == "Night ferry returns"
    assert [h.post.id for h in library.search("returns")] == [post_id]
    library.run(result.undo)  # type: ignore[arg-type]
    assert library.post(post_id).metadata == machine
    for field, value, message in [
        ("published", "next spring", "not a date"),
        ("published", "31 Feb 2024", "not a date"),
        ("published", "4/3/2024", "could be 4 Mar or Apr 3"),
        ("published", "2024-02-30", "not a date"),
        ("url", "harbourlights", "not a web address"),
        ("title", " ", "cannot be empty"),
        ("language", "English!", "not a language tag"),
    ]:
        with pytest.raises(InvalidCorrection, match=message):
            library.run(EditMetadata(post_id, ((field, value),)))
    assert library.post(post_id).metadata == machine


def test_merging_sources_is_one_undo_step(library: Library, post_id: int) -> None:
    names = ("Nordic Wire Service", "Coastal Courier / Nordic Wire Service", "Reuters")
    before = {s.name: s.mention_count for s in library.sources()}
    result = round_trip(library, MergeSources(names, "Nordic Wire"))
    after = {s.name: s.mention_count for s in library.sources()}
    assert after["Nordic Wire"] == sum(before[n] for n in names)
    assert not set(names) & set(after)
    library.run(result.undo)  # type: ignore[arg-type]
    assert {s.name: s.mention_count for s in library.sources()} == before


def test_sources_are_renamed_and_removed(library: Library, post_id: int) -> None:
    round_trip(library, RenameSource("reuters", "Thomson Reuters"))
    assert "Thomson Reuters" in [s.name for s in library.sources()]
    assert "Thomson Reuters" in [s.name for s in library.post(post_id).analysis.sources]
    with pytest.raises(InvalidCorrection, match="merge them"):
        library.run(RenameSource("Mari Saar", "Liis Tamm"))
    with pytest.raises(InvalidCorrection, match="no source named"):
        library.run(RenameSource("Nobody", "X"))
    round_trip(library, RemoveSource("harbourlights.example.org"))
    library.run(ReextractPosts((post_id,)))
    assert "harbourlights.example.org" not in [s.name for s in library.sources()]
    assert "harbourlights.example.org" not in [
        s.name for s in library.post(post_id).analysis.sources
    ]


def test_a_correction_reaches_every_export_format(library: Library, post_id: int) -> None:
    quote = library.post(post_id).analysis.quotes[1]
    library.run(ClipSpan(post_id, quote.span))
    library.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand"))
    library.run(
        EditMetadata(
            post_id,
            (
                ("title", "Night Ferry Returns"),
                ("authors", ["Tamm, Liis"]),
                ("published", "2024-03-11"),
            ),
        )
    )
    for fmt in ("biblatex", "bibtex", "csl-json", "ris", "markdown"):
        text = export(fmt, library.citations(), ExportOptions())
        assert "Night Ferry Returns" in text, fmt
        assert "Andres Kask" in text, fmt
        assert "Tamm" in text, fmt
        assert "Laane" not in text, fmt
        if fmt == "csl-json":
            data = json.loads(text)
            assert data[0]["issued"]["date-parts"][0][:3] == [2024, 3, 11]


def test_a_deleted_post_comes_back_with_its_corrections(library: Library, post_id: int) -> None:
    library.run(SetSpeaker(post_id, 2, "Andres Kask"))
    deleted, _ = library.delete_post(post_id, force=True)
    library.restore_post(deleted)
    assert _speakers(library, post_id)[1] == "Andres Kask"


def test_uncertain_speakers_are_listed_until_corrected_or_accepted(
    library: Library, post_id: int
) -> None:
    # Jonas Pärn's second and third quotes are attributed with 0.6 confidence.
    assert library.uncertain(post_id) == [5, 6]
    library.run(SetSpeaker(post_id, 6, "Jonas Pärn"))  # accepted as it was
    result = library.run(SetSpeaker(post_id, 7, "Someone Else"))
    assert library.uncertain(post_id) == []
    library.run(result.undo)  # type: ignore[arg-type]
    assert library.uncertain(post_id) == [6]
    # A quotation nobody is named for is uncertain until settled.
    library.run(SetSpeaker(post_id, 1, ""))
    assert library.uncertain(post_id) == [6]


def _texts(library: Library, post_id: int) -> list[str]:
    return [q.span.text for q in library.post(post_id).analysis.quotes]


def test_a_quotation_s_extent_is_changed_joined_and_split_in_one_step_each(
    library: Library, post_id: int
) -> None:
    # Quote 9 is "It is not a luxury", quote 10 goes on after "Ilves said".
    texts = _texts(library, post_id)
    assert texts[8] == "It is not a luxury"
    round_trip(library, SetExtent(post_id, 9, "not a luxury"))
    assert _texts(library, post_id)[8] == "not a luxury"
    speaker = library.post(post_id).analysis.quotes[8].speaker
    assert speaker is not None
    assert speaker.name == "Marta Ilves"
    library.run(SetExtent(post_id, 9, "It is not a luxury"))
    assert _texts(library, post_id) == texts
    joined = round_trip(library, JoinQuotes(post_id, 9, 10))
    after = _texts(library, post_id)
    assert len(after) == len(texts) - 1
    assert after[8].startswith("It is not a luxury,” Ilves said, “it is the difference")
    library.run(joined.undo)  # type: ignore[arg-type]
    assert _texts(library, post_id) == texts
    # Jonas Pärn's second quote is two sentences; split it at the second.
    six = texts[5]
    second = six[six.index("did the arithmetic") :]
    with pytest.raises(InvalidCorrection, match="does not start inside"):
        library.run(SplitQuote(post_id, 6, "For eleven winters"))
    round_trip(library, SplitQuote(post_id, 6, "did the arithmetic"))
    after = _texts(library, post_id)
    assert after[5] == six[: six.index("did the arithmetic")].strip()
    assert after[6] == second
    library.run(ReextractPosts((post_id,)))
    assert _texts(library, post_id) == after


def test_the_entry_type_decides_the_csl_and_ris_type(library: Library, post_id: int) -> None:
    def types() -> tuple[str, str]:
        csl = json.loads(export("csl-json", library.citations(), ExportOptions()))[0]["type"]
        ris = export("ris", library.citations(), ExportOptions()).splitlines()[0]
        return csl, ris

    assert types() == ("webpage", "TY  - ELEC")
    result = round_trip(library, EditMetadata(post_id, (("entry_type", "news"),)))
    assert types() == ("article-newspaper", "TY  - NEWS")
    library.run(EditMetadata(post_id, (("entry_type", "blog"),)))
    assert types() == ("post-weblog", "TY  - BLOG")
    assert library.post(post_id).metadata.entry_type == "blog"
    library.run(ReextractPosts((post_id,)))
    assert library.post(post_id).metadata.entry_type == "blog"
    with pytest.raises(InvalidCorrection, match="not an entry type"):
        library.run(EditMetadata(post_id, (("entry_type", "podcast"),)))
    assert result.label == "Edit entry type"


def test_an_edit_to_the_value_shown_already_changes_nothing(library: Library, post_id: int) -> None:
    title = library.post(post_id).metadata.title
    result = library.run(EditMetadata(post_id, (("title", title),)))
    assert result.undo is None
    assert not result.change
    assert library.corrections() == []


PIER = """The Pier Reopens

March 3, 2026

The harbour board met on Monday to talk about the pier.

Tom Hale, the board's chairman, said the new timetable was “a gamble” for the town.

“We will open the pier in May,” said Ada Lind, the harbour master.

Hale called the fares “fair and simple” and the hours “too short for everyone.”
"""


def _kinds(library: Library, post_id: int) -> list[tuple[str, str]]:
    return [(str(q.kind), q.span.text) for q in library.post(post_id).analysis.quotes]


def test_a_quotations_kind_is_corrected_undone_and_survives_re_extraction(
    library: Library, tmp_path: Path
) -> None:
    # "A gamble" is Hale's whole quotation, not a fragment in a clause: made
    # direct, the quotation is the marked words alone (the clause around them
    # was the writer's), so a clip of the clause is nobody's quotation.
    path = tmp_path / "pier.txt"
    path.write_text(PIER, encoding="utf-8")
    library.import_paths([path])
    post_id = library.posts()[0].id
    clause = "the new timetable was “a gamble” for the town"
    assert _kinds(library, post_id)[:2] == [
        ("partial", clause),
        ("inline", "We will open the pier in May"),
    ]
    clip = library.run(ClipSpan(post_id, library.post(post_id).analysis.quotes[0].span)).value
    assert clip.speaker == "Tom Hale"
    result = round_trip(library, operations.SetQuoteKind(post_id, 1, partial=False))
    assert result.label == "Make “a gamble” a direct quotation"
    quote = library.post(post_id).analysis.quotes[0]
    assert (str(quote.kind), quote.span.text, quote.marked) == ("inline", "a gamble", ())
    assert quote.speaker is not None
    assert quote.speaker.label == "Tom Hale"
    assert library.clips(post_id=post_id)[0].speaker is None
    # Lind's words, said partial: her words are a fragment (the same words).
    library.run(operations.SetQuoteKind(post_id, 2, partial=True))
    lind = library.post(post_id).analysis.quotes[1]
    assert (str(lind.kind), [m.text for m in lind.marked]) == (
        "partial",
        ["We will open the pier in May"],
    )
    # A speaker corrected after the kind finds the quotation by its words.
    library.run(SetSpeaker(post_id, 1, "Tom Hale", "chairman of the harbour board"))
    expected = library.post(post_id).analysis.quotes
    library.run(ReextractPosts((post_id,)))
    assert library.post(post_id).analysis.quotes == expected
    gold = [g for g in library.corrections() if g["kind"] == store.QUOTE_KIND]
    assert [(g["machine"], g["researcher"], g["fits"]) for g in gold] == [
        ("partial", "direct", True),
        ("inline", "partial", True),
    ]
    # Said partial again: the correction is taken away (the analysis' reading).
    library.run(operations.SetQuoteKind(post_id, 1, partial=True))
    assert _kinds(library, post_id)[0] == ("partial", clause)
    assert [g["kind"] for g in library.corrections()].count(store.QUOTE_KIND) == 1


def test_a_kind_that_cannot_be_is_refused(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(PIER, encoding="utf-8")
    library.import_paths([path])
    post_id = library.posts()[0].id
    with pytest.raises(InvalidCorrection, match="partial already"):
        library.run(operations.SetQuoteKind(post_id, 1, partial=True))
    # Two marked parts: which would be the quotation?
    with pytest.raises(InvalidCorrection, match="2 quoted parts"):
        library.run(operations.SetQuoteKind(post_id, 3, partial=False))
    assert [g["kind"] for g in library.corrections()] == []
