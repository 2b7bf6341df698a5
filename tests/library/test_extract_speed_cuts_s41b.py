"""Stop 41's second speed branch (s41-speed2): the byline blocks walked for
once a page, and prune's tag asked before an inline element's attributes.
Output identical (evaluation.same); these tests hold what a reader sees and
that the work is not done twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

from quotemark.library.extract import pruning
from quotemark.library.extract.content import choose
from quotemark.library.extract.pruning import prune


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    inner: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return inner(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _pruned(body_html: str) -> str:
    root = etree.fromstring(f"<html><body>{body_html}</body></html>", etree.HTMLParser())
    body = root.find("body")
    assert body is not None
    page = choose(body)
    prune(page)
    return " ".join("".join(body.itertext()).split())


def test_a_share_link_inline_in_the_story_still_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counted(monkeypatch, pruning, "_is_inline_chrome")
    text = _pruned(
        "<article><p>The harbour board voted on Tuesday to close the old pier to cars, "
        "Tom Hale said. <span class='share-links'>Share this</span></p>"
        "<p>The ferry from the pier's end will keep sailing, and foot passengers may "
        "still walk the length of it, <em class='share-quote'>the board said</em>.</p>"
        "</article>"
    )
    assert "Share this" not in text
    # An <em> is never inline chrome, whatever its class: its words stay,
    # and it is not asked about (only the <span> is).
    assert "the board said" in text
    assert asked[0] == 1
