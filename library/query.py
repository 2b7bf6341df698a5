"""The library search's small query language, parsed into a value.

What a researcher types::

    ferry timetable          posts with both words (the last also as a prefix)
    "night ferry"            the words next to each other
    -strike  -"car park"     posts without the word / the phrase
    author:ilves             an author's name contains "ilves" (quote names with spaces)
    site:harbour             the site name or URL contains "harbour"
    tag:"to read"            the post or one of its clips carries the tag
    after:2023  before:2024-06   published in that range (both ends included)

Anything else is text: ``AND``, ``NEAR``, ``*``, ``(`` or an unknown
``field:`` are words like any other. :func:`fts` builds the FTS5 expression
with every word quoted, so user text never reaches FTS syntax.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from quotemark.library.folding import unstroked

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A token: an optional "-", an optional known field, then a quoted string
# (closed or running to the end) or a run of non-space characters.
_TOKEN = re.compile(
    r'(?P<neg>-)?(?:(?P<field>author|site|tag|after|before):)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>[^\s"]+))?',
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: words and phrases every post must hold, words and
    phrases none may hold, and the field filters. ``prefix`` says the last
    word may be the beginning of a longer one (it is being typed)."""

    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[tuple[str, ...], ...] = ()
    authors: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    prefix: bool = False
    after: str | None = None
    before: str | None = None

    def has_text(self) -> bool:
        """Whether some word or phrase must be found in the text."""
        return bool(self.words or self.phrases)

    def is_empty(self) -> bool:
        """Whether it asks for nothing at all."""
        fields = self.authors or self.sites or self.tags or self.after or self.before
        return not (self.has_text() or self.excluded or fields)

    def highlight(self) -> list[str]:
        """The words to mark in snippets and in the opened post."""
        found = list(self.words)
        for phrase in self.phrases:
            found.extend(phrase)
        return list(dict.fromkeys(found))


def parse(text: str) -> Query:
    """The query ``text`` asks for (never raises: anything odd is a word)."""
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    excluded: list[tuple[str, ...]] = []
    fields: dict[str, list[str]] = {"author": [], "site": [], "tag": [], "after": [], "before": []}
    prefix = False
    for token in _TOKEN.finditer(text):
        if not token.group(0):
            continue  # the empty match between spaces
        negative = bool(token.group("neg"))
        field = (token.group("field") or "").lower()
        quoted = token.group("quoted")
        value = quoted if quoted is not None else token.group("bare") or ""
        prefix = False
        if field:
            cleaned = " ".join(value.split())
            if cleaned and not negative:
                fields[field].append(cleaned)
            continue
        parts = tuple(_WORD.findall(value))
        if not parts:
            continue
        if negative:
            excluded.append(parts)
        elif quoted is not None and len(parts) > 1:
            phrases.append(parts)
        else:
            words.extend(parts)
            prefix = quoted is None
    return Query(
        words=tuple(words),
        phrases=tuple(phrases),
        excluded=tuple(excluded),
        authors=tuple(fields["author"]),
        sites=tuple(fields["site"]),
        tags=tuple(fields["tag"]),
        prefix=prefix,
        after=_date(fields["after"]),
        before=_date(fields["before"]),
    )


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _date(values: list[str]) -> str | None:
    """The last well-formed date typed (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``);
    anything else is ignored rather than refused while it is being typed."""
    found = [v for v in values if _DATE.fullmatch(v)]
    return found[-1] if found else None


def find_text(query: Query) -> str:
    """What to look for in an opened post so the eye lands on the hit: the
    first phrase, else the first word ("" when the query has no text)."""
    if query.phrases:
        return " ".join(query.phrases[0])
    return query.words[0] if query.words else ""


def _quoted(parts: tuple[str, ...]) -> str:
    # One FTS5 string; several tokens in one string are a phrase.
    return '"' + " ".join(parts).replace('"', '""') + '"'


def one_latin_letter(word: str) -> bool:
    """Whether ``word`` is one Latin letter, accented or stroked ("l", "é",
    "ł"): as a typed prefix it matches most of the library (the index folds
    é to e, PostgreSQL ł to l too), so it waits for the second letter. One
    kana, ideograph or Arabic letter is not (a kanji is a word)."""
    if len(word) != 1:
        return False
    base = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return unstroked(base).isascii()


def fts(
    query: Query,
    form: Callable[[str], str] | None = None,
    loose: frozenset[tuple[str, ...]] = frozenset(),
) -> str | None:
    """The FTS5 MATCH expression for the words and phrases that must be
    found (``None`` when there are none); excluded ones follow as ``NOT``.
    ``form`` gives a word's form in the index's derived text (schema 18):
    a word whose form differs is found as typed or in that form. A phrase
    in ``loose`` is asked as its words (:func:`fts_words`): the caller
    checks their order itself (a phrase found only through the derived
    text, whose words hold no positions next to the text's)."""
    if not query.has_text():
        return None
    terms = [_quoted((word,)) for word in query.words]
    prefixed = False
    if query.prefix and query.words:
        last = query.words[-1]
        # One typed Latin letter as a prefix matches most of the library and
        # costs ~50 ms on 100,000 posts: it waits for the second letter.
        prefixed = not one_latin_letter(last)
    star = " *" if prefixed else ""
    if prefixed:
        terms[len(query.words) - 1] += star
    alternatives = False
    if form is not None:
        for index, word in enumerate(query.words):
            other = form(word)
            if other != word:
                lone = one_latin_letter(other)
                tail = star if index == len(query.words) - 1 and not lone else ""
                terms[index] = f"({terms[index]} OR {_quoted((other,))}{tail})"
                alternatives = True
    for phrase in query.phrases:
        if phrase in loose:
            terms.append(fts_words(phrase, form))
            alternatives = True
        else:
            terms.append(_quoted(phrase))
    # FTS5 takes no implicit AND before a parenthesis.
    expression = (" AND " if alternatives else " ").join(terms)
    if query.excluded:
        expression = f"({expression})" + "".join(
            f" NOT {_either(parts, form)}" for parts in query.excluded
        )
    return expression


def _either(parts: tuple[str, ...], form: Callable[[str], str] | None) -> str:
    # An excluded word leaves out the posts holding it in either form, as a
    # wanted one finds them: "-港湾組合" must leave out a post whose run
    # holds it, which only the derived text's pairs show.
    if form is None or len(parts) != 1 or form(parts[0]) == parts[0]:
        return _quoted(parts)
    return f"({_quoted(parts)} OR {_quoted((form(parts[0]),))})"


def fts_words(parts: tuple[str, ...], form: Callable[[str], str] | None = None) -> str:
    """An FTS5 expression for every word of ``parts``, each as typed or in
    its ``form``, in any order (what a phrase's words alone find)."""
    return "(" + " AND ".join(_either((part,), form) for part in parts) + ")"


def fts_any(
    phrases: tuple[tuple[str, ...], ...], form: Callable[[str], str] | None = None
) -> str | None:
    """An FTS5 expression matching any of ``phrases`` (``None`` for none);
    ``form`` as for :func:`fts` (a one-word phrase in either form)."""
    if not phrases:
        return None
    return " OR ".join(_either(parts, form) for parts in phrases)
