"""ggt-dev strict speaker misses counted by category, per half (stop 35).

``python -m evaluation.speaker_misses --shared ../shared`` prints, for every
strict speaker miss of ggt-dev, direct and reported (each indirect quotation
marked alone, :mod:`evaluation.reported`), **counts only** by categories
computed by code: what we gave, where the gold key (surname) occurs around
the quotation, whether our speaker span overlaps the gold one, whether our
label's head noun stands near the key, and so on. Each line reads
"category: value tune/check; ...". No text, name, label or sentence of either
half is printed, so the check half can be weighed without being read (issue
16); write rules from the tune half's examples of the category it points to
(``python -m evaluation.quotes --misses`` lists those). From stop 41 a
miss whose gold phrase is a description is also sorted into the groups
read on PolNeAR's tune misses (``description group (stop 41)``, see
:func:`description_group`).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from evaluation import quotes, reported
from evaluation.split import CHECK, TUNE, half
from quotemark.library.analyze import analyze
from quotemark.library.analyze.lexicon import SPEECH_VERBS, TITLES, words

_SENTENCE_END = re.compile(r"[.!?][\u201d\"\u2019']?\s+(?=[\u201c\"A-Z])")
_BODY_WORDS = words(
    "department ministry agency company government police office service board commission "
    "council group association union university hospital school city court statement "
    "spokesperson spokesman spokeswoman authority bank airline province corporation "
    "organization organisation party campaign committee"
)


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w[\w'-]*", text)}


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the paragraph (between blank lines) holding ``pos``."""
    lo = text.rfind("\n\n", 0, pos)
    hi = text.find("\n\n", pos)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def _sentence_start(text: str, pos: int, lo: int) -> int:
    best = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        best = m.end()
    return best


def _ours(pq: quotes.Predicted) -> str:
    said = _lower_words(pq.name or pq.label)
    if not said:
        return "none"
    if said <= quotes._PRONOUNS:
        return "a pronoun"
    body = bool(said & _BODY_WORDS)
    if pq.name is None:
        return "a label holding a body noun" if body else "a label, no name"
    return "a body's name" if body else "another name"


def _spans_overlap(gq: quotes.Gold, pq: quotes.Predicted) -> str:
    """Whether the gold speaker span and ours overlap ("True", "False"), or
    "n/a" when either has none."""
    spans = (gq.speaker_start, gq.speaker_end, pq.speaker_start, pq.speaker_end)
    if any(s is None for s in spans):
        return "n/a"
    g0, g1, p0, p1 = (s or 0 for s in spans)
    return str(quotes._overlap(g0, g1, p0, p1) > 0)


def categories(doc: quotes.Doc, gq: quotes.Gold, pq: quotes.Predicted) -> dict[str, str]:
    """The categories of one strict miss (values are closed-class strings)."""
    text = doc.text
    key = next(iter(gq.keys))
    pattern = re.compile(r"\b" + re.escape(key) + r"\b", re.IGNORECASE)
    lo, hi = paragraph(text, gq.start)
    before = [m.start() for m in pattern.finditer(text, 0, gq.start)]
    out = {"gold phrase": quotes.phrase_kind(gq, text), "ours": _ours(pq)}
    if not before:
        out["key before"] = "no"
    elif before[-1] >= _sentence_start(text, gq.start, lo):
        out["key before"] = "same sentence"
    elif before[-1] >= lo:
        out["key before"] = "same paragraph"
    elif before[-1] >= paragraph(text, max(0, lo - 3))[0]:
        out["key before"] = "paragraph before"
    else:
        out["key before"] = "earlier"
    out["key after, same paragraph"] = str(pattern.search(text, gq.end, hi) is not None)
    if gq.speaker_start is None or gq.speaker_end is None:
        out["gold span"] = "none"
    elif gq.speaker_start >= gq.end:
        out["gold span"] = "after, same paragraph" if gq.speaker_start < hi else "after, later"
    elif gq.speaker_end <= gq.start:
        out["gold span"] = "before, same paragraph" if gq.speaker_start >= lo else "before, earlier"
    else:
        out["gold span"] = "inside"
    out["spans overlap"] = _spans_overlap(gq, pq)
    heads = re.findall(r"\w+", pq.label)
    if pq.name is None and heads and before:
        near = re.compile(r"\b" + re.escape(heads[-1]) + r"\b", re.IGNORECASE)
        out["label head within 60 chars of the key"] = str(
            any(near.search(text, max(0, b - 60), b + 60) for b in before)
        )
    out["quotation opens its paragraph"] = str(not text[lo : gq.start].strip(' \u201c"'))
    if out["gold phrase"] == "a description":
        out["description group (stop 41)"] = description_group(text, gq, pq, out)
    if out.get("label head within 60 chars of the key") == "True":
        out.update(near_key(text, gq, pq))
    return out


_TIME_CLAUSE = frozenset(["after", "before", "until", "since"])


def description_group(
    text: str, gq: quotes.Gold, pq: quotes.Predicted, found: dict[str, str]
) -> str:
    """Which of stop 41's groups (read on PolNeAR's tune misses) a miss
    whose gold phrase is a description falls in: our name is one the gold
    description holds ("a spokesman for Ada Lind" given to Lind); our label
    opens a clause of time after the marks ("after the man"); a label whose
    head stands near the key (the text gave the noun to the person: the
    shape no PolNeAR miss can show, as its keys take a description's head);
    another label; another name; none or a pronoun."""
    ours = found["ours"]
    said = (pq.name or pq.label).split()
    if ours in ("none", "a pronoun"):
        return "none or a pronoun"
    if gq.speaker_start is not None and gq.speaker_end is not None and pq.name is not None:
        phrase = _lower_words(text[gq.speaker_start : gq.speaker_end])
        if _lower_words(pq.name) & phrase:
            return "our name held in the gold description"
    if pq.name is None and said and said[0].lower() in _TIME_CLAUSE:
        return "our label opens a clause of time"
    if pq.name is None:
        if found.get("label head within 60 chars of the key") == "True":
            return "a label, its head near the key"
        return "a label, other"
    return "another name"


# -- stop 47 (s47-label): the group "a label, its head near the key" --------

_CAP_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*")
_SAYS = frozenset(SPEECH_VERBS)
_ARTICLES = frozenset(["the", "a", "an"])
_PREPOSITIONS = frozenset(["of", "for", "at", "with", "from", "in", "on", "to"])
_PARAS_BACK = ((0, "same paragraph"), (1, "1 paragraph back"), (2, "2 paragraphs back"))
_HEAD_BEFORE = re.compile(r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,3})$")
_APPOSED = re.compile(r"^\s*,\s+(?:the|a|an)\b", re.IGNORECASE)
_OWNED = re.compile(r"^['\u2019]s\b")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """``n`` as "0", "1", "2-3", ... by the upper ``edges`` of each bucket."""
    lo = 0
    for hi in edges:
        if n <= hi:
            return str(lo) if lo == hi else f"{lo}-{hi}"
        lo = hi + 1
    return f"{lo}+"


def _inside(text: str, lo: int, pos: int, opens: str, closes: str) -> bool:
    """Is ``pos`` inside an open ``opens`` … ``closes`` pair since ``lo``?"""
    depth = 0
    for c in text[lo:pos]:
        if c in opens and c in closes:
            depth = 1 - depth
        elif c in opens:
            depth += 1
        elif c in closes:
            depth = max(0, depth - 1)
    return depth > 0


def _shape(text: str, ks: int, ke: int, hs: int, he: int) -> str:
    """The shape of the key's mention ``[ks, ke)`` with the head word
    ``[hs, he)`` within 60 characters of it."""
    if he <= ks:
        between = text[he:ks]
        if not between.strip() or _HEAD_BEFORE.fullmatch(between):
            given = len(between.split())
            return ("title + surname", "title + given + surname")[min(given, 1)] + (
                "" if given < 2 else " (2+ words)"
            )
        if re.search(r"\bof\b", between) and "," not in between:
            return "title of X Name"
        if between.rstrip().endswith(","):
            return "the title, Name"
        return "head before, other"
    after = text[ke:hs]
    if _OWNED.match(after):
        return "possessive (Name's head)"
    if _APPOSED.match(after):
        return "Name, the/a ... head"
    if after.lstrip().startswith(","):
        return "Name, ... head (no article)"
    return "head after, other"


def _label_modifier(label: str) -> str:
    """What our label holds before its head: a possessive, an "of" phrase, a
    capitalised word (a place), another lower-case word, or nothing."""
    said = label.split()
    rest = said[1:] if said and said[0].lower() in _ARTICLES else said
    if any(w.endswith(("'s", "\u2019s")) for w in rest):
        return "possessive"
    if "of" in (w.lower() for w in rest):
        return "an of phrase"
    if any(w[:1].isupper() for w in rest[:-1]):
        return "a capitalised word"
    if len(rest) > 1:
        return "a lower-case modifier"
    return "bare"


def _word_shapes(label: str, head: str) -> str:
    """Our label as word classes, no words: ART (an article), POSS (a
    possessive), PREP, HEAD (the head word), VERB (a verb of saying), Cap
    (capitalised), low (lower case), num."""
    out = []
    for w in label.split():
        bare = w.strip(",.;:\u201c\u201d\"'()").lower()
        if bare in _ARTICLES:
            out.append("ART")
        elif w.endswith(("'s", "\u2019s")):
            out.append("POSS")
        elif bare in _PREPOSITIONS:
            out.append("PREP")
        elif bare == head.lower():
            out.append("HEAD")
        elif bare in _SAYS:
            out.append("VERB")
        elif bare[:1].isdigit():
            out.append("num")
        else:
            out.append("Cap" if w[:1].isupper() else "low")
    return " ".join(out)


def _head_match(label_head: str, mention_head: str) -> str:
    if mention_head == label_head:
        return "same"
    if mention_head.lower() == label_head.lower():
        return "case differs"
    return "plural or other form"


def _team_reads(
    shape: str, label: str, head: str, back: int, others: int, capital: bool = True
) -> str:
    """Does the analyser give Ada Lind on a team text of the miss's shape:
    the mention ``back`` paragraphs before (capped at 3), ``others`` other
    people (capped at 4) named between, our label before "said"; the title
    capitalised or not as the mention wrote it (``capital``)? No text of
    the page is used but the label's words, and nothing is printed."""
    title = head[:1].upper() + head[1:] if capital else f"On Monday, {head}"
    mention = {
        "title + surname": f"{title} Lind visited the harbour.",
        "title + given + surname": f"{title} Ada Lind visited the harbour.",
        "Name, the/a ... head": f"Ada Lind, the {head}, visited the harbour on Monday.",
        "the title, Name": f"The {head}, Ada Lind, visited the harbour on Monday.",
        "possessive (Name's head)": f"Ada Lind's {head} visited the harbour on Monday.",
    }.get(shape)
    if mention is None:
        return "n/a (shape)"
    fillers = [
        "Tom Hale, who runs a shop, said trade was slow.",
        "Priya Nair said the ferry was late again.",
        "Owen Price, a fisherman, said the quay needed work.",
        "Ruth Ames said the school was full.",
    ][: min(others, 4)]
    paras = [mention]
    gaps = min(back, 3)
    for i in range(gaps):
        paras.append(" ".join(fillers[i::gaps]) or "The harbour was quiet that week.")
    if gaps == 0:
        paras[0] += " " + " ".join(fillers)
    said = label[:1].lower() + label[1:]
    paras.append(f"\u201cWe will keep the harbour open,\u201d {said} said.")
    blocks, _ = quotes.blocks_from_text("\n\n".join(paras))
    got = analyze(blocks).quotes
    name = got[-1].speaker.name if got and got[-1].speaker else None
    return str(bool(name and "Lind" in name))


def near_key(text: str, gq: quotes.Gold, pq: quotes.Predicted) -> dict[str, str]:
    """Structural counts of a miss where our label's head word stands within
    60 characters of a mention of the gold key (stop 47): where that mention
    stands, its shape, what stands between, our label's form. Values are
    closed-class strings (no words of the page)."""
    key = next(iter(gq.keys))
    heads = re.findall(r"\w+", pq.label)
    if not heads:
        return {}
    head = heads[-1]
    lowered = [w.lower() for w in heads]
    cut = next((i for i, w in enumerate(lowered) if w in _PREPOSITIONS and i > 0), None)
    head_at = "the last word" if cut is None else "a word before a preposition"
    if cut is not None:
        head = heads[cut - 1]
    kp = re.compile(r"\b" + re.escape(key) + r"\b", re.IGNORECASE)
    hp = re.compile(r"\b" + re.escape(head) + r"(?:s|es)?\b", re.IGNORECASE)
    found = []
    for k in kp.finditer(text):
        for h in hp.finditer(text, max(0, k.start() - 60), k.end() + 60):
            if pq.speaker_start is not None and pq.speaker_start <= h.start() < (
                pq.speaker_end or 0
            ):
                continue
            found.append((k, h))
    if not found:
        return {"nk: mention": "only our own label"}
    before = [(k, h) for k, h in found if k.start() < gq.start]
    k, h = before[-1] if before else found[0]
    out: dict[str, str] = {"nk: our label's head": head_at}
    if not before:
        out["nk: mention"] = "after the quotation"
    else:
        lo, _hi = paragraph(text, gq.start)
        back = text.count("\n\n", k.start(), lo)
        if k.start() >= lo:
            out["nk: mention"] = (
                "same sentence"
                if k.start() >= _sentence_start(text, gq.start, lo)
                else "same paragraph"
            )
        else:
            out["nk: mention"] = dict(_PARAS_BACK).get(
                back, "3-5 paragraphs back" if back <= 5 else "6+ paragraphs back"
            )
    shape = _shape(text, k.start(), k.end(), h.start(), h.end())
    out["nk: mention shape"] = shape
    plo = paragraph(text, k.start())[0]
    out["nk: mention in a quotation"] = str(
        _inside(text, plo, k.start(), '\u201c\u201d"', '\u201d"')
    )
    out["nk: mention in parentheses"] = str(_inside(text, plo, k.start(), "(", ")"))
    out["nk: head at the mention capitalised"] = str(h.group()[:1].isupper())
    out["nk: head at the mention vs our head"] = _head_match(head, h.group())
    if before:
        start = max(k.end(), h.end())
        end = (
            pq.speaker_start
            if pq.speaker_start is not None and pq.speaker_start > start
            else gq.start
        )
        span = text[start:end]
        names = {
            m.group()
            for m in _CAP_WORD.finditer(span)
            if m.start() > 0
            and not re.search(r"[.!?\u201c\"]\s*$", span[: m.start()])
            and m.group().lower() != key.lower()
        }
        out["nk: capitalised words between (distinct, not sentence-initial)"] = _bucket(
            len(names), (0, 1, 3, 7)
        )
        out["nk: head word mentions between"] = _bucket(len(hp.findall(span)), (0, 1))
        out["nk: key mentions between"] = _bucket(len(kp.findall(span)), (0, 1))
    out["nk: key mentions in the text"] = _bucket(len(kp.findall(text)), (1, 2))
    out["nk: key mentions before the quotation"] = _bucket(
        len(before and kp.findall(text, 0, gq.start)), (0, 1, 2)
    )
    out["nk: our label's modifier"] = _label_modifier(pq.label)
    first = pq.label.split()[0].lower() if pq.label.split() else ""
    out["nk: our label's article"] = first if first in _ARTICLES else "none"
    out["nk: our label's word shapes"] = _word_shapes(pq.label, head)
    out["nk: our label words"] = _bucket(len(pq.label.split()), (1, 2, 3))
    if pq.speaker_start is None or pq.speaker_end is None:
        out["nk: our label vs its verb"] = "n/a"
        out["nk: our label vs the quotation"] = "n/a"
    else:
        prev = re.findall(r"\w+", text[max(0, pq.speaker_start - 20) : pq.speaker_start])
        nxt = re.findall(r"\w+", text[pq.speaker_end : pq.speaker_end + 20])
        if prev and prev[-1].lower() in _SAYS:
            out["nk: our label vs its verb"] = "after the verb"
        elif nxt and nxt[0].lower() in _SAYS:
            out["nk: our label vs its verb"] = "before the verb"
        else:
            out["nk: our label vs its verb"] = "other"
        out["nk: our label vs the quotation"] = (
            "after"
            if pq.speaker_start >= gq.end
            else ("before" if pq.speaker_end <= gq.start else "inside")
        )
    out["nk: our head a title (lexicon.TITLES)"] = str(head.lower() in TITLES)
    if before:
        lo, _hi = paragraph(text, gq.start)
        back = text.count("\n\n", k.start(), lo) + (0 if k.start() >= lo else 1)
        n = len(names)
        capital = h.group()[:1].isupper()
        out["nk: team text of the shape, adjacent, read right"] = _team_reads(
            shape, pq.label, head.lower(), 0, 0, capital
        )
        out["nk: team text of the shape, adjacent, 'the <head>', read right"] = _team_reads(
            shape, "the " + head.lower(), head.lower(), 0, 0, capital
        )
        out["nk: team text of the shape, at its distance with others, read right"] = _team_reads(
            shape, pq.label, head.lower(), back, n, capital
        )
    return out


def misses(doc: quotes.Doc) -> Iterator[tuple[quotes.Gold, quotes.Predicted]]:
    """The strict speaker misses of one document."""
    blocks, offsets = quotes.blocks_from_text(doc.text)
    predicted = quotes._predictions(analyze(blocks), offsets, doc.text, doc.marked)
    for g, p in quotes.match(doc.gold, predicted):
        if doc.gold[g].keys and not quotes.strict_right(doc.gold[g], predicted[p]):
            yield doc.gold[g], predicted[p]


def count(shared: Path) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    """``{(row, category): Counter((half, value))}`` over ggt-dev's misses."""
    folder = shared / "corpus" / "quotes" / "ggt-dev"
    docs = [("direct", doc) for doc in quotes.ggt_docs(folder)]
    for name, text, q in reported.indirect(folder):
        marked = None if reported.swallows(q) else reported.marked_doc(name, text, q)
        if marked is not None:
            docs.append(("reported", marked))
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, doc in docs:
        which = half(doc.name)
        for gq, pq in misses(doc):
            found = categories(doc, gq, pq)
            if "nk: mention" in found:
                shape = " | ".join(
                    f"{c[4:]}={v}" for c, v in sorted(found.items()) if c.startswith("nk: ")
                )
                counts.setdefault((row, "near-key rows (stop 47)"), Counter())[(which, shape)] += 1
            for category, value in found.items():
                for r in (row, "all"):
                    counts.setdefault((r, category), Counter())[(which, value)] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    print_counts(count(args.shared))
    return 0


def print_counts(counts: dict[tuple[str, str], Counter[tuple[str, str]]]) -> None:
    """One line a (row, category): each value's tune/check count."""
    for (row, category), counter in sorted(counts.items()):
        values = sorted({value for _which, value in counter})
        print(
            f"[{row}] {category}: "
            + "; ".join(f"{v} {counter[(TUNE, v)]}/{counter[(CHECK, v)]}" for v in values)
        )


if __name__ == "__main__":
    raise SystemExit(main())
