"""Quotations whose speaker phrase is "they" counted by category, per half (stop 35).

``python -m evaluation.they_speakers --shared ../shared`` prints, for every
matched quotation of the three corpora (ggt-dev direct and reported,
PolNeAR train and dev) whose gold or predicted speaker phrase is
they/them/their, **counts only** by categories computed by code: what we gave
(a person, a pair "X and Y", a body, people unnamed, a bare "they"), whether
it is strictly right, what the gold key is (a person's surname, a surname two
people of the text share or a pair, a body, a description), and what the 700
characters before the phrase offer (two names joined by "and", a body word
capitalised, a lower-case plural noun of people). No text, name, label or
sentence of either half is printed (issue 16).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from evaluation import quotes, reported
from evaluation.speaker_misses import print_counts
from evaluation.split import TUNE, half
from quotemark.library.analyze import analyze
from quotemark.library.analyze.lexicon import words

_THEY = words("they them their")
_BODY_WORDS = words(
    "department ministry agency company government police office service board commission "
    "council group association union university hospital school city court authority bank "
    "airline province corporation organization organisation party campaign committee "
    "administration team club institute foundation trust society firm coalition network "
    "center centre league federation house senate congress"
)
_PAIR = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z'-]+)? (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z'-]+)?\b")
_PEOPLE = re.compile(
    r"\b[a-z]{2,}(?:ors|ers|ists|ians|ants|ents|ives|ees|ials|men)\b|\b(?:people|children"
    r"|families|experts|critics|nurses|staff|locals|victims|citizens|friends|kids|couple|parents"
    r"|analysts|advocates|colleagues|fans|athletes)\b"
)
_BODY_CAP = re.compile(
    r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )*(?:"
    + "|".join(w.capitalize() for w in sorted(_BODY_WORDS))
    + r")\b|\b[A-Z]{2,6}\b"
)
_FAMILY = re.compile(r"\bthe [A-Z][a-z]+s\b")


def _ours(pq: quotes.Predicted, text: str) -> str:
    if pq.name is None:
        said = set(re.findall(r"\w+", pq.label.lower()))
        return "bare pronoun" if not said or said <= quotes._PRONOUNS else "people/body unnamed"
    if re.search(r" (?:and|&) ", pq.name):
        return "a pair"
    if set(re.findall(r"\w+", pq.name.lower())) & _BODY_WORDS or pq.name.isupper():
        return "a body"
    return "a person"


def _gold(gq: quotes.Gold, text: str) -> str:
    ref = gq.reference
    if not gq.keys:
        return "no key"
    key = next(iter(gq.keys))
    if re.search(r" (?:and|&) ", ref):
        return "a pair"
    if set(re.findall(r"\w+", ref.lower())) & _BODY_WORDS or ref.isupper():
        return "a body"
    if ref[:1].islower():
        return "a description"
    firsts = {
        m.group(1)
        for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(key.capitalize()) + r"\b", text)
    }
    if len(firsts) >= 2 or re.search(r"\bthe " + re.escape(key.capitalize()) + r"e?s\b", text):
        return "a surname two people share (family)"
    return "a person"


def categories(doc: quotes.Doc, gq: quotes.Gold, pq: quotes.Predicted) -> dict[str, str]:
    text = doc.text
    at = pq.speaker_start if pq.speaker_start is not None else gq.speaker_start or gq.start
    window = text[max(0, at - 700) : at]
    return {
        "ours": _ours(pq, text),
        "right": str(quotes.strict_right(gq, pq)),
        "gold key": _gold(gq, text),
        "gold phrase is they": str(
            gq.speaker_start is not None
            and text[gq.speaker_start : gq.speaker_end or 0].strip().lower() in _THEY
        ),
        "before: a pair": str(_PAIR.search(window) is not None),
        "before: a body": str(_BODY_CAP.search(window) is not None),
        "before: plural people": str(_PEOPLE.search(window) is not None),
        "before: the <Name>s": str(_FAMILY.search(window) is not None),
        "gold key in the window before": str(
            bool(gq.keys)
            and re.search(r"\b" + re.escape(next(iter(gq.keys))) + r"\b", window, re.I) is not None
        ),
        "last plural people noun before is the key": _last_people(window, gq),
        "gold key class": _key_class(gq),
        "gold key's last place before": _key_place(window, gq),
        "last plural (any case, or the <Cap>s) before is the key": _last_plural(window, gq),
        "last group noun (people, body, couple) before is the key": _last_group(window, gq),
    }


def _key_place(window: str, gq: quotes.Gold) -> str:
    if not gq.keys:
        return "none"
    key = next(iter(gq.keys))
    found = list(re.finditer(r"\b" + re.escape(key) + r"\b", window, re.I))
    if not found:
        return "not in window"
    m = found[-1]
    sentence = "same sentence" if not re.search(r"[.!?]\W*\s", window[m.end() :]) else "earlier"
    lead = re.findall(r"[\w&]+", window[max(0, m.start() - 40) : m.start()])[-2:]
    prev = lead[-1] if lead else ""
    if prev.lower() == "the":
        kind = "after 'the'"
    elif prev.lower() in ("and", "&") or (len(lead) > 1 and lead[-2].lower() in ("and", "&")):
        kind = "after 'and'"
    elif prev[:1].isupper():
        kind = "after a capitalised word"
    elif prev[:1].islower():
        kind = "after a lower-case word"
    else:
        kind = "other"
    cap = "capitalised" if m.group()[:1].isupper() else "lower"
    return f"{sentence}, {kind}, {cap}"


_ANY_PLURAL = re.compile(
    r"\b(?i:[a-z]{2,}(?:ors|ers|ists|ians|ans|ants|ents|ives|ees|ials|men|ats)|people|children"
    r"|families|experts|critics|nurses|staff|locals|victims|citizens|friends|kids|parents"
    r"|analysts|advocates|colleagues|fans|athletes)\b|(?<=\bthe )[A-Z][a-z]+s\b"
)


def _last_plural(window: str, gq: quotes.Gold) -> str:
    found = list(_ANY_PLURAL.finditer(window))
    if not found or not gq.keys:
        return "none"
    last = found[-1]
    tail = window[last.end() :]
    where = (
        "same sentence"
        if not re.search(r"[.!?]\W*\s", tail)
        else ("sentence before" if len(re.findall(r"[.!?]\W*\s", tail)) == 1 else "earlier")
    )
    return f"{last.group().lower() in gq.keys}, {where}"


def _key_class(gq: quotes.Gold) -> str:
    if not gq.keys:
        return "none"
    key = next(iter(gq.keys))
    if key in _BODY_WORDS:
        return "body word"
    if _PEOPLE.fullmatch(key):
        return "plural people word"
    if key.endswith("s"):
        return "other word in -s"
    return "other"


_GROUP = re.compile(_PEOPLE.pattern + r"|\b(?:" + "|".join(sorted(_BODY_WORDS)) + r")\b")


def _last_group(window: str, gq: quotes.Gold) -> str:
    found = list(_GROUP.finditer(window))
    if not found or not gq.keys:
        return "none"
    return str(found[-1].group().lower() in gq.keys)


def _last_people(window: str, gq: quotes.Gold) -> str:
    found = list(_PEOPLE.finditer(window))
    if not found:
        return "none"
    last = found[-1]
    where = "same sentence" if not re.search(r"[.!?]\s", window[last.end() :]) else "earlier"
    return f"{bool(gq.keys) and last.group().lower() in gq.keys}, {where}"


def they_pairs(doc: quotes.Doc) -> list[tuple[quotes.Gold, quotes.Predicted]]:
    blocks, offsets = quotes.blocks_from_text(doc.text)
    predicted = quotes._predictions(analyze(blocks), offsets, doc.text, doc.marked)
    out = []
    for g, p in quotes.match(doc.gold, predicted):
        gq, pq = doc.gold[g], predicted[p]
        spans = [(gq.speaker_start, gq.speaker_end), (pq.speaker_start, pq.speaker_end)]
        if any(
            s is not None and e is not None and doc.text[s:e].strip().lower() in _THEY
            for s, e in spans
        ):
            out.append((gq, pq))
    return out


def count(shared: Path) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    folder = shared / "corpus" / "quotes"
    docs: list[tuple[str, quotes.Doc]] = [
        ("ggt-dev direct", d) for d in quotes.ggt_docs(folder / "ggt-dev")
    ]
    for name, text, q in reported.indirect(folder / "ggt-dev"):
        marked = None if reported.swallows(q) else reported.marked_doc(name, text, q)
        if marked is not None:
            docs.append(("ggt-dev reported", marked))
    docs += [("polnear-train", d) for d in quotes.polnear_docs(folder / "polnear" / "train")]
    docs += [("polnear-dev", d) for d in quotes.polnear_docs(folder / "polnear" / "dev")]
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, doc in docs:
        which = half(doc.name)
        for gq, pq in they_pairs(doc):
            cats = categories(doc, gq, pq)
            cats["ours x right"] = f"{cats['ours']}|{cats['right']}"
            cats["ours x gold key"] = f"{cats['ours']}|{cats['gold key']}"
            cats["wrong: gold key x pair before"] = (
                f"{cats['gold key']}|{cats['before: a pair']}" if cats["right"] == "False" else "-"
            )
            for category, value in cats.items():
                counts.setdefault((row, category), Counter())[(which, value)] += 1
    return counts


def _show(shared: Path) -> None:
    """Tune-half contexts only (the check half is never printed)."""
    folder = shared / "corpus" / "quotes"
    docs = [d for d in quotes.ggt_docs(folder / "ggt-dev")]
    docs += quotes.polnear_docs(folder / "polnear" / "train")
    docs += quotes.polnear_docs(folder / "polnear" / "dev")
    for doc in docs:
        if half(doc.name) != TUNE:
            continue
        for gq, pq in they_pairs(doc):
            at = pq.speaker_start if pq.speaker_start is not None else gq.start
            print("=" * 70)
            print(
                doc.name,
                "| ours:",
                pq.name,
                "/",
                pq.label,
                "| gold:",
                gq.reference,
                gq.keys,
                "| right:",
                quotes.strict_right(gq, pq),
            )
            print(doc.text[max(0, at - 700) : at + 80].replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--tune-show", action="store_true", help="print tune-half contexts")
    args = parser.parse_args(argv)
    if args.tune_show:
        _show(args.shared)
        return 0
    print_counts(count(args.shared))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
