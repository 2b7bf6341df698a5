"""The article's title without the site's name around it.

``<title>`` and often ``og:title`` carry the site's name ("Buy wisely |
Steph Ango", "Array - JavaScript | MDN"). The site name is cut only when the
page says what its site is called (or its domain says so), or when the page's
own ``<h1>`` shows which part is the headline; a title that merely contains
a dash keeps it.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.lexicon import ARTICLES, ENGLISH_PREPOSITIONS
from quotemark.library.extract.boilerplate import key
from quotemark.library.urls import url_host

# Blogger writes "Blog name: Post title", so a colon needs no space before.
_SEPARATOR = re.compile(
    "\\s+(?:\\||-|\u2013|\u2014|::|\u00b7|\u2022|\u00bb|\u00ab|/|:)\\s+|(?<=\\w):\\s+"
)


_HOST = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.IGNORECASE)
"""A host name ("www.example.ru", "example.com")."""
_BYLINE_PART = re.compile(r"[Bb]y\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}")
"""A title's last segment that is a byline: "by" and a name of two to four
capitalised words ("Headline - by Jane Roe")."""
_PAGE_WORDS = frozenset(
    ("home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "welcome")
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"})


def clean_title(title: str, *, site: str | None, url: str | None, heading: str) -> str:
    """``title`` without a leading or trailing site name (see the module
    doc); ``heading`` is the page's main ``<h1>`` text (may be empty)."""
    return split_title(title, site=site, url=url, heading=heading)[0]


def split_title(title: str, *, site: str | None, url: str | None, heading: str) -> tuple[str, str]:
    """The headline in ``title`` and the site name cut from around it (empty
    when nothing was cut); see :func:`clean_title`."""
    title, parts = _parts(title)
    if not title:
        return "", ""
    if len(parts) < 2:
        return title, ""
    if _byline(parts):
        # "Headline - by Jane Roe" (a newsletter's <title>): the byline is
        # neither the headline nor the site's name.
        headline = _rejoin(title, parts, 0, len(parts) - 1)
        return split_title(headline, site=site, url=url, heading=heading)
    heading_key = key(heading) if heading else ""
    if heading_key:
        # The headline is whichever run of parts the page also shows as its
        # h1: "Headline | Section | Site", "Section | Headline - Site".
        # Beyond one segment at one end, the segments cut must read as a
        # site's labels: short, and set off by a mark, not a colon.
        for size in range(len(parts) - 1, 0, -1):
            for start in range(len(parts) - size + 1):
                end = start + size
                if size < len(parts) - 1 and not _labels(title, parts, start, end):
                    continue
                joined = _rejoin(title, parts, start, end)
                if key(joined) == heading_key:
                    return joined, _rest(title, parts, start, end)
    names = _site_keys(site, url)
    last = parts[-1]
    if len(parts) == 2 and last.casefold() in _PAGE_WORDS:
        # "Moment.js | Home": the page's place on its site, not a site name.
        return parts[0].strip(), ""
    if (
        not site
        and title.endswith(" | " + last)
        and 0 < len(last.split()) <= 4
        and not any(char.isdigit() for char in last)
    ):
        # "Headline | Site" is the pipe's convention: the short segment after
        # the last pipe names the site, when the page declares none.
        return title[: -len(last) - 3].strip(), last
    if _HOST.fullmatch(last) and not _HOST.fullmatch(parts[0]):
        # "Headline — www.example.ru": a host name set as the site's name.
        return _rejoin(title, parts, 0, len(parts) - 1), last
    if not names:
        return title, ""
    start, end = 0, len(parts)
    while end - start > 1 and _is_site(parts[end - 1], names):
        end -= 1
    while end - start > 1 and _is_site(parts[start], names):
        start += 1
    if (start, end) == (0, len(parts)):
        return title, ""
    return _rejoin(title, parts, start, end), _rest(title, parts, start, end)


def only_site(title: str, *, site: str | None, url: str | None) -> bool:
    """Is ``title`` only the site's name ("Example Magazine" on
    examplemagazine.org, or the name the page gives its site), with no
    headline beside it?"""
    names = _site_keys(site, url)
    return bool(names) and bool(key(title)) and _is_site(title, names)


def title_byline(title: str) -> str:
    """The byline ``title`` ends with ("by Jane Roe" in "Headline - by Jane
    Roe"), or empty."""
    return _byline(_parts(title)[1])


_NOT_IN_NAMES = ARTICLES | ENGLISH_PREPOSITIONS | {"and", "or", "&"}
"""Words no writer's name holds: "By The Sea", "By Boat And Train"."""
_LOWER_WORD = re.compile(r"(?<!\S)[a-z]")


def _byline(parts: list[str]) -> str:
    """The last of the title's ``parts`` when it is a byline, or empty. Its
    name holds no article, preposition or conjunction ("By The Sea", "By
    Boat And Train"); and "By" with a capital, which a Title Case headline
    gives every word ("Harbour Festival 2026 - By Popular Demand"), counts
    only after a headline in sentence case, where the capitals set a name
    apart (review of stop 38)."""
    if len(parts) < 2 or not _BYLINE_PART.fullmatch(parts[-1]):
        return ""
    name = parts[-1].split()[1:]
    if any(word.casefold() in _NOT_IN_NAMES for word in name):
        return ""
    if parts[-1][0] == "B" and not any(_LOWER_WORD.search(part) for part in parts[:-1]):
        return ""
    return parts[-1]


def beside_heading(title: str, heading: str) -> str:
    """The rest of ``title`` when ``heading`` is one segment at its start or
    end and the rest is longer ("Headline | Site" beside a masthead's h1
    "Site"), which is the headline when the page shows it as a heading too
    (the caller asks); empty otherwise."""
    title, parts = _parts(title)
    if len(parts) < 2 or not heading:
        return ""
    heading_key = key(heading)
    for start, end, cut in ((1, len(parts), 0), (0, len(parts) - 1, len(parts) - 1)):
        if key(parts[cut]) == heading_key:
            rest = _rejoin(title, parts, start, end)
            return rest if len(rest.split()) > len(parts[cut].split()) else ""
    return ""


_LABEL_WORDS = 5


_REWORDED_WORDS = 4
"""Words a heading needs before it is read as the headline's own wording."""


def reworded(title: str, heading: str) -> bool:
    """Is ``heading`` the same headline as ``title`` in other words? The
    ``<title>`` is often written for search engines ("Harbour pier: board
    closes old pier to cars") while the page's h1 is the headline its
    reader sees and its metadata states ("Harbour board closes the old
    pier to cars"). Both have four words or more, and most of their words
    are shared: 3 in 5 of the shorter's, 2 in 5 of the longer's (a section
    name or a masthead shares few)."""
    title_words = set(key(title).split())
    heading_words = set(key(heading).split())
    if min(len(title_words), len(heading_words)) < _REWORDED_WORDS:
        return False
    shorter, longer = sorted((title_words, heading_words), key=len)
    shared = len(title_words & heading_words)
    return 5 * shared >= 3 * len(shorter) and 5 * shared >= 2 * len(longer)


def _labels(title: str, parts: list[str], start: int, end: int) -> bool:
    # The parts outside ``start:end`` are short and none of the separators
    # around or between them is a colon ("Headline: its deck" is no label).
    separators = _separators(title)
    cut = [*range(start), *range(end, len(parts))]
    kept = sum(len(parts[index].split()) for index in range(start, end))
    if any(len(parts[index].split()) > min(_LABEL_WORDS, kept - 1) for index in cut):
        return False  # (a masthead's name beside the sections is no headline)
    around = [separators[index] for index in range(len(separators)) if not start <= index < end - 1]
    return not any(":" in separator for separator in around)


def _rest(title: str, parts: list[str], start: int, end: int) -> str:
    # What was cut is a site name only when it is one short run at one end.
    if start and end < len(parts):
        return ""
    rest = _rejoin(title, parts, 0, start) if start else _rejoin(title, parts, end, len(parts))
    if rest.casefold() in _PAGE_WORDS:
        return ""  # "Moment.js | Home": where the page sits, not the site's name
    return rest if 0 < len(rest.split()) <= 5 else ""


_SEPARATOR_MARKS = frozenset("|-\u2013\u2014:\u00b7\u2022\u00bb\u00ab/")
"""The marks of which every match of ``_SEPARATOR`` holds one: a title
holding none of them (two in five) is one part, without the pattern's
tries at every space (s38-speed2)."""


def may_have_parts(title: str) -> bool:
    """Does ``title`` hold a mark a separator between its parts holds (one
    of ``_SEPARATOR_MARKS``)? Without one it is a single part."""
    return not _SEPARATOR_MARKS.isdisjoint(title)


def _parts(title: str) -> tuple[str, list[str]]:
    """``title`` with its white space folded, and its parts between
    separators."""
    title = " ".join(title.split())
    if _SEPARATOR_MARKS.isdisjoint(title):
        return title, [title]
    return title, _SEPARATOR.split(title)


def _separators(title: str) -> list[str]:
    """The separators between ``title``'s parts, as written."""
    return [match.group(0) for match in _SEPARATOR.finditer(title)]


def _rejoin(title: str, parts: list[str], start: int, end: int) -> str:
    # Rebuild from the original string so the separators inside the kept
    # run stay as written.
    separators = _separators(title)
    text = parts[start]
    for index in range(start + 1, end):
        text += separators[index - 1] + parts[index]
    return text.strip()


def _site_keys(site: str | None, url: str | None) -> set[str]:
    names: set[str] = set()
    if site:
        names.add(key(site))
    if url:
        host = url_host(url)
        host = host.removeprefix("www.")
        if host:
            names.add(key(host))
            # "en.wikipedia.org" names the site "Wikipedia"; "bbc.co.uk" "BBC".
            labels = host.split(".")[:-1]
            if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
                labels.pop()
            names.update(key(label) for label in labels if len(label) > 2)
    names.discard("")
    return names


def _is_site(part: str, names: set[str]) -> bool:
    part_key = key(part)
    if not part_key:
        return True
    compact = part_key.replace(" ", "")
    if any(part_key == name or compact == name.replace(" ", "") for name in names):
        return True
    return _glued_section(part, names)


_GLUED = re.compile(r"([A-Za-z]{3,}?)([A-Z][a-z]+)")
"""One word of a name and a capitalised word glued to it."""


def _glued_section(part: str, names: set[str]) -> bool:
    # "QuayPostLocal" on quaypost.com: the site's name with its section
    # glued on, one word, the section's capital marking the seam (a
    # stripped page does not name its site, and the address gives only
    # "quaypost").
    match = _GLUED.fullmatch(part.strip())
    return match is not None and match.group(1).casefold() in names
