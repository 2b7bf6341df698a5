"""Block-level tidying after the body is chosen: lines that are chrome by
what they say ("Labels:", "Share this", "Follow @x Tweet", "Advertisement"),
the title, byline and date repeated at the top, and a caption that appears
twice (once bare, once with its photo credit) collapsed into the one that
keeps the credit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from quotemark.library.extract.dates import find_date
from quotemark.library.extract.like_counts import lone_like_count
from quotemark.library.model import Block, BlockKind, Link

SHORT = 120
"""Only blocks shorter than this are judged by what they say."""

_SOCIAL = (
    r"(?:share|tweet|email|e-mail|print|pin(?: it)?|save|copy link|facebook|twitter|x|"
    r"linkedin|whatsapp|reddit|pinterest|telegram|tumblr|flipboard|messenger|bluesky|"
    r"mastodon|threads|blogthis!?|email this|share to \w+)"
)
_CHROME_LINE = re.compile(
    r"^(?:"
    r"advertisements?|advertising|advert|sponsored(?: content)?|ad|publicité|anzeige|werbung|"
    r"(?:image|photo|slide|picture) \d+ (?:of|/) \d+|\d+ (?:of|/) \d+|"
    r"updated:? (?:at )?[\w ,:.]{0,40}|"
    r"labels?:.*|tags?:.*|categories:.*|category:.*|filed under:?.*|posted in:? .*|topics?:.*|"
    rf"share(?: this)?(?: (?:article|post|story|page|on))?:?(?: {_SOCIAL})*|"
    rf"{_SOCIAL}(?:[\s,|/•·]+{_SOCIAL})*|"
    r"follow (?:@\w+|us)\b.*|"
    r"(?:related|read more|continue reading|read next|more from [^.]{0,60}|see also|"
    r"you (?:may|might) also like|recommended(?: for you)?|most (?:popular|read)|trending"
    r"|related (?:articles|posts|stories|content|reading|coverage))\s*[:.…»>]*|"
    r"(?:sign up|subscribe)(?: (?:now|today|here|for free|for \w+))?[.!]?|"
    r"(?:subscribe|sign up) to (?:our|the) [\w ]{0,30}newsletter[.!]?|"
    r"no comments:?|\d+ comments?:?|leave a (?:comment|reply)|post a comment|comments?|"
    r"newer post|older post|home|subscribe to: post comments \(atom\)|"
    r"posted by .{1,60}(?: at .{1,30})?|"
    # A forum reply's header: "Post by name » Mon Jan 22, 2024 8:00 am".
    r"(?:post|beitrag|message) (?:by|von|par) [^\u00bb]{1,60} \u00bb .{1,40}|"
    r"skip to (?:main )?content|back to top|"
    r"(?:copyright|\u00a9).{0,100}|all rights reserved\.?|"
    r"\d+\s*min(?:ute)?s?\.? read|"
    # A platform's badge above a story a reader must be a member to read.
    r"members?[- ]only(?: story| post| content| article)?|"
    r"loading\.*|please enable javascript.*|"
    r"(?:show|hide|toggle|view)? ?caption|close|open|expand|enlarge|"
    r"(?:view|open) (?:gallery|slideshow)|"
    r"join the (?:conversation|discussion).*|continue reading(?: below| the story)?|"
    r"(?:like|enjoy(?:ed)?) this (?:story|article|post)\?.{0,60}|"
    r"(?:also|more) on [\w.-]+\.\w+|(?:read|see) also:?.{0,100}"
    r")$",
    re.IGNORECASE,
)
_CHROME_SENTENCE = re.compile(
    r"^(?:"
    r".{0,60} requires javascript\.?|"
    r"(?:[^.]{0,100}[.!?] )?follow (?:us|him|her|me|them) on (?:twitter|x|facebook|instagram)"
    r"[^.]{0,80}[.!]?|"
    r"(?:[^.]{0,80}[.!?] )?(?:subscribe|sign up)\b[^.]{0,80}\b(?:newsletters?|inbox)\b"
    r"[^.]{0,40}[.!]?"
    r")$",
    re.IGNORECASE,
)
"""The chrome lines that may open with any words ("Our app requires
JavaScript", "Thanks for reading. Follow us on X"), apart from
:data:`_CHROME_LINE`: read from every place of the line, they cost as much as
all the others together, and :func:`_may_be_chrome_sentence` spares most lines
them."""
_CHROME_SENTENCE_WORDS = ("requires javascript", "follow ", "subscribe", "sign up")
"""One of these, case-blind, is in every line :data:`_CHROME_SENTENCE` matches."""
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f")
"""The characters that a case-blind pattern takes for an ASCII letter but
whose ``str.lower`` is not that letter: U+0130 and U+0131 for "i", U+017F
for "s" (found by trying every code point; a test holds the list)."""


def _may_be_chrome_sentence(text: str) -> bool:
    # Substring tests of the lower-cased line in place of a case-blind
    # search (which reads every place with a folding of each character):
    # every letter the pattern folds to an ASCII one lowers to it, but for
    # the three of _FOLDED_TO_ASCII, whose lines go to the pattern.
    # (Written out, not any() over the tuples: this runs for every short
    # line, and the tuples are what the tests read.)
    lower = text.lower()
    return (
        "requires javascript" in lower
        or "follow " in lower
        or "subscribe" in lower
        or "sign up" in lower
        or "\u0130" in text
        or "\u0131" in text
        or "\u017f" in text
    )


_BYLINE = re.compile(
    r"^(?:by|written by|posted by|words by|story by|von|par|por|di)\s+\S.{0,80}$",
    re.IGNORECASE,
)
# A reading time may run into the date after it when the dot between them
# was a hidden element ("7 min readNov 24, 2026"): a capital letter after
# the word ends it too.
_READ_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|m)\.?\s*(?:read|lesen|lecture)(?:\b|(?=(?-i:[A-Z])))", re.I
)
_NON_WORD = re.compile(r"[^\w]+")
_ASCII_NON_WORD = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
)
"""For :func:`key`: each ASCII character outside ``\\w`` (letters, digits and
"_") to a space."""
_MARKER = re.compile(r"^(?:\[?\d{1,3}\]?|[*\u2020\u2021\u00a7]{1,3})[.:)]?$")
_TEXT_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})
_TOGGLE = re.compile(
    r"(?:\s*(?:\.\.\.|\u2026))?\s+(?:read |show |see )?(?:more|less)\s*$", re.IGNORECASE
)
"""The button of an expandable caption ("… more" under the cut text, "less"
under the whole), read into its text."""


def tidy(blocks: list[Block], title: str, authors: Iterable[str]) -> list[Block]:
    """The body without chrome lines, a repeated title/byline/date at the
    top, doubled captions and repeated blocks (see the module doc)."""
    kept = [block for block in blocks if not _is_chrome_line(block)]
    kept = _drop_contact_section(kept)
    kept = _cut_at_end_mark(kept)
    kept = _drop_header_lines(kept, title, authors)
    kept = _drop_writer_note(kept, authors)
    kept = _collapse_captions(kept)
    kept = _attach_markers(kept)
    return _drop_repeats(kept)


# A release's press office box set as a section of its own: the heading
# ("Media enquiries") and the lines under it (names, an address, a phone
# number) are how to reach the issuer, no text of the release.
_CONTACT_HEADING = re.compile(
    r"^(?:media|press|news)(?: office)? (?:enquiries|inquiries|contacts?|queries)"
    r"(?: and (?:enquiries|inquiries|contacts?))?:?$",
    re.IGNORECASE,
)


_END_MARK = re.compile(
    r"#[ \u00a0]?#[ \u00a0]?#|-[ \u00a0]?30[ \u00a0]?-"
    r"|(?:[-\u2013\u2014][ \u00a0]?)?ENDS(?:[ \u00a0]?[-\u2013\u2014])?"
)
"""The mark a press release ends its text with ("###", "# # #", "-30-",
"- 30 -", and the British "ENDS", "-ENDS-", "– ENDS –", in capitals; a line
of its own): what follows is for the journalists who receive it (notes to
editors, the issuer's "About" text, how to reach its press office)."""


def _cut_at_end_mark(blocks: list[Block]) -> list[Block]:
    # The one paragraph that is the mark alone, after at least as much text
    # as follows it (a mark near the top is a divider), with nothing after
    # it or a heading or a label line ("About Harbourline", "Media
    # contact:"): an essay whose sections part at "###" goes on in prose
    # after each, and a mark met twice parts sections, ending none. Only
    # paragraphs of at most eight characters are matched: no per-sentence
    # cost, and the text is summed once, when a mark is found.
    index = -1
    for at, block in enumerate(blocks):
        if (
            len(block.text) <= 8  # (the longest marks: "- 30 -", "– ENDS –")
            and block.kind is BlockKind.PARAGRAPH
            and _END_MARK.fullmatch(block.text)
        ):
            if index >= 0:
                return blocks
            index = at
    if index < 0:
        return blocks
    after = blocks[index + 1 :]
    if after and not _opens_press_notes(after[0]):
        return blocks
    if sum(len(b.text) for b in blocks[:index]) >= sum(len(b.text) for b in after):
        return blocks[:index]
    return blocks


def _opens_press_notes(block: Block) -> bool:
    # A heading, or a short line that is no sentence ("About Harbourline"
    # set in bold, "Media contact:"): not the prose a section resumes with.
    if block.kind is BlockKind.HEADING:
        return True
    text = block.text.rstrip()
    return len(text) <= 60 and text[-1:] not in '.!?"\u201d'


_WRITER_NOTE = re.compile(
    r" is(?: [a-z]+ly)? (?:an?|the|[A-Z][\w.&'\u2019-]*['\u2019]s?) "
    r"|, (?:an?|the|[a-z]+)\b[^,]*, (?!was\b)[a-z]+s\b"
)
"""How a note on the writer goes on after their name: a description of
them in the present, "is" and a noun phrase ("is a marine biologist", "is
the author of", "is IGN's deal curator"), or an apposition and a verb in the
present ("Ada Lind, a marine biologist, leads the survey"). A paragraph of
the story that opens on the name goes on otherwise, in its past ("Ada Lind
was the name on the letter", "Ada Lind, the board's chair, voted for it") or
with no description (a letter's signature, "Ada Lind, Port Elm")."""


_NOTE_UNDER = 3
"""How many times a writer's note's length the text above it holds at least."""


def _drop_writer_note(blocks: list[Block], authors: Iterable[str]) -> list[Block]:
    """The body without the note on its writer that ends it ("Ada Lind is a
    marine biologist at ...", set under an essay): the last block of four or
    more, one paragraph of one sentence (no ". " inside) of at most 300
    characters, under a text of at least :data:`_NOTE_UNDER` times its
    length, that opens with the full name of one of the post's authors
    and goes on as a description of them (:data:`_WRITER_NOTE`)."""
    if len(blocks) < 4:
        return blocks
    last = blocks[-1]
    text = last.text
    if last.kind is not BlockKind.PARAGRAPH or len(text) > 300:
        return blocks
    # One sentence: a paragraph of the story that opens on the writer's name
    # goes on past its first full stop.
    if text.rstrip().count(". "):
        return blocks
    for name in authors:
        if " " in name and text.startswith(name) and _WRITER_NOTE.match(text, len(name)):
            # A note stands under a text some times its length: a post of a
            # few short lines and a sentence on its writer is all there is.
            if sum(len(block.text) for block in blocks[:-1]) < _NOTE_UNDER * len(text):
                return blocks
            return blocks[:-1]
    return blocks


def _prose(block: Block) -> bool:
    # A sentence of the story, not a contact line: a press box's lines are a
    # name, a role, an address, a number ("Email: press@..."), while a story
    # about its press enquiries goes on in sentences under the heading.
    text = block.text
    return "@" not in text and text.count(" ") >= 11 and text.rstrip()[-1:] in '.!?"\u201d'


def _drop_contact_section(blocks: list[Block]) -> list[Block]:
    # Only headings are tested (a few a page): no per-sentence cost.
    for index, block in enumerate(blocks):
        if (
            block.kind is BlockKind.HEADING
            and len(block.text) < 40
            and _CONTACT_HEADING.match(block.text)
        ):
            end = index + 1
            if end < len(blocks) and _prose(blocks[end]):
                # A section that opens with prose is the story's own
                # ("Media enquiries" over how the board answered them):
                # it stays, heading and all.
                while end < len(blocks) and blocks[end].kind is not BlockKind.HEADING:
                    end += 1
                return blocks[:end] + _drop_contact_section(blocks[end:])
            # The box ends at the next heading or at the story going on.
            while (
                end < len(blocks)
                and blocks[end].kind is not BlockKind.HEADING
                and not _prose(blocks[end])
            ):
                end += 1
            return blocks[:index] + _drop_contact_section(blocks[end:])
    return blocks


def _attach_markers(blocks: list[Block]) -> list[Block]:
    # A footnote's number often stands in its own element before the note
    # ("<a>1</a><div><p>The note</p></div>"): it belongs to the note.
    result: list[Block] = []
    pending: Block | None = None
    for block in blocks:
        if pending is not None:
            if block.kind in _TEXT_KINDS:
                shift = len(pending.text) + 1
                links = tuple(
                    Link(link.start + shift, link.end + shift, link.url) for link in block.links
                )
                block = Block(block.kind, f"{pending.text} {block.text}", links, block.level)
            # A number before a photo or at the end is a slideshow counter.
            pending = None
        # (A marker is at most seven characters, "[123]." and a newline:
        # the length first spares most blocks the engine.)
        if block.kind in _TEXT_KINDS and len(block.text) <= 8 and _MARKER.match(block.text):
            pending = block
            continue
        result.append(block)
    return result


def _drop_repeats(blocks: list[Block]) -> list[Block]:
    # Slideshows repeat every caption (once per slide, once in a lightbox):
    # a caption seen before says nothing new. Other text may repeat on
    # purpose (a meal plan, a refrain), so only a block repeating the one
    # right before it goes.
    result: list[Block] = []
    captions: set[str] = set()
    for block in blocks:
        if block.kind is BlockKind.IMAGE:
            result.append(block)
            continue
        if block.kind is BlockKind.CAPTION:
            if block.text in captions:
                continue
            captions.add(block.text)
        if result and result[-1].kind is block.kind and result[-1].text == block.text:
            continue
        result.append(block)
    return result


@functools.lru_cache(maxsize=256)
def key(text: str) -> str:
    """Text compared loosely: case, punctuation and spacing ignored."""
    # (Remembered: a page's title is keyed by five of the steps that look
    # for it, and the class test of every character costs ~0.1 us.)
    if text.isascii():
        # The ASCII characters \w does not take become spaces and the runs
        # of spaces one: what the substitution and strip give, without the
        # class test of every character (most keys are ASCII).
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    return _NON_WORD.sub(" ", text.casefold()).strip()


_LABELLED_LINK = re.compile(
    r"(?:continue reading|read more|read next|next(?: page| part)?|previous(?: page| part)?)"
    r"\s*:\s*",
    re.IGNORECASE,
)
"""A label that sends the reader on to another page ("Continue reading: <the
next part's title>" under page 1 of 3); chrome only when a link is the
rest of the line (:func:`_labelled_link`)."""


def _labelled_link(block: Block) -> bool:
    # "Continue reading: the board said ..." in the text is the post's; a
    # label followed by nothing but a link's title is the pager's.
    if not block.links:
        return False
    label = _LABELLED_LINK.match(block.text)
    if label is None:
        return False
    rest = block.text[label.end() :].rstrip(" .…»>")
    return any(
        link.start <= label.end() and link.end >= label.end() + len(rest) for link in block.links
    )


def _pictographs(text: str) -> bool:
    # A paragraph of nothing but an emoji or two is a card's icon (a
    # callout's "💡"), no text of the post; a scene break ("* * *", "§")
    # is no pictograph and stays, and so is a review's rating in stars
    # ("★★★★", the stars are in the symbols' block) or a character of the
    # CJK planes past the emoji blocks.
    return (
        bool(text)
        and text.strip("\u2605\u2606") != ""
        and all(
            0x1F000 <= ord(char) < 0x1FB00 or 0x2600 <= ord(char) < 0x2800 or char in "\ufe0f\u200d"
            for char in text
        )
    )


def _is_chrome_line(block: Block) -> bool:
    if block.kind in (BlockKind.IMAGE, BlockKind.CODE, BlockKind.TABLE):
        return False
    text = block.text
    if len(text) >= SHORT:
        return False
    if _labelled_link(block):
        return True
    text = text.strip(" \u2028|\u2022\u00b7-\u2013\u2014:")
    if len(text) <= 4 and block.kind is BlockKind.PARAGRAPH and _pictographs(text):
        return True
    # (A line is chrome when any alternative matches it whole, so the two
    # patterns together say what the one did.)
    return _CHROME_LINE.match(text) is not None or lone_like_count(block, text) or (
        _may_be_chrome_sentence(text) and _CHROME_SENTENCE.match(text) is not None
    )


def _drop_header_lines(blocks: list[Block], title: str, authors: Iterable[str]) -> list[Block]:
    title_key = key(title) if title else ""
    author_keys = {key(name) for name in authors if name}
    result = list(blocks)
    index = 0
    examined = 0
    # Only the lines before the first real paragraph are the post's header.
    while index < len(result) and examined < 8:
        block = result[index]
        examined += 1
        text = block.text
        if block.kind is BlockKind.IMAGE:
            index += 1
            continue
        if len(text) > 200:
            break
        text_key = key(text)
        if (
            (title_key and text_key == title_key)
            or (author_keys and text_key in author_keys)
            or _BYLINE.match(text)
            or _is_dateline(text)
            # (The length first: the case-blind search tries every place.)
            or (len(text) < 60 and _READ_TIME.search(text))
        ):
            del result[index]
            continue
        if block.kind is BlockKind.PARAGRAPH and len(text) > 80:
            break
        index += 1
    return result


def words_besides_numbers(text: str) -> int:
    """How many words ``text`` holds besides its numbers: a dateline is
    mostly its date and has few ("Posted on May 5, 2017": 3)."""
    return len([w for w in _NON_WORD.split(text) if w and not w.isdigit()])


def _is_dateline(text: str) -> bool:
    if len(text) > 80 or not find_date(text):
        return False
    # Mostly the date itself: few words left after removing digits and the
    # usual words around a date.
    return words_besides_numbers(text) <= 6


def _collapse_captions(blocks: list[Block]) -> list[Block]:
    result: list[Block] = []
    for block in blocks:
        if result and block.kind in (BlockKind.CAPTION, BlockKind.PARAGRAPH):
            previous = result[-1]
            if previous.kind in (BlockKind.CAPTION, BlockKind.PARAGRAPH) and (
                previous.kind is BlockKind.CAPTION or block.kind is BlockKind.CAPTION
            ):
                before, after = key(previous.text), key(block.text)
                if before and after and after.startswith(before):
                    result[-1] = Block(BlockKind.CAPTION, block.text, block.links)
                    continue
                if before and after and before.startswith(after):
                    result[-1] = Block(BlockKind.CAPTION, previous.text, previous.links)
                    continue
                whole = _expandable(previous, block)
                if whole is not None:
                    result[-1] = whole
                    continue
        result.append(block)
    return result


def _expandable(first: Block, second: Block) -> Block | None:
    # A caption shown cut with "… more" beside the same caption whole with
    # "less" (one of them a caption block): one caption, without its toggle.
    texts = [_TOGGLE.sub("", block.text) for block in (first, second)]
    if texts == [first.text, second.text]:
        return None  # no toggle: not an expandable caption
    keys = [key(text) for text in texts]
    if not all(keys) or not (keys[0].startswith(keys[1]) or keys[1].startswith(keys[0])):
        return None
    longer = 0 if len(keys[0]) >= len(keys[1]) else 1
    text = texts[longer]
    links = tuple(link for link in (first, second)[longer].links if link.end <= len(text))
    return Block(BlockKind.CAPTION, text, links)
