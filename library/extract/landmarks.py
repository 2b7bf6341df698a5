"""One pass over a freshly parsed page, noting the elements later stages
ask about: ``<meta>`` and ``<link>`` tags, the ``<title>``, headings,
JSON-LD scripts, microdata and microformat author markers (Medium's
``data-testid`` too), rendered formulas, code listings, and elements the page hides.

Asking each question with its own XPath walks the whole tree every time
(about a millisecond each on a news page); this walk happens once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from quotemark.library.extract.hints import guarded

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
        "button",
    }
)
"""Tags the survey notes by tag alone (beside what attributes tell)."""
_TEX_IMAGE = re.compile(r"latex|cht=tx|upmath\.", re.IGNORECASE)
"""An image address that may be a formula drawn by a TeX service
(:func:`quotemark.library.extract.formulas.image_tex` decides)."""


def _tex_image(src: str) -> bool:
    """``_TEX_IMAGE.search(src)``, asked only of an address holding one of
    its words in lower case (their letters match only their ASCII cases):
    a case-blind pattern makes the engine try every position. (The three
    words asked one by one, not by a generator: every image of a page is
    asked, and a generator costs more than the three searches; stop 41.)"""
    lower = src.lower()
    if "latex" in lower or "cht=tx" in lower or "upmath." in lower:
        return _TEX_IMAGE.search(src) is not None
    return False


_KATEX = re.compile(r"(?:^|\s)katex(?:$|\s)")
_SIDENOTE = re.compile(r"(?:^|\s)(?:side|margin)-?note(?:\s|$)")
"""A side or margin note's class (Tufte CSS, org-mode's HTML export)."""
_EMBEDDED_POST = "data-partnereventstore"  # a store's news post, as JSON with BBCode
# Only X's article headline: a post's markup ("tweet") may be an embed.
_X_TESTIDS = frozenset({"twitter-article-title"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
hides = guarded(HIDDEN_STYLE, "none", "dden")
"""Whether a ``style`` attribute hides its element (:data:`HIDDEN_STYLE`)."""

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
    link_rels: list[str] = field(default_factory=list)
    """The ``rel`` of each of :attr:`links`, lower-cased ("" for none), in
    the same order: read once here, where the canonical link, the URL's
    sureness and the pager test each read every link's again."""
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
    frames: list[etree._Element] = field(default_factory=list)  # <iframe srcdoc>
    # (parent, <button>): the cleaning removes buttons, consent.py reads them
    buttons: list[tuple[etree._Element, etree._Element]] = field(default_factory=list)
    x_markup: bool = False  # X/Twitter's article markup (data-testid)
    conversation: bool = False  # a Gmail message body or a ChatGPT message


_HEAD_TAGS = frozenset({"body", "meta", "link", "script", "title", "base"})
"""Tags noted wherever they stand (and ``<body>``, where the rest begins)."""
_ATTENTION = frozenset(
    {
        "itemprop",
        "id",
        "data-math",
        "data-tex",
        "rel",
        "data-testid",
        _EMBEDDED_POST,
        "data-message-author-role",
        "hidden",
        "aria-hidden",
        "type",
        "style",
        "srcdoc",
    }
)
"""Attributes besides ``class`` (and ``href`` on ``<a>``, ``title`` on
``<span>`` and ``<abbr>``) that can get an element noted: most elements have
none of them."""
_PLAIN_ATTENTION = frozenset({"id", "rel", "type", "style", "aria-hidden", "hidden"})
"""The commonest of them, which can say only that the element is authorish
or hidden: an element holding no others is noted without the dict of all
its attributes that _note_attributes reads (see _plain_attention)."""
_ATTENTION_BESIDES_PLAIN = _ATTENTION - _PLAIN_ATTENTION

# What a class (or id) value says, as bits: decided once per distinct value,
# since a page repeats its few hundred class names on thousands of elements.
_FORMULA = 1
_SIDENOTE_BIT = 2
_GMAIL_BODY = 4  # counts on a <div> only
_AUTHORISH = 8
_HOVER = 16
_HIDING = 32  # (from attributes, never a name: see _plain_attention)
_NAME_FLAGS: dict[str, int] = {}
_NAME_FLAGS_LIMIT = 50_000
"""Distinct class strings remembered before the memory is emptied. The 181
benchmark pages hold 15,467: at 10,000 the memory was emptied inside one
pass over them and 4,042 strings were judged again (stop 42). A string of
~40 characters and its int: a few MB at the bound."""
_NAME_FLAGS_CHARS = 2_000_000
"""Characters of the remembered strings before the memory is emptied too:
the count alone does not bound it where class strings are long (a utility
CSS site's run to 500 characters and more). The corpus's pages hold 0.63
million, so only such a site empties it sooner."""
_name_flags_held = 0


def _name_flags(value: str) -> int:
    names = value.lower()
    flags = 0
    if "katex" in names and _KATEX.search(names):
        flags |= _FORMULA
    if "note" in names and _SIDENOTE.search(names):
        flags |= _SIDENOTE_BIT
    if "a3s" in names:
        flags |= _GMAIL_BODY
    if _authorish(names):
        flags |= _AUTHORISH
    if ("over" in names or "tip" in names or "card" in names) and _HOVER_CARD.search(names):
        flags |= _HOVER
    global _name_flags_held
    if len(_NAME_FLAGS) >= _NAME_FLAGS_LIMIT or _name_flags_held >= _NAME_FLAGS_CHARS:
        _NAME_FLAGS.clear()  # a bound on memory across a long import
        _name_flags_held = 0
    _NAME_FLAGS[value] = flags
    _name_flags_held += len(value)
    return flags


def _flags_of(value: str) -> int:
    flags = _NAME_FLAGS.get(value)
    return _name_flags(value) if flags is None else flags


def survey(root: etree._Element, elements: Sequence[etree._Element] | None = None) -> Landmarks:
    """Note the landmarks of the page ``root`` (see the module doc).

    ``elements``, when given, must be ``list(root.iter(etree.Element))``
    taken since the tree last changed: read from the list, the walk does
    not step through the tree again (lxml's iterator costs about a tenth of
    the survey)."""
    marks = Landmarks(language=root.get("lang") or root.get("xml:lang") or "")
    in_body = False
    known = _NAME_FLAGS
    # The walk costs what Python does per element (it visits ~750 on a news
    # page), so the common cases come first: no attributes, or nothing but
    # a class whose meaning is looked up.
    for element in root.iter(etree.Element) if elements is None else elements:
        tag = element.tag
        if tag in _HEAD_TAGS:
            in_body = _note_head(marks, tag, element, in_body)
            continue
        if not in_body:
            continue
        if tag in _NOTED_TAGS and _note_tag(marks, tag, element):
            continue
        keys = element.keys()
        if not keys:
            # Most elements carry no attributes: nothing more to note.
            continue
        flags = 0
        if not _ATTENTION.isdisjoint(keys):
            if not _ATTENTION_BESIDES_PLAIN.isdisjoint(keys):
                # One call for all attributes: each separate get() costs
                # as much as a step of the walk.
                # (lxml types values as str | bytes; parsed HTML always
                # gives str.)
                _note_attributes(marks, tag, cast(dict[str, str], dict(element.items())), element)
                continue
            flags = _plain_attention(element, keys)
        # The common case: a link's target, a title's time, and what a class
        # says, whose meaning is looked up, not worked out again. (Names as
        # bytes here and below: see hints.names.)
        if tag == "a":
            if element.get(b"href", "").startswith("#"):
                marks.note_refs.append(element)
        elif tag == "span" or tag == "abbr":
            title = element.get(b"title")
            if title and title[:1].isdigit():
                marks.times.append(element)
        value = element.get(b"class")
        if value:
            found = known.get(value)
            flags |= _name_flags(value) if found is None else found
        if flags:
            _note_flags(marks, tag, flags, element)
    return marks


def _note_head(marks: Landmarks, tag: str, element: etree._Element, in_body: bool) -> bool:
    # The tags noted wherever they are; says whether the body has begun.
    if tag == "body":
        return True
    if tag == "meta":
        if element.get(b"content") is not None:
            marks.metas.append(element)
    elif tag == "link":
        marks.links.append(element)
        rel = element.get(b"rel")
        marks.link_rels.append(rel.lower() if rel else "")
    elif tag == "script":
        kind = element.get(b"type")
        if kind and "ld+json" in kind.lower() and element.text:
            marks.json_ld.append(element.text)
        elif kind and "math/tex" in kind and in_body:
            marks.formulas.append(element)
    elif tag == "title":
        if not marks.title:
            marks.title = " ".join("".join(str(t) for t in element.itertext()).split())
    else:  # <base>
        href = element.get(b"href")
        if href:
            marks.bases.append(href)
    return in_body


def _note_tag(marks: Landmarks, tag: str, element: etree._Element) -> bool:
    # What a tag says by itself; True when its attributes need no look.
    if tag == "h1":
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
        # attributes are still noted: it may be hidden.)
        src = element.get(b"src")
        if src and (_tex_image(src) or "%5C" in src or "%5c" in src or "\\" in src):
            marks.formulas.append(element)
    elif tag == "button":
        # Its parent too: the cleaning removes the button from the tree.
        parent = element.getparent()
        if parent is not None:
            marks.buttons.append((parent, element))
    else:  # <math>, <mjx-container>
        marks.formulas.append(element)
        return True
    return False


def _note_flags(marks: Landmarks, tag: str, flags: int, element: etree._Element) -> None:
    # What survey() notes about an element whose class is all it says.
    if flags & _FORMULA:
        marks.formulas.append(element)
    if flags & _SIDENOTE_BIT:
        marks.sidenotes.append(element)
    if flags & _GMAIL_BODY and tag == "div":
        marks.conversation = True
    if flags & _AUTHORISH:
        marks.authorish.append(element)
    if flags & (_HOVER | _HIDING):
        marks.hidden.append(element)


def _plain_attention(element: etree._Element, keys: Sequence[str | bytes]) -> int:
    # What _note_attributes makes of an element whose attention attributes
    # are all plain ones (_PLAIN_ATTENTION), as flags for _note_flags: an id
    # judged authorish like a class, a rel naming an author, and the
    # attributes _is_hidden reads.
    flags = 0
    if "id" in keys:
        ident = element.get(b"id")
        if ident and _authorish(ident.lower()):
            # (An id says only this. Judged as it stands, not through the
            # class cache: ids are mostly unique, and kept there they pushed
            # the page's classes out, to be judged again.)
            flags |= _AUTHORISH
    if "rel" in keys:
        rel = element.get(b"rel")
        if rel and "author" in rel.lower():
            flags |= _AUTHORISH
    if (
        "hidden" in keys
        or ("aria-hidden" in keys and element.get(b"aria-hidden") == "true")
        or ("type" in keys and element.get(b"type") == "hidden")
    ):
        flags |= _HIDING
    elif "style" in keys:
        style = element.get(b"style")
        if style is not None and hides(style):
            flags |= _HIDING
    return flags


def _note_attributes(
    marks: Landmarks, tag: str, attributes: dict[str, str], element: etree._Element
) -> None:
    # Everything the attributes of one element can say.
    if tag == "iframe" and attributes.get("srcdoc"):
        marks.frames.append(element)
    itemprop = attributes.get("itemprop")
    if itemprop:
        props = itemprop.split()
        if "author" in props or "creator" in props:
            marks.itemprop_authors.append(element)
    value = attributes.get("class")
    flags = _flags_of(value) if value else 0
    ident = attributes.get("id")
    ident_flags = _AUTHORISH if ident and _authorish(ident.lower()) else 0
    if flags & _FORMULA or (attributes.get("data-math") or attributes.get("data-tex")):
        marks.formulas.append(element)
    if flags & _SIDENOTE_BIT:
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
    if tag == "div" and (flags & _GMAIL_BODY or "data-message-author-role" in attributes):
        # Gmail's message body class, ChatGPT's message role: the body
        # is a conversation (library.extract.gmail, .chatgpt).
        marks.conversation = True
    # Substring tests first: a regex per element costs more than the
    # whole walk.
    if (
        flags & _AUTHORISH
        or ident_flags & _AUTHORISH
        or (rel and "author" in rel.lower())
        or "author" in (testid or "").lower()
    ):
        marks.authorish.append(element)
    if _is_hidden(attributes) or flags & _HOVER:
        marks.hidden.append(element)


def _authorish(name: str) -> bool:
    return "author" in name or "byline" in name or "vcard" in name


def _is_hidden(attributes: dict[str, str]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if attributes.get("type") == "hidden":
        return True
    style = attributes.get("style")
    return style is not None and hides(style)
