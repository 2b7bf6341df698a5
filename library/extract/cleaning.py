"""Removing what is never article text, from the whole page, before any
scoring: scripts, styles, controls, media players, navigation, and elements
the page hides from its readers.

Event handlers and ``javascript:`` URLs need no scrubbing of their own: the
blocks keep only text and ``http(s)``/``mailto`` links, so no attribute ever
reaches the reader.
"""

from __future__ import annotations

import itertools
import math
import re

from lxml import etree

from quotemark.library.extract.articles import heading_is_title
from quotemark.library.extract.boilerplate import key
from quotemark.library.extract.hints import is_chrome_name
from quotemark.library.extract.landmarks import Landmarks, hides
from quotemark.library.extract.tags import DROPPED
from quotemark.library.extract.xpath import Number, Test

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
"""What lxml refuses to store in a text: the C0 controls but tab and line
breaks, and the noncharacters U+FFFE and U+FFFF (its parser lets both
through from a page); DEL too, which the reader has no use for."""
TEXT_LENGTH = Number("string-length(normalize-space(.))")
"""The characters of an element's text, its runs of white space as one."""


def has_image(element: etree._Element) -> bool:
    """``.//img``: an <img> below ``element`` (itself not counted). The walk
    in C stops at the first; the XPath listed every node below first."""
    return next(element.iterdescendants("img"), None) is not None


_HOLDS_PAGE = Test(".//h1 or .//main")
_HEADINGS = ("h1", "h2", "h3")

HIDDEN_MAJORITY = 0.5
"""A hidden element holding more than this share of the page's text is kept:
some pages hide the article body until a script (which never runs here)
reveals it. (A smaller hidden copy of the text, such as a microdata block, is
a duplicate and goes.)"""

NOSCRIPT_TEXT = 200
"""A ``<noscript>`` shorter than this is a notice, never the article."""


def clean_page(
    root: etree._Element, marks: Landmarks, *, drop_hidden: bool = True, title: str = ""
) -> None:
    """Remove, in place, everything under ``root`` that can never be article
    text (see the module doc), and with ``drop_hidden`` what the page hides.
    Tails of removed elements are kept. ``title`` is the page's title: a
    closed dialog headed by it is the article, not a panel."""
    page_length: float | None = None
    for noscript in marks.noscripts:
        # Lazy-loading pages put the real <img> in <noscript> next to a
        # placeholder; that image is worth keeping, any other noscript text
        # ("please enable JavaScript") is not, unless it is most of the
        # page: a page drawn by a script may give its article there.
        if has_image(noscript):
            noscript.tag = "span"
            continue
        length = TEXT_LENGTH(noscript)
        if length >= NOSCRIPT_TEXT:
            if page_length is None:
                page_length = TEXT_LENGTH(root)
            if length > HIDDEN_MAJORITY * page_length:
                noscript.tag = "div"
                continue
        drop_element(noscript)
    title_key = key(title) if title else ""
    _keep_open_dialogs(root, title_key)
    etree.strip_elements(root, *DROPPED, "svg", with_tail=False)
    hidden = [element for element in marks.hidden if is_attached(element, root)]
    if not hidden:
        return
    if not drop_hidden:
        # Even a reading that keeps what the page hides leaves out a closed
        # dialog: a search panel or a sign-in form, never the article.
        for element in hidden:
            if _closed_dialog(element, title_key):
                drop_element(element)
        return
    # The page's length (its whole text normalised in libxml2, a few tenths
    # of a millisecond on a news page) is needed only when a hidden element
    # may hold more than its share. No hidden element gains text below (a
    # drop removes text, or moves a tail within its parent), so when the
    # page holds at least the longest one's length over the share (a bound
    # counted from a few paragraphs), none is kept by its length, as with
    # the exact figure; a page with no hidden text needs no count at all.
    # (Measured by one walk when nested; else each asked of libxml2.)
    # (Each hidden element's length is asked once: a drop below changes no
    # later one's, since the list is in page order and an element's
    # descendants come after it; a dropped one's tail stays outside them.)
    holds: dict[etree._Element, bool] = {}
    if _nested(hidden):
        lengths, holds = _measure_nested(root, hidden)
    else:
        lengths = {element: TEXT_LENGTH(element) for element in hidden}
    longest = max(lengths.values())
    if _holds_at_least(root, longest / HIDDEN_MAJORITY):
        body_length = math.inf
    else:
        body_length = TEXT_LENGTH(root)
    for element in hidden:
        if element.getparent() is None:
            continue
        length = lengths[element]
        if length > HIDDEN_MAJORITY * body_length and not _closed_dialog(element, title_key):
            continue
        if _seen_though_hidden(element) and (
            _behind_a_dialog(element, holds.get(element)) or _rest_of_a_body(element)
        ):
            continue
        drop_element(element)


NESTED_WALK = 16
"""When this many hidden elements each lie in the hidden one before them,
they are all measured by one walk over the page: each measure by XPath
costs the element's text, so a chain of them costs the page's text over
and over (a thread whose every post opens a hidden wrapper never closed:
seconds a megabyte). Fewer are
measured one by one: the walk costs a Python step per element of the page
(2-20 ms on the corpus pages where at most 9 nest so, where the XPath took
0.02-2.6 ms)."""


def _nested(hidden: list[etree._Element]) -> bool:
    # The hidden elements are in page order, so when one holds another it
    # holds the next one: each is looked up from the one after it (a few
    # steps to the root on a news page).
    if len(hidden) <= NESTED_WALK:
        return False
    nested = 0
    for outer, inner in itertools.pairwise(hidden):
        if outer in inner.iterancestors():
            nested += 1
            if nested >= NESTED_WALK:
                return True
    return False


_RUN = re.compile("[^ \t\n\r]+")
"""A run of what normalize-space keeps: its white space is XPath's four."""
_PAGE_TAGS = ("h1", "main")


def _measure_nested(
    root: etree._Element, hidden: list[etree._Element]
) -> tuple[dict[etree._Element, float], dict[etree._Element, bool]]:
    # TEXT_LENGTH of each hidden element and whether it holds an <h1> or a
    # <main> (_HOLDS_PAGE), all from one walk over the page. Asked of each,
    # hidden elements nested in each other (a thread whose every post opens
    # a hidden wrapper never closed) cost the rest of the page each, seconds
    # a megabyte. The figures stay exact while the cleaning reads them:
    # it drops in page order, and an element dropped before the one reached
    # is either outside it (its tail moves within its own parent, never into
    # the later element) or holds it whole; so each element's text is still
    # the text it had at the walk.
    # The walk keeps running counts at each text node: the characters
    # normalize-space keeps besides the spaces it puts between runs
    # ("letters"), and the runs (a run split between text nodes counted
    # once). An element's length is its letters and one space between each
    # two of its runs; its first run is its own even when it continues one
    # begun before it (its text is read alone).
    wanted = set(hidden)
    letters = 0
    runs = 0
    in_run = False
    page_marks = 0
    begun: dict[etree._Element, tuple[int, int, int]] = {}
    continues: dict[etree._Element, bool] = {}
    waiting: list[etree._Element] = []
    lengths: dict[etree._Element, float] = {}
    holds: dict[etree._Element, bool] = {}
    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event == "start":
            if node.tag in _PAGE_TAGS:
                # (Counted before its own mark is taken: .//h1 is below it.)
                page_marks += 1
            if node in wanted:
                begun[node] = (letters, runs, page_marks)
                waiting.append(node)
            text = node.text
        elif event == "end":
            if node in wanted:
                start_letters, start_runs, start_marks = begun[node]
                count = runs - start_runs + continues.get(node, False)
                lengths[node] = letters - start_letters + max(count - 1, 0)
                holds[node] = page_marks > start_marks
            if node is root:
                break
            text = node.tail
        else:
            # A comment's or instruction's own text is not the element's;
            # the text after it is.
            text = node.tail
        if not text:
            continue
        found = _RUN.findall(text)
        joined = in_run and text[0] not in " \t\n\r"
        if waiting:
            for element in waiting:
                continues[element] = joined
            waiting.clear()
        letters += sum(map(len, found))
        runs += len(found) - joined
        in_run = text[-1] not in " \t\n\r"
    return lengths, holds


def _holds_at_least(root: etree._Element, size: float) -> bool:
    """Does TEXT_LENGTH(root) reach ``size``? Answered from below: the
    characters besides white space of the paragraphs' own text (each a text
    node of the page, counted once) are part of it, and white space only
    adds to them (normalize-space's four characters are its white space).
    False when those are too few; then only the exact figure can say."""
    count = 0
    if count >= size:
        return True
    for paragraph in root.iter("p"):
        text = paragraph.text
        if text:
            # (normalize-space's white space is XPath's four characters.)
            count += (
                len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
            )
            if count >= size:
                return True
    return False


def _keep_open_dialogs(root: etree._Element, title_key: str) -> None:
    # A <dialog> is a panel the page opens on a click (a sign-in form, a
    # search box) and goes with the controls, unless it is open: then it is
    # what the reader saw, a story shown in a reader view or a "modal
    # article". So is one, open or not, that holds the page's headline (its
    # <h1> or a heading that is its title) and most of its text. (lxml's
    # walk by tag runs in C: no Python step for the other elements.)
    dialogs = list(root.iter("dialog"))
    if not dialogs:
        return
    page_length: float | None = None
    for dialog in dialogs:
        if dialog.get("open") is None:
            if not _holds_headline(dialog, title_key):
                continue
            if page_length is None:
                page_length = TEXT_LENGTH(root)
            if TEXT_LENGTH(dialog) <= HIDDEN_MAJORITY * page_length:
                continue
        dialog.tag = "div"


def _holds_headline(element: etree._Element, title_key: str) -> bool:
    # The page's <h1> or <main>, or a heading that is the page's title.
    if _HOLDS_PAGE(element):
        return True
    return bool(title_key) and any(
        heading_is_title(heading, title_key) for heading in element.iter(_HEADINGS)
    )


def _closed_dialog(element: etree._Element, title_key: str) -> bool:
    # A hidden element that is itself a dialog (a search panel, a sign-in
    # form the page opens on a click) is not an article hidden until a
    # script shows it, however long its instructions: unless it holds the
    # page's headline or its <main>, or a heading that is the page's title
    # (a story opened in an overlay reader over the site's feed, saved
    # before its script ran).
    role = element.get("role")
    if role is None or role.strip().lower() not in ("dialog", "alertdialog"):
        return False
    return not _holds_headline(element, title_key)


def _seen_though_hidden(element: etree._Element) -> bool:
    # aria-hidden hides from a screen reader, not from the eye: hidden by
    # it alone (no `hidden`, no hiding style), an element is on the screen
    # (asked once, before _behind_a_dialog and _rest_of_a_body).
    if element.get("aria-hidden") != "true" or element.get("hidden") is not None:
        return False
    style = element.get("style")
    return style is None or not hides(style)


def _behind_a_dialog(element: etree._Element, holds_page: bool | None = None) -> bool:
    # A page sets aria-hidden on everything behind an open dialog or menu (a
    # cookie banner), and that is where its <main> and its headline are.
    # Decorative copies (an icon, a rendered formula's glyphs, a carousel's
    # clones) hold neither. (Asked of an element _seen_though_hidden.)
    return _HOLDS_PAGE(element) if holds_page is None else holds_page


_REST_PARAGRAPHS = 2
"""Paragraphs the hidden rest of a body holds at least (a decorative copy,
an icon or a label holds none)."""


def _rest_of_a_body(element: etree._Element) -> bool:
    # A metered page ships the whole story and sets aria-hidden on the part
    # below its paywall teaser ("story-body story-body--locked" after a
    # visible "story-body"): the saved page holds it, and the reader shows
    # it. Asked of an element _seen_though_hidden: paragraphs of its
    # own, the class's first name shared with a visible sibling's, and no
    # paragraph a sibling of that name already holds (a carousel's clone
    # repeats one). A block whose class or id names chrome ("story-body
    # related", "article modal") is another story or a dialog however it
    # shares the body's name.
    cls = element.get("class") or ""
    names = cls.split()
    # (Most elements asked are icons and labels: their few children turn
    # them away before a list is built or a name matched.)
    if not names or len(element) < _REST_PARAGRAPHS:
        return False
    paragraphs = [child for child in element if child.tag == "p"]
    if len(paragraphs) < _REST_PARAGRAPHS:
        return False
    if is_chrome_name(f"{cls} {element.get('id') or ''}"):
        return False
    parent = element.getparent()
    if parent is None:
        return False
    kin = [
        sibling
        for sibling in parent
        if sibling is not element
        and names[0] in (sibling.get("class") or "").split()
        and sibling.get("aria-hidden") != "true"
    ]
    if not kin:
        return False
    opening = flat_text(paragraphs[0]).strip()[:80]
    return not any(opening and opening in flat_text(sibling) for sibling in kin)


def flat_text(element: etree._Element) -> str:
    """``element``'s text without its tail, its blocks run together (for
    counting and searching words, not for display): serialised in C, about
    five times quicker than joining ``itertext()``'s parts."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def is_attached(element: etree._Element, root: etree._Element) -> bool:
    """Whether ``element`` is still in the tree under ``root`` (and not
    inside something already removed, such as a hidden menu in a <nav>)."""
    current: etree._Element | None = element
    while current is not None:
        if current is root:
            return True
        current = current.getparent()
    return False


def drop_element(element: etree._Element) -> None:
    """Remove ``element`` and its content but keep its tail text."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = xml_safe((previous.tail or "") + tail)
        else:
            parent.text = xml_safe((parent.text or "") + tail)
    parent.remove(element)


def xml_safe(text: str) -> str:
    """``text`` without the control characters lxml refuses to store (the
    parser lets them through from a page; setting them back would raise)."""
    if text.isprintable() or not _CONTROL.search(text):
        return text
    return _CONTROL.sub(" ", text)
