"""The strict speaker score of ``make eval`` reads a surname the way the gold
keys do: a hyphen or an apostrophe inside it keeps it one word."""

from __future__ import annotations

import re

from evaluation.quotes import Doc, Gold, Predicted, Score, band, score_doc, strict_right, table


def gold(*keys: str) -> Gold:
    return Gold(0, 10, "direct", keys[0], None, None, "", frozenset(keys))


def said_by(name: str | None, label: str = "") -> Predicted:
    return Predicted(0, 10, name, label or (name or ""), None, None, "")


def test_hyphenated_and_apostrophe_surnames_match_their_keys() -> None:
    assert strict_right(gold("holtz-eakin"), said_by("Douglas Holtz-Eakin"))
    assert strict_right(gold("o'neill"), said_by("James O\u2019Neill"))
    assert strict_right(gold("o\u2019brien"), said_by("Timothy O'Brien"))


def test_a_pronoun_or_another_name_is_still_wrong() -> None:
    assert not strict_right(gold("holtz-eakin"), said_by(None, "he"))
    assert not strict_right(gold("holtz-eakin"), said_by("Douglas Holtz"))
    assert strict_right(gold("carper"), said_by("Tom Carper"))


def test_the_table_splits_strict_speakers_by_a_named_or_a_pronoun_source() -> None:
    """PolNeAR keys a pronoun Source by the nearest earlier named Source, so
    the table shows the strict score on those quotations apart."""
    text = (
        "Anna Berg said the plan works. Tom Hale spoke next.\n\n"
        "\u201cWe will build it this year,\u201d she said.\n\n"
        "\u201cIt is far too costly for the town,\u201d Hale said."
    )

    def quoted(opening: str, source: str) -> Gold:
        start = text.index(opening)
        end = text.index("\u201d", start) + 1
        return Gold(start, end, "direct", source, None, None, "", frozenset(["hale"]))

    quotes = [quoted("\u201cWe", "she"), quoted("\u201cIt", "Hale")]
    ours, base = Score(), Score()
    score_doc(Doc("a.txt", text, quotes, marked=True), ours, base)
    assert (ours.strict_total, ours.pronoun_total) == (2, 1)
    assert ours.strict_right - ours.pronoun_right == 1  # "Hale said" is right
    lines = table("x", {"check": (ours, base)}, {"tune": 0, "check": 1})
    assert any("strict by gold Source: named 1/1" in line for line in lines)


def test_the_table_tells_unknown_speakers_from_wrong_ones_and_scores_by_length() -> None:
    """A quotation with no speaker is a strict miss like a wrong name, but
    the table counts the two apart (a wrong name is a mis-citation; "speaker
    unknown" is an honest gap), and gives the tune half's F1 per length."""
    text = (
        "Tom Hale spoke first.\n\n"
        "\u201cWe will build the new bridge this year,\u201d Hale said.\n\n"
        "The council was \u201cdelighted\u201d with it."
    )
    start = text.index("\u201cWe")
    long_gold = Gold(
        start,
        text.index("\u201d", start) + 1,
        "direct",
        "Berg",
        None,
        None,
        text[start : text.index("\u201d", start) + 1],
        frozenset(["berg"]),
    )
    word = text.index("\u201cdelighted")
    short_gold = Gold(
        word, word + 11, "direct", "Berg", None, None, text[word : word + 11], frozenset(["berg"])
    )
    ours, base = Score(), Score()
    score_doc(Doc("a.txt", text, [long_gold, short_gold]), ours, base)
    assert (ours.strict_total, ours.strict_right, ours.unnamed) == (1, 0, 0)
    assert ours.bands == {"6+": [1, 0, 0], "1-2": [0, 0, 1]}
    lines = table("x", {"tune": (ours, base)}, {"tune": 1, "check": 0})
    assert any("strict misses: 1 name someone else, 0 no speaker" in line for line in lines)
    assert any("1-2 words 0.000 (0/0/1)" in line and "6+ words 1.000" in line for line in lines)
    assert [band("a b"), band("one two three"), band("a b c d e f")] == ["1-2", "3-5", "6+"]


def test_a_polnear_source_keys_on_the_name_it_gives_wherever_it_stands() -> None:
    """An office before "of", a description before the name in apposition
    and a lower-case word before a title do not hide the person's name."""
    from evaluation.polnear import source_keys

    assert source_keys("Former Secretary of State Ada Lind", None) == {"lind"}
    assert source_keys("Sen. Tom Carper of Delaware", None) == {"carper"}
    assert "lind" in source_keys("the mayor\u2019s chief of staff, Ada Lind,", None)
    assert source_keys("Lund\u2019s harbour master, Ada B. Lind,", None) == {"lind"}
    assert source_keys("former Sen. Ada Lind, a moderate", None) == {"lind"}
    assert source_keys("state Rep. Ada Lind (D)", None) == {"lind"}
    assert "lind" in source_keys("the director of the Harbour Board, Ada Lind,", "Tom Hale")
    # A place after the comma is no name in apposition.
    assert source_keys("a woman in Lund, Sweden,", "Tom Hale") == {"hale", "woman"}


def test_a_polnear_document_keys_on_who_issued_it_when_the_description_names_them() -> None:
    """ "A 2014 Harbour Board report found ...": the text names who speaks
    through the report, so that name is right (as ggt-dev's gold has it);
    the description as written stays right, and a document with no issuer
    named keys as before."""
    from evaluation.polnear import source_keys

    assert source_keys("A 2014 Lund Harbour Board report", "Tom Hale") == {
        "board",
        "report",
        "hale",
    }
    assert "institute" in source_keys("a paper from the left-leaning Ferry Institute", None)
    assert "institute" in source_keys("A study by the Ferry Institute released in May", None)
    assert source_keys("the report", "Tom Hale") == {"report", "hale"}
    # A person's description is no document: its employer is not the speaker.
    assert source_keys("A spokesman for the Ferry Institute", None) == {"spokesman"}
    assert strict_right(gold("board", "report"), said_by("Lund Harbour Board"))


def test_a_bare_polnear_document_keys_on_the_issuer_of_its_earlier_mention() -> None:
    """ "Lind keeps a handwritten note from Tom Hale. ... the note says": the
    note is Hale's (the same head noun, its issuer named); another kind of
    document named earlier is not taken for it."""
    from evaluation.polnear import source_keys

    before = "Ada Lind keeps a framed, handwritten note from Tom Hale on her desk. "
    assert "hale" in source_keys("the note", None, before)
    assert "times" in source_keys("the article", None, "Years ago, a Lund Times article said ")
    assert source_keys("the article", None, "a Lund Times report said ") == {"article"}


def test_a_polnear_attribution_s_second_content_piece_is_gold_too() -> None:
    """brat writes the second quoted piece of one attribution as ``Content2``
    (a quotation split by its cue): its marked span is gold, with the same
    Source's keys; a quotation in no Content is still not gold."""
    from evaluation.polnear import gold_quotes

    text = (
        "\u201cFor me,\u201d Tom Hale concluded, \u201cthe pier is full.\u201d "
        "The board called it \u201cthe long pier\u201d in a memo."
    )

    def span(words: str) -> str:
        start = text.index(words)
        return f"{start} {start + len(words)}\t{words}"

    first, second = "\u201cFor me,\u201d", "\u201cthe pier is full.\u201d"
    ann = (
        f"T1\tSource {span('Tom Hale')}\n"
        f"T2\tCue {span('concluded')}\n"
        f"T3\tContent {span(first)}\n"
        f"T4\tAttribution {span('concluded')}\n"
        f"T5\tContent {span(second)}\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T5\n"
    )
    found = {text[g.start : g.end]: g.keys for g in gold_quotes(text, ann)}
    assert found == {first: frozenset({"hale"}), second: frozenset({"hale"})}


def test_a_polnear_source_keys_on_the_holder_of_an_office_before_of() -> None:
    """ "Harbour Chief of Staff Ada Lind" names Ada Lind: the office before
    "of" and its body are not the name; a place after a name ("Sen. Tom Hale
    of Lund") still is no name."""
    from evaluation.polnear import source_keys

    assert source_keys("Harbour Chief of Staff Ada Lind", None) == {"lind"}
    assert source_keys("Lund\u2019s Supervisor of Elections Tom Hale", None) == {"hale"}
    assert source_keys("former harbour chief of staff Ada Lind, who retired", None) == {"lind"}
    assert source_keys("Sen. Tom Hale of Lund Harbour", None) == {"hale"}
    assert source_keys("Tom Hale of the Lund Times", None) == {"hale"}


def test_a_polnear_source_s_apposition_between_dashes_is_not_its_name() -> None:
    """ "Gov. Tom Hale – a Harbour Gulls fan –": the apposition between dashes
    says who he is; his name is Hale. A hyphen inside a name stays in it."""
    from evaluation.polnear import source_keys

    assert source_keys("Gov. Tom Hale \u2013 a Harbour Gulls fan \u2013", None) == {"hale"}
    assert source_keys("Ada Lind \u2014 a fellow at the Lund Harbour Council \u2014", None) == {
        "lind"
    }
    assert source_keys("Ada Lind - a fellow at the Lund Harbour Council -", None) == {"lind"}
    assert source_keys("Ada Holtz-Lind", None) == {"holtz-lind"}


def test_a_polnear_source_naming_several_people_keys_on_each() -> None:
    """ "Tom Hale and Ada Lind said": either is the speaker; a family ("Tom
    and Ada Lind") and one body's name with "and" in it keep one key."""
    from evaluation.polnear import source_keys

    assert source_keys("Tom Hale and Ada Lind", None) == {"hale", "lind"}
    assert source_keys("Mr. Hale and Ms. Lind, both pilots,", None) == {"hale", "lind"}
    assert source_keys("Tom and Ada Lind", None) == {"lind"}
    assert source_keys("Lund Harbour and Pilotage Board", None) == {"board"}


def _brat(text: str, sources: list[tuple[str, str, int]]) -> str:
    """A PolNeAR-shaped .ann: for each (Source words, quotation, nth
    occurrence of the Source words) an attribution of the quotation."""
    lines, relations = [], []
    for n, (who, quote, nth) in enumerate(sources):
        at = [m.start() for m in re.finditer(rf"\b{re.escape(who)}\b", text)][nth]
        q = text.index(quote)
        lines.append(f"T{2 * n + 1}\tSource {at} {at + len(who)}\t{who}")
        lines.append(f"T{2 * n + 2}\tContent {q} {q + len(quote)}\t{quote}")
        relations.append(
            f"E{n + 1}\tAttribution:T{2 * n + 2} Content:T{2 * n + 2} Source:T{2 * n + 1}"
        )
    return "\n".join(lines + relations) + "\n"


def test_a_polnear_group_named_after_a_person_is_no_named_source() -> None:
    """ "Hale aides argue ... “…,” he said": the "he" is the person named
    before (Ada Lind's pier master Tom Dorn), not Hale, whose aides spoke;
    a later plural "they" is the aides. "Tom Hale and his aides" and "Tom
    Hale himself" still name Hale. (The group's own key is left as it was:
    see evaluation/README.md, stop 37, s37-keys.)"""
    from evaluation.polnear import gold_quotes, source_keys

    text = (
        "Pier master Tom Dorn said \u201cthe pier holds.\u201d\n\n"
        "Dorn doubts a strong season, something Hale aides argue \u201cis likely.\u201d\n\n"
        "\u201cWe must stipulate that,\u201d he said.\n\n"
        "\u201cThe season is long,\u201d they said.\n"
    )
    ann = _brat(
        text,
        [
            ("Tom Dorn", "\u201cthe pier holds.\u201d", 0),
            ("Hale aides", "\u201cis likely.\u201d", 0),
            ("he", "\u201cWe must stipulate that,\u201d", 0),
            ("they", "\u201cThe season is long,\u201d", 0),
        ],
    )
    keys = {text[g.start : g.end]: g.keys for g in gold_quotes(text, ann)}
    assert keys["\u201cWe must stipulate that,\u201d"] == {"dorn"}
    assert "aides" in keys["\u201cThe season is long,\u201d"]
    assert "hale" not in keys["\u201cThe season is long,\u201d"]
    assert source_keys("Tom Hale and his aides", None) == {"hale"}
    assert source_keys("Tom Hale himself", None) == {"hale"}
    assert source_keys("Hales\u2019 crew", None) == {"hales"}


def test_a_polnear_they_after_several_people_keys_on_them_all() -> None:
    """ "Tom Hale and Ada Lind wrote ... “…,” they said": either is right;
    a "they" with no group since the person named keys on that person, as
    before."""
    from evaluation.polnear import gold_quotes

    text = (
        "Tom Hale and Ada Lind wrote that \u201cthe pier is full.\u201d\n\n"
        "\u201cNo more boats,\u201d they said.\n\n"
        "Tom Dorn said \u201cthe ferry is late.\u201d\n\n"
        "\u201cIt always is,\u201d they said.\n"
    )
    ann = _brat(
        text,
        [
            ("Tom Hale and Ada Lind", "\u201cthe pier is full.\u201d", 0),
            ("they", "\u201cNo more boats,\u201d", 0),
            ("Tom Dorn", "\u201cthe ferry is late.\u201d", 0),
            ("they", "\u201cIt always is,\u201d", 1),
        ],
    )
    keys = {text[g.start : g.end]: g.keys for g in gold_quotes(text, ann)}
    assert keys["\u201cNo more boats,\u201d"] == {"hale", "lind"}
    assert keys["\u201cIt always is,\u201d"] == {"dorn"}


def test_a_polnear_relative_who_keys_on_the_person_written_before_its_comma() -> None:
    """ "The vote was backed by Tom Hale, who said ...": the annotators'
    Source "who" is Tom Hale, not the nearest earlier named Source (from
    stop 38 on); over an apposition or an age and place the name before is
    still the one; a description keys as a description Source does; a
    "who" after no comma, and "which", key as before."""
    from evaluation.polnear import keys_at

    def keys(before: str, word: str = "who") -> frozenset[str]:
        text = "Ada Lind spoke first. " + before + word + " said it was late."
        named = [(0, 8, "Ada Lind")]
        start = len(text) - len(word + " said it was late.")
        return keys_at(text, ("Source", start, start + len(word), word), named)

    assert keys("The vote was backed by Tom Hale, ") == {"hale"}
    assert keys("The plan drew praise from Sen. Tom Hale of Lund, ") == {"hale"}
    assert keys("Tom Hale, the harbour master, ") == {"hale"}
    assert keys("It heard Tom Hale, 64, of Lund, ") == {"hale"}
    assert keys("It had an endorsement from a colleague, from Tom Hale, ") == {"hale"}
    assert keys("Tom Hale and Ben Ames, ") == {"hale", "ames"}
    assert keys("The plan was put to the harbour master, ") == {"master", "lind"}
    # No comma: no antecedent read; "which" is no person.
    assert keys("A pilot ") == {"lind"}
    assert keys("The plan went to the harbour board, ", "which") == {"lind"}
