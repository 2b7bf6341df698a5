"""What an article cites: agencies, outlets, organisations, links.

Found by patterns (credit lines "(X, via AP)", "Photo: X", "h/t X";
"according to X"; "told X"; "X reported"; "The ...-based X said"; a journalist
"with X"), by a compact lexicon of major agencies and outlets, by the
outlets credited for quote blocks, and from every hyperlink: a link whose
text names an organisation is that organisation (with the link's URL), any
other link is its site's domain, one source per domain (as the library keys
sources by name). Sources are deduplicated per article by a normalised name;
a name written again elsewhere, even as a masthead in capitals ("SYRIA 360° |
..."), is another mention. Each place is a :class:`Mention` with its kind.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import (
    NOT_NAMES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    PREPOSITIONS,
    SOURCES,
)
from quotemark.library.analyze.names import INITIAL, before_capital, clean, strip_titles
from quotemark.library.model import Mention, MentionKind, Source, SourceKind
from quotemark.library.urls import web_host

# The word's letters are taken possessively ("*+"): what may follow a word
# in every pattern below (a space, ",", "/", ")" or the pattern's end) is
# never one of them, so giving letters back could not make a match, and
# the engine no longer retries each shorter word when a pattern fails.
# The letters are one class's repeat, each inner point and the letters after
# it a second ("U.S"): as names._NAME_TAIL (stop 33), the same characters.
# The curly apostrophe is read outside the class, as in names._WORD_REST
# (a class holding a character past U+00FF costs the compiler ~0.065 ms a
# copy; stop 34): the same run, taken whole.
_LETTERS = r"[\w'&-]*+(?:\u2019[\w'&-]*+)*+"
_ORG_TAIL = rf"{_LETTERS}(?:\.(?=\w){_LETTERS})*+"
_CAPWORD = (
    rf"(?:[A-Z]\.(?=\s+[A-Z])|[A-Z]{_ORG_TAIL}"
    r"(?:(?<=\.[A-Z])\.(?=[ \t\u00a0]+[A-Z]))?|al-[A-Z][\w\u2019'-]*|\d+°?)"
)
_GAP = r"[ \t\u00a0]+"  # a name never runs across a block or line break
_LINKWORD = rf"(?:(?:of|for|and|the|on|de|du|des|/){_GAP})"
ORG_RUN = rf"{_CAPWORD}(?:{_GAP}{_LINKWORD}{{0,2}}{_CAPWORD}){{0,8}}"


def org_run_led(with_al: bool) -> str:
    """ORG_RUN written to open with its first character, for a pattern
    that starts with it: ORG_RUN opens with a choice of words, so the regex
    engine tries it at every position of a text; opening with a character
    class, it skips ahead to the next capital or digit. The same matches:
    each choice checks the letter by a look-behind, in the same order.
    ``with_al`` adds the "al-" word (a lower-case first letter makes the
    engine stop at every "a": only for a text writing "al-" before a capital)."""
    return (r"[A-Z\da]" if with_al else r"[A-Z\d]") + _org_run_after_first(with_al)


def _org_run_after_first(with_al: bool) -> str:
    # ORG_RUN once its first character is taken: each choice of first word
    # checks that character by a look-behind.
    words = [
        r"(?<=[A-Z])\.(?=\s+[A-Z])",
        rf"(?<=[A-Z]){_ORG_TAIL}"
        r"(?:(?<=\.[A-Z])\.(?=[ \t\u00a0]+[A-Z]))?",
    ]
    if with_al:
        words.append(r"(?<=a)l-[A-Z][\w\u2019'-]*")
    words.append(r"(?<=\d)\d*°?")
    return rf"(?:{'|'.join(words)})(?:{_GAP}{_LINKWORD}{{0,2}}{_CAPWORD}){{0,8}}"


_CREDIT_VIA = re.compile(rf"\(\s*(?:[^()]{{0,80}}?\b)?({ORG_RUN}),?\s+via\s+({ORG_RUN})\s*\)")
_CREDIT_LABEL = re.compile(
    rf"(?<![^\s(\u2028])(?:(?:Photo(?:graph)?s?|Image|Picture|Video|Credit|Source)"
    rf"(?:\s+(?:by|of|credit|courtesy)\s*[:/]?|\s*[:/])|Courtesy(?:\s+of)?\s*:?)"
    rf"\s*(?:of\s+|by\s+)?(?:the\s+)?({ORG_RUN})"
    rf"(?:\s*/\s*({ORG_RUN}))?"
)
_HAT_TIP = re.compile(
    rf"(?i:h/t|hat tip)\s*(?:to\s+)?:?\s*(?:the\s+)?(@?\w[\w.]*(?:\s+{_CAPWORD}){{0,4}})"
)


def _word_start(*words: str) -> str:
    """``\\b(?:word|...)`` for words that begin with a letter, written so
    the engine can skip ahead to a possible first letter instead of trying
    the pattern at every position: each word's first letter, then "no word
    character before it", then the rest."""
    return "(?:" + "|".join(rf"{word[0]}(?<!\w.){word[1:]}" for word in words) + ")"


_ACCORDING = re.compile(rf"{_word_start('According', 'according')} to (?:the\s+)?({ORG_RUN})")
_TOLD = re.compile(
    rf"{_word_start('told', 'tells', 'tell', 'speaking to', 'interview with')}"
    rf"\s+(?:the\s+)?({ORG_RUN})"
)


def _reported(hyphened: bool) -> re.Pattern[str]:
    # "(?<![^...])": at the start or after a space or "(", one test where
    # "(?:^|(?<=[...]))" made two at every position. The lookahead only says
    # how a match can begin ("The", "state-run", a capital or a digit), so
    # the engine leaves every other word at once.
    begins, qualified = r"[A-Z\d]|[Tt]he\s|al-", ""
    if hyphened:
        begins += r"|[\w-]+-(?:based|run|controlled)\s"
        qualified = r"(?:[\w-]+-based\s+|[\w-]+-run\s+|[\w-]+-controlled\s+)?"
    return re.compile(
        rf"(?<![^\s(\u2028])(?={begins})(?:[Tt]he\s+)?{qualified}({ORG_RUN}){_REPORTED_VERB}"
    )


_REPORTED_VERBS = (
    "reported",
    "reports",
    "said",
    "says",
    "announced",
    "confirmed",
    "stated",
    "claimed",
    "added",
    "noted",
    "wrote",
    "tweeted",
    "published",
)
_REPORTED_VERB = rf"\s+(?:has\s+|had\s+)?(?:{'|'.join(_REPORTED_VERBS)})\b"


def _reported_verbs(text: str) -> list[tuple[int, int]]:
    r"""Where an "X reported" match can end: the spans, in order, of
    ``re.finditer(r"\s(?:reported|said|...)\b", text)`` (one of
    _REPORTED_VERBS after a space, ending a word).

    Found by ``str.find`` of each verb, the character before tested with
    ``isspace`` (the engine's ``\s``) and the one after with ``isalnum``
    and ``"_"`` (its ``\b``): the thirteen substring searches cost 34 M
    instructions a round of the 181 benchmark pages, the pattern 88.8 M
    (it tried its verbs after every space of the text; stop 42). Two
    spans never overlap (each starts with a space, and a verb holds none),
    and no two verbs match at one place, so sorted they are the pattern's
    matches."""
    found: list[tuple[int, int]] = []
    length = len(text)
    for verb in _REPORTED_VERBS:
        at = text.find(verb, 1)
        while at >= 0:
            end = at + len(verb)
            if text[at - 1].isspace() and (
                end == length or not (text[end].isalnum() or text[end] == "_")
            ):
                found.append((at - 1, end))
            at = text.find(verb, at + 1)
    found.sort()
    return found


_OUTSIDE_RUNS = re.compile(r"[^\w\s.\u2019'&\-\u00b0/]")
"""A character no "X reported" match holds (a comma, a quote mark, a
bracket...): every character of "the", of a "state-run" and of a name run
(letters, digits, spaces, ``. ' \u2019 & - \u00b0 /``) is outside this class."""


def _reported_runs(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for the "X reported" patterns, found from
    their verbs instead of trying the pattern at every word of the text.

    A match ends with a verb after a space, and holds no character of
    _OUTSIDE_RUNS: for each verb (in order) the match ending there starts
    after the last such character before it, so the pattern is searched
    from there (or from the end of the previous match) to the verb. The
    search ends one character after the verb, so its closing ``\b`` sees
    the character that follows; a verb is never inside a longer match
    (the run's words start with a capital, "the" or "al-"), except one
    followed by "-", which may open a "said-run ..." qualifier: after such
    a verb the search runs to the end of the text. So when the search to a
    verb finds nothing, no later match starts before that verb: the next
    search, and the look back for _OUTSIDE_RUNS, start there (without that
    bound "said said said ..." searched from the text's start for each
    verb, the square of its length; stop 43)."""
    position = 0
    backwards: str | None = None
    length = len(text)
    for verb, end in _reported_verbs(text):
        if end <= position:
            continue
        if length > _REVERSED_AT_MOST:
            start = _after_outside(text, position, verb)
        else:
            if backwards is None:
                backwards = text[::-1]
            outside = _OUTSIDE_RUNS.search(backwards, length - verb, length - position)
            start = position if outside is None else length - outside.start()
        stop = length if text.startswith("-", end) else end + 1
        m = pattern.search(text, start, stop)
        if m is not None:
            yield m
            position = m.end()
        elif stop <= end + 1:
            position = verb


_REVERSED_AT_MOST = 1 << 18
"""The longest text :func:`_reported_runs` reverses whole (a page's worth):
one search of a reversed copy per verb is the cheapest, but for a big post
the copy held the text's size again, so there it looks in windows."""


def _after_outside(text: str, floor: int, at: int) -> int:
    """Just after the last character of _OUTSIDE_RUNS in ``text[floor:at]``,
    else ``floor``. Looked for backwards in a reversed window that grows
    eightfold: the one before a verb of saying is near (s40-memory2)."""
    width = 64
    while True:
        low = max(floor, at - width)
        outside = _OUTSIDE_RUNS.search(text[low:at][::-1])
        if outside is not None:
            return at - outside.start()
        if low == floor:
            return floor
        width *= 8


@functools.cache
def _reported_led(with_al: bool) -> re.Pattern[str]:
    """_REPORTED_PLAIN's matches, found faster: opening with the first
    character ("The", "the", a capital, a digit; "al-" only for a text
    holding it), the engine skips ahead to the next one instead of trying
    the look-behind at every position (see :func:`org_run_led`). The run
    is group 2 after "the" ("the Board said": group 1 holds "the Board"),
    else group 1: see :func:`_run_group`."""
    first = r"[A-Z\dTta]" if with_al else r"[A-Z\dTt]"
    return re.compile(
        rf"({first}(?<![^\s(\u2028].)"
        rf"(?:(?<=[Tt])he\s+({ORG_RUN})|{_org_run_after_first(with_al)})){_REPORTED_VERB}"
    )


def _run_group(m: re.Match[str]) -> int:
    """The group holding the name run (2 for :func:`_reported_led` after "the")."""
    return 2 if m.re.groups == 2 and m.start(2) >= 0 else 1


_REPORTED = _reported(hyphened=True)
_REPORTED_PLAIN = _reported(hyphened=False)
"""For a text with no "-based", "-run" or "-controlled" anywhere, where those
forms can never match: trying them cost the engine a scan of every word."""
_HYPHENED = ("-based", "-run", "-controlled")
# The roles whose holder is "with/for/at" an outlet; the prefilter below
# looks for the same words written as they are ("spokes" for its forms).
_ROLES = (
    "journalist",
    "reporter",
    "correspondent",
    "anchor",
    "editor",
    "columnist",
    "presenter",
    "writer",
    "analyst",
)
_AFFILIATION = re.compile(
    _word_start(*_ROLES, "spokes(?:man|woman|person)")
    + rf"\s+(?:with|for|at|of|from)\s+(?:the\s+)?"
    rf"(?:[a-z][\w-]*\s+)?({ORG_RUN})"
)
_PROVIDED = re.compile(
    _word_start("provided", "released", "published", "distributed") + rf"\s+by\s+(?:the\s+)?"
    rf"(?:[\w-]+-(?:controlled|run|based|owned)\s+)?({ORG_RUN})"
)
# Every match of these patterns opens with one of these words, written as
# it is (none of the patterns is case-blind): each is tried only where one
# of its words is written (see _led_by).
_CREDIT_WORDS = ("Photo", "Image", "Picture", "Video", "Credit", "Source", "Courtesy")
_TOLD_WORDS = ("told", "tell", "speaking to", "interview with")
_ACCORDING_WORDS = ("According", "according")
_HAT_TIP_WORDS = ("h/t", "hat tip", "hat ti\u0307p", "hat t\u0131p")
"""What _HAT_TIP's words become in lower case: its letters match only their
ASCII cases but "i", which matches "\u0130" and "\u0131" too."""
_PROVIDED_WORDS = ("provided", "released", "published", "distributed")
_AFFILIATION_WORDS = (*_ROLES, "spokes")


_LOWER_PIECE = 1 << 16
"""How many characters :func:`lowered` lowers at a time (about)."""


def lowered(text: str) -> str:
    """``text.lower()``, the same string, made a piece at a time.

    CPython lowers a text that is not ASCII through a buffer of three
    4-byte characters for each of its own (a character may lower to three):
    for a 5 MB article with a curly quote anywhere, 60 MB more than the
    answer, the analysis's peak (s40-memory2). Cut after a space, the pieces
    lower as the whole does: only a final sigma's case reads its neighbours,
    looking past case-ignorable characters to a cased one, and a space is
    neither (tests/library/test_memory_s40.py holds it)."""
    if len(text) <= _LOWER_PIECE or text.isascii():
        return text.lower()
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find(" ", start + _LOWER_PIECE)
        cut = len(text) if cut < 0 else cut + 1
        pieces.append(text[start:cut].lower())
        start = cut
    return "".join(pieces)


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _places(text: str, words: Iterable[str]) -> set[int]:
    """Every place in ``text`` where one of ``words`` is written as given
    (overlapping ones too), found by ``str.find``."""
    places: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            places.add(at)
            at = text.find(word, at + 1)
    return places


def _led_by(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with
    one of ``words`` as written, found faster: the places those words are
    written are found by ``str.find`` (which skips through the text at
    memchr speed), and the pattern is tried only there, in text order and
    past the end of the last match, as finditer would. The engine would
    otherwise try it at every letter that can open one of the words (a
    "t" for "told", an "S" for "Source"). A match tried at a place still
    sees the characters before it (its look-behinds and ``\\b`` read them)."""
    end = 0
    for start in sorted(_places(text, words)):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


_ORG_LINK = re.compile(rf"(?:[Tt]he\s+)?{ORG_RUN}")
_LABELS = frozenset({"source", "sources", "credit", "photo", "image", "video", "courtesy"})
_MINOR = frozenset({"of", "for", "and", "the", "on", "de", "du", "des", "/"})
_NAME_CHARS = re.compile("[-'\u2019.]")
_SEPARATORS = "/|\u00b7\u2022"
_FORM_TOKEN = re.compile(rf"[{_SEPARATORS}]|[^\s{_SEPARATORS}\u00b0]+")


def _loose(form: str) -> str:
    """A pattern for ``form`` that tolerates the masthead styling of a name:
    any spacing, a degree sign after a token, "|" or "·" for "/"."""
    out = ""
    previous_word = False
    for token in _FORM_TOKEN.findall(form):
        if token in _SEPARATORS:
            out += rf"\s*[{re.escape(_SEPARATORS)}]\s*"
            previous_word = False
        else:
            out += (r"\s+" if previous_word else "") + re.escape(token) + "\u00b0?"
            previous_word = True
    return out


def _fold(surface: str) -> str:
    """The comparison key behind :func:`_loose`: case, spacing, degree
    signs and separators ignored."""
    return " ".join(_FORM_TOKEN.findall(re.sub(f"[{_SEPARATORS}]", "/", surface.lower())))


def again_pattern(forms: list[str]) -> re.Pattern[str]:
    """Any of ``forms`` written loosely (:func:`_loose`), case-blind, as a
    whole word; the first of ``forms`` that matches at a place wins."""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(_loose(f) for f in forms) + r")(?![\w-])",
        re.IGNORECASE,
    )


def written_again(
    text: str, forms: list[str], lower: str | None = None
) -> Iterator[tuple[int, int]]:
    """Where ``again_pattern(forms).finditer(text)`` matches (start, end).

    The pattern is made anew for each article, from the names found in it:
    compiling it cost more than the rest of the scan, and the engine tried
    its alternatives at every letter of the text. When every form is ASCII
    and opens with a word, and the text's lower case is the same length
    (with no letter that a case-blind match folds apart, see
    :data:`_FOLDED_APART`), each form's first word is looked for with
    ``str.find`` in the lower-case text and the rest is read there by hand,
    alternatives in order, as the engine would (a form may also hold a
    curly apostrophe, :data:`_UNCASED`). Otherwise the pattern."""
    tokens = [_FORM_TOKEN.findall(form.lower()) for form in forms]
    if lower is None:
        lower = lowered(text)
    if (
        not all(form.isascii() or _ascii_but_uncased(form) for form in forms)
        or any(not words or words[0] in _SEPARATORS for words in tokens)
        or len(lower) != len(text)
        or any(c in text for c in _FOLDED_APART)
    ):
        for m in again_pattern(forms).finditer(text):
            yield m.start(), m.end()
        return
    end = 0
    # Only the forms the text at ``place`` can hold, in their order: trying
    # every form at every place was the square of the text for a post naming
    # hundreds of organisations (stop 43). With a few forms (nearly every
    # article has at most a dozen) trying each is cheaper than building and
    # walking their tree.
    tree = _form_tree(tokens) if len(tokens) > _FEW_FORMS else None
    every = range(len(tokens))
    for place in sorted(_places(lower, {words[0] for words in tokens})):
        if place < end:
            continue
        if place and _word_or_dash(lower[place - 1]):
            continue
        candidates = every if tree is None else sorted(_could_match(lower, place, tree))
        for index in candidates:
            found = _loose_at(lower, place, tokens[index])
            if found >= 0:
                yield place, found
                end = found
                break


_FEW_FORMS = 16
"""Up to this many forms :func:`written_again` tries each at every place."""


class _FormNode:
    """A node of the forms' token tree (:func:`_form_tree`)."""

    __slots__ = ("children", "forms", "lengths")

    def __init__(self) -> None:
        self.children: dict[str, _FormNode] = {}
        self.forms: list[int] = []  # the forms whose last token leads here
        self.lengths: set[int] = set()  # of the word tokens among the children


def _form_tree(tokens: list[list[str]]) -> _FormNode:
    """The forms' tokens as a tree: a word token by itself, every separator
    as "" (the loose pattern takes any separator for any)."""
    root = _FormNode()
    for index, words in enumerate(tokens):
        node = root
        for word in words:
            key = "" if word in _SEPARATORS else word
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _FormNode()
                if key:
                    node.lengths.add(len(key))
            node = child
        node.forms.append(index)
    return root


def _could_match(lower: str, place: int, tree: _FormNode) -> list[int]:
    """The forms whose tokens ``lower`` holds from ``place`` as
    :func:`_loose_at` reads them (spaces skipped, a separator for a
    separator, a word as written with its degree sign): every form that
    :func:`_loose_at` finds there is among them (it checks them)."""
    size = len(lower)
    found: list[int] = []
    stack = [(tree, place)]
    while stack:
        node, at = stack.pop()
        found.extend(node.forms)
        if not node.children:
            continue
        while at < size and lower[at].isspace():
            at += 1
        if at < size and lower[at] in _SEPARATORS and "" in node.children:
            stack.append((node.children[""], at + 1))
        for length in node.lengths:
            child = node.children.get(lower[at : at + length])
            if child is not None:
                after = at + length
                if after < size and lower[after] == "\u00b0":
                    after += 1
                stack.append((child, after))
    return found


_UNCASED = frozenset("\u2018\u2019")
"""The curly apostrophes ("U.S. Attorney\u2019s Office"): a case-blind
pattern matches each only as itself, no other character lowers to it and
it lowers to itself (tests/library/test_speed_cuts_s39.py checks all of
Unicode), so a form holding them is read by hand in the lower-case text as
an ASCII one is. No word character, space, separator or degree sign."""


def _ascii_but_uncased(form: str) -> bool:
    # Every character ASCII or one of _UNCASED.
    return all(char.isascii() or char in _UNCASED for char in form)


def _word_or_dash(char: str) -> bool:
    # What the pattern's "[\w-]" takes.
    return char.isalnum() or char == "_" or char == "-"


def _loose_at(lower: str, at: int, words: list[str]) -> int:
    """Where ``_loose`` of the form whose tokens are ``words`` (lower case)
    ends when it matches ``lower`` at ``at``, followed by no word character
    or dash; -1 when it does not."""
    size = len(lower)
    previous_word = False
    separated = -1  # where the last token, when a separator, ends
    for word in words:
        if word in _SEPARATORS:
            while at < size and lower[at].isspace():
                at += 1
            if at >= size or lower[at] not in _SEPARATORS:
                return -1
            at += 1
            separated = at
            while at < size and lower[at].isspace():
                at += 1
            previous_word = False
            continue
        if previous_word:
            spaced = at
            while at < size and lower[at].isspace():
                at += 1
            if at == spaced:
                return -1
        if not lower.startswith(word, at):
            return -1
        at += len(word)
        if at < size and lower[at] == "\u00b0":
            at += 1  # (a degree sign after a word, when the pattern's "°?" takes it)
        previous_word = True
    if at < size and _word_or_dash(lower[at]):
        if not previous_word:
            # A form ending with a separator: its "\s*" gives its spaces
            # back down to one, which the word then does not follow.
            return at - 1 if at > separated else -1
        # The "°?" gives its sign back when a word character follows it.
        if lower[at - 1] == "\u00b0":
            return at - 1
        return -1
    return at


def _personal(run: str, single: bool = False) -> bool:
    """Does a credited run read as a person's name ("Liis Tamm"), not an
    organisation: two to four capitalised words (or one, with ``single``),
    none an organisation word, not a known agency?"""
    tokens = run.split()
    return (
        (1 if single else 2) <= len(tokens) <= 4
        and classify(run) is None
        and not any(t.lower() in NOT_NAMES or t.lower() in PREPOSITIONS for t in tokens)
        and all(
            t[:1].isupper()
            and (not t.isupper() or INITIAL.fullmatch(t) is not None)
            and _NAME_CHARS.sub("", t).isalpha()
            for t in tokens
        )
    )


def _lexicon_pattern(flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # Longest names first, so the first alternative that matches is the
    # longest. Written as a tree of their common beginnings ("t(?:he\s+(?:
    # wa(?:ll...|shington...)|times(?:\s+of\s+israel|)|...)|ass)|..."): the
    # engine tries the alternatives at every word start, and a branch whose
    # first character differs is skipped with one test instead of one per
    # name; after "the " it no longer reads "the " again for each of the
    # dozen names that open with it. Inside a branch the order stays
    # longest first, and two branches never match at the same place, so the
    # match is the same as with one flat alternation.
    names = [_atoms(key) for key in sorted(SOURCES, key=len, reverse=True)]
    return re.compile(rf"(?<![\w-])(?:{_alternation(names)})(?![\w-])", flags)


def _atoms(key: str) -> list[str]:
    """``key`` as the pattern reads it: a character each, a space as any run
    of white space."""
    return [r"\s+" if char == " " else re.escape(char) for char in key]


def _alternation(names: list[list[str]]) -> str:
    """``"|".join("".join(name) for name in names)`` with the same matches,
    written as a tree: names are grouped by their first atom (the groups
    in the order their first name comes, each group's names in their
    order), and a group's common atoms are written once."""
    groups: dict[str, list[list[str]]] = {}
    for atoms in names:
        groups.setdefault(atoms[0] if atoms else "", []).append(atoms[1:])
    branches = []
    for first, rests in groups.items():
        if not first:
            branches.append("")  # a name that ends here (after the longer ones)
        elif len(rests) == 1:
            branches.append(first + "".join(rests[0]))
        else:
            common = 0
            while all(len(rest) > common and rest[common] == rests[0][common] for rest in rests):
                common += 1
            inner = _alternation([rest[common:] for rest in rests])
            branches.append(first + "".join(rests[0][:common]) + f"(?:{inner})")
    return "|".join(branches)


_LEXICON = _lexicon_pattern()
_LEXICON_LOWER = _lexicon_pattern(0)
"""The lexicon for text already in lower case: matching case-blind costs
the engine twice as much at every word. For every character whose lower
case is one character, except the two below, a case-blind match of the
keys' letters, ``-``, ``\\w`` and ``\\s`` is the same as a plain match of
its lower case (checked over all of Unicode)."""
_FOLDED_APART = ("\u0131", "\u017f")  # dotless i, long s: matched as "i", "s"


def _lexicon_matches(text: str, lower: str | None = None) -> Iterator[tuple[int, int]]:
    """Where the lexicon's names are written in ``text`` (start, end);
    ``lower`` is ``text.lower()`` when the caller has it."""
    if lower is None:
        lower = lowered(text)
    if len(lower) != len(text) or any(c in text for c in _FOLDED_APART):
        return ((m.start(), m.end()) for m in _LEXICON.finditer(text))
    return _lower_lexicon_matches(lower)


_LEXICON_NAMES = "(" + _LEXICON_LOWER.pattern.removeprefix(r"(?<![\w-])") + ")"
_LEXICON_AFTER_BREAK = re.compile(r"[^\w-]" + _LEXICON_NAMES)
"""_LEXICON_LOWER taking the character before a name instead of looking
behind at it: the engine then skips to the next character that is no
letter, digit or "-", instead of trying the look-behind at every one."""
_WORD_LETTERS = (
    "0-9A-Z_a-z\\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # Latin
    "\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9"  # Greek
    "\u0410-\u044f"  # Cyrillic
)
r"""Characters ``[\w-]`` matches (a test checks every one): the letters of
the common alphabets, digits, "_" and "-"."""
_LEXICON_AFTER_KNOWN_BREAK = re.compile(f"[^{_WORD_LETTERS}]" + _LEXICON_NAMES)
r"""_LEXICON_AFTER_BREAK taking as the break any character outside
_WORD_LETTERS: the engine tests a bitmap where ``\w`` asked the Unicode
tables at every character, and a text in these alphabets gives no more
places to try (stop 42: 192.6 -> 149.9 M instructions a round of the 181
benchmark pages). A break it takes that ``\w`` holds (a letter of another
alphabet right before a name) would be no match of _LEXICON_AFTER_BREAK,
whose next match could lie inside this one, so from there the text is
read on with that."""


def _lower_lexicon_matches(lower: str) -> Iterator[tuple[int, int]]:
    # The matches of _LEXICON_LOWER.finditer(lower): the first, at the start
    # of the text, has no character before it; after a match the next one
    # needs a character before it, and every name ends with a letter or digit.
    first = _LEXICON_LOWER.match(lower)
    pos = 0
    if first is not None:
        yield first.start(), first.end()
        pos = first.end()
    for m in _LEXICON_AFTER_KNOWN_BREAK.finditer(lower, pos):
        at = m.start()
        if lower[at] > "\x7f" and lower[at].isalnum():
            # A letter of another alphabet taken as the break: the text read
            # on from here with the exact pattern, not all of it again (nor
            # every match held in a list first). Each match before this one
            # is the exact pattern's (its break is one), and none of the
            # exact pattern's starts between the last and this one, or this
            # pattern, taking every break it takes, would have found it.
            for exact in _LEXICON_AFTER_BREAK.finditer(lower, at):
                yield exact.start(1), exact.end(1)
            return
        yield m.start(1), m.end(1)


# Compiled once: normalise, lookup and the finder's add and _add_run are
# called thousands of times a run, and re's module functions look each
# pattern up in their cache at every call.
_THE_SPACED = re.compile(r"^the\s+")
_NOT_KEY = re.compile(r"[^\w/ ]+")
_THE_BEFORE_WORD = re.compile(r"^[Tt]he\s+(?=\w)")
_RIGHTS = re.compile(r"\s*/\s*(?:Copyright|All\s+rights)\b")
_DANGLING_WORD = re.compile(r"\s+(?:and|of|for|the|on|/)$")
_LETTER = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=4096)
def normalise(name: str) -> str:
    """The key two names are the same source by: lower case, no "the", no
    punctuation, single spaces."""
    # (Cached as classify: asked 1,312 times a round of the 181 benchmark
    # pages for 388 names, the same ones found again and again.)
    key = name.lower().strip()
    key = _THE_SPACED.sub("", key)
    key = _NOT_KEY.sub(" ", key)
    return " ".join(key.split())


def lookup(surface: str) -> tuple[str, SourceKind] | None:
    """The lexicon entry for a written name. Short forms ("AP", "RT") count
    only in capitals (or "dpa" as the agency writes itself)."""
    key = " ".join(surface.lower().split())
    entry = SOURCES.get(key) or SOURCES.get(key.removeprefix("the "))
    if entry is None:
        return None
    letters = surface.replace(" ", "")
    if len(letters) <= 4 and not (letters.isupper() or surface == "dpa"):
        return None
    words = [w for w in surface.split() if w.lower() not in _MINOR]
    if len(letters) > 4 and not all(w[0].isupper() for w in words if w[0].isalpha()):
        return None
    return entry


@functools.lru_cache(maxsize=4096)
def classify(name: str) -> SourceKind | None:
    """The kind of source a capitalised run names, or ``None`` if it does not
    look like an agency, outlet or organisation."""
    # (Cached: asked 1,910 times a round of the 181 pages for 883 names a
    # page, most of them the same runs and speakers asked again by the
    # attribution, the groups and the source finder; each question cleans
    # and lowers every word.)
    entry = lookup(name)
    if entry is not None:
        return entry[1]
    words = {clean(w).lower() for w in name.split()}
    if "agency" in words and ("news" in words or "press" in words):
        return SourceKind.AGENCY
    if words & OUTLET_WORDS:
        return SourceKind.OUTLET
    if words & ORGANISATION_WORDS:
        return SourceKind.ORGANISATION
    return None


_PRIORITY = {
    MentionKind.CREDIT: 0,
    MentionKind.QUOTE_CREDIT: 1,
    MentionKind.LINK: 2,
    MentionKind.ATTRIBUTION: 3,
    MentionKind.MENTION: 4,
}


class SourceFinder:
    """Collects sources and mentions for one article."""

    def __init__(self, doc: Document, limit: int = 2000) -> None:
        self.doc = doc
        self.limit = limit
        self.sources: list[Source] = []
        self._index: dict[tuple[str, str], int] = {}
        self._mentions: dict[tuple[int, int], tuple[int, MentionKind]] = {}
        self._surfaces: dict[str, int] = {}  # how each source was written

    def add(
        self,
        name: str,
        kind: SourceKind,
        start: int,
        end: int,
        mention: MentionKind,
        url: str | None = None,
    ) -> None:
        """Record a source named at ``text[start:end]``."""
        entry = lookup(name) if kind is not SourceKind.LINK else None
        canonical = entry[0] if entry else _THE_BEFORE_WORD.sub("", name.strip())
        if entry:
            kind = entry[1]
        key = (str(kind) if kind is SourceKind.LINK else "", normalise(canonical))
        if not key[1]:
            return
        index = self._index.get(key)
        if index is None:
            if len(self.sources) >= self.limit:
                return
            index = len(self.sources)
            self._index[key] = index
            self.sources.append(Source(canonical, kind, url))
        elif url and self.sources[index].url is None:
            # "according to X" found first, then X's link: X gets the URL.
            self.sources[index] = dataclasses.replace(self.sources[index], url=url)
        previous = self._mentions.get((start, end))
        if previous is None or _PRIORITY[mention] < _PRIORITY[previous[1]]:
            self._mentions[(start, end)] = (index, mention)
        if kind is not SourceKind.LINK and len(self._surfaces) < 200:
            surface = " ".join(self.doc.text[start:end].split())
            if len(surface) >= 4 or surface.isupper():
                self._surfaces.setdefault(surface, index)

    def _add_run(
        self, m: re.Match[str], group: int, mention: MentionKind, default: SourceKind | None = None
    ) -> None:
        name = m.group(group).strip()
        name = _RIGHTS.split(name)[0]  # "X / Copyright 2019 Y"
        name = _DANGLING_WORD.sub("", name)
        start = m.start(group)
        if not _LETTER.search(name) or name.lower() in _LABELS:
            return  # "20", "Source": no name
        head, of, tail = name.partition(" of ")
        tail = _THE_SPACED.sub("", tail)
        if of and _personal(head, single=True) and classify(tail) is not None:
            # "Alex Horton of the Valley Post said": the reporter's outlet.
            start += name.index(tail, len(head))
            name = tail
        titles, rest = strip_titles(name.split())
        if titles and _personal(" ".join(rest)):
            return  # "Press Secretary Jane Roe said": a person speaking
        kind = classify(name) or default
        if kind is None:
            return
        self.add(name, kind, start, start + len(name), mention)

    def scan_text(self) -> None:
        """Patterns and the lexicon over the whole text (one pass each)."""
        text = self.doc.scan
        lower = lowered(text)
        for m in _CREDIT_VIA.finditer(text):
            # "(Photo: Lena Ortiz, via AP)": a personal name is the photographer.
            credited = SourceKind.PERSON if _personal(m.group(1)) else SourceKind.ORGANISATION
            self._add_run(m, 1, MentionKind.CREDIT, credited)
            self._add_run(m, 2, MentionKind.CREDIT, SourceKind.OUTLET)
        for m in _led_by(_CREDIT_LABEL, text, _CREDIT_WORDS):
            # "Photo: Lena Ortiz/Reuters": the photographer, then the agency;
            # "Image credit: TNG Collaboration" is no person.
            credited = SourceKind.PERSON if _personal(m.group(1)) else SourceKind.ORGANISATION
            self._add_run(m, 1, MentionKind.CREDIT, credited)
            if m.group(2):
                self._add_run(m, 2, MentionKind.CREDIT, SourceKind.OUTLET)
        for m in _HAT_TIP.finditer(text) if _holds(lower, _HAT_TIP_WORDS) else ():
            self._add_run(m, 1, MentionKind.CREDIT, SourceKind.PERSON)
        hyphened = any(form in text for form in _HYPHENED)
        reported = _REPORTED if hyphened else _reported_led(before_capital(text, "al-"))
        for found in (
            _led_by(_ACCORDING, text, _ACCORDING_WORDS),
            _led_by(_TOLD, text, _TOLD_WORDS),
            _reported_runs(reported, text),
            _led_by(_PROVIDED, text, _PROVIDED_WORDS),
        ):
            for m in found:
                self._add_run(m, _run_group(m), MentionKind.ATTRIBUTION)
        for m in _led_by(_AFFILIATION, text, _AFFILIATION_WORDS):
            self._add_run(m, 1, MentionKind.ATTRIBUTION, SourceKind.OUTLET)
        for start, end in _lexicon_matches(text, lower):
            surface = " ".join(text[start:end].split())
            entry = lookup(surface)
            if entry is not None:
                self.add(surface, entry[1], start, end, MentionKind.MENTION)
        self._again(text, lower)

    def _again(self, text: str, lower: str | None = None) -> None:
        """Every other place a found source is written the same way ("...
        provided by Syrian Central Military Media" after its credit line), or
        styled as a masthead ("SYRIA 360° | INTERNATIONALIST NEWS AGENCY" for
        "Syria 360 / Internationalist News Agency"); ``lower`` is
        ``text.lower()`` when the caller has it."""
        if not self._surfaces:
            return
        forms = sorted(self._surfaces, key=len, reverse=True)
        by_key = {_fold(f): i for f, i in self._surfaces.items()}
        taken = sorted(self._mentions)
        starts = [a for a, _b in taken]
        for start, end in written_again(text, forms, lower):
            i = bisect.bisect_left(starts, end) - 1
            if i >= 0 and taken[i][1] > start:
                continue  # overlaps a mention already found there
            surface = " ".join(text[start:end].split())
            index = self._surfaces.get(surface)
            if index is None and surface.upper() == surface and len(surface) > 4:
                index = by_key.get(_fold(surface))  # the same name in capitals
            if index is not None:
                self._mentions[(start, end)] = (index, MentionKind.MENTION)

    def scan_links(self) -> None:
        """One source per hyperlinked site: an organisation when the link
        text names one ("according to the <a>Regional Transport Board</a>"),
        with the link's URL; else the domain (one source per domain, as the
        library keeps it, so two links to one site are not two look-alike
        entries)."""
        for index, block in enumerate(self.doc.blocks):
            base = self.doc.starts[index]
            for link in block.links:
                host = web_host(link.url)
                if host is None:
                    continue
                domain = host.removeprefix("www.")
                start = base + max(0, min(link.start, len(block.text)))
                end = base + max(0, min(link.end, len(block.text)))
                label = self.doc.text[start:end].strip()
                named = _ORG_LINK.fullmatch(label)
                kind = classify(label) if named else None
                if kind is not None and kind is not SourceKind.PERSON:
                    self.add(label, kind, start, max(start, end), MentionKind.LINK, link.url)
                else:
                    self.add(
                        domain, SourceKind.LINK, start, max(start, end), MentionKind.LINK, link.url
                    )

    def mentions(self) -> tuple[Mention, ...]:
        """Every mention, in text order."""
        out = []
        for (start, end), (index, kind) in sorted(self._mentions.items()):
            out.append(Mention(index, self.doc.span(start, end), kind))
        return tuple(out)
