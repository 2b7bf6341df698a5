"""The defuddle body score reads the expected Markdown's words as a reader
sees them: an escape is its character, a callout's type is syntax, and
Chinese or Japanese text (no spaces) is read character by character."""

from __future__ import annotations

from evaluation.extraction import DefuddleCase, markdown_text, score_fields

_NO_META = {"title": "", "author": "", "site": "", "published": ""}


def body_f1(expected: str, ours: str) -> float:
    case = DefuddleCase("page", "", None, {}, expected)
    return score_fields(case, dict(_NO_META), (), ours).f1


def test_an_escaped_underscore_is_part_of_its_word() -> None:
    assert (
        body_f1(
            "Posted by dev\\_user with 384 points today", "Posted by dev_user with 384 points today"
        )
        == 1.0
    )


def test_an_escape_inside_code_is_the_codes_own() -> None:
    text = markdown_text("A path `C:\\_tmp` and\n```\nprint('\\_')\n```\nthen a\\*b")
    assert "`C:\\_tmp`" in text
    assert "print('\\_')" in text
    assert text.endswith("then a*b")


def test_a_callouts_type_is_not_a_word() -> None:
    expected = "Before.\n\n> [!warning] Careful now\n> Back up the file before you edit it.\n"
    ours = "Before.\nCareful now\nBack up the file before you edit it."
    assert body_f1(expected, ours) == 1.0
    assert body_f1(expected, "Before.\nBack up the file.") < 1.0


def test_chinese_text_scores_by_character_whatever_the_spaces() -> None:
    # The expected Markdown spaces a link off; the page does not.
    expected = "开发者可以使用 [插件](https://example.org) 来扩展应用的功能和界面。"
    assert body_f1(expected, "开发者可以使用插件来扩展应用的功能和界面。") == 1.0
    assert body_f1(expected, "完全不同的一段文字内容在这里出现了。") < 0.2
