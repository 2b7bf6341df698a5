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
