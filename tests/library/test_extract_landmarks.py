"""The survey of a page (library.extract.landmarks): what it notes about an
element must not depend on the shortcuts that make it fast (a class's
meaning remembered from earlier elements and pages, elements with no
attribute worth a look skipped)."""

from __future__ import annotations

from quotemark.library.extract.html import parse_page
from quotemark.library.extract.landmarks import survey


def test_a_class_remembered_from_a_span_still_makes_a_div_a_gmail_message() -> None:
    # "a3s" marks a Gmail message body on a <div> only; the class is first
    # met on a <span>, whose meaning is then remembered.
    span_only = survey(parse_page("<body><span class='a3s x'>hi</span><p>Text</p></body>", "a"))
    both = survey(
        parse_page("<body><span class='a3s x'>hi</span><div class='a3s x'>hi</div></body>", "b")
    )
    assert not span_only.conversation
    assert both.conversation


def test_a_class_is_read_the_same_on_an_element_with_other_attributes() -> None:
    root = parse_page(
        "<body><div class='Post-Byline'>By Ann Lee</div>"
        "<div class='Post-Byline' data-x='1'>By Ann Lee</div>"
        "<span class='Post-Byline' id='b' style='color: red'>Ann</span>"
        "<div class='katex' hidden>x</div></body>",
        "page",
    )
    marks = survey(root)
    assert [element.tag for element in marks.authorish] == ["div", "div", "span"]
    assert [element.tag for element in marks.formulas] == ["div"]
    assert [element.tag for element in marks.hidden] == ["div"]


def test_links_to_a_note_and_machine_times_in_titles_are_noted_without_other_attributes() -> None:
    root = parse_page(
        "<body><p>Text<a href='#fn1'>1</a> and <a href='/page' class='x'>a link</a>"
        " <span title='2025-06-15T12:00:00'>1 day ago</span>"
        " <abbr title='World Health Organization'>WHO</abbr></p></body>",
        "page",
    )
    marks = survey(root)
    assert [element.get("href") for element in marks.note_refs] == ["#fn1"]
    assert [element.text for element in marks.times] == ["1 day ago"]


def test_a_kelvin_sign_in_a_class_reads_as_k() -> None:
    # str.lower() folds U+212A to "k": "\u212aaTeX" is a KaTeX class.
    marks = survey(parse_page("<body><p>A <span class='\u212aaTeX'>x</span> b</p></body>", "p"))
    assert [element.tag for element in marks.formulas] == ["span"]
