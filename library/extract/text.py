"""Plain text to an :class:`~library.model.Article`.

A post saved as text (copied from a blog, "Save as text") keeps the page's
chrome as lines of its own: "Labels: ...", "Follow @x Tweet", share buttons,
"Newer Post Older Post Home". Those lines are dropped, and what they say about
the post (its author, its date) is kept. A date line and a title may lead.

Paragraphs are separated by blank lines. Inside a paragraph, single line
breaks are judged: text hard-wrapped at a fixed width is joined back into one
paragraph; lines that are items of their own (a quotation, then its
attribution, then a photo caption, as blogs paste them) stay separate blocks.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import PurePath

from library.errors import NoArticle
from library.model import Article, Block, BlockKind, Link, Metadata, RawDocument

# -- dates -------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?:\s*(?:,|at|@|-|\u2013|\u2014|\|)?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?)?"
)
_DATE_FORMS = tuple(
    re.compile(r"^" + _WEEKDAY + form + _TIME + r"\s*$", re.IGNORECASE)
    for form in (
        _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,  # November 11, 2017
        _DAY + r"\.?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,  # 11 November 2017
        _YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?",  # 2017-11-11
        _YEAR + r"/(?P<m>\d{1,2})/(?P<d>\d{1,2})",  # 2017/11/11
        r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)" + _YEAR,  # 11/11/2017
    )
)
_DATES_INSIDE = tuple(
    re.compile(r"(?<![\w/.-])" + form + r"(?![\w/-])", re.IGNORECASE)
    for form in (
        _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
        _DAY + r"\.?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
        _YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)",
        r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)" + _YEAR,
    )
)
_DATE_PREFIX = re.compile(
    r"^(?P<word>posted|published|updated|last updated|modified|written|date|dated)"
    r"(?:\s+on)?\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def find_date(text: str) -> str | None:
    """The first date written anywhere in ``text`` (a byline's tail such as
    "on November 11, 2017 in News"), as ``YYYY-MM-DD``."""
    for form in _DATES_INSIDE:
        match = form.search(text)
        if match is not None:
            found = parse_date(match.group(0))
            if found is not None:
                return found
    return None


def parse_date(text: str) -> str | None:
    """``YYYY-MM-DD`` for a line that is only a date (with an optional
    weekday and time); ``None`` otherwise. Slashed dates are month first
    unless the first number cannot be a month; dotted and dashed ones are
    day first, as written in Europe."""
    text = text.strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if match is None:
            continue
        found = match.groupdict()
        year = int(found["year"])
        if found.get("month"):
            month = _MONTHS[found["month"].lower()]
            day = int(found["day"])
        elif found.get("m"):
            month, day = int(found["m"]), int(found["d"])
        else:
            first, second = int(found["a"]), int(found["b"])
            day_first = found["sep"] != "/" or first > 12
            month, day = (second, first) if day_first else (first, second)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# -- chrome --------------------------------------------------------------------

_SHARE_WORDS = (
    r"tweet|share(?: this| it| on \w+| to \w+| via \w+)?|email(?: this)?|e-mail|blogthis!?"
    r"|pin(?: it)?|print|like|reddit|whatsapp|linkedin|facebook|twitter|pinterest|tumblr"
    r"|telegram|mastodon|bluesky|threads|copy link|reblog|subscribe|comments?|reply|home"
    r"|(?:newer|older|previous|next) posts?|post comments \(atom\)|posts \(atom\)"
    r"|subscribe to:?|powered by blogger\.?|no comments|post a comment|leave a (?:comment|reply)"
    r"|add a comment|related(?: posts?| articles?| stories)?|you (?:may|might) also like"
    r"|read more|continue reading|advertisements?|sponsored|skip to (?:main )?content"
    r"|(?:story|article) continue[sd]? below(?: this)?(?: advertisement| ad)?"
    r"|scroll to continue with content|continue reading below"
    r"|back to top|like this|loading\.*|cancel reply|follow|listen|\d+ min(?:ute)?s? read"
    r"|\d+ restacks?"
    r"|\d+ (?:comments?|responses?|replies|shares|likes)"
)
_CHROME = (
    re.compile(
        r"^(?:" + _SHARE_WORDS + r")(?:[\s|\u00b7\u2022,:/()-]*(?:" + _SHARE_WORDS + r"))*"
        r"[\s|\u00b7\u2022,:.()-]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:labels?|tags?|tagged(?: with)?|categories|category|filed under|topics?)"
        r"\s*:.*$",
        re.IGNORECASE,
    ),
    re.compile(r"^follow (?:us|me)\b.{0,60}$|^more from\b.{0,80}$", re.IGNORECASE),
    # Separators and bullets alone on a line.
    re.compile(r"^(?![=-]{3,}$)[^\w\s]{1,10}$"),
    # Counts of likes, comments and shares standing alone.
    re.compile(r"^(?!(?:19|20)\d\d$)\d[\d,.]*[KkMm]?$"),
    re.compile(r"^share (?:this|on|to)\b.{0,40}$", re.IGNORECASE),
    re.compile(r"^(?:click to share|sign up for|subscribe to)\b.{0,80}$", re.IGNORECASE),
    re.compile(r"^(?:copyright\s*)?\u00a9\s*(?:19|20)\d\d\b.{0,80}$", re.IGNORECASE),
    # WordPress footers and comment forms.
    re.compile(
        r"^(?:posted in|this entry was posted in|bookmark the permalink)\b.{0,200}$"
        r"|^(?:cancel reply|post comment|notify me of .{0,80}|name\s*\*|e-?mail\s*\*"
        r"|website|comment\s*\*?|save my name, email, and website .{0,80}"
        r"|your email address will not be published\..{0,80}|required fields are marked.{0,10}"
        r"|you must be logged in to post a comment\.?|comments are closed\.?"
        r"|share this (?:post|article|story)(?: on \w+)?:?|print this (?:post|page|article)"
        r"|(?:posted|launched) (?:\d+|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) ago)$",
        re.IGNORECASE,
    ),
)
_SHARE_LINE_LIMIT = 200
"""Longer lines are never a row of buttons (and the pattern stays cheap)."""
_FOLLOW = re.compile(r"^follow\s+@(?P<handle>\w{1,30})\b(?P<rest>.*)$", re.IGNORECASE)
_POSTED_BY = re.compile(
    r"^posted\s+by\s*:?\s+(?P<name>.+?)(?:\s+(?:at|on|in)\s+(?P<rest>.+))?$", re.IGNORECASE
)
_BYLINE = re.compile(
    r"^(?:by|written by|author:)\s+(?P<name>[^\W\d][\w.'\u2019-]*(?:\s+[^\W\d][\w.'\u2019-]*){0,4}"
    r"(?:\s+(?:and|&)\s+[^\W\d][\w.'\u2019-]*(?:\s+[^\W\d][\w.'\u2019-]*){0,4})?)"
    r"(?:\s*[,|\u00b7\u2022\u2013\u2014-]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)


_NAME = re.compile(r"^[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}$")
_CREDIT_ONLY = re.compile(
    r"^\(?(?:photo|photograph|image|picture|credit|illustration)s?(?:\s+credit)?\s*(?:by\b|:)"
    r"\s*\S.{1,59}(?<![.!?])\)?$|^\((?:[^()]*\b(?:photo|photograph|via|credit|courtesy)\b"
    r"[^()]{0,60})\)$",
    re.IGNORECASE,
)
_OWN_URL = re.compile(
    r"^(?:url|permalink|canonical(?: url)?|saved from|originally (?:published|posted) "
    r"(?:at|on|in))\s*:?\s*(?P<url>https?://\S+)$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_BARE_URL = re.compile(r"^<?(https?://[^\s<>]+)>?$")


@dataclass(slots=True)
class _Facts:
    """What the chrome and the lead told about the post."""

    title: str = ""
    url: str | None = None
    description: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)

    def add_author(self, name: str) -> None:
        name = re.sub(r"\s+", " ", name).strip(" ,.;:|-")
        if name and name.casefold() not in (known.casefold() for known in self.authors):
            self.authors.append(name)


def _chrome(line: str, facts: _Facts) -> bool:
    """Whether ``line`` is blog chrome; what it says about the post is noted
    in ``facts``."""
    follow = _FOLLOW.match(line)
    if follow is not None and (not follow["rest"].strip() or _is_share(follow["rest"])):
        if follow["handle"] not in facts.handles:
            facts.handles.append(follow["handle"])
        return True
    posted = _POSTED_BY.match(line)
    if posted is not None and _posted_by_line(posted["name"], posted["rest"] or ""):
        rest = posted["rest"] or ""
        facts.add_author(posted["name"])
        date = find_date(rest) if rest else None
        if date and facts.published is None:
            facts.published = date
        return True
    own = _OWN_URL.match(line)
    if own is not None:
        facts.url = facts.url or _trim_url(own["url"])
        return True
    by = _BYLINE.match(line)
    if by is not None and not by["rest"] and _NAME.match(by["name"]):
        facts.add_author(by["name"])
        return True
    prefixed = _DATE_PREFIX.match(line)
    if prefixed is not None:
        date = parse_date(prefixed["rest"])
        if date is not None:
            if prefixed["word"].lower() in ("posted", "published", "written", "date", "dated"):
                facts.published = facts.published or date
            return True
    if len(line) <= _SHARE_LINE_LIMIT and _CHROME[0].match(line):
        return True
    return any(pattern.match(line) for pattern in _CHROME[1:])


def _posted_by_line(name: str, rest: str) -> bool:
    """Whether "Posted by NAME [at|on|in REST]" is a blog's footer rather
    than a sentence ("Posted by the ministry on its website, it said ...")."""
    if len(name.split()) > 4 or any(mark in name for mark in ",.;:!?"):
        return False
    return not rest or len(rest) <= 30 or bool(_CLOCK.search(rest) or find_date(rest))


def _is_share(text: str) -> bool:
    text = text.strip()
    return len(text) <= _SHARE_LINE_LIMIT and bool(_CHROME[0].match(text))


# -- lines and groups ----------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b]")
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*[-*\u2022\u00b7\u2023\u25e6\u25aa]\s+(?=\S)")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_QUOTED = re.compile(r"^\s*((?:>\s?)+)")
_ATX = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-*_=~]\s*){3,}$")
_SETEXT = re.compile(r"^\s*(?:=+|-+)\s*$")
_TERMINAL = ".!?:;\u2026"
_CLOSING_QUOTES = "\"'\u201d\u2019\u00bb"
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb]$|[a-z]{2}\. [A-Z]")
_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(?:\([\w ]+\)\s*)?\s(?:--|\u2014|\u2013|-)\s")
_ROLE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}),\s+(?P<role>.{3,60})$"
)
_ROLE_WORDS = re.compile(
    r"\b(?:press|news|reporter|correspondent|writer|editor|producer|journalist|columnist|"
    r"contributor|staff|agency|bureau|herald|globe|journal|tribune|gazette|times|post|"
    r"reuters|afp|ap|cbc|ctv|bbc|cnn|npr)\b",
    re.IGNORECASE,
)
_OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e"


def _lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\t", "    ")
    return [_CONTROL.sub("", line).rstrip() for line in text.split("\n")]


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _wrap_width(groups: list[list[str]]) -> int:
    """The width the text was hard-wrapped at, or 0 when its lines are whole
    paragraphs (the common case for text copied from a web page)."""
    inner = [len(line.strip()) for group in groups for line in group[:-1]]
    if len(inner) < 3:
        return 0
    median = statistics.median(inner)
    short = [length for length in inner if length <= 100]
    if not 35 <= median <= 100 or len(short) < 0.8 * len(inner):
        return 0
    return max(short)


def _joins(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` ends."""
    if _BULLET.match(line) or _NUMBERED.match(line) or _QUOTED.match(line):
        return False
    head = previous.rstrip()
    following = line.strip()
    ends = head[-1:] if head else ""
    if ends not in _TERMINAL and ends not in _CLOSING_QUOTES and following[:1].islower():
        return True
    if not width or len(head) < 30 or len(head) > width + 2:
        return False
    if (ends in _TERMINAL or ends in _CLOSING_QUOTES) and _standalone(following):
        # An attribution or a heading under a finished sentence.
        return False
    first_word = following.split(" ", 1)[0]
    return len(head) + 1 + len(first_word) > width - 3


def _standalone(line: str) -> bool:
    """A short line without a sentence's end: an attribution, a name, a
    heading."""
    return len(line) <= 60 and line[-1:] not in ".!?\u2026" + _CLOSING_QUOTES


# -- blocks --------------------------------------------------------------------

_CAPTION_START = re.compile(
    r"^(?:photo|photograph|image|picture|pictured|caption|file photo|top photo|above|below)"
    r"(?:\s+(?:by|credit))?\s*[:|\u2014\u2013-]\s*\S",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\(\s*(?:[^()]*\b(?:photo|photograph|image|via|credit|courtesy|getty images|reuters|afp|"
    r"ap|epa|file)\b[^()]*)\)\s*$|\b(?:photo|image|credit)s?\s*(?:by|:)\s*[^.]{2,60}$"
    # "(Steve Lawrence/CBC)": photographer and outlet.
    r"|\(\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*/\s*[\w .&'-]{2,40}\)\s*$",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s<>\"\u201c\u201d]+", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^\s()]+(?:\([^\s()]*\))?)\)")


class _Item:
    """A block being built: its kind and the lines it joins."""

    __slots__ = ("kind", "level", "lines")

    def __init__(self, kind: BlockKind, text: str, level: int = 0) -> None:
        self.kind = kind
        self.level = level
        self.lines = [text] if text else []

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def last(self) -> str:
        """The last line added (what a following line continues)."""
        return self.lines[-1] if self.lines else ""


def _items(group: list[str], width: int) -> list[_Item]:
    """The blocks one blank-line-separated group of lines makes."""
    items: list[_Item] = []
    indents = [_indent(raw) for raw in group if _BULLET.match(raw) or _NUMBERED.match(raw)]
    base = min(indents, default=0)
    for index, raw in enumerate(group):
        line = raw.strip()
        if _RULE.match(line) and not (index and _SETEXT.match(line)):
            continue
        if index and _SETEXT.match(line) and items and items[-1].kind is BlockKind.PARAGRAPH:
            items[-1].kind = BlockKind.HEADING
            items[-1].level = 1 if line.lstrip().startswith("=") else 2
            continue
        atx = _ATX.match(line)
        quoted = _QUOTED.match(raw)
        if atx is not None:
            items.append(_Item(BlockKind.HEADING, atx[2], len(atx[1])))
        elif quoted is not None:
            level = quoted[1].count(">")
            content = raw[quoted.end() :].strip()
            last = items[-1] if items else None
            if not content:
                items.append(_Item(BlockKind.BLOCKQUOTE, "", level))
            elif (
                last is not None
                and last.kind is BlockKind.BLOCKQUOTE
                and last.level == level
                and (not last.lines or _joins(last.last, content, width))
            ):
                last.lines.append(content)
            else:
                items.append(_Item(BlockKind.BLOCKQUOTE, content, level))
        elif (
            _CREDIT_ONLY.match(line)
            and items
            and items[-1].kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)
            and items[-1].text[:1] not in _OPENING_QUOTES
            and len(items[-1].text) <= 400
        ):
            # "Photo: Ruth Abara" under the line it credits: one caption.
            items[-1].lines.append(line)
            items[-1].kind = BlockKind.CAPTION
        elif _attribution(items, raw):
            # "- Name, role" under a quotation attributes it; not a list.
            items.append(_Item(BlockKind.PARAGRAPH, line))
        elif (bullet := _BULLET.match(raw)) is not None:
            depth = (_indent(raw) - base) // 2 + 1
            items.append(_Item(BlockKind.LIST_ITEM, raw[bullet.end() :].strip(), depth))
        elif _NUMBERED.match(raw):
            depth = (_indent(raw) - base) // 2 + 1
            items.append(_Item(BlockKind.LIST_ITEM, line, depth))
        elif items and items[-1].kind is BlockKind.LIST_ITEM and raw[:1] == " " and items[-1].lines:
            items[-1].lines.append(line)  # an indented continuation of the item
        elif (
            items
            and items[-1].kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and _joins(items[-1].last, line, width)
        ):
            items[-1].lines.append(line)
        else:
            items.append(_Item(BlockKind.PARAGRAPH, line))
    return [item for item in items if item.lines]


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _attribution(items: list[_Item], raw: str) -> bool:
    """A dash line right under a quotation, short like a name and role."""
    return (
        bool(items)
        and items[-1].kind is BlockKind.PARAGRAPH
        and items[-1].last.rstrip()[-1:] in _CLOSING_QUOTES
        and raw.lstrip()[:1] == "-"
        and len(raw.strip()) <= 100
    )


def _heading_like(line: str) -> bool:
    """A short title-like line: no sentence end, and its words capitalised
    (or all in capitals)."""
    if len(line) > 90 or line[-1:] in ".,;:" + _CLOSING_QUOTES or line[:1] in _OPENING_QUOTES:
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", line)
    if not words or len(words) > 14 or line[:1] in "-\u2013\u2014(":
        return False
    if line.upper() == line:
        return True
    significant = [word for word in words if len(word) > 3]
    if not significant:
        return False
    capitalised = sum(1 for word in significant if word[0].isupper())
    return capitalised / len(significant) >= 0.75


def _heading_candidate(item: _Item) -> bool:
    """A paragraph short and title-like enough to be a heading; a run of
    them is a list of names or titles, not headings."""
    return item.kind is BlockKind.PARAGRAPH and _heading_like(item.text)


def _caption_pairs(items: list[_Item]) -> list[_Item]:
    """Collapse a caption repeated with its credit ("A tank fires ..." then
    "A tank fires ... (Military Media, via AP)") into one caption that keeps
    the credit; drop exact repeats."""
    kept: list[_Item] = []
    for item in items:
        last = kept[-1] if kept else None
        if last is None or last.kind is BlockKind.HEADING or item.kind is BlockKind.HEADING:
            kept.append(item)
            continue
        short, long = sorted((last.text, item.text), key=len)
        if short == long:
            continue
        if len(short) >= 20 and long.startswith(short) and _CREDIT.search(long[len(short) :]):
            kept[-1] = _Item(BlockKind.CAPTION, long)
            continue
        kept.append(item)
    for item in kept:
        if (
            item.kind is BlockKind.PARAGRAPH
            and item.text[:1] not in _OPENING_QUOTES
            and len(item.text) <= 500
            and (_CAPTION_START.match(item.text) or _CREDIT.search(item.text[-120:]))
        ):
            item.kind = BlockKind.CAPTION
    return kept


def _linked(text: str) -> tuple[str, tuple[Link, ...]]:
    """Block text with Markdown links turned into their text, and the links
    (Markdown and bare web addresses) as :class:`Link` spans."""
    links: list[Link] = []
    pieces: list[str] = []
    position = 0
    length = 0
    for match in _MARKDOWN_LINK.finditer(text):
        before = text[position : match.start()]
        pieces.append(before)
        length += len(before)
        label = match[1]
        links.append(Link(length, length + len(label), match[2]))
        pieces.append(label)
        length += len(label)
        position = match.end()
    pieces.append(text[position:])
    plain = "".join(pieces)
    taken = [(link.start, link.end) for link in links]
    for match in _URL.finditer(plain):
        url = _trim_url(match[0])
        start = match.start()
        end = start + len(url)
        if any(start < stop and end > begin for begin, stop in taken):
            continue
        links.append(Link(start, end, url))
    links.sort(key=lambda link: link.start)
    return plain, tuple(links)


def _trim_url(url: str) -> str:
    while url and url[-1] in ".,;:!?'\u2019\u201d\"*":
        url = url[:-1]
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1]
    return url


# -- language ------------------------------------------------------------------

_STOPWORDS = {
    "en": "the and of to in is that was for with as on it by are from this have be were",
    "fr": "le la les et des est une pour que dans qui sur pas par sont avec du ce au",
    "de": "der die und das ist nicht mit den ein eine auch sich von zu auf dem des im",
    "es": "el la los las que de y en es por para una con del se como pero su al",
    "it": "il di che la per non una sono con del della gli nel anche come alla ma",
    "pt": "o os que de e em um uma para com do da dos das no na por mais como",
    "nl": "de het een en van is dat niet op te zijn met voor er aan ook als bij",
}
_WORDS = {language: frozenset(words.split()) for language, words in _STOPWORDS.items()}


def guess_language(text: str) -> str | None:
    """A BCP 47 tag for the language of ``text`` when its commonest small
    words leave no doubt; ``None`` otherwise."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 20:
        return None
    scores = {
        language: sum(1 for word in words if word in vocabulary)
        for language, vocabulary in _WORDS.items()
    }
    ranked = sorted(scores.items(), key=lambda pair: pair[1], reverse=True)
    (best, first), (_, second) = ranked[0], ranked[1]
    if first >= 0.15 * len(words) and first >= 1.5 * second:
        return best
    return None


# -- the article ---------------------------------------------------------------


_LEAD_LINES = 15
"""How far into the text a title, date and byline are looked for."""
_COUNT = re.compile(r"^\d[\d,.]*[KkMm]?$")


def _lead(lines: list[str], chrome: list[bool], facts: _Facts) -> list[str]:
    """Take the title, its subtitle, the date and the byline off the lines
    before the body starts; return the lines left (taken lines blanked)."""
    kept = list(lines)
    content = [i for i, line in enumerate(lines) if line.strip() and not chrome[i]]
    title_at: int | None = None
    for position, index in enumerate(content[:_LEAD_LINES]):
        line = _SPACES.sub(" ", lines[index]).strip()
        later = content[position + 1] if position + 1 < len(content) else None
        next_line = lines[later].strip() if later is not None else ""
        adjacent = later == index + 1
        date = parse_date(line)
        prefixed = _DATE_PREFIX.match(line)
        if date is None and prefixed is not None:
            date = parse_date(prefixed["rest"])
        byline = _BYLINE.match(line)
        role = _ROLE_BYLINE.match(line)
        atx = _ATX.match(line)
        bare = _BARE_URL.match(line)
        if _SETEXT.match(line) and title_at is not None and index == title_at + 1:
            pass
        elif bare is not None and position == 0:
            facts.url = facts.url or _trim_url(bare[1])
        elif date is not None:
            facts.published = facts.published or date
        elif role is not None and _ROLE_WORDS.search(role["role"]):
            facts.add_author(role["name"])
        elif byline is not None and len(line) <= 100:
            for name in re.split(r"\s+(?:and|&)\s+", byline["name"]):
                facts.add_author(name)
            rest = byline["rest"] or ""
            facts.published = facts.published or (find_date(rest) if rest else None)
        elif not facts.title and atx is not None and len(atx[1]) == 1:
            facts.title = atx[2]
            title_at = index
        elif not facts.title and _title_like(line, next_line, adjacent):
            facts.title = line
            title_at = index
        elif (
            title_at is not None
            and facts.description is None
            and index == title_at + 1
            and len(line) <= 150
            and line[-1:] not in ".:" + _CLOSING_QUOTES
            and not _body_like(next_line)
        ):
            facts.description = line
        elif (
            title_at is not None
            and _NAME.match(line)
            and len(line) <= 40
            and _names_author(lines, chrome, index)
        ):
            facts.add_author(line)
        elif title_at is not None and _COUNT.match(line):
            pass  # a like or comment count beside the byline
        else:
            break
        kept[index] = ""
    return kept


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
    return len(line) > 150 or (
        len(line.split()) >= 6 and line.rstrip(_CLOSING_QUOTES)[-1:] in ".!?"
    )


def _title_like(line: str, next_line: str, adjacent: bool) -> bool:
    """Whether ``line`` is the post's title; ``next_line`` is the next line
    with text, ``adjacent`` whether no blank line separates them."""
    if len(line) > 150 or len(line.split()) > 25 or line[:1] in _OPENING_QUOTES:
        return False
    if line.endswith(".") and not line.endswith(".."):
        return False
    if _SENTENCE_END.search(line) or _DATELINE.match(line) or _CREDIT.search(line):
        # The article's first sentence, a dateline lede or a photo caption.
        return False
    if not adjacent or not next_line:
        return True
    if _SETEXT.match(next_line) or parse_date(next_line) or _BYLINE.match(next_line):
        return True
    # A title pasted right above a subtitle or the first paragraph.
    return _heading_like(line) or line[-1:] in "!?"


def extract_text(doc: RawDocument) -> Article:
    """Extract the article from a plain-text document.

    Raises :class:`~library.errors.NoArticle` (naming the file) when nothing
    but chrome is left.
    """
    facts = _Facts()
    lines = _lines(doc.text or "")
    chrome = [
        bool(line.strip()) and _chrome(_SPACES.sub(" ", line).strip(), facts) for line in lines
    ]
    lines = _lead(lines, chrome, facts)
    groups = _groups(["" if flag else line for line, flag in zip(lines, chrome, strict=True)])
    width = _wrap_width(groups)
    made = [(len(group), _items(group, width)) for group in groups]
    items: list[_Item] = []
    after_candidate = False
    firsts: list[_Item | None] = [None] * (len(made) + 1)
    for index in range(len(made) - 1, -1, -1):
        firsts[index] = made[index][1][0] if made[index][1] else firsts[index + 1]
    for index, (size, group_items) in enumerate(made):
        following = firsts[index + 1]
        candidate = size == 1 and len(group_items) == 1 and _heading_candidate(group_items[0])
        if (
            candidate
            and not after_candidate
            and not (items and items[-1].last.rstrip()[-1:] in _CLOSING_QUOTES)
            and following is not None
            and not _heading_candidate(following)
        ):
            group_items = [_Item(BlockKind.HEADING, group_items[0].text, 2)]
        after_candidate = candidate
        items.extend(group_items)
    blocks: list[Block] = []
    for item in _caption_pairs(items):
        text, links = _linked(_SPACES.sub(" ", item.text).strip())
        if text:
            blocks.append(Block(item.kind, text, links, item.level))
    name = doc.path
    if not any(block.kind is not BlockKind.HEADING for block in blocks):
        raise NoArticle(
            f"{name}: no article text was found in this file (only blank lines or blog "
            "chrome such as labels and share buttons).",
            path=doc.path,
        )
    authors = facts.authors or facts.handles
    title = facts.title or _title_from_name(doc.path)
    metadata = Metadata(
        title=_SPACES.sub(" ", title).strip(),
        authors=tuple(authors),
        description=facts.description,
        published=facts.published,
        url=doc.url or facts.url,
        language=guess_language(_sample(blocks)),
    )
    return Article(metadata, tuple(blocks))


def _sample(blocks: list[Block], size: int = 20000) -> str:
    """The first ``size`` characters or so of the body: enough to tell its
    language without joining a whole book."""
    parts: list[str] = []
    length = 0
    for block in blocks:
        parts.append(block.text)
        length += len(block.text) + 1
        if length >= size:
            break
    return " ".join(parts)


def _title_from_name(path: str) -> str:
    """A title when the text states none: the file's name, readable."""
    stem = PurePath(path).stem
    return re.sub(r"[_-]+", " ", stem).strip() or stem
