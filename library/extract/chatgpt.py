"""The body of a saved ChatGPT conversation (chatgpt.com, including shared
links): every turn in order, each under the line the page gives it ("You
said", "ChatGPT said").

Recognised by ChatGPT's own markup: messages carry
``data-message-author-role``, turns ``data-testid="conversation-turn-N"``.
The general body choice keeps the longest answer and drops the question and
the answers split around a "Thought for 12s" button; a conversation is cited
whole.
"""

from __future__ import annotations

from lxml import etree

from quotemark.library.extract.xpath import Query

_TURNS = Query(".//*[starts-with(@data-testid, 'conversation-turn')]")
_MESSAGES = Query(".//*[@data-message-author-role]")
_TURN_LABEL = Query(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6")
_SPEAKERS = {"user": "You said", "assistant": "ChatGPT said"}


def conversation_turns(body: etree._Element) -> list[etree._Element] | None:
    """One element per turn of a ChatGPT conversation under ``body`` (a
    label paragraph and the turn's messages), or ``None`` when the page is
    not one."""
    turns = _TURNS.elements(body)
    if not turns or not _MESSAGES.elements(body):
        return None
    out: list[etree._Element] = []
    for turn in turns:
        messages = [m for m in _MESSAGES.elements(turn) if not _nested_message(m)]
        if not messages:
            continue
        block = etree.Element("div")
        label = etree.SubElement(block, "p")
        label.text = _label(turn, messages[0])
        for message in messages:
            block.append(message)
        out.append(block)
    return out or None


def _nested_message(message: etree._Element) -> bool:
    return any(a.get("data-message-author-role") for a in message.iterancestors())


def _label(turn: etree._Element, first: etree._Element) -> str:
    # The page names each turn for screen readers ("You said:").
    headings = _TURN_LABEL.elements(turn)
    if headings:
        text = " ".join("".join(str(t) for t in headings[0].itertext()).split()).rstrip(":")
        if text:
            return text
    return _SPEAKERS.get(first.get("data-message-author-role") or "", "")
