"""A clip of a quotation inside a quotation cites who quoted it (stop 42,
s42-ui2): "Ada Lind said: “My father told me, ‘Never trust the tide’”" –
the inner words are the father's, quoted by Ada Lind, and every export
says so as citation styles do ("quoted in", "qtd. in", "as cited in"). On
both engines, with the schema step that keeps it tested on each."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import bibtexparser
import pytest

from quotemark.library.model import Analysis, Clip, Quote, QuoteKind, Speaker
from quotemark.library.operations import SetSpeaker
from quotemark.library.service import ExportScope, Library
from quotemark.library.store import engine, schema
from tests.conftest import ROOT
from tests.library.engines import run, second_connection
from tests.library.older_library import as_version, dropped_since
from tests.library.test_export_compile import PDFLATEX_BIBLATEX, compile_document, needs_tex
from tests.library.test_store_pages import processed, write_post
from tests.library.undo import span_of

TIDE = (
    "The harbour board met on Thursday to hear the pier's new timetable.",
    "“My father told me, ‘Never trust the tide,’ and he was right,” said Ada Lind, "
    "the board's chair.",
    "“I told them, ‘Not in winter,’ and they listened,” said Tom Hale, the harbour master.",
)
OUTER = "My father told me, ‘Never trust the tide,’ and he was right,"
INNER = "Never trust the tide"
OWN = "Not in winter"


def _tide(library: Library, folder: Path, name: str = "tide") -> int:
    """The tide post: Ada Lind quoting her father, and Tom Hale quoting
    himself (``name`` tells several apart)."""
    path = write_post(
        folder,
        f"{name}.html",
        "The Tide at the Pier",
        paragraphs=TIDE if name == "tide" else (f"{TIDE[0]} ({name})", *TIDE[1:]),
        url=f"https://harbour.example/{name}",
    )
    quotes = (
        Quote(span_of(1, TIDE[1], OUTER), QuoteKind.INLINE, Speaker("Ada Lind", "chair", 0.9)),
        Quote(
            span_of(1, TIDE[1], INNER),
            QuoteKind.NESTED,
            Speaker(None, "Ada Lind’s father", 0.7),
            parent=0,
        ),
        Quote(
            span_of(2, TIDE[2], "I told them, ‘Not in winter,’ and they listened,"),
            QuoteKind.INLINE,
            Speaker("Tom Hale", "harbour master", 0.9),
        ),
        Quote(span_of(2, TIDE[2], OWN), QuoteKind.NESTED, Speaker("Tom Hale", None, 0.7), 2),
    )
    result = library.store_processed(str(path), processed(path, Analysis(quotes=quotes)))
    assert result.post_id is not None
    return result.post_id


def test_the_clip_of_a_nested_quotation_names_who_quoted_it(
    library: Library, tmp_path: Path
) -> None:
    post_id = _tide(library, tmp_path)
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    assert (inner.speaker, inner.role, inner.quoted_by) == (None, "Ada Lind’s father", "Ada Lind")
    assert library.get_clip(inner.id) == inner  # stored, not worked out on reading
    # Not fired: the outer quotation, and a speaker quoting themselves.
    outer, _ = library.clip(post_id, library.find_span(post_id, text="he was right"))
    assert (outer.speaker, outer.quoted_by) == ("Ada Lind", None)
    own, _ = library.clip(post_id, library.find_span(post_id, text=OWN))
    assert (own.speaker, own.quoted_by) == ("Tom Hale", None)
    # A deleted clip brought back (undo) is as it was.
    deleted, _ = library.delete_clips([inner.id])
    library.restore_clips(deleted)
    assert library.get_clip(inner.id).quoted_by == "Ada Lind"


def test_correcting_the_outer_speaker_changes_who_quoted_the_clip(
    library: Library, tmp_path: Path
) -> None:
    post_id = _tide(library, tmp_path)
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    done = library.run(SetSpeaker(post_id, 1, "Ada Lind-Hale", "chair"))
    assert library.get_clip(inner.id).quoted_by == "Ada Lind-Hale"
    assert inner.id in done.change.clips_changed  # the Clips tab is told
    assert done.undo is not None
    undone = library.run(done.undo)
    assert library.get_clip(inner.id).quoted_by == "Ada Lind"
    assert inner.id in undone.change.clips_changed


def test_every_export_says_who_quoted_the_nested_words(library: Library, tmp_path: Path) -> None:
    post_id = _tide(library, tmp_path)
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER), tags=["tide"])
    said = "Ada Lind’s father, quoted by Ada Lind"
    scope = ExportScope(tag="tide")
    biblatex = library.export("biblatex", scope=scope)
    entries = {e.key: e for e in bibtexparser.parse_string(biblatex).entries}
    addendum = entries[f"{inner.key}:clip"].fields_dict["addendum"].value
    assert "quoted by Ada Lind" in addendum
    bibtex = library.export("bibtex", scope=scope)
    fields = {e.key: e for e in bibtexparser.parse_string(bibtex).entries}[inner.key].fields_dict
    assert "quoted by Ada Lind" in fields["addendum"].value
    ris = library.export("ris", scope=scope)
    assert f"N1  - ¶ 2: “{INNER}” — {said}" in ris
    csl = json.loads(library.export("csl-json", scope=scope))
    clip_item = next(item for item in csl if item["id"] == inner.key)
    assert clip_item["custom"]["quotemark"]["quoted_by"] == "Ada Lind"
    assert clip_item["note"].endswith(f"— {said}")
    markdown = library.export("markdown", scope=scope)
    assert said in markdown


@needs_tex
@pytest.mark.compile
def test_the_biblatex_export_of_a_nested_clip_compiles(library: Library, tmp_path: Path) -> None:
    post_id = _tide(library, tmp_path / "in")
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    folder = tmp_path / "tex"
    folder.mkdir()
    (folder / "refs.bib").write_text(library.export("biblatex"), encoding="utf-8")
    compile_document(folder, "pdflatex", "biber", PDFLATEX_BIBLATEX, [inner.key])
    entries = bibtexparser.parse_string((folder / "refs.bib").read_text(encoding="utf-8")).entries
    assert any("quoted by Ada Lind" in str(e.fields_dict.get("addendum")) for e in entries)


def _tide_at_version_14(location: Path | str, tmp_path: Path) -> tuple[int, Clip]:
    """The tide post with a clip of the nested quotation, in a library taken
    back to version 14 (before clips recorded who quoted them)."""
    with Library.open(location) as library:
        post_id = _tide(library, tmp_path)
        old, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    if engine.is_url(location):
        for statement in dropped_since(14):
            run(location, statement)
        run(location, "UPDATE quotemark_schema SET version = 14")
    else:
        assert isinstance(location, Path)
        as_version(location, 14)
    return post_id, old


def test_a_library_of_version_14_upgrades_and_its_new_nested_clips_say_who_quoted(
    location: Path | str, tmp_path: Path
) -> None:
    # A library written before clips recorded who quoted them: its clips
    # stay, read with no one until the fill reads the post again
    # (test_quoted_by_fill.py), never on opening; clips made after say it.
    post_id, old = _tide_at_version_14(location, tmp_path)
    with Library.open(location) as upgraded:
        assert upgraded.get_clip(old.id).text == INNER
        assert upgraded.get_clip(old.id).quoted_by is None
        new, _ = upgraded.clip(post_id, upgraded.find_span(post_id, text=INNER))
        assert new.quoted_by == "Ada Lind"
    with closing(second_connection(location)) as conn:
        if engine.is_url(location):
            version = conn.execute("SELECT version FROM quotemark_schema").fetchone()[0]
        else:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.VERSION


def test_re_extraction_writes_who_quoted_a_clip_made_before_it_was_recorded(
    library: Library, location: Path | str, tmp_path: Path
) -> None:
    # schema.py's promise for clips made before version 15: NULL until the
    # post's speakers are written again, and a re-extraction writes them.
    post_id = _tide(library, tmp_path)
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER))
    own, _ = library.clip(post_id, library.find_span(post_id, text=OWN))
    run(location, "UPDATE clips SET quoted_by = NULL")  # as the upgrade leaves them
    assert library.get_clip(inner.id).quoted_by is None
    report = library.reextract_posts([post_id])
    assert report.failed == ()
    assert report.lost_clips == ()
    assert library.get_clip(inner.id).quoted_by == "Ada Lind"
    assert library.get_clip(own.id).quoted_by is None  # Tom Hale quoting himself


# A Quotemark that stops inside the version 15 step, after its SQL and
# before the step commits, until it is killed.
_STOPS_IN_STEP_15 = """
import sys, time
from pathlib import Path
from quotemark.library.service import Library
from quotemark.library.store import schema

def stop_here(conn):
    Path(sys.argv[2]).write_text("in", encoding="utf-8")
    time.sleep(120)

schema.AFTER[15] = stop_here
where = sys.argv[1]
Library.open(where if "://" in where else Path(where), timeout=30).close()
"""


def test_a_kill_inside_the_version_15_step_leaves_a_library_that_opens_and_upgrades(
    location: Path | str, tmp_path: Path
) -> None:
    # The atomic-write promise for this step: a Quotemark killed while it
    # upgrades leaves version 14 whole (no column half added, no clip lost),
    # and the next open upgrades it once.
    post_id, old = _tide_at_version_14(location, tmp_path)
    inside = tmp_path / "inside"
    client = subprocess.Popen(
        [sys.executable, "-c", _STOPS_IN_STEP_15, str(location), str(inside)], cwd=ROOT
    )
    try:
        for _ in range(1200):
            if inside.exists() or client.poll() is not None:
                break
            time.sleep(0.05)
        client.send_signal(signal.SIGKILL)
    finally:
        client.wait(timeout=60)
    assert inside.exists(), "the upgrade never reached the version 15 step"
    assert client.returncode == -signal.SIGKILL
    with closing(second_connection(location)) as conn:
        if engine.is_url(location):
            assert conn.execute("SELECT version FROM quotemark_schema").fetchone()[0] == 14
        else:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 14
        assert conn.execute("SELECT text FROM clips").fetchall() == [(INNER,)]
    with Library.open(location, timeout=30) as upgraded:
        assert upgraded.get_clip(old.id).text == INNER
        assert upgraded.get_clip(old.id).quoted_by is None
        assert upgraded.check().ok
        new, _ = upgraded.clip(post_id, upgraded.find_span(post_id, text=INNER))
        assert new.quoted_by == "Ada Lind"


_OPENS = """
import sys
from pathlib import Path
from quotemark.library.service import Library

where = sys.argv[1]
with Library.open(where if "://" in where else Path(where), timeout=60) as library:
    print(library.get_clip(int(sys.argv[2])).text)
"""


def test_two_quotemarks_opening_a_version_14_library_at_once_upgrade_it_once(
    location: Path | str, tmp_path: Path
) -> None:
    # The first to open runs the step; the second, arriving while it runs,
    # waits for it and finds version 15 (its step not run twice: a second
    # "ADD COLUMN quoted_by" would fail and the library would not open).
    post_id, old = _tide_at_version_14(location, tmp_path)
    inside = tmp_path / "inside"
    slow = _STOPS_IN_STEP_15.replace("time.sleep(120)", "time.sleep(3)")
    first = subprocess.Popen([sys.executable, "-c", slow, str(location), str(inside)], cwd=ROOT)
    try:
        for _ in range(1200):
            if inside.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        assert inside.exists(), "the first upgrade never reached the version 15 step"
        second = subprocess.run(
            [sys.executable, "-c", _OPENS, str(location), str(old.id)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        first.wait(timeout=120)
    assert first.returncode == 0
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == INNER
    with Library.open(location) as upgraded:
        assert upgraded.get_clip(old.id).text == INNER
        new, _ = upgraded.clip(post_id, upgraded.find_span(post_id, text=INNER))
        assert new.quoted_by == "Ada Lind"


@pytest.mark.parametrize(
    ("teller", "in_bibtex"),
    [
        (
            "Hale & Lind {Sons}, 100%",
            r"Hale {\&} Lind {\textbraceleft}Sons{\textbraceright}, 100{\%}",
        ),
        ("Ада Линд", "Ада Линд"),  # no LaTeX form: stays UTF-8, as a speaker does
    ],
)
def test_who_quoted_is_escaped_in_the_bib_exports_and_kept_plain_elsewhere(
    library: Library, tmp_path: Path, teller: str, in_bibtex: str
) -> None:
    path = write_post(tmp_path, "tide.html", "The Tide at the Pier", paragraphs=TIDE)
    quotes = (
        Quote(span_of(1, TIDE[1], OUTER), QuoteKind.INLINE, Speaker(teller, None, 0.9)),
        Quote(span_of(1, TIDE[1], INNER), QuoteKind.NESTED, Speaker(None, "her father", 0.7), 0),
    )
    post_id = library.store_processed(str(path), processed(path, Analysis(quotes=quotes))).post_id
    assert post_id is not None
    inner, _ = library.clip(post_id, library.find_span(post_id, text=INNER), note="n", tags=["t"])
    scope = ExportScope(tag="t")
    for name, key in (("bibtex", inner.key), ("biblatex", f"{inner.key}:clip")):
        parsed = bibtexparser.parse_string(library.export(name, scope=scope))
        assert parsed.failed_blocks == []
        fields = {e.key: e for e in parsed.entries}[key].fields_dict
        assert fields["addendum"].value.endswith(f"her father, quoted by {in_bibtex}")
        assert "keywords" in fields  # the braces balanced: the fields after it are read
    assert f"— her father, quoted by {teller}" in library.export("ris", scope=scope)
    csl = json.loads(library.export("csl-json", scope=scope))
    clip_item = next(item for item in csl if item["id"] == inner.key)
    assert clip_item["custom"]["quotemark"]["quoted_by"] == teller
