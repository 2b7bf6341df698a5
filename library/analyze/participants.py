"""A study's participants, cited by code after their words (stop 46).

A qualitative study quotes the people it interviewed by a code and, often,
their role, in brackets after the words: “You learn the tide table first.”
(P3, community nurse). The code is the study's name for the person, so it
is the speaker, over a description the sentence gave ("A community nurse
put it plainly:") or none. A code is one to three capitals and a number of
one to three digits ("P3", "R12", "FG-2"); a bracket of a year, a page or
a document number ("(2022, p. 12)", "(WS0031, para 14)") names no one.

A paragraph that is the quotation and its bracket alone is a block
quotation, as one signed on the line under it is; so is a paragraph of a
participant's words with no marks at all, after a sentence ending in a
colon and ending with the code (stop 47): "Others described a single
moment:" over "The nurse handed me a bag of tablets ... for an hour. (C12,
daughter)". The code may follow an
unnamed one's attribution ending the sentence: "“It's fine,” said one
(W20, driver)." (s46-rev12).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import SPEECH_VERBS
from quotemark.library.analyze.transcripts import Answer
from quotemark.library.model import BlockKind, Quote, QuoteKind, Speaker

_CODE_AFTER = re.compile(
    r"[\u201d\u2019\"']?[.,!?]?[\u201d\u2019\"']?[ \u00a0]*"
    r"\(([A-Z]{1,3}-?\d{1,3})(?:,[ \u00a0]+([a-z][a-z'\u2019 \u00a0-]{0,40}[a-z]))?\)"
    r"(?=[.;]?(?:$|[\n\u2028]|[ \u00a0]+[A-Z\u201c\"]))"
)
"""A participant's code in brackets just after the closing mark, with the
role after a comma ("” (P11, healthcare assistant)", "” (P8, porter)."),
ending its sentence: a bracket the sentence runs on after ("(A1) was the
road") is a name or a number of something else."""


_SAID_ONE_CODE = re.compile(
    r"[\u201d\u2019\"']?[,!?]?[\u201d\u2019\"'][ \u00a0]+"
    r"([a-z]+(?:[ \u00a0][a-z]+){1,3})[ \u00a0]+"
    r"\(([A-Z]{1,3}-?\d{1,3})(?:,[ \u00a0]+([a-z][a-z'\u2019 \u00a0-]{0,40}[a-z]))?\)"
    r"(?=[.;]?(?:$|[\n\u2028]|[ \u00a0]+[A-Z\u201c\"]))"
)
"""The code after an unnamed one's inverted or plain attribution that ends
the sentence ("“It's fine,” said one (W20, driver).", "“…,” another
participant recalled (P7)."): the attribution's words are checked by
:func:`_one_saying` (s46-rev12)."""

_ONES = frozenset({"one", "another", "a", "an"})
"""Who an attribution before a code may name: a participant left unnamed."""


def _one_saying(words: str) -> bool:
    """Are ``words`` an attribution of an unnamed one, a verb of saying
    first or last ("said one", "said one porter", "another recalled")?"""
    tokens = words.split()
    if tokens[0] in SPEECH_VERBS:
        return tokens[1] in _ONES
    return tokens[-1] in SPEECH_VERBS and tokens[0] in _ONES


_CODE = re.compile(r"\([A-Z]{1,3}-?\d{1,3}[,)]")
"""A code's bracket anywhere (the partial's count)."""

_CLOSERS = "\u201d\u2019\"'"


_CODE_LETTERS = re.compile(r"\(([A-Z]{1,3})-?\d{1,3}[,)]")
"""A code's letters anywhere in the text (a study's scheme: "(P3", "(P11,")."""


def _codes_cited(text: str) -> dict[str, set[str]]:
    """Every code ``text`` cites in brackets (:data:`_CODE_LETTERS`), by its
    letters ("P": {"P3", "P11"}). Read once a text, when a code with no
    role first asks :func:`_of_a_scheme` (one read of the whole text for
    each such code before stop 47: a study quoting a hundred participants
    read its text a hundred times)."""
    codes: dict[str, set[str]] = {}
    for m in _CODE_LETTERS.finditer(text):
        codes.setdefault(m.group(1), set()).add(m.group()[1:-1])
    return codes


def _of_a_scheme(codes: dict[str, set[str]], code: str) -> bool:
    """Does the text (its codes, :func:`_codes_cited`) cite another code of
    ``code``'s letters ("(P3)" and "(P11)")? A code given with no role is a
    participant's only in a study that numbers several so; a lone bracket
    after the words ("“Expect delays” (M4).", "“a last chance” (COP26).")
    is a road's, an event's, a thing's name (stop 46's second reading)."""
    letters = code.rstrip("0123456789").rstrip("-")
    return bool(codes.get(letters, set()) - {code})


def _end(doc: Document, quote: Quote) -> int:
    """Where the code may stand: after the quotation, or for a partial (whose
    span runs on to its sentence's end) after its last closing mark, when
    the span holds one code only ("describing it as “slow” (P21, consultant)";
    "“a second job” (P5, midwife) or “like being posted abroad” (P14)" is
    two people's, left)."""
    end = doc.starts[quote.span.end.block] + quote.span.end.offset
    if quote.kind is not QuoteKind.PARTIAL:
        return end
    start = doc.starts[quote.span.start.block] + quote.span.start.offset
    text = doc.scan
    if len(_CODE.findall(text, start, end)) != 1:
        return end
    close = max(text.rfind(mark, start, end) for mark in _CLOSERS)
    return close if close > start else end


def cited_participants(doc: Document, quotes: Sequence[Quote]) -> Sequence[Quote]:
    """``quotes`` with each one a participant's code follows given to that
    code (and its role): right after its closing mark (:data:`_CODE_AFTER`)
    or, for a quotation not partial, after an unnamed one's attribution
    ending the sentence (:data:`_SAID_ONE_CODE`); a code with no role only
    of a scheme (:func:`_of_a_scheme`). Each that fills its paragraph with
    the code is made a block quotation, and a "he" or "she" later in the
    paragraph of the last quotation given to a code goes to that code
    (:func:`_pronoun_after_code`). Nested quotations are left as they are."""
    text = doc.scan
    if "(" not in text:
        return quotes  # (the pre-test: no bracket, no code)
    out: list[Quote] = []
    changed = False
    # (who the last quotation given to a code had been given to, the code's
    # speaker, and its paragraph)
    coded: tuple[Speaker, Speaker, int] | None = None
    codes: dict[str, set[str]] | None = None  # (read when first asked)
    for quote in quotes:
        if quote.parent is not None:
            out.append(quote)
            continue
        follows = _pronoun_after_code(quote, coded)
        if follows is not None:
            # "“It's fine,” said one (W20, driver). Later he added: “…”": the
            # pronoun went to whom the code's quotation had gone; the code
            # is who that is (s46-rev12).
            out.append(replace(quote, speaker=follows))
            changed = True
            continue
        at = _end(doc, quote)
        m = _CODE_AFTER.match(text, at)
        code, role = 1, 2
        if m is None and quote.kind is not QuoteKind.PARTIAL:
            m = _SAID_ONE_CODE.match(text, at)
            if m is not None and not _one_saying(m.group(1)):
                m = None
            code, role = 2, 3
        if m is None:
            out.append(quote)
            continue
        if m.group(role) is None:
            if codes is None:
                codes = _codes_cited(text)
            if not _of_a_scheme(codes, m.group(code)):
                out.append(quote)
                continue
        code_start = m.start(code)
        speaker = Speaker(
            m.group(code),
            m.group(role),
            0.8,
            doc.span(code_start, m.end(role) if m.group(role) else m.end(code)),
        )
        kind = quote.kind
        block = quote.span.start.block
        start = doc.starts[block]
        end = start + len(doc.blocks[block].text)
        opens = not text[start : start + quote.span.start.offset].strip(" \u00a0\u201c\u2018\"'")
        if (
            kind is QuoteKind.INLINE
            and quote.span.end.block == block
            and opens
            and not text[m.end() : end].strip(" \u00a0.;")
        ):
            kind = QuoteKind.BLOCK
        out.append(replace(quote, speaker=speaker, kind=kind))
        if quote.speaker is not None:
            coded = (quote.speaker, speaker, quote.span.end.block)
        changed = True
    return out if changed else quotes


_ONE_PERSON_PRONOUNS = frozenset({"he", "she"})


def _pronoun_after_code(quote: Quote, coded: tuple[Speaker, Speaker, int] | None) -> Speaker | None:
    """The code's speaker for ``quote`` when its speaker is "he" or "she"
    in the paragraph of the last quotation a code was given to, resolved to
    whom that quotation had been given before the code; else ``None``. (Not
    in the next paragraph: "Mothers talked more. She said" may be another
    person the pronoun was read wrong for.)"""
    if coded is None or quote.speaker is None or quote.speaker.span is None:
        return None
    before, code, block = coded
    if quote.speaker.span.text.lower() not in _ONE_PERSON_PRONOUNS:
        return None
    if quote.span.start.block != block:
        return None
    if (quote.speaker.name, quote.speaker.role) != (before.name, before.role):
        return None
    return replace(code, span=quote.speaker.span, confidence=quote.speaker.confidence)


_CODE_CLOSING = re.compile(
    r"[.!?][\u201d\u2019\"']?[ \u00a0]+"
    r"\(([A-Z]{1,3}-?\d{1,3})(?:,[ \u00a0]+([a-z][a-z'\u2019 \u00a0-]{0,40}[a-z]))?\)\.?$"
)
"""A participant's code in brackets closing a paragraph, after its last
sentence's stop ("... for an hour. (C12, daughter)")."""

_OPENING_MARKS = "\u201c\u2018\"'"

_CODE_SIGNING = re.compile(r"[\u201d\u2019\"'][^.!?\n(]{0,40}\(([A-Z]{1,3})-?\d{1,3}[,)]")
"""A code's letters after a closing mark, in the same sentence ("“…,” said
another (P4)", "“…” (P7)."): a scheme the text signs quotations with."""


@functools.lru_cache(maxsize=1)
def _signing_letters(text: str) -> frozenset[str]:
    """The letters of the codes ``text`` signs quotations with
    (:data:`_CODE_SIGNING`). A code with no role closing an unmarked
    paragraph is a participant's only of such a scheme: "(F2)" ending a
    paragraph and "(F3)" in the next cite figures (s47-final-analyze). Read
    once a text, however many such paragraphs ask."""
    return frozenset(m.group(1) for m in _CODE_SIGNING.finditer(text))


def coded_blocks(doc: Document) -> list[Answer]:
    """Each paragraph of a participant's words printed with no marks: set
    under a paragraph ending in a colon (the study's introduction, "Others
    described a single moment:") and closed by the code after its last
    sentence (:data:`_CODE_CLOSING`, with a role, or of a scheme the text
    signs quotations with: :func:`_signing_letters`). A block
    quotation of the code, its marked words nested in it (the participant
    quoting a nurse). A paragraph opening with a mark is read by
    :func:`cited_participants`."""
    text = doc.scan
    if "(" not in text or ":\n" not in text:
        return []  # (the pre-test: a bracket, and a paragraph ending in a colon)
    out: list[Answer] = []
    introduced = False
    codes: dict[str, set[str]] | None = None  # (read once, when a code has no role)
    for index, block in enumerate(doc.blocks):
        raw = block.text
        after_colon, introduced = introduced, ":" in raw[-2:]
        if not (after_colon and ")" in raw[-3:]):
            continue  # (the cheap pre-test, most paragraphs)
        raw = raw.rstrip()
        if (
            block.kind is not BlockKind.PARAGRAPH
            or not raw.endswith(")")
            or raw[:1] in _OPENING_MARKS
        ):
            continue
        m = _CODE_CLOSING.search(raw)
        if m is None:
            continue
        if m.group(2) is None:
            if codes is None:
                codes = _codes_cited(text)
            if not _of_a_scheme(codes, m.group(1)):
                continue
        start = doc.starts[index]
        line = bisect.bisect_right(doc.line_starts, start) - 1
        if m.group(2) is None and m.group(1).rstrip("0123456789-") not in _signing_letters(text):
            continue
        code_at = start + m.start(1)
        out.append(
            Answer(
                start,
                start + m.start() + 1,
                line,
                m.group(1),
                (code_at, start + (m.end(2) if m.group(2) else m.end(1))),
                role=m.group(2),
            )
        )
    return out
