"""Hidden elements nested in each other (stop 40, s40-hidden): a thread
whose every post opens an ``aria-hidden`` wrapper never closed made the
cleaning measure each wrapper's text, the rest of the page, one after
another (1.2-1.5 s a MB of extraction). ``cleaning.clean_page`` now takes
every nested hidden element's length, and whether it holds the page's
headline, from one walk over the page. The speed is measured by
``python -m benchmarks odd_pages``, never here; these tests say what the
reader still sees and that the walk agrees with the XPath it stands for."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from quotemark.library.extract import cleaning
from quotemark.library.extract.cleaning import TEXT_LENGTH
from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import body, html_doc
from tests.library.test_extract_speed_cuts_s36 import _cleaned


def _thread(posts: int) -> str:
    # Every post ends by opening a hidden "reply" box it never closes.
    return "".join(
        f'<div class="post"><p>The pier will open in spring, said Ada Lind at meeting {n}.</p>'
        '<div aria-hidden="true"><span class="icon">Reply to Tom Hale</span>'
        for n in range(posts)
    )


def test_the_article_stays_and_the_hidden_reply_boxes_go() -> None:
    story = "".join(
        f"<p>The pier will open in spring, said Ada Lind of the harbour board, in part {n} "
        "of her report; Tom Hale, its clerk, kept the minutes of every meeting.</p>"
        for n in range(60)
    )
    page = (
        "<html><head><title>The harbour board</title></head><body><article>"
        f"<h1>The harbour board</h1>{story}</article>"
        f'<div class="comments">{_thread(40)}</div></body></html>'
    )
    text = body(extract_html(html_doc(page)))
    assert "in part 0 of her report" in text
    assert "in part 59 of her report" in text
    assert "Reply to Tom Hale" not in text
    # The later comments sit inside the first hidden box (the parser nests
    # what is never closed) and go with it, as before.
    assert "at meeting 1." not in text


def test_a_thread_inside_its_hidden_boxes_reads_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = (
        "<html><head><title>The harbour board</title></head><body><article>"
        "<h1>The harbour board</h1><p>Minutes of the harbour board, by Ada Lind.</p>"
        f"{_thread(300)}</article></body></html>"
    )
    now = body(extract_html(html_doc(page)))
    # The boxes holding most of the page stay (a page drawn by a script
    # hides its text so), the rest go: the same as each one measured alone.
    monkeypatch.setattr(cleaning, "_nested", lambda hidden: False)
    assert now == body(extract_html(html_doc(page)))
    assert "said Ada Lind at meeting 0." in now


def test_nested_hidden_elements_are_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before, each of the 40 boxes was measured twice by the XPath, each
    # time the rest of the page; now the page's own length is the most it asks.
    calls = 0

    def counted(element: etree._Element) -> float:
        nonlocal calls
        calls += 1
        return TEXT_LENGTH(element)

    monkeypatch.setattr(cleaning, "TEXT_LENGTH", counted)
    story = "<p>The pier will open in spring, said Ada Lind of the harbour board.</p>" * 150
    assert "Reply" not in _cleaned(story + _thread(40))
    assert calls <= 1


@pytest.mark.parametrize("walk_from", [1, cleaning.NESTED_WALK])
def test_a_short_hidden_element_inside_another_goes_with_it(
    walk_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Read by the walk, and by the XPath where few nest.)
    monkeypatch.setattr(cleaning, "NESTED_WALK", walk_from)
    page = (
        "<p>The pier opened on Monday, said Tom Hale.</p>"
        '<div aria-hidden="true">Share<span hidden>Ada</span><div hidden> </div></div>'
        "<p>Ada Lind agreed.</p>"
    )
    assert _cleaned(page) == "The pier opened on Monday, said Tom Hale.Ada Lind agreed."


@pytest.mark.parametrize("walk_from", [1, cleaning.NESTED_WALK])
def test_a_hidden_element_holding_the_article_stays_though_it_nests_others(
    walk_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Read by the walk, and by the XPath where few nest.)
    monkeypatch.setattr(cleaning, "NESTED_WALK", walk_from)
    story = "The pier opened on Monday after two years of repairs, said Tom Hale. " * 8
    page = f"<p>Menu</p><div hidden><p>{story}</p><span hidden>Share with Ada Lind</span></div>"
    # Most of the page's text, hidden until a script runs: kept; the short
    # hidden part inside it still goes.
    assert _cleaned(page) == "Menu" + story.strip()


@pytest.mark.parametrize("walk_from", [1, cleaning.NESTED_WALK])
def test_a_page_behind_a_dialog_stays_though_its_hidden_parts_nest(
    walk_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Read by the walk, and by the XPath where few nest.)
    monkeypatch.setattr(cleaning, "NESTED_WALK", walk_from)
    # aria-hidden on everything behind a cookie banner: the headline under
    # it keeps it, and an icon hidden inside it still goes.
    page = (
        '<div aria-hidden="true"><h1>The harbour board</h1>'
        "<p>The pier opened, said Tom Hale.</p><span aria-hidden='true'>Icon</span></div>"
        "<p>" + "We use cookies on this site to count visits and remember settings. " * 8 + "</p>"
    )
    cleaned = _cleaned(page)
    assert cleaned.startswith("The harbour boardThe pier opened, said Tom Hale.")
    assert "Icon" not in cleaned


def test_the_walk_measures_what_the_xpath_measured() -> None:
    chooser = random.Random(40)
    pieces = ["", " ", "Ada", "Tom Hale", " pier ", "\n", "\t the", "quay\u00a0side", "board\r"]
    tags = ["div", "span", "p", "h1", "main", "em"]

    def markup(depth: int) -> str:
        out = []
        for _ in range(chooser.randint(0, 4)):
            roll = chooser.random()
            if roll < 0.15:
                out.append(f"<!--{chooser.choice(pieces)}-->")
            elif roll < 0.55 and depth < 6:
                tag = chooser.choice(tags)
                out.append(f"<{tag}>{chooser.choice(pieces)}{markup(depth + 1)}</{tag}>")
            else:
                out.append(chooser.choice(pieces))
        return "".join(out)

    for _ in range(500):
        root = etree.fromstring(f"<html><body>{markup(0)}</body></html>", etree.HTMLParser())
        hidden = [element for element in root.iter(*tags) if chooser.random() < 0.6]
        if not hidden:
            continue
        lengths, holds = cleaning._measure_nested(root, hidden)
        for element in hidden:
            assert lengths[element] == TEXT_LENGTH(element)
            assert holds[element] == cleaning._HOLDS_PAGE(element)
