"""How far PolNeAR's pronoun keys can be trusted, measured on ggt-dev (stop 37).

PolNeAR marks no coreference, so :mod:`evaluation.polnear` keys a pronoun
Source ("he said") to the nearest earlier *named* Source of the article. On
ggt-dev every quotation (direct, mixed and indirect) has a human-resolved
speaker (``reference``), pronoun speakers included, so the same rule can be
applied there to the gold speaker phrases and checked against that name.

``python -m evaluation.pron_keys --shared ../shared`` prints, per half,
**counts only**: for every ggt-dev quotation whose gold speaker phrase is a
pronoun, whether the key the harness's rule gives (the nearest earlier named
speaker phrase among the other gold quotations, :func:`evaluation.polnear.
named_sources` and :func:`evaluation.polnear.keys_at`) equals the
``reference`` surname ("agree a/n"), overall and by condition (:func:`conditions`:
where the named Source stands, whether another name or a description Source
stands between, whether the pronoun's sex matches what the text says of the
named person, what the Source just before is). ``--polnear`` adds, on
PolNeAR train and dev, how many pronoun-Source quotations fall in the part
where the key is reliable (:func:`reliable`) and how many of them we give
the right speaker (strict), per half: a count of its own, the headline
figures are unchanged. ``--tune-misses`` lists the **tune** half's misses in
that reliable part; the check half is never listed, and no check text, name
or sentence is printed.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from evaluation import polnear, quotes
from evaluation.polnear_misses import where
from evaluation.speaker_misses import paragraph
from evaluation.split import CHECK, HALVES, TUNE, half
from quotemark.library.analyze import analyze
from quotemark.library.analyze.gender import of_pronoun, of_word
from quotemark.library.analyze.lexicon import words

Source = tuple[int, int, str]
"""A speaker phrase: its start, end and words."""

# A person named in the text between the key's Source and the pronoun: a
# title and a surname, or two capitalised words (a first name and a
# surname); a capitalised function word opening a sentence is not a name.
_OTHER_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sgt|Const|Cpl|Insp|Supt)\.?\s+"
    r"(?P<titled>[A-Z][\w\u2019'-]+)"
    r"|(?P<first>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?P<last>[A-Z][a-z][\w\u2019'-]*))"
)
_NOT_FIRST = words(
    "the a an in on at but and for if when as after before since while this that these those "
    "its it he she they we i his her their our mr mrs ms dr sen rep gov new"
)


def _surnames(text: str) -> set[str]:
    """The surnames of the people the article names in full ("Tom Hale",
    "Mr. Hale"): the last word of each, as written."""
    out = set()
    for m in _OTHER_NAME.finditer(text):
        if (m.group("first") or "").lower() in _NOT_FIRST:
            continue
        last = m.group("titled") or m.group("last")
        out.add(last.removesuffix("\u2019s").removesuffix("'s"))
    return out


def _other_name_between(text: str, lo: int, hi: int, key: str) -> bool:
    """Is a person other than ``key`` mentioned between ``lo`` and ``hi``:
    a surname of someone the article names in full ("Sinclair" after
    "Murray Sinclair"), alone or not?"""
    others = {name for name in _surnames(text) if name.lower() != key}
    return any(word in others for word in re.findall(r"[A-Z][\w\u2019'-]*", text[lo:hi]))


def _sex_of(text: str, key: str, phrase: str) -> str | None:
    """The sex ("m" or "f") the text states it of the person keyed ``key``: the word
    before a mention of the name ("Mr.", "spokeswoman") or a gendered word
    of the named Source phrase; ``None`` when it states none, or both."""
    found = {g for w in phrase.split() if (g := of_word(w)) is not None}
    # Up to two given names or initials between ("Ms. Ada Lind", "Mr. Tom B.
    # Hale"), only those of the named Source: "her husband, Tom Lind" says
    # nothing of Ada Lind.
    given = set(phrase.split())
    pattern = re.compile(r"(\S+)\s+((?:[A-Z][\w.]*\s+){0,2})(?i:" + re.escape(key) + r")\b")
    for m in pattern.finditer(text):
        if set(m.group(2).split()) <= given and (g := of_word(m.group(1))) is not None:
            found.add(g)
    return found.pop() if len(found) == 1 else None


_PRONOUN_GROUPS = {"he": "he/him/his", "him": "he/him/his", "his": "he/him/his",
                   "she": "she/her", "her": "she/her", "they": "they/them/their",
                   "them": "they/them/their", "their": "they/them/their",
                   "who": "who/whom", "whom": "who/whom", "i": "i/we", "we": "i/we"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Keyed:
    """A pronoun Source: the key the harness's rule gives it (``None``: no
    named Source before it) and its conditions (closed-class strings)."""

    key: str | None
    conditions: dict[str, str]


def conditions(text: str, pronoun: Source, sources: list[Source]) -> Keyed:
    """The harness's key for the pronoun Source ``pronoun`` given the
    article's Source phrases ``sources`` (any kind, any order), and the
    conditions under which that key is read (see the module doc). As the
    rule stood before s37-keys's groups: no group Source is passed, so a
    plural "they" after one ("Hale aides") keys here on the named Source
    before it; and of several keys (a Source naming several people) one
    is taken, whichever the set gives first."""
    spans = {str(n): ("Source", s, e, w) for n, (s, e, w) in enumerate(sources)}
    named = polnear.named_sources(spans)
    p_start, p_end, p_words = pronoun
    keys = polnear.keys_at(text, ("Source", p_start, p_end, p_words), named)
    earlier = [src for src in named if src[0] < p_start]
    word = p_words.strip().lower()
    out = {"pronoun": _PRONOUN_GROUPS.get(word, "other (it, this, that, one...)")}
    if not keys or not earlier:
        out["named Source stands"] = "none before"
        return Keyed(None, out)
    key = min(keys)  # the same key in every run, whatever the hash seed
    n_start, n_end, n_words = earlier[-1]
    lo = paragraph(text, p_start)[0]
    out["named Source stands"] = where(text, n_start, p_start, lo)
    out["another name between"] = str(_other_name_between(text, n_end, p_start, key))
    between = [polnear.source_kind(w) for s, _e, w in sorted(set(sources)) if n_end <= s < p_start]
    out["a description Source between"] = str("a description" in between)
    out["Source just before"] = (
        "the named one" if not between else between[-1].replace("a name", "other")
    )
    said = of_pronoun(word)
    if said is None:
        out["sex"] = "pronoun states none"
    else:
        sex = _sex_of(text, key, n_words)
        out["sex"] = "text states none" if sex is None else "agrees" if sex == said else "differs"
    out["reliable"] = str(reliable(out))
    return Keyed(key, out)


def reliable(cond: dict[str, str]) -> bool:
    """Is the key of a pronoun Source with these conditions one to trust?"""
    return (
        cond.get("named Source stands") in ("same sentence", "same paragraph", "paragraph before")
        and cond.get("another name between") == "False"
        and cond.get("sex") != "differs"
    )


def _surname_words(reference: str) -> set[str]:
    said = reference.lower().replace("\u2019", "'")
    return set(quotes._WORD.findall(said)) | {w.strip(".'-") for w in quotes._JOINED.findall(said)}


def ggt_cases(folder: Path) -> Iterator[tuple[str, str, Keyed, bool]]:
    """``(file name, quotation kind, keyed, key agrees with reference)`` for
    every ggt-dev quotation with a reference whose speaker phrase is a
    pronoun."""
    for line in (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        fixed = quotes._read(folder / record["text_file"])
        found = [quotes._ggt_moved(fixed, q) for q in record["quotes"]]
        text = fixed.text
        sources = sorted(
            {
                (q["speaker_start"], q["speaker_end"], text[q["speaker_start"] : q["speaker_end"]])
                for q in found
                if q.get("speaker_start") is not None and q.get("speaker_end") is not None
            }
        )
        for q in found:
            s, e = q.get("speaker_start"), q.get("speaker_end")
            reference = q.get("reference") or ""
            if s is None or e is None or not reference.strip():
                continue
            if text[s:e].strip().lower() not in polnear.PRONOUNS:
                continue
            keyed = conditions(text, (s, e, text[s:e]), sources)
            kind = "direct" if q["kind"] in ("direct", "mixed") else "indirect"
            agree = keyed.key is not None and keyed.key in _surname_words(reference)
            yield Path(record["text_file"]).name, kind, keyed, agree


Tally = dict[tuple[str, str], Counter[tuple[str, str]]]


def ggt_count(folder: Path) -> Tally:
    """``{(category, value): Counter((half, "agree" | "n"))}`` on ggt-dev."""
    counts: Tally = {}
    for name, kind, keyed, agree in ggt_cases(folder):
        which = half(name)
        cats = {"all": "all", "kind": kind, **keyed.conditions}
        if "reliable" in cats:
            cats["reliable x kind"] = f"{cats['reliable']} {kind}"
            cats["reliable x pronoun"] = f"{cats['reliable']} {cats['pronoun']}"
            cats["stands x another name between"] = (
                f"{cats['named Source stands']}, {cats['another name between']}"
            )
            cats["stands x Source just before"] = (
                f"{cats['named Source stands']}, {cats['Source just before']}"
            )
        for category, value in cats.items():
            tally = counts.setdefault((category, value), Counter())
            tally[(which, "n")] += 1
            tally[(which, "agree")] += agree
    return counts


def print_agreement(counts: Tally) -> None:
    """One line a (category, value): agreed/total per half."""
    for (category, value), tally in sorted(counts.items()):
        cells = []
        for which in HALVES:
            n, a = tally[(which, "n")], tally[(which, "agree")]
            share = f" {a / n:.2f}" if n else ""
            cells.append(f"{which} {a}/{n}{share}")
        print(f"{category}: {value}: " + "; ".join(cells))


def polnear_pairs(
    folder: Path,
) -> Iterator[tuple[str, str, quotes.Gold, quotes.Predicted | None, Keyed]]:
    """``(file name, text, gold, our matched quotation or None, keyed)`` for
    every PolNeAR gold quotation of one split folder whose Source is a
    pronoun."""
    for path, text, ann in quotes.polnear_texts(folder):
        spans, _relations = polnear.parse(ann)
        sources = sorted((s, e, w) for kind, s, e, w in spans.values() if kind == "Source")
        doc = quotes.polnear_doc(path.name, text, ann)
        wanted = [
            i
            for i, g in enumerate(doc.gold)
            if quotes.phrase_kind(g, text) == "a pronoun"  # as ``make eval`` counts them
        ]
        if not wanted:
            continue
        blocks, offsets = quotes.blocks_from_text(text)
        predicted = quotes._predictions(analyze(blocks), offsets, text, doc.marked)
        ours = {g: predicted[p] for g, p in quotes.match(doc.gold, predicted)}
        for i in wanted:
            g = doc.gold[i]
            pronoun = (g.speaker_start or 0, g.speaker_end or 0, g.reference)
            yield path.name, text, g, ours.get(i), conditions(text, pronoun, sources)


def polnear_count(shared: Path) -> dict[str, Counter[tuple[str, str]]]:
    """Per PolNeAR split: per half, the pronoun-Source quotations with a key,
    those in the reliable part, and our strict right ones in each part
    (matched quotations only, as the strict score counts them)."""
    out: dict[str, Counter[tuple[str, str]]] = {}
    for split in ("train", "dev"):
        tally: Counter[tuple[str, str]] = Counter()
        for name, _text, g, pq, keyed in polnear_pairs(shared / "corpus/quotes/polnear" / split):
            if not g.keys or pq is None:
                continue
            which = half(name)
            part = "reliable" if keyed.conditions.get("reliable") == "True" else "other"
            tally[(which, f"{part} n")] += 1
            tally[(which, f"{part} right")] += quotes.strict_right(g, pq)
        out[f"polnear-{split}"] = tally
    return out


def _tune_misses(shared: Path) -> None:
    """The tune half's strict misses in the reliable part (never the check half)."""
    for split in ("train", "dev"):
        for name, text, g, pq, keyed in polnear_pairs(shared / "corpus/quotes/polnear" / split):
            if half(name) != TUNE or pq is None or not g.keys:
                continue
            if keyed.conditions.get("reliable") != "True" or quotes.strict_right(g, pq):
                continue
            print("=" * 70)
            print(name, "| gold:", g.reference, sorted(g.keys), "| ours:", pq.name, "/", pq.label)
            print(keyed.conditions)
            at = g.speaker_start or g.start
            lo = max(0, min(at, g.start) - 500)
            print(text[lo : max(g.end, g.speaker_end or 0) + 60].replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--polnear", action="store_true", help="PolNeAR's reliable part too")
    parser.add_argument("--tune-misses", action="store_true", help="tune misses, reliable part")
    args = parser.parse_args(argv)
    if args.tune_misses:
        _tune_misses(args.shared)
        return 0
    print_agreement(ggt_count(args.shared / "corpus" / "quotes" / "ggt-dev"))
    if args.polnear:
        for row, tally in polnear_count(args.shared).items():
            for part in ("reliable", "other"):
                print(
                    f"[{row}] {part}: "
                    + "; ".join(
                        f"{w} strict {tally[(w, part + ' right')]}/{tally[(w, part + ' n')]}"
                        for w in (TUNE, CHECK)
                    )
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
