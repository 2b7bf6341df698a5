"""Review of the PolNeAR reported-speech harness (``reported.polnear_marked``),
stop 35, on PolNeAR-shaped articles of our own: Contents the marks cannot go
around as a page would quote them are counted apart, never marked."""

from __future__ import annotations

from evaluation import polnear, reported

L, R = "\u201c", "\u201d"
TEXT = (
    "Ada Lind said the pier would close in May\n\n"
    "and that the ferry would stop with it.\n\n"
    f"{L}Tom Hale told us the fares would stay,{R} Lind said.\n\n"
    "Hale said the night crews were the best on the coast.\n"
)


def _ann(relations: list[tuple[str, str, str]]) -> str:
    """A PolNeAR .ann of ``(Source, Cue, Content)`` relations, each span the
    first occurrence of its words."""
    lines = []
    n = 0
    for e, spans in enumerate(relations, start=1):
        ids = []
        for kind, words in zip(("Source", "Cue", "Content"), spans, strict=True):
            n += 1
            at = TEXT.index(words)
            lines.append(f"T{n}\t{kind} {at} {at + len(words)}\t{words}")
            ids.append(f"{kind}:T{n}")
        lines.append(f"E{e}\tAttribution:T{n} " + " ".join(ids))
    return "\n".join(lines) + "\n"


ANN = _ann(
    [
        # Across a blank line: the marks would open in one paragraph and
        # close in the next, which no page does.
        ("Ada Lind", "said", "the pier would close in May\n\nand that the ferry would stop"),
        # Inside Lind's quotation: curly marks inside curly marks.
        ("Tom Hale", "told", "the fares would stay"),
        ("Hale", "said", "the night crews were the best on the coast"),
    ]
)


def test_a_content_across_paragraphs_or_inside_a_quotation_is_not_marked() -> None:
    assert len(polnear.reported(TEXT, ANN)) == 3
    doc, swallowed, overlapping, apart = reported.polnear_marked("x.txt", TEXT, ANN)
    assert [g.text for g in doc.gold] == [f"{L}the night crews were the best on the coast{R}"]
    assert (swallowed, overlapping, apart) == (0, 0, 2)
    # The page as marked: every paragraph's marks pair within it, and Lind's
    # quotation holds no marks of its own.
    for paragraph in doc.text.split("\n\n"):
        assert paragraph.count(L) == paragraph.count(R)
    assert f"{L}Tom Hale told us the fares would stay,{R}" in doc.text
    row = reported.rows({"tune": reported.Reported(apart=apart)})[0]
    assert "across paragraphs or inside a quotation: 2" in row


def test_a_source_ending_where_a_marked_content_ends_keeps_its_words() -> None:
    """ "Hale said the plan came from Lind, and Lind ..." with Lind's Source
    the last word of Hale's Content: the closing mark goes after that word,
    so the Source's end moves past the opening mark only, and its span holds
    "Lind", not "Lind”"."""
    text = "Hale said the plan came from Lind. Lind said it would work.\n"
    at = text.index("Lind")
    content = text.index("the plan came from Lind")
    later = text.index("it would work")
    said = text.index("said", at)
    ann = (
        "T1\tSource 0 4\tHale\n"
        "T2\tCue 5 9\tsaid\n"
        f"T3\tContent {content} {at + 4}\tthe plan came from Lind\n"
        "E1\tAttribution:T3 Source:T1 Cue:T2 Content:T3\n"
        f"T4\tSource {at} {at + 4}\tLind\n"
        f"T5\tCue {said} {said + 4}\tsaid\n"
        f"T6\tContent {later} {later + 13}\tit would work\n"
        "E2\tAttribution:T6 Source:T4 Cue:T5 Content:T6\n"
    )
    doc, _swallowed, _overlapping, _apart = reported.polnear_marked("x.txt", text, ann)
    spoken = {g.text: doc.text[g.speaker_start : g.speaker_end] for g in doc.gold}
    assert spoken == {f"{L}the plan came from Lind{R}": "Hale", f"{L}it would work{R}": "Lind"}
