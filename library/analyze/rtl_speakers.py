"""Speakers of Arabic and Hebrew quotations (stop 43, branch s43-rtl).

The English rules find a speaker by its capitals; Arabic and Hebrew write
none, so a quotation in those scripts was given no one. Here the verb of
saying and the phrase "according to" say where the name stands: after the
verb (Arabic writes the verb first, "وقال توم هيل، مدير الميناء: «…»"; Hebrew
after a quotation, "“…”, אמר תום הייל"), or after "according to" ("לדברי
הייל, “…”", "بحسب ليلى منصور، …"). A name ends at a comma or a colon; a bare
surname is the full name given earlier in the text.

Asked only of a quotation with no speaker whose first letter is Arabic or
Hebrew (one comparison), so an English page takes exactly the old path.
"""

# ruff: noqa: RUF001, RUF002, RUF003 (the word lists and docstrings hold Hebrew letters, look-alikes on purpose)

from __future__ import annotations

from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import words
from quotemark.library.model import Quote, Speaker

RTL_SPEECH_VERBS: frozenset[str] = words(
    """
    قال قالت أضاف أضافت أوضح أوضحت صرح صرّح صرحت صرّحت أكد أكدت ذكر ذكرت
    אמר אמרה אמרו הוסיף הוסיפה הסביר הסבירה ציין ציינה
    """
)
"""Arabic and Hebrew verbs of saying in the past (he / she said, added,
explained, stated). Arabic writes "and" joined to the verb ("وقال"): it is
taken off before the lookup."""

RTL_ACCORDING: frozenset[str] = words("بحسب حسب وفقا وفقاً לדברי לפי")
""""According to" in one word: the source follows it (Arabic "وفقاً لـ"
joins its "to" to the name, taken off)."""

RTL_OFFICES: frozenset[str] = words(
    """
    رئيس رئيسة مدير مديرة وزير وزيرة محافظ عمدة المتحدث متحدث
    יו"ר יו״ר ראש מנהל מנהלת שר שרת דובר דוברת
    """
)
"""Arabic and Hebrew nouns of office that open a phrase after the verb
("قال رئيس المجلس، بن روس", "אמר יו"ר המועצה, בן רוס"): the office, the
name after its comma."""

RTL_THAT: frozenset[str] = words("أن إن فإن بأن כי")
"""Arabic and Hebrew "that" right before the marks ("فإن "…"", "אמר כי "…""):
the marked words are the whole clause said, as after an English verb of
saying, not a fragment of the writer's sentence."""

_ENDS = '،,:;.!?؟\u00ab\u00bb\u201c\u201d"\u05f4\n'
"""What ends a name: a comma (Arabic or Latin), a colon, a sentence's end,
a quotation mark or a paragraph's end."""

_MAX_NAME_WORDS = 4
_NAME_WORDS = 2
"""A name of more words opens with an office ("رئيس المجلس بن روس": the
council's chair, Ben Ross): the last two are the person's."""
_REACH = 200
"""How far from its marks a quotation's verb of saying is looked for."""
_NAME_REACH = 120
"""How far a name with its office is read before a comma or a colon: past
it the words are a clause, no name (and a text with no comma is not walked
to its end once a quotation)."""
_CUES = RTL_SPEECH_VERBS | RTL_ACCORDING


def rtl_letter(char: str) -> bool:
    """Is ``char`` a Hebrew or Arabic letter (one range comparison)?"""
    return "\u0590" <= char <= "\u06ff"


def _bare(word: str) -> str:
    word = word.strip("\u200f\u200e")
    if word[:1] == "و" and word[1:] and word not in _CUES:
        word = word[1:]  # "وقال": "and he said"
    if word[:1] == "ف" and word[1:] in RTL_SPEECH_VERBS:
        word = word[1:]  # "فقال": "so he said"
    return word


def _name_after(text: str, at: int) -> tuple[str, int] | None:
    """The name that opens ``text`` at ``at`` (up to a comma, a colon or a
    mark) and where it ends; ``None`` when a mark or a colon comes first."""
    end = _phrase_end(text, at)
    phrase = text[at:end].split()
    if not phrase or len(phrase) > _MAX_NAME_WORDS:
        return None
    if phrase[0] in RTL_OFFICES and text[end : end + 1] in ",،":
        # (An office first, the name after its comma.)
        at = end + 1
        end = _phrase_end(text, at)
        phrase = text[at:end].split()
        if not phrase or len(phrase) > _MAX_NAME_WORDS:
            return None
    return " ".join(phrase[-_NAME_WORDS:]), end


def _phrase_end(text: str, at: int) -> int:
    """Where the phrase opening at ``at`` ends: at a comma, a colon, a mark;
    a straight mark between two Hebrew letters is an acronym's ("יו"ר")."""
    end = at
    stop = min(len(text), at + _NAME_REACH)
    while end < stop:
        char = text[end]
        if char in _ENDS and not (
            char in '"\u05f4'
            and rtl_letter(text[end - 1 : end] or " ")
            and rtl_letter(text[end + 1 : end + 2] or " ")
        ):
            break
        end += 1
    return end


def _after_cue(text: str, start: int, stop: int) -> str | None:
    """The name after the first verb of saying or "according to" between
    ``start`` and ``stop`` of ``text``; empty when the verb names no one
    ("وأضاف: “…”", "“…”, הוסיף"), ``None`` when there is no verb."""
    i = start
    while i < stop:
        while i < stop and not rtl_letter(text[i]):
            i += 1
        j = i
        while j < stop and text[j] not in " \u00a0" and text[j] not in _ENDS:
            j += 1
        word = _bare(text[i:j])
        if word in RTL_SPEECH_VERBS or word in RTL_ACCORDING:
            k = j
            while k < stop and text[k] in " \u00a0":
                k += 1
            if word in RTL_ACCORDING and word.startswith("وفق") and text[k : k + 1] == "ل":
                k += 1  # "وفقاً لـ": "to" joined to the name
                if text[k : k + 1] == "ـ":
                    k += 1
            found = _name_after(text, k)
            return found[0] if found else ""
        i = j + 1
    return None


def _subject_before(text: str, start: int, stop: int) -> str | None:
    """A Hebrew or Arabic sentence that opens with the speaker and ends in
    a verb of saying and a colon ("עדה לינד, יושבת ראש …, אמרה:"): the
    words before its first comma."""
    head = text[start:stop].rstrip(" :")
    last = head.rsplit(None, 1)
    if len(last) < 2 or _bare(last[1]) not in RTL_SPEECH_VERBS:
        return None
    found = _name_after(text, start + len(head) - len(head.lstrip()))
    return found[0] if found else None


def _reporting_subject(text: str, line_start: int, stop: int) -> str | None:
    """The subject of the sentence that ends at ``stop`` (after its last
    full stop since ``line_start``) when it holds a verb of saying: its words
    before the first comma."""
    line_start = max(line_start, stop - _REACH)
    start = max(text.rfind(".", line_start, stop) + 1, line_start)
    sentence = text[start:stop]
    if not any(_bare(word) in RTL_SPEECH_VERBS for word in sentence.split()):
        return None
    while start < stop and text[start] in " \u00a0":
        start += 1
    found = _name_after(text, start)
    return found[0] if found else None


def rtl_speakers(doc: Document, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """``quotes`` with each Arabic or Hebrew quotation that has no speaker
    given the one its sentence names after a verb of saying or "according
    to" (see the module doc); others as they are."""
    out: list[Quote] | None = None
    full: dict[str, str] = {}
    for i, quote in enumerate(quotes):
        if quote.speaker is not None or not rtl_letter(quote.span.text.lstrip()[:1]):
            continue
        text = doc.text
        start = doc.starts[quote.span.start.block] + quote.span.start.offset
        end = doc.starts[quote.span.end.block] + quote.span.end.offset
        # (Blocks are joined by "\n": the paragraph's ends are looked up,
        # not searched for, so a paragraph of many quotations stays linear.)
        block = quote.span.start.block
        line_start = doc.starts[block]
        line_end = (
            doc.starts[quote.span.end.block + 1] - 1
            if quote.span.end.block + 1 < len(doc.starts)
            else len(text)
        )
        # The sentence before the opening mark (after the last full stop).
        before_start = max(line_start, start - _REACH)
        stop = text.rfind(".", before_start, start)
        before_start = stop + 1 if stop >= 0 else before_start
        name = _after_cue(text, before_start, start - 1)
        if not name:
            name = _subject_before(text, before_start, start - 1) or name
        if not name:
            # After the closing mark, to the sentence's end.
            after_end = min(line_end, end + _REACH)
            dot = text.find(".", end + 1, after_end)
            after = _after_cue(text, end + 1, after_end if dot < 0 else dot)
            name = after if after is not None else name
        if name == "" and before_start > line_start:
            # A bare verb ("وأضاف: “…”", "“…”, אמרה."): the one the sentence
            # before reports speaking ("הדייג יואב ברק, …, אמר כי …").
            name = _reporting_subject(text, line_start, before_start - 1)
        if not name:
            continue
        if " " in name:
            full.setdefault(name.rsplit(None, 1)[-1], name)
        else:
            if name not in full:
                # (Once a surname: the first mention is searched for once.)
                full[name] = _earlier_full(text, name, start) or name
            name = full[name]
        if out is None:
            out = list(quotes)
        out[i] = replace(quote, speaker=Speaker(name, None, 0.6))
    return quotes if out is None else tuple(out)


def _earlier_full(text: str, surname: str, before: int) -> str | None:
    """The full name a bare surname stands for: the word before its first
    mention in the text ("توم هيل" for "هيل"), when that mention comes first."""
    at = text.find(" " + surname, 0, before)
    while at >= 0 and rtl_letter(text[at + len(surname) + 1 : at + len(surname) + 2] or " "):
        at = text.find(" " + surname, at + 1, before)  # (a longer word: "יותר" for "יו")
    if at < 0:
        return None
    given = text[:at].rsplit(None, 1)
    if len(given) < 2 or not rtl_letter(given[1][:1]) or _bare(given[1]) in RTL_SPEECH_VERBS:
        return None
    return given[1] + " " + surname
