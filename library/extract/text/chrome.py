"""Blog chrome left in a post saved as text, and what it tells.

"Labels: ...", "Follow @x Tweet", share buttons, "Newer Post Older Post Home",
comment forms: such lines are dropped from the body, and the facts some of
them state (the author, the date, the post's address) are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotemark.library.extract.bylines import lower_caps_and, shared_surname, uncapitalised
from quotemark.library.extract.text.dates import DATE_PREFIX, find_date, parse_date
from quotemark.library.extract.text.links import trim_url

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
_POSTED_BY_COMMA = re.compile(
    r"^posted\s+by\s*:?\s+(?P<name>[^,]+),\s*(?P<rest>.{4,30})$", re.IGNORECASE
)
""""Posted by Ada Lind, 14 February 2026": the name and the date set off by
a comma (a date alone after it, checked apart)."""
BYLINE = re.compile(
    # (Arabic "بقلم" and Hebrew "מאת": "by".)
    r"^(?:by|written by|author:|\u0628\u0642\u0644\u0645\s*:?|\u05de\u05d0\u05ea\s*:?)\s+"
    r"(?P<name>[^\W\d][\w.'\u2019-]*(?:\s+[^\W\d][\w.'\u2019-]*){0,4}"
    r"(?:\s+(?:and|&)\s+[^\W\d][\w.'\u2019-]*(?:\s+[^\W\d][\w.'\u2019-]*){0,4})?)"
    r"(?:\s*[,|\u00b7\u2022\u2013\u2014-]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
BYLINE_ROLE_WORDS = re.compile(
    r"\b(?:press|news|reporter|correspondent|writer|editor|producer|journalist|columnist|"
    r"contributor|staff|agency|bureau|herald|globe|journal|tribune|gazette|times|post|"
    r"reuters|afp|ap|cbc|ctv|bbc|cnn|npr)\b",
    re.IGNORECASE,
)
"""Words of a reporter's role or a news outlet ("staff writer", "The
Associated Press")."""
_ARTICLE_OPENS = re.compile(r"(?:the|an?)\s", re.IGNORECASE)
_ABBREVIATED = re.compile(r"\s[A-Z][a-z]{0,3}\.(?:\s|$)")
"""A short word cut with a point after the article ("The Rev. Tom Hale",
"The Hon. Ada Lind"): an honorific, a person's name follows."""


def titled_by(name: str) -> bool:
    """Whether the "name" a :data:`BYLINE` match gives opens with an article
    and names no outlet ("BY THE SEA", a title beginning "By"), where "By
    The Associated Press" and "By The Rev. Tom Hale" (an honorific, review
    of stop 38) are bylines."""
    return (
        _ARTICLE_OPENS.match(name) is not None
        and BYLINE_ROLE_WORDS.search(name) is None
        and _ABBREVIATED.search(name) is None
    )


_JOINED = re.compile(r"\s+(?:and|&)\s+")
NAME = re.compile(r"^[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}$")
_OWN_URL = re.compile(
    r"^(?:url|permalink|canonical(?: url)?|saved from|originally (?:published|posted) "
    r"(?:at|on|in))\s*:?\s*(?P<url>https?://\S+)$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


@dataclass(slots=True)
class Facts:
    """What the chrome and the lead told about the post."""

    title: str = ""
    url: str | None = None
    description: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    posted_by: bool = False
    """Whether a "Posted by" line was read: the first names the post's
    author; those after it are its comments' ("Posted by Ben Ross, 15
    February 2026" under a reply), dropped as chrome but no author."""

    def add_poster(self, name: str) -> None:
        """Note the name a "Posted by" line gives, if it is the first."""
        if not self.posted_by:
            self.posted_by = True
            self.add_author(name)

    def add_author(self, name: str) -> None:
        """Note ``name`` as an author, written as a citation writes it: a
        name set in capitals by the page's style ("TOM HALE") as "Tom Hale",
        the way the HTML path writes it (initials and mixed case kept)."""
        name = uncapitalised(re.sub(r"\s+", " ", name).strip(" ,.;:|-"))
        if name and name.casefold() not in (known.casefold() for known in self.authors):
            self.authors.append(name)

    def add_byline(self, names: str) -> None:
        """Note each author a byline's names join with "and" or "&" ("Tom
        Hale and Ada Lind"; "TOM HALE AND ADA LIND" set in capitals)."""
        text = lower_caps_and(names)
        for name in shared_surname(" ".join(text.split())) or _JOINED.split(text):
            self.add_author(name)


def is_chrome(line: str, facts: Facts) -> bool:
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
        facts.add_poster(posted["name"])
        date = find_date(rest) if rest else None
        if date and facts.published is None:
            facts.published = date
        return True
    if _posted_by_comma(line, facts):
        return True
    own = _OWN_URL.match(line)
    if own is not None:
        facts.url = facts.url or trim_url(own["url"])
        return True
    by = BYLINE.match(line)
    if by is not None and not by["rest"] and NAME.match(by["name"]) and not titled_by(by["name"]):
        facts.add_byline(by["name"])
        return True
    prefixed = DATE_PREFIX.match(line)
    if prefixed is not None:
        date = parse_date(prefixed["rest"])
        if date is not None:
            if prefixed["word"].lower() in ("posted", "published", "written", "date", "dated"):
                facts.published = facts.published or date
            return True
    if len(line) <= _SHARE_LINE_LIMIT and _CHROME[0].match(line):
        return True
    return any(pattern.match(line) for pattern in _CHROME[1:])


def _posted_by_comma(line: str, facts: Facts) -> bool:
    """Note the author and date of a "Posted by NAME, DATE" line; whether
    it was one (a name of capitalised words and a date alone after the
    comma: "Posted by Ada Lind, the photo drew ..." is a sentence)."""
    posted = _POSTED_BY_COMMA.match(line)
    if posted is None or not NAME.match(posted["name"].strip()):
        return False
    date = parse_date(posted["rest"].strip())
    if date is None:
        return False
    facts.add_poster(posted["name"])
    facts.published = facts.published or date
    return True


def _posted_by_line(name: str, rest: str) -> bool:
    """Whether "Posted by NAME [at|on|in REST]" is a blog's footer rather
    than a sentence ("Posted by the ministry on its website, it said ...")."""
    if len(name.split()) > 4 or any(mark in name for mark in ",.;:!?"):
        return False
    return not rest or len(rest) <= 30 or bool(_CLOCK.search(rest) or find_date(rest))


def _is_share(text: str) -> bool:
    text = text.strip()
    return len(text) <= _SHARE_LINE_LIMIT and bool(_CHROME[0].match(text))
