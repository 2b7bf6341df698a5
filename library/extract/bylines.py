"""Author names from bylines and metadata values.

A byline is written for people, not programs: "By Jane Smith and John Doe",
"Posted by rheytah at 10:04 AM", "Jane Smith | March 3, 2024", a profile URL
in ``article:author``, a Twitter handle. :func:`author_names` turns such
values into a clean tuple of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotemark.library.analyze.lexicon import SOURCES
from quotemark.library.extract.dates import find_date
from quotemark.library.extract.parts import PART_OF

MAX_AUTHORS = 12

BY_WORDS = ("written", "posted", "words", "story", "page", "post", "article", "essay", "interview")
"""The words before "by" that open a byline: "Written by", "Posted by", a
word for the writing itself ("Essay by", "Interview by"); the page's
element that opens so is its byline's (``page_clues``)."""
_CREDIT_WORDS = (
    "text",
    "reporting",
    "report",
    "photos?",
    "compiled",
    "edited",
    "curated",
    "published",
    "analysis",
    "opinion",
    "commentary",
    "review",
    "column",
)
"""More words before "by" that :data:`_PREFIX` cuts off a byline already
found ("Reporting by", "Edited by"), though an element opening so is no
byline to look for ("Photos by" credits a picture)."""
_PREFIX = re.compile(
    rf"^(?:(?:{'|'.join(BY_WORDS + _CREDIT_WORDS)})\s+by\b|"
    r"by\b|von\b|par\b|por\b|di\b|door\b|(?-i:A[vf])\b|"
    r"(?:author|authors|autor|auteur|text|texte|words|текст|автор|автори)\s*:|"
    # Arabic "بقلم" ("by the pen of") and Hebrew "מאת" ("by").
    r"\u0628\u0642\u0644\u0645\s*:?|\u05de\u05d0\u05ea\s*:?)"
    r"\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
JOINING_WORDS = (
    "og",  # Danish, Norwegian
    "och",  # Swedish
    "en",  # Dutch
    "und",  # German
    "et",  # French
    "y",  # Spanish
    "e",  # Italian, Portuguese
    "i",  # Polish, Catalan
    "\u00e9s",  # Hungarian
    "\u0442\u0430",  # Ukrainian
    "\u03ba\u03b1\u03b9",  # Greek
)
"""The word for "and" between a byline's names in the languages besides
English that bylines are read in ("Af Rasmus Bech og Ida Friis"). The one
list of them: splitting a byline (:data:`_SPLIT`), a surname written once
(:data:`_SHARED_SURNAME`) and a plain-text post's byline in another language
(:mod:`.text.head`) build their patterns from it (stop 47; three lists
before, each missing some of the others' words)."""
_JOINING = "|".join(JOINING_WORDS)
_SURNAME_JOINING = "|".join(word for word in JOINING_WORDS if len(word) == 1)
"""The joining words of one letter ("y", "e", "i"), which also join a
person's two surnames ("Jordi Puig i Soler", "José Ortega y Gasset")."""
_SPLIT = re.compile(
    rf"\s*(?:,|;|\band\b|&|\+|\b(?:{'|'.join(w for w in JOINING_WORDS if len(w) > 1)})\b"
    # A one-letter word joins two writers only before a capital, and not
    # before a lone surname: there it is inside one name ("Jordi Puig i
    # Soler"); before a small letter it is no joining word ("Ada Lind, i
    # news"). ("Por Ada Lind y EFE" splits, as before.)
    rf"|\b(?:{_SURNAME_JOINING})\b(?=\s+[^\W\d_a-z\u00df-\u00ff])"
    rf"(?!\s+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+\s*(?:[,;·|&+]|\b(?:and|{_JOINING})\b|$))"
    r"|·|\|)\s*"
)
_SUFFIX = re.compile(
    r"\s*(?:\bat\s+\d{1,2}[:.]\d{2}.*|\bon\s+\w+\s+\d.*|\bupdated\b.*|\bpublished\b.*|"
    r"[-\u2013\u2014|]\s*(?:staff|contributor|correspondent|reporter|editor|writer|columnist)\b.*|"
    # "김민지 기자 minji@...", "山田花子記者": the reporter's title after a
    # Korean or Japanese name, and what follows it (her address).
    r"\s*(?:기자|특파원|記者|特派員)(?:\s.*)?)$",
    re.IGNORECASE,
)
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = (
    r"(?:(?:last\s+)?(?:updated|published|posted)\b"
    rf"|(?:on\s+)?{_MONTH_WORD}\s+\d{{1,2}}\b"
    rf"|(?:on\s+)?\d{{1,2}}\.?\s+{_MONTH_WORD}\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\b|\d{4}-\d{2}-\d{2}).*$"
)
_DATE_TAIL = re.compile(
    r"(?:\s*[-\u2013\u2014|\u00b7\u2022,]\s*|(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])\.\s*|\s+)" + _DATE_LINE,
    re.I,
)
"""The date line a "By" line runs on into: a month and day, a numeric date,
or "Updated ..." after the names, to the end; also after a full stop ("By
Jane Roe. Last updated: 4 Mar 2026"), which would stay on the name; not
the stop of an initial or of "Jr.", which is the name's."""
DATE_LINE_START = re.compile(
    r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" + _DATE_LINE, re.I
)
"""A text that opens as a date line ("March 4, 2026", "Tue, 4 March 2026",
"Updated ..."), not one that names what else falls on the date ("Next
meeting: March 4, 2026")."""
_DATE_TAIL_MARKED = re.compile(r"\s*[-\u2013\u2014|\u00b7\u2022]\s*" + _DATE_LINE, re.I)
"""The same date line in a byline without "By": only when a mark sets it off
("Jane Smith - Nov 19, 2019"); "REUTERS 19 NOV 2019" may be a label."""
_GLUED_DATE_WORD = re.compile(r"(?<=[a-z])(?:Updated|Published|Posted)\b.*$")
""""Updated" set against the word before it ("Example StaffUpdated: 18 Nov"),
where the date line's cut left it."""
_MINUTES = re.compile(r"\d+\s*min")
_HANDLE_AFTER_NAME = re.compile(r"\s*\(@[\w.]+\)\s*$|(?<=[a-z])@[A-Za-z_]\w*$")
"""A handle after the name, in parentheses or set against it by the page's
style ("Jane Smith@janesmith"; an address's domain has a dot)."""
_URL_IN_TEXT = re.compile(r"\s*(?:https?://|www\.)\S*")
_URLISH = re.compile(
    r"^(?:https?://|www\.)|^[\w.+-]+@[\w-]+\.[\w.]+$|\.(?:com|org|net)/"
    r"|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|co\.uk|news)$",
    re.I,
)
_CREDENTIAL = re.compile(
    r"(?:[A-Z]{2,5}|B\.?Sc|M\.?Sc|Ph\.?D|M\.?D|R\.?N|M\.?A|B\.?A|Jr|Sr|Esq|I{2,3}|IV)\.?"
)
"""A part of a comma-split byline that is a degree or suffix ("Elise Mandl,
BSc, APD") or an outlet's initials ("Jill Disis, CNN"), not another author."""
_SUFFIXES = re.compile(r"(?:Jr|Sr|I{2,3}|IV)\.?")
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")
_PLACEHOLDER = frozenset(
    {
        "unknown",
        "admin",
        "administrator",
        "anonymous",
        "null",
        "none",
        "undefined",
        "author",
        "guest",
        "staff",
        "editor",
        "webmaster",
        "user",
        "n/a",
        "na",
        "test",
        "default",
        "wordpress",
        "blogger",
        "root",
        "гость",
    }
)
PUBLISHING_HOUSES = frozenset(
    {
        "condé nast",
        "conde nast",
        "hearst",
        "hearst magazines",
        "hearst newspapers",
        "dotdash meredith",
        "meredith corporation",
        "gannett",
        "advance local",
        "vox media",
        "future plc",
        "penske media corporation",
        "axel springer",
        "news corp",
        "mcclatchy",
        "lee enterprises",
        "bustle digital group",
        "ziff davis",
        "g/o media",
        "bauer media",
        "immediate media",
        "tribune publishing",
        "nexstar media group",
        "sinclair broadcast group",
    }
)
"""Companies that publish many titles: named as a page's author by its
metadata, they are the publisher, never who wrote the post."""
_PUNCTUATION = " ,;:|-\u2013\u2014\u2022\u00b7"
_CAPS_AND = re.compile(r"\s+AND\s+")
_UNCASED_SENTENCE = re.compile(r"[\u0590-\u06ff].*[.!?\u061f]\s*$")
"""A text of the page in Hebrew or Arabic that ends as a sentence does: no
byline, though "מאת" ("by", also "from") opens it; those scripts have no
capitals to tell a name from the story's words (:func:`_reads_as_name`)."""
_OTHER_CREDIT = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?(?: by\s|:)")
"""A later item of a credit line that credits another kind of work ("By Ada
Lind · Illustrations by Ben Ross", "Interview by ... · Portrait by ...", a
line's "Pictures: Tom Hale" under "Words: Ada Lind"): it and what follows it
name no writer."""
_NOT_NAMES = frozenset({"posted on", "posted in", "published", "updated", "share", "follow"})
SURNAME_PARTICLES = frozenset(
    {"van", "de", "der", "den", "von", "da", "di", "del", "dos", "du", "ten", "ter"}
)
"""The lower-case particles inside a surname ("Pieter de Vries", "Anne van
der Berg", "Inês dos Santos"): the ones a byline in another language, on
any line under a headline, may hold between its name's first word and its
last (``text.head``, s47-lang6)."""
_PARTICLES = (SURNAME_PARTICLES - {"ten"}) | frozenset(
    {"das", "do", "della", "la", "le", "bin", "bint", "ibn", "al", "el", "y", "e", "zu", "af", "av"}
)
"""The particles a name in a text already read as a byline may hold:
:data:`SURNAME_PARTICLES` but "ten" (an English number: "Top ten Picks"),
and words that are mostly an article, a preposition or a conjunction
elsewhere ("Jean le Gall", "Ahmed bin Salem", "Carl af Ugglas"; on any line
under a headline they would read "Von Mensch zu Mensch" as a byline)."""
_LETTER = re.compile(r"[^\W\d_]")
# A part of a byline that describes a person rather than naming one
# ("Jane Smith, Senior Research Scientist, and John Doe").
_ROLE = re.compile(
    r"\b(?:scientist|researcher|editor|reporter|correspondent|professor|director|fellow|"
    r"vp|ceo|cto|president|writer|contributor|contributing|staff|senior|chief|manager|"
    r"engineer|analyst|columnist|intern|student|founder|head of|lead|"
    r"university|institute|photographer|producer)\b",
    re.IGNORECASE,
)


def author_names(
    values: Iterable[str], *, split: bool = True, written: bool = False
) -> tuple[str, ...]:
    """Clean author names from raw values (see the module doc), in order,
    without duplicates. With ``split=False`` each value is one name (as in
    ``citation_author``, where "Smith, Jane" is a single person). With
    ``written=True`` the value is text from the page ("By Jane Smith"),
    which must read as names throughout: "By clicking Subscribe, you agree
    to our Privacy Policy" is a sentence, not a byline."""
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        found = _names_in(value, split, written)
        for name in found:
            folded = name.casefold()
            if folded not in seen:
                seen.add(folded)
                names.append(name)
        if len(names) >= MAX_AUTHORS:
            break
    # "Meg Kinnard and Errin Haines, Associated Press", ["Jill Disis", "CNN"]:
    # an agency or outlet beside the people who wrote is where they work,
    # not a co-author.
    people = [name for name in names if name.casefold() not in SOURCES]
    if not people:
        # "REUTERS" alone: the agency as the lexicon writes it, not a
        # person's name set in capitals (s37-left).
        names = [_source_name(name) for name in names]
    return tuple((people or names)[:MAX_AUTHORS])


def _source_name(name: str) -> str:
    """An agency or outlet written in capitals ("REUTERS") as the lexicon
    writes it ("Reuters"); any other name as it is."""
    if not name.isupper():
        return name
    known = SOURCES.get(name.casefold())
    # (Only the case: "AP" is not written out as "Associated Press".)
    return known[0] if known is not None and known[0].casefold() == name.casefold() else name


def clean_name(value: str) -> str:
    """One candidate name without byline words, a handle after it or
    trailing dates; empty when it is not a person's or outlet's name."""
    text = " ".join(value.split()).strip(_PUNCTUATION)
    text = _PREFIX.sub("", text)
    text = _SUFFIX.sub("", text)
    text = _HANDLE_AFTER_NAME.sub("", text)
    text = text.strip(_PUNCTUATION + "\"'\u201c\u201d")
    text = _caps_name_first(text)
    if not _is_name(text):
        return ""
    return uncapitalised(text)


def _caps_name_first(text: str) -> str:
    """A name set in capitals before words that are not ("SAM WREN Associated
    Press", a wire byline's agency or a role on the name's line): the
    capitals alone, the change of case where the name ends; any other text
    as it is."""
    words = text.split()
    if len(words) < 3 or not words[0].isupper():
        return text
    count = 0
    while count < len(words) and words[count].isupper():
        count += 1
    if count < 2 or count == len(words):
        return text
    rest = words[count:]
    if all(word[0].isupper() and not word.isupper() for word in rest):
        return " ".join(words[:count])
    return text


_PICTURE_LABEL = re.compile(
    r"[A-Z]{2,}[ \u00a0]+(?i:photo|photograph|picture|image|video|graphic|foto)s?"
    r"(?:[ \u00a0]*/|[ \u00a0]+(?=[A-Z]))"
)
"""A picture's credit label: initials in capitals (an agency's, an
outlet's) and the kind of picture, then a slash or the name ("AFP PHOTO Ben
Ross", "AP Photo/Evan Vucci", "NASA Images Tom Hale"): the name credits a
picture, not the writing. The kind of work tells it from a name set in
capitals ("EFE ADAMU Staff Writer", "SAM WREN Associated Press"; s48-html7,
s48-final-extract)."""


def uncapitalised(name: str) -> str:
    """A name set in capitals by the page's style ("TOM KRISHER") as a
    citation writes it ("Tom Krisher", "BBC News", "Ada McHale"); initials
    ("AP") and mixed-case names ("McDonald") stay as they are."""
    if len(name.split()) < 2 or not name.isupper():
        return name
    recased = _CAPS_WORD.sub(_recased, name)
    # "MCDONALD'S STAFF": a possessive's "S" is no word of its own (s37-revlate).
    return _POSSESSIVE_S.sub("s", recased)


_POSSESSIVE_S = re.compile("(?<=[^\\W\\d_]['\u2019])S\\b")
_VOWELS = frozenset("AEIOUY")
_ROMAN_SUFFIXES = frozenset({"II", "III", "IV"})


def _recased(word: re.Match[str]) -> str:
    """One word of a name set in capitals, as a citation writes it: an
    outlet's initials as the lexicon writes them ("BBC NEWS" is "BBC News",
    not "Bbc News"), a "Mc" surname with its second capital ("MCHALE" is
    "McHale"), a numeral after a name ("TOM HALE III"), any other word with
    one capital. An outlet's name that reads as a word ("SANA", "EFE") is a
    person's name there ("SANA LIND" is "Sana Lind"): only a word with no
    vowel is taken for initials (s37-revlate)."""
    text = word.group()
    known = SOURCES.get(text.casefold())
    if known is not None and known[0].isupper() and not _VOWELS.intersection(text):
        return known[0]
    if text in _ROMAN_SUFFIXES and word.start() > 0 and word.end() == len(word.string):
        return text
    if text.startswith("MC") and len(text) > 3:
        return "Mc" + text[2] + text[3:].lower()
    return text[0] + text[1:].lower()


def lower_caps_and(text: str) -> str:
    """A byline set in capitals throughout ("TOM HALE AND ADA LIND") with
    its "AND" written as the "and" that joins two names; any other text as
    it is ("Tom Hale AND Ada Lind" is not a capitals byline)."""
    if not text.isupper():
        return text
    # The page's style writes its "and" in capitals too (s37-left).
    return _CAPS_AND.sub(" and ", text)


_SHARED_SURNAME = re.compile(
    rf"(?P<first>[A-Z][a-z\u00df-\u00ff'\u2019-]+) (?:and|&|{_JOINING}) "
    r"(?P<second>[A-Z][a-z\u00df-\u00ff'\u2019-]+) (?P<surname>[A-Z][\w'\u2019-]+)"
)
"""Two given names sharing the surname written once after the second ("By
Ada and Tom Hale", "Af Rasmus og Ida Friis"): the whole byline, each word
capitalised and the first a word in lower case after its capital, not an
outlet's initials or a name set in capitals (s46-final-extract)."""


def shared_surname(text: str) -> tuple[str, str] | None:
    """The two names of a byline ``text`` (its "By" cut off) that writes
    their surname once ("Ada and Tom Hale": "Ada Hale", "Tom Hale"; see
    :data:`_SHARED_SURNAME`), else ``None``; an outlet before "and"
    ("Reuters and Tom Hale") is no given name."""
    m = _SHARED_SURNAME.fullmatch(text)
    if m is None or m["first"].casefold() in SOURCES:
        return None
    return f"{m['first']} {m['surname']}", f"{m['second']} {m['surname']}"


def _shared_surname(text: str, found: list[str]) -> list[str]:
    """``found``, the two names read from the byline ``text``, with the
    surname written once given to both (:func:`shared_surname`): only where
    the lone first word was read as a name itself ("Ada", not "Staff")."""
    if " " in found[0] or not text.startswith(found[0] + " "):
        return found
    pair = shared_surname(text)
    return list(pair) if pair is not None else found


def _names_in(value: str, split: bool, written: bool) -> list[str]:
    text = " ".join((value or "").split())
    if not text or len(text) > 300:
        return []
    text = _URL_IN_TEXT.sub(" ", text)
    if written and _UNCASED_SENTENCE.match(text):
        return []
    prefix = _PREFIX.match(text)
    opened = prefix is not None
    opener = prefix.group().strip(_PUNCTUATION) if prefix is not None else ""
    text = (text[prefix.end() :] if prefix is not None else text).strip(_PUNCTUATION)
    cut = False
    digits = any(char.isdigit() for char in text)
    if split and (digits or "pdated" in text):
        # "By Jane Smith Updated Nov 13, 2019, 10:28am EST": the date line
        # after the names goes before the commas inside it split the value.
        whole = text
        text = (_DATE_TAIL if opened else _DATE_TAIL_MARKED).sub("", text)
        text = _GLUED_DATE_WORD.sub("", text)
        cut = text != whole
    if split:
        text = lower_caps_and(text)
    parts = _SPLIT.split(text) if split else [text]
    found: list[str] = []
    for index, part in enumerate(parts):
        stripped = part.strip(_PUNCTUATION)
        if _PICTURE_LABEL.match(stripped):
            # "| AFP PHOTO Ben Ross": a picture's credit ends the list; alone,
            # "AP Photo/Evan Vucci" names no writer.
            break
        if index and _OTHER_CREDIT.match(stripped):
            break  # "· Portrait by ...", "· Pictures: ...": another work's credit
        if written and _URLISH.search(part.strip(_PUNCTUATION)):
            continue  # "By Jane Smith, Example.com": the outlet, not a name
        if digits and PART_OF.fullmatch(part.strip(_PUNCTUATION)):
            # "By Ada Lind · Page 1 of 3": the pager a paged feature's byline
            # carries, not a name (it turned the written byline down whole).
            continue
        name = clean_name(part)
        if written and found and " " in found[-1] and _lower_role(name):
            continue  # "By Sam Wren, staff writer": what the writer is, not a sentence
        if written and part.strip(_PUNCTUATION) and not (name and _reads_as_name(name, opener)):
            return []
        if name and found and _SUFFIXES.fullmatch(name):
            found[-1] = f"{found[-1]} {name}"  # "Martin Luther King, Jr."
            continue
        # In a list, a part that describes someone ("Research Scientist")
        # or is a degree after a name ("MS, RDN") is not another author.
        if name and not (len(parts) > 1 and (_ROLE.search(name) or _CREDENTIAL.fullmatch(name))):
            found.append(name)
    if cut and written and len(found) > 1:
        # A date line cut from a list of several: what is left may hold
        # an outlet or a label set against the date ("By Jane Smith,
        # EXAMPLE 18 NOV"); a byline with its date is read for one writer.
        return []
    return _shared_surname(text, found) if split and len(found) == 2 else found


def _lower_role(name: str) -> bool:
    """Is ``name`` (a later part of a written byline) a role in lower case,
    at most three words ending in a word of ``_ROLE``, one writer's or
    several's ("staff writer", "our harbour correspondent", "staff
    writers")? The caller asks only after a name of two words or more: it
    follows a writer's name and describes her. "you agree to our Privacy
    Policy" or "a writer who lives in Carrick" stay a sentence's words, and
    so does "the editor" after "By Tuesday," (one word, no writer's name):
    they refuse the byline."""
    words = name.split()
    if not 0 < len(words) <= 3 or not name.islower():
        return False
    last = words[-1]
    return _ROLE.fullmatch(last[:-1] if last.endswith("s") else last) is not None


def _reads_as_name(name: str, opener: str = "") -> bool:
    # Names are capitalised words (with their particles), or a single
    # handle-like word ("rheytah", "theahura"); "you agree to our" is not.
    words = name.split()
    if len(words) == 1:
        return True
    if all(
        word[0].isupper()
        or word in _PARTICLES
        or not word[0].isalpha()
        or _joins_surnames(words, i, opener)
        for i, word in enumerate(words)
    ):
        return True
    # Arabic and Hebrew have no capitals: a name in those scripts is read by
    # its script alone (an English byline never gets here as one).
    return all("\u0590" <= word[0] <= "\u06ff" for word in words)


_IN_WORD_OPENERS = frozenset({"av", "af"})
"""The byline words of the languages whose "i" is "in" (Swedish, Norwegian,
Danish: "Av Ada Lind i Stockholm" names a place after the writer)."""


def _joins_surnames(words: list[str], index: int, opener: str) -> bool:
    """Is ``words[index]`` the one-letter "i" that joins a person's two
    surnames ("Jordi Puig i Soler"): after a given name and a surname,
    before the last word, in a byline that did not open with a word of a
    language where "i" is "in" (``opener``, the byline word cut off)?"""
    return (
        words[index] == "i"
        and index >= 2
        and index == len(words) - 2
        and opener.casefold() not in _IN_WORD_OPENERS
    )


def _is_name(text: str) -> bool:
    if not text or len(text) > 70 or not _LETTER.search(text):
        return False
    if _URLISH.search(text) or text.startswith("@"):
        return False
    if text.casefold() in _PLACEHOLDER:
        return False
    words = text.split()
    if len(words) > 6 or text.casefold() in _NOT_NAMES:
        return False
    # A date or a "5 min read" is not a name.
    return not (find_date(text) or _MINUTES.search(text))
