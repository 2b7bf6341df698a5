"""A consent notice (the cookie banner a site shows until the reader
chooses) told as a kind of block, whatever the site names it.

Consent platforms name their wrappers after themselves
(``sp_message_container_1093``, ``qc-cmp2-container``, ``didomi-host``,
``fc-root``), so the class vocabulary of :mod:`hints` misses them, and a
banner that lists its purposes is often longer than a brief beside it.
A notice is recognised by two things every one of them has:

* **its vocabulary**: "cookies" or "consent" among at least
  :data:`MIN_TOPICS` of the topics such notices must cover (partners or
  vendors, personal data and identifiers, privacy, legitimate interest,
  personalised advertising, preferences and settings, objecting or
  withdrawing, measurement and tracking), densely: a story about a cookie
  law uses the words, but among many others;
* **its controls**: a button, or a link, whose words are a choice ("Accept
  all", "Reject", "Manage options"), or a link to a privacy or cookie
  policy or to the list of partners.

A block holding the page's ``<h1>`` is never a notice (a saved cookie
policy page is its text), nor is anything on a page whose title is about
privacy or consent ("Cookie policy"; "Chocolate chip cookies" is not).
The test runs only on the container the scoring chose, when it is short
enough to be a notice (:data:`MAX_NOTICE`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.cleaning import drop_element, flat_text, is_attached

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MAX_NOTICE = 4000
"""Characters of text above which a container is no consent notice."""
MIN_TOPICS = 5
"""Distinct topics of :data:`_TOPICS` a notice's text names."""
MIN_DENSITY = 0.12
"""Topic words per word of a notice (a notice is about little else)."""
_WRAPPER_SLACK = 600
"""Characters a wrapper may add to the chosen container (its heading and
buttons' row) and still be the notice."""
_UP = 3
"""Levels above the chosen container looked at for the notice's wrapper."""

_TOPICS: dict[str, str] = {
    "cookie": r"cookies?",
    "consent": r"consent(?:s|ing)?",
    "partners": r"partners?|vendors?|third[- ]part(?:y|ies)",
    "data": r"personal (?:data|information)|identifiers?|ip address(?:es)?|devices?",
    "privacy": r"privacy",
    "interest": r"legitimate interests?",
    "ads": r"personali[sz]ed|advertising|ads",
    "settings": r"preferences|settings|choices",
    "object": r"opt[- ]out|withdraw|object|refuse",
    "measure": r"measurement|tracking|analytics|browsing",
    "store": r"store|storage|access information",
}
_TOPIC = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _TOPICS.items()) + r")\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_CHOICE = re.compile(
    r"^\s*(?:(?:i )?(?:accept|agree|allow|reject|decline|refuse|deny|disagree|consent)"
    r"(?: (?:all|and close|and continue|cookies|necessary|essential|only)){0,2}|"
    r"(?:manage|customi[sz]e|more) (?:options|settings|preferences|choices)|"
    r"(?:cookie |privacy )?(?:settings|preferences|options)|ok(?:ay)?|got it|continue)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_POLICY = re.compile(r"privacy|cookie|consent|datenschutz|gdpr|partners|vendors", re.IGNORECASE)
_ABOUT_CONSENT = re.compile(
    r"\b(?:privacy|consent|gdpr|data protection)\b|"
    r"\bcookies?\s+(?:policy|notice|statement|settings|preferences|declaration)\b",
    re.IGNORECASE,
)
"""A title about consent itself (a saved cookie policy), not a recipe's."""


def consent_notice(
    core: Stats, buttons: Sequence[tuple[etree._Element, etree._Element]], title: str
) -> Stats | None:
    """The consent notice the chosen container ``core`` is part of (its
    widest wrapper that adds little text), or ``None`` when it is none
    (see the module doc). ``buttons`` are the page's ``<button>`` elements
    with their parents, noted before the cleaning removed them."""
    if core.text > MAX_NOTICE or core.parent is None:
        return None
    notice = core
    for _ in range(_UP):
        parent = notice.parent
        if parent is None or parent.parent is None or parent.text > core.text + _WRAPPER_SLACK:
            break
        notice = parent
    element = notice.element
    text = flat_text(element)
    if "ookie" not in text and "onsent" not in text:
        return None
    if title and _ABOUT_CONSENT.search(title):
        return None
    topics: set[str] = set()
    hits = 0
    for match in _TOPIC.finditer(text):
        hits += 1
        name = match.lastgroup
        if name is not None:
            topics.add(name)
    if len(topics) < MIN_TOPICS or ("cookie" not in topics and "consent" not in topics):
        return None
    if hits < MIN_DENSITY * len(_WORD.findall(text)):
        return None
    if next(element.iter("h1"), None) is not None:
        return None
    if not _has_controls(element, buttons):
        return None
    return notice


def notice_key(element: etree._Element) -> tuple[int, str]:
    """What finds a notice again in another parse of the page (the lenient
    second reading): its text and that text's length."""
    text = flat_text(element)
    return len(text), text


def drop_notices(order: Sequence[Stats], keys: Sequence[tuple[int, str]]) -> bool:
    """Remove from the measured page ``order`` the blocks whose text is that
    of a notice in ``keys`` (:func:`notice_key`); whether one was."""
    lengths = {length for length, _text in keys}
    texts = {text for _length, text in keys}
    dropped = False
    for st in order:
        element = st.element
        parent = element.getparent()
        if parent is None or st.text > MAX_NOTICE:
            continue
        text = flat_text(element)
        if len(text) in lengths and text in texts:
            drop_element(element)
            dropped = True
    return dropped


def _has_controls(
    element: etree._Element, buttons: Sequence[tuple[etree._Element, etree._Element]]
) -> bool:
    # A link to a policy or the partners' list, or a choice to make.
    for link in element.iter("a"):
        words = flat_text(link)
        if _CHOICE.match(words) or _POLICY.search(words) or _POLICY.search(link.get("href", "")):
            return True
    for parent, button in buttons:
        if _CHOICE.match(flat_text(button)) and is_attached(parent, element):
            return True
    return False
