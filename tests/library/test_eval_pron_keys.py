"""``python -m evaluation.pron_keys`` measures on ggt-dev how often PolNeAR's
key for a pronoun Source (the nearest earlier named Source) names the person
the human reader resolved, and under which conditions it can be trusted. The
text here is the team's."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation import pron_keys

NAMED = "Ada Lind, who runs the harbour board, said the pier was full."
QUOTE = "\u201cWe turned three boats away,\u201d she said."


def _sources(text: str, *phrases: str) -> list[pron_keys.Source]:
    out = []
    for phrase in phrases:
        start = text.index(phrase)
        out.append((start, start + len(phrase), phrase))
    return out


def _pronoun(text: str, word: str) -> pron_keys.Source:
    start = text.index(f"{word} said", text.index("\u201d"))
    return (start, start + len(word), word)


def test_the_paragraph_before_with_no_one_between_is_reliable() -> None:
    text = f"{NAMED}\n\n{QUOTE}"
    keyed = pron_keys.conditions(text, _pronoun(text, "she"), _sources(text, "Ada Lind"))
    assert keyed.key == "lind"
    assert keyed.conditions["named Source stands"] == "paragraph before"
    assert keyed.conditions["another name between"] == "False"
    assert keyed.conditions["reliable"] == "True"


def test_another_person_mentioned_between_makes_it_unreliable() -> None:
    # Tom Hale is named in full once, then mentioned by surname alone between
    # Lind's Source and the pronoun: the reader may mean Hale.
    text = f"Tom Hale sails the pier.\n\n{NAMED}\n\nHale had left at noon. {QUOTE}"
    keyed = pron_keys.conditions(text, _pronoun(text, "she"), _sources(text, "Ada Lind"))
    assert keyed.key == "lind"
    assert keyed.conditions["another name between"] == "True"
    assert keyed.conditions["reliable"] == "False"


def test_a_pronoun_of_the_other_sex_makes_it_unreliable() -> None:
    text = f"Ms. {NAMED}\n\n\u201cWe turned three boats away,\u201d he said."
    keyed = pron_keys.conditions(text, _pronoun(text, "he"), _sources(text, "Ada Lind"))
    assert keyed.conditions["sex"] == "differs"
    assert keyed.conditions["reliable"] == "False"


def test_a_named_source_three_paragraphs_back_is_unreliable() -> None:
    text = f"{NAMED}\n\nThe tide rose.\n\nThe boats waited.\n\n{QUOTE}"
    keyed = pron_keys.conditions(text, _pronoun(text, "she"), _sources(text, "Ada Lind"))
    assert keyed.conditions["named Source stands"] == "earlier"
    assert keyed.conditions["reliable"] == "False"


def test_no_named_source_before_gives_no_key() -> None:
    text = f"{QUOTE}\n\n{NAMED}"
    keyed = pron_keys.conditions(text, _pronoun(text, "she"), _sources(text, "Ada Lind"))
    assert keyed.key is None
    assert keyed.conditions["named Source stands"] == "none before"


def test_ggt_cases_compare_the_key_with_the_reference(tmp_path: Path) -> None:
    # Two pronoun quotations after Lind's: one the reader gives to Lind, one
    # to Tom Hale (the rule keys both to Lind).
    text = f"{NAMED}\n\n{QUOTE}\n\n\u201cNot this week,\u201d he said."
    (tmp_path / "rawtext").mkdir()
    (tmp_path / "rawtext" / "a.txt").write_text(text, encoding="utf-8")

    def quote(kind: str, phrase: tuple[int, int, str], reference: str) -> dict[str, object]:
        return {"quote": "x", "kind": kind, "quote_start": 0, "quote_end": 1,
                "speaker": phrase[2], "speaker_start": phrase[0], "speaker_end": phrase[1],
                "reference": reference}  # fmt: skip

    she = _pronoun(text, "she")
    he_at = text.rindex("he said")
    record = {
        "text_file": "rawtext/a.txt",
        "quotes": [
            quote("indirect", _sources(text, "Ada Lind")[0], "Ada Lind"),
            quote("direct", she, "Ada Lind"),
            quote("direct", (he_at, he_at + 2, "he"), "Tom Hale"),
        ],
    }
    (tmp_path / "annotations.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    found = [(kind, keyed.key, agree) for _n, kind, keyed, agree in pron_keys.ggt_cases(tmp_path)]
    assert found == [("direct", "lind", True), ("direct", "lind", False)]


def test_a_description_source_between_is_named_as_the_source_just_before() -> None:
    text = f"{NAMED}\n\nThe harbour master said the tide was late. {QUOTE}"
    sources = _sources(text, "Ada Lind", "The harbour master")
    keyed = pron_keys.conditions(text, _pronoun(text, "she"), sources)
    assert keyed.conditions["a description Source between"] == "True"
    assert keyed.conditions["Source just before"] == "a description"
    keyed = pron_keys.conditions(text, _pronoun(text, "she"), sources[:1])
    assert keyed.conditions["a description Source between"] == "False"
    assert keyed.conditions["Source just before"] == "the named one"
