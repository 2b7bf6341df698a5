"""The reported clause a partial quotation stands in: where the clause after
a speech verb starts (past "that", past the indirect object of "tell") and
where it ends (the sentence's end, another speaker's attribution, a closing
mark), so that a partial quote's span covers it.

It answers the extent of a reported clause only; whether the quotation is
one, and who said it, are for :mod:`.checks` and the package's ``__init__``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quotemark.library.analyze.attribution import Phrase, sentence_end, sentence_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import NAMING_VERBS, SPEECH_VERBS
from quotemark.library.analyze.quotes import Candidate

_JOINING = re.compile(r"(?:[\s,;:\u00a0]|\b(?:and|but|while|whereas|as|then)\b)+$", re.IGNORECASE)


def _clause_end(text: str, floor: int, stop: int) -> int:
    """Where a reported clause ends when another speaker's attribution starts
    at ``stop``: before the joining words ("..., and"), never before
    ``floor`` (its last fragment)."""
    m = _JOINING.search(text, floor, stop)
    end = m.start() if m is not None and m.end() == stop else stop
    return max(floor, end)


def _closing_after(pairs: Sequence[tuple[int, int]], after: int, end: int) -> int | None:
    """The closing mark of a pair that opens between ``after`` and ``end`` and
    closes at or past ``end`` (``pairs``: (opening, closing) offsets, sorted)."""
    i = bisect.bisect_right(pairs, (after, 1 << 62))
    found = None
    while i < len(pairs) and pairs[i][0] < end:
        if pairs[i][1] >= end:
            found = pairs[i][1]
        i += 1
    return found


_PUT_IT = re.compile(r"[ \u00a0]+it,[ \u00a0]*")
"""The object of "put" in "as Venn put it, “…”", up to the opening mark."""


_IN_WORDS = re.compile(
    r"\bin[ \u00a0]+(?:his|her|their|[A-Z][\w'\u2019-]*['\u2019]s)[ \u00a0]+"
    r"(?:own[ \u00a0]+)?words,[ \u00a0]*$"
)
"""An aside naming whose words follow, right before the opening mark: "in
her words,", "in Venn's own words,"."""


def _clause(
    doc: Document, c: Candidate, phrase: Phrase, pairs: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The reported clause a partial quote stands in: after the speech verb
    (from "that" if present) to the sentence end, or from the sentence start
    to the quote when the attribution follows it (to a later fragment's
    closing mark when the attribution's comma sits inside it). ``pairs``: the
    top-level closed mark pairs as sorted (opening, closing) offsets."""
    text = doc.scan
    line = doc.lines[c.end_line]
    if phrase.how == "before" and 0 <= phrase.verb_end <= c.open:
        start = phrase.verb_end
        that = text.find(" that ", start, c.open)
        if that >= 0:
            start = that + 1
        elif _TELL.search(text, max(0, start - 12), start):
            # "told Reuters the sailing would run ...": the clause starts
            # after the person or outlet told.
            start = _after_object(text, start, c.open)
        if _PUT_IT.fullmatch(text, start, c.open):
            # "because, as Venn put it, “it was in tune”": the aside's own
            # "it" is no word of the clause the marks hold (s45-rev7).
            start = c.open
        while start < c.open and text[start] in " ,:\u00a0":
            start += 1
        if start == c.open and c.closed and _naming(text, phrase.verb_end):
            following = _pair_after(pairs, c.close)
            if following is not None and not text[c.close + 1 : following].strip(" \u00a0"):
                # `calls “Low Water” “the best book …”`: the first marks a
                # title the naming verb names, the second its words.
                start = following
        end = max(c.end, sentence_end(text, max(c.start, c.close - 1), line.end))
        if c.open and text[c.open - 1] >= "\u3000":
            # (Chinese ends its sentence with 。, which sentence_end does not
            # read; one comparison at other partials; s44-lang2.)
            full_stop = text.find("\u3002", c.close, end)
            if full_stop >= 0:
                end = full_stop
        end = _partial_end(text, c, end, line.end, pairs)
        if end > c.close + 1 and (
            _new_subject(text, c, end) or _said_again(text, c, end, phrase.verb_end)
        ):
            end = c.close + 1
        if text.startswith(",", phrase.end) and _IN_RELATIVE.fullmatch(
            text, phrase.end, phrase.verb_end
        ):
            end = _relative_end(text, c, end)
        end = before_footnote(text, c.end, end)
        while end > c.end and text[end - 1] in " .,;":
            end -= 1
        if end <= c.close + 1 and _bare_that(text, start, c.open):
            # "Ada Lind said that “the pier is late.”": the marks hold the
            # whole clause; "that" is no word of hers.
            start = c.open
        elif _that_again(text, pairs, c.open, start):
            # "said that “the pier is late” and that “the boats are old”":
            # each "that" opens a clause the marks hold whole, two partial
            # quotations, not one clause over both (review of stop 36).
            start = c.open
            if end > c.close + 1 and _AND_THAT.match(text, c.close + 1, end) is not None:
                end = c.close + 1
        return start, end
    if c.closed and _IN_WORDS.search(text, max(0, c.open - 40), c.open) is not None:
        # "The vote failed and, in her words, “nobody cared.”": the marks
        # hold hers, the writer's sentence before the aside none of hers
        # (s45-final-analyze), as after "as she put it," above.
        return c.open, max(c.end, c.close + 1)
    start = sentence_start(text, doc.lines[c.line].start, c.open)
    end = c.end
    if phrase.how == "after" and phrase.verb_end > c.end:
        end = phrase.verb_end  # the comma before "..., researchers say."
        closing = _closing_after(pairs, c.close, end)
        if closing is not None:
            # `yielded “frankly good information,” he remarked`: the clause
            # ends with the later fragment's closing mark, not before it.
            end = closing + 1
    return min(start, c.start), end


_FOOTNOTE_END = re.compile(r"(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)+$")
"""Footnote markers closing a paragraph's last sentence (".[15]", ".\u00b9\u00b2")."""


def before_footnote(text: str, lo: int, end: int) -> int:
    """``end`` moved back before the footnote markers a clause ending a
    paragraph closes with ("a conclusion Hale disputed.[15]"): the marker
    points to a reference, it is no word of the clause (mid-paragraph the
    sentence's end already stops before it). One character read when
    there is none."""
    if end <= lo or text[end - 1] not in _MARKER_LAST:
        return end
    m = _FOOTNOTE_END.search(text, lo, end)
    return m.start() if m is not None else end


_MARKER_LAST = frozenset("]\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


_IN_RELATIVE = re.compile(r",[ \u00a0]+(?:who|which)\b[^,\"\u201c\u201d]*")
"""From a subject's end to its verb: a relative clause set off by a comma
that the verb is inside ("The fans, who had promised")."""


_MARK = re.compile('["\u201c\u201d]')


def _relative_end(text: str, c: Candidate, end: int) -> int:
    """Where a reported clause inside a relative clause ends: at the comma
    closing the relative clause after the marks ("The fans, who had promised
    a “…” if the team won, were still singing": the main clause is not the
    fans' words), or ``end`` when no comma comes before it."""
    if c.closed and text[c.close - 1 : c.close] == ",":
        return c.close + 1  # ("who had promised a “party,” were ...")
    comma = text.find(",", c.close + 1, end)
    if comma < 0 or _MARK.search(text, comma, end) is not None:
        # ("The Post, which first said “…”, said “…”": the main clause's own
        # quotation finds no speaker phrase past the first one, and the run
        # on is what still gives it one; left as it was.)
        return end
    return comma


def _partial_end(
    text: str, c: Candidate, end: int, line_end: int, pairs: Sequence[tuple[int, int]]
) -> int:
    """Where the clause after a speech verb ends, given the sentence's end
    ``end``: at the closing mark when the quotation's own point ended the
    sentence inside the marks (`insisted “the pier is late.” Tom Hale
    disagreed.`), at a semicolon after the marks (`said that “the pier is
    late”; Tom Hale agreed.`) with no marks after it (`supported “…”;
    “…” is his aim` keeps the later words on the clause), else at ``end``
    (review of stop 36). ``pairs``: as for :func:`_clause`."""
    if c.closed and c.end <= end <= c.close < line_end:
        return c.close + 1
    semicolon = text.find(";", c.close, end)
    if semicolon <= c.close:
        return end
    i = bisect.bisect_right(pairs, (semicolon, 1 << 62))
    return end if i < len(pairs) and pairs[i][0] < end else semicolon


_NEW_SUBJECT = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+(?:a|an|the|this|these|those|its|his|her|their|some)"
    r"(?:[ \u00a0]+[^\s,;:\u201c\u201d\"]+){1,6}?[ \u00a0]+"
    r"(?:has|have|had|was|were|is|are|will)\b",
    re.IGNORECASE,
)


def _new_subject(text: str, c: Candidate, end: int) -> bool:
    """Does a new subject's clause follow the closing mark, after a comma
    (`calls it “the island tax,” and a petition to scrap it has gathered
    …`)? Then the reported clause ends with the marks: the petition is no
    one's words. "and points out that …", with no subject of its own, goes
    on with the same speaker (second review of stop 40)."""
    after = c.close + 1
    if text[c.close - 1 : c.close] != "," and text[after : after + 1] != ",":
        return False
    return (
        _NEW_SUBJECT.match(text, after, end) is not None
        or _PRONOUN_IS.match(text, after, end) is not None
    )


_PRONOUN_IS = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+(?:he|she|they|I|we|you)[ \u00a0]+(?:is|are|was|were)\b"
)
"""After a comma and the marks, "and he is", "and she was": a clause of its
own about the speaker (`told me it was “the bare minimum,” and he is
right`: the writer's comment, no words of his)."""


_AND_VERB = re.compile(r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+([a-z]+)\b")
"""After the marks, "and" and a word: "and said", "and added"."""


def _pair_after(pairs: Sequence[tuple[int, int]], after: int) -> int | None:
    """Where the first mark pair opening past ``after`` opens, if any."""
    i = bisect.bisect_right(pairs, (after, 1 << 62))
    return pairs[i][0] if i < len(pairs) else None


def _naming(text: str, verb_end: int) -> bool:
    """Is the word ending at ``verb_end`` a naming verb ("calls", "dubbed")?"""
    verb = text[max(0, verb_end - 12) : verb_end].rsplit(None, 1)[-1:]
    return bool(verb) and verb[0].lower() in NAMING_VERBS


def _said_again(text: str, c: Candidate, end: int, verb_end: int) -> bool:
    """Does a verb of saying follow the marks a naming verb (ending at
    ``verb_end``) gave ("called the deal “a fair settlement” and said her
    members would vote"), with no marks after it in the sentence? The naming
    ends with the marks; a new predicate follows. (After a verb of saying
    "and points out that …" goes on with its reported speech, stop 40.) One
    anchored match and one search to the sentence end."""
    if not _naming(text, verb_end):
        return False
    m = _AND_VERB.match(text, c.close + 1, end)
    # (Not when marks follow: `called Carson “decent” and said that Trump
    # “melted down”`, the clause over both is what gives the later marks
    # their speaker; tune polnear-train lost 3 quotations so.)
    return m is not None and m.group(1) in SPEECH_VERBS and _MARK.search(text, m.end(), end) is None


NEW_NAMED_SUBJECT = re.compile(
    r"[.,;!?]?[\u201d\"]?[ \u00a0]*,?[ \u00a0]+(?:and|but|while)[ \u00a0]+"
    r"(?:[A-Z][\w\u2019'.-]*[ \u00a0]+){1,3}?"
    r"(?:[a-z]+ly[ \u00a0]+)?(?:[a-z]{2,}(?:s|ed)|has|had|is|was|will|would|says?)\b(?![\u2019'])"
)
"""From a fragment's end, past its closing mark, "and", "but" or "while", a name of one to three
capitalised words and its finite verb ("and Ada Lind wants", "but Tom Hale
said"): a clause with a subject of its own (stop 41: `Tom Hale wants “the votes”
and Ada Lind wants “a recount”`, Lind's words hers, when the subject is
found)."""


_AND_THAT = re.compile(r"[ \u00a0]*,?[ \u00a0]+(?:and|or|but)[ \u00a0]+that[ \u00a0]+")


def _that_again(text: str, pairs: Sequence[tuple[int, int]], opening: int, start: int) -> bool:
    """Is the clause from ``start`` before the marks opening at ``opening``
    a row of quotations each opened by a bare "that" ("that “…” and that
    “…”"), the marks at ``opening`` the first or a later one?"""
    i = bisect.bisect_left(pairs, (opening, -1))
    if i >= len(pairs) or pairs[i][0] != opening:
        return False
    quoted = 0
    while i > 0:
        joint = _AND_THAT.fullmatch(text, pairs[i - 1][1] + 1, pairs[i][0])
        if joint is None:
            break
        i -= 1
        quoted += 1
    if not _bare_that(text, start, pairs[i][0]):
        return False
    if quoted:
        return True
    # The first: another pair opens right after "and that" past its close.
    joint = _AND_THAT.match(text, pairs[i][1] + 1)
    return joint is not None and i + 1 < len(pairs) and pairs[i + 1][0] == joint.end()


def _bare_that(text: str, start: int, opening: int) -> bool:
    """Is the clause before a quotation's opening mark, from ``start``, the
    word "that" alone (a quotation that opens its reported clause)?"""
    return text[start:opening].rstrip(" \u00a0") == "that"


_TELL = re.compile(r"\b(?:told|tells?|telling|informed|assured|reminded|promised)$", re.IGNORECASE)
_OBJECT = re.compile(
    r"\s+(?:(?:him|her|them|me|us|you|reporters|journalists|lawmakers|parliament)\b"
    r"|(?:(?:the|a|an)\s+)?[A-Z][\w\u2019'&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w\u2019'&.-]*)*"
    r"|(?:the|a|an|his|her|their)\s+[a-z]+(?=\s+(?:the|a|an|this|these|that|it|he|she|they|we"
    r"|[A-Z]))"
    r")(?:\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week|month|year))?"
)


def _after_object(text: str, start: int, stop: int) -> int:
    """Past the indirect object of a "tell" verb that starts at ``start``
    ("told Reuters", "told the committee", "told reporters on Friday")."""
    m = _OBJECT.match(text, start, stop)
    return m.end() if m is not None else start
