"""One pass over a freshly parsed page, noting the elements later stages
ask about: ``<meta>`` and ``<link>`` tags, the ``<title>``, headings,
JSON-LD scripts, microdata and microformat author markers (Medium's
``data-testid`` too), rendered formulas, code listings, and elements the page hides.

Asking each question with its own XPath walks the whole tree every time
(about a millisecond each on a news page); this walk happens once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

_MATH_TAGS = frozenset({"math", "mjx-container"})
_NOTED_TAGS = frozenset(
    {
        "h1",
        "noscript",
        "pre",
        "sup",
        "time",
        "relative-time",
        "img",
        "math",
        "mjx-container",
        "address",
        "label",
    }
)
"""Tags the survey notes by tag alone (beside what attributes tell)."""
_TEX_IMAGE = re.compile(r"latex|cht=tx|upmath\.", re.IGNORECASE)
"""An image address that may be a formula drawn by a TeX service
(:func:`quotemark.library.extract.formulas.image_tex` decides)."""
_KATEX = re.compile(r"(?:^|\s)katex(?:$|\s)")
_SIDENOTE = re.compile(r"(?:^|\s)(?:side|margin)-?note(?:\s|$)")
"""A side or margin note's class (Tufte CSS, org-mode's HTML export)."""
_EMBEDDED_POST = "data-partnereventstore"  # a store's news post, as JSON with BBCode
# Only X's article headline: a post's markup ("tweet") may be an embed.
_X_TESTIDS = frozenset({"twitter-article-title"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HOVER_CARD = re.compile(
    r"(?:^|\s)(?:rollover|tool-?tip|popover|hover-?card)[\w-]*?"
    r"(?:block|content|box|body|inner|text|panel|popup)(?:\s|$)|(?:^|\s)hover-?card(?:\s|$)"
)
"""Class names of the card a page shows only while the pointer rests on a
name or term ("rollover-people-block", "tooltip-content"): its text (a
biography, related headlines) sits inside the sentence in the HTML."""


@dataclass(slots=True)
class Landmarks:
    """The noted elements of one page, each list in document order."""

    metas: list[etree._Element] = field(default_factory=list)
    links: list[etree._Element] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    title: str = ""
    language: str = ""
    h1s: list[etree._Element] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)
    itemprop_authors: list[etree._Element] = field(default_factory=list)
    authorish: list[etree._Element] = field(default_factory=list)  # class/id/rel author
    hidden: list[etree._Element] = field(default_factory=list)
    formulas: list[etree._Element] = field(default_factory=list)  # rendered math
    listings: list[etree._Element] = field(default_factory=list)  # <pre> code
    times: list[etree._Element] = field(default_factory=list)  # time markup
    note_refs: list[etree._Element] = field(default_factory=list)  # <sup>, <a href="#…">
    sidenotes: list[etree._Element] = field(default_factory=list)  # class sidenote/marginnote
    noscripts: list[etree._Element] = field(default_factory=list)
    embedded_posts: list[etree._Element] = field(default_factory=list)  # post JSON in data-*
    x_markup: bool = False  # X/Twitter's article markup (data-testid)
    conversation: bool = False  # a Gmail message body or a ChatGPT message


def survey(root: etree._Element) -> Landmarks:
    """Note the landmarks of the page ``root`` (see the module doc)."""
    marks = Landmarks(language=root.get("lang") or root.get("xml:lang") or "")
    in_body = False
    for element in root.iter(etree.Element):
        tag = element.tag
        if tag == "body":
            in_body = True
            continue
        if tag == "meta":
            if element.get("content") is not None:
                marks.metas.append(element)
            continue
        if tag == "link":
            marks.links.append(element)
            continue
        if tag == "script":
            kind = element.get("type")
            if kind and "ld+json" in kind.lower() and element.text:
                marks.json_ld.append(element.text)
            elif kind and "math/tex" in kind and in_body:
                marks.formulas.append(element)
            continue
        if tag == "title":
            if not marks.title:
                marks.title = " ".join("".join(str(t) for t in element.itertext()).split())
            continue
        if tag == "base":
            href = element.get("href")
            if href:
                marks.bases.append(href)
            continue
        if not in_body:
            continue
        if tag not in _NOTED_TAGS:
            pass  # most elements: one set lookup instead of the chain below
        elif tag == "h1":
            marks.h1s.append(element)
        elif tag == "noscript":
            marks.noscripts.append(element)
        elif tag == "pre":
            marks.listings.append(element)
        elif tag == "address":
            # HTML's element for the author's contact details.
            marks.authorish.append(element)
        elif tag == "sup" or tag == "label":
            # A <label> carries a side note's number where the note can be
            # toggled open (org-mode's export).
            marks.note_refs.append(element)
        elif tag == "time" or tag == "relative-time":
            marks.times.append(element)
        elif tag == "img":
            # A formula drawn by a TeX image service carries its TeX in the
            # address ("…/svg.image?%5Cfrac%7Ba%7D%7Bb%7D"). (The image's
            # attributes are still noted below: it may be hidden.)
            src = element.get("src")
            if src and (_TEX_IMAGE.search(src) or "%5C" in src or "%5c" in src or "\\" in src):
                marks.formulas.append(element)
        elif tag in _MATH_TAGS:
            marks.formulas.append(element)
            continue
        items = element.items()
        if not items:
            # Most elements carry no attributes: nothing more to note.
            continue
        if len(items) == 1 and items[0][0] == "class":
            # The next most common case, a class alone: only what a class
            # name tells is noted (the same tests as below).
            _note_class(marks, tag, str(items[0][1]).lower(), element)
            continue
        # One call for all attributes: each separate get() costs as much as
        # a step of the walk.
        # (lxml types values as str | bytes; parsed HTML always gives str.)
        attributes = cast(dict[str, str], dict(items))
        itemprop = attributes.get("itemprop")
        if itemprop:
            props = itemprop.split()
            if "author" in props or "creator" in props:
                marks.itemprop_authors.append(element)
        names = (attributes.get("class") or "").lower()
        ident = (attributes.get("id") or "").lower()
        if ("katex" in names and _KATEX.search(names)) or (
            attributes.get("data-math") or attributes.get("data-tex")
        ):
            marks.formulas.append(element)
        if "note" in names and _SIDENOTE.search(names):
            marks.sidenotes.append(element)
        if tag == "a":
            if attributes.get("href", "").startswith("#"):
                marks.note_refs.append(element)
        elif tag == "span" or tag == "abbr":
            title = attributes.get("title")
            if title and title[:1].isdigit():
                # A machine time in a title ("2025-06-15T12:00:00"), as HN
                # keeps it behind "1 day ago".
                marks.times.append(element)
        rel = attributes.get("rel")
        testid = attributes.get("data-testid")
        if _EMBEDDED_POST in attributes:
            marks.embedded_posts.append(element)
        if testid in _X_TESTIDS:
            marks.x_markup = True
        if tag == "div" and ("a3s" in names or "data-message-author-role" in attributes):
            # Gmail's message body class, ChatGPT's message role: the body
            # is a conversation (library.extract.gmail, .chatgpt).
            marks.conversation = True
        # Substring tests first: a regex per element costs more than the
        # whole walk.
        if (
            _authorish(names)
            or _authorish(ident)
            or (rel and "author" in rel.lower())
            or "author" in (testid or "").lower()
        ):
            marks.authorish.append(element)
        if _is_hidden(attributes) or (
            ("over" in names or "tip" in names or "card" in names) and _HOVER_CARD.search(names)
        ):
            marks.hidden.append(element)
    return marks


def _note_class(marks: Landmarks, tag: str, names: str, element: etree._Element) -> None:
    # What survey() notes about an element whose only attribute is a class.
    if "katex" in names and _KATEX.search(names):
        marks.formulas.append(element)
    if "note" in names and _SIDENOTE.search(names):
        marks.sidenotes.append(element)
    if tag == "div" and "a3s" in names:
        marks.conversation = True
    if _authorish(names):
        marks.authorish.append(element)
    if ("over" in names or "tip" in names or "card" in names) and _HOVER_CARD.search(names):
        marks.hidden.append(element)


def _authorish(name: str) -> bool:
    return "author" in name or "byline" in name or "vcard" in name


def _is_hidden(attributes: dict[str, str]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if attributes.get("type") == "hidden":
        return True
    style = attributes.get("style")
    return style is not None and bool(_HIDDEN_STYLE.search(style))
