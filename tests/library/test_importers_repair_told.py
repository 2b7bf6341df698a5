"""The researcher is told when the text Quotemark shows differs from the
saved file: the import says how many garbled places it restored, with a few
samples, the library keeps that with the post (through re-opening and
re-extraction), and ``extract --json`` says it. Mojibake written as
character references ("Pe&Atilde;&plusmn;a", "&#195;&#169;",
"&acirc;&#128;&#156;") is repaired like mojibake written as characters.
Every page here is the team's own."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

from quotemark.library.importers import read
from quotemark.library.importers.mojibake import repair
from quotemark.library.model import TextRepair
from quotemark.library.pipeline import process, to_json
from quotemark.library.service import ImportStatus, Library
from quotemark.library.store import codec
from quotemark.library.store.posts import document_json
from tests.library.test_importers_mojibake import POST, garble


def _references(text: str, style: str) -> str:
    """``text`` garbled, each garbled character outside ASCII written as a
    character reference: ``named`` (``&Atilde;``, numbers where HTML has no
    name), ``decimal`` (``&#195;``) or ``hex`` (``&#xC3;``)."""
    names = {0xC3: "Atilde", 0xB1: "plusmn", 0xA9: "copy", 0xE2: "acirc", 0xA1: "iexcl"}
    out = []
    for char in garble(text):
        code = ord(char)
        if code < 0x80:
            out.append(char)
        elif style == "named" and code in names:
            out.append(f"&{names[code]};")
        elif style == "hex":
            out.append(f"&#x{code:X};")
        else:
            # windows-1252's signs are written as the byte's number, as
            # pages converted from it write them ("&#128;" for the euro).
            byte = char.encode("cp1252")[0] if code > 0xFF else code
            out.append(f"&#{byte};")
    return "".join(out)


NAME = "Pe\u00f1a"
SENTENCE = "\u201cThe bridge opens in June,\u201d said Ines Pe\u00f1a, the caf\u00e9 owner."


def _page(title: str, body: str, author: str = "") -> str:
    meta = f"<meta name='author' content='{author}'>" if author else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}"
        f"</head><body><article><h1>{title}</h1><p>{body}</p>"
        "<p>The council met on Tuesday and voted for the new bridge by a wide margin "
        "after a long evening of questions from the people of the harbour.</p>"
        "<pre>Pe&Atilde;&plusmn;a  (how such a name looks when it goes wrong)</pre>"
        "</article></body></html>"
    )


def _import_one(path: Path, database: Path) -> int:
    """Import ``path`` (a file or a folder of one) into a new SQLite
    library at ``database``; the post's id."""
    with Library.open(database) as library:
        (result,) = library.import_paths([path]).results
        assert result.post_id is not None
        return result.post_id


def test_mojibake_written_as_references_is_repaired_in_every_style(tmp_path: Path) -> None:
    for style in ("named", "decimal", "hex"):
        path = tmp_path / f"bridge-{style}.html"
        path.write_text(
            _page(
                _references("Ines Pe\u00f1a on the bridge", style),
                _references(SENTENCE, style),
                _references("Ines Pe\u00f1a", style),
            ),
            encoding="utf-8",
        )
        # The import's path: read, extract (here the references show as
        # garbled text), repair them, extract again.
        done = process(path)
        article = done.article
        assert article.metadata.title == "Ines Pe\u00f1a on the bridge", style
        assert article.metadata.authors == ("Ines Pe\u00f1a",), style
        body = [block.text for block in article.blocks]
        assert SENTENCE in body, style
        # The code sample shows the references on purpose: kept as written.
        assert any(text.startswith("Pe\u00c3\u00b1a  (how") for text in body), style
        assert done.raw.repaired is not None
        # The name in the title, the heading and the author; in the sentence
        # two marks, the name and an accent.
        assert done.raw.repaired.places == 7


def test_references_mixed_with_characters_are_repaired() -> None:
    page = (
        "<p>Pe&Atilde;\u00b1a and Pe\u00c3&plusmn;a and caf&#195;&#169; and "
        "\u00c3\u00a9t\u00c3\u00a9</p>"
    )
    fixed = repair(page, html=True, references=True)
    assert fixed.text == "<p>Pe\u00f1a and Pe\u00f1a and caf\u00e9 and \u00e9t\u00e9</p>"


def test_right_references_and_french_spacing_are_left_alone() -> None:
    # A word ending in an accent, a no-break space and a closing guillemet
    # is French typography, not a garbled character; named accents stay.
    for page in (
        "<p>\u00ab Un caf&eacute;&nbsp;&raquo;, dit-il &agrave; No&euml;l.</p>",
        "<p>\u00ab Un caf\u00e9\u00a0\u00bb, dit-il \u00e0 No\u00ebl &amp; Zo\u00e9.</p>",
        "<p>&Eacute;COLE&rsquo;s pupils &amp; S&Atilde;O PAULO</p>",
    ):
        assert repair(page, html=True, references=True).text == page
    # In plain text the references are what was written.
    assert repair("Pe&Atilde;&plusmn;a").text == "Pe&Atilde;&plusmn;a"


def test_read_says_how_many_places_were_repaired_with_samples(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(POST, encoding="utf-8")
    assert read(clean).repaired is None
    garbled = tmp_path / "garbled.txt"
    garbled.write_text(garble(POST), encoding="utf-8")
    told = read(garbled).repaired
    assert told is not None
    # Two quotation marks, the name, and two accented places names.
    assert told.places == 5
    assert told.samples[0] == ("\u00e2\u20ac\u0153We", "\u201cWe")
    assert ("Pe\u00c3\u00b1a", NAME) in told.samples
    assert len(told.samples) == 3
    page = tmp_path / "refs.html"
    page.write_text(_page("The bridge", _references(SENTENCE, "decimal")), encoding="utf-8")
    assert read(page).repaired is None  # the references are read by the parser
    told = process(page).raw.repaired
    assert told is not None
    assert told.places == 4  # the two marks, the name, the accent (not the code sample)
    assert ("Pe\u00c3\u00b1a", NAME) in told.samples


def test_the_import_tells_and_the_library_keeps_it(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "bridge.html").write_text(
        _page("The bridge vote", _references(SENTENCE, "named")), encoding="utf-8"
    )
    (folder / "ferry.txt").write_text(
        "The ferry\n\nThe ferry left on time and the crossing was calm all the way over.\n",
        encoding="utf-8",
    )
    database = tmp_path / "library.sqlite"
    with Library.open(database) as library:
        report = library.import_paths([folder])
        by_name = {Path(r.path).name: r for r in report.results}
        assert {r.status for r in report.results} == {ImportStatus.IMPORTED}
        assert by_name["bridge.html"].repaired == 4
        assert by_name["ferry.txt"].repaired == 0
        assert report.repaired == (by_name["bridge.html"],)
        bridge, ferry = by_name["bridge.html"].post_id, by_name["ferry.txt"].post_id
        assert bridge is not None
        assert ferry is not None
        assert library.text_repair(ferry) is None
        library.reextract([bridge])
    # A real SQLite file, opened again: the repair is kept with the post.
    with Library.open(database) as library:
        told = library.text_repair(bridge)
        assert told is not None
        assert told.places == 4
        assert ("Pe\u00c3\u00b1a", NAME) in told.samples
        assert SENTENCE in [block.text for block in library.post(bridge).blocks]
    # It lives in the post's stored document (no new column, no migration).
    with sqlite3.connect(database) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(posts)")]
    assert "repaired" not in columns


def test_a_damaged_or_old_record_reads_as_nothing_repaired() -> None:
    assert TextRepair.from_json(None) is None
    assert TextRepair.from_json({"places": "many"}) is None
    assert TextRepair.from_json({"places": 0, "samples": []}) is None
    told = TextRepair(2, (("PeÃ±a", NAME),))
    assert TextRepair.from_json(json.loads(json.dumps(told.to_json()))) == told


def test_extract_json_says_what_was_repaired(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_text(garble(POST), encoding="utf-8")
    shown = to_json(str(path), process(path))
    assert shown["repaired"]["places"] == 5
    assert ["Pe\u00c3\u00b1a", NAME] in shown["repaired"]["samples"]
    clean = tmp_path / "clean.txt"
    clean.write_text(POST, encoding="utf-8")
    # The real command, one JSON line a file.
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", "from quotemark.app.cli import main; main()", "extract", "--json",
         str(path), str(clean)],
        capture_output=True, check=True, text=True, cwd=root,
    )  # fmt: skip
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["repaired"]["places"] == 5
    assert lines[1]["repaired"] is None


def test_re_extracting_a_post_stored_before_repairs_and_tells(tmp_path: Path) -> None:
    """A post stored with its references garbled (as before stop 29, with
    no record of a repair) is repaired by re-extraction, and told."""
    folder = tmp_path / "posts"
    folder.mkdir()
    page = _page("The bridge vote", _references(SENTENCE, "hex"))
    (folder / "bridge.html").write_text(page, encoding="utf-8")
    database = tmp_path / "library.sqlite"
    post_id = _import_one(folder, database)
    with sqlite3.connect(database) as conn:
        # As an older version stored it: the page as read, nothing told.
        conn.execute(
            "UPDATE post_content SET document = ? WHERE post_id = ?",
            (codec.pack({**document_json(read(folder / "bridge.html")), "html": page}), post_id),
        )
    with Library.open(database) as library:
        assert library.text_repair(post_id) is None
        library.reextract([post_id])
        told = library.text_repair(post_id)
        assert told is not None
        assert told.places == 4
        assert SENTENCE in [block.text for block in library.post(post_id).blocks]


def garbled_code_pages(count: int) -> tuple[str, str]:
    """A long programming post of ``count`` paragraphs, each with inline
    code and a garbled name and quotation marks: once garbled as
    characters, once as character references (with the name inside the
    code too, to be kept as written). Also used by ``make bench``."""
    as_characters = "".join(
        f"<p>Pe\u00c3\u00b1a ran <code>step {n}</code> and said "
        f"\u00e2\u20ac\u0153done\u00e2\u20ac\x9d.</p>"
        for n in range(count)
    )
    as_references = "".join(
        f"<p>Pe&Atilde;&plusmn;a ran <code>step {n} Pe&Atilde;&plusmn;a</code> and said "
        "&acirc;&#128;&#156;done&acirc;&#128;&#157;.</p>"
        for n in range(count)
    )
    return as_characters, as_references


def test_a_long_page_with_much_code_is_repaired_piece_by_piece() -> None:
    # A long programming post: thousands of inline code samples (kept as
    # written) and a garbled name and quotation marks in every paragraph,
    # as characters and as references: every piece repaired, every code
    # sample kept. (Its time, once the square of the page, is measured by
    # `make bench`: benchmarks/extraction.py, garbled_code_page.)
    count = 8000
    as_characters, as_references = garbled_code_pages(count)
    fixed = repair(as_characters, html=True)
    again = repair(as_references, html=True, references=True)
    assert len(fixed.pieces) == len(again.pieces) == 3 * count
    assert fixed.text.count("Pe\u00f1a ran") == again.text.count("Pe\u00f1a ran") == count
    assert again.text.count("Pe&Atilde;&plusmn;a</code>") == count  # code kept as written
    assert "\u201cdone\u201d" in again.text


def test_a_repair_record_with_an_impossible_count_reads_as_nothing_repaired(
    tmp_path: Path,
) -> None:
    # A stored document whose count decodes to infinity (JSON's 1e999,
    # written by another program or damaged in place): the post opens,
    # shows no notice and re-extracts, instead of an error from int().
    path = tmp_path / "ferry.txt"
    path.write_text(garble(POST), encoding="utf-8")
    database = tmp_path / "library.sqlite"
    post_id = _import_one(path, database)
    with sqlite3.connect(database) as conn:
        (stored,) = conn.execute(
            "SELECT document FROM post_content WHERE post_id = ?", (post_id,)
        ).fetchone()
        text = json.dumps(codec.unpack(stored)).replace('"places": 5', '"places": 1e999')
        assert "1e999" in text
        conn.execute(
            "UPDATE post_content SET document = ? WHERE post_id = ?",
            (zlib.compress(text.encode("utf-8")), post_id),
        )
    assert TextRepair.from_json({"places": float("inf")}) is None
    with Library.open(database) as library:
        assert library.text_repair(post_id) is None
        report = library.reextract_posts([post_id])
        assert report.failed == ()
        assert report.messages == ()


def test_the_repair_record_is_kept_on_each_engine(library: Library, tmp_path: Path) -> None:
    # The record lives in the post's stored document, which both engines
    # keep: told after import and still told after re-extraction.
    path = tmp_path / "bridge.html"
    path.write_text(_page("The bridge vote", _references(SENTENCE, "decimal")), encoding="utf-8")
    (result,) = library.import_paths([path]).results
    assert result.post_id is not None
    for _ in range(2):
        told = library.text_repair(result.post_id)
        assert told is not None
        assert told.places == 4
        assert ("Pe\u00c3\u00b1a", NAME) in told.samples
        library.reextract([result.post_id])
