"""What class names, ids and roles say about an element: chrome (share
buttons, comment threads, related posts, cookie banners ...) or content.

Site builders name their parts in a fairly small vocabulary ("entry-content",
"post-body", "share-buttons", "related-posts"); these patterns read that
vocabulary. They are hints, weighed against the text an element holds, never
verdicts on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

STANDFIRST_CLASSES = ("standfirst", "chapo", "dek", "subtitle-paragraph", "subtitleparagraph")
"""Class names of the summary set under a headline: chrome to the body (it
repeats the story), and the page's description when it states none
(:func:`quotemark.library.extract.metadata.read_metadata`). "dek" is the
American newsroom's word for it ("story-dek", s48-html7)."""

# Word-ish boundaries: class tokens are joined by "-", "_", camelCase or
# spaces, so "\b" is too strict ("sharebar") and a bare substring too loose
# ("shadow" is not "ad"). Each alternative is a stem matched at a token start.
_CHROME_SOURCE = (
    r"(?:^|[\s_-])(?:"
    r"share|sharing|social|sociable|addthis|sharedaddy|shareaholic|jp-relatedposts|"
    r"related|recommend|more-?stories|more-?from|read-?next|read-?more|also-?read|"
    r"you-?may|you-?might|most-?(?:read|popular|viewed)|trending|popular|outbrain|taboola|"
    r"comments?(?![a-z])|commentlist|disqus|respond|discussion|replies|"
    r"newsletter|subscri|signup|sign-up|mailchimp|mc4wp|optin|opt-in|cta|call-?to-?action|"
    r"promo|sponsor|advert|ads?(?:$|[\s_-])|adsense|dfp|gpt-?ad|banner|ticker|breaking-?news|"
    r"cookie|consent|gdpr|privacy-?notice|disclaimer|legal|"
    r"breadcrumb|pagination|pager|nav(?:$|[\s_-]|bar|box$|igation)|menu|toolbar|masthead|"
    r"sidebar|side-?bar|widget|rail|aside|"
    r"footer|site-?header|site-?footer|copyright|"
    r"tags|tag-?list|tagcloud|post-?tags|entry-?tags|labels|post-?labels|categories|"
    r"cat-?links|tags-?links|post-?meta|entry-?meta|entry-?footer|post-?footer|"
    r"author-?(?:bio|box|info|card|profile)|about-?(?:the-?)?author|byline|"
    r"(?:media|press)-?contacts?|"
    r"vote-?(?:cell|count|buttons?|controls?)|"
    r"print|email-?(?:this|share)|follow|modal|popup|editsection|"
    + "|".join(STANDFIRST_CLASSES)
    + "|"
    r"skip|screen-?reader|sr-only|visually-?hidden|hidden|"
    r"login|signin|sign-?in|paywall|"
    r"toc|table-?of-?contents"
    r")"
)

_CONTENT_SOURCE = (
    r"(?:^|[\s_-])(?:"
    r"article|entry-?content|entry-?body|post-?body|post-?content|post-?entry|"
    r"story|body-?text|article-?body|articlebody|main-?content|content-?body|"
    r"blog-?post|post-?text|text-?content|hentry|h-entry|e-content|prose|"
    r"markdown|rich-?text|richtext|single-?post|page-?content|"
    r"content|post|entry|main|text|body"
    r")"
)

# Names that are about the post as a whole or its text, even though they
# contain a chrome stem ("article-footer-share" is chrome; "post-body" and
# "has-sidebar" on a wrapper are not).
_WRAPPER_SOURCE = (
    r"(?:^|[\s_-])(?:has-?sidebar|with-?sidebar|no-?sidebar|sidebar-?(?:left|right)|"
    r"comments-?(?:open|closed|enabled)|hidden-?(?:xs|sm|md|lg|xl|print)|"
    r"single|layout|container|wrapper|wrap|inner|page|embed|embeds|embedded)$"
)

_LEAD = r"(?:^|[\s_-])(?:"
"""How each of the three sources above begins: a stem at the token's start
or after a separator."""


def _alternatives(stems: str) -> list[str]:
    # The top-level alternatives of a pattern's source (no "|" inside a
    # group or a class splits it).
    found: list[str] = []
    depth = start = 0
    index = 0
    while index < len(stems):
        char = stems[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = stems.index("]", index + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth:
            found.append(stems[start:index])
            start = index + 1
        index += 1
    found.append(stems[start:])
    return found


def _led(source: str) -> re.Pattern[str]:
    """``source`` (one of the three above) for a lower-cased token with a
    "-" put before it: the separator class first, so that the engine tries
    the stems only after a "-" or a "_" (a token holds no white space), and
    the stems grouped by their first letter, so that at each such place it
    tries the few stems of that letter, not all of them one by one. The
    order of alternatives does not change whether a token matches: a search
    here only asks that. (About 40 % of the time a new token took; the
    originals, case-blind, stay for the rare token with other letters.)"""
    tail = ")$" if source.endswith(")$") else ")"
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for stem in _alternatives(source[len(_LEAD) : -len(tail)]):
        if stem[:1].isalpha() and stem[:1].islower() and stem[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(stem[0], []).append(stem[1:])
        else:
            others.append(stem)
    grouped = [
        letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in by_letter.items()
    ]
    return re.compile("[_-](?:" + "|".join(grouped + others) + tail)


_CHROME, _WRAPPER, _CONTENT = (_led(s) for s in (_CHROME_SOURCE, _WRAPPER_SOURCE, _CONTENT_SOURCE))
"""The three patterns for a lower-cased ASCII token (nearly every class
name) with a "-" before it (:func:`_led`): the engine compares plain
characters instead of folding both sides at each step, about half the time.
For ASCII text this is exactly the case-blind match of the sources; the rare
token with other letters keeps the case-blind sources (Unicode folding pairs
"k" with the Kelvin sign, "s" with the long s). Those are compiled on the
first such token: compiling them costs a short command's start-up."""


@lru_cache(maxsize=1)
def _any_case() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The chrome, wrapper and content patterns, case-blind (matched on the
    token as it stands)."""
    chrome, wrapper, content = (
        re.compile(source, re.IGNORECASE)
        for source in (_CHROME_SOURCE, _WRAPPER_SOURCE, _CONTENT_SOURCE)
    )
    return chrome, wrapper, content


# Page builders that call every block of a page a widget ("elementor-widget
# elementor-widget-text-editor"): the word says nothing there; what follows
# it still does ("elementor-widget-nav-menu" is a menu).
_BUILDER_WORDS = ("elementor-widget", "so-widget", "siteorigin-widget")
_BUILDER_PREFIX = re.compile(r"^(?:" + "|".join(_BUILDER_WORDS) + r")(?:[-_]|$)")

_ROLES_CHROME = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
        "dialog",
        "alertdialog",
        "toolbar",
        "tablist",
    }
)


def guarded(pattern: re.Pattern[str], *pieces: str) -> Callable[[str], bool]:
    """``pattern.search(text) is not None``, the case-blind ``pattern`` tried
    only on a text whose lower case holds one of ``pieces``. Exact when every
    match of the pattern holds one of them and their letters match only
    their ASCII cases (which tests/library/test_extract_name_prefilters.py
    checks over all of Unicode); the patterns this guards are tried at every
    character of a class, id or style, and most hold none of their words
    (benchmarks/README.md, "Stop 28")."""

    def search(text: str) -> bool:
        lower = text.lower()
        for piece in pieces:
            if piece in lower:
                return pattern.search(text) is not None
        return False

    return search


def names(element: etree._Element) -> str:
    """The class and id of ``element`` as one string (empty when absent)."""
    # Attribute names are asked as bytes in the hot places of extraction:
    # lxml encodes a str name to UTF-8 on every call (a new bytes object),
    # about a fifth of the call's instructions and half its time; the value
    # comes back as str either way.
    cls = element.get(b"class")
    ident = element.get(b"id")
    if cls and ident:
        return f"{cls} {ident}"
    return cls or ident or ""


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def camel_split(text: str) -> str:
    """``"shareBar relatedPosts"`` -> ``"share-Bar related-Posts"``, so that
    camelCase names match the stems above at a token start."""
    return _CAMEL.sub("-", text) if not text.islower() else text


def is_chrome_class(cls: str | None, ident: str | None) -> bool:
    """Whether an element with this class and id is chrome by its names:
    a chrome name and no content name (see :func:`is_chrome_name`)."""
    chrome = content = False
    for text in (cls, ident):
        if text:
            for token in text.split():
                kind = _token_kind(token)
                chrome = chrome or bool(kind & _CHROME_TOKEN)
                content = content or bool(kind & _CONTENT_TOKEN)
    return chrome and not content


_CHROME_TOKEN = 1
_CONTENT_TOKEN = 2


def name_kinds(text: str) -> int:
    """What the tokens of one class or id string say, as bits that
    :func:`chrome_kinds` reads (for a cache of the string's judgement)."""
    kinds = 0
    for token in text.split():
        kinds |= _token_kind(token)
    return kinds


def chrome_kinds(kinds: int) -> bool:
    """:func:`is_chrome_class` from the :func:`name_kinds` of the class and
    the id together (their bits or-ed): a chrome name and no content name."""
    return kinds & (_CHROME_TOKEN | _CONTENT_TOKEN) == _CHROME_TOKEN


@lru_cache(maxsize=16384)
def _token_kind(token: str) -> int:
    # Class tokens repeat across elements and pages ("clearfix", "col-md-6",
    # "entry-content"); each is judged once. A utility class with an
    # arbitrary value ("scroll-mt-[var(--article-breadcrumb-height)]",
    # "[&_.sidebar]:hidden") names a style up to its bracket: the words
    # inside are another element's, or a variable's.
    bracket = token.find("[")
    if bracket >= 0:
        token = token[:bracket]
    # (camel_split only where lower case changes the token: a token without
    # capitals has no place to split; the builder's prefix only where the
    # token begins with one of its words.)
    text = token if token.lower() == token else _CAMEL.sub("-", token)
    if text.startswith(_BUILDER_WORDS):
        text = _BUILDER_PREFIX.sub("", text)
    if text.isascii():
        text, chrome_stem, wrapper, content_stem = "-" + text.lower(), _CHROME, _WRAPPER, _CONTENT
    else:
        chrome_stem, wrapper, content_stem = _any_case()
    chrome = chrome_stem.search(text) is not None
    kind = 0
    if chrome and wrapper.search(text) is None:
        kind |= _CHROME_TOKEN
    if not chrome and content_stem.search(text) is not None:
        kind |= _CONTENT_TOKEN
    return kind


def is_chrome_name(text: str) -> bool:
    """Whether a class/id string names page chrome: one of its tokens does
    (see the module doc)."""
    return any(_token_kind(token) & _CHROME_TOKEN for token in text.split())


def is_content_name(text: str) -> bool:
    """Whether a class/id string names article content (a name that also
    names chrome, such as "footer-content" or "comment-body", does not)."""
    return any(_token_kind(token) & _CONTENT_TOKEN for token in text.split())


def is_chrome_role(element: etree._Element) -> bool:
    """Whether the ARIA role of ``element`` marks it as page chrome."""
    role = element.get(b"role")
    return role is not None and role.strip().lower() in _ROLES_CHROME
