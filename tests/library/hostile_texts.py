"""Hostile-but-plausible posts for the analysis (no tests here).

Each family below writes, from a seed and a size, blocks a user could paste
or save: marks of every kind the analysis knows nested 200 deep and left
open, a paragraph of 200,000 characters with no full stop, thousands of
short quotations in one paragraph, Japanese with no spaces, Arabic and
Hebrew with quotations, combining marks and zero-width characters inside
names and verbs, a post all in capitals, a dash dialogue of 5,000 turns,
names of 40 capitalised words, "said" 10,000 times. Every word is the
team's (Tom Hale, Ada Lind, the harbour board, the pier); nothing comes from
a corpus.

``size`` scales each family linearly (1 is the size the task names, where a
family has one; the benchmark sweeps 1/4, 1/2 and 1 of it), so that the
analysis time of a family, read at several sizes, shows its growth.
:mod:`tests.library.test_analysis_hostile_s43` runs every family small (no
exception, spans inside the text); ``python -m benchmarks hostile`` sweeps
the sizes.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from quotemark.library.model import LINE_BREAK, Block, BlockKind

# Opening and closing marks of every pairing the analysis reads
# (:mod:`quotemark.library.analyze.marks`), straight and curly.
MARK_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u00ab", "\u00bb"),  # « »
    ("\u00bb", "\u00ab"),  # » « (Danish, German)
    ("\u2039", "\u203a"),  # single angle marks
    ("\u201e", "\u201c"),  # „ “
    ("\u201e", "\u201d"),  # „ ” (Polish)
    ("\u201c", "\u201d"),  # “ ”
    ("\u201d", "\u201d"),  # ” ” (Swedish)
    ("\u300c", "\u300d"),  # 「 」
    ("\u300e", "\u300f"),  # 『 』
    ('"', '"'),
    ("'", "'"),
    ("\u2018", "\u2019"),  # ‘ ’
    ("\u201a", "\u2018"),  # ‚ ‘
)
_ALL_MARKS = sorted({m for pair in MARK_PAIRS for m in pair})

_NAMES = ("Tom Hale", "Ada Lind", "Ines Moreau", "Jon Vikander", "Marta Ilves", "Ruth Ames")
_WORDS = (
    "the", "pier", "harbour", "board", "will", "open", "in", "May", "ferry", "crossing",
    "budget", "tide", "boats", "left", "at", "dawn", "and", "we", "are", "ready", "not",
    "safe", "council", "night", "river", "season", "village", "report",
)  # fmt: skip
_VERBS = ("said", "told", "asked", "added", "replied", "warned", "explained")
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_COMBINING = ("\u0301", "\u0308", "\u0327", "\u0323", "\u030c", "\u20dd")


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(count))


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def _in_paragraphs(sentences: list[str], each: int) -> list[Block]:
    """``sentences`` as paragraphs of ``each``."""
    return [_paragraph(" ".join(sentences[i : i + each])) for i in range(0, len(sentences), each)]


def nested_marks(rng: random.Random, size: float) -> list[Block]:
    """Every pair nested ``200 * size`` deep, some closed, most left open,
    and closers with no opener; then a quotation that is plain."""
    depth = max(2, int(200 * size))
    blocks: list[Block] = []
    for opener, closer in MARK_PAIRS:
        inner = f"{_words(rng, 4)}, said {rng.choice(_NAMES)}"
        # Deeply nested and balanced, with words at every level.
        levels = [f"{opener}{rng.choice(_WORDS)} " for _ in range(depth)]
        blocks.append(_paragraph("".join(levels) + inner + closer * depth + "."))
        # Open only (an unbalanced run), and closers only.
        blocks.append(_paragraph(f"{_words(rng, 3)} " + f"{opener} " * depth + inner + "."))
        blocks.append(_paragraph(inner + f" {closer}" * depth + "."))
    # Every kind interleaved at random, straight and curly together.
    mixed = "".join(
        rng.choice(_ALL_MARKS) + rng.choice(("", " ", "a ", "Tom ")) for _ in range(depth * 10)
    )
    blocks.append(_paragraph(mixed))
    blocks.append(_paragraph("\u201cThe pier will open in May,\u201d said Ada Lind."))
    return blocks


def no_full_stop(rng: random.Random, size: float) -> list[Block]:
    """One paragraph of ``200,000 * size`` characters with no full stop:
    clauses, names, verbs of saying and quotations joined by commas."""
    target = int(200_000 * size)
    parts: list[str] = []
    length = 0
    while length < target:
        name = rng.choice(_NAMES)
        piece = rng.choice(
            (
                f"{name} {rng.choice(_VERBS)} that {_words(rng, 6)}",
                f"\u201c{_words(rng, 5)}\u201d, {rng.choice(_VERBS)} {name}",
                f"{_words(rng, 8)}",
                f"according to {name} the {_words(rng, 3)}",
                f"the harbour board {rng.choice(_VERBS)} \u201c{_words(rng, 3)}\u201d",
            )
        )
        parts.append(piece)
        length += len(piece) + 2
    return [_paragraph(", ".join(parts))]


def short_quotations(rng: random.Random, size: float) -> list[Block]:
    """``4,000 * size`` short quotations in one paragraph, some with a
    speaker, most with none."""
    count = max(2, int(4_000 * size))
    parts = [f"{rng.choice(_NAMES)} met the harbour board on Monday."]
    for i in range(count):
        word = rng.choice(_WORDS)
        shape = i % 4
        if shape == 0:
            parts.append(f"\u201c{word.capitalize()}.\u201d")
        elif shape == 1:
            parts.append(f"\u201c{word},\u201d he said.")
        elif shape == 2:
            parts.append(f"\u201c{word}\u201d and \u201c{rng.choice(_WORDS)}\u201d")
        else:
            parts.append(f"\u2018{word}\u2019, {rng.choice(_NAMES)} {rng.choice(_VERBS)}.")
    return [_paragraph(" ".join(parts))]


_JA_WORDS = ("港", "桟橋", "五月", "開く", "委員会", "船", "明日", "準備", "安全", "潮", "夜明け")
_JA_NAMES = ("田中", "佐藤太郎", "鈴木花子", "山本")


def japanese(rng: random.Random, size: float) -> list[Block]:
    """Japanese with no spaces: 「…」と…は言った。 sentences, nested 『』,
    and one paragraph of ``60,000 * size`` characters."""
    target = int(60_000 * size)
    parts: list[str] = []
    length = 0
    while length < target:
        name = rng.choice(_JA_NAMES)
        body = "".join(rng.choice(_JA_WORDS) for _ in range(rng.randint(3, 12)))
        piece = rng.choice(
            (
                f"「{body}」と{name}さんは言った。",
                f"{name}氏は「{body}『{rng.choice(_JA_WORDS)}』{body}」と語った。",
                f"{body}と{name}は振り返った。",
                f"「{body}",
                f"{body}」",
            )
        )
        parts.append(piece)
        length += len(piece)
    return [_paragraph("".join(parts)), _paragraph("「桟橋は五月に開く」と田中さんは言った。")]


_AR = ("الميناء", "الرصيف", "سيفتح", "في", "مايو", "قال", "المجلس", "نحن", "مستعدون")
_HE = ("הנמל", "המזח", "ייפתח", "במאי", "אמר", "המועצה", "אנחנו", "מוכנים")


def right_to_left(rng: random.Random, size: float) -> list[Block]:
    """Arabic and Hebrew with «», “” and "" quotations, direction marks,
    and English names between them; ``1,500 * size`` sentences."""
    count = max(1, int(1_500 * size))
    parts: list[str] = []
    for i in range(count):
        words = _AR if i % 2 else _HE
        body = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9)))
        mark = rng.choice(("\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069", ""))
        opener, closer = rng.choice((("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"')))
        parts.append(
            rng.choice(
                (
                    f"قال {rng.choice(_NAMES)}: {opener}{body}{mark}{closer}.",
                    f"{opener}{body}{closer}, אמר {rng.choice(_NAMES)}{mark}.",
                    f"{mark}{opener}{body}, said {rng.choice(_NAMES)}.",
                )
            )
        )
    return _in_paragraphs(parts, 50)


def _garble(rng: random.Random, word: str) -> str:
    """``word`` with a zero-width character or a combining mark inside."""
    at = rng.randint(1, max(1, len(word) - 1))
    extra = rng.choice(_ZERO_WIDTH + _COMBINING) * rng.randint(1, 3)
    return word[:at] + extra + word[at:]


def invisible_marks(rng: random.Random, size: float) -> list[Block]:
    """Names and verbs with zero-width characters and combining marks
    inside them, ``2,000 * size`` quotations over paragraphs of twenty."""
    count = max(1, int(2_000 * size))
    parts: list[str] = []
    for _ in range(count):
        first, last = rng.choice(_NAMES).split()
        name = f"{_garble(rng, first)} {_garble(rng, last)}"
        verb = _garble(rng, rng.choice(_VERBS))
        parts.append(
            rng.choice(
                (
                    f"\u201c{_words(rng, 5)},\u201d {verb} {name}.",
                    f"{name} {verb}: \u201c{_words(rng, 5)}.\u201d",
                    f"\u201c{_words(rng, 4)},\u201d {name}\u200b {verb}\u0301.",
                )
            )
        )
    return _in_paragraphs(parts, 20)


def capitals(rng: random.Random, size: float) -> list[Block]:
    """A post all in capitals: ``3,000 * size`` sentences with quotations,
    verbs and names, in paragraphs of ten."""
    count = max(1, int(3_000 * size))
    sentences = []
    for _ in range(count):
        name = rng.choice(_NAMES)
        sentences.append(
            rng.choice(
                (
                    f"\u201c{_words(rng, 6)},\u201d {rng.choice(_VERBS)} {name}.",
                    f"{name} {rng.choice(_VERBS)} THE BOARD WAS \u201c{_words(rng, 2)}\u201d.",
                    f"{_words(rng, 9)}.",
                    f"ACCORDING TO {name}, {_words(rng, 5)}.",
                )
            ).upper()
        )
    return _in_paragraphs(sentences, 10)


def dash_dialogue(rng: random.Random, size: float) -> list[Block]:
    """A dash dialogue of ``5,000 * size`` turns: one turn a paragraph,
    and the same turns as one paragraph of line breaks."""
    count = max(2, int(5_000 * size))
    turns = []
    for i in range(count):
        dash = rng.choice(("\u2014", "\u2013", "-", "\u2015"))
        name = rng.choice(_NAMES)
        turns.append(
            rng.choice(
                (
                    f"{dash} {_words(rng, 6).capitalize()}.",
                    f"{dash} {_words(rng, 4).capitalize()}, {rng.choice(_VERBS)} {name}.",
                    f"{dash} {_words(rng, 3).capitalize()} {dash} {rng.choice(_VERBS)} {name}"
                    f" {dash} {_words(rng, 3)}.",
                    f"{dash}{dash} {_words(rng, 2)}",
                )
            )
            if i
            else f"{name} came to the pier at dawn."
        )
    half = count // 2
    return [_paragraph(t) for t in turns[:half]] + [_paragraph(LINE_BREAK.join(turns[half:]))]


_CAPITALISED = (
    "Harbour", "Board", "Pier", "North", "East", "Tom", "Ada", "Hale", "Lind", "Ferry", "Council",
    "Saint", "Van", "De", "Le", "Royal", "Company", "Trust", "New", "Old", "River", "Port",
)  # fmt: skip


def long_names(rng: random.Random, size: float) -> list[Block]:
    """Names of forty capitalised words before and after verbs of saying
    and in runs, ``300 * size`` of them in paragraphs of ten."""
    count = max(1, int(300 * size))
    sentences = []
    for _ in range(count):
        name = " ".join(rng.choice(_CAPITALISED) for _ in range(40))
        sentences.append(
            rng.choice(
                (
                    f"\u201c{_words(rng, 5)},\u201d said {name}.",
                    f"{name} said: \u201c{_words(rng, 5)}.\u201d",
                    f"\u201c{_words(rng, 5)},\u201d {name} told {name}.",
                    f"{name}, {name}, {name}.",
                )
            )
        )
    return _in_paragraphs(sentences, 10)


def said_many(rng: random.Random, size: float) -> list[Block]:
    """The word "said" ``10,000 * size`` times: alone in one paragraph, between
    names, and after a quotation."""
    count = max(1, int(10_000 * size))
    plain = " ".join("said" for _ in range(count))
    named = " ".join(f"{rng.choice(_NAMES)} said" for _ in range(count // 4))
    quoted = "\u201cThe pier will open,\u201d " + " ".join(
        rng.choice(("said", "said,", "Said", "SAID", "said.")) for _ in range(count)
    )
    return [_paragraph(plain), _paragraph(named), _paragraph(quoted)]


FAMILIES: dict[str, Callable[[random.Random, float], list[Block]]] = {
    "nested_marks": nested_marks,
    "no_full_stop": no_full_stop,
    "short_quotations": short_quotations,
    "japanese": japanese,
    "right_to_left": right_to_left,
    "invisible_marks": invisible_marks,
    "capitals": capitals,
    "dash_dialogue": dash_dialogue,
    "long_names": long_names,
    "said_many": said_many,
}


def hostile(name: str, size: float = 1.0, seed: int = 43) -> list[Block]:
    """The blocks of family ``name`` at ``size``, the same for a seed."""
    return FAMILIES[name](random.Random(f"{name}/{seed}"), size)
