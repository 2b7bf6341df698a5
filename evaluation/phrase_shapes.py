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
_INDEFINITE = words("someone one")
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


_PARAGRAPH = re.compile(r"\n\s*\n")


def _where(text: str, at: int, pos: int) -> str:
    """Where ``pos`` stands against our phrase at ``at``: before or after,
    in the same paragraph or how many paragraphs away (a structure, no words)."""
    lo, hi = sorted((at, pos))
    gaps = len(_PARAGRAPH.findall(text, lo, hi))
    side = "before" if pos < at else "after"
    return f"{side}, same paragraph" if gaps == 0 else f"{side}, {_bucket(gaps)} paragraphs"


def _key_shape(text: str, start: int, end: int, head: str) -> str:
    """How the key's mention at ``start:end`` stands against the role noun
    ``head`` (lower case) within 60 characters: "owner's head, Name", "Name,
    owner's head", "head Name", "Name, ... head" or "no head near"."""
    before = text[max(0, start - 60) : start].lower()
    after = text[end : end + 60].lower()
    bw = _TOKEN.findall(before)
    aw = _TOKEN.findall(after)
    if head in bw:
        i = len(bw) - 1 - bw[::-1].index(head)
        owner = i > 0 and bw[i - 1].endswith(("'s", "\u2019s", "s'"))
        comma = before.rstrip().endswith(",")
        if owner:
            return "owner's head, Name" if comma else "owner's head Name"
        if i > 0 and bw[i - 1] in _OWNERS:
            return "pronoun head, Name" if comma else "pronoun head Name"
        return "head, Name" if comma else "head ... Name"
    if head in aw:
        i = aw.index(head)
        owner = i > 0 and aw[i - 1].endswith(("'s", "\u2019s", "s'"))
        if owner:
            comma = after.lstrip().startswith(",")
            return "Name, owner's head" if comma else "Name ... owner's head"
        if i > 0 and aw[i - 1] in _OWNERS:
            return "Name, pronoun head"
        return "Name ... head"
    return "no head near"


def owner_rows(shared: Path, corpora: list[str] | None = None) -> Counter[tuple[str, str, str]]:
    """Labels opening with a pronoun, possessive ("his lawyer"), personal
    ("he", "they") or indefinite ("one of ..."), strict right
    or not: is the gold key (a name) written in the text, where against our
    phrase, in what shape against the label's last word (its head), and is
    the head written with another owner's possessive ("X's lawyer") near the
    key. ``Counter((corpus, half, row))``; rows are structure, never words."""
    out: Counter[tuple[str, str, str]] = Counter()
    for name, docs in quotes.corpora(shared).items():
        if corpora and name not in corpora:
            continue
        for doc, gq, pq in pairs(docs):
            if pq.name or not pq.label:
                continue
            tokens = _TOKEN.findall(_phrase(doc.text, pq))
            first = tokens[0].lower() if tokens else ""
            if first not in _OWNERS and first not in _PRONOUNS:
                continue
            right = quotes.strict_right(gq, pq)
            which = half(doc.name)
            head = tokens[-1].lower().strip(".")
            at = (_span(pq) or (pq.start, pq.end))[0]
            lowered = doc.text.lower()
            hits = []
            for key in gq.keys:
                for m in re.finditer(rf"\b{re.escape(key.lower())}\b", lowered):
                    hits.append((abs(m.start() - at), m.start(), m.end()))
            kind = (
                "possessive"
                if first in _OWNERS
                else "indefinite"
                if first in _INDEFINITE
                else "personal"
            )
            row = f"opens: {kind} pronoun | right={right} | words={_bucket(len(tokens))}"
            if not hits:
                out[(name, which, row + " | key not in text")] += 1
                continue
            _d, s, e = min(hits)
            nearest_shape = _key_shape(doc.text, s, e, head)
            shapes_seen = sorted({_key_shape(doc.text, hs, he, head) for _d2, hs, he in hits})
            row += (
                f" | key mentions {_bucket(len(hits))} | nearest {_where(doc.text, at, s)}"
                f" ({_bucket(abs(s - at) // 100)}00 chars) | nearest shape: {nearest_shape}"
                f" | any shape: {', '.join(shapes_seen)}"
            )
            out[(name, which, row)] += 1
    return out


_ONE_OPENERS = words("one someone somebody a an")


def _indefinite_kind(tokens: list[str]) -> str:
    """The opening of a speaker phrase: "one of", "one", "someone", "a/an" (or "other")."""
    low = [t.lower() for t in tokens]
    if not low:
        return "other"
    if low[0] == "one" and len(low) > 1 and low[1] == "of":
        return "one of"
    if low[0] in ("someone", "somebody"):
        return "someone"
    if low[0] in ("one", "a", "an"):
        return low[0] if low[0] == "one" else "a/an"
    return "other"


def _what_we_give(doc: quotes.Doc, gq: quotes.Gold, pq: quotes.Predicted) -> str:
    """What we give, as a category: nothing, a pronoun, a name (mentioned in the
    text before the quotation or not), a label inside the gold phrase (a cut
    description), a label reaching outside it (no words)."""
    if not (pq.name or pq.label):
        return "nothing"
    if pq.name:
        first = doc.text.find(pq.name.split()[-1])
        where = "named before" if 0 <= first < pq.start else "named after/not as written"
        return f"a name, {where}"
    tokens = [t.lower() for t in _TOKEN.findall(pq.label)]
    if tokens and set(tokens) <= set(_PRONOUNS) | _OWNERS:
        return "a pronoun"
    if gq.speaker_start is not None and gq.speaker_end is not None:
        gold = {t.lower() for t in _TOKEN.findall(doc.text[gq.speaker_start : gq.speaker_end])}
        if set(tokens) <= gold:
            return "a label, words of the gold phrase" + (
                " (all)" if set(tokens) == gold else " (cut)"
            )
    return "a label, other words"


def indefinite_rows(
    shared: Path, corpora: list[str] | None = None
) -> Counter[tuple[str, str, str]]:
    """Quotations whose gold speaker phrase (or, with no gold span, ours) opens with
    "one", "one of", "someone", "a/an": the gold key a name written in capitals or a
    word of the phrase (the description), what we give, right or not, the gold
    phrase's word classes and where it stands against the quotation (stop 48).
    ``Counter((corpus, half, row))``; structure only, never words."""
    out: Counter[tuple[str, str, str]] = Counter()
    for name, docs in quotes.corpora(shared).items():
        if corpora and name not in corpora:
            continue
        for doc, gq, pq in pairs(docs):
            if gq.speaker_start is not None and gq.speaker_end is not None:
                phrase = doc.text[gq.speaker_start : gq.speaker_end]
                source = "gold"
            else:
                phrase, source = _phrase(doc.text, pq), "ours"
            tokens = _TOKEN.findall(phrase)
            kind = _indefinite_kind(tokens)
            ours_kind = _indefinite_kind(_TOKEN.findall(_phrase(doc.text, pq)))
            if kind == "other" and ours_kind == "other":
                continue
            right = quotes.strict_right(gq, pq)
            lowered = {t.lower() for t in tokens}
            key = (
                "key a word of the phrase"
                if {k.lower() for k in gq.keys} & lowered
                else "key a name elsewhere"
            )
            row = (
                f"gold opens: {kind} ({source}) | ours opens: {ours_kind} | {key} | right={right}"
                f" | we give: {_what_we_give(doc, gq, pq)} | gold: {_classes(tokens[:8])}"
            )
            out[(name, half(doc.name), row)] += 1
    return out


def list_indefinite_tune(shared: Path, corpora: list[str] | None = None) -> None:
    """The tune half's quotations of :func:`indefinite_rows`: gold phrase, ours, key."""
    for name, docs in quotes.corpora(shared).items():
        if corpora and name not in corpora:
            continue
        tune = [d for d in docs if half(d.name) == TUNE]
        for doc, gq, pq in pairs(tune):
            if gq.speaker_start is None or gq.speaker_end is None:
                continue
            phrase = doc.text[gq.speaker_start : gq.speaker_end]
            kind = _indefinite_kind(_TOKEN.findall(phrase))
            ours = _phrase(doc.text, pq)
            if kind == "other" and _indefinite_kind(_TOKEN.findall(ours)) == "other":
                continue
            right = quotes.strict_right(gq, pq)
            print(
                f"--- {kind} right={right} {name} {doc.name} gold={phrase!r} keys={sorted(gq.keys)}"
                f" ours={ours!r} name={pq.name!r}"
            )
            lo = min(gq.start, gq.speaker_start)
            hi = max(gq.end, gq.speaker_end)
            print("   ", doc.text[max(0, lo - 150) : hi + 60].replace("\n", " / "))


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
    parser.add_argument(
        "--owners",
        action="store_true",
        help="labels opening with a possessive pronoun: where the key stands (counts)",
    )
    parser.add_argument(
        "--indefinite",
        action="store_true",
        help='speaker phrases opening with "one", "one of", "someone", "a/an" (counts)',
    )
    parser.add_argument(
        "--indefinite-tune",
        action="store_true",
        help="list the tune half's quotations of --indefinite (tune text only)",
    )
    args = parser.parse_args(argv)
    if args.indefinite:
        for (corpus, which, row), n in sorted(indefinite_rows(args.shared, args.corpus).items()):
            print(f"[{corpus}] {which} {n}x {row}")
    elif args.indefinite_tune:
        list_indefinite_tune(args.shared, args.corpus)
    elif args.owners:
        for (corpus, which, row), n in sorted(owner_rows(args.shared, args.corpus).items()):
            print(f"[{corpus}] {which} {n}x {row}")
    elif args.tune:
        list_tune(args.shared, args.tune, args.corpus)
    else:
        print_counts(count(args.shared, args.corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
