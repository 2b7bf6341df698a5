"""Where the quotation misses are lost, counted by stage on every half.

``python -m evaluation.losses --shared ../shared`` prints, for each corpus
and half, how many gold quotations Quotemark misses at each stage: never a
candidate (no mark pair found: by the mark at the gold span's edge, and
whether the span crosses a paragraph), a pair dropped (by the test that
dropped it, as the analysis records it in
:data:`quotemark.library.analyze.quotes.DROPPED`), a quotation found but
matching under 50 % of the gold span (ours longer or shorter), or one
matching a gold quotation that another took. Beside the stage, the missed
gold span's length in words and what its sentence holds: a verb of saying,
naming or attributing (:mod:`quotemark.library.analyze.lexicon`), a
capitalised word before the marks (a named subject), a person pronoun.
The misses no straight pair covered are sorted further (stop 42): how many
straight marks their paragraph holds, curly marks beside them, a mark after a
digit, how each mark is flanked (a class, never the character), whether the
plain mark pairing covers them, and how they gather in articles. The
misses dropped as "partial: no speaker phrase" are sorted by construction
(stop 43): a headline's line, "what someone calls", a naming verb or a verb
of saying and the class of its subject, a possessed noun of saying, a colon,
a term after an article, and flags (another fragment before, a verb of
saying in the sentence before, the length).

Counts only, never a text: the check half's misses may be weighed by stage
without being read (issue 16's discipline). Rules are written from the tune
half's misses (``python -m evaluation.quotes --misses``).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from evaluation import quotes as scored
from evaluation.split import HALVES, half
from quotemark.library.analyze import analyze, lexicon
from quotemark.library.analyze import quotes as found
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.marks import pair_marks

_VERBS = (
    lexicon.SPEECH_VERBS
    | lexicon.ATTRIBUTING_VERBS
    | lexicon.TALKING_VERBS
    | lexicon.NAMING_VERBS
    | lexicon.NAMING_AS_VERBS
)
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*")
_OPENERS = frozenset({"but", "and", "in", "on", "at", "as", "when", "after", "while", "if"})


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """A rough sentence around ``start``..``end``: from the last ". " or line
    break before to the first after."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    after = [at for at in (text.find(". ", end), text.find("\n", end)) if at >= 0]
    return lo, min(after) if after else len(text)


def sentence_kinds(text: str, gold: scored.Gold) -> tuple[str, str, str]:
    """(length band, verb or not, subject kind) of a gold span's sentence."""
    lo, hi = _sentence(text, gold.start, gold.end)
    before = _WORDS.findall(text[lo : gold.start])
    around = {w.lower() for w in before + _WORDS.findall(text[gold.end : hi])}
    verb = "a verb of saying or naming" if around & _VERBS else "no such verb"
    named = any(w[:1].isupper() for w in before[1:]) or bool(
        before
        and before[0][:1].isupper()
        and before[0].lower() not in _PERSON_PRONOUNS | lexicon.DETERMINERS | _OPENERS
    )
    pronoun = any(w.lower() in _PERSON_PRONOUNS for w in before)
    subject = (
        "a name and a pronoun"
        if named and pronoun
        else "a name"
        if named
        else "a pronoun"
        if pronoun
        else "neither"
    )
    return scored.band(gold.text), verb, subject


def _edge_mark(text: str, gold: scored.Gold) -> str:
    """The kind of mark at a gold span's opening edge."""
    return mark_name(text[max(0, gold.start - 2) : gold.start + 2])


def mark_name(edge: str) -> str:
    """The kind of quotation mark found in ``edge`` (a few characters at a
    span's opening), or "no mark at the edge"."""
    if "''" in edge or "``" in edge:
        return "doubled apostrophes"
    for mark, name in (
        ("\u201c", "curly double"),
        ('"', "straight double"),
        ("\u2018", "curly single"),
        ("'", "straight single"),
        ("\u00ab", "guillemet"),
    ):
        if mark in edge:
            return name
    return "no mark at the edge"


def _flank(ch: str) -> str:
    """A class for the character beside a mark: never the character itself."""
    if ch == "":
        return "edge"
    if ch.isspace():
        return "space"
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "letter"
    if ch in '"\u201c\u201d':
        return "double mark"
    if ch in "'\u2018\u2019":
        return "single mark"
    if unicodedata.category(ch).startswith("S"):
        return "symbol"  # = < > + $: markup or arithmetic, not prose
    return "punctuation"


def straight_kinds(text: str, gold: scored.Gold) -> list[str]:
    """Sub-kinds of a straight-double gold span no mark pair covered: what
    its paragraph holds and how its marks are flanked (labels only, so the
    check half's misses can be weighed without being read)."""
    lo = text.rfind("\n", 0, gold.start) + 1
    hi = text.find("\n", gold.end)
    hi = len(text) if hi < 0 else hi
    para = text[lo:hi]
    out = []
    straight = para.count('"')
    out.append("straight marks in the paragraph: " + ("odd" if straight % 2 else "even"))
    out.append(f"straight marks in the paragraph: {min(straight, 6)}{'+' if straight >= 6 else ''}")
    if "\n" in text[gold.start : gold.end]:
        out.append("crosses a paragraph")
    if any(c in para for c in "\u201c\u201d"):
        out.append("curly double marks in the paragraph")
    elif any(c in text for c in "\u201c\u201d"):
        out.append("curly double marks elsewhere in the article")
    if re.search(r"\d['\u2019]\s?\d{1,2}\"", para):
        out.append("a feet-and-inches mark in the paragraph (6'2\")")
    if re.search(r"\d\"", para):
        out.append("a straight mark right after a digit in the paragraph")
    if not any(ch.isalpha() for ch in text[gold.start : gold.end]):
        out.append("the span holds no letter")
    if "''" in para or "``" in para:
        out.append("doubled apostrophes in the paragraph")
    opener = text.rfind('"', max(0, gold.start - 3), gold.start + 1)
    if opener >= 0:
        before = _flank(text[opener - 1] if opener else "")
        after = _flank(text[opener + 1] if opener + 1 < len(text) else "")
        out.append(f"opener: {before} | {after}")
    else:
        out.append("opener: not within 3 characters")
    closer = text.find('"', max(gold.start, gold.end - 2), gold.end + 3)
    if closer >= 0:
        before = _flank(text[closer - 1])
        after = _flank(text[closer + 1] if closer + 1 < len(text) else "")
        out.append(f"closer: {before} | {after}")
    else:
        out.append("closer: not within 3 characters")
    if opener >= 0:
        # The marks before the opener in its paragraph: an even number
        # leaves it an opener for a plain alternating pairing.
        odd = text.count('"', lo, opener) % 2
        out.append("marks before the opener: " + ("odd" if odd else "even"))
    covered = any(
        scored._overlap(gold.start, gold.end, m.start(), m.end()) >= 0.5 * (gold.end - gold.start)
        for m in scored._BASELINE.finditer(text, lo, hi)
    )
    out.append("mark pairing covers it" if covered else "mark pairing misses it too")
    return out


_NAMING = lexicon.NAMING_VERBS | lexicon.NAMING_AS_VERBS
_SAYING = lexicon.SPEECH_VERBS | lexicon.ATTRIBUTING_VERBS | lexicon.TALKING_VERBS
_SAYING_NOUNS = lexicon.words(
    "claim claims promise pledge vow warning call comment comments remark remarks statement "
    "statements admission accusation charge argument assertion insistence"
)
_WHAT_CALLS = re.compile(
    r"\b(?:what|which)\s+(?:\S+\s+){0,3}(?:calls?|called|dubs|dubbed|terms|termed|describes|"
    r"described)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_POSSESSED_SAYING = re.compile(
    r"(?:\b(?:his|her|their|its)|[A-Z][\w-]*['\u2019]s?)\s+(?:[a-z][\w-]*\s+){0,2}("
    + "|".join(sorted(_SAYING_NOUNS))
    + r")\b"
)


def _subject_class(words_before: list[str]) -> str:
    """Who the words before a verb hold: a name, a pronoun, or neither (a
    class, never the words)."""
    low = [w.lower() for w in words_before]
    if any(w in _PERSON_PRONOUNS for w in low):
        return "a pronoun"
    if any(w[:1].isupper() for w in words_before[1:]) or (
        words_before
        and words_before[0][:1].isupper()
        and low[0] not in lexicon.DETERMINERS
        and low[0] not in _OPENERS
    ):
        return "a capitalised word"
    return "neither"


def partial_kinds(text: str, gold: scored.Gold) -> list[str]:
    """Constructions around a gold span dropped as "partial: no speaker
    phrase" (stop 43): what in its sentence says, or does not say, whose
    words the marks hold. One main kind (the first that fits, in the order
    below) and a few flags; labels only, so the check half's misses are
    weighed without being read."""
    lo, _hi = _sentence(text, gold.start, gold.end)
    line_start = text.rfind("\n", 0, gold.start) + 1
    line_end = text.find("\n", gold.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = text[lo : gold.start].rstrip(" \u201c\"'\u2018")
    spoken = _WORDS.findall(before)
    low = [w.lower() for w in spoken]
    long_words = [w for w in _WORDS.findall(line) if len(w) >= 4]
    if long_words and len(line.split()) <= 20 and all(w[:1].isupper() for w in long_words):
        kind = "a headline's line (title case)"
    elif _WHAT_CALLS.search(before + " "):
        kind = "what/which someone calls"
    elif any(w in _NAMING for w in low[-4:]):
        at = max(k for k, w in enumerate(low) if w in _NAMING)
        kind = f"a naming verb just before, its subject {_subject_class(spoken[:at])}"
    elif _POSSESSED_SAYING.search(before):
        kind = "a possessed noun of saying (his claim that ...)"
    elif before.rstrip().endswith(":"):
        kind = "after a colon"
    elif any(w in _SAYING for w in low):
        at = min(k for k, w in enumerate(low) if w in _SAYING)
        kind = f"a verb of saying earlier, its subject {_subject_class(spoken[:at])}"
    elif low and (low[-1] in lexicon.ARTICLES or low[-1] in ("his", "her", "their", "its")):
        kind = "a term after an article or possessive, no verb of saying"
    elif not low:
        kind = "opens its sentence, no verb of saying"
    else:
        kind = "other, no verb of saying"
    out = [kind]
    if any(ch in '"\u201c\u201d' for ch in before):
        out.append("another marked fragment earlier in its sentence")
    if lo > line_start:
        previous = text[max(line_start, _sentence(text, lo - 2, lo - 2)[0]) : lo]
        if {w.lower() for w in _WORDS.findall(previous)} & _SAYING:
            out.append("a verb of saying in the sentence before (its paragraph)")
    else:
        out.append("opens its paragraph")
    out.append(f"{scored.band(gold.text)} words")
    return out


def stage(doc: scored.Doc) -> list[tuple[scored.Gold, str]]:
    """Each missed gold quotation of ``doc`` with the stage that lost it."""
    text = doc.text
    blocks, offsets = scored.blocks_from_text(text)
    found.DROPPED = []
    try:
        analysis = analyze(blocks)
        drops = list(found.DROPPED)
    finally:
        found.DROPPED = None
    layout = Document(blocks)

    def at(scan: int) -> int:
        where = layout.position(scan)
        return offsets[where.block] + where.offset

    predicted = scored._predictions(analysis, offsets, text, doc.marked)
    matched = {g for g, _p in scored.match(doc.gold, predicted)}
    dropped = [(at(o) + 1, at(max(o, c)), why) for o, c, why in drops]
    pairs = [(at(r.open) + 1, at(max(r.open, r.close))) for r in pair_marks(layout)]
    out = []
    for g, gold in enumerate(doc.gold):
        if g in matched:
            continue
        need = 0.5 * (gold.end - gold.start)

        def covers(lo: int, hi: int, gold: scored.Gold = gold, need: float = need) -> bool:
            return scored._overlap(gold.start, gold.end, lo, hi) >= need

        def shared_with(p: scored.Predicted, gold: scored.Gold = gold) -> int:
            return scored._overlap(gold.start, gold.end, p.start, p.end)

        touching = [p for p in predicted if shared_with(p)]
        if touching:
            best = max(touching, key=shared_with)
            if covers(best.start, best.end):
                why = "found: its unit matched another gold span"
            elif best.end - best.start > gold.end - gold.start:
                why = "found: under 50%, ours longer"
            else:
                why = "found: under 50%, ours shorter"
        elif reasons := [r for lo, hi, r in dropped if covers(lo, hi)]:
            why = "dropped: " + reasons[0]
        elif any(covers(lo, hi) for lo, hi in pairs):
            why = "paired, kept in no unit (a clause without its marked words)"
        else:
            crossing = ", crossing a paragraph" if "\n" in text[gold.start : gold.end] else ""
            why = f"no pair: {_edge_mark(text, gold)}{crossing}"
        out.append((gold, why))
    return out


def run(shared: Path) -> str:
    """The loss tables, PolNeAR dev and train and ggt-dev, halves side by side."""
    columns: list[tuple[str, str]] = []
    counts: dict[str, dict[tuple[str, str], Counter[str]]] = {
        "stage": {},
        "length": {},
        "verb": {},
        "subject": {},
        "straight sub-kind (no pair: straight double)": {},
        "articles (no pair: straight double)": {},
        "construction (dropped: partial: no speaker phrase)": {},
        "flags (dropped: partial: no speaker phrase)": {},
    }
    per_doc: Counter[str] = Counter()
    for name, docs in scored.corpora(shared).items():
        for which in HALVES:
            key = (name, which)
            columns.append(key)
            for table in counts.values():
                table[key] = Counter()
            for doc in docs:
                if half(doc.name) != which:
                    continue
                for gold, why in stage(doc):
                    band, verb, subject = sentence_kinds(doc.text, gold)
                    counts["stage"][key][why] += 1
                    counts["length"][key][f"{band} words"] += 1
                    counts["verb"][key][verb] += 1
                    counts["subject"][key][subject] += 1
                    if why == "no pair: straight double":
                        for kind in straight_kinds(doc.text, gold):
                            counts["straight sub-kind (no pair: straight double)"][key][kind] += 1
                        per_doc[doc.name] += 1
                    if why == "dropped: partial: no speaker phrase":
                        kind, *flags = partial_kinds(doc.text, gold)
                        counts["construction (dropped: partial: no speaker phrase)"][key][kind] += 1
                        for flag in flags:
                            counts["flags (dropped: partial: no speaker phrase)"][key][flag] += 1
            table = counts["articles (no pair: straight double)"][key]
            for n in per_doc.values():
                band = "1" if n == 1 else "2-3" if n <= 3 else "4-9" if n <= 9 else "10+"
                table[f"articles with {band} such misses"] += 1
                table[f"misses in articles with {band}"] += n
            per_doc.clear()
    lines = []
    width = 62
    for title, table in counts.items():
        lines.append("")
        lines.append(
            f"{'misses by ' + title:<{width}}"
            + "".join(f"{n.replace('polnear-', 'pn-')[:9] + ' ' + w:>16}" for n, w in columns)
        )
        rows = sorted(set().union(*(table[k] for k in columns)))
        for row in rows:
            cells = "".join(f"{table[k][row]:>16}" for k in columns)
            lines.append(f"{row[:width]:<{width}}{cells}")
        totals = "".join(f"{sum(table[k].values()):>16}" for k in columns)
        lines.append(f"{'all':<{width}}{totals}")
    return "\n".join(lines[1:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.losses", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    print(run(args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
