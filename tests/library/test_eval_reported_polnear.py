"""PolNeAR's reported speech as speaker data (``reported.evaluate_polnear``)
on a tiny PolNeAR-shaped folder of our own: every Content without quotation
marks put in curly marks at once, its Source's keys as gold, the speaker
scored with the shared scorer, and the Contents that cannot be scored
counted apart."""

from __future__ import annotations

from pathlib import Path

from evaluation import polnear, reported
from evaluation.split import CHECK, TUNE, half

TEXT = (
    "Ada Lind, the harbour master, said the pier would close in May.\n\n"
    "The ferry will run until then, Tom Hale said on Friday.\n\n"
    "Hale said \u201cnothing more\u201d about it.\n\n"
    "He added that the fares would stay as they are.\n"
)


def _span(n: int, kind: str, words: str, after: int = 0) -> tuple[str, int]:
    at = TEXT.index(words, after)
    return f"T{n}\t{kind} {at} {at + len(words)}\t{words}", at


def _ann() -> str:
    lines = []
    relations = [
        ("Ada Lind", "said", "the pier would close in May", 0),
        ("Tom Hale", "said", "The ferry will run until then", 0),
        ("Hale", "said", "\u201cnothing more\u201d", TEXT.index("Hale said")),
        ("He", "added", "the fares would stay as they are", 0),
        # A Content holding its own Source: counted apart, never marked.
        ("Tom Hale", "said", "The ferry will run until then, Tom Hale said", 0),
    ]
    n = 0
    for e, (source, cue, content, after) in enumerate(relations, start=1):
        ids = []
        for kind, words in (("Source", source), ("Cue", cue), ("Content", content)):
            n += 1
            line, _at = _span(n, kind, words, after)
            lines.append(line)
            ids.append(f"{kind}:T{n}")
        lines.append(f"E{e}\tAttribution:T{n} " + " ".join(ids))
    return "\n".join(lines) + "\n"


def _folder(tmp_path: Path) -> tuple[Path, str]:
    name = "harbour-fixture.txt"
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "harbour-fixture_ann1.ann").write_text(_ann(), encoding="utf-8")
    return tmp_path, half(name)


def test_only_contents_without_marks_are_reported_speech() -> None:
    found = polnear.reported(TEXT, _ann())
    contents = [TEXT[r.start : r.end] for r in found]
    assert "\u201cnothing more\u201d" not in contents
    assert [r.swallows for r in found].count(True) == 1
    he = next(r for r in found if r.source == "He")
    assert he.keys == frozenset({"hale"})  # a pronoun keys on the nearest earlier name


def test_every_content_of_an_article_is_marked_at_once() -> None:
    doc, swallowed, overlapping, apart = reported.polnear_marked("x.txt", TEXT, _ann())
    assert (swallowed, overlapping, apart) == (1, 0, 0)
    assert [g.text for g in doc.gold] == [
        "\u201cthe pier would close in May\u201d",
        "\u201cThe ferry will run until then\u201d",
        "\u201cthe fares would stay as they are\u201d",
    ]
    # The Sources' offsets follow the inserted marks.
    for g in doc.gold:
        assert g.speaker_start is not None
        assert g.speaker_end is not None
        assert doc.text[g.speaker_start : g.speaker_end] == g.reference


def test_the_half_is_scored_and_the_unscorable_counted_apart(tmp_path: Path) -> None:
    folder, which = _folder(tmp_path)
    misses: list[str] = []
    scores = reported.evaluate_polnear(folder, misses)
    r = scores[which]
    other = scores[CHECK if which == TUNE else TUNE]
    assert other.score.tp == other.score.fn == 0
    assert r.swallowed == 1
    assert r.score.tp == 3
    assert r.unread == 0
    # Lind and Hale by name; "He added" is Hale's.
    assert r.score.strict_right == r.score.strict_total == r.score.tp
    row = reported.rows({which: r})[0]
    assert f"strict speakers {r.score.strict_right}/{r.score.strict_total}" in row
    if which != TUNE:
        assert misses == []


def test_a_plural_possessive_source_keys_on_the_bare_name() -> None:
    """ "Hales\u2019 campaign", "Lind' office": the apostrophe after an -s is the
    possessive's, not part of the name the speaker must hold."""
    assert "hales" in polnear.source_keys("Hales\u2019 campaign", None)
    assert "lind" in polnear.source_keys("Lind' office", None)
    assert polnear.source_keys("Tom O'Neill", None) == frozenset({"o'neill"})
