"""ggt-dev strict speaker misses where we gave another name, counted by structure (stop 47).

``python -m evaluation.other_name --shared ../shared`` takes the strict
speaker misses of ggt-dev (direct and reported, as
:mod:`evaluation.speaker_misses` finds them) where the text names the
speaker and we gave a different person ("ours: another name"), and prints
**counts only**, per half, of structural features computed by code: how many
people are named between the key's last mention and the quotation, whether
our name stands nearer, whether it opens the sentence before (its subject),
stands inside a quotation, is the article's first-named person or the
speaker of another quotation; the gender the gold pronoun states against
what the text shows of ours and of the key (:mod:`library.analyze.gender`);
where the quotation stands (opens its paragraph, continues the paragraph
before's quotation, follows a colon); how the key was brought in (a title,
an appositive). Lines read "[row] feature: value tune/check; ...". No text,
name or sentence of either half is printed (issue 16).

``--polnear`` counts PolNeAR's direct-quotation misses of the same kind
(train and dev) by the same features; ``--tune FEATURE=VALUE`` lists the
tune half's PolNeAR misses of one value (never the check half's).
"""

from __future__ import annotations

import argparse
import functools
import re
from collections import Counter
from pathlib import Path

from evaluation import quotes, reported
from evaluation.speaker_misses import _ours, _sentence_start, paragraph, print_counts
from evaluation.split import TUNE, half
from quotemark.library.analyze import analyze
from quotemark.library.analyze import gender as genders
from quotemark.library.analyze.lexicon import words

# A person's name as a run of capitalised words (two or more, or a title and one).
_PERSON = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev)\.\s+)?"
    r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z\u00e0-\u00ff'\u2019-]+)+"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev)\.|"
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\b[a-z]+(?:man|woman|person|ister|ident|ector|ager|"
    r"ist|er|or|ary|ant|ent))\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}$"
)
_APPOSITIVE_AFTER = re.compile(r"^[\w'\u2019.\s-]{0,30}?,\s+(?:a|an|the|who|whose|[a-z]+'s)\b")
_ORG_WORDS = words(
    "inc corp co ltd llc party association union council committee department ministry "
    "agency university college institute foundation bank group company news times post "
    "press court police"
)
_QUOTE_OPEN = '\u201c"'
_SUBORDINATE = re.compile(
    r"(?:although|though|while|because|if|when|as|since|after|before|despite|whereas|until|once)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\b[Aa]ccording to (?:[A-Z][\w'\u2019.-]*\s*){1,4},?\s*[\u201c\"]?$")
_WORD = re.compile(r"[\w'\u2019-]+")
_HEAD_WORD = re.compile(r"[\w'\u2019.-]+")
_LEFT_WORD = re.compile(r"[\w'\u2019.]+")
_DESCRIBED_AFTER = re.compile(r"^(?:\s+[A-Z][\w'-]*)?,\s+(.{0,60})")
_PRONOUN_AFTER_SAID = re.compile(
    r"^\s+(?:said|says|added|told)\b[^.]{0,80}?\b([Hh]e|[Ss]he|his|her)\b"
)
_COMMA_NAME_BEFORE = re.compile(r",\s+(?:[A-Z][\w'-]*\s+){0,2}$")
_ARTICLE_PHRASE_BEFORE = re.compile(r"\b(?:a|an|the)\s+[\w\s'-]{2,40},\s+(?:[A-Z][\w'-]*\s+){0,2}$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_THAT_BEFORE = re.compile(r"\bthat\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'-]*\s+)?$")


@functools.lru_cache(maxsize=256)
def _whole_word(word: str, flags: int = 0) -> re.Pattern[str]:
    """``word`` as a whole word (compiled once a word and flags)."""
    return re.compile(r"\b" + re.escape(word) + r"\b", flags)


@functools.lru_cache(maxsize=256)
def _after_first_name(word: str) -> re.Pattern[str]:
    """``word`` after a capitalised first word ("Ada Lind")."""
    return re.compile(r"\b[A-Z][a-z]+\s+" + re.escape(word) + r"\b")


@functools.lru_cache(maxsize=256)
def _dateline(name: str) -> re.Pattern[str]:
    """``name`` (any case) opening a paragraph before a dash, a place or a
    bracket allowed between."""
    return re.compile(
        r"(?:^|\n)\s*" + re.escape(name) + r"(?:,[^\n]{0,30})?\s*(?:\([^)]*\)\s*)?[\u2014\u2013-]",
        re.IGNORECASE,
    )


_PREPOSITIONS = words(
    "to of for with by from at on in about against than like including between among"
)
_PRONOUN_WORDS = frozenset(["he", "she", "they", "i", "we", "it"])


def _mentions(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where ``word`` stands capitalised (a name; the keys are lower case)."""
    if not word:
        return []
    pattern = _whole_word(word, re.IGNORECASE)
    return [m.start() for m in pattern.finditer(text, lo, hi) if m.group()[:1].isupper()]


def _surname(name: str) -> str:
    parts = _WORD.findall(name)
    return parts[-1] if parts else ""


def _inside_marks(text: str, pos: int) -> bool:
    """Does ``pos`` stand inside an open quotation of its paragraph?"""
    lo, _hi = paragraph(text, pos)
    before = text[lo:pos]
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or (curly == 0 and before.count('"') % 2 == 1)


def _gender_of(text: str, word: str) -> str:
    """What the text's titles and appositives show of the person with this
    surname: "m", "f", "both" or "unknown"."""
    found: set[str] = set()
    for at in _mentions(text, word, 0, len(text)):
        tokens = text[max(0, at - 40) : at].split()[-3:]
        g = genders.of_words(tokens)
        if g is not None:
            found.add(g)
        after = text[at + len(word) : at + len(word) + 80]
        m = _DESCRIBED_AFTER.match(after)
        if m:
            g = genders.of_description(m.group(1))
            if g is not None:
                found.add(g)
        # the pronoun after the person's own speech: "Lind said ... she"
        m2 = _PRONOUN_AFTER_SAID.match(after)
        if m2:
            found.add(genders.of_pronoun(m2.group(1).lower()) or "")
    found.discard("")
    if not found:
        return "unknown"
    return found.pop() if len(found) == 1 else "both"


def _agreement(pronoun_gender: str | None, person: str) -> str:
    if pronoun_gender is None:
        return "the pronoun states none"
    if person == "unknown":
        return "person unknown"
    if person == "both":
        return "person both"
    return "agrees" if person == pronoun_gender else "disagrees"


def _previous_sentence(text: str, at: int, lo: int) -> tuple[int, int]:
    """The sentence before the one holding ``at`` (the paragraph before's
    last when ``at``'s sentence opens its paragraph)."""
    start = _sentence_start(text, at, lo)
    if start <= lo:
        plo, _ = paragraph(text, max(0, lo - 3))
        if plo >= lo:
            return start, start
        return _sentence_start(text, lo - 2, plo), lo - 2
    return _sentence_start(text, start - 1, lo), start


def _opens(text: str, word: str, lo: int, hi: int) -> bool:
    """Does ``word`` stand among the first five words of ``text[lo:hi]``
    (its subject, titles and first names allowed before it)?"""
    head = " ".join(_HEAD_WORD.findall(text[lo:hi])[:5])
    return _whole_word(word, re.IGNORECASE).search(head) is not None


def _people_between(text: str, lo: int, hi: int, key: str) -> str:
    names = {m.group() for m in _PERSON.finditer(text, lo, hi)}
    names = {n for n in names if key not in n.lower().split()}
    n = len(names)
    return str(n) if n < 3 else "3+"


def _first_person(text: str) -> str:
    m = _PERSON.search(text)
    return m.group() if m else ""


def _introduced(text: str, key: str) -> str:
    first = _mentions(text, key, 0, len(text))
    if not first:
        return "key never named"
    at = first[0]
    after = text[at + len(key) : at + len(key) + 60]
    if _APPOSITIVE_AFTER.match(after):
        return "an appositive after"
    before = text[max(0, at - 60) : at]
    if _COMMA_NAME_BEFORE.search(before) and _ARTICLE_PHRASE_BEFORE.search(before):
        return "an appositive before"
    if _TITLE_BEFORE.search(before):
        return "a title or role before"
    return "bare"


def features(
    doc: quotes.Doc,
    gq: quotes.Gold,
    pq: quotes.Predicted,
    predicted: list[quotes.Predicted],
) -> dict[str, str]:
    """The structural features of one "another name" miss (closed-class values)."""
    text = doc.text
    key = next(iter(gq.keys))
    ours = _surname(pq.name or "")
    lo, _hi = paragraph(text, gq.start)
    key_before = [p for p in _mentions(text, key, 0, gq.start) if not gq.start <= p < gq.end]
    our_before = _mentions(text, ours, 0, gq.start) if ours else []
    out: dict[str, str] = {}
    if key_before:
        out["people named between key and quotation"] = _people_between(
            text, key_before[-1], gq.start, key
        )
    else:
        out["people named between key and quotation"] = "key not before"
    if key_before and our_before:
        out["nearer"] = "ours" if our_before[-1] > key_before[-1] else "key"
    elif our_before:
        out["nearer"] = "ours; key not before"
    elif key_before:
        out["nearer"] = "key; ours not before"
    else:
        out["nearer"] = "neither before"
    if key_before:
        at = key_before[-1]
        out["key's last mention: honorific before"] = str(
            _HONORIFIC_BEFORE.search(text[max(0, at - 6) : at]) is not None
        )
        nxt = text[at + len(key) : at + len(key) + 30]
        out["key's last mention: followed by"] = (
            "a comma"
            if nxt.startswith(",")
            else "a possessive"
            if nxt[:2] in ("'s", "\u2019s")
            else "a lower-case word"
            if _LOWER_WORD_AFTER.match(nxt)
            else "other"
        )
        kstart = _sentence_start(text, at, paragraph(text, at)[0])
        out["key's last mention opens its sentence"] = str(
            len(text[kstart:at].lstrip(_QUOTE_OPEN + " ").split()) <= 1
        )
        out["key's last mention: same sentence as the quotation"] = str(
            kstart == _sentence_start(text, gq.start, lo)
        )
        out["key's last mention: after that"] = str(
            _THAT_BEFORE.search(text[max(0, at - 30) : at]) is not None
        )
    out["key written after a capitalised first word"] = str(
        _after_first_name(key[:1].upper() + key[1:]).search(text) is not None
    )
    k, o = len(key_before), len(our_before)
    out["mentions before, key against ours"] = (
        "key more" if k > o else "ours more" if o > k else "as many"
    )
    ps, pe = _previous_sentence(text, gq.start, lo)
    out["ours opens the sentence before"] = str(bool(ours) and _opens(text, ours, ps, pe))
    out["key opens the sentence before"] = str(_opens(text, key, ps, pe))
    if our_before:
        at = our_before[-1]
        start = _sentence_start(text, at, paragraph(text, at)[0])
        opening = text[start:at].lstrip(_QUOTE_OPEN + " ")
        before_words = _LEFT_WORD.findall(text[max(0, at - 40) : at])
        lead = next((w for w in reversed(before_words) if not w[:1].isupper()), "")
        out["ours' last mention"] = (
            "in an opening subordinate clause"
            if _SUBORDINATE.match(opening) and "," not in opening
            else "possessive"
            if text[at + len(ours) : at + len(ours) + 2] in ("'s", "\u2019s")
            else "after a preposition"
            if lead.lower() in _PREPOSITIONS and text[start:at].count(" ") > 0
            else "opens its sentence"
            if len(opening.split()) <= 3
            else "other"
        )
    out["ours' last mention inside a quotation"] = (
        str(_inside_marks(text, our_before[-1])) if our_before else "n/a"
    )
    name_words = {w.lower().strip(".") for w in (pq.name or "").split()}
    acronym = any(w.isupper() and len(w) > 1 for w in (pq.name or "").split())
    out["ours a dateline (capitals before a dash opening a paragraph)"] = str(
        bool(pq.name) and _dateline(pq.name or "").search(text) is not None
    )
    out["ours an organisation"] = str(bool(name_words & _ORG_WORDS) or acronym)
    first = _first_person(text).split()
    out["first-named person"] = (
        "ours"
        if ours and ours in first
        else "key"
        if key in (w.lower() for w in first)
        else "another"
    )
    elsewhere_ours = sum(1 for q in predicted if q is not pq and q.name and ours and ours in q.name)
    elsewhere_key = sum(
        1 for q in predicted if q is not pq and q.name and key in q.name.lower().split()
    )
    out["ours speaks another quotation (ours)"] = str(elsewhere_ours > 0)
    out["key speaks another quotation (ours)"] = str(elsewhere_key > 0)
    kind = quotes.phrase_kind(gq, text)
    out["gold phrase"] = kind
    if kind == "a pronoun" and gq.speaker_start is not None and gq.speaker_end is not None:
        pron = genders.of_pronoun(text[gq.speaker_start : gq.speaker_end].strip().lower())
        out["pronoun vs ours"] = _agreement(pron, _gender_of(text, ours) if ours else "unknown")
        out["pronoun vs key"] = _agreement(pron, _gender_of(text, key))
    quote_lo = gq.start
    lead = text[lo:quote_lo].strip()
    out["quotation opens its paragraph"] = str(not lead.strip(_QUOTE_OPEN))
    plo, _ = paragraph(text, max(0, lo - 3))
    prev = text[plo : max(plo, lo - 2)] if plo < lo else ""
    unclosed = prev.count("\u201c") > prev.count("\u201d") or (
        "\u201c" not in prev and prev.count('"') % 2 == 1
    )
    out["continues the paragraph before's quotation"] = str(
        not lead.strip(_QUOTE_OPEN) and bool(prev) and unclosed
    )
    out["follows a colon"] = str(
        text[max(0, quote_lo - 4) : quote_lo].rstrip(_QUOTE_OPEN + " ").endswith(":")
    )
    out["key introduced by"] = _introduced(text, key)
    out["according to a name right before"] = str(
        _ACCORDING.search(text, max(0, gq.start - 60), gq.start) is not None
    )
    if not _mentions(text, key, 0, len(text)):
        out["key never named: in lower case"] = str(_whole_word(key).search(text) is not None)
    _plo, phi = paragraph(text, gq.end)
    out["key after the quotation, same paragraph"] = str(bool(_mentions(text, key, gq.end, phi)))
    spoken = text[pq.speaker_start : pq.speaker_end] if pq.speaker_start is not None else ""
    out["our speaker span"] = (
        spoken.strip().lower()
        if spoken.strip().lower() in _PRONOUN_WORDS
        else "none"
        if not spoken.strip()
        else "a name or phrase"
    )
    out["he/she given past a nearer key, no one between"] = str(
        out["our speaker span"] in ("he", "she")
        and out["nearer"] == "key"
        and out["people named between key and quotation"] == "0"
    )
    if kind == "a pronoun" and gq.speaker_start is not None:
        said = text[gq.speaker_start : gq.speaker_end].strip().lower()
        out["gold pronoun"] = said if said in _PRONOUN_WORDS else "other"
    return out


def _misses(doc: quotes.Doc):  # type: ignore[no-untyped-def]
    blocks, offsets = quotes.blocks_from_text(doc.text)
    predicted = quotes._predictions(analyze(blocks), offsets, doc.text, doc.marked)
    for g, p in quotes.match(doc.gold, predicted):
        gq, pq = doc.gold[g], predicted[p]
        if gq.keys and not quotes.strict_right(gq, pq) and _ours(pq) == "another name":
            yield gq, pq, predicted


def _ggt_docs(shared: Path) -> list[tuple[str, quotes.Doc]]:
    folder = shared / "corpus" / "quotes" / "ggt-dev"
    direct = [("direct", doc) for doc in quotes.ggt_docs(folder)]
    return direct + [("reported", doc) for doc in reported.marked_docs(folder)]


def _polnear_docs(shared: Path) -> list[tuple[str, quotes.Doc]]:
    base = shared / "corpus" / "quotes" / "polnear"
    return [
        (f"polnear-{part}", doc)
        for part in ("train", "dev")
        for doc in quotes.polnear_docs(base / part)
    ]


def count(docs: list[tuple[str, quotes.Doc]]) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    """``{(row, feature): Counter((half, value))}`` over the "another name" misses."""
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, doc in docs:
        which = half(doc.name)
        for gq, pq, predicted in _misses(doc):
            for feature, value in {
                "misses": "another name",
                **features(doc, gq, pq, predicted),
            }.items():
                counts.setdefault((row, feature), Counter())[(which, value)] += 1
    return counts


def list_tune(docs: list[tuple[str, quotes.Doc]], feature: str, value: str) -> None:
    """Print the tune half's misses of one feature value (text: tune only)."""
    for row, doc in docs:
        if half(doc.name) != TUNE:
            continue
        for gq, pq, predicted in _misses(doc):
            found = {"misses": "another name", **features(doc, gq, pq, predicted)}
            if found.get(feature) != value:
                continue
            lo = max(0, gq.start - 400)
            print(f"== {row} {doc.name} keys={sorted(gq.keys)} ours={pq.name!r}")
            print(doc.text[lo : gq.end + 120].replace("\n\n", " \u00b6 "))
            print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--polnear", action="store_true")
    parser.add_argument("--tune", metavar="FEATURE=VALUE")
    args = parser.parse_args(argv)
    if args.tune:
        feature, _, value = args.tune.partition("=")
        list_tune(
            _polnear_docs(args.shared) if args.polnear else _ggt_docs(args.shared), feature, value
        )
        return 0
    print_counts(count(_polnear_docs(args.shared) if args.polnear else _ggt_docs(args.shared)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
