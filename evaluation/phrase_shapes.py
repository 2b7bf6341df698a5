"""The shapes of the speaker phrases we give, and how often each is strictly right (stop 47).

``python -m evaluation.phrase_shapes --shared ../shared`` reads every
quotation of ggt-dev and PolNeAR (train and dev) that we match to a gold
quotation with a speaker key, and sorts the speaker phrase we give (the
words of our speaker span, or our name or label when there is no span) by
its **shape**, computed by code: what it opens with (a preposition, a
determiner, a possessive pronoun, a capital, a pronoun, another lower-case
word), whether it holds a number, a comma, a possessive, a relative word,
a preposition after its first word, a verb of saying; its length in words;
where it stands against the verb of saying next to it. Each line reads
"shape: value right/total tune | right/total check" (strictly right, as
:func:`evaluation.quotes.strict_right`); no word of either half is printed
(issue 16). ``--tune SHAPE=VALUE`` lists the tune half's **misses** of one
value (ggt-dev and PolNeAR tune text only; never the check half).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from evaluation import quotes
from evaluation.split import CHECK, TUNE, half
from quotemark.library.analyze import analyze
from quotemark.library.analyze.lexicon import PREPOSITIONS, SPEECH_VERBS, words

_TOKEN = re.compile(r"[\w'\u2019.-]+")
_NUMBER = re.compile(r"\d")
_NUMBER_WORDS = words("one two three four five six seven eight nine ten hundred thousand million")
_DETERMINERS = words("the a an this that these those another some any every each no")
_OWNERS = words("his her their its our my your")
_PRONOUNS = words("he she they it we i you someone one")
_RELATIVE = words("who whom whose which that")
_SAYS = frozenset(SPEECH_VERBS)


def _opens(tokens: list[str]) -> str:
    first = tokens[0]
    low = first.lower()
    if low in PREPOSITIONS:
        return "a preposition"
    if low in _DETERMINERS:
        return "a determiner"
    if low in _OWNERS:
        return "a possessive pronoun"
    if low in _PRONOUNS:
        return "a pronoun"
    if first[:1].isupper():
        return "a capital"
    if first[:1].isdigit():
        return "a number"
    return "another lower-case word"


def _ends(tokens: list[str]) -> str:
    last = tokens[-1].lower().strip(".")
    if last in PREPOSITIONS or last == "to":
        return "a preposition or 'to'"
    if last in _DETERMINERS or last in _OWNERS:
        return "a determiner"
    if last in _RELATIVE:
        return "a relative word"
    if last in _PRONOUNS:
        return "a pronoun"
    if last[:1].isdigit():
        return "a number"
    return "a capital" if tokens[-1][:1].isupper() else "a lower-case word"


def _classes(tokens: list[str]) -> str:
    """The phrase as word classes, no words: PREP ART OWN PRON REL num Cap low."""
    out = []
    for t in tokens:
        low = t.lower().strip(".")
        if low in PREPOSITIONS or low == "to":
            out.append("PREP")
        elif low in _DETERMINERS:
            out.append("ART")
        elif low in _OWNERS:
            out.append("OWN")
        elif low in _PRONOUNS:
            out.append("PRON")
        elif low in _RELATIVE:
            out.append("REL")
        elif low in _SAYS:
            out.append("VERB")
        elif low[:1].isdigit():
            out.append("num")
        else:
            out.append("Cap" if t[:1].isupper() else "low")
    return " ".join(out)


def _span(pq: quotes.Predicted) -> tuple[int, int] | None:
    """Our speaker span's two ends, or ``None`` when we gave none."""
    if pq.speaker_start is None or pq.speaker_end is None:
        return None
    return pq.speaker_start, pq.speaker_end


def _phrase(text: str, pq: quotes.Predicted) -> str:
    """Our speaker phrase: the span's words, else our name or label."""
    span = _span(pq)
    return text[span[0] : span[1]] if span else (pq.name or pq.label)


def _capitals(caps: list[bool]) -> str:
    if all(caps):
        return "all"
    if not any(caps):
        return "none"
    return "first only" if caps[0] and not any(caps[1:]) else "mixed"


def _around(text: str, pq: quotes.Predicted) -> str:
    """Our phrase as word classes, with the three words before and after."""
    out = _classes(_TOKEN.findall(_phrase(text, pq)))
    span = _span(pq)
    if span is None:
        return out
    before = _TOKEN.findall(text[max(0, span[0] - 40) : span[0]])[-3:]
    after = _TOKEN.findall(text[span[1] : span[1] + 40])[:3]
    return f"{out} | before: {_classes(before)} | after: {_classes(after)}"


def _bucket(n: int) -> str:
    return str(n) if n <= 4 else ("5-6" if n <= 6 else "7+")


def shapes(text: str, pq: quotes.Predicted) -> dict[str, str]:
    """The shape of our speaker phrase for one matched quotation (values are
    closed-class strings, no words of the page)."""
    phrase = _phrase(text, pq)
    tokens = _TOKEN.findall(phrase)
    out = {"ours": "a name" if pq.name else ("a label" if pq.label else "none")}
    if not tokens:
        out["opens with"] = "nothing"
        return out
    lowered = [t.lower().strip(".") for t in tokens]
    out["opens with"] = _opens(tokens)
    out["ends with"] = _ends(tokens)
    out["words"] = _bucket(len(tokens))
    out["holds a digit"] = str(bool(_NUMBER.search(phrase)))
    out["holds a number word"] = str(any(t in _NUMBER_WORDS for t in lowered[1:]))
    out["holds a comma"] = str("," in phrase)
    out["holds a possessive"] = str(
        any(t.endswith(("'s", "\u2019s", "s'", "s\u2019")) for t in lowered)
    )
    out["holds a relative word after its first"] = str(any(t in _RELATIVE for t in lowered[1:]))
    out["holds a preposition after its first"] = str(any(t in PREPOSITIONS for t in lowered[1:]))
    out["holds a verb of saying"] = str(any(t in _SAYS for t in lowered))
    caps = [t[:1].isupper() for t in tokens]
    out["capitals"] = _capitals(caps)
    if len(tokens) > 1 and caps[-1] and not caps[0] and lowered[0] in ("a", "an"):
        out["a/an ... Capital last"] = "True"
    span = _span(pq)
    if span is not None:
        start, end = span
        prev = re.findall(r"\w+", text[max(0, start - 25) : start])
        nxt = re.findall(r"\w+", text[end : end + 25])
        if prev and prev[-1].lower() in _SAYS:
            out["against the verb"] = "after the verb"
        elif nxt and nxt[0].lower() in _SAYS:
            out["against the verb"] = "right before the verb"
        elif any(w.lower() in _SAYS for w in nxt[1:4]):
            out["against the verb"] = "before the verb, words between"
        else:
            out["against the verb"] = "no verb beside"
        out["against the quotation"] = (
            "after" if start >= pq.end else "before" if end <= pq.start else "inside"
        )
    else:
        out["against the verb"] = "no span"
    return out


def pairs(docs: list[quotes.Doc]) -> Iterator[tuple[quotes.Doc, quotes.Gold, quotes.Predicted]]:
    """Every matched quotation whose gold has a speaker key."""
    for doc in docs:
        blocks, offsets = quotes.blocks_from_text(doc.text)
        predicted = quotes._predictions(analyze(blocks), offsets, doc.text, doc.marked)
        for g, p in quotes.match(doc.gold, predicted):
            if doc.gold[g].keys:
                yield doc, doc.gold[g], predicted[p]


def count(
    shared: Path, corpora: list[str] | None = None
) -> dict[tuple[str, str], Counter[tuple[str, str, bool]]]:
    """``{(corpus, shape): Counter((half, value, right))}``."""
    out: dict[tuple[str, str], Counter[tuple[str, str, bool]]] = {}
    for name, docs in quotes.corpora(shared).items():
        if corpora and name not in corpora:
            continue
        for doc, gq, pq in pairs(docs):
            right = quotes.strict_right(gq, pq)
            which = half(doc.name)
            found = shapes(doc.text, pq)
            for shape, value in found.items():
                out.setdefault((name, shape), Counter())[(which, value, right)] += 1
            if not right and found["ours"] == "a label":
                # One row of structure a label miss (word classes, no words).
                row = " | ".join(
                    f"{k}={found[k]}"
                    for k in ("opens with", "ends with", "against the verb")
                    if k in found
                )
                row += " | " + _around(doc.text, pq)
                out.setdefault((name, "label miss rows"), Counter())[(which, row, right)] += 1
            if found.get("opens with") not in (None, "nothing"):
                combo = f"{found['ours']} opening with {found['opens with']}"
                out.setdefault((name, "ours x opens with"), Counter())[(which, combo, right)] += 1
    return out


def print_counts(counts: dict[tuple[str, str], Counter[tuple[str, str, bool]]]) -> None:
    for (corpus, shape), counter in sorted(counts.items()):
        values = sorted({v for _w, v, _r in counter})
        cells = []
        for v in values:
            t = [counter[(w, v, True)] for w in (TUNE, CHECK)]
            n = [counter[(w, v, True)] + counter[(w, v, False)] for w in (TUNE, CHECK)]
            cells.append(f"{v} {t[0]}/{n[0]} | {t[1]}/{n[1]}")
        print(f"[{corpus}] {shape}: " + "; ".join(cells))


def list_tune(shared: Path, wants: list[str], corpora: list[str] | None = None) -> None:
    """The tune half's strict misses whose shape matches one of ``wants``
    (``SHAPE=VALUE``): the sentence around the quotation, our phrase and the
    gold key. Never a check-half document."""
    wanted = [tuple(w.partition("=")[::2]) for w in wants]
    for name, docs in quotes.corpora(shared).items():
        if corpora and name not in corpora:
            continue
        tune = [d for d in docs if half(d.name) == TUNE]
        for doc, gq, pq in pairs(tune):
            if quotes.strict_right(gq, pq):
                continue
            found = shapes(doc.text, pq)
            found["ours x opens with"] = f"{found['ours']} opening with {found['opens with']}"
            hits = [f"{s}={v}" for s, v in wanted if found.get(s) == v]
            if not hits:
                continue
            span = _span(pq) or (gq.start, gq.end)
            lo, hi = min(gq.start, span[0]), max(gq.end, span[1])
            ours = _phrase(doc.text, pq)
            print(f"--- {hits} {name} {doc.name} ours={ours!r} name={pq.name!r}", end=" ")
            print(f"gold={sorted(gq.keys)}")
            print("   ", doc.text[max(0, lo - 150) : hi + 60].replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--corpus", action="append", help="only this corpus (repeatable)")
    parser.add_argument(
        "--tune",
        metavar="SHAPE=VALUE",
        action="append",
        help="list the tune half's misses of one value (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.tune:
        list_tune(args.shared, args.tune, args.corpus)
    else:
        print_counts(count(args.shared, args.corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
