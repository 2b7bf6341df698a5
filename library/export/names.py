"""Author names: split into parts for BibTeX, biblatex, CSL and RIS.

Pages give bylines as plain strings ("Zoë Smith", "Smith, Zoë", "Associated
Press", "محمد الأحمد"). A wrong split is worse than none: a style that
prints "Press, A." for an agency misleads the reader. So a name is split
only when it looks like a personal name in a cased script; organisations
and names in scripts without letter case are kept whole (a "literal"),
which every format can carry and every style prints as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotemark.library.export.latex import clean, escape

# Words that mark a byline as an organisation, not a person.
_ORGANISATION_WORDS = frozenset(
    [
        "agency",
        "army",
        "associated",
        "association",
        "bureau",
        "center",
        "centre",
        "channel",
        "college",
        "committee",
        "corp",
        "corporation",
        "council",
        "department",
        "desk",
        "editorial",
        "editors",
        "forces",
        "foundation",
        "government",
        "group",
        "inc",
        "institute",
        "staff",
        "team",
        "league",
        "ltd",
        "media",
        "ministry",
        "network",
        "news",
        "newsroom",
        "observatory",
        "office",
        "organisation",
        "organization",
        "party",
        "press",
        "radio",
        "reporters",
        "service",
        "society",
        "times",
        "tv",
        "university",
        "wire",
    ]
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_LOWERCASE_START = re.compile(r"^[^\W\d_]", re.UNICODE)
_AND = re.compile(r"\band\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Name:
    """A name in parts. ``literal`` is set (and the rest empty) for a name
    kept whole; otherwise ``family`` is set and ``particle`` holds a
    lowercase prefix such as "van" or "de"."""

    given: str = ""
    family: str = ""
    particle: str = ""
    suffix: str = ""
    literal: str = ""

    @property
    def family_with_particle(self) -> str:
        """The family name with its particle ("van Gogh")."""
        return f"{self.particle} {self.family}".strip()


def parse(raw: str) -> Name | None:
    """Split a byline into a :class:`Name`; ``None`` for an empty one. A
    name the researcher wrote in braces, ``{Human Rights Watch}`` (BibTeX's
    own way to say it), is an organisation: kept whole, without the braces."""
    text = clean(raw)
    if not text:
        return None
    marked = marked_organisation(text)
    if marked is not None:
        return Name(literal=marked) if marked else None
    if not _cased(text) or _organisation(text) or _AND.search(text) or _has_digit(text):
        return Name(literal=text)
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        if family and given:
            return _from_words(given.split(" "), family.split(" "))
    if "," in text:
        return Name(literal=text)
    words = text.split(" ")
    suffix = ""
    if len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        suffix = words.pop()
    if len(words) == 1 or len(words) > 4:
        return Name(literal=text)
    name = _from_words(words[:-1], words[-1:])
    return Name(name.given, name.family, name.particle, suffix) if suffix else name


def marked_organisation(text: str) -> str | None:
    """The name inside ``{...}`` when the whole byline is braced (an
    organisation, as marked in the Info tab or ``quotemark edit --author``),
    else ``None``. Only one pair of braces around the whole is a mark: "{A}
    and {B}" is two groups, not one name."""
    if len(text) < 2 or text[0] != "{" or text[-1] != "}":
        return None
    inner = text[1:-1]
    depth = 0
    for char in inner:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return None
    return clean(inner) if depth == 0 else None


def _from_words(given: list[str], family: list[str]) -> Name:
    # Lowercase words between given and family names are a particle ("van").
    particle: list[str] = []
    while given and _is_particle(given[-1]):
        particle.insert(0, given.pop())
    while len(family) > 1 and _is_particle(family[0]):
        particle.append(family.pop(0))
    return Name(given=" ".join(given), family=" ".join(family), particle=" ".join(particle))


def _is_particle(word: str) -> bool:
    return bool(_LOWERCASE_START.match(word)) and word[0].islower()


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _cased(text: str) -> bool:
    return any(char.isupper() for char in text)


def _organisation(text: str) -> bool:
    return any(word.casefold().strip(".") in _ORGANISATION_WORDS for word in text.split(" "))


def bibtex_names(authors: tuple[str, ...], *, ascii_only: bool, biber: bool = False) -> str:
    """``authors`` as a BibTeX/biblatex name list: ``von Last, Jr, First``
    parts joined by `` and ``, literal names in braces so neither BibTeX nor
    biber splits them (or reads an "and" inside one as a separator).
    ``biber``: see :data:`_BIBER_LEADING`."""
    names = [name for name in (parse(raw) for raw in authors) if name is not None]
    return " and ".join(_bibtex_name(name, ascii_only, biber) for name in names)


# biber takes a name part's initial from its decoded text and writes it back
# badly for a part that starts with a braced text command: the initial of
# "{\textbackslash}Ann" came out as "}" ("giveni={}\bibinitperiod}", an
# unbalanced brace in the .bbl that stops LaTeX). Unbraced, the command is
# skipped and the initial is the first letter. A part starting with & # $ % _
# (written as braced symbols) still gets the initial "\\" from biber, balanced
# but printed as a line break and "bibinitperiod" by styles showing initials.
_BIBER_LEADING = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _bibtex_name(name: Name, ascii_only: bool, biber: bool = False) -> str:
    def esc(text: str) -> str:
        if biber and text[:1] in _BIBER_LEADING:
            return _BIBER_LEADING[text[0]] + escape(text[1:], ascii_only=ascii_only)
        return escape(text, ascii_only=ascii_only)

    if name.literal:
        return "{" + esc(name.literal) + "}"
    # A family name of several words ("García Márquez") is braced so the
    # first word is not taken for a middle name; the particle stays outside
    # so styles can drop it when sorting.
    family = esc(name.family)
    if " " in name.family:
        family = "{" + family + "}"
    parts = [f"{esc(name.particle)} {family}".strip()]
    if name.suffix:
        parts.append(esc(name.suffix))
    if name.given:
        parts.append(esc(name.given))
    return ", ".join(parts)


def display(name: Name) -> str:
    """The name as a reader writes it: "Zoë Smith", "Vincent van Gogh"."""
    if name.literal:
        return name.literal
    return " ".join(p for p in (name.given, name.particle, name.family, name.suffix) if p)
