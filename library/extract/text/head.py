"""The lead of a plain-text post: title, subtitle, date and byline.

A post saved as text starts with what the page printed above the article;
those lines become metadata rather than body text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from quotemark.library.analyze.own_words import OWN, OWN_BYLINES, own_language
from quotemark.library.extract.bylines import JOINING_WORDS
from quotemark.library.extract.text.blocks import CREDIT, heading_like
from quotemark.library.extract.text.chrome import BYLINE, BYLINE_ROLE_WORDS, NAME, Facts, titled_by
from quotemark.library.extract.text.dates import DATE_PREFIX, find_date, parse_date
from quotemark.library.extract.text.lines import ATX, CLOSING_QUOTES, OPENING_QUOTES, SETEXT, SPACES
from quotemark.library.extract.text.links import trim_url
from quotemark.library.scripts import writes_english

_QUOTED_HEADLINE = re.compile(
    '["\'\u201c\u2018\u00ab\u201e][^"\u201c\u201d\u00bb\n]{3,120}["\'\u201d\u2019\u00bb\u201c]'
    r"[ \u00a0]?:[ \u00a0]+\w"
)
"""A headline opened by the words of the person it is about and a colon
("“The pier was never just wood”: Ada Lind on forty years of ..."), the
way interviews and profiles are titled."""
_TITLE_IN_MARKS = re.compile(
    r"^(?:'[A-Z0-9][\w\u2019-]*(?: [A-Z0-9][\w'\u2019-]*){0,5}'"
    r"|\u2018[A-Z0-9][\w'-]*(?: [A-Z0-9][\w'\u2019-]*){0,5}\u2019"
    r'|"[A-Z0-9][\w\'\u2019-]*(?: [A-Z0-9][\w\'\u2019-]*){0,5}"'
    r"|\u201c[A-Z0-9][\w'\u2019-]*(?: [A-Z0-9][\w'\u2019-]*){0,5}\u201d)"
    r" [a-z]"
)
"""A headline opened by a work's title in marks, every word capitalised and
no comma, then a lower-case word ("'Low Tide' review: ...", "“The Pier” is
..."): a film's, book's or song's name, not someone's words."""
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb]$")
# A sentence ending inside the line: the article's text when the line runs
# on into the next (a hard-wrapped first paragraph); a line standing alone
# above a blank one may be a two-sentence headline, as Polish, French and
# Italian papers write them ("Sztorm zniszczył molo. Prom nie popłynie").
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}\. [A-Z]")
_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(?:\([\w ]+\)\s*)?\s(?:--|\u2014|\u2013|-)\s")
_ROLE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}),\s+(?P<role>.{3,60})$"
)
_BARE_URL = re.compile(r"^<?(https?://[^\s<>]+)>?$")


_PRESS_NAME = r"[^\W\d_][\w'\u2019.-]+(?:\s+[^\W\d_][\w'\u2019.-]+){1,3}"
"""One name of another language's byline: two to four words."""
_PRESS_AND = f"(?:{'|'.join(JOINING_WORDS)})"
"""The word for "and" between a byline's last two names."""


@functools.cache
def _press_bylines() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A byline in another language under the headline: "Door Mirjam Kool"
    (Dutch), "Av Karin Ek" (Swedish), "Von", "Par", "Por", "Di", "Autor:",
    "Yazan:" before a name; and a Chinese one, "本报记者 陈晓梅" (this
    paper's reporter), "记者 …" (s44-lang2); from stop 45 the Danish "Af",
    the Hungarian "Írta:", the Ukrainian "Текст:" and "Автор:", the Greek
    "Της" (a woman's name in the genitive: :func:`_greek_nominative`), and a
    Korean name before 기자 (reporter), "김지현 기자"; from stop 46 the Greek
    "by him" (a man's name: :func:`_greek_masculine_nominative`), the Hungarian
    "Szerző:", the Korean "글" or "글·사진" (text, and photographs) before
    the name, and two names joined by the language's "and" ("Af Rasmus
    Bech og Ida Friis"); from s46-final-extract three or more, the last two
    joined so and the others by commas ("Szerző: Kovács Anna, Szabó Péter és
    Tóth Ádám"); from s47-lang6 a surname's particle in lower case ("Door
    Pieter de Vries": :func:`_particle`) and a Japanese name before 記者
    (reporter), "鈴木花子記者"; from s48-lang7 the Japanese 文・ (text:),
    取材・文・ (reporting and text:), 文・写真・ (text and photographs:)
    before a name, "文・高橋亮". Compiled when first
    asked, not at import (the start-up's regex compiling is the cost that
    grows)."""
    return (
        re.compile(
            r"^(?P<by>Door|Av|Af|Von|Par|Por|Di|Autor:?|Autorka:?|Yazan:?|\u00cdrta:?|Szerz\u0151:?"
            r"|\u0422\u0435\u043a\u0441\u0442:?|\u0410\u0432\u0442\u043e\u0440:?"
            r"|\u03a4\u03b7\u03c2|\u03a4\u03bf\u03c5)\s+"
            rf"(?P<names>{_PRESS_NAME}(?:(?:,\s+{_PRESS_NAME})*\s+{_PRESS_AND}\s+{_PRESS_NAME})?)$"
        ),
        re.compile(
            r"^(?:(?:本报记者|本报通讯员|记者)[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,4})"
            r"|(?:\uae00(?:\u00b7\uc0ac\uc9c4)? )?(?P<korean>[\uac00-\ud7a3]{2,4}) ?\uae30\uc790"
            r"|(?P<japanese>[\u4e00-\u9fff]{2,5})[ \u3000]?\u8a18\u8005"
            r"|(?:\u53d6\u6750\u30fb)?\u6587(?:\u30fb\u5199\u771f)?[\u30fb\uff1a:][ \u3000]?"
            r"(?!\u5199\u771f$)(?P<japanese_text>[\u4e00-\u9fff]{2,5}))$"
        ),
        # (What stands between the first pattern's names.)
        re.compile(rf",\s+|\s+{_PRESS_AND}\s+"),
    )


_GREEK_GENITIVE_ENDS = (
    ("\u03b7\u03c2", "\u03b7"),
    ("\u03b1\u03c2", "\u03b1"),
    ("\u03ae\u03c2", "\u03ae"),
    ("\u03ac\u03c2", "\u03ac"),
)
"""A Greek woman's given name in the genitive and its nominative: Ελένης →
Ελένη, Μαρίας → Μαρία (her surname does not decline: Κωνσταντίνου)."""


def _greek_nominative(name: str) -> str:
    """``name`` after "Της" ("by her") with its given name in the nominative."""
    first, _, rest = name.partition(" ")
    for genitive, nominative in _GREEK_GENITIVE_ENDS:
        if first.endswith(genitive):
            return first[: -len(genitive)] + nominative + " " + rest
    return name


_GREEK_MASCULINE_GENITIVE_ENDS = (
    ("\u03af\u03bf\u03c5", "\u03af\u03bf\u03c5"),
    ("\u03ad\u03bf\u03c5", "\u03ad\u03bf\u03c5"),
    ("\u03bf\u03c5", "\u03bf\u03c2"),
    ("\u03b7", "\u03b7\u03c2"),
    ("\u03b1", "\u03b1\u03c2"),
    ("\u03ac", "\u03ac\u03c2"),
    ("\u03ae", "\u03ae\u03c2"),
)
"""A Greek man's name in the genitive, word by word, and its nominative:
Δημήτρη → Δημήτρης, Καραγιάννη → Καραγιάννης, Νίκου → Νίκος, Παππά →
Παππάς; a surname in -ίου or -έου is written so in the nominative too
(Αλεξίου, Γεωργίου). The first ending that fits is taken."""


def _greek_masculine_nominative(name: str) -> str:
    """``name`` after the Greek "by him", each word in the nominative."""
    out = []
    for word in name.split():
        for genitive, nominative in _GREEK_MASCULINE_GENITIVE_ENDS:
            if word.endswith(genitive):
                word = word[: -len(genitive)] + nominative
                break
        out.append(word)
    return " ".join(out)


_LEAD_LINES = 15
"""How far into the text a title, date and byline are looked for."""
_COUNT = re.compile(r"^\d[\d,.]*[KkMm]?$")


def take_lead(lines: list[str], chrome: list[bool], facts: Facts) -> list[str]:
    """Take the title, its subtitle, the date and the byline off the lines
    before the body starts; return the lines left (taken lines blanked)."""
    kept = list(lines)
    content = [i for i, line in enumerate(lines) if line.strip() and not chrome[i]]

    # Another language's byline is read only where the text is no English
    # ("Door Frames Replaced First", "Von Braun Rocket Hall" under an English
    # headline are subtitles): asked once, and only when such a line comes.
    @functools.cache
    def written() -> str:
        return "\n".join(lines[:200])

    @functools.cache
    def english() -> bool:
        return writes_english(written())

    title_at: int | None = None
    title_position = -2
    for position, index in enumerate(content[:_LEAD_LINES]):
        line = SPACES.sub(" ", lines[index]).strip()
        later = content[position + 1] if position + 1 < len(content) else None
        next_line = lines[later].strip() if later is not None else ""
        adjacent = later == index + 1
        date = parse_date(line)
        prefixed = DATE_PREFIX.match(line)
        if date is None and prefixed is not None:
            date = parse_date(prefixed["rest"])
        byline = BYLINE.match(line)
        if byline is not None and titled_by(byline["name"]):
            byline = None  # "BY THE SEA": a title beginning "By" (s38-left)
        role = _ROLE_BYLINE.match(line)
        atx = ATX.match(line)
        bare = _BARE_URL.match(line)
        if SETEXT.match(line) and title_at is not None and index == title_at + 1:
            pass
        elif bare is not None and position == 0:
            facts.url = facts.url or trim_url(bare[1])
        elif date is not None:
            facts.published = facts.published or date
        elif role is not None and byline is None and BYLINE_ROLE_WORDS.search(role["role"]):
            # ("By Priya Lal, science correspondent" is a byline, read below:
            # as a name and a role its name was "By Priya Lal", stop 47.)
            facts.add_author(role["name"])
        elif byline is not None and len(line) <= 100:
            facts.add_byline(byline["name"])
            rest = byline["rest"] or ""
            facts.published = facts.published or (find_date(rest) if rest else None)
        elif not facts.title and atx is not None and len(atx[1]) == 1:
            facts.title = atx[2]
            title_at, title_position = index, position
        elif not facts.title and _title_like(line, next_line, adjacent):
            facts.title = line
            title_at, title_position = index, position
        elif (
            title_at is not None
            and facts.description is None
            and index == title_at + 1
            and len(line) <= 150
            and line[-1:] not in ".:" + CLOSING_QUOTES
            and not _body_like(next_line)
        ):
            facts.description = line
        elif title_at is not None and (press := _press_byline(line)) is not None and not english():
            for name in press:
                facts.add_author(name)
        elif (
            position == title_position + 1
            and (shaped := _shaped_byline(line, written)) is not None
            and not english()
        ):
            facts.add_author(shaped)
        elif (
            title_at is not None
            and NAME.match(line)
            and len(line) <= 40
            and (
                _names_author(lines, chrome, index)
                # (a name alone, the first line under the headline, the
                # body right after it: "Elif Demir", "Jana Dvořáková"; not
                # in English, where such a line is as often a title-case
                # subtitle, "Harbour Board Statement")
                or (position == title_position + 1 and _body_like(next_line) and not english())
            )
        ):
            facts.add_author(line)
        elif title_at is not None and _COUNT.match(line):
            pass  # a like or comment count beside the byline
        else:
            break
        kept[index] = ""
    return kept


def _shaped_byline(line: str, written: Callable[[], str]) -> str | None:
    """The name of a byline in a language no table here knows, by its shape
    alone, the first line under the headline (stop 46, s46-lang4): one word
    and a colon before a name of two or three capitalised words ("Piše:
    Ivana Babić", "Teksti: Laura Nieminen"); a short word in lower case
    before it ("de Ioana Marinescu"); or a capitalised word the text writes
    in lower case elsewhere, a word of its language and no one's name
    ("Oleh Rina Wulandari" where the text writes "oleh"). From s47-lang5 a
    byline word of the text's own language's table
    (:data:`~quotemark.library.analyze.own_words.OWN`), read before the
    lower-case shape ("Per Marta Soler" in Catalan). ``written`` the text's
    first lines, asked only for the table's word and the last shape."""
    words = line.split()
    if len(line) > _PRESS_BYLINE_AT_MOST or not 3 <= len(words) <= 4:
        return None
    by, name = words[0], words[1:]
    if not all(
        w[:1].isupper() and w.replace("-", "").replace("\u2019", "").isalpha() for w in name
    ):
        return None
    if by.endswith(":") and by[:-1].isalpha() and len(by) > 2:
        return " ".join(name)
    if by in OWN_BYLINES and by in getattr(OWN.get(own_language(written()) or ""), "bylines", ()):
        return " ".join(name)  # ("Per Marta Soler" in Catalan: Per is a first name elsewhere)
    if by.isalpha() and by.islower() and len(by) <= 4:
        return " ".join(name)
    if by.isalpha() and by[:1].isupper() and by[1:].islower() and f" {by.lower()} " in written():
        return " ".join(name)
    return None


def _press_byline(line: str) -> tuple[str, ...] | None:
    """The names of a byline in another language (:func:`_press_bylines`;
    joined by commas and the language's "and": "Af Rasmus Bech og Ida
    Friis", "Af Rasmus Bech, Ida Friis og Ole Lund"), else ``None``. A line
    of 72 characters at most, asked only under a headline once the English
    byline failed."""
    if len(line) > _PRESS_LIST_AT_MOST:
        return None
    press, chinese, join = _press_bylines()
    m = press.match(line) or chinese.match(line)
    if m is None:
        return None
    if m.re is chinese:
        return (m["name"] or m["korean"] or m["japanese"] or m["japanese_text"],)
    # (Each name two words at least: "Af Rasmus og Ida Friis", its surname
    # written once, is left unread, as "Door Utrecht en Den Bosch" under a
    # Dutch headline is no byline and reads the same.)
    names = tuple(join.split(m["names"]))
    if any(
        len(name.split()) < 2 or (word[:1].islower() and not _particle(name, word))
        for name in names
        for word in name.split()
    ):
        return None
    if m["by"] == "\u03a4\u03b7\u03c2":
        return tuple(_greek_nominative(name) for name in names)
    if m["by"] == "\u03a4\u03bf\u03c5":
        return tuple(_greek_masculine_nominative(name) for name in names)
    return names


_NAME_PARTICLES = frozenset(
    {"van", "de", "der", "den", "von", "da", "di", "del", "dos", "du", "ten", "ter"}
)
"""The lower-case particles inside a surname ("Pieter de Vries", "Anne van
der Berg", "Inês dos Santos"; s47-lang6)."""


def _particle(name: str, word: str) -> bool:
    """Is ``word`` of a byline's ``name`` a surname's particle: one of
    :data:`_NAME_PARTICLES`, neither the name's first word nor its last?"""
    words = name.split()
    return word in _NAME_PARTICLES and words[0] != word and words[-1] != word


_PRESS_BYLINE_AT_MOST = 48
"""The longest line read as a byline by its shape alone
(:func:`_shaped_byline`: a word and a name of two or three words). Another
language's byline by its table (:func:`_press_byline`) may be longer:
:data:`_PRESS_LIST_AT_MOST`."""
_PRESS_LIST_AT_MOST = 72
"""The longest line read as another language's byline of a list of names
(three joined: "Af Rasmus Bech, Ida Friis og Ole Lund"; s46-final-extract)."""


def _names_author(lines: list[str], chrome: list[bool], index: int) -> bool:
    """Whether a bare name is a byline: a date or a "Follow"/"5 min read"
    line comes right after it, as blog platforms print them."""
    for later in range(index + 1, min(len(lines), index + 4)):
        line = lines[later].strip()
        if not line:
            continue
        return chrome[later] or parse_date(line) is not None
    return False


def _body_like(line: str) -> bool:
    """A line that reads as the article's text rather than its head."""
    return len(line) > 150 or (len(line.split()) >= 6 and line.rstrip(CLOSING_QUOTES)[-1:] in ".!?")


def _opens_with_title_or_headline_quote(line: str) -> bool:
    """Whether a line opening with a mark still reads as a headline: a
    quotation a colon attributes, or a work's title in marks."""
    return _QUOTED_HEADLINE.match(line) is not None or _TITLE_IN_MARKS.match(line) is not None


def _title_like(line: str, next_line: str, adjacent: bool) -> bool:
    """Whether ``line`` is the post's title; ``next_line`` is the next line
    with text, ``adjacent`` whether no blank line separates them."""
    if len(line) > 150 or len(line.split()) > 25:
        return False
    if line[:1] in OPENING_QUOTES and not _opens_with_title_or_headline_quote(line):
        # A first line that opens with a quotation is the article's text,
        # unless a colon after the closing mark goes on to say whose words.
        return False
    if line.endswith(".") and not line.endswith(".."):
        return False
    if (
        _SENTENCE_END.search(line)
        or (adjacent and _SENTENCE_INSIDE.search(line))
        or _DATELINE.match(line)
        or CREDIT.search(line)
    ):
        # The article's first sentence, a dateline lede or a photo caption.
        return False
    if not adjacent or not next_line:
        return True
    if SETEXT.match(next_line) or parse_date(next_line) or BYLINE.match(next_line):
        return True
    # A title pasted right above a subtitle or the first paragraph.
    return heading_like(line) or line[-1:] in "!?"
