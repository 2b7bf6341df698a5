"""Two people correcting the same reading (on both engines, through two
connections): a quotation's speaker, its extent, a join, a split or a
removal, a library source, a post's body. The correction started second,
from what its window showed before the colleague's save, is refused with
the current value; nothing is overwritten silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.errors import EditConflict
from quotemark.library.model import Position
from quotemark.library.operations import (
    AddPassage,
    JoinQuotes,
    MergeSources,
    RemoveParagraph,
    RemovePassage,
    RemoveQuote,
    RemoveSource,
    RenameSource,
    SeenQuote,
    SeenSource,
    SetExtent,
    SetSpeaker,
    SplitQuote,
    body_fingerprint,
)
from quotemark.library.service import Library
from tests.library.engines import run
from tests.library.test_body_corrections import CHROME, DROPPED, PAGE


@pytest.fixture
def post_id(library: Library) -> int:
    """The sample post: quotation 2 is a deckhand's (no name), 5-7 Jonas Pärn's."""
    result = library.import_sample()
    assert result.post_id is not None
    return result.post_id


def _seen(library: Library, post_id: int, number: int) -> SeenQuote:
    return SeenQuote.of(library.post(post_id).analysis, number)


def _speaker(library: Library, post_id: int, number: int) -> tuple[str | None, str | None]:
    speaker = library.post(post_id).analysis.quotes[number - 1].speaker
    return (speaker.name, speaker.role) if speaker else (None, None)


def test_the_second_of_two_speaker_edits_is_refused_with_the_current_speaker(
    library: Library, location: Path | str, post_id: int
) -> None:
    shown = _seen(library, post_id, 2)
    with Library.open(location) as colleague:
        colleague.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand", seen=shown))
    with pytest.raises(EditConflict) as refused:
        library.run(SetSpeaker(post_id, 2, "Mari Saar", None, seen=shown))
    assert refused.value.current == "Andres Kask, deckhand"
    assert "“Andres Kask, deckhand”" in refused.value.message
    assert "not saved" in refused.value.message
    assert _speaker(library, post_id, 2) == ("Andres Kask", "deckhand")
    assert len([c for c in library.corrections() if c["kind"] == "speaker"]) == 1
    # Started again from what is there now, it is saved.
    library.run(SetSpeaker(post_id, 2, "Mari Saar", None, seen=_seen(library, post_id, 2)))
    assert _speaker(library, post_id, 2) == ("Mari Saar", None)


def test_a_correction_without_what_it_started_from_is_not_checked(
    library: Library, location: Path | str, post_id: int
) -> None:
    # The command line reads and writes at once: nothing to compare.
    with Library.open(location) as colleague:
        colleague.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand"))
    library.run(SetSpeaker(post_id, 2, "Mari Saar"))
    assert _speaker(library, post_id, 2) == ("Mari Saar", None)


def test_removing_a_quotation_whose_speaker_a_colleague_just_set_is_refused(
    library: Library, location: Path | str, post_id: int
) -> None:
    shown = _seen(library, post_id, 2)
    count = len(library.post(post_id).analysis.quotes)
    with Library.open(location) as colleague:
        colleague.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand", seen=shown))
    with pytest.raises(EditConflict) as refused:
        library.run(RemoveQuote(post_id, 2, seen=shown))
    assert refused.value.current == "Andres Kask, deckhand"
    assert len(library.post(post_id).analysis.quotes) == count


def test_extent_join_and_split_refuse_quotations_renumbered_or_reshaped_meanwhile(
    library: Library, location: Path | str, post_id: int
) -> None:
    before = library.post(post_id).analysis
    shown = {n: SeenQuote.of(before, n) for n in range(1, len(before.quotes) + 1)}
    quote_two = before.quotes[1].span.text
    with Library.open(location) as colleague:
        # The colleague removes quotation 1: every later number moves up.
        colleague.run(RemoveQuote(post_id, 1, seen=shown[1]))
    after = library.post(post_id).analysis
    with pytest.raises(EditConflict) as extent:
        library.run(SetExtent(post_id, 2, quote_two, seen=shown[2]))
    # Number 2 is now what was quotation 3: its text is shown.
    assert extent.value.current == after.quotes[1].span.text
    with pytest.raises(EditConflict):
        library.run(JoinQuotes(post_id, 5, 6, seen=(shown[5], shown[6])))
    words = " ".join(shown[5].text.split()[2:4])
    with pytest.raises(EditConflict):
        library.run(SplitQuote(post_id, 5, words, seen=shown[5]))
    assert library.post(post_id).analysis == after
    # The same corrections started from the post as it is now are saved.
    library.run(
        JoinQuotes(post_id, 4, 5, seen=(_seen(library, post_id, 4), _seen(library, post_id, 5)))
    )
    assert len(library.post(post_id).analysis.quotes) == len(after.quotes) - 1


def _source(library: Library, name: str) -> SeenSource:
    (found,) = [s for s in library.sources() if s.name == name]
    return SeenSource(found.id, found.name)


def test_a_source_renamed_merged_or_removed_meanwhile_is_not_corrected_again(
    library: Library, location: Path | str, post_id: int
) -> None:
    reuters = _source(library, "Reuters")
    wire = _source(library, "Nordic Wire Service")
    with Library.open(location) as colleague:
        colleague.run(RenameSource("reuters", "Thomson Reuters", seen=(reuters,)))
        colleague.run(MergeSources(("Nordic Wire Service", "Thomson Reuters"), "Thomson Reuters"))
    with pytest.raises(EditConflict) as renamed:
        library.run(RenameSource("reuters", "Reuters Ltd", seen=(reuters,)))
    assert renamed.value.current == "Thomson Reuters"
    assert "renamed it “Thomson Reuters”" in renamed.value.message
    with pytest.raises(EditConflict) as merged:
        library.run(RemoveSource("Nordic Wire Service", seen=(wire,)))
    assert merged.value.current == "Thomson Reuters"
    assert "merged it into" in merged.value.message
    names = {s.name for s in library.sources()}
    assert "Thomson Reuters" in names
    assert "Reuters Ltd" not in names
    # Removed as no source by a colleague: a rename from the old list is refused.
    thomson = _source(library, "Thomson Reuters")
    with Library.open(location) as colleague:
        colleague.run(RemoveSource("Thomson Reuters", seen=(thomson,)))
    with pytest.raises(EditConflict) as removed:
        library.run(RenameSource("Thomson Reuters", "TR", seen=(thomson,)))
    assert removed.value.current == ""
    assert "removed it as no source" in removed.value.message


@pytest.fixture
def harbour(library: Library, tmp_path: Path) -> int:
    """A post that kept a "Share" line and dropped a pull-out paragraph."""
    path = tmp_path / "harbour.html"
    path.write_text(PAGE, encoding="utf-8")
    ident = library.import_paths([path]).results[0].post_id
    assert ident is not None
    return ident


def test_a_body_changed_meanwhile_refuses_a_removal_made_on_the_old_body(
    library: Library, location: Path | str, harbour: int
) -> None:
    blocks = library.post(harbour).blocks
    shown = body_fingerprint(blocks)
    chrome = [b.text for b in blocks].index(CHROME)
    with Library.open(location) as colleague:
        # The colleague removes the first paragraph: the selection made on
        # the old body would now name the paragraph after the "Share" line.
        colleague.run(RemoveParagraph(harbour, 1, seen_body=shown))
    changed = [b.text for b in library.post(harbour).blocks]
    with pytest.raises(EditConflict) as refused:
        library.run(
            RemovePassage(
                harbour, Position(chrome, 0), Position(chrome, len(CHROME)), seen_body=shown
            )
        )
    assert refused.value.current.startswith("passage removed")
    assert [b.text for b in library.post(harbour).blocks] == changed
    with pytest.raises(EditConflict):
        library.run(AddPassage(harbour, DROPPED, seen_body=shown))
    assert [b.text for b in library.post(harbour).blocks] == changed
    # Started from the body as it is now, the same removal is saved.
    now = library.post(harbour).blocks
    at = [b.text for b in now].index(CHROME)
    library.run(
        RemovePassage(
            harbour, Position(at, 0), Position(at, len(CHROME)), seen_body=body_fingerprint(now)
        )
    )
    assert CHROME not in [b.text for b in library.post(harbour).blocks]


def test_the_check_is_made_again_inside_the_write(
    library: Library, location: Path | str, post_id: int
) -> None:
    # An operation works its rows out before it takes the write lock; the
    # colleague's save may land in between, so PutCorrections compares
    # again holding the lock.
    from quotemark.library.operations import PutCorrections
    from quotemark.library.store import corrections as store

    shown = _seen(library, post_id, 2)
    blocks = library.post(post_id).blocks
    span = library.post(post_id).analysis.quotes[1].span
    text, near = store.anchor(blocks, span)
    mine = store.Row(0, post_id, store.SPEAKER, text, near, {}, {"name": "Mari Saar"}, "now")
    with Library.open(location) as colleague:
        colleague.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand", seen=shown))
    with pytest.raises(EditConflict):
        library.run(PutCorrections(post_id, (), (mine,), seen=(shown,)))
    assert _speaker(library, post_id, 2) == ("Andres Kask", "deckhand")


def _source_rows(location: Path | str) -> dict[str, tuple[object, object]]:
    from contextlib import closing

    from tests.library.engines import second_connection

    with closing(second_connection(location)) as conn:
        rows = conn.execute("SELECT name, source_id, made_by FROM source_corrections").fetchall()
    return {str(name): (target, made_by) for name, target, made_by in rows}


def test_undoing_a_source_correction_leaves_a_colleagues_other_source_alone(
    library: Library, location: Path | str, post_id: int
) -> None:
    library.set_display_name("Ann")
    renamed = library.run(RenameSource("reuters", "Thomson Reuters"))
    with Library.open(location) as colleague:
        colleague.set_display_name("Bob")
        colleague.run(RemoveSource("Nordic Wire Service"))
    assert renamed.undo is not None
    library.run(renamed.undo)
    names = {s.name for s in library.sources()}
    assert "Reuters" in names
    assert "Nordic Wire Service" not in names  # Bob's removal stays
    assert _source_rows(location) == {"Nordic Wire Service": (None, "Bob")}


def test_undo_of_a_source_correction_a_colleague_built_on_is_refused(
    library: Library, location: Path | str, post_id: int
) -> None:
    renamed = library.run(RenameSource("reuters", "Thomson Reuters"))
    with Library.open(location) as colleague:
        colleague.run(MergeSources(("Nordic Wire Service", "Thomson Reuters"), "Thomson Reuters"))
    merged = {s.name: s.post_count for s in library.sources()}
    assert renamed.undo is not None
    with pytest.raises(EditConflict) as refused:
        library.run(renamed.undo)
    assert refused.value.current == "Thomson Reuters"
    assert "nothing was changed" in refused.value.message
    assert {s.name: s.post_count for s in library.sources()} == merged


def test_two_people_adding_the_same_quotation_store_it_once(
    library: Library, location: Path | str, post_id: int
) -> None:
    # AddQuote looks for the passage among the quotations before it takes
    # the write lock: what it would write (an ADD_QUOTE row) is worked out
    # here from the post as this window read it, the colleague's add lands
    # in between, and then the write comes.
    from quotemark.library.operations import AddQuote, PutCorrections
    from quotemark.library.store import anchors
    from quotemark.library.store import corrections as store

    text = "For eleven winters this harbour went dark at nine o\u2019clock."
    library.run(RemoveQuote(post_id, 1))
    library.run(AddQuote(post_id, text, name="Marta Ilves"))
    library.run(RemoveQuote(post_id, 1))  # the added one: its addition is taken back
    assert library.post(post_id).analysis.quotes[0].span.text != text
    blocks = library.post(post_id).blocks
    found = anchors.find(blocks, text)
    assert found is not None
    target, near = store.anchor(blocks, found)
    mine = store.Row(0, post_id, store.ADD_QUOTE, target, near, None, {"name": None}, "now")
    with Library.open(location) as colleague:
        colleague.run(AddQuote(post_id, text, name="Andres Kask"))
    with pytest.raises(EditConflict) as refused:
        library.run(PutCorrections(post_id, (), (mine,), label="Add quotation"))
    assert refused.value.current == text
    assert "Andres Kask" in refused.value.message
    quotes = [q for q in library.post(post_id).analysis.quotes if q.span.text == text]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Andres Kask"
    adds = [c for c in library.corrections() if c["kind"] == store.ADD_QUOTE]
    assert len(adds) == 1


def test_a_quotation_named_by_how_it_begins_is_refused_once_the_numbers_moved(
    library: Library, location: Path | str, post_id: int
) -> None:
    # The command line names a quotation by its number and, with --expect,
    # by its first words as `show` listed them.
    second = library.post(post_id).analysis.quotes[1].span.text
    with Library.open(location) as colleague:
        colleague.run(RemoveQuote(post_id, 1))  # every later number moves up
    now = library.post(post_id).analysis
    with pytest.raises(EditConflict) as moved:
        SeenQuote.expect(now, 2, second[:18])
    assert moved.value.current == now.quotes[1].span.text
    assert "is now number 1" in moved.value.message
    with pytest.raises(EditConflict) as gone:
        SeenQuote.expect(now, len(now.quotes) + 1, second[:18])
    assert "is no longer there" in gone.value.message
    seen = SeenQuote.expect(now, 1, second[:18])
    assert seen == SeenQuote.of(now, 1)
    library.run(SetSpeaker(post_id, 1, "Andres Kask", "deckhand", seen=seen))
    assert _speaker(library, post_id, 1) == ("Andres Kask", "deckhand")
    # Spacing, case and straight marks typed for curly ones do not count.
    assert now.quotes[2].span.text.startswith("the late crossings were \u201cnot")
    typed = '  The late  crossings were "NOT'
    assert SeenQuote.expect(now, 3, typed) == SeenQuote.of(now, 3)


def test_what_was_expected_is_checked_again_when_the_correction_is_written(
    library: Library, location: Path | str, post_id: int
) -> None:
    # The command reads the quotation, then writes: a colleague's speaker
    # saved between the two refuses it, as in a window.
    seen = SeenQuote.expect(library.post(post_id).analysis, 2, "The first crossing")
    with Library.open(location) as colleague:
        colleague.run(SetSpeaker(post_id, 2, "Andres Kask", "deckhand"))
    with pytest.raises(EditConflict) as refused:
        library.run(SetSpeaker(post_id, 2, "Mari Saar", seen=seen))
    assert refused.value.current == "Andres Kask, deckhand"
    assert _speaker(library, post_id, 2) == ("Andres Kask", "deckhand")


def test_a_source_name_a_correction_moved_is_refused_when_named_again(
    library: Library, location: Path | str, post_id: int
) -> None:
    # The command line names a source and shows nothing else: a name that
    # a colleague renamed, merged or removed since is refused, and their
    # correction stays.
    with Library.open(location) as colleague:
        colleague.set_display_name("Kadri")
        colleague.run(RenameSource("Reuters", "Thomson Reuters"))
        colleague.run(MergeSources(("Nordic Wire Service",), "Thomson Reuters"))
        colleague.run(RemoveSource("Mari Saar"))
    before = _source_rows(location)
    for operation, current, what in (
        (RenameSource("Reuters", "Reuters Ltd"), "Thomson Reuters", "Kadri renamed it"),
        (RemoveSource("nordic wire service"), "Thomson Reuters", "Kadri merged it into"),
        (MergeSources(("Liis Tamm",), "Nordic Wire Service"), "Thomson Reuters", "merged"),
        (MergeSources(("Mari Saar", "Liis Tamm"), "Liis Tamm"), "", "removed it as no source"),
    ):
        with pytest.raises(EditConflict) as refused:
            library.run(operation)
        assert refused.value.current == current
        assert what in refused.value.message
        assert "Nothing was changed" in refused.value.message
    assert _source_rows(location) == before
    names = {s.name for s in library.sources()}
    assert {"Thomson Reuters", "Liis Tamm"} <= names
    assert not {"Reuters", "Reuters Ltd", "Nordic Wire Service", "Mari Saar"} & names
    # One's own earlier correction is named as one's own; a listed name works.
    library.run(RenameSource("Liis Tamm", "Liis Tamm-Saar"))
    with pytest.raises(EditConflict) as own:
        library.run(RemoveSource("Liis Tamm"))
    assert "you renamed it “Liis Tamm-Saar”" in own.value.message
    library.run(RenameSource("Thomson Reuters", "Reuters"))
    assert "Reuters" in {s.name for s in library.sources()}


def test_a_moved_name_is_told_by_its_latest_correction_in_time_not_in_stamp_text(
    library: Library, location: Path | str, post_id: int
) -> None:
    # One name corrected as two kinds of source by two colleagues whose
    # clocks give different UTC offsets: Ann removed it at 08:00 UTC (her
    # stamp reads 10:00+02:00), Bob renamed it at 09:30 UTC (09:30+00:00).
    # Bob's is the later correction, though Ann's stamp sorts later as text.
    with Library.open(location) as colleague:
        colleague.set_display_name("Ann")
        colleague.run(RemoveSource("Mari Saar"))
        colleague.set_display_name("Bob")
        colleague.run(RenameSource("Nordic Wire Service", "Wire Desk"))
    run(
        location,
        "UPDATE source_corrections SET norm = 'nordic wire service',"
        " name = 'Nordic Wire Service', made = '2026-03-02T10:00:00.000000+02:00'"
        " WHERE norm = 'mari saar'",
    )
    run(
        location,
        "UPDATE source_corrections SET made = '2026-03-02T09:30:00.000000+00:00'"
        " WHERE norm = 'nordic wire service' AND made_by = 'Bob'",
    )
    with pytest.raises(EditConflict) as refused:
        library.run(RemoveSource("Nordic Wire Service"))
    assert refused.value.current == "Wire Desk"
    assert "Bob renamed it “Wire Desk”" in refused.value.message
