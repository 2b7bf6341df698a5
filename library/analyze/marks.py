"""Pair quotation marks into candidate quotations, line by line, in one pass.

Each line is scanned once for double-level marks (" “ ” „ « » 「 」 『 』) with
a one-deep state: an opening mark waits for its closer, a straight ``"`` opens
or closes by what flanks it (a space before and a letter after opens; a letter
or punctuation before and a space, punctuation or the line end after closes;
one glued to letters on both sides opens only when the straight marks after
it pair among themselves). A curly mark may close a straight opener, and a
straight mark a curly one, when the marks after it pair among themselves.
Single marks (U+0027, U+2018/U+2019, U+201A, U+2039/U+203A) are paired the
same way inside each double pair (nested quotations) and in the stretches
outside them; a single mark between two letters is an apostrophe (al-Qa'im,
don't) and never a mark. The single guillemets pair by direction alone
(French \u2039 … \u203a with inner spaces, German the other way round).

A line whose quotation is still open at its end continues into the next line
only when that line starts with an opening mark (the multi-paragraph
convention); otherwise the opening mark was stray and is dropped, so one bad
mark never swallows the rest of an article. Everything is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quotemark.library.analyze.document import Document, Line

DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "‟": "”"}
SINGLE_OPEN = {"\u2018": "\u2019", "\u201a": "\u2018", "\u2039": "\u203a"}
ALL_DOUBLE = frozenset('"“”„«»「」『』‟')
ALL_SINGLE = frozenset("'\u2018\u2019\u201a\u2039\u203a")
# Lines are mostly text without marks: these find the next mark in C, so
# the pairing loops below only step through marks, not every character.
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(ALL_DOUBLE))) + "]")
_SINGLE_MARK = re.compile("[" + re.escape("".join(sorted(ALL_SINGLE))) + "]")
_CLOSE_BEFORE_SPACE = frozenset("'\u2019,.?!")
"""Before the space of a closing straight mark typed apart (``,' "``)."""
_OPEN_BEFORE = frozenset(" \t\u00a0\u202f([{—\u2013-/:;,.!?\u2028\n")

MAX_QUOTES = 20_000
"""Past this many candidates in one article the rest are ignored."""


@dataclass(slots=True)
class RawQuote:
    """A paired quotation: the opening mark at ``open`` and the closing mark at
    ``close`` (global offsets; ``close`` may be the end of a line for a
    multi-paragraph quote that lost its last mark)."""

    open: int
    close: int
    level: int
    parent: int | None = None
    paragraphs: int = 1
    closed: bool = True


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _left_flanking(prev: str, nxt: str) -> bool:
    """Could open: nothing or a space/bracket/punctuation before, text after."""
    if _is_space(nxt):
        return prev == ":" or prev == ""
    return prev == "" or prev in _OPEN_BEFORE or _is_space(prev)


def _right_flanking(prev: str, nxt: str) -> bool:
    """Could close: text before, a space/punctuation/end after."""
    if _is_space(prev):
        return False
    return _is_space(nxt) or not nxt.isalnum()


def _char(text: str, index: int, lo: int, hi: int) -> str:
    return text[index] if lo <= index < hi else ""


_known: tuple[str, list[int], list[int]] = ("", [], [])
"""While :func:`pair_marks` pairs a text: the text, where its double marks
are and where its single ones are (found once by ``str.find``); the class
scans of each line and stretch between marks found the same places again."""


def _singles_between(text: str, lo: int, hi: int) -> list[int]:
    """Where ``text[lo:hi]`` holds a single mark, in order."""
    known = _known
    if known[0] is text:
        singles = known[2]
        k = bisect.bisect_left(singles, lo)
        return singles[k : bisect.bisect_left(singles, hi, k)]
    return [m.start() for m in _SINGLE_MARK.finditer(text, lo, hi)]


def _next_double(text: str, at: int, hi: int) -> int:
    """Where the first double mark of ``text[at:hi]`` stands, -1 if none."""
    known = _known
    if known[0] is text:
        doubles = known[1]
        k = bisect.bisect_left(doubles, at)
        return doubles[k] if k < len(doubles) and doubles[k] < hi else -1
    mark = _DOUBLE_MARK.search(text, at, hi)
    return -1 if mark is None else mark.start()


def _pair_singles(
    text: str,
    lo: int,
    hi: int,
    level: int,
    parent: int | None,
    out: list[RawQuote],
    seed: int = -1,
) -> int:
    """Pair single marks in ``text[lo:hi]`` (one level deep); ``seed``: a
    single opener before ``lo`` still open (one that holds a double pair,
    :func:`_holds_doubles`). Returns the opener left unclosed, -1 if none."""
    open_at = seed
    expect = "" if seed < 0 else SINGLE_OPEN.get(text[seed], text[seed])
    for i in _singles_between(text, lo, hi):
        ch = text[i]
        prev = _char(text, i - 1, lo, hi)
        nxt = _char(text, i + 1, lo, hi)
        if ch in "\u2039\u203a":
            # The single guillemets are never apostrophes; French sets them
            # off with spaces inside, German turns them the other way round.
            if open_at >= 0 and ch == expect:
                if len(out) < MAX_QUOTES:
                    out.append(RawQuote(open_at, i, level, parent))
                open_at = -1
            elif open_at < 0 and (ch == "\u2039" or not _is_space(nxt)):
                open_at = i
                expect = "\u203a" if ch == "\u2039" else "\u2039"
            continue
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: al-Qa'im, don't
        if open_at >= 0 and (ch == expect or ch == "'") and _right_flanking(prev, nxt):
            if len(out) < MAX_QUOTES:
                out.append(RawQuote(open_at, i, level, parent))
            open_at = -1
            continue
        if ch in SINGLE_OPEN or ch == "'":
            if _left_flanking(prev, nxt) and not prev.isalnum():
                open_at = i
                expect = SINGLE_OPEN.get(ch, "'" if ch == "'" else "\u2019")
                if ch == "'":
                    expect = "'"
        elif ch == "\u2019" and open_at < 0 and _left_flanking(prev, nxt) and not prev.isalnum():
            # A right mark used to open (bad typesetting): accept it closed by '.
            open_at = i
            expect = "\u2019"
    # An unclosed single mark is an apostrophe or a typo: dropped (the
    # caller may carry it over a double pair, :func:`_holds_doubles`).
    return open_at


def _closes(ch: str, expect: str, prev: str, nxt: str, spaced: bool = False) -> bool:
    """Does ``ch`` close a pair that expects ``expect``? ``spaced``: a space
    stands before it, and a closing single mark or a comma, full stop, "?" or
    "!" before that space (``'Well done,' "`` typed with a space between
    the two closing marks)."""
    if ch == '"':
        if expect != '"':
            return False
        return _right_flanking(prev, nxt) or (spaced and (_is_space(nxt) or not nxt.isalnum()))
    if ch == expect:
        return True
    if expect == "“" and ch == "”":
        # „…” (Polish, Dutch, Hungarian, Romanian): the low mark closed by
        # the right one, where German turns it to “.
        return _right_flanking(prev, nxt)
    # “ typeset as both marks: closes when it flanks right.
    return ch == "“" and expect == "”" and _right_flanking(prev, nxt) and not nxt.isalnum()


def _opens(ch: str, prev: str, nxt: str) -> str:
    """The closer to expect if ``ch`` opens here, else ``""``."""
    if ch == '"':
        return '"' if _left_flanking(prev, nxt) and not _is_space(nxt) else ""
    if ch in DOUBLE_OPEN:
        return DOUBLE_OPEN[ch]
    if ch == "»" and not _is_space(nxt):
        return "«"  # German-style »...«
    if ch == "”" and (_is_space(prev) or prev in "([{") and nxt.isalnum():
        return "”"  # some typesetting uses ” on both ends
    return ""


_SENTENCE_END = re.compile(r"[.!?]\s")


def _starts_another(text: str, straight: int, at: int, lo: int, hi: int) -> bool:
    """Whether the curly mark at ``at`` opens a quotation of its own after
    the straight closer at ``straight``: it opens, and a sentence ends
    between the two (`," Tom Hale said. His wife … “We …`)."""
    ch = text[at]
    if ch not in DOUBLE_OPEN:
        return False
    if not _opens(ch, _char(text, at - 1, lo, hi), _char(text, at + 1, lo, hi)):
        return False
    return _SENTENCE_END.search(text, straight + 1, at) is not None


def _close_mixed(
    text: str, open_q: RawQuote, straight: int, inner: list[tuple[int, int]], out: list[RawQuote]
) -> None:
    """Close ``open_q`` (opened curly) at the straight mark at ``straight``
    and add it, with what paired inside it, to ``out``."""
    open_q.close = straight
    if len(out) < MAX_QUOTES:
        out.append(open_q)
        parent = len(out) - 1
        out.extend(RawQuote(a, b, 1, parent) for a, b in inner)
        _pair_singles(text, open_q.open + 1, straight, 1, parent, out)


def _curly_closes_straight(
    text: str, open_q: RawQuote, ch: str, expect: str, at: int, hi: int
) -> bool:
    """Does the curly ``”`` at ``at`` close a quotation a straight mark
    opened (`"The pier is late,” Tom Hale said.`)? It must face a closer's
    way, and the double marks after it on the line must be straight and pair
    among themselves (`… said. "It will be mended."`), or be none: a straight
    mark still to come may be the real closer. Asked only at a ``”`` inside a
    one-paragraph straight quotation, so a line without one never pays."""
    return (
        ch == "”"
        and expect == '"'
        and open_q.paragraphs == 1
        and _closing(text, at, open_q.open, hi)
        and _straight_pairs_from(text, at + 1, hi)
    )


def _glued_opens(text: str, at: int, prev: str, nxt: str, hi: int) -> bool:
    """Does the straight mark at ``at``, glued to a letter on both sides
    and outside any quotation, open one (`waxed poetic about"joint work"`, a
    space lost before it)? Only when the next double mark on the line faces a
    closer's way and the line's double marks from here on are straight and
    pair among themselves, so a mark typed for an apostrophe (`Tom"s`) or
    an inch mark stays none. Asked only at a straight mark between letters."""
    if not (prev.isalpha() and nxt.isalpha()):
        return False
    after = _next_double(text, at + 1, hi)
    return (
        after >= 0
        and text[after] == '"'
        and _closing(text, after, at, hi)
        and _straight_pairs_from(text, at, hi)
    )


def _straight_pairs_from(text: str, at: int, hi: int) -> bool:
    """Are the double marks from ``at`` to ``hi`` (the line's end) all
    straight, an even number of them: quotations of their own after a
    straight mark that closed a curly opener (s37-devfn)? Asked only when
    such a mark is followed by another double mark on its line."""
    count = 0
    for m in _DOUBLE_MARK.finditer(text, at, hi):
        if text[m.start()] != '"':
            return False
        count += 1
    return count % 2 == 0


@dataclass(slots=True)
class _Held:
    """A single opener left open before a double pair on a line, and the
    double pairs since (indices in the pairing's output): Irish and British
    copy set a speaker's words in single marks and a sentence they quote in
    double ones inside (`'I told him, "It would be fixed." He said he'd
    look into it.'`), which pairs the doubles first and left the single
    marks around them unpaired (review 4, stop 43)."""

    at: int = -1
    inside: list[int] = field(default_factory=list)
    holds: list[tuple[RawQuote, list[int]]] = field(default_factory=list)
    """Single pairs found holding double ones, with those doubles' indices:
    made the outer quotations at the text's end when single marks are its
    speech (:func:`_apply_holds`)."""

    def seed(self) -> int:
        """The opener to carry into the next stretch, -1 if none."""
        return self.at if self.inside else -1

    def reset(self) -> None:
        """Nothing held (a line's end, or a pairing this does not read)."""
        if self.at >= 0:  # (nothing is inside while nothing is held)
            self.at = -1
            self.inside = []

    def after_stretch(self, text: str, left: int, before: int, out: list[RawQuote]) -> None:
        """After the single marks of a stretch outside double pairs were
        paired into ``out[before:]`` (``left``: the opener they left open):
        the held opener closed there holds the doubles since, when its
        closer ends a sentence or a clause; else a fresh opener that may
        open speech is held."""
        if left < 0 and self.at < 0:
            return  # (most stretches: nothing held, no single mark left open)
        seed = self.seed()
        if seed >= 0 and left != seed:
            for k in range(before, len(out)):
                if out[k].open == seed:
                    pair = out.pop(k)
                    if text[pair.close - 1] in ".!?,\u2026":
                        self.holds.append((pair, self.inside))
                    break
        if left >= 0 and left == seed:
            return  # (still open: more double pairs may follow)
        self.reset()
        if left >= 0 and _may_hold(text, left):
            self.at = left

    def closed_double(self, index: int, out: list[RawQuote]) -> None:
        """A double pair closed at ``out[index]``: inside the held opener
        when nothing paired inside it (so it has no nested pair of its own)."""
        if self.at >= 0 and len(out) == index + 1:
            self.inside = [*self.inside, index]
        else:
            self.reset()


def _may_hold(text: str, at: int) -> bool:
    """Does the single mark at ``at`` open a sentence of speech: a plain
    single mark after a space or the line's start, a capital after it
    (`'I told him`, never `'90s` nor `rock 'n' roll`)?"""
    if text[at] not in "'\u2018":
        return False
    prev = text[at - 1] if at > 0 else ""
    nxt = text[at + 1] if at + 1 < len(text) else ""
    return (prev == "" or prev.isspace()) and nxt.isupper()


def _apply_holds(text: str, out: list[RawQuote], holds: list[tuple[RawQuote, list[int]]]) -> None:
    """Make each held single pair the outer quotation of the double pairs it
    holds, when the text's speech is in single marks once they are: more
    single pairs than double ones outside any (the candidates drop single
    pairs otherwise, which would drop the doubles nested in them)."""
    if not holds:
        return
    doubles = singles = 0
    for q in out:
        if q.level == 0:
            if text[q.open] in ALL_DOUBLE:
                doubles += 1
            else:
                singles += 1
    doubles -= sum(len(inside) for _, inside in holds)
    if singles + len(holds) <= doubles:
        return
    for pair, inside in holds:
        if len(out) >= MAX_QUOTES:
            return
        out.append(pair)
        for k in inside:
            out[k].level = 1
            out[k].parent = len(out) - 1


def _scan_line(
    text: str, line: Line, carry: RawQuote | None, out: list[RawQuote], held: _Held
) -> RawQuote | None:
    """Pair the marks of one line; return the quote still open at its end.

    Inside an open quotation, an opening mark of another style starts a
    nested pair (« … “…” … », “ … "…" … ”); one of the same style means the
    first opener was stray, and pairing starts again from it."""
    lo, hi = line.start, line.end
    open_q: RawQuote | None = None
    expect = ""
    inner_at = -1  # an opening mark of another style inside open_q
    inner_expect = ""
    inner: list[tuple[int, int]] = []
    segment = lo  # start of the text outside any double pair
    # A straight mark facing a closer's way inside a quotation opened by “
    # (`“The pier is late," Tom Hale said.`): its closer when nothing else
    # closes it and no other double mark follows on the line (s37-left2),
    # or the next one opens a curly quotation in a later sentence (s37-left4).
    mixed_at = -1
    i = lo
    if carry is not None:
        j = lo
        while j < hi and text[j].isspace():
            j += 1
        if j < hi and text[j] in ALL_DOUBLE and _opens(text[j], "", _char(text, j + 1, lo, hi)):
            open_q = carry
            open_q.paragraphs += 1
            expect = _opens(text[j], "", _char(text, j + 1, lo, hi))
            i = j + 1
        else:
            _finish_unclosed(carry, out)
    while i < hi:
        i = _next_double(text, i, hi)
        if i < 0:
            break
        if mixed_at >= 0 and open_q is not None and _straight_pairs_from(text, i, hi):
            # `“The pier is late," Tom Hale said. "It will be mended."`: the
            # marks after the straight one pair among themselves, so it
            # closes the quotation the curly mark opened (s37-devfn).
            _close_mixed(text, open_q, mixed_at, inner, out)
            held.reset()
            open_q = None
            inner, inner_at = [], -1
            segment = mixed_at + 1
            mixed_at = -1
        ch = text[i]
        if mixed_at >= 0 and open_q is not None and _starts_another(text, mixed_at, i, lo, hi):
            # `“The pier is late," Tom Hale said. … “We lose …”`: a curly
            # quotation opened in a later sentence is another quotation, not
            # the first one's closer (s37-left4).
            _close_mixed(text, open_q, mixed_at, inner, out)
            _pair_singles(text, mixed_at + 1, i, 0, None, out)
            held.reset()
            open_q, inner, inner_at, mixed_at = None, [], -1, -1
            segment = i
        elif mixed_at >= 0:
            # Another double mark after the straight one (a straight mark
            # that may be the real closer, or a curly one in the same
            # sentence): no mixed pair.
            mixed_at = -2
        prev = _char(text, i - 1, lo, hi)
        nxt = _char(text, i + 1, lo, hi)
        spaced = prev == " " and _char(text, i - 2, lo, hi) in _CLOSE_BEFORE_SPACE
        if open_q is not None and inner_at >= 0 and _closes(ch, inner_expect, prev, nxt):
            inner.append((inner_at, i))
            inner_at = -1
        elif open_q is not None and (
            _closes(ch, expect, prev, nxt, spaced)
            or (inner_at < 0 and _curly_closes_straight(text, open_q, ch, expect, i, hi))
        ):
            open_q.close = i
            inner_lo = open_q.open + 1 if open_q.paragraphs == 1 else lo
            if len(out) < MAX_QUOTES:
                out.append(open_q)
                parent = len(out) - 1
                out.extend(RawQuote(a, b, 1, parent) for a, b in inner)
                _pair_singles(text, max(inner_lo, lo), i, 1, parent, out)
                held.closed_double(parent, out)
            open_q = None
            inner, inner_at = [], -1
            segment = i + 1
        else:
            closer = _opens(ch, prev, nxt)
            if not closer and open_q is None and _glued_opens(text, i, prev, nxt, hi):
                closer = '"'
            if closer and open_q is None:
                before = len(out)
                left = _pair_singles(text, segment, i, 0, None, out, held.seed())
                held.after_stretch(text, left, before, out)
                # (Paired: a quotation left open at the line's end pairs
                # the singles from here on, not these again.)
                segment = i
                open_q = RawQuote(i, -1, 0)
                expect = closer
            elif closer and open_q is not None and inner_at < 0 and ch != text[open_q.open]:
                inner_at, inner_expect = i, closer
            elif closer and open_q is not None and (nested := _nested_alike(text, i, hi, expect)):
                # `“… when “our side” runs late …”`: a quotation inside another
                # in the same marks, the outer one closing after the inner.
                inner.append((i, nested))
                i = nested
            elif closer and open_q is not None:
                # The earlier opener was stray: keep what paired inside it and
                # start again here.
                held.reset()
                out.extend(RawQuote(a, b, 0) for a, b in inner)
                inner, inner_at = [], -1
                open_q = RawQuote(i, -1, 0)
                expect = closer
            elif (
                ch == '"'
                and expect == "”"
                and open_q is not None
                and open_q.paragraphs == 1
                and inner_at < 0
                and mixed_at == -1
                and _closing(text, i, lo, hi)
            ):
                mixed_at = i
        i += 1
    if mixed_at >= 0 and open_q is not None:
        # `“The pier is late," Tom Hale said.`: the only closer the line has.
        _close_mixed(text, open_q, mixed_at, inner, out)
        _pair_singles(text, mixed_at + 1, hi, 0, None, out)
        held.reset()
        return None
    if open_q is None:
        before = len(out)
        left = _pair_singles(text, segment, hi, 0, None, out, held.seed())
        held.after_stretch(text, left, before, out)
        held.reset()
        return None
    held.reset()
    out.extend(RawQuote(a, b, 0) for a, b in inner)
    _pair_singles(text, segment, open_q.open, 0, None, out)
    open_q.close = hi
    return open_q


_DIRECTED = frozenset("“«「『")
"""Opening marks that differ from their closers, so a second one inside an
open quotation can be read as nesting; a straight one only when the mark
after it faces a closer's way too."""


def _nested_alike(text: str, at: int, hi: int, expect: str) -> int:
    """For an opening mark at ``at`` of the same style as the open quotation's
    (which expects ``expect``): where it closes when the next two double marks
    of the line are both that quotation's closer (`“… “our side” …”`: the
    inner quotation, then the outer; with straight marks both must face a
    closer's way: `"… says, "I want them gone," you know, …."`), else 0 (the
    first opener was stray: `“Not now. “We sail at dawn.”` pairs the second
    only)."""
    straight = text[at] == '"'
    if text[at] not in _DIRECTED and not straight:
        return 0
    first = _next_double(text, at + 1, hi)
    if first < 0 or text[first] != expect:
        return 0
    if straight and not _closing(text, first, at, hi):
        return 0
    second = _next_double(text, first + 1, hi)
    if second < 0 or text[second] != expect:
        return 0
    if not _closing(text, second, at, hi):
        return 0
    return first


def _closing(text: str, j: int, lo: int, hi: int) -> bool:
    """Does the mark at ``j`` face a closer's way (text before, none after)?"""
    nxt = _char(text, j + 1, lo, hi)
    return _right_flanking(_char(text, j - 1, lo, hi), nxt) and not nxt.isalnum()


def _finish_unclosed(quote: RawQuote, out: list[RawQuote]) -> None:
    """A quote left open: keep it only if it ran over several paragraphs that
    each opened with a mark (a multi-paragraph quote missing its last mark)."""
    if quote.paragraphs > 1 and len(out) < MAX_QUOTES:
        quote.closed = False
        out.append(quote)


_MARKS = tuple(sorted(ALL_DOUBLE | ALL_SINGLE))


def _mark_places(text: str) -> list[int]:
    """Where ``text`` writes a double or a single mark, in order: each mark
    the text holds found by ``str.find`` (memchr speed), most of the
    seventeen ruled out by one ``in`` test each."""
    places: list[int] = []
    find = text.find
    for mark in _MARKS:
        if mark in text:
            at = find(mark)
            while at >= 0:
                places.append(at)
                at = find(mark, at + 1)
    places.sort()
    return places


def pair_marks(doc: Document) -> list[RawQuote]:
    """Every paired quotation in ``doc``, in text order of their closing marks
    (outer quotes before the quotes nested in them)."""
    out: list[RawQuote] = []
    carry: RawQuote | None = None
    held = _Held()
    text = doc.scan
    # Most lines hold no mark at all: nothing pairs there, and a quotation
    # still open from the line before is not carried on (its next line does
    # not open with a mark), which is all _scan_line would do (found from
    # the marks' places instead of a class scan of the line, s42-speeda).
    global _known
    places = _mark_places(text)
    _known = (
        text,
        [at for at in places if text[at] in ALL_DOUBLE],
        [at for at in places if text[at] not in ALL_DOUBLE],
    )
    try:
        k, count = 0, len(places)
        for line in doc.lines:
            if line.start == line.end:
                continue
            while k < count and places[k] < line.start:
                k += 1
            if k == count or places[k] >= line.end:
                if carry is not None:
                    _finish_unclosed(carry, out)
                    carry = None
                continue
            carry = _scan_line(text, line, carry, out, held)
        _apply_holds(text, out, held.holds)
    finally:
        _known = ("", [], [])  # (the text is not held after the pairing)
    if carry is not None:
        _finish_unclosed(carry, out)
    return out
