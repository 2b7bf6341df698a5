"""Citation keys: readable, ASCII, unique, and never changed once assigned.

A post's key is ``surname + year + first significant title word``
(``laane2024night``), transliterated to lowercase ASCII (Zoë -> zoe,
Łódź -> lodz, Arabic, Hebrew and Cyrillic letters by a small table). A clash gets
``a``, ``b``, ... appended to the newcomer only: existing keys are stored and
never recomputed, so adding or removing posts cannot rename anything a
paper already cites. Clip keys derive from their post's key (``-c1``,
``-c2``, ...) with a counter that is never reused.
"""

# ruff: noqa: RUF001 (the transliteration tables hold look-alike letters on purpose)

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable

from quotemark.library.errors import InvalidKey
from quotemark.library.folding import LATIN_BASE as _LATIN
from quotemark.library.model import Metadata
from quotemark.library.urls import url_host

KEY_PATTERN = re.compile(r"[A-Za-z0-9_:.\-]+")
"""What a key may hold: safe in BibTeX, biber, LaTeX and file names."""

MAX_KEY_LENGTH = 120


# A simple, reversible-enough romanisation: a key only needs to be readable.
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y",
    "ى": "a", "ة": "a", "ء": "", "ؤ": "w", "ئ": "y", "پ": "p", "چ": "ch", "ژ": "zh",
    "گ": "g", "ک": "k", "ی": "y",
}  # fmt: skip

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
}  # fmt: skip

_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip

# Consonants as modern Hebrew romanises them; the vowel points are marks
# NFKD leaves apart and the key drops. Without it a Hebrew title gave no
# word at all and every such post was "anon", "anona", "anonb"...
_HEBREW = {
    "א": "", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z", "ח": "ch",
    "ט": "t", "י": "y", "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n",
    "ן": "n", "ס": "s", "ע": "", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k",
    "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip

_TABLE = {**_LATIN, **_ARABIC, **_HEBREW, **_CYRILLIC, **_GREEK}

_STOPWORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "at", "to", "for", "from",
        "by", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "as",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
        "those", "there", "here", "his", "her", "their", "our", "your", "my", "we", "you", "they",
        "he", "she", "i", "not", "no", "so", "if", "than", "then", "how", "why", "what", "when",
        "where", "who", "whom", "which", "while", "de", "la", "le", "les", "el", "los", "las",
        "del", "des", "du", "der", "die", "das", "den", "und", "ein", "eine", "di", "da", "il",
        "lo", "un", "une", "y", "e", "o"
    }
)  # fmt: skip

_WORD = re.compile(r"[a-z0-9]+")


def transliterate(text: str) -> str:
    """``text`` in lowercase ASCII letters and digits only: marks dropped
    after NFKD (Zoë -> zoe), a few letters by table (ł -> l, ß -> ss, Arabic,
    Hebrew, Cyrillic, Greek); anything else (CJK, emoji) disappears."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        mapped = _TABLE.get(char) or _TABLE.get(char.lower())
        if mapped is not None:
            out.append(mapped)
        elif char.isascii():
            out.append(char)
        elif unicodedata.category(char).startswith("Z"):
            out.append(" ")
    return "".join(out).lower()


def _words(text: str) -> list[str]:
    return _WORD.findall(transliterate(text))


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "dr"})


def _surname(author: str) -> str:
    # "Laane, Kadri" names the family first; otherwise the last word does
    # (after "Jr." and the like). A hyphenated family name stays whole
    # (Ferreira-Lund -> ferreiralund).
    if "," in author:
        family = author.split(",", 1)[0]
        if "".join(_words(family)) not in _SUFFIXES:
            return "".join(_words(family))
        author = author.replace(",", " ")
    parts = [p for p in author.split() if "".join(_words(p)) not in _SUFFIXES]
    return "".join(_words(parts[-1])) if parts else ""


def _site_word(metadata: Metadata) -> str:
    if metadata.site:
        site = "".join(_words(metadata.site))
        if site:
            return site[:24]
    if metadata.url:
        host = url_host(metadata.url)
        labels = [label for label in host.split(".") if label not in {"www", "m", "blog"}]
        if len(labels) >= 2:
            return "".join(_words(labels[-2]))[:24]
        if labels:
            return "".join(_words(labels[0]))[:24]
    return ""


def _title_word(title: str) -> str:
    words = _words(title)
    for word in words:
        if word not in _STOPWORDS and not word.isdigit():
            return word[:20]
    return words[0][:20] if words else ""


def base_key(metadata: Metadata) -> str:
    """The key a post would get if no other post had it: ``laane2024night``.
    The author's surname, else the site, else ``anon``; the year if known;
    the first title word that is not a stop word."""
    name = ""
    for author in metadata.authors:
        name = _surname(author)
        if name:
            break
    name = name[:24] or _site_word(metadata) or "anon"
    year = ""
    if metadata.published and re.match(r"\d{4}", metadata.published):
        year = metadata.published[:4]
    return f"{name}{year}{_title_word(metadata.title)}"


def suffix(index: int) -> str:
    """The ``index``-th suffix :func:`unique_key` tries (0 -> ``a``, 26 ->
    ``aa``, 702 -> ``x1``), so a search can resume where it stopped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < 26:
        return letters[index]
    if index < 26 + 26 * 26:
        first, second = divmod(index - 26, 26)
        return letters[first] + letters[second]
    return f"x{index - 26 - 26 * 26 + 1}"


class KeyRun:
    """Keys for a run of new posts (one import), the same keys
    :func:`unique_key` gives, without asking the library about every
    suffix before the free one: with 10,000 posts of one base, that was
    10,000 lookups for the last post alone (an import slowed as it went).

    ``known(base)`` returns every key in the library that starts with
    ``base`` (any case), read once per base; ``taken`` checks the chosen key
    against the library itself, so a key another program took meanwhile is
    still never handed out. Keys given in this run are remembered through
    :meth:`took`; the search for a base resumes where it last stopped, as
    a run only ever adds keys."""

    __slots__ = ("_known", "_next", "_seen")

    def __init__(self, known: Callable[[str], Iterable[str]]) -> None:
        """Start a run; ``known`` reads the library's keys with a prefix."""
        self._known = known
        self._seen: dict[str, set[str]] = {}
        self._next: dict[str, int] = {}

    def key(self, base: str, taken: Callable[[str], bool]) -> str:
        """``base`` or ``base`` with the first free suffix, as
        :func:`unique_key` would choose it."""
        seen = self._seen.get(base)
        if seen is None:
            seen = self._seen[base] = {k.lower() for k in self._known(base)}
        if base not in seen and not taken(base):
            return base
        seen.add(base)
        index = self._next.get(base, 0)
        while True:
            candidate = base + suffix(index)
            if candidate not in seen:
                if not taken(candidate):
                    self._next[base] = index
                    return candidate
                seen.add(candidate)
            index += 1

    def took(self, base: str, key: str) -> None:
        """Remember that ``key``, chosen for ``base``, is now a post's (the
        run skips it from now on). A key not remembered (its post was not
        stored after all) is offered again."""
        seen = self._seen.get(base)
        if seen is not None:
            seen.add(key.lower())


def unique_key(base: str, taken: Callable[[str], bool]) -> str:
    """``base`` itself when free, else ``base`` with the first free suffix
    ``a``, ``b``, ... ``z``, ``aa``, ... ``taken`` answers for one key
    (ignoring case, as BibTeX and biber compare keys)."""
    if not taken(base):
        return base
    for index in itertools.count():
        candidate = base + suffix(index)
        if not taken(candidate):
            return candidate
    raise AssertionError("unreachable: the suffixes never end")


def clip_key(post_key: str, number: int) -> str:
    """The key of a post's ``number``-th clip: ``laane2024night-c3``."""
    return f"{post_key}-c{number}"


def check_key(key: str) -> str:
    """``key`` stripped, or :class:`InvalidKey` saying what is wrong with it."""
    stripped = key.strip()
    if not stripped:
        raise InvalidKey("A citation key cannot be empty.")
    if len(stripped) > MAX_KEY_LENGTH:
        raise InvalidKey(
            f"The citation key is {len(stripped)} characters long; use at most {MAX_KEY_LENGTH}."
        )
    if not KEY_PATTERN.fullmatch(stripped):
        bad = sorted({c for c in stripped if not KEY_PATTERN.fullmatch(c)})
        shown = " ".join(repr(c) for c in bad)
        raise InvalidKey(
            f"The citation key {stripped!r} contains {shown}. "
            "Use only letters A-Z, digits and _ : . -"
        )
    return stripped
